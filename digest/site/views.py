"""What each page shows, as plain data for its template: one function per page kind.

Views only look things up in the :class:`~digest.index.DigestIndex` and group them; templates
decide the layout. A site overriding a template gets the same data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from digest.index import (
    Counts,
    DigestIndex,
    PositionRef,
    QuoteRef,
    roles_at,
    sorted_quotes,
    surname_key,
)
from digest.model import (
    ORGANISATION_KINDS,
    STANCES,
    Debate,
    Organisation,
    Policy,
    Position,
    Speaker,
    Theme,
)
from digest.site.article import Span, article_html, mark_html, quote_spans
from digest.site.diagram import relation_diagram
from digest.site.helpers import Helpers
from digest.site.home import home_view
from digest.site.planner import PlannedPage, records_in_order
from digest.site.review_page import review_view
from digest.site.stance_map import field_moves, site_map, speaker_timelines, theme_rows

View = Callable[[PlannedPage, DigestIndex, Helpers], dict]

PAGE_ROWS = 300
"""Quote rows a speaker's, theme's, policy's or organisation's page shows unfolded, at most (more
only when it has more groups than that: one row each). The rest are folded (``<details>``)."""


def fold_limit(groups: Iterable[list]) -> int:
    """Rows each group shows before folding the rest: all of them when the page has at most
    :data:`PAGE_ROWS`, else an equal share (at least one)."""
    sizes = [len(group) for group in groups]
    if sum(sizes) <= PAGE_ROWS:
        return max(sizes, default=0)
    return max(1, PAGE_ROWS // len(sizes))


def view_for(page: PlannedPage) -> View:
    if page.kind == "stances":
        return stance_map_view
    if page.record is None:
        return _index_view
    return _RECORD_VIEWS[page.kind]


def debate_view(page: PlannedPage, index: DigestIndex, h: Helpers) -> dict:
    debate: Debate = page.record  # type: ignore[assignment]
    quotes = sorted_quotes(debate)
    published = {q.id for q in quotes}
    relations = index.relations_by_debate.get(debate.id, [])

    in_article: set[str] = set()  # quotes with a mark in the article: their cards link to it

    def mark(piece: str, span: Span, first: bool, ends: bool) -> str:
        if first:
            in_article.add(span.quote.id)
        who = h.who_name(span.quote.speaker)
        return mark_html(piece, span, who, h.speakers_of(span.quote) if ends else "", first=first)

    article = article_html(debate.article_text, quote_spans(debate, quotes), mark)
    return {
        "debate": debate,
        "quotes": quotes,
        "positions": [_published_evidence(p, published) for p in _live(debate.positions)],
        "relations": relations,
        "diagram": relation_diagram(relations, h.who_name),
        "themes": _unique([debate.themes, *(q.themes for q in quotes)]),
        "policies": _unique(
            [*(q.policies for q in quotes), *(p.policies for p in debate.positions)]
        ),
        "article": article,
        "in_article": in_article,
    }


def speaker_view(page: PlannedPage, index: DigestIndex, h: Helpers) -> dict:
    speaker: Speaker = page.record  # type: ignore[assignment]
    quotes = index.quotes_by_speaker.get(speaker.id, [])
    by_debate = _group(quotes, lambda ref: ref.debate.id)
    quotes_by_debate = [(refs[0].debate, refs) for refs in by_debate.values()]
    return {
        "speaker": speaker,
        "quotes_by_debate": quotes_by_debate,
        "shown": fold_limit(by_debate.values()),
        "themes": _unique(ref.quote.themes for ref in quotes),
        "positions_by_theme": _group(index.positions_by_speaker.get(speaker.id, []), _theme_of),
        "quotes_by_theme": _group_many(quotes, lambda ref: ref.quote.themes or [None]),
        "relations_out": index.relations_out.get(speaker.id, []),
        "relations_in": index.relations_in.get(speaker.id, []),
        "debates": [
            (debate, roles_at(speaker, debate.date))
            for debate in index.debates_by_speaker.get(speaker.id, [])
        ],
        "counts": index.counts("speakers", speaker.id),
        "timelines": speaker_timelines(index, speaker.id),
    }


def theme_view(page: PlannedPage, index: DigestIndex, h: Helpers) -> dict:
    theme: Theme = page.record  # type: ignore[assignment]
    quotes = index.quotes_by_theme.get(theme.id, [])
    cited = _unique(ref.quote.policies for ref in quotes)
    return {
        "theme": theme,
        **_topic_common(index, "themes", theme.id, quotes),
        "policies": _unique([index.policies_by_theme.get(theme.id, []), cited]),
        "related_themes": [t for t in _unique(ref.quote.themes for ref in quotes) if t != theme.id],
        "stance_rows": theme_rows(index, theme.id),
        "field": field_moves(index.positions_by_theme.get(theme.id, [])),
    }


def stance_map_view(page: PlannedPage, index: DigestIndex, h: Helpers) -> dict:
    """The site-wide stance map: speakers (grouped by party) × themes."""
    return {"map": site_map(index)}


def policy_view(page: PlannedPage, index: DigestIndex, h: Helpers) -> dict:
    policy: Policy = page.record  # type: ignore[assignment]
    quotes = index.quotes_by_policy.get(policy.id, [])
    return {
        "policy": policy,
        **_topic_common(index, "policies", policy.id, quotes),
        "related_themes": _unique([policy.themes, *(ref.quote.themes for ref in quotes)]),
    }


def _topic_common(index: DigestIndex, kind: str, record_id: str, quotes: list) -> dict:
    """What theme and policy pages share: stances side by side, who said what, debates, counts."""
    positions = index.positions_by_theme if kind == "themes" else index.positions_by_policy
    debates = index.debates_by_theme if kind == "themes" else index.debates_by_policy
    by_speaker = _group_many(quotes, lambda ref: ref.quote.speakers or [None])
    return {
        "stances": _by_stance(positions.get(record_id, [])),
        "quotes_by_speaker": by_speaker,
        "shown": fold_limit(by_speaker.values()),
        "debates": debates.get(record_id, []),
        "counts": index.counts(kind, record_id),
    }


def organisation_view(page: PlannedPage, index: DigestIndex, h: Helpers) -> dict:
    org: Organisation = page.record  # type: ignore[assignment]
    members = index.members_by_organisation.get(org.id, [])
    statements = index.quotes_by_organisation.get(org.id, [])
    return {
        "organisation": org,
        "members": [(m, index.counts("speakers", m.id)) for m in members],
        "statements": statements,
        "shown": fold_limit([statements]),
        "debates": index.debates_by_organisation.get(org.id, []),
        "counts": index.counts("organisations", org.id),
    }


def _index_view(page: PlannedPage, index: DigestIndex, h: Helpers) -> dict:
    """An index page: one row (record, counts) per record, in groups with a heading each."""
    rows = [(r, _row_counts(index, page.kind, r)) for r in records_in_order(index, page.kind)]
    grouper = _GROUPERS.get(page.kind)
    groups = _group(rows, grouper) if grouper else {None: rows}
    if page.kind == "organisations":  # kinds in the content model's order, not A-Z
        groups = {k: groups[k] for k in ORGANISATION_KINDS if k in groups}
    return {"rows": rows, "groups": groups, "index": index}


def _row_counts(index: DigestIndex, kind: str, record) -> Counts:
    if kind != "debates":
        return index.counts(kind, record.id)
    quotes = record.published_quotes
    return Counts(
        quotes=len(quotes),
        positions=len(_live(record.positions)),
        debates=1,
        speakers=len({s for q in quotes for s in q.speakers}),
    )


def _initial(row: tuple) -> str:
    letter = surname_key(row[0])[0][:1].upper()
    return letter if letter.isalpha() else "#"


_GROUPERS: dict[str, Callable] = {
    "debates": lambda row: row[0].date[:4] if row[0].date else "Undated",
    "speakers": _initial,
    "organisations": lambda row: row[0].kind,
}


_RECORD_VIEWS: dict[str, View] = {
    "debates": debate_view,
    "speakers": speaker_view,
    "themes": theme_view,
    "policies": policy_view,
    "organisations": organisation_view,
    "home": home_view,
    "review": review_view,  # the preview's review page (digest/site/review_page.py)
}


# --- grouping helpers --------------------------------------------------------------------------
def _live(records: Iterable) -> list:
    return [r for r in records if r.status != "rejected"]


def _published_evidence(position: Position, published: set[str]) -> Position:
    """Evidence pointing at a rejected quote would be a broken anchor: drop it from the page."""
    if all(q in published for q in position.evidence):
        return position
    kept = [q for q in position.evidence if q in published]
    return Position(**{**position.__dict__, "evidence": kept})


def _theme_of(ref: PositionRef) -> str:
    return ref.position.theme


def _group(items: Iterable, key: Callable) -> dict:
    groups: dict = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)


def _group_many(items: Iterable[QuoteRef], keys: Callable) -> dict:
    """Group items under each of their keys (a quote on two themes is listed under both)."""
    groups: dict = defaultdict(list)
    for item in items:
        for key in dict.fromkeys(keys(item)):
            groups[key].append(item)
    return dict(groups)


def _by_stance(refs: list[PositionRef]) -> dict[str, list[PositionRef]]:
    """Positions side by side: one column per stance, in the content model's order."""
    grouped = _group(refs, lambda ref: ref.position.stance)
    return {stance: grouped[stance] for stance in STANCES if stance in grouped}


def _unique(lists: Iterable[Iterable[str]]) -> list[str]:
    return list(dict.fromkeys(item for items in lists for item in items))
