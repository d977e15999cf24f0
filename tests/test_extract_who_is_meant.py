"""Who a name or a subject means: classes of wrong speakers found on blind dev gold (26–53).

Every sentence is invented. Each row is text -> the speaker of each quote in order (None where
the text does not settle who speaks: an editor decides, with candidates).
"""

from __future__ import annotations

import pytest

from digest.extract.pipeline import analyse
from digest.extract.result import Article
from tests.extract_support import speakers_of


def people_of(text: str) -> list[str]:
    ctx = analyse(Article(id="t", path="t.txt", text=text))
    return sorted(e.name for e in ctx.cast.entities.values() if e.kind == "person")


# A person whose surname is also a publisher's name: once the article names the person, the
# lone surname is the person, so "he" after "Bloomberg endorsed Joe Biden" has two candidates.
SURNAME_NOT_OUTLET = [
    (
        "Michael Bloomberg, the former mayor, ended his campaign. On Wednesday Bloomberg endorsed "
        'his former rival, Joe Biden. "Three months ago I entered the race," he said.',
        [None],
    ),
    (
        'Bloomberg reported that the vote was close. "It is too early," Joe Biden said.',
        ["Bloomberg", "Joe Biden"],  # no person of that surname: the outlet
    ),
]

# A title word ending a name after a given name is a surname ("John Major", "Ben King").
TITLE_AS_SURNAME = [
    (
        "Former prime minister John Major has accused Boris Johnson of misleading the Queen, "
        "and argued that the real aim was to shut down debate in parliament.",
        ["John Major", "John Major"],
    ),
    ('Major General Tom Baker said "the line will hold".', ["Tom Baker"]),
    ('Maj. Gen. Ann Lee said "we are ready".', ["Ann Lee"]),
]

# A body named by its generic head alone is no named body: "Police said" is an unnamed voice,
# not a record that would gather every police force of the digest.
GENERIC_BODY = [
    ("Police said the suspect had surrendered to officers at the scene.", [None]),
    ("Police alleged the accused had planned both attacks in advance.", [None]),
    ("Greater Manchester Police said the suspect had surrendered at the scene.",
     ["Greater Manchester Police"]),
    ("The Metropolitan Police said the man was being held in custody.", ["Metropolitan Police"]),
]

# People related to a body or a person ("members of", "supporters of", "politicians of the
# party X") are unnamed people, never the body or the person.
MEMBERS_OF = [
    ('Members of the House of Commons protested by shouting "shame on you!" at the clerk.', [None]),
    ("Supporters of Donald Trump said the count had been stopped too early.", [None]),
    ("Donald Trump said the count had been stopped too early.", ["Donald Trump"]),
    ("Other Republicans said the bill would never pass the Senate.", [None]),
]


@pytest.mark.parametrize(
    ("text", "expected"), SURNAME_NOT_OUTLET + TITLE_AS_SURNAME + GENERIC_BODY + MEMBERS_OF
)
def test_who_is_meant(text: str, expected: list[str | None]) -> None:
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mexican President Andrés Manuel López Obrador said the plan would fail.",
         "Andrés Manuel López Obrador"),
        ("Senator Andrés Pérez said the plan would fail.", "Andrés Pérez"),
    ],
)
def test_an_accented_given_name_is_a_given_name(text: str, name: str) -> None:
    """ "Andrés" ends in -s but is a given name, not a plural before one ("Panellists Mary")."""
    assert people_of(text) == [name]


def test_an_accented_given_name_gives_the_gender() -> None:
    ctx = analyse(Article(id="t", path="t.txt", text="Andrés Pérez said the plan would fail."))
    assert [e.gender for e in ctx.cast.entities.values() if e.kind == "person"] == ["m"]
