"""``digest review``: the interactive walk, ``--list`` and ``--accept-confident``."""

from __future__ import annotations

import sys
from pathlib import Path

from digest.load import check_content
from digest.model import Digest
from digest.review.batch import accept_all, confident
from digest.review.queue import Filters, build_queue, list_line
from digest.yamlio import Locator


def run_review(
    content_dir: Path,
    filters: Filters,
    *,
    list_only: bool = False,
    accept_confident: float | None = None,
    dry_run: bool = False,
) -> int:
    """Exit status: 0 done, 1 content with errors (before or after), 2 nothing to work on."""
    digest = _load(content_dir)
    if digest is None:
        return 1
    if filters.debate and filters.debate not in digest.debates:
        hint = f"its id is a file stem under {content_dir / 'debates'}"
        print(f"{content_dir}: no debate '{filters.debate}' ({hint})", file=sys.stderr)
        return 2
    if list_only:
        locators: dict[Path, Locator] = {}
        for item in build_queue(digest, filters):
            print(list_line(item, locators))
        return 0
    if accept_confident is not None:
        return _accept(content_dir, digest, filters, accept_confident, dry_run)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print("digest review needs a terminal; use --list for a script", file=sys.stderr)
        return 2
    from rich.console import Console

    from digest.review.keys import TerminalKeys
    from digest.review.terminal import Walk

    with TerminalKeys() as keys:
        return Walk(content_dir, digest, filters, Console(highlight=False), keys).run()


def _load(content_dir: Path) -> Digest | None:
    if not content_dir.is_dir():
        print(f"{content_dir}: no such content folder (give one with --content)", file=sys.stderr)
        return None
    digest, problems = check_content(content_dir)
    if digest is None:
        for problem in problems:
            if problem.severity == "error":
                print(problem, file=sys.stderr)
        print("fix these errors first (digest check), then review", file=sys.stderr)
    return digest


def _accept(
    content_dir: Path, digest: Digest, filters: Filters, threshold: float, dry_run: bool
) -> int:
    chosen = confident(build_queue(digest, filters), threshold)
    lines, failed = accept_all(chosen, dry_run=dry_run)
    for line in lines:
        print(line)
    for message in failed:
        print(message, file=sys.stderr)
    files = len({line.split(":", 1)[0] for line in lines})
    verb = "would accept" if dry_run else "accepted"
    print(f"{verb} {len(lines)} quote{'s' if len(lines) != 1 else ''} in {files} file(s)")
    if dry_run:
        return 1 if failed else 0
    _, problems = check_content(content_dir)
    errors = [p for p in problems if p.severity == "error"]
    for problem in errors:
        print(problem, file=sys.stderr)
    print(f"digest check: {len(errors)} error{'s' if len(errors) != 1 else ''}")
    return 1 if errors or failed else 0
