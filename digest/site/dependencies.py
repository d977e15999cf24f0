"""Which records each generated page read, and which of them an edit changed (``mkdocs serve``).

Algorithm: while a page renders, every lookup it makes in the digest (``digest.speakers.get(id)``)
and in the index (``index.quotes_by_theme[id]``), and every link it makes to another file of the
site, is recorded as a *dependency* ``(table, key)`` — ``(table, ALL)`` when it walks a whole
table. After an edit, :func:`changed` compares the two builds table by table, entry by entry, and
returns the dependencies whose answer differs; a page needs rendering again exactly when one of
the lookups it made would now answer differently.

The recording is done by the containers themselves (:class:`TracingDict`, :class:`TracingList`
swapped into the index for the preview), so views, helpers and templates need not know about it.
Caches that would answer a lookup without making it (a link, a quote card, a Markdown field with
wiki links) are made to record what they stand for, or not to answer (:func:`instrument_renderer`).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from digest.index import DigestIndex, PositionRef, QuoteRef, RelationRef
from digest.model import KINDS, Debate, Quote, Speaker
from digest.site.links import SiteLinks
from digest.site.urls import record_uri

ALL = "*"
"""A dependency's key when the page walked the whole lookup (an index page, the stance map); as
a record's field: the whole record (its own page, or a property made of several fields)."""
KEYS = "ids"
"""A record table's key for "which ids it holds" (a page that lists every speaker)."""
PAGES = "pages"
"""The table of the site's files: a page linking to ``speakers/x.md`` depends on it existing."""

Dependency = tuple


class RecordView:
    """A record as a page sees it while it renders: every field it reads is recorded as
    ``(kind, id, field)``, so an edit of one field renders again only the pages that read it."""

    __slots__ = ("_record", "_kind", "_id", "_tracer")

    def __init__(self, record: object, kind: str, record_id: str, tracer: Tracer) -> None:
        self._record, self._kind, self._id, self._tracer = record, kind, record_id, tracer

    def __getattr__(self, name: str):
        record = self._record
        if name in _fields(type(record)):
            self._tracer.record(self._kind, self._id, name)
        elif hasattr(type(record), name):  # a property or method may read any field
            self._tracer.record(self._kind, self._id, ALL)
        return getattr(record, name)

    @property  # type: ignore[misc]
    def __class__(self):  # isinstance(view, Speaker) holds
        return type(self._record)

    def __eq__(self, other: object) -> bool:
        self._tracer.record(self._kind, self._id, ALL)
        return self._record == (other._record if isinstance(other, RecordView) else other)

    __hash__ = None  # type: ignore[assignment]  # as the dataclass records

    def __repr__(self) -> str:
        return repr(self._record)


_FIELDS: dict[type, frozenset[str]] = {}


def _fields(cls: type) -> frozenset[str]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = frozenset(f.name for f in dataclasses.fields(cls))
    return names


class Tracer:
    """Collects the dependencies of the page being rendered (none outside :meth:`begin`/`end`)."""

    def __init__(self) -> None:
        self._current: set[Dependency] | None = None

    def begin(self, initial: Iterable[Dependency] = ()) -> None:
        self._current = set(initial)

    def end(self) -> set[Dependency]:
        found, self._current = self._current or set(), None
        return found

    @property
    def active(self) -> bool:
        return self._current is not None

    def record(self, table: str, key: object, field: str | None = None) -> None:
        if self._current is not None:
            self._current.add((table, key) if field is None else (table, key, field))


class TracingDict(dict):
    """A dict (of records, or an index lookup) that tells the tracer every key it is asked for.

    ``default`` makes it a ``defaultdict`` (the index's lookups answer ``[]`` for unknown ids)."""

    def __init__(self, table: str, tracer: Tracer, data: dict, default=None) -> None:
        super().__init__(data)
        self._table, self._tracer, self._default = table, tracer, default

    def __missing__(self, key):
        if self._default is None:
            raise KeyError(key)
        value = self[key] = self._default()
        return value

    def __getitem__(self, key):
        self._tracer.record(self._table, key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self._tracer.record(self._table, key)
        return super().get(key, default)

    def __contains__(self, key) -> bool:
        self._tracer.record(self._table, key)
        return super().__contains__(key)

    def _all(self) -> None:
        self._tracer.record(self._table, ALL)

    def __iter__(self):
        self._all()
        return super().__iter__()

    def __len__(self) -> int:
        self._all()
        return super().__len__()

    def keys(self):
        self._all()
        return super().keys()

    def values(self):
        self._all()
        return super().values()

    def items(self):
        self._all()
        return super().items()


class TracingRecords(dict):
    """A record table (``digest.speakers``): a lookup records that the id exists (or not) and
    hands out a :class:`RecordView`; walking the table records its ids (:data:`KEYS`)."""

    def __init__(self, kind: str, tracer: Tracer, data: dict) -> None:
        super().__init__(data)
        self._kind, self._tracer = kind, tracer

    def _view(self, key, record):
        if record is None or not self._tracer.active:
            return record
        return RecordView(record, self._kind, key, self._tracer)

    def __getitem__(self, key):
        self._tracer.record(self._kind, key)
        return self._view(key, super().__getitem__(key))

    def get(self, key, default=None):
        self._tracer.record(self._kind, key)
        record = super().get(key)
        return default if record is None else self._view(key, record)

    def __contains__(self, key) -> bool:
        self._tracer.record(self._kind, key)
        return super().__contains__(key)

    def _ids(self) -> None:
        self._tracer.record(self._kind, KEYS)

    def __iter__(self):
        self._ids()
        return super().__iter__()

    def __len__(self) -> int:
        self._ids()
        return super().__len__()

    def keys(self):
        self._ids()
        return super().keys()

    def values(self):
        self._ids()
        if not self._tracer.active:
            return super().values()
        return [self._view(k, r) for k, r in super().items()]

    def items(self):
        self._ids()
        if not self._tracer.active:
            return super().items()
        return [(k, self._view(k, r)) for k, r in super().items()]


class TracingList(list):
    """A list the page can only read as a whole (``index.debates_newest_first``)."""

    def __init__(self, table: str, tracer: Tracer, data: Iterable) -> None:
        super().__init__(data)
        self._table, self._tracer = table, tracer

    def _all(self) -> None:
        self._tracer.record(self._table, ALL)

    def __iter__(self):
        self._all()
        return super().__iter__()

    def __getitem__(self, item):
        self._all()
        return super().__getitem__(item)

    def __len__(self) -> int:
        self._all()
        return super().__len__()


def instrument(index: DigestIndex, tracer: Tracer) -> None:
    """Swap the index's lookups and the digest's record tables for tracing ones, in place."""
    digest = index.digest
    for kind in KINDS:
        setattr(digest, kind, TracingRecords(kind, tracer, getattr(digest, kind)))
    for field in dataclasses.fields(index):
        value = getattr(index, field.name)
        if isinstance(value, defaultdict):
            table = TracingDict(field.name, tracer, value, value.default_factory)
            setattr(index, field.name, table)
        elif isinstance(value, dict):
            setattr(index, field.name, TracingDict(field.name, tracer, value))
        elif isinstance(value, list):
            setattr(index, field.name, TracingList(field.name, tracer, value))


class _RecordingLinks(dict):
    """``Helpers``' shared cache. A link ``(depth, kind, id) -> <a>`` stands for the lookup of
    record ``kind/id`` the first page made, so a hit records it for the page that hits; anything
    else kept there is never answered (what it was made from is not known here)."""

    def __init__(self, tracer: Tracer) -> None:
        super().__init__()
        self._tracer = tracer

    def get(self, key, default=None):
        if not (isinstance(key, tuple) and len(key) == 3 and key[1] in KINDS):
            return default
        value = super().get(key, default)
        if value is not default:
            _depth, kind, record_id = key  # what Helpers._link read to make it
            for field in ("name", "title"):
                self._tracer.record(kind, record_id, field)
            self._tracer.record(kind, record_id)
            self._tracer.record(PAGES, record_uri(kind, record_id))
        return value


class _NoHits(dict):
    """A cache that never answers: what it holds would hide the lookups it was made from."""

    def get(self, key, default=None):
        return default


class _NoLinkHits(dict):
    """The editors' Markdown cache, minus hits for fields that link to records or pages
    (``[[wiki links]]`` look records up, ``[x](../themes/t.md)`` checks the page exists); other
    fields depend on nothing but their text and the page's folder."""

    def get(self, key, default=None):
        text = str(key[0]) if isinstance(key, tuple) and key else ""
        if "[[" in text or ".md" in text:
            return default
        return super().get(key, default)


def instrument_renderer(renderer: Any, tracer: Tracer) -> None:
    """Make the renderer's caches record, or skip, what they would hide from the tracer.

    Fails loudly if the renderer no longer has the caches it is known to keep: a cache this
    function does not know about would make pages miss their dependencies."""
    for owner, name in ((renderer, "_links"), (renderer, "_cards"), (renderer.markdown, "_cache")):
        if not isinstance(getattr(owner, name, None), dict):
            raise RuntimeError(f"dependencies: {type(owner).__name__}.{name} is not a cache dict")
    renderer._links = _RecordingLinks(tracer)
    renderer._cards = _NoHits()
    renderer.markdown._cache = _NoLinkHits()


# --- what changed between two builds -----------------------------------------------------------
@dataclasses.dataclass
class Snapshot:
    """What a build's lookups answered, kept so that two builds can be compared.

    ``records``: kind -> id -> record (compared with ``==``); ``lookups``: table -> key -> entry
    as the index built it (copied: a page's lookup of an unknown id adds an empty entry);
    ``files``: the site's file paths (``PAGES``)."""

    records: dict[str, dict[str, object]]
    lookups: dict[str, dict[object, object]]
    files: frozenset[str]


def snapshot(index: DigestIndex, files: Iterable[str]) -> Snapshot:
    records = {kind: dict(dict.items(getattr(index.digest, kind))) for kind in KINDS}
    lookups: dict[str, dict[object, object]] = {}
    for field in dataclasses.fields(index):
        value = getattr(index, field.name)
        if isinstance(value, dict):
            lookups[field.name] = {k: v for k, v in dict.items(value) if v != []}  # [] is none
        elif isinstance(value, list):
            lookups[field.name] = {ALL: list(list.__iter__(value))}
    return Snapshot(records, lookups, frozenset(files))


def changed(old: Snapshot, new: Snapshot) -> set[Dependency]:
    """Every dependency whose answer differs between ``old`` and ``new`` (with ``(table, ALL)``
    for each table where anything differs).

    An index entry is made of records: it can only differ if one of its records changed, or
    if an id came or went (a relation's end is a person only if the id is one). So when no id
    came or went, the entries that hold a changed record (before or after) are the ones that
    changed, and only tables of plain values are compared whole."""
    found: set[Dependency] = set()
    changed_records: set[tuple[str, str]] = set()
    ids_moved = False
    for kind in KINDS:
        before, after = old.records[kind], new.records[kind]
        keys = _changed_keys(before, after, _same_record)
        changed_records.update((kind, key) for key in keys)
        for key in keys:
            if key in before and key in after:  # edited: the fields that differ
                found.update((kind, key, f) for f in _changed_fields(before[key], after[key]))
                found.add((kind, key, ALL))
            else:  # added or removed: whoever looked the id up
                ids_moved = True
                found.update(((kind, key), (kind, key, ALL), (kind, KEYS)))
    for table in old.lookups.keys() | new.lookups.keys():
        before, after = old.lookups.get(table, {}), new.lookups.get(table, {})
        keys = None if ids_moved else _entries_holding(changed_records, before, after)
        if keys is None:
            keys = _changed_entries(changed_records, before, after)
        _add(found, table, keys)
    _add(found, PAGES, old.files ^ new.files)
    return found


def _entries_holding(records: set, before: dict, after: dict) -> set | None:
    """The keys whose entry holds one of ``records`` in either build; None when the table
    holds plain values (no record to tell by)."""
    ids: dict[str, set] = {}
    for kind, record_id in records:
        ids.setdefault(kind, set()).add(record_id)
    keys = set()
    for table in (before, after):
        for key, value in table.items():
            holds = _holds(ids, key, value)
            if holds is None:
                return None
            if holds:
                keys.add(key)
    return keys


def _holds(ids: dict[str, set], key: object, value: object) -> bool | None:
    """Whether the entry holds a record of ``ids`` (kind -> ids); None: not made of records."""
    if isinstance(value, Quote) and isinstance(key, tuple):  # index.quote(debate id, quote id)
        return key[0] in ids.get("debates", ())
    debates, speakers = ids.get("debates", ()), ids.get("speakers", ())
    found = False
    for item in value if isinstance(value, list | tuple) else [value]:
        debate = getattr(item, "debate", None)  # a quote's, position's or relation's debate
        if debate is not None:
            found = found or debate.id in debates
        elif isinstance(item, Debate):
            found = found or item.id in debates
        elif isinstance(item, Speaker):
            found = found or item.id in speakers
        else:
            return None
    return found


def _changed_entries(records: set, before: dict, after: dict) -> set:
    """Every entry compared whole: which records, in which order, and whether one changed."""
    old = {k: _entry_signature(k, v) for k, v in before.items()}
    new = {k: _entry_signature(k, v) for k, v in after.items()}

    def same(a: tuple, b: tuple) -> bool:
        return a == b and not any(item[0] in records for item in a)

    return _changed_keys(old, new, same)


def _changed_fields(before: object, after: object) -> list[str]:
    return [
        f.name
        for f in dataclasses.fields(before)
        if getattr(before, f.name) != getattr(after, f.name)
    ]


def _same_record(a: object, b: object) -> bool:
    return a is b or a == b


def _changed_keys(before: dict, after: dict, same) -> set:
    keys = {k for k in before.keys() ^ after.keys()}
    keys.update(k for k in before.keys() & after.keys() if not same(before[k], after[k]))
    return keys


def _add(found: set[Dependency], table: str, keys: Iterable) -> None:
    keys = list(keys)
    if keys:
        found.update((table, key) for key in keys)
        found.add((table, ALL))


def _entry_signature(key: object, value: object) -> tuple:
    """An entry as ``((owner, detail), …)``: the record each item comes from (``("debates",
    id)``: what it holds is compared through the records) and what tells items apart."""
    if isinstance(value, Quote) and isinstance(key, tuple):  # index.quote(debate id, quote id)
        return ((("debates", key[0]), value.id),)
    items = value if isinstance(value, list | tuple) else [value]
    return tuple(_item(item) for item in items)


def _item(value: object) -> tuple:
    if isinstance(value, QuoteRef):
        return (("debates", value.debate.id), value.quote.id)
    if isinstance(value, PositionRef):
        return (("debates", value.debate.id), None)
    if isinstance(value, RelationRef):  # its ends as resolved: which ids are people may change
        ends = tuple((end.kind, end.id, end.label) for end in (value.source, value.target))
        return (("debates", value.debate.id), ends)
    if isinstance(value, Debate):
        return (("debates", value.id), None)
    if isinstance(value, Speaker):
        return (("speakers", value.id), None)
    if isinstance(value, str | int | float | type(None)):
        return (None, value)
    return (None, repr(value))  # not a record reference: compared whole


class TracingSiteLinks(SiteLinks):
    """The build's pages as link targets, each target a page links to recorded (``PAGES``): a
    link turns to a warning and text when its target goes, and back when it comes."""

    _tracer: Tracer

    def target_url(self, src_uri: str) -> str | None:
        self._tracer.record(PAGES, src_uri)
        return super().target_url(src_uri)


def instrument_links(site: SiteLinks, tracer: Tracer) -> None:
    """Make the build's :class:`SiteLinks` record every target (the same object, however it was
    made, so the renderer and every page's links keep using it)."""
    site.__class__ = TracingSiteLinks
    site._tracer = tracer  # type: ignore[attr-defined]
