"""Who a quote's source is (issue 9): bodies, pronouns and roles the name-finder or the subject
rules used to miss, and the abstentions that keep wrong attributions out.

Every sentence is invented. Each row is text -> the speaker of each quote in order (None where
the text does not settle who speaks: an editor decides).
"""

from __future__ import annotations

import pytest

from digest.identity.junk import clean_person_name
from tests.extract_support import quotes_of


def direct_speakers(text: str) -> list[str | None]:
    return [who for kind, _text, who in quotes_of(text) if kind == "direct"]


# A name whose first word ends in -ing opens the subject; it is no participle aside.
ING_NAME = [
    ("Downing Street said the prime minister had “full confidence” in Ms Marsh.",
     ["Downing Street"]),
]

# "what she called", "…, and it accused": a pronoun subject after a relative or a conjunction.
PRONOUN_AFTER_WORD = [
    ("Ann Reed urged colleagues to cut what she called “waste at the top”.", ["Ann Reed"]),
    ("The Tribal Council of the Lakes said in a letter that rules must change, and it accused "
     "Congress of having “ignored the first stewards”.", ["Tribal Council of the Lakes"]),
    ("Erik Larsen spoke first. On live television he said, “The plan is dead and everyone in "
     "this room knows it.”", ["Erik Larsen"]),
]

# A second verb's subject "The mayor" (or "The mayor, NAME,") is the one holder of the role.
ROLE_SECOND_VERB = [
    ("The mayor, Frank Oduya, said the lanes would cost 240 parking spaces and claimed that "
     "deliveries would slow to “a crawl”.", ["Frank Oduya"]),
    ("Mayor Frank Oduya opened the road. The mayor said the lanes would cost 240 parking spaces "
     "and claimed that deliveries would slow to “a crawl”.", ["Frank Oduya"]),
    ("The mayor said the lanes would cost 240 parking spaces and claimed that deliveries would "
     "slow to “a crawl”.", [None]),  # no mayor named: no one to give it to
]

# A body's kind word before its name or in apposition after it makes the name a body's.
BODY_BY_KIND_WORD = [
    ("Brightwater Trust, a housing charity, welcomed the increase but said it would be judged "
     "on “how many keys end up in doors”.", ["Brightwater Trust"]),
    ("Fine Valley, Mr Hale's party, said it had “always been clear” on vacancy.", ["Fine Valley"]),
    ('The industry association PowerGrid Europe said in a statement that the rules had been '
     '"essential to stability".', ["PowerGrid Europe"]),
    ('The Kurdish-led Northern Defence Forces said, "An agreement has been reached with the '
     'government of the country."', ["Northern Defence Forces"]),  # "-led" is no part of it
    ('Sam Otieno, a member of the party, said the vote was "a disgrace".', ["Sam Otieno"]),
]

# A label verb after a comma is active when it has an object; a bare one names a thing.
LABEL_AFTER_COMMA = [
    ('The Patients Coalition, a patient group, called the announcement "a long-overdue step" '
     "and urged the provinces to sign on.", ["Patients Coalition"]),
    ('The scheme, called "Fair Roads", starts in May.', []),
]

# Abstentions: "the health ministry" is not the article's one "Agency"; "with officials
# saying" is the officials' own clause, not the sentence subject's.
ABSTAIN = [
    ("Karin Holm said the talks were over. Officials at the Tokyo Press Agency declined to "
     'comment. The health ministry said the reserves were "essential to the long-term '
     'stability of pensions".', [None]),
    ("Germany on Monday banned the airline Vesta Air from its airports, with officials saying "
     'the ban was "for security reasons".', [None]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ING_NAME + PRONOUN_AFTER_WORD + ROLE_SECOND_VERB + BODY_BY_KIND_WORD + LABEL_AFTER_COMMA
    + ABSTAIN,
)
def test_direct_speakers(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected


# A surname alone means one of the people named in full before it: the mother named later is
# not a candidate for "Mr Callister said" (both siblings, named before, still are for "Callister").
SURNAME_NAMED_BEFORE = [
    ("Senator Fiona Dunmore opposes the farm. Her brother, Hugh Dunmore, backs it. "
     "“I love my sister, but she is wrong,” Mr Dunmore said. Their mother, Joan Dunmore, "
     "stayed out of it.", ["Hugh Dunmore"]),
    ("Fiona Dunmore opposes the farm. Her brother, Hugh Dunmore, backs it. "
     "“It will pass,” Dunmore said.", [None]),
]

# Documents speak for their issuer: "the statement said" after "X said in a statement", a
# possessive owner ("The WHO’s website"), "according to a tweet / memo … by X".
DOCUMENTS = [
    ("The party's state president, Dev Kachhawa, said in a statement that the walkout "
     '"exposed its true intentions". "Those who sheltered the leak mafia are now lecturing us," '
     "the statement said.", ["Dev Kachhawa", "Dev Kachhawa"]),
    ("In a statement on Tuesday evening, the Ministry of Water rejected the findings. The "
     "statement said the audit had relied on “incomplete data from a legacy platform”.",
     ["Ministry of Water"]),
    ("Lawmakers debated the report on Tuesday. The report said the audit had relied on "
     "“incomplete data from a legacy platform”.", [None]),  # no one gave the report
    ('The WHO\'s website said: "There is no evidence that current medicine can prevent or cure '
     'the disease."', ["WHO"]),
    ('The pandemic was declared by the WHO last year. "We are not out of it yet," the WHO said.',
     ["WHO"]),
    ('"The airline transports weapons and fighters across the region," according to a tweet on '
     "Monday by US Secretary of State Mike Pompeo.", ["Mike Pompeo"]),
    ("According to a memo posted online by Senator Juan Dalmau, the Senate cancelled its hearing "
     'because the governor did "not recognize the authority of the Senate".', ["Juan Dalmau"]),
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_NAMED_BEFORE + DOCUMENTS)
def test_surnames_and_documents(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected


# Particle and camp names: "el-Sisi" keeps its particle (the identity rules keep the name),
# "X from the pro-Beijing camp said" is a person's cue.
PARTICLES_AND_CAMPS = [
    ("At the summit, chairperson President Abdel Fattah el-Sisi of Egypt said, \"The success of "
     'the agreement will be the real test of our unity."', ["Abdel Fattah el-Sisi"]),
    ('Regina Ip from the pro-Beijing camp said in a press conference: "The behaviour of my '
     'colleagues is anti-democratic and oppressive."', ["Regina Ip"]),
]

# A pronoun after a name gives it a gender only when no other (unrecognised) name stands
# between: "Jacinda Ardern, Brenton had a licence … he used" says nothing of Ardern.
GENDER_FROM_PRONOUN = [
    ("According to Prime Minister Jacinda Ardern, Brenton had a licence for the guns he used. "
     'Prime Minister Ardern said the laws should change. She said, "I have instructed officials '
     'to report to Cabinet on Monday."', ["Jacinda Ardern"]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICLES_AND_CAMPS + GENDER_FROM_PRONOUN)
def test_names_and_genders(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected


@pytest.mark.parametrize(
    ("name", "kept"),
    [("Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi"), ("Bashar al-Assad", "Bashar al-Assad"),
     ("Jan van der Berg", "Jan van der Berg"), ("Downing Street", None)],
)
def test_particle_names_are_names(name: str, kept: str | None) -> None:
    assert clean_person_name(name).name == kept


# A country that is the subject of a say verb, or after "according to", speaks as its
# government; a country inside a body's name, or only a place, speaks for no one.
COUNTRIES = [
    ('Russia said the report was "a provocation and a lie".', ["Russia"]),
    ('Northern Ireland has suggested people "think about" it in shops.', ["Northern Ireland"]),
    ('"We will not take part," according to Turkey.', ["Turkey"]),
    ('Ann Reed flew to Russia. "It was cold," she said.', ["Ann Reed"]),
    ("The High Court of England and Wales also ruled on the same day: \"In our view, the "
     'decision of the Prime Minister is not justiciable."', [None]),
]

# A lone word naming a body named before (its own name, or the first word of one body's
# longer name) is that body, even before a say verb: "daily Kurír … Kurír noted".
BODY_NAMED_BEFORE = [
    ('The daily Kurír covered the story. Kurír noted the purchase was "a bargain for the state".',
     ["Kurír"]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRIES + BODY_NAMED_BEFORE)
def test_bodies(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected


# Object pronouns after "according to" and "quoted … as saying" stand for their person; "it"
# after a quoted body's document goes on with that body.
OBJECT_PRONOUNS_AND_IT = [
    ('Rakesh Khokhar told reporters the party wanted "safeguards". According to him, the '
     'provision was "unconstitutional on the face of it".', ["Rakesh Khokhar", "Rakesh Khokhar"]),
    ("The police spokesman, Chief Inspector Moses Langat, denied the claim. “Our officers showed "
     "maximum restraint in very difficult conditions,” the agency quoted him as saying.",
     ["Moses Langat"]),
    ("In a statement on Tuesday evening, the Ministry of Water rejected the findings. The "
     "statement said the audit had relied on “incomplete data from a legacy platform”. It "
     "accused the auditors of “rushing to judgment”.", ["Ministry of Water", "Ministry of Water"]),
]

# "which" is never a person: it is the body before it (after a preposition too), or no one.
WHICH = [
    ("The final word goes to the Electoral Commission, which said in a statement on Friday that "
     "it would need “at least 12 months” to update the register.", ["Electoral Commission"]),
    ('Ann Reed is the leader of the Green Party, which called the plan "cruel and pointless".',
     ["Green Party"]),
    # "the charity": the one body of that kind just named; "to" goes on inside a body's name
    ("The Campaign to Protect Rural England welcomed the amendment. In a statement, the charity "
     "said the green belt was “not a land bank waiting to be cashed in”.",
     ["Campaign to Protect Rural England"]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_PRONOUNS_AND_IT + WHICH)
def test_pronouns_and_relatives(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected


# Appositions and second clauses that name the body spoken of; a shorter name is the one
# longer name it ends; "the Saudi government" is no other country's.
APPOSED_BODIES = [
    ("The regulator, the National Energy Regulator of South Africa, said in its decision that "
     "the increase was “the minimum required” to keep the utility solvent.",
     ["National Energy Regulator of South Africa"]),
    ("Landholders were pressured by the developer, Greenridge Energy, into signing. Greenridge "
     "Energy rejected the claim. A spokeswoman for the company said all landholders had received "
     "advice, and the company said in a statement that it had held “more than 40 community "
     "meetings” since 2022.", ["Greenridge Energy"]),
    ("The United States Air Force has reopened the contest. Days after the senator's remarks, "
     'the Air Force said the contract would be "open to every bidder".',
     ["United States Air Force"]),
    ("Both Saudi Arabia and the United States have alleged Iranian involvement, but the Saudi "
     'government said the attack included "cruise missiles".', [None]),
    ("Anil Kularia, convener of the Aspirants' Front, said the punishment was welcome.\n\n"
     '"Punishment is fine. But where are the jobs?" he asked.', ["Anil Kularia"]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_BODIES)
def test_apposed_bodies(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected


# Pseudonyms name a speaker; "the Republican" is the one person the article calls one (an
# apposition, a "her Republican opponent, X" or an "R-Ohio" tag), never one of two.
PSEUDONYMS_AND_PARTIES = [
    ('"She is just doing this to break the movement," said a protester using the pseudonym '
     'Katya. "Hong Kong people have learned to ignore her."', ["Katya", "Katya"]),
    ("One organiser, a 24-year-old nursing student in Nakuru who gave her name only as Achieng, "
     "told the agency that the movement had “no leaders and no price.”", ["Achieng"]),
    ("The Democrat, Lt. Gov. Patricia M. Sorensen, accused her Republican opponent, Richard A. "
     'Kowalczyk, of lying. Mr. Kowalczyk said the mill had closed. "They took the meetings and '
     'they took the photographs," the Republican said.', ["Richard A. Kowalczyk"]),
    ('Sen. Ann Reed, a Republican, met Sen. Joe Hale, R-Ohio. "We agree," the Republican said.',
     [None]),
    ('Sen. Joe Hale, R-Ohio, met Ann Reed. "We agree and we will vote for it," the Ohio '
     "Republican said.", ["Joe Hale"]),
]


@pytest.mark.parametrize(("text", "expected"), PSEUDONYMS_AND_PARTIES)
def test_pseudonyms_and_parties(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected


# A pronoun after a quotation of several paragraphs is read from where the quotation opened:
# the speaker of the paragraph before goes on when no one was named since. The seat a member
# "represents" is no person. Analysts at a bank stay unnamed (the gold sets disagree on them).
PRONOUN_RUNS = [
    ("But the MP leading the rebellion, Gareth Pryce, who represents Stoke Valley, said the "
     "proposals risked “tearing up the countryside”.\n\nHe told the Politics Live programme that "
     "his constituents felt “nobody is listening”.\n\n“I support more homes. Of course I do. But "
     "the people of Stoke Valley were told otherwise.\n\n“If the government wants to change that "
     "promise, it should come back to the House,” he said.",
     ["Gareth Pryce", "Gareth Pryce", "Gareth Pryce"]),
    ("Analysts at Nordhavn Bank wrote in a note to clients that a lower target would \"probably "
     'lower prices in the summer".', [None]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_RUNS)
def test_pronoun_runs(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected


# "Motoring group X slammed the “…” scheme": an -ing adjective before a kind word is no
# participle; a quotation alone after "X laughed." is X's; "the younger / elder X" is the son /
# the father when the text says "A and his son, B".
REACTIONS_AND_FAMILIES = [
    ("Motoring group DriveRight slammed the “sneaky” scheme.", ["DriveRight"]),
    ("Asked whether the two men were still speaking, Mrs. Angela DeLuca laughed. \"At Sunday "
     "dinner? They'd better be!\"", ["Angela DeLuca"]),
    ("Mayor Frank J. DeLuca and his son, Councilman Vincent DeLuca, traded shots on Tuesday.\n\n"
     "Hours later, the younger DeLuca shot back on the steps of City Hall.\n\n\"I love my father. "
     'My father is wrong," he told reporters.', ["Vincent DeLuca"]),
    ("Mayor Frank J. DeLuca and his son, Councilman Vincent DeLuca, traded shots on Tuesday. "
     '"Who elected the bike lobby?" the elder DeLuca said.', ["Frank J. DeLuca"]),
    ('Frank DeLuca met Vincent DeLuca on Tuesday. "Who elected the bike lobby?" the elder '
     "DeLuca said.", [None]),  # nothing says who is older
]


@pytest.mark.parametrize(("text", "expected"), REACTIONS_AND_FAMILIES)
def test_reactions_and_families(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected


# "According to" a body's document, figures or poll: the body ("the WHO’s situation report",
# "data from X", "the federal monitoring agency X"); a body's name cut at "and" is offered,
# never chosen.
CITED = [
    ('According to the WHO\'s situation report dated March 16, the virus had "claimed 6606 '
     'lives".', ["WHO"]),
    ("According to the federal monitoring agency Monitora Amazônia, deforestation \"fell 11 "
     'percent".', ["Monitora Amazônia"]),
    ('According to the Sunday Times, the plan was "dead in the water".', ["Sunday Times"]),
    ("According to the reports by Johns Hopkins Center for Systems Science and Engineering, "
     'there are "at least 142 cases".', [None]),
]


@pytest.mark.parametrize(("text", "expected"), CITED)
def test_cited_sources(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected


# A run of capitalised words never crosses a line break: a sub-head's words are not the next
# line's body name ("Farm Groups Urge Short-Term Extension" / "The American … Council, in a
# statement: …").
LINE_BREAKS = [
    ("Farm Groups Urge Short-Term Extension\n\nThe American Grain Growers Council, in a "
     'statement: "A one-year extension is the only responsible course."',
     ["American Grain Growers Council"]),
]


@pytest.mark.parametrize(("text", "expected"), LINE_BREAKS)
def test_line_breaks(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected


# "wrote one member, Mary Hartley,": the member named (not after "a spokesman for the
# minister, X", whose name may be the minister's); "a change she called": the pronoun; a name
# inside a relative clause ("in which X became …") is not the sentence's subject.
APPOSITIONS_AND_RELATIVES = [
    ("Residents vent online. ‘Three weeks and the rats are winning,’ wrote one member, Mary "
     "Hartley, who lives in Ashby Road.", ["Mary Hartley"]),
    ('"We are ready," said a spokesman for the minister, Aidan Clery.', [None]),
    ("Élodie Marchetti told reporters the text had changed. Courts could presume a link, she "
     "said, a change she called «the heart of the whole text».", ["Élodie Marchetti"]),
    ("Robert Mugabe lost the vote. Refusing to give up power, Mugabe agreed to a deal in which "
     'Morgan Tsvangirai became prime minister. "Only God who appointed me will remove me," he '
     "declared.", ["Robert Mugabe"]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS_AND_RELATIVES)
def test_appositions_and_relatives(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected


# "… read in part:" / "… read:" before a quotation: a document's words, its issuer's when the
# document is named as someone's ("The opinion of the Court"), else found without a speaker.
DOCUMENT_READS = [
    ("The Supreme Court of Puerto Rico ruled on Wednesday. The opinion of the Court, released on "
     'Wednesday, read in part, "It is concluded that the oath of office is unconstitutional."',
     ["Supreme Court of Puerto Rico"]),
    ('The summary of the decision read in part: "This Court has already concluded that the '
     'advice was unlawful, void and of no effect."', [None]),
    ("A second post, deleted within an hour, read: ‘Some people have forgotten who pays their "
     "wages.’", [None]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_READS)
def test_document_reads(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected


# "a week after X said": the name right before the verb after a conjunction is the clause's
# subject (even a dotted acronym: "the F.B.I."), not a preposition's object as in "a spokesman
# for X said"; "A statement from X … It says": X.
CLAUSE_SUBJECTS = [
    ('The vote came a week after Ann Reed said the plan was "dead".', ["Ann Reed"]),
    ('The committee vote came a week after the F.B.I. said it was "investigating threats" '
     "against two members.", ["F.B.I"]),
    ('"We are ready," a spokesman for Ann Reed said.', [None]),
    ("10:15 — A statement from the Coordinating Ministry for Economic Affairs has just landed "
     'in our inbox. It says cash transfers will be "paid monthly".',
     ["Coordinating Ministry for Economic Affairs"]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_SUBJECTS)
def test_clause_subjects(text: str, expected: list[str | None]) -> None:
    assert direct_speakers(text) == expected
