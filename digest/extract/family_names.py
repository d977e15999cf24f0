"""A relative named by a given name only takes the family's surname: "The Vosses’ son, Peter,",
"Calloway was joined onstage by wife Donna and daughter Brianna", "his son, Peter," name Peter
Voss and Brianna Calloway — people of the digest, not a "Peter" page that merges every Peter of
every article. A later "Mr. Voss" then knows there are two of them.

The rule only reads the text before the name; the cast (``people.py``) decides when to use it
(a lone given name that none of the article's full names explains) and which surnames exist.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The relation right before the given name, and whose relative it is: a family's plural
# possessive ("The Vosses’"), a surname's possessive ("Calloway’s"), a pronoun ("his", "her",
# "their") or nothing ("by wife Donna", "and daughter Brianna"): then the person named last.
_RELATIVE_BEFORE = re.compile(
    r"(?:\b[Tt]he\s+(?P<family>[A-Z][\w’'-]+?)(?:es|s)[’']\s+"
    r"|\b(?P<owner>[A-Z][\w-]+)[’']s\s+"
    r"|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"|\b(?:by|with|and)\s+)"
    r"(?:(?:younger|elder|eldest|youngest|older|adult|teenage|late)\s+)?"
    r"(?:son|daughter|wife|husband|brother|sister|mother|father|stepson|stepdaughter)"
    r"\s*,?\s*$"
)
_REACH = 60  # the relation phrase is a few words long


def relative_surname(
    text: str,
    start: int,
    surnames: dict[str, str],
    last_person_surname: str | None,
    fold: Callable[[str], str],
) -> str | None:
    """The surname (as written) the given name at ``start`` takes, or None.

    ``surnames``: folded surname -> surname as written, of the people named in full;
    ``last_person_surname``: the folded surname of the person named last before ``start``."""
    m = _RELATIVE_BEFORE.search(text, max(0, start - _REACH), start)
    if not m:
        return None
    if m["family"]:  # "The Vosses’ son": Voss ("Calloways’": Calloway; "Joneses’": Jones)
        for written in (m["family"], m["family"] + "e", m["family"] + "s"):
            if fold(written) in surnames:
                return surnames[fold(written)]
        return None
    if m["owner"]:  # "Calloway’s daughter Brianna": Calloway, if it is someone's surname
        return surnames.get(fold(m["owner"]))
    if last_person_surname in surnames:  # "his son, Peter", "by wife Donna"
        return surnames[last_person_surname]
    return None
