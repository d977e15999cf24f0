"""Ready-made citations of one quote, as plain text a reader copies into their own work.

Each quote card carries them in its static HTML (``digest/quote-share.html``), so they work with
JavaScript off and offline; ``share.js`` only adds the copy buttons. A citation is built from the
record alone — who said it, the words, the debate, the source article, its dates — and the
quote's permalink: absolute when the site has a ``site_url``, else the link from the page (the
script then shows it resolved against the page's own address). Two styles (:func:`citation`;
another style is one more function there):

- **plain**: who, the exact words, the debate and date, the source, then the permalink;
- **chicago**: a Chicago-style note for a quote taken from a secondary source ("quoted in" the
  article, then "via" the digest's page), with the comma inside a title's closing quote mark.

What every quote of a debate shares (the debate, the source) is made once per debate
(:func:`debate_parts`). Every part is plain text: the template escapes it (article text is
untrusted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.model import Debate, Quote

MONTHS = (
    "January February March April May June July August September October November December"
).split()
# Words inside quotation marks: their own double quote marks become single ones.
_NESTED = str.maketrans({"“": "‘", "”": "’", '"': "'"})
_STRAIGHT_PAIR = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class CitationStyle:
    """One style's text: ``text`` then the permalink, then ``end`` (its closing punctuation)."""

    name: str  # a short id: "plain", "chicago"
    label: str  # what the reader sees: "Plain text" (its copy button: "Copy Plain text")
    text: str
    end: str = ""


@dataclass(frozen=True)
class Citation:
    url: str  # the quote's permalink: absolute, or relative to the page it is shown on
    styles: tuple[CitationStyle, ...]


@dataclass(frozen=True)
class CiteFacts:
    """What a citation says, as names and text (no ids): see :func:`facts`."""

    speakers: tuple[str, ...]  # names; empty when nobody is credited
    words: str
    reported: bool  # an indirect quote: the source's account, not the speaker's own words
    debate: str
    debate_date: str | None
    event: str | None
    source_title: str | None
    source_author: str | None
    publisher: str | None
    source_date: str | None
    source_url: str | None
    site_name: str


def facts(
    quote: Quote, debate: Debate, speakers: list[str], publisher: str | None, site_name: str
) -> CiteFacts:
    """The facts of ``quote`` in ``debate``; ``speakers`` and ``publisher`` are names, looked up
    by the caller (the published records)."""
    source = debate.source
    url = source.url.strip() if source.url else None
    return CiteFacts(
        speakers=tuple(speakers),
        words=" ".join(quote.text.split()),
        reported=quote.kind == "indirect",
        debate=debate.title,
        debate_date=_text(debate.date),
        event=debate.event if debate.event and debate.event != debate.title else None,
        source_title=source.title,
        source_author=source.author,
        publisher=publisher,
        source_date=_text(source.date),
        # Only a web address is worth citing (the card's own link is checked the same way).
        source_url=url if url and url.lower().startswith(("http://", "https://")) else None,
        site_name=site_name,
    )


def citation(facts: CiteFacts, url: str, shared: DebateParts | None = None) -> Citation:
    """Both styles of one quote whose permalink is ``url``; ``shared``: its debate's
    :func:`debate_parts`, when the caller keeps them for the debate's other quotes."""
    parts = shared or debate_parts(facts)
    return Citation(url=url, styles=(plain(facts, parts), chicago(facts, parts)))


@dataclass(frozen=True)
class DebateParts:
    """What the citations of every quote of one debate share, made once per debate."""

    plain: str  # "Debate, Event, 6 May 2010. Source: “Title”, Publisher, May 2010. Site:"
    chicago_source: str  # "Author, “Title,” Publisher, May 6, 2010, https://…", or ""
    chicago_via: str  # "Site, “Debate,”"


def debate_parts(f: CiteFacts) -> DebateParts:
    """The debate's and the source's part of each style (``f``'s quote fields are not read)."""
    debate = ", ".join(p for p in (f.debate, f.event, day_month_year(f.debate_date)) if p)
    source = ", ".join(
        p
        for p in (
            f.source_author,
            f"“{_nest(f.source_title)}”" if f.source_title else None,
            f.publisher,
            day_month_year(f.source_date),
            f.source_url,
        )
        if p
    )
    plain_parts = [_sentence(debate)]
    if source:
        plain_parts.append(f"Source: {_sentence(source)}")
    plain_parts.append(f"{f.site_name}:")
    chicago_source = [
        (item, quoted)
        for item, quoted in (
            (f.source_author, False),
            (f.source_title, True),
            (f.publisher, False),
            (month_day_year(f.source_date), False),
            (f.source_url, False),
        )
        if item
    ]
    via = [(i, q) for i, q in ((f.site_name, False), (f.debate, True)) if i]
    return DebateParts(
        plain=" ".join(plain_parts),
        chicago_source=_chicago_list(chicago_source),
        chicago_via=_chicago_list(via, more=True),
    )


def plain(f: CiteFacts, parts: DebateParts | None = None) -> CitationStyle:
    """``Sadiq Khan: “…” — Debate, 6 May 2010. Source: “Title”, Publisher, May 2010. Site:``"""
    parts = parts or debate_parts(f)
    who = _names(f.speakers, serial=False)
    said = f"{who}, as reported: {f.words}" if f.reported else f"{who}: “{_nest(f.words)}”"
    return CitationStyle("plain", "Plain text", f"{said} — {parts.plain}")


def chicago(f: CiteFacts, parts: DebateParts | None = None) -> CitationStyle:
    """``Sadiq Khan, quoted in Author, “Title,” Publisher, May 6, 2010; via Site, “Debate,”``"""
    parts = parts or debate_parts(f)
    who = _names(f.speakers, serial=True)
    verb = "reported in" if f.reported else "quoted in"
    source = f" {verb} {parts.chicago_source};" if parts.chicago_source else ""
    text = f"{who},{source} via {parts.chicago_via}"
    return CitationStyle("chicago", "Chicago-style note", text, ".")


# --- dates and names ---------------------------------------------------------------------------
def day_month_year(date: str | None) -> str | None:
    """``2010-05-06`` -> ``6 May 2010``, ``2010-05`` -> ``May 2010``, ``2010`` -> ``2010``."""
    parts = _date_parts(date)
    if parts is None:
        return date
    year, month, day = parts
    return " ".join(p for p in (day, MONTHS[month - 1] if month else None, year) if p)


def month_day_year(date: str | None) -> str | None:
    """``2010-05-06`` -> ``May 6, 2010`` (Chicago), ``2010-05`` -> ``May 2010``."""
    parts = _date_parts(date)
    if parts is None:
        return date
    year, month, day = parts
    if not month:
        return year
    return f"{MONTHS[month - 1]} {day}, {year}" if day else f"{MONTHS[month - 1]} {year}"


def _date_parts(date: str | None) -> tuple[str, int | None, str | None] | None:
    """(year, month, day without a leading zero) of an ISO date; None for anything else."""
    if not date:
        return None
    pieces = date.split("-")
    if not all(p.isdigit() for p in pieces) or len(pieces) > 3 or len(pieces[0]) != 4:
        return None
    month = int(pieces[1]) if len(pieces) > 1 else None
    if month is not None and not 1 <= month <= 12:
        return None
    day = str(int(pieces[2])) if len(pieces) > 2 else None
    return pieces[0], month, day


def _names(names: tuple[str, ...], *, serial: bool) -> str:
    """``A``, ``A and B``, ``A, B and C`` (``A, B, and C`` with the serial comma)."""
    if not names:
        return "Unattributed"
    if len(names) < 3:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ("," if serial else "") + " and " + names[-1]


# --- punctuation ------------------------------------------------------------------------------
def _chicago_list(items: list[tuple[str, bool]], *, more: bool = False) -> str:
    """Items joined by commas, Chicago style: ``(title, True)`` is set in quotation marks and the
    comma after it goes inside the closing mark (none after a title ending in ? or !). ``more``:
    something follows the list (a URL), so its last item takes a comma too."""
    text = []
    for k, (item, quoted) in enumerate(items):
        comma = more or k < len(items) - 1
        if quoted:
            inner = _nest(item)
            text.append(f"“{inner}{',' if comma and inner[-1] not in '?!' else ''}”")
        else:
            text.append(f"{item}," if comma else item)
    return " ".join(text)


def _sentence(text: str) -> str:
    """``text`` ending with a full stop (not doubled after one, nor after ? or !)."""
    return text if text.endswith((".", "?", "!", "…")) else f"{text}."


def _nest(text: str) -> str:
    """``say "no"`` -> ``say ‘no’``: quoted words nest in single marks inside our double ones
    (straight marks are paired only when they balance; else each becomes ``'``)."""
    if text.count('"') % 2 == 0:
        text = _STRAIGHT_PAIR.sub(r"‘\1’", text)
    return text.translate(_NESTED)


def _text(value: object) -> str | None:
    return None if value is None else str(value)
