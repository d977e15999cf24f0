"""Exports: the published digest as files beside the pages — feeds, open data, JSON-LD.

Views of the same data as the pages: every export is built from the
:class:`~digest.index.DigestIndex` the site build made of what it publishes, never from the YAML.
Plain Python (no MkDocs): the site plugin adds the files this package returns and puts
:func:`alternates` and the JSON-LD (:mod:`digest.export.jsonld`) in each page's ``<head>``.

| module | writes |
| --- | --- |
| ``data`` | ``data/digest.json`` (versioned, schema ``data/digest.schema.json``), ``data/<kind>/<id>.json`` |
| ``quotes_csv`` | ``data/quotes.csv`` |
| ``feeds`` | ``feeds/digest.xml``/``.json``, ``feeds/speakers/<id>.*``, ``feeds/themes/<id>.*`` |
| ``jsonld`` | the schema.org JSON-LD of each record page |
"""  # noqa: E501

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from digest.export.data import SCHEMA_PATH, export_data, record_document_makers
from digest.export.feeds import ATOM_TYPE, JSON_FEED_TYPE, Feed, atom, feed_plans, json_feed
from digest.export.links import DATA_DIR, FEEDS_DIR, SiteLinks, feed_path
from digest.export.quotes_csv import quotes_csv
from digest.index import DigestIndex

SCHEMA_FILE = Path(__file__).with_name("digest.schema.json")
FEED_KINDS = ("speakers", "themes")
"""Record pages that have a feed of their own."""


def export_files(index: DigestIndex, links: SiteLinks, site_name: str) -> dict[str, str | bytes]:
    """Every export file: path (relative to the site root) -> content."""
    return {path: make() for path, make in export_makers(index, links, site_name).items()}


Maker = Callable[[], str | bytes]


def export_makers(index: DigestIndex, links: SiteLinks, site_name: str) -> dict[str, Maker]:
    """Every export file: path -> a function that makes its content. The site writes them one at
    a time (``digest.site.exports``), so a build never holds every export at once (at 5,000
    debates they are ~200 MB of text)."""
    export = export_data(index, links, site_name)
    makers: dict[str, Maker] = {
        f"{DATA_DIR}/digest.json": lambda: _json(export),
        SCHEMA_PATH: lambda: SCHEMA_FILE.read_text(encoding="utf-8"),
        f"{DATA_DIR}/quotes.csv": lambda: quotes_csv(index, links),
    }
    for path, document in record_document_makers(index, links, export).items():
        makers[path] = partial(_json_of, document)
    for atom_path, json_path, plan in feed_plans(index, links, site_name):
        feed = _MadeForTwo(plan)  # its Atom and its JSON Feed, written one after the other
        makers[atom_path] = partial(feed.write, atom, links)
        makers[json_path] = partial(feed.write, json_feed, links)
    for folder in {path.rpartition("/")[0] for path in makers if path.startswith(FEEDS_DIR)}:
        makers[f"{folder}/sitemap.xml"] = partial(str, EMPTY_SITEMAP)
    return makers


class _MadeForTwo:
    """One feed for its two files: made for the first one written, let go after the second."""

    def __init__(self, plan: Callable[[], Feed]) -> None:
        self._plan, self._feed, self._left = plan, None, 2

    def write(self, render: Callable[[Feed, SiteLinks], str], links: SiteLinks) -> str:
        feed = self._feed or self._plan()
        self._left -= 1
        self._feed = feed if self._left > 0 else None
        return render(feed, links)


def _json_of(make_document: Callable[[], dict]) -> str:
    return _json(make_document())


EMPTY_SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>\n'
)
"""Material's language switcher fetches ``sitemap.xml`` beside every ``<link rel="alternate">``
of a page (here: the feeds); an empty one in each feed folder answers it instead of a 404."""


def _json(document: dict) -> str:
    """Compact JSON: ``indent`` would make :mod:`json` use its pure-Python encoder, which was a
    tenth of a whole site build (the C encoder is ~10 × faster) and twice the bytes held."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


@dataclass(frozen=True)
class Alternate:
    """A ``<link rel="alternate">`` of a page: ``href`` is relative to the site root."""

    type: str
    title: str
    href: str


def alternates(
    site_name: str, kind: str | None = None, record_id: str | None = None, name: str = ""
) -> list[Alternate]:
    """The feeds a page links to in its head: the digest's on every page, then the record's own
    (speakers, themes)."""
    title = f"{site_name}: newest debates"
    found = [
        Alternate(ATOM_TYPE, f"{title} (Atom)", feed_path(None, None, "xml")),
        Alternate(JSON_FEED_TYPE, f"{title} (JSON Feed)", feed_path(None, None, "json")),
    ]
    if kind in FEED_KINDS and record_id:
        found += [
            Alternate(ATOM_TYPE, f"{name} (Atom)", feed_path(kind, record_id, "xml")),
            Alternate(JSON_FEED_TYPE, f"{name} (JSON Feed)", feed_path(kind, record_id, "json")),
        ]
    return found
