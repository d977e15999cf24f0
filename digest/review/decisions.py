"""Apply an editor's decision to a debate's YAML file, changing only the lines it must.

Each change goes through ``ruamel.yaml``'s round trip (comments, key order, quoting and flow
lists survive), written atomically. Two guards make "only the intended lines" a checked promise
rather than a hope: after the change every line that differs must be one of the decided fields'
own lines (the indentation is found by trying, in turn, the layouts editors use). A file whose
layout no round trip keeps (mixed indentation, ``~`` for null) is edited line by line where
ruamel locates the fields (:mod:`digest.review.splice`). Either way the new text must read back
as the old data with exactly the decided changes, and pass the schema check; otherwise nothing
is written and the editor is told to decide in the editor instead. Every write returns the
file's previous bytes, which is all :class:`UndoStack` needs.
"""

from __future__ import annotations

import copy
import difflib
import io
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from digest.content_lock import ContentLocked, content_lock
from digest.extract.writer import write_atomic
from digest.problems import Problem
from digest.review.queue import Item, position_key, relation_key
from digest.review.splice import SpliceError, splice
from digest.schema import check_document
from digest.yamlio import format_where, parse_yaml

Action = Literal["accept", "reject", "choose", "name"]

# (mapping indent, sequence indent, sequence dash offset): the extractor's layout first.
_LAYOUTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0), (2, 3, 1), (3, 3, 0))


@dataclass(frozen=True)
class Decision:
    action: Action
    speaker: str | None = None  # "choose": one of the candidates; "name": any known id


class DecisionError(Exception):
    """A decision that cannot be applied; the message says why and what to do instead."""


@dataclass(frozen=True)
class Change:
    """What a decision does to one record: fields to set and fields to remove."""

    set: dict[str, Any]
    remove: tuple[str, ...] = ()

    def describe(self) -> str:
        parts = [f"{key}: {value}" for key, value in self.set.items()]
        return ", ".join(parts + [f"{key} removed" for key in self.remove])


def change_for(item: Item, decision: Decision) -> Change:
    """The fields ``decision`` sets on ``item``'s record; raises DecisionError if it cannot."""
    if decision.action == "reject":
        if item.kind != "quote":
            raise DecisionError(
                f"only quotes can be rejected: press e to change or delete this {item.kind}"
            )
        return Change({"status": "rejected"})
    if decision.action == "choose":
        if decision.speaker not in item.candidates:
            raise DecisionError(f"{decision.speaker} is not a candidate of {item.key}")
        return Change({"speaker": decision.speaker, "status": "reviewed"}, ("candidates",))
    if decision.action == "name":
        if item.kind != "quote" or not decision.speaker:
            raise DecisionError(f"only a quote's speaker can be named here, not a {item.kind}'s")
        removed = ("candidates",) if item.candidates else ()
        return Change({"speaker": decision.speaker, "status": "reviewed"}, removed)
    if item.kind == "quote" and item.speaker is None:
        if item.candidates:
            raise DecisionError(
                f"the speaker is unknown: choose a candidate (1–{min(len(item.candidates), 9)})"
                " or reject (r)"
            )
        raise DecisionError("the speaker is unknown: press n to name them, or r to reject")
    return Change({"status": "reviewed"}, ("candidates",) if item.candidates else ())


def apply_changes(path: Path, changes: Iterable[tuple[Item, Change]]) -> bytes:
    """Write every change into ``path`` at once; returns the file's previous bytes.

    Raises DecisionError (writing nothing) when a record is not where the queue saw it, when the
    file's layout would not survive, or when the result would not pass the schema check.
    """
    changes = list(changes)
    with _locked(path):  # read, decide and write while no `digest extract` writes the folder
        return _apply(path, changes)


def _apply(path: Path, changes: list[tuple[Item, Change]]) -> bytes:
    before = path.read_bytes()
    text = before.decode("utf-8")
    after = _round_trip(path, text, changes)
    if after is None:  # a layout ruamel cannot dump back: edit the lines it locates
        data = _load(path, text)
        records = [(_record(data, item), change) for item, change in changes]
        try:
            after = splice(text, [(r, c.set, c.remove) for r, c in records])
        except SpliceError as error:
            raise DecisionError(f"{path}: {error}; decide this one in your editor (e)") from None
    _check_meaning(path, text, after, changes)
    write_atomic(path, after)
    return before


def _round_trip(path: Path, text: str, changes: list[tuple[Item, Change]]) -> str | None:
    """The changed text as ruamel dumps it, in the first layout (indentation) under which only
    the decided fields' lines differ; None when no layout keeps the rest of the file."""
    data = _load(path, text)
    allowed: set[int] = set()
    for item, change in changes:
        record = _record(data, item)
        allowed |= _lines_of(record, [*change.set, *change.remove])
        for key, value in change.set.items():
            record[key] = value
        for key in change.remove:
            record.pop(key, None)
    yaml = _round_trip_yaml()
    for mapping, sequence, offset in _LAYOUTS:  # the loaded data does not depend on the layout
        yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
        after = _dump(yaml, data)
        if _changes_only(text, after, allowed):
            return after
    return None


def _load(path: Path, text: str) -> Any:
    try:
        return _round_trip_yaml().load(text)
    except YAMLError as error:
        raise DecisionError(f"{path}: not valid YAML ({error}); run digest check") from None


def _round_trip_yaml() -> YAML:
    yaml = YAML()  # round trip: comments, key order, flow style
    yaml.preserve_quotes = True
    yaml.width = 1 << 30  # never fold a long line (the extractor does not either)
    yaml.representer.add_representer(type(None), _represent_null)
    return yaml


def _represent_null(representer: Any, _: None) -> Any:
    # ruamel writes a null as nothing (`speaker:`); the extractor and editors write `null`.
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _dump(yaml: YAML, data: Any) -> str:
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _record(data: Any, item: Item) -> CommentedMap:
    """The mapping of ``item`` in ``data``, checked to be the same record the queue saw."""
    record = data
    for step in item.where:
        try:
            record = record[step]
        except (KeyError, IndexError, TypeError):
            record = None
            break
    if not isinstance(record, CommentedMap) or (
        item.kind != "debate" and _key_of(item.kind, record) != item.key
    ):
        where = format_where(item.where) or "the debate"
        raise DecisionError(
            f"{item.path}: {where} is no longer {item.key} (the file changed): reload"
        )
    return record


def _key_of(kind: str, record: CommentedMap) -> str:
    if kind == "quote":
        return str(record.get("id"))
    if kind == "position":
        return position_key(record.get("speaker"), record.get("theme"))
    return relation_key(
        record.get("type"), record.get("from"), record.get("from_label"), record.get("to")
    )


def _lines_of(record: CommentedMap, keys: Iterable[str]) -> set[int]:
    """0-based lines written for ``keys`` of ``record`` (the key's line to its value's last)."""
    lines: set[int] = set()
    for key in keys:
        if key not in record:
            continue
        first = last = record.lc.key(key)[0]
        value = record[key]
        if isinstance(value, CommentedSeq) and value:
            last = max(last, value.lc.item(len(value) - 1)[0])
        lines.update(range(first, last + 1))
    return lines


def _changes_only(before: str, after: str, allowed: set[int]) -> bool:
    """Whether every line where ``after`` differs from ``before`` is one of ``allowed``."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        touched = set(range(i1, i2)) if i2 > i1 else {i1}
        if tag != "equal" and not touched <= allowed:
            return False
    return True


def _check_meaning(path: Path, before: str, after: str, changes: list[tuple[Item, Change]]) -> None:
    """The new text must read as the old data with exactly ``changes`` made, and be valid."""
    old, new = parse_yaml(path, before), parse_yaml(path, after)
    if isinstance(old, Problem) or isinstance(new, Problem):
        raise DecisionError(f"{path}: the edited file would not read back; nothing written")
    expected = copy.deepcopy(old.data)
    for item, change in changes:
        record = expected
        for step in item.where:
            record = record[step]
        record.update(change.set)
        for key in change.remove:
            record.pop(key, None)
    if new.data != expected:
        raise DecisionError(
            f"{path}: the edit would not read back as intended; nothing written (use e)"
        )
    errors = [f for f in check_document("debates", new.data) if f.severity == "error"]
    if errors:
        detail = f"{format_where(errors[0].where)}: {errors[0].message}"
        raise DecisionError(f"{path}: the decision would make the record invalid ({detail})")


@dataclass
class Done:
    """One write the editor may undo: the file's bytes before and after it."""

    path: Path
    before: bytes
    after: bytes
    label: str
    position: int = 0  # where the walk was, to return there
    item: Item | None = None  # the queue item as it was before (None: an edit in the editor)


@dataclass
class UndoStack:
    """Writes, most recent last; undoing one puts back the exact bytes the file had before."""

    done: list[Done] = field(default_factory=list)

    def push(self, entry: Done) -> None:
        self.done.append(entry)

    def undo(self) -> Done | None:
        """Restore the last write's file; None when there is nothing to undo.

        Refuses (DecisionError, stack unchanged) when the file was changed since by someone
        else: putting the old bytes back would silently throw that work away.
        """
        if not self.done:
            return None
        entry = self.done[-1]
        with _locked(entry.path):
            if entry.path.read_bytes() != entry.after:
                raise DecisionError(
                    f"{entry.path} changed since \"{entry.label}\": not undone (edit it by hand)"
                )
            write_atomic(entry.path, entry.before.decode("utf-8"))
        return self.done.pop()


@contextmanager
def _locked(record_path: Path) -> Iterator[None]:
    """The content folder's lock (``content/<kind>/<id>.yaml`` -> ``content/``), briefly: a
    decision waits for a running ``digest extract`` rather than racing its write."""
    try:
        with content_lock(record_path.parent.parent, wait=_LOCK_WAIT):
            yield
    except ContentLocked as error:
        raise DecisionError(f"{error}; nothing was written, try again") from None


_LOCK_WAIT = 30.0
