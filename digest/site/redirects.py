"""Old page URLs of merged records: a tiny HTML page that sends the reader to the merged one.

``digest merge`` records the merged-away id in the target's ``merged_from``; the old page URL
(bookmarked, linked from elsewhere) must still lead somewhere. Like mkdocs-redirects, each old
URL gets a standalone page with a meta refresh, a canonical link and a plain link for readers
whose browser does not follow the refresh.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from digest.index import DigestIndex


@dataclass(frozen=True)
class Redirect:
    kind: str  # content folder: speakers, organisations, policies
    old_id: str
    target_id: str
    target_name: str


def plan_redirects(index: DigestIndex) -> list[Redirect]:
    """One redirect per ``merged_from`` id that no record of the kind still uses."""
    out: list[Redirect] = []
    for kind in ("speakers", "organisations", "policies"):
        records = getattr(index.digest, kind)
        for record in records.values():
            for old in getattr(record, "merged_from", []):
                if old not in records and old != record.id:
                    out.append(Redirect(kind, old, record.id, record.name))
    return out


def redirect_paths(redirect: Redirect, directory_urls: bool) -> tuple[str, str]:
    """(the old page's file under site_dir, the merged page's URL relative to it)."""
    if directory_urls:
        return f"{redirect.kind}/{redirect.old_id}/index.html", f"../{redirect.target_id}/"
    return f"{redirect.kind}/{redirect.old_id}.html", f"{redirect.target_id}.html"


def redirect_html(target_url: str, target_name: str) -> str:
    url = html.escape(target_url, quote=True)
    name = html.escape(target_name)
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Redirecting to {name}</title>\n"
        f'<meta http-equiv="refresh" content="0; url={url}">\n'
        f'<link rel="canonical" href="{url}">\n'
        '<meta name="robots" content="noindex">\n'
        f"</head>\n<body>\n<p>This page moved: <a href=\"{url}\">{name}</a>.</p>\n"
        "</body>\n</html>\n"
    )
