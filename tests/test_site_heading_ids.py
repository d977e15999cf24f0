"""``toc.headings_and_ids`` gives ``heading_toc``'s HTML and tokens, and the ids of that HTML as
``ids_in`` finds them, without reading it again (the plugin's anchors for MkDocs' checks)."""

from __future__ import annotations

import random

import pytest

from digest.site.toc import heading_toc, headings_and_ids, ids_in

PAGES = [
    "",
    "<p>No heading</p>",
    "<h1>Title</h1><h2>Quotes</h2><h2>Quotes</h2><h2 id=\"quotes\">Again</h2>",
    '<h2 class="x">Classed</h2><p id="q-1" data-id="no">card</p><h3 id="kept">Kept</h3>',
    "<h2>Tom &amp; Jerry&#39;s</h2><h2>Été <em>déjà</em></h2><h2></h2><h2>  </h2>",
    '<div id="dd-relations-list"><h4>Who answered whom</h4></div><h5 title="t">x</h5>',
    "<h2>id=\"fake\"</h2><h6>a\nb</h6>",
]


@pytest.mark.parametrize("permalink", [True, False, "#"])
@pytest.mark.parametrize("page", PAGES)
def test_same_as_heading_toc_then_ids_in(page: str, permalink) -> None:
    html, tokens, ids = headings_and_ids(page, permalink)
    assert (html, tokens) == heading_toc(page, permalink)
    assert sorted(ids) == sorted(ids_in(html))


def test_on_random_pages() -> None:
    pieces = ["<h2>", "</h2>", "<h3 id=\"a\">", "</h3>", "x", " ", 'id="b"', "<p>", "Quotes",
              ' id="c"', "&amp;", "<h1 class=\"t\">", "</h1>", "\n"]
    rnd = random.Random(7)
    for _ in range(3000):
        page = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16)))
        html, tokens, ids = headings_and_ids(page)
        assert (html, tokens) == heading_toc(page), page
        assert sorted(ids) == sorted(ids_in(html)), page


def test_ids_given_to_headings() -> None:
    _, _, ids = headings_and_ids('<h2>Quotes</h2><h2>Quotes</h2><p id="q-1">')
    assert sorted(ids) == ["q-1", "quotes", "quotes_1"]
