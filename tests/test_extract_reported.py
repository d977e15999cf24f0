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


# Speech acts with an object, requests, reports by bodies, relative clauses inside the clause,
# coordinated "that" clauses, "according to" variants. Invented sentences, not dev-corpus text.
REPORTED_MORE = [
    (
        "Senator Jane Doe questioned the minister's authority to close the hospital.",
        [("the minister's authority to close the hospital", "Jane Doe")],
    ),
    (
        "Some backbenchers called for a fresh leadership contest.",
        [("a fresh leadership contest", None)],
    ),
    (
        "Labour MP Tom Smith urged the council to reconsider and met residents on Friday.",
        [("the council to reconsider", "Tom Smith")],
    ),
    (
        "The Popular Liberation Front claimed responsibility for the bombing.",
        [("responsibility for the bombing", "Popular Liberation Front")],
    ),
    (
        "Mayor Ann Lee accused the government of abandoning the city.",
        [("the government of abandoning the city", "Ann Lee")],
    ),
    (
        "Governor Maria Lopez said that the new bridge, which cost millions, is safe.",
        [("the new bridge, which cost millions, is safe", "Maria Lopez")],
    ),
    (
        "Senator Paul Grant noted that the bill had stalled, and that a vote was unlikely.",
        [("the bill had stalled", "Paul Grant"), ("a vote was unlikely", "Paul Grant")],
    ),
    (
        "Turnout fell sharply in rural areas according to the Electoral Commission.",
        [("Turnout fell sharply in rural areas", "Electoral Commission")],
    ),
    (
        "In the view of the Institute for Fiscal Studies, the plan will not raise enough money.",
        [("the plan will not raise enough money", "Institute for Fiscal Studies")],
    ),
    (
        "The councillors met on Monday, but the mayor said the budget was already spent.",
        [("the budget was already spent", None)],
    ),
    (
        "One voter said prices had risen and several said they would not vote again.",
        [("prices had risen", None), ("they would not vote again", None)],
    ),
    (
        "Other Republicans have urged him to concede the race.",
        [("him to concede the race", None)],
    ),
    (
        "According to the senator's critics, the scheme is a waste of money.",
        [("the scheme is a waste of money", None)],
    ),
]

NOT_REPORTED_MORE = [
    "Police questioned John Smith for six hours.",
    "The court will hear the alleged fraud case next week.",
    "Officials asked a question about the timetable.",
    "The treaty would allow Ruritania to extradite accused smugglers to be tried abroad.",
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_MORE)
def test_reported_speech_more(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert indirect(text) == expected


@pytest.mark.parametrize("text", NOT_REPORTED_MORE)
def test_not_reported_speech_more(text: str) -> None:
    assert indirect(text) == []


def test_a_panel_answers_jointly() -> None:
    text = (
        "Panellists Mary Jones, Peter Brown and Alan White MP gave a range of reasons, from "
        "poor leadership, weak policies and a divided party."
    )
    result = extract_article(Article(id="t", path="t.txt", text=text))
    (q,) = result.quotes
    assert q.text == "poor leadership, weak policies and a divided party"
    assert q.speaker == "mary-jones" and q.joint_with == ["peter-brown", "alan-white"]
    assert set(result.to_json()["quotes"][0]) == {
        "id",
        "speaker",
        "candidates",
        "kind",
        "text",
        "start",
        "end",
        "cue",
        "confidence",
        "status",
    }
