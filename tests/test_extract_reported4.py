"""Reported speech, fourth round (issue 9): recall on real news without losing precision. Each
rule is a table of invented sentences -> the exact indirect quotes (text, speaker name or None)
the extractor gives; the negative rows must give none. Every positive row failed before its rule."""

from __future__ import annotations

from tests.extract_support import check_indirect as check

Pair = tuple[str, str | None]




# --- word order: the content first, the cue inverted after it ----------------------------------

INVERTED_AFTER_CONTENT = [
    (
        "The tax will hurt farmers, argued Helen Marsh, a lawmaker from Ohio.",
        [("The tax will hurt farmers", "Helen Marsh")],
    ),
    (  # the apposition is no reported clause
        "The plant will close next year, said Tom Reed, the company's chief executive.",
        [("The plant will close next year", "Tom Reed")],
    ),
    (  # a role whose holder is named in apposition: the name speaks
        "It is not for the court to weigh motives, argued the state's lawyer, Carla Finch.",
        [("It is not for the court to weigh motives", "Carla Finch")],
    ),
    (
        "The bill was passed in haste, said Sen. Ruth A. Calder.",
        [("The bill was passed in haste", "Ruth A. Calder")],
    ),
    ("The economy is slowing, said the governor.", [("The economy is slowing", None)]),
    (
        "Four people were hurt in the blast, reported officials.",
        [("Four people were hurt in the blast", None)],
    ),
]

NOT_INVERTED_AFTER_CONTENT = [
    ("On Tuesday, said Reed, the council met.", []),  # an adverbial, no content
    ('"The tax is fair," said Tom Reed, the minister.', []),  # a direct quote's cue
]


def test_content_before_an_inverted_cue() -> None:
    check(INVERTED_AFTER_CONTENT + NOT_INVERTED_AFTER_CONTENT)


def test_a_subject_with_a_relative_clause_is_no_inversion() -> None:
    text = "Helen Marsh, who was elected in 2010, said the tax was fair."
    check([(text, [("the tax was fair", "Helen Marsh")])])


# --- progressive verbs: "has been urging" is a speech act, "was urged" a passive ---------------

PROGRESSIVE = [
    (
        "The Treasury has been urging banks to lend more to small firms.",
        [("banks to lend more to small firms", "Treasury")],
    ),
    (
        "Senator Ann Reed has been warning that the winter will be hard.",
        [("the winter will be hard", "Ann Reed")],
    ),
    (
        "Ann Reed is calling for a new vote on the contract.",
        [("a new vote on the contract", "Ann Reed")],
    ),
    ("The board was urged to resign by the shareholders.", []),  # a passive
    ("The warning was ignored by the council.", []),
]


def test_progressive_speech_acts() -> None:
    check(PROGRESSIVE)


# --- adjuncts between the cue and a clause without "that" ---------------------------------------

ADJUNCT_THEN_CLAUSE = [
    (
        "Mayor Ann Cole said at a news conference on Tuesday the budget would be cut.",
        [("the budget would be cut", "Ann Cole")],
    ),
    (
        "Ann Cole said in an interview with the Herald the budget would be cut.",
        [("the budget would be cut", "Ann Cole")],
    ),
    (
        "Ann Cole said yesterday morning the talks had failed.",
        [("the talks had failed", "Ann Cole")],
    ),
    (
        "Ann Cole said at a rally in Ohio she would cut taxes.",
        [("she would cut taxes", "Ann Cole")],
    ),
    (
        "Ann Cole said in a radio interview on Monday Omar Hale had resigned.",
        [("Omar Hale had resigned", "Ann Cole")],
    ),
]

NOT_ADJUNCT_THEN_CLAUSE = [
    ("Ann Cole said at the rally in Ohio.", []),  # an adjunct and no clause
    ("Ann Cole said in a letter to the board members.", []),
]


def test_a_clause_after_the_cue_s_adjuncts() -> None:
    check(ADJUNCT_THEN_CLAUSE + NOT_ADJUNCT_THEN_CLAUSE)


# --- clause edges: a second verb of the cue's subject ends the clause ---------------------------

SECOND_VERB_ENDS_CLAUSE = [
    (
        "The minister noted that the board did not approve the plan, and mentioned an appeal.",
        [("the board did not approve the plan", None)],
    ),
    (  # the second verb is a speech act of its own, with the first cue's subject
        "Ann Cole said that the board did not approve the plan, and called for a new vote.",
        [("the board did not approve the plan", "Ann Cole"), ("a new vote", "Ann Cole")],
    ),
    (  # a name after "and" is a new subject inside the clause: it goes on
        "Ann Cole said the firm was sold to Hale Holdings, and Hale Holdings closed it.",
        [("the firm was sold to Hale Holdings, and Hale Holdings closed it", "Ann Cole")],
    ),
]


def test_a_second_verb_ends_the_clause() -> None:
    check(SECOND_VERB_ENDS_CLAUSE)


# --- cue words: new lemmas, requests, denials, "spoke of" ---------------------------------------

NEW_CUE_WORDS = [
    ("Ann Reed deemed that the vote was unlawful.", [("the vote was unlawful", "Ann Reed")]),
    (
        "Analysts speculated that the merger would collapse by spring.",
        [("the merger would collapse by spring", None)],
    ),
    (
        "Omar Hale swore that he had never met the donor.",
        [("he had never met the donor", "Omar Hale")],
    ),
    (
        "Omar Hale concurred that the budget would have to be cut.",
        [("the budget would have to be cut", "Omar Hale")],
    ),
    (
        "Ann Reed proposes to scrap the toll on the bridge.",
        [("to scrap the toll on the bridge", "Ann Reed")],
    ),
    ("Ann Reed invited the parties to open talks.", [("the parties to open talks", "Ann Reed")]),
    (
        "Ann Reed challenged her rival to debate the tax plan.",
        [("her rival to debate the tax plan", "Ann Reed")],
    ),
    (
        "Omar Hale appealed to voters to stay calm during the count.",
        [("voters to stay calm during the count", "Omar Hale")],
    ),
    ("Omar Hale denied any wrongdoing.", [("any wrongdoing", "Omar Hale")]),
    (
        "The statement spoke of an imminent incursion into the region.",
        [("an imminent incursion into the region", None)],
    ),
]

NOT_NEW_CUE_WORDS = [
    ("The judge denied bail to the suspect.", []),  # a ruling on a request, no claim denied
    ("The council denied the permit for the new mall.", []),
    ("The mayor invited residents to a meeting on Tuesday.", []),  # no one is asked to do a thing
    ("The fear that the bridge would close was widespread.", []),
]


def test_new_cue_words() -> None:
    check(NEW_CUE_WORDS + NOT_NEW_CUE_WORDS)


def test_a_stance_clause_running_into_a_quotation_is_no_reported_clause() -> None:
    check([('Transit advocates charged that the mayor was putting "parking over people."', [])])


# --- nouns as cues: "X's view is that …" --------------------------------------------------------

NOMINAL_CUES = [
    (
        "Omar Hale's main contention was that the vote had been rigged.",
        [("the vote had been rigged", "Omar Hale")],
    ),
    (
        "Ann Reed spoke first. Her view is that the state should pay for the repairs.",
        [("the state should pay for the repairs", "Ann Reed")],
    ),
    ("The Treasury's view is that inflation will fall.", [("inflation will fall", "Treasury")]),
    (
        "The governor's argument was that the tax would drive firms away.",
        [("the tax would drive firms away", None)],
    ),
]

NOT_NOMINAL_CUES = [
    ("The view that the vote was rigged is widespread.", []),  # no one holds it
    ("His plan was that the council would pay.", []),  # a plan's noun, no claim
    ("The problem is that the council has no money.", []),  # the writer's
]


def test_a_noun_of_a_claim_with_its_owner() -> None:
    check(NOMINAL_CUES + NOT_NOMINAL_CUES)


# --- documents and "according to": whose report, where the clause ends -------------------------

DOCUMENTS_AND_ACCORDING = [
    (  # the body that issued the report speaks
        "Another report from the Interior Ministry said four soldiers died in the attack.",
        [("four soldiers died in the attack", "Interior Ministry")],
    ),
    (
        "A report by the Interior Ministry said four soldiers died in the attack.",
        [("four soldiers died in the attack", "Interior Ministry")],
    ),
    (  # the writer's ", meaning …" is no part of the critics' claim
        "According to her critics, the plan is a ploy to delay the vote, meaning the council"
        " would lose its say.",
        [("the plan is a ploy to delay the vote", None)],
    ),
    (  # "A and according to X B": "A and" is no clause of X's
        "The mayor died in March and according to the Health Ministry he had been ill.",
        [],
    ),
]


def test_documents_and_according_to() -> None:
    check(DOCUMENTS_AND_ACCORDING)


# --- a present-tense clause after a claim verb, with a determiner or a name first --------------

PRESENT_CLAUSES = [
    ("Ann Reed says the plan costs too much.", [("the plan costs too much", "Ann Reed")]),
    ("Critics argue the tax hurts the poor.", [("the tax hurts the poor", None)]),
    (
        "Omar Hale claims his engine meets every standard.",
        [("his engine meets every standard", "Omar Hale")],
    ),
]

NOT_PRESENT_CLAUSES = [
    ("Ann Reed noted the rising costs of housing.", []),  # a plural noun, then "of"
    ("Ann Reed noted the new rules for the city.", []),
    ("Ann Reed said the prayers with her family.", []),
]


def test_a_present_clause_after_a_claim_verb() -> None:
    check(PRESENT_CLAUSES + NOT_PRESENT_CLAUSES)


# --- "CLAUSE, German officials said.": a capitalised modifier before an unnamed group ----------

GROUP_AFTER_CONTENT = [
    (
        "The aviation office has suspended the airline's permit, German officials said.",
        [("The aviation office has suspended the airline's permit", None)],
    ),
    (
        "The vote will be delayed until the spring, Senate aides said.",
        [("The vote will be delayed until the spring", None)],
    ),
    (  # a claim of victory is a claim
        "Omar Hale claimed victory in the presidential vote.",
        [("victory in the presidential vote", "Omar Hale")],
    ),
]


def test_an_unnamed_group_with_a_capitalised_modifier() -> None:
    check(GROUP_AFTER_CONTENT)


# --- beliefs without "that"; a bare weekday after the cue --------------------------------------

BELIEFS_AND_WEEKDAYS = [
    (
        "Democrats fear the nominee will lose in November.",
        [("the nominee will lose in November", "Democrats")],
    ),
    ("Analysts think the merger will collapse.", [("the merger will collapse", None)]),
    ("Officials said Tuesday that the attack was planned.", [("the attack was planned", None)]),
    ("Omar Hale said Sunday the plan was a disaster.", [("the plan was a disaster", "Omar Hale")]),
]

NOT_BELIEFS = [
    ("He was worried about the vote in the north.", []),
    ("It is thought to be the largest march in years.", []),
    ("Ann Reed, director of the think tank Ekklesia, spoke at length.", []),
]


def test_beliefs_and_a_bare_weekday() -> None:
    check(BELIEFS_AND_WEEKDAYS + NOT_BELIEFS)


# --- "CLAUSE, the White House said." and other speakers after the content -----------------------

SPEAKERS_AFTER_CONTENT = [
    (
        "The vote will be delayed until May, the White House said.",
        [("The vote will be delayed until May", "White House")],
    ),
    (
        "The vote will be delayed until May, the party's chief whip said.",
        [("The vote will be delayed until May", None)],
    ),
    (
        "The vote will be delayed until May, a senior White House official said.",
        [("The vote will be delayed until May", None)],
    ),
    ("The race is tied, a new poll shows.", [("The race is tied", None)]),
]

NOT_SPEAKERS_AFTER_CONTENT = [
    (  # a participle opens the sentence; what follows the verb is the clause
        "Asked about the threats, the Ohio Democrat said she would not be intimidated.",
        [("she would not be intimidated", None)],
    ),
]


def test_speakers_after_the_content() -> None:
    check(SPEAKERS_AFTER_CONTENT + NOT_SPEAKERS_AFTER_CONTENT)


def test_a_weekday_after_an_inverted_cue_is_no_clause() -> None:
    text = "The deal was dead, Omar Hale said Tuesday in a statement."
    check([(text, [("The deal was dead", "Omar Hale")])])


# --- clause edges: a dotted abbreviation inside the sentence ends no clause ---------------------

ABBREVIATIONS_INSIDE = [
    (
        "Ann Reed said the U.N. Security Council would meet on Friday.",
        [("the U.N. Security Council would meet on Friday", "Ann Reed")],
    ),
    (
        "Ann Reed said the vote was set for 9 a.m. on Tuesday.",
        [("the vote was set for 9 a.m. on Tuesday", "Ann Reed")],
    ),
    (  # a sentence opener after the acronym: the clause ends there
        "Ann Reed said the firm had left the U.S. The White House agreed.",
        [("the firm had left the U.S", "Ann Reed")],
    ),
]


def test_a_dotted_abbreviation_ends_no_clause() -> None:
    check(ABBREVIATIONS_INSIDE)


# --- a new voice after ", and the …"; two-word participles --------------------------------------

NEW_VOICES_AND_PARTICIPLES = [
    (  # the statements are the nations': the participle of a document hangs on its issuer
        "Both nations issued statements speaking of an imminent incursion into the region,"
        " and the US statement spoke of Turkey guarding the camps.",
        [("an imminent incursion into the region", None), ("Turkey guarding the camps", None)],
    ),
    (
        "Ann Reed spoke for an hour, calling for a new vote on the contract.",
        [("a new vote on the contract", "Ann Reed")],
    ),
    (
        "Omar Hale defended the plan by pointing out that it had cut costs.",
        [("it had cut costs", "Omar Hale")],
    ),
]

def test_new_voices_and_two_word_participles() -> None:
    check(NEW_VOICES_AND_PARTICIPLES)


# --- an adjunct set off by commas before "that"; an apposition before "has said that" ----------

COMMA_ADJUNCTS = [
    (
        "Omar Hale claimed, without evidence, that millions had voted illegally.",
        [("millions had voted illegally", "Omar Hale")],
    ),
    (  # the apposition is no content before an inverted cue
        "Ann Reed, the Democratic nominee, has said that she supports the plan.",
        [("she supports the plan", "Ann Reed")],
    ),
]


def test_comma_adjuncts_and_appositions() -> None:
    check(COMMA_ADJUNCTS)


# --- a relative clause's cue; "reminded"; "said it again" -------------------------------------

RELATIVES_AND_OBJECTS = [
    (  # the clause ends where the relative does, before the main clause's verb
        "Ann Reed, who said the plan was unfair, voted against it.",
        [("the plan was unfair", "Ann Reed")],
    ),
    (
        "Ann Reed reminded voters that the plan would cut costs.",
        [("the plan would cut costs", "Ann Reed")],
    ),
    (  # "it again on Tuesday" is an object and adjuncts, no clause
        "Ann Reed, who has said the plan would fail, said it again on Tuesday.",
        [("the plan would fail", "Ann Reed")],
    ),
    ("He was reminded of his promise by the board.", []),
]


def test_relatives_and_objects() -> None:
    check(RELATIVES_AND_OBJECTS)
