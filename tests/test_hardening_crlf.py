"""Issue 6, CRLF articles: paragraphs, quote offsets and extraction as with LF line endings.

Offsets always refer to the article file as it is (never to a newline-translated copy), so the
CRLF version of an article gives the same quotes as its LF copy at offsets shifted by its CRs.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from digest.load import check_content, load_digest
from digest.site.article import paragraphs
from digest.textmatch import find_quote_span, fold_quote_marks
from tests.content_support import copy_fixture

REPO = Path(__file__).resolve().parent.parent
DEVCORPUS = REPO.parent / "shared" / "devcorpus"
ENDINGS = {"LF": "\n", "CRLF": "\r\n", "CR": "\r"}


def with_endings(text: str, ending: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", ending)


def same_words(a: str, b: str) -> bool:
    return a.split() == b.split()


# --- paragraphs --------------------------------------------------------------------------------

PARAGRAPHS = [
    ("one\n\ntwo", ["one", "two"]),
    ("one\r\n\r\ntwo\r\nstill two", ["one", "two\r\nstill two"]),
    ("one\r\rtwo\rstill two", ["one", "two\rstill two"]),
    ("one\r\n \t\r\ntwo", ["one", "two"]),  # a blank line with spaces
    ("one\r\n\r\n\r\n\r\ntwo\r\n", ["one", "two\r\n"]),
    ("one\rstill one", ["one\rstill one"]),
    ("one\r\nstill one", ["one\r\nstill one"]),  # a CRLF is one line ending, not two
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_paragraphs_split_on_blank_lines_whatever_the_line_endings(
    text: str, expected: list[str]
) -> None:
    assert [text[a:b] for a, b in paragraphs(text)] == expected


# --- the loader: offsets into the file as it is ------------------------------------------------


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return copy_fixture(tmp_path, monkeypatch)


@pytest.mark.parametrize("ending", ENDINGS, ids=str)
def test_quotes_are_found_at_offsets_into_the_file_as_it_is(content: Path, ending: str) -> None:
    article = content / "articles" / "fabian-debate.txt"
    text = with_endings(article.read_text(encoding="utf-8"), ENDINGS[ending])
    article.write_bytes(text.encode("utf-8"))
    digest, problems = check_content(content)
    assert [str(p) for p in problems if p.severity == "error"] == []
    debate = digest.debates["why-labour-lost"]
    assert debate.article_text == text  # never translated
    spans = [(q.start, q.end) for q in debate.quotes]
    crs_before, crs_inside = (1, 1) if ending == "CRLF" else (0, 0)  # the second quote
    assert spans == [(15, 94), (107 + crs_before, 148 + crs_before + crs_inside)]
    for quote in debate.quotes:
        assert same_words(fold_quote_marks(text[quote.start : quote.end]), quote.text)


def test_a_quote_spanning_a_crlf_line_break_is_found() -> None:
    text = "Intro.\r\n\r\nShe said the cap would\r\ndrive landlords out.\r\n"
    start, end = text.index("the cap"), text.index(" out.") + len(" out")
    assert find_quote_span(text, "the cap would\ndrive landlords out") == (start, end)
    assert find_quote_span(text, "the cap would drive landlords out") == (start, end)
    assert text[start:end] == "the cap would\r\ndrive landlords out"


# --- the site ----------------------------------------------------------------------------------


def build_debate_page(tmp_path: Path, ending: str) -> str:
    """The bundled content with its article saved with ``ending``: the built debate page."""
    project = tmp_path / ending
    project.mkdir()
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    (project / "theme_overrides").symlink_to(REPO / "theme_overrides")
    shutil.copytree(REPO / "content", project / "content")
    for article in (project / "content" / "articles").glob("*.txt"):
        text = article.read_text(encoding="utf-8")
        article.write_bytes(with_endings(text, ENDINGS[ending]).encode("utf-8"))
    config = load_config(
        str(project / "mkdocs.yml"), strict=True, site_dir=str(project / "site")
    )
    build(config)
    page = project / "site" / "debates" / "why-did-labour-lose" / "index.html"
    return page.read_text(encoding="utf-8")


def article_section(html: str) -> str:
    return html.split('<div class="dd-article">', 1)[1].split("</div>", 1)[0]


def test_a_crlf_article_renders_the_same_paragraphs_and_marks_as_its_lf_copy(
    tmp_path: Path,
) -> None:
    lf = build_debate_page(tmp_path, "LF")
    crlf = build_debate_page(tmp_path, "CRLF")
    paragraphs_lf = article_section(lf).count("<p>")
    assert paragraphs_lf == 7
    assert article_section(crlf) == article_section(lf)
    assert crlf.count('class="dd-hl ') == lf.count('class="dd-hl ') > 0
    assert "\r" not in article_section(crlf)


# --- digest extract ----------------------------------------------------------------------------


def extract_json(path: Path) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-c", "from digest.cli import main; main()", "extract", str(path),
         "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(result.stdout)["quotes"]


ARTICLES = sorted(DEVCORPUS.glob("*.txt"))[:3]


@pytest.mark.parametrize("source", ARTICLES, ids=lambda p: p.stem)
def test_extract_gives_the_lf_copys_quotes_at_offsets_into_the_file(
    tmp_path: Path, source: Path
) -> None:
    raw = source.read_text(encoding="utf-8")
    found = {}
    for ending, newline in ENDINGS.items():
        path = tmp_path / f"{ending}.txt"
        path.write_bytes(with_endings(raw, newline).encode("utf-8"))
        quotes = extract_json(path)
        text = path.read_bytes().decode("utf-8")
        for quote in quotes:
            assert same_words(text[quote["start"] : quote["end"]], quote["text"])
        found[ending] = quotes
    assert found["LF"], "no quotes: pick another article"

    def without_offsets(quotes: list[dict]) -> list[dict]:
        return [{k: v for k, v in q.items() if k not in ("start", "end")} for q in quotes]

    assert without_offsets(found["CRLF"]) == without_offsets(found["LF"])
    assert without_offsets(found["CR"]) == without_offsets(found["LF"])
    assert [q["start"] for q in found["CR"]] == [q["start"] for q in found["LF"]]
    lf_text = with_endings(raw, "\n")
    assert [q["start"] for q in found["CRLF"]] == [
        q["start"] + lf_text.count("\n", 0, q["start"]) for q in found["LF"]
    ]


def test_extract_into_content_keeps_the_crlf_file_and_checks_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    source = ARTICLES[0].read_text(encoding="utf-8")
    for ending in ("LF", "CRLF"):
        Path(f"{ending}.txt").write_bytes(with_endings(source, ENDINGS[ending]).encode("utf-8"))
        subprocess.run(
            [sys.executable, "-c", "from digest.cli import main; main()", "extract",
             f"{ending}.txt", "--out", f"content-{ending}"],
            capture_output=True, check=True,
        )
    (copied,) = Path("content-CRLF/articles").glob("*.txt")
    assert copied.read_bytes() == Path("CRLF.txt").read_bytes()  # the file as it is
    loaded = {e: load_digest(Path(f"content-{e}")) for e in ("LF", "CRLF")}
    (lf,), (crlf,) = (list(d.debates.values()) for d in loaded.values())
    assert [(q.id, q.speaker, q.text) for q in crlf.quotes] == [
        (q.id, q.speaker, q.text) for q in lf.quotes
    ]

    def debate_yaml(ending: str) -> str:
        (path,) = Path(f"content-{ending}/debates").glob("*.yaml")
        return re.sub(r"\n\s*(start|end): \d+", "", path.read_text(encoding="utf-8"))

    assert debate_yaml("CRLF") == debate_yaml("LF")
