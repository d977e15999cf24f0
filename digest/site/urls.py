"""Where each page lives (its ``src_uri`` under docs_dir) and relative ``.md`` links between pages.

Generated pages link with final URLs (:mod:`digest.site.links`); :func:`relative` is the same
rule for ``.md`` sources, which MkDocs resolves for either ``use_directory_urls`` setting and
checks (``validation:`` in mkdocs.yml), for Markdown that links generated pages.
A link climbs to the docs root and back down (``../speakers/x.md`` even from ``speakers/y.md``):
it is computed by hand, without ``posixpath.relpath`` (which calls ``os.getcwd`` each time: a
quarter of the rendering time at 1,000 debates), and it reads the same on every page at one
depth, so a fragment rendered once (a quote card) is valid on every detail page.
"""

from __future__ import annotations

KIND_FOLDERS: tuple[str, ...] = ("debates", "speakers", "themes", "policies", "organisations")


def index_uri(kind: str) -> str:
    """``debates`` -> ``debates/index.md``."""
    return f"{kind}/index.md"


def record_uri(kind: str, record_id: str) -> str:
    """``speakers``, ``sadiq-khan`` -> ``speakers/sadiq-khan.md`` (ids are slugs: safe in paths)."""
    return f"{kind}/{record_id}.md"


def depth(uri: str) -> int:
    """Folders between the docs root and a page: ``index.md`` 0, ``speakers/x.md`` 1."""
    return uri.count("/")


def relative(from_uri: str, to_uri: str, anchor: str | None = None) -> str:
    """The link from page ``from_uri`` to ``to_uri`` (and ``#anchor``), as MkDocs resolves it.

    Both are normalised ``src_uri``s (no ``./``, ``..`` or leading ``/``). An anchor on the page
    itself is just ``#anchor``; any other link goes up to the root and down to ``to_uri``:
    ``speakers/a.md`` -> ``themes/b.md`` is ``../themes/b.md``.
    """
    fragment = f"#{anchor}" if anchor else ""
    if fragment and from_uri == to_uri:
        return fragment
    return "../" * from_uri.count("/") + to_uri + fragment
