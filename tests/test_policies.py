"""Policies that are policies: named ones only, matched across spellings and articles."""

from __future__ import annotations

import pytest

from digest.extract.pipeline import extract_article
from digest.extract.policies import policy_phrases
from digest.extract.result import Article, KnownEntry, Lexicon
from digest.identity.names import policy_key


@pytest.mark.parametrize(
    ("text", "policies"),
    [
        ("We will repeal the Affordable Care Act.", ["Affordable Care Act"]),
        ("President Obama's Affordable Care Act", ["Affordable Care Act"]),
        ("the Voting Rights Act of 1965 is gutted", ["Voting Rights Act of 1965"]),
        ("Universal Credit has failed", ["Universal Credit"]),
        ("the Paris Climate Accord", ["Paris Climate Accord"]),
        ("the points based system worked", ["points based system"]),
        ("the points-based system worked", ["points-based system"]),
        ("abolish the bedroom tax", ["bedroom tax"]),
        # determiner phrases that only refer to a policy
        ("The spending bill failed", []),
        ("the health system is broken", []),
        ("the most sensitive policy", []),
        ("the delivery of the policy", []),
        ("the new tanker program", []),
        ("the income tax", []),
        ("The Bill", []),
        # a person's name and an organisation read as a policy
        ("Director of Air Force Communications Bill Bodie said", []),
        ("Plan International said", []),
    ],
)
def test_policy_phrases(text: str, policies: list[str]) -> None:
    assert policy_phrases(text) == policies


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the points-based system", "Points based system"),
        ("The Affordable Care Act", "affordable care act"),
    ],
)
def test_policy_keys_match_spellings(a: str, b: str) -> None:
    assert policy_key(a) == policy_key(b)


def article(text: str) -> Article:
    return Article(id="a", path="a.txt", text=text)


def test_a_known_policy_is_not_drafted_again() -> None:
    text = 'Jane Roe said "the points-based system has failed."\n'
    known = KnownEntry(
        "points-based-immigration-system",
        "Points-based immigration system",
        keywords=["points based system", "points-based system"],
    )
    found = extract_article(article(text), Lexicon(policies=[known]))
    assert found.new_policies == []
    assert found.quotes[0].policies == ["points-based-immigration-system"]


def test_a_new_named_policy_is_drafted_once() -> None:
    text = (
        'Jane Roe said "the Affordable Care Act saved lives." John Doe said "the Affordable Care'
        ' Act must go." The spending bill passed.\n'
    )
    found = extract_article(article(text))
    assert [(p.id, p.name) for p in found.new_policies] == [
        ("affordable-care-act", "Affordable Care Act")
    ]


def test_names_of_people_are_not_policies() -> None:
    text = 'Senator Grant Act said "we need more homes."\n'
    found = extract_article(article(text))
    assert found.new_policies == []
