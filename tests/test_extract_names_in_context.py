"""Who a name is, from the words around it: ages, relations, Gaelic surnames, place-like given
names, bodies named after their head word, and relative clauses that go on past "and".

Every sentence is invented. Rows are text -> the speaker of each quote, in order (None: unknown).
"""

from __future__ import annotations

import pytest

from tests.extract_support import extract, speakers_of

ROWS = [
    # an age in apposition is no obstacle to the name-then-verb evidence
    (
        "At the meeting, Hollin resident Maude Ashby, 71, told councillors she had been flooded "
        "out twice. 'Nobody ever knocked on my door,' she said.",
        ["Maude Ashby", "Maude Ashby"],
    ),
    ("Tarmo Kivi, aged 54, said the port would stay open.", ["Tarmo Kivi"]),
    # a first name alone with an age is a person (residents, callers, voters)
    (
        "Mariam, 34, has two children at the school. She said her son would have to cross "
        'the highway.\n\n"There is no sidewalk," she said.',
        ["Mariam", "Mariam"],
    ),
    # a person named after a relation to someone
    (
        "Prime Minister Aili Rand and her Latvian counterpart, Tarmo Kivi, met on Monday. "
        "Kivi said the cable had been cut on purpose.",
        ["Tarmo Kivi"],
    ),
    # Gaelic surnames: "Mac Giolla" alone is the surname of the person named in full
    (
        "Mr Cathal Mac Giolla told the Dáil it was fine. Mr Mac Giolla said it was "
        '"rigorous and independent".',
        ["Cathal Mac Giolla", "Cathal Mac Giolla"],
    ),
    (
        'Deputy Róisín Ní Chonaill said it was bad. "The island dies," Deputy Ní Chonaill said.',
        ["Róisín Ní Chonaill", "Róisín Ní Chonaill"],
    ),
    # a place word that is also a given name, at the start of a longer name
    (
        '"We need a law," union president Carolina Vidal Ortega told reporters.',
        ["Carolina Vidal Ortega"],
    ),
    # a lone word after a body's head word is the body's name, not a person of it
    ("Radio Gwendraeth said it had invited the two largest parties.", ["Radio Gwendraeth"]),
    # a body whose name runs on with "and" and a portfolio word
    (
        "The Office of Budget and Management told the station that figures were due in May.",
        ["Office of Budget and Management"],
    ),
    # a relative clause still open at "and": its antecedent is the second verb's subject too
    (
        "Mr Cathal Mac Giolla told the Dáil it was fine. He was answering the opposition "
        'leader, Róisín Ní Chonaill, who said islanders had been "forgotten" and accused the '
        'Government of handing a monopoly to a firm with "no record at sea".',
        ["Cathal Mac Giolla", "Róisín Ní Chonaill", "Róisín Ní Chonaill"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ROWS)
def test_the_name_around_each_quote_is_the_speaker(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


def test_a_relative_clause_closed_by_a_comma_leaves_the_main_subject() -> None:
    text = 'Jane Hale, who chairs the board, said the plan was bad and warned it would "cost jobs".'
    assert speakers_of(text) == ["Jane Hale", "Jane Hale"]


def test_a_gaelic_surname_shared_by_two_people_is_not_guessed() -> None:
    text = (
        "Cathal Mac Giolla and his sister Aoife Mac Giolla spoke at the meeting. "
        '"We will fight it," Mac Giolla said.'
    )
    result, triples = extract(text)
    assert triples[-1][2] is None
    assert {"cathal-mac-giolla", "aoife-mac-giolla"} <= set(result.quotes[-1].candidates)


CUES = [
    # Indian English reporting verbs and honorifics
    (
        'Senior MLA Shri Pratap Rawat opined that the bill was "good in intention but poor '
        'in drafting".',
        ["Pratap Rawat"],
    ),
    ('"It is a scam," Smt. Kamla Bisht asserted.', ["Kamla Bisht"]),
    # an active label verb after an apposition: the object makes it active, not a name given
    ('Smt. Kamla Bisht, a four-time MLA, termed the bill "an eyewash".', ["Kamla Bisht"]),
    ('Kamla Bisht termed the bill "an eyewash".', ["Kamla Bisht"]),
    # "intervened to say", like "went on to say"
    ('Senator Marc Delaney intervened to say the state had "never hidden" it.', ["Marc Delaney"]),
]


@pytest.mark.parametrize(("text", "speakers"), CUES)
def test_reporting_verbs_of_other_house_styles_are_cues(text: str, speakers: list[str]) -> None:
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        'The bill, dubbed "the nanny law", passed.',  # a name given, nobody's words
        'The plan, dubbed the "nanny law", passed on Tuesday.',
        'The cabinet bill used the terms "same-sex union" and "family".',  # "terms": a noun
    ],
)
def test_a_passive_label_or_a_noun_is_no_cue(text: str) -> None:
    assert speakers_of(text) == []


FAMILIES = [
    # a relative named in full once is a minor figure: the bare surname is the principal
    (
        "Helen Marsh campaigned in Ohio. Her husband, former Governor Tom Marsh, appeared in "
        'Tampa.\n\n"We are going to win," Marsh said.',
        ["Helen Marsh"],
    ),
    (
        "Donald Hale held a rally. His daughter Ivy Hale introduced him.\n\n"
        '"We will build it," Hale said.',
        ["Donald Hale"],
    ),
    # a relative named in the same paragraph may be the one meant
    (
        "Fiona Dunmore opposes the farm. Her brother, Hugh Dunmore, backs it. "
        "“It will pass,” Dunmore said.",
        [None],
    ),
    # two bearers, neither introduced as the other's relative: nobody is guessed
    ('Jeb Hale and George Hale spoke. "We will win," Hale said.', [None]),
    # a relative named again is a principal too
    (
        "Frank Rossi runs the shop. His son, Vincent Rossi, sits on the council. Vincent Rossi "
        'voted for the lane. "It is wrong," Rossi said.',
        [None],
    ),
    # the story tells them apart by generation: the family is its subject
    (
        "Frank Rossi runs the shop. His son, Vincent Rossi, sits on the council. The younger "
        'Rossi voted for the lane. "It is wrong," Rossi said.',
        [None],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), FAMILIES)
def test_a_shared_surname_is_the_principal_only_when_the_others_are_minor_relatives(
    text: str, speakers: list[str | None]
) -> None:
    assert speakers_of(text)[-1:] == speakers


def test_a_plural_noun_opening_the_body_after_a_header_is_an_unnamed_group(tmp_path) -> None:
    from digest.extract.pipeline import extract_article
    from digest.extract.reading import read_article

    path = tmp_path / "a.txt"
    path.write_text(
        "title: Ministers rule out compensation\nsource: The Ledger\n\n"
        "Ministers have ruled out a compensation scheme, telling MPs that the cost would be "
        "‘open-ended and impossible to justify’ at a time of pressure.\n",
        encoding="utf-8",
    )
    result = extract_article(read_article(path))
    assert result.quotes and all(q.speaker is None for q in result.quotes)
    assert result.speakers == []


SINCE_THE_SOURCES_MERGE = [
    # a person in apposition after "of the <kind word>" is the head noun's, not the body's name
    (
        "The secretary of the department, Dr Meredith Aske, told the committee that demand had "
        "been “far stronger than forecast”.\n\n“Not in those words,” Dr Aske replied.",
        ["Meredith Aske", "Meredith Aske"],
    ),
    ("The developer, Greenridge Power, said the plan was fine.", ["Greenridge Power"]),
    (
        "Ms Lee said landholders had been pressured by the developer, Greenridge Power, and "
        "Greenridge Power said the claim was false.",
        ["Lee", "Greenridge Power"],
    ),
    # the relation word gives the gender: "she" is not the son
    (
        "Mum-of-three Shan Pryor, whose son Jaxon, 13, was rushed to hospital, said the ban was "
        "“long overdue”.\n\n“People can laugh about it,” she said.",
        [None, None],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SINCE_THE_SOURCES_MERGE)
def test_bodies_people_and_places_after_the_merge(text: str, speakers: list[str | None]) -> None:
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    ("text", "not_a_speaker"),
    [
        (  # the tail of a long body's name
            "The rebate will cost more, the Department of Climate Change, Energy, the "
            "Environment and Water has told a Senate hearing. More than 310,000 households "
            "applied, she said.",
            "Water",
        ),
        (  # a caller's town: "NAME from PLACE"
            "The first caller, Siân from Llandysul, said she had waited six years for a home.",
            "Llandysul",
        ),
        (  # a dateline
            "STOCKHOLM — Swedish councils paid more for private care, according to a study by "
            "Framtidsforum published on Monday.",
            "STOCKHOLM",
        ),
    ],
)
def test_a_name_tail_or_a_dateline_is_nobody(text: str, not_a_speaker: str) -> None:
    result, triples = extract(text)
    assert not_a_speaker not in [who for _kind, _text, who in triples]
    assert not_a_speaker not in [s.name for s in result.speakers]
