"""``[[wiki links]]`` in editors' Markdown: find them, and resolve each target to a record.

Editors write ``[[sadiq-khan]]``, ``[[themes/immigration]]``, ``[[why-did-labour-lose#q-…]]`` or
``[[sadiq-khan|the MP for Tooting]]`` in any Markdown field. Algorithm: scan the field line by
line, skipping fenced code blocks and inline code spans, and take every ``[[…]]`` not escaped by a
backslash; a target is ``[kind/]id[#quote id]``, and a bare id is looked up in
:data:`PRECEDENCE` order. Checking (``digest.validate``) and rendering (``digest.site.escape``)
share this module, so what ``digest check`` accepts is exactly what the site links.
Plain Python: no MkDocs.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

KINDS: tuple[str, ...] = ("debates", "speakers", "organisations", "themes", "policies")
PRECEDENCE: tuple[str, ...] = ("speakers", "organisations", "debates", "themes", "policies")
"""Where a bare id is looked up, first match wins: people before what they talk about. (A speaker
and an organisation never share an id: the loader refuses it.) Write ``themes/x`` for the theme."""

MARKDOWN_FIELDS: dict[str, tuple[str, ...]] = {
    "speakers": ("bio", "commentary"),
    "organisations": ("description", "commentary"),
    "themes": ("description", "commentary"),
    "policies": ("description", "commentary"),
    "debates": ("summary", "commentary"),
}
"""The Markdown fields of each kind's record (docs/content-model.md)."""
DEBATE_ITEM_FIELDS: dict[str, tuple[str, ...]] = {
    "quotes": ("commentary",),
    "positions": ("commentary",),
    "relations": ("commentary",),
}
"""The Markdown fields of a debate's quotes, positions and relations."""

_LINK = re.compile(r"\[\[([^\[\]\n]+?)\]\]")
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:.+?)\1", re.DOTALL)
_TARGET = re.compile(
    r"(?:(?P<kind>[a-z]+)/)?(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)(?:#(?P<anchor>[a-z0-9][a-z0-9-]*))?"
)


@dataclass(frozen=True)
class WikiLink:
    """One ``[[target|label]]`` of a field: where it is (offsets into the field), what it says."""

    start: int
    end: int
    target: str
    label: str | None = None
    source: str = ""  # the link as written: ``[[ sadiq-khan | Khan ]]``


@dataclass(frozen=True)
class Target:
    """A resolved target: the record's kind and id, and the quote id for a quote link."""

    kind: str
    id: str
    anchor: str | None = None


class WikiLinkError(ValueError):
    """A target that names nothing: ``message`` and a ``hint`` for the editor."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def find_links(markdown: str) -> list[WikiLink]:
    """Every wiki link of ``markdown`` outside code, in order; ``\\[[x]]`` is not a link."""
    links: list[WikiLink] = []
    offset = 0
    fence: str | None = None
    for line in markdown.splitlines(keepends=True):
        match = _FENCE.match(line)
        if fence is not None:
            if match and match.group(1).startswith(fence) and not line.strip(fence[0] + " \t\n\r"):
                fence = None
        elif match:
            fence = match.group(1)
        else:
            links += _links_in_line(line, offset)
        offset += len(line)
    return links


def _links_in_line(line: str, offset: int) -> list[WikiLink]:
    code = [m.span() for m in _CODE_SPAN.finditer(line)]
    found = []
    for match in _LINK.finditer(line):
        start = match.start()
        if any(a <= start < b for a, b in code) or _escaped(line, start):
            continue
        target, _, label = match.group(1).partition("|")
        if not target.strip():
            continue  # `[[ ]]` is nobody's link: left as written
        found.append(
            WikiLink(
                offset + start,
                offset + match.end(),
                target.strip(),
                label.strip() if label.strip() else None,
                match.group(0),
            )
        )
    return found


def _escaped(text: str, index: int) -> bool:
    """Whether ``text[index]`` follows an odd number of backslashes (``\\[`` is a literal ``[``)."""
    backslashes = len(text[:index]) - len(text[:index].rstrip("\\"))
    return backslashes % 2 == 1


def resolve(target: str, ids: dict[str, set[str]], quote_ids: dict[str, set[str]]) -> Target:
    """The record ``target`` names, given the ids of each kind and each debate's quote ids;
    raises :class:`WikiLinkError` (with a did-you-mean hint) when it names none."""
    match = _TARGET.fullmatch(target)
    if match is None:
        raise WikiLinkError(
            f"not a record reference '{target}'",
            "write [[id]], [[kind/id]] or [[debate-id#quote-id]], ids in lowercase",
        )
    kind, record_id, anchor = match.group("kind"), match.group("id"), match.group("anchor")
    if kind is not None and kind not in KINDS:
        raise WikiLinkError(f"unknown kind '{kind}'", f"one of: {', '.join(KINDS)}")
    kinds = (kind,) if kind else PRECEDENCE
    found = next((k for k in kinds if record_id in ids.get(k, ())), None)
    if found is None:
        raise WikiLinkError(f"unknown record '{target}'", _did_you_mean(record_id, kinds, ids))
    if anchor is None:
        return Target(found, record_id)
    if found != "debates":
        raise WikiLinkError(
            f"'{target}': only a debate's quotes can be linked with #",
            f"write [[{record_id}]], or [[debate-id#quote-id]] for a quote",
        )
    quotes = quote_ids.get(record_id, set())
    if anchor not in quotes:
        close = _close(anchor, quotes)
        hint = f"did you mean '{record_id}#{close}'?" if close else f"{record_id} has no such quote"
        raise WikiLinkError(f"unknown quote '{target}'", hint)
    return Target(found, record_id, anchor)


def _did_you_mean(record_id: str, kinds: tuple[str, ...], ids: dict[str, set[str]]) -> str:
    close = _close(record_id, set().union(*(ids.get(k, set()) for k in kinds)))
    if close is None:
        return "no " + " or ".join(f"{k}/{record_id}.yaml" for k in kinds)
    shown = f"{kinds[0]}/{close}" if len(kinds) == 1 else close
    return f"did you mean '{shown}'?"


def _close(word: str, candidates: set[str]) -> str | None:
    close = difflib.get_close_matches(word, sorted(candidates), n=1)
    return close[0] if close else None
