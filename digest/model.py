"""The records of a digest: one dataclass per kind of YAML file under ``content/``.

These are plain data, built by :mod:`digest.load` after validation and read by the site layer and
the extractor. See ``docs/content-model.md`` for the YAML each one comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Status = Literal["draft", "needs-review", "reviewed", "rejected"]
QuoteKind = Literal["direct", "indirect"]
Stance = Literal["supports", "opposes", "mixed", "unclear"]
RelationType = Literal["echoes", "counters", "agrees-with", "responds-to"]

STATUSES: tuple[str, ...] = ("draft", "needs-review", "reviewed", "rejected")
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect")
STANCES: tuple[str, ...] = ("supports", "opposes", "mixed", "unclear")
RELATION_TYPES: tuple[str, ...] = ("echoes", "counters", "agrees-with", "responds-to")
ORGANISATION_KINDS: tuple[str, ...] = (
    "party",
    "think-tank",
    "publisher",
    "government",
    "parliament",
    "campaign",
    "union",
    "company",
    "ngo",
    "international",
    "other",
)


@dataclass(frozen=True)
class SourceRef:
    """Where a record came from: the YAML file and the line of the record (1-based)."""

    path: Path
    line: int = 1


@dataclass
class Role:
    title: str
    organisation: str | None = None
    start: str | None = None  # YAML key `from`
    end: str | None = None  # YAML key `to`


@dataclass
class Link:
    title: str
    url: str


@dataclass
class Speaker:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    possibly_same_as: list[str] = field(default_factory=list)  # ids an editor should compare
    merged_from: list[str] = field(default_factory=list)  # ids `digest merge` folded into this
    party: str | None = None
    constituency: str | None = None
    roles: list[Role] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    bio: str = ""
    commentary: str = ""
    status: Status = "reviewed"
    origin: SourceRef | None = None


@dataclass
class Organisation:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    possibly_same_as: list[str] = field(default_factory=list)
    merged_from: list[str] = field(default_factory=list)
    kind: str = "other"
    url: str | None = None
    description: str = ""
    commentary: str = ""
    status: Status = "reviewed"
    origin: SourceRef | None = None


@dataclass
class Theme:
    id: str
    name: str
    description: str = ""
    keywords: list[str] = field(default_factory=list)
    commentary: str = ""
    status: Status = "reviewed"
    origin: SourceRef | None = None


@dataclass
class Policy:
    id: str
    name: str
    description: str = ""
    themes: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    merged_from: list[str] = field(default_factory=list)
    commentary: str = ""
    status: Status = "reviewed"
    origin: SourceRef | None = None


@dataclass
class Source:
    article: str  # path relative to content/
    publisher: str | None = None  # organisation id
    author: str | None = None
    url: str | None = None
    date: str | None = None
    license: str | None = None
    title: str | None = None


@dataclass
class Quote:
    id: str
    speaker: str | None
    kind: QuoteKind
    text: str
    joint_with: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    start: int | None = None
    end: int | None = None
    cue: str | None = None
    themes: list[str] = field(default_factory=list)
    policies: list[str] = field(default_factory=list)
    confidence: float | None = None
    status: Status = "reviewed"
    commentary: str = ""

    @property
    def speakers(self) -> list[str]:
        """Everyone the statement belongs to: the speaker first, then joint speakers."""
        return ([self.speaker] if self.speaker else []) + list(self.joint_with)


@dataclass
class Position:
    speaker: str
    theme: str
    stance: Stance = "unclear"
    summary: str = ""
    stance_evidence: str = ""  # the article's sentence that shows the stance
    evidence: list[str] = field(default_factory=list)
    policies: list[str] = field(default_factory=list)
    status: Status = "reviewed"
    commentary: str = ""


@dataclass
class Relation:
    type: RelationType
    to: str
    source: str | None = None  # YAML key `from`
    source_label: str | None = None  # YAML key `from_label`
    note: str = ""
    commentary: str = ""
    status: Status = "reviewed"


@dataclass
class ExtractorMemory:
    version: str = ""
    proposed: list[str] = field(default_factory=list)


@dataclass
class Debate:
    id: str
    title: str
    source: Source
    date: str | None = None
    event: str | None = None
    organiser: str | None = None
    participants: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    summary: str = ""
    commentary: str = ""
    status: Status = "reviewed"
    quotes: list[Quote] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    extractor: ExtractorMemory | None = None
    article_text: str = ""  # the text of source.article, read by the loader
    origin: SourceRef | None = None

    @property
    def published_quotes(self) -> list[Quote]:
        return [q for q in self.quotes if q.status != "rejected"]


@dataclass
class Digest:
    """Every record of a content folder, keyed by id within each kind."""

    root: Path
    speakers: dict[str, Speaker] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    themes: dict[str, Theme] = field(default_factory=dict)
    policies: dict[str, Policy] = field(default_factory=dict)
    debates: dict[str, Debate] = field(default_factory=dict)


KINDS: dict[str, type] = {
    "speakers": Speaker,
    "organisations": Organisation,
    "themes": Theme,
    "policies": Policy,
    "debates": Debate,
}
"""Folder under content/ -> record type; the folder name is also the kind's folder on the site."""
