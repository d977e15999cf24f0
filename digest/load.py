"""Load ``content/`` into a :class:`digest.model.Digest`, or report every problem in it at once.

Algorithm: parse every YAML file (fast path, no line numbers), check each against its kind's
schema, read each debate's article and find its quotes in it, check references across files,
then give line/column only to the findings (composing just the files that have some). Records
are built only from content without errors, so the site never sees half-valid data.

With a :class:`digest.load_cache.LoadCache` (``mkdocs serve``), what a file alone gives — its
schema findings, quote spans, facts for the checks across files, located problems, record — is
kept while the file is unchanged; only the checks across files run again over every file.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import MISSING, fields
from functools import cache
from pathlib import Path
from typing import Any

from digest.litter import is_litter, litter_warning
from digest.load_cache import FileState, LoadCache
from digest.model import (
    KINDS,
    Debate,
    Digest,
    ExtractorMemory,
    Link,
    Position,
    Quote,
    Relation,
    Role,
    Source,
    SourceRef,
    Speaker,
)
from digest.paths import HINT as PATH_HINT
from digest.paths import RealPaths, UnsafePath, check_inside, content_file
from digest.problems import ContentError, Problem
from digest.schema import check_document
from digest.slug import slugify
from digest.validate import CrossChecker, file_facts, quote_spans
from digest.yamlio import Finding, ParseCache, YamlFile, decode_utf8, locate, read_yaml

YAML_NAMES: dict[type, dict[str, str]] = {
    Role: {"from": "start", "to": "end"},
    Relation: {"from": "source", "from_label": "source_label"},
}
"""YAML key -> dataclass field, where they differ (``from`` is a Python keyword)."""

NOT_IN_YAML = {"origin", "article_text"}
"""Dataclass fields the loader fills itself (and ``id`` of each kind's record: the file stem)."""

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # what digest.slug.slugify makes

Files = dict[str, dict[str, YamlFile]]  # kind -> id -> parsed file
Ids = dict[str, set[str]]  # kind -> every id, from file names (a file that does not parse counts)
States = dict[Path, FileState]  # record file -> what this load (or an earlier one) made of it


def load_digest(content_dir: Path) -> Digest:
    """Every record under ``content_dir``; raises ContentError listing every error found."""
    digest, problems = check_content(content_dir)
    errors = [p for p in problems if p.severity == "error"]
    if digest is None or errors:
        raise ContentError(errors)
    return digest


def check_content(
    content_dir: Path, cache: LoadCache | ParseCache | None = None
) -> tuple[Digest | None, list[Problem]]:
    """(digest, problems): errors and warnings in file order; the digest is None on any error.

    ``cache``: what earlier calls made of each file (:class:`digest.load_cache.LoadCache`, or
    just the parsed files: :func:`digest.yamlio.read_yaml`). The result is the same without it."""
    if not isinstance(cache, LoadCache):
        cache = LoadCache(parsed=cache if cache is not None else {}, keeps=cache is not None)
    files, ids, problems = _read_all(content_dir, cache.parsed if cache.keeps else None)
    states = {p.path: cache.state(p) for by_id in files.values() for p in by_id.values()}
    findings: dict[Path, list[Finding]] = defaultdict(list)
    for kind, by_id in files.items():
        for parsed in by_id.values():
            state = states[parsed.path]
            if state.schema is None:
                state.schema = check_document(kind, parsed.data)
            findings[parsed.path] += state.schema
            problems += parsed.problems
    reader = _ArticleReader(content_dir, cache, problems)
    articles, spans = _read_articles(reader, files["debates"], states, findings)
    _check_across(files, ids, states, findings, cache)
    for kind_files in files.values():
        for parsed in kind_files.values():
            problems += _located(states[parsed.path], findings.get(parsed.path, []))
    cache.keep_only(set(states), reader.paths)
    problems.sort()
    if any(p.severity == "error" for p in problems):
        return None, problems
    return _build(content_dir, files, states, articles, spans, keep=cache.keeps), problems


def _located(state: FileState, findings: list[Finding]) -> list[Problem]:
    """The file's findings as problems with line and column (composing the file: kept)."""
    if not findings:
        return []
    key = tuple(findings)
    if state.located is None or state.located[0] != key:
        parsed = state.parsed
        state.located = (key, locate(parsed.path, parsed.text, findings))
    return list(state.located[1])


def _read_all(
    content_dir: Path, cache: ParseCache | None = None
) -> tuple[Files, Ids, list[Problem]]:
    """Parse every ``<kind>/*.yaml``; name problems (bad stem, id clash) are reported here."""
    files: Files = {kind: {} for kind in KINDS}
    ids: Ids = {kind: set() for kind in KINDS}
    problems: list[Problem] = []
    for kind in KINDS:
        records, skipped = _record_paths(content_dir, content_dir / kind)
        problems += skipped
        for path in records:
            ids[kind].add(path.stem)
            parsed = read_yaml(path, cache)
            if isinstance(parsed, Problem):
                problems.append(parsed)
            else:
                files[kind][path.stem] = parsed
            if not _SLUG.fullmatch(path.stem):
                hint = f"rename it to {slugify(path.stem)}.yaml"
                problems.append(
                    Problem(path, 1, 1, "", "file name is not a lowercase slug id", hint)
                )
    for same in sorted(ids["speakers"] & ids["organisations"]):
        speaker_file = content_dir / "speakers" / f"{same}.yaml"
        message = f"id '{same}' is also a speaker ({speaker_file})"
        hint = "a quote's speaker may name either: rename one of them"
        problems.append(
            Problem(content_dir / "organisations" / f"{same}.yaml", 1, 1, "", message, hint)
        )
    return files, ids, problems


def _record_paths(content_dir: Path, folder: Path) -> tuple[list[Path], list[Problem]]:
    """The ``.yaml`` files of one kind's folder to read, and a problem for each file skipped:
    ``.yml`` files and editor/OS litter (warnings), symlinks out of ``content_dir`` (errors)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:  # no such folder: a kind may have no records
        return [], []
    if (unsafe := _outside(content_dir, folder)) is not None:
        return [], [unsafe]  # a symlinked folder: none of its files may be published
    records, problems = [], []
    for entry in entries:
        path = folder / entry.name
        litter = litter_warning(path)
        if litter is not None:
            problems.append(litter)
        elif is_litter(entry.name) or not entry.name.endswith((".yaml", ".yml")):
            continue  # .DS_Store, .gitkeep, notes: not records, not looked at
        elif entry.name.endswith(".yml"):
            problems.append(_ignored(path))
        elif entry.is_symlink() and (unsafe := _outside(content_dir, path)) is not None:
            problems.append(unsafe)
        else:
            records.append(path)
    return records, problems


def _outside(content_dir: Path, path: Path) -> Problem | None:
    """An error when the record file ``path`` (a symlink) leads out of ``content_dir``."""
    try:
        check_inside(content_dir, path)
    except UnsafePath as unsafe:
        hint = unsafe.hint if unsafe.hint != PATH_HINT else "replace the link with the file itself"
        return Problem(path, 1, 1, "", unsafe.problem, hint)
    return None


def _ignored(path: Path) -> Problem:
    hint = f"rename it to {path.stem}.yaml"
    return Problem(path, 1, 1, "", "ignored: only .yaml files are read", hint, "warning")


def _read_articles(
    reader: _ArticleReader,
    debates: dict[str, YamlFile],
    states: States,
    findings: dict[Path, list[Finding]],
) -> tuple[dict[str, str], dict[str, list[tuple[int, int] | None]]]:
    """Each debate's article text and quote spans (by debate id); a missing article is an error."""
    articles, spans = {}, {}
    for debate_id, parsed in debates.items():
        source = parsed.data.get("source") if isinstance(parsed.data, dict) else None
        name = source.get("article") if isinstance(source, dict) else None
        if not isinstance(name, str) or not name:
            continue
        text = reader.read(name)
        if isinstance(text, UnsafePath):
            findings[parsed.path].append(Finding(("source", "article"), text.problem, text.hint))
            continue
        articles[debate_id] = text
        state = states[parsed.path]
        if state.spans is None or state.spans[0] != text:  # the article's text changed
            state.spans = (text, *quote_spans(parsed.data, text))
        spans[debate_id] = state.spans[1]
        findings[parsed.path] += state.spans[2]
    return articles, spans


class _ArticleReader:
    """The articles debates name, each read once per load (debates may share one); a file whose
    bytes are those of the last load keeps the same text (so its quote spans are kept too)."""

    def __init__(self, content_dir: Path, cache: LoadCache, problems: list[Problem]) -> None:
        self.content_dir, self.cache, self.problems = content_dir, cache, problems
        self.paths: set[Path] = set()  # every article file read
        self._texts: dict[str, str | UnsafePath] = {}  # by source.article
        self._real = RealPaths()

    def read(self, name: str) -> str | UnsafePath:
        if name not in self._texts:
            self._texts[name] = self._read(name)
        return self._texts[name]

    def _read(self, name: str) -> str | UnsafePath:
        """The article's exact text (no newline translation: offsets refer to it), else why not.

        Only a regular file inside the content folder is read (:func:`digest.paths.content_file`):
        the site publishes this text, so a record must not be able to name any other file."""
        try:
            path = content_file(self.content_dir, name, self._real)
            raw = path.read_bytes()
        except UnsafePath as unsafe:
            return unsafe
        except OSError as error:
            return UnsafePath(f"cannot read the article: {error.strerror or error}", "")
        self.paths.add(path)
        kept = self.cache.articles.get(path)
        if kept is not None and kept[0] == raw:
            text = kept[1]
        else:
            text = decode_utf8(path, raw)
            if self.cache.keeps:
                self.cache.articles[path] = (raw, text)
        if isinstance(text, Problem):
            self.problems.append(text)
            return ""
        return text


def _check_across(
    files: Files, ids: Ids, states: States, findings: dict[Path, list[Finding]], cache: LoadCache
) -> None:
    """References between files, duplicates inside debates, data smells (warnings).

    Each file's facts (its references, its own duplicates…) are kept with its state, and so is
    what checking them against the ids of every kind found, until the ids change."""
    for kind, by_id in files.items():
        for parsed in by_id.values():
            state = states[parsed.path]
            if state.facts is None:
                state.facts = file_facts(kind, parsed.data)
    quote_ids = {i: states[parsed.path].facts.quote_ids for i, parsed in files["debates"].items()}
    checker = CrossChecker({kind: set(kind_ids) for kind, kind_ids in ids.items()}, quote_ids)
    version = cache.same_ids(ids, quote_ids)
    for kind in ("debates", *(k for k in files if k != "debates")):  # debates first: mentions
        for parsed in files[kind].values():
            state = states[parsed.path]
            if state.resolved is None or state.resolved[0] != version:
                state.resolved = (version, *checker.resolve_file(kind, state.facts))
            if not cache.keeps:
                state.facts = None  # checked: only a next load would look at them again
            findings[parsed.path] += state.resolved[1]
            checker.mention(state.resolved[2])
    for speaker_id in sorted(checker.unmentioned_speakers() & files["speakers"].keys()):
        parsed = files["speakers"][speaker_id]
        findings[parsed.path].append(
            Finding(
                (),
                "no debate mentions this speaker",
                "cite them in a debate, or delete the file",
                "warning",
            )
        )


def _build(
    content_dir: Path,
    files: Files,
    states: States,
    articles: dict[str, str],
    spans: dict[str, list[tuple[int, int] | None]],
    *,
    keep: bool = True,
) -> Digest:
    """Records from content known to be valid; a file's record is kept with its state (records
    are never modified once built: ``digest.publish`` and the site make changed copies).

    ``keep=False`` (a one-shot load, whose parses nobody shares): each file's data is let go once
    its record is built, so the data and the records are never all in memory at once."""
    digest = Digest(root=content_dir)
    for kind, cls in KINDS.items():
        records = getattr(digest, kind)
        for record_id, parsed in files[kind].items():
            state = states[parsed.path]
            article = articles[record_id] if cls is Debate else None
            if state.record is None or state.record[0] != article:
                origin = SourceRef(parsed.path, parsed.line)
                if cls is Debate:
                    record = _debate(record_id, parsed.data, origin, article, spans[record_id])
                else:
                    record = _record(cls, parsed.data, id=record_id, origin=origin)
                state.record = (article, record)
            records[record_id] = state.record[1]
            if not keep:  # the record holds what it needs of them
                parsed.data, parsed.source = None, b""
    return digest


def _record(cls: type, data: dict[str, Any], **extra: Any) -> Any:
    """``cls(**data)`` with YAML names mapped, nulls left to the defaults, dates as strings."""
    names = YAML_NAMES.get(cls, {})
    required = _without_default(cls)
    values = {names.get(k, k): v for k, v in data.items() if v is not None or k in required}
    for name in ("date", "start", "end") if cls in (Source, Role) else ("date",):
        if type(values.get(name)) is int:  # an unquoted year
            values[name] = str(values[name])
    if cls is Speaker:
        values["roles"] = [_record(Role, r) for r in values.get("roles", [])]
        values["links"] = [_record(Link, link) for link in values.get("links", [])]
    values.update(extra)
    return cls(**values)


@cache
def _without_default(cls: type) -> frozenset[str]:
    """Fields that must be passed even when null (``Quote.speaker``: null means unknown)."""
    return frozenset(
        f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING
    )


def _debate(
    debate_id: str,
    data: dict[str, Any],
    origin: SourceRef,
    article: str,
    spans: list[tuple[int, int] | None],
) -> Debate:
    values = {k: v for k, v in data.items() if v is not None}
    values["source"] = _record(Source, values["source"])
    values["quotes"] = [
        _record(Quote, q, start=span[0] if span else None, end=span[1] if span else None)
        for q, span in zip(values.get("quotes", []), spans, strict=True)
    ]
    values["positions"] = [_record(Position, p) for p in values.get("positions", [])]
    values["relations"] = [_record(Relation, r) for r in values.get("relations", [])]
    if "extractor" in values:
        values["extractor"] = _record(ExtractorMemory, values["extractor"])
    if type(values.get("date")) is int:
        values["date"] = str(values["date"])
    return Debate(id=debate_id, article_text=article, origin=origin, **values)
