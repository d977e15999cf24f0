"""Positions: one per (speaker, theme), with its evidence quotes and, when the text makes the
stance plain, the stance and the sentence that shows it (see :mod:`digest.extract.stances`).

A quote that goes on from the speaker's earlier quote of the same sentence with a participle
("X voiced support for the inquiry, telling the paper: “…”", "X called on Italy to join,
adding “…”") and shows no stance of its own takes the stance the speaker's verb gave that
earlier quote: the verb governs the whole sentence. So does a quote cued "he added" (or
"continued", "went on") in the very next sentence of the same paragraph, right after a quote
whose stance the speaker's own verb or label showed ("X called the deal “null and void”. “It
ignores …,” he added."): the speaker is still on the same point. A quotation split around its
cue ("“We stand ready,” tweeted X, “to provide whatever help we can”") is read whole for its
second part.

Every speaker of a joint statement ("Durbin and Schiff both questioned …") holds its position.
A position's stance is that of its quotes that show one: the same for all -> that stance; both
directions -> ``mixed``; none -> ``unclear``. Its ``stance_evidence`` is the first sentence that
showed it.

A news outlet reporting a fact ("according to the BBC, …", "Reuters reported …") takes no side:
it holds no position (:func:`without_outlets`), though its quotes stay, attributed to it. An
outlet whose own words show a stance (an editorial that "urged the government to …") keeps it.
Outlets are the organisations of kind ``publisher``, as the people and identity code knows them."""

from __future__ import annotations

from dataclasses import replace

from digest.extract.attribution import Context
from digest.extract.direct import Found
from digest.extract.result import Extraction, FoundPosition, FoundQuote
from digest.extract.stances import UNCLEAR, QuoteStance, quote_stance, split_quote_stance


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
            shown = replace(earlier[2], rule="goes_on")
        if shown.stance == "unclear" and earlier:
            shown = split_quote_stance(ctx, earlier[0], earlier[1], f, q)
        earlier = (f, q, shown if shown.governs else UNCLEAR)
        q.stance = shown.stance  # type: ignore[assignment]
        q.stance_rule = shown.rule if shown.stance != "unclear" else ""
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


_GOING_ON = frozenset({"added", "adds", "continued", "continues", "went on", "goes on"})


def _goes_on(ctx: Context, f0: Found, q0: FoundQuote, f: Found, q: FoundQuote) -> bool:
    """Whether ``q`` goes on from ``q0``: same speaker, and either in the same sentence, cued by
    a participle after it ("…, telling the paper: “…”"), or cued "added" in the next sentence."""
    if q.speaker != q0.speaker or not f.cue:
        return False
    if " ".join(f.cue.lower().split()) in _GOING_ON:
        return _next_sentence(ctx, f0, f)
    if not (f0.end <= f.cue_pos < f.start) or not f.cue.split()[0].lower().endswith("ing"):
        return False
    return ctx.sentence_at(f0.start) == ctx.sentence_at(f.start)


def _next_sentence(ctx: Context, f0: Found, f: Found) -> bool:
    """Whether ``f`` is in the sentence right after the one ``f0`` ends in, in one paragraph."""
    ends = ctx.sentence_at(max(f0.start, f0.end - 1)).end
    starts = ctx.sentence_at(f.start).start
    between = ctx.text[ends:starts]
    return ends <= starts and not between.strip() and between.count("\n") < 2


def without_outlets(extraction: Extraction) -> None:
    """Drop the positions without a stance that news outlets hold (see the module docstring)."""
    outlets = {o.id for o in extraction.organisations if o.kind == "publisher"}
    if outlets:
        extraction.positions = [
            p for p in extraction.positions if p.speaker not in outlets or p.stance != "unclear"
        ]
