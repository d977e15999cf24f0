"""Final relative URLs between pages, for HTML the plugin writes itself, each target checked.

Generated pages skip Python-Markdown (docs/site.md, "How a build runs"), so MkDocs no longer
rewrites or checks their links: :class:`SiteLinks` does both against the build's own files. A
link climbs from the page's URL to the site root and down to the target's URL
(``../../themes/housing/`` from ``speakers/x/``): it reads the same on every page whose URL is as
deep, so a fragment rendered once (a quote card) is valid on each of them, and it honours
``use_directory_urls`` because the target's URL is MkDocs' own (``File.url``).

A link to a page that is not in the build is logged as a warning (``--strict`` fails); a link to
an anchor of another page is handed to MkDocs' anchor validation (``Page.links_to_anchors``).
"""

from __future__ import annotations

import logging
import posixpath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.structure.files import File, Files

log = logging.getLogger("mkdocs.plugins.digest")


def url_of(src_uri: str, use_directory_urls: bool = True) -> str:
    """MkDocs' URL of a page from its ``src_uri`` (without a Files object: renderer tests)."""
    stem = src_uri[: -len(".md")] if src_uri.endswith(".md") else src_uri
    if not use_directory_urls:
        return f"{stem}.html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}/"


def _from_root(url: str) -> str:
    """MkDocs writes the home page's URL as ``./``: as a path from the root, it is empty."""
    return url[2:] if url.startswith("./") else url


class SiteLinks:
    """The build's pages as link targets; one per build (``files`` is None outside MkDocs)."""

    def __init__(
        self,
        files: Files | None = None,
        use_directory_urls: bool = True,
        site_url: str | None = None,
        site_name: str = "",
    ) -> None:
        self.files = files
        self.use_directory_urls = use_directory_urls
        self.site_url = site_url or None  # mkdocs.yml's site_url: absolute permalinks (cite.py)
        self.site_name = site_name
        self._urls: dict[str, str | None] = {}
        self._files: dict[str, File | None] = {}

    def target_url(self, src_uri: str) -> str | None:
        """The URL of the page at ``src_uri`` (from the site root), or None if there is none."""
        if src_uri in self._urls:
            return self._urls[src_uri]
        if self.files is None:
            url: str | None = url_of(src_uri, self.use_directory_urls)
        else:
            file = self.target_file(src_uri)
            url = None if file is None else _from_root(file.url)
        self._urls[src_uri] = url
        return url

    def absolute(self, src_uri: str, anchor: str | None = None) -> str | None:
        """The page's absolute URL (and ``#anchor``) under ``site_url``; None without one."""
        url = self.target_url(src_uri)
        if not self.site_url or url is None:
            return None
        return self.site_url.rstrip("/") + "/" + url + (f"#{anchor}" if anchor else "")

    def target_file(self, src_uri: str) -> File | None:
        """The build's file at ``src_uri`` (looked up once: ``Files`` normalises each path)."""
        if self.files is None:
            return None
        if src_uri not in self._files:
            self._files[src_uri] = self.files.get_file_from_path(src_uri)
        return self._files[src_uri]

    def for_page(self, here: str, page_url: str | None = None) -> PageLinks:
        url = url_of(here, self.use_directory_urls) if page_url is None else page_url
        return PageLinks(self, here, url)


class PageLinks:
    """Links from one page (``here`` its ``src_uri``, ``url`` its URL)."""

    def __init__(self, site: SiteLinks, here: str, url: str) -> None:
        self.site = site
        self.here = here
        self.url = url = _from_root(url)
        self.depth = url.count("/")  # folders between the site root and the page's URL
        self.up = "../" * self.depth
        self.links_to_anchors: dict[File, dict[str, str]] = {}

    def href(self, src_uri: str, anchor: str | None = None) -> str:
        """The link from this page to ``src_uri`` (and ``#anchor``); a missing page warns."""
        fragment = f"#{anchor}" if anchor else ""
        if fragment and src_uri == self.here:
            return fragment
        url = self.site.target_url(src_uri)
        if url is None:
            log.warning(
                f"Doc file '{self.here}' contains a link to '{src_uri}', "
                "but the target is not found among documentation files."
            )
            url = src_uri
        elif anchor:
            self._check_anchor(src_uri, anchor)
        return (self.up + url or "./") + fragment

    def _check_anchor(self, src_uri: str, anchor: str) -> None:
        file = self.site.target_file(src_uri)
        if file is not None:
            self.links_to_anchors.setdefault(file, {}).setdefault(anchor, f"{src_uri}#{anchor}")

    def resolve(self, href: str) -> str | None:
        """An editor's relative link (``../themes/x.md#a``, written from this page's source) as
        a final URL; None when it is not a link to a file of the site (external, ``#x``, …)."""
        if not href or href.startswith(("#", "/")) or ":" in href.split("/", 1)[0]:
            return None
        path, _, anchor = href.partition("#")
        src = posixpath.normpath(posixpath.join(posixpath.dirname(self.here), path))
        if self.site.target_url(src) is None and not src.endswith(".md"):
            return None  # an image or other asset: MkDocs' own rules, left as written
        return self.href(src, anchor or None)
