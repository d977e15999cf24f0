"""Articles with CRLF or lone-CR line endings: analysed as LF text, offsets into the file as is.

The pipeline's patterns expect ``\\n`` line endings, so it reads the text with universal newlines
(``Article.text``) — and finds the very quotes it finds in an LF copy. The file itself is kept
as it is (``Article.file_text``: ``digest extract`` copies it into ``content/`` unchanged), so
:func:`to_file_offsets` moves every offset from the translated text back to the file's text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from digest.extract.result import Extraction


def universal_newlines(raw: str) -> str:
    """``raw`` with CRLF and lone CR as LF: what ``open(path, encoding="utf-8")`` reads."""
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def to_file_offsets(extraction: Extraction) -> Extraction:
    """``extraction`` with its article's text, ``body_start`` and quote offsets made those of the
    file as it is (no change for a file with LF line endings)."""
    article = extraction.article
    raw = article.file_text
    if raw is None or raw == article.text:
        return extraction
    crlf_ends = [match.start() for match in re.finditer("\r\n", raw)]
    # Translated offset t -> file offset t + (CRLFs whose LF lies before t in the translation).
    # The LF of the k-th CRLF (0-based) sits at translated offset crlf_ends[k] - k.
    lf_positions = [end - k for k, end in enumerate(crlf_ends)]

    def to_file(offset: int) -> int:
        return offset + bisect_right(lf_positions, offset - 1)

    for quote in extraction.quotes:
        quote.start, quote.end = to_file(quote.start), to_file(quote.end)
    article.body_start = to_file(article.body_start)
    article.text, article.file_text = raw, None
    return extraction
