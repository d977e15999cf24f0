"""Escaping for what the renderer writes: untrusted text in, inert HTML out.

Generated pages are HTML (docs/site.md, "Generated pages are HTML"): text from articles and
records is escaped with :func:`html_text` and can never become HTML (``<script>``). Markdown
fields written by editors (``bio``, ``commentary``…) keep their Markdown but lose raw HTML
(:func:`md_block`), and are sanitised once converted. :func:`md_text` escapes text for a
Markdown page instead (HTML and Markdown syntax both) for a template or block that writes one.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

try:  # markupsafe.escape's own C escaper (3.0+), without its two Python calls around it
    from markupsafe import _escape_inner
except ImportError:  # pragma: no cover - an older markupsafe: its escape, the same output
    _escape_inner = None
_new_str = str.__new__  # str.__new__(Markup, s) is Markup(s) for a plain str, minus a call

from digest.sanitize import UNTRUSTED_END, UNTRUSTED_START
from digest.site.urls import record_uri, relative
from digest.wikilinks import KINDS, WikiLink, WikiLinkError, find_links, resolve

# Characters Python-Markdown would read as inline syntax anywhere in a line. Each is in its
# ESCAPED_CHARS (`|` once the tables extension is on, which mkdocs.yml enables), so `\x` is literal.
_INLINE = re.compile(r"([\\`*_{}\[\]|])")
# Syntax that only counts at the start of a line: headings, lists, setext rules, admonitions.
# (`>` needs nothing: it is already `&gt;`.) Replaced by a numeric character reference.
_LEADING = re.compile(r"^([#+\-=!:]|\d+[.)])")
_SAFE_SCHEMES = ("http", "https", "mailto")


def html_title(value: str) -> str:
    """A record's name as a page title. MkDocs and Material treat ``page.title`` as HTML (a
    Markdown page's title keeps its heading's entities; Material prints it unescaped in the
    header, nav and breadcrumbs), and names come from article text: so it is escaped here."""
    return html.escape(value, quote=False)


def html_text(value: object) -> Markup:
    """Plain text as one line of inert HTML: ``'*Khan* <b>'`` -> ``'*Khan* &lt;b&gt;'``.

    Generated pages are HTML (the plugin renders them itself), so only HTML needs escaping;
    whitespace runs are folded as the Markdown pages folded them.

    ``escape(text)`` for the plain ``str`` made here is ``Markup(_escape_inner(text))``: called
    directly, as half a million values of a 1,000-debate build are."""
    if _escape_inner is None:
        return escape(" ".join(str(value).split()))
    return _new_str(Markup, _escape_inner(" ".join(str(value).split())))


def md_text(value: object) -> Markup:
    """Plain text as one line of inert Markdown: ``'*Khan* <b>'`` -> ``'\\*Khan\\* &lt;b&gt;'``."""
    text = " ".join(str(value).split())
    text = _INLINE.sub(r"\\\1", text)
    # `&`, `<`, `>` and `"` become entities, never HTML; then the line-start syntax.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;")
    return Markup(_LEADING.sub(_escape_leading, text, count=1))


def _escape_leading(match: re.Match[str]) -> str:
    token = match.group(1)
    # "1." -> "1&#46;": the dot is what makes the list; "# x" -> "&#35; x".
    return f"{token[:-1]}&#{ord(token[-1])};"


WikiLinker = Callable[[WikiLink], str]
"""Turns one ``[[wiki link]]`` into the Markdown that replaces it (see :func:`wiki_linker`)."""


def md_block(value: str | None, wiki: WikiLinker | None = None) -> Markup:
    """An editor's Markdown field: Markdown kept, raw HTML shown as text (``<`` -> ``&lt;``),
    between the markers that make the plugin sanitise its rendered HTML (:mod:`digest.sanitize`:
    links, images and attributes — attr_list's ``{: onclick=…}`` — are held to a safe list).
    ``[[wiki links]]`` become ``[Name](../kind/id.md)`` links through ``wiki`` (before the
    sanitiser, like every other link of the field).

    Surrounded by blank lines by the templates so it never merges with the HTML around it.
    """
    if not value:
        return Markup("")
    if wiki is not None and "[[" in value:
        value = _replace_wiki_links(value, wiki)
    body = _close_open_fence(_raw_html_as_text(value.strip("\n")))
    return Markup(f"{UNTRUSTED_START}\n\n{body}\n\n{UNTRUSTED_END}")


_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.S)


def _raw_html_as_text(value: str) -> str:
    """``<`` as ``&lt;`` outside code, so raw HTML shows as text; inside fenced code and code
    spans Markdown escapes ``<`` itself (``&lt;`` there would show as "&lt;"). ``<!`` is escaped
    everywhere: were a code span misread, it could still not forge the sanitiser's markers."""
    out: list[str] = []
    fence: str | None = None
    for line in value.splitlines(keepends=True):
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)
            out.append(line.replace("<", "&lt;"))  # the info string is no code
        elif fence is not None:
            if match and match.group(1).startswith(fence) and not line.strip(fence[0] + " \t\n"):
                fence = None
            out.append(line.replace("<!", "&lt;!"))
        else:
            out.append(_outside_code_spans(line))
    return "".join(out)


def _outside_code_spans(line: str) -> str:
    parts, last = [], 0
    for span in _CODE_SPAN.finditer(line):
        code = span.group().replace("<!", "&lt;!")
        parts += [line[last : span.start()].replace("<", "&lt;"), code]
        last = span.end()
    return "".join(parts) + line[last:].replace("<", "&lt;")


def wiki_linker(index, here: str) -> WikiLinker:
    """Wiki links as relative ``.md`` links from page ``here`` to what the build publishes
    (``index``: a :class:`~digest.index.DigestIndex`), labelled with the record's name; a target
    the build withholds (validation already proved it exists) is shown as plain text."""
    digest = index.digest
    records = {kind: getattr(digest, kind) for kind in KINDS}
    quotes = _PublishedQuotes(index)

    def link(wiki: WikiLink) -> str:
        try:
            target = resolve(wiki.target, records, quotes)
        except WikiLinkError:
            return md_text(wiki.label or wiki.target)
        record = records[target.kind][target.id]
        label = wiki.label or _record_label(record)
        if target.anchor:
            quote = index.quote(target.id, target.anchor)
            names = ", ".join(_who_name(digest, who) for who in quote.speakers) or "Unattributed"
            label = wiki.label or f"{names}, in {_record_label(record)}"
        href = relative(here, record_uri(target.kind, target.id), target.anchor)
        return f"[{md_text(label)}]({href})"

    return link


class _PublishedQuotes:
    """Debate id -> ids of its published quotes, computed only for the debates a link names."""

    def __init__(self, index) -> None:
        self._index = index

    def get(self, debate_id: str, default=None) -> set[str]:
        debate = self._index.digest.debates.get(debate_id)
        if debate is None:
            return default if default is not None else set()
        return {q.id for q in debate.quotes if self._index.quote(debate_id, q.id) is not None}


def _record_label(record: object) -> str:
    return getattr(record, "title", None) or getattr(record, "name", "")


def _who_name(digest, who: str) -> str:
    record = digest.speakers.get(who) or digest.organisations.get(who)
    return record.name if record else who


def _replace_wiki_links(value: str, wiki: WikiLinker) -> str:
    parts, last = [], 0
    for link in find_links(value):
        parts += [value[last : link.start], wiki(link)]
        last = link.end
    return "".join(parts) + value[last:]


_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


def _close_open_fence(body: str) -> str:
    """``body`` with a code fence it leaves open closed at its end: an unclosed fence would
    otherwise swallow the rest of the page (the cards and sections after the field)."""
    opened: str | None = None
    for line in body.splitlines():
        match = _FENCE.match(line)
        if match is None:
            continue
        fence = match.group(1)
        if opened is None:
            opened = fence
        elif fence.startswith(opened) and not line.strip(fence[0] + " \t"):
            opened = None  # a closing fence: the same character, at least as long, nothing else
    return body if opened is None else f"{body}\n{opened}"


def attr(value: object) -> Markup:
    """Text for an HTML attribute value or raw HTML: HTML-escaped, whitespace collapsed (the
    same as :func:`html_text`)."""
    return html_text(value)


def safe_url(url: str | None) -> str | None:
    """An external URL fit for a Markdown link, or None for other schemes (``javascript:``)."""
    if not url:
        return None
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme not in _SAFE_SCHEMES:
        return None
    # Percent-encode what would end the Markdown link or break out of the attribute.
    return quote(url, safe="/:?#[]@!$&'*+,;=%~-._")


def mermaid_label(value: object) -> str:
    """Text for a quoted Mermaid label: Mermaid entity codes for characters its parser reads."""
    text = " ".join(str(value).split())
    for char, code in (("#", "#35;"), ('"', "#quot;"), ("<", "#lt;"), (">", "#gt;")):
        text = text.replace(char, code)
    return text.replace("`", "'")
