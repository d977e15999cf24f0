"""The cross-reference index, on a small in-memory digest (no files, no MkDocs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.index import build_index, roles_at
from digest.model import (
    Debate,
    Digest,
    Organisation,
    Policy,
    Position,
    Quote,
    Relation,
    Role,
    Source,
    Speaker,
    Theme,
)


def _debate(debate_id: str, date: str | None, quotes: list[Quote], **more) -> Debate:
    return Debate(
        id=debate_id,
        title=debate_id.title(),
        date=date,
        source=Source(article=f"articles/{debate_id}.txt", publisher="paper"),
        quotes=quotes,
        **more,
    )


@pytest.fixture
def digest() -> Digest:
    old = _debate(
        "old",
        "2009",
        [Quote("q-1", "ann", "direct", "a", themes=["housing"], policies=["caps"], start=5)],
        participants=["ann", "bob"],
    )
    new = _debate(
        "new",
        "2010-05",
        [
            Quote("q-2", "bob", "indirect", "b", themes=["housing", "tax"], start=10),
            Quote("q-1", "ann", "direct", "c", joint_with=["bob"], themes=["tax"], start=2),
            Quote("q-3", "bob", "direct", "d", status="rejected", themes=["housing"]),
            Quote("q-4", "paper", "indirect", "e", themes=["housing"]),
            Quote("q-5", None, "indirect", "f", candidates=["ann"]),
        ],
        organiser="club",
        positions=[
            Position("ann", "housing", "supports", evidence=["q-1"], policies=["caps"]),
            Position("bob", "housing", "opposes", status="rejected"),
        ],
        relations=[
            Relation("counters", to="q-1", source="q-2"),
            Relation("echoes", to="q-1", source="q-3"),  # from a rejected quote: dropped
            Relation("agrees-with", to="bob", source_label="the crowd"),
        ],
    )
    return Digest(
        root=Path("content"),
        speakers={
            "ann": Speaker("ann", "Ann Zed", party="greens", roles=[Role("Mayor", "council")]),
            "bob": Speaker("bob", "Bob Able"),
        },
        organisations={
            "greens": Organisation("greens", "Greens", kind="party"),
            "council": Organisation("council", "Council"),
            "paper": Organisation("paper", "The Paper", kind="publisher"),
            "club": Organisation("club", "Club"),
        },
        themes={"housing": Theme("housing", "Housing"), "tax": Theme("tax", "Tax")},
        policies={"caps": Policy("caps", "Rent caps", themes=["housing"])},
        debates={"old": old, "new": new},
    )


def _quote_ids(refs) -> list[tuple[str, str]]:
    return [(ref.debate.id, ref.quote.id) for ref in refs]


def test_debates_newest_first(digest: Digest) -> None:
    assert [d.id for d in build_index(digest).debates_newest_first] == ["new", "old"]


def test_undated_debates_come_last(digest: Digest) -> None:
    digest.debates["undated"] = _debate("undated", None, [])
    assert [d.id for d in build_index(digest).debates_newest_first] == ["new", "old", "undated"]


def test_quotes_by_speaker_include_joint_statements_in_document_order(digest: Digest) -> None:
    index = build_index(digest)
    assert _quote_ids(index.quotes_by_speaker["ann"]) == [("new", "q-1"), ("old", "q-1")]
    assert _quote_ids(index.quotes_by_speaker["bob"]) == [("new", "q-1"), ("new", "q-2")]


def test_rejected_quotes_are_not_indexed(digest: Digest) -> None:
    index = build_index(digest)
    assert ("new", "q-3") not in _quote_ids(index.quotes_by_theme["housing"])
    assert index.quote("new", "q-3") is None


def test_quotes_by_theme_policy_and_organisation(digest: Digest) -> None:
    index = build_index(digest)
    assert _quote_ids(index.quotes_by_theme["tax"]) == [("new", "q-1"), ("new", "q-2")]
    assert _quote_ids(index.quotes_by_policy["caps"]) == [("old", "q-1")]
    assert _quote_ids(index.quotes_by_organisation["paper"]) == [("new", "q-4")]
    assert "paper" not in index.quotes_by_speaker


def test_positions_skip_rejected(digest: Digest) -> None:
    index = build_index(digest)
    assert [ref.position.speaker for ref in index.positions_by_theme["housing"]] == ["ann"]
    assert len(index.positions_by_policy["caps"]) == 1
    assert "bob" not in index.positions_by_speaker


def test_relations_resolve_quotes_to_their_speakers(digest: Digest) -> None:
    index = build_index(digest)
    (counter,) = index.relations_out["bob"]
    assert counter.relation.type == "counters"
    assert counter.source.kind == "quote" and counter.target.who == ["ann", "bob"]
    assert [r.relation.type for r in index.relations_in["ann"]] == ["counters"]
    assert [r.relation.type for r in index.relations_in["bob"]] == ["counters", "agrees-with"]
    assert len(index.relations_by_debate["new"]) == 2  # the one from a rejected quote is gone


def test_debates_by_record(digest: Digest) -> None:
    index = build_index(digest)
    ids = lambda debates: [d.id for d in debates]  # noqa: E731
    assert ids(index.debates_by_speaker["bob"]) == ["new", "old"]  # quoted, then participant
    assert ids(index.debates_by_organisation["paper"]) == ["new", "old"]  # publisher
    assert ids(index.debates_by_organisation["club"]) == ["new"]  # organiser
    assert ids(index.debates_by_theme["tax"]) == ["new"]
    assert ids(index.debates_by_policy["caps"]) == ["new", "old"]  # position, then quote


def test_members_via_party_and_roles(digest: Digest) -> None:
    index = build_index(digest)
    assert [s.id for s in index.members_by_organisation["greens"]] == ["ann"]
    assert [s.id for s in index.members_by_organisation["council"]] == ["ann"]
    assert index.policies_by_theme["housing"] == ["caps"]


def test_counts(digest: Digest) -> None:
    counts = build_index(digest).counts("themes", "housing")
    assert (counts.quotes, counts.positions, counts.debates, counts.speakers) == (3, 1, 2, 3)


@pytest.mark.parametrize(
    ("start", "end", "date", "held"),
    [
        (None, None, "2010-05", True),
        ("2010", None, "2010-05", True),  # partial dates compare on their common prefix
        ("2010-06", None, "2010-05", False),
        (None, "2010-04-30", "2010-05", False),
        ("2005-05-05", "2010-05-06", "2010-05", True),
        ("2011", None, None, True),  # no date: every role counts
    ],
)
def test_roles_at(start: str | None, end: str | None, date: str | None, held: bool) -> None:
    speaker = Speaker("x", "X", roles=[Role("MP", start=start, end=end)])
    assert bool(roles_at(speaker, date)) is held
