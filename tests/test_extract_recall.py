"""Classes of miss found on unseen news (issue 9), each a rule with its own invented sentences.

Every sentence here is made up; each row is text -> the exact quotes expected (kind, text,
speaker name or None).
"""

from __future__ import annotations

import pytest

from digest.extract.pipeline import extract_article
from digest.extract.result import Article


def run(text: str) -> list[tuple[str, str, str | None]]:
    result = extract_article(Article(id="t", path="t.txt", text=text))
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    names = {s.id: s.name for s in result.speakers}
    return [(q.kind, q.text, names.get(q.speaker, q.speaker)) for q in result.quotes]


# A company name ending in "Inc." or "Ltd." before an apposition is still the subject.
ABBREVIATED_NAME = [
    (
        'Harrow Valley Farms Inc., a dairy cooperative in Vermont, said the levy was "a tax on '
        'milk".',
        [("direct", 'the levy was "a tax on milk"', "Harrow Valley Farms Inc")],
    ),
    (
        "Peltwood Holdings Ltd., which owns the site, said the plan would cost jobs.",
        [("indirect", "the plan would cost jobs", "Peltwood Holdings Ltd")],
    ),
]

# "said A and that B": two reported clauses, each its own quote; the one with quotation marks
# is direct, the other indirect.
SECOND_THAT = [
    (
        "Mayor Ines Calloway said the survey had used “outdated maps” and that every road "
        "since 2021 had been measured again.",
        [
            ("direct", "the survey had used “outdated maps”", "Ines Calloway"),
            ("indirect", "every road since 2021 had been measured again", "Ines Calloway"),
        ],
    ),
    (
        'Rep. Owen Marsh said the growers had already cut their use by a third and that a ban '
        'would "punish the wrong people."',
        [
            ("indirect", "the growers had already cut their use by a third", "Owen Marsh"),
            ("direct", 'a ban would "punish the wrong people."', "Owen Marsh"),
        ],
    ),
    (
        'Cabinet Secretary Ken Ishida told a news conference that the policy "has not '
        'changed" and that the levy was "the most stable source of funding."',
        [
            ("direct", 'the policy "has not changed"', "Ken Ishida"),
            ("direct", 'the levy was "the most stable source of funding."', "Ken Ishida"),
        ],
    ),
    (
        "Dana Whitfield told the council the count was “plainly wrong” and that the depot "
        "would stay open.",
        [
            ("direct", "the count was “plainly wrong”", "Dana Whitfield"),
            ("indirect", "the depot would stay open", "Dana Whitfield"),
        ],
    ),
]

# A quoted nickname between given name and surname is not the name, nor a quote.
NICKNAME = [
    (
        "Senator Marisol “Mari” Delacruz-Ong, who chairs the panel, said prices had fallen. "
        "Later Senator Delacruz-Ong said the tariff should rise.",
        [
            ("indirect", "prices had fallen", "Marisol Delacruz-Ong"),
            ("indirect", "the tariff should rise", "Marisol Delacruz-Ong"),
        ],
    ),
    (
        'Gov. Eldon "Buck" Harrell said the bridge would reopen in May.',
        [("indirect", "the bridge would reopen in May", "Eldon Harrell")],
    ),
]

# A partial quote never runs on over a second voice: "… and the mayor firing back that “…”".
SECOND_VOICE = [
    (
        'Councilwoman Abby Rourke said the mayor was "living in 1975", and the mayor fired back '
        'that she had "never balanced a budget."',
        [
            ("direct", 'the mayor was "living in 1975"', "Abby Rourke"),
            ("direct", 'she had "never balanced a budget."', None),  # no mayor is named
        ],
    ),
    (
        'Councilwoman Abby Rourke said the mayor was "living in 1975" and the mayor responding '
        'that she had "never balanced a budget."',
        [
            ("direct", 'the mayor was "living in 1975"', "Abby Rourke"),
            ("direct", 'she had "never balanced a budget."', None),
        ],
    ),
    (
        "Mayor Frank Ruiz met Councilwoman Abby Rourke, who said the mayor was \"living in "
        '1975", with the mayor responding that she had "never balanced a budget."',
        [
            ("direct", 'the mayor was "living in 1975"', "Abby Rourke"),
            ("direct", 'she had "never balanced a budget."', "Frank Ruiz"),
        ],
    ),
]

# "said A “…” and accused B of “…”": a second cue verb starts a second quote.
SECOND_CUE = [
    (
        "The lobby group Tech Forum said in a statement that the vote would create “a legal "
        "minefield” and accused Parliament of treating innovation “as a crime”.",
        [
            ("direct", "the vote would create “a legal minefield”", "Tech Forum"),
            ("direct", "Parliament of treating innovation “as a crime”", "Tech Forum"),
        ],
    ),
]

# "A, X said, B “…”": one quote from A to B with the cue inside it (the subject is X alone).
SPLIT_BY_CUE = [
    (
        "Senator Ibrahim Dauda chairs the committee. Children had gone hungry, he said, while "
        "“contractors grew fat.”",
        [
            (
                "direct",
                "Children had gone hungry, he said, while “contractors grew fat.”",
                "Ibrahim Dauda",
            )
        ],
    ),
    (
        'A Democratic aide spoke. Democrats, the aide said, would "blink first."',
        [("direct", 'Democrats, the aide said, would "blink first."', None)],
    ),
    (
        "Ruth Calder spoke. However, she said, “We will fight.”",
        [("direct", "“We will fight.”", "Ruth Calder")],
    ),
]

# Not statements: "member states" (a noun), "declined to say which …" (nothing said).
NOT_STATEMENTS = [
    ("EU member states have not taken a joint position on the plan.", []),
    # after an inverted cue comes the speaker and their apposition, not a reported clause
    (
        '"Every euro spent on tanks is a euro lost," said Amara Lind, energy campaigner at the '
        "Brussels-based coalition Clean Grid, which represents 40 groups.",
        [("direct", '"Every euro spent on tanks is a euro lost,"', "Amara Lind")],
    ),
    (
        'The result was a "historic mandate", saying he intends to leave by January.',
        [("indirect", "he intends to leave by January", None)],
    ),
    ("A bureau spokesman declined to say which senators had been targeted.", []),
    ("Officials would not say when the ships would enter service.", []),
    ("The charter states that a vote must be held.", [("indirect", "a vote must be held", None)]),
    (
        "Ruth Calder said whether the plan passed was irrelevant.",
        [("indirect", "whether the plan passed was irrelevant", "Ruth Calder")],
    ),
]

# "Councilman" / "Councilwoman" are titles, not part of the name, and give the gender.
COUNCIL_TITLES = [
    (
        "Councilman Teo Brandt said the depot would close. Later he said the crews would move.",
        [
            ("indirect", "the depot would close", "Teo Brandt"),
            ("indirect", "the crews would move", "Teo Brandt"),
        ],
    ),
]

# A sub-head in title case before a colon names no one: its words are not a person's name.
SUB_HEADS = [
    (
        "Budget talks collapsed on Monday.\n\nSenate Chair Fires Back: \"Nobody Blew Anything "
        'Up"\n\nSen. Ruth Calder, who chairs the committee, said the talks would resume.',
        [
            ("direct", '"Nobody Blew Anything Up"', None),
            ("indirect", "the talks would resume", "Ruth Calder"),
        ],
    ),
]
# "according to two Senate aides": a number of members speaks, not the body they belong to.
COUNTED_MEMBERS = [
    (
        "The vote could slip into the autumn, according to two Senate aides.",
        [("indirect", "The vote could slip into the autumn", None)],
    ),
    (
        '"We are not there yet," said three Labour councillors in a joint letter.',
        [("direct", '"We are not there yet,"', None)],
    ),
]
# "Police said": a bare generic body is no named speaker (an editor picks which force).
GENERIC_BODIES = [
    (
        "Police said 41 people had been arrested in the capital.",
        [("indirect", "41 people had been arrested in the capital", None)],
    ),
    (
        "Harbour Police said 12 people had been arrested in the capital.",
        [("indirect", "12 people had been arrested in the capital", "Harbour Police")],
    ),
]
# "The minister smiled. “…,” he said": the role's one holder speaks, not the person named last;
# a role nobody in the article holds makes the pronoun unsure.
ROLE_SUBJECTS = [
    (
        "Interior Minister Tomas Herrera defended the plan. Rep. Oscar Villa, who voted for it, "
        'said the ministry was "governing by press release."\n\nAsked about his critics, the '
        'minister smiled. "Let them read page forty," he said.',
        [
            ("direct", 'the ministry was "governing by press release."', "Oscar Villa"),
            ("direct", '"Let them read page forty,"', "Tomas Herrera"),
        ],
    ),
    (
        'Rep. Oscar Villa said the ministry was "governing by press release."\n\nAsked about '
        'his critics, the minister smiled. "Let them read page forty," he said.',
        [
            ("direct", 'the ministry was "governing by press release."', "Oscar Villa"),
            ("direct", '"Let them read page forty,"', None),
        ],
    ),
]

# A participle right after an indefinite person describes that person, not the subject.
PARTICIPLE_OF_NOUN = [
    (
        'Senator Ana Ruiz shared a post by a retired police general calling the program "a '
        'subsidy for the cartels."',
        [("direct", '"a subsidy for the cartels."', None)],
    ),
    (
        'Senator Ana Ruiz spoke for an hour, calling the program "a subsidy for the cartels."',
        [("direct", '"a subsidy for the cartels."', "Ana Ruiz")],
    ),
]
# Bodies' names with "Against", "the A and B … Federation" and a list of portfolios; "the
# federation" / "the coalition" / "the institute" is the one body so named.
BODY_NAMES = [
    (
        "The Coalition Against Roadside Litter praised the council. The coalition said the "
        "fines should double.",
        [("indirect", "the fines should double", "Coalition Against Roadside Litter")],
    ),
    (
        "The Food and Farming Workers’ Federation called a strike. The federation said the "
        "ballot would close on Friday.",
        [("indirect", "the ballot would close on Friday", "Food and Farming Workers’ Federation")],
    ),
    (
        "The Department for Science, Innovation and Technology said the contract was under "
        "review.",
        [
            (
                "indirect",
                "the contract was under review",
                "Department for Science, Innovation and Technology",
            )
        ],
    ),
    (
        "Economists at the Harwell Policy Institute published a study. The institute said milk "
        "prices could double.",
        [("indirect", "milk prices could double", "Harwell Policy Institute")],
    ),
    # two bodies of the name: no guess
    (
        "The Harwell Policy Institute and the Dunmore Institute met. The institute said milk "
        "prices could double.",
        [("indirect", "milk prices could double", None)],
    ),
]
# "The governor of Nuevo León, Adriana Salcedo,": a role with its place, in apposition; "the
# governor" later is she.
ROLE_OF_PLACE = [
    (
        "The governor of Santa Clara, Inés Morales Vidal, called a referendum.\n\n“Water is a "
        "right,” the governor said.",
        [("direct", "“Water is a right,”", "Inés Morales Vidal")],
    ),
]
# "the younger / elder Mr. X" between X Jr. and X Sr.; a portfolio role in apposition before a
# courtesy title ("the Minister for Lands and Forests, Hon. X,"), never a person "Forests".
GENERATIONS_AND_PORTFOLIOS = [
    (
        "The firm is led by Peter L. Vance Jr., 41. His father, State Senator Peter L. Vance Sr., "
        "chairs the committee.\n\nThe younger Mr. Vance said the firm had done nothing wrong."
        "\n\nThe elder Mr. Vance said he had not spoken to his son.",
        [
            ("indirect", "the firm had done nothing wrong", "Peter L. Vance Jr"),
            ("indirect", "he had not spoken to his son", "Peter L. Vance Sr"),
        ],
    ),
    (
        "The firm is led by Peter L. Vance Jr., 41. His father, State Senator Peter L. Vance Sr., "
        "chairs the committee.\n\nMr. Vance said the firm had done nothing wrong.",
        [("indirect", "the firm had done nothing wrong", None)],
    ),
    (
        "Moving the bill, the Minister for Lands and Natural Resources, Hon. Kojo Mensah-Bonsu, "
        "told the House that the rivers were polluted.\n\n“We cannot drink gold,” the "
        "minister said.",
        [
            ("indirect", "the rivers were polluted", "Kojo Mensah-Bonsu"),
            ("direct", "“We cannot drink gold,”", "Kojo Mensah-Bonsu"),
        ],
    ),
]
# Tabloid verbs of manner: "she beamed", "one insider sniffed:".
MANNER_VERBS = [
    (
        "“You drive more, you pay more,” she beamed, before Ruth Calder left.",
        [("direct", "“You drive more, you pay more,”", None)],
    ),
    (
        "Green councillor Ruth Calder was delighted. “You drive more, you pay more,” she beamed.",
        [("direct", "“You drive more, you pay more,”", "Ruth Calder")],
    ),
    (
        "One Whitehall insider sniffed: “It is a think-piece, not a policy.”",
        [("direct", "“It is a think-piece, not a policy.”", None)],
    ),
    (
        "Ruth Calder huffed: “It is a think-piece, not a policy.”",
        [("direct", "“It is a think-piece, not a policy.”", "Ruth Calder")],
    ),
]
# "The Commission said": the article's one "… Commission", else no guess.
SHORT_BODY_NAMES = [
    (
        "The European Commission drafted the law. The Commission, which later withdrew it, said "
        "the talks would resume soon.",
        [("indirect", "the talks would resume soon", "European Commission")],
    ),
    (
        "The European Commission and the Electoral Commission met. The Commission said the talks "
        "would resume soon.",
        [("indirect", "the talks would resume soon", None)],
    ),
]

# A plural possessive ("the Liberal Democrats’ spokesperson") is no subject, like "Labour's";
# a person's mention that starts at the body modifying it is the subject, not the body.
PLURAL_POSSESSIVES = [
    (
        "The Liberal Democrats’ housing spokesperson, Priya Chandran, said her party would back "
        "the amendment, arguing that local people “must have the final say”.",
        [
            ("indirect", "her party would back the amendment", "Priya Chandran"),
            ("direct", "local people “must have the final say”", "Priya Chandran"),
        ],
    ),
    (
        "The party’s housing spokeswoman, Ann Breen, accused the Government of “sitting on "
        "its hands” while rents soared, and urged the Minister to extend the tax.",
        [
            ("direct", "the Government of “sitting on its hands” while rents soared", "Ann Breen"),
            ("indirect", "the Minister to extend the tax", "Ann Breen"),
        ],
    ),
    # a second verb's subject is the person a body modifies, not the body
    (
        "The former Treasury adviser Julian Crane claimed the evidence was weak, and insisted "
        "the money would be better spent on childcare.",
        [
            ("indirect", "the evidence was weak", "Julian Crane"),
            ("indirect", "the money would be better spent on childcare", "Julian Crane"),
        ],
    ),
]

RULES = [
    *ABBREVIATED_NAME,
    *SECOND_THAT,
    *NICKNAME,
    *SECOND_VOICE,
    *SECOND_CUE,
    *SPLIT_BY_CUE,
    *NOT_STATEMENTS,
    *COUNCIL_TITLES,
    *SUB_HEADS,
    *COUNTED_MEMBERS,
    *GENERIC_BODIES,
    *ROLE_SUBJECTS,
    *PARTICIPLE_OF_NOUN,
    *BODY_NAMES,
    *ROLE_OF_PLACE,
    *GENERATIONS_AND_PORTFOLIOS,
    *MANNER_VERBS,
    *SHORT_BODY_NAMES,
    *PLURAL_POSSESSIVES,
]


@pytest.mark.parametrize(("text", "expected"), RULES)
def test_recall_rules(text, expected):
    assert run(text) == expected


def test_interview_turns_take_the_sides_the_text_names() -> None:
    """ "He spoke to Ann Whitley": Q is the interviewer, A the interviewee (the one main man)."""
    text = (
        "Energy minister Tomas Reyes says the rise is needed. Mr Reyes is a former treasurer."
        "\n\nHe spoke to Ann Whitley in his office.\n\nQ: “Will you run again?”\n\n"
        "A: “I have not decided.”"
    )
    assert run(text)[1:] == [
        ("direct", "“Will you run again?”", "Ann Whitley"),
        ("direct", "“I have not decided.”", "Tomas Reyes"),
    ]


def test_interview_turns_stay_open_when_the_interviewee_is_unclear() -> None:
    text = (
        "Tomas Reyes and Paul Okoro debated the rise. Mr Reyes and Mr Okoro disagree."
        "\n\nHe spoke to Ann Whitley in his office.\n\nQ: “Will you run again?”\n\n"
        "A: “I have not decided.”"
    )
    assert [name for _, _, name in run(text)[-2:]] == [None, None]


DESCRIBED_SPEAKER_GOES_ON = [
    # "the Ohio Democrat" found the speaker; her next quotation in the paragraph is hers
    (
        "Sen. Marian T. Holloway, D-Ohio, wrote the bill. Sen. Paul Lustig, R-Ohio, opposed it."
        "\n\nA bureau spokesman declined to say more.\n\nAsked about the threats, the Ohio "
        "Democrat said she would not be intimidated. “I have been threatened by better people "
        "than these,” she said.",
        "Marian T. Holloway",
    ),
    # someone else named in between: the pronoun stays open
    (
        "Sen. Marian T. Holloway, D-Ohio, wrote the bill. Sen. Paul Lustig, R-Ohio, opposed it."
        "\n\nA bureau spokesman declined to say more.\n\nAsked about the threats, the Ohio "
        "Democrat said she would not be intimidated. Her aide, Tom Tate, was angry. “I have "
        "been threatened by better people than these,” she said.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "speaker"), DESCRIBED_SPEAKER_GOES_ON)
def test_a_described_speaker_goes_on_in_her_paragraph(text, speaker) -> None:
    quotes = run(text)
    assert quotes[0][2] == "Marian T. Holloway"
    assert quotes[-1][2] == speaker


def test_a_two_word_question_goes_on_from_the_quote_before() -> None:
    text = "Ruth Ade lives here. “They tell us the money is finished,” she said. “Gone where?”"
    assert run(text)[-1] == ("direct", "“Gone where?”", "Ruth Ade")
    # a two-word statement does not (it may be a label or a title)
    text = "Ruth Ade lives in the city. “They tell us the money is finished,” she said. “Gone now.”"
    assert [q[1] for q in run(text)] == ["“They tell us the money is finished,”"]


NEAREST_OF_GENDER = [
    # the last person named is the one the text gives as a woman; the other's gender is unknown
    (
        'Sal Benedetto, who runs a bakery, sighed: "My customers come by car." But Keisha Morrow,'
        ' who owns a bicycle shop, disagreed. "People on bikes stop and shop," she said.',
        "Keisha Morrow",
    ),
    # the last person named is of unknown gender: no guess
    (
        'Keisha Morrow, who owns a bicycle shop, disagreed. But Sal Benedetto, who runs a bakery,'
        ' sighed. "People on bikes stop and shop," she said.',
        None,
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NEAREST_OF_GENDER)
def test_a_pronoun_takes_the_nearest_person_of_its_known_gender(text, speaker) -> None:
    assert run(text)[-1][2] == speaker
