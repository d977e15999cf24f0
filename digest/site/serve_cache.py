"""``mkdocs serve --dirty``: what every rebuild would otherwise redo, kept across rebuilds.

Serve loads ``mkdocs.yml`` and the theme afresh for each rebuild, so Jinja compiles every
template again (Material's and the plugin's: most of a small rebuild) and MkDocs lists the
theme's ~14,000 files again. :class:`TemplateCache` keeps the compiled templates (Jinja's own
bytecode cache, which checks each template's source, so an edited template compiles anew) and
the theme's file list while the theme folders are unchanged (``fingerprint``).
"""

from __future__ import annotations

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from mkdocs.config.defaults import MkDocsConfig


class MemoryBytecodeCache(BytecodeCache):
    """Jinja's bytecode cache, in memory: a template whose source changed misses (checksum)."""

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        data = self._store.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()


class TemplateCache:
    def __init__(self) -> None:
        self.bytecode = MemoryBytecodeCache()
        self._listings: dict[tuple, list[str]] = {}  # the theme's files, by folders' state

    def attach(self, env: Environment) -> Environment:
        env.bytecode_cache = self.bytecode
        return env

    def theme(self, config: MkDocsConfig, fingerprint: object) -> None:
        """Every environment of this build's theme uses the cache (``Theme.get_env``)."""
        theme = config.theme
        original = theme.get_env
        static = tuple(theme.static_templates)

        def get_env() -> Environment:
            env = self.attach(original())
            listing = env.list_templates

            def list_templates(extensions=None, filter_func=None) -> list[str]:
                # MkDocs lists the theme's files with a filter made of its static templates.
                code = getattr(filter_func, "__code__", filter_func)
                key = (fingerprint, static, tuple(extensions or ()), code)
                if key not in self._listings:
                    self._listings[key] = listing(extensions=extensions, filter_func=filter_func)
                return list(self._listings[key])

            env.list_templates = list_templates  # type: ignore[method-assign]
            return env

        theme.get_env = get_env  # type: ignore[method-assign]


class _Rendered:
    """A template that renders to what it rendered last time (its context is known the same)."""

    def __init__(self, output: str) -> None:
        self._output = output

    def render(self, *args, **kwargs) -> str:
        return self._output


class SitemapCache:
    """``sitemap.xml`` lists every page (its URL and date): rendering it is a loop over all of
    them in Jinja on every rebuild. It is rendered again only when a page's entry changes."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._output = ""

    def template(self, template, pages: list):
        key = tuple(_sitemap_entry(file.page) for file in pages)
        if key == self._key:
            return _Rendered(self._output)
        cache = self

        class _Remember:
            def render(self, *args, **kwargs) -> str:
                cache._key, cache._output = key, template.render(*args, **kwargs)
                return cache._output

        return _Remember()


def _sitemap_entry(page) -> tuple:
    """What the sitemap template reads of a page."""
    if page is None:
        return (None,)
    return (page.is_link, page.abs_url, page.canonical_url, page.update_date)
