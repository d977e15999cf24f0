"""Reported speech: the text is the reported clause without "that"; acts are not speech."""

from __future__ import annotations

import pytest

from digest.extract.pipeline import extract_article
from digest.extract.result import Article


def indirect(text: str) -> list[tuple[str, str | None]]:
    result = extract_article(Article(id="t", path="t.txt", text=text))
    names = {s.id: s.name for s in result.speakers}
    return [
        (q.text, names.get(q.speaker, q.speaker)) for q in result.quotes if q.kind == "indirect"
    ]


REPORTED = [
    (
        "Rother says that price indexing has to be linked to private accounts.",
        [("price indexing has to be linked to private accounts", "Rother")],
    ),
    (
        "President George W. Bush said he was pleased with the welcome he received.",
        [("he was pleased with the welcome he received", "George W. Bush")],
    ),
    (
        "Jonathan Bartley, co-director of think tank Ekklesia, points out that the parties "
        "differed very little.",
        [("the parties differed very little", "Jonathan Bartley")],
    ),
    (
        "The point that Labour were ambivalent about immigration was made by Deborah Mattinson.",
        [("Labour were ambivalent about immigration", "Deborah Mattinson")],
    ),
    (
        "According to Boris Johnson, this break will allow him to develop plans.",
        [("this break will allow him to develop plans", "Boris Johnson")],
    ),
    (
        "In December, a Turkish official said that the pipeline renders the project unnecessary.",
        [("the pipeline renders the project unnecessary", None)],
    ),
]

NOT_REPORTED = [
    "Grant Shapps announced the measure at the daily briefing.",
    "The United States has three branches of government.",
    "The princess announced her candidacy on Friday.",
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_reported_speech(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert indirect(text) == expected


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_not_reported_speech(text: str) -> None:
    assert indirect(text) == []
