"""Who stands where, and how it moved: the stance map and positions over time, as plain data.

Three views of the positions the index files under speakers and themes:

* the site-wide map (``stances/index.md``): speakers × themes, each cell the speaker's latest
  stance on the theme, linking to its evidence;
* on a theme page: one row per speaker (latest stance, how many debates, whether it changed) and
  "how the field moved": per debate in date order, the count of each stance;
* on a speaker page: per theme, their stances across debates in date order, with a change marked
  in words when the stance differs from their previous known one.

Only known stances count for the map (a speaker whose every position is "unclear" says nothing
a reader can map); the map is capped so a digest of thousands of debates stays one readable page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from digest.index import DigestIndex, PositionRef, surname_key
from digest.model import STANCES, Debate

MAX_THEMES = 40
"""Columns of the site-wide map, at most: the themes with the most known positions."""
MAX_SPEAKERS = 200
"""Rows of the site-wide map, at most: the speakers with the most known positions."""
MAX_FIELD_DEBATES = 60
"""Rows of a theme's "how the field moved", at most: the latest debates."""
KNOWN = ("supports", "opposes", "mixed")


@dataclass(frozen=True)
class Cell:
    """One speaker's stance on one theme: the latest known one, its evidence, and history."""

    stance: str
    debate: Debate
    quote_id: str | None  # the evidence quote on the debate page; None: link the debate
    debates: int  # debates in which the speaker took a position on the theme
    changed: bool  # an earlier known stance differs from this one


@dataclass(frozen=True)
class MapRow:
    speaker: str
    party: str | None
    cells: dict[str, Cell]


@dataclass(frozen=True)
class TimelineStep:
    ref: PositionRef
    quote_id: str | None
    previous: str | None  # the stance before, when this one changed it; else None


@dataclass(frozen=True)
class FieldStep:
    debate: Debate
    counts: dict[str, int]  # stance -> positions, every stance of STANCES present (0 or more)


def date_key(debate: Debate) -> tuple[bool, str, str]:
    """Debates by date, oldest first; undated ones last (by id, so the order is stable)."""
    return (debate.date is None, debate.date or "", debate.id)


def in_date_order(refs: Iterable[PositionRef]) -> list[PositionRef]:
    live = [ref for ref in refs if ref.position.status != "rejected"]
    return sorted(live, key=lambda ref: date_key(ref.debate))


def evidence_of(index: DigestIndex, ref: PositionRef) -> str | None:
    """The first evidence quote still published (a rejected one would be a broken anchor)."""
    for quote_id in ref.position.evidence:
        if index.quote(ref.debate.id, quote_id) is not None:
            return quote_id
    return None


def cell_of(index: DigestIndex, refs: list[PositionRef]) -> Cell | None:
    """The latest known stance of one speaker on one theme; None when none is known."""
    known = [ref for ref in in_date_order(refs) if ref.position.stance in KNOWN]
    if not known:
        return None
    latest = known[-1]
    return Cell(
        stance=latest.position.stance,
        debate=latest.debate,
        quote_id=evidence_of(index, latest),
        debates=len({ref.debate.id for ref in known}),
        changed=any(ref.position.stance != latest.position.stance for ref in known),
    )


def timeline(index: DigestIndex, refs: list[PositionRef]) -> list[TimelineStep]:
    """One speaker's positions on one theme in date order; a step that changes the previous known
    stance carries that stance (``previous``), so the page can say "changed (was Supports)"."""
    steps: list[TimelineStep] = []
    last_known: str | None = None
    for ref in in_date_order(refs):
        stance = ref.position.stance
        changed = stance in KNOWN and last_known is not None and stance != last_known
        steps.append(TimelineStep(ref, evidence_of(index, ref), last_known if changed else None))
        if stance in KNOWN:
            last_known = stance
    return steps


def speaker_timelines(index: DigestIndex, speaker_id: str) -> dict[str, list[TimelineStep]]:
    """Theme -> timeline, for the themes on which the speaker took positions in two debates or
    more (one position is not a movement; it is listed under "Positions by theme")."""
    by_theme: dict[str, list[PositionRef]] = defaultdict(list)
    for ref in index.positions_by_speaker.get(speaker_id, []):
        by_theme[ref.position.theme].append(ref)
    return {
        theme: timeline(index, refs)
        for theme, refs in by_theme.items()
        if len({ref.debate.id for ref in refs if ref.position.status != "rejected"}) > 1
    }


def field_moves(refs: list[PositionRef]) -> tuple[list[FieldStep], int]:
    """Per debate in date order, the count of each stance on a theme; the latest
    :data:`MAX_FIELD_DEBATES` debates, and how many earlier ones were left out."""
    by_debate: dict[str, FieldStep] = {}
    for ref in in_date_order(refs):
        step = by_debate.get(ref.debate.id)
        if step is None:
            step = by_debate[ref.debate.id] = FieldStep(ref.debate, dict.fromkeys(STANCES, 0))
        step.counts[ref.position.stance] = step.counts.get(ref.position.stance, 0) + 1
    steps = list(by_debate.values())
    left_out = max(0, len(steps) - MAX_FIELD_DEBATES)
    return steps[left_out:], left_out


def theme_rows(index: DigestIndex, theme_id: str) -> list[MapRow]:
    """A theme's map: one row per speaker with a known stance on it, by party then surname."""
    by_speaker: dict[str, list[PositionRef]] = defaultdict(list)
    for ref in index.positions_by_theme.get(theme_id, []):
        by_speaker[ref.position.speaker].append(ref)
    rows = []
    for speaker_id, refs in by_speaker.items():
        cell = cell_of(index, refs)
        if cell is not None:
            rows.append(MapRow(speaker_id, _party(index, speaker_id), {theme_id: cell}))
    return _by_party(index, rows)


@dataclass(frozen=True)
class SiteMap:
    themes: list[str]
    groups: list[tuple[str | None, list[MapRow]]]  # (party id or None, its rows)
    themes_left_out: int
    speakers_left_out: int


def site_map(index: DigestIndex) -> SiteMap:
    """Speakers × themes, both capped (see :data:`MAX_THEMES`, :data:`MAX_SPEAKERS`)."""
    known = [
        ref
        for refs in index.positions_by_theme.values()
        for ref in refs
        if ref.position.stance in KNOWN and ref.position.status != "rejected"
    ]
    theme_sizes = _sizes(ref.position.theme for ref in known)
    themes = _top(theme_sizes, MAX_THEMES, lambda t: index.digest.themes[t].name.lower()
                  if t in index.digest.themes else t)
    chosen = set(themes)
    in_map = [ref for ref in known if ref.position.theme in chosen]
    speaker_sizes = _sizes(ref.position.speaker for ref in in_map)
    speakers = set(_top(speaker_sizes, MAX_SPEAKERS, str))
    cells: dict[str, dict[str, list[PositionRef]]] = defaultdict(lambda: defaultdict(list))
    for ref in in_map:
        if ref.position.speaker in speakers:
            cells[ref.position.speaker][ref.position.theme].append(ref)
    rows = [
        MapRow(
            speaker_id,
            _party(index, speaker_id),
            {theme: cell for theme, refs in by_theme.items() if (cell := cell_of(index, refs))},
        )
        for speaker_id, by_theme in cells.items()
    ]
    groups: dict[str | None, list[MapRow]] = {}
    for row in _by_party(index, rows):
        groups.setdefault(row.party, []).append(row)
    return SiteMap(
        themes=themes,
        groups=list(groups.items()),
        themes_left_out=len(theme_sizes) - len(themes),
        speakers_left_out=len(speaker_sizes) - len(speakers),
    )


def _sizes(keys: Iterable[str]) -> dict[str, int]:
    sizes: dict[str, int] = defaultdict(int)
    for key in keys:
        sizes[key] += 1
    return dict(sizes)


def _top(sizes: dict[str, int], cap: int, name) -> list[str]:
    """The ``cap`` biggest keys (ties A–Z), listed A–Z: columns read alphabetically."""
    biggest = sorted(sizes, key=lambda k: (-sizes[k], name(k)))[:cap]
    return sorted(biggest, key=name)


def _party(index: DigestIndex, speaker_id: str) -> str | None:
    speaker = index.digest.speakers.get(speaker_id)
    party = speaker.party if speaker else None
    return party if party in index.digest.organisations else None


def _by_party(index: DigestIndex, rows: list[MapRow]) -> list[MapRow]:
    """Rows grouped by party (A–Z by party name, people without a party last), then surname."""

    def key(row: MapRow) -> tuple:
        party = index.digest.organisations.get(row.party) if row.party else None
        speaker = index.digest.speakers.get(row.speaker)
        who = surname_key(speaker) if speaker else (row.speaker, row.speaker)
        return (party is None, party.name.lower() if party else "", who)

    return sorted(rows, key=key)
