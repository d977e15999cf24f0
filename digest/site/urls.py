"""Where each page lives (its ``src_uri`` under docs_dir) and relative ``.md`` links between pages.

Links are written as relative paths to ``.md`` sources so MkDocs resolves them for either
``use_directory_urls`` setting and checks each link and ``#anchor`` (``validation:`` in mkdocs.yml).
"""

from __future__ import annotations

import posixpath

KIND_FOLDERS: tuple[str, ...] = ("debates", "speakers", "themes", "policies", "organisations")


def index_uri(kind: str) -> str:
    """``debates`` -> ``debates/index.md``."""
    return f"{kind}/index.md"


def record_uri(kind: str, record_id: str) -> str:
    """``speakers``, ``sadiq-khan`` -> ``speakers/sadiq-khan.md`` (ids are slugs: safe in paths)."""
    return f"{kind}/{record_id}.md"


def relative(from_uri: str, to_uri: str, anchor: str | None = None) -> str:
    """The link from page ``from_uri`` to ``to_uri`` (and ``#anchor``), as MkDocs resolves it."""
    fragment = f"#{anchor}" if anchor else ""
    if from_uri == to_uri:
        return fragment or posixpath.basename(to_uri)
    start = posixpath.dirname(from_uri) or "."
    return posixpath.relpath(to_uri, start) + fragment
