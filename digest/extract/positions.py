"""Positions: one per (speaker, theme), with its evidence quotes and, when the text makes the
stance plain, the stance and the sentence that shows it (see :mod:`digest.extract.stances`).

A quote that goes on from the speaker's earlier quote of the same sentence with a participle
("X voiced support for the inquiry, telling the paper: “…”", "X called on Italy to join,
adding “…”") and shows no stance of its own takes the stance the speaker's verb gave that
earlier quote: the verb governs the whole sentence.

Every speaker of a joint statement ("Durbin and Schiff both questioned …") holds its position.
A position's stance is that of its quotes that show one: the same for all -> that stance; both
directions -> ``mixed``; none -> ``unclear``. Its ``stance_evidence`` is the first sentence that
showed it."""

from __future__ import annotations

from digest.extract.attribution import Context
from digest.extract.direct import Found
from digest.extract.result import FoundPosition, FoundQuote
from digest.extract.stances import UNCLEAR, QuoteStance, quote_stance


def find(ctx: Context, found: list[Found], quotes: list[FoundQuote]) -> list[FoundPosition]:
    out: dict[tuple[str, str], FoundPosition] = {}
    previous_end = 0
    earlier: tuple[Found, FoundQuote, QuoteStance] | None = None
    for f, q in zip(found, quotes, strict=True):
        floor, previous_end = previous_end, max(previous_end, f.end)
        if not q.speaker:
            earlier = None
            continue
        shown = quote_stance(ctx, f, q, floor)
        if shown.stance == "unclear" and earlier and _goes_on(ctx, earlier[0], earlier[1], f, q):
            shown = earlier[2]
        earlier = (f, q, shown if shown.by_verb else UNCLEAR)
        q.stance = shown.stance  # type: ignore[assignment]
        speakers = dict.fromkeys([q.speaker, *q.joint_with])  # a joint statement is each one's
        for speaker, theme in ((s, t) for s in speakers for t in q.themes):
            pos = out.setdefault((speaker, theme), FoundPosition(speaker, theme))
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


def _goes_on(ctx: Context, f0: Found, q0: FoundQuote, f: Found, q: FoundQuote) -> bool:
    """Whether ``q`` goes on from ``q0``: same speaker, same sentence, cued by a participle
    after it ("…, telling the paper: “…”")."""
    if q.speaker != q0.speaker or not f.cue or not (f0.end <= f.cue_pos < f.start):
        return False
    if not f.cue.split()[0].lower().endswith("ing"):
        return False
    return ctx.sentence_at(f0.start) == ctx.sentence_at(f.start)
