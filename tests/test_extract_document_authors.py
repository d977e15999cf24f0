"""A document speaks for whoever wrote it (issue 9): "A readout from X said", "A poll carried
out by X found", "the report" meaning the one "by X" of a sentence before, "X’s petition calls
for", "X sent … a letter. The letter says". Firms' names stop before their client ("Highland
Research for the Observer") and hold an ampersand ("Burkhardt & Associates"). Tables of
invented sentences -> the exact quotes (kind, text, speaker)."""

from __future__ import annotations

from tests.extract_support import check_quotes as check
from tests.extract_support import speakers_of

AUTHORS_IN_THE_SUBJECT = [
    (
        'A readout from the Ministry of Defence said the two ministers "agreed to work together'
        ' on air defence".',
        [
            (
                "direct",
                'the two ministers "agreed to work together on air defence"',
                "Ministry of Defence",
            )
        ],
    ),
    (
        "The Tenants' Union's petition calls for the rent rise to be scrapped.",
        [("indirect", "the rent rise to be scrapped", "Tenants' Union")],
    ),
    (  # a body named before the document's noun: its poll, its website
        "A Harbor Research poll released Tuesday found the senator leading by 4 points.",
        [("indirect", "the senator leading by 4 points", "Harbor Research")],
    ),
]


def test_a_document_s_author_in_its_subject_speaks() -> None:
    check(AUTHORS_IN_THE_SUBJECT)


THE_DOCUMENT_OF_A_SENTENCE_BEFORE = [
    (
        "A poll carried out by Harbour Research for the Gazette put the Greens on 12 per cent."
        " The poll found that support for the Liberals had fallen to 31 per cent.",
        [("indirect", "support for the Liberals had fallen to 31 per cent", "Harbour Research")],
    ),
    (
        "A report by the council's head of planning, Rebecca Thorne, recommended approval."
        " The report said the agency had withdrawn its objection.",
        [("indirect", "the agency had withdrawn its objection", "Rebecca Thorne")],
    ),
    (
        "The Harbour Party published its manifesto on Monday. The manifesto promises that rents"
        " would be capped at 30 per cent of income.",
        [("indirect", "rents would be capped at 30 per cent of income", "Harbour Party")],
    ),
    (
        "The Treasury sent the committee a letter on Friday. The letter says the estimate"
        ' "is sensitive to assumptions" about growth.',
        [("direct", 'the estimate "is sensitive to assumptions" about growth', "Treasury")],
    ),
    (  # no author given: the poll speaks for no one
        "A poll was published on Monday. The poll found that support for the Liberals had fallen"
        " to 31 per cent.",
        [("indirect", "support for the Liberals had fallen to 31 per cent", None)],
    ),
]


def test_the_document_means_the_one_introduced_with_its_author() -> None:
    check(THE_DOCUMENT_OF_A_SENTENCE_BEFORE)


FIRM_NAMES = [
    (
        "An email from Burkhardt & Associates to the minister advised him to publish the figures:"
        ' "Keep it to one page and keep it simple," it said.',
        "Burkhardt & Associates",
    ),
    (
        "A survey by Northshore Insights for the Courier found that most voters had not decided.",
        "Northshore Insights",
    ),
]


def test_a_firm_s_name_holds_its_ampersand_and_stops_before_its_client() -> None:
    speakers = {text: speakers_of(text + "\n") for text, _ in FIRM_NAMES}
    wrong = [(text, speakers[text], who) for text, who in FIRM_NAMES if who not in speakers[text]]
    assert not wrong, wrong


def test_a_firm_named_systems_or_solutions_is_a_body() -> None:
    text = (
        "Hollister Climate Systems said on Wednesday it would close its plant. The company said"
        " the move would save $65 million a year.\n"
    )
    assert speakers_of(text)[-1] == "Hollister Climate Systems"
