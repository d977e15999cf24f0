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
# A sentence end: a stop (closing marks after it), then space, or no space before a capitalised
# word ("a year.Critics"); whether the next character can open a sentence is checked in code.
_BOUNDARY = re.compile(
    r"[.!?…][\"”’')\]]*\s+(?=\S)|(?<=[a-z][a-z])[.!?](?=[A-Z][a-z])|;\s+(?=[\"“‘]\S|[A-Z])"
)
_OPENERS = "\"“‘'£$€¥₹#"
_LAST_WORD = re.compile(r"([\w.]+)[.]$")
_ABBREVIATIONS = cues.words("""
    mr mrs ms dr st sen rep gov gen lt col sgt jr sr prof rev hon no vs v jan feb mar apr jun
    jul aug sep sept oct nov dec inc ltd co corp asst dept est approx fig etc e.g i.e u.s u.k
    u.n a.m p.m
    """)
# Abbreviations always followed by a name or a number, never ending a sentence: the titles of
# cues.NAME_ABBREVIATIONS ("Maj. Gen. Tom Baker") but those that end a company's name or a
# person's ("Acme Ltd.", "Tom Baker Jr.").
_NEVER_LAST = cues.words("no vs v asst dept") | {
    w.lower() for w in cues.NAME_ABBREVIATIONS - cues.words("Inc Ltd Co Corp Bros Jr Sr")
}
_ABBREVIATIONS |= _NEVER_LAST
_ASIDE = re.compile(
    r"\s[—–]\s[^—–\n]{1,120}?\s[—–](?=\s)|\s-\s[^\n]{1,80}?\s-(?=\s)|\([^()\n]{0,120}\)"
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


# How far any rule reads from a quotation or cue to find its speaker, cue or clause, in
# characters. Real sentences are far shorter (the longest reported clause in every gold set is
# 313 characters); the bound keeps extraction linear on a file with no sentence ends.
READ_REACH = 800
MAX_SENTENCE = 3 * READ_REACH

_WRAP_WIDTH = 120  # hard-wrapped text has shorter lines than this


def _blocks(text: str, start: int):
    """Blank-line separated blocks; a block whose lines are longer than any hard wrap is one
    paragraph per line (wire copy and scraped text put a single newline between paragraphs)."""
    for m in _PARAGRAPH.finditer(text, start):
        a, b = m.start(), m.end()
        lines = text[a:b].split("\n")
        if len(lines) > 1 and max(map(len, lines)) > _WRAP_WIDTH:
            for line in lines:
                yield a, a + len(line)
                a += len(line) + 1
        else:
            yield a, b


def paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """Paragraphs of ``text[start:]`` as (start, end), whitespace trimmed (see ``_blocks``)."""
    out = []
    for a, b in _blocks(text, start):
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


def _opens_sentence(masked: str, i: int) -> bool:
    """The character at ``i`` can start a sentence: a capital (any script), a digit, an opening
    quotation mark or currency sign before a word, or a bracket before one of those."""
    ch = masked[i : i + 1]
    if ch in "([" and i + 1 < len(masked):
        return _opens_sentence(masked, i + 1)
    if ch and ch in _OPENERS:
        return not masked[i + 1 : i + 2].isspace() and bool(masked[i + 1 : i + 2])
    if ch.islower():  # "iPhone", "eBay": a lowercase brand with a capital inside
        return masked[i + 1 : i + 2].isupper()
    return ch.isupper() or ch.isdigit()


def _abbreviation_ends(masked: str, dot: int, nxt: int) -> bool:
    """An abbreviation ends the sentence too when a sentence-opening word follows it ("… in the
    U.S. The senator said"), unless it is a title ("Mr. The" never happens)."""
    m = _LAST_WORD.search(masked, max(0, dot - 12), dot + 1)
    word = m.group(1).lower() if m else ""
    if word in _NEVER_LAST or len(word) == 1:
        return False
    following = re.match(r"[A-Za-z]+", masked[nxt : nxt + 20])
    return bool(following) and following.group().lower() in cues.CAPITALISED_STOPWORDS


def split_sentences(masked: str, paras: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences of each paragraph, found on the masked text so quotations stay whole."""
    out = []
    for n, (start, end) in enumerate(paras):
        begin = start
        for m in _BOUNDARY.finditer(masked, start, end):
            if masked[m.start()] != ";" and not _opens_sentence(masked, m.end()):
                continue
            if (
                masked[m.start()] == "."
                and _is_abbreviation(masked, m.start())
                and not _abbreviation_ends(masked, m.start(), m.end())
            ):
                continue
            out.extend(_bounded(masked, begin, m.end(), n))
            begin = m.end()
        if begin < end:
            out.extend(_bounded(masked, begin, end, n))
    return out


def _bounded(masked: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    """The sentence ``start``–``end``, cut at spaces into pieces of at most MAX_SENTENCE
    characters. No real sentence is that long; a file without full stops would otherwise be one
    sentence, and rules that read a whole sentence would be quadratic on it. Quotations are
    masked without spaces, so a cut never falls inside one."""
    out = []
    while end - start > MAX_SENTENCE:
        cut = masked.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut < 0:
            break  # one long quotation or word: leave it whole
        out.append(Sentence(start, cut + 1, paragraph))
        start = cut + 1
    out.append(Sentence(start, end, paragraph))
    return out
