"""Checks across records: references, duplicates, quotes found in their article, data smells.

Runs on the plain data of every file (after, and whatever the result of, the schema check), so
one run reports every problem. Values of the wrong type are skipped here: the schema check has
already reported them. Findings carry field paths; :func:`digest.yamlio.locate` adds lines.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from digest.problems import Problem
from digest.textmatch import find_quote_span
from digest.wikilinks import DEBATE_ITEM_FIELDS, MARKDOWN_FIELDS, WikiLinkError, find_links, resolve
from digest.yamlio import Finding, Where

__all__ = [
    "CrossChecker",
    "FileFacts",
    "Ids",
    "file_facts",
    "find_quote_span",
    "is_review_note",
    "quote_ids_by_debate",
    "quote_spans",
]

SPEAKER, ORG, THEME, POLICY, QUOTE = "speakers", "organisations", "themes", "policies", "quotes"
_WHO = (SPEAKER, ORG)
_ANY = (QUOTE, SPEAKER, ORG)  # relation ends: a quote of the debate first, then a speaker/org

_REFERENCES: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {
    SPEAKER: [(("party",), (ORG,)), (("roles", "*", "organisation"), (ORG,))],
    ORG: [],
    THEME: [],
    POLICY: [(("themes", "*"), (THEME,))],
    "debates": [
        (("organiser",), (ORG,)),
        (("source", "publisher"), (ORG,)),
        (("participants", "*"), (SPEAKER,)),
        (("themes", "*"), (THEME,)),
        (("quotes", "*", "speaker"), _WHO),
        (("quotes", "*", "joint_with", "*"), (SPEAKER,)),
        (("quotes", "*", "candidates", "*"), _WHO),
        (("quotes", "*", "themes", "*"), (THEME,)),
        (("quotes", "*", "policies", "*"), (POLICY,)),
        (("positions", "*", "speaker"), _WHO),
        (("positions", "*", "theme"), (THEME,)),
        (("positions", "*", "evidence", "*"), (QUOTE,)),
        (("positions", "*", "policies", "*"), (POLICY,)),
        (("relations", "*", "from"), _ANY),
        (("relations", "*", "to"), _ANY),
    ],
}
"""Every reference field, by kind: field pattern (``*`` = each list item) -> kinds it may name."""

_SINGULAR = {
    SPEAKER: "speaker",
    ORG: "organisation",
    THEME: "theme",
    POLICY: "policy",
    QUOTE: "quote",
}
_REVIEW_HINT = "an editor must decide, then set status: reviewed"
NEEDS_REVIEW = "needs review"
"""The message of the warning for a ``status: needs-review`` record (see :func:`is_review_note`)."""
SAME_AS_DOUBT = "may be the same as"
"""How the warning for a ``possibly_same_as`` doubt begins (an editor's decision, like review)."""


@dataclass
class Ids:
    """The ids that exist, by kind (``quotes`` is filled per debate while checking it)."""

    by_kind: dict[str, set[str]]
    mentioned: set[str] = field(default_factory=set)  # speakers some debate refers to


def _walk(data: Any, pattern: tuple[str, ...], where: Where = ()) -> list[tuple[Where, Any]]:
    """(path, value) of every value at ``pattern``; parts of the wrong type are skipped.

    Level by level rather than recursive generators: this runs for every reference field.
    """
    level = [(where, data)]
    for step in pattern:
        found = []
        for path, value in level:
            if step == "*":
                if isinstance(value, list):
                    found += [((*path, index), item) for index, item in enumerate(value)]
            elif isinstance(value, dict) and value.get(step) is not None:
                found.append(((*path, step), value[step]))
        level = found
    return level


Reference = tuple[Where, str, tuple[str, ...]]
"""An id a file names: (where, the id, the kinds it may be, the first that has it wins). A plain
tuple: there is one for every id every file names, made on each fresh load."""


class LinkUse(NamedTuple):
    """A ``[[wiki link]]`` written in a Markdown field at ``where`` (the ``occurrence``-th time
    its ``source`` text appears in that field: where the finding points)."""

    where: Where
    target: str
    source: str
    occurrence: int


@dataclass(frozen=True)
class FileFacts:
    """What the checks across files need of one file, read from its data alone.

    Computing it walks the whole file; checking it against the ids of every kind
    (:meth:`CrossChecker.resolve`) is only set lookups. So ``mkdocs serve`` keeps each file's
    facts while the file is unchanged (``digest.load_cache``) and resolves them on each rebuild.
    """

    own: tuple[Finding, ...] = ()  # problems of this file alone: duplicates, statuses, evidence
    references: tuple[Reference, ...] = ()
    links: tuple[LinkUse, ...] = ()
    same_as: tuple[tuple[Where, str], ...] = ()  # possibly_same_as values
    quote_ids: frozenset[str] = frozenset()  # a debate's own quotes (relation ends may name them)


def file_facts(kind: str, data: Any) -> FileFacts:
    """The facts of one file of ``kind`` (a ``content/`` folder name) with plain data ``data``."""
    if not isinstance(data, dict):
        return FileFacts()
    own = _status_warnings(data, ())
    links = tuple(_wiki_links(kind, data))
    references = tuple(
        [
            (where, value, kinds)
            for pattern, kinds in _REFERENCES[kind]
            for where, value in _walk(data, pattern)
            if isinstance(value, str)
        ]
    )
    if kind != "debates":
        same_as = tuple(
            (where, value)
            for where, value in _walk(data, ("possibly_same_as", "*"))
            if isinstance(value, str)
        )
        return FileFacts(tuple(own), references, links, same_as)
    quotes = [q if isinstance(q, dict) else {} for q in _list(data, "quotes")]
    own += _duplicate_quote_ids(quotes)
    own += _duplicate_positions(data)
    own += _relations_without_source(data)
    own += _evidence_of_others(data, quotes)
    for name in ("quotes", "positions", "relations"):
        for index, item in enumerate(_list(data, name)):
            own += _status_warnings(item, (name, index))
    quote_ids = frozenset(q["id"] for q in quotes if isinstance(q.get("id"), str))
    return FileFacts(tuple(own), references, links, quote_ids=quote_ids)


def _wiki_links(kind: str, data: dict[str, Any]) -> list[LinkUse]:
    """Every ``[[wiki link]]`` in the record's Markdown fields."""
    fields: list[tuple[Where, Any]] = [((n,), data.get(n)) for n in MARKDOWN_FIELDS[kind]]
    if kind == "debates":
        for items, names in DEBATE_ITEM_FIELDS.items():
            for index, item in enumerate(_list(data, items)):
                if isinstance(item, dict):
                    fields += [((items, index, name), item.get(name)) for name in names]
    uses = []
    for where, text in fields:
        if isinstance(text, str) and "[[" in text:
            uses += [
                LinkUse(where, link.target, link.source, text.count(link.source, 0, link.start))
                for link in find_links(text)
            ]
    return uses


class CrossChecker:
    """Checks each file against the ids of every kind; remembers which speakers debates mention."""

    def __init__(
        self, ids: dict[str, set[str]], quote_ids: dict[str, set[str]] | None = None
    ) -> None:
        self.ids = Ids(ids)
        # Each debate's quote ids, for [[debate#quote]] wiki links (digest.wikilinks). Given by the
        # loader before any file is checked, since a debate's commentary may cite another debate.
        self.quote_ids = quote_ids if quote_ids is not None else {}

    def check(self, kind: str, data: Any) -> list[Finding]:
        return self.resolve(kind, file_facts(kind, data))

    def resolve(self, kind: str, facts: FileFacts) -> list[Finding]:
        """Every problem of a file whose facts are ``facts``: its own, and its references to
        other files checked against the ids."""
        findings, mentioned = self.resolve_file(kind, facts)
        self.mention(mentioned)
        return findings

    def resolve_file(self, kind: str, facts: FileFacts) -> tuple[list[Finding], frozenset[str]]:
        """:meth:`resolve`, and the speakers the file mentions, not yet remembered (a caller that
        keeps both while the ids stay the same gives them to :meth:`mention` instead)."""
        references, mentioned = self._check_references(kind, facts)
        findings = list(facts.own) + self._wiki_findings(facts.links) + references
        return findings + self._possible_doubles(kind, facts), mentioned

    def mention(self, speakers: frozenset[str]) -> None:
        self.ids.mentioned.update(speakers)

    def _possible_doubles(self, kind: str, facts: FileFacts) -> list[Finding]:
        """``possibly_same_as``: the extractor's doubt, for the editor to settle (a warning)."""
        findings = []
        for where, value in facts.same_as:
            if value in self.ids.by_kind.get(kind, set()):
                message = f"{SAME_AS_DOUBT} '{value}'"
                hint = "compare them: `digest merge` joins two records; else delete this id"
            else:
                message = f"possibly_same_as names no {_SINGULAR.get(kind, kind)} '{value}'"
                hint = "delete it (the record may have been merged or renamed)"
            findings.append(Finding(where, message, hint, "warning"))
        return findings

    def _wiki_findings(self, links: tuple[LinkUse, ...]) -> list[Finding]:
        """Every ``[[wiki link]]`` must name a record (and a quote of that debate after ``#``);
        the finding points at the link itself."""
        findings = []
        for link in links:
            try:
                resolve(link.target, self.ids.by_kind, self.quote_ids)
            except WikiLinkError as error:
                findings.append(
                    Finding(
                        link.where,
                        error.message,
                        error.hint,
                        needle=link.source,
                        occurrence=link.occurrence,
                    )
                )
        return findings

    def unmentioned_speakers(self) -> set[str]:
        return self.ids.by_kind[SPEAKER] - self.ids.mentioned

    def _check_references(
        self, kind: str, facts: FileFacts
    ) -> tuple[list[Finding], frozenset[str]]:
        by_kind = self.ids.by_kind
        if kind == "debates":  # a relation's end may be a quote of this debate
            by_kind = {**by_kind, QUOTE: facts.quote_ids}
        findings, mentioned = [], set()
        for where, value, kinds in facts.references:
            for found in kinds:  # the first kind that has the id
                if value in by_kind[found]:
                    if found == SPEAKER:
                        mentioned.add(value)
                    break
            else:
                findings.append(_unknown(where, value, kinds, by_kind))
        return findings, frozenset(mentioned)


def _unknown(
    where: Where, value: str, kinds: tuple[str, ...], by_kind: dict[str, Any]
) -> Finding:
    label = " or ".join(_SINGULAR[k] for k in kinds).replace(" or ", ", ", len(kinds) - 2)
    names = sorted(set().union(*(by_kind[k] for k in kinds)))
    close = difflib.get_close_matches(value, names, n=1)
    if close:
        hint = f"did you mean '{close[0]}'?"
    else:
        files = [f"{k}/{value}.yaml" for k in kinds if k != QUOTE]
        hint = f"no {' or '.join(files)}" if files else "no quote of this debate has that id"
    return Finding(where, f"unknown {label} '{value}'", hint)


def _list(data: dict[str, Any], name: str) -> list[Any]:
    value = data.get(name)
    return value if isinstance(value, list) else []


def _status_warnings(item: Any, where: Where) -> list[Finding]:
    if isinstance(item, dict) and item.get("status") == "needs-review":
        return [Finding((*where, "status"), NEEDS_REVIEW, _REVIEW_HINT, "warning")]
    return []


def is_review_note(problem: Problem) -> bool:
    """A decision waiting for an editor — a ``needs-review`` record, or a ``possibly_same_as``
    doubt the extractor raised — a to-do for ``digest check``, not a smell for the site build.

    The site never publishes a needs-review record (``digest.publish``; the extractor flags every
    doubted record needs-review), so the build reports them as a count at info level and
    ``--strict`` does not fail on them. A ``possibly_same_as`` naming no record stays a warning.
    """
    return problem.severity == "warning" and (
        problem.message == NEEDS_REVIEW or problem.message.startswith(SAME_AS_DOUBT)
    )


def _duplicate_quote_ids(quotes: list[dict[str, Any]]) -> list[Finding]:
    first: dict[str, int] = {}
    findings = []
    for index, quote in enumerate(quotes):
        quote_id = quote.get("id")
        if not isinstance(quote_id, str):
            continue
        if quote_id in first:
            hint = f"quotes[{first[quote_id]}] has the same id; give each quote its own"
            findings.append(
                Finding(("quotes", index, "id"), f"duplicate quote id '{quote_id}'", hint)
            )
        else:
            first[quote_id] = index
    return findings


def _duplicate_positions(data: dict[str, Any]) -> list[Finding]:
    first: dict[tuple[Any, Any], int] = {}
    findings = []
    for index, position in enumerate(_list(data, "positions")):
        if not isinstance(position, dict):
            continue
        key = (position.get("speaker"), position.get("theme"))
        if not all(isinstance(part, str) for part in key):
            continue
        if key in first:
            hint = f"positions[{first[key]}] is for the same speaker and theme; merge them"
            message = f"duplicate position of '{key[0]}' on '{key[1]}'"
            findings.append(Finding(("positions", index), message, hint))
        else:
            first[key] = index
    return findings


def _relations_without_source(data: dict[str, Any]) -> list[Finding]:
    return [
        Finding(
            ("relations", index, "from"),
            "missing: a relation needs 'from' or 'from_label'",
            "from: a quote, speaker or organisation id; from_label: e.g. 'the audience'",
        )
        for index, relation in enumerate(_list(data, "relations"))
        if isinstance(relation, dict)
        and not relation.get("from")
        and not relation.get("from_label")
    ]


def _evidence_of_others(data: dict[str, Any], quotes: list[dict[str, Any]]) -> list[Finding]:
    """Warn when a position cites a quote its speaker did not make (alone or jointly)."""
    speakers_of = {}
    for quote in quotes:
        joint = quote.get("joint_with") if isinstance(quote.get("joint_with"), list) else []
        who = {name for name in (quote.get("speaker"), *joint) if isinstance(name, str)}
        if isinstance(quote.get("id"), str):
            speakers_of[quote["id"]] = who
    findings = []
    for index, position in enumerate(_list(data, "positions")):
        speaker = position.get("speaker") if isinstance(position, dict) else None
        if not isinstance(speaker, str):
            continue
        for where, quote_id in _walk(position, ("evidence", "*"), ("positions", index)):
            who = speakers_of.get(quote_id) if isinstance(quote_id, str) else None
            if who is not None and speaker not in who:
                message = f"quote '{quote_id}' is not by '{speaker}'"
                hint = "cite a quote of this speaker, or correct the quote's speaker"
                findings.append(Finding(where, message, hint, "warning"))
    return findings


def quote_spans(data: Any, article_text: str) -> tuple[list[tuple[int, int] | None], list[Finding]]:
    """(start, end) of each quote of a debate in its article, and a finding for each one missing.

    A missing quote is an error, except for a rejected quote: it is never published.
    """
    quotes = data.get("quotes") if isinstance(data, dict) else None
    spans: list[tuple[int, int] | None] = []
    findings = []
    for index, quote in enumerate(quotes if isinstance(quotes, list) else []):
        text = quote.get("text") if isinstance(quote, dict) else None
        if not isinstance(text, str) or not text.strip():
            spans.append(None)
            continue
        hint = quote.get("start") if isinstance(quote.get("start"), int) else None
        span = find_quote_span(article_text, text, hint)
        spans.append(span)
        if span is None:
            severity = "warning" if quote.get("status") == "rejected" else "error"
            findings.append(
                Finding(
                    ("quotes", index, "text"),
                    "not found verbatim in the article",
                    "copy the exact words from the article",
                    severity,
                )
            )
    return spans, findings


def quote_ids_by_debate(debates: dict[str, Any]) -> dict[str, set[str]]:
    """Debate id -> the ids of its quotes, from each debate file's plain data (for wiki links)."""
    ids = {}
    for debate_id, data in debates.items():
        quotes = _list(data, "quotes") if isinstance(data, dict) else []
        ids[debate_id] = {
            q["id"] for q in quotes if isinstance(q, dict) and isinstance(q.get("id"), str)
        }
    return ids
