"""Metadata an article without a header carries in its text: headline, date, byline, publisher.

Read only from the top of the body (its first lines) and a wire-style dateline:

* the first line is the **headline** when it reads like one: a paragraph of one line, 3–20 words,
  no sentence break inside and no full stop, comma or colon at its end ("Why did Labour lose?"
  is one; an opening sentence is not);
* a **date** line: "Published: 5 May 2010", "Updated 12:30, 4 January 2019", "Friday, January 4,
  2019", "2019-01-04" (ISO dates are written as YYYY-MM-DD);
* a **byline**: "By Jane Smith" (the author), "By Jane Smith, The Daily Ledger" (and publisher);
  "Published by …" / "Source: …" (the publisher);
* a **dateline** opening the first paragraph: "LONDON, May 5 (Reuters) -" (publisher and date).

Lines used as metadata are left out of the body, so they are never read as sentences.
"""

from __future__ import annotations

import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DATE_FORMS = (
    re.compile(r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
    re.compile(
        _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I
    ),
    re.compile(
        _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})", re.I
    ),
)
_DATE_LABEL = re.compile(
    r"^(?:published|posted|updated|last updated|first published|date)\s*(?:on|:)?\s*", re.I
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\b,?\s*", re.I)
_BYLINE = re.compile(r"^By\s+(?P<author>(?:[A-Z][\w.’'-]*\s*){1,5}?)(?:,\s*(?P<publisher>.+))?$")
_PUBLISHER_LINE = re.compile(r"^(?:Published by|Source|Publisher)\s*:?\s+(?P<publisher>.+)$", re.I)
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{1,40}(?:,\s*[\w .]{2,30})?\s*\((?P<publisher>[A-Z][\w .&-]{1,30})\)\s*[-–—]"
)
_MAX_TOP_LINES = 6


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD, or None."""
    for form in _DATE_FORMS:
        m = form.search(text)
        if not m:
            continue
        groups = m.groupdict()
        month = int(groups["mon"]) if groups.get("mon") else _MONTHS[groups["month"].lower()]
        day, year = int(groups["day"]), int(groups["year"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def reads_like_headline(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 20 or len(line) > 160:
        return False
    if not (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“‘'"):
        return False
    if line.rstrip()[-1:] in ".,;:" or re.search(r"[a-z]{3,}\.\s+[A-Z]", line):
        return False
    return parse_date(line) is None or len(words) > 6


def sniff(text: str, start: int) -> tuple[dict[str, str], int]:
    """(metadata found, where the body starts) for the body of ``text`` from ``start``."""
    meta: dict[str, str] = {}
    pos = start
    lines_seen = 0
    while lines_seen < _MAX_TOP_LINES:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        following = text[end + 1 : end + 2] if end < len(text) else "\n"
        if not line:
            if end >= len(text):
                break
            pos = end + 1
            continue
        own_paragraph = following in ("\n", "")
        if not (own_paragraph or lines_seen) or not _read_line(line, meta, first=not lines_seen):
            break
        lines_seen += 1
        pos = end + 1
    _dateline(text[pos : pos + 200], meta)
    while pos < len(text) and text[pos] == "\n":
        pos += 1
    return meta, (pos if meta else start)


def _read_line(line: str, meta: dict[str, str], first: bool) -> bool:
    """Take what one top line says into ``meta``; False when it is body text."""
    labelled = _DATE_LABEL.match(line)
    date = parse_date(line)
    if date and (labelled or len(_TIME.sub("", line).split()) <= 6):
        meta.setdefault("date", date)
        return True
    byline = _BYLINE.match(line)
    if byline and len(line.split()) <= 10:
        meta.setdefault("author", byline["author"].strip())
        if byline["publisher"]:
            meta.setdefault("source", byline["publisher"].strip())
        return True
    publisher = _PUBLISHER_LINE.match(line)
    if publisher and len(line.split()) <= 8:
        meta.setdefault("source", publisher["publisher"].strip())
        return True
    if first and "title" not in meta and reads_like_headline(line):
        meta["title"] = line
        return True
    return False


def _dateline(head: str, meta: dict[str, str]) -> None:
    m = _DATELINE.match(head)
    if m:
        meta.setdefault("source", m["publisher"].strip())
        date = parse_date(head[: m.end()])
        if date:
            meta.setdefault("date", date)
