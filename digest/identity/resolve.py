"""Bind one article's drafted people and organisations to the digest's records.

:func:`identify` runs when a drafted article is merged into ``content/`` (and for ``--json``):
junk names are dropped (their quotes go to review without a speaker), names and roles cleaned,
then every person and organisation is matched against the :class:`Registry` — the records in
``content/`` plus those drafted earlier in the same run — and its id rewritten everywhere in the
extraction. A likely-but-unsure match keeps its own id and gets ``possibly_same_as``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from digest.extract.positions import without_outlets
from digest.extract.result import Extraction, FoundOrganisation, FoundSpeaker, Lexicon
from digest.identity.junk import (
    clean_person_name,
    clean_role,
    publication_like,
    seat_of_power,
)
from digest.identity.names import clean_org_name, fold, parse_person
from digest.identity.registry import Known, Match, Registry
from digest.slug import slugify, unique_slug


def registry_from_lexicon(lexicon: Lexicon) -> Registry:
    """The records ``content/`` holds, as the extractor's lexicon read them."""
    people = [
        Known(e.id, "person", [e.name, *e.aliases], list(e.roles), list(e.merged_from))
        for e in lexicon.speakers
    ]
    orgs = [
        Known(e.id, "org", [e.name, *e.aliases], [], list(e.merged_from))
        for e in lexicon.organisations
    ]
    return Registry([*people, *orgs])


@dataclass
class _Renames:
    ids: dict[str, str] = field(default_factory=dict)  # drafted id -> record id
    junk: set[str] = field(default_factory=set)  # drafted ids that are no person at all

    def __call__(self, record_id: str) -> str:
        return self.ids.get(record_id, record_id)

    def move(self, old: str, new: str) -> None:
        """``old`` is now ``new``, and so is every drafted id that had become ``old``."""
        for drafted, record_id in list(self.ids.items()):
            if record_id == old:
                self.ids[drafted] = new
        self.ids[old] = new


def identify(extraction: Extraction, registry: Registry) -> None:
    """Clean, match and re-id the extraction's people and organisations, in place."""
    renames = _Renames()
    _clean_people(extraction, renames)
    for org in extraction.organisations:
        _clean_org(org, renames)
        _bind_org(org, registry, renames)
    for speaker in extraction.speakers:
        if speaker.is_organisation:
            _bind_org_speaker(speaker, extraction, registry, renames)
    for speaker in sorted(_people(extraction), key=lambda s: -len(parse_person(s.name).given)):
        _bind_person(speaker, registry, renames)
    _rewrite(extraction, renames)
    without_outlets(extraction)  # the names found to be publications hold no position


def _people(extraction: Extraction) -> list[FoundSpeaker]:
    return [s for s in extraction.speakers if not s.is_organisation]


def _clean_people(extraction: Extraction, renames: _Renames) -> None:
    cues_of: dict[str, list[str]] = {}
    for quote in extraction.quotes:
        if quote.speaker:
            cues_of.setdefault(quote.speaker, []).append(quote.cue or "")
    for speaker in _people(extraction):
        cleaned = clean_person_name(speaker.name)
        if cleaned.name is None and seat_of_power(speaker.name):
            _as_organisation(speaker, extraction, "government")
            continue
        if cleaned.name is None:
            renames.junk.add(speaker.id)
            continue
        role = clean_role(speaker.role or cleaned.title or None)
        said = cues_of.get(speaker.id, [])
        if publication_like(cleaned.name, role or cleaned.title, said, speaker.aliases):
            _as_organisation(speaker, extraction, "publisher")
            continue
        if cleaned.name != speaker.name:
            if speaker.id == slugify(speaker.name):  # the id follows the cleaned name
                renames.move(speaker.id, slugify(cleaned.name))
                speaker.id = slugify(cleaned.name)
            speaker.aliases = [speaker.name, *speaker.aliases]
            speaker.name = cleaned.name
        speaker.role = role
        speaker.aliases = _clean_aliases(speaker.name, speaker.aliases)


def _clean_aliases(name: str, aliases: list[str]) -> list[str]:
    """Other spellings, without junk and without the name behind a title or a stray word
    ("Director Ane Alencar", "Scotland Nicola Sturgeon"): those are the name, not an alias."""
    kept = []
    for alias in aliases:
        cleaned = clean_person_name(alias).name
        if not cleaned or cleaned == name or (alias.endswith(" " + name)):
            continue
        kept.append(cleaned)
    return list(dict.fromkeys(kept))


def _as_organisation(speaker: FoundSpeaker, extraction: Extraction, kind: str) -> None:
    """A "person" that is a body: a publication that only ever reports, named by its longest
    form ("Business Insider" for "Insider"), or a seat of power ("Buckingham Palace")."""
    forms = [a for a in speaker.aliases if a.endswith(speaker.name)]
    speaker.name = max([speaker.name, *forms], key=len)
    speaker.is_organisation, speaker.role = True, None
    if speaker.id not in {o.id for o in extraction.organisations}:
        extraction.organisations.append(FoundOrganisation(speaker.id, speaker.name, kind))


def _clean_org(org: FoundOrganisation, renames: _Renames) -> None:
    """ "Puerto Rico Senate on Sunday" -> "Puerto Rico Senate", and its id with it."""
    cleaned = clean_org_name(org.name)
    if cleaned != org.name and org.id == slugify(org.name):
        renames.move(org.id, slugify(cleaned))
        org.id = slugify(cleaned)
    org.name = cleaned


def _bind_person(speaker: FoundSpeaker, registry: Registry, renames: _Renames) -> None:
    _bind(speaker, "person", [speaker.role] if speaker.role else [], registry, renames)


def _bind_org(org: FoundOrganisation, registry: Registry, renames: _Renames) -> None:
    _bind(org, "org", [], registry, renames)


def _bind(
    record: FoundSpeaker | FoundOrganisation,
    kind: str,
    roles: list[str],
    registry: Registry,
    renames: _Renames,
) -> None:
    """Give ``record`` the id of the known record it is (taking that record's display name), or
    keep its own with the ones it may be; then the registry knows it for what follows."""
    names = [record.name, *record.aliases]
    target = _known_as_is(record.id, kind, names, registry)
    match = Match(same=target) if target else registry.match(kind, names, roles)
    new_id = _decide_id(record.id, match, registry)
    if match.same:
        display = registry.records[match.same].names[0]
        if fold(display) != fold(record.name):
            record.aliases = [record.name, *record.aliases]
            record.name = display
    record.possibly_same_as = [] if match.same else list(match.possibly)
    renames.move(record.id, new_id)
    record.id = new_id
    registry.add(Known(new_id, kind, [record.name, *record.aliases], roles))


def _bind_org_speaker(
    speaker: FoundSpeaker, extraction: Extraction, registry: Registry, renames: _Renames
) -> None:
    """A body that speaks: the id its organisation record got, else matched like one."""
    if speaker.id in renames.ids:
        speaker.id = renames(speaker.id)
        return
    org = FoundOrganisation(speaker.id, clean_org_name(speaker.name))
    _bind_org(org, registry, renames)
    speaker.id, speaker.name = org.id, org.name


def _known_as_is(record_id: str, kind: str, names: list[str], registry: Registry) -> str | None:
    """The extractor already gave a known record's id by its exact name or alias: keep it (a
    merged-away id leads to the record it was merged into)."""
    record_id = registry.redirect(record_id)
    known = registry.records.get(record_id)
    if known is None or known.kind != kind:
        return None
    spellings = {fold(n) for n in known.names}
    return record_id if any(fold(n) in spellings for n in names) else None


def _decide_id(drafted: str, match: Match, registry: Registry) -> str:
    if match.same:
        return match.same
    drafted = registry.redirect(drafted)
    if drafted not in registry.records:
        return drafted
    return unique_slug(drafted, set(registry.records))  # another record's id: a new one


def _rewrite(extraction: Extraction, renames: _Renames) -> None:
    """Every id in the extraction renamed; junk speakers removed; records deduplicated."""
    junk = {renames(j) for j in renames.junk} | renames.junk
    for quote in extraction.quotes:
        if quote.speaker in junk:
            quote.speaker, quote.status, quote.confidence = None, "needs-review", 0.0
        quote.speaker = renames(quote.speaker) if quote.speaker else None
        quote.candidates = _ids(quote.candidates, renames, junk)
        quote.joint_with = [i for i in _ids(quote.joint_with, renames, junk) if i != quote.speaker]
        if not quote.speaker:
            quote.joint_with = []
    extraction.positions = [p for p in extraction.positions if p.speaker not in junk]
    for position in extraction.positions:
        position.speaker = renames(position.speaker)
    extraction.relations = [r for r in extraction.relations if r.to not in junk]
    for relation in extraction.relations:
        relation.to = renames(relation.to)
    speakers: dict[str, FoundSpeaker] = {}
    for speaker in extraction.speakers:
        if speaker.id in junk:
            continue
        if speaker.organisation_id:
            speaker.organisation_id = renames(speaker.organisation_id)
        _keep_one(speakers, speaker)
    extraction.speakers = list(speakers.values())
    orgs: dict[str, FoundOrganisation] = {}
    for org in extraction.organisations:
        _keep_one(orgs, org)
    extraction.organisations = list(orgs.values())


def _keep_one(seen: dict, record) -> None:
    """Two drafted records that turned out to be one: the first stays, with both's names."""
    first = seen.setdefault(record.id, record)
    if first is not record:
        names = [record.name, *record.aliases]
        first.aliases += [n for n in names if n != first.name and n not in first.aliases]
        if isinstance(first, FoundSpeaker) and not first.role:
            first.role = record.role


def _ids(values: Iterable[str], renames: _Renames, junk: set[str]) -> list[str]:
    return list(dict.fromkeys(renames(v) for v in values if v not in junk))
