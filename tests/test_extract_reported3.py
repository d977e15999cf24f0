"""Reported speech, third round (issue 9): beliefs, plans, demands and findings; content before
its cue; clause edges. Each rule is a table of invented sentences -> the exact indirect quotes
(text, speaker name or None) the extractor gives; the negative rows must give none."""

from __future__ import annotations

import pytest

from digest.extract.reported_lexicon import THAT_FORMS, TO_FORMS, inflect
from tests.extract_support import check_indirect as check
from tests.extract_support import indirect_of as indirect

Pair = tuple[str, str | None]




# --- the lexicon: lemmas inflected ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemmas", "form", "lemma"),
    [
        ({"fear"}, "feared", "fear"),
        ({"concede"}, "concedes", "concede"),
        ({"worry"}, "worries", "worry"),
        ({"plan"}, "planned", "plan"),
        ({"find"}, "found", "find"),
        ({"think"}, "thought", "think"),
    ],
)
def test_lexicon_inflects_lemmas(lemmas: set[str], form: str, lemma: str) -> None:
    assert inflect(frozenset(lemmas))[form] == lemma


def test_lexicon_has_the_stance_frames() -> None:
    assert {"fear", "estimate", "concede", "found", "shows"} <= THAT_FORMS.keys()
    assert {"plans", "threatened", "intends", "aims"} <= TO_FORMS.keys()


# --- beliefs, demands and findings with "that" ------------------------------------------------

THAT_CLAUSES = [
    (
        "Opposition leaders fear that the reform could collapse before the summer.",
        [("the reform could collapse before the summer", None)],
    ),
    (
        "Officials at the ministry privately concede that the deadline will slip again.",
        [("the deadline will slip again", None)],
    ),
    (
        "Economists at Harbour Capital estimate that the tax will raise two billion a year.",
        [("the tax will raise two billion a year", None)],
    ),
    (  # a record has no author: the outlet that read it is no speaker
        "Court records reviewed by the Ledger show that the firm was paid twice.",
        [("the firm was paid twice", None)],
    ),
    (  # "found that A, and found B": two findings, not one; "the tribunal" names no one here
        "The tribunal found that the dismissal was unfair, and found the rules unclear.",
        [("the dismissal was unfair", None)],
    ),
]

NOT_THAT_CLAUSES = [
    "There were growing fears that the deal would fail.",  # a noun
    "Amid fears that prices would rise, markets fell.",
    "The council's fear that costs would rise proved right.",
    "The fear that the bridge would close was widespread.",
]


def test_that_clauses() -> None:
    check(THAT_CLAUSES)


@pytest.mark.parametrize("text", NOT_THAT_CLAUSES)
def test_not_that_clauses(text: str) -> None:
    assert indirect(text) == []


# --- plans, threats and aims with "to" --------------------------------------------------------

TO_PLANS = [
    (
        "The Greenway Alliance plans to deliver a petition to the council on Monday.",
        [("to deliver a petition to the council on Monday", "Greenway Alliance")],
    ),
    (
        "The smaller coalition party threatened to leave the government over the budget.",
        [("to leave the government over the budget", None)],
    ),
    (
        "The agency now expects to publish the figures in March.",
        [("to publish the figures in March", None)],
    ),
    (
        "The mayor, Tomas Reyes, wants private donors to pay for the new library.",
        [("private donors to pay for the new library", "Tomas Reyes")],
    ),
]

NOT_TO_PLANS = [
    "The senator is expected to vote against the bill.",  # nobody's plan
    "He has plans to retire.",  # a noun
    "Council plans to close the pool were criticised by residents.",  # a noun, then the verb
    "The pipeline is a regional effort intended to link three gas fields.",  # a participle
    "She wanted to go home early.",  # a wish, not a stance
]


def test_to_plans() -> None:
    check(TO_PLANS)


@pytest.mark.parametrize("text", NOT_TO_PLANS)
def test_not_to_plans(text: str) -> None:
    assert indirect(text) == []


# --- findings of studies and records without "that" -------------------------------------------

FINDINGS = [
    (  # a study's finding needs no verb; the body behind the poll speaks
        "A poll by the Civic Trust found the two candidates level at 44 per cent.",
        [("the two candidates level at 44 per cent", "Civic Trust")],
    ),
    (
        "Polls show the measure is popular in the suburbs.",
        [("the measure is popular in the suburbs", None)],
    ),
    (  # the finding first, "records show" after it
        "Both contractors later won state work worth millions, records show.",
        [("Both contractors later won state work worth millions", None)],
    ),
]

NOT_FINDINGS = [
    "Police found the car abandoned near the river.",
    "The show was cancelled after one season.",
]


def test_findings() -> None:
    check(FINDINGS)


@pytest.mark.parametrize("text", NOT_FINDINGS)
def test_not_findings(text: str) -> None:
    assert indirect(text) == []


# --- content before its cue: "A, X said, B" and "CLAUSE, X told …" ----------------------------

CONTENT_FIRST = [
    (  # split around the cue: one quote from A to B, cue included
        "Rural towns, she said, had lost half their bus routes in a decade.",
        [("Rural towns, she said, had lost half their bus routes in a decade", None)],
    ),
    (
        "The ferry service had been cut twice since May, he said, and the islands felt forgotten.",
        [
            (
                "The ferry service had been cut twice since May, he said, and the islands felt "
                "forgotten",
                None,
            )
        ],
    ),
    (  # a listener after the cue, then B
        "The deficit would fall next year, Ms. Okafor told the Herald, and taxes would not rise.",
        [
            (
                "The deficit would fall next year, Ms. Okafor told the Herald, and taxes would "
                "not rise",
                "Okafor",
            )
        ],
    ),
    (  # an adjunct after the cue is no B: the text is the clause alone
        "Talks on the budget broke down on Friday, officials said, after a ten-hour meeting.",
        [("Talks on the budget broke down on Friday", None)],
    ),
    (  # a wire dateline is no part of the clause
        "LIMA, Oct 3 (WNS) - The central bank cut its main rate by half a point, "
        "two people familiar with the decision said.",
        [("The central bank cut its main rate by half a point", None)],
    ),
    (  # nor an opening "But"
        "But the grants have been late for months, Ortega told the Sentinel, "
        "and some farmers have sold their land.",
        [
            (
                "the grants have been late for months, Ortega told the Sentinel, and some "
                "farmers have sold their land",
                "Ortega",
            )
        ],
    ),
    (  # a listener and the sentence ends
        "Schools would reopen within a week, Mr. Dube told a news conference in Harare.",
        [("Schools would reopen within a week", "Dube")],
    ),
]

NOT_CONTENT_FIRST = [
    "On Tuesday, Smith said, and then he left.",  # no clause before "and"
    "Officials, the report said.",  # no clause on either side
]


def test_content_first() -> None:
    check(CONTENT_FIRST)


@pytest.mark.parametrize("text", NOT_CONTENT_FIRST)
def test_not_content_first(text: str) -> None:
    assert indirect(text) == []


# --- unquoted labels and figures: "what X called …" ---------------------------------------------

WHAT_LABELS = [
    (
        "The opposition walked out in protest at what it called a rushed vote.",
        [("a rushed vote", None)],
    ),
    (
        "The raid was part of what one prosecutor described as a widening inquiry into grants "
        "made by the agency.",
        [("a widening inquiry into grants made by the agency", None)],
    ),
    (
        "On Sunday, what organisers estimated at 40,000 people, most of them students, marched.",
        [("40,000 people", None)],
    ),
    (  # the label stops before the writer's adjunct
        "The letter gave them access to what she described as spare funds for the transition.",
        [("spare funds", None)],
    ),
]


def test_what_labels() -> None:
    check(WHAT_LABELS)


# --- speech acts with objects: demands, exclusions, estimates, pleas --------------------------

OBJECT_ACTS = [
    (
        "Rep. Ana Ruiz demanded a full audit of the housing fund.",
        [("a full audit of the housing fund", "Ana Ruiz")],
    ),
    (
        "The treasurer, Paul Nkemelu, has ruled out any rise in fuel duty.",
        [("any rise in fuel duty", "Paul Nkemelu")],
    ),
    (
        "The Lowland Institute for Fiscal Studies estimates the shortfall at 12 billion euros.",
        [("the shortfall at 12 billion euros", "Lowland Institute for Fiscal Studies")],
    ),
    (  # bare plural forms
        "Teachers' unions accuse the ministry of ignoring rural schools.",
        [("the ministry of ignoring rural schools", None)],
    ),
    (  # an apposition with a relative clause between the subject and the verb
        "Councillor Dana Whitlock, who chairs the transport committee in the assembly, accused "
        "the mayor of hiding the costs.",
        [("the mayor of hiding the costs", "Dana Whitlock")],
    ),
]


# a claim's object may be two words; an act's or a stance's of two words is no attribution
SHORT_CLAIMS = [
    ("Both neighbours have alleged foreign involvement.", [("foreign involvement", None)]),
    ("Some delegates called for fresh elections.", [("fresh elections", None)]),
]
NOT_SHORT_CLAIMS = [
    "The minister proposed a bill.",
    "The mayor condemned the attack.",
]


def test_short_claims() -> None:
    check(SHORT_CLAIMS)


@pytest.mark.parametrize("text", NOT_SHORT_CLAIMS)
def test_not_short_claims(text: str) -> None:
    assert indirect(text) == []


# "CLAUSE, according to X, APPOSITION": the clause is X's, the apposition is no clause
ACCORDING = [
    (
        "The fire started in the kitchen, according to Chief Ines Duval, the head of the brigade.",
        [("The fire started in the kitchen", "Ines Duval")],
    ),
    (
        "The road reopened at noon, according to Inspector Ruth Mbeki, who said two cars had "
        "collided.",
        [
            ("The road reopened at noon", "Ruth Mbeki"),
            ("two cars had collided", "Ruth Mbeki"),
        ],
    ),
]


def test_according_with_apposition() -> None:
    check(ACCORDING)


def test_object_acts() -> None:
    check(OBJECT_ACTS)


# --- clause edges -----------------------------------------------------------------------------

CLAUSE_EDGES = [
    (  # "at least" is no preposition opening an adjunct
        "The commission said at least four people had been injured.",
        [("at least four people had been injured", None)],
    ),
    (  # a title's full stop inside the clause does not end it
        "He called on Mr. Adeyemi to publish the contracts.",
        [("Mr. Adeyemi to publish the contracts", None)],
    ),
    (  # a second verb of the subject ends the clause
        "The union said two members had been arrested and called for an inquiry into it.",
        [
            ("two members had been arrested", None),
            ("an inquiry into it", None),
        ],
    ),
    (
        "Mr. Varga said he would not raise taxes but declined to say whether he would cut them.",
        [("he would not raise taxes", "Varga")],
    ),
    (  # "no" before a noun is a determiner, not an answer
        "Ms. Quist shrugged off the report, insisting no decision had been made.",
        [("no decision had been made", "Quist")],
    ),
    (  # a coordinated verb takes the subject of the sentence's first one
        "Parents' groups welcomed the plan but said it came too late.",
        [("it came too late", None)],
    ),
    (  # a present-tense clause after "say"
        "Historians say referendums rarely settle such questions.",
        [("referendums rarely settle such questions", None)],
    ),
]

NOT_CLAUSES = [
    "The bishop said a prayer for the victims.",
    "She said no to the offer.",
]


def test_clause_edges() -> None:
    check(CLAUSE_EDGES)


@pytest.mark.parametrize("text", NOT_CLAUSES)
def test_not_clauses(text: str) -> None:
    assert indirect(text) == []


# --- names the new attributions rely on -------------------------------------------------------

NAMES = [
    (  # "-led" describes the body, it is no part of its name
        "The Rebel-led Northern Freedom Front said it had taken the airport.",
        [("it had taken the airport", "Northern Freedom Front")],
    ),
]


def test_names() -> None:
    check(NAMES)
