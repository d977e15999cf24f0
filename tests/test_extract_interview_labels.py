"""A Q&A whose questions carry the publication's name ("THE REVIEW: “…”") gives them to the
interviewer the introduction names ("The interview, conducted by our political editor Ana
Taufa, …"); with no interviewer named they stay unattributed (issue 9)."""

from __future__ import annotations

from tests.extract_support import quotes_of

LEADER = "Mereana Hollis, the co-leader of Common Ground, said the levy would stay.\n\n"
INTRO = LEADER + "The interview, conducted by our political editor Ana Taufa, was edited.\n\n"
TURNS = (
    "THE REVIEW: “Where does the $3.4 billion come from?”\n\n"
    "HOLLIS: “From the Treasury’s own valuation data.”\n\n"
    "THE REVIEW: “Will you make the levy a condition of a coalition?”\n"
)


def test_the_publication_s_turns_are_its_interviewer_s() -> None:
    speakers = [who for kind, _text, who in quotes_of(INTRO + TURNS) if kind == "direct"]
    assert speakers == ["Ana Taufa", "Mereana Hollis", "Ana Taufa"]


def test_with_no_interviewer_named_the_publication_s_turns_stay_null() -> None:
    intro = LEADER + "The interview was edited for length and clarity.\n\n"
    speakers = [who for kind, _text, who in quotes_of(intro + TURNS) if kind == "direct"]
    assert speakers == [None, "Mereana Hollis", None]


def test_questions_are_the_host_s_when_the_introduction_names_one() -> None:
    text = (
        "Gov. Marcus Albrecht said on Sunday that he would end the program.\n\n"
        'Following are excerpts from the interview with "State of the Nation" host Lauren Pike:\n\n'
        'QUESTION: "How would you make Mexico pay?"\n\n'
        'ALBRECHT: "They will pay because we will stop the money."\n\n'
        'QUESTION: "Is that a yes?"\n'
    )
    speakers = [who for kind, _t, who in quotes_of(text) if kind == "direct"]
    assert speakers == ["Lauren Pike", "Marcus Albrecht", "Lauren Pike"]


def test_a_label_of_namesakes_is_the_one_named_last_before_it() -> None:
    text = (
        "Wade Harlan rallied steelworkers. His daughter, Kimberly Harlan, runs his Ohio"
        " operation, she told reporters.\n\nAfter the rally, Wade Harlan took questions from"
        ' reporters:\n\nQUESTION: "What happens to farmers?"\n\nHARLAN: "They will buy. Believe'
        ' me."\n'
    )
    speakers = [who for kind, _t, who in quotes_of(text) if kind == "direct"]
    assert speakers == [None, "Wade Harlan"]


def test_an_org_s_second_verb_after_and_it_is_the_body_s() -> None:
    text = (
        "The White House said on Monday that the judge had met 14 senators, two of them"
        " Republicans, and it accused Sen. Tom Brandt of “inventing a rule”.\n"
    )
    assert quotes_of(text)[-1] == ("direct", "Sen. Tom Brandt of “inventing a rule”", "White House")
