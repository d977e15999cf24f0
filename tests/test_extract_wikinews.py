"""Classes of miss found on the second Wikinews dev set (articles 26–53), each a rule with its
own invented sentences.

Every sentence here is made up; each row is text -> the exact quotes expected (kind, text,
speaker name or None).
"""

from __future__ import annotations

import pytest

from tests.extract_support import quotes_of as run

# A pronoun opening the sentence after one whose subject is a person of its gender, with a second
# person of that gender only after a preposition or in an apposition to the subject's own noun
# ("his deputy, X"): the subject carries on. Abstain when the other is a plain object, the
# subject is joint or its gender unknown.
PREVIOUS_SUBJECT = [
    (
        "On Friday, Thomas Okafor greeted his deputy, Martin Selby. He said, “The work of the "
        "last year was his more than mine.”",
        [("direct", "“The work of the last year was his more than mine.”", "Thomas Okafor")],
    ),
    (
        "Anna Lindqvist met her rival, Maria Ostrova. “We fought a fair campaign,” she said.",
        [("direct", "“We fought a fair campaign,”", "Anna Lindqvist")],
    ),
    (
        "Peter Vance paid tribute to George Amundsen. He said on the radio, “We have lost a "
        "friend and a teacher today.”",
        [("direct", "“We have lost a friend and a teacher today.”", "Peter Vance")],
    ),
    (
        "Thomas Okafor greeted Martin Selby. He said, “The talks went well for both of our "
        "parties.”",
        [("direct", "“The talks went well for both of our parties.”", None)],
    ),
    (
        "Thomas Okafor and Martin Selby met on Friday. He said, “The talks went well for both "
        "of our parties.”",
        [("direct", "“The talks went well for both of our parties.”", None)],
    ),
    (
        "Kerrin Okafor greeted Avery Selby. He said, “The work of the last year was his more than "
        "mine.”",
        [("direct", "“The work of the last year was his more than mine.”", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PREVIOUS_SUBJECT)
def test_pronoun_after_a_subject_is_that_subject(text, expected):
    assert run(text) == expected


# A quotation split by its own inverted cue ("“A,” wrote X on Twitter, “B”"): the second part is
# the same speaker's, from its opening mark; another voice in between stops it.
RESUMED_AFTER_CUE = [
    (
        "“We will not move the depot,” wrote Helen Farrow on Twitter, “and we will not "
        "apologise for it either.”",
        [
            ("direct", "“We will not move the depot,”", "Helen Farrow"),
            ("direct", "“and we will not apologise for it either.”", "Helen Farrow"),
        ],
    ),
    (
        "“Ready when asked” tweeted Oscar Lindholm “to send pumps and crews to the "
        "valley.”",
        [
            ("direct", "“Ready when asked”", "Oscar Lindholm"),
            ("direct", "“to send pumps and crews to the valley.”", "Oscar Lindholm"),
        ],
    ),
    (
        "“We will not move the depot,” said Helen Farrow, and Peter Vance replied, “That is "
        "what you said last year.”",
        [
            ("direct", "“We will not move the depot,”", "Helen Farrow"),
            ("direct", "“That is what you said last year.”", "Peter Vance"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESUMED_AFTER_CUE)
def test_quotation_resumed_after_its_inverted_cue(text, expected):
    assert run(text) == expected


# A relative clause with its own subject labels a thing in the object ("criticised the vote,
# which X has referred to as “…”"): the relative clause's subject said it, not the sentence's.
RELATIVE_CLAUSE_LABEL = [
    (
        "Councillor Ada Moore, a spokeswoman for the mayor, sharply criticized the council "
        "vote, which Peter Vance has referred to as “a farce”.",
        [("direct", "“a farce”", "Peter Vance")],
    ),
    (
        "Ada Moore defended the levy, which Peter Vance has called “a tax on bread”.",
        [("direct", "“a tax on bread”", "Peter Vance")],
    ),
    (
        "Ada Moore defended the levy, which Peter Vance's allies have called “a tax on bread”.",
        [("direct", "“a tax on bread”", None)],
    ),
    (
        "Ada Moore defended the court, which the Harbour Gazette describes as “slow, costly "
        "and out of touch”.",
        [("direct", "“slow, costly and out of touch”", "Harbour Gazette")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSE_LABEL)
def test_a_relative_clause_subject_labels_its_object(text, expected):
    assert run(text) == expected


# A reported clause goes on past a dotted initial when a lowercase word follows ("the U.S.
# government"); before a capital it still stops (it may end the sentence).
INITIAL_IN_CLAUSE = [
    (
        "Foreign Minister Peter Vance said the government would ask the U.S. government for "
        "more help.",
        [("indirect", "the government would ask the U.S. government for more help", "Peter Vance")],
    ),
    (
        "Peter Vance said the aid came from the U.S. Nobody else sent any.",
        [("indirect", "the aid came from the U.S", "Peter Vance")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INITIAL_IN_CLAUSE)
def test_a_clause_goes_on_past_a_dotted_initial(text, expected):
    assert run(text) == expected


# The subject of a participle cue ("…, saying “…”") may stand after long intro adverbials set off
# by commas; a long stretch that is no intro still keeps it too far into the sentence.
LONG_INTRO = [
    (
        "In March, at the final debate of the long campaign season, Helen Farrow thanked her "
        "volunteers, saying “We could not have come this far without you.”",
        [("direct", "“We could not have come this far without you.”", "Helen Farrow")],
    ),
    (
        "In a long statement posted to the council website before the vote, Helen Farrow "
        "thanked her volunteers, writing, “We could not have come this far without you.”",
        [("direct", "“We could not have come this far without you.”", "Helen Farrow")],
    ),
    (
        "Residents who had waited since the storm in the spring for the money to arrive, Helen "
        "Farrow thanked her volunteers, saying “We could not have come this far without you.”",
        [("direct", "“We could not have come this far without you.”", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONG_INTRO)
def test_a_participles_subject_after_long_intro_adverbials(text, expected):
    assert run(text) == expected


# "X speaking to the chamber called …", "X writing in the Gazette said …": a participle phrase of
# where X spoke after the name, no comma; X is still the subject.
SPEAKING_TO = [
    (
        "On Tuesday, Mayor Helen Farrow speaking to the chamber of commerce called the new tax "
        "“a burden on every shop”.",
        [("direct", "“a burden on every shop”", "Helen Farrow")],
    ),
    (
        "Helen Farrow writing in the Harbour Gazette said the port was “years behind its "
        "rivals”.",
        [("direct", "the port was “years behind its rivals”", "Helen Farrow")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKING_TO)
def test_a_speaking_to_phrase_after_the_subject(text, expected):
    assert run(text) == expected


# A sentence of its own ending in a colon, the quotation the rest of it ("X took a parting shot
# on Twitter: “…”"): its named subject said it — unless another person is named in the lead
# (but as a place or listener: "on Twitter", "to the press"), or the lead reads out or shows
# someone's words (a letter, a sign, a photograph).
CLAUSE_COLON = [
    (
        "Councillor Ada Moore took a parting shot on Twitter: “The new bridge is late, over "
        "budget and badly built.”",
        [("direct", "“The new bridge is late, over budget and badly built.”", "Ada Moore")],
    ),
    (
        "Councillor Ada Moore spoke to the press after the vote: “We will take this to the "
        "courts if we have to.”",
        [("direct", "“We will take this to the courts if we have to.”", "Ada Moore")],
    ),
    (
        "Councillor Ada Moore read out a letter from Peter Vance: “We will take this to the "
        "courts if we have to.”",
        [],
    ),
    (
        "Councillor Ada Moore showed reporters Peter Vance’s reply: “We will take this to the "
        "courts if we have to.”",
        [],
    ),
    (
        "Councillor Ada Moore met Peter Vance after the vote: “We will take this to the courts "
        "if we have to.”",
        [],
    ),
    (
        "Councillor Ada Moore held up a sign: “We will take this to the courts if we have to.”",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_COLON)
def test_a_sentence_ending_in_a_colon_gives_its_subject(text, expected):
    assert run(text) == expected


# "Ambassador to Norway Peter Vance": a capitalised title with "to/of/for" before the name is
# the name's title, not a prepositional object; "an adviser to Minister X" stays an object.
TITLE_WITH_TO = [
    (
        "US Ambassador to Germany Peter Vance alleged the port had “cut corners on safety for "
        "years”.",
        [("direct", "the port had “cut corners on safety for years”", "Peter Vance")],
    ),
    (
        "An adviser to Minister Peter Vance said the port had “cut corners on safety for years”.",
        [("direct", "the port had “cut corners on safety for years”", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_WITH_TO)
def test_a_title_with_to_before_a_name(text, expected):
    assert run(text) == expected


# A cue before the quotation that names no one ("Fellow members were kinder in their
# comments: “…”") gives way to a cue right after it that names a person.
NAMED_AFTER = [
    (
        "Fellow councillors were kinder in their comments: “Thank you for the years you gave "
        "this town,” wrote Helen Farrow on Twitter.",
        [("direct", "“Thank you for the years you gave this town,”", "Helen Farrow")],
    ),
    (
        "Fellow councillors were kinder in their comments: “Thank you for the years you gave "
        "this town.”",
        [("direct", "“Thank you for the years you gave this town.”", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AFTER)
def test_a_named_cue_after_beats_an_unnamed_one_before(text, expected):
    assert run(text) == expected


# An -ing cue after "for/of/from/about/without/against" is a gerund inside someone else's claim
# ("blame him for encouraging …"), no speech act of the sentence's subject; "by citing" still is.
GERUND_CUE = [
    (
        "Mayor Peter Vance opened the new road on Monday, and his critics, who include two "
        "councillors, blame him for encouraging builders to ignore the flood maps.",
        [],
    ),
    (
        "Mayor Peter Vance defended the plan by citing the fall in burglaries over the past "
        "decade.",
        [("indirect", "the fall in burglaries over the past decade", "Peter Vance")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GERUND_CUE)
def test_an_ing_cue_after_a_preposition_is_a_gerund(text, expected):
    assert run(text) == expected


# "characterized X as “…”" labels like "called X “…”"; the passive ("was characterized as") names
# no one.
CHARACTERIZED = [
    (
        "Prosecutor Peter Vance characterized the fire as “a deliberate act of sabotage”.",
        [("direct", "“a deliberate act of sabotage”", "Peter Vance")],
    ),
    ("The fire was characterised as “a deliberate act of sabotage”.", []),
]


@pytest.mark.parametrize(("text", "expected"), CHARACTERIZED)
def test_characterized_as_is_a_label(text, expected):
    assert run(text) == expected
