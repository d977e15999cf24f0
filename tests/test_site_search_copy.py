"""The copy of a generated page the search plugin reads (``plugin._hide_from_search``) without
its headings' permalinks gives Material's search the very sections the copy with them gave.

The bundled site and a small synthetic digest are built; each generated page's text-only pass
(``_SEARCH_TEXT_ONLY``) is recorded, and Material's own ``Parser`` must read the same sections
from its output as from the pass without the permalink alternative (``_WITH_PERMALINKS``, the
pattern before it). Both differ from the page itself only in whitespace inside a section's text
(a table's cells, no longer separate pieces, keep their newlines: the index's words are the same).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from material.plugins.search.plugin import Parser
from test_site_build import REPO, build_site, make_project

from digest.site import plugin as site_plugin

_WITH_PERMALINKS = re.compile(  # _SEARCH_TEXT_ONLY before it dropped heading permalinks
    r"<(?:/?(?:span|strong|em|b|i|mark|q|div|table|thead|tbody|tr|td|th|blockquote|details|summary)"
    r"\b[^>]*|a\s(?![^>]*headerlink)[^>]*|(?<!&para;<)/a)>"
)

sys.path.insert(0, str(REPO / "benchmarks"))
from synthetic import generate_corpus  # noqa: E402


def _sections(content: str) -> list[tuple]:
    """What the search index keeps of each section (Material joins and strips its pieces)."""
    parser = Parser()
    parser.feed(content)
    parser.close()
    return [
        (s.el.tag, s.id, "".join(s.title).strip(), "".join(s.text).strip(), s.is_excluded())
        for s in parser.data
    ]


class _Recording:
    """Stands for ``_SEARCH_TEXT_ONLY``: the same substitution, each input and output kept."""

    def __init__(self, pattern) -> None:
        self.pattern, self.seen = pattern, []

    def sub(self, replacement: str, content: str) -> str:
        copy = self.pattern.sub(replacement, content)
        self.seen.append((content, copy))
        return copy


def _recorded_build(project: Path) -> list[tuple[str, str]]:
    """(content the search plugin would read without the copy, the copy) of each page copied."""
    recording = _Recording(site_plugin._SEARCH_TEXT_ONLY)
    patch = pytest.MonkeyPatch()
    patch.setattr(site_plugin, "_SEARCH_TEXT_ONLY", recording)
    try:
        build_site(project)
    finally:
        patch.undo()
    return recording.seen


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> list[tuple[str, str]]:
    bundled = make_project(tmp_path_factory.mktemp("bundled"))
    content = tmp_path_factory.mktemp("corpus") / "content"
    shutil.copytree(REPO / "content" / "pages", content / "pages")
    generate_corpus(content, 12, seed=3)
    synthetic = make_project(tmp_path_factory.mktemp("synthetic"), content)
    return _recorded_build(bundled) + _recorded_build(synthetic)


def test_the_search_copy_has_the_pages_sections(copies) -> None:
    assert len(copies) > 40
    differ = [
        page[:80] for page, copy in copies
        if _sections(_WITH_PERMALINKS.sub("", page)) != _sections(copy)
    ]
    assert differ == []


def test_heading_permalinks_are_out_of_the_copy(copies) -> None:
    with_permalinks = [c for c in copies if 'class="headerlink"' in c[0]]
    assert len(with_permalinks) > 20
    shortened = [page for page, copy in with_permalinks if 'class="headerlink"' not in copy]
    assert len(shortened) == len(with_permalinks)  # every one is last in its heading


@pytest.mark.parametrize(
    ("html", "copy"),
    [
        ('<h2 id="x">X<a class="headerlink" href="#x" title="Permanent link">&para;</a></h2>',
         '<h2 id="x">X</h2>'),
        ('<h3 id="y">Y <em>z</em><a class="headerlink" href="#y" title="Permanent link">&para;'
         "</a></h3>", '<h3 id="y">Y z</h3>'),
        # not last in a heading, or not the form heading_toc writes: left as it was
        ('<p>x<a class="headerlink" href="#x" title="Permanent link">&para;</a></p>',
         '<p>x<a class="headerlink" href="#x" title="Permanent link">&para;</a></p>'),
        ('<h2 id="x">X<a class="headerlink" href="#x">&para;</a></h2>',
         '<h2 id="x">X<a class="headerlink" href="#x">&para;</a></h2>'),
        ('<h2 id="x">X<a class="headerlink" href="#x" title="Permanent link">#</a></h2>',
         '<h2 id="x">X<a class="headerlink" href="#x" title="Permanent link">#</h2>'),
    ],
)
def test_text_only_copy(html: str, copy: str) -> None:
    assert site_plugin._SEARCH_TEXT_ONLY.sub("", html) == copy
    assert _sections(_WITH_PERMALINKS.sub("", html)) == _sections(copy)
