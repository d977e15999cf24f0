"""``digest check``: every problem of a content folder, one per line, then a one-line summary."""

from __future__ import annotations

import sys
from pathlib import Path

from digest.litter import is_litter
from digest.load import check_content
from digest.model import KINDS
from digest.problems import Problem


def run_check(content_dir: Path) -> int:
    """Print problems (errors, then warnings) to stderr and a summary to stdout.

    Exit status: 0 when there is no error (warnings allowed), 1 on any error, 2 when there is no
    content folder to check.
    """
    if not content_dir.is_dir():
        print(f"{content_dir}: no such content folder (give one with --content)", file=sys.stderr)
        return 2
    _, problems = check_content(content_dir)
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]
    for problem in errors + warnings:
        print(
            f"{problem}" if problem.severity == "error" else f"{problem} [warning]", file=sys.stderr
        )
    print(summary(content_dir, problems))
    return 1 if errors else 0


def summary(content_dir: Path, problems: list[Problem]) -> str:
    """``content: 4 debates, 7 speakers, … — 0 errors, 2 warnings`` (counts of the files found)."""
    counts = ", ".join(
        _plural(
            sum(not is_litter(p.name) for p in (content_dir / kind).glob("*.yaml")),
            _SINGULAR[kind],
            kind,
        )
        for kind in ("debates", *(k for k in KINDS if k != "debates"))
    )
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    return (
        f"{content_dir}: {counts} — {_plural(errors, 'error', 'errors')}, "
        f"{_plural(warnings, 'warning', 'warnings')}"
    )


_SINGULAR = {
    "debates": "debate",
    "speakers": "speaker",
    "organisations": "organisation",
    "themes": "theme",
    "policies": "policy",
}


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
