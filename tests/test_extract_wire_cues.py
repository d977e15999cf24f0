"""Cues of US broadsheet, wire and tabloid copy (issue 9's classes of missed direct quotes):
names with full stops ("Sen. Ruth A. Calder", "F.B.I."), cue verbs beyond "said" (shouted,
fumed, tweeted, emailed, implored…), quotations ending in "!" or "?", and sources named after
the quotation ("according to X", "the agency quoted X as saying").

Every sentence is invented; each row is text -> (quotation, speaker's name, cue)."""

from __future__ import annotations

import pytest

from tests.test_extract_styles import run

CUES_AFTER = [
    ('"We will not accept this budget," Sen. Ruth Calder said on Tuesday.', "Ruth Calder", "said"),
    ('"It is a disgrace!" shouted Rep. Tom Baker, a Democrat from Ohio.', "Tom Baker", "shouted"),
    ('"Who pays for this?" asked Gov. Ellen Brandt.', "Ellen Brandt", "asked"),
    ('"The numbers do not add up," Dr. Hal Moss wrote in an email.', "Hal Moss", "wrote"),
    ('"Best deal in a generation," tweeted Senator Mark Olsen.', "Mark Olsen", "tweeted"),
    ('"Nobody listens to us," lamented Jane Ortiz, the mayor.', "Jane Ortiz", "lamented"),
    ('"This is reckless," fumed Kevin Wu of the F.B.I. Agents Association.', "Kevin Wu", "fumed"),
    ('"We must act now," Ms. Ruth Calder implored her colleagues.', "Ruth Calder", "implored"),
    ('"It was a triumph," gushed Lt. Gov. Amy Reyes.', "Amy Reyes", "gushed"),
    (
        '"We were betrayed," according to Dr. Ann Whitfield, a former adviser.',
        "Ann Whitfield",
        "according to",
    ),
    ('"The talks are over," the agency quoted Paul Mendes as saying.', "Paul Mendes", None),
]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"), CUES_AFTER, ids=[c[0][:40] for c in CUES_AFTER]
)
def test_a_cue_after_the_quotation_names_its_speaker(
    text: str, speaker: str, cue: str | None
) -> None:
    result, quotes = run(text)
    directs = [q for q in result.quotes if q.kind == "direct"]
    assert [(kind, name) for kind, _, name in quotes] == [("direct", speaker)]
    assert directs[0].text == text[: text.index('"', 1) + 1]
    assert directs[0].cue == cue


def test_according_to_after_a_quotation_is_no_reported_clause() -> None:
    _, quotes = run('"We were betrayed," according to Dr. Ann Whitfield, a former adviser.')
    assert [kind for kind, _, _ in quotes] == ["direct"]


REPORTED = [
    (
        "Governor Ellen Brandt praised the volunteers for their work.",
        "Ellen Brandt",
        "the volunteers for their work",
    ),
    (
        "Ann Whitfield proposed a new tax on second homes.",
        "Ann Whitfield",
        "a new tax on second homes",
    ),
    (
        "Mark Olsen expects the bill to pass before the recess.",
        "Mark Olsen",
        "the bill to pass before the recess",
    ),
    (
        "Tom Baker hopes the talks will resume next week.",
        "Tom Baker",
        "the talks will resume next week",
    ),
    (
        "Kevin Wu asked whether the council had consulted residents.",
        "Kevin Wu",
        "whether the council had consulted residents",
    ),
    (
        "The group estimates that one in four families skip meals.",
        None,
        "one in four families skip meals",
    ),
    (
        "The state could sell its stake within a year, two of the sources said.",
        None,
        "The state could sell its stake within a year",
    ),
    (
        "Talks could resume in May, three people familiar with the matter said on Tuesday.",
        None,
        "Talks could resume in May",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "clause"), REPORTED, ids=[r[0][:40] for r in REPORTED])
def test_reported_speech_cues(text: str, speaker: str | None, clause: str) -> None:
    _, quotes = run(text)
    assert [(kind, said, name) for kind, said, name in quotes] == [("indirect", clause, speaker)]


def test_a_second_cue_after_and_starts_a_second_clause() -> None:
    text = "Ms Ruth Calder said the levy would raise $9 million and insisted that it was fair."
    _, quotes = run(text)
    assert [said for _, said, _ in quotes] == ["the levy would raise $9 million", "it was fair"]


SUBJECTS = [
    # an -ing word before a role begins a title, not a participle aside
    (
        "Housing Minister Helen Marsh said the government would not be “blown off course”.",
        ["Helen Marsh"],
    ),
    # the second verb of "X said “…,” but added that …" is X's
    (
        'Her spokesman, Kyle Ferris, said the governor "wants to see the final text," but added'
        ' that she has "long believed roads need investment."',
        ["Kyle Ferris", "Kyle Ferris"],
    ),
    # a participle aside is still no subject
    ("Speaking to reporters, she said the talks were “over”.", [None]),
]


@pytest.mark.parametrize(("text", "speakers"), SUBJECTS, ids=[s[0][:40] for s in SUBJECTS])
def test_the_subject_of_a_cue(text: str, speakers: list[str | None]) -> None:
    _, quotes = run(text)
    assert [name for _, _, name in quotes] == speakers


def test_a_quotation_ending_in_an_exclamation_keeps_the_cue_after_it() -> None:
    _, quotes = run("“This is a disgrace!” Ruth Calder said. The vote is on Monday.")
    assert quotes == [("direct", "“This is a disgrace!”", "Ruth Calder")]


def test_a_question_then_a_new_sentence_with_its_own_clause_is_not_its_cue() -> None:
    _, quotes = run("“Why?” she asked. Ruth Calder said the plan was dead.")
    assert quotes == [("direct", "“Why?”", None), ("indirect", "the plan was dead", "Ruth Calder")]


def test_a_name_and_outlet_line_is_the_persons() -> None:
    _, quotes = run("Sen. Ruth Calder, Fox News: “The plan is dead on arrival.”")
    assert quotes == [("direct", "“The plan is dead on arrival.”", "Ruth Calder")]


FRAGMENTS = [
    ("Ruth Calder hammered the “dishonest” media on Tuesday.", [("“dishonest”", "Ruth Calder")]),
    (
        "Tom Baker mocked his rival’s “secret plan” for the economy.",
        [("“secret plan”", "Tom Baker")],
    ),
    # passive: the words are someone else's about the subject
    ("The bill was slammed as “reckless” by critics.", []),
    # no one named to credit: the writer's scare quotes
    ("Critics slammed the “grey belt” policy.", []),
    # a long quotation in the object is not a fragment of the subject's words
    (
        "Ruth Calder attacked plans for a “world-class, fully integrated high-speed rail network”.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAGMENTS, ids=[f[0][:40] for f in FRAGMENTS])
def test_short_fragments_in_the_object_of_an_attack_or_praise(
    text: str, expected: list[tuple[str, str]]
) -> None:
    _, quotes = run(text)
    assert [(said, name) for kind, said, name in quotes if kind == "direct"] == expected


def test_quoted_as_saying_credits_the_person_quoted_not_the_outlet() -> None:
    text = (
        "Ruth Calder met the press on Monday. The agency quoted her as saying that the rule"
        ' "punishes small farms".'
    )
    _, quotes = run(text)
    assert [(kind, name) for kind, _, name in quotes] == [("direct", "Ruth Calder")]


NAMES = [
    # a middle initial "A." is part of the name, not the article "A"
    ("Richard A. Kowalczyk, the nominee, said it was bad.", "Richard A. Kowalczyk"),
    (
        "Mrs. Ngozi A. Eze-Balogun told lawmakers that her office had written.",
        "Ngozi A. Eze-Balogun",
    ),
    # titles with a full stop stay out of the name
    ("The chief whip, Hon. Yaw Frimpong, said the walkout was theatre.", "Yaw Frimpong"),
    ("Maj. Gen. Tom Baker said the war was over.", "Tom Baker"),
    ("A chief, Nana Kwame Ofori III, said young people had no jobs.", "Kwame Ofori III"),
]


@pytest.mark.parametrize(("text", "name"), NAMES, ids=[n[1] for n in NAMES])
def test_names_with_initials_and_titles(text: str, name: str) -> None:
    _, quotes = run(text)
    assert [speaker for _, _, speaker in quotes] == [name]


DESCRIPTIONS = [
    # a party or a nationality alone describes someone; it is never a person's name
    (
        "Janet Moreau voted for it. “The map matters more than the party,” the Michigan"
        " Republican said.",
        [None],
    ),
    # a nationality before a name is not part of it; "one of its MEPs, X" names that member
    ("One of its MEPs, the Hungarian Zoltán Erdős, said that it was bad.", ["Zoltán Erdős"]),
    # a word after "in" is a place, even with a relative clause after it
    ("A Labour MP for a seat in Cumbria, who asked not to be named, said it was over.", [None]),
]


@pytest.mark.parametrize(("text", "speakers"), DESCRIPTIONS, ids=[d[0][:40] for d in DESCRIPTIONS])
def test_descriptions_are_not_names(text: str, speakers: list[str | None]) -> None:
    _, quotes = run(text)
    assert [name for _, _, name in quotes] == speakers


LINES_AND_PASSIVES = [
    (
        'Marla Stroud, president, National Family Farms Union, to the Brief: "We are planting."',
        ["Marla Stroud"],
    ),
    (
        'Sen. Dale R. Whitcombe, R-Neb., ranking member, Senate Agriculture Committee: "Both'
        ' sides share the blame."',
        ["Dale R. Whitcombe"],
    ),
    (
        "The Slovak minister, Juraj Hollan, was quoted by the agency Danubia Press as saying that"
        ' the rule "punishes small countries".',
        ["Juraj Hollan"],
    ),
]


@pytest.mark.parametrize(
    ("text", "speakers"), LINES_AND_PASSIVES, ids=[x[0][:40] for x in LINES_AND_PASSIVES]
)
def test_the_person_not_the_body_they_speak_for_or_through(text: str, speakers: list[str]) -> None:
    _, quotes = run(text)
    assert [name for _, _, name in quotes] == speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Indonesian Chamber of Commerce said it was bad.", "Indonesian Chamber of Commerce"),
        (
            "The Coordinating Ministry for Economic Affairs said it was bad.",
            "Coordinating Ministry for Economic Affairs",
        ),
    ],
)
def test_bodies_keep_their_whole_name(text: str, body: str) -> None:
    _, quotes = run(text)
    assert [name for _, _, name in quotes] == [body]


OBJECTS = [
    (
        'Bence Szalai accused Brussels of "dictating from an office" what households should pay.',
        ('Brussels of "dictating from an office" what households should pay', "Bence Szalai"),
    ),
    (
        "Ruth Calder praised the bill as “a turning point.”",
        ("the bill as “a turning point.”", "Ruth Calder"),
    ),
    # a gerund after a preposition is no cue: the quote is the object of "blamed"
    (
        'Kevin Wu blamed the Democrats for adding "a giveaway" to the bill.',
        ('the Democrats for adding "a giveaway" to the bill', "Kevin Wu"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OBJECTS, ids=[o[0][:40] for o in OBJECTS])
def test_a_quotation_in_the_object_of_a_speech_act(text: str, expected: tuple[str, str]) -> None:
    _, quotes = run(text)
    assert [(said, name) for kind, said, name in quotes if kind == "direct"] == [expected]


@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        (
            "«The law applies to them too,» said Élodie Marchetti, an MEP.",
            "«The law applies to them too,»",
        ),
        ("Olaf Brandt said: „We will win.“", "„We will win.“"),
    ],
)
def test_guillemets_and_low_high_marks_are_quotation_marks(text: str, quotation: str) -> None:
    _, quotes = run(text)  # run() checks each quote's text is the article's, verbatim
    assert [said for _, said, _ in quotes] == [quotation]
    assert all(name for _, _, name in quotes)


def test_transcript_labels_in_capitals_name_the_people_of_the_article() -> None:
    text = (
        "The panel: Morag Campbell, the SNP councillor, and Duncan Campbell, the Labour"
        " candidate.\n\nM. CAMPBELL: “The boats are old.”\n\nCAMPBELL: “I must say this.”"
        "\n\nAUDIENCE MEMBER: “What about the hospital?”"
    )
    result, quotes = run(text)
    assert [(said, name) for _, said, name in quotes] == [
        ("“The boats are old.”", "Morag Campbell"),
        ("“I must say this.”", None),  # two Campbells: both offered, neither chosen
        ("“What about the hospital?”", None),
    ]
    assert result.quotes[1].candidates == ["morag-campbell", "duncan-campbell"]


def test_interview_turns_are_quotes_whose_speaker_is_offered_not_chosen() -> None:
    text = (
        "Energy minister Nkosinathi Mabena says the rise is needed. Mr Mabena is a former"
        " treasurer.\n\nQ: “Will you run again?”\n\nA: “I have not decided.”"
    )
    result, quotes = run(text)
    assert [(kind, said, name) for kind, said, name in quotes][1:] == [
        ("direct", "“Will you run again?”", None),
        ("direct", "“I have not decided.”", None),
    ]
    assert result.quotes[2].candidates == ["nkosinathi-mabena"]


def test_a_gendered_title_picks_the_one_person_of_a_shared_surname() -> None:
    text = (
        "Mayor Frank DeLuca and his son, Vincent DeLuca, traded shots. His wife, Angela DeLuca,"
        ' stayed out of it. "They had better be!" Mrs. DeLuca said, laughing.'
    )
    _, quotes = run(text)
    assert [name for _, _, name in quotes] == ["Angela DeLuca"]


def test_a_sentence_with_its_own_object_is_not_the_cue_of_the_quote_before() -> None:
    _, quotes = run(
        'Ruth Calder laughed. "At Sunday dinner? They had better be!" Tom Baker said nothing.'
    )
    # not Tom Baker's; the quotation alone after "Ruth Calder laughed." is hers (issue 9)
    assert [name for _, _, name in quotes] == ["Ruth Calder"]


def test_a_company_name_is_a_body_and_its_analysts_offer_it_as_a_candidate() -> None:
    result, quotes = run(
        "Economists at Rift Capital said in a note that the levy would widen the gap."
    )
    assert [name for _, _, name in quotes] == [None]  # unnamed economists: the body is offered
    assert result.quotes[0].candidates == ["rift-capital"]


def test_a_party_and_state_description_names_the_one_member_it_fits() -> None:
    text = (
        "Sen. Marian Holloway, Democrat of Ohio, led the fight. Sen. Janet Moreau, R-Mich., voted"
        " for it. Asked about the threats, the Ohio Democrat said she would not be intimidated."
        " “The map matters,” the Michigan Republican said. “Not here,” the Texas Republican said."
    )
    _, quotes = run(text)
    assert [name for _, _, name in quotes] == ["Marian Holloway", "Janet Moreau", None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A statement from Harrowfield Borough Council said the offer was fair.",
            "Harrowfield Borough Council",
        ),
        ("A letter from the Treasury said the plan was dead.", "Treasury"),
        ("A statement from a spokesman said the plan was dead.", None),
    ],
)
def test_a_statement_from_a_body_is_the_bodys(text: str, speaker: str | None) -> None:
    _, quotes = run(text)
    assert [name for _, _, name in quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Calder, who wrote about her childhood in her memoir, “Downstream,” said nothing.",
        "Weeks after Tom Baker appeared on the BBC’s “Question Time” and promised lower taxes.",
        "Ruth Calder says she reads the book “Where the Wild Things Are” to her son.",
    ],
)
def test_a_works_title_in_quotation_marks_is_no_quote(text: str) -> None:
    _, quotes = run(text)
    assert [kind for kind, _, _ in quotes if kind == "direct"] == []


def test_a_label_for_the_program_is_still_a_quote() -> None:
    _, quotes = run('Ruth Calder retweeted a post calling the program "a subsidy for the cartels."')
    assert [said for kind, said, _ in quotes if kind == "direct"] == [
        '"a subsidy for the cartels."'
    ]
