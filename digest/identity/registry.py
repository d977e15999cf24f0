"""The people and organisations a digest knows, and which of them a drafted name is.

A :class:`Registry` holds every record's names (name, aliases, ids merged into it) and roles.
:meth:`Registry.match` answers for one drafted name: the record it is (``same``), or the records
it may be (``possibly``, for an editor to decide), or nothing. Never merge on doubt: two records
that both fit make it ``possibly``; a surname alone is ``same`` only when exactly one person has
that surname and the mention's title agrees with that person's role ("Sen. Warren", a senator).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from digest.extract import cues
from digest.identity import data
from digest.identity.names import (
    Verdict,
    compare_orgs,
    compare_people,
    fold,
    parse_person,
    person_key,
)


@dataclass
class Known:
    id: str
    kind: str  # "person" | "org"
    names: list[str]  # the display name first, then aliases
    roles: list[str] = field(default_factory=list)
    merged_from: list[str] = field(default_factory=list)  # ids merged into this record


@dataclass(frozen=True)
class Match:
    same: str | None = None
    possibly: tuple[str, ...] = ()


class Registry:
    """Known records by kind; ``add`` as new records are drafted so one run matches itself."""

    def __init__(self, records: Iterable[Known] = ()) -> None:
        self.records: dict[str, Known] = {}
        self._redirect: dict[str, str] = {}
        self._by_surname: dict[str, set[str]] = {}  # person_key -> ids: only these can match
        self._by_first: dict[str, set[str]] = {}  # first word -> ids ("Xi" of "Xi Jinping")
        for record in records:
            self.add(record)

    def add(self, record: Known) -> None:
        old = self.records.get(record.id)
        if old is not None:  # a record drafted twice in a run: keep every name
            old.names += [n for n in record.names if n not in old.names]
            old.roles += [r for r in record.roles if r not in old.roles]
            self._index(old)
            return
        self.records[record.id] = record
        self._index(record)
        for source in record.merged_from:
            self._redirect.setdefault(source, record.id)

    def _index(self, record: Known) -> None:
        if record.kind == "person":
            for name in record.names:
                self._by_surname.setdefault(person_key(name), set()).add(record.id)
                parsed = parse_person(name)
                if parsed.given:
                    self._by_first.setdefault(parsed.first, set()).add(record.id)

    def redirect(self, record_id: str) -> str:
        """The id a merged-away record lives on as (``merged_from``), else the id itself."""
        seen = {record_id}
        while record_id in self._redirect and self._redirect[record_id] not in seen:
            record_id = self._redirect[record_id]
            seen.add(record_id)
        return record_id

    def match(self, kind: str, names: list[str], roles: Iterable[str] = ()) -> Match:
        """Which known record of ``kind`` the drafted ``names`` (display name first) are."""
        if kind == "org":
            return self._match_org(names)
        return self._match_person(names, list(roles))

    def _of(self, kind: str) -> list[Known]:
        return [r for r in self.records.values() if r.kind == kind]

    def _match_org(self, names: list[str]) -> Match:
        same: list[str] = []
        maybe: list[str] = []
        for record in self._of("org"):
            verdicts = {compare_orgs(a, b) for a in names for b in record.names}
            if Verdict.SAME in verdicts:
                same.append(record.id)
            elif Verdict.POSSIBLY in verdicts:
                maybe.append(record.id)
        return _decide(same, maybe)

    def _match_person(self, names: list[str], roles: list[str]) -> Match:
        ids = set().union(*(self._by_surname.get(person_key(n), set()) for n in names))
        same: list[str] = []
        maybe: list[str] = []
        for record in (self.records[i] for i in self.records if i in ids):
            if _full_names_differ(names, record.names):
                continue  # Kevin and Kerry McCarthy: a shared surname alias proves nothing
            verdicts = {compare_people(a, b) for a in names for b in record.names}
            if Verdict.SAME in verdicts:
                same.append(record.id)
            elif Verdict.POSSIBLY in verdicts:
                maybe.append(record.id)
        only = maybe[0] if not same and len(maybe) == 1 else None
        if only and _surname_only(names) and self._surname_binds(names, roles, only):
            return Match(same=only)
        if not same and not maybe and _surname_only(names):
            maybe = self._family_name_first(names)
        return _decide(same, maybe)

    def _family_name_first(self, names: list[str]) -> list[str]:
        """ "Xi" for Xi Jinping: a one-word name that is one other person's first word may be
        their family name — possibly, never the same (and nothing when several people share
        that first word: "John" is no one in particular)."""
        words = {parse_person(n).surname for n in names}
        ids = set().union(*(self._by_first.get(w, set()) for w in words))
        return list(ids) if len(ids) == 1 else []

    def _surname_binds(self, names: list[str], roles: list[str], record_id: str) -> bool:
        """A surname alone is the one person of the digest with that surname when the mention's
        title agrees with their role ("Sen. Warren", a senator), or — for a surname that is not
        among the most common ones — when nothing in the mention contradicts them ("Mr Sunak")."""
        record = self.records[record_id]
        if _titles_agree(names, roles, record.roles):
            return True
        if any(person_key(n) in data.COMMON_SURNAMES for n in names):
            return False
        return not _gender_conflict(names, record.names) and not _titles_conflict(names, roles)


def _decide(same: list[str], maybe: list[str]) -> Match:
    if len(same) == 1:
        return Match(same=same[0])
    return Match(possibly=tuple(dict.fromkeys([*same, *maybe])))


def _full_names(names: list[str]) -> list[str]:
    return [n for n in names if parse_person(n).given]


def _full_names_differ(a: list[str], b: list[str]) -> bool:
    """A surname alias ("Miliband") matched, but the full names are two people."""
    full_a, full_b = _full_names(a), _full_names(b)
    if not full_a or not full_b:
        return False
    return all(compare_people(x, y) == Verdict.DIFFERENT for x in full_a for y in full_b)


def _surname_only(names: list[str]) -> bool:
    return not _full_names(names)


_ROLE_STEMS = {
    "sen": "senat",
    "senator": "senat",
    "rep": "represent",
    "representative": "represent",
    "congressman": "represent",
    "congresswoman": "represent",
    "gov": "govern",
    "governor": "govern",
    "pres": "presiden",
    "president": "presiden",
    "pm": "prime",
    "prime": "prime",
    "chancellor": "chancellor",
    "mayor": "mayor",
    "king": "king",
    "queen": "queen",
    "pope": "pope",
    "speaker": "speaker",
    "secretary": "secretar",
    "minister": "minister",
}


_COURTESY = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m"}


def _gender_conflict(names: list[str], known: list[str]) -> bool:
    """ "Mrs Smith" is not John Smith (by the given-name lists)."""
    said = {_COURTESY[t] for n in names for t in parse_person(n).titles if t in _COURTESY}
    firsts = {parse_person(n).first for n in known if parse_person(n).given}
    genders = {"m" for f in firsts if f in cues.MALE_NAMES} | {
        "f" for f in firsts if f in cues.FEMALE_NAMES
    }
    return bool(said and genders and not said & genders)


def _titles_conflict(names: list[str], roles: list[str]) -> bool:
    """The mention carries an office title of its own: then it must agree (see _titles_agree)."""
    words = {w for n in names for w in parse_person(n).titles} | {
        w for r in roles for w in fold(r).split()
    }
    return any(w in _ROLE_STEMS for w in words)


def _titles_agree(names: list[str], roles: list[str], known_roles: list[str]) -> bool:
    """The surname-only mention's own title or role shares a head with the person's roles."""
    words = {w for n in names for w in parse_person(n).titles} | {
        w for r in roles for w in fold(r).split()
    }
    stems = {_ROLE_STEMS[w] for w in words if w in _ROLE_STEMS}
    known = " ".join(fold(r) for r in known_roles)
    return any(stem in known for stem in stems)
