"""Feeds: the whole digest (newest debates), one per speaker (their quotes), one per theme.

Each feed is planned once as plain data (:class:`Feed`, :class:`Entry`) from the index of what the
build publishes, then written twice: Atom 1.0 by ``feedgen`` (no XML by hand) and JSON Feed 1.1 as
``json.dumps`` of a dict built to https://www.jsonfeed.org/version/1.1/. Links are absolute when
the site has a ``site_url``; without one they are relative to the feed file, and ids are
``urn:debate-digest:<path>`` (stable, but shared by every digest without a URL: set
``site_url``). Dates: a debate's date (``2010-05`` is 1 May 2010, 00:00 UTC), else its
source's, else the epoch — feeds need one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any

from feedgen.feed import FeedGenerator

from digest.export.links import SiteLinks, feed_path
from digest.export.text import readable
from digest.index import DigestIndex, QuoteRef
from digest.model import Debate

FEED_ITEMS = 50
"""Entries per feed: the newest ones (a reader keeps what it has already seen)."""
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
ATOM_TYPE = "application/atom+xml"
JSON_FEED_TYPE = "application/feed+json"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_TITLE_WORDS = 90  # characters of a quote in its entry's title
# Characters XML 1.0 cannot carry (lxml refuses them): control characters but tab, LF and CR.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class Entry:
    id: str
    title: str
    link: str
    date: datetime
    text: str
    author: str
    author_link: str | None = None
    tags: list[str] = field(default_factory=list)
    source_link: str | None = None


@dataclass
class Feed:
    """One feed; ``atom_path``/``json_path`` are where it lives (relative to the site root)."""

    title: str
    subtitle: str
    page: str  # the page it follows (site-root-relative path)
    atom_path: str
    json_path: str
    entries: list[Entry]


def all_feeds(index: DigestIndex, links: SiteLinks, site_name: str) -> list[Feed]:
    """The digest's feed, then one per published speaker and per published theme."""
    return [plan() for _, _, plan in feed_plans(index, links, site_name)]


FeedPlan = tuple[str, str, Callable[[], Feed]]
"""(Atom path, JSON Feed path, what makes the feed): the paths are known before the feed is."""


def feed_plans(index: DigestIndex, links: SiteLinks, site_name: str) -> list[FeedPlan]:
    """:func:`all_feeds`, each feed made only when asked for (the site writes them one by one:
    at 5,000 debates every feed at once was ~60 MB)."""
    plans: list[FeedPlan] = [
        (feed_path(None, None, "xml"), feed_path(None, None, "json"),
         partial(_subtitled, site_name, digest_feed, index, links, site_name))
    ]  # fmt: skip
    for speaker in index.digest.speakers.values():
        title = f"{speaker.name}: quotes"
        refs = index.quotes_by_speaker.get(speaker.id, [])
        plans.append(_quote_feed_plan(index, links, site_name, "speakers", speaker.id, title, refs))
    for theme in index.digest.themes.values():
        title = f"{theme.name}: who said what"
        refs = index.quotes_by_theme.get(theme.id, [])
        plans.append(_quote_feed_plan(index, links, site_name, "themes", theme.id, title, refs))
    return plans


def _quote_feed_plan(index, links, site_name, kind, record_id, title, refs) -> FeedPlan:
    make = partial(_subtitled, site_name, _quote_feed, index, links, kind, record_id, title, refs)
    return feed_path(kind, record_id, "xml"), feed_path(kind, record_id, "json"), make


def _subtitled(site_name: str, make: Callable[..., Feed], *args: Any) -> Feed:
    feed = make(*args)
    feed.subtitle = feed.subtitle or site_name
    return feed


def digest_feed(index: DigestIndex, links: SiteLinks, site_name: str) -> Feed:
    atom, json_path = feed_path(None, None, "xml"), feed_path(None, None, "json")
    entries = [
        _debate_entry(index, links, debate, atom)
        for debate in index.debates_newest_first[:FEED_ITEMS]
    ]
    return Feed(f"{site_name}: newest debates", "", links.page(None), atom, json_path, entries)


def _debate_entry(index: DigestIndex, links: SiteLinks, debate: Debate, at: str) -> Entry:
    page = links.page("debates", debate.id)
    quotes = len(debate.published_quotes)
    people = [index.digest.speakers[p].name for p in debate.participants
              if p in index.digest.speakers]  # fmt: skip
    summary = readable(debate.summary, index)
    lines = [summary] if summary else []
    lines.append(f"{quotes} quote{'s' if quotes != 1 else ''}" + (
        f"; with {', '.join(people)}" if people else ""))  # fmt: skip
    publisher = index.digest.organisations.get(debate.source.publisher or "")
    return Entry(
        id=_id(links, page),
        title=debate.title,
        link=links.href(page, from_path=at),
        date=_date(debate),
        text="\n\n".join(lines),
        author=debate.source.author or (publisher.name if publisher else "") or "unknown",
        tags=[index.digest.themes[t].name for t in debate.themes if t in index.digest.themes],
        source_link=debate.source.url,
    )


def _quote_feed(
    index: DigestIndex, links: SiteLinks, kind: str, record_id: str, title: str, refs
) -> Feed:
    atom, json_path = feed_path(kind, record_id, "xml"), feed_path(kind, record_id, "json")
    entries = [_quote_entry(index, links, ref, atom) for ref in refs[:FEED_ITEMS]]
    return Feed(title, "", links.page(kind, record_id), atom, json_path, entries)


def _quote_entry(index: DigestIndex, links: SiteLinks, ref: QuoteRef, at: str) -> Entry:
    digest, quote, debate = index.digest, ref.quote, ref.debate
    names = [_name(index, who) for who in quote.speakers] or ["Unattributed"]
    words = " ".join(quote.text.split())
    short = words if len(words) <= _TITLE_WORDS else words[: _TITLE_WORDS - 1].rstrip() + "…"
    permalink = links.quote(debate.id, quote.id)
    speaker = quote.speaker if quote.speaker in digest.speakers else None
    kind = "" if quote.kind == "direct" else " (reported speech)"
    when = f" ({debate.date})" if debate.date else ""
    return Entry(
        id=_id(links, permalink),
        title=f"{', '.join(names)}: {short}",
        link=links.href(permalink, from_path=at),
        date=_date(debate),
        text=f"{words}\n\n— {', '.join(names)}{kind}, in “{debate.title}”{when}",
        author=names[0],
        author_link=links.href(links.page("speakers", speaker), from_path=at) if speaker else None,
        tags=[digest.themes[t].name for t in quote.themes if t in digest.themes],
        source_link=debate.source.url,
    )


def _name(index: DigestIndex, who: str) -> str:
    record = index.digest.speakers.get(who) or index.digest.organisations.get(who)
    return record.name if record else who


def _id(links: SiteLinks, path: str) -> str:
    return links.absolute(path) or f"urn:debate-digest:{path}"


def _date(debate: Debate) -> datetime:
    for value in (debate.date, debate.source.date):
        if value:
            parts = [int(p) for p in value.split("-")] + [1, 1]
            return datetime(parts[0], parts[1], parts[2], tzinfo=UTC)
    return EPOCH


def _updated(feed: Feed) -> datetime:
    return max((entry.date for entry in feed.entries), default=EPOCH)


# --- Atom (feedgen) -------------------------------------------------------------------------------
def atom(feed: Feed, links: SiteLinks, language: str = "en") -> bytes:
    """The Atom 1.0 document of ``feed``."""
    at = feed.atom_path
    generator = FeedGenerator()
    generator.id(_id(links, feed.atom_path))
    generator.title(_xml(feed.title))
    generator.subtitle(_xml(feed.subtitle))
    generator.link(href=links.href(feed.page, from_path=at), rel="alternate", type="text/html")
    generator.link(href=links.href(at, from_path=at), rel="self", type=ATOM_TYPE)
    generator.link(href=links.href(feed.json_path, from_path=at), rel="alternate",
                   type=JSON_FEED_TYPE)  # fmt: skip
    generator.author({"name": _xml(feed.subtitle)})
    generator.language(language)
    generator.updated(_updated(feed))
    generator.generator("Debate Digest")
    for item in feed.entries:
        entry = generator.add_entry(order="append")
        entry.id(item.id)
        entry.title(_xml(item.title))
        entry.link(href=item.link, rel="alternate", type="text/html")
        if item.source_link:
            entry.link(href=item.source_link, rel="related")
        entry.updated(item.date)
        entry.published(item.date)
        entry.content(_xml(item.text), type="text")
        author = {"name": _xml(item.author)}
        if item.author_link:
            author["uri"] = item.author_link
        entry.author(author)
        for tag in item.tags:
            entry.category(term=_xml(tag))
    return generator.atom_str(pretty=True)


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


# --- JSON Feed 1.1 --------------------------------------------------------------------------------
def json_feed(feed: Feed, links: SiteLinks, language: str = "en") -> str:
    """The JSON Feed 1.1 document of ``feed``."""
    at = feed.json_path
    document = {
        "version": JSON_FEED_VERSION,
        "title": feed.title,
        "home_page_url": links.href(feed.page, from_path=at),
        "feed_url": links.href(at, from_path=at),
        "description": feed.subtitle,
        "language": language,
        "authors": [{"name": feed.subtitle}],
        "items": [_json_item(entry) for entry in feed.entries],
    }
    # Compact: the C encoder (``indent`` would fall back to the pure-Python one).
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def _json_item(entry: Entry) -> dict:
    # An entry's relative links are relative to the Atom file: the JSON file sits beside it.
    author: dict[str, str] = {"name": entry.author}
    if entry.author_link:
        author["url"] = entry.author_link
    item = {
        "id": entry.id,
        "url": entry.link,
        "title": entry.title,
        "content_text": entry.text,
        "date_published": entry.date.isoformat().replace("+00:00", "Z"),
        "authors": [author],
    }
    if entry.source_link:
        item["external_url"] = entry.source_link
    if entry.tags:
        item["tags"] = entry.tags
    return item
