"""A relative named by a given name alone takes the family's surname (issue 9): "The Vosses’
son, Peter," is Peter Voss, "joined by wife Donna and daughter Brianna" are Calloways, and a
later "Mr. Voss" then has two candidates. Invented text -> the speakers' names."""

from __future__ import annotations

import pytest

from digest.extract.family_names import relative_surname
from digest.extract.people import fold
from tests.extract_support import speakers_of

SURNAMES = {"voss": "Voss", "calloway": "Calloway", "jones": "Jones"}


@pytest.mark.parametrize(
    ("before", "last", "surname"),
    [
        ("The Vosses’ son, ", None, "Voss"),
        ("The Calloways' daughter ", None, "Calloway"),
        ("The Joneses’ son, ", None, "Jones"),
        ("Calloway's younger brother, ", None, "Calloway"),
        ("joined onstage by wife ", "calloway", "Calloway"),
        ("his son, ", "voss", "Voss"),
        ("his son, ", "smith", None),  # the person named last has no known surname
        ("the mayor, ", "voss", None),  # no relation: no surname
        ("The Smiths’ son, ", None, None),  # a family the article does not name
    ],
)
def test_the_surname_a_relative_takes(before: str, last: str | None, surname: str | None) -> None:
    text = before + "Peter"
    assert relative_surname(text, len(before), SURNAMES, last, fold) == surname


def test_a_son_named_by_his_given_name_is_a_voss_and_mr_voss_may_be_either() -> None:
    text = (
        'Gov. Harlan J. Voss called the measure "a job killer" on Monday.\n\n'
        "The Vosses’ son, Peter, a state representative, has sided with his father. The younger"
        ' Mr. Voss wrote that the measure would "hurt the kids I grew up with."\n\n'
        'Both men spoke on Thursday. "This is an economic matter," Mr. Voss said.\n'
    )
    assert speakers_of(text) == ["Harlan J. Voss", "Peter Voss", None]
