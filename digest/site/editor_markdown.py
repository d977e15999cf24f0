"""Editors' Markdown fields (``bio``, ``commentary``, ``summary``…) to HTML: once each, cached.

Generated pages are HTML the plugin writes itself; only these fields need Python-Markdown. One
``Markdown`` instance per build converts them with the site's extensions (``toc`` left out: the
page's headings get their ids and permalinks once the page is whole, :mod:`digest.site.toc`).
Each field goes in through :func:`~digest.site.escape.md_block` — raw HTML shown as text, an open
code fence closed, the whole wrapped in the markers that make the plugin sanitise it with nh3 in
``on_page_content`` (:mod:`digest.sanitize`) — exactly as when the field was part of a Markdown
page. Its relative links (``../themes/x.md``, written from the page's source) become final URLs
and are checked like the plugin's own (:meth:`~digest.site.links.PageLinks.resolve`).

A field converts to the same HTML on every page whose source folder and URL depth are the same,
so that is the cache key with the text: a card's commentary converts once per build.
"""

from __future__ import annotations

import posixpath
from xml.etree.ElementTree import Element

import markdown
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from digest.site.escape import WikiLinker, md_block
from digest.site.links import PageLinks

DEFAULT_EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition"]


class _Links(Treeprocessor):
    """Rewrite the field's relative links for the page it is converted for."""

    links: PageLinks | None = None

    def run(self, root: Element) -> None:
        if self.links is None:
            return
        for element in root.iter():
            name = "href" if element.tag == "a" else "src" if element.tag == "img" else None
            value = element.get(name) if name else None
            if value:
                resolved = self.links.resolve(value)
                if resolved is not None:
                    element.set(name, resolved)


class EditorMarkdown:
    def __init__(self, extensions: list | None = None, configs: dict | None = None) -> None:
        kept = [e for e in (extensions or DEFAULT_EXTENSIONS) if _name(e) != "toc"]
        self.md = markdown.Markdown(extensions=kept, extension_configs=configs or {})
        self._links = _Links(self.md)
        self.md.treeprocessors.register(self._links, "digest_links", priority=1)
        self._cache: dict[tuple[str, str, int], Markup] = {}

    def render(self, value: str, links: PageLinks, wiki: WikiLinker | None = None) -> Markup:
        """``value`` as HTML for the page ``links`` is for; ``wiki`` turns its ``[[wiki links]]``
        into relative ``.md`` links first (they depend on the page's folder and depth only, like
        the cache key)."""
        key = (value, posixpath.dirname(links.here), links.depth)
        html = self._cache.get(key)
        if html is None:
            self._links.links = links
            try:
                html = Markup(self.md.reset().convert(md_block(value, wiki)))
            finally:
                self._links.links = None
            self._cache[key] = html
        return html


def _name(extension: object) -> str:
    return extension if isinstance(extension, str) else type(extension).__module__
