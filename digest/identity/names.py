"""Name rules: what makes two spellings one person or one organisation.

Pure functions on strings. A person's name is read as (given names, surname, generational
suffix) once titles are dropped; two names are the *same* person when surname and suffix agree
and the first given names are equal or one is a diminutive of the other, middle names and
initials being compatible; *possibly* the same when one is only a surname or only an initial;
*different* otherwise (Ed and David Miliband, Donald Trump and Donald Trump Jr.). An
organisation's name is reduced to a key: no leading "the", no possessive, no trailing time words
("on Thursday"), no trailing "Party"; well-known short forms (GOP) map to their full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from anyascii import anyascii

from digest.identity import data

_POSSESSIVE = re.compile(r"[’']s?$")
_PARTICLES = data.words("de da di du del della van von der den la le al el bin ibn dos das")


class Verdict(Enum):
    SAME = "same"
    POSSIBLY = "possibly"
    DIFFERENT = "different"


@lru_cache(maxsize=65536)  # names repeat across a digest's articles; anyascii is the cost
def fold(text: str) -> str:
    """ASCII, lowercase, no full stops or possessive, single spaces: a comparison key."""
    words = [_POSSESSIVE.sub("", w) for w in text.split()]
    key = anyascii(" ".join(words)).lower().replace(".", " ").replace(",", " ")
    return " ".join(key.split())


@dataclass(frozen=True)
class PersonName:
    given: tuple[str, ...]  # folded: first and middle names, initials as one letter
    surname: str  # folded; particles kept ("de blasio")
    suffix: str = ""  # "jr", "sr", "ii"…
    titles: tuple[str, ...] = ()  # folded words dropped from the front ("president")

    @property
    def first(self) -> str:
        return self.given[0] if self.given else ""


@lru_cache(maxsize=65536)
def parse_person(name: str) -> PersonName:
    """ "President Donald J. Trump Jr." -> given (donald, j), surname trump, suffix jr."""
    words = fold(name).split()
    titles: list[str] = []
    while len(words) > 1 and (words[0] in data.HONORIFICS or words[0] in data.LEADING_NOISE):
        titles.append(words.pop(0))
    suffix = ""
    if len(words) > 1 and words[-1] in data.GENERATIONAL:
        suffix = _generation(words.pop())
    if not words:
        return PersonName((), "", suffix, tuple(titles))
    cut = len(words) - 1
    while cut > 0 and words[cut - 1] in _PARTICLES:  # "Bill de Blasio": surname "de blasio"
        cut -= 1
    surname = " ".join(words[cut:]).replace("-", " ")
    return PersonName(tuple(words[:cut]), surname, suffix, tuple(titles))


def _generation(word: str) -> str:
    return {"junior": "jr", "senior": "sr"}.get(word, word)


def _surname_key(surname: str) -> str:
    """ "de blasio" and "blasio" compare equal: particles are often dropped or capitalised."""
    words = [w for w in surname.split() if w not in _PARTICLES]
    return " ".join(words) or surname


def same_given(a: str, b: str) -> bool:
    """Equal, or one a diminutive of the other (data.DIMINUTIVE_GROUPS)."""
    if a == b:
        return True
    return any(a in group and b in group for group in data.DIMINUTIVE_GROUPS)


def _compatible_given(a: str, b: str) -> bool:
    """Middle-name parts: equal, diminutives, or an initial of the other."""
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return same_given(a, b)


def _middles_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """ "J" fits "John"; a missing middle name fits anything; otherwise the middle names must
    pair up one by one ("George W. Bush" is not "George H. W. Bush")."""
    if not a or not b:
        return True
    return len(a) == len(b) and all(_compatible_given(x, y) for x, y in zip(a, b, strict=True))


def compare_people(a: str, b: str) -> Verdict:
    """Whether two spellings name one person (see the module docstring)."""
    pa, pb = parse_person(a), parse_person(b)
    if not pa.surname or _surname_key(pa.surname) != _surname_key(pb.surname):
        return Verdict.DIFFERENT
    if pa.suffix != pb.suffix and pa.suffix and pb.suffix:
        return Verdict.DIFFERENT  # Jr and Sr: father and son
    if pa.suffix != pb.suffix:  # "Joseph R. Biden Jr." is Joe Biden; Donald Trump Jr. is not
        verdict = compare_people(_without_suffix(pa), _without_suffix(pb))
        return Verdict.DIFFERENT if verdict is Verdict.DIFFERENT else Verdict.POSSIBLY
    if not pa.given or not pb.given:
        return Verdict.SAME if not pa.given and not pb.given else Verdict.POSSIBLY
    fa, fb = pa.first, pb.first
    if len(fa) == 1 or len(fb) == 1:  # "J. Smith" and "John Smith"
        return Verdict.POSSIBLY if fa[0] == fb[0] else Verdict.DIFFERENT
    if not same_given(fa, fb):
        return Verdict.DIFFERENT
    return Verdict.SAME if _middles_compatible(pa.given[1:], pb.given[1:]) else Verdict.DIFFERENT


def _without_suffix(name: PersonName) -> str:
    return " ".join([*name.given, name.surname])


def person_key(name: str) -> str:
    """A lookup key: the folded surname, for finding candidates quickly."""
    return _surname_key(parse_person(name).surname)


# --- organisations -------------------------------------------------------------------------------


def org_key(name: str) -> str:
    """ "The Labour Party's", "the Labour Party on Thursday", "Labour" -> "labour"."""
    words = fold(name).replace("-", " ").split()
    while words and words[0] == "the":
        words = words[1:]
    words = _without_time_tail(words)
    if len(words) > 1 and words[-1] == "party":
        words = words[:-1]
    key = " ".join(words)
    full = data.ORG_SHORT_FORMS.get(key)
    return org_key(full) if full and fold(full) != key else key


def _without_time_tail(words: list[str]) -> list[str]:
    """Drop "on Thursday", "last week", "this morning" from the end of a name."""
    for cut in range(1, len(words)):
        tail = words[cut:]
        if all(w in data.TIME_TAIL_WORDS or w.isdigit() for w in tail) and _has_time(tail):
            return words[:cut]
    return words


def _has_time(words: list[str]) -> bool:
    connectors = {"on", "in", "at", "last", "this", "next", "early", "late"}
    return any(w not in connectors for w in words)


def clean_org_name(name: str) -> str:
    """The name as written, without a lowercase leading "the", a possessive or a trailing time
    ("the Labour Party's" -> "Labour Party"; "Labour Party on Thursday" -> "Labour Party").
    A capital "The" stays: it is part of titles such as "The Guardian"."""
    words = name.split()
    while len(words) > 1 and words[0] == "the":
        words = words[1:]
    kept = _without_time_tail([fold(w) for w in words])
    words = words[: len(kept)] if kept else words
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    return " ".join(words)


def policy_key(name: str) -> str:
    """ "the points-based system", "Points based system" -> "points based system"."""
    words = fold(name).replace("-", " ").split()
    while words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def initials(name: str) -> str:
    """ "North Atlantic Treaty Organization" -> "nato" (small words left out)."""
    small = {"of", "and", "for", "the", "on", "in", "de"}
    return "".join(w[0] for w in org_key(name).split() if w not in small)


def compare_orgs(a: str, b: str) -> Verdict:
    """Same key: the same body. One the initials of the other, or one's words all inside the
    other's ("Supreme Court" / "United States Supreme Court"): possibly. Otherwise different."""
    ka, kb = org_key(a), org_key(b)
    if not ka or not kb:
        return Verdict.DIFFERENT
    if ka == kb:
        return Verdict.SAME
    short, long = sorted((ka, kb), key=len)
    if " " not in short and len(short) >= 3 and initials(long) == short:
        return Verdict.POSSIBLY
    small, big = sorted((set(ka.split()), set(kb.split())), key=len)
    if len(small) >= 2 and small < big:
        return Verdict.POSSIBLY
    return Verdict.DIFFERENT
