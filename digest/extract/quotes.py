"""Quotation-mark spans: where the article puts words between quotation marks.

Double marks (curly or straight) pair first; single marks (‘ ’ or ') pair only outside them, and
an apostrophe (don’t, Labour’s, ’90s) never opens or closes. A quotation left open at the end of a
paragraph continues only when the next paragraph opens with a mark (the newspaper convention);
otherwise the marks are unbalanced and the paragraph's straight-mark spans are refused, not
guessed. Whether a span is a *quote* (and not a title or a scare-quoted term) is decided later,
by attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_DOUBLE = re.compile(r"[“”\"]")
_SINGLE = re.compile(r"[‘’']")
_OPEN_BEFORE = " \t\n([{—–-/:;,"
_WORD = re.compile(r"\w+(?:[-’']\w+)*")


@dataclass(frozen=True)
class MarkSpan:
    """Characters ``start:end`` of the text, both quotation marks included."""

    start: int
    end: int
    single: bool = False  # ‘…’ rather than “…”
    continued: bool = False  # runs over a paragraph break

    def words(self, text: str) -> int:
        return len(_WORD.findall(text, self.start, self.end))


@dataclass(frozen=True)
class _Pairing:
    spans: list[tuple[int, int]]
    dangling: int | None  # an opening mark never closed in the paragraph
    straight_odd: bool


def _pair_double(text: str, start: int, end: int) -> _Pairing:
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    straight = 0
    for m in _DOUBLE.finditer(text, start, end):
        i, ch = m.start(), m.group()
        straight += ch == '"'
        opening = ch == "“" or (ch == '"' and open_at is None)
        if (opening and open_at is None) or opening:
            open_at = i
        elif open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
        # a closing mark with nothing open is a stray: ignored
    return _Pairing(spans, open_at, straight % 2 == 1)


def _is_single_open(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if text[i] == "’" or before not in _OPEN_BEFORE + '“"':
        return False
    if text[i + 1 : i + 4].rstrip("s").isdigit():  # ’90s written with an opening mark
        return False
    return after.isalnum() or after in "[…"


def _is_single_close(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if text[i] == "‘" or before.isspace():
        return False
    return not after.isalnum()


def _plural_possessive(text: str, i: int, closer_later: bool) -> bool:
    """ "the critics’ view": a mark after -s and before a lowercase word, with a closer later."""
    return text[i - 1 : i] == "s" and text[i + 1 : i + 3][-1:].islower() and closer_later


class _Inside:
    """Whether an offset falls in one of the given spans (disjoint, in order): by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def __call__(self, i: int) -> bool:
        n = bisect_right(self.starts, i) - 1
        return n >= 0 and i < self.spans[n][1]


def _pair_single(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list:
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    inside = _Inside(taken)
    marks = [m.start() for m in _SINGLE.finditer(text, start, end)]
    marks = [i for i in marks if not inside(i)]  # nested in a double quotation: part of it
    # closer_after[n]: a closing mark stands after marks[n] (read right to left, once)
    closer_after = [False] * len(marks)
    for n in range(len(marks) - 2, -1, -1):
        closer_after[n] = closer_after[n + 1] or _is_single_close(text, marks[n + 1], start, end)
    for n, i in enumerate(marks):
        if open_at is None and _is_single_open(text, i, start, end):
            open_at = i
        elif open_at is not None and _is_single_close(text, i, start, end):
            if _plural_possessive(text, i, closer_after[n]):
                continue
            spans.append((open_at, i + 1))
            open_at = None
    return spans


def _opens_with_mark(text: str, start: int, end: int) -> bool:
    head = text[start:end].lstrip()
    return bool(head) and head[0] in '“"'


def find_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[MarkSpan]:
    """All quotation spans of the paragraphs, in document order."""
    found: list[MarkSpan] = []
    carry: int | None = None  # opening of a quotation continued from the previous paragraph
    for n, (start, end) in enumerate(paragraphs):
        pairing = _pair_double(text, start, end)
        spans = list(pairing.spans)
        if carry is not None and spans and text[start:end].lstrip()[0] in '“"':
            first = spans.pop(0)
            found.append(MarkSpan(carry, first[1], continued=True))
            carry = None
        elif carry is not None and pairing.dangling is not None:
            pass  # the continued quotation runs on into the next paragraph too
        else:
            carry = None
        nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        if pairing.dangling is not None and nxt and _opens_with_mark(text, *nxt):
            carry = carry if carry is not None else pairing.dangling
        elif pairing.dangling is not None and pairing.straight_odd:
            spans = []  # unbalanced straight marks: refuse the paragraph rather than guess
        found.extend(MarkSpan(a, b) for a, b in spans)
        found.extend(MarkSpan(a, b, single=True) for a, b in _pair_single(text, start, end, spans))
    found.sort(key=lambda s: s.start)
    return found
