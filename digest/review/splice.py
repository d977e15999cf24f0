"""Apply field changes to YAML text line by line, for layouts a round trip cannot reproduce.

``ruamel.yaml`` dumps one indentation for the whole file; a file an editor wrote with mixed
indentation (or ``~`` for null) would come back changed everywhere. Here ruamel only says where
each field is written (its ``lc`` line and column data) and the text is edited in place: a set
field has its scalar token replaced (keeping its quote style), a removed field loses its lines.
Anything more complex is refused rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ruamel.yaml.comments import CommentedMap, CommentedSeq

_SAFE_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")  # ids and statuses


class SpliceError(Exception):
    """This layout needs a human; the message says what was in the way."""


def splice(text: str, edits: Iterable[tuple[CommentedMap, dict[str, str], tuple[str, ...]]]) -> str:
    """``text`` with, for each (record, fields to set, fields to remove), those lines edited."""
    lines = text.splitlines(keepends=True)
    replaced: dict[int, str] = {}
    deleted: set[int] = set()
    for record, to_set, to_remove in edits:
        if record.fa.flow_style():
            raise SpliceError("the record is written in flow style ({...})")
        for key, value in to_set.items():
            if key not in record:
                raise SpliceError(f"the record has no {key} field to set")
            line, col = record.lc.value(key)
            if line != record.lc.key(key)[0]:
                raise SpliceError(f"{key}'s value is not on its key's line")
            replaced[line] = replace_scalar(replaced.get(line, lines[line]), col, value)
        for key in to_remove:
            if key in record:
                deleted.update(_field_lines(lines, record, key))
    return "".join(replaced.get(i, line) for i, line in enumerate(lines) if i not in deleted)


def replace_scalar(line: str, col: int, value: str) -> str:
    """``line`` with the scalar that starts at ``col`` replaced by the plain ``value``."""
    if not _SAFE_PLAIN.fullmatch(value):
        raise SpliceError(f"{value!r} is not a plain id")
    body = line.rstrip("\r\n")
    ending = line[len(body) :]
    quote = body[col : col + 1]
    if quote in ('"', "'"):
        end = _closing_quote(body, col)
        return body[:col] + quote + value + quote + body[end + 1 :] + ending
    comment = re.search(r"\s#", body[col:])
    stop = col + comment.start() if comment else len(body)
    end = col + len(body[col:stop].rstrip())  # spaces before a comment stay as they were
    if end <= col:  # no value written (an empty null): nowhere to put one safely
        raise SpliceError("the value could not be found on its line")
    return body[:col] + value + body[end:] + ending


def _closing_quote(body: str, col: int) -> int:
    quote, index = body[col], col + 1
    while index < len(body):
        char = body[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and body[index + 1 : index + 2] == "'":
                index += 2
                continue
            return index
        index += 1
    raise SpliceError("a quoted value goes on past its line")


def _field_lines(lines: list[str], record: CommentedMap, key: str) -> range:
    """The lines of ``key`` and its value (a one-line scalar or a list of one-line items)."""
    first, col = record.lc.key(key)
    if lines[first][:col].strip():
        raise SpliceError(f"{key} shares its line with something else")
    value = record[key]
    last = first
    if isinstance(value, CommentedSeq) and value:
        last = max(first, value.lc.item(len(value) - 1)[0])
        if value.fa.flow_style() and "]" not in lines[last]:
            raise SpliceError(f"{key}'s list goes on past its last item's line")
    return range(first, last + 1)
