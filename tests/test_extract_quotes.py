"""Tables of text -> expected quotes (kind, text, speaker), including texts that yield nothing."""

from __future__ import annotations

import pytest

from digest.extract.pipeline import extract_article, normalise, quote_id
from digest.extract.result import Article


def run(text: str):
    result = extract_article(Article(id="t", path="t.txt", text=text))
    names = {s.id: s.name for s in result.speakers}
    return result, [(q.kind, q.text, names.get(q.speaker, q.speaker)) for q in result.quotes]


DIRECT = [
    # cue before, comma
    (
        'Nicola Sturgeon said, "We will keep fighting for Scotland."',
        [("direct", '"We will keep fighting for Scotland."', "Nicola Sturgeon")],
    ),
    # inverted cue with a role phrase
    (
        "“The deal is dead,” said shadow chancellor Rachel Reeves.",
        [("direct", "“The deal is dead,”", "Rachel Reeves")],
    ),
    # subject after the quote
    (
        '"We will not wait," Boris Johnson said in an interview.',
        [("direct", '"We will not wait,"', "Boris Johnson")],
    ),
    # apposition between subject and cue
    (
        'Nancy Pelosi, the Speaker of the House, said on Friday "We are committed to this."',
        [("direct", '"We are committed to this."', "Nancy Pelosi")],
    ),
    # speaker-colon
    (
        'Secretary of the Air Force James Roche: "No, Sir, save it and blow him away."',
        [("direct", '"No, Sir, save it and blow him away."', "James Roche")],
    ),
    # partial quote inside reported speech: the span is the reported clause
    (
        "Deborah Mattinson said immigration was “a good example of being out of touch”.",
        [("direct", "immigration was “a good example of being out of touch”", "Deborah Mattinson")],
    ),
    # according to
    (
        'According to Rutgers University scholar Kelly Dittmar, "Women hold fewer seats."',
        [("direct", '"Women hold fewer seats."', "Kelly Dittmar")],
    ),
    # a participle hangs on the sentence subject
    (
        'President Donald Trump congratulated Pelosi, saying, "We can get things done together."',
        [("direct", '"We can get things done together."', "Donald Trump")],
    ),
    # "called it": the quotation alone
    ('Adam Schiff called it "a non-starter".', [("direct", '"a non-starter"', "Adam Schiff")]),
    # single quotation marks (UK style), apostrophes inside
    (
        "Keir Starmer said: ‘We don’t accept Labour’s critics’ view of the ’90s.’",
        [("direct", "‘We don’t accept Labour’s critics’ view of the ’90s.’", "Keir Starmer")],
    ),
]

NOTHING = [
    # a debate title in marks, and a headline term in scare quotes
    "The society hosted a debate entitled ‘Why did Labour lose? Lessons from the election”.",
    'The new "price indexing" formula will reduce benefits.',
    # apostrophes only
    "Labour’s candidates didn’t campaign in the ’90s style.",
    # unbalanced straight marks: refuse to guess
    'John Smith said "we will win" and then "nothing else.',
    # no quotation and no reporting verb
    "The committee met on Tuesday in London.",
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct_quotes(text: str, expected: list[tuple[str, str, str]]) -> None:
    _, quotes = run(text)
    assert quotes == expected


@pytest.mark.parametrize("text", NOTHING)
def test_texts_that_yield_no_direct_quote(text: str) -> None:
    _, quotes = run(text)
    assert [q for q in quotes if q[0] == "direct"] == []


def test_headline_scare_quotes_are_not_quotes() -> None:
    text = "title: Trump says he 'can' and 'may' declare an emergency\n\nThe wall was discussed."
    result = extract_article(Article(id="t", path="t.txt", text=text, body_start=text.index("The")))
    assert result.quotes == []


def test_split_quote_is_two_quotes_with_one_speaker() -> None:
    text = (
        "“We will act,” Carrie Lam said in a statement. “Visitors wonder whether the city is safe.”"
    )
    _, quotes = run(text)
    assert [q[2] for q in quotes] == ["Carrie Lam", "Carrie Lam"]
    assert [q[1] for q in quotes] == [
        "“We will act,”",
        "“Visitors wonder whether the city is safe.”",
    ]


def test_pronoun_with_one_candidate_resolves() -> None:
    text = (
        "President Rouhani spoke in Tehran.\n\n"
        '"Your presence has always been a calamity for this region," he said.'
    )
    _, quotes = run(text)
    assert quotes == [
        ("direct", '"Your presence has always been a calamity for this region,"', "Rouhani")
    ]


def test_pronoun_with_two_candidates_needs_review() -> None:
    text = (
        "Senator John Smith met Senator Tom Jones at the Capitol.\n\n"
        '"We have agreed nothing at all today," he said.'
    )
    result, _ = run(text)
    (q,) = result.quotes
    assert q.speaker is None and q.status == "needs-review"
    assert sorted(q.candidates) == ["john-smith", "tom-jones"]


def test_shared_surname_gives_candidates() -> None:
    text = (
        "Ed Miliband and David Miliband both spoke at the conference.\n\n"
        'Miliband said, "We were playing catch-up on immigration."'
    )
    result, _ = run(text)
    (q,) = result.quotes
    assert q.speaker is None and q.status == "needs-review"
    assert sorted(q.candidates) == ["david-miliband", "ed-miliband"]


def test_unnamed_speaker_is_left_null() -> None:
    text = (
        '"The decree bars any person with a covered face from offices," a government official said.'
    )
    result, _ = run(text)
    (q,) = result.quotes
    assert q.speaker is None and q.candidates == [] and q.status == "needs-review"


def test_offsets_point_at_the_text() -> None:
    text = (
        'title: T\n\nJo Swinson said, "We lost."\n\n'
        'She added that the party would "rebuild from here".'
    )
    result = extract_article(Article(id="t", path="t.txt", text=text, body_start=10))
    assert result.quotes
    for q in result.quotes:
        assert text[q.start : q.end] == q.text


def test_quote_ids_are_stable_and_count_occurrences() -> None:
    assert quote_id("direct", "“We lost.”", 0) == quote_id("direct", '"We  lost."', 0)
    assert quote_id("direct", "“We lost.”", 0) != quote_id("direct", "“We lost.”", 1)
    assert normalise("‘a’\n “b”") == "'a' \"b\""
    text = 'Jo Swinson said, "We lost." Ed Davey said, "We lost."'
    result, _ = run(text)
    assert len({q.id for q in result.quotes}) == 2


def test_deterministic() -> None:
    text = 'Jo Swinson said, "We lost." She added that the party would rebuild.'
    a, _ = run(text)
    b, _ = run(text)
    assert a.to_json() == b.to_json()


# Colons after a cue, quotations coordinated with a reported clause, clauses running on after
# their quotation, demands and promises. Invented sentences, not dev-corpus text.
DIRECT_MORE = [
    (
        'Deputy Asst. Secretary of State Mary Fields: "We will not comment on leaks."',
        [("direct", '"We will not comment on leaks."', "Mary Fields")],
    ),
    (
        'The ministry issued the following statement: "The minister has full confidence."',
        [("direct", '"The minister has full confidence."', None)],
    ),
    (
        'Prime Minister Jane Roe said she was "delighted" by the result and "I will never take '
        'your support for granted."',
        [
            ("direct", 'she was "delighted" by the result', "Jane Roe"),
            ("direct", '"I will never take your support for granted."', "Jane Roe"),
        ],
    ),
    (
        'The health board has suggested people "think twice" before travelling in bad weather.',
        [("direct", 'people "think twice" before travelling in bad weather', None)],
    ),
    (
        'Governor Tim Oaks vowed to keep pressing "the hard case" with appeals in the courts.',
        [("direct", 'to keep pressing "the hard case" with appeals in the courts', "Tim Oaks")],
    ),
    (
        'Senator Amy Blake called the plan "reckless" and "deeply unfair".',
        [("direct", '"reckless" and "deeply unfair"', "Amy Blake")],
    ),
    (
        'Mayor Bill Stone responded on Twitter, calling for a full inquiry "as soon as possible".',
        [("direct", 'a full inquiry "as soon as possible"', "Bill Stone")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT_MORE)
def test_direct_quotes_more(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text)[1] == expected
