"""The open-data export: every published record as plain JSON-ready data, versioned.

Built from the :class:`~digest.index.DigestIndex` of what the build publishes (never from the YAML:
withheld records cannot leak), so the export, the feeds and the pages show the same records.
:func:`export_data` is ``data/digest.json``; :func:`record_documents` the one file per record
(``data/speakers/<id>.json``…). The format is documented in ``docs/open-data.md`` and described
by ``digest.schema.json`` beside this module: bump :data:`VERSION` on any change that is not an
added optional field.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from digest import __version__
from digest.export.links import SiteLinks, record_json
from digest.index import DigestIndex, QuoteRef, sorted_quotes, surname_key
from digest.model import Debate, Organisation, Policy, Position, Quote, Relation, Speaker, Theme

VERSION = 1
SCHEMA_PATH = "data/digest.schema.json"
KINDS = ("debates", "speakers", "organisations", "themes", "policies")
_SINGULAR = {
    "debates": "debate",
    "speakers": "speaker",
    "organisations": "organisation",
    "themes": "theme",
    "policies": "policy",
}


def export_data(index: DigestIndex, links: SiteLinks, site_name: str = "") -> dict[str, Any]:
    """``data/digest.json``: the site, then every published record of each kind, each with its
    ``id``, ``permalink`` (its page) and ``json`` (its own file)."""
    return {
        "version": VERSION,
        "$schema": links.href(SCHEMA_PATH, from_path="data/digest.json"),
        "generator": f"debate-digest {__version__}",
        "site": {"name": site_name, "url": links.site_url or None},
        "counts": {kind: len(getattr(index.digest, kind)) for kind in KINDS}
        | {"quotes": sum(len(sorted_quotes(d)) for d in index.digest.debates.values())},
        **{kind: _records(index, links, kind) for kind in KINDS},
    }


def _records(index: DigestIndex, links: SiteLinks, kind: str) -> list[dict[str, Any]]:
    return [record_data(index, links, kind, record) for record in ordered(index, kind)]


def ordered(index: DigestIndex, kind: str) -> list:
    """Debates newest first, people A–Z by surname, the rest A–Z by name (as the index pages)."""
    if kind == "debates":
        return list(index.debates_newest_first)
    records = getattr(index.digest, kind).values()
    if kind == "speakers":
        return sorted(records, key=surname_key)
    return sorted(records, key=lambda r: (r.name.lower(), r.id))


def record_data(index: DigestIndex, links: SiteLinks, kind: str, record: Any) -> dict[str, Any]:
    """One record as the export writes it."""
    body = _BUILDERS[kind](index, links, record)
    return {
        "id": record.id,
        **body,
        "status": record.status,
        "permalink": url_of(links, links.page(kind, record.id)),
        "json": url_of(links, record_json(kind, record.id)),
    }


def record_documents(
    index: DigestIndex, links: SiteLinks, export: dict[str, Any]
) -> dict[str, dict[str, Any]]:
    """Path -> document of each ``data/<kind>/<id>.json``: the record as in ``digest.json``, and
    for a speaker, organisation, theme or policy the quotes about it (debate, quote, permalink)."""
    return {path: make() for path, make in record_document_makers(index, links, export).items()}


def record_document_makers(
    index: DigestIndex, links: SiteLinks, export: dict[str, Any]
) -> dict[str, Callable[[], dict[str, Any]]]:
    """:func:`record_documents`, each document made only when it is asked for."""
    return {
        record_json(kind, record["id"]): partial(_record_document, index, links, kind, record)
        for kind in KINDS
        for record in export[kind]
    }


def _record_document(
    index: DigestIndex, links: SiteLinks, kind: str, record: dict[str, Any]
) -> dict[str, Any]:
    singular = _SINGULAR[kind]
    document: dict[str, Any] = {"version": VERSION, "kind": singular, singular: record}
    quotes_of = _QUOTES_OF.get(kind)
    if quotes_of is not None:
        refs = getattr(index, quotes_of).get(record["id"], [])
        document["quotes"] = [_quote_ref(links, ref) for ref in refs]
    return document


_QUOTES_OF = {
    "speakers": "quotes_by_speaker",
    "organisations": "quotes_by_organisation",
    "themes": "quotes_by_theme",
    "policies": "quotes_by_policy",
}


def _quote_ref(links: SiteLinks, ref: QuoteRef) -> dict[str, Any]:
    return {
        "debate": ref.debate.id,
        "quote": ref.quote.id,
        "permalink": url_of(links, links.quote(ref.debate.id, ref.quote.id)),
    }


def url_of(links: SiteLinks, path: str) -> str:
    """Absolute when the site has a ``site_url``, else relative to the site root."""
    return links.absolute(path) or path


# --- one builder per kind ---------------------------------------------------------------------
def _speaker(index: DigestIndex, links: SiteLinks, speaker: Speaker) -> dict[str, Any]:
    return {
        "name": speaker.name,
        "aliases": list(speaker.aliases),
        "party": speaker.party,
        "constituency": speaker.constituency,
        "roles": [
            {"title": r.title, "organisation": r.organisation, "from": r.start, "to": r.end}
            for r in speaker.roles
        ],
        "links": [{"title": link.title, "url": link.url} for link in speaker.links],
        "bio": speaker.bio,
        "commentary": speaker.commentary,
    }


def _organisation(index: DigestIndex, links: SiteLinks, org: Organisation) -> dict[str, Any]:
    return {
        "name": org.name,
        "aliases": list(org.aliases),
        "kind": org.kind,
        "url": org.url,
        "description": org.description,
        "commentary": org.commentary,
    }


def _theme(index: DigestIndex, links: SiteLinks, theme: Theme) -> dict[str, Any]:
    return {
        "name": theme.name,
        "description": theme.description,
        "keywords": list(theme.keywords),
        "commentary": theme.commentary,
    }


def _policy(index: DigestIndex, links: SiteLinks, policy: Policy) -> dict[str, Any]:
    return {
        "name": policy.name,
        "description": policy.description,
        "themes": list(policy.themes),
        "keywords": list(policy.keywords),
        "commentary": policy.commentary,
    }


def _debate(index: DigestIndex, links: SiteLinks, debate: Debate) -> dict[str, Any]:
    source = debate.source
    return {
        "title": debate.title,
        "date": debate.date,
        "event": debate.event,
        "organiser": debate.organiser,
        "source": {
            "title": source.title,
            "publisher": source.publisher,
            "author": source.author,
            "url": source.url,
            "date": source.date,
            "license": source.license,
        },
        "participants": list(debate.participants),
        "themes": list(debate.themes),
        "summary": debate.summary,
        "commentary": debate.commentary,
        "quotes": [_quote(links, debate, q) for q in sorted_quotes(debate)],
        "positions": [_position(p) for p in debate.positions if p.status != "rejected"],
        "relations": [_relation(r) for r in debate.relations if r.status != "rejected"],
    }


def _quote(links: SiteLinks, debate: Debate, quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id,
        "speaker": quote.speaker,
        "joint_with": list(quote.joint_with),
        "kind": quote.kind,
        "text": quote.text,
        "cue": quote.cue,
        "themes": list(quote.themes),
        "policies": list(quote.policies),
        "start": quote.start,
        "end": quote.end,
        "commentary": quote.commentary,
        "status": quote.status,
        "permalink": url_of(links, links.quote(debate.id, quote.id)),
    }


def _position(position: Position) -> dict[str, Any]:
    return {
        "speaker": position.speaker,
        "theme": position.theme,
        "stance": position.stance,
        "summary": position.summary,
        "evidence": list(position.evidence),
        "policies": list(position.policies),
        "commentary": position.commentary,
        "status": position.status,
    }


def _relation(relation: Relation) -> dict[str, Any]:
    return {
        "type": relation.type,
        "from": relation.source,
        "from_label": relation.source_label,
        "to": relation.to,
        "note": relation.note,
        "commentary": relation.commentary,
        "status": relation.status,
    }


_BUILDERS = {
    "debates": _debate,
    "speakers": _speaker,
    "organisations": _organisation,
    "themes": _theme,
    "policies": _policy,
}
