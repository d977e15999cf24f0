"""Find a quote's words in its article, whatever the quote marks and whitespace runs.

The article is folded once (curly quote marks to straight ones; one character for one, so offsets
do not move) and cached; a quote is looked up with ``str.find`` first and, only when the exact
folded text is absent, with a regex that lets any whitespace run stand for any other.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

_STRAIGHT = {**dict.fromkeys("‘’‚‛", "'"), **dict.fromkeys("“”„‟", '"')}


def fold_quote_marks(text: str) -> str:
    """``text`` with curly quote marks made straight; same length, so offsets still hold.

    A chain of ``str.replace`` is ~100x faster than ``str.translate`` here (2 µs vs 150 µs for a
    3 KB article): translate with a mapping goes through Python for every character.
    """
    for curly, straight in _STRAIGHT.items():
        if curly in text:
            text = text.replace(curly, straight)
    return text


@lru_cache(maxsize=1024)
def _folded_article(article_text: str) -> str:
    # Cached per article: the loader and the site look up many quotes in the same article.
    return fold_quote_marks(article_text)


def find_quote_span(
    article_text: str, quote_text: str, start_hint: int | None = None
) -> tuple[int, int] | None:
    """(start, end) of ``quote_text`` in ``article_text``, or None when it is not there verbatim.

    Quote marks ‘’‚‛ match ' and “”„‟ match "; any run of whitespace matches any other. When the
    words occur more than once, the occurrence nearest ``start_hint`` wins (else the first).
    """
    needle = fold_quote_marks(quote_text.strip())
    if not needle:
        return None
    haystack = _folded_article(article_text)
    spans = _exact_spans(haystack, needle, start_hint)
    if not spans:
        pattern = r"\s+".join(re.escape(word) for word in needle.split())
        found = (m.span() for m in re.finditer(pattern, haystack))
        spans = list(found) if start_hint is not None else list(islice(found, 1))
    if not spans:
        return None
    if start_hint is None:
        return spans[0]
    return min(spans, key=lambda span: abs(span[0] - start_hint))


def _exact_spans(haystack: str, needle: str, start_hint: int | None) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` when a hint must choose, else just the first."""
    spans = []
    start = haystack.find(needle)
    while start >= 0:
        spans.append((start, start + len(needle)))
        if start_hint is None:
            break
        start = haystack.find(needle, start + 1)
    return spans
