"""Generated pages are HTML the plugin writes itself: links, headings, folding, search, checks.

Tables of input -> exact output for the pieces (``links``, ``toc``, ``views.fold_limit``), then
real builds asserted on their HTML and their log: an editor's link is rewritten to its final URL
and checked like MkDocs checks a Markdown page's, and each quote is indexed for search once."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from digest.site.links import SiteLinks, url_of
from digest.site.toc import heading_toc
from digest.site.views import PAGE_ROWS, fold_limit
from tests.test_site_build import build_site, make_project, page_path

# --- URLs and links ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src_uri", "directory_urls", "url"),
    [
        ("index.md", True, ""),
        ("index.md", False, "index.html"),
        ("speakers/index.md", True, "speakers/"),
        ("speakers/index.md", False, "speakers/index.html"),
        ("speakers/sadiq-khan.md", True, "speakers/sadiq-khan/"),
        ("speakers/sadiq-khan.md", False, "speakers/sadiq-khan.html"),
    ],
)
def test_url_of_a_page_is_mkdocs_own(src_uri: str, directory_urls: bool, url: str) -> None:
    assert url_of(src_uri, directory_urls) == url


@pytest.mark.parametrize(
    ("here", "directory_urls", "target", "anchor", "href"),
    [
        ("speakers/a.md", True, "themes/b.md", None, "../../themes/b/"),
        ("speakers/a.md", True, "speakers/c.md", None, "../../speakers/c/"),  # same at any page
        ("speakers/a.md", False, "themes/b.md", None, "../themes/b.html"),
        ("speakers/a.md", True, "debates/d.md", "q-1", "../../debates/d/#q-1"),
        ("debates/d.md", True, "debates/d.md", "q-1", "#q-1"),  # on the page itself
        ("index.md", True, "debates/d.md", "q-1", "debates/d/#q-1"),
        ("index.md", True, "index.md", None, "./"),
        ("speakers/index.md", True, "index.md", None, "../"),
        ("speakers/a.md", False, "index.md", None, "../index.html"),
    ],
)
def test_a_link_climbs_to_the_root_and_down(
    here: str, directory_urls: bool, target: str, anchor: str | None, href: str
) -> None:
    assert SiteLinks(use_directory_urls=directory_urls).for_page(here).href(target, anchor) == href


@pytest.mark.parametrize(
    ("written", "resolved"),
    [
        ("../themes/b.md", "../../themes/b/"),
        ("../themes/b.md#x", "../../themes/b/#x"),
        ("c.md", "../../speakers/c/"),
        ("https://example.org/a.md", None),  # external: left as written
        ("#here", None),
        ("/abs.md", None),
        ("mailto:a@example.org", None),
    ],
)
def test_an_editors_relative_link_resolves_from_the_pages_source(
    written: str, resolved: str | None
) -> None:
    assert SiteLinks().for_page("speakers/a.md").resolve(written) == resolved


# --- Headings --------------------------------------------------------------------------------

PERMALINK = '<a class="headerlink" href="#{0}" title="Permanent link">&para;</a>'


@pytest.mark.parametrize(
    ("html", "out", "toc"),
    [
        (
            "<h1>Sadiq Khan</h1><h2>Roles</h2>",
            f'<h1 id="sadiq-khan">Sadiq Khan{PERMALINK.format("sadiq-khan")}</h1>'
            f'<h2 id="roles">Roles{PERMALINK.format("roles")}</h2>',
            [("sadiq-khan", 1, [("roles", 2, [])])],
        ),
        (  # a repeated heading gets toc's suffix; an id already used on the page is not reused
            '<h3>Other</h3><h3>Other</h3><p id="x"></p><h3>X</h3>',
            f'<h3 id="other">Other{PERMALINK.format("other")}</h3>'
            f'<h3 id="other_1">Other{PERMALINK.format("other_1")}</h3>'
            f'<p id="x"></p><h3 id="x_1">X{PERMALINK.format("x_1")}</h3>',
            [("other", 3, []), ("other_1", 3, []), ("x_1", 3, [])],
        ),
        (  # an id of its own is kept; tags and entities leave the slug
            '<h2 id="mine">A <a href="#">link</a> &amp; more</h2>',
            f'<h2 id="mine">A <a href="#">link</a> &amp; more{PERMALINK.format("mine")}</h2>',
            [("mine", 2, [])],
        ),
    ],
)
def test_headings_get_ids_permalinks_and_a_toc(html: str, out: str, toc: list) -> None:
    def shape(tokens: list[dict]) -> list:
        return [(t["id"], t["level"], shape(t["children"])) for t in tokens]

    result, tokens = heading_toc(html)
    assert result == out
    assert shape(tokens) == toc


def test_no_permalink_when_toc_has_none() -> None:
    assert heading_toc("<h2>Roles</h2>", permalink=False)[0] == '<h2 id="roles">Roles</h2>'


# --- Folding long lists ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sizes", "shown"),
    [
        ([], 0),
        ([3, 1], 3),  # a short page shows everything
        ([PAGE_ROWS], PAGE_ROWS),
        ([PAGE_ROWS + 1], PAGE_ROWS),
        ([200, 200, 200], PAGE_ROWS // 3),
        ([2] * (PAGE_ROWS * 2), 1),  # more groups than rows: one row each
    ],
)
def test_fold_limit(sizes: list[int], shown: int) -> None:
    assert fold_limit([[None] * n for n in sizes]) == shown


# --- Real builds -------------------------------------------------------------------------------


def _set_commentary(project: Path, text: str) -> None:
    speaker = project / "content" / "speakers" / "sadiq-khan.yaml"
    text_now = speaker.read_text(encoding="utf-8")
    body = re.sub(r"^commentary: \|\n(?:  .*\n|\n)*", "", text_now, flags=re.M)
    indented = "".join(f"  {line}\n" for line in text.splitlines())
    speaker.write_text(body + "commentary: |\n" + indented, encoding="utf-8")


def test_an_editors_link_is_rewritten_for_either_url_style(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    _set_commentary(project, "See [immigration](../themes/immigration.md#stances) too.")
    site = build_site(project)
    page = page_path(site, "speakers/sadiq-khan.md").read_text(encoding="utf-8")
    assert '<a href="../../themes/immigration/#stances">immigration</a>' in page
    flat = build_site(project, use_directory_urls=False)
    page = page_path(flat, "speakers/sadiq-khan.md").read_text(encoding="utf-8")
    assert '<a href="../themes/immigration.html#stances">immigration</a>' in page


@pytest.mark.parametrize(
    ("link", "warning"),
    [
        ("../themes/nowhere.md", "contains a link to 'themes/nowhere.md', but the target is not"),
        (
            "../themes/immigration.md#no-such-anchor",
            "the doc 'themes/immigration.md' does not contain an anchor '#no-such-anchor'",
        ),
    ],
)
def test_a_broken_link_in_an_editors_field_fails_the_strict_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, link: str, warning: str
) -> None:
    project = make_project(tmp_path)
    _set_commentary(project, f"See [this]({link}).")
    with caplog.at_level(logging.WARNING, logger="mkdocs"), pytest.raises(Abort):
        build_site(project)
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(warning in m and "speakers/sadiq-khan.md" in m for m in messages), messages


def test_each_quote_is_indexed_once_on_its_debate_page(tmp_path: Path) -> None:
    site = build_site(make_project(tmp_path))
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    words = "the points based system"
    where = {doc["location"].split("#")[0] for doc in index["docs"] if words in doc["text"]}
    assert where == {"debates/why-did-labour-lose/"}
    speaker = page_path(site, "speakers/sadiq-khan.md").read_text(encoding="utf-8")
    assert words in speaker  # still on the speaker's page, as a row left out of the index


def _sections(html: str) -> list[tuple[str | None, str, str]]:
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(html)
    parser.close()
    return [
        (s.id, " ".join("".join(s.title).split()), " ".join("".join(s.text).split()))
        for s in parser.data
        if not s.is_excluded()
    ]


def test_search_reads_the_same_sections_from_the_text_only_content() -> None:
    """What the plugin hands the search plugin (tags that only carry text removed) indexes the
    same sections, titles and words as the page itself (whitespace aside)."""
    from digest.index import build_index
    from digest.load import load_digest
    from digest.site.planner import plan_pages
    from digest.site.plugin import _SEARCH_EXCLUDED, _SEARCH_TEXT_ONLY
    from digest.site.renderer import Renderer
    from tests.test_site_build import BUNDLED

    index = build_index(load_digest(BUNDLED))
    renderer = Renderer(index, [])
    for page in plan_pages(index):
        html = _SEARCH_EXCLUDED.sub("", heading_toc(renderer.render(page))[0])
        assert "data-search-exclude" not in html, page.src_uri
        assert _sections(_SEARCH_TEXT_ONLY.sub("", html)) == _sections(html), page.src_uri
