"""Reported speech cued by a noun: "The governor's argument was that CLAUSE", "Her view is that
CLAUSE", "The ministry's position remains that CLAUSE".

The owner of the noun holds the view: a name with a possessive, a role or a body's head noun
("the governor's", "the ministry's") or a possessive pronoun (his, her, its, their). Only nouns
of a claim or a stance, and only with a copula and "that": "the view that CLAUSE" alone (no
owner) and "his plan was approved" are no one's statement. Read only in sentences holding
" is that " / " was that " (a substring test first), so other sentences cost nothing.
"""

from __future__ import annotations

import re

from digest.extract import cues
from digest.extract.attribution import Context, Ref
from digest.extract.direct import Found
from digest.extract.sentences import Sentence

STANCE_NOUNS = cues.words("""
    argument counter-argument counterargument view position belief contention claim case hope
    fear concern complaint point message assessment conclusion defence defense explanation
    stance worry suspicion expectation insistence assertion allegation theory understanding
    answer response reply line opinion argument assumption
    """)
_COPULAS = ("is that", "was that", "remains that", "remained that", "has been that")
_NOUN_CUE = re.compile(
    r"(?:(?P<name>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*)[’']s"
    r"|\b(?P<head>(?i:the)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)[’']s"
    r"|\b(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir))"
    r"\s+(?:(?:main|central|key|basic|stated|official|own|chief|core|long-held|public)\s+)?"
    rf"(?P<noun>{'|'.join(sorted(STANCE_NOUNS, key=len, reverse=True))})"
    r"\s+(?:(?:has\s+)?(?:always\s+)?(?:is|was|been|remains|remained))\s+that\s+"
)
_PRONOUN_SUBJECT = {"his": "he", "her": "she", "its": "it", "their": "they"}


def nominal_speech(ctx: Context, sent: Sentence, clause) -> list[Found]:
    """ "X's view is that CLAUSE": the clause, X's. ``clause`` is reported.py's clause reader."""
    text = ctx.aside[sent.start : sent.end]
    if not any(c in text for c in _COPULAS):
        return []
    out = []
    for m in _NOUN_CUE.finditer(ctx.aside, sent.start, sent.end):
        span = clause(ctx, m.end(), sent.end, needs_finite=True)
        ref = _owner(ctx, m)
        if span and ref is not None:
            cue = ctx.text[m.start("noun") : m.end()].strip()
            out.append(Found("indirect", *span, cue, ref, "nominal", 0.8, m.start("noun")))
    return out


def _owner(ctx: Context, m: re.Match) -> Ref | None:
    if m["pronoun"]:
        return Ref("pronoun", word=_PRONOUN_SUBJECT[m["pronoun"].lower()], pos=m.start())
    if m["name"]:
        named = [x for x in ctx.cast.in_range(m.start("name"), m.end("name") + 2) if x.keys]
        if named and len(named[-1].keys) == 1:
            return Ref(named[-1].kind, named[-1].keys, pos=named[-1].start)
        return None
    head = m["head"].split()[-1].lower()
    if head in cues.ROLE_HEADS:
        return Ref("role", word=head, pos=m.start("head"))
    if head in cues.ORG_REFERENCES:
        return Ref("orgref", word=head, pos=m.start("head"))
    return None
