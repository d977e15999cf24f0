"""``digest review --accept-confident X``: accept the drafts nobody needs to look at twice.

A quote qualifies when it is a ``draft`` (never ``needs-review``), its speaker is set, it has no
other candidates, and the extractor's confidence is at least X. Decisions are grouped by file so
each file is written once, atomically.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from digest.review.decisions import Change, DecisionError, apply_changes
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


def accept_all(items: list[Item], *, dry_run: bool) -> tuple[list[str], list[str]]:
    """Accept ``items`` (unless ``dry_run``): (one ``file:line: id: change`` line per item
    accepted, one message per file that could not be written; the other files still are)."""
    locators: dict[Path, Locator] = {}
    lines = {
        id(item): f"{item.path}:{line_of(item, locators)}: {item.key}: status: draft -> reviewed"
        f" (speaker {item.speaker}, confidence {item.confidence:g})"
        for item in items
    }
    by_file: dict[Path, list[Item]] = defaultdict(list)
    for item in items:
        by_file[item.path].append(item)
    done, failed = [], []
    for path, file_items in by_file.items():
        try:
            if not dry_run:
                apply_changes(path, [(item, Change({"status": "reviewed"})) for item in file_items])
        except DecisionError as error:
            failed.append(str(error))
            continue
        done += [lines[id(item)] for item in file_items]
    return done, failed
