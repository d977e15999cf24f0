"""What the extractor finds in one article: small records in document order.

The pipeline (:func:`digest.extract.pipeline.extract_article`) fills an :class:`Extraction`; the
command prints it as JSON (:meth:`Extraction.to_json`) or merges it into ``content/``
(:mod:`digest.extract.merge`). Offsets are into ``Article.text``, the whole file as read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass
class Article:
    id: str  # slug of the title, else of the file stem
    path: str  # the input file
    text: str  # the file's whole text (offsets refer to it)
    body_start: int = 0  # where the body starts (after a header or front matter)
    title: str | None = None
    date: str | None = None
    source: str | None = None  # publisher name, e.g. "Wikinews"
    url: str | None = None
    author: str | None = None
    license: str | None = None
    fmt: Literal["txt", "md", "html"] = "txt"
    file_text: str | None = None  # the file as is, while ``text`` has its CRs translated to LF

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass
class FoundOrganisation:
    id: str
    name: str
    kind: str = "other"  # one of digest.model.ORGANISATION_KINDS
    aliases: list[str] = field(default_factory=list)
    possibly_same_as: list[str] = field(default_factory=list)  # ids it may be (identity unsure)


@dataclass
class FoundSpeaker:
    id: str
    name: str
    role: str | None = None
    organisation: str | None = None  # organisation name as written
    organisation_id: str | None = None
    aliases: list[str] = field(default_factory=list)  # forms seen: "Khan", "Mr Khan"
    is_organisation: bool = False  # a body that speaks: "the newspaper wrote"
    possibly_same_as: list[str] = field(default_factory=list)  # ids it may be (identity unsure)


@dataclass
class FoundQuote:
    id: str
    speaker: str | None
    kind: Literal["direct", "indirect"]
    text: str
    start: int
    end: int
    cue: str | None = None
    candidates: list[str] = field(default_factory=list)
    confidence: float = 0.0
    status: Literal["draft", "needs-review"] = "draft"
    themes: list[str] = field(default_factory=list)
    policies: list[str] = field(default_factory=list)
    joint_with: list[str] = field(default_factory=list)  # co-speakers of a joint statement
    stance: Literal["supports", "opposes", "unclear"] = "unclear"  # what the quote shows
    # the stance rule families that set it ("verb.request", "self+call.reported"; empty when
    # unclear): for measuring each rule (benchmarks/theme_quality.py --by-rule), never written
    stance_rule: str = ""


@dataclass
class FoundRelation:
    type: Literal["echoes", "counters", "agrees-with", "responds-to"]
    source: str  # quote id
    to: str  # quote id or speaker id
    cue: str = ""


@dataclass
class FoundPosition:
    speaker: str
    theme: str
    stance: Literal["supports", "opposes", "mixed", "unclear"] = "unclear"
    evidence: list[str] = field(default_factory=list)  # quote ids
    policies: list[str] = field(default_factory=list)
    stance_evidence: str = ""  # the article's sentence that shows the stance


@dataclass
class FoundPolicy:
    """A candidate policy phrase not yet in content/policies (drafted as a new stub)."""

    id: str
    name: str
    themes: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    article: Article
    speakers: list[FoundSpeaker] = field(default_factory=list)
    organisations: list[FoundOrganisation] = field(default_factory=list)
    quotes: list[FoundQuote] = field(default_factory=list)
    relations: list[FoundRelation] = field(default_factory=list)
    positions: list[FoundPosition] = field(default_factory=list)
    new_policies: list[FoundPolicy] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The ``digest extract --json`` shape (issue 3), exactly these keys."""
        a = self.article
        return {
            "article": {"id": a.id, "title": a.title, "date": a.date, "source": a.source},
            "speakers": [
                {"id": s.id, "name": s.name, "role": s.role, "organisation": s.organisation}
                for s in self.speakers
            ],
            "quotes": [
                {
                    "id": q.id,
                    "speaker": q.speaker,
                    "candidates": list(q.candidates),
                    "kind": q.kind,
                    "text": q.text,
                    "start": q.start,
                    "end": q.end,
                    "cue": q.cue,
                    "confidence": round(q.confidence, 3),
                    "status": q.status,
                }
                for q in self.quotes
            ],
        }


@dataclass
class KnownEntry:
    """A record already in content/ that the extractor can recognise by name or keywords."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)  # themes and policies
    themes: list[str] = field(default_factory=list)  # policies: their themes
    kind: str | None = None  # organisations: party, think-tank...
    status: str | None = None  # the record's status: a rejected theme is never assigned
    roles: list[str] = field(default_factory=list)  # speakers: their role titles
    merged_from: list[str] = field(default_factory=list)  # ids `digest merge` folded into it


@dataclass
class Lexicon:
    """What content/ already knows: the pipeline reuses these ids rather than minting new ones."""

    speakers: list[KnownEntry] = field(default_factory=list)
    organisations: list[KnownEntry] = field(default_factory=list)
    themes: list[KnownEntry] = field(default_factory=list)
    policies: list[KnownEntry] = field(default_factory=list)
