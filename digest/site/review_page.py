"""The preview's review page: every record waiting for a decision, grouped by debate.

Only ``mkdocs serve`` plans this page (``DigestPlugin``): it is never in a built site, its search
index or its sitemap. The page's data is the :class:`digest.decisions.Queue` of the full content,
made before the publishing rule runs; the preview shows every record of it, so each one links to
its card or page.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from digest.decisions import Pending, Queue
from digest.index import DigestIndex
from digest.site.escape import html_text
from digest.site.helpers import Helpers
from digest.site.planner import PlannedPage

REVIEW_URI = "review.md"
REVIEW_TEMPLATE = "digest/review.html"


@dataclass(frozen=True)
class ReviewData:
    queue: Queue
    rule: str  # what `mkdocs build` publishes: the plugin's `publish` option


def review_page(queue: Queue, rule: str) -> PlannedPage:
    """The page to plan (out of the nav; every preview page's banner links to it)."""
    return PlannedPage("review", REVIEW_URI, REVIEW_TEMPLATE, "Review", ReviewData(queue, rule))


def review_view(page: PlannedPage, index: DigestIndex, h: Helpers) -> dict:
    data: ReviewData = page.record  # type: ignore[assignment]
    queue = data.queue
    debates = [
        (debate, queue.by_debate[debate.id])
        for debate in index.debates_newest_first
        if debate.id in queue.by_debate
    ]
    return {
        "queue": queue,
        "rule": data.rule,
        "debates": debates,
        "records": queue.records,
        "counts": _counts(queue),
        "in_context": _in_context,
        "what": lambda item: _what(item, h),
        "folder": lambda item: _FOLDERS[item.kind],
    }


_FOLDERS = {
    "speaker": "speakers",
    "organisation": "organisations",
    "theme": "themes",
    "policy": "policies",
}


def _counts(queue: Queue) -> list[str]:
    """``["12 quotes need review", "30 draft quotes", …]``: what the page lists, by kind."""
    parts = []
    for kind, plural in _PLURALS.items():
        for status in ("needs-review", "draft"):
            count = queue.count(kind, status)
            if count:
                noun = kind if count == 1 else plural
                label = f"{noun} need{'s' if count == 1 else ''} review"
                parts.append(f"{count:,} {label if status == 'needs-review' else 'draft ' + noun}")
    return parts


_PLURALS = {
    "debate": "debates",
    "quote": "quotes",
    "position": "positions",
    "relation": "relations",
    "speaker": "speakers",
    "organisation": "organisations",
    "theme": "themes",
    "policy": "policies",
}


def _in_context(item: Pending) -> Markup:
    """The quote in its sentence, its own words marked; every piece escaped (article text)."""
    if item.sentence is None:
        return html_text(getattr(item.record, "text", ""))
    before, words, after = item.sentence
    return _spaced(before) + Markup("<mark>{}</mark>").format(html_text(words)) + _spaced(after)


def _spaced(text: str) -> Markup:
    """``html_text`` collapses whitespace at the ends too: keep one space where the text had one."""
    inner = html_text(text)
    lead = " " if text[:1].isspace() and inner else ""
    trail = " " if text[-1:].isspace() and inner else ""
    return Markup(lead) + inner + Markup(trail)


def _what(item: Pending, h: Helpers) -> Markup:
    """What the editor decides, in a few words, with the people and records linked."""
    record = item.record
    if item.kind == "quote":
        if record.speaker is None:
            candidates = Markup(" or ").join(h.who(c) for c in record.candidates)
            return Markup("Who said it? Candidates: ") + (candidates or Markup("none found"))
        sure = record.confidence
        confidence = Markup(f" (extractor confidence {sure:.2f})" if sure is not None else "")
        if item.status == "needs-review":
            return Markup("Is it by ") + h.speakers_of(record) + Markup("?") + confidence
        return Markup("By ") + h.speakers_of(record) + confidence
    if item.kind == "position":
        return (
            h.who(record.speaker)
            + Markup(" ")
            + h.stance(record.stance)
            + Markup(" on ")
            + h.link("themes", record.theme)
            + (Markup(": ") + html_text(record.summary) if record.summary else Markup(""))
        )
    if item.kind == "relation":
        source = _end(record.source, item, h) if record.source else html_text(record.source_label)
        return source + Markup(f" <strong>{h.verb(record.type)}</strong> ") + _end(record.to, item, h)
    return Markup("The debate's own fields: title, date, source, summary, participants")


def _end(ref: str, item: Pending, h: Helpers) -> Markup:
    """A relation's end: a link to the quote's card when it is a quote shown in the preview."""
    debate = item.debate
    if debate is not None and h.index.quote(debate.id, ref) is not None:
        return h.md_link(f"quote {ref}", h.url("debates", debate.id, ref))
    return h.who(ref)
