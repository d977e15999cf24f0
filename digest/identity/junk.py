"""Names that are not people, and role titles cut from the wrong words.

General rules on word classes and capitalisation (no gazetteer of people): a person's name has
no day or month, no word that heads a place, building, body or publication ("Street", "Palace",
"Court", "Ministry", "Times"), is not all capitals, and does not start with a sentence word
("Now", "Close") or a title (those move to the role). A role title is the words from its first
role word to the last one before a verb, a day or a dangling "to Mr".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.extract import cues
from digest.identity import data
from digest.identity.data import words
from digest.identity.names import fold

# Heads of places, buildings and documents: never in a person's name. Bodies and publications
# come from the extractor's organisation heads.
_PLACE_HEADS = words(
    """street square avenue road palace castle tower bridge airport station park mosque church
    cathedral temple basilica stadium hall building plaza harbour harbor port island river lake
    sea ocean gulf mountain valley province county district region city town village capital
    report act bill treaty accord agreement constitution amendment resolution law decree"""
)
_PERSON_ORG_HEADS = frozenset({"politics", "independent", "economist", "standard"})
_NOT_NAME = (
    (frozenset(cues.ORG_HEADS) - _PERSON_ORG_HEADS) | _PLACE_HEADS | frozenset(cues.MONTHS_DAYS)
)
_GIVEN_ALSO = frozenset({"may", "june", "august", "april", "jan", "bill", "grant", "mark"})
# Words of the lists above that are also surnames ("Theresa May", "Jane Hall", "Barbara
# Castle"): as the last word of a two- or three-word name they are a surname, unless the name
# starts like a place's or a body's ("Royal Albert Hall" keeps no person's first word).
_SURNAMES_ALSO = words(
    "may june april august march hall church street castle court post bridge park wood tower"
    " temple lake port house banks ford press hill field law king green rivers brook brooks"
    " gates wells chambers"
)
# Verbs of publications more than of people ("wrote", "noted" are people's verbs too).
_PUBLISHING_CUES = frozenset({"reported", "reports", "reporting", "published", "publishes"})
_PAST_IRREGULAR = words(
    "paid said told made gave took led met won lost held sent left spoke wrote came went"
    " became saw heard knew"
)
_COURTESY = words("mr mrs ms miss mx dr sir dame lord lady rev reverend hon honourable")
_ROLE_END_JUNK = words("to of for and the a at mr mrs ms miss dr sir dame lady lord")
_DETERMINERS = words("its his her their our my your")
_ABBREVIATED = {
    "rep": "Representative",
    "sen": "Senator",
    "gov": "Governor",
    "pres": "President",
    "asst": "Assistant",
    "gen": "General",
    "lt": "Lieutenant",
    "col": "Colonel",
}


# Buildings that speak for whoever sits in them ("Buckingham Palace said", "the White House
# said"): an organisation, not a person and not nobody.
_SEATS = words("palace house street residence kremlin elysee")


def seat_of_power(name: str) -> bool:
    """ "Buckingham Palace", "White House": a building named for the body that speaks from it."""
    words_ = fold(name).split()
    return len(words_) >= 2 and words_[-1] in _SEATS and name.split()[0][:1].isupper()


@dataclass(frozen=True)
class CleanName:
    name: str | None  # None: not a person at all
    title: str = ""  # words moved from the front of the name ("Secretary-General")


def clean_person_name(name: str) -> CleanName:
    """The person's name without sentence words or titles in front; None when it is no name."""
    words = name.split()
    titles: list[str] = []
    while len(words) > 1 and _leading_noise(words[0]):
        words = words[1:]
    while len(words) > 1 and _title_word(words[0]):
        titles.append(words.pop(0))
    if not words or not _looks_like_name(words):
        return CleanName(None)
    office = [t for t in titles if fold(t) not in _COURTESY]  # "Sir" is no role; "Senator" is
    return CleanName(" ".join(words), " ".join(office))


def _leading_noise(word: str) -> bool:
    low = fold(word)
    return low in data.LEADING_NOISE or (low in cues.MONTHS_DAYS and low not in _GIVEN_ALSO)


def _title_word(word: str) -> bool:
    low = fold(word)
    return low in data.HONORIFICS and low not in data.REGNAL and low not in cues.MALE_NAMES


def _looks_like_name(words: list[str]) -> bool:
    folded = [fold(w) for w in words]
    for i, low in enumerate(folded):
        if low not in _NOT_NAME:
            continue
        if i == 0 and low in _GIVEN_ALSO and len(words) > 1:
            continue  # "May Smith"
        if i == len(words) - 1 and 2 <= len(words) <= 3 and _surname_here(low, folded[0]):
            continue  # "Theresa May"
        return False
    letters = "".join(c for c in "".join(words) if c.isalpha())
    if len(letters) > 1 and letters.isupper():
        return False
    return all(
        w[:1].isupper() or fold(w).split("-")[0] in cues.NAME_PARTICLES or w[:1].isdigit()
        for w in words
    )  # "Abdel Fattah el-Sisi", "Bashar al-Assad": a particle, hyphenated or not


def _surname_here(last: str, first: str) -> bool:
    """ "May" in "Theresa May"; a seat ("White House", "Downing Street") needs a known given
    name first ("Jane House")."""
    if last in _SEATS and first not in cues.MALE_NAMES and first not in cues.FEMALE_NAMES:
        return False
    starts_like_a_place = first in _NOT_NAME or first in cues.PLACES or first in _ROYAL_OR_CIVIC
    return last in _SURNAMES_ALSO and not starts_like_a_place


_ROYAL_OR_CIVIC = words("royal national central city county state federal old new great grand")


def publication_like(
    name: str, role: str | None, cues_used: list[str], aliases: list[str] = ()
) -> bool:
    """ "Al Jazeera reported", "Business Insider reported": a one- or two-word name with no
    known given name, no role, never called by a surname alone, every statement a publishing
    verb. A body that reports, not a person."""
    words = fold(name).split()
    if role or not cues_used or len(words) > 2:
        return False
    if len(words) == 2 and any(fold(a) == words[-1] for a in aliases):
        return False  # "Sadiq Khan … Khan": a person called by their surname
    if words[0] in cues.MALE_NAMES or words[0] in cues.FEMALE_NAMES:
        return False
    return all(fold(c).split()[-1:] and fold(c).split()[-1] in _PUBLISHING_CUES for c in cues_used)


_TIME_LEAD = re.compile(
    r"^(?:(?:this|last|next|on|early|late)\s+)?(?:"
    + "|".join(sorted(cues.MONTHS_DAYS, key=len, reverse=True))
    + r"|today|yesterday|now|then)(?=[\s,]|$)[\s,]*",
    re.I,
)


def clean_role(role: str | None) -> str | None:
    """ "Wednesday Greek Foreign Minister" -> "Greek Foreign Minister"; "Information Minister paid
    tribute to Luk" -> "Information Minister"; "adviser to Mr" -> "adviser"; None when no role
    word is left."""
    if not role:
        return None
    text = " ".join(role.split())
    while True:
        trimmed = _TIME_LEAD.sub("", text)
        if trimmed == text:
            break
        text = trimmed
    words = text.split()
    owner = [i for i, w in enumerate(words[:-1]) if w.lower() in _DETERMINERS]
    if owner:  # "sum its director": the role starts after "its"
        words = words[owner[-1] + 1 :]
    for i, word in enumerate(words[1:], start=1):
        low = word.lower().strip(",;")
        if word[:1].islower() and _past_verb(low):
            words = words[:i]
            break
        if low in ("and", "who", "which") and i + 1 < len(words):
            after = words[i + 1].lower()
            if after in ("a", "an", "the", "was", "is", "has", "had"):
                words = words[:i]
                break
    while words and words[-1].lower().strip(",.") in _ROLE_END_JUNK:
        words = words[:-1]
    if len(words) == 1 and fold(words[0]) in _ABBREVIATED:
        return _ABBREVIATED[fold(words[0])]  # a lone "Rep." reads better spelt out
    if not any(_role_head(w) for w in words):
        return None
    return " ".join(words).strip(" ,") or None


def _past_verb(low: str) -> bool:
    if low in _PAST_IRREGULAR:
        return True
    return low.endswith("ed") and low not in cues.ROLE_HEADS and low not in cues.ROLE_MODIFIERS


def _role_head(word: str) -> bool:
    low = fold(word).strip(",")
    parts = [low, *low.split("-")]
    return any(p in cues.ROLE_HEADS for p in parts)
