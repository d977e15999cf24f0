"""The front page: generated from the records, pinned quote, embeddable blocks, bounded at scale.

Real strict builds of the bundled content (helpers from ``test_site_build``) asserted on the
home page's HTML, plus the ranking and date functions on in-memory digests.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from test_site_build import (  # noqa: F401  (no_unexpected_warnings: autouse, applies here too)
    BUNDLED,
    SEED_DEBATE,
    broken_links,
    build_site,
    make_project,
    no_unexpected_warnings,
    page_path,
    parse,
    text_of,
)

from digest.index import build_index
from digest.load import load_digest
from digest.model import Debate, Digest, Quote, Source, Speaker, Theme
from digest.site.home import (
    HomeSettings,
    HomeSettingsError,
    date_range,
    find_markers,
    home_data,
    human_date,
    replace_markers,
    resolve_pin,
)
from tests.content_support import mkdocs_build

PINNED = "q-cf15b14c21"  # Kerry McCarthy's, not the quote the home page features by default
PINNED_WORDS = "the measures were “irrelevant to the impact of existing immigration.”"


def _pin(project: Path, pin: str) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text()
    anchor = "      content_dir: content\n"
    assert anchor in text
    config.write_text(text.replace(anchor, f"{anchor}      featured_quote: {pin}\n", 1))


def _links(site: Path, src_uri: str) -> set[str]:
    """Every page an ``<a>`` of the built page points at, as a site path without the anchor."""
    path = page_path(site, src_uri)
    base = "/" + path.relative_to(site).as_posix()
    targets = set()
    for tag, _rel, ref in parse(path).refs:
        parts = urlsplit(ref)
        if tag == "a" and not parts.scheme and not ref.startswith("#"):
            targets.add(urlsplit(urljoin(base, ref)).path)
    return targets


def _featured_block(site: Path) -> str:
    html = page_path(site, "index.md").read_text()
    block = html[html.index('class="dd-home-featured"') :]
    return block[: block.index('class="dd-home-grid"')]


@pytest.fixture(scope="module")
def home_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(make_project(tmp_path_factory.mktemp("home")))


# --- The bundled site's front page ---------------------------------------------------------------


def test_the_bundled_home_page_is_generated_not_hand_written() -> None:
    assert not (BUNDLED / "pages" / "index.md").exists()


def test_home_links_the_seed_debate_its_people_and_its_themes(home_site: Path) -> None:
    links = _links(home_site, "index.md")
    assert f"/debates/{SEED_DEBATE}/" in links
    speakers = {link for link in links if link.startswith("/speakers/") and link != "/speakers/"}
    themes = {link for link in links if link.startswith("/themes/") and link != "/themes/"}
    assert len(speakers) >= 3, speakers
    assert len(themes) >= 3, themes
    assert {"/debates/", "/speakers/", "/themes/"} <= links  # the "all …" links
    assert broken_links(home_site) == []


def test_home_features_the_newest_reviewed_direct_quote(home_site: Path) -> None:
    debate = load_digest(BUNDLED).debates[SEED_DEBATE]
    first = next(q for q in debate.quotes if q.kind == "direct" and q.status == "reviewed")
    block = _featured_block(home_site)
    assert " ".join(first.text.split()) in text_of(page_path(home_site, "index.md"))
    assert first.text in block
    assert f'href="debates/{SEED_DEBATE}/#{first.id}"' in block  # its permalink


def test_home_says_how_big_the_digest_is(home_site: Path) -> None:
    digest = load_digest(BUNDLED)
    quotes = sum(len(d.published_quotes) for d in digest.debates.values())
    text = text_of(page_path(home_site, "index.md"))
    assert f"{len(digest.speakers)} people" in text
    assert f"{quotes} quotes" in text
    assert "1 debate" in text and "May 2010" in text


def test_home_offers_a_search_form_material_understands(home_site: Path) -> None:
    html = page_path(home_site, "index.md").read_text()
    form = html[html.index('<form class="dd-home-search"') :]
    form = form[: form.index("</form>")]
    assert 'method="get"' in form and 'name="q"' in form and 'type="submit"' in form


# --- Settings, embedding, escaping ------------------------------------------------------------


def test_a_pinned_quote_wins(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    _pin(project, f"{SEED_DEBATE}#{PINNED}")
    site = build_site(project)
    block = _featured_block(site)
    assert PINNED_WORDS in block and "Featured quote" in block
    assert f'href="debates/{SEED_DEBATE}/#{PINNED}"' in block
    assert "middle class Westminster" not in block  # the default pick is not shown


def test_an_unknown_pinned_quote_fails_the_build_clearly(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    _pin(project, f"{SEED_DEBATE}#q-0000000000")
    result = mkdocs_build(project, "-q")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert (
        f"mkdocs.yml: plugins.digest.featured_quote: debate '{SEED_DEBATE}' publishes no quote "
        "'q-0000000000'" in output
    )
    assert "Traceback" not in output


def test_a_hand_written_index_embeds_the_blocks_it_names(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    pages = project / "content" / "pages"
    (pages / "index.md").write_text(
        "# Our digest\n\nWritten by the editors.\n\n<!-- digest:latest-debates -->\n\n"
        "More words.\n<!-- digest:top-people -->\n"
    )
    (pages / "deep").mkdir()
    (pages / "deep" / "page.md").write_text("# Deep\n\n  <!--  digest:top-themes  -->\n")
    site = build_site(project)
    text = text_of(page_path(site, "index.md"))
    assert "Written by the editors." in text and "More words." in text
    assert "Latest debates" in text and "Most quoted" in text
    assert "Top themes" not in text and "Latest quote" not in text  # only what is asked for
    assert f"/debates/{SEED_DEBATE}/" in _links(site, "index.md")
    assert "/themes/immigration/" in _links(site, "deep/page.md")  # linked from its own depth
    assert broken_links(site) == []


def test_an_unknown_block_marker_names_the_page_line_and_column(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    (project / "content" / "pages" / "index.md").write_text("# Home\n\n<!-- digest:nope -->\n")
    result = mkdocs_build(project, "-q")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "content/pages/index.md:3:1: digest:nope: no such block (known: stats," in output
    assert "Traceback" not in output


def test_record_text_on_the_home_page_is_escaped(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    debate = project / "content" / "debates" / f"{SEED_DEBATE}.yaml"
    hostile = "'<script>alert(1)</script> *loud* [x](javascript:alert(2))'"
    text = debate.read_text()
    debate.write_text(
        text.replace("event: Fabian Society post-election conference", f"event: {hostile}")
    )
    site = build_site(project)
    html = page_path(site, "index.md").read_text()
    assert "<script>alert(1)" not in html and 'href="javascript' not in html
    assert "<script>alert(1)</script> *loud* [x](javascript:alert(2))" in text_of(
        page_path(site, "index.md")
    )


# --- Rankings, pins, dates and markers without MkDocs ---------------------------------------------


def _synthetic(debates: int) -> Digest:
    """``debates`` debates, newest last by id; speaker s<k> is quoted in every k-th debate."""
    speakers = {f"s{k}": Speaker(f"s{k}", f"Person {k:02d}") for k in range(1, 11)}
    themes = {f"t{k}": Theme(f"t{k}", f"Theme {k:02d}") for k in range(1, 11)}
    records = {}
    for n in range(1, debates + 1):
        quotes = [
            Quote(f"q-{k}", f"s{k}", "direct", f"words {n} {k}", themes=[f"t{k}"], start=k)
            for k in range(1, 11)
            if n % k == 0
        ]
        records[f"d{n:03d}"] = Debate(
            id=f"d{n:03d}",
            title=f"Debate {n}",
            source=Source(article="a.txt"),
            date=f"2020-{1 + n % 12:02d}-{1 + n % 28:02d}",
            participants=[q.speaker for q in quotes],
            quotes=quotes,
        )
    return Digest(root=Path("content"), speakers=speakers, themes=themes, debates=records)


def test_every_block_is_bounded_and_ranked_once() -> None:
    index = build_index(_synthetic(120))
    data = home_data(index, HomeSettings(items=5))
    assert len(data.debates) == 5 and len(data.people) == 5 and len(data.themes) == 5
    assert [d.id for d, _ in data.debates] == [d.id for d in index.debates_newest_first[:5]]
    assert [s.id for s, _ in data.people] == ["s1", "s2", "s3", "s4", "s5"]
    assert [c.quotes for _, c in data.people] == [120, 60, 40, 30, 24]
    assert [t.id for t, _ in data.themes] == ["t1", "t2", "t3", "t4", "t5"]
    assert data.totals.debates == 120 and data.totals.people == 10
    assert (data.totals.first_date, data.totals.last_date) == ("2020-01-01", "2020-12-28")


def test_the_default_featured_quote_is_reviewed_and_direct() -> None:
    digest = _synthetic(3)
    newest = build_index(digest).debates_newest_first[0]
    for quote in newest.quotes:
        quote.status = "draft"
    newest.quotes.append(Quote("q-r", "s1", "indirect", "reported", start=0))
    data = home_data(build_index(digest))
    assert data.featured is not None and data.featured.debate.id != newest.id
    assert data.featured.quote.kind == "direct" and data.featured.quote.status == "reviewed"
    assert not data.featured_pinned


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("d001", "featured_quote: 'd001' is not '<debate id>#<quote id>'"),
        ("#q-1", "featured_quote: '#q-1' is not '<debate id>#<quote id>'"),
        ("nope#q-1", "featured_quote: no published debate 'nope'"),
        ("d001#q-9", "featured_quote: debate 'd001' publishes no quote 'q-9'"),
    ],
)
def test_a_bad_pin_is_a_clear_error(pin: str, message: str) -> None:
    with pytest.raises(HomeSettingsError) as error:
        resolve_pin(build_index(_synthetic(3)), pin)
    assert str(error.value).startswith(message)
    assert "(hint: " in str(error.value)


def test_a_pin_to_a_rejected_quote_is_an_error() -> None:
    digest = _synthetic(3)
    digest.debates["d002"].quotes[0].status = "rejected"
    with pytest.raises(HomeSettingsError, match="publishes no quote 'q-1'"):
        resolve_pin(build_index(digest), "d002#q-1")
    assert resolve_pin(build_index(digest), "d002#q-2").quote.id == "q-2"


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        ("2010", "2010"),
        ("2010-05", "May 2010"),
        ("2010-05-06", "6 May 2010"),
        ("2010-13", "2010-13"),
        (None, ""),
    ],
)
def test_human_dates(date: str | None, shown: str) -> None:
    assert human_date(date) == shown


@pytest.mark.parametrize(
    ("first", "last", "shown"),
    [
        ("2010-05", "2010-05", "May 2010"),
        ("2010-05", "2011-06-02", "May 2010 – 2 June 2011"),
        (None, None, ""),
    ],
)
def test_date_ranges(first: str | None, last: str | None, shown: str) -> None:
    assert date_range(first, last) == shown


@pytest.mark.parametrize(
    ("markdown", "found"),
    [
        ("<!-- digest:stats -->", [("stats", 1, 1)]),
        ("text\n  <!--digest:top-people-->  \n", [("top-people", 2, 3)]),
        ("inline <!-- digest:stats --> is not a marker", []),
        ("```\n<!-- digest:stats -->\n```\n<!-- digest:search -->", [("search", 4, 1)]),
        ("<!-- digest:Bad Name -->", []),
    ],
)
def test_markers(markdown: str, found: list[tuple[str, int, int]]) -> None:
    assert [(m.name, m.line, m.column) for m in find_markers(markdown)] == found


def test_replacing_markers_keeps_the_text_around_them() -> None:
    markdown = "# Hi\n<!-- digest:stats -->\nafter\n"
    assert replace_markers(markdown, {"stats": "BLOCK\n\n"}) == "# Hi\n\nBLOCK\n\nafter\n"
