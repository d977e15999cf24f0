"""Relations between quotes: "this was echoed by X" (echoes), "countered by" (counters), "agreed
with" (agrees-with), "responded"/"in response to" (responds-to). The new quote points at the most
recent earlier quote by another speaker."""

from __future__ import annotations

import re

from digest.extract.attribution import Context
from digest.extract.direct import Found
from digest.extract.result import FoundQuote, FoundRelation

_RELATION_CUES = (
    (re.compile(r"\b(?:was|were|is|been)\s+echoed\b|\bechoing\b|\bechoed\b", re.I), "echoes"),
    (
        re.compile(
            r"\b(?:was|were|is|been)\s+countered\b|\bcountered\b|\bcountering\b|\brebutted\b", re.I
        ),
        "counters",
    ),
    (re.compile(r"\bagreed with\b|\bagrees with\b|\bagreeing with\b", re.I), "agrees-with"),
    (
        re.compile(
            r"\bresponded\b|\bresponding to\b|\bin response to\b|\breplied\b|\bresponds\b", re.I
        ),
        "responds-to",
    ),
)


def find(ctx: Context, found: list[Found], quotes: list[FoundQuote]) -> list[FoundRelation]:
    out: list[FoundRelation] = []
    for i, (f, q) in enumerate(zip(found, quotes, strict=True)):
        sent = ctx.sentence_at(f.start)
        scope = ctx.aside[sent.start : max(f.start, f.cue_pos if f.cue_pos >= 0 else f.start)]
        for pattern, kind in _RELATION_CUES:
            m = pattern.search(scope)
            if not m or not q.speaker:
                continue
            target = _target(quotes[:i], q)
            if target:
                out.append(FoundRelation(kind, q.id, target, m.group()))  # type: ignore[arg-type]
            break
    return out


def _target(earlier: list[FoundQuote], q: FoundQuote) -> str | None:
    """The most recent earlier quote by someone else: what the new quote echoes or counters."""
    for prev in reversed(earlier):
        if prev.speaker and prev.speaker != q.speaker:
            return prev.id
    return None
