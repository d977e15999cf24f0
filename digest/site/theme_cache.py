"""Material's primary navigation rendered once per folder, for the pages outside the nav.

Material renders the whole site navigation (``partials/nav.html``) into every page: a tenth of a
build's time at 1,000 debates. For a page that is not in the nav (every record page, by
``mkdocs.yml``) no nav entry is active, so that HTML depends on the page only through the
relative URLs of its links, which read the same from every page of one folder: MkDocs makes a
link relative (``mkdocs.utils.get_relative_url``) by climbing from the page's URL parts to the
common prefix with the target's, so ``speakers/x/`` and ``speakers/y/`` get the same link to any
target that is not inside either of them. :class:`NavCache` keys the nav's HTML by the page's
URL parts minus the last (by its folder, for ``use_directory_urls: false``), and renders it anew
for a page whose URL is a prefix of a nav target (``speakers/x/`` and a nav entry
``speakers/x/more/``) or that is in the nav.

Only Material's own ``nav.html`` and ``nav-item.html`` are cached: a site overriding either in
``theme_overrides/partials/`` may show anything of the page there, and gets it rendered per page.

:class:`HeaderCache` does the same for Material's header (``partials/header.html``), which shows
one thing of the page besides its links: its title, printed as is (the theme's environment does
not autoescape). The first page of a folder renders it; the next ones get that HTML with the
first page's title replaced by theirs — only if that title occurs exactly once in it. The header
and every partial it includes must be Material's, or an override that never names ``page``,
``toc`` or a ``digest_`` variable (this repository's ``search.html`` and ``source.html``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from jinja2 import Environment, Template

NAV_TEMPLATE = "partials/nav.html"
_OWN_TEMPLATES = (NAV_TEMPLATE, "partials/nav-item.html")
HEADER_TEMPLATE = "partials/header.html"
_HEADER_PARTIALS = (
    *("partials/logo.html", "partials/palette.html", "partials/javascripts/palette.html"),
    *("partials/alternate.html", "partials/tabs.html", "partials/search.html"),
    "partials/source.html",
)
_NAMES_THE_PAGE = re.compile(r"\b(?:page|toc)\b|digest_")


def _url_parts(url: str) -> tuple[str, ...]:
    """URL path parts as MkDocs compares them for relative links (a file name's folder)."""
    folder, _, name = url.rpartition("/")
    path = folder if "." in name else url
    return tuple(part for part in path.split("/") if part and part != ".")


def _is_file_url(url: str) -> bool:
    return "." in url.rpartition("/")[2]


def render_once(
    cache: Any, key: object, render: Callable[[Any], Iterator[str]], context: Any
) -> Iterator[str]:
    """``render(context)``, rendered once per ``key`` into ``cache._html`` (``cache.hits``
    counts the reuses); rendered afresh when ``key`` is None (a page it depends on)."""
    if key is None:
        yield from render(context)
        return
    html = cache._html.get(key)
    if html is None:
        html = cache._html[key] = "".join(render(context))
    else:
        cache.hits += 1
    yield html


class NavCache:
    """One build's nav HTML by folder; ``install`` wraps the environment's nav template."""

    def __init__(self) -> None:
        self._html: dict[tuple[str, ...], str] = {}
        self._nav_id: int | None = None
        self._nav_pages: set[str] = set()
        self._nav_targets: list[tuple[str, ...]] = []
        self.hits = 0  # pages given a nav rendered for another page

    def install(self, env: Environment) -> bool:
        """Make ``env``'s nav template use this cache; False (nothing done) when the site
        overrides it."""
        template = env.get_template(NAV_TEMPLATE)
        if not all(_from_material(env.get_template(name)) for name in _OWN_TEMPLATES):
            return False
        self._wrap(env, template.name or NAV_TEMPLATE)
        return True

    def _wrap(self, env: Environment, name: str) -> None:
        template = env.get_template(name)
        render = template.root_render_func
        template.root_render_func = lambda context: self._render(render, context)

    def key(self, page: Any, nav: Any) -> tuple[str, ...] | None:
        """The folder whose pages share ``page``'s nav HTML, or None if it is its own."""
        if page is None or nav is None or getattr(page, "file", None) is None:
            return None
        self._learn(nav)
        if page.file.src_uri in self._nav_pages:
            return None
        parts = _url_parts(page.url)
        if _is_file_url(page.url):  # links climb from its folder, the same for its neighbours
            return parts
        if not parts or any(target[: len(parts)] == parts for target in self._nav_targets):
            return None
        return (*parts[:-1], "*")  # "*": any one name, not the folder itself

    def _learn(self, nav: Any) -> None:
        if self._nav_id == id(nav):
            return
        self._nav_id, self._html = id(nav), {}
        self._forget()
        self._nav_pages = {page.file.src_uri for page in nav.pages}
        self._nav_targets = [_url_parts(page.url) for page in nav.pages]

    def _forget(self) -> None:
        """A new nav (a new build): what was rendered for the last one is no use."""

    def _render(self, render: Callable[[Any], Iterator[str]], context: Any) -> Iterator[str]:
        key = self.key(context.get("page"), context.get("nav"))
        return render_once(self, key, render, context)


class HeaderCache(NavCache):
    """Material's header by folder, each page's title put in (see the module)."""

    def __init__(self) -> None:
        super().__init__()
        self._headers: dict[tuple, tuple[str, str]] = {}  # key -> (HTML, the title in it)

    def _forget(self) -> None:
        self._headers = {}

    def install(self, env: Environment) -> bool:
        if not _from_material(env.get_template(HEADER_TEMPLATE)):
            return False
        if not all(_never_names_the_page(env, name) for name in _HEADER_PARTIALS):
            return False
        self._wrap(env, HEADER_TEMPLATE)
        return True

    def _render(self, render: Callable[[Any], Iterator[str]], context: Any) -> Iterator[str]:
        page = context.get("page")
        folder = self.key(page, context.get("nav"))
        if folder is None:
            yield from render(context)
            return
        meta_title = (page.meta or {}).get("title")
        title = str(meta_title if meta_title else page.title)  # as the header prints it
        key = (folder, bool(meta_title))
        cached = self._headers.get(key)
        if cached is not None:
            self.hits += 1
            html, was = cached
            yield html.replace(was, title)
            return
        html = "".join(render(context))
        if title and html.count(title) == 1:
            self._headers[key] = (html, title)
        yield html


def _never_names_the_page(env: Environment, name: str) -> bool:
    """Material's own partial, or an override whose source names nothing of the page."""
    from jinja2 import TemplateNotFound

    try:
        template = env.get_template(name)
    except TemplateNotFound:
        return True  # nothing to include: the header would fail on it, cached or not
    if _from_material(template):
        return True
    source = env.loader.get_source(env, name)[0] if env.loader else ""
    return _NAMES_THE_PAGE.search(source) is None


def _from_material(template: Template) -> bool:
    """Whether ``template`` is the theme's own file (Material's package), not a site override."""
    import material

    if template.filename is None:
        return False
    return Path(material.__file__).parent in Path(template.filename).resolve().parents
