"""The renderer on the bundled content, outside MkDocs: shared fragments rendered once, reused.

A quote's card is on its debate page (and the front page); elsewhere — speakers', themes',
policies' and organisations' pages — it is a compact row linking to that card. Both are
rendered once per URL depth and reused on every page that shows them."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.index import build_index
from digest.load import load_digest
from digest.site.planner import plan_pages
from digest.site.renderer import Renderer

REPO = Path(__file__).resolve().parent.parent
CARD, ROW = '<div class="dd-quote ', '<li class="dd-quote-row '


def test_a_quote_card_or_row_is_rendered_once_for_every_detail_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = build_index(load_digest(REPO / "content"))
    renderer = Renderer(index, [])
    rendered: list[tuple[str, int, str]] = []  # a fragment's links differ by depth (home is 0)
    card, row = renderer._render_card, renderer._render_row

    def counting_card(h, quote, debate, permalink, in_article):
        rendered.append((quote.id, h.depth, "permalink" if permalink else "card"))
        return card(h, quote, debate, permalink, in_article)

    def counting_row(h, quote, debate):
        rendered.append((quote.id, h.depth, "row"))
        return row(h, quote, debate)

    monkeypatch.setattr(renderer, "_render_card", counting_card)
    monkeypatch.setattr(renderer, "_render_row", counting_row)
    pages = plan_pages(index)
    html = {page.src_uri: renderer.render(page) for page in pages}
    shown = sum(text.count(CARD) + text.count(ROW) for text in html.values())
    shared = [fragment for fragment in rendered if fragment[2] != "permalink"]
    assert len(shared) == len(set(shared)), "a shared card or row was rendered twice"
    assert shown > len(rendered), "nothing was reused"
    speaker = html["speakers/sadiq-khan.md"]
    theme = html["themes/immigration.md"]
    assert CARD not in speaker and CARD not in theme, "full cards are on the debate page only"
    rows = [{block.split("</li>")[0] for block in text.split(ROW)[1:]} for text in (speaker, theme)]
    assert rows[0] & rows[1], "the speaker's and the theme's pages share no row"
