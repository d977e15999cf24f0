"""Reported speech with the content before its cue: "A, X said, B" and "CLAUSE, X told a news
conference at …".

Both are read at a say-verb cue whose own clause after it came to nothing (the cue is followed
by a comma, a listener or an adjunct), so they cost nothing on other sentences. The subject
between the comma and the cue is a pronoun, a name, a head noun or an unnamed group, a few
words long. The text follows the gold conventions: "A, X said, B" is one attribution from A's
first word to B's last (no substring can skip the cue); when B is an adjunct ("…, officials
said, after a five-hour meeting", "…, two of the sources said, speaking on condition of
anonymity") the text is A alone. A wire dateline ("BRUSSELS, Jan 14 (CPA) -") and an opening
"But" / "And" are no part of A.
"""

from __future__ import annotations

import re

from digest.extract import cues
from digest.extract.attribution import Context, Ref, subject_after, subject_before
from digest.extract.sentences import Sentence

_ABBREVIATED = "|".join(sorted(cues.NAME_ABBREVIATIONS))
_NAME = (
    rf"(?:(?:{_ABBREVIATED})\.?\s+)?(?:the\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*|de|da|del|van|von"
    # a body's name with its connectors: "the Department of Health and Human Services"
    r"|(?:of|and|for|on)(?:\s+the)?(?=\s+[A-Z]))){0,8}"
)
_HEAD = (
    r"(?:(?:the|his|her|its|their|a|an|one|two|three|some|several|many)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*"  # "two people familiar with the decision"
)
# "a senior White House official", "the party's chief whip", "Mr. Trump's campaign manager"
_MIXED_HEAD = (
    r"(?:(?:the|a|an|his|her|its|their)\s+|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+)"
    r"(?:[\w’'.-]+\s+){0,4}?[a-z][\w-]*"
)
_SUBJECT = re.compile(
    r",\s+(?!(?:what|which|who|whom|whose|where|when|how|and|but|or|so|yet)\b)"
    rf"(?P<np>he|she|they|it|we|(?:the\s+)?{_NAME}|{_HEAD}(?:\s+of\s+(?:the|them|those)\s+[a-z]+)?"
    rf"|{_MIXED_HEAD})"
    r"(?:\s+(?:also|later|then|privately|publicly|[a-z]+ly))?\s*$"
)
# What may follow the cue before the comma that opens B, or before the sentence end: a
# listener, a time or a channel ("told a news conference at the palace", "said on Thursday").
_AFTER_CUE = re.compile(r"(?P<adjunct>[^,;:\"“”]{0,70}?)(?:(?P<comma>,)\s+(?P<b>\S)|\s*[.!?]?\s*$)")
_ADJUNCT_OPENERS = cues.words("""
    after before as when while because since though although amid despite speaking adding
    citing according in on at during following without with but noting saying referring who
    which where insisting arguing warning calling urging pointing declining referring
    """)
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z .’'-]{1,30}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,?\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?(?:\([^)]{1,30}\)\s*)?[-—–]+\s+)"
)
_OPENING_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still|However),?\s+")
_B_STOP = re.compile(r";|\s[—–]\s")
_NO_QUOTES = re.compile(r"[\"“”‘]")
_MAX_ADJUNCT_WORDS = 6  # "…, Chocué told the Post, and …"
_MIN_CLAUSE_WORDS = 4
_MAX_SPEAKER_WORDS = 8  # "two people familiar with the talks", "the government's lawyer"


def content_before_cue(
    ctx: Context, sent: Sentence, cue_start: int, cue_end: int, shows_a_verb
) -> tuple[int, int, Ref] | None:
    """The span and subject of "A, X said, B" or "CLAUSE, X said …", else None."""
    subject = _SUBJECT.search(ctx.aside, max(sent.start, cue_start - 80), cue_start)
    if not subject:
        return None
    a_start = clause_start(ctx, sent.start)
    a_end = subject.start()
    if a_end <= a_start or _NO_QUOTES.search(ctx.aside, a_start, sent.end):
        return None
    after = _AFTER_CUE.match(ctx.aside, cue_end, sent.end)
    if not after:
        return None
    a_words = ctx.text[a_start:a_end].split()
    if a_words and a_words[0].lower() in cues.ADVERBIAL_OPENERS:
        return None  # "Asked whether there was a rift, X said there was not": A is no content
    b_word = after.group("b")
    if b_word and not _adjunct(ctx, after.start("b")):
        if len(after.group("adjunct").split()) > _MAX_ADJUNCT_WORDS:
            return None
        stop = _B_STOP.search(ctx.aside, after.start("b"), sent.end)  # "…; experts called"
        end = _trim_end(ctx, after.start("b"), stop.start() if stop else sent.end)
        b_words = ctx.text[after.start("b") : end].split()
        if not shows_a_verb(b_words or ["-"]):
            return None
        if b_words[0].lower() in ("and", "or") and (
            len(a_words) < _MIN_CLAUSE_WORDS or not shows_a_verb(a_words)
        ):
            return None  # "On Tuesday, Smith said, and then he left": no A to go on from
        span = (a_start, end)
    else:
        if len(a_words) < _MIN_CLAUSE_WORDS or not shows_a_verb(a_words):
            return None
        span = (a_start, _trim_end(ctx, a_start, a_end))
    ref = subject_before(ctx, subject.start("np"), cue_start)
    return (*span, ref) if ref.kind != "none" else None


# "CLAUSE, said X." / "CLAUSE, argued X, a lawmaker from Ohio." / "CLAUSE, reported officials.":
# the cue inverted after the content, its speaker after it; after the speaker only an apposition
# or an adjunct, up to the sentence end.
INVERTED_CONTENT_VERBS = cues.INVERTED_VERBS | cues.words("""
    reported claimed stated confirmed announced maintained contended asserted estimated
    """)
_INVERTED_SPEAKER = re.compile(
    r"\s+(?P<np>(?!(?:that|to|on|in|at|of|by|for|with|it|this|so|no|yes)\b)"
    r"[^,;:!?\"“”()]{2,80}?)(?:,\s+(?P<tail>[^;\"“”]{2,160}?))?\s*[.!?]?\s*$"
)
_COMMA_BEFORE = re.compile(r"[^\s\"”’],\s+$")
_TAIL_CLAUSE = re.compile(r"(?:he|she|they|it|we|and|but|so|or)\b", re.I)  # "…, said X, and …"


def content_before_inverted_cue(
    ctx: Context, sent: Sentence, cue_start: int, cue_end: int, shows_a_verb
) -> tuple[int, int, Ref] | None:
    """The span and speaker of "CLAUSE, said X(, apposition).", else None."""
    if not _COMMA_BEFORE.search(ctx.aside, max(sent.start, cue_start - 4), cue_start):
        return None  # "“…,” said X" is a direct quote's; "X said" is no inversion
    a_start = clause_start(ctx, sent.start)
    a_end = _trim_end(ctx, a_start, cue_start)
    if a_end <= a_start or _NO_QUOTES.search(ctx.aside, a_start, sent.end):
        return None
    speaker = _INVERTED_SPEAKER.match(ctx.aside, cue_end, sent.end)
    if not speaker or (speaker["tail"] and _TAIL_CLAUSE.match(speaker["tail"])):
        return None
    words = ctx.text[a_start:a_end].split()
    if len(words) < _MIN_CLAUSE_WORDS or not shows_a_verb(words):
        return None  # "On Tuesday, said X" / "In the end, said X": no content
    np_words = ctx.text[speaker.start("np") : speaker.end("np")].split()
    if len(np_words) > _MAX_SPEAKER_WORDS or shows_a_verb(np_words):
        return None  # "X, who was elected in May, said the tax was fair": a clause, no speaker
    ref = subject_after(ctx, speaker.start("np"), speaker.end("np"))
    if ref.kind not in ("person", "org") and speaker["tail"]:
        ref = _apposed_person(ctx, speaker.start("tail"), speaker.end("tail")) or ref
    return (a_start, a_end, ref) if ref.kind != "none" else None


def _apposed_person(ctx: Context, start: int, end: int) -> Ref | None:
    """ "…, argued the government's lawyer, Richard Keen.": the name in apposition to a role."""
    people = [m for m in ctx.cast.in_range(start, end) if m.kind == "person"]
    if people and people[0].start == start and len(people[0].keys) == 1:
        return Ref("person", people[0].keys, pos=people[0].start)
    return None


def clause_start(ctx: Context, start: int) -> int:
    """Where a clause that opens its sentence starts: after a wire dateline and a "But"."""
    dateline = _DATELINE.match(ctx.text, start)
    pos = dateline.end() if dateline else start
    conj = _OPENING_CONJUNCTION.match(ctx.text, pos)
    return conj.end() if conj else pos


def _adjunct(ctx: Context, pos: int) -> bool:
    """What follows the cue's comma opens an adjunct, not the rest of the clause: a listed
    opener, or a participle ("…, the department said Monday, handing Republicans …")."""
    m = re.match(r"[A-Za-z]+", ctx.aside[pos : pos + 20])
    if not m:
        return False
    word = m.group().lower()
    return word in _ADJUNCT_OPENERS or (word.endswith("ing") and len(word) > 5)


def _trim_end(ctx: Context, a: int, b: int) -> int:
    while b > a and ctx.text[b - 1] in " ,.;:!?\n":
        b -= 1
    return b
