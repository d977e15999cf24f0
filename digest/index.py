"""The cross-reference index of a digest: who said what, where, on what; built once per build.

One pass over every debate files each published quote, position and relation under the speakers,
themes, policies and organisations it concerns; a second pass over speakers files organisation
members. Pages then only look things up, so the cost of a build stays linear in the content.

Plain Python on purpose (no MkDocs): the site layer, the CLI and tests share it.

Under ``mkdocs serve`` an :class:`IndexCache` keeps each debate's entries (which lookup, which
key, which item) while the debate is the same record object and the speaker and organisation ids
are the same: a rebuild after one edit files those entries again instead of working them out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from digest.model import Debate, Digest, Position, Quote, Relation, Role, Speaker


@dataclass(eq=False)
class QuoteRef:
    """A published quote and the debate it belongs to (quote ids are unique per debate only)."""

    debate: Debate
    quote: Quote


@dataclass(eq=False)
class PositionRef:
    debate: Debate
    position: Position


@dataclass(eq=False)
class Party:
    """One end of a relation, resolved: a quote of the debate, a speaker, an organisation, a label.

    ``who`` lists the speaker/organisation ids the end stands for (a quote stands for its speakers).
    """

    kind: str  # "quote" | "speaker" | "organisation" | "label"
    id: str | None
    label: str | None = None
    quote: Quote | None = None
    who: list[str] = field(default_factory=list)


@dataclass(eq=False)
class RelationRef:
    debate: Debate
    relation: Relation
    source: Party
    target: Party


@dataclass
class Counts:
    quotes: int = 0
    positions: int = 0
    debates: int = 0
    speakers: int = 0


def _lists() -> defaultdict[str, list]:
    return defaultdict(list)


@dataclass
class DigestIndex:
    """Lookups by id. Every list is in debate order (newest first), then document order."""

    digest: Digest
    debates_newest_first: list[Debate] = field(default_factory=list)
    quotes_by_speaker: defaultdict[str, list[QuoteRef]] = field(default_factory=_lists)
    quotes_by_theme: defaultdict[str, list[QuoteRef]] = field(default_factory=_lists)
    quotes_by_policy: defaultdict[str, list[QuoteRef]] = field(default_factory=_lists)
    quotes_by_organisation: defaultdict[str, list[QuoteRef]] = field(default_factory=_lists)
    positions_by_speaker: defaultdict[str, list[PositionRef]] = field(default_factory=_lists)
    positions_by_theme: defaultdict[str, list[PositionRef]] = field(default_factory=_lists)
    positions_by_policy: defaultdict[str, list[PositionRef]] = field(default_factory=_lists)
    relations_out: defaultdict[str, list[RelationRef]] = field(default_factory=_lists)
    relations_in: defaultdict[str, list[RelationRef]] = field(default_factory=_lists)
    relations_by_debate: defaultdict[str, list[RelationRef]] = field(default_factory=_lists)
    debates_by_speaker: defaultdict[str, list[Debate]] = field(default_factory=_lists)
    debates_by_organisation: defaultdict[str, list[Debate]] = field(default_factory=_lists)
    debates_by_theme: defaultdict[str, list[Debate]] = field(default_factory=_lists)
    debates_by_policy: defaultdict[str, list[Debate]] = field(default_factory=_lists)
    members_by_organisation: defaultdict[str, list[Speaker]] = field(default_factory=_lists)
    policies_by_theme: defaultdict[str, list[str]] = field(default_factory=_lists)

    def counts(self, kind: str, record_id: str) -> Counts:
        """Quotes, positions, debates and speakers of a record (kind: a ``content/`` folder)."""
        quotes, positions, debates = _BY_KIND[kind]
        quote_refs = getattr(self, quotes)[record_id] if quotes else []
        return Counts(
            quotes=len(quote_refs),
            positions=len(getattr(self, positions)[record_id]) if positions else 0,
            debates=len(getattr(self, debates)[record_id]),
            speakers=len({s for ref in quote_refs for s in ref.quote.speakers}),
        )

    def quote(self, debate_id: str, quote_id: str) -> Quote | None:
        """A published quote by id, or None (unknown or rejected)."""
        return self._quotes.get((debate_id, quote_id))

    _quotes: dict[tuple[str, str], Quote] = field(default_factory=dict, repr=False)


# kind -> (quotes lookup, positions lookup, debates lookup) attribute names, for `counts`.
_BY_KIND: dict[str, tuple[str | None, str | None, str]] = {
    "speakers": ("quotes_by_speaker", "positions_by_speaker", "debates_by_speaker"),
    "themes": ("quotes_by_theme", "positions_by_theme", "debates_by_theme"),
    "policies": ("quotes_by_policy", "positions_by_policy", "debates_by_policy"),
    "organisations": ("quotes_by_organisation", None, "debates_by_organisation"),
}


Entry = tuple[str, str, object]  # (lookup attribute, record id, item appended to its list)


@dataclass(eq=False)
class _Filed:
    """One debate's entries, as :func:`_index_debate` made them."""

    debate: Debate
    quotes: list[tuple[tuple[str, str], Quote]]
    entries: list[Entry]


class IndexCache:
    """Each debate's entries, kept across the builds of one ``mkdocs serve`` session.

    What a debate files depends on the debate alone and on which ids are speakers and which are
    organisations (a quote's speaker may be either; a relation's end is a person only if the id
    is one), so an entry is kept while the debate is the same object and those ids are the same.
    """

    def __init__(self) -> None:
        self._filed: dict[str, _Filed] = {}
        self._people: tuple[frozenset[str], frozenset[str]] | None = None

    def begin(self, digest: Digest) -> None:
        people = (frozenset(digest.speakers), frozenset(digest.organisations))
        if people != self._people:
            self._people, self._filed = people, {}
        for gone in self._filed.keys() - digest.debates.keys():
            del self._filed[gone]

    def filed(self, index: DigestIndex, debate: Debate) -> _Filed:
        kept = self._filed.get(debate.id)
        if kept is None or kept.debate is not debate:
            kept = self._filed[debate.id] = _file_debate(index, debate)
        return kept


def build_index(digest: Digest, cache: IndexCache | None = None) -> DigestIndex:
    """File every published record of ``digest`` under everything it refers to."""
    index = DigestIndex(digest=digest)
    index.debates_newest_first = _newest_first(digest)
    if cache is not None:
        cache.begin(digest)
    for debate in index.debates_newest_first:
        filed = cache.filed(index, debate) if cache is not None else _file_debate(index, debate)
        index._quotes.update(filed.quotes)
        for lookup, record_id, item in filed.entries:
            getattr(index, lookup)[record_id].append(item)
    _index_members(index)
    _index_policy_themes(index)
    return index


def _file_debate(index: DigestIndex, debate: Debate) -> _Filed:
    """What ``debate`` files in ``index`` (its quotes are looked up while its relations are)."""
    quotes = [((debate.id, q.id), q) for q in sorted_quotes(debate)]
    index._quotes.update(quotes)  # resolve_party looks this debate's quotes up
    entries: list[Entry] = []
    _index_debate(entries, index, debate)
    return _Filed(debate, quotes, entries)


def _newest_first(digest: Digest) -> list[Debate]:
    # Two stable sorts: title A-Z within a date, then dates newest first with undated ones last.
    by_title = sorted(digest.debates.values(), key=lambda d: d.title.lower())
    return sorted(by_title, key=lambda d: (d.date is not None, d.date or ""), reverse=True)


def _index_debate(entries: list[Entry], index: DigestIndex, debate: Debate) -> None:
    debates: dict[str, set[str]] = defaultdict(set)  # lookup name -> ids this debate concerns
    for quote in sorted_quotes(debate):
        _index_quote(entries, index, debate, quote, debates)
    for position in debate.positions:
        if position.status != "rejected":
            _index_position(entries, debate, position, debates)
    for relation in debate.relations:
        if relation.status != "rejected":
            _index_relation(entries, index, debate, relation)
    debates["debates_by_speaker"].update(debate.participants)
    debates["debates_by_theme"].update(debate.themes)
    for org in (debate.organiser, debate.source.publisher):
        if org:
            debates["debates_by_organisation"].add(org)
    for lookup, ids in debates.items():
        entries += [(lookup, record_id, debate) for record_id in sorted(ids)]


def sorted_quotes(debate: Debate) -> list[Quote]:
    """The published quotes of a debate in document order (quotes without a span last)."""
    published = [q for q in debate.quotes if q.status != "rejected"]
    return sorted(published, key=lambda q: q.start if q.start is not None else 1 << 62)


def _index_quote(
    entries: list[Entry],
    index: DigestIndex,
    debate: Debate,
    quote: Quote,
    debates: dict[str, set[str]],
) -> None:
    ref = QuoteRef(debate, quote)
    for who in quote.speakers:
        is_org = who in index.digest.organisations and who not in index.digest.speakers
        kind = "organisation" if is_org else "speaker"
        entries.append((f"quotes_by_{kind}", who, ref))
        debates[f"debates_by_{kind}"].add(who)
    for theme in quote.themes:
        entries.append(("quotes_by_theme", theme, ref))
        debates["debates_by_theme"].add(theme)
    for policy in quote.policies:
        entries.append(("quotes_by_policy", policy, ref))
        debates["debates_by_policy"].add(policy)


def _index_position(
    entries: list[Entry], debate: Debate, position: Position, debates: dict[str, set[str]]
) -> None:
    ref = PositionRef(debate, position)
    entries.append(("positions_by_speaker", position.speaker, ref))
    entries.append(("positions_by_theme", position.theme, ref))
    debates["debates_by_speaker"].add(position.speaker)
    debates["debates_by_theme"].add(position.theme)
    for policy in position.policies:
        entries.append(("positions_by_policy", policy, ref))
        debates["debates_by_policy"].add(policy)


def _index_relation(
    entries: list[Entry], index: DigestIndex, debate: Debate, relation: Relation
) -> None:
    source = resolve_party(index, debate, relation.source, relation.source_label)
    target = resolve_party(index, debate, relation.to, None)
    if source is None or target is None:
        return  # an end is a rejected quote: the relation has nothing to point at on the site
    ref = RelationRef(debate, relation, source, target)
    entries.append(("relations_by_debate", debate.id, ref))
    entries += [("relations_out", who, ref) for who in dict.fromkeys(source.who)]
    entries += [("relations_in", who, ref) for who in dict.fromkeys(target.who)]


def resolve_party(
    index: DigestIndex, debate: Debate, ref: str | None, label: str | None
) -> Party | None:
    """Look ``ref`` up as the content model says: the debate's quotes, then speakers, then orgs."""
    if ref is None:
        return Party("label", None, label=label or "someone")
    if any(q.id == ref for q in debate.quotes):
        quote = index.quote(debate.id, ref)
        return Party("quote", ref, quote=quote, who=quote.speakers) if quote else None
    if ref in index.digest.speakers:
        return Party("speaker", ref, who=[ref])
    if ref in index.digest.organisations:
        return Party("organisation", ref, who=[ref])
    return Party("label", None, label=ref)  # the loader reports unknown ids; stay robust


def _index_members(index: DigestIndex) -> None:
    for speaker in sorted(index.digest.speakers.values(), key=surname_key):
        orgs = [speaker.party] + [role.organisation for role in speaker.roles]
        for org in dict.fromkeys(o for o in orgs if o):
            index.members_by_organisation[org].append(speaker)


def _index_policy_themes(index: DigestIndex) -> None:
    for policy in sorted(index.digest.policies.values(), key=lambda p: p.name.lower()):
        for theme in policy.themes:
            index.policies_by_theme[theme].append(policy.id)


def surname_key(speaker: Speaker) -> tuple[str, str]:
    """Sort people A–Z by surname: the last word of the name, then the whole name."""
    words = speaker.name.split()
    return ((words[-1] if words else "").lower(), speaker.name.lower())


def roles_at(speaker: Speaker, date: str | None) -> list[Role]:
    """The roles ``speaker`` held on ``date`` (dates may be partial: YYYY, YYYY-MM, YYYY-MM-DD).

    Without a date every role counts; a role without ``from``/``to`` is open on that side.
    Partial dates compare on their common prefix, so 2010-05 falls within a role from 2010.
    """
    if date is None:
        return list(speaker.roles)
    return [r for r in speaker.roles if _on_or_before(r.start, date) and _on_or_before(date, r.end)]


def _on_or_before(first: str | None, second: str | None) -> bool:
    if first is None or second is None:
        return True
    size = min(len(first), len(second))
    return first[:size] <= second[:size]
