"""The site's side of the exports (:mod:`digest.export`): add their files, fill each page's head.

:func:`add_export_files` turns the export package's files into MkDocs ``File.generated`` entries in
``on_files`` (so they are written into the staged site, served by ``mkdocs serve``, and the
pages' links to them — the "Follow" links — are checked by MkDocs like any other); a file a site
ships itself at the same path wins. :func:`head_context` gives ``theme_overrides/main.html`` the
``<link rel="alternate">`` feeds and the JSON-LD of the page being rendered.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

from digest.export import Maker, alternates, export_makers
from digest.export.jsonld import page_jsonld, script_text
from digest.export.links import SiteLinks
from digest.index import DigestIndex
from digest.site.planner import PlannedPage

log = get_plugin_logger(__name__)


def site_links(config: MkDocsConfig) -> SiteLinks:
    return SiteLinks(config.site_url or None, bool(config.use_directory_urls))


class ExportFile(File):
    """An export made only when MkDocs writes it (before any page) and let go once written, then
    read back from the written file if ever needed: at 5,000 debates the exports are ~200 MB of
    text, which a build no longer holds at once, nor while it renders the pages."""

    _make: Maker | None = None

    @classmethod
    def lazy(cls, config: MkDocsConfig, src_uri: str, make: Maker) -> ExportFile:
        file = cls.generated(config, src_uri, content="")
        file._make = make
        return file

    def _made(self) -> None:
        if self._make is not None:
            self._content, self._make = self._make(), None

    @property
    def content_bytes(self) -> bytes:
        self._made()
        return File.content_bytes.fget(self)

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        self._make = None
        File.content_bytes.fset(self, value)

    @property
    def content_string(self) -> str:
        self._made()
        return File.content_string.fget(self)

    @content_string.setter
    def content_string(self, value: str) -> None:
        self._make = None
        File.content_string.fset(self, value)

    def copy_file(self, dirty: bool = False) -> None:
        self._made()
        super().copy_file(dirty)
        if self._content is not None:
            self.abs_src_path, self._content = self.abs_dest_path, None


def add_export_files(files: Files, index: DigestIndex, config: MkDocsConfig) -> int:
    """Add every export file not already in ``files``; the number added."""
    links = site_links(config)
    if links.site_url is None:
        log.info(
            "feeds and open data use relative links: set site_url in mkdocs.yml to give them "
            "absolute ones (feed readers and re-users need them; docs/feeds.md)"
        )
    added = 0
    for path, make in export_makers(index, links, config.site_name).items():
        if files.get_file_from_path(path) is not None:
            log.debug(f"{path}: a file of the site replaces the generated export")
            continue
        files.append(ExportFile.lazy(config, path, make))
        added += 1
    return added


def head_context(
    planned: PlannedPage | None, index: DigestIndex, config: MkDocsConfig
) -> dict[str, object]:
    """``digest_alternates`` (type, title, href from the site root) and ``digest_jsonld`` (the
    script's text, or "") for the page ``planned`` (None: a hand-written page)."""
    kind = planned.kind if planned is not None else None
    record = planned.record if planned is not None else None
    record_id = getattr(record, "id", None) if kind != "home" else None
    name = planned.title if planned is not None else ""
    links = alternates(config.site_name, kind if record_id else None, record_id, name)
    jsonld = None
    if kind is not None and (record is not None or kind == "home"):
        jsonld = page_jsonld(index, site_links(config), kind, record, config.site_name)
    return {
        "digest_alternates": [(a.type, a.title, a.href) for a in links],
        "digest_jsonld": script_text(jsonld) if jsonld else "",
    }
