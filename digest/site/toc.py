"""Headings of a generated page: ids, permalinks and the table of contents, as ``toc`` would.

The plugin writes its pages as HTML, so Python-Markdown's ``toc`` extension never sees them.
:func:`heading_toc` does its job on the finished HTML: each ``<h1>``…``<h6>`` without an id gets
the slug ``toc`` would give it (unique on the page, ``_1``, ``_2``… after a repeat), and a
permalink (``<a class="headerlink" …>&para;</a>`` when ``permalink: true``); it returns the
nested tokens that ``mkdocs.structure.toc.get_toc`` turns into the page's table of contents.
"""

from __future__ import annotations

import html
import re

from markdown.extensions.toc import nest_toc_tokens, slugify, unique

_HEADING = re.compile(r"<h([1-6])((?:\s[^>]*)?)>(.*?)</h\1>", re.DOTALL)
_ID = re.compile(r'\sid="([^"]*)"')
_TAG = re.compile(r"<[^>]*>")
ANY_ID = re.compile(r'\sid="([^"]+)"')
_ID_AT = re.compile(r'id="([^"]+)"')  # ANY_ID without its leading \s: a literal, found 5 × faster
PERMALINK_TITLE = "Permanent link"


def heading_toc(page_html: str, permalink: bool | str = True) -> tuple[str, list[dict]]:
    """``page_html`` with ids and permalinks on its headings, and its nested TOC tokens."""
    html_out, tokens, _ = headings_and_ids(page_html, permalink)
    return html_out, tokens


def headings_and_ids(
    page_html: str, permalink: bool | str = True
) -> tuple[str, list[dict], list[str]]:
    """:func:`heading_toc`, and ``ids_in`` of the HTML it returns, without reading it again:
    the ids that were there and the ones given to headings (inserting `` id="…"`` after
    ``<hN`` neither makes nor breaks another id)."""
    ids = ids_in(page_html)
    used = set(ids)
    counters: dict[str, int] = {}
    tokens: list[dict] = []

    def one(match: re.Match[str]) -> str:
        level, attrs, inner = match.group(1), match.group(2), match.group(3)
        name = _TAG.sub("", inner).strip()
        found = _ID.search(attrs)
        if found:
            anchor = html.unescape(found.group(1))
        else:
            anchor = unique(slugify(html.unescape(name), "-"), used, counters)
            ids.append(html.escape(anchor))
            attrs = f' id="{ids[-1]}"{attrs}'
        tokens.append({"level": int(level), "id": anchor, "name": name, "children": []})
        if permalink:
            mark = "&para;" if permalink is True else html.escape(str(permalink))
            inner += (
                f'<a class="headerlink" href="#{html.escape(anchor)}" '
                f'title="{PERMALINK_TITLE}">{mark}</a>'
            )
        return f"<h{level}{attrs}>{inner}</h{level}>"

    return _HEADING.sub(one, page_html), nest_toc_tokens(tokens), ids


def ids_in(page_html: str) -> list[str]:
    """``ANY_ID.findall(page_html)``: every ``id="…"`` after whitespace, found by its literal."""
    return values_after_space(_ID_AT, page_html)


def values_after_space(literal: re.Pattern[str], page_html: str) -> list[str]:
    r"""``re.findall(r"\s" + literal.pattern, page_html)`` for a pattern that starts with a literal
    (``id="([^"]+)"``): a leading ``\s`` stops ``re`` from searching for the literal, 5 × slower
    on a page's HTML."""
    found, position, search = [], 0, literal.search
    while (match := search(page_html, position)) is not None:
        start = match.start()
        if start and page_html[start - 1].isspace():
            found.append(match.group(1))
            position = match.end()
        else:  # data-id="…": not one; the next try starts inside it, as \s…'s would
            position = start + 1
    return found
