"""Attribution precision: classes of wrong speakers, each pinned by invented sentences.

Every sentence here is invented (no article's wording). Rows are text -> expected quotes
(kind, text, speaker name or None). A wrong speaker is the worst error: where the text does not
settle who speaks, the speaker is None (with candidates for an editor).
"""

from __future__ import annotations

import pytest

from digest.extract.result import KnownEntry, Lexicon
from tests.extract_support import extract as run
from tests.extract_support import speakers_of

# --- 1. names of three or more words are kept whole ----------------------------------------------

LONG_NAMES = [
    ("Harish Chandra Vyas said the scheme would be extended.", "Harish Chandra Vyas"),
    ('"We will not give up," said Kamla Devi Jatav, a farmer from Bharatpur.', "Kamla Devi Jatav"),
    ("Girdhari Lal Sethia told reporters that the mandi would reopen.", "Girdhari Lal Sethia"),
    ("María José García said the reform was overdue.", "María José García"),
    ("Jan van der Berg said the dykes needed money.", "Jan van der Berg"),
    (
        "João Pedro Nunes Ferreira argued that the port needed dredging.",
        "João Pedro Nunes Ferreira",
    ),
    (
        "Siobhán Ní Bhriain, a spokeswoman for Fianna Fáil, said the figures were wrong.",
        "Siobhán Ní Bhriain",
    ),
    (
        "Agriculture Minister Girdhari Lal Sethia said the mandi would reopen.",
        "Girdhari Lal Sethia",
    ),
    ("Veteran MP Harish Chandra Vyas said the scheme would be extended.", "Harish Chandra Vyas"),
    ("Secretary of Transportation Pete Buttigieg said the rail deal was done.", "Pete Buttigieg"),
    ("Minister for Foreign Affairs Simon Coveney said the talks went well.", "Simon Coveney"),
    ("Minister for Rural Affairs Ram Nath Desai said the talks went well.", "Ram Nath Desai"),
    ("On Monday, Harish Chandra Vyas said the scheme would be extended.", "Harish Chandra Vyas"),
    ("Senate Minority Leader Chuck Schumer said the talks had failed.", "Chuck Schumer"),
]


@pytest.mark.parametrize(("text", "who"), LONG_NAMES)
def test_long_names_are_kept_whole(text: str, who: str) -> None:
    assert speakers_of(text) == [who]


def test_a_surname_joins_the_long_name() -> None:
    text = (
        "Harish Chandra Vyas said the scheme would be extended. "
        '"It will reach every village," Vyas said.'
    )
    assert speakers_of(text) == ["Harish Chandra Vyas", "Harish Chandra Vyas"]


# --- 2. the tail of a longer body's name is never a speaker --------------------------------------

ORG_TAILS = [
    ("The US Secretary of State said the talks would resume.", None),
    (
        "The Department for Business and Trade said the tariffs would stay.",
        "Department for Business and Trade",
    ),
    (
        "The Department of Health and Social Care said waiting lists had fallen.",
        "Department of Health and Social Care",
    ),
    (
        "The Irish Small Landlords’ Association said rents would rise.",
        "Irish Small Landlords’ Association",
    ),
    ("The Teachers' Union said the strike would go ahead.", "Teachers' Union"),
    (
        "Dermot Kinsella of the Irish Farmers’ Association said prices were too low.",
        "Dermot Kinsella",
    ),
    ("The Oromo Liberation Front said the ceasefire had collapsed.", "Oromo Liberation Front"),
    (
        "Secretary of State for Business and Trade Kemi Adeyemi said the deal was close.",
        "Kemi Adeyemi",
    ),
]


@pytest.mark.parametrize(("text", "who"), ORG_TAILS)
def test_tails_of_body_names_are_not_speakers(text: str, who: str | None) -> None:
    assert speakers_of(text) == [who]


GENERIC_HEADS = [
    "the Workers and Front said the march would go ahead.",
    "Members of the Liberation and Front said the march would go ahead.",
    "Officers of the Farmers, Fishers and Association said the levy was unfair.",
]


@pytest.mark.parametrize("text", GENERIC_HEADS)
def test_a_generic_head_alone_is_never_a_speaker(text: str) -> None:
    result, quotes = run(text)
    assert [q[2] for q in quotes] == [None]
    assert all(q.status == "needs-review" for q in result.quotes)


def test_a_generic_head_known_to_the_lexicon_may_speak() -> None:
    lexicon = Lexicon(organisations=[KnownEntry(id="the-front", name="Front")])
    text = "the Workers and Front said the march would go ahead."
    assert run(text, lexicon)[0].quotes[0].speaker == "the-front"


# --- 3. a capitalised plural common noun is an unnamed group -------------------------------------

GROUPS = [
    "Officials said the bridge would reopen in May.",
    "Aides said the president was tired after the trip.",
    "Housebuilders warned that the levy would stall projects.",
    "Economists argue that the cut is unaffordable for the state.",
    "Farmers told reporters that the mandi prices were too low.",
    "Residents said the flooding had been the worst in decades.",
    'Campaigners said the decision was "a betrayal of renters".',
]


@pytest.mark.parametrize("text", GROUPS)
def test_plural_common_nouns_are_unnamed_groups(text: str) -> None:
    result, quotes = run(text)
    assert [q[2] for q in quotes] == [None]
    assert all(q.candidates == [] for q in result.quotes)
    assert result.speakers == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Democrats said the bill would pass.", "Democrats"),
        ("Republicans argued that the bill was too costly.", "Republicans"),
        ("The Greens said the levy was too low.", "Greens"),
        ("Liberal Democrats said the cuts were cruel.", "Liberal Democrats"),
        ("Rachel Reeves spoke first. Reeves said the figures were sound.", "Rachel Reeves"),
        ("Ms Davies said the figures were sound.", "Davies"),
    ],
)
def test_parties_and_surnames_in_s_still_speak(text: str, who: str) -> None:
    assert speakers_of(text)[-1] == who


# --- 4. the person in the subject wins over a body in the apposition or a phrase -----------------

PERSON_OVER_BODY = [
    ("Aoife Brennock of Sinn Féin said the plan had failed.", "Aoife Brennock"),
    ('"The plan has failed," said Aoife Brennock of Sinn Féin.', "Aoife Brennock"),
    ("Sinn Féin's Aoife Brennock said the plan had failed.", "Aoife Brennock"),
    ("Sinn Féin TD Aoife Brennock said the plan had failed.", "Aoife Brennock"),
    ("Julian Crane, a former Treasury adviser, said the rule was broken.", "Julian Crane"),
    ('"It is a scandal," said Julian Crane, a former Treasury adviser.', "Julian Crane"),
    (
        "Priya Chandran, the Liberal Democrat spokeswoman, said the cuts were cruel.",
        "Priya Chandran",
    ),
    (
        "Tamsin Gower, the Green Party’s housing spokeswoman, said rents were too high.",
        "Tamsin Gower",
    ),
    (
        "Rohan Mehta of the Reserve Bank of India warned that inflation would persist.",
        "Rohan Mehta",
    ),
    ('"Rates will rise," Rohan Mehta of the Reserve Bank of India said.', "Rohan Mehta"),
    (
        "Wiremu Tane of the Māori Party and Labour said the bill was unfair.",
        "Wiremu Tane",
    ),
    (
        "Anjali Rao, the Congress party spokeswoman, told reporters the BJP had lied.",
        "Anjali Rao",
    ),
]


@pytest.mark.parametrize(("text", "who"), PERSON_OVER_BODY)
def test_the_person_wins_over_the_body(text: str, who: str) -> None:
    assert speakers_of(text) == [who]


def test_a_body_in_a_phrase_is_not_the_speaker_when_the_person_is_unknown() -> None:
    # "Tane" is no known name and has no other evidence: the body after "of … and" is still
    # part of the phrase, never the subject
    text = "Wiremu Tane of the Māori Party and Labour conceded the bill was unfair."
    assert "Labour" not in speakers_of(text)


# --- 5. ambiguous pronouns and continued quotations ----------------------------------------------

AMBIGUOUS = [
    (
        'Health Minister Mary Kelly defended the plan on Monday. "We will deliver it," she said. '
        'Sarah Doyle, the opposition spokeswoman, was scathing.\n\n"It is a fantasy," she said.',
        ["Mary Kelly", None],
    ),
    (
        '"We will deliver it," said Mary Kelly. Sarah Doyle disagreed. "It is a fantasy," she '
        "said.",
        ["Mary Kelly", None],
    ),
    (
        '"We will deliver it," Tom Byrne said. Sean Walsh shook his head. "It is a fantasy," he '
        "said.",
        ["Tom Byrne", None],
    ),
    (
        '"We will deliver it," Mary Kelly said, as Tom Byrne looked on. "It is a fantasy and '
        'everyone knows it."',
        ["Mary Kelly", None],
    ),
    (
        '"We will deliver it," Mary Kelly said. Sarah Doyle disagreed.\n\n"It is a fantasy and '
        'everyone knows it."',
        ["Mary Kelly", None],
    ),
]


@pytest.mark.parametrize(("text", "who"), AMBIGUOUS)
def test_ambiguous_pronouns_and_continuations_need_review(text: str, who: list) -> None:
    result, quotes = run(text)
    assert [q[2] for q in quotes] == who
    assert result.quotes[-1].status == "needs-review"


STILL_RESOLVED = [
    (
        'Mary Kelly met Sarah Doyle on Friday. "We will deliver it," Kelly said. "It is a plan '
        'for everyone," she said.',
        ["Mary Kelly", "Mary Kelly"],
    ),
    (
        'Tom Byrne and Sean Walsh met on Friday.\n\n"We will deliver it," Byrne said. "It is '
        'a plan for everyone," he added.',
        ["Tom Byrne", "Tom Byrne"],
    ),
    (
        '"We will deliver it," Mary Kelly said, "and we will do it this year." "It is a plan '
        'for everyone."',
        ["Mary Kelly", "Mary Kelly", "Mary Kelly"],
    ),
]


@pytest.mark.parametrize(("text", "who"), STILL_RESOLVED)
def test_the_previous_speaker_carries_on_when_nobody_else_was_named(text: str, who: list) -> None:
    assert speakers_of(text) == who


# --- 6. one party, one record --------------------------------------------------------------------

PARTY_FORMS = [
    (
        "The Conservatives said taxes would fall. The Conservative Party said the plan was costed.",
        "Conservative Party",
    ),
    (
        "Democrats said the bill would pass. The Democratic Party said it had the votes.",
        "Democratic Party",
    ),
    (
        "The Republican Party said the bill was costly. Republicans said it would fail.",
        "Republican Party",
    ),
    (
        "Labour said the budget was unfair. The Labour Party said it would vote against it.",
        "Labour Party",
    ),
    (
        "The Greens said the levy was too low. The Green Party said it would table a motion.",
        "Green Party",
    ),
    (
        "The Lib Dems said the cuts were cruel. The Liberal Democrats said they would vote no.",
        "Liberal Democrats",
    ),
]


@pytest.mark.parametrize(("text", "name"), PARTY_FORMS)
def test_forms_of_a_party_name_are_one_organisation(text: str, name: str) -> None:
    result, quotes = run(text)
    assert [q[2] for q in quotes] == [name, name]
    assert len({q.speaker for q in result.quotes}) == 1
    assert [o.name for o in result.organisations] == [name]


def test_different_parties_stay_apart() -> None:
    text = "The Liberal Democrats said the cuts were cruel. The Democrats said the bill would pass."
    assert speakers_of(text) == ["Liberal Democrats", "Democrats"]


# --- 7. an indefinite subject is unnamed, whoever was named before -------------------------------

INDEFINITE = [
    'Finance Minister Aidan Clery defended the budget. A spokesperson said it was "under review".',
    "Finance Minister Aidan Clery defended the budget. A spokesperson for the minister, Aidan "
    "Clery, said it was under review.",
    'Mr Clery defended the budget. One official said the figures were "provisional".',
    "Aidan Clery defended the budget. A source close to Mr Clery said he would not resign.",
    "Aidan Clery defended the budget. An aide to Mr Clery said he would not resign.",
]


@pytest.mark.parametrize("text", INDEFINITE)
def test_indefinite_subjects_are_unnamed(text: str) -> None:
    assert speakers_of(text) == [None]


def test_pronoun_after_an_unnamed_voice_is_not_the_principal() -> None:
    text = '"We are reviewing it," a spokesman for Mr Clery said. "We will report in May," he said.'
    assert speakers_of(text) == [None, None]


def test_the_role_after_an_unnamed_holder_is_not_the_named_one() -> None:
    text = (
        "Priya Chandran, the Liberal Democrat spokeswoman, said the cuts were cruel. A Home Office "
        "spokeswoman said the cuts were fair. The spokeswoman added that the review would end soon."
    )
    assert speakers_of(text) == ["Priya Chandran", None, None]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("A member of the Dáil, Mary Brennock, said the plan had failed.", "Mary Brennock"),
        ("A spokesperson, Tom Ellery, said the plan had failed.", "Tom Ellery"),
        ("A source close to the Taoiseach, Liam Carey, said he would not resign.", None),
    ],
)
def test_a_name_after_an_indefinite_subject(text: str, who: str | None) -> None:
    assert speakers_of(text) == [who]
