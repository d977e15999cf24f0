"""Merging an extraction into content/ never loses an editor's work (hand-built extractions)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from digest.extract.lexicon import build_lexicon
from digest.extract.merge import SourceInfo, merge_debate
from digest.extract.result import (
    Article,
    Extraction,
    FoundPosition,
    FoundQuote,
    FoundRelation,
    FoundSpeaker,
    Lexicon,
)
from digest.extract.store import ContentStore, StoreError
from digest.extract.writer import dump_record, write_atomic
from digest.load import check_content

TEXT = (
    "title: Housing row\nsource: Daily Bugle\ndate: 2024-03-01\n\n"
    'Jane Roe said "We will build more homes." Critics disagreed.\n\n'
    'John Doe replied "Housing is a mess." Later Roe added "Rents must fall."\n'
)
DEBATE = Path("debates/housing-row.yaml")


def quote(qid: str, words: str, speaker: str | None = "jane-roe", **kw: Any) -> FoundQuote:
    start = TEXT.index(words)
    kw.setdefault("status", "draft" if speaker else "needs-review")
    kw.setdefault("themes", ["housing"])
    return FoundQuote(qid, speaker, "direct", words, start, start + len(words), "said", **kw)


Q1 = quote("q-0000000001", '"We will build more homes."', confidence=0.9)
Q2 = quote("q-0000000002", '"Housing is a mess."', "john-doe", confidence=0.8)
Q3 = quote("q-0000000003", '"Rents must fall."', None, candidates=["jane-roe"], confidence=0.4)
SPEAKERS = [
    FoundSpeaker("jane-roe", "Jane Roe", role="Housing minister", aliases=["Roe"]),
    FoundSpeaker("john-doe", "John Doe"),
]


def extraction(*quotes: FoundQuote, positions=(), relations=()) -> Extraction:
    article = Article(
        id="housing-row",
        path="in/housing-row.txt",
        text=TEXT,
        body_start=TEXT.index("Jane"),
        title="Housing row",
        date="2024-03-01",
        source="Daily Bugle",
    )
    return Extraction(
        article, list(SPEAKERS), [], list(quotes), list(relations), list(positions), []
    )


FULL = extraction(
    Q1,
    Q2,
    Q3,
    positions=[FoundPosition("jane-roe", "housing", "supports", [Q1.id])],
    relations=[FoundRelation("counters", Q2.id, Q1.id, "replied")],
)


def run(root: Path, found: Extraction = FULL, version: str = "test-1") -> ContentStore:
    lexicon, _ = build_lexicon(root)
    store = ContentStore(root, lexicon, version)
    store.apply(found)
    return store


def load(root: Path, name: Path = DEBATE) -> dict[str, Any]:
    return yaml.safe_load((root / name).read_text(encoding="utf-8"))


def save(root: Path, data: dict[str, Any], name: Path = DEBATE) -> None:
    write_atomic(root / name, dump_record("debate", data))


def quotes_by_id(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {q["id"]: q for q in data["quotes"]}


def assert_valid(root: Path) -> None:
    _, problems = check_content(root)
    errors = [str(p) for p in problems if p.severity == "error"]
    assert errors == []


@pytest.fixture
def root(tmp_path: Path) -> Path:
    run(tmp_path)
    return tmp_path


def test_first_run_drafts_a_valid_debate(root: Path) -> None:
    data = load(root)
    assert [q["id"] for q in data["quotes"]] == [Q1.id, Q2.id, Q3.id]
    assert [q["status"] for q in data["quotes"]] == ["draft", "draft", "needs-review"]
    assert data["quotes"][2]["speaker"] is None
    assert data["quotes"][2]["candidates"] == ["jane-roe"]
    assert data["participants"] == ["jane-roe", "john-doe"]
    assert data["source"] == {
        "publisher": "daily-bugle",
        "date": datetime.date(2024, 3, 1),  # written unquoted, as editors write dates
        "article": "articles/housing-row.txt",
        "title": "Housing row",
    }
    assert data["extractor"] == {"version": "test-1", "proposed": [Q1.id, Q2.id, Q3.id]}
    assert data["status"] == "draft"
    assert (root / "articles/housing-row.txt").read_bytes() == TEXT.encode()
    speaker = yaml.safe_load((root / "speakers/jane-roe.yaml").read_text())
    assert speaker == {
        "name": "Jane Roe",
        "aliases": ["Roe"],
        "roles": [{"title": "Housing minister"}],
        "status": "draft",
    }
    assert yaml.safe_load((root / "organisations/daily-bugle.yaml").read_text())["kind"] == (
        "publisher"
    )
    assert_valid(root)


def test_files_start_with_the_modeline(root: Path) -> None:
    kinds = {"debates": "debate", "speakers": "speaker", "organisations": "organisation"}
    kinds |= {"themes": "theme", "policies": "policy"}
    for path in root.rglob("*.yaml"):
        kind = kinds[path.parent.name]
        first = path.read_text().splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../../digest/schemas/{kind}.schema.json"


def edit(root: Path, change) -> dict[str, Any]:
    """Apply an editor's ``change`` to the debate file, re-run the extractor, return the file."""
    data = load(root)
    change(data)
    save(root, data)
    run(root)
    return load(root)


def test_corrected_speaker_is_kept(root: Path) -> None:
    def change(data):
        quotes_by_id(data)[Q3.id].update(speaker="jane-roe", candidates=None)

    assert quotes_by_id(edit(root, change))[Q3.id]["speaker"] == "jane-roe"


def test_commentary_summary_and_status_are_kept(root: Path) -> None:
    def change(data):
        quotes_by_id(data)[Q1.id].update(commentary="A *pledge*.\n\nSee the manifesto.\n")
        quotes_by_id(data)[Q1.id]["status"] = "reviewed"
        data.update(
            summary="Roe and Doe clash.\n", commentary="Dated by the byline.", status="reviewed"
        )

    data = edit(root, change)
    assert quotes_by_id(data)[Q1.id]["commentary"] == "A *pledge*.\n\nSee the manifesto.\n"
    assert quotes_by_id(data)[Q1.id]["status"] == "reviewed"
    assert (data["summary"], data["commentary"], data["status"]) == (
        "Roe and Doe clash.\n",
        "Dated by the byline.",
        "reviewed",
    )
    assert "summary: |\n  Roe and Doe clash.\n" in (root / DEBATE).read_text()


def test_any_field_an_editor_set_is_kept(root: Path) -> None:
    def change(data):
        data["title"] = "The great housing row"
        quotes_by_id(data)[Q2.id].update(kind="indirect", cue="replied", themes=["rents"])
        quotes_by_id(data)[Q2.id]["confidence"] = 1.0

    data = edit(root, change)
    assert data["title"] == "The great housing row"
    q2 = quotes_by_id(data)[Q2.id]
    assert (q2["kind"], q2["cue"], q2["themes"], q2["confidence"]) == (
        "indirect",
        "replied",
        ["rents"],
        1.0,
    )


def test_deleted_quote_is_not_resurrected(root: Path) -> None:
    def change(data):
        data["quotes"] = [q for q in data["quotes"] if q["id"] != Q2.id]
        data["relations"] = []

    data = edit(root, change)
    assert Q2.id not in quotes_by_id(data)
    assert Q2.id in data["extractor"]["proposed"]
    assert data.get("relations", []) == []  # nor the relation that rested on it


def test_rejected_quote_stays_rejected_and_single(root: Path) -> None:
    def change(data):
        quotes_by_id(data)[Q3.id]["status"] = "rejected"

    data = edit(root, change)
    assert [q["id"] for q in data["quotes"]].count(Q3.id) == 1
    assert quotes_by_id(data)[Q3.id]["status"] == "rejected"


def test_hand_added_quote_is_kept_and_not_duplicated(root: Path) -> None:
    mine = {"id": "q-mine", "speaker": "jane-roe", "kind": "direct", "text": "Rents must fall."}

    def change(data):
        data["quotes"] = [q for q in data["quotes"] if q["id"] != Q3.id] + [mine]
        data["extractor"]["proposed"].remove(Q3.id)  # as if never proposed

    data = edit(root, change)
    assert quotes_by_id(data)["q-mine"] == mine
    # The extractor's Q3 covers the same words: the editor's version stands alone.
    assert Q3.id not in quotes_by_id(data)


def test_hand_added_position_and_relation_are_kept(root: Path) -> None:
    position = {
        "speaker": "john-doe",
        "theme": "housing",
        "stance": "opposes",
        "status": "reviewed",
    }
    relation = {"type": "agrees-with", "from_label": "The audience", "to": Q1.id}

    def change(data):
        data["positions"].append(position)
        data["relations"].append(relation)

    data = edit(root, change)
    assert position in data["positions"]
    assert relation in data["relations"]


def test_edited_position_wins_and_deleted_one_stays_deleted(root: Path) -> None:
    def change(data):
        data["positions"][0]["stance"] = "mixed"

    assert edit(root, change)["positions"][0]["stance"] == "mixed"

    def delete(data):
        del data["positions"]

    assert "positions" not in edit(root, delete)


def test_new_quote_is_added_in_document_order(tmp_path: Path) -> None:
    run(tmp_path, extraction(Q1, Q3))
    data = load(tmp_path)
    quotes_by_id(data)[Q1.id]["status"] = "reviewed"
    save(tmp_path, data)
    better = extraction(
        Q1, Q2, Q3, positions=[FoundPosition("john-doe", "housing", "opposes", [Q2.id])]
    )
    run(tmp_path, better, version="test-2")
    data = load(tmp_path)
    assert [q["id"] for q in data["quotes"]] == [Q1.id, Q2.id, Q3.id]
    assert quotes_by_id(data)[Q1.id]["status"] == "reviewed"
    assert data["positions"][-1]["speaker"] == "john-doe"
    assert data["participants"] == ["jane-roe", "john-doe"]
    assert data["extractor"] == {"version": "test-2", "proposed": [Q1.id, Q3.id, Q2.id]}
    assert_valid(tmp_path)


def test_running_twice_gives_byte_identical_files(root: Path) -> None:
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    run(root)
    after = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    assert after == before


def test_a_new_extractor_version_alone_does_not_rewrite(root: Path) -> None:
    text = (root / DEBATE).read_text() + "# an editor's note\n"
    (root / DEBATE).write_text(text)
    run(root, version="test-9")
    assert (root / DEBATE).read_text() == text


def test_edited_stub_speaker_is_not_overwritten(root: Path) -> None:
    path = root / "speakers/jane-roe.yaml"
    path.write_text("name: Dame Jane Roe\nbio: |\n  Minister since 2020.\nstatus: reviewed\n")
    before = path.read_bytes()
    run(root, extraction(Q1, Q2, Q3, quote("q-0000000004", "Critics disagreed.", "jane-roe")))
    assert path.read_bytes() == before


def test_broken_debate_yaml_is_left_alone(root: Path) -> None:
    path = root / DEBATE
    broken = path.read_text().replace("quotes:", "quotes: [", 1)
    path.write_text(broken)
    with pytest.raises(StoreError, match=r"housing-row\.yaml:\d+: YAML error.*fix it, then re-run"):
        run(root)
    assert path.read_text() == broken


def test_same_title_different_url_is_another_debate(tmp_path: Path) -> None:
    first = extraction(Q1)
    first.article.url = "https://example.org/a"
    second = extraction(Q2)
    second.article.url = "https://example.org/b"
    store = ContentStore(tmp_path, Lexicon(), "test-1")
    store.apply(first)
    ContentStore(tmp_path, Lexicon(), "test-1").apply(second)
    other = load(tmp_path, Path("debates/housing-row-2.yaml"))
    assert other["source"]["article"] == "articles/housing-row-2.txt"
    assert [q["id"] for q in load(tmp_path)["quotes"]] == [Q1.id]


def test_merge_is_pure_and_keeps_unknown_keys() -> None:
    existing = {
        "title": "T",
        "source": {"article": "articles/housing-row.txt"},
        "quotes": [{"id": Q1.id, "speaker": "x", "kind": "direct", "text": "t", "note": "mine"}],
        "extractor": {"version": "old", "proposed": [Q1.id]},
    }
    snapshot = repr(existing)
    merged = merge_debate(existing, FULL, SourceInfo("articles/housing-row.txt", None, "new"))
    assert repr(existing) == snapshot
    assert merged.data["quotes"][0]["note"] == "mine"
    assert merged.added == [Q2.id, Q3.id]


def test_heading_comments_survive_a_rewrite_and_others_are_warned_about(tmp_path: Path) -> None:
    run(tmp_path, extraction(Q1))
    path = tmp_path / DEBATE
    lines = path.read_text().splitlines(keepends=True)
    text = lines[0] + "# Checked against the print edition.\n" + "".join(lines[1:])
    path.write_text(text.replace("quotes:\n", "# TODO: Doe's reply\nquotes:\n"))
    store = ContentStore(tmp_path, Lexicon(), "test-1")
    outcome = store.apply(extraction(Q1, Q2))
    assert outcome.added == 1
    new = path.read_text()
    assert new.startswith(lines[0] + "# Checked against the print edition.\ntitle:")
    assert "TODO" not in new
    assert any("1 comment line(s)" in w for w in outcome.warnings)


def test_lexicon_skips_a_broken_file_with_a_warning(root: Path) -> None:
    (root / "speakers/broken.yaml").write_text("name: [Unclosed\n")
    lexicon, warnings = build_lexicon(root)
    assert {e.id for e in lexicon.speakers} == {"jane-roe", "john-doe"}
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{root / 'speakers/broken.yaml'}:2: YAML error")


def test_writes_are_atomic_and_leave_no_temporary_files(root: Path) -> None:
    path = root / DEBATE
    path.chmod(0o640)
    data = load(root)
    data["summary"] = "Changed."
    save(root, data)
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in root.rglob(".*")] == []
