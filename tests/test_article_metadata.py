"""Articles without a header: headline, date, byline and publisher read from the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.metadata import parse_date, reads_like_headline, sniff
from digest.extract.reading import read_article

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_f438ddfc0ab76411.txt"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Published: 5 May 2010", "2010-05-05"),
        ("Friday, January 4, 2019", "2019-01-04"),
        ("Updated 12:30 GMT, Jan. 4, 2019", "2019-01-04"),
        ("2019-01-04", "2019-01-04"),
        ("4th March 2021", "2021-03-04"),
        ("no date here", None),
    ],
)
def test_dates(text: str, date: str | None) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Why did Labour lose? Lessons from the election", True),
        ("Ministers under pressure to scrap two-child benefit limit", True),
        ("U.S. Senate passes spending bill", True),
        ("This weekend the Fabian Society hosted a conference, with one debate.", False),
        ("Ministers said this. Then they left", False),
        ("Hi", False),
        ("the lower-case start of a sentence that goes on", False),
    ],
)
def test_headlines(line: str, headline: bool) -> None:
    assert reads_like_headline(line) is headline


def test_headline_byline_and_date_are_metadata() -> None:
    text = (
        "Why did Labour lose? Lessons from the election\n\n"
        "By Jane Smith, Total Politics\nPublished: 5 May 2010\n\n"
        "This weekend the Fabian Society hosted a debate.\n"
    )
    meta, start = sniff(text, 0)
    assert meta == {
        "title": "Why did Labour lose? Lessons from the election",
        "author": "Jane Smith",
        "source": "Total Politics",
        "date": "2010-05-05",
    }
    assert text[start:].startswith("This weekend")


def test_wire_dateline_gives_the_publisher() -> None:
    text = "Senate passes stopgap bill\n\nWASHINGTON, Jan 4 (Reuters) - The Senate voted.\n"
    meta, start = sniff(text, 0)
    assert meta == {"title": "Senate passes stopgap bill", "source": "Reuters"}
    assert text[start:].startswith("WASHINGTON")


def test_an_opening_sentence_is_not_a_headline(tmp_path: Path) -> None:
    path = tmp_path / "plain-article.txt"
    path.write_text("The minister said the plan would work.\n\nCritics disagreed.\n")
    article = read_article(path)
    assert article.title is None
    assert article.id == "plain-article"
    assert article.body_start == 0


def test_file_without_header_takes_its_headline(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Budget row deepens\n\nPublished: 2024-03-01\n\nJane Roe said it was bad.\n")
    article = read_article(path)
    assert (article.title, article.date, article.id) == (
        "Budget row deepens",
        "2024-03-01",
        "budget-row-deepens",
    )
    assert article.text[article.body_start :].startswith("Jane Roe")


def test_a_header_still_wins(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("title: From the header\n\nBudget row deepens\n\nJane Roe said it.\n")
    assert read_article(path).title == "From the header"


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/seed")
def test_the_seed_keeps_its_file_name_id() -> None:
    article = read_article(SEED)
    assert (article.title, article.body_start) == (None, 0)


def test_html_without_date_metadata_takes_the_texts(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    paragraph = (
        "Jane Roe said the budget was a disgrace and would hurt families across the city. " * 3
    )
    path.write_text(
        "<html><head><title>Budget row</title></head><body><article>"
        "<h1>Budget row deepens</h1><p>Published: 5 May 2010</p>"
        f"<p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    )
    article = read_article(path)
    assert article.date == "2010-05-05"
    assert article.title == "Budget row deepens"  # the page's own metadata wins
