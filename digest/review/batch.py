"""``digest review --accept-confident X``: accept the drafts nobody needs to look at twice.

A quote qualifies when it is a ``draft`` (never ``needs-review``), its speaker is set, it has no
other candidates, and the extractor's confidence is at least X. Decisions are grouped by file so
each file is written once, atomically.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from digest.review.decisions import Change, apply_changes
from digest.review.queue import Item, line_of
from digest.yamlio import Locator


def confident(items: list[Item], threshold: float) -> list[Item]:
    """The quotes of ``items`` that ``--accept-confident threshold`` accepts."""
    return [
        item
        for item in items
        if item.kind == "quote"
        and item.status == "draft"
        and not item.in_doubt
        and item.confidence is not None
        and item.confidence >= threshold
    ]


def accept_all(items: list[Item], *, dry_run: bool) -> list[str]:
    """Accept ``items`` (unless ``dry_run``); one ``file:line: id: change`` line per item."""
    locators: dict[Path, Locator] = {}
    lines = [
        f"{item.path}:{line_of(item, locators)}: {item.key}: status: draft -> reviewed"
        f" (speaker {item.speaker}, confidence {item.confidence:g})"
        for item in items
    ]
    if not dry_run:
        by_file: dict[Path, list[tuple[Item, Change]]] = defaultdict(list)
        for item in items:
            by_file[item.path].append((item, Change({"status": "reviewed"})))
        for path, changes in by_file.items():
            apply_changes(path, changes)
    return lines
