"""The front page as data: the newest debates, who is quoted most, the busiest themes, one quote.

Algorithm: :func:`home_data` ranks everything once per build from the index the plugin built (so
it only ever sees what the build publishes) and keeps a bounded number of items per block; the
planner hands the result to the home page as its record, and :func:`home_view` only unpacks it.
The same blocks can be embedded in a hand-written page with ``<!-- digest:<block> -->`` markers
(:func:`find_markers`), which the plugin replaces with the rendered block.

Plain Python (no MkDocs): the plugin turns :class:`HomeSettingsError` into a build error.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from digest.index import Counts, DigestIndex, QuoteRef, sorted_quotes, surname_key
from digest.model import Debate, Speaker, Theme

if TYPE_CHECKING:
    from digest.site.helpers import Helpers
    from digest.site.planner import PlannedPage

DEFAULT_ITEMS = 6
MONTHS = (
    "January February March April May June July August September October November December"
).split()

# block name (as written in a marker) -> the template that renders it
BLOCKS: dict[str, str] = {
    "stats": "digest/home-stats.html",
    "search": "digest/home-search.html",
    "featured-quote": "digest/home-featured.html",
    "latest-debates": "digest/home-debates.html",
    "top-people": "digest/home-people.html",
    "top-themes": "digest/home-themes.html",
}
# `<!-- digest:latest-debates -->` alone on its line (spaces allowed around the name).
MARKER = re.compile(r"^[ \t]*<!--[ \t]*digest:([a-z0-9-]*)[ \t]*-->[ \t]*$")


class HomeSettingsError(ValueError):
    """A home-page setting names something the build does not publish."""


@dataclass(frozen=True)
class HomeSettings:
    """What the editor sets in mkdocs.yml: ``featured_quote: <debate id>#<quote id>`` and
    ``home_items`` (items per block); ``title``/``description`` come from ``site_name`` and
    ``site_description``."""

    featured_quote: str | None = None
    items: int = DEFAULT_ITEMS
    title: str = "Debate Digest"
    description: str = ""


@dataclass(frozen=True)
class Totals:
    """The size of the digest: what the stats line says."""

    debates: int
    people: int
    quotes: int
    first_date: str | None
    last_date: str | None


@dataclass(eq=False)
class HomeData:
    """Everything the front page shows, ranked once and bounded to ``settings.items`` per block."""

    settings: HomeSettings
    totals: Totals
    debates: list[tuple[Debate, Counts]] = field(default_factory=list)
    people: list[tuple[Speaker, Counts]] = field(default_factory=list)
    themes: list[tuple[Theme, Counts]] = field(default_factory=list)
    featured: QuoteRef | None = None
    featured_pinned: bool = False


def home_data(index: DigestIndex, settings: HomeSettings | None = None) -> HomeData:
    """Rank the digest for the front page; raises :class:`HomeSettingsError` on a bad pin."""
    settings = settings or HomeSettings()
    limit = max(settings.items, 1)
    pinned = resolve_pin(index, settings.featured_quote)
    return HomeData(
        settings=settings,
        totals=totals(index),
        debates=[(d, _debate_counts(d)) for d in index.debates_newest_first[:limit]],
        people=top_people(index, limit),
        themes=top_themes(index, limit),
        featured=pinned or newest_reviewed_direct_quote(index),
        featured_pinned=pinned is not None,
    )


def home_view(page: PlannedPage, index: DigestIndex, h: Helpers) -> dict:
    """The home page and every embedded block: the planned :class:`HomeData`, unpacked."""
    data: HomeData = page.record  # type: ignore[assignment]
    return {
        "home": data,
        "totals": data.totals,
        "settings": data.settings,
        "human_date": human_date,
        "date_range": date_range,
    }


# --- rankings ------------------------------------------------------------------------------
def totals(index: DigestIndex) -> Totals:
    debates = index.debates_newest_first
    dates = sorted(d.date for d in debates if d.date)
    return Totals(
        debates=len(debates),
        people=len(index.digest.speakers),
        quotes=sum(len(d.published_quotes) for d in debates),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
    )


def top_people(index: DigestIndex, limit: int) -> list[tuple[Speaker, Counts]]:
    """The most-quoted speakers: most quotes, then most debates, then A–Z by surname.

    Ranked on list lengths the index already holds; full counts only for the ``limit`` kept."""
    speakers = index.digest.speakers
    quoted = [speakers[s] for s, refs in index.quotes_by_speaker.items() if refs and s in speakers]
    debates = index.debates_by_speaker

    def rank(speaker: Speaker) -> tuple:
        quotes = len(index.quotes_by_speaker[speaker.id])
        return (-quotes, -len(debates.get(speaker.id, ())), surname_key(speaker))

    return [(s, index.counts("speakers", s.id)) for s in heapq.nsmallest(limit, quoted, key=rank)]


def top_themes(index: DigestIndex, limit: int) -> list[tuple[Theme, Counts]]:
    """The themes with the most statements (quotes), then positions, then A–Z; none empty."""
    quotes, positions = index.quotes_by_theme, index.positions_by_theme

    def rank(theme: Theme) -> tuple:
        return (
            -len(quotes.get(theme.id, ())),
            -len(positions.get(theme.id, ())),
            theme.name.lower(),
        )

    said = [t for t in index.digest.themes.values() if quotes.get(t.id) or positions.get(t.id)]
    return [(t, index.counts("themes", t.id)) for t in heapq.nsmallest(limit, said, key=rank)]


def newest_reviewed_direct_quote(index: DigestIndex) -> QuoteRef | None:
    """The first reviewed direct quote of the newest debate that has one (document order)."""
    for debate in index.debates_newest_first:
        for quote in sorted_quotes(debate):
            if quote.kind == "direct" and quote.status == "reviewed":
                return QuoteRef(debate, quote)
    return None


def resolve_pin(index: DigestIndex, pin: str | None) -> QuoteRef | None:
    """``why-did-labour-lose#q-16e1994950`` -> that published quote; a clear error otherwise."""
    if not pin:
        return None
    debate_id, sep, quote_id = pin.strip().partition("#")
    if not sep or not debate_id or not quote_id:
        raise HomeSettingsError(
            f"featured_quote: '{pin}' is not '<debate id>#<quote id>' "
            "(hint: copy the end of the quote's permalink, e.g. my-debate#q-0123456789)"
        )
    debate = index.digest.debates.get(debate_id)
    if debate is None:
        raise HomeSettingsError(
            f"featured_quote: no published debate '{debate_id}' "
            f"(hint: the file name of a debate under content/debates/, without .yaml)"
        )
    quote = index.quote(debate_id, quote_id)
    if quote is None:
        raise HomeSettingsError(
            f"featured_quote: debate '{debate_id}' publishes no quote '{quote_id}' "
            "(hint: the quote is misspelt, rejected, or left out of this build)"
        )
    return QuoteRef(debate, quote)


def _debate_counts(debate: Debate) -> Counts:
    quotes = debate.published_quotes
    return Counts(
        quotes=len(quotes),
        debates=1,
        speakers=len({s for q in quotes for s in q.speakers}),
    )


# --- dates and markers ----------------------------------------------------------------------
def human_date(date: str | None) -> str:
    """``2010`` -> ``2010``; ``2010-05`` -> ``May 2010``; ``2010-05-06`` -> ``6 May 2010``."""
    if not date:
        return ""
    parts = date.split("-")
    try:
        if len(parts) >= 2:
            month = MONTHS[int(parts[1]) - 1]
            day = f"{int(parts[2])} " if len(parts) >= 3 else ""
            return f"{day}{month} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return date


def date_range(first: str | None, last: str | None) -> str:
    """``May 2010 – June 2011``, one date when both are the same, empty without dates."""
    if not first or not last:
        return human_date(first or last)
    if first == last:
        return human_date(first)
    return f"{human_date(first)} – {human_date(last)}"


@dataclass(frozen=True)
class Marker:
    """One ``<!-- digest:<name> -->`` marker in a hand-written page (1-based line, column)."""

    name: str
    start: int
    end: int
    line: int
    column: int


def find_markers(markdown: str) -> list[Marker]:
    """Every block marker of ``markdown``, in order, except inside fenced code (a page may show
    a marker as an example); unknown names are returned too (the caller reports them)."""
    markers, fence, offset = [], "", 0
    for number, line in enumerate(markdown.splitlines(keepends=True), start=1):
        stripped = line.strip()
        if fence:
            fence = "" if stripped.startswith(fence) else fence
        elif stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
        else:
            match = MARKER.match(line.rstrip("\r\n"))
            if match:
                column = len(line) - len(line.lstrip(" \t")) + 1
                end = offset + len(line.rstrip("\r\n"))
                markers.append(Marker(match.group(1), offset, end, number, column))
        offset += len(line)
    return markers


def replace_markers(markdown: str, rendered: dict[str, str]) -> str:
    """``markdown`` with each marker replaced by ``rendered[name]`` (blank lines around it, so it
    never merges with the editor's paragraphs)."""
    pieces, last = [], 0
    for marker in find_markers(markdown):
        pieces += [markdown[last : marker.start], "\n", rendered[marker.name].strip("\n"), "\n"]
        last = marker.end
    pieces.append(markdown[last:])
    return "".join(pieces)
