"""Who speaks when a name only modifies the speaker (issue 9): "a Prentiss adviser", "Prentiss
aides", "said Prentiss campaign manager Rick Tessler", "a spokeswoman for his rival, Gov. X,";
"who asked not to be named" is no request; "urged Harlan to drop it, saying" is the subject's
participle, not Harlan's; "Prentiss himself" is Prentiss. Tables of invented text -> the exact
speakers of the quotes, in order."""

from __future__ import annotations

import pytest

from tests.extract_support import quotes_of, speakers_of

LEAD = "Sen. Lyle Prentiss spoke in Buffalo on Monday. "

ROWS = [
    (
        LEAD + "A Prentiss adviser, who asked not to be named, said the senator's numbers were"
        ' strong and insisted the race is "far from over."',
        [None, None],
    ),
    (LEAD + 'Prentiss aides said the senator would "stay in the race."', [None]),
    (
        LEAD + '"We said that from the start," said Prentiss campaign manager Rick Tessler.',
        ["Rick Tessler"],
    ),
    (LEAD + '"We said that from the start," said a Prentiss aide.', [None]),
    (LEAD + 'Prentiss himself told reporters he would "never quit."', ["Lyle Prentiss"]),
    (
        "Gov. Ray Dunn spoke first. A spokeswoman for his Democratic rival, Gov. Teresa Lund of"
        " Minnesota, said the release was “a step toward accountability”.",
        [None],
    ),
    (  # the spokeswoman of a body is the one named after it
        "A spokeswoman for the company, Jane Doe, said the release was “a step forward”.",
        ["Jane Doe"],
    ),
    (
        "Wade Harlan unveiled the plan on Monday. Several Republican senators from farm states"
        " have urged Harlan to drop the plan, saying it would invite retaliation against soybeans.",
        [None, None],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ROWS, ids=lambda v: str(v)[40:80])
def test_a_name_that_only_modifies_the_speaker_is_not_the_speaker(text, speakers) -> None:
    assert speakers_of(text + "\n") == speakers


def test_the_younger_of_two_is_the_one_the_text_calls_a_son() -> None:
    text = (
        "Mayor Frank DeLuca defended the budget on Monday. The DeLucas' son, Vincent DeLuca, a"
        ' city councilman, has sided with the unions. The younger DeLuca said the cuts were "a'
        ' mistake." The elder DeLuca said the budget was "balanced."\n'
    )
    assert speakers_of(text) == ["Vincent DeLuca", "Frank DeLuca"]


def test_a_body_before_a_role_only_describes_the_person() -> None:
    text = (
        "Rex Calloway came to Staten Island on Wednesday night. The brash mogul turned GOP"
        ' front-runner blasted rival Sen. Lyle Prentiss as "a sleepy career politician" in'
        " front of 9,000 fans.\n"
    )
    assert quotes_of(text) == [("direct", '"a sleepy career politician"', None)]
    assert quotes_of('Treasury adviser Julian Crane said the plan was "sound".\n') == [
        ("direct", 'the plan was "sound"', "Julian Crane")
    ]


CLAUSE_SUBJECTS = [
    (  # a new clause after ", and" has its own, unnamed subject
        "House Majority Leader Kent Osterhout said last week that there were not enough votes"
        " this year, and Senate leaders have said they would not schedule a vote.",
        ["Kent Osterhout", None],
    ),
    (  # members of a party in a body are not the party
        "The Ohio Republican Party met on Monday. Republicans in the legislature have argued"
        " that the increase should be phased in over a decade.",
        [None],
    ),
    (  # "He denied that Mercer had …": the pronoun is not the person named in the clause
        "Hal Peterson, a lawyer for Alan Mercer, said the emails had been taken out of"
        " context. He denied that Mercer had ever acted on the suggestion.",
        ["Hal Peterson", "Hal Peterson"],
    ),
    (  # an opening "Asked whether she …," does not give the clause its subject
        "Her husband, Dr. Richard Ostrander, a retired cardiologist, spoke first. Asked whether"
        ' that meant she would support hearings, he laughed and said he was "just the driver."',
        ["Richard Ostrander"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), CLAUSE_SUBJECTS, ids=lambda v: str(v)[:40])
def test_the_subject_of_a_clause_is_its_own(text, speakers) -> None:
    assert speakers_of(text + "\n") == speakers


CAMPAIGNS = [
    (  # "the campaign" and "his campaign" are the one campaign named
        "Sen. Nathan Oyelaran spoke in Ohio. The Oyelaran campaign said the emails had been"
        " stolen. His campaign also said it would not comment further. The campaign said it"
        " would not apologise.",
        ["Oyelaran campaign", "Oyelaran campaign", "Oyelaran campaign"],
    ),
    (  # "his" is another man, whose campaign the article never names: no speaker
        "Sen. Nathan Oyelaran spoke in Ohio, and the Oyelaran campaign said the emails were"
        " stolen.\n\nGov. Thomas Reddick spoke in Indiana. His campaign said in a statement that"
        ' the messages were "fake."',
        ["Oyelaran campaign", None],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), CAMPAIGNS, ids=lambda v: str(v)[40:80])
def test_the_campaign_and_his_campaign(text, speakers) -> None:
    assert speakers_of(text + "\n") == speakers


def test_the_department_is_a_body_named_department_never_any_body_of_its_kind() -> None:
    text = (
        "Mayor Dana Okafor told the City Council on Thursday that she would release the video.\n\n"
        "The officer has been placed on administrative leave, the department said.\n\n"
        "The Larkin Police Department later said the officer had been interviewed.\n\n"
        "He has not been charged, the department said.\n"
    )
    speakers = [who for kind, _t, who in quotes_of(text) if kind == "indirect"]
    assert speakers == ["Dana Okafor", None, "Larkin Police Department", "Larkin Police Department"]


def test_a_participle_after_a_bare_who_clause_is_the_group_s() -> None:
    text = (
        "Sen. Margaret Ostrander was one of 11 Republicans on the Judiciary Committee who signed"
        " a letter last month saying the panel would not hold a hearing.\n"
    )
    assert quotes_of(text) == [("indirect", "the panel would not hold a hearing", None)]
    text = (
        "Sen. Margaret Ostrander, the committee's senior Republican, who signed the letter, said"
        " the panel would not hold a hearing.\n"
    )
    assert quotes_of(text) == [
        ("indirect", "the panel would not hold a hearing", "Margaret Ostrander")
    ]


def test_the_obama_administration_is_a_body_of_its_own() -> None:
    lead = "President Barack Obama spoke in Ohio. "
    said = quotes_of(lead + "The Obama administration said the rule would take effect soon.\n")
    assert said == [("indirect", "the rule would take effect soon", "Obama administration")]
    officials = quotes_of(lead + "Obama administration officials said the rule would stay.\n")
    assert [who for _k, _t, who in officials] == [None]


HELDOUT5_CLASSES = [
    (  # a name inside the teller's reported words is no antecedent for the next "he"
        "Leonard P. Sorensen, a lobbyist, declined to comment. The couple's son, Peter Albrecht,"
        " told a radio station last week that Mr. Sorensen had asked him \"a couple of times\""
        " whether his father was considering the pardon. He said on Tuesday that he had never"
        " passed the questions along.",
        ["Peter Albrecht", "Peter Albrecht"],
    ),
    (  # "Rally-goer Bonnie Schaefer": the description is no part of the name
        "Rally-goer Bonnie Schaefer, 62, of Kettering, said she was knocked to the floor.",
        ["Bonnie Schaefer"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), HELDOUT5_CLASSES, ids=lambda v: str(v)[:40])
def test_tellers_and_descriptions(text, speakers) -> None:
    assert speakers_of(text + "\n")[-len(speakers) :] == speakers


def test_a_quotation_in_capitals_alone_on_its_line_continues_no_one() -> None:
    text = (
        'Miriam Feld, an economist, said the claim was "simply not supported." "Unless you\'re'
        ' counting yachts," Feld said.\n\n"I WAS AGAINST THE WAR FROM THE START"\n\nOh, come on.\n'
    )
    assert quotes_of(text)[-1] == ("direct", '"I WAS AGAINST THE WAR FROM THE START"', None)


def test_a_label_in_capitals_is_no_body_and_the_group_is_no_campaign() -> None:
    fact_check = (
        "Gov. Ann Ellery-Shaw said trade had closed 60,000 factories.\n\n"
        "THE FACTS: Government data show fewer plants, but economists say many of those closings"
        " were small plants.\n"
    )
    last = quotes_of(fact_check)[-1]
    assert last == ("indirect", "many of those closings were small plants", None)
    rally = (
        "Rex Calloway spoke in Dayton. The Calloway campaign said the rally would go on.\n\n"
        "CALLOWAY: 'THEY STARTED IT'\n\n"
        'In a post on Facebook, the group said its members had come to "exercise our rights".\n'
    )
    assert quotes_of(rally)[-1][2] is None
