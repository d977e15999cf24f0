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
