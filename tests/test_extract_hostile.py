"""Hostile article text: every rule reads a bounded stretch, so no input makes extraction stall.

Speed itself is measured by ``benchmarks/extraction_hostile.py`` (no timed tests here); these
tests pin the rules that keep the work linear — sentence pieces of bounded length, bounded
windows, the bisection that replaced pairwise comparisons — and that they change no result.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from digest.extract import quotes as quotes_module
from digest.extract.attribution import NONE
from digest.extract.direct import Found
from digest.extract.pipeline import _without_overlaps, extract_article
from digest.extract.policies import policy_phrases
from digest.extract.quotes import find_marks
from digest.extract.reading import MAX_TEXT_CHARS, ArticleError, read_article
from digest.extract.result import Article
from digest.extract.sentences import MAX_SENTENCE, mask_quotes, paragraphs, split_sentences


def _sentences(text: str):
    paras = paragraphs(text, 0)
    return split_sentences(mask_quotes(text, find_marks(text, paras)), paras)


def test_a_text_without_full_stops_is_cut_into_bounded_sentences() -> None:
    text = "and the minister spoke " * 2000
    sentences = _sentences(text)
    assert len(sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)
    assert sentences[0].start == 0 and sentences[-1].end == len(text.rstrip())
    assert all(a.end == b.start for a, b in itertools.pairwise(sentences))


def test_a_cut_never_falls_inside_a_quotation() -> None:
    quote = "“" + "every word of this long quotation stays whole " * 80 + "”"
    text = "word " * 400 + quote + " word" * 400
    start = text.index("“")
    for s in _sentences(text):
        assert not (s.start < start < s.end < start + len(quote)), "a cut inside the quotation"


def test_ordinary_sentences_are_not_cut() -> None:
    text = 'Jane Doe said the plan was sound. "It will work," she said. Critics disagreed.'
    assert [text[s.start : s.end].strip() for s in _sentences(text)] == [
        "Jane Doe said the plan was sound.",
        '"It will work," she said.',
        "Critics disagreed.",
    ]


def _found(kind: str, start: int, end: int) -> Found:
    return Found(kind, start, end, None, NONE, "test", 0.5)


def _without_overlaps_pairwise(found: list[Found]) -> list[Found]:
    """The rule as first written, comparing every pair: the reference for the bisection."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.kind != "direct", f.start)):
        clash = [k for k in kept if k.start < f.end and f.start < k.end]
        if not any(k.kind == "direct" or (k.start, k.end) == (f.start, f.end) for k in clash):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


@pytest.mark.parametrize("seed", range(40))
def test_overlap_rule_by_bisection_keeps_what_the_pairwise_rule_keeps(seed: int) -> None:
    rng = random.Random(seed)
    found = []
    for _ in range(rng.randrange(1, 30)):
        start = rng.randrange(0, 200)
        end = start + rng.randrange(1, 60)
        found.append(_found(rng.choice(["direct", "indirect"]), start, end))
    spans = [(f.kind, f.start, f.end) for f in _without_overlaps(found)]
    assert spans == [(f.kind, f.start, f.end) for f in _without_overlaps_pairwise(found)]


def test_single_quotation_marks_pair_as_before() -> None:
    text = "She called it ‘a disgrace’, and the critics’ view was ‘not yet settled’ at all."
    spans = [text[m.start : m.end] for m in find_marks(text, paragraphs(text, 0))]
    assert spans == ["‘a disgrace’", "‘not yet settled’"]


def test_single_marks_inside_a_double_quotation_are_part_of_it() -> None:
    text = "He said “they told me ‘no’ twice” and left."
    spans = [text[m.start : m.end] for m in find_marks(text, paragraphs(text, 0))]
    assert spans == ["“they told me ‘no’ twice”"]
    inside = quotes_module._Inside([(0, 5), (10, 12)])
    assert [i for i in range(14) if inside(i)] == [0, 1, 2, 3, 4, 10, 11]


@pytest.mark.parametrize(
    "text",
    [
        "Jean-" * 3000 + "Paul Act",  # one endless hyphenated word
        "O'" * 3000 + "Brien Bill",
    ],
)
def test_a_policy_name_starts_at_a_word_and_its_words_are_bounded(text: str) -> None:
    assert policy_phrases(text) == []


def test_named_policies_are_still_found() -> None:
    text = "Ministers backed the Affordable Care Act and the Clean Air Act 1956."
    assert policy_phrases(text) == ["Affordable Care Act", "Clean Air Act 1956"]


@pytest.mark.parametrize(
    "text",
    [
        '"' * 4000,
        "said " * 4000,
        "X said that " * 1500,
        "\"He said, “she said, 'they said'”\" " * 300,
        "according to " * 2000,
        "Smith, " * 3000 + 'said "yes"',
    ],
    ids=["marks", "cues", "clauses", "nested", "according", "commas"],
)
def test_hostile_text_extracts_without_inventing_speakers(text: str) -> None:
    result = extract_article(Article(id="x", path="x.txt", text=text))
    for quote in result.quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
    assert all(s.name.strip() for s in result.speakers)


def test_an_over_long_article_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Word. " * (MAX_TEXT_CHARS // 6 + 10), encoding="utf-8")
    with pytest.raises(ArticleError) as err:
        read_article(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and "at most 1,000,000" in message


def test_a_one_line_article_is_a_body_not_a_headline_without_one(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_text("\n" * 50 + 'Jane Doe said "the plan is sound".\n', encoding="utf-8")
    article = read_article(path)
    assert article.text[article.body_start :].strip() == 'Jane Doe said "the plan is sound".'
