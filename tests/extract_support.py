"""Shared helpers for the extraction tests: an invented text through the real pipeline, read as
(kind, text, speaker name) triples. Every quote's offsets are checked against the text."""

from __future__ import annotations

from digest.extract.pipeline import extract_article
from digest.extract.result import Article, Extraction, Lexicon

Triple = tuple[str, str, str | None]


def extract(text: str, lexicon: Lexicon | None = None) -> tuple[Extraction, list[Triple]]:
    """The extraction of ``text``, and its quotes as (kind, text, speaker name or None)."""
    result = extract_article(Article(id="t", path="t.txt", text=text), lexicon)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    names = {s.id: s.name for s in result.speakers}
    return result, [(q.kind, q.text, names.get(q.speaker, q.speaker)) for q in result.quotes]


def quotes_of(text: str, lexicon: Lexicon | None = None) -> list[Triple]:
    return extract(text, lexicon)[1]


def speakers_of(text: str, lexicon: Lexicon | None = None) -> list[str | None]:
    return [who for _kind, _text, who in quotes_of(text, lexicon)]


def check_quotes(table: list[tuple[str, list[Triple]]]) -> None:
    """Every row (an invented text, its exact quotes) gives exactly its quotes; all the rows are
    run, so one failure names every miss."""
    got = {text: quotes_of(text + "\n") for text, _ in table}
    wrong = [(text, got[text], want) for text, want in table if got[text] != want]
    assert not wrong, "\n".join(f"{t!r}\n  got  {g}\n  want {w}" for t, g, w in wrong)


def indirect_of(text: str) -> list[tuple[str, str | None]]:
    """The reported-speech quotes of an invented sentence, as (text, speaker name or None)."""
    return [(t, who) for kind, t, who in quotes_of(text + "\n") if kind == "indirect"]


def check_indirect(table: list[tuple[str, list[tuple[str, str | None]]]]) -> None:
    """Every row (a sentence, its exact reported quotes) gives exactly those; all the rows are
    run, so one failure names every miss."""
    got = {text: indirect_of(text) for text, _ in table}
    wrong = [(text, got[text], want) for text, want in table if got[text] != want]
    assert not wrong, "\n".join(f"{t!r}\n  got  {g}\n  want {w}" for t, g, w in wrong)
