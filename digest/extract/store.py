"""The content folder as the extractor writes it: find each article's debate, merge, write.

A debate is found by what identifies its article, not by file names alone: the same
``source.url``, else an article file with the very same text (the same article saved under
another name), else ``source.article`` = ``articles/<article id>.txt`` (unless the urls say they
are different articles, which then get ``<id>-2``…). Files are written in a crash-safe order:
the article text, then new stub records, then the debate, each atomically.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from digest.extract.lexicon import LEXICON_KINDS, parse_file, record_files
from digest.extract.merge import SourceInfo, merge_debate
from digest.extract.result import Article, Extraction, Lexicon
from digest.extract.stubs import KIND_OF_FOLDER, Publisher, stub_records
from digest.extract.writer import create_new, dump_record, split_comments, write_atomic
from digest.identity.resolve import identify, registry_from_lexicon
from digest.paths import MissingFile, UnsafePath, check_writable, content_file
from digest.slug import slugify

FIX = "(fix it, then re-run)"


@dataclass
class DebateFile:
    path: Path
    data: dict[str, Any] | None  # None: not valid YAML, or not a mapping
    error: str = ""  # ``path:line: YAML error: …`` when data is None
    raw: str = ""  # the text: its comments, or for a broken file whether it is an article's

    @property
    def source(self) -> dict[str, Any]:
        source = (self.data or {}).get("source")
        return source if isinstance(source, dict) else {}


@dataclass
class Target:
    """Where an article's debate goes: its file, its article text file, what is there now."""

    path: Path
    article: str  # relative to content/
    existing: dict[str, Any] | None
    raw: str = ""  # the file's text, for its comments


@dataclass
class Outcome:
    """What writing one extraction did, for the summary."""

    debate: Path
    created: bool
    changed: bool
    added: int
    new_records: dict[str, int] = field(default_factory=dict)  # folder -> records created
    warnings: list[str] = field(default_factory=list)


class ContentStore:
    """One run's view of ``content/``: the debates there and the ids that have a file."""

    def __init__(self, root: Path, lexicon: Lexicon, version: str) -> None:
        self.root = root
        self.lexicon = lexicon
        self.version = version
        self.debates = [_read_debate(p) for p in record_files(root / "debates")]
        self.ids = {kind: {p.stem for p in record_files(root / kind)} for kind in LEXICON_KINDS}
        self._claimed: set[Path] = set()  # debates written in this run: one article each
        # who is who: the records in content/, then those each article of this run drafts
        self.registry = registry_from_lexicon(lexicon)

    def apply(self, extraction: Extraction) -> Outcome:
        """Write ``extraction`` into the folder; raises StoreError when a file is in the way."""
        identify(extraction, self.registry)
        self._only_existing_doubles(extraction)
        target = self.locate(extraction.article)
        publisher = resolve_publisher(extraction, self.lexicon)
        source = SourceInfo(target.article, publisher.id if publisher else None, self.version)
        merged = merge_debate(
            target.existing, extraction, source, self._organisation_ids(extraction)
        )
        outcome = Outcome(target.path, target.existing is None, merged.changed, len(merged.added))
        article_path = self.root / target.article
        stubs = stub_records(merged.data, extraction, self.ids, publisher)
        stub_paths = [self.root / stub.folder / f"{stub.id}.yaml" for stub in stubs]
        self._check_writable(article_path, target.path, *stub_paths)  # before writing anything
        if _differs(article_path, extraction.article.text) and target.existing is not None:
            outcome.warnings.append(f"{article_path}: the article text changed; updated it")
        write_atomic(article_path, extraction.article.text)
        for stub, path in zip(stubs, stub_paths, strict=True):
            if create_new(path, dump_record(KIND_OF_FOLDER[stub.folder], stub.data)):
                outcome.new_records[stub.folder] = outcome.new_records.get(stub.folder, 0) + 1
            self.ids[stub.folder].add(stub.id)
        if merged.changed:
            comments, dropped = split_comments(target.raw)
            write_atomic(target.path, dump_record("debate", merged.data, comments))
            if dropped:
                outcome.warnings.append(
                    f"{target.path}: {dropped} comment line(s) inside the file were not kept"
                    " (only comments at the top are; move notes into `commentary`)"
                )
        outcome.warnings += [
            f"{target.path}: quote {quote_id} is no longer in the article text (run digest check)"
            for quote_id in merged.lost
        ]
        return outcome

    def _only_existing_doubles(self, extraction: Extraction) -> None:
        """``possibly_same_as`` names only records that have a file (a person another article
        merely mentioned has none)."""
        existing = self.ids["speakers"] | self.ids["organisations"]
        for record in (*extraction.speakers, *extraction.organisations):
            record.possibly_same_as = [i for i in record.possibly_same_as if i in existing]

    def locate(self, article: Article) -> Target:
        """The debate of ``article``: an existing one if the folder has it, else a new file."""
        found = self._by_url(article.url) or self._by_text(article.text, article.url)
        for article_id in [] if found else _candidate_ids(article.id):
            found = self._by_article_id(article_id, article.url)
            if found is not None:
                break
        if isinstance(found, DebateFile):
            self._claimed.add(found.path)
            return Target(found.path, self._article_path(found), found.data, found.raw)
        path = self.root / "debates" / f"{found}.yaml"
        self._claimed.add(path)
        return Target(path, f"articles/{found}.txt", None)

    def _by_url(self, url: str | None) -> DebateFile | None:
        if not url:
            return None
        for debate in self._unclaimed():
            if debate.data is None and url in debate.raw:
                raise StoreError(f"{debate.error} {FIX}")
            if debate.source.get("url") == url:
                return debate
        return None

    def _by_text(self, text: str, url: str | None) -> DebateFile | None:
        """The debate whose article file holds exactly ``text``: re-running on a renamed copy
        of an article merges into its debate instead of drafting a duplicate. Different urls
        still mean different articles (a wire story republished by two outlets)."""
        encoded = text.encode("utf-8")
        for debate in self._unclaimed():
            other_url = debate.source.get("url")
            if url and other_url and url != other_url:
                continue
            path = self._article_file(debate.source.get("article"))
            if path is not None:
                same_size = path.is_file() and path.stat().st_size == len(encoded)
                if same_size and not _differs(path, text):
                    return debate
        return None

    def _by_article_id(self, article_id: str, url: str | None) -> DebateFile | str | None:
        """The debate whose article is ``articles/<article_id>.txt``; the id itself when that
        name is free; None when it belongs to another article."""
        article = f"articles/{article_id}.txt"
        path = self.root / "debates" / f"{article_id}.yaml"
        for debate in self._unclaimed():
            if debate.data is None and (debate.path == path or article in debate.raw):
                raise StoreError(f"{debate.error} {FIX}")
            if debate.source.get("article") == article:
                other_url = debate.source.get("url")
                return debate if not (url and other_url and url != other_url) else None
        taken = path in self._claimed or path.exists()
        taken = taken or any(d.source.get("article") == article for d in self.debates)
        return None if taken else article_id

    def _unclaimed(self) -> Iterator[DebateFile]:
        return (d for d in self.debates if d.path not in self._claimed)

    def _article_path(self, debate: DebateFile) -> str:
        article = debate.source.get("article")
        if not isinstance(article, str) or not article:
            problem = "source.article must be a path under the content folder: articles/<name>.txt"
            raise StoreError(f"{debate.path}: {problem} {FIX}")
        try:
            content_file(self.root, article)
        except MissingFile:
            pass  # written by this run
        except UnsafePath as unsafe:  # never read, never overwritten: it is not ours
            raise StoreError(f"{debate.path}: source.article: {unsafe}") from None
        return article

    def _article_file(self, article: Any) -> Path | None:
        """The existing article file a record names, if it is a safe one (digest.paths)."""
        if not isinstance(article, str) or not article:
            return None
        try:
            return content_file(self.root, article)
        except UnsafePath:
            return None

    def _check_writable(self, *paths: Path) -> None:
        """StoreError unless each path, symlinks followed, is a file inside the content folder."""
        for path in paths:
            try:
                check_writable(self.root, path)
            except UnsafePath as unsafe:
                raise StoreError(f"{path}: {unsafe}") from None

    def _organisation_ids(self, extraction: Extraction) -> set[str]:
        ids = set(self.ids["organisations"]) | {o.id for o in extraction.organisations}
        return ids | {s.id for s in extraction.speakers if s.is_organisation}


class StoreError(Exception):
    """A file in the way of writing one article's records; the message is one line for stderr."""


def resolve_publisher(extraction: Extraction, lexicon: Lexicon) -> Publisher | None:
    """The organisation that published the article: a known one by name or alias, else new."""
    name = (extraction.article.source or "").strip()
    if not name:
        return None
    key = name.casefold()
    for entry in lexicon.organisations:
        if key in {entry.id, entry.name.casefold(), *(a.casefold() for a in entry.aliases)}:
            return Publisher(entry.id, entry.name)
    for org in extraction.organisations:
        if org.name.casefold() == key:
            return Publisher(org.id, org.name, _site(extraction.article.url))
    return Publisher(slugify(name), name, _site(extraction.article.url))


def _read_debate(path: Path) -> DebateFile:
    data, problem = parse_file(path)
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        raw = ""
    if problem is None and isinstance(data, dict):
        return DebateFile(path, data, raw=raw)
    problem = problem or f"{path}:1: not a debate record: expected a mapping of fields"
    return DebateFile(path, None, problem, raw)


def _candidate_ids(article_id: str) -> Iterator[str]:
    """``x``, ``x-2``, ``x-3``… (as :func:`digest.slug.unique_slug` numbers them)."""
    yield article_id
    number = 2
    while True:
        yield f"{article_id}-{number}"
        number += 1


def _differs(path: Path, text: str) -> bool:
    try:
        return path.read_bytes() != text.encode("utf-8")
    except OSError:
        return False


def _site(url: str | None) -> str | None:
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None
