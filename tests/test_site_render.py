"""The renderer on the bundled content, outside MkDocs: quote cards rendered once and reused."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.index import build_index
from digest.load import load_digest
from digest.site.planner import plan_pages
from digest.site.renderer import Renderer

REPO = Path(__file__).resolve().parent.parent


def test_a_quote_card_is_rendered_once_for_every_detail_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = build_index(load_digest(REPO / "content"))
    renderer = Renderer(index, [])
    rendered: list[tuple[str, int, bool]] = []  # a card's links differ by depth (home is 0)
    original = renderer._render_card

    def counting(h, quote, debate, permalink, in_article):
        rendered.append((quote.id, h.depth, permalink))
        return original(h, quote, debate, permalink, in_article)

    monkeypatch.setattr(renderer, "_render_card", counting)
    pages = plan_pages(index)
    markdown = {page.src_uri: renderer.render(page) for page in pages}
    shown = sum(text.count('<div class="dd-quote ') for text in markdown.values())
    shared = [(quote_id, depth) for quote_id, depth, permalink in rendered if not permalink]
    assert len(shared) == len(set(shared)), "a shared card was rendered twice"
    assert shown > len(rendered), "no card was reused"
    speaker = next(p for p in pages if p.src_uri == "speakers/sadiq-khan.md")
    theme = next(p for p in pages if p.src_uri == "themes/immigration.md")
    cards = [
        {
            block.split("</div>")[0]
            for block in markdown[page.src_uri].split('<div class="dd-quote ')[1:]
        }
        for page in (speaker, theme)
    ]
    assert cards[0] & cards[1], "the speaker's and the theme's pages share no card"
