"""Make the HTML rendered from editors' Markdown unable to run script, with the nh3 sanitiser.

Editors' Markdown fields (``commentary``, ``bio``, ``description``…) are rendered by the site's
own Markdown pass, so that their relative links are checked and rewritten like every other link.
The site layer wraps each such field in two markers (:data:`UNTRUSTED_START`,
:data:`UNTRUSTED_END`); once the page is HTML, :func:`sanitize_marked` runs nh3 (the Rust
``ammonia`` sanitiser) on what lies between them. The markers cannot be forged from a field: its
``<`` is already shown as text (``&lt;``) before Markdown sees it, so it cannot open a comment.

What survives: the tags Markdown makes, ``id``/``class``/``title``/``lang`` on any of them,
``href`` and ``src`` only with ``http``, ``https``, ``mailto`` or a relative URL, and table-cell
``text-align``. Gone: ``on*`` handlers, ``style`` (but that one property), other schemes
(``javascript:``, ``vbscript:``, ``data:``, however cased or entity-encoded), SVG and MathML, and
any tag a field leaves open, which nh3 closes inside the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial

import nh3

UNTRUSTED_START = "<!--dd-untrusted-->"
UNTRUSTED_END = "<!--/dd-untrusted-->"
_MARKED = re.compile(re.escape(UNTRUSTED_START) + "(.*?)" + re.escape(UNTRUSTED_END), re.DOTALL)

URL_SCHEMES = frozenset({"http", "https", "mailto"})
"""Schemes a link or image may use; relative URLs (``../speakers/x/``, ``#fn:1``) always may."""

TAGS = frozenset(
    {
        *("p", "br", "hr", "div", "span", "blockquote", "pre", "code", "kbd", "samp", "var"),
        *("h1", "h2", "h3", "h4", "h5", "h6"),
        *("em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup"),
        *("abbr", "cite", "q", "dfn", "time"),
        *("ul", "ol", "li", "dl", "dt", "dd"),
        *("a", "img", "figure", "figcaption", "details", "summary"),
        *("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col"),
    }
)
"""What Python-Markdown and its usual extensions write (footnotes, tables, toc, abbr…)."""

_GENERIC_ATTRIBUTES = {"id", "class", "title", "lang", "dir"}
ATTRIBUTES: dict[str, set[str]] = {
    "*": _GENERIC_ATTRIBUTES,
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "abbr": set(),
    "ol": {"start", "reversed", "type"},
    "th": {"colspan", "rowspan", "scope", "style", "align"},
    "td": {"colspan", "rowspan", "style", "align"},
    "col": {"span"},
    "time": {"datetime"},
    "details": {"open"},
}
"""Attributes kept, by tag; ``style`` is kept on table cells for alignment only (see below)."""

CLEAN_CONTENT_TAGS = frozenset({"script", "style", "svg", "math", "iframe", "object", "template"})
"""Tags removed with their content (not just unwrapped): their text is code, not prose."""


def _options() -> dict:
    return dict(
        tags=set(TAGS),
        clean_content_tags=set(CLEAN_CONTENT_TAGS),
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        filter_style_properties={"text-align"},  # Markdown tables align cells with style=
        link_rel=None,  # the site's own relative links need no rel; external ones are plain too
        strip_comments=True,
    )


def _make_cleaner() -> Callable[[str], str]:
    """nh3's reusable ``Cleaner`` (0.3+) built once: ``nh3.clean`` turns every option into Rust
    sets again on each call, 60 % of its time on an editor's field. ``nh3.clean`` otherwise."""
    cleaner = getattr(nh3, "Cleaner", None)
    if cleaner is None:
        return partial(nh3.clean, **_options())
    return cleaner(**_options()).clean


_CLEAN = _make_cleaner()


@lru_cache(maxsize=1024)
def sanitize_html(fragment: str) -> str:
    """``fragment`` with everything that could run script, load another site's script, or restyle
    the page removed; prose, structure and safe links kept.

    Kept for the fragments last seen (a pure function of the text): an editor's field converts
    once per URL depth but is on several pages (a card's commentary), each sanitised again."""
    return _CLEAN(fragment)


def sanitize_marked(html: str) -> str:
    """``html`` with every marked region sanitised and its markers removed; unmarked HTML (the
    site's own) is left exactly as it is. Cheap when nothing is marked."""
    if UNTRUSTED_START not in html:
        return html
    html = _MARKED.sub(lambda match: sanitize_html(match.group(1)), html)
    start = html.find(UNTRUSTED_START)
    if start != -1:
        # A field whose end marker was swallowed (an unclosed code fence turns it into text):
        # fail closed and sanitise everything from its start.
        html = html[:start] + sanitize_html(html[start:])
    return html
