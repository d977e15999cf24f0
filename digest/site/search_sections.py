"""Material's search index of a page, with the page's HTML read by a faster tokenizer.

Material's search plugin splits each page into sections with its ``Parser``, an
``html.parser.HTMLParser`` whose pure-Python tokenizer was half the plugin's cost. For HTML as the
plugin and nh3 write it (tags whose attributes hold no ``<`` or ``>``, comments without ``--``
inside, no ``<script>``/``<style>``, every ``<`` a tag's) :func:`sections` finds the same tokens
with one regular expression and feeds them to the very same ``Parser`` handlers, so the index
entries are Material's own: tag names and attributes are read with ``HTMLParser``'s own patterns
and text is unescaped as it unescapes it. Anything else in a page — or any doubt — and the page
is parsed by ``HTMLParser`` as before (:func:`install` falls back per page).
"""

from __future__ import annotations

import html.parser
import re
from html import unescape
from collections.abc import Callable
from typing import Any

_TOKEN = re.compile(r"<(?:(/?)([a-zA-Z][^\t\n\r\f />\x00]*)([^<>]*)>|!--(.*?)-->)", re.DOTALL)
_END_TAG_NAME = re.compile(r"[a-zA-Z][-.a-zA-Z0-9:_]*")  # HTMLParser's endtagfind
_END_TAG_REST = re.compile(r"\s*")
_RAW_TEXT = re.compile(r"<(?:script|style)\b", re.IGNORECASE)  # HTMLParser's CDATA elements
_TAG_NAME = getattr(html.parser, "tagfind_tolerant", None)
_ATTRIBUTE = getattr(html.parser, "attrfind_tolerant", None)


def sections(parser: Any, content: str) -> list | None:
    """Feed ``content`` to a fresh Material search ``parser``; its sections, or None when the
    page needs ``HTMLParser`` itself (the parser is then spoilt: use another)."""
    if _TAG_NAME is None or _ATTRIBUTE is None or _RAW_TEXT.search(content):
        return None
    position = 0
    for token in _TOKEN.finditer(content):
        start = token.start()
        if start > position and not _text(parser, content[position:start]):
            return None
        closing, name, rest, comment = token.groups()
        if comment is not None:
            if "--" in comment or comment.startswith((">", "-")):
                return None
        elif closing:
            if not (_END_TAG_NAME.fullmatch(name) and _END_TAG_REST.fullmatch(rest)):
                return None
            parser.handle_endtag(name.lower())
        elif not _start_tag(parser, token.group(0)):
            return None
        position = token.end()
    if position < len(content) and not _text(parser, content[position:]):
        return None
    return parser.data


def _text(parser: Any, raw: str) -> bool:
    if "<" in raw:  # a "<" that opens no tag: HTMLParser's own rules
        return False
    parser.handle_data(unescape(raw))
    return True


def _start_tag(parser: Any, raw: str) -> bool:
    """``HTMLParser.parse_starttag`` on one whole tag; False if it would not read it as one."""
    match = _TAG_NAME.match(raw, 1)
    if match is None:
        return False
    tag, position, attrs = match.group(1).lower(), match.end(), []
    while position < len(raw) - 1:
        found = _ATTRIBUTE.match(raw, position)
        if not found:
            break
        name, rest, value = found.group(1, 2, 3)
        if not rest:
            value = None
        elif value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
            value = value[1:-1]
        if value:
            value = unescape(value)
        attrs.append((name.lower(), value))
        position = found.end()
    end = raw[position:].strip()
    if end not in (">", "/>"):
        return False
    parser.handle_starttag(tag, attrs)
    if end == "/>":  # HTMLParser.handle_startendtag
        parser.handle_endtag(tag)
    return True


def install_in(plugins: Any, indexed: Callable[[Any], None] | None = None) -> bool:
    """:func:`install` in the build's Material search plugin, if it has one."""
    return any(
        install(plugin, indexed) for plugin in plugins.values() if hasattr(plugin, "search_index")
    )


def install(search_plugin: Any, indexed: Callable[[Any], None] | None = None) -> bool:
    """Make the search plugin's index read pages with :func:`sections`; False if it is not the
    Material search index this module knows (its entries must stay Material's own).

    ``indexed(page)`` is called once a page is indexed, before the search plugin goes on to strip
    ``data-search-*`` attributes from ``page.content`` (a regular expression over the whole page):
    the site plugin empties a copy of the content it made for search, which it puts back after."""
    index = getattr(search_plugin, "search_index", None)
    module = type(index).__module__
    if module != "material.plugins.search.plugin" or "add_entry_from_context" in vars(index):
        return False
    from material.plugins.search import plugin as material_search

    if not hasattr(index, "create_entry_for_section"):
        return False
    original = index.add_entry_from_context

    def add_entry_from_context(page: Any) -> None:
        """Material's ``SearchIndex.add_entry_from_context``, but for the tokenizer."""
        search = page.meta.get("search") or {}
        if search.get("exclude"):
            return
        found = sections(material_search.Parser(), page.content or "")
        if found is None:
            original(page)
        else:
            for section in found:
                if not section.is_excluded():
                    index.create_entry_for_section(section, page.toc, page.url, page)
        if indexed is not None:
            indexed(page)

    index.add_entry_from_context = add_entry_from_context
    return True
