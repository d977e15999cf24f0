"""Schema.org JSON-LD for each page, and its safe ``<script>`` text.

Speakers are ``Person``, organisations ``Organization``, a debate an ``Event`` (with its source
as a ``NewsArticle``) and each of its quotes a ``Quotation`` whose ``creator`` and
``spokenByCharacter`` are the person, ``isPartOf`` the debate and ``citation`` the source
article; themes and policies are ``DefinedTerm``s; the front page is the ``WebSite`` and the
``Dataset`` of the open-data export. Nodes are named by ``@id``: a page URL and a fragment
(``speakers/sadiq-khan/#person``; a quote's ``@id`` is its permalink), absolute when the site has
a ``site_url``, else relative to the page (JSON-LD resolves them against the page's own URL).

:func:`script_text` escapes ``<``, ``>`` and ``&`` as ``\\u003c``… inside the JSON strings, so a
quote holding ``</script>`` cannot end the script element (and the JSON means the same).
"""

from __future__ import annotations

import json
from typing import Any

from digest.export.links import DATA_DIR, SiteLinks
from digest.export.text import readable
from digest.index import DigestIndex, sorted_quotes
from digest.model import Debate, Organisation, Policy, Quote, Speaker, Theme

CONTEXT = "https://schema.org"
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                   "\u2029": "\\u2029"}  # fmt: skip
_FRAGMENT = {"speakers": "person", "organisations": "organization", "debates": "event",
             "themes": "term", "policies": "term"}  # fmt: skip


def script_text(data: dict[str, Any]) -> str:
    """``data`` as JSON to put between ``<script type="application/ld+json">`` tags."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escaped)
    return text


def page_jsonld(
    index: DigestIndex, links: SiteLinks, kind: str, record: Any, site_name: str = ""
) -> dict[str, Any] | None:
    """The JSON-LD of a record's page (``kind``: its content folder), ``home`` for the front page;
    None for pages that describe no record (the index pages)."""
    if kind == "home":
        return _home(links, site_name)
    builder = _BUILDERS.get(kind)
    if builder is None or record is None:
        return None
    here = links.page(kind, record.id)
    return {"@context": CONTEXT, **builder(_Ids(index, links, here), record)}


class _Ids:
    """@ids and URLs as seen from the page ``here``."""

    def __init__(self, index: DigestIndex, links: SiteLinks, here: str) -> None:
        self.index, self.links, self.here = index, links, here
        self.digest = index.digest

    def url(self, path: str) -> str:
        return self.links.href(path, from_path=self.here)

    def node(self, kind: str, record_id: str) -> str:
        return self.url(self.links.page(kind, record_id)) + f"#{_FRAGMENT[kind]}"

    def who(self, record_id: str) -> dict[str, Any]:
        """A reference to a speaker or organisation, with its type and name."""
        if record_id in self.digest.speakers:
            name, kind, schema_type = self.digest.speakers[record_id].name, "speakers", "Person"
        elif record_id in self.digest.organisations:
            org = self.digest.organisations[record_id]
            name, kind, schema_type = org.name, "organisations", "Organization"
        else:
            return {"@type": "Person", "name": record_id}
        return {"@type": schema_type, "@id": self.node(kind, record_id), "name": name}

    def term(self, kind: str, record_id: str) -> dict[str, Any] | None:
        record = getattr(self.digest, kind).get(record_id)
        if record is None:
            return None
        return {"@type": "DefinedTerm", "@id": self.node(kind, record_id), "name": record.name}


def _speaker(ids: _Ids, speaker: Speaker) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "Person",
        "@id": ids.node("speakers", speaker.id),
        "name": speaker.name,
        "url": ids.url(ids.links.page("speakers", speaker.id)),
    }
    if speaker.aliases:
        data["alternateName"] = list(speaker.aliases)
    orgs = [o for o in dict.fromkeys([speaker.party, *(r.organisation for r in speaker.roles)])]
    orgs = [org for org in orgs if org]
    if orgs:
        data["memberOf"] = [ids.who(org) for org in orgs]
    if speaker.roles:
        data["jobTitle"] = [role.title for role in speaker.roles]
    same_as = [link.url for link in speaker.links if link.url.startswith(("https:", "http:"))]
    if same_as:
        data["sameAs"] = same_as
    if speaker.bio:
        data["description"] = readable(speaker.bio, ids.index)
    return data


def _organisation(ids: _Ids, org: Organisation) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "Organization",
        "@id": ids.node("organisations", org.id),
        "name": org.name,
        "url": ids.url(ids.links.page("organisations", org.id)),
    }
    if org.aliases:
        data["alternateName"] = list(org.aliases)
    if org.url and org.url.startswith(("https:", "http:")):
        data["sameAs"] = org.url
    if org.description:
        data["description"] = readable(org.description, ids.index)
    return data


def _term(kind: str, set_name: str):
    def build(ids: _Ids, record: Theme | Policy) -> dict[str, Any]:
        data: dict[str, Any] = {
            "@type": "DefinedTerm",
            "@id": ids.node(kind, record.id),
            "name": record.name,
            "url": ids.url(ids.links.page(kind, record.id)),
            "inDefinedTermSet": {
                "@type": "DefinedTermSet",
                "@id": ids.url(ids.links.page(kind)),
                "name": set_name,
            },
        }
        if record.description:
            data["description"] = readable(record.description, ids.index)
        return data

    return build


def _debate(ids: _Ids, debate: Debate) -> dict[str, Any]:
    event_id = ids.node("debates", debate.id)
    source = _source(ids, debate)
    event: dict[str, Any] = {
        "@type": "Event",
        "@id": event_id,
        "name": debate.title,
        "url": ids.url(ids.links.page("debates", debate.id)),
        "subjectOf": {"@id": source["@id"]},
    }
    if debate.date:
        event["startDate"] = debate.date
    if debate.event:
        event["alternateName"] = debate.event
    if debate.organiser:
        event["organizer"] = ids.who(debate.organiser)
    if debate.participants:
        event["performer"] = [ids.who(p) for p in debate.participants]
    if debate.summary:
        event["description"] = readable(debate.summary, ids.index)
    quotes = [_quotation(ids, debate, q, event_id, source["@id"]) for q in sorted_quotes(debate)]
    return {"@graph": [event, source, *quotes]}


def _source(ids: _Ids, debate: Debate) -> dict[str, Any]:
    source = debate.source
    url = source.url if source.url and source.url.startswith(("https:", "http:")) else None
    data: dict[str, Any] = {
        "@type": "NewsArticle",
        "@id": url or ids.url(ids.links.page("debates", debate.id)) + "#source",
        "headline": source.title or debate.title,
    }
    if url:
        data["url"] = url
    if source.publisher:
        data["publisher"] = ids.who(source.publisher)
    if source.author:
        data["author"] = {"@type": "Person", "name": source.author}
    if source.date:
        data["datePublished"] = source.date
    if source.license:
        data["license"] = source.license
    return data


def _quotation(
    ids: _Ids, debate: Debate, quote: Quote, event_id: str, source_id: str
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "Quotation",
        "@id": ids.url(ids.links.quote(debate.id, quote.id)),
        "text": quote.text,
        "isPartOf": {"@id": event_id},
        "citation": {"@id": source_id},
    }
    if quote.speakers:
        people = [ids.who(who) for who in quote.speakers]
        data["creator"] = people
        data["spokenByCharacter"] = people
    if debate.date:
        data["dateCreated"] = debate.date
    about = [ids.term("themes", t) for t in quote.themes]
    if any(about):
        data["about"] = [term for term in about if term]
    return data


def _home(links: SiteLinks, site_name: str) -> dict[str, Any]:
    def url(path: str) -> str:
        return links.href(path, from_path="")

    return {
        "@context": CONTEXT,
        "@graph": [
            {"@type": "WebSite", "@id": url("") + "#website", "name": site_name, "url": url("")},
            {
                "@type": "Dataset",
                "@id": url(f"{DATA_DIR}/digest.json") + "#dataset",
                "name": f"{site_name}: open data",
                "description": "Every published debate, quote, speaker, organisation, theme and "
                "policy of this digest (docs/open-data.md)",
                "isPartOf": {"@id": url("") + "#website"},
                "distribution": [
                    _download("application/json", url(f"{DATA_DIR}/digest.json")),
                    _download("text/csv", url(f"{DATA_DIR}/quotes.csv")),
                ],
            },
        ],
    }


def _download(media_type: str, url: str) -> dict[str, str]:
    return {"@type": "DataDownload", "encodingFormat": media_type, "contentUrl": url}


_BUILDERS = {
    "speakers": _speaker,
    "organisations": _organisation,
    "themes": _term("themes", "Themes"),
    "policies": _term("policies", "Policies"),
    "debates": _debate,
}
