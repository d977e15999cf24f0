"""What ``digest review`` draws for one item: progress, the quote in its paragraph, the choices.

Rendering only (``rich``); the walk's state lives in :mod:`digest.review.terminal`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.panel import Panel
from rich.text import Text

from digest.review.excerpt import paragraph_around
from digest.review.queue import PENDING, Item, debate_items, line_of

if TYPE_CHECKING:
    from digest.review.terminal import Walk

KEYS = "1–9 choose · n name · a accept · r reject · s skip · u undo · e edit · q quit"


def render_item(item: Item, walk: Walk) -> Group:
    """The screen for one item: progress, the quote in its paragraph, the choices, the keys."""
    header = Text.assemble(
        (f"{walk.position + 1}/{len(walk.items)} · {item.debate}", "bold"),
        f"  {item.kind} {item.key} · ",
        (item.status, "bold"),
        f"  {item.path}:{line_of(item)}",
    )
    parts: list = [header, _context(item, walk)]
    if item.kind == "quote":
        parts.append(Text(f"speaker: {walk.name(item.speaker)}", style="bold"))
        if item.detail:
            parts.append(Text(item.detail))
        if item.confidence is not None:
            parts.append(Text(f"extractor confidence: {item.confidence:g}"))
        for number, candidate in enumerate(item.candidates[:9], 1):
            parts.append(Text(f"  {number}  {walk.name(candidate)}"))
        if item.speaker is None:
            parts.append(
                Text(
                    "The speaker is unknown: choose a candidate to accept"
                    if item.candidates
                    else "The speaker is unknown and there is no candidate: n to name them",
                    style="italic",
                )
            )
        debate = walk.digest.debates.get(item.debate)
        if item.speaker is None and not item.candidates and debate and debate.participants:
            parts.append(Text(f"participants: {', '.join(debate.participants)}"))
    parts.append(Text(KEYS, style="dim"))
    return Group(*parts)


def _context(item: Item, walk: Walk) -> Panel:
    debate = walk.digest.debates.get(item.debate)
    if item.kind == "quote" and debate is not None and item.span is not None:
        excerpt, start, end = paragraph_around(debate.article_text, item.span)
        text = Text(excerpt)
        text.stylize("reverse bold", start, end)  # visible without colour too
        return Panel(text, title=debate.title, title_align="left")
    body = Text(item.text or item.key)
    if item.kind == "position" and debate is not None:
        quotes = {q.id: q for q in debate.quotes}
        for quote_id in item.detail.split():
            if quote_id in quotes:
                body.append(f"\n  {quote_id}: {quotes[quote_id].text}", style="italic")
    if item.kind == "debate" and debate is not None:
        # the loaded records predate this walk's decisions: leave out what it decided since
        done = {i.key for i in walk.items if i.debate == item.debate and i.status not in PENDING}
        left = [i for i in debate_items(debate) if i.kind != "debate" and i.key not in done]
        body.append(f"\n{len(left)} of its records still to decide" if left else "\nall decided")
    title = f"{item.kind} {walk.name(item.speaker)}" if item.speaker else item.kind
    return Panel(body, title=title, title_align="left")
