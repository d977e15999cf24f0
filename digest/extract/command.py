"""``digest extract PATH... [--out content/] [--json] [--jobs N]``: articles in, records out.

The algorithm: collect the article files, read what ``--out`` already knows (the lexicon),
extract every article in worker processes, then — in the parent, in input order — print the JSON
or merge each extraction into ``--out``. A bad input or a file in the way costs that one article,
with a one-line error on stderr; the others go on, and the exit status says something failed.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from digest.content_lock import ContentLocked, content_lock
from digest.extract.lexicon import build_lexicon
from digest.extract.parallel import extract_all
from digest.extract.result import Extraction
from digest.extract.store import ContentStore, Outcome, StoreError
from digest.identity.resolve import identify, registry_from_lexicon

ARTICLE_SUFFIXES = (".txt", ".md", ".html")


@dataclass
class Summary:
    articles: int = 0
    direct: int = 0
    indirect: int = 0
    need_review: int = 0
    added: int = 0
    speakers: set[str] = field(default_factory=set)
    new_records: dict[str, int] = field(default_factory=dict)
    errors: int = 0

    def count(self, extraction: Extraction, outcome: Outcome | None) -> None:
        self.articles += 1
        for quote in extraction.quotes:
            self.direct += quote.kind == "direct"
            self.indirect += quote.kind == "indirect"
            self.need_review += quote.status == "needs-review" or quote.speaker is None
        self.speakers |= {s.id for s in extraction.speakers if not s.is_organisation}
        if outcome is not None:
            self.added += outcome.added
            for folder, number in outcome.new_records.items():
                self.new_records[folder] = self.new_records.get(folder, 0) + number

    def __str__(self) -> str:
        new = self.new_records
        others = ", ".join(
            f"{n} {folder}" for folder, n in sorted(new.items()) if folder != "speakers"
        )
        return "\n".join(
            [
                f"articles: {self.articles}",
                f"quotes: {self.direct + self.indirect} ({self.direct} direct, {self.indirect}"
                f" indirect), {self.added} added to debates",
                f"speakers: {len(self.speakers)} ({new.get('speakers', 0)} new)",
                f"new records: {others or 'none'}",
                f"need review: {self.need_review} quotes",
                f"errors: {self.errors}",
            ]
        )


def run_extract(paths: list[Path], *, out_dir: Path, as_json: bool, jobs: int = 0) -> int:
    """Run the command; returns the exit status (0: every article done, 1: some failed)."""
    if jobs < 0:
        _error(f"--jobs must be 0 (one per core) or more, not {jobs}")
        return 2
    files, errors = collect_inputs(paths, skip=out_dir)
    for message in errors:
        _error(message)
    if as_json:  # one file given: print exactly its object; several (or a folder): an array
        single = len(paths) == 1 and len(files) == 1 and paths[0].is_file()
        return _extract(files, len(errors), out_dir=out_dir, json_single=single, jobs=jobs)
    # From the first read of --out to the last write: a second run waits, then merges.
    waiting = f"waiting for another digest command writing to {out_dir} to finish…"
    try:
        with content_lock(out_dir, on_wait=lambda: _error(waiting)):
            return _extract(files, len(errors), out_dir=out_dir, json_single=None, jobs=jobs)
    except ContentLocked as error:
        _error(str(error))
        return 1
    except OSError as error:  # the folder cannot be created or locked (permissions, read-only)
        _error(f"{out_dir}: cannot write here: {error.strerror or error}")
        return 1


def _extract(
    files: list[Path], errors: int, *, out_dir: Path, json_single: bool | None, jobs: int
) -> int:
    """Extract ``files``; print JSON (``json_single`` not None) or merge them into ``out_dir``."""
    as_json = json_single is not None
    lexicon, warnings = build_lexicon(out_dir)
    for message in warnings:
        _error(f"warning: {message}")
    store = None if as_json else ContentStore(out_dir, lexicon, _version())
    registry = registry_from_lexicon(lexicon)  # --json: the same people as a write would give
    summary = Summary(errors=errors)
    documents: list[dict[str, Any]] = []
    show = sys.stderr.isatty() and len(files) > 1
    with tqdm(total=len(files), unit="article", file=sys.stderr, disable=not show) as bar:
        for path, result in extract_all(files, lexicon, jobs, bar.update):
            if isinstance(result, str):
                summary.errors += 1
                bar.write(f"{path}: {result}", file=sys.stderr)
            elif store is None:
                identify(result, registry)
                documents.append(result.to_json())
                summary.count(result, None)
            else:
                _store(store, path, result, summary, bar)
    if as_json:
        _print_json(documents, single=bool(json_single))
    else:
        print(summary)
    return 1 if summary.errors or not files else 0


def collect_inputs(paths: list[Path], skip: Path | None = None) -> tuple[list[Path], list[str]]:
    """(article files, errors): files as given, folders searched for article files (hidden
    files and the output folder aside), each file once, in the order given."""
    files: dict[Path, Path] = {}
    errors = []
    skipped = skip.resolve() if skip is not None else None
    for path in paths:
        if path.is_dir():
            found = _article_files(path, skipped)
            if not found:
                errors.append(f"{path}: no {', '.join(ARTICLE_SUFFIXES)} files in this folder")
            for file in found:
                _add_input(files, errors, file)
        elif path.is_file() or path.is_symlink():
            _add_input(files, errors, path)
        else:
            errors.append(f"{path}: no such file or folder")
    return list(files.values()), errors


def _add_input(files: dict[Path, Path], errors: list[str], path: Path) -> None:
    """Add ``path`` once (by its real path); a symlink that loops is an error, not a crash."""
    try:
        real = path.resolve()
    except (RuntimeError, OSError):  # Python 3.11 raises RuntimeError on a symlink loop
        errors.append(f"{path}: a symbolic link that points back to itself (remove it)")
        return
    files.setdefault(real, path)


# A folder's own documentation is not an article (a corpus's README.md, LICENSE.txt): skipped
# when a folder is searched; given by name, such a file is read like any other.
_NOT_ARTICLES = re.compile(r"(?i)^(?:readme|licen[cs]e|copying|changelog|changes|notice)(?:\.|$)")


def _article_files(folder: Path, skip: Path | None) -> list[Path]:
    """Article files under ``folder``, sorted; hidden ones, a folder's README/LICENSE files and
    those inside ``skip`` left out."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in ARTICLE_SUFFIXES or _NOT_ARTICLES.match(path.name):
            continue
        if not path.is_file():
            continue
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if not hidden and not (skip is not None and _is_inside(path, skip)):
            found.append(path)
    return found


def _is_inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder)
    except (RuntimeError, OSError):
        return False


def _store(
    store: ContentStore, path: Path, extraction: Extraction, summary: Summary, bar: Any
) -> None:
    try:
        outcome = store.apply(extraction)
    except StoreError as error:
        summary.errors += 1
        bar.write(f"{path}: {error}", file=sys.stderr)
        return
    except OSError as error:  # disk full, permissions: this article's files are left as they were
        summary.errors += 1
        bar.write(f"{path}: cannot write {error.filename}: {error.strerror}", file=sys.stderr)
        return
    summary.count(extraction, outcome)
    for warning in outcome.warnings:
        bar.write(f"warning: {warning}", file=sys.stderr)


def _print_json(documents: list[dict[str, Any]], *, single: bool) -> None:
    """One file given: exactly its object. Several (or a folder): an array, even of one."""
    if single:
        if documents:
            print(json.dumps(documents[0], ensure_ascii=False, indent=2))
        return
    print(json.dumps(documents, ensure_ascii=False, indent=2))


def _version() -> str:
    """The extractor's version for ``extractor.version``: the pipeline's own, else the package's."""
    from digest import __version__

    try:
        from digest.extract import pipeline
    except ImportError:
        return __version__
    return str(getattr(pipeline, "VERSION", __version__))


def _error(message: str) -> None:
    print(message, file=sys.stderr)
