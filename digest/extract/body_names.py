"""Bodies' names as a digest needs them: whole, and one per body across articles.

A body's name must neither lose a part of it ("the U.S. Chamber of Commerce", "Health and
Human Services") nor be one that every country shares ("Foreign Ministry"): the name-finder of
``people.py`` asks these rules where a name goes on past a full stop or an "and", and which
country a generic state body belongs to. Descriptions that only look like names ("a Tulsa
Republican", "shelters in Ciudad Juarez") are told apart here too, and a candidate's campaign
("the Oyelaran campaign") becomes a body of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from digest.extract import cues

if TYPE_CHECKING:
    from digest.extract.people import Token


_CONNECTORS = cues.words("of for on")


def _subject_word(low: str) -> bool:
    """A ministry's or a committee's subject ("Health", "Human", "Commerce", "Energy")."""
    return low in cues.PORTFOLIO_WORDS or low in cues.PORTFOLIO_SUBJECTS


def and_between_subjects(tokens: list[Token], i: int, current: list[Token]) -> bool:
    """ "Health and Human Services", "House Energy and Commerce Committee": "and" between two
    subjects of one portfolio, when capitalised words after it reach a body's or a role's head
    ("… Services said", "… Committee", "… Secretary Sylvia Burwell"). "the Treasury and the
    Pentagon" has "the" after its "and"; "Health and Education are …" reaches no head."""
    if not _subject_word(current[-1].low) or i + 2 >= len(tokens):
        return False
    if any(t.low in _CONNECTORS for t in current):
        return False  # "the Council on Foreign Relations and …": a whole name before "and"
    nxt = tokens[i + 1]
    if not (nxt.cap and _subject_word(nxt.low)):
        return False
    for tok in tokens[i + 2 : i + 5]:
        if not (tok.cap and tok.text[0].isalpha()):
            return False
        if tok.low in cues.ORG_HEADS or tok.low in cues.ROLE_HEADS:
            return True
    return False


def country_prefix_goes_on(tokens: list[Token], i: int, current: list[Token]) -> bool:
    """The full stop of "U.S." / "U.K." / "E.U." opening a run, with a name's word right after
    it: the run may go on ("the U.S. Chamber of Commerce"); ``people._with_country_prefix``
    keeps the prefix only if what follows is a body's name."""
    if current[-1].text not in cues.COUNTRY_PREFIXES or i + 1 >= len(tokens):
        return False
    if any(t.low not in cues.CAPITALISED_STOPWORDS for t in current[:-1]):
        return False  # only "The" may come before it (the run's trim drops it)
    nxt = tokens[i + 1]
    return (
        nxt.start == tokens[i].end + 1  # one space: no line break, no sentence gap
        and nxt.cap
        and nxt.text[0].isalpha()
        and nxt.low not in cues.CAPITALISED_STOPWORDS
    )


def has_country_prefix(run: list[Token]) -> bool:
    return len(run) > 1 and run[0].text in cues.COUNTRY_PREFIXES


_STATE_KINDS = ("government", "parliament")


def generic_state_body(words: list[str]) -> bool:
    """ "Foreign Ministry", "Ministry of Commerce", "Supreme Court", "Senate": a state body's
    name that every country's body of the kind shares (a distinctive name, such as "Xinhua News
    Agency" or "Home Office", is no one else's and keeps no country)."""
    if len(words) > 1 and " ".join(words) in cues.KNOWN_ORGS:
        return False
    lows = [w.lower() for w in words]
    if not any(cues.ORG_HEADS.get(w) in _STATE_KINDS or w == "bank" for w in lows):
        return False
    return all(
        w in cues.STATE_BODY_WORDS
        or w in cues.ROLE_MODIFIERS
        or w in cues.PORTFOLIO_WORDS
        or w in cues.PORTFOLIO_SUBJECTS
        for w in lows
    )


def country_before(tokens: list[Token], at: int) -> tuple[str, int] | None:
    """ "Mexico's Foreign Ministry", "South Korea's Defense Ministry": the adjective of the
    country whose possessive is right before token ``at``, and the possessive's first token."""
    if at < 1 or not tokens[at - 1].possessive or tokens[at - 1].end + 1 != tokens[at].start:
        return None
    for first in (at - 1, at - 2):  # a country of one word or of two
        if first < 0 or (first < at - 1 and tokens[first].end + 1 != tokens[first + 1].start):
            return None
        words = " ".join(t.low for t in tokens[first:at])
        adjective = cues.COUNTRY_ADJECTIVES.get(words)
        if adjective:
            before = tokens[first - 1] if first else None
            # "Michael Jordan's": the possessive of a person's name, not of a country's
            glued = before and before.cap and before.end + 1 == tokens[first].start
            return None if glued and before.low not in cues.CAPITALISED_STOPWORDS else (
                adjective, first
            )
    return None


_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+$")
_PARTY_MEMBERS = ("republican", "democrat")


def party_description(text: str, run: list[Token], core: list[Token]) -> bool:
    """ "State Rep. Jim Hollowell, a Tulsa Republican, told …", "the Bronx Democrat said": a
    place and a party after an article describe a person (the one named before, or the one the
    article calls so); they are no one's name. A title keeps a name ("the Rev. Al Democrat")."""
    if len(core) < 2 or core[-1].low not in _PARTY_MEMBERS or core[0] is not run[0]:
        return False
    return bool(_ARTICLE_BEFORE.search(text, max(0, run[0].start - 5), run[0].start))


# "shelters in Tijuana and Ciudad Juarez": a preposition of place, maybe with a first place and
# "and / or" between (not "from": "a letter from Ann Reed" names a person).
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|across|throughout|around)\s+"
    r"(?:(?:[A-Z][\w’'.-]*\s+){1,3}(?:and|or)\s+)?$"
)


def place_after_preposition(text: str, start: int) -> bool:
    """The name starting at ``start`` follows "in" / "near" / … (or "in Tijuana and"): a place,
    unless the caller knows better (a title, a given name)."""
    return bool(_PLACE_BEFORE.search(text, max(0, start - 50), start))


# "the Oyelaran campaign", "Gorman's camp", "Hollander's re-election campaign's": a candidate's
# campaign (lowercase: "Camp David" is a place).
_CAMPAIGN_AFTER = re.compile(
    r"\s(?:(?:presidential|re-?election|reelection|primary|congressional|gubernatorial|mayoral|"
    r"senate)\s+)?(?P<word>campaign|camp|administration)(?P<possessive>[’']s)?(?![\w’'-])"
)
_WORD_AFTER = re.compile(r"\s+(?P<word>[a-z][\w-]*)")
_CAMPAIGN_STAFF = cues.words("staff staffer staffers officials aides advisers advisors insiders")


def campaign_after(text: str, end: int) -> re.Match[str] | None:
    """The campaign word after a name ending at ``end`` (cheap test first: it runs for every
    person's mention)."""
    near = text[end : end + 30]
    if "camp" not in near and "administration" not in near:
        return None
    return _CAMPAIGN_AFTER.match(text, end)


def campaign_staff_after(text: str, end: int) -> bool:
    """ "Gorman campaign manager Rick Tessler", "a Clinton campaign spokesman": the campaign is
    where a person works, not the subject."""
    m = _WORD_AFTER.match(text, end)
    if not m:
        return False
    word = m["word"]
    return (
        word in cues.ROLE_HEADS
        or word in _CAMPAIGN_STAFF
        or (word.endswith("s") and word[:-1] in cues.ROLE_HEADS)
    )


_DESCRIBING_WORDS = cues.words("senior junior former top acting interim outgoing incoming")


def describing_lead(run: list[Token]) -> int:
    """How many words open a body's run that describe its people, not the body ("Senior
    Justice Department officials", "Former White House aides")."""
    n = 0
    while n < len(run) - 1 and run[n].low in _DESCRIBING_WORDS:
        n += 1
    return n
