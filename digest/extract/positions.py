"""Positions: one per (speaker, theme), with its evidence quotes. The stance is "unclear" unless
the cue's sentence makes it plain: defended/backed/welcomed -> supports; criticised/opposed/
condemned -> opposes; both -> mixed."""

from __future__ import annotations

import re

from digest.extract.attribution import Context
from digest.extract.direct import Found
from digest.extract.result import FoundPosition, FoundQuote

_SUPPORTS = re.compile(
    r"\b(?:defend|support|back|welcom|prais|endors|hail|champion|favour|favor)(?:s|ed|ing|e|es)?\b",
    re.I,
)
_OPPOSES = re.compile(
    r"\b(?:critici[sz]|oppos|condemn|denounc|attack|reject|slam|object|blast|decr[iy])(?:es|ed|ing|e|s)?\b",
    re.I,
)


def _stance(ctx: Context, f: Found) -> str:
    sent = ctx.sentence_at(f.start)
    around = ctx.aside[sent.start : f.start]
    pro, con = bool(_SUPPORTS.search(around)), bool(_OPPOSES.search(around))
    return "mixed" if pro and con else "supports" if pro else "opposes" if con else "unclear"


def find(ctx: Context, found: list[Found], quotes: list[FoundQuote]) -> list[FoundPosition]:
    out: dict[tuple[str, str], FoundPosition] = {}
    for f, q in zip(found, quotes, strict=True):
        if not q.speaker:
            continue
        stance = _stance(ctx, f)
        for theme in q.themes:
            pos = out.setdefault((q.speaker, theme), FoundPosition(q.speaker, theme))
            pos.evidence.append(q.id)
            pos.policies.extend(p for p in q.policies if p not in pos.policies)
            if stance != "unclear":
                pos.stance = stance if pos.stance in ("unclear", stance) else "mixed"  # type: ignore[assignment]
    return list(out.values())
