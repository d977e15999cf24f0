"""Bodies' names as a digest needs them: whole, and one per body across articles.

A body's name must neither lose a part of it ("the U.S. Chamber of Commerce", "Health and
Human Services") nor be one that every country shares ("Foreign Ministry"): the name-finder of
``people.py`` asks these rules where a name goes on past a full stop or an "and", and which
country a generic state body belongs to. Descriptions that only look like names ("a Tulsa
Republican", "shelters in Ciudad Juarez") are told apart here too, and a candidate's campaign
("the Oyelaran campaign") becomes a body of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from digest.extract import cues

if TYPE_CHECKING:
    from digest.extract.people import Token


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
    nxt = tokens[i + 1]
    if not (nxt.cap and _subject_word(nxt.low)):
        return False
    for tok in tokens[i + 2 : i + 5]:
        if not (tok.cap and tok.text[0].isalpha()):
            return False
        if tok.low in cues.ORG_HEADS or tok.low in cues.ROLE_HEADS:
            return True
    return False
