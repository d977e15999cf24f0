"""The benchmark's scoring rules (benchmarks/extraction_quality.py) on tiny hand-made inputs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


def _load_benchmark() -> ModuleType:
    name = "extraction_quality"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(
        name, REPO_ROOT / "benchmarks" / "extraction_quality.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


eq = _load_benchmark()

ARTICLE = 'Mattinson said immigration was "out of touch". Khan said it was fine. "Yes," she said.'


def _gold(kind: str, text: str, speakers: tuple[str, ...], accepted: set[str] | None = None):
    start = ARTICLE.index(text)
    slugs = frozenset(accepted if accepted is not None else {eq.slugify(s) for s in speakers})
    return eq.GoldAttribution(kind, text, start, start + len(text), speakers, slugs)


def _pred(kind: str, text: str, speaker: str | None):
    start = ARTICLE.index(text)
    return eq.Prediction(kind, start, start + len(text), speaker)


def test_overlap() -> None:
    assert eq.overlap((0, 10), (5, 20)) == 5
    assert eq.overlap((0, 10), (10, 20)) == 0
    assert eq.overlap((3, 4), (0, 10)) == 1


def test_spans_match_needs_half_of_both() -> None:
    assert eq.spans_match((0, 10), (0, 10))
    assert eq.spans_match((0, 10), (5, 15))  # 5 of 10 each: exactly half
    assert not eq.spans_match((0, 10), (6, 16))  # 4 of 10
    assert not eq.spans_match((0, 10), (0, 100))  # covers the gold, but 10% of the prediction
    assert not eq.spans_match((0, 100), (40, 50))  # inside the gold, 10% of it
    assert not eq.spans_match((0, 10), (20, 30))


def test_match_spans_is_one_to_one_best_first() -> None:
    gold = [(0, 10), (12, 22)]
    pred = [(1, 11), (0, 10), (12, 21)]
    assert eq.match_spans(gold, pred) == [(0, 1), (1, 2)]
    assert eq.match_spans([(0, 10)], [(50, 60)]) == []


def test_locate_takes_repeats_in_order() -> None:
    text = "a said x. b said x. c"
    assert eq.locate(text, ["x", "said x", "x", "nope"]) == [(7, 8), (2, 8), (17, 18), None]


def test_accuracy_and_coverage() -> None:
    gold = [
        _gold("direct", 'immigration was "out of touch"', ("Deborah Mattinson",)),
        _gold("indirect", "it was fine", ("Sadiq Khan",)),
        _gold("direct", '"Yes,"', ()),  # unnamed speaker
    ]
    preds = [
        _pred("direct", 'immigration was "out of touch"', "Deborah Mattinson"),  # right
        _pred("indirect", "it was fine", "Mattinson"),  # wrong: surname is not the gold name
        _pred("direct", '"Yes,"', None),  # unnamed kept null: right, outside coverage
        _pred("direct", "Khan said", "Sadiq Khan"),  # unmatched
    ]
    counts = eq.Counts()
    eq.score_matches(gold, preds, counts)
    r = eq.ratios(counts)
    assert counts.matched == {"direct": 2, "indirect": 1}
    assert r["direct_precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert r["direct_recall"] == 1.0
    assert r["indirect_precision"] == 1.0
    assert r["attribution_accuracy"] == 0.5  # 1 right of 2 matched with a speaker
    assert r["coverage"] == 1.0  # 2 of 2 matched with a named gold speaker
    assert r["unnamed_kept_null"] == 1.0


def test_naming_an_unnamed_speaker_is_wrong() -> None:
    gold = [_gold("direct", '"Yes,"', ())]
    counts = eq.Counts()
    eq.score_matches(gold, [_pred("direct", '"Yes,"', "Deborah Mattinson")], counts)
    assert counts.with_speaker == 1 and counts.right_speaker == 0
    assert counts.unnamed_gold == 1 and counts.unnamed_kept_null == 0
    assert eq.ratios(counts)["coverage"] is None


def test_kind_must_agree_to_match() -> None:
    gold = [_gold("indirect", "it was fine", ("Sadiq Khan",))]
    counts = eq.Counts()
    eq.score_matches(gold, [_pred("direct", "it was fine", "Sadiq Khan")], counts)
    assert counts.matched == {"direct": 0, "indirect": 0}
    assert eq.ratios(counts)["indirect_recall"] == 0.0


def test_joint_speaker_and_aliases() -> None:
    assert eq.speaker_is_right("Sadiq Khan", frozenset({"kerry-mccarthy", "sadiq-khan"}))
    assert eq.speaker_is_right("Recep Tayyip Erdoğan", frozenset({"recep-tayyip-erdogan"}))
    assert not eq.speaker_is_right(None, frozenset({"sadiq-khan"}))
    assert not eq.speaker_is_right("Sadiq Khan", frozenset())


def test_predictions_resolve_speaker_ids() -> None:
    payload = {
        "speakers": [{"id": "sadiq-khan", "name": "Sadiq Khan"}],
        "quotes": [
            {"id": "q1", "speaker": "sadiq-khan", "kind": "direct", "start": 0, "end": 5},
            {"id": "q2", "speaker": "no-record", "kind": "indirect", "start": 6, "end": 9},
            {"id": "q3", "speaker": None, "kind": "direct", "start": 10, "end": 12},
        ],
    }
    preds, names = eq.predictions_from_json(payload)
    assert [p.speaker for p in preds] == ["Sadiq Khan", "no-record", None]
    assert names == ["Sadiq Khan"]


def test_people_found_needs_the_full_name() -> None:
    people = {
        "Sadiq Khan": frozenset({"sadiq-khan"}),
        "United Nations Educational, Scientific and Cultural Organization": frozenset(
            {"united-nations-educational-scientific-and-cultural-organization", "unesco"}
        ),
        "Kerry McCarthy": frozenset({"kerry-mccarthy"}),
    }
    assert eq.people_found(people, ["SADIQ KHAN", "UNESCO", "McCarthy"]) == 2


def test_load_gold_and_malformed_gold(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('Khan said "yes". Khan said "yes".\n', encoding="utf-8")
    good = tmp_path / "a.gold.yaml"
    good.write_text(
        "article_path: a.txt\n"
        "organisations: [{name: United Nations, aliases: [UN]}]\n"
        "attributions:\n"
        "  - {speaker: United Nations, kind: direct, text: '\"yes\"'}\n"
        "  - {speaker: null, speaker_description: x, kind: direct, text: '\"yes\"'}\n",
        encoding="utf-8",
    )
    gold = eq.load_gold(good, root=tmp_path)
    assert [(a.start, a.end) for a in gold.attributions] == [(10, 15), (27, 32)]
    assert gold.attributions[0].accepted == {"united-nations", "un"}
    bad = tmp_path / "b.gold.yaml"
    bad.write_text(
        "article_path: a.txt\nattributions:\n  - {speaker: X, kind: direct, text: 'no'}\n",
        encoding="utf-8",
    )
    with pytest.raises(eq.GoldError, match=r"b\.gold\.yaml"):
        eq.load_gold(bad, root=tmp_path)


def test_real_gold_loads() -> None:
    for path in eq.gold_files(eq.GOLD_DIR):
        assert eq.load_gold(path).attributions
