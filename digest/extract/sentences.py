"""Paragraphs, a quote-masked copy of the text, and sentences found on that copy.

Masking replaces the inside of every quotation with ``x`` (same length, so offsets hold): the
cue and subject rules then never match words *inside* a quotation, and a full stop inside a
quotation ends a sentence only when the quotation itself ends one. Asides between dashes or
brackets are blanked in a second copy used for subject search ("X commented — which the BBC
noted — ...": the BBC is not the speaker).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.extract import cues
from digest.extract.quotes import MarkSpan

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_BOUNDARY = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘]\S|[(\[]?[A-Z0-9])|;\s+(?=[\"“‘]\S|[A-Z])")
_LAST_WORD = re.compile(r"([\w.]+)[.]$")
_ABBREVIATIONS = cues.words("""
    mr mrs ms dr st sen rep gov gen lt col sgt jr sr prof rev hon no vs v jan feb mar apr jun
    jul aug sep sept oct nov dec inc ltd co corp asst dept est approx fig etc e.g i.e u.s u.k
    u.n a.m p.m
    """)
_ASIDE = re.compile(
    r"\s[—–]\s[^—–\n]{1,120}?\s[—–](?=\s)|\s-\s[^\n]{1,80}?\s-(?=\s)|\([^()\n]{0,120}\)"
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """Blank-line separated blocks of ``text[start:]`` as (start, end), whitespace trimmed."""
    out = []
    for m in _PARAGRAPH.finditer(text, start):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def mask_quotes(text: str, marks: list[MarkSpan]) -> str:
    """``text`` with each quotation's inside replaced by ``x`` (marks and final stop kept)."""
    chars = list(text)
    for span in marks:
        inner_end = span.end - 1
        stop = text[inner_end - 1] if inner_end - 1 > span.start else ""
        for i in range(span.start + 1, inner_end):
            if text[i] != "\n":
                chars[i] = "x"
        if stop in ".!?":
            chars[inner_end - 1] = stop
    return "".join(chars)


def mask_asides(masked: str) -> str:
    """The masked text with dash and bracket asides blanked out (same length)."""
    return _ASIDE.sub(lambda m: " " * len(m.group()), masked)


def _is_abbreviation(masked: str, dot: int) -> bool:
    m = _LAST_WORD.search(masked, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word


def split_sentences(masked: str, paras: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences of each paragraph, found on the masked text so quotations stay whole."""
    out = []
    for n, (start, end) in enumerate(paras):
        begin = start
        for m in _BOUNDARY.finditer(masked, start, end):
            if masked[m.start()] == "." and _is_abbreviation(masked, m.start()):
                continue
            out.append(Sentence(begin, m.end(), n))
            begin = m.end()
        if begin < end:
            out.append(Sentence(begin, end, n))
    return out
