"""Where each record's page, feed and data file lives on the built site, as URLs.

The exports must link to pages without MkDocs: a page's URL follows MkDocs' rule for its
``src_uri`` (``speakers/x.md`` -> ``speakers/x/`` with ``use_directory_urls``, else
``speakers/x.html``). Every path here is relative to the site root; :meth:`SiteLinks.absolute`
prefixes ``site_url`` when the site has one, and :func:`relative` links one file to another when
it has none (feed readers and JSON-LD processors resolve those against the document's own URL).
"""

from __future__ import annotations

from dataclasses import dataclass

DATA_DIR = "data"
FEEDS_DIR = "feeds"


@dataclass(frozen=True)
class SiteLinks:
    """``site_url`` (``https://example.org/digest/``) or None, and MkDocs' URL style."""

    site_url: str | None = None
    use_directory_urls: bool = True

    def page(self, kind: str | None, record_id: str | None = None) -> str:
        """The path of a page: ``speakers/sadiq-khan/``; ``kind=None`` is the home page ``""``."""
        if kind is None:
            return ""
        if record_id is None:
            return f"{kind}/" if self.use_directory_urls else f"{kind}/index.html"
        return f"{kind}/{record_id}/" if self.use_directory_urls else f"{kind}/{record_id}.html"

    def quote(self, debate_id: str, quote_id: str) -> str:
        """A quote's permalink: its card's anchor on the debate page."""
        return f"{self.page('debates', debate_id)}#{quote_id}"

    def absolute(self, path: str) -> str | None:
        """``path`` as an absolute URL, or None when the site has no ``site_url``."""
        if not self.site_url:
            return None
        return self.site_url.rstrip("/") + "/" + path

    def href(self, path: str, *, from_path: str) -> str:
        """How the file at ``from_path`` links to ``path``: absolute when the site has a URL,
        else relative to ``from_path``."""
        return self.absolute(path) or relative(from_path, path)


def relative(from_path: str, to_path: str) -> str:
    """The relative URL from the file (or folder URL) ``from_path`` to ``to_path``, both relative
    to the site root: ``feeds/speakers/x.xml`` -> ``speakers/x/`` is ``../../speakers/x/``."""
    return "../" * from_path.count("/") + to_path or "./"


def record_json(kind: str, record_id: str) -> str:
    """``data/speakers/sadiq-khan.json``."""
    return f"{DATA_DIR}/{kind}/{record_id}.json"


def feed_path(kind: str | None, record_id: str | None, extension: str) -> str:
    """``feeds/digest.xml`` for the whole digest, ``feeds/speakers/sadiq-khan.json`` for one."""
    if kind is None:
        return f"{FEEDS_DIR}/digest.{extension}"
    return f"{FEEDS_DIR}/{kind}/{record_id}.{extension}"
