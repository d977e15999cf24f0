"""Back-and-forth: interruptions, turns without a cue, and pronouns after a paragraph that opens
on someone the cast does not know. Where the text leaves the speaker open, none is guessed.

Every text is invented. Rows are text -> (quote text, speaker name or None), in order.
"""

from __future__ import annotations

from tests.extract_support import quotes_of, speakers_of

INTERRUPTED = """“Yes, and I’d go further,” Ms Rhian Pugh said. “The levy raised four million—”

“Four million, and how many homes?” Mr Huw Bevan cut in. “Tell them how many.”

“—and that money is going into—”

“Eleven. Eleven homes.”
"""


def test_a_quote_opening_on_a_dash_resumes_the_interrupted_speaker() -> None:
    assert [(text, who) for _kind, text, who in quotes_of(INTERRUPTED)] == [
        ("“Yes, and I’d go further,”", "Rhian Pugh"),
        ("“The levy raised four million—”", "Rhian Pugh"),
        ("“Four million, and how many homes?”", "Huw Bevan"),  # "cut in" is a cue
        ("“Tell them how many.”", "Huw Bevan"),
        ("“—and that money is going into—”", "Rhian Pugh"),
        ("“Eleven. Eleven homes.”", None),  # a turn of a two-person exchange: either's
    ]


def test_a_resumed_quote_whose_first_part_has_no_speaker_stays_unattributed() -> None:
    text = (
        "“It is late because the budget was cut by—” the answer began.\n\n"
        "“Oh, here we go,” said Mr Huw Bevan.\n\n"
        "“—by a fifth. That is the budget book.”\n"
    )
    # the cut-off first part has no cue, so it is no quote, and its resumption has no speaker
    assert speakers_of(text) == ["Huw Bevan", None]


def test_a_turn_after_a_question_and_an_answer_is_not_given_to_the_last_speaker() -> None:
    text = (
        "“Did the department warn the minister?” Senator Tom Kerr asked.\n\n"
        "“Not in those words,” Dr Meg Aske replied.\n\n"
        "“In what words, then?”\n"
    )
    assert speakers_of(text) == ["Tom Kerr", "Meg Aske", None]


def test_cut_in_is_a_cue_only_where_it_reports_speech() -> None:
    text = (
        "Taoiseach Declan Moran said Ireland would oppose any cut in direct payments and that "
        'the plan "has a long way to go" before it could pass.'
    )
    assert speakers_of(text) == ["Declan Moran", "Declan Moran"]


def test_a_paragraph_opening_on_an_unknown_name_does_not_borrow_the_last_speaker() -> None:
    text = (
        "Gareth Lloyd said the plan was wrong.\n\n"
        "Dafydd in Aberaeron, a retired teacher, rang about the village school. He said the "
        "closure would mean long bus trips.\n"
    )
    assert speakers_of(text) == ["Gareth Lloyd", None]


def test_a_paragraph_opening_on_a_common_word_still_carries_the_speaker_on() -> None:
    text = (
        "Gareth Lloyd said the plan was wrong.\n\n"
        "Later that week, he said the closure would mean long bus trips.\n"
    )
    assert quotes_of(text)[1:] == [
        ("indirect", "the closure would mean long bus trips", "Gareth Lloyd")
    ]  # and "Later that week" is no reported clause of its own


def test_an_opening_adverbial_before_a_cue_with_its_own_clause_is_not_what_was_said() -> None:
    for text, clause in [
        ("Speaking in Leeds, Mr Tom Hale said the closure would mean long trips.", None),
        ("On March 5, 2019, Tom Hale said it was fine.", None),
        ("The plan would cost jobs, Tom Hale said on Tuesday.", "The plan would cost jobs"),
    ]:
        texts = [t for _kind, t, _who in quotes_of(text)]
        assert all(t.split()[0] not in ("Speaking", "On") for t in texts)
        if clause:
            assert texts == [clause]


def test_a_partial_quote_stops_where_but_or_and_brings_a_second_cue() -> None:
    text = (
        'Asked about the tunnel, Aino Rand said the project remained "on the table" but '
        "acknowledged that financing it without European money was \"not realistic\"."
    )
    assert quotes_of(text) == [
        ("direct", 'the project remained "on the table"', "Aino Rand"),
        ("direct", 'financing it without European money was "not realistic"', "Aino Rand"),
    ]
    text = 'Tom Vella said the party was "not complacent" but pointed out that it had trailed.'
    assert quotes_of(text) == [
        ("direct", 'the party was "not complacent"', "Tom Vella"),
        ("indirect", "it had trailed", "Tom Vella"),
    ]


def test_but_that_opens_a_second_complement_like_and_that() -> None:
    text = (
        'Minister Ann Boyle said it would "engage constructively" with any review but that the '
        'award "stands".'
    )
    assert quotes_of(text) == [
        ("direct", 'it would "engage constructively" with any review', "Ann Boyle"),
        ("direct", 'the award "stands"', "Ann Boyle"),
    ]


def test_an_inverted_role_cue_at_the_sentence_end_is_the_roles_one_holder() -> None:
    text = (
        "The Minister for Transport, Pádraig Ó Floinn, said the rules had been followed.\n\n"
        '"Nobody is being left without a boat," said the Minister.'
    )
    assert speakers_of(text) == ["Pádraig Ó Floinn"] * 2
