"""Read YAML files fast, and find the line and column of a field only when a problem needs it.

Fast path: libyaml composes the node tree (C) and :func:`_to_python` turns it into plain dicts,
lists and scalars, which is about twice as fast as PyYAML's own constructor. Marks are thrown away
with the nodes; :class:`Locator` composes a file again, only for files that have problems, to turn
a field path such as ``("quotes", 2, "speaker")`` into ``line:col``. Only safe tags are ever built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from sys import intern
from typing import Any, ClassVar, Literal

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from digest.problems import Problem

Where = tuple[str | int, ...]
"""A field path inside one YAML document: ``("quotes", 2, "speaker")``."""

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"
_NULL, _BOOL = "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"
_INT, _FLOAT = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"
_SEQ, _MAP = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_SAFE_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in (
        *("null", "bool", "int", "float", "str", "timestamp"),  # scalars
        *("binary", "omap", "pairs", "set"),  # the other safe ones
        *("seq", "map"),
    )
)
"""The YAML 1.1 tags PyYAML's safe loader builds; any other tag is refused, not dropped."""
_INTERNED_LENGTH = 40  # longer strings are text (quotes, notes): rarely the same twice
_SIMPLE_NUMBER = re.compile(r"[-+]?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?")


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that keeps dates as the strings written (the model stores dates as strings)."""

    _tags: ClassVar[dict[str, str]] = {}

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        # Plain scalars repeat a lot (keys, enum values): remember how each one resolved.
        if kind is ScalarNode and implicit[0] and len(value) < 40:
            tag = self._tags.get(value)
            if tag is None:
                tag = self._tags[value] = super().resolve(kind, value, implicit)
            return tag
        return super().resolve(kind, value, implicit)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_str)


@dataclass
class YamlFile:
    """One parsed file: its source (kept to locate problems later) and its plain-Python data."""

    path: Path
    source: str | bytes  # the text, or the UTF-8 bytes it was decoded from (see ``text``)
    data: Any
    line: int = 1  # line of the first content (after the modeline comment): the record's origin
    problems: list[Problem] = field(default_factory=list)  # duplicate keys

    @property
    def text(self) -> str:
        """The file's text. :func:`read_yaml` keeps the bytes it read instead (the very object
        its cache compares the next read with): one copy of every file, not two, for as long as
        the parse lives; it is decoded again only to locate a problem."""
        source = self.source
        return source if isinstance(source, str) else source.decode("utf-8")


ParseCache = dict[Path, tuple[bytes, "YamlFile | Problem"]]
"""path -> (the bytes last parsed, what they parsed to): see :func:`read_yaml`."""


def read_yaml(path: Path, cache: ParseCache | None = None) -> YamlFile | Problem:
    """Parse one file; a file that cannot be read, decoded or parsed comes back as a Problem.

    With ``cache`` (``mkdocs serve`` keeps one across rebuilds), a file whose bytes are those it
    parsed last time is not parsed again: parsing is half of loading a digest. The result is
    shared between loads, so callers never modify it (they build records from it)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return Problem(path, 1, 1, "", f"cannot read file: {error.strerror or error}")
    if cache is not None:
        hit = cache.get(path)
        if hit is not None and hit[0] == raw:
            return hit[1]
    text = decode_utf8(path, raw)
    parsed = text if isinstance(text, Problem) else parse_yaml(path, text)
    if isinstance(parsed, YamlFile):
        parsed.source = raw  # the bytes, not their text too (``YamlFile.text``)
    if cache is not None:
        cache[path] = (raw, parsed)
    return parsed


def decode_utf8(path: Path, raw: bytes) -> str | Problem:
    """``raw`` as text, or a Problem pointing at the first byte that is not UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        byte = raw[error.start : error.start + 1].hex()
        message = f"file is not UTF-8: byte 0x{byte} cannot be read"
        return Problem(path, line, col, "", message, "save it as UTF-8")


def parse_yaml(path: Path, text: str) -> YamlFile | Problem:
    """Parse ``text`` (the content of ``path``) to plain Python; a syntax error is a Problem."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data, duplicates = _to_python(node, loader) if node is not None else (None, [])
    except UnsafeTag as error:
        return _tag_problem(path, node, error.node)
    except yaml.MarkedYAMLError as error:
        return _syntax_problem(path, text, error)
    except (yaml.YAMLError, TypeError, RecursionError) as error:
        return Problem(path, 1, 1, "", f"unsupported YAML: {error}")
    finally:
        loader.dispose()
    problems = [
        Problem(
            path,
            k.start_mark.line + 1,
            k.start_mark.column + 1,
            str(k.value),
            "duplicate key",
            "only the last one counts: delete the others",
        )
        for k in duplicates
    ]
    return YamlFile(path, text, data, first_content_line(text), problems)


def _syntax_problem(path: Path, text: str, error: yaml.MarkedYAMLError) -> Problem:
    """Where libyaml noticed the problem, and what it was reading then (often the real cause)."""
    mark = error.problem_mark or error.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    context = error.context_mark
    lines = text.splitlines()
    hint = ""
    if line <= len(lines) and lines[line - 1][col - 1 : col] == "\t":
        hint = "indent with spaces: YAML does not allow tabs"
    elif error.context and context and (context.line, context.column) != (line - 1, col - 1):
        hint = f"{error.context} that starts at {context.line + 1}:{context.column + 1}"
    return Problem(path, line, col, "", f"YAML syntax error: {error.problem or error}", hint)


class UnsafeTag(Exception):
    """A node tagged with something other than the safe YAML tags (``!!python/object:…``)."""

    def __init__(self, node: Node) -> None:
        super().__init__(node.tag)
        self.node = node


def _tag_problem(path: Path, root: Node, node: Node) -> Problem:
    """The refused tag, where it is written and in which field."""
    tag = node.tag.replace("tag:yaml.org,2002:", "!!")
    where = format_where(_where_of(root, node) or ())
    hint = "delete the tag: records hold plain text, numbers, lists and mappings"
    line, col = node.start_mark.line + 1, node.start_mark.column + 1
    return Problem(path, line, col, where, f"unsupported YAML tag '{tag}'", hint)


def _where_of(node: Node, target: Node, where: Where = ()) -> Where | None:
    """The field path of ``target`` under ``node`` (only runs for a file with a bad tag)."""
    if node is target:
        return where
    if isinstance(node, SequenceNode):
        children = [((*where, index), item) for index, item in enumerate(node.value)]
    elif isinstance(node, MappingNode):
        children = [((*where, str(k.value)), v) for k, v in node.value]
        children += [(where, k) for k, _ in node.value]
    else:
        return None
    for child_where, child in children:
        found = _where_of(child, target, child_where)
        if found is not None:
            return found
    return None


def _to_python(root: Node, loader: Any) -> tuple[Any, list[Node]]:
    """Plain Python for the tree at ``root``, and the key nodes that repeat a key of their mapping.

    Collections are memoised by node so aliases share one object and cannot recurse forever.
    A closure, not a method: this runs for every node of every file (the hottest loop of a load).
    """
    duplicates: list[Node] = []
    seen: dict[int, Any] = {}

    def build(node: Node) -> Any:
        cls = node.__class__
        if cls is ScalarNode:
            if node.tag != _STR:
                return _scalar(node, loader)
            value = node.value
            # Keys, ids, statuses and dates repeat across files: one string each, not one per use
            # (the records keep them for the whole build).
            return intern(value) if len(value) <= _INTERNED_LENGTH else value
        key = id(node)
        if key in seen:
            return seen[key]
        if node.tag != (_SEQ if cls is SequenceNode else _MAP):  # !!set, !!omap, !!python/…
            _check_tags(node)
            seen[key] = loader.construct_object(node, deep=True)
            return seen[key]
        if cls is SequenceNode:
            items = seen[key] = []
            items.extend(map(build, node.value))
            return items
        mapping = seen[key] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:  # rare `<<:` merge keys: PyYAML's way
                _check_tags(node)
                seen[key] = loader.construct_object(node, deep=True)
                return seen[key]
            name = build(key_node)
            if name in mapping:
                duplicates.append(key_node)
            mapping[name] = build(value_node)
        return mapping

    return build(root), duplicates


def _check_tags(node: Node) -> None:
    """Raise UnsafeTag for the first unsafe tag at or under ``node`` (before PyYAML builds it)."""
    if node.tag not in _SAFE_TAGS and node.tag != _MERGE:
        raise UnsafeTag(node)
    if isinstance(node, SequenceNode):
        for item in node.value:
            _check_tags(item)
    elif isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            _check_tags(key_node)
            _check_tags(value_node)


def _scalar(node: ScalarNode, loader: Any) -> Any:
    """A non-string scalar: the common forms directly, the rare ones (0x1F, 1_000, .inf,
    sexagesimal, binary…) through PyYAML's safe constructor."""
    tag, value = node.tag, node.value
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return value.lower() in ("true", "yes", "on")
    if tag in (_INT, _FLOAT) and _SIMPLE_NUMBER.fullmatch(value):
        if tag == _FLOAT:
            return float(value)
        if value.lstrip("+-")[:1] != "0" or value.lstrip("+-") == "0":  # 012 is octal in YAML 1.1
            return int(value)
    if tag not in _SAFE_TAGS:
        raise UnsafeTag(node)
    return loader.construct_object(node, deep=True)


def first_content_line(text: str) -> int:
    """The 1-based line where the document starts, after comments, blank lines and ``---``."""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith(("#", "%")) and stripped != "---":
            return number
    return 1


class Locator:
    """Line and column (1-based) of a field path in one file; composes the file on first use."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._root: Node | None = None
        self._composed = False

    def position(self, where: Where, *, at_key: bool = False) -> tuple[int, int]:
        """Where ``where`` is written: its value (or its key), else its deepest existing parent."""
        node = self._compose()
        if node is None:
            return 1, 1
        last = len(where) - 1
        for depth, step in enumerate(where):
            key_node, child = _child(node, step)
            if child is None:
                break
            if at_key and depth == last and key_node is not None:
                node = key_node
                break
            node = child
        return node.start_mark.line + 1, node.start_mark.column + 1

    def text_position(self, where: Where, needle: str, occurrence: int = 0) -> tuple[int, int]:
        """Where the ``occurrence``-th ``needle`` is written inside the scalar at ``where`` (a word
        in a block of Markdown), else where the scalar is."""
        line, col = self.position(where)
        lines = self._text.splitlines(keepends=True)
        start = sum(len(text) for text in lines[: line - 1]) + col - 1
        index = start - 1
        for _ in range(occurrence + 1):
            index = self._text.find(needle, index + 1)
            if index == -1:
                return line, col
        return self._text.count("\n", 0, index) + 1, index - self._text.rfind("\n", 0, index)

    def _compose(self) -> Node | None:
        if not self._composed:
            self._composed = True
            try:
                self._root = yaml.compose(self._text, Loader=_BaseLoader)
            except yaml.YAMLError:
                self._root = None
        return self._root


def _child(node: Node, step: str | int) -> tuple[Node | None, Node | None]:
    """(key node, value node) of ``step`` in ``node``; the last one wins, as when loading."""
    if isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        return None, node.value[step]
    if isinstance(node, MappingNode):
        for key_node, value_node in reversed(node.value):
            if isinstance(key_node, ScalarNode) and key_node.value == str(step):
                return key_node, value_node
    return None, None


@dataclass(frozen=True)
class Finding:
    """A problem at a field path of one document, before it is given a line and column."""

    where: Where
    message: str
    hint: str = ""
    severity: Literal["error", "warning"] = "error"
    at_key: bool = False  # point at the key (unknown field) rather than at the value
    needle: str = ""  # point at this text inside the value (the n-th one: ``occurrence``)
    occurrence: int = 0


def locate(path: Path, text: str, findings: list[Finding]) -> list[Problem]:
    """Problems for ``findings`` in the file ``path`` (whose content is ``text``)."""
    locator = Locator(text)
    problems = []
    for f in findings:
        if f.needle:
            line, col = locator.text_position(f.where, f.needle, f.occurrence)
        else:
            line, col = locator.position(f.where, at_key=f.at_key)
        field_name = format_where(f.where)
        problems.append(Problem(path, line, col, field_name, f.message, f.hint, f.severity))
    return problems


def format_where(where: Where) -> str:
    """``("quotes", 2, "speaker")`` -> ``"quotes[2].speaker"``."""
    text = ""
    for step in where:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text
