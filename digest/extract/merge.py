"""Merge what the extractor found in an article into its debate record, never losing an edit.

Pure functions on plain mappings (the YAML as loaded). The rule: whatever is in the file wins.
The extractor adds only what it has never proposed before — quotes whose id is not in
``extractor.proposed`` and that overlap no quote of the file, and the positions and relations
that rest on a quote added in this run — and it owns only the ``extractor`` block.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from digest.extract.result import Extraction, FoundPosition, FoundQuote, FoundRelation
from digest.textmatch import find_quote_span

Span = tuple[int, int]


@dataclass
class Merged:
    """The debate mapping to write, and what this run changed in it."""

    data: dict[str, Any]
    changed: bool  # False: the file on disk already says all this (leave it untouched)
    added: list[str] = field(default_factory=list)  # ids of the quotes added, in document order
    lost: list[str] = field(default_factory=list)  # kept quotes no longer found in the article


@dataclass(frozen=True)
class SourceInfo:
    """What the command decided about the source: where the text lives, who published it."""

    article: str  # path relative to content/: articles/<id>.txt
    publisher: str | None = None  # organisation id
    version: str = ""  # the extractor's version, recorded in extractor.version


def merge_debate(
    existing: Mapping[str, Any] | None,
    extraction: Extraction,
    source: SourceInfo,
    organisations: Iterable[str] = (),
) -> Merged:
    """The debate record for ``extraction``, merged into ``existing`` (None: a new debate).

    ``organisations`` are ids that name organisations: they may speak, but are not participants.
    """
    text = extraction.article.text
    base = dict(existing) if existing is not None else draft_header(extraction, source)
    memory = base.get("extractor") if isinstance(base.get("extractor"), Mapping) else {}
    proposed = [i for i in _list(memory.get("proposed")) if isinstance(i, str)]
    drafts = [draft_quote(q, text) for q in extraction.quotes]
    quotes, added = merge_quotes(_list(base.get("quotes")), drafts, set(proposed), text)
    _set_list(base, "quotes", quotes)
    _extend_header(base, [q for q in drafts if q["id"] in added], set(organisations))
    live = _speakers_by_quote(quotes)
    positions = merge_positions(_list(base.get("positions")), extraction.positions, added, live)
    _set_list(base, "positions", positions)
    quote_ids = _ids(quotes) | {q["id"] for q in drafts}
    relations = merge_relations(
        _list(base.get("relations")), extraction.relations, added, live, quote_ids
    )
    _set_list(base, "relations", relations)
    new_proposed = proposed + [q["id"] for q in drafts if q["id"] not in set(proposed)]
    if new_proposed or "extractor" in base:
        base["extractor"] = {**memory, "version": source.version, "proposed": new_proposed}
    lost = [q["id"] for q in _dicts(quotes) if _lost(q, text)]
    if existing is not None and _without_version(base) == _without_version(existing):
        return Merged(dict(existing), False, [], lost)  # nothing new: keep the file as it is
    return Merged(base, True, added, lost)


def draft_header(extraction: Extraction, source: SourceInfo) -> dict[str, Any]:
    """The fields of a new debate before its quotes: title, date, source, status."""
    article = extraction.article
    found = {
        "publisher": source.publisher,
        "author": article.author,
        "url": article.url,
        "date": article.date,
        "license": article.license,
        "article": source.article,
        "title": article.title,
    }
    header = {
        "title": article.title or _title_from_id(article.id),
        "date": article.date,
        "source": {key: value for key, value in found.items() if value},
        "status": "draft",
    }
    return {key: value for key, value in header.items() if value}


def draft_quote(quote: FoundQuote, article_text: str) -> dict[str, Any]:
    """The YAML of one found quote. ``start``/``end`` only when its words occur twice or more:
    the loader recomputes offsets from the text and needs them only to pick an occurrence."""
    data: dict[str, Any] = {"id": quote.id, "speaker": quote.speaker}
    if quote.joint_with:
        data["joint_with"] = list(quote.joint_with)
    if quote.candidates:
        data["candidates"] = list(quote.candidates)
    data["kind"] = quote.kind
    data["text"] = quote.text
    if article_text.count(quote.text) > 1:
        data["start"], data["end"] = quote.start, quote.end
    if quote.cue:
        data["cue"] = quote.cue
    if quote.themes:
        data["themes"] = list(quote.themes)
    if quote.policies:
        data["policies"] = list(quote.policies)
    data["confidence"] = round(quote.confidence, 3)
    data["status"] = quote.status
    data["_span"] = (quote.start, quote.end)  # removed by merge_quotes; used to place the quote
    return data


def merge_quotes(
    existing: list[Any], drafts: list[dict[str, Any]], proposed: set[str], article_text: str
) -> tuple[list[Any], list[str]]:
    """(quotes, ids added): the file's quotes, untouched, with the new drafts placed among them.

    A draft is new when its id was never proposed (an editor's deletion or rejection stands) and
    it overlaps no quote of the file (an editor's hand-made or corrected quote stands).
    """
    result = list(existing)
    known = _ids(existing)
    spans = [_span_in(q, article_text) for q in result]
    added = []
    for draft in drafts:
        span = draft.pop("_span")
        if draft["id"] in known or draft["id"] in proposed or _overlaps(span, spans):
            continue
        known.add(draft["id"])
        index = _insertion_index(spans, span[0])
        result.insert(index, draft)
        spans.insert(index, span)
        added.append(draft["id"])
    return result, added


def merge_positions(
    existing: list[Any],
    found: list[FoundPosition],
    added: list[str],
    speakers_of: Mapping[str, set[str]],
) -> list[Any]:
    """The file's positions, plus each found one for a new (speaker, theme) that cites a quote
    added in this run; evidence keeps only the live quotes of that speaker."""
    result = list(existing)
    keys = {(p.get("speaker"), p.get("theme")) for p in _dicts(existing)}
    for position in found:
        evidence = [e for e in position.evidence if position.speaker in speakers_of.get(e, ())]
        key = (position.speaker, position.theme)
        if key in keys or not set(evidence) & set(added):
            continue
        keys.add(key)
        data: dict[str, Any] = {"speaker": position.speaker, "theme": position.theme}
        data["stance"] = position.stance
        if position.stance_evidence:
            data["stance_evidence"] = position.stance_evidence
        data["evidence"] = evidence
        if position.policies:
            data["policies"] = list(position.policies)
        result.append(data | {"status": "draft"})
    return result


def merge_relations(
    existing: list[Any],
    found: list[FoundRelation],
    added: list[str],
    live: Mapping[str, Any],
    quote_ids: set[str],
) -> list[Any]:
    """The file's relations, plus each found one with a new (type, from, to) that involves a
    quote added in this run and whose quote ends are all live (not deleted, not rejected)."""
    result = list(existing)
    keys = {_relation_key(r) for r in _dicts(existing)}
    for relation in found:
        key = (relation.type, relation.source, relation.to)
        ends = (relation.source, relation.to)
        if key in keys or not set(ends) & set(added):
            continue
        if any(end in quote_ids and end not in live for end in ends):
            continue
        keys.add(key)
        data = {"type": relation.type, "from": relation.source, "to": relation.to}
        result.append(data | ({"note": relation.cue} if relation.cue else {}) | {"status": "draft"})
    return result


def _extend_header(base: dict[str, Any], added: list[dict[str, Any]], orgs: set[str]) -> None:
    """Add to the debate's participants and themes the speakers and themes of the added quotes."""
    speakers = [q["speaker"] for q in added if q.get("speaker") and q["speaker"] not in orgs]
    themes = [t for q in added for t in q.get("themes", [])]
    for name, values in (("participants", speakers), ("themes", themes)):
        current = _list(base.get(name))
        new = [v for v in dict.fromkeys(values) if v not in current]
        if new:
            base[name] = current + new


def _speakers_by_quote(quotes: list[Any]) -> dict[str, set[str]]:
    """Live (not rejected) quote id -> everyone it belongs to."""
    return {
        q["id"]: {q.get("speaker"), *_list(q.get("joint_with"))}
        for q in _dicts(quotes)
        if isinstance(q.get("id"), str) and q.get("status") != "rejected"
    }


def _span_in(quote: Any, article_text: str) -> Span | None:
    if not isinstance(quote, Mapping) or not isinstance(quote.get("text"), str):
        return None
    hint = quote.get("start") if isinstance(quote.get("start"), int) else None
    return find_quote_span(article_text, quote["text"], hint)


def _lost(quote: Mapping[str, Any], article_text: str) -> bool:
    return quote.get("status") != "rejected" and _span_in(quote, article_text) is None


def _overlaps(span: Span, spans: list[Span | None]) -> bool:
    return any(s is not None and s[0] < span[1] and span[0] < s[1] for s in spans)


def _insertion_index(spans: list[Span | None], start: int) -> int:
    """Just after the last quote (in file order) that starts before ``start``: document order
    where the file follows it, and the editor's order wherever they changed it."""
    index = 0
    for position, span in enumerate(spans):
        if span is not None and span[0] <= start:
            index = position + 1
    return index


def _relation_key(relation: Mapping[str, Any]) -> tuple[Any, Any, Any]:
    return (
        relation.get("type"),
        relation.get("from") or relation.get("from_label"),
        relation.get("to"),
    )


def _without_version(debate: Mapping[str, Any]) -> dict[str, Any]:
    """``debate`` minus ``extractor.version``: a new version alone is no reason to rewrite."""
    memory = debate.get("extractor")
    if not isinstance(memory, Mapping):
        return dict(debate)
    return {**debate, "extractor": {k: v for k, v in memory.items() if k != "version"}}


def _set_list(data: dict[str, Any], name: str, value: list[Any]) -> None:
    """Set a list field, without adding an empty one the file did not have."""
    if value or name in data:
        data[name] = value


def _title_from_id(article_id: str) -> str:
    return article_id.replace("-", " ").capitalize()


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dicts(items: list[Any]) -> list[Mapping[str, Any]]:
    return [item for item in items if isinstance(item, Mapping)]


def _ids(items: list[Any]) -> set[str]:
    return {q["id"] for q in _dicts(items) if isinstance(q.get("id"), str)}
