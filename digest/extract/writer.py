"""Write records as YAML an editor is happy to read, and write every file atomically.

Keys come out in the order of ``docs/content-model.md`` (keys the contract does not know keep their
place after those), multi-line Markdown as ``|`` block literals, short lists of plain values in flow
style (``[a, b]``), after the ``yaml-language-server`` modeline. A file is written to a temporary
file beside it and moved into place with ``os.replace``, so a crash never leaves half a file.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

MODELINE = "# yaml-language-server: $schema=../../digest/schemas/{kind}.schema.json\n"


def _keys(names: str) -> tuple[str, ...]:
    return tuple(names.split())


_ROLE = _keys("title organisation from to")
_LINK = _keys("title url")
_SOURCE = _keys("publisher author url date license article title")
_QUOTE = _keys(
    "id speaker joint_with candidates kind text start end cue themes policies confidence status"
    " commentary"
)
_POSITION = _keys(
    "speaker theme stance summary stance_evidence evidence policies status commentary"
)
_RELATION = _keys("type from from_label to note commentary status")
_EXTRACTOR = _keys("version proposed")
_DEBATE = _keys(
    "title date event organiser source participants themes summary commentary status quotes"
    " positions relations extractor"
)
_SPEAKER = _keys(
    "name aliases possibly_same_as merged_from party constituency roles links bio commentary"
    " status"
)

# kind -> (key order, {key: (key order of the mappings under it, whether it is a list of them)})
_ORDER: dict[str, tuple[tuple[str, ...], dict[str, tuple[tuple[str, ...], bool]]]] = {
    "debate": (
        _DEBATE,
        {
            "source": (_SOURCE, False),
            "quotes": (_QUOTE, True),
            "positions": (_POSITION, True),
            "relations": (_RELATION, True),
            "extractor": (_EXTRACTOR, False),
        },
    ),
    "speaker": (_SPEAKER, {"roles": (_ROLE, True), "links": (_LINK, True)}),
    "organisation": (
        _keys("name aliases possibly_same_as merged_from kind url description commentary status"),
        {},
    ),
    "theme": (_keys("name description keywords commentary status"), {}),
    "policy": (_keys("name description themes keywords merged_from commentary status"), {}),
}

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FLOW_LIMIT = 90  # longer lists of plain values are written one item a line


def ordered(data: Mapping[str, Any], order: tuple[str, ...]) -> dict[str, Any]:
    """``data`` with the keys of ``order`` first, in that order; other keys follow as they were."""
    head = {key: data[key] for key in order if key in data}
    return head | {key: value for key, value in data.items() if key not in head}


def order_record(kind: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` (one record of ``kind``) in contract key order, nested mappings included."""
    keys, nested = _ORDER[kind]
    result = ordered(data, keys)
    for key, (sub_order, is_list) in nested.items():
        value = result.get(key)
        if is_list and isinstance(value, list):
            result[key] = [ordered(v, sub_order) if isinstance(v, Mapping) else v for v in value]
        elif isinstance(value, Mapping):
            result[key] = ordered(value, sub_order)
    return result


def dump_record(kind: str, data: Mapping[str, Any], comments: str = "") -> str:
    """The whole text of a record file: the modeline, ``comments`` (``# …`` lines), the YAML."""
    body = yaml.dump(
        order_record(kind, data),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1 << 30,  # never fold a long line: editors search and diff whole sentences
    )
    return MODELINE.format(kind=kind) + comments + body


def split_comments(text: str) -> tuple[str, int]:
    """(the comment lines heading ``text`` after its modeline, how many full-line comments follow).

    PyYAML drops comments, so a rewritten file keeps only its heading comments; the count tells
    the caller to warn the editor about the others.
    """
    lines = text.splitlines(keepends=True)
    head = 0
    while head < len(lines) and lines[head].lstrip().startswith("#"):
        head += 1
    heading = "".join(line for line in lines[:head] if "yaml-language-server:" not in line)
    later = sum(1 for line in lines[head:] if line.lstrip().startswith("#"))
    return heading, later


class _Dumper(yaml.SafeDumper):
    """Safe dumper with editor-friendly styles; indents list items under their key."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    tag = "tag:yaml.org,2002:str"
    if "\n" in value:
        # Markdown: a block literal keeps it as the editor wrote it.
        return dumper.represent_scalar(tag, value, style="|")
    if _DAY.match(value):
        # Unquoted, as editors write dates: YAML reads a date, the loader turns it back into this.
        return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value)
    return dumper.represent_scalar(tag, value)


def _represent_list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    plain = all(isinstance(v, str | int | float) and "\n" not in str(v) for v in value)
    flow = bool(value) and plain and sum(len(str(v)) + 2 for v in value) <= _FLOW_LIMIT
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def write_atomic(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` (UTF-8, newlines as given) unless it already holds exactly that.

    Returns whether the file was written. The temporary file lives beside ``path`` so that
    ``os.replace`` is a rename within one file system, which is atomic.
    """
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_temp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return True


def create_new(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` only if no such file exists; returns whether it was created.

    A hard link from the temporary file fails when ``path`` exists, so even a file created in the
    meantime by someone else is never overwritten.
    """
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_temp(path, text.encode("utf-8"))
    try:
        os.link(tmp, path)
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links
        if path.exists():
            return False
        os.replace(tmp, path)
        return True
    finally:
        tmp.unlink(missing_ok=True)
    return True


def _write_temp(path: Path, data: bytes) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _file_mode(path))  # mkstemp makes 0600; keep the file's usual mode
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _file_mode(path: Path) -> int:
    """The mode of the file being replaced, else what ``open`` would give under the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
