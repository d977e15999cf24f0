"""What needs an editor's decision: draft and needs-review records of every debate, in order.

The queue is built from a loaded :class:`~digest.model.Digest` (so the quotes' spans in their
article are known): for each debate in id order, its quotes in article order (file order where a
quote was not found), then its positions and relations in file order, then the debate itself.
Only records whose ``status`` is ``draft`` or ``needs-review`` are queued.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from digest.model import Debate, Digest, Position, Quote, Relation
from digest.yamlio import Locator, Where

PENDING = ("draft", "needs-review")


@dataclass
class Item:
    """One record awaiting a decision, and where it is written."""

    debate: str  # debate id
    path: Path  # the debate's YAML file
    where: Where  # field path of the record in the file: ("quotes", 3); () for the debate
    kind: str  # quote | position | relation | debate
    key: str  # what names it: the quote id, "speaker/theme", "type from->to", the debate id
    status: str
    speaker: str | None = None
    candidates: list[str] = field(default_factory=list)
    confidence: float | None = None
    text: str = ""  # the quote's words, a position's summary, a relation's note
    span: tuple[int, int] | None = None  # the quote's offsets in the article
    detail: str = ""  # a quote's kind and cue ("direct, said"), a position's evidence ids

    @property
    def in_doubt(self) -> bool:
        """The speaker is not settled: unknown, or other people are possible."""
        return self.status == "needs-review" or self.speaker is None or bool(self.candidates)


@dataclass(frozen=True)
class Filters:
    debate: str | None = None
    speaker: str | None = None
    needs_review_only: bool = False

    def keep(self, item: Item) -> bool:
        if self.debate and item.debate != self.debate:
            return False
        if self.needs_review_only and item.status != "needs-review":
            return False
        if self.speaker:
            return self.speaker == item.speaker or self.speaker in item.candidates
        return True


def build_queue(digest: Digest, filters: Filters = Filters()) -> list[Item]:
    """Every pending record of ``digest`` that ``filters`` keep, in review order."""
    items: list[Item] = []
    for debate_id in sorted(digest.debates):
        items += [i for i in debate_items(digest.debates[debate_id]) if filters.keep(i)]
    return items


def debate_items(debate: Debate, *, pending_only: bool = True) -> list[Item]:
    """The debate's records to decide (every record with ``pending_only=False``), in order."""
    path = debate.origin.path if debate.origin else Path(f"{debate.id}.yaml")
    statuses = PENDING if pending_only else (*PENDING, "reviewed", "rejected")
    quotes = [
        _quote_item(debate.id, path, index, q)
        for index, q in enumerate(debate.quotes)
        if q.status in statuses
    ]
    quotes.sort(key=lambda item: item.span[0] if item.span else -1)  # stable: file order ties
    positions = [
        _position_item(debate.id, path, index, p)
        for index, p in enumerate(debate.positions)
        if p.status in statuses
    ]
    relations = [
        _relation_item(debate.id, path, index, r)
        for index, r in enumerate(debate.relations)
        if r.status in statuses
    ]
    own = []
    if debate.status in statuses:
        own = [Item(debate.id, path, (), "debate", debate.id, debate.status, text=debate.title)]
    return quotes + positions + relations + own


def _quote_item(debate_id: str, path: Path, index: int, quote: Quote) -> Item:
    span = (quote.start, quote.end) if quote.start is not None and quote.end is not None else None
    return Item(
        debate_id,
        path,
        ("quotes", index),
        "quote",
        quote.id,
        quote.status,
        speaker=quote.speaker,
        candidates=list(quote.candidates),
        confidence=quote.confidence,
        text=quote.text,
        span=span,
        detail=", ".join(part for part in (quote.kind, quote.cue) if part),
    )


def position_key(speaker: object, theme: object) -> str:
    return f"{speaker}/{theme}"


def relation_key(kind: object, source: object, label: object, to: object) -> str:
    return f"{kind} {source or label or '?'}->{to}"


def _position_item(debate_id: str, path: Path, index: int, position: Position) -> Item:
    key = position_key(position.speaker, position.theme)
    return Item(
        debate_id,
        path,
        ("positions", index),
        "position",
        key,
        position.status,
        speaker=position.speaker,
        text=f"{position.stance}: {position.summary}".rstrip(": "),
        detail=" ".join(position.evidence),
    )


def _relation_item(debate_id: str, path: Path, index: int, relation: Relation) -> Item:
    key = relation_key(relation.type, relation.source, relation.source_label, relation.to)
    return Item(
        debate_id, path, ("relations", index), "relation", key, relation.status, text=relation.note
    )


def line_of(item: Item, locators: dict[Path, Locator] | None = None) -> int:
    """The 1-based line where ``item``'s record starts in its file as it is now."""
    cache = {} if locators is None else locators
    locator = cache.get(item.path)
    if locator is None:
        try:
            text = item.path.read_text(encoding="utf-8")
        except OSError:
            return 1
        locator = cache[item.path] = Locator(text)
    if not item.where:
        return locator.position(("status",), at_key=True)[0]
    return locator.position(item.where)[0]


def what_to_decide(item: Item) -> str:
    """``needs-review — speaker unknown; candidates: joe-biden, kamala-harris`` and the like."""
    if item.kind == "debate":
        return f"{item.status} — debate: mark it reviewed once its records are decided"
    if item.kind != "quote":
        return f"{item.status} — {item.kind}: accept or edit"
    if item.speaker is None:
        detail = "speaker unknown"
    elif item.candidates or item.status == "needs-review":
        detail = f"speaker unsure: {item.speaker}"
    else:
        detail = f"speaker: {item.speaker}"
    if item.candidates:
        detail += f"; candidates: {', '.join(item.candidates)}"
    if item.confidence is not None and item.status == "draft":  # needs-review ones say 0
        detail += f"; confidence {item.confidence:g}"
    return f"{item.status} — {detail}"


def list_line(item: Item, locators: dict[Path, Locator] | None = None) -> str:
    """``file:line: key: what to decide``: the line ``digest review --list`` prints."""
    return f"{item.path}:{line_of(item, locators)}: {item.key}: {what_to_decide(item)}"
