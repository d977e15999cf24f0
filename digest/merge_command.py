"""``digest merge SOURCE TARGET [--content DIR] [--kind KIND] [--dry-run]``: two records, one.

The algorithm: find SOURCE and TARGET (ids, or ``speakers/x.yaml`` paths) in one kind's folder;
fold SOURCE into TARGET (:func:`digest.identity.merge_records.merge_into`: names become aliases,
``merged_from`` records the old id, commentary is concatenated); rename the id in every debate and
record that refers to it; then write TARGET, each changed file, and only last delete SOURCE —
each write atomic, so an interrupted merge can simply be run again. ``--dry-run`` prints the
change as a unified diff and writes nothing. The site keeps SOURCE's old page URL as a redirect
to TARGET's page (``merged_from``), and ``digest extract`` maps SOURCE's names to TARGET.
"""

from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.extract.lexicon import parse_file, record_files
from digest.extract.writer import dump_record, split_comments, write_atomic
from digest.identity.merge_records import merge_into, rewrite_references
from digest.identity.names import Verdict, compare_orgs, compare_people

MERGEABLE = {"speakers": "speaker", "organisations": "organisation", "policies": "policy"}
# Folders whose records may refer to an id of each kind.
REFERRERS = {
    "speakers": ("debates", "speakers", "organisations"),
    "organisations": ("debates", "speakers", "organisations"),
    "policies": ("debates",),
}
RECORD_KIND = {**MERGEABLE, "debates": "debate"}


class MergeError(Exception):
    """A merge that cannot be done; the message is one line for stderr."""


@dataclass
class Plan:
    """Every file the merge writes (path -> new text), and the one it deletes."""

    writes: dict[Path, str] = field(default_factory=dict)
    delete: Path | None = None
    warnings: list[str] = field(default_factory=list)


def run_merge(
    source: str, target: str, *, content_dir: Path, kind: str | None, dry_run: bool
) -> int:
    """Run the command; the exit status: 0 done, 1 the merge cannot be done."""
    try:
        plan = plan_merge(source, target, content_dir, kind)
    except MergeError as error:
        print(error, file=sys.stderr)
        return 1
    for warning in plan.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if dry_run:
        print(diff(plan), end="")
        return 0
    apply(plan)
    changed = len(plan.writes) - 1
    print(f"merged {plan.delete} into {next(iter(plan.writes))}; {changed} other file(s) updated")
    return 0


def plan_merge(source: str, target: str, content_dir: Path, kind: str | None) -> Plan:
    """What merging ``source`` into ``target`` writes; raises MergeError when it cannot."""
    kind, source_id, target_id = _resolve(source, target, content_dir, kind)
    folder = content_dir / kind
    source_path, target_path = folder / f"{source_id}.yaml", folder / f"{target_id}.yaml"
    source_data, target_data = _read(source_path), _read(target_path)
    plan = Plan(delete=source_path)
    doubt = _names_differ(kind, source_data, target_data)
    if doubt:
        plan.warnings.append(doubt)
    names_field = "keywords" if kind == "policies" else "aliases"
    merged = merge_into(source_id, source_data, target_id, target_data, names_field)
    merged = rewrite_references(kind, merged, lambda i: target_id if i == source_id else i)
    plan.writes[target_path] = _dump(MERGEABLE[kind], merged, target_path, plan)

    def rename(record_id: str) -> str:
        return target_id if record_id == source_id else record_id

    for referrer in REFERRERS[kind]:
        for path in record_files(content_dir / referrer):
            if path in (source_path, target_path):
                continue
            data, problem = parse_file(path)
            if problem is not None or not isinstance(data, dict):
                if source_id in _raw(path):
                    raise MergeError(
                        f"{problem or path}: cannot read it to rename {source_id}"
                        " (fix it, then re-run)"
                    )
                continue
            new = rewrite_references(kind, data, rename)
            if new != data:
                plan.writes[path] = _dump(RECORD_KIND[referrer], new, path, plan)
    return plan


def _names_differ(kind: str, source: dict[str, Any], target: dict[str, Any]) -> str | None:
    """A warning when the identity rules read the two names as two different people (or
    bodies): the editor may know better, so the merge goes ahead."""
    names = [_names(source), _names(target)]
    if not all(names) or kind == "policies":
        return None
    compare = compare_people if kind == "speakers" else compare_orgs
    if any(compare(a, b) is not Verdict.DIFFERENT for a in names[0] for b in names[1]):
        return None
    return (
        f"the names read as two different {'people' if kind == 'speakers' else 'bodies'}"
        f" ({names[0][0]}, {names[1][0]}); merged as asked"
    )


def _names(data: dict[str, Any]) -> list[str]:
    values = [data.get("name"), *(data.get("aliases") or [])]
    return [v for v in values if isinstance(v, str) and v]


def _resolve(source: str, target: str, content_dir: Path, kind: str | None) -> tuple[str, str, str]:
    """(kind, source id, target id) from ids or ``kind/id.yaml`` paths."""
    ids = [Path(x).stem for x in (source, target)]
    named = {Path(x).parent.name for x in (source, target)} & set(MERGEABLE)
    if kind is None and len(named) == 1:
        kind = named.pop()
    if ids[0] == ids[1]:
        raise MergeError(f"{source}: SOURCE and TARGET are the same record")
    kinds = [kind] if kind else list(MERGEABLE)
    found = [k for k in kinds if all((content_dir / k / f"{i}.yaml").is_file() for i in ids)]
    if not found:
        missing = [
            i for i in ids if not any((content_dir / k / f"{i}.yaml").is_file() for k in kinds)
        ]
        where = kind or "/".join(MERGEABLE)
        if missing:
            raise MergeError(f"{content_dir}/{where}: no record {missing[0]!r} (check the id)")
        raise MergeError(
            f"{source}, {target}: not records of one kind (merge two speakers, two"
            " organisations or two policies)"
        )
    if len(found) > 1:
        raise MergeError(f"{source}: found in {' and '.join(found)} (say which with --kind)")
    return found[0], ids[0], ids[1]


def _read(path: Path) -> dict[str, Any]:
    data, problem = parse_file(path)
    if problem is not None:
        raise MergeError(f"{problem} (fix it, then re-run)")
    if not isinstance(data, dict):
        raise MergeError(f"{path}:1: not a record: expected a mapping of fields")
    return data


def _raw(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _dump(kind: str, data: dict[str, Any], path: Path, plan: Plan) -> str:
    """The record's new text, with the comments at its top kept (as ``digest extract`` does)."""
    comments, dropped = split_comments(_raw(path))
    if dropped:
        plan.warnings.append(
            f"{path}: {dropped} comment line(s) inside the file will not be kept"
            " (only comments at the top are; move notes into `commentary`)"
        )
    return dump_record(kind, data, comments)


def diff(plan: Plan) -> str:
    """The whole change as one unified diff (a deleted file: every line removed)."""
    chunks: list[str] = []
    for path, text in plan.writes.items():
        chunks += difflib.unified_diff(
            _raw(path).splitlines(keepends=True),
            text.splitlines(keepends=True),
            f"a/{_label(path)}",
            f"b/{_label(path)}",
        )
    if plan.delete is not None:
        chunks += difflib.unified_diff(
            _raw(plan.delete).splitlines(keepends=True), [], f"a/{_label(plan.delete)}", "/dev/null"
        )
    return "".join(chunks)


def _label(path: Path) -> str:
    """The path as ``git diff`` shows it after ``a/``: relative where it can be."""
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except (ValueError, OSError, RuntimeError):  # outside the working folder, or a symlink loop
        return path.as_posix().lstrip("/")


def apply(plan: Plan) -> None:
    """TARGET first, then the files that refer to SOURCE, then SOURCE goes: every step atomic,
    and a run cut short leaves SOURCE in place, so running the merge again finishes it."""
    for path, text in plan.writes.items():
        write_atomic(path, text)
    if plan.delete is not None:
        plan.delete.unlink(missing_ok=True)


def run_doubles(content_dir: Path) -> int:
    """``digest doubles``: print the records that may be one, with the merge that joins them.
    Exit status 0 (1 when there is no content folder)."""
    from digest.extract.lexicon import build_lexicon
    from digest.identity.doubles import find_doubles
    from digest.identity.resolve import registry_from_lexicon

    if not content_dir.is_dir():
        print(f"{content_dir}: no such content folder (give one with --content)", file=sys.stderr)
        return 1
    lexicon, warnings = build_lexicon(content_dir)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    records = list(registry_from_lexicon(lexicon).records.values())
    flagged = {
        path.stem: [i for i in (data.get("possibly_same_as") or []) if isinstance(i, str)]
        for folder in ("speakers", "organisations")
        for path in record_files(content_dir / folder)
        if isinstance(data := parse_file(path)[0], dict)
    }
    doubles = find_doubles(records, flagged)
    names = {r.id: r.names[0] for r in records}
    for double in doubles:
        folder = "speakers" if double.kind == "person" else "organisations"
        print(
            f"{double.verdict:8} {folder}: {names[double.source]} / {names[double.target]}"
            f"    digest merge {double.source} {double.target} --kind {folder}"
        )
    print(f"{len(doubles)} possible double(s)")
    return 0
