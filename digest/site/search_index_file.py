"""Material's ``search_index.json``, its entries spooled to disk as pages are indexed: same bytes.

Material's search plugin keeps every page's entries (a dict of three strings per section) until
``on_post_build``, then writes its index as one ``json.dumps`` of all of them and ``.encode()`` of
that string: at 2,000 debates the entries were ~45 MB of objects and the write another +70 MB,
the build's peak. Here each page's new entries are turned into JSON as soon as the page is indexed
(:meth:`SearchIndexFile.spool`), appended to a temporary file and dropped; ``on_post_build``
(:func:`install_in` swaps Material's handler for :class:`_StreamedPostBuild`) writes
``{"config":…,"docs":[``, the spooled JSON, any entries still in the list, then ``]}``. Every
piece goes through Material's very ``json.dumps`` call (same C encoder, separators, ``default``)
and a JSON array is its elements joined by commas, so the file is byte for byte Material's.

Anything this does not know — another search plugin, a previous index to merge
(``serve --dirty`` keeps one), an index whose ``generate_search_index`` someone replaced
(``digest.site.incremental`` does) — and Material's own handler writes the index; nothing is
spooled where the preview reads the entries back (``spool=False``).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from typing import IO, Any

BATCH = 500
"""Entries per ``json.dumps`` call for those left in the list: a few hundred KB of JSON."""

_CONFIG_KEYS = ("lang", "separator", "pipeline", "fields")  # what Material's index keeps of them
_MATERIAL_SEARCH = "material.plugins.search.plugin"


class SearchIndexFile:
    """The entries of one build's search index written so far, as JSON, in a temporary file."""

    def __init__(self, index: Any) -> None:
        self.index = index
        self._spooled: IO[bytes] | None = None
        self._empty = True

    def spool(self) -> None:
        """Move the entries in the index's list to the file (call it after each page)."""
        entries = self.index.entries
        if not entries:
            return
        if self._spooled is None:
            self._spooled = tempfile.TemporaryFile(prefix="search-index-", suffix=".json")
        text = _dumps(entries)[1:-1]
        self._spooled.write(text.encode("utf-8") if self._empty else b"," + text.encode("utf-8"))
        self._empty = False
        entries.clear()

    def spooling_after(self, indexed: Callable[[Any], None]) -> Callable[[Any], None]:
        """``indexed(page)``, then :meth:`spool`: what to run once the search plugin has indexed a
        page."""

        def then_spool(page: Any) -> None:
            indexed(page)
            self.spool()

        return then_spool

    def write(self, path: str) -> None:
        """The index file at ``path``: Material's ``generate_search_index`` output, encoded."""
        index = self.index
        config = {key: index.config[key] for key in _CONFIG_KEYS}
        os.makedirs(os.path.dirname(path), exist_ok=True)
        empty, entries = self._empty, index.entries
        with open(path, "wb") as out:
            out.write(b'{"config":' + _dumps(config).encode("utf-8") + b',"docs":[')
            if self._spooled is not None:
                self._spooled.seek(0)
                shutil.copyfileobj(self._spooled, out)
            for start in range(0, len(entries), BATCH):
                if not empty or start:
                    out.write(b",")
                out.write(_dumps(entries[start : start + BATCH])[1:-1].encode("utf-8"))
            out.write(b"]}")
        self.close()

    def close(self) -> None:
        if self._spooled is not None:
            self._spooled.close()
            self._spooled = None


def install_in(plugins: Any, *, spool: bool) -> SearchIndexFile | None:
    """Make the build's Material search plugin write its index through a
    :class:`SearchIndexFile` (each ``serve`` rebuild has a new plugin collection, so this runs
    once per build); the file, whose :meth:`~SearchIndexFile.spool` the caller runs after each
    page is indexed, when ``spool`` (else None: the entries stay in the list until written), or
    None when there is no such plugin."""
    events = getattr(plugins, "events", {}).get("post_build", [])
    for position, handler in enumerate(events):
        search = getattr(handler, "__self__", None)
        if search is None or not _is_material_search_handler(handler, search):
            continue
        index_file = SearchIndexFile(search.search_index)
        spool = spool and not search.is_dirty  # Material merges a dirty build's index with the last
        streamed = _StreamedPostBuild(search, handler, index_file, spooling=spool)
        events[position] = streamed
        origins = getattr(plugins, "_event_origins", None)
        if isinstance(origins, dict) and handler in origins:
            origins[streamed] = origins[handler]
        return index_file if spool else None
    return None


def _is_material_search_handler(handler: Any, search: Any) -> bool:
    plugin_class = type(search)
    return (
        plugin_class.__module__ == _MATERIAL_SEARCH
        and getattr(handler, "__func__", None) is getattr(plugin_class, "on_post_build", None)
        and type(getattr(search, "search_index", None)).__module__ == _MATERIAL_SEARCH
        and hasattr(search, "search_index_prev")
    )


class _StreamedPostBuild:
    """The search plugin's ``on_post_build``, through the :class:`SearchIndexFile` when it can
    be sure of writing the same file (see the module)."""

    def __init__(self, search: Any, original: Any, index_file: SearchIndexFile, *, spooling: bool):
        self.search, self.original, self.index_file = search, original, index_file
        self.spooling = spooling
        self.mkdocs_priority = getattr(original, "mkdocs_priority", 0)

    def __call__(self, *, config: Any) -> None:
        search, index_file = self.search, self.index_file
        index = search.search_index
        if not search.config.enabled:
            index_file.close()
            return
        if index is not index_file.index or (
            not self.spooling
            and (search.search_index_prev or "generate_search_index" in vars(index))
        ):
            index_file.close()
            self.original(config=config)
            return
        index_file.write(os.path.join(config.site_dir, "search", "search_index.json"))
        if search.is_dirty:  # what Material's handler does after writing
            search.search_index_prev = search.search_index


def _dumps(data: Any) -> str:
    """Material's ``json.dumps`` call (``generate_search_index``), argument for argument."""
    return json.dumps(data, separators=(",", ":"), default=str)
