"""Editors' Markdown as the plain text a feed entry or a JSON-LD ``description`` carries.

The Markdown is kept as written (feed readers and search engines show text), except that each
``[[wiki link]]`` becomes the words the site shows for it: its label, else the record's name.
"""

from __future__ import annotations

from digest.index import DigestIndex
from digest.wikilinks import KINDS, WikiLinkError, find_links, resolve


def readable(markdown: str, index: DigestIndex) -> str:
    """``markdown`` stripped, its wiki links replaced by their labels or records' names."""
    text = markdown.strip()
    if "[[" not in text:
        return text
    parts, last = [], 0
    for link in find_links(text):
        parts += [text[last : link.start], link.label or _name(link.target, index)]
        last = link.end
    return "".join(parts) + text[last:]


def _name(target: str, index: DigestIndex) -> str:
    records = {kind: getattr(index.digest, kind) for kind in KINDS}
    try:
        found = resolve(target, records, {})
    except WikiLinkError:  # a quote link (no quote ids given) or a withheld record
        record_id = target.split("#")[0].rpartition("/")[2]
        for kind in KINDS:
            if record_id in records[kind]:
                return _label(records[kind][record_id])
        return record_id
    return _label(records[found.kind][found.id])


def _label(record: object) -> str:
    return getattr(record, "title", None) or getattr(record, "name", "")
