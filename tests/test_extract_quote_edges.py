"""Direct quotes at the edges of the cue rules (issue 9): a short quotation that is a sentence
of its own right after a cued one continues it; a document's words "read"; a long label after
"blasted the plan as"; a credit line after a dash ("“…” — Name", an embedded post's "— Name
(@handle) June 3, 2016"). Tables of invented text -> the exact direct quotes (text, speaker)."""

from __future__ import annotations

import pytest

from tests.extract_support import quotes_of, speakers_of

Pair = tuple[str, str | None]


def direct(text: str) -> list[Pair]:
    return [(t, who) for kind, t, who in quotes_of(text + "\n") if kind == "direct"]


ROWS = [
    (  # the sequel: two words, alone, right after the cue
        '"We\'ve got three deputy heads. Three," Tom Bricker said. "Start there."',
        [
            ('"We\'ve got three deputy heads. Three,"', "Tom Bricker"),
            ('"Start there."', "Tom Bricker"),
        ],
    ),
    (  # inside a sentence two words are a scare quote, not a sequel
        '"We\'ve got three deputy heads," Tom Bricker said. The "savings" never came.',
        [('"We\'ve got three deputy heads,"', "Tom Bricker")],
    ),
    (
        "The Harbour Teachers Union said in a Facebook post on Monday that it was disappointed. "
        '"Our members see these children every day," the post read.',
        [('"Our members see these children every day,"', "Harbour Teachers Union")],
    ),
    (
        "Opposition spokesman Brad Colley blasted the plan as a “cash grab dressed up as health"
        " policy”.",
        [("“cash grab dressed up as health policy”", "Brad Colley")],
    ),
    (  # without "as" a long quotation in the object stays a writer's, not a label
        "Opposition spokesman Brad Colley blasted the “cash grab dressed up as health policy”.",
        [],
    ),
    (
        "CLAIM 1: “We built more homes in three years than they built in nine.” — Rangi Tawhiri\n\n"
        "Rangi Tawhiri said so twice.",
        [("“We built more homes in three years than they built in nine.”", "Rangi Tawhiri")],
    ),
    (
        "“Crooked politicians will say anything to win!” — Dana Reyes (@danareyes) June 3, 2016"
        "\n\nDana Reyes said the post stood.",
        [("“Crooked politicians will say anything to win!”", "Dana Reyes")],
    ),
    (  # a dash and a description, no name: no credit
        "The phrase “a fair deal” — the minister’s own — was repeated all week.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=lambda v: str(v)[:40])
def test_quotes_at_the_edges_of_the_cue_rules(text: str, want: list[Pair]) -> None:
    assert direct(text) == want


PROFILE = (
    "Mary Prydderch, the minister, does not like sheep. “Every politician has that picture,”"
    " she says.\n\nShe grew up on a farm. Her father, a tenant farmer, died when she was"
    " fourteen.\n\n“When he died the farm was in debt to everybody in the valley,” she says.\n"
)


def test_the_speaker_goes_on_through_a_paragraph_that_names_no_one() -> None:
    assert speakers_of(PROFILE) == ["Mary Prydderch", "Mary Prydderch"]


def test_a_name_in_between_stops_the_speaker_going_on() -> None:
    text = PROFILE.replace("Her father, a tenant farmer,", "Her father, Tom Reese,")
    assert speakers_of(text) == ["Mary Prydderch", None]


PROGRAMME_AND_CROWD = [
    (  # a programme's title is no quote; the clause after its "that" is
        'Sen. Walt Kessinger told ABC\'s "This Sunday" program that the estimate was "made up by'
        ' people who never ran a business."',
        [('the estimate was "made up by people who never ran a business."', "Walt Kessinger")],
    ),
    (
        'Gov. Joan Castellanos, appearing on GBC\'s "Morning Line," said Douglas Pryor had "no'
        ' plan, just a slogan."',
        [('Douglas Pryor had "no plan, just a slogan."', "Joan Castellanos")],
    ),
    (  # a crowd's chant is a quote with no one to name
        "“This is bigger than anything we have ever seen,” Lloyd Garrity said, to chants of"
        " “Guilty! Guilty!”",
        [
            ("“This is bigger than anything we have ever seen,”", "Lloyd Garrity"),
            ("“Guilty! Guilty!”", None),
        ],
    ),
    (  # a cue inside a relative clause of the second "that" clause is not its cue
        "Rep. Dwight Emory said in a statement that the director had “done his job,” and that"
        " Democrats who praised him in July “can't have it both ways.”",
        [
            ("the director had “done his job,”", "Dwight Emory"),
            ("Democrats who praised him in July “can't have it both ways.”", "Dwight Emory"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), PROGRAMME_AND_CROWD, ids=lambda v: str(v)[:40])
def test_programme_titles_chants_and_relative_cues(text: str, want: list[Pair]) -> None:
    assert direct(text) == want


TABLOID_CUES = [
    (
        'Rex Calloway toured the yard. "I love protesters. They\'re great for ratings," Rex'
        " Calloway cracked.",
        [('"I love protesters. They\'re great for ratings,"', "Rex Calloway")],
    ),
    (  # a sequel after a longer cue sentence
        '"Lyle Prentiss couldn\'t win a race against a parking meter!" Rex Calloway roared, as the'
        ' crowd chanted his name. "Sad!"',
        [
            ('"Lyle Prentiss couldn\'t win a race against a parking meter!"', "Rex Calloway"),
            ('"Sad!"', "Rex Calloway"),
        ],
    ),
    (  # a channel's programme after "on KTUL Radio's" is no quote
        '"These are agitators," Gov. Curtis Wray told host Dale Kimbrough on KTUL Radio\'s "The'
        ' Dale Kimbrough Show."',
        [('"These are agitators,"', "Curtis Wray")],
    ),
]


@pytest.mark.parametrize(("text", "want"), TABLOID_CUES, ids=lambda v: str(v)[:40])
def test_tabloid_cues_and_channels(text: str, want: list[Pair]) -> None:
    assert direct(text) == want


CLAUSE_THEN_CUE = [
    (  # a clause holding a quotation, its cue after it: the clause is the quote
        "Prime Minister Kyriakos Mitsotakis spoke in Cairo. The border issue is the"
        ' "main difference" between Greece and Turkey, he added.',
        [
            (
                'The border issue is the "main difference" between Greece and Turkey',
                "Kyriakos Mitsotakis",
            )
        ],
    ),
    (  # a name after "known as" is no quotation at all
        'The bill, known as the "Clean Air Act," passed easily, Sen. Ruth Calder said.',
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), CLAUSE_THEN_CUE, ids=lambda v: str(v)[:40])
def test_a_clause_with_a_quotation_and_its_cue_after(text: str, want: list[Pair]) -> None:
    assert direct(text) == want
