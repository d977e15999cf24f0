"""Draft records (``status: draft``) for the ids a debate names that ``content/`` lacks.

Pure: given the merged debate, what the extractor found and the ids that already have a file,
return the records to create. Only ids the debate actually refers to get a record (a person the
article merely mentions does not), and an id that has a file, valid or not, never gets one:
the command creates files only where none exists.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from digest.extract.result import Extraction, FoundOrganisation, FoundSpeaker
from digest.taxonomy import load_taxonomy

KIND_OF_FOLDER = {
    "speakers": "speaker",
    "organisations": "organisation",
    "themes": "theme",
    "policies": "policy",
}


@dataclass(frozen=True)
class Stub:
    folder: str  # speakers, organisations, themes or policies
    id: str
    data: dict[str, Any]


@dataclass(frozen=True)
class Publisher:
    id: str
    name: str
    url: str | None = None


def stub_records(
    debate: Mapping[str, Any],
    extraction: Extraction,
    existing: Mapping[str, set[str]],
    publisher: Publisher | None = None,
) -> list[Stub]:
    """The records to create so that every id ``debate`` names resolves, in a stable order."""
    found = {s.id: s for s in extraction.speakers}
    orgs = {o.id: _org_fields(o) for o in extraction.organisations}
    for speaker in extraction.speakers:
        if speaker.organisation_id and speaker.organisation:
            orgs.setdefault(speaker.organisation_id, {"name": speaker.organisation})
    if publisher is not None:
        known = orgs.get(publisher.id, {})
        orgs[publisher.id] = {"name": publisher.name, **known, "kind": "publisher"}
        if publisher.url:
            orgs[publisher.id]["url"] = publisher.url
    people = existing.get("speakers", set()) | existing.get("organisations", set())
    stubs: dict[tuple[str, str], Stub] = {}
    for who in _who(debate):
        if who not in people and who in found:
            for stub in _speaker_stubs(found[who], orgs):
                stubs.setdefault((stub.folder, stub.id), stub)
        elif who not in people and who in orgs:
            stubs.setdefault(("organisations", who), _org_stub(who, orgs))
    for org_id in _strings(debate.get("organiser"), _get(debate, "source", "publisher")):
        if org_id not in people and org_id in orgs:
            stubs.setdefault(("organisations", org_id), _org_stub(org_id, orgs))
    for stub in _theme_and_policy_stubs(debate, extraction):
        stubs.setdefault((stub.folder, stub.id), stub)
    return [s for s in stubs.values() if s.id not in existing.get(s.folder, set())]


def _speaker_stubs(speaker: FoundSpeaker, orgs: Mapping[str, dict[str, Any]]) -> Iterator[Stub]:
    """A speaker's record, or an organisation's for a body that speaks; plus its organisation's."""
    if speaker.is_organisation:
        yield Stub("organisations", speaker.id, _org_stub(speaker.id, orgs, speaker.name).data)
        return
    data: dict[str, Any] = {"name": speaker.name}
    aliases = [a for a in dict.fromkeys(speaker.aliases) if a != speaker.name]
    if aliases:
        data["aliases"] = aliases
    if speaker.possibly_same_as:
        data["possibly_same_as"] = list(speaker.possibly_same_as)
    org_id = speaker.organisation_id
    if org_id and orgs.get(org_id, {}).get("kind") == "party":
        data["party"] = org_id
    if speaker.role:
        data["roles"] = [{"title": speaker.role, **({"organisation": org_id} if org_id else {})}]
    yield Stub("speakers", speaker.id, data | {"status": _status(speaker.possibly_same_as)})
    if org_id and org_id in orgs:
        yield _org_stub(org_id, orgs)


def _org_stub(org_id: str, orgs: Mapping[str, dict[str, Any]], name: str = "") -> Stub:
    known = orgs.get(org_id, {})
    data = {"name": known.get("name") or name or _name_from_id(org_id)}
    for key in ("aliases", "possibly_same_as"):
        if known.get(key):
            data[key] = list(known[key])
    data["kind"] = known.get("kind") or "other"
    if known.get("url"):
        data["url"] = known["url"]
    return Stub("organisations", org_id, data | {"status": _status(known.get("possibly_same_as"))})


def _org_fields(org: FoundOrganisation) -> dict[str, Any]:
    fields: dict[str, Any] = {"name": org.name, "kind": org.kind}
    aliases = [a for a in dict.fromkeys(org.aliases) if a != org.name]
    if aliases:
        fields["aliases"] = aliases
    if org.possibly_same_as:
        fields["possibly_same_as"] = list(org.possibly_same_as)
    return fields


def _status(possibly_same_as: Any) -> str:
    """A record that may duplicate another needs an editor's look: needs-review."""
    return "needs-review" if possibly_same_as else "draft"


def _theme_and_policy_stubs(debate: Mapping[str, Any], extraction: Extraction) -> Iterator[Stub]:
    """Candidate policies the extractor named, and a bare record for any other theme or policy
    id the debate uses (the pipeline should only use known ones; this keeps the digest valid)."""
    policies = {p.id: p for p in extraction.new_policies}
    for policy_id in _refs(debate, "policies"):
        policy = policies.get(policy_id)
        themes = list(policy.themes) if policy else []
        data = {"name": policy.name if policy else _name_from_id(policy_id)}
        data |= {"themes": themes} if themes else {}
        yield Stub("policies", policy_id, data | {"status": "draft"})
        for theme_id in themes:
            yield _theme_stub(theme_id)
    for theme_id in _refs(debate, "themes"):
        yield _theme_stub(theme_id)


def _theme_stub(theme_id: str) -> Stub:
    """The taxonomy's record for a taxonomy id (name, description, keywords), else a bare one."""
    record = load_taxonomy().record(theme_id)
    return Stub("themes", theme_id, record or {"name": _name_from_id(theme_id), "status": "draft"})


def _who(debate: Mapping[str, Any]) -> list[str]:
    """Every speaker or organisation id the debate's quotes, positions and relations name."""
    quote_ids = {q.get("id") for q in _items(debate, "quotes")}
    names: list[Any] = list(_list(debate.get("participants")))
    for quote in _items(debate, "quotes"):
        names += [quote.get("speaker"), *_list(quote.get("candidates"))]
        names += _list(quote.get("joint_with"))
    names += [p.get("speaker") for p in _items(debate, "positions")]
    for relation in _items(debate, "relations"):
        names += [e for e in (relation.get("from"), relation.get("to")) if e not in quote_ids]
    return list(dict.fromkeys(_strings(*names)))


def _refs(debate: Mapping[str, Any], field: str) -> list[str]:
    """Every id in ``field`` (themes or policies) of the debate, its quotes and its positions."""
    values: list[Any] = list(_list(debate.get(field)))
    for name in ("quotes", "positions"):
        for item in _items(debate, name):
            values += _list(item.get(field))
            if field == "themes" and name == "positions":
                values.append(item.get("theme"))
    return list(dict.fromkeys(_strings(*values)))


def _name_from_id(record_id: str) -> str:
    return record_id.replace("-", " ").capitalize()


def _items(debate: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    return [item for item in _list(debate.get(name)) if isinstance(item, Mapping)]


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _get(data: Mapping[str, Any], *path: str) -> Any:
    for key in path:
        data = data.get(key) if isinstance(data, Mapping) else None
    return data


def _strings(*values: Any) -> list[str]:
    return [v for v in values if isinstance(v, str) and v]
