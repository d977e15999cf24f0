"""``mkdocs serve --dirty``: after an edit, render and write only the pages the edit changes.

Algorithm: the first build renders every page and keeps what each generated page looked up
(:mod:`digest.site.dependencies`). Each later build loads and indexes the content as usual, then
compares the two builds' lookups: a generated page is *modified* (``File.is_modified``, which
MkDocs' ``--dirty`` mode asks) when one of its lookups answers differently, when it is new, or when
it depends on no lookup we can follow (the home and review pages); every other page keeps the file
the last build wrote. Hand-written pages are always modified (they are few, and may embed blocks or
link to any record). The rest of the site follows the pages:

- the preview's banners (content errors, records to review) sit between markers in every page,
  so a change of banner alone rewrites those few bytes of each file instead of the whole page;
- the search index keeps each page's entries from the build that last rendered it, in site order;
- the pages and exports of removed records are deleted;
- exports (feeds, open data) are written when the browser first asks for one after an edit
  (:meth:`IncrementalPreview.serve_hook`): building them is most of a rebuild and few previews
  read them;
- a change to ``mkdocs.yml``, a template or the set of hand-written pages renders everything.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from digest.export import EMPTY_SITEMAP, FEED_KINDS, SCHEMA_FILE, export_files
from digest.export.data import KINDS as EXPORT_KINDS
from digest.export.data import SCHEMA_PATH
from digest.export.links import DATA_DIR, FEEDS_DIR, feed_path, record_json
from digest.index import DigestIndex
from digest.site.dependencies import Dependency, Snapshot, Tracer, changed, snapshot
from digest.site.exports import site_links
from digest.site.serve_cache import SitemapCache, TemplateCache

log = logging.getLogger("mkdocs.plugins.digest")

BANNERS_START, BANNERS_END = "<!--dd-banners-->", "<!--/dd-banners-->"
"""Around the preview's banners atop every page's content (``--dirty`` serve only)."""
_HIDDEN_FROM_SEARCH = "<!--dd-search-exclude-->{}<!--/dd-search-exclude-->"


def _unmodified() -> bool:
    return False


def _modified() -> bool:
    return True


@dataclass(frozen=True)
class _ExportJob:
    """What the exports of one build are made from (the index is not changed after its build)."""

    index: DigestIndex
    config: MkDocsConfig
    paths: frozenset[str]


class IncrementalPreview:
    """State kept across the rebuilds of one ``mkdocs serve --dirty`` session."""

    def __init__(self) -> None:
        self.tracer = Tracer()
        self.templates = TemplateCache()
        self.sitemap = SitemapCache()
        self._snapshot: Snapshot | None = None  # the last build's lookups, None: render all
        self._current: Snapshot | None = None
        self._deps: dict[str, set[Dependency]] = {}  # generated src_uri -> its lookups
        self._fingerprint: str | None = None  # of mkdocs.yml and the template folders
        self._on_disk: dict[str, object] = {}  # src_uri -> banner state its file shows
        self._pending: dict[str, tuple[str, str, object]] = {}  # file -> (src_uri, banners, state)
        self._dest: dict[str, str] = {}  # documentation src_uri -> file written, last build
        self._handwritten: list[str] = []
        self._anchors: dict[str, set[str] | None] = {}  # generated src_uri -> its anchor ids
        self._search: dict[str, str] = {}  # src_uri -> its search entries, as JSON
        self._search_start = 0
        self._exports: frozenset[str] = frozenset()  # export paths of the last build
        self._job: _ExportJob | None = None
        self._exports_stale = False
        # Held by a build from on_config to on_post_build, and by a request writing what a build
        # left for later (banners, exports): the two never write the site at once.
        self._disk = threading.Lock()
        self._holding = False
        self.render_all = True  # this build renders every page (first, or a global change)
        self.last_rendered = 0  # pages the last build rendered

    # --- a build, hook by hook -------------------------------------------------------------
    def begin(self, config: MkDocsConfig, template_dirs: list[Path]) -> None:
        """``on_config``: a change of configuration or templates means every page again."""
        self._disk.acquire()
        self._holding = True
        fingerprint = _fingerprint(config, template_dirs)
        self.render_all = self._snapshot is None or fingerprint != self._fingerprint
        self._fingerprint = fingerprint
        self.templates.theme(config, fingerprint)

    def indexed(self, index: DigestIndex) -> None:
        """``on_pre_build``, once the content is indexed: what its lookups answer."""
        self._current = snapshot(index, ())

    @property
    def exports_deferred(self) -> bool:
        """Exports are written on request (every build but one that renders all)."""
        return not self.render_all

    def mark(self, files: Files, generated: dict[str, object], always: Callable) -> int:
        """``on_files``: tell MkDocs which pages to render (``File.is_modified``); how many.

        ``generated``: src_uri -> planned page; ``always(planned)``: a page made from data no
        lookup of ours follows (the front page's ranking, the review queue)."""
        assert self._current is not None
        docs = files.documentation_pages()
        self._current.files = frozenset(f.src_uri for f in files)
        handwritten = sorted(f.src_uri for f in docs if f.generated_by is None)
        if handwritten != self._handwritten:  # a new or deleted page: links and nav may change
            self.render_all = True
        self._handwritten = handwritten
        changes = set() if self.render_all else changed(self._snapshot, self._current)
        count = 0
        for file in docs:
            planned = generated.get(file.src_uri) if file.generated_by else None
            modified = (
                planned is None
                or self.render_all
                or always(planned)
                or self._needs_render(file.src_uri, changes)
            )
            file.is_modified = _modified if modified else _unmodified  # type: ignore[method-assign]
            count += modified
        self.last_rendered = count
        return count

    def _needs_render(self, src_uri: str, changes: set[Dependency]) -> bool:
        deps = self._deps.get(src_uri)
        return deps is None or not deps.isdisjoint(changes)

    def restore(self, files: Files, generated: dict[str, object], title: Callable) -> None:
        """``on_nav``: a page MkDocs skips keeps its title (the nav may show it) and its anchors
        (links to them from the pages rendered are checked against them)."""
        for file in files.documentation_pages():
            page = file.page
            if page is None or file.is_modified() or file.src_uri not in generated:
                continue
            page.markdown = page.markdown or ""
            page._title_from_render = title(generated[file.src_uri])
            page.present_anchor_ids = self._anchors.get(file.src_uri)

    def defer_exports(self, files: Files, index: DigestIndex, config: MkDocsConfig) -> None:
        """``on_files`` when exports wait for a request: their paths, as files MkDocs leaves alone
        (links to them are checked), and the few constant ones written now."""
        for path in export_paths(index):
            if files.get_file_from_path(path) is not None:
                continue
            constant = _constant_export(path)
            file = File.generated(config, path, content=constant if constant is not None else "")
            if constant is None:
                file.is_modified = _unmodified  # type: ignore[method-assign]
            files.append(file)

    def page_rendering(self, initial: set[Dependency]) -> None:
        self.tracer.begin(initial)

    def page_written(self, src_uri: str, anchors: set[str] | None) -> None:
        if self.tracer.active:
            self._deps[src_uri] = self.tracer.end()
            self._anchors[src_uri] = anchors

    def search_before(self, search) -> None:
        if search is not None:
            self._search_start = len(search.search_index.entries)

    def search_after(self, src_uri: str, search) -> None:
        """The search entries this page made, kept as the JSON the index file will hold."""
        if search is not None:
            entries = search.search_index.entries[self._search_start :]
            self._search[src_uri] = ",".join(_search_json(entry) for entry in entries)

    def finish(
        self,
        files: Files,
        config: MkDocsConfig,
        index: DigestIndex | None,
        search,
        banners: Callable[[File], str],
        banner_state: object,
    ) -> None:
        """``on_post_build`` (before the search plugin's): the site's files made whole."""
        docs = files.documentation_pages()
        self._plan_banners(docs, banners, banner_state)
        if search is not None:
            self._merge_search(docs, search)
        current_dest = {f.src_uri: f.abs_dest_path for f in docs}
        _delete(path for uri, path in self._dest.items() if uri not in current_dest)
        self._dest = current_dest
        for uri in [uri for uri in self._deps if uri not in current_dest]:
            del self._deps[uri]
            self._anchors.pop(uri, None)
        self._finish_exports(files, config, index)
        self._snapshot, self._current = self._current, None
        self._release()

    def failed(self) -> None:
        """``on_build_error``: the site is half written: the next build renders everything."""
        self.tracer.end()
        self._snapshot, self._current = None, None
        self._on_disk.clear()
        self._release()

    def _release(self) -> None:
        if self._holding:
            self._holding = False
            self._disk.release()

    # --- banners -------------------------------------------------------------------------
    def _plan_banners(self, docs: list[File], banners: Callable[[File], str], state) -> None:
        """Pages rendered show this build's banners; a page not rendered whose file shows other
        banners gets them rewritten when it is asked for (or :meth:`flush`): rewriting every
        file of a big digest would take longer than the rebuild."""
        pending = {}
        for file in docs:
            if file.is_modified():
                self._on_disk[file.src_uri] = state
            elif self._on_disk.get(file.src_uri) != state:
                pending[file.abs_dest_path] = (file.src_uri, banners(file), state)
        self._pending = pending

    def _write_banners(self, path: str) -> None:
        """Called with ``_disk`` held."""
        entry = self._pending.pop(path, None)
        if entry is not None:
            src_uri, banners, state = entry
            _rewrite_banners(Path(path), banners)
            self._on_disk[src_uri] = state

    def flush(self) -> None:
        """Write everything the last build left for later (what requests would have done)."""
        with self._disk:
            for path in list(self._pending):
                self._write_banners(path)
        self.write_exports()

    # --- search --------------------------------------------------------------------------
    def _merge_search(self, docs: list[File], search) -> None:
        """The whole index, each page's entries from the build that last rendered it, in site
        order: the very file a full build writes, made of each page's JSON (serialising the
        index of a big digest anew would take longer than the rebuild)."""
        self._search = {f.src_uri: self._search.get(f.src_uri, "") for f in docs}
        index = search.search_index
        entries, index.entries = index.entries, []
        empty = index.generate_search_index(None)  # {"config":{…},"docs":[]}
        index.entries = entries
        if not empty.endswith('"docs":[]}'):  # not the format this was written for: leave it
            return
        docs_json = ",".join(part for part in self._search.values() if part)
        text = f"{empty[:-2]}{docs_json}]}}"
        index.generate_search_index = lambda _previous: text  # what search's post_build writes

    # --- exports -------------------------------------------------------------------------
    def _finish_exports(self, files: Files, config: MkDocsConfig, index: DigestIndex | None):
        paths = frozenset(export_paths(index)) if index is not None else frozenset()
        paths = frozenset(p for p in paths if _generated(files, p))
        gone = self._exports - paths
        _delete(os.path.join(config.site_dir, p) for p in gone)
        self._exports = paths
        self._job = _ExportJob(index, config, paths) if index is not None else None
        self._exports_stale = self.exports_deferred and index is not None

    def write_exports(self) -> int:
        """Write the exports the last build deferred (if any); how many files changed."""
        with self._disk:
            job = self._job
            if job is None or not self._exports_stale:
                return 0
            contents = export_files(job.index, site_links(job.config), job.config.site_name)
            written = 0
            for path, content in contents.items():
                if path in job.paths and _write_if_changed(job.config.site_dir, path, content):
                    written += 1
            self._exports_stale = False
        log.debug(f"exports written on request: {written} files changed")
        return written

    def serve_hook(self, server) -> None:
        """Before the dev server answers a request for a page whose banners are due, or for an
        export, write it (MkDocs itself holds every request back while it builds)."""
        original = server.serve_request
        mount = server.mount_path.rstrip("/")
        root = server.root

        def serve_request(environ, start_response):
            path = environ.get("PATH_INFO", "")[len(mount) :].lstrip("/")
            if self._exports_stale and path in self._exports and _constant_export(path) is None:
                self.write_exports()
            if self._pending:
                file = os.path.join(root, path, "index.html" if path.endswith("/") or not path else "")
                for candidate in map(os.path.normpath, (file, os.path.join(root, path))):
                    if candidate in self._pending:
                        with self._disk:
                            self._write_banners(candidate)
            return original(environ, start_response)

        server.set_app(serve_request)


def _search_json(entry: dict) -> str:
    """One search entry as Material's search plugin writes it in its index."""
    return json.dumps(entry, separators=(",", ":"), default=str)


def export_paths(index: DigestIndex) -> list[str]:
    """The paths :func:`digest.export.export_files` writes, without building their contents."""
    paths = [f"{DATA_DIR}/digest.json", SCHEMA_PATH, f"{DATA_DIR}/quotes.csv"]
    for kind in EXPORT_KINDS:
        paths += [record_json(kind, key) for key in dict.keys(getattr(index.digest, kind))]
    feeds = [feed_path(None, None, "xml"), feed_path(None, None, "json")]
    for kind in FEED_KINDS:
        for record_id in dict.keys(getattr(index.digest, kind)):
            feeds += [feed_path(kind, record_id, "xml"), feed_path(kind, record_id, "json")]
    folders = {path.rpartition("/")[0] for path in feeds if path.startswith(FEEDS_DIR)}
    return paths + feeds + [f"{folder}/sitemap.xml" for folder in sorted(folders)]


def _generated(files: Files, path: str) -> bool:
    file = files.get_file_from_path(path)
    return file is not None and file.generated_by is not None


def _constant_export(path: str) -> str | None:
    """The content of an export that never depends on the content (written with the pages)."""
    if path == SCHEMA_PATH:
        return SCHEMA_FILE.read_text(encoding="utf-8")
    if path.startswith(f"{FEEDS_DIR}/") and path.endswith("/sitemap.xml"):
        return EMPTY_SITEMAP
    return None


def _write_if_changed(site_dir: str, path: str, content: str | bytes) -> bool:
    data = content.encode("utf-8") if isinstance(content, str) else content
    target = Path(site_dir, path)
    try:
        if target.read_bytes() == data:
            return False
    except OSError:
        target.parent.mkdir(parents=True, exist_ok=True)
    _replace(target, data)
    return True


def _replace(target: Path, data: bytes) -> None:
    """Write a new file and rename it over ``target``: a reader never sees half a file, and it
    is much faster than truncating the old one where the file system discards freed blocks."""
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, target)


def _rewrite_banners(path: Path, banners: str) -> None:
    """The page's banners replaced in its written file, the rest of the file untouched."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return
    start = text.find(BANNERS_START)
    end = text.find(BANNERS_END, start)
    if start < 0 or end < 0:
        return
    new = text[: start + len(BANNERS_START)] + banners + text[end:]
    if new != text:
        _replace(path, new.encode("utf-8", errors="xmlcharrefreplace"))


def wrap_banners(banners: str, *, hide_from_search: bool) -> str:
    """The banners between their markers (kept out of the search index on generated pages, so
    rewriting them leaves each page's search entries as they are)."""
    marked = f"{BANNERS_START}{banners}{BANNERS_END}"
    return _HIDDEN_FROM_SEARCH.format(marked) if hide_from_search else marked


def _delete(paths) -> None:
    """Remove the files, and the folders that leaves empty (``speakers/old-id/``)."""
    for path in paths:
        try:
            os.remove(path)
            os.removedirs(os.path.dirname(path))  # stops at the first folder not empty
        except OSError:
            pass


def _fingerprint(config: MkDocsConfig, template_dirs: list[Path]) -> str:
    """What every page depends on: ``mkdocs.yml`` and the template and theme override files."""
    digest = hashlib.sha256()
    config_file = config.config_file_path
    if config_file and os.path.isfile(config_file):
        digest.update(Path(config_file).read_bytes())
    for folder in dict.fromkeys(template_dirs):
        for root, _dirs, names in sorted(os.walk(folder)):
            for name in sorted(names):
                stat = os.stat(os.path.join(root, name))
                digest.update(f"{root}/{name}:{stat.st_mtime_ns}:{stat.st_size};".encode())
    return digest.hexdigest()
