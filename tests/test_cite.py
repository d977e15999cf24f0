"""Share and cite: each full quote card's "Copy link" and "Cite this quote" (docs/site.md).

Tables of record -> exact citation text for :mod:`digest.site.cite`; the card rendered outside
MkDocs with hostile text and a hostile ``site_url`` (nothing may become markup, in text or in an
attribute); and real strict builds of the bundled content (helpers from ``test_site_build``) with
and without ``site_url``, with both ``use_directory_urls``, and with a hostile quote.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from test_site_build import (  # noqa: F401  (no_unexpected_warnings: autouse, applies here too)
    BUNDLED,
    SEED_DEBATE,
    build_site,
    make_project,
    no_unexpected_warnings,
    page_path,
)

from digest.index import build_index
from digest.load import load_digest
from digest.site.cite import CiteFacts, chicago, day_month_year, month_day_year, plain
from digest.site.helpers import Helpers
from digest.site.links import SiteLinks
from digest.site.renderer import Renderer

SITE_URL = "https://example.org/digest/"
FEATURED = "q-16e1994950"  # the bundled front page's quote (newest reviewed direct quote)
HOSTILE = "\"><script>alert(1)</script> it's \"loud\" & <b>bold</b>"

FACTS = CiteFacts(
    speakers=("Ann Smith",),
    words="We will cap rents.",
    reported=False,
    debate="Town hall on housing",
    debate_date="2024-03-07",
    event="Riverside town hall",
    source_title='Rents: "a crisis"?',
    source_author="Jo Bloggs",
    publisher="The Gazette",
    source_date="2024-03-08",
    source_url="https://gazette.example/rents",
    site_name="Digest",
)
REPORTED = replace(
    FACTS,
    speakers=("A", "B", "C"),
    reported=True,
    words="rents would be capped",
    source_title="Rents",
    source_author=None,
    source_url=None,
    event=None,
)
BARE = replace(
    FACTS,
    speakers=(),
    words="“Never”, she said",
    debate_date=None,
    event=None,
    source_title=None,
    source_author=None,
    publisher=None,
    source_date=None,
    source_url=None,
)


# --- The citation texts --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (
            FACTS,
            "Ann Smith: “We will cap rents.” — Town hall on housing, Riverside town hall, "
            "7 March 2024. Source: Jo Bloggs, “Rents: ‘a crisis’?”, The Gazette, 8 March 2024, "
            "https://gazette.example/rents. Digest:",
        ),
        (
            REPORTED,
            "A, B and C, as reported: rents would be capped — Town hall on housing, 7 March 2024. "
            "Source: “Rents”, The Gazette, 8 March 2024. Digest:",
        ),
        (BARE, "Unattributed: “‘Never’, she said” — Town hall on housing. Digest:"),
    ],
)
def test_plain_text_citation(facts: CiteFacts, expected: str) -> None:
    style = plain(facts)
    assert (style.name, style.label, style.text, style.end) == (
        "plain",
        "Plain text",
        expected,
        "",
    )


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (  # a title ending in "?" takes no comma; the comma sits inside a title's closing mark
            FACTS,
            "Ann Smith, quoted in Jo Bloggs, “Rents: ‘a crisis’?” The Gazette, March 8, 2024, "
            "https://gazette.example/rents; via Digest, “Town hall on housing,”",
        ),
        (  # reported speech, the serial comma, a semicolon outside the closing mark
            REPORTED,
            "A, B, and C, reported in “Rents,” The Gazette, March 8, 2024; via Digest, "
            "“Town hall on housing,”",
        ),
        (BARE, "Unattributed, via Digest, “Town hall on housing,”"),
    ],
)
def test_chicago_style_note(facts: CiteFacts, expected: str) -> None:
    style = chicago(facts)
    assert (style.name, style.text, style.end) == ("chicago", expected, ".")


@pytest.mark.parametrize(
    ("date", "british", "chicago_date"),
    [
        ("2010-05-06", "6 May 2010", "May 6, 2010"),
        ("2010-12", "December 2010", "December 2010"),
        ("2010", "2010", "2010"),
        (None, None, None),
        ("spring 2010", "spring 2010", "spring 2010"),  # not ISO: shown as written
        ("2010-13", "2010-13", "2010-13"),
    ],
)
def test_dates_read_as_words(date: str | None, british: str | None, chicago_date: str) -> None:
    assert (day_month_year(date), month_day_year(date)) == (british, chicago_date)


# --- The card, rendered outside MkDocs -----------------------------------------------------


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each <dd>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.dd: list[str] = []
        self._in_dd = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "dd":
            self._in_dd = True
            self.dd.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "dd":
            self._in_dd = False

    def handle_data(self, data: str) -> None:
        if self._in_dd:
            self.dd[-1] += data


def _hostile_card(site_url: str) -> tuple[str, object]:
    digest = load_digest(BUNDLED)
    debate = digest.debates[SEED_DEBATE]
    quote = debate.quotes[1]
    quote.text = HOSTILE
    debate.title = HOSTILE
    debate.source.title = "T\" onmouseover=\"alert(2)"
    index = build_index(digest)
    site = SiteLinks(site_url=site_url, site_name="<i>Digest</i>")
    renderer = Renderer(index, [], site)
    helpers = Helpers(index, "index.md", {}, site.for_page("index.md"))
    return str(renderer.quote_card(helpers, quote, debate)), quote


def test_hostile_text_and_site_url_stay_text_in_the_card() -> None:
    site_url = 'https://example.org/x"><script>alert(3)</script>/'
    html, quote = _hostile_card(site_url)
    parsed = _Tags()
    parsed.feed(html)
    tags = {tag for tag, _ in parsed.tags}
    assert tags <= {"div", "p", "a", "span", "blockquote", "button", "details", "summary", "dl",
                    "dt", "dd"}, tags
    assert "<script>" not in html and "onmouseover=\"" not in html
    share = next(attrs for tag, attrs in parsed.tags if attrs.get("class") == "dd-share")
    permalink = f"{site_url.rstrip('/')}/debates/{SEED_DEBATE}/#{quote.id}"
    assert share["data-permalink"] == permalink  # escaped in the attribute, intact once parsed
    words = "“'><script>alert(1)</script> it's 'loud' & <b>bold</b>”"  # odd marks: all single
    assert parsed.dd[0].startswith(f"Deborah Mattinson: {words} — {HOSTILE}, ")
    assert "Source: “T‘ onmouseover=’alert(2)”, Total Politics" in parsed.dd[0]
    assert parsed.dd[0].endswith(f"<i>Digest</i>: {permalink}")
    assert parsed.dd[1].endswith(
        f"; via <i>Digest</i>, “'><script>alert(1)</script> it's 'loud' & <b>bold</b>,” "
        f"{permalink}."
    )


# --- Real builds -----------------------------------------------------------------------------


def _with_site_url(project: Path) -> Path:
    config = project / "mkdocs.yml"
    config.write_text(f"site_url: {SITE_URL}\n" + config.read_text(encoding="utf-8"))
    return project


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The bundled content: without site_url, with it, and with it and ``.html`` URLs."""
    def project(name: str) -> Path:
        return make_project(tmp_path_factory.mktemp(name))

    return {
        "relative": build_site(project("relative")),
        "absolute": build_site(_with_site_url(project("absolute"))),
        "html": build_site(_with_site_url(project("html")), use_directory_urls=False),
    }


_SHARE = re.compile(r'<div class="dd-share" data-permalink="([^"]*)".*?</details>\s*</div>', re.S)


def _shares(path: Path) -> list[tuple[str, str]]:
    """(data-permalink, block HTML) of each share block of a page."""
    html = path.read_text(encoding="utf-8")
    return [(m.group(1), m.group(0)) for m in _SHARE.finditer(html)]


def _marks(text: str) -> str:
    """``text`` with every quotation mark the same: nesting turns “x” into ‘x’."""
    return re.sub("[“”‘’\"']", "'", text)


def _cite_texts(block: str) -> list[str]:
    parsed = _Tags()
    parsed.feed(block)
    return [" ".join(text.split()) for text in parsed.dd]


def test_every_card_of_the_debate_page_can_be_shared_and_cited(sites: dict[str, Path]) -> None:
    debate = load_digest(BUNDLED).debates[SEED_DEBATE]
    quotes = debate.published_quotes
    shares = _shares(page_path(sites["absolute"], f"debates/{SEED_DEBATE}.md"))
    assert [url for url, _ in shares] == [
        f"{SITE_URL}debates/{SEED_DEBATE}/#{q.id}" for q in quotes
    ]
    for quote, (url, block) in zip(quotes, shares, strict=True):
        assert '<button type="button" data-copy="link" hidden>Copy link</button>' in block
        assert block.count("<button") == 1  # share.js adds the citations' own (page weight)
        assert "<summary>Cite this quote</summary>" in block
        plain_text, note = _cite_texts(block)
        words = " ".join(quote.text.split())
        said = f"as reported: {words}" if quote.kind == "indirect" else f": “{words}”"
        assert _marks(said) in _marks(plain_text), quote.id  # (nested marks become single)
        assert "— Why did Labour lose? Lessons from the election, Fabian Society post-election " \
               "conference, May 2010. Source: “Why did Labour lose? Lessons from the election”, " \
               f"Total Politics, May 2010. Debate Digest: {url}" in plain_text
        assert note.endswith(f"Total Politics, May 2010; via Debate Digest, “Why did Labour lose? "
                             f"Lessons from the election,” {url}.")


def test_the_first_card_cites_its_speakers_by_name(sites: dict[str, Path]) -> None:
    _url, block = _shares(page_path(sites["absolute"], f"debates/{SEED_DEBATE}.md"))[0]
    plain_text, note = _cite_texts(block)
    people = "Deborah Mattinson, Sunder Katwala, Kerry McCarthy"
    assert plain_text.startswith(f"{people} and Sadiq Khan, as reported: detachment from")
    assert note.startswith(f"{people}, and Sadiq Khan, reported in “Why did Labour lose?")


def test_without_site_url_the_permalink_is_the_link_from_the_page(
    sites: dict[str, Path],
) -> None:
    site = sites["relative"]
    debate = _shares(page_path(site, f"debates/{SEED_DEBATE}.md"))
    assert debate and all(re.fullmatch(r"#q-[0-9a-f]{10}", url) for url, _ in debate)
    assert all(_cite_texts(block)[0].endswith(f": {url}") for url, block in debate)
    (home,) = _shares(page_path(site, "index.md"))  # the featured card, from the home page
    assert home[0] == f"debates/{SEED_DEBATE}/#{FEATURED}"


def test_with_html_urls_the_permalink_names_the_file(sites: dict[str, Path]) -> None:
    (home,) = _shares(page_path(sites["html"], "index.md"))
    assert home[0] == f"{SITE_URL}debates/{SEED_DEBATE}.html#{FEATURED}"
    assert _cite_texts(home[1])[1].endswith(f"{home[0]}.")


def test_only_full_cards_carry_it_and_search_indexes_no_citation(sites: dict[str, Path]) -> None:
    site = sites["absolute"]
    for src_uri in ("speakers/sadiq-khan.md", "themes/immigration.md", "stances/index.md"):
        assert 'class="dd-share"' not in page_path(site, src_uri).read_text(), src_uri
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    corpus = " ".join(doc["text"] for doc in index["docs"])
    assert "playing catch-up on immigration" in corpus  # the quotes themselves still are
    assert "Cite this quote" not in corpus and "Chicago-style" not in corpus
    assert "quoted in" not in corpus and "Copy link" not in corpus


def test_a_hostile_quote_is_cited_as_text(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    article = project / "content" / "articles" / "000-f438ddfc0ab76411.txt"
    article.write_text(article.read_text(encoding="utf-8") + f"\n\nShe said {HOSTILE}.\n",
                       encoding="utf-8")
    path = project / "content" / "debates" / f"{SEED_DEBATE}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["quotes"][1]["text"] = HOSTILE
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    page = page_path(build_site(project), f"debates/{SEED_DEBATE}.md")
    html = page.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<b>bold</b>" not in html
    quote_id = data["quotes"][1]["id"]
    (block,) = [block for url, block in _shares(page) if url == f"#{quote_id}"]
    plain_text = _cite_texts(block)[0]
    assert plain_text.startswith(
        "Deborah Mattinson: “'><script>alert(1)</script> it's 'loud' & <b>bold</b>” — Why did"
    )
