"""Reported speech: a cue verb and the clause it reports, with no quotation marks in it.

Patterns: "X said/argued/warned (that) CLAUSE", "X told reporters (that) CLAUSE", "..., citing
CLAUSE", "According to X, CLAUSE" and "CLAUSE, according to X", "The point that CLAUSE was made by
X", "CLAUSE, X noted." The text is the reported clause without "that" (as the gold annotates it).
A clause without "that" must show a finite verb early ("Bush said he was pleased"), so "announced
the measure" (an act, not a claim) is not reported speech.
"""

from __future__ import annotations

import re

from digest.extract import cues
from digest.extract.attribution import (
    NONE,
    Context,
    Ref,
    sentence_subject,
    subject_after,
    subject_before,
)
from digest.extract.direct import _LEADING_ADJUNCT, _LISTENER, _VERB_ALTS, Found
from digest.extract.sentences import Sentence

_FINITE = re.compile(r"\b(?:" + "|".join(sorted(cues.FINITE_MARKERS)) + r")\b|\b\w{3,}ed\b", re.I)
_CLAUSE_STOP = re.compile(
    r",\s*(?:"
    + "|".join(sorted(cues.PARTICIPLES))
    + r"|according to|but|and\s+this|while|which|who)\b|;|\s[—–]\s|[\"“”‘]|\.\s*$|\.(?=\s)",
    re.I,
)
_NOT_A_CLAUSE = re.compile(r"^\s*(?:,|:|to\b|so\b|nothing\b|it\b\s*[.,]|yes\b|no\b|\W*$|x)", re.I)
_ACCORDING_FIRST = re.compile(
    r"\b[Aa]ccording to\s+(?P<np>[^,]{2,100}?),\s+(?P<clause>[^\"“”]+?)\s*[.;]?\s*$"
)
_ACCORDING_LAST = re.compile(
    r"^(?P<clause>[^\"“”]{10,}?),\s+according to\s+(?P<np>[^,]{2,100}?)\s*\.?\s*$"
)
_POINT_MADE = re.compile(
    r"\b[Tt]he\s+(?:point|argument|claim|case|suggestion|view|idea)\s+that\s+(?P<clause>[^\"“”]+?)\s+"
    r"(?:was|were|is|has been)\s+(?:made|put forward|raised|echoed|argued)\s+by\s+"
    r"(?P<np>[^,.;]{2,80})"
)
_CLAUSE_THEN_CUE = re.compile(
    r"^(?P<clause>[^\"“”]{15,}?),\s+(?P<np>(?:he|she|they|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}))\s+"
    r"(?P<verb>said|says|added|noted|argued|warned|explained|insisted|reported|wrote|claimed)\b[^,.\"“”]{0,40}\.?\s*$"
)
_MIN_WORDS = 3
_CUE = re.compile(
    rf"(?<![-\w])(?:{'|'.join(cues.SAY_PHRASES)}|{_VERB_ALTS}|{'|'.join(cues.CLAIM_OBJECT_VERBS)})(?![-\w])"
)


def _clause(ctx: Context, start: int, end: int, needs_finite: bool) -> tuple[int, int] | None:
    """The reported clause starting at ``start``: up to the sentence end or a new cue."""
    rest = ctx.aside[start:end]
    if _NOT_A_CLAUSE.match(rest):
        return None
    lead = _LEADING_ADJUNCT.match(rest)
    has_that = bool(re.search(r"\bthat\s+$", lead.group())) if lead else False
    a = start + (lead.end() if lead else 0)
    stop = _CLAUSE_STOP.search(ctx.aside, a, end)
    b = stop.start() if stop else end
    while b > a and ctx.text[b - 1] in " ,.;:":
        b -= 1
    words = ctx.text[a:b].split()
    if (words and words[0].lower() in cues.PREPOSITIONS) or ctx.aside[
        b : b + 3
    ].lstrip().startswith(":"):
        return None  # "writing in the Mirror ...", "... because: “...”" (the quote's lead-in)
    if len(words) < _MIN_WORDS or any(c in ctx.text[a:b] for c in '"“”'):
        return None
    pronoun_subject = words[0].lower() in ("he", "she", "they", "it", "we", "i")
    if (
        needs_finite
        and not has_that
        and not pronoun_subject
        and not _FINITE.search(" ".join(words[:8]))
    ):
        return None
    return a, b


def _from_cues(ctx: Context, sent: Sentence) -> list[Found]:
    out = []
    for cue in _CUE.finditer(ctx.aside, sent.start, sent.end):
        verb = cue.group().lower()
        if verb in cues.LABEL_VERBS:
            continue
        after = cue.end()
        if verb in cues.LISTENER_VERBS:
            listener = _LISTENER.match(ctx.aside, after)
            after = listener.end() if listener else after
        span = _clause(ctx, after, sent.end, needs_finite=verb not in cues.CLAIM_OBJECT_VERBS)
        if not span:
            continue
        if verb in cues.PARTICIPLES or verb in cues.CLAIM_OBJECT_VERBS:
            ref = sentence_subject(ctx, sent.start, cue.start())
        else:
            ref = subject_before(ctx, sent.start, cue.start())
        if ref is NONE:
            continue
        cue_text = ctx.text[cue.start() : cue.end()]
        out.append(
            Found("indirect", span[0], span[1], cue_text, ref, "reported", 0.85, cue.start())
        )
    return out


def _trimmed(ctx: Context, a: int, b: int) -> tuple[int, int]:
    while a < b and ctx.text[a] in " ,":
        a += 1
    while b > a and ctx.text[b - 1] in " ,.;:":
        b -= 1
    return a, b


def _from_patterns(ctx: Context, sent: Sentence) -> list[Found]:
    out = []
    text = ctx.aside[sent.start : sent.end]
    for pattern, cue in (
        (_ACCORDING_FIRST, "according to"),
        (_ACCORDING_LAST, "according to"),
        (_POINT_MADE, "made by"),
    ):
        m = pattern.search(text)
        if not m:
            continue
        ref = subject_after(ctx, sent.start + m.start("np"), sent.start + m.end("np"))
        a, b = _trimmed(ctx, sent.start + m.start("clause"), sent.start + m.end("clause"))
        if len(ctx.text[a:b].split()) >= _MIN_WORDS and ref.kind != "none":
            out.append(Found("indirect", a, b, cue, ref, "pattern", 0.8, sent.start + m.start()))
    m = _CLAUSE_THEN_CUE.match(text)
    if m:
        ref: Ref = subject_before(ctx, sent.start + m.start("np"), sent.start + m.start("verb"))
        a, b = _trimmed(ctx, sent.start + m.start("clause"), sent.start + m.end("clause"))
        out.append(
            Found(
                "indirect",
                a,
                b,
                m.group("verb"),
                ref,
                "clause-then-cue",
                0.8,
                sent.start + m.start("verb"),
            )
        )
    return out


def reported_speech(ctx: Context) -> list[Found]:
    """Reported clauses of every sentence, in document order."""
    out: list[Found] = []
    for sent in ctx.sentences:
        out.extend(_from_patterns(ctx, sent))
        out.extend(_from_cues(ctx, sent))
    return out
