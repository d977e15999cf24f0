"""The publishing rule: which records a build shows, decided once, before the index is built.

:func:`published` returns a new :class:`~digest.model.Digest` holding only what the rule lets
through, so every page, the search index and anything else built from the index see the same
records and no link can point at a withheld one. Algorithm: filter each debate (the debate, then
its quotes, positions and relations by status, dropping relations that name a withheld quote),
collect every id the published debates name, then keep the speakers, organisations, policies and
themes that are named — in full when their own status passes, by name only when it does not.
See ``docs/publishing.md``. Plain Python: no MkDocs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Literal

from digest.model import Debate, Digest, Organisation, Policy, Position, Quote, Speaker

Rule = Literal["reviewed", "drafts", "preview"]
PUBLIC_RULES: tuple[str, ...] = ("reviewed", "drafts")
"""The values of ``plugins.digest.publish`` in mkdocs.yml; ``preview`` is what ``serve`` shows."""

SHOWN: dict[str, frozenset[str]] = {
    "reviewed": frozenset({"reviewed"}),
    "drafts": frozenset({"reviewed", "draft"}),
    "preview": frozenset({"reviewed", "draft", "needs-review"}),
}
"""Rule -> the statuses it publishes. ``rejected`` is in none: it never appears anywhere."""

IN_A_WITHHELD_DEBATE = "in a withheld debate"
CITES_A_WITHHELD_QUOTE = "names a withheld quote"
_KINDS = ("debates", "quotes", "positions", "relations", "speakers", "organisations", "themes",
          "policies")  # fmt: skip
_SECONDARY = ("speakers", "organisations", "themes", "policies")


@dataclass
class Withheld:
    """What a rule kept back, by kind, each counted by reason (a status, or why else)."""

    by_kind: dict[str, Counter[str]] = field(
        default_factory=lambda: {kind: Counter() for kind in _KINDS}
    )
    name_only: Counter[str] = field(default_factory=Counter)  # kind -> records shown by name only

    def add(self, kind: str, reason: str, count: int = 1) -> None:
        if count:
            self.by_kind[kind][reason] += count

    def total(self, kind: str) -> int:
        return sum(self.by_kind[kind].values())

    def merge(self, other: Withheld) -> None:
        for kind, reasons in other.by_kind.items():
            if reasons:
                self.by_kind[kind].update(reasons)
        self.name_only.update(other.name_only)


class PublishCache:
    """``mkdocs serve``: each debate as a rule published it, kept while the debate is the same
    record object (``digest.load_cache`` keeps unchanged records), so that a debate published
    as a copy (a quote withheld) is the same copy on every rebuild until it changes."""

    def __init__(self) -> None:
        self._debates: dict[str, tuple[Debate, Rule, Debate | None, Withheld]] = {}

    def debate(self, debate: Debate, rule: Rule) -> tuple[Debate | None, Withheld]:
        kept = self._debates.get(debate.id)
        if kept is None or kept[0] is not debate or kept[1] != rule:
            counts = Withheld()
            result = _publish_debate(debate, SHOWN[rule], counts)
            kept = self._debates[debate.id] = (debate, rule, result, counts)
        return kept[2], kept[3]

    def keep_only(self, debate_ids) -> None:
        for gone in self._debates.keys() - debate_ids:
            del self._debates[gone]


def published(
    digest: Digest, rule: Rule = "reviewed", cache: PublishCache | None = None
) -> tuple[Digest, Withheld]:
    """``digest`` as ``rule`` publishes it, and the counts of what it withheld."""
    shown = SHOWN[rule]
    withheld = Withheld()
    result = Digest(root=digest.root)
    for debate_id, debate in digest.debates.items():
        if cache is None:
            kept = _publish_debate(debate, shown, withheld)
        else:
            kept, counts = cache.debate(debate, rule)
            withheld.merge(counts)
        if kept is not None:
            result.debates[debate_id] = kept
    if cache is not None:
        cache.keep_only(digest.debates.keys())
    if rule == "preview":  # the preview shows every record but rejected ones, named or not
        for kind in _SECONDARY:
            for record_id, record in getattr(digest, kind).items():
                if record.status in shown:
                    getattr(result, kind)[record_id] = record
                else:
                    withheld.add(kind, record.status)
        return result, withheld
    _publish_named(digest, result, shown, withheld)
    return result, withheld


# --- debates and what they hold -----------------------------------------------------------------
def _publish_debate(debate: Debate, shown: frozenset[str], withheld: Withheld) -> Debate | None:
    if debate.status not in shown:
        withheld.add("debates", debate.status)
        for kind in ("quotes", "positions", "relations"):
            for item in getattr(debate, kind):
                reason = item.status if item.status not in shown else IN_A_WITHHELD_DEBATE
                withheld.add(kind, reason)
        return None
    quotes = _by_status(debate.quotes, shown, "quotes", withheld)
    positions = _by_status(debate.positions, shown, "positions", withheld)
    relations = _by_status(debate.relations, shown, "relations", withheld)
    if (len(quotes), len(positions), len(relations)) == (
        len(debate.quotes), len(debate.positions), len(debate.relations)
    ):
        return debate  # nothing withheld: the record itself, not a copy
    kept_ids = {q.id for q in quotes}
    withheld_ids = {q.id for q in debate.quotes} - kept_ids
    positions = [_without_withheld_evidence(p, withheld_ids) for p in positions]
    live = [r for r in relations if not ({r.source, r.to} & withheld_ids)]
    withheld.add("relations", CITES_A_WITHHELD_QUOTE, len(relations) - len(live))
    return replace(debate, quotes=quotes, positions=positions, relations=live)


def _by_status(items: list, shown: frozenset[str], kind: str, withheld: Withheld) -> list:
    kept = []
    for item in items:
        if item.status in shown:
            kept.append(item)
        else:
            withheld.add(kind, item.status)
    return kept


def _without_withheld_evidence(position: Position, withheld_ids: set[str]) -> Position:
    """A published position cites only published quotes (its stance was reviewed on its own)."""
    if not withheld_ids.intersection(position.evidence):
        return position
    return replace(position, evidence=[q for q in position.evidence if q not in withheld_ids])


# --- speakers, organisations, themes, policies ----------------------------------------------------
@dataclass
class _Named:
    """Ids that published records name, by kind (a quote's speaker may be a speaker or an org)."""

    who: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)
    themes: set[str] = field(default_factory=set)
    policies: set[str] = field(default_factory=set)


def _publish_named(
    digest: Digest, result: Digest, shown: frozenset[str], withheld: Withheld
) -> None:
    """Keep what published records name: speakers first (they name their parties), then
    organisations, policies (they name their themes), then themes."""
    named = _named_by_debates(result.debates.values())
    people = _keep(digest.speakers, named.who, shown, withheld, "speakers", _speaker_name_only)
    result.speakers = people
    for speaker in people.values():
        orgs = [speaker.party, *(role.organisation for role in speaker.roles)]
        named.organisations.update(org for org in orgs if org)
    result.organisations = _keep(
        digest.organisations, named.who | named.organisations, shown, withheld, "organisations",
        _organisation_name_only,
    )  # fmt: skip
    result.policies = _keep(
        digest.policies, named.policies, shown, withheld, "policies", _policy_name_only
    )
    for policy in result.policies.values():
        named.themes.update(policy.themes)
    result.themes = _keep(
        digest.themes, named.themes, shown, withheld, "themes",
        lambda t: replace(t, description="", keywords=[], commentary="", status="reviewed"),
    )  # fmt: skip


def _named_by_debates(debates) -> _Named:
    named = _Named()
    for debate in debates:
        named.who.update(debate.participants)
        named.themes.update(debate.themes)
        named.organisations.update(o for o in (debate.organiser, debate.source.publisher) if o)
        for quote in debate.quotes:
            named.who.update(_people_shown_with(quote))
            named.themes.update(quote.themes)
            named.policies.update(quote.policies)
        for position in debate.positions:
            named.who.add(position.speaker)
            named.themes.add(position.theme)
            named.policies.update(position.policies)
        quote_ids = {q.id for q in debate.quotes}
        for relation in debate.relations:
            named.who.update(e for e in (relation.source, relation.to) if e and e not in quote_ids)
    return named


def _people_shown_with(quote: Quote) -> list[str]:
    """Who a card names: the speakers, or for an unattributed quote, its candidates."""
    return quote.speakers if quote.speaker else [*quote.candidates, *quote.joint_with]


def _keep(records: dict, named: set[str], shown, withheld: Withheld, kind: str, name_only) -> dict:
    """In their order: every reviewed record; an unreviewed one only when published records name
    it — whole when the rule shows its status (``drafts``), else by name only."""
    kept = {}
    for record_id, record in records.items():
        if record.status == "reviewed":
            kept[record_id] = record
        elif record.status == "rejected" or record_id not in named:
            withheld.add(kind, record.status)
        elif record.status in shown:
            kept[record_id] = record
        else:
            kept[record_id] = name_only(record)
            withheld.name_only[kind] += 1
    return kept


def _speaker_name_only(speaker: Speaker) -> Speaker:
    """An unreviewed speaker that a published quote names: the name the editor approved with it,
    none of the drafted facts (party, roles, aliases, links, bio, commentary)."""
    return Speaker(id=speaker.id, name=speaker.name, origin=speaker.origin)


def _organisation_name_only(org: Organisation) -> Organisation:
    return Organisation(id=org.id, name=org.name, origin=org.origin)


def _policy_name_only(policy: Policy) -> Policy:
    return Policy(id=policy.id, name=policy.name, origin=policy.origin)


# --- the report -----------------------------------------------------------------------------------
def summary(result: Digest, withheld: Withheld) -> str:
    """One line: what was published, what was withheld and why (for the build log).

    ``published 1 debate, 11 quotes, 7 speakers, …; withheld 53 debates (draft 53), …``
    """
    quotes = sum(len(d.quotes) for d in result.debates.values())
    counts = {
        "debates": len(result.debates),
        "quotes": quotes,
        **{kind: len(getattr(result, kind)) for kind in _SECONDARY},
    }
    shown = ", ".join(_plural(n, kind) for kind, n in counts.items())
    held = [
        f"{_plural(withheld.total(kind), kind)} ({_reasons(withheld.by_kind[kind])})"
        for kind in _KINDS
        if withheld.total(kind)
    ]
    line = f"published {shown}; withheld " + (", ".join(held) if held else "nothing")
    if withheld.name_only:
        named = ", ".join(_plural(n, kind) for kind, n in withheld.name_only.items())
        line += f"; shown by name only (not reviewed): {named}"
    return line


def _reasons(reasons: Counter[str]) -> str:
    return ", ".join(f"{reason} {n:,}" for reason, n in sorted(reasons.items(), key=_largest))


def _largest(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


_ONE = {
    "debates": "debate",
    "quotes": "quote",
    "positions": "position",
    "relations": "relation",
    "speakers": "speaker",
    "organisations": "organisation",
    "themes": "theme",
    "policies": "policy",
}


def _plural(count: int, kind: str) -> str:
    return f"{count:,} {_ONE[kind] if count == 1 else kind}"
