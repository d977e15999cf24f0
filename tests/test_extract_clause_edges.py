"""Where a reported clause ends and what is no clause at all (issue 9): a second report verb
coordinated after a partial quote opens a clause of its own ("said A “…” and demanded that B"),
and an opening adverbial ("Asked whether …, she said …") is the scene of the cue, never its
content. Tables of invented sentences -> the exact quotes (kind, text, speaker)."""

from __future__ import annotations

from tests.extract_support import check_quotes as check

SECOND_VERB = [
    (
        "Harriet Vale, the chair of the Tenants' Union, said the rent freeze was \"a first step,"
        " not the last\" and demanded that the council publish its figures.",
        [
            ("direct", 'the rent freeze was "a first step, not the last"', "Harriet Vale"),
            ("indirect", "the council publish its figures", "Harriet Vale"),
        ],
    ),
    (
        "Speaking in Leeds, the Deputy Leader, Tom Rigby, said he had \"full confidence\" in the"
        ' mayor but believed the party should "think again about the timetable" for the vote.',
        [
            ("direct", 'he had "full confidence" in the mayor', "Tom Rigby"),
            (
                "direct",
                'the party should "think again about the timetable" for the vote',
                "Tom Rigby",
            ),
        ],
    ),
]


def test_a_second_report_verb_opens_a_clause_of_its_own() -> None:
    check(SECOND_VERB)


OPENING_ADVERBIALS = [
    (
        "Asked whether the cuts would go ahead, Harriet Vale said they would not.",
        [("indirect", "they would not", "Harriet Vale")],
    ),
    (
        "Pressed on whether she had read the report, Harriet Vale said she had not seen it.",
        [("indirect", "she had not seen it", "Harriet Vale")],
    ),
]


def test_an_opening_adverbial_is_not_what_was_said() -> None:
    check(OPENING_ADVERBIALS)


NOUNS_AND_ACTS = [
    (  # "new emails that": a noun, not the cue "emails"
        "Thomas Halloran said investigators had found new emails that “appear to be pertinent”"
        " to the inquiry.",
        [
            (
                "direct",
                "investigators had found new emails that “appear to be pertinent” to the inquiry",
                "Thomas Halloran",
            )
        ],
    ),
    (  # "the debate described in the emails": a participle, not the label "described"
        "Nathan Oyelaran said the trade debate described in the emails was “ancient history”.",
        [
            (
                "direct",
                "the trade debate described in the emails was “ancient history”",
                "Nathan Oyelaran",
            )
        ],
    ),
    (  # "… and proposed a tax credit": the subject's next act ends the clause
        'Sen. Lorraine Okafor said the law needed "fixes, not a wrecking ball," and proposed a new'
        " tax credit for families.",
        [
            ("direct", 'the law needed "fixes, not a wrecking ball,"', "Lorraine Okafor"),
            ("indirect", "a new tax credit for families", "Lorraine Okafor"),
        ],
    ),
]


def test_nouns_participles_and_next_acts_are_no_part_of_the_cue() -> None:
    check(NOUNS_AND_ACTS)


TIME_THEN_PARTICIPLE = [
    (  # "said Monday, handing …": the participle is the writer's, no reported clause
        "Premiums will rise an average of 22 percent next year, the Department of Health and"
        " Human Services said Monday, handing Republicans a fresh line of attack.",
        [
            (
                "indirect",
                "Premiums will rise an average of 22 percent next year",
                "Department of Health and Human Services",
            )
        ],
    ),
    (  # "noted on Monday, the …": the clause after the time is the report
        "Prime Minister Tuilaepa Malielegaoi noted on Monday, the fatalities were all"
        " unvaccinated.",
        [("indirect", "the fatalities were all unvaccinated", "Tuilaepa Malielegaoi")],
    ),
]


def test_a_time_then_a_participle_is_no_reported_clause() -> None:
    check(TIME_THEN_PARTICIPLE)
