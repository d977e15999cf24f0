"""What a stance cue is aimed at, where that is not the policy under debate (see
:mod:`digest.extract.stances`, which asks these questions before it keeps a cue's stance).

* **A person**: a charge against one person ("accused his rival of …", "accused Mr. Y of …") is
  about that person's conduct, and an electoral verb for a person (``electoral_verbs``:
  "campaigned for him", "has not endorsed a candidate", "she would vote for Nick") is an
  electoral choice: neither is a stance toward a policy. Praise of a person ("praised the
  mayor") is a stance on what they did, and a request to a person is read for what it asks. A
  charge against a body ("accused the government of …", "accused Republicans of …") is a stance
  toward what the body did. A person is a pronoun ("him", "her"), a name the article's cast
  knows as a person, a name after an honorific ("Mr.", "Sen."), or a determiner and a noun of
  one person (``person_nouns``: "his rival", "the senator", "her husband", "a candidate").
* **An account of facts**: disputing or denying an account, a report or a claim ("disputed that
  account", "rejected the report") is about what happened (``fact_nouns``).
* **A duration**, not an object: "argued for months that …" is no "argued for".
* **A concession**, in a direct quote: a first-person stance followed by a sentence that starts
  "But" ("I support more homes. Of course I do. But the people were told …") is conceded
  before the point the speaker makes: its direction toward the policy is not plain.
* **Someone else's words** inside a direct quote: judgement words after another's say verb in
  the same sentence ("The minister says it is a tax on farms dressed up as …") are theirs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from digest.extract.attribution import Context
from digest.extract.stance_match import words_pattern
from digest.taxonomy import load_stance_cues

_DURATION = re.compile(
    r"\s+(?:(?:the|a)\s+)?(?:(?:past|last|next|few|several|many|two|three|four|five|six|ten)\s+)?"
    r"(?:months|years|weeks|days|decades|hours|a\s+while|some\s+time|a\s+long\s+time|so\s+long|"
    r"too\s+long|a\s+year|a\s+decade|a\s+month|a\s+week)\b",
    re.I,
)
_HONORIFIC = re.compile(
    r"(?:mr|mrs|ms|miss|dr|sen|rep|gov|lt|judge|senator|governor|president)\.?\s+[A-Z]", re.I
)
_PERSON_PRONOUN = re.compile(r"(?:him|her|himself|herself)\s*$", re.I)
# a charge's object: the words between the verb and its "of" / "for" (60 characters at most)
_CHARGE_OBJECT = re.compile(r"\s*([^;:!?]{1,60}?)\s+(?:of|for)\s")


def a_duration(after: str) -> bool:
    """Whether the words after a cue ending in "for" are a span of time ("for months")."""
    return bool(_DURATION.match(after))


def disputes_an_account(after: str) -> bool:
    """Whether an opposing cue's object is an account of facts ("disputed that account")."""
    return bool(_fact_object().match(after))


def charges_a_person(ctx: Context, text: str, base: int, cue_end: int) -> bool:
    """Whether the charge ending at ``cue_end`` of ``text`` ("accused", "blamed") is aimed at
    one person: its object, up to "of" or "for", names a person. ``base``: where ``text``
    starts in the article."""
    m = _CHARGE_OBJECT.match(text, cue_end)
    if not m:
        return False
    return names_a_person(ctx, m.group(1), base + m.start(1))


def names_a_person(ctx: Context, words: str, start: int) -> bool:
    """Whether ``words`` (at ``start`` in the article) name one person (module docstring)."""
    words = words.strip()
    if not words or "'s" in words or "’s" in words:
        return False  # "Mr. Y's plan": the thing, not the person
    if _PERSON_PRONOUN.fullmatch(words) or _HONORIFIC.match(words) or _person_noun().match(words):
        return True
    end = start + len(words) + 1
    return any(m.kind == "person" for m in ctx.cast.starting_in(start, end) if m.end <= end)


# the object of a self-stance verb: a few words, up to a preposition, a conjunction or a stop
_OBJECT = re.compile(
    r"\s*((?:[\w’'.-]+\s*?){1,4}?)(?=\s+(?:in|on|at|for|because|and|but|if|as|to|over|who|"
    r"when|since|with|again|across|around|throughout|during|after|before|from|until|through|"
    r"last|this|every|no\s+matter)\b|\s*[,.;:!?\"“”]|\s*$)",
    re.I,
)


def object_names_a_person(ctx: Context, after: str, start: int) -> bool:
    """Whether the words right after a verb (at ``start`` in the article) name one person
    ("voted for her husband in every election", "would vote for Nick because …")."""
    m = _OBJECT.match(after)
    return bool(m) and names_a_person(ctx, m.group(1), start + m.start(1))


@lru_cache(maxsize=1)
def _person_noun() -> re.Pattern[str]:
    nouns = words_pattern(load_stance_cues().person_nouns)
    return re.compile(
        rf"(?:the|a|an|his|her|their|its|my|our|your)\s+(?:[\w-]+\s+)?(?:{nouns})\s*$", re.I
    )


@lru_cache(maxsize=1)
def _fact_object() -> re.Pattern[str]:
    nouns = words_pattern(load_stance_cues().fact_nouns)
    return re.compile(
        r"\s+(?:the|that|this|these|those|his|her|their|its|such)\s+(?:[\w’'-]+\s+){0,2}?"
        rf"(?:{nouns})(?![\w'’])",
        re.I,
    )


_BUT_SENTENCE = re.compile(r"[.!?…][”\"’']?\s+[“\"‘']?But\b")
# "The minister says", "they claim": a say verb whose subject is not the speaker ("I", "we")
_ANOTHER_SAYS = re.compile(
    r"(?<![\w'’])(?!(?:i|we)\s)[\w’'-]+\s+(?:says|said|claims|claimed|argues|argued|insists|"
    r"insisted|thinks|believes|calls\s+it|called\s+it|would\s+have\s+you\s+believe)\b",
    re.I,
)


def conceded(quote: str, pos: int) -> bool:
    """Whether a sentence of ``quote`` after ``pos`` starts with "But" (module docstring)."""
    return "But" in quote and bool(_BUT_SENTENCE.search(quote, pos))


def reports_another(quote: str, pos: int) -> bool:
    """Whether the words at ``pos`` of a direct quote follow another's say verb in their
    sentence ("The minister says it is …"; not "I say" or "we said")."""
    start = max(quote.rfind(mark, 0, pos) for mark in (". ", "! ", "? ", "…")) + 1
    return bool(_ANOTHER_SAYS.search(quote, start, pos))
