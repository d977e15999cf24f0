"""Two records of one kind made one: pure functions on the YAML mappings, nothing lost.

:func:`merge_into` gives TARGET's new mapping: SOURCE's name and aliases become aliases, its id
goes into ``merged_from`` (so its old page redirects and the extractor maps it here), roles, links,
themes and keywords are unioned, and every text an editor wrote (commentary, bio, description) is
kept — concatenated when both records have one. A scalar both records set differently (a party,
a url) keeps TARGET's value and SOURCE's is written into the commentary, so no fact is dropped.

:func:`rewrite_references` renames the id wherever another record refers to it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

TEXTS = ("bio", "description")  # Markdown fields joined when both records have one
UNIONS = ("roles", "links", "themes", "keywords")  # lists of items, kept once each
SKIP = ("name", "aliases", "merged_from", "possibly_same_as", "commentary", "status")


def merge_into(
    source_id: str,
    source: dict[str, Any],
    target_id: str,
    target: dict[str, Any],
    names_field: str = "aliases",
) -> dict[str, Any]:
    """TARGET's mapping with SOURCE folded in (neither argument is changed). SOURCE's names go
    into ``names_field``: ``aliases`` (speakers, organisations) or ``keywords`` (policies, which
    the extractor finds by lowercase keywords)."""
    merged = copy.deepcopy(target)
    name = _text(merged.get("name"))
    names = [source.get("name"), *_list(source.get("aliases"))]
    if names_field == "keywords":
        names = [n.lower() for n in names if isinstance(n, str)] + _list(source.get("keywords"))
    names = [*_list(merged.get(names_field)), *names]
    merged[names_field] = _unique(a for a in names if isinstance(a, str) and a and a != name)
    origins = [*_list(merged.get("merged_from")), source_id, *_list(source.get("merged_from"))]
    merged["merged_from"] = _unique(o for o in origins if isinstance(o, str) and o != target_id)
    maybe = _list(merged.get("possibly_same_as")) + _list(source.get("possibly_same_as"))
    maybe = _unique(m for m in maybe if m not in (source_id, target_id))
    if maybe:
        merged["possibly_same_as"] = maybe
    else:
        merged.pop("possibly_same_as", None)
    notes = [_text(merged.get("commentary"))]
    for key, value in source.items():
        if key in SKIP or value in (None, "", []):
            continue
        mine = merged.get(key)
        if mine in (None, "", []):
            merged[key] = copy.deepcopy(value)
        elif key in UNIONS and isinstance(mine, list) and isinstance(value, list):
            merged[key] = _unique([*mine, *copy.deepcopy(value)])
        elif key in TEXTS and isinstance(mine, str) and isinstance(value, str):
            merged[key] = _join(mine, value)
        elif mine != value:
            notes.append(f"Merged from `{source_id}`: {key} was {value!r}.")
    notes.append(_text(source.get("commentary")))
    commentary = _join(*notes)
    if commentary:
        merged["commentary"] = commentary if commentary.endswith("\n") else commentary + "\n"
    for key in (names_field, "merged_from"):
        if not merged[key]:
            del merged[key]
    return merged


def rewrite_references(kind: str, data: Any, rename: Callable[[str], str]) -> Any:
    """A copy of ``data`` (a debate, speaker or organisation mapping) with ids of ``kind``
    (speakers, organisations or policies) renamed, and the lists they sit in kept unique."""
    data = copy.deepcopy(data)
    if not isinstance(data, dict):
        return data
    if kind == "policies":
        _rename_lists(data, ("quotes", "positions"), "policies", rename)
        return data
    who = kind in ("speakers", "organisations")
    if who:
        _rename_field(data, "participants", rename)
        for key in ("quotes",):
            for quote in _dicts(data.get(key)):
                _rename_field(quote, "speaker", rename)
                _rename_field(quote, "joint_with", rename)
                _rename_field(quote, "candidates", rename)
                joint = quote.get("joint_with")
                if isinstance(joint, list) and quote.get("speaker") in joint:
                    quote["joint_with"] = [j for j in joint if j != quote["speaker"]]
        for position in _dicts(data.get("positions")):
            _rename_field(position, "speaker", rename)
        _merge_duplicate_positions(data)
        for relation in _dicts(data.get("relations")):
            _rename_field(relation, "from", rename)
            _rename_field(relation, "to", rename)
        _rename_field(data, "possibly_same_as", rename)
        if isinstance(data.get("possibly_same_as"), list) and not data["possibly_same_as"]:
            del data["possibly_same_as"]
    if kind == "organisations":
        _rename_field(data, "organiser", rename)
        _rename_field(data, "party", rename)
        if isinstance(data.get("source"), dict):
            _rename_field(data["source"], "publisher", rename)
        for role in _dicts(data.get("roles")):
            _rename_field(role, "organisation", rename)
    return data


def _merge_duplicate_positions(data: dict[str, Any]) -> None:
    """Two positions that became one speaker's on one theme: one, with both's evidence."""
    positions = data.get("positions")
    if not isinstance(positions, list):
        return
    kept: dict[tuple[Any, Any], dict[str, Any]] = {}
    result: list[Any] = []
    for position in positions:
        if not isinstance(position, dict):
            result.append(position)
            continue
        key = (position.get("speaker"), position.get("theme"))
        first = kept.get(key)
        if first is None:
            kept[key] = position
            result.append(position)
            continue
        for field in ("evidence", "policies"):
            both = _list(first.get(field)) + _list(position.get(field))
            if both:
                first[field] = _unique(both)
        for field in ("summary", "commentary"):
            joined = _join(_text(first.get(field)), _text(position.get(field)))
            if joined:
                first[field] = joined
        stances = {first.get("stance"), position.get("stance")} - {None, "unclear"}
        if stances:
            first["stance"] = stances.pop() if len(stances) == 1 else "mixed"
    data["positions"] = result


def _rename_field(data: dict[str, Any], key: str, rename: Callable[[str], str]) -> None:
    value = data.get(key)
    if isinstance(value, str):
        data[key] = rename(value)
    elif isinstance(value, list):
        data[key] = _unique(rename(v) if isinstance(v, str) else v for v in value)


def _rename_lists(
    data: dict[str, Any], containers: tuple[str, ...], key: str, rename: Callable[[str], str]
) -> None:
    for container in containers:
        for item in _dicts(data.get(container)):
            _rename_field(item, key, rename)


def _join(*texts: str) -> str:
    """Markdown paragraphs, each once, blank lines between (so merging again adds nothing)."""
    paragraphs = (p.strip() for t in texts if t for p in re.split(r"\n\s*\n", t))
    return "\n\n".join(_unique(p for p in paragraphs if p))


def _unique(items: Any) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in _list(value) if isinstance(v, dict)]
