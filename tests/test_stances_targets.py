"""Stances: cues aimed at no policy, and calls and requests of no side, in sentences of our own
(the classes held-out 4 showed, docs/themes.md "Held-out 4"). Each row: article text -> the
exact stance of its first attributed quote. Every row but the controls ("still: …") had another
stance before its rule."""

from __future__ import annotations

import pytest

from digest.extract.pipeline import extract_article
from digest.extract.result import Article


def first_stance(text: str) -> str:
    article = Article(id="a", path="a.txt", text=text + "\n", title="Politics")
    return next(q.stance for q in extract_article(article).quotes if q.speaker)


# A charge against one person is about their conduct; against a body, about what it did.
CHARGE_CASES = {
    "a charge against a rival": (
        'Senator Ruth Gale accused her rival of "hiding from the voters."',
        "unclear",
    ),
    "a charge against a person named with an honorific": (
        'Tom Reyes accused Mr. Hale of "ducking every debate since June."',
        "unclear",
    ),
    "a charge against a person named by a role": (
        "Tom Reyes accused the senator of skipping the budget hearings.",
        "unclear",
    ),
    "a charge against a pronoun": (
        'Tom Reyes accused him of "playing games with the calendar."',
        "unclear",
    ),
    "still: a charge against a body": (
        "Tom Reyes accused the council of wasting the transport budget.",
        "opposes",
    ),
    "still: a charge against a plural": (
        'Tom Reyes accused Republicans of "gutting the school budget."',
        "opposes",
    ),
}

# An electoral verb for a person is an electoral choice, not a stance toward a policy.
ELECTORAL_CASES = {
    "campaigned for a person, in the speaker's description": (
        "Jane Okafor, who has campaigned for him across Ohio, told the paper that the governor "
        'would "sign the bill on Monday."',
        "unclear",
    ),
    "has not endorsed a candidate, in the speaker's description": (
        "Governor Dale Brink, a Republican who has not endorsed a candidate, said farmers cared "
        "more about exports than about the wall.",
        "unclear",
    ),
    "would vote for a person": (
        "Ann Hale said she would vote for Nick Brink because he visits every week.",
        "unclear",
    ),
    "had voted for a relative": (
        "Ann Hale said she had voted for her husband in every election.",
        "unclear",
    ),
    "still: would vote for a policy": (
        "Ann Hale said she would vote for the fuel levy.",
        "supports",
    ),
    "still: praise of a person is a stance on what they did": (
        "Councillor Ann Hale praised the mayor and said the clinic would open in May.",
        "supports",
    ),
}

# Disputing an account of facts; "for" before a span of time.
FACT_CASES = {
    "disputed an account": (
        'A spokesman, Ken Ward, disputed that account, saying the minister "never threatened '
        'anyone."',
        "unclear",
    ),
    "rejected a report": (
        "Ken Ward rejected the report, saying its figures were two years old.",
        "unclear",
    ),
    "still: rejected a plan": (
        "Ken Ward rejected the plan, saying it would hurt farmers.",
        "opposes",
    ),
    "argued for months": (
        "Ken Ward has argued for months that the levy raised prices for families.",
        "unclear",
    ),
    "still: argued for a policy": (
        'Ken Ward argued for the levy, saying: "It will cut traffic."',
        "supports",
    ),
}

# Calls that are no call: a reproach about the past, a question, conduct.
CALL_CASES = {
    "should have: a reproach": (
        'Ken Ward said the mayor "should have chosen her words more carefully."',
        "unclear",
    ),
    "a question with should": (
        '"The council says it listens. Why should you believe it?" said Ken Ward.',
        "unclear",
    ),
    "a call to come and say something": (
        '"The mayor should come to the market and say that to the traders," said Ken Ward.',
        "unclear",
    ),
    "a call to replace a policy": (
        "Ken Ward said the council should replace the levy with a toll.",
        "opposes",
    ),
    "still: a call for a policy": (
        "Ken Ward said the council should build the bypass.",
        "supports",
    ),
}

# Requests and pledges read for what they ask or promise.
REQUEST_CASES = {
    "a request for information to a person with an honorific": (
        'Ann Hale called on Mr. Brink to "release all the letters he has."',
        "unclear",
    ),
    "a request to stop, to a person with an honorific": (
        "Ann Hale called on Mr. Brink to scrap the levy.",
        "opposes",
    ),
    "a request for attention": (
        "Governor Dale Brink urged the candidates to spend more time on farm exports.",
        "unclear",
    ),
    "a pledge that something will not be done": (
        "Senator Ann Hale has vowed that the council will not approve the levy before May.",
        "opposes",
    ),
    "a pledge never to do something": (
        "Ann Hale promised never to raise the fuel levy.",
        "opposes",
    ),
    "a pledge to spend against something": (
        "The Liberty Fund, which has pledged to spend $2 million on advertising against the levy, "
        'said the vote was "rushed."',
        "opposes",
    ),
    "a pledge to spend": (
        'Ann Hale pledged to spend $2 million on the race, saying it "can be won."',
        "unclear",
    ),
    "still: a pledge for a policy": (
        "Ann Hale pledged to cut the fuel levy.",
        "supports",
    ),
}

# First person with a narrower target beside it.
FIRST_PERSON_CASES = {
    "for one thing, not for another": (
        "\"I'm for cutting the levy. I'm not for cutting it blindly,\" said Ken Ward.",
        "unclear",
    ),
    "still: for one thing": (
        "\"I'm for cutting the levy,\" said Ken Ward.",
        "supports",
    ),
}

# A concession, and someone else's words inside a direct quote.
QUOTE_CASES = {
    "a first-person stance conceded before a But": (
        '"I back new housing. Everyone does. But the valley was promised its green fields," '
        "said Ken Ward.",
        "unclear",
    ),
    "still: a first-person stance": (
        '"I back new housing. Everyone does," said Ken Ward.',
        "supports",
    ),
    "judgement words after another's say verb": (
        '"The mayor says the levy is an outrage. Ask the families who pay it," said Ken Ward.',
        "unclear",
    ),
    "still: judgement words of the speaker's own": (
        '"The levy is an outrage. Ask the families who pay it," said Ken Ward.',
        "opposes",
    ),
}

CASES = {
    **CHARGE_CASES,
    **ELECTORAL_CASES,
    **FACT_CASES,
    **CALL_CASES,
    **REQUEST_CASES,
    **FIRST_PERSON_CASES,
    **QUOTE_CASES,
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_stance(text: str, expected: str) -> None:
    assert first_stance(text) == expected
