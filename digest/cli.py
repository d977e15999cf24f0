"""The ``digest`` command: a thin click front; each command lives in its own module."""

from __future__ import annotations

import sys
from pathlib import Path

import click


def _content_option(help_text: str):
    """The ``--content`` option every command that reads or writes records takes."""
    return click.option(
        "--content",
        "content_dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=Path("content"),
        show_default=True,
        help=help_text,
    )


@click.group()
@click.version_option(package_name="debate-digest")
def main() -> None:
    """Debate Digest: draft, check and publish who said what in political debates."""


@main.command()
@_content_option("The content folder to check.")
def check(content_dir: Path) -> None:
    """Validate every YAML record under CONTENT; print each problem as file:line:col."""
    from digest.check_command import run_check

    sys.exit(run_check(content_dir))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("content"),
    show_default=True,
    help="Content folder to write or merge the drafted records into.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the draft as JSON; write nothing.")
@click.option("--jobs", type=int, default=0, help="Worker processes (0: one per core).")
def extract(paths: tuple[Path, ...], out_dir: Path, as_json: bool, jobs: int) -> None:
    """Draft debate records from articles (.txt, .md, .html) and merge them into OUT."""
    from digest.extract.command import run_extract

    sys.exit(run_extract(list(paths), out_dir=out_dir, as_json=as_json, jobs=jobs))


@main.command()
@_content_option("The content folder to review.")
@click.option("--debate", help="Only this debate (its id: the file stem).")
@click.option("--speaker", help="Only records of this speaker (as speaker or candidate).")
@click.option("--needs-review", "needs_review", is_flag=True, help="Only needs-review records.")
@click.option("--list", "list_only", is_flag=True, help="Print the queue as file:line: id: what.")
@click.option(
    "--accept-confident",
    type=click.FloatRange(0, 1),
    help="Accept drafts with this extractor confidence or more whose speaker is not in doubt.",
)
@click.option("--dry-run", is_flag=True, help="With --accept-confident: print, write nothing.")
def review(
    content_dir: Path,
    debate: str | None,
    speaker: str | None,
    needs_review: bool,
    list_only: bool,
    accept_confident: float | None,
    dry_run: bool,
) -> None:
    """Decide drafts one at a time in the terminal (or --list them, or --accept-confident)."""
    from digest.review.command import run_review
    from digest.review.queue import Filters

    if dry_run and accept_confident is None:
        raise click.UsageError("--dry-run goes with --accept-confident")
    filters = Filters(debate, speaker, needs_review)
    sys.exit(
        run_review(
            content_dir,
            filters,
            list_only=list_only,
            accept_confident=accept_confident,
            dry_run=dry_run,
        )
    )


@main.command()
@click.argument("source")
@click.argument("target")
@_content_option("The content folder.")
@click.option(
    "--kind",
    type=click.Choice(["speakers", "organisations", "policies"]),
    help="The records' kind, when an id names records of two kinds.",
)
@click.option("--dry-run", is_flag=True, help="Print the change as a diff; write nothing.")
def merge(source: str, target: str, content_dir: Path, kind: str | None, dry_run: bool) -> None:
    """Merge record SOURCE into TARGET (two speakers, organisations or policies)."""
    from digest.merge_command import run_merge

    sys.exit(run_merge(source, target, content_dir=content_dir, kind=kind, dry_run=dry_run))


@main.command()
@_content_option("The content folder.")
def doubles(content_dir: Path) -> None:
    """List records that may be one person or body, with the merge that joins each pair."""
    from digest.merge_command import run_doubles

    sys.exit(run_doubles(content_dir))


if __name__ == "__main__":
    main()
