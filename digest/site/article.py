"""A debate's article as HTML paragraphs, each quote's words wrapped in a linked ``<mark>``.

Spans are found once per debate (the loader's ``start``/``end``, else
``digest.validate.find_quote_span``). The text is cut at every span boundary; each piece is
escaped with :func:`html_text` (the article is untrusted) and a piece inside quotes links to the
innermost quote's card, so overlapping quotes still get one mark each piece. A quote's first
mark carries the anchor ``a-<quote id>`` (:func:`article_anchor`) its card links back to; a quote
hidden under shorter ones overlapping it has no mark of its own, so no anchor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup

from digest.extract.reading import header_length
from digest.model import Debate, Quote
from digest.site.escape import attr, html_text

# A blank line between paragraphs, whatever the line endings: LF, CRLF or a lone CR (offsets
# refer to the file as it is, so the text is never translated; html_text folds the rest).
_NEWLINE = r"(?:\r\n|\r(?!\n)|\n)"  # one line ending: CRLF is never two
_PARAGRAPH_BREAK = re.compile(rf"{_NEWLINE}[ \t]*{_NEWLINE}\s*")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    quote: Quote


def quote_spans(debate: Debate, quotes: list[Quote]) -> list[Span]:
    """Where each quote is in the article; quotes not found are left out (the loader says so)."""
    find = _span_finder()
    spans = []
    for quote in quotes:
        where = (quote.start, quote.end)
        if where[0] is None or where[1] is None:
            where = find(debate.article_text, quote.text)
        if where is not None and where[0] is not None and where[1] is not None:
            spans.append(Span(where[0], where[1], quote))
    return spans


def _span_finder() -> Callable[[str, str], tuple[int, int] | None]:
    try:  # the loader's matcher knows about curly quotes and whitespace
        from digest.validate import find_quote_span
    except ImportError:  # pragma: no cover - only while the loader is being written
        return _find_exact
    return find_quote_span


def _find_exact(text: str, needle: str) -> tuple[int, int] | None:
    start = text.find(needle)
    return None if start < 0 else (start, start + len(needle))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines, surrounding whitespace excluded."""
    bounds, position = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((position, match.start()))
        position = match.end()
    bounds.append((position, len(text)))
    return [(a, b) for a, b in bounds if text[a:b].strip()]


Mark = Callable[[str, Span, bool, bool], str]


def article_anchor(quote_id: str) -> str:
    """The id of a quote's first mark in the article: ``q-1`` -> ``a-q-1``."""
    return f"a-{quote_id}"


def article_html(text: str, spans: list[Span], mark: Mark) -> Markup:
    """HTML of the whole article; ``mark(html, span, first, ends)`` wraps a quoted piece:
    ``first`` for the quote's first mark, ``ends`` for the last one of the quote in a paragraph."""
    out, seen = [], set()
    body = header_length(text)
    for start, end in paragraphs(text):
        if end <= body:
            continue  # the header lines (title:, date:, …) describe the article, not its text
        inside = [s for s in spans if s.start < end and s.end > start]
        out.append("<p>" + "".join(_pieces(text, start, end, inside, mark, seen)).strip() + "</p>")
    return Markup("\n".join(out))


def _pieces(
    text: str, start: int, end: int, spans: list[Span], mark: Mark, seen: set[str]
) -> list[str]:
    cuts = sorted({start, end} | {min(max(p, start), end) for s in spans for p in (s.start, s.end)})
    pieces = []
    for a, b in pairwise(cuts):
        piece = _inline(text[a:b], at_line_start=(a == start))
        covering = [s for s in spans if s.start <= a and b <= s.end]
        if covering:
            innermost = min(covering, key=lambda s: s.end - s.start)
            first = innermost.quote.id not in seen
            seen.add(innermost.quote.id)
            piece = mark(piece, innermost, first, b == innermost.end or b == end)
        pieces.append(piece)
    return pieces


def _inline(text: str, *, at_line_start: bool) -> str:
    """Escape a piece of a paragraph, keeping the spaces at its edges (pieces are concatenated)."""
    lead = " " if text[:1].isspace() and not at_line_start else ""
    trail = " " if text[-1:].isspace() else ""
    return f"{lead}{html_text(text)}{trail}" if text.strip() else (" " if text else "")


def mark_html(piece: str, span: Span, who: str, speaker_link: str, *, first: bool = False) -> str:
    """The default ``<mark>``: the words link to the quote card; the speaker follows the quote.

    Every mark of a quote has ``data-quote`` (a script emphasises them all when the quote's card
    or its anchor is the URL's target); the ``first`` one also has the id the card links to.
    """
    quote = span.quote
    kind = "reported" if quote.kind == "indirect" else "quote"
    title = attr(f"{who} ({kind})")
    anchor = f' id="{attr(article_anchor(quote.id))}"' if first else ""
    marked = (
        f'<mark class="dd-hl dd-hl--{attr(quote.kind)}"{anchor} data-quote="{attr(quote.id)}"'
        f' title="{title}"><a href="#{attr(quote.id)}">{piece}</a></mark>'
    )
    return marked + (f'<sup class="dd-hl__who">{speaker_link}</sup>' if speaker_link else "")
