"""Reading an article file into an :class:`Article`.

* ``.txt``: an optional header of ``key: value`` lines (title, source, url, date, author,
  license), a blank line, then the body; without a header, the headline, date and byline the
  text starts with (:mod:`digest.extract.metadata`), else the whole file is the body.
* ``.md``: YAML front matter between ``---`` lines (or a .txt-style header), then the body.
* ``.html``: the main text extracted by trafilatura (offline), with its metadata for title, date,
  author and site name. For HTML, ``Article.text`` is the *extracted* text and offsets refer to
  it, not to the HTML.

For .txt and .md, ``Article.text`` is the whole file as ``open(path, encoding="utf-8")`` reads
it (universal newlines); a file with CRLF or CR line endings also keeps ``Article.file_text``,
and :func:`digest.extract.newlines.to_file_offsets` makes the extraction's offsets (and text)
those of the file as it is.
"""

from __future__ import annotations

import html as htmllib
import re
from pathlib import Path

import yaml

from digest.extract.metadata import sniff
from digest.extract.newlines import universal_newlines
from digest.extract.result import Article
from digest.slug import slugify

# Bounds that keep one bad file from stalling a run: a news article is some thousands of
# characters, a long transcript some hundred thousand. HTML pages carry scripts and markup, so
# the file may be larger than the text read from it.
MAX_FILE_BYTES = 20 * 10**6
MAX_TEXT_CHARS = 1_000_000

_HEADER_KEYS = ("title", "source", "url", "date", "author", "license")
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z_-]+):[ \t]*(?P<value>.*)$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n---[ \t]*\n", re.S)
_FRONT_MATTER_ANY_EOL = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n---[ \t]*\r?\n", re.S)


_TITLE_TAG = re.compile(r"<title[^>]*>(?P<title>.*?)</title>", re.I | re.S)
_META_SITE = re.compile(
    r"<meta\s[^>]*(?:property|name)=[\"'](?:og:site_name|application-name)[\"'][^>]*>", re.I
)
_META_CONTENT = re.compile(r"content=[\"'](?P<v>[^\"']+)[\"']", re.I)
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*::\s*|\s+·\s+")
_NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w.’'&!-]*|the|of|and|&|on|de)$")


class ArticleError(ValueError):
    """An article that cannot be read; the message is one line naming the file."""


def _decode(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArticleError(
                f"{path}: {size / 1e6:.1f} MB; an article file may have at most "
                f"{MAX_FILE_BYTES // 10**6} MB (is it an article? split a long one into parts)"
            )
        raw = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"{path}: cannot read: {err.strerror or err}") from None
    if b"\0" in raw:
        raise ArticleError(f"{path}: binary file (NUL bytes), not an article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ArticleError(f"{path}: not UTF-8 (byte {err.start})") from None
    if not text.strip():
        raise ArticleError(f"{path}: empty article")
    return text  # as it is: read_article translates line endings for the pipeline


def header_length(text: str) -> int:
    """Where the body starts after a ``key: value`` header or ``---`` front matter (0 if none):
    the site shows an article's body, not the lines that describe it."""
    front = _FRONT_MATTER_ANY_EOL.match(text)  # offsets of the file as it is, CRLF or not
    return front.end() if front else _txt_header(text)[1]


def _txt_header(text: str) -> tuple[dict[str, str], int]:
    """The leading ``key: value`` lines if they end in a blank line and name known keys."""
    meta: dict[str, str] = {}
    pos = 0
    for line in text.split("\n"):
        if not line.strip():
            return (meta, pos + len(line) + 1) if meta else ({}, 0)
        m = _HEADER_LINE.match(line)
        if not m or m["key"].lower() not in _HEADER_KEYS:
            return {}, 0
        meta[m["key"].lower()] = m["value"].strip()
        pos += len(line) + 1
    return {}, 0


def _md_header(text: str, path: Path) -> tuple[dict[str, str], int]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    try:
        data = yaml.safe_load(m["yaml"]) or {}
    except yaml.YAMLError as err:
        first = str(err).splitlines()[0] if str(err) else "bad YAML"
        raise ArticleError(f"{path}: front matter: {first}") from None
    if not isinstance(data, dict):
        raise ArticleError(f"{path}: front matter is not a mapping")
    meta = {str(k).lower(): str(v) for k, v in data.items() if v is not None}
    return meta, m.end()


def _html(text: str, path: Path) -> tuple[dict[str, str], str]:
    import trafilatura  # imported here: only HTML input pays for it

    body = trafilatura.extract(
        text, output_format="txt", include_comments=False, with_metadata=False
    )
    if not body or not body.strip():
        raise ArticleError(f"{path}: no article text found in the HTML")
    meta: dict[str, str] = {}
    doc = trafilatura.extract_metadata(text)
    if doc is not None:
        for key, attr in (
            ("title", "title"),
            ("date", "date"),
            ("author", "author"),
            ("source", "sitename"),
            ("url", "url"),
            ("license", "license"),
        ):
            value = _plain(str(getattr(doc, attr, None) or ""))
            if value:
                meta[key] = value
    if not meta.get("source"):
        site = _site_from_html(text)
        if site:
            meta["source"] = site
    return meta, _paragraphs(body)


def _site_from_html(html: str) -> str | None:
    """The publisher when trafilatura finds no site name: og:site_name / application-name, else
    the last part of ``<title>Headline | Publisher</title>`` when it reads as a name."""
    for tag in _META_SITE.finditer(html):
        content = _META_CONTENT.search(tag.group())
        site = _plain(content["v"]) if content else ""
        if site:
            return site
    m = _TITLE_TAG.search(html)
    if not m:
        return None
    parts = _TITLE_SEPARATOR.split(_plain(m["title"]))
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    words = last.split()
    if 1 <= len(words) <= 5 and len(last) <= 40 and all(_NAME_WORD.match(w) for w in words):
        return last if words[0][0].isupper() or words[0] == "the" else None
    return None


_TAG = re.compile(r"<[^>]*>")


def _plain(value: str) -> str:
    """An HTML metadata value as plain text: entities decoded, then any tag dropped (a page's
    ``og:site_name`` or title may hold markup, even entity-encoded markup), spaces folded."""
    return " ".join(_TAG.sub(" ", htmllib.unescape(value)).split())


def _check_length(path: Path, text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise ArticleError(
            f"{path}: {len(text):,} characters of text; an article may have at most "
            f"{MAX_TEXT_CHARS:,} (split a long one into parts)"
        )


def _paragraphs(body: str) -> str:
    """trafilatura puts one paragraph on each line: blank lines between them, as in .txt files,
    so a headline line or a quotation's paragraph is a paragraph of its own."""
    return "\n\n".join(line.strip() for line in body.split("\n") if line.strip()) + "\n"


def _article(path: Path, text: str, meta: dict[str, str], body_start: int, fmt: str) -> Article:
    title = meta.get("title") or None
    return Article(
        id=slugify(title) if title else slugify(path.stem),
        path=str(path),
        text=text,
        body_start=body_start,
        title=title,
        date=meta.get("date") or None,
        source=meta.get("source") or meta.get("publisher") or None,
        url=meta.get("url") or None,
        author=meta.get("author") or None,
        license=meta.get("license") or None,
        fmt=fmt,  # type: ignore[arg-type]
    )


def read_article(path: Path) -> Article:
    """The article in ``path`` (.txt, .md or .html); raises :class:`ArticleError` if unreadable."""
    path = Path(path)
    raw = _decode(path)
    text = universal_newlines(raw)  # the pipeline's patterns expect LF line endings
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        meta, body = _html(text, path)
        found, _ = sniff(body, 0)  # a date or byline only the text shows ("Published: …")
        _check_length(path, body)
        return _article(path, body, {**found, **meta}, 0, "html")
    if suffix in (".md", ".markdown"):
        meta, start = _md_header(text, path)
        if not start:  # no front matter: a plain "key: value" header is accepted too
            meta, start = _txt_header(text)
        fmt = "md"
    else:
        meta, start = _txt_header(text)
        fmt = "txt"
    if not meta:  # no header: the headline, date and byline the text itself shows
        meta, sniffed = sniff(text, start)
        start = sniffed if text[sniffed:].strip() else start  # one line: a body, not a headline
    if not text[start:].strip():
        raise ArticleError(f"{path}: the article has a header but no body")
    _check_length(path, text)
    article = _article(path, text, meta, start, fmt)
    article.file_text = raw if raw != text else None  # offsets go back to it after extraction
    return article
