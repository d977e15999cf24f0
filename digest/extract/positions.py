"""Positions: one per (speaker, theme), with its evidence quotes and, when the text makes the
stance plain, the stance and the sentence that shows it (see :mod:`digest.extract.stances`).

A position's stance is that of its quotes that show one: the same for all -> that stance; both
directions -> ``mixed``; none -> ``unclear``. Its ``stance_evidence`` is the first sentence that
showed it."""

from __future__ import annotations

from digest.extract.attribution import Context
from digest.extract.direct import Found
from digest.extract.result import FoundPosition, FoundQuote
from digest.extract.stances import quote_stance


def find(ctx: Context, found: list[Found], quotes: list[FoundQuote]) -> list[FoundPosition]:
    out: dict[tuple[str, str], FoundPosition] = {}
    previous_end = 0
    for f, q in zip(found, quotes, strict=True):
        floor, previous_end = previous_end, max(previous_end, f.end)
        if not q.speaker:
            continue
        shown = quote_stance(ctx, f, q, floor)
        q.stance = shown.stance  # type: ignore[assignment]
        for theme in q.themes:
            pos = out.setdefault((q.speaker, theme), FoundPosition(q.speaker, theme))
            pos.evidence.append(q.id)
            pos.policies.extend(p for p in q.policies if p not in pos.policies)
            if shown.stance == "unclear":
                continue
            if pos.stance in ("unclear", shown.stance):
                pos.stance = shown.stance  # type: ignore[assignment]
            else:
                pos.stance = "mixed"
            pos.stance_evidence = pos.stance_evidence or shown.evidence
    return list(out.values())
