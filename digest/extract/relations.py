"""Relations between quotes: "this was echoed by X" (echoes), "countered by" (counters), "agreed
with" (agrees-with), "responded"/"in response to" (responds-to). The new quote points at the most
recent earlier quote by another speaker."""

from __future__ import annotations

import re

from digest.extract.attribution import Context
from digest.extract.direct import Found
from digest.extract.result import FoundQuote, FoundRelation
from digest.extract.sentences import READ_REACH

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


_TARGET_REACH = 50  # quotes looked back for the one a reply answers: it is a recent one


def find(ctx: Context, found: list[Found], quotes: list[FoundQuote]) -> list[FoundRelation]:
    out: list[FoundRelation] = []
    for i, (f, q) in enumerate(zip(found, quotes, strict=True)):
        if not q.speaker:
            continue
        sent = ctx.sentence_at(f.start)
        end = max(f.start, f.cue_pos if f.cue_pos >= 0 else f.start)
        scope = ctx.aside[max(sent.start, end - READ_REACH) : end]
        for pattern, kind in _RELATION_CUES:
            m = pattern.search(scope)
            if not m:
                continue
            target = _target(quotes, i, q)
            if target:
                out.append(FoundRelation(kind, q.id, target, m.group()))  # type: ignore[arg-type]
            break
    return out


def _target(quotes: list[FoundQuote], i: int, q: FoundQuote) -> str | None:
    """The most recent quote before ``quotes[i]`` by someone else: what it echoes or counters."""
    for prev in reversed(quotes[max(0, i - _TARGET_REACH) : i]):
        if prev.speaker and prev.speaker != q.speaker:
            return prev.id
    return None
