"""Reported beliefs, plans, demands and findings: "X fears that …", "X plans to …", "a poll by X
found …", "records show that …" (the lexicon is ``reported_lexicon.py``).

Each family is found from a literal anchor (" that ", " to ", a form of find/show) with
``str.find``, never a scan of every word, so the default path stays fast: the word before the
anchor is looked up in the lexicon. The subject must look like a holder ("Democratic leaders",
"it", "Economists at X"): after "the", a preposition or a possessive the word is a noun ("the
fear that", "amid fears that", "the government's plans to"), no speech act.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from digest.extract import cues
from digest.extract.attribution import NONE, Context, Ref, subject_after, subject_before
from digest.extract.direct import Found
from digest.extract.reported import _CUE, _clause, _shows_a_verb, reduced_relative
from digest.extract.reported_lexicon import (
    DOCUMENT_NOUNS,
    EVIDENCE_FORMS,
    STUDY_NOUNS,
    THAT_FORMS,
    TO_FORMS,
    TO_OBJECT_LEMMAS,
    inflect,
)
from digest.extract.sentences import Sentence

# Forms the say-verb rules of reported.py read already (in every frame).
_HANDLED = cues.SAY_VERBS | cues.PARTICIPLES | cues.OBJECT_QUOTE_VERBS
_THAT_NEW = {f: lemma for f, lemma in THAT_FORMS.items() if f not in _HANDLED}
_TO_NEW = {f: lemma for f, lemma in TO_FORMS.items() if not _CUE.fullmatch(f)}
_NOT_HOLDER = (
    cues.NOT_ACTIVE_BEFORE
    | cues.PREPOSITIONS
    | cues.RELATIVE_WORDS
    | cues.words("amid and or but not no any every growing raised dashed")
)
_OBJECT_TO = re.compile(r"(?:\s+[\w’'.-]+){1,6}?\s+to\s+[a-z]")
_STUDY_BY = re.compile(
    r"\b(?:" + "|".join(sorted(STUDY_NOUNS)) + r")\b[^,;]{0,60}?\b(?:by|from)\s+", re.I
)


_QUOTE_NEXT = re.compile(r"\s*[\"“‘]")
_LINKING_ADVERBS = frozenset(["now", "also", "still", "already"])


def _word_before(ctx: Context, floor: int, pos: int) -> tuple[int, int, str] | None:
    """The word that ends right before ``pos`` (a space there is skipped), found with
    ``str.rfind``: this runs for every " to " of the article, a regex would be dearer."""
    end = pos
    while end > floor and ctx.aside[end - 1] == " ":
        end -= 1
    start = ctx.aside.rfind(" ", floor, end) + 1 or floor
    start = max(start, floor)
    return (start, end, ctx.aside[start:end]) if end > start else None


def _cue_at(ctx: Context, sent: Sentence, anchor: int) -> tuple[int, int, str] | None:
    """The verb right before ``anchor`` (an adverb may sit between): its span and its form."""
    word = _word_before(ctx, sent.start, anchor)
    if word and (word[2].endswith("ly") or word[2] in _LINKING_ADVERBS):
        word = _word_before(ctx, sent.start, word[0])  # "privately fear that", "now expects"
    return (word[0], word[1], word[2].lower()) if word else None


def _holder_before(ctx: Context, sent: Sentence, verb_start: int) -> bool:
    """The word before the verb can end a subject: not "the fear", "amid fears", "its plans"."""
    found = _word_before(ctx, sent.start, verb_start)
    if found and (found[2].endswith("ly") or found[2] in _LINKING_ADVERBS):
        found = _word_before(ctx, sent.start, found[0])
    if not found:
        return False
    word = found[2]
    if word.endswith(","):
        return True  # "X, the minister, wants": an apposition closes the subject
    if word.lower() in _NOT_HOLDER or word.endswith(("’s", "'s", "s’", "s'")):
        return False
    return not (word[:1].islower() and word.endswith(("ed", "ing")) and word not in cues.ADVERBS)


def _speaker(ctx: Context, sent: Sentence, verb_start: int, evidence: bool) -> Ref:
    """Who holds it: the body behind a study ("a poll by X found"), nobody behind records, else
    the verb's subject."""
    head = ctx.aside[sent.start : verb_start]
    if evidence:
        study = None
        for study in _STUDY_BY.finditer(head):  # noqa: B007 - the last study named
            pass
        if study:
            return subject_after(ctx, sent.start + study.end(), verb_start)
        words = [w.lower().strip(",") for w in head.split()]
        if any(w in DOCUMENT_NOUNS for w in words[-8:]):
            return Ref("unnamed", pos=verb_start)
    ref = subject_before(ctx, sent.start, verb_start)
    if ref is NONE and evidence:
        return Ref("unnamed", pos=verb_start)
    return ref


def _found(ctx: Context, sent: Sentence, verb: tuple[int, int, str], span, ref: Ref) -> Found:
    a, b = span
    cue = ctx.text[verb[0] : verb[1]]
    return Found("indirect", a, b, cue, ref, "stance", 0.8, verb[0])


def _that_clauses(ctx: Context, sent: Sentence, pos: int) -> Found | None:
    verb = _cue_at(ctx, sent, pos)
    if not (verb and verb[2] in _THAT_NEW and _holder_before(ctx, sent, verb[0])):
        return None
    span = _clause(ctx, verb[1], sent.end, needs_finite=True)
    span = span and _before_same_verb(ctx, span, verb[2])
    if (
        not span
        or not _shows_a_verb(ctx.text[span[0] : span[1]].split())
        or _reduced_relative(ctx, sent, verb)
        or _mixed_quote(ctx, span)
    ):
        return None
    ref = _speaker(ctx, sent, verb[0], verb[2] in EVIDENCE_FORMS)
    return None if ref is NONE else _found(ctx, sent, verb, span, ref)


def _mixed_quote(ctx: Context, span: tuple[int, int]) -> bool:
    """ "charged that the mayor was putting “parking over people”": the clause runs on into a
    quotation, a mixed quote the direct rules own; not after a label ("a lapse the commission
    called “inadvertent”": the label is the quote, the clause before it reported)."""
    if not _QUOTE_NEXT.match(ctx.aside, span[1]):
        return False
    last = ctx.aside[max(span[0], span[1] - 30) : span[1]].split()[-1:]
    return not (last and last[0].lower() in cues.LABEL_VERBS | cues.FRAGMENT_VERBS)


def _to_plans(ctx: Context, sent: Sentence, pos: int) -> Found | None:
    """ "it plans to hand a petition …", "wants private investors to finance …": text from the
    "to" (or the one meant) to the clause's end."""
    verb = _cue_at(ctx, sent, pos)
    if verb and verb[2] in _TO_NEW and not verb[2].endswith("ing"):
        start = pos + 1  # the text keeps its "to"
    else:
        verb = _object_verb(ctx, sent, pos)
        start = _skip_space(ctx, verb[1]) if verb else -1
    if (
        not verb
        or start < 0
        or not _holder_before(ctx, sent, verb[0])
        or _reduced_relative(ctx, sent, verb)
    ):
        return None
    # read the clause from the verb after "to" ("to" itself reads as a preposition)
    span = _clause(ctx, pos + 4, sent.end, needs_finite=False)
    if (
        not span
        or span[0] != _skip_space(ctx, pos + 4)
        or _PASSIVE_MAIN.match(ctx.aside, span[0], span[1])
    ):
        return None
    ref = subject_before(ctx, sent.start, verb[0])
    if ref.kind in ("none", "unnamed") and not _unnamed_holder(ctx, sent, verb[0]):
        return None
    return _found(ctx, sent, verb, (start, span[1]), ref)


# "Government plans to cut benefits were criticised": "plans" was a noun, the sentence's verb
# comes later.
_PASSIVE_MAIN = re.compile(r"[^,]*?\b(?:was|were|is|are|has been|have been)\s+\w+ed\s+by\b")
_HOLDER_HEADS = cues.UNNAMED_HEADS | cues.MEMBER_NOUNS | frozenset(cues.ORG_REFERENCES)


def _unnamed_holder(ctx: Context, sent: Sentence, verb_start: int) -> bool:
    """An unnamed subject that can hold a plan ("critics", "some lawmakers", "the company"):
    not a thing ("the bill seeks to", "the law aims to")."""
    words = ctx.aside[max(sent.start, verb_start - 60) : verb_start].lower().split()
    return any(w.strip(",") in _HOLDER_HEADS for w in words[-6:])


def _before_same_verb(ctx: Context, span: tuple[int, int], form: str) -> tuple[int, int] | None:
    """ "found that A, and found B": the second verb starts a second finding, not part of A."""
    m = re.compile(rf",?\s+(?:and|but)\s+(?:also\s+)?{form}\b", re.I).search(
        ctx.aside, span[0], span[1]
    )
    if not m:
        return span
    return (span[0], m.start()) if m.start() > span[0] else None


def _reduced_relative(ctx: Context, sent: Sentence, verb: tuple[int, int, str]) -> bool:
    return reduced_relative(ctx, sent.start, verb[0], verb[2])


def _skip_space(ctx: Context, pos: int) -> int:
    while pos < len(ctx.text) and ctx.text[pos] == " ":
        pos += 1
    return pos


_OBJECT_FORMS = frozenset(f for f in inflect(TO_OBJECT_LEMMAS) if not _CUE.fullmatch(f))
_OBJECT_REACH = 6  # words between the verb and "to": "wants private investors to"


def _object_verb(ctx: Context, sent: Sentence, to_pos: int) -> tuple[int, int, str] | None:
    """ "wants private investors to": the verb a few words before "to", its object between."""
    pos = to_pos
    for n in range(_OBJECT_REACH + 1):
        word = _word_before(ctx, sent.start, pos)
        if not word or any(c in word[2] for c in ",;:\"“”"):
            return None
        low = word[2].lower()
        if low in _OBJECT_FORMS:
            return (word[0], word[1], low) if n else None
        pos = word[0]
    return None




def _findings(ctx: Context, sent: Sentence, pos: int, form: str) -> Found | None:
    """ "A poll by X found the race tied", "Polls show the measure is popular": a study's or a
    record's finding without "that" (with "that" it is one of :func:`_that_clauses`)."""
    verb = (pos, pos + len(form), form)
    if pos >= sent.end or ctx.aside.startswith("that ", verb[1] + 1):
        return None
    head = ctx.aside[sent.start : pos]
    study = bool(_STUDY_BY.search(head)) or _ends_in(head, STUDY_NOUNS)
    if not (study or _ends_in(head, DOCUMENT_NOUNS)) or not _holder_before(ctx, sent, pos):
        return None
    span = _clause(ctx, verb[1], sent.end, needs_finite=not study)
    if span:  # "found no such action, and the inquiry had …": a second clause is the writer's
        cut = _SECOND_CLAUSE.search(ctx.aside, span[0], span[1])
        span = (span[0], cut.start()) if cut else span
    return _found(ctx, sent, verb, span, _speaker(ctx, sent, pos, True)) if span else None


_SECOND_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:the|a|an|his|her|its|their)\s")


def _ends_in(head: str, nouns: frozenset[str]) -> bool:
    """The subject's head noun (its last word, or the one before a short modifier)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", head)[-6:]]
    return bool(words) and any(w in nouns for w in words)


def _that_candidates(ctx: Context, floor: int, end: int) -> list[tuple[Sentence, int]]:
    """Where " that " follows a word of the lexicon (or an adverb), with its sentence. One
    ``str.find`` over the article, a set lookup per hit: the rest only for hits."""
    out = []
    pos = ctx.aside.find(" that ", floor, end)
    while pos >= 0:
        word = ctx.aside[ctx.aside.rfind(" ", max(floor, pos - 24), pos) + 1 : pos].lower()
        if word in _THAT_NEW or word.endswith("ly") or word in _LINKING_ADVERBS:
            out.append((ctx.sentence_at(pos), pos))
        pos = ctx.aside.find(" that ", pos + 5, end)
    return out


# " to " after a plan verb, in one regex whose literal start lets the regex engine skip to each
# " to " (the verb is a fixed-width look-behind per form); and a wish verb a few words before.
_TO_PLAN = re.compile(
    " to (?:" + "|".join(rf"(?<=\b{f} to )" for f in sorted(_TO_NEW) if not f.endswith("ing")) + ")"
)
_TO_OBJECT = re.compile(
    r" (?:" + "|".join(sorted(f for f in _OBJECT_FORMS if not f.endswith("ing")))
    + r")(?:\s+[\w’'.-]+){1,6}?\s+to\s"
)


def _to_candidates(ctx: Context, floor: int, end: int) -> list[tuple[Sentence, int]]:
    """Where " to " follows a plan verb (or its object), with its sentence."""
    seen = {m.start() for m in _TO_PLAN.finditer(ctx.aside, floor, end)}
    seen |= {m.end() - 4 for m in _TO_OBJECT.finditer(ctx.aside, floor, end)}
    return [(ctx.sentence_at(pos), pos) for pos in sorted(seen)]


_EVIDENCE = re.compile(r" (found|finds|show|shows|showed|indicate|indicates|indicated) ")


def _evidence_candidates(ctx: Context, floor: int, end: int) -> list[tuple[Sentence, int, str]]:
    return [
        (ctx.sentence_at(m.start(1)), m.start(1), m.group(1))
        for m in _EVIDENCE.finditer(ctx.aside, floor, end)
    ]


# "what it called a rushed process", "what a federal official described as a widening
# inquiry …", "what organisers estimated at 20,000 people": an unquoted label or figure.
_WHAT_LABEL = re.compile(
    r"what (?P<np>(?:[\w’'-]+ ){0,4}?)"
    r"(?P<verb>called|calls|termed|described as|describes as|characteri[sz]ed as|estimated at"
    r"|estimates at|put at|puts at)\s+(?=\S)"
)
_LABEL_END = re.compile(
    r",(?!\d{3})|;|:|\s[—–]\s|[\"“”]|\s(?:for|following|after|before|since|when|while|because|despite)\s"
)


def _what_label(ctx: Context, sent: Sentence, m: re.Match) -> Found | None:
    if not m.group("np").strip() or m.start() < sent.start or m.end() >= sent.end:
        return None
    stop = _LABEL_END.search(ctx.aside, m.end(), sent.end)
    b = _trim(ctx, m.end(), stop.start() if stop else sent.end)
    if b <= m.end() or len(ctx.text[m.end() : b].split()) > _LABEL_MAX_WORDS:
        return None
    ref = subject_before(ctx, m.start("np"), m.start("verb"))
    verb = (m.start("verb"), m.end("verb"), m.group("verb"))
    return _found(ctx, sent, verb, (m.end(), b), ref) if ref is not NONE else None


_LABEL_MAX_WORDS = 14


def _trim(ctx: Context, a: int, b: int) -> int:
    while b > a and ctx.text[b - 1] in " ,.;:!?\n":
        b -= 1
    return b


def stance_speech(ctx: Context, reported: list[Found]) -> list[Found]:
    """Beliefs, plans, demands and findings of the article, in document order. One whose cue
    lies inside a clause already reported ("saying he plans to resign") is part of that
    statement, not a second one."""
    if not ctx.sentences:
        return []
    floor, end = ctx.sentences[0].start, ctx.sentences[-1].end
    found = [_that_clauses(ctx, sent, pos) for sent, pos in _that_candidates(ctx, floor, end)]
    found += [_to_plans(ctx, sent, pos) for sent, pos in _to_candidates(ctx, floor, end)]
    found += [
        _findings(ctx, sent, pos, verb) for sent, pos, verb in _evidence_candidates(ctx, floor, end)
    ]
    found += [
        _what_label(ctx, ctx.sentence_at(m.start()), m)
        for m in _WHAT_LABEL.finditer(ctx.aside, floor, end)
    ]
    out = sorted((f for f in found if f), key=lambda f: f.start)
    if not out:
        return out
    spans = sorted((f.start, f.end) for f in reported)
    starts = [a for a, _ in spans]
    furthest, reach = [], -1  # the furthest end of the spans starting at or before each one
    for _, b in spans:
        reach = max(reach, b)
        furthest.append(reach)
    return [f for f in out if not _inside(starts, furthest, f.cue_pos)]


def _inside(starts: list[int], furthest: list[int], pos: int) -> bool:
    n = bisect_right(starts, pos) - 1
    return n >= 0 and furthest[n] > pos
