"""Where a reported clause starts after a say verb and its adjuncts, with no "that" between:
"said at a news conference on Tuesday the budget would be cut", "said in an interview with the
Herald she had no regrets", "said yesterday morning the talks had failed".

The adjuncts are read word by word from a preposition or a time word; the clause starts at the
first subject that can open one: a subject pronoun anywhere, a determiner only after a word that
can end a noun phrase (so "at a news conference" is no clause: "a" follows the preposition), a
capitalised word only after a day, a month or a time noun. The clause must show a finite verb in
its first words, or the words after the verb are an object ("said at the time the words").
"""

from __future__ import annotations

import re

from digest.extract import cues

_OPENERS = cues.words("""
    at in on during after before from to with via over outside inside following while
    yesterday today tonight last this earlier later recently
    """)
_DAYS = cues.words("monday tuesday wednesday thursday friday saturday sunday")
_TIME_ADJUNCT = _DAYS | cues.TIME_NOUNS | cues.TIME_WORDS | cues.words("on last this early late")
_SUBJECT_PRONOUNS = cues.words("he she they it we i")
_DETERMINERS = cues.words("the a an his her its their this these those some many no several")
_NOT_NP_END = cues.PREPOSITIONS | _DETERMINERS | cues.words("and or but that which who whom")
_TIME_ENDS = cues.MONTHS_DAYS | cues.TIME_WORDS | cues.TIME_NOUNS
_WORD = re.compile(r"[^\s,;:.!?\"“”()]+")
_MAX_ADJUNCT_WORDS = 10
_FINITE_WORDS = cues.FINITE_MARKERS | cues.IRREGULAR_PAST
_FINITE_REACH = 5  # the subject's verb comes within its first few words


def clause_after_adjuncts(text: str, start: int, end: int) -> int | None:
    """Where the clause starts after the adjuncts that open ``text[start:end]``, else None."""
    first = _WORD.search(text, start, min(end, start + 24))
    if not first or first.group().lower() not in _OPENERS | _DAYS:
        return None  # most cues: checked on one word before the adjuncts are read
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, start, min(end, start + 240))]
    if any(c in text[start : words[min(len(words), _MAX_ADJUNCT_WORDS) - 1][0]] for c in ",;:"):
        return None  # an adjunct set off by a comma is read by the clause rules as it is
    for k in range(1, min(len(words), _MAX_ADJUNCT_WORDS + 1)):
        word, before = words[k][1], words[k - 1][1]
        if word.lower() == "that":  # "said Tuesday that …": the clause with its "that"; not
            # "agreed on a line as their border that would …" (a relative "that")
            timed = all(w.lower() in _TIME_ADJUNCT for _, w in words[:k])
            return words[k][0] if timed else None
        if _opens_a_clause(word, before) and _finite_soon([w for _, w in words[k + 1 :]]):
            return words[k][0]
    return None


def _opens_a_clause(word: str, before: str) -> bool:
    low, prev = word.lower(), before.lower()
    if low in _SUBJECT_PRONOUNS:
        return prev not in cues.PREPOSITIONS  # "with her …" is the adjunct's
    if low in _DETERMINERS:
        return prev not in _NOT_NP_END
    return word[:1].isupper() and prev in _TIME_ENDS  # "on Tuesday Smith had resigned"


def _finite_soon(rest: list[str]) -> bool:
    for w in rest[:_FINITE_REACH]:
        low = w.lower()
        if low in _FINITE_WORDS or (len(low) > 4 and low.endswith("ed") and w.islower()):
            return True
    return False
