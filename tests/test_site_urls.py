"""``digest.site.urls.relative``: links between pages computed by hand, checked against a table
and against ``posixpath`` (what the link means once MkDocs joins it to the page's folder)."""

from __future__ import annotations

import posixpath

import pytest

from digest.site.urls import depth, index_uri, record_uri, relative

CASES = [
    # from page, to page, anchor, link
    ("speakers/sadiq-khan.md", "themes/housing.md", None, "../themes/housing.md"),
    ("speakers/sadiq-khan.md", "debates/why.md", "q-0000000001", "../debates/why.md#q-0000000001"),
    ("speakers/a.md", "speakers/b.md", None, "../speakers/b.md"),  # same folder: same form
    ("speakers/a.md", "speakers/a.md", None, "../speakers/a.md"),  # itself, no anchor
    ("debates/why.md", "debates/why.md", "q-1", "#q-1"),  # itself with an anchor: the anchor
    ("debates/index.md", "debates/why.md", None, "../debates/why.md"),
    ("themes/housing.md", "themes/index.md", None, "../themes/index.md"),
    ("index.md", "debates/index.md", None, "debates/index.md"),  # from the docs root
    ("index.md", "about.md", "who", "about.md#who"),
    ("a/b/c.md", "speakers/x.md", None, "../../speakers/x.md"),
    ("speakers/x.md", "about.md", None, "../about.md"),
]


@pytest.mark.parametrize(("here", "target", "anchor", "expected"), CASES)
def test_relative(here: str, target: str, anchor: str | None, expected: str) -> None:
    assert relative(here, target, anchor) == expected


@pytest.mark.parametrize(("here", "target", "anchor", "expected"), CASES)
def test_relative_resolves_to_the_target(
    here: str, target: str, anchor: str | None, expected: str
) -> None:
    path, _, fragment = relative(here, target, anchor).partition("#")
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(here), path)) if path else here
    assert resolved == target
    assert fragment == (anchor or "")


def test_a_link_reads_the_same_on_every_page_at_one_depth() -> None:
    """What lets a quote card rendered for one detail page be reused on any other."""
    pages = [record_uri("speakers", "a"), record_uri("themes", "b"), index_uri("policies")]
    targets = [record_uri("debates", "d"), record_uri("speakers", "a"), index_uri("themes")]
    for target in targets:
        assert len({relative(page, target) for page in pages}) == 1, target
    assert {depth(page) for page in pages} == {1}
