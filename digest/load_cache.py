"""What ``mkdocs serve`` keeps of one load of ``content/`` for the next: per file, what it made.

Algorithm: a file's parse (:func:`digest.yamlio.read_yaml`) is the same object for as long as
the file's bytes are the same, so it keys a :class:`FileState` holding everything the loader made
of that file alone — its schema findings, the facts its checks against other files need
(:class:`digest.validate.FileFacts`), its quotes' spans in its article (kept with the article's
text: a new text finds them again), its problems given lines, its record. A new parse starts a new
state. What depends on other files — references, the ids that exist, which speakers are
mentioned — is checked again on every load from the kept facts, which is only set lookups. So a
load after an edit reads every file but redoes the work of the edited files alone, and its
results equal a fresh load's (``tests/test_load_incremental.py`` edits, breaks, renames and
deletes files to hold it to that).

Plain Python, no MkDocs: the plugin keeps one :class:`LoadCache` per ``serve`` session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.problems import Problem
from digest.validate import FileFacts
from digest.yamlio import Finding, ParseCache, YamlFile

Span = tuple[int, int] | None


@dataclass(eq=False)
class FileState:
    """What loading made of one parsed file; each part is filled when first needed."""

    parsed: YamlFile
    schema: list[Finding] | None = None
    facts: FileFacts | None = None
    # (the article text they were looked up in, each quote's span, the quotes not found)
    spans: tuple[str, list[Span], list[Finding]] | None = None
    # (the ids they were checked against, the file's findings, the speakers it mentions)
    resolved: tuple[int, list[Finding], frozenset[str]] | None = None
    located: tuple[tuple[Finding, ...], list[Problem]] | None = None  # findings -> problems
    record: tuple[str | None, Any] | None = None  # (the article text it holds, the record)


@dataclass(eq=False)
class LoadCache:
    """Kept across the loads of one session; pass it to :func:`digest.load.check_content`."""

    parsed: ParseCache = field(default_factory=dict)
    articles: dict[Path, tuple[bytes, str | Problem]] = field(default_factory=dict)
    _states: dict[Path, FileState] = field(default_factory=dict)
    _ids: tuple[dict[str, set[str]], dict[str, frozenset[str]]] | None = None
    keeps: bool = True
    """False for a one-shot load (``mkdocs build``, ``digest check``): nothing is kept for a next
    load, so what only a next load would use (the bytes of each article, each file's facts once
    checked, each file's data once its record is built) is let go as soon as this one is done
    with it: a load's peak memory is the build's floor."""
    ids_version: int = 0
    """Goes up whenever a load finds other ids than the last one (a file came, went or was
    renamed, a quote id changed): a file's references are checked again only then."""

    def state(self, parsed: YamlFile) -> FileState:
        """The state of ``parsed``'s file, new when the file was parsed again."""
        state = self._states.get(parsed.path)
        if state is None or state.parsed is not parsed:
            state = self._states[parsed.path] = FileState(parsed)
        return state

    def same_ids(self, ids: dict[str, set[str]], quote_ids: dict[str, frozenset[str]]) -> int:
        """The version of this load's ids (record ids by kind, each debate's quote ids)."""
        if self._ids is None or self._ids != (ids, quote_ids):
            self._ids = (ids, quote_ids)
            self.ids_version += 1
        return self.ids_version

    def keep_only(self, records: set[Path], articles: set[Path]) -> None:
        """Forget the files this load did not read (deleted or renamed since)."""
        kept_by_cache = ((self.parsed, records), (self._states, records), (self.articles, articles))
        for cache, kept in kept_by_cache:
            for path in cache.keys() - kept:
                del cache[path]
