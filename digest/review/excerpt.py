"""The paragraph of the article around a quote, cut to a readable length around it."""

from __future__ import annotations

import re

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def paragraph_around(article: str, span: tuple[int, int], limit: int = 900) -> tuple[str, int, int]:
    """(excerpt, start, end): the paragraph holding ``span`` and the quote's offsets in it.

    A paragraph longer than ``limit`` characters is cut at sentence-ish boundaries (spaces)
    around the quote and marked with ``…`` so the quote always shows whole.
    """
    start, end = span
    begin = max((m.end() for m in _PARAGRAPH_BREAK.finditer(article, 0, start)), default=0)
    after = _PARAGRAPH_BREAK.search(article, end)
    finish = after.start() if after else len(article)
    spare = max(limit - (end - start), 0)
    prefix, suffix = "", ""
    if start - begin > spare // 2:
        cut = article.find(" ", start - spare // 2, start)
        begin, prefix = (cut + 1 if cut != -1 else start), "…"
    if finish - end > spare - (start - begin):
        cut = article.rfind(" ", end, end + max(spare - (start - begin), 0))
        finish, suffix = (cut if cut != -1 else end), "…"
    body = article[begin:finish]
    lead = len(prefix) - begin
    return prefix + body + suffix, start + lead, end + lead
