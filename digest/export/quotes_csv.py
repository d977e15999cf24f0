"""``data/quotes.csv``: one row per published quote, for spreadsheet users.

Written with the ``csv`` module (RFC 4180 quoting: commas, quote marks and newlines survive a
round trip), UTF-8 with a byte-order mark so spreadsheet programs read the accents right. A cell
that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) is prefixed with an apostrophe, as OWASP advises against CSV injection: article
text is written by others.
"""

from __future__ import annotations

import csv
import io

from digest.export.data import url_of
from digest.export.links import SiteLinks
from digest.index import DigestIndex, sorted_quotes

COLUMNS: tuple[str, ...] = (
    "id",
    "debate",
    "date",
    "speaker",
    "speaker_name",
    "joint_with",
    "kind",
    "text",
    "cue",
    "themes",
    "policies",
    "permalink",
    "source_url",
)
"""The header row. Lists (joint_with, themes, policies) are ids joined by ``;``."""
LIST_SEPARATOR = ";"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def quotes_csv(index: DigestIndex, links: SiteLinks) -> str:
    """The CSV text (header first, then quotes: debates newest first, each in document order)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in quote_rows(index, links):
        writer.writerow([guard(cell) for cell in row])
    return "\ufeff" + out.getvalue()


def quote_rows(index: DigestIndex, links: SiteLinks) -> list[list[str]]:
    """The rows before guarding, one per published quote, cells in :data:`COLUMNS` order."""
    digest = index.digest
    rows = []
    for debate in index.debates_newest_first:
        for quote in sorted_quotes(debate):
            who = digest.speakers.get(quote.speaker) or digest.organisations.get(quote.speaker)
            rows.append(
                [
                    quote.id,
                    debate.id,
                    debate.date or "",
                    quote.speaker or "",
                    who.name if who else "",
                    LIST_SEPARATOR.join(quote.joint_with),
                    quote.kind,
                    quote.text,
                    quote.cue or "",
                    LIST_SEPARATOR.join(quote.themes),
                    LIST_SEPARATOR.join(quote.policies),
                    url_of(links, links.quote(debate.id, quote.id)),
                    debate.source.url or "",
                ]
            )
    return rows


def guard(cell: str) -> str:
    """``cell``, with an apostrophe before it when a spreadsheet would read it as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
