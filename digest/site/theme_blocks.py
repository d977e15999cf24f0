"""Material's page-independent parts of ``base.html``, rendered once per URL depth, and its table
of contents once per distinct TOC.

Besides the nav and header (``theme_cache``), Material renders into every page blocks that never
look at the page: ``styles``, ``libs``, ``fonts``, ``config`` (the app's JSON: base URL, features,
translations), ``scripts`` and, for a page without previous or next page, ``footer``. They read
the build's config, the language's translations and URLs made relative to the page
(``base_url``, MkDocs' ``url`` and ``script_tag`` filters). MkDocs makes ``assets/x.css``
relative to ``speakers/khan/`` by climbing to the common prefix of the two paths
(``get_relative_url``): when the page's first folder is not the first folder of any asset the
blocks name, the prefix is empty and the URL is ``../`` once per folder of the page, whatever the
page. :class:`BlockCache` keys each block's HTML by the page's folder depth, and renders it anew
for a page whose first folder is an asset's (``assets/…``, or an ``extra_javascript`` folder).

Only ``base.html``'s own blocks are wrapped: a ``main.html`` that overrides one replaces it as
before (and one calling ``super()`` gets the cached HTML of Material's). Every partial these
blocks include (``icons.html``, the footer's ``copyright.html`` and ``social.html``, the
language) must be Material's or an override that never names ``page``, ``toc`` or a
``digest_`` variable, and ``base.html`` itself Material's; otherwise nothing is cached.

:class:`TocCache` keys Material's ``partials/toc.html`` by the page's TOC (each entry's title, URL,
level and children: all that ``toc.html`` and ``toc-item.html`` read of the page; under a
first ``h1``, only its children, which is all it lists) — most debate pages share one. A TOC's HTML is kept from its second page on, so the speakers' one-off TOCs cost
no memory. Used only with Material's own ``toc.html`` and ``toc-item.html``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from jinja2 import Environment, TemplateNotFound

from digest.site.theme_cache import (
    _from_material,
    _never_names_the_page,
    _url_parts,
    render_once,
)

BASE_TEMPLATE = "base.html"
PAGE_FREE_BLOCKS = ("styles", "libs", "fonts", "config", "scripts")
FOOTER_BLOCK = "footer"
_BLOCK_PARTIALS = (
    *("partials/icons.html", "partials/language.html", "partials/footer.html"),
    *("partials/copyright.html", "partials/social.html"),
)
TOC_TEMPLATES = ("partials/toc.html", "partials/toc-item.html")
ASSETS_FOLDER = "assets"  # Material's own CSS, JavaScript and search worker


class BlockCache:
    """One build's page-independent blocks of ``base.html`` by folder depth."""

    def __init__(self) -> None:
        self._html: dict[tuple[str, int], str] = {}
        self._config: Any = None  # the build the HTML was rendered for (serve: one per rebuild)
        self._asset_folders: frozenset[str] = frozenset()
        self.hits = 0

    def install(self, env: Environment) -> bool:
        """Wrap ``base.html``'s blocks in ``env``; False (nothing done) when the theme is not
        Material's own or one of the partials they include names the page."""
        try:
            base = env.get_template(BASE_TEMPLATE)
        except TemplateNotFound:
            return False
        if not _from_material(base):
            return False
        if not all(_never_names_the_page(env, name) for name in _BLOCK_PARTIALS):
            return False
        for name in (*PAGE_FREE_BLOCKS, FOOTER_BLOCK):
            render = base.blocks.get(name)
            if render is None:
                return False
            base.blocks[name] = self._wrapped(name, render)
        return True

    def _wrapped(self, name: str, render: Callable[[Any], Iterator[str]]):
        def block(context: Any) -> Iterator[str]:
            return render_once(self, self.key(name, context), render, context)

        return block

    def key(self, name: str, context: Any) -> tuple[str, int] | None:
        """``(block, depth)`` for a page whose block reads the same as its folder's, else None."""
        page, config = context.get("page"), context.get("config")
        if page is None or config is None or getattr(page, "url", None) is None:
            return None
        self._learn(config)
        if name == FOOTER_BLOCK and (page.previous_page or page.next_page):
            return None  # the footer links them
        parts = _url_parts(page.url)
        if parts and parts[0] in self._asset_folders:
            return None
        return (name, len(parts))

    def _learn(self, config: Any) -> None:
        if self._config is config:
            return
        self._config, self._html = config, {}
        self._asset_folders = frozenset(_asset_folders(config))


def _asset_folders(config: Any) -> set[str]:
    """The first folder of every site path the cached blocks link to."""
    paths = [ASSETS_FOLDER]
    paths += [str(script) for script in config.get("extra_javascript") or ()]
    paths += [str(script) for script in (config.get("extra") or {}).get("polyfills") or ()]
    paths += [str(sheet) for sheet in config.get("extra_css") or ()]
    return {path.lstrip("/").split("/", 1)[0] for path in paths}


class TocCache:
    """Material's ``toc.html`` by the page's TOC (see the module)."""

    def __init__(self) -> None:
        self._html: dict[tuple, str] = {}
        self._seen: set[int] = set()  # hashes of TOCs rendered once
        self._config: Any = None
        self.hits = 0

    def install(self, env: Environment) -> bool:
        if not all(_from_material(env.get_template(name)) for name in TOC_TEMPLATES):
            return False
        template = env.get_template(TOC_TEMPLATES[0])
        render = template.root_render_func
        template.root_render_func = lambda context: self._render(render, context)
        return True

    def _render(self, render: Callable[[Any], Iterator[str]], context: Any) -> Iterator[str]:
        key = self.key(context)
        if key is None:
            yield from render(context)
            return
        html = self._html.get(key)
        if html is not None:
            self.hits += 1
            yield html
            return
        html = "".join(render(context))
        if hash(key) in self._seen:
            self._html[key] = html
        else:
            self._seen.add(hash(key))
        yield html

    def key(self, context: Any) -> tuple | None:
        page, config = context.get("page"), context.get("config")
        if page is None or config is None:
            return None
        if self._config is not config:
            self._config, self._html, self._seen = config, {}, set()
        return toc_key(shown_toc(getattr(page, "toc", None)))


def shown_toc(toc: Any) -> Any:
    """The entries ``toc.html`` lists: under a first ``h1``, its children (not the h1 itself)."""
    if toc is None:
        return None
    first = next(iter(toc), None)
    return first.children if first is not None and first.level == 1 else toc


def toc_key(toc: Any) -> tuple | None:
    """What ``toc.html`` reads of a TOC, as a tuple; None for one it cannot be sure of (an entry
    with a ``typeset`` title, made by Material's typeset plugin, or no TOC at all)."""
    if toc is None:
        return None
    key = []
    for item in toc:
        if getattr(item, "typeset", None) is not None:
            return None
        children = toc_key(item.children)
        if children is None:
            return None
        key.append((item.title, item.url, item.level, children))
    return tuple(key)
