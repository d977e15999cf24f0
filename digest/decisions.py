"""What waits for an editor's decision: every record whose status is ``draft`` or ``needs-review``.

:func:`pending` lists them grouped by debate (the debate itself, then its quotes — needs-review
before drafts, each in document order — then positions and relations), then the speakers,
organisations, themes and policies, each with the ``file:line`` to open. Lines inside a debate
file come from :class:`digest.yamlio.Locator`, composed only for debates that have something
pending and cached by file size and mtime, so a preview rebuild does not compose files again.
Plain Python: the preview's review page shows this, and any command may.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from digest.model import Debate, Digest, Quote
from digest.yamlio import Locator

PENDING = ("needs-review", "draft")
"""Statuses that wait for a decision, the most urgent first."""

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n")
_CONTEXT = 240  # characters of sentence kept on either side of a quote, at most


@dataclass(frozen=True)
class Pending:
    """One record to decide. ``where`` is its field path in the file (``("quotes", 3)``)."""

    kind: str  # debate | quote | position | relation | speaker | organisation | theme | policy
    status: str
    path: Path
    line: int
    record: object
    debate: Debate | None = None
    sentence: tuple[str, str, str] | None = None  # quotes: (before, the quote's words, after)


@dataclass
class Queue:
    by_debate: dict[str, list[Pending]] = field(default_factory=dict)
    records: list[Pending] = field(default_factory=list)  # speakers, organisations, …

    def __len__(self) -> int:
        return sum(map(len, self.by_debate.values())) + len(self.records)

    def count(self, kind: str, status: str | None = None) -> int:
        items = [p for group in self.by_debate.values() for p in group] + self.records
        return sum(p.kind == kind and (status is None or p.status == status) for p in items)


def pending(digest: Digest, root: Path | None = None) -> Queue:
    """Every record of ``digest`` that waits for a decision (rejected and reviewed ones do not).

    Paths are relative to ``root`` when given (and inside it), as an editor types them.
    """
    queue = Queue()
    for debate_id, debate in digest.debates.items():
        items = _debate_items(debate)
        if items:
            queue.by_debate[debate_id] = [_relative(p, root) for p in items]
    for kind, singular in _SECONDARY.items():
        for record in getattr(digest, kind).values():
            if record.status in PENDING and record.origin is not None:
                origin = record.origin
                item = Pending(singular, record.status, origin.path, origin.line, record)
                queue.records.append(_relative(item, root))
    return queue


def _relative(item: Pending, root: Path | None) -> Pending:
    return item if root is None else replace(item, path=_relative_path(item.path, root))


@lru_cache(maxsize=4096)
def _relative_path(path: Path, root: Path) -> Path:
    try:
        return path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):  # outside root, or a symlink loop
        return path


_SECONDARY = {
    "speakers": "speaker",
    "organisations": "organisation",
    "themes": "theme",
    "policies": "policy",
}


def _debate_items(debate: Debate) -> list[Pending]:
    todo = [
        (name, index, item)
        for name in ("quotes", "positions", "relations")
        for index, item in enumerate(getattr(debate, name))
        if item.status in PENDING
    ]
    if debate.status not in PENDING and not todo:
        return []
    path = debate.origin.path if debate.origin else Path(f"debates/{debate.id}.yaml")
    lines = _lines(path, [(name, index) for name, index, _ in todo])
    items = []
    if debate.status in PENDING:
        line = debate.origin.line if debate.origin else 1
        items.append(Pending("debate", debate.status, path, line, debate, debate))
    quotes = [(lines[(n, i)], q) for n, i, q in todo if n == "quotes"]
    for status in PENDING:
        for line, quote in quotes:
            if quote.status == status:
                context = sentence_around(debate.article_text, quote)
                items.append(Pending("quote", status, path, line, quote, debate, context))
    for name, index, item in todo:
        if name != "quotes":
            items.append(Pending(name[:-1], item.status, path, lines[(name, index)], item, debate))
    return items


_CACHE_SIZE = 4096
_line_cache: dict[tuple[Path, int, int], dict[tuple[str, int], int]] = {}


def _lines(path: Path, where: list[tuple[str, int]]) -> dict[tuple[str, int], int]:
    """The line of each ``(list name, index)`` item of the YAML file ``path`` (1 if unknown)."""
    try:
        stat = path.stat()
        key = (path, stat.st_size, stat.st_mtime_ns)
        known = _line_cache.get(key)
        if known is None or not all(w in known for w in where):
            locator = Locator(path.read_text(encoding="utf-8"))
            known = {w: locator.position(w)[0] for w in where}
            if len(_line_cache) > _CACHE_SIZE:  # files of old versions: start again
                _line_cache.clear()
            _line_cache[key] = known
    except OSError:
        known = {}
    return {w: known.get(w, 1) for w in where}


def sentence_around(article: str, quote: Quote) -> tuple[str, str, str] | None:
    """(text before, the quote's words, text after) within the sentence(s) holding the quote.

    Up to :data:`_CONTEXT` characters either side, cut at a sentence end or a line break.
    None when the quote has no span in the article.
    """
    if quote.start is None or quote.end is None:
        return None
    start, end = quote.start, quote.end
    window = max(0, start - _CONTEXT)
    before_ends = [m.end() for m in _SENTENCE_END.finditer(article, window, start)]
    begin = before_ends[-1] if before_ends else window
    # From the quote's last character: a quote may end with its sentence's full stop.
    after = _SENTENCE_END.search(article, max(start, end - 1), min(len(article), end + _CONTEXT))
    finish = max(after.end(), end) if after else min(len(article), end + _CONTEXT)
    before, after_text = article[begin:start], article[end:finish].rstrip()
    prefix = "…" if begin == window and window > 0 else ""
    suffix = "…" if not after and finish < len(article) else ""
    return prefix + before.lstrip(), article[start:end], after_text + suffix
