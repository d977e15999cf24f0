"""Material's page-free blocks and TOC rendered once (``digest.site.theme_blocks``) change no byte.

The bundled content (and a hand-written page outside the nav, and one inside ``assets/``, whose
asset links differ from its neighbours') is built with the caches and without, with and
without ``use_directory_urls``; every HTML file and the search index must be equal. Then the
keys: what makes a page's block or TOC its own.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import material
import pytest
from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader
from test_site_build import build_site, make_project

from digest.site.theme_blocks import BlockCache, TocCache, shown_toc, toc_key
from tests.site_support import site_files

EXTRA_PAGES = {  # three pages of one TOC under different titles: its HTML is reused
    "notes/extra.md": "# Extra\n\nA page no nav entry lists.\n\n## Part\n\nText.\n",
    "notes/other.md": "# Other\n\n## Part\n\nMore.\n",
    "notes/third.md": "# Third\n\n## Part\n\nAgain.\n",
    "assets/guide.md": "# Guide\n\nA page among the assets: its links to them are shorter.\n",
}


def _project(tmp_path: Path) -> Path:
    project = make_project(tmp_path)
    for path, text in EXTRA_PAGES.items():
        page = project / "content" / "pages" / path
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(text, encoding="utf-8")
    return project



@pytest.fixture(scope="module", params=[True, False], ids=["directory-urls", "file-urls"])
def both_builds(request, tmp_path_factory) -> tuple[dict[str, bytes], dict[str, bytes]]:
    flag = request.param
    caches: list = []
    patch = pytest.MonkeyPatch()
    for cls in (BlockCache, TocCache):
        install = cls.install
        recorded = lambda self, env, i=install: caches.append(self) or i(self, env)  # noqa: E731
        patch.setattr(cls, "install", recorded)
    try:
        fast = build_site(_project(tmp_path_factory.mktemp("fast")), use_directory_urls=flag)
    finally:
        patch.undo()
    assert [type(c).__name__ for c in caches] == ["BlockCache", "TocCache"]
    assert caches[0].hits >= 10 and caches[1].hits >= 1, [c.hits for c in caches]
    patch.setattr(BlockCache, "install", lambda self, env: False)
    patch.setattr(TocCache, "install", lambda self, env: False)
    try:
        slow = build_site(_project(tmp_path_factory.mktemp("slow")), use_directory_urls=flag)
    finally:
        patch.undo()
    return site_files(fast), site_files(slow)


def test_caches_change_no_file(both_builds) -> None:
    fast, slow = both_builds
    assert sorted(fast) == sorted(slow)
    assert any(path.startswith("assets/guide") for path in fast)
    assert [path for path in fast if fast[path] != slow[path]] == []


# --- Keys ---------------------------------------------------------------------------------------

CONFIG = {"extra_javascript": ["javascripts/site.js", "https://cdn.example/x.js"], "extra": {},
          "extra_css": ["css/site.css"]}


def _context(url: str, *, previous=None, following=None, config=CONFIG) -> dict:
    page = SimpleNamespace(url=url, previous_page=previous, next_page=following)
    return {"page": page, "config": config}


@pytest.mark.parametrize(
    ("block", "url", "key"),
    [
        ("styles", "speakers/sadiq-khan/", ("styles", 2)),
        ("styles", "speakers/sadiq-khan.html", ("styles", 1)),
        ("config", "", ("config", 0)),
        ("scripts", "about/", ("scripts", 1)),
        ("scripts", "assets/guide/", None),  # among Material's assets
        ("scripts", "javascripts/notes/", None),  # among the extra JavaScript
        ("styles", "css/", None),  # among the extra CSS
        ("scripts", "https/", ("scripts", 1)),  # an absolute URL has no folder here
        ("footer", "debates/x/", ("footer", 2)),
    ],
)
def test_block_key(block: str, url: str, key: tuple | None) -> None:
    assert BlockCache().key(block, _context(url)) == key


def test_a_footer_linking_other_pages_is_its_own() -> None:
    cache = BlockCache()
    assert cache.key("footer", _context("a/b/", previous=object())) is None
    assert cache.key("footer", _context("a/b/", following=object())) is None
    assert cache.key("styles", _context("a/b/", following=object())) == ("styles", 2)


def test_no_page_no_key() -> None:
    assert BlockCache().key("styles", {"page": None, "config": CONFIG}) is None


def _item(title: str, url: str, level: int, *children, **extra):
    return SimpleNamespace(title=title, url=url, level=level, children=list(children), **extra)


def test_toc_key_is_what_the_toc_shows() -> None:
    toc = [_item("Debate", "#debate", 1, _item("Quotes", "#quotes", 2))]
    same = [_item("Debate", "#debate", 1, _item("Quotes", "#quotes", 2))]
    other = [_item("Debate", "#debate", 1, _item("Quotes", "#quotes-1", 2))]
    quotes = ("Quotes", "#quotes", 2, ())
    assert toc_key(toc) == toc_key(same) == (("Debate", "#debate", 1, (quotes,)),)
    assert toc_key(toc) != toc_key(other)
    assert toc_key([_item("T", "#t", 1, typeset=SimpleNamespace(title="<b>T</b>"))]) is None
    assert toc_key(None) is None
    assert toc_key([]) == ()


def test_under_an_h1_the_toc_is_its_children() -> None:
    quotes = _item("Quotes", "#quotes", 2)
    assert shown_toc([_item("Debate", "#debate", 1, quotes)]) == [quotes]
    assert toc_key(shown_toc([_item("Debate", "#debate", 1, quotes)])) == toc_key(
        shown_toc([_item("Another debate", "#another-debate", 1, quotes)])
    )
    flat = [_item("Part", "#part", 2), _item("More", "#more", 2)]
    assert shown_toc(flat) is flat
    assert shown_toc([]) == [] and shown_toc(None) is None


def test_a_toc_is_kept_from_its_second_page() -> None:
    cache, rendered = TocCache(), []
    toc = [_item("Debate", "#debate", 1, _item("Quotes", "#quotes", 2))]

    def render(context):
        rendered.append(1)
        yield "<nav>toc</nav>"

    context = {"page": SimpleNamespace(toc=toc), "config": CONFIG}
    outputs = ["".join(cache._render(render, context)) for _ in range(3)]
    assert outputs == ["<nav>toc</nav>"] * 3
    assert len(rendered) == 2 and cache.hits == 1  # rendered twice, then taken from the cache


# --- Overrides ----------------------------------------------------------------------------------


def _env(overrides: dict[str, str]) -> Environment:
    material_dir = str(Path(material.__file__).parent / "templates")
    env = Environment(loader=ChoiceLoader([DictLoader(overrides), FileSystemLoader(material_dir)]))
    env.filters["url"] = str  # MkDocs' filters; the templates only need to compile
    env.filters["script_tag"] = str
    return env


@pytest.mark.parametrize(
    ("overrides", "cached"),
    [
        ({}, True),
        ({"partials/copyright.html": "<p>{{ config.copyright }}</p>"}, True),
        ({"partials/copyright.html": "<p>{{ page.title }}</p>"}, False),
        ({"partials/icons.html": "{% if toc %}x{% endif %}"}, False),
        ({"base.html": "<html>{% block styles %}{% endblock %}</html>"}, False),
    ],
)
def test_blocks_are_cached_only_with_materials_partials(overrides: dict, cached: bool) -> None:
    assert BlockCache().install(_env(overrides)) is cached


@pytest.mark.parametrize(
    ("overrides", "cached"),
    [({}, True), ({"partials/toc-item.html": "<li>{{ toc_item.title }}</li>"}, False)],
)
def test_the_toc_is_cached_only_with_materials_own(overrides: dict, cached: bool) -> None:
    assert TocCache().install(_env(overrides)) is cached
