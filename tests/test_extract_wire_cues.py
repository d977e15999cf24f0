"""Cues of US broadsheet, wire and tabloid copy (issue 9's classes of missed direct quotes):
names with full stops ("Sen. Ruth A. Calder", "F.B.I."), cue verbs beyond "said" (shouted,
fumed, tweeted, emailed, implored…), quotations ending in "!" or "?", and sources named after
the quotation ("according to X", "the agency quoted X as saying").

Every sentence is invented; each row is text -> (quotation, speaker's name, cue)."""

from __future__ import annotations

import pytest

from tests.test_extract_styles import run

CUES_AFTER = [
    ('"We will not accept this budget," Sen. Ruth Calder said on Tuesday.', "Ruth Calder", "said"),
    ('"It is a disgrace!" shouted Rep. Tom Baker, a Democrat from Ohio.', "Tom Baker", "shouted"),
    ('"Who pays for this?" asked Gov. Ellen Brandt.', "Ellen Brandt", "asked"),
    ('"The numbers do not add up," Dr. Hal Moss wrote in an email.', "Hal Moss", "wrote"),
    ('"Best deal in a generation," tweeted Senator Mark Olsen.', "Mark Olsen", "tweeted"),
    ('"Nobody listens to us," lamented Jane Ortiz, the mayor.', "Jane Ortiz", "lamented"),
    ('"This is reckless," fumed Kevin Wu of the F.B.I. Agents Association.', "Kevin Wu", "fumed"),
    ('"We must act now," Ms. Ruth Calder implored her colleagues.', "Ruth Calder", "implored"),
    ('"It was a triumph," gushed Lt. Gov. Amy Reyes.', "Amy Reyes", "gushed"),
    (
        '"We were betrayed," according to Dr. Ann Whitfield, a former adviser.',
        "Ann Whitfield",
        "according to",
    ),
    ('"The talks are over," the agency quoted Paul Mendes as saying.', "Paul Mendes", None),
]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"), CUES_AFTER, ids=[c[0][:40] for c in CUES_AFTER]
)
def test_a_cue_after_the_quotation_names_its_speaker(
    text: str, speaker: str, cue: str | None
) -> None:
    result, quotes = run(text)
    directs = [q for q in result.quotes if q.kind == "direct"]
    assert [(kind, name) for kind, _, name in quotes] == [("direct", speaker)]
    assert directs[0].text == text[: text.index('"', 1) + 1]
    assert directs[0].cue == cue


def test_according_to_after_a_quotation_is_no_reported_clause() -> None:
    _, quotes = run('"We were betrayed," according to Dr. Ann Whitfield, a former adviser.')
    assert [kind for kind, _, _ in quotes] == ["direct"]
