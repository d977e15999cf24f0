"""Publisher styles beyond Wikinews: wire copy, UK/Irish/Australian/Indian/Canadian papers.

Every sentence here is invented (no article's wording); each row is text -> expected quotes
(kind, text, speaker name or None), and texts that must yield nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.pipeline import extract_article
from digest.extract.reading import read_article
from tests.extract_support import extract as run

STYLES = [
    # a partial quotation in a reported clause, adjuncts before "that": one direct quote
    (
        'The finance minister, Alan Brooks, said on Monday that the plan was "fair to every '
        'family".',
        [("direct", 'the plan was "fair to every family"', "Alan Brooks")],
    ),
    (
        "Mayor Ruth Okafor said in an interview with the Tribune on Sunday that the budget was "
        '"a work in progress".',
        [("direct", 'the budget was "a work in progress"', "Ruth Okafor")],
    ),
    (
        'Deputy leader Tom Ellery told the BBC that the party had "lost its way".',
        [("direct", 'the party had "lost its way"', "Tom Ellery")],
    ),
    (
        "Prime Minister Helen Drury told reporters on Tuesday that the talks had stalled.",
        [("indirect", "the talks had stalled", "Helen Drury")],
    ),
    (
        "Premier Dan Ashby told a news conference in Perth that the levy would be scrapped.",
        [("indirect", "the levy would be scrapped", "Dan Ashby")],
    ),
    (
        "Gov. Tim Walsh said in a statement that the state would appeal.",
        [("indirect", "the state would appeal", "Tim Walsh")],
    ),
    # a time adjunct between subject and verb
    (
        "Opposition leader Mark Devlin on Tuesday said the government had failed.",
        [("indirect", "the government had failed", "Mark Devlin")],
    ),
    (
        "Senator Ann Price late on Friday said the deal was dead.",
        [("indirect", "the deal was dead", "Ann Price")],
    ),
    (
        "Jane Doe, in a statement, said the company would appeal.",
        [("indirect", "the company would appeal", "Jane Doe")],
    ),
    # wire style: cue after the quotation
    ('"We will not back down," Smith said.', [("direct", '"We will not back down,"', "Smith")]),
    (
        '"We will not back down," said Tom Haskett, a Democrat from Ohio.',
        [("direct", '"We will not back down,"', "Tom Haskett")],
    ),
    (
        '"The numbers don\'t add up," Ms Reeves conceded.',
        [("direct", '"The numbers don\'t add up,"', "Reeves")],
    ),
    (
        'Sen. Jane Doe (D-Ohio) said the bill would "gut Medicare". "This is a disgrace," the '
        "senator said.",
        [
            ("direct", 'the bill would "gut Medicare"', "Jane Doe"),
            ("direct", '"This is a disgrace,"', "Jane Doe"),
        ],
    ),
    (
        "The Taoiseach, Liam Carey, insisted the border would stay open.",
        [("indirect", "the border would stay open", "Liam Carey")],
    ),
    (
        'Chief Minister Rekha Iyer said on Friday that the centre had "ignored the state".',
        [("direct", 'the centre had "ignored the state"', "Rekha Iyer")],
    ),
    (
        "Senator Jane Ross posted on X that she would vote against the bill.",
        [("indirect", "she would vote against the bill", "Jane Ross")],
    ),
    (
        'Mr Quinlan wrote on Facebook that the decision was "deeply disappointing".',
        [("direct", 'the decision was "deeply disappointing"', "Quinlan")],
    ),
    (
        "Councillor Ruth Abara acknowledged that mistakes had been made.",
        [("indirect", "mistakes had been made", "Ruth Abara")],
    ),
    (
        "Harlow stressed that the figures were provisional.",
        [("indirect", "the figures were provisional", "Harlow")],
    ),
    # "according to" never runs over a sentence end
    (
        "According to the Treasury, the measure will raise £2bn a year. £500m of it would go "
        "to councils.",
        [("indirect", "the measure will raise £2bn a year", "Treasury")],
    ),
    (
        "According to the Treasury, the measure will raise £2bn a year. 'It is fair,' Mr Hunt "
        "said.",
        [
            ("indirect", "the measure will raise £2bn a year", "Treasury"),
            ("direct", "'It is fair,'", "Hunt"),
        ],
    ),
    (
        "According to the Treasury, the levy will raise £2bn.Critics said it was too little.",
        [
            ("indirect", "the levy will raise £2bn", "Treasury"),
            ("indirect", "it was too little", None),
        ],
    ),
    (
        "According to the Treasury, which published figures on Monday, the levy will raise £2bn.",
        [("indirect", "the levy will raise £2bn", "Treasury")],
    ),
    (
        "According to the Treasury, the levy will raise £2bn a year: critics said it was too "
        "little.",
        [
            ("indirect", "the levy will raise £2bn a year", "Treasury"),
            ("indirect", "it was too little", None),
        ],
    ),
    (
        'According to the Treasury, the measure is "fair to every family".',
        [("direct", 'the measure is "fair to every family"', "Treasury")],
    ),
    # bodies: "it said", "the party said", "the ministry said"
    (
        'The Department of Health said it was reviewing the report. "We take these findings '
        'seriously," it said.',
        [
            ("indirect", "it was reviewing the report", "Department of Health"),
            ("direct", '"We take these findings seriously,"', "Department of Health"),
        ],
    ),
    (
        'Labour said the plan was unfunded. "This is a fantasy budget," the party said.',
        [
            ("indirect", "the plan was unfunded", "Labour"),
            ("direct", '"This is a fantasy budget,"', "Labour"),
        ],
    ),
    (
        'The Ministry of Defence and the Treasury disagreed. "We will not comment," the ministry '
        "said.",
        [("direct", '"We will not comment,"', "Ministry of Defence")],
    ),
    # split quotation: two quotes, one speaker
    (
        '"We have been clear from the start," Carla Moretti said in a statement. "The talks '
        'will go on."',
        [
            ("direct", '"We have been clear from the start,"', "Carla Moretti"),
            ("direct", '"The talks will go on."', "Carla Moretti"),
        ],
    ),
    # a mission is named with its seat
    (
        "The US Embassy in Dublin said the visa rules had not changed.",
        [("indirect", "the visa rules had not changed", "US Embassy in Dublin")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STYLES)
def test_publisher_styles(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text)[1] == expected


NOT_QUOTES = [
    'The bill, dubbed the so-called "Rwanda bill", passed its second reading.',
    'Her memoir "A Promised Land" became a bestseller.',
    'Critics have nicknamed him "the Teflon Don" for years.',
    'Ms Ardern, who was nicknamed "Jacinda the Kind", resigned in January.',
    'The campaign\'s slogan, "Take Back Control", proved hugely effective.',
    'The measure, branded "the granny tax", was dropped.',
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_titles_slogans_nicknames_are_not_quotes(text: str) -> None:
    assert run(text)[1] == []


# Unsure: speaker None, the candidates an editor chooses from, status needs-review.
UNSURE = [
    (
        '"We are reviewing the decision," a spokesperson for the Home Office said.',
        ["home-office"],
    ),
    ('"This is a disgrace," said a spokesman for the Liberal Democrats.', ["liberal-democrats"]),
    ('"We do not comment on leaks," a Downing Street spokesman said.', ["downing-street"]),
    ('"There is no deal," a senior government source said.', []),
    (
        "Jane Smith, the deputy leader, backed the motion. John Smith, a backbencher, opposed "
        'it.\n\n"This is not the time," Smith said.',
        ["jane-smith", "john-smith"],
    ),
    (
        'Mary Jones met Sarah Brown on Friday.\n\n"We have a lot of work to do," she said.',
        ["mary-jones", "sarah-brown"],
    ),
    (
        'Labour and the Conservatives traded blows. "This is a fantasy budget," the party said.',
        ["conservatives", "labour"],
    ),
    ('"We must act," the prime minister said.', []),
    ('The report was published on Monday. "Prices will rise," it said.', []),
]


@pytest.mark.parametrize(("text", "candidates"), UNSURE)
def test_unsure_speakers_need_review(text: str, candidates: list[str]) -> None:
    result, _ = run(text)
    (q,) = [q for q in result.quotes if q.kind == "direct"]
    assert q.speaker is None and q.status == "needs-review"
    assert sorted(q.candidates) == candidates


def test_former_role_is_not_the_current_one() -> None:
    text = 'Former prime minister Tony Blair spoke in Kent. "We must act," the prime minister said.'
    result, _ = run(text)
    (q,) = result.quotes
    assert q.speaker is None


def test_definite_description_resolves_to_the_one_holder() -> None:
    text = (
        "Prime Minister Rishi Sunak visited Kent. Former prime minister Tony Blair was there "
        'too. "We must act," the prime minister said.'
    )
    assert run(text)[1] == [("direct", '"We must act,"', "Rishi Sunak")]


def test_plural_role_acronym_is_an_unnamed_group() -> None:
    result, quotes = run("Opposition MPs said the figure was too high.")
    assert quotes == [("indirect", "the figure was too high", None)]
    assert result.organisations == []


def test_quotation_paragraph_continues_its_speaker() -> None:
    text = (
        "Prime Minister Rishi Sunak visited a school in Kent on Friday.\n\n"
        '"We will keep going until the job is done," he said.\n\n'
        '"Nobody should doubt our resolve on this, and nobody should think we will stop."'
    )
    assert [q[2] for q in run(text)[1]] == ["Rishi Sunak", "Rishi Sunak"]


def test_quotation_paragraph_after_another_name_is_not_continued() -> None:
    text = (
        "Prime Minister Rishi Sunak visited a school in Kent on Friday.\n\n"
        '"We will keep going until the job is done," he said. Keir Starmer was unimpressed.\n\n'
        '"Nobody should doubt our resolve on this, and nobody should think we will stop."'
    )
    assert [q[2] for q in run(text)[1]] == ["Rishi Sunak", None]


def test_multi_paragraph_quotation_after_a_colon() -> None:
    text = (
        "The mayor, Sadiq Khan, said:\n\n"
        '"The city has never been more united. We have stood together through hard times.\n\n'
        '"We will keep standing together. That is who we are."'
    )
    ((_kind, quote, who),) = run(text)[1]
    assert who == "Sadiq Khan" and quote.startswith('"The city') and quote.endswith('we are."')


def test_one_line_per_paragraph_text() -> None:
    line = "Critics said the reform would hurt pensioners in rural areas and small towns alike."
    text = f'Budget row deepens\n{line} {line}\n"We will fight it," said Anne Kerr.'
    assert run(text)[1][-1] == ("direct", '"We will fight it,"', "Anne Kerr")
    result, _ = run(text)
    assert all("Budget" not in q.text for q in result.quotes)


HTML = """<html><head><title>Budget row deepens | The Daily Planet</title></head><body>
<article><h1>Budget row deepens</h1>
<p>The finance minister, Alan Brooks, said on Monday that the plan was fair to every family.</p>
<p>"We will not back down on this, not now and not ever," he said in a statement.</p>
<p>Critics said the plan would hurt pensioners and low earners in the north.</p>
</article></body></html>"""


def test_html_source_from_title_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(HTML)
    art = read_article(path)
    assert art.source == "The Daily Planet"
    assert "\n\n" in art.text
    result = extract_article(art)
    names = {s.id: s.name for s in result.speakers}
    assert [names.get(q.speaker) for q in result.quotes if q.kind == "direct"] == ["Alan Brooks"]


def test_html_site_name_meta_wins(tmp_path: Path) -> None:
    path = tmp_path / "b.html"
    path.write_text(
        HTML.replace("<head>", '<head><meta property="og:site_name" content="Planet News">')
    )
    assert read_article(path).source == "Planet News"


def test_title_without_publisher_gives_no_source(tmp_path: Path) -> None:
    path = tmp_path / "c.html"
    path.write_text(HTML.replace(" | The Daily Planet", " - but critics disagree"))
    assert read_article(path).source is None
