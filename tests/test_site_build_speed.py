"""The build's shortcuts change no byte of the site: each one on and off, the same files.

The shortcuts (docs/site.md, "Build speed"): Material's primary nav rendered once per folder for
the pages outside the nav (``digest.site.theme_cache``), the search plugin's sections read by a
faster tokenizer (``digest.site.search_sections``). The bundled content is built with them and
without them, with and without ``use_directory_urls``, plus a hand-written page outside the nav;
every HTML file and the search index must be equal.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import material
import pytest
from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader
from test_site_build import build_site, make_project

from digest.site import search_sections, theme_cache
from digest.site.theme_cache import HeaderCache, NavCache, _url_parts
from digest.site.toc import ANY_ID, ids_in
from tests.site_support import site_files

EXTRA_PAGE = "notes/extra.md"  # hand-written, outside the nav (MkDocs' omitted_files: info)


def _project(tmp_path: Path) -> Path:
    project = make_project(tmp_path)
    extra = project / "content" / "pages" / EXTRA_PAGE
    extra.parent.mkdir(parents=True)
    extra.write_text("# Extra\n\nA page no nav entry lists.\n", encoding="utf-8")
    return project



@pytest.fixture(scope="module", params=[True, False], ids=["directory-urls", "file-urls"])
def both_builds(request, tmp_path_factory) -> tuple[dict[str, bytes], dict[str, bytes]]:
    flag = request.param
    caches: list[NavCache] = []
    patch = pytest.MonkeyPatch()
    for cls in (NavCache, HeaderCache):
        install = cls.install
        recorded = lambda self, env, i=install: caches.append(self) or i(self, env)  # noqa: E731
        patch.setattr(cls, "install", recorded)
    read, sections = [], search_sections.sections
    patch.setattr(search_sections, "sections", lambda *a: read.append(sections(*a)) or read[-1])
    try:
        fast = build_site(_project(tmp_path_factory.mktemp("fast")), use_directory_urls=flag)
    finally:
        patch.undo()
    assert len(caches) == 2 and all(c.hits >= 10 for c in caches)  # the shortcuts were taken
    assert len(read) > 20 and all(found is not None for found in read)
    patch.setattr(NavCache, "install", lambda self, env: False)
    patch.setattr(HeaderCache, "install", lambda self, env: False)
    patch.setattr(search_sections, "install", lambda plugin, indexed=None: False)
    try:
        slow = build_site(_project(tmp_path_factory.mktemp("slow")), use_directory_urls=flag)
    finally:
        patch.undo()
    return site_files(fast), site_files(slow)


def test_shortcuts_change_no_file(both_builds) -> None:
    fast, slow = both_builds
    assert sorted(fast) == sorted(slow)
    assert len(fast) > 20
    differ = [path for path in fast if fast[path] != slow[path]]
    assert differ == []


def test_extra_page_outside_the_nav_is_built(both_builds) -> None:
    fast, _ = both_builds
    assert any(path.startswith("notes/extra") for path in fast)


@pytest.mark.parametrize(
    ("url", "parts"),
    [
        ("speakers/sadiq-khan/", ("speakers", "sadiq-khan")),
        ("speakers/sadiq-khan.html", ("speakers",)),
        ("speakers/", ("speakers",)),
        ("", ()),
        ("./", ()),
        ("index.html", ()),
    ],
)
def test_url_parts(url: str, parts: tuple[str, ...]) -> None:
    assert _url_parts(url) == parts


class _File:
    def __init__(self, src_uri: str) -> None:
        self.src_uri = src_uri


class _Page:
    def __init__(self, src_uri: str, url: str) -> None:
        self.file, self.url = _File(src_uri), url


class _Nav:
    def __init__(self, *pages: _Page) -> None:
        self.pages = list(pages)


NAV = _Nav(_Page("index.md", ""), _Page("speakers/index.md", "speakers/"),
           _Page("notes/deep/x.md", "notes/deep/x/"))


@pytest.mark.parametrize(
    ("src_uri", "url", "key"),
    [
        ("speakers/sadiq-khan.md", "speakers/sadiq-khan/", ("speakers", "*")),
        ("speakers/sadiq-khan.md", "speakers/sadiq-khan.html", ("speakers",)),
        ("themes/housing.md", "themes/housing/", ("themes", "*")),
        ("about.md", "about/", ("*",)),
        ("speakers/index.md", "speakers/", None),  # in the nav: its entry is active
        ("notes/deep.md", "notes/deep/", None),  # a nav target lies inside its URL
        ("index.md", "", None),
    ],
)
def test_nav_key(src_uri: str, url: str, key: tuple[str, ...] | None) -> None:
    assert NavCache().key(_Page(src_uri, url), NAV) == key


def test_an_overridden_nav_is_rendered_per_page(tmp_path: Path) -> None:
    material_dir = str(Path(material.__file__).parent / "templates")
    override = DictLoader({theme_cache.NAV_TEMPLATE: "<nav>{{ page.title }}</nav>"})
    overridden = Environment(loader=ChoiceLoader([override, FileSystemLoader(material_dir)]))
    material_only = Environment(loader=FileSystemLoader(material_dir))
    for env in (overridden, material_only):
        env.filters["url"] = str  # MkDocs' filter; the templates only need to compile
    assert NavCache().install(overridden) is False
    assert NavCache().install(material_only) is True


@pytest.mark.parametrize(
    ("override", "cached"),
    [
        ("<div>{{ lang.t('search') }}</div>", True),  # this repository's kind of override
        ("<div>{{ page.title }}</div>", False),
        ("{% if toc %}x{% endif %}", False),
        ("{{ digest_jsonld }}", False),
    ],
)
def test_a_header_partial_naming_the_page_is_rendered_per_page(override: str, cached: bool) -> None:
    material_dir = str(Path(material.__file__).parent / "templates")
    loader = DictLoader({"partials/search.html": override})
    env = Environment(loader=ChoiceLoader([loader, FileSystemLoader(material_dir)]))
    env.filters["url"] = str
    assert HeaderCache().install(env) is cached


# --- The search tokenizer: Material's own sections, or None (HTMLParser then reads the page) ----

SNIPPETS = [
    "<h1 id=\"t\">Title<a class=\"headerlink\" href=\"#t\" title=\"Permanent link\">&para;</a></h1>"
    "\n<p>Tom &amp; Jerry&#39;s <q>words</q></p>\n<h2 id=\"s\">Second</h2><ul><li>a</li></ul>",
    "<p>before any heading</p><h2 id=\"x\">X</h2><div data-search-exclude><p>hidden</p></div>tail",
    "<section><h2 id=\"n\">Nested</h2><p>in</p></section><p>after</p>",
    "<p>a<br/>b<br>c<img src=\"x.png\" alt=\"&lt;x&gt;\"></p><!-- a comment --><p>d</p>",
    "<pre><code>  keep\n  spaces &lt;b&gt;</code></pre><p>x</p>",
    "<H2 ID=\"Up\">Upper</H2><P CLASS='a'>Text with it's quote</P>",
    "<p title=\"Khan's\" data-x=unquoted>v</p><table><tr><td>1</td></tr></table>",
    "text only &eacute; &notanentity; & more",
    "",
]


def _material_sections(content: str) -> list[tuple]:
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(content)
    parser.close()
    return _described(parser.data)


def _described(found: list) -> list[tuple]:
    return [(s.el.tag, s.id, s.title, s.text, s.is_excluded()) for s in found]


@pytest.mark.parametrize("content", SNIPPETS)
def test_sections_are_materials(content: str) -> None:
    from material.plugins.search.plugin import Parser

    found = search_sections.sections(Parser(), content)
    assert found is not None
    assert _described(found) == _material_sections(content)


@pytest.mark.parametrize(
    "content",
    [
        "<p>1 < 2</p>",  # a "<" that opens no tag
        '<p title="a > b">x</p>',  # a ">" inside an attribute
        "<script>var a = '<p>';</script>",
        "<style>p > a {}</style>",
        "<!DOCTYPE html><p>x</p>",
        "<!-- a -- b --><p>x</p>",
        "<?php echo 1 ?>",
        "<p>x</p junk>",
    ],
)
def test_unusual_html_is_left_to_htmlparser(content: str) -> None:
    from material.plugins.search.plugin import Parser

    assert search_sections.sections(Parser(), content) is None


# --- Exports are let go once written -----------------------------------------------------------


def test_an_export_is_let_go_once_written(tmp_path: Path) -> None:
    from mkdocs.config.defaults import MkDocsConfig

    from digest.site.exports import ExportFile

    config = MkDocsConfig()
    config.load_dict({"site_name": "x", "docs_dir": str(tmp_path), "site_dir": str(tmp_path / "s")})
    config.validate()
    config.plugins._current_plugin = "digest"  # as MkDocs sets it while a plugin's hook runs
    file = ExportFile.generated(config, "data/x.json", content='{"a":1}\n')
    assert file.is_modified()
    file.copy_file()
    assert file._content is None
    assert (tmp_path / "s" / "data" / "x.json").read_text(encoding="utf-8") == '{"a":1}\n'
    assert file.content_string == '{"a":1}\n'  # read back from the written file
    file.copy_file()  # again (a dirty rebuild): the same file, left as it is
    assert (tmp_path / "s" / "data" / "x.json").read_text(encoding="utf-8") == '{"a":1}\n'


# --- Ids found by their literal, as ANY_ID finds them ------------------------------------------


@pytest.mark.parametrize(
    "html",
    ["", 'id="a"', ' id="a"', 'data-id="x" id="y"', 'data-id="x id="y"', '\tid="t"\xa0id="u"',
     'id=""', ' id="" id="z"', 'xid="q" \nid="r"', '<h2 id="s">S</h2><p data-quote="q" id="q">'],
)
def test_ids_in_is_any_id_findall(html: str) -> None:
    assert ids_in(html) == ANY_ID.findall(html)


def test_ids_in_is_any_id_findall_on_random_text() -> None:
    pieces = ['id="', " ", '"', "a", "-", "\t", "x", "\xa0"]
    rnd = random.Random(10)
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        assert ids_in(text) == ANY_ID.findall(text), text


# --- The search copy's tag pattern: every alternative starts with "<", the same matches --------

_TEXT_ONLY_BEFORE = re.compile(  # the pattern as it was, with a leading lookbehind
    r"</?(?:span|strong|em|b|i|mark|q|div|table|thead|tbody|tr|td|th|blockquote|details|summary)"
    r"\b[^>]*>|<a\s(?![^>]*headerlink)[^>]*>|(?<!&para;)</a>"
)


@pytest.mark.parametrize(
    "html",
    ['x&para;</a>', '<h2 id="x">X<a class="headerlink" href="#x">&para;</a></h2>',
     '<a href="y">t</a>', "</span></a>", "<abbr>x</abbr>", "<b>", "<br>", "<bdi>", "</td >",
     "<a\nhref=1>", '<span class="a">&para;</span></a>', "<div><table><tr><td>1</td></tr>"],
)
def test_search_text_only_pattern_is_unchanged(html: str) -> None:
    from digest.site.plugin import _SEARCH_TEXT_ONLY

    assert _SEARCH_TEXT_ONLY.sub("", html) == _TEXT_ONLY_BEFORE.sub("", html)


def test_an_export_is_made_when_written(tmp_path: Path) -> None:
    from mkdocs.config.defaults import MkDocsConfig

    from digest.site.exports import ExportFile

    config = MkDocsConfig()
    config.load_dict({"site_name": "x", "docs_dir": str(tmp_path), "site_dir": str(tmp_path / "s")})
    config.validate()
    config.plugins._current_plugin = "digest"
    made: list[str] = []
    file = ExportFile.lazy(config, "feeds/x.xml", lambda: made.append("x") or "<feed/>\n")
    assert made == [] and file.is_modified()
    file.copy_file()
    assert made == ["x"] and file._content is None
    assert (tmp_path / "s" / "feeds" / "x.xml").read_text(encoding="utf-8") == "<feed/>\n"
    other = ExportFile.lazy(config, "feeds/y.xml", lambda: made.append("y") or "<y/>")
    assert other.content_string == "<y/>" and made == ["x", "y"]  # asked for: made once
    other.copy_file()
    assert made == ["x", "y"]
