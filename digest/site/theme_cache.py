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
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from jinja2 import Environment, Template

NAV_TEMPLATE = "partials/nav.html"
_OWN_TEMPLATES = (NAV_TEMPLATE, "partials/nav-item.html")


def _url_parts(url: str) -> tuple[str, ...]:
    """URL path parts as MkDocs compares them for relative links (a file name's folder)."""
    folder, _, name = url.rpartition("/")
    path = folder if "." in name else url
    return tuple(part for part in path.split("/") if part and part != ".")


def _is_file_url(url: str) -> bool:
    return "." in url.rpartition("/")[2]


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
        render = template.root_render_func
        template.root_render_func = lambda context: self._render(render, context)
        return True

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
        self._nav_pages = {page.file.src_uri for page in nav.pages}
        self._nav_targets = [_url_parts(page.url) for page in nav.pages]

    def _render(self, render: Callable[[Any], Iterator[str]], context: Any) -> Iterator[str]:
        key = self.key(context.get("page"), context.get("nav"))
        if key is None:
            yield from render(context)
            return
        html = self._html.get(key)
        if html is None:
            html = self._html[key] = "".join(render(context))
        else:
            self.hits += 1
        yield html


def _from_material(template: Template) -> bool:
    """Whether ``template`` is the theme's own file (Material's package), not a site override."""
    import material

    if template.filename is None:
        return False
    return Path(material.__file__).parent in Path(template.filename).resolve().parents
