"""``digest review``'s queue, --list, --accept-confident and the decisions it writes."""

from __future__ import annotations

import difflib
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from digest.cli import main
from digest.load import check_content, load_digest
from digest.review.decisions import (
    Decision,
    DecisionError,
    Done,
    UndoStack,
    apply_changes,
    change_for,
)
from digest.review.excerpt import paragraph_around
from digest.review.queue import Filters, Item, build_queue
from digest.review.splice import SpliceError, replace_scalar

FIXTURE = Path(__file__).parent / "fixtures" / "review"
DEBATE = "content/debates/council-rents.yaml"


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the hand-written fixture; the working directory is its root."""
    shutil.copytree(FIXTURE / "content", tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def review(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["review", "--content", "content", *args])
    return result.exit_code, result.output


def diff(before: str, after: str) -> list[str]:
    """The changed lines only: ``-old`` / ``+new``."""
    lines = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in lines if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def item(key: str) -> Item:
    [found] = [i for i in build_queue(load_digest(Path("content"))) if i.key == key]
    return found


def decide(key: str, decision: Decision) -> bytes:
    target = item(key)
    return apply_changes(target.path, [(target, change_for(target, decision))])


def test_list_is_golden(site: Path) -> None:
    code, output = review("--list")
    assert code == 0
    assert output == (FIXTURE / "list.golden").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "keys"),
    [
        (
            ["--needs-review"],
            ["q-0000000003", "q-0000000004", "counters q-0000000002->q-0000000001"],
        ),
        (["--speaker", "amy-stone"], ["q-0000000001", "q-0000000006", "amy-stone/housing"]),
        (["--speaker", "carla-mendes", "--needs-review"], ["q-0000000003"]),
        (["--debate", "council-rents", "--speaker", "nobody"], []),
    ],
)
def test_filters(site: Path, args: list[str], keys: list[str]) -> None:
    code, output = review("--list", *args)
    assert code == 0
    assert [line.split(": ")[1] for line in output.splitlines()] == keys


def test_unknown_debate_is_refused(site: Path) -> None:
    code, output = review("--list", "--debate", "no-such-debate")
    assert code == 2
    assert "no debate 'no-such-debate'" in output


def test_queue_is_in_article_order_then_positions_relations_debate(site: Path) -> None:
    queue = build_queue(load_digest(Path("content")))
    assert [(i.kind, i.key) for i in queue][:5] == [
        ("quote", "q-0000000001"),  # written second in the file, first in the article
        ("quote", "q-0000000002"),
        ("quote", "q-0000000003"),
        ("quote", "q-0000000004"),
        ("quote", "q-0000000006"),
    ]
    assert [i.kind for i in queue][5:] == ["position", "relation", "debate"]
    assert "q-0000000005" not in {i.key for i in queue}  # reviewed already


def test_accept_confident_dry_run_writes_nothing(site: Path) -> None:
    before = (site / DEBATE).read_bytes()
    code, output = review("--accept-confident", "0.9", "--dry-run")
    assert code == 0
    assert output.splitlines() == [
        f"{DEBATE}:21: q-0000000001: status: draft -> reviewed"
        " (speaker amy-stone, confidence 0.95)",
        "would accept 1 quote in 1 file(s)",
    ]
    assert (site / DEBATE).read_bytes() == before


def test_accept_confident_changes_only_status_lines(site: Path) -> None:
    """0.95 and 0.8 go; 0.97 with candidates is in doubt; a needs-review quote never goes, even
    with a speaker and a confidence of 0.99."""
    path = site / DEBATE
    shame = "  kind: direct\n  text: '\"Shame on you all.\"'\n"
    unsure = f"  speaker: null\n{shame}  confidence: 0.0"
    sure = f"  speaker: carla-mendes\n{shame}  confidence: 0.99"
    path.write_text(path.read_text().replace(unsure, sure))
    assert sure in path.read_text()
    before = path.read_text(encoding="utf-8")
    code, output = review("--accept-confident", "0.75")
    assert code == 0
    assert output.splitlines()[-2:] == ["accepted 2 quotes in 1 file(s)", "digest check: 0 errors"]
    after = (site / DEBATE).read_text(encoding="utf-8")
    assert diff(before, after) == [
        "-  status: draft   # keep this comment",
        "+  status: reviewed # keep this comment",  # ruamel keeps the comment's column if it can
        "-  status: draft",
        "+  status: reviewed",
    ]
    assert [p.name for p in (site / "content" / "debates").iterdir()] == ["council-rents.yaml"]


def test_dry_run_needs_accept_confident(site: Path) -> None:
    code, output = review("--dry-run")
    assert code == 2
    assert "--dry-run goes with --accept-confident" in output


def test_choosing_a_candidate_sets_speaker_drops_candidates(site: Path) -> None:
    before = (site / DEBATE).read_text(encoding="utf-8")
    previous = decide("q-0000000003", Decision("choose", "carla-mendes"))
    after = (site / DEBATE).read_text(encoding="utf-8")
    assert previous.decode("utf-8") == before
    assert diff(before, after) == [
        "-  speaker: null",
        "-  candidates: [carla-mendes, ben-hart]",
        "+  speaker: carla-mendes",
        "-  status: needs-review",
        "+  status: reviewed",
    ]
    _, problems = check_content(Path("content"))
    assert not [p for p in problems if p.severity == "error"]


def test_reject_and_accept_keep_quoting_and_block_lists(site: Path) -> None:
    before = (site / DEBATE).read_text(encoding="utf-8")
    decide("q-0000000002", Decision("reject"))
    decide("q-0000000006", Decision("accept"))  # accepting the guess drops the other candidates
    decide("council-rents", Decision("accept"))
    after = (site / DEBATE).read_text(encoding="utf-8")
    assert diff(before, after) == [
        "-status: draft",
        "+status: reviewed",
        "-  status: draft",
        "+  status: rejected",
        "-  candidates:",
        "-  - ben-hart",
        "-  - amy-stone",
        "-  status: draft",
        "+  status: reviewed",
    ]
    assert '  speaker: "ben-hart"\n' in after and "  text: >-\n" in after


@pytest.mark.parametrize(
    ("key", "decision", "message"),
    [
        ("q-0000000003", Decision("accept"), "choose a candidate (1–2)"),
        ("q-0000000004", Decision("accept"), "press n to name them"),
        ("amy-stone/housing", Decision("reject"), "only quotes can be rejected"),
        ("q-0000000003", Decision("choose", "amy-stone"), "amy-stone is not a candidate"),
    ],
)
def test_impossible_decisions_are_refused(
    site: Path, key: str, decision: Decision, message: str
) -> None:
    with pytest.raises(DecisionError, match=re.escape(message)):
        change_for(item(key), decision)


def test_a_record_that_moved_is_not_written(site: Path) -> None:
    target = item("q-0000000003")
    path = site / DEBATE
    path.write_text(path.read_text().replace("q-0000000003", "q-0000000009"))
    before = path.read_bytes()
    with pytest.raises(DecisionError, match="no longer q-0000000003"):
        apply_changes(path, [(target, change_for(target, Decision("reject")))])
    assert path.read_bytes() == before


def test_a_layout_no_round_trip_keeps_is_edited_line_by_line(site: Path) -> None:
    path = site / DEBATE
    odd = path.read_text().replace("  article:", "      article:").replace(
        "  publisher: null", "      publisher: ~"
    )
    path.write_text(odd)
    decide("q-0000000003", Decision("choose", "ben-hart"))
    decide("q-0000000002", Decision("reject"))
    assert diff(odd, path.read_text()) == [
        "-  speaker: null",
        "-  candidates: [carla-mendes, ben-hart]",
        "+  speaker: ben-hart",
        "-  status: needs-review",
        "+  status: reviewed",
        "-  status: draft",
        "+  status: rejected",
    ]


def test_undo_restores_the_exact_bytes_and_refuses_after_other_edits(site: Path) -> None:
    path = site / DEBATE
    original = path.read_bytes()
    stack = UndoStack()
    previous = decide("q-0000000001", Decision("accept"))
    stack.push(Done(path, previous, path.read_bytes(), "accept"))
    assert stack.undo() is not None
    assert path.read_bytes() == original
    assert stack.undo() is None
    previous = decide("q-0000000001", Decision("reject"))
    stack.push(Done(path, previous, path.read_bytes(), "reject"))
    path.write_bytes(path.read_bytes() + b"# someone else\n")
    with pytest.raises(DecisionError, match="changed since"):
        stack.undo()
    assert path.read_bytes().endswith(b"# someone else\n")


def test_writes_leave_no_temporary_files(site: Path) -> None:
    decide("q-0000000001", Decision("accept"))
    decide("q-0000000004", Decision("reject"))
    assert sorted(p.name for p in (site / "content" / "debates").iterdir()) == [
        "council-rents.yaml"
    ]


@pytest.mark.parametrize(
    ("article", "span", "limit", "expected"),
    [
        ("One.\n\nTwo says hi here.\n\nThree.", (10, 12), 900, ("Two says hi here.", 4, 6)),
        ("a " * 50 + "QUOTE" + " b" * 50, (100, 105), 25, ("…a a a a QUOTE b b b b b…", 9, 14)),
        ("Only QUOTE", (5, 10), 900, ("Only QUOTE", 5, 10)),
    ],
)
def test_paragraph_around(
    article: str, span: tuple[int, int], limit: int, expected: tuple[str, int, int]
) -> None:
    assert paragraph_around(article, span, limit) == expected


def test_filters_keep() -> None:
    quote = Item("d", Path("d.yaml"), ("quotes", 0), "quote", "q-1", "draft", "x", ["y"])
    assert Filters(speaker="y").keep(quote)
    assert not Filters(needs_review_only=True).keep(quote)
    assert not Filters(debate="other").keep(quote)


DEVCORPUS_06 = (
    Path(__file__).resolve().parent.parent.parent
    / "shared"
    / "devcorpus"
    / "06-trump-emergency-border-wall.txt"
)


@pytest.mark.skipif(not DEVCORPUS_06.is_file(), reason="needs ../shared/devcorpus")
def test_decisions_survive_re_extraction(tmp_path: Path) -> None:
    """Review a freshly drafted debate, extract the article again: not a byte changes."""
    from digest.extract.command import run_extract

    content = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parent.parent / "content", content)
    assert run_extract([DEVCORPUS_06], out_dir=content, as_json=False, jobs=1) == 0
    queue = build_queue(load_digest(content))
    # a quote the extractor left for review (no speaker, or one it is unsure of)
    unknown = next(
        i for i in queue if i.kind == "quote" and (i.speaker is None or i.status != "draft")
    )
    draft = next(i for i in queue if i.kind == "quote" and i.status == "draft")
    for target, decision in [(unknown, Decision("reject")), (draft, Decision("accept"))]:
        apply_changes(target.path, [(target, change_for(target, decision))])
    reviewed = draft.path.read_bytes()
    assert run_extract([DEVCORPUS_06], out_dir=content, as_json=False, jobs=1) == 0
    assert draft.path.read_bytes() == reviewed


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("  status: draft\n", "  status: reviewed\n"),
        ("  status: draft   # keep\n", "  status: reviewed   # keep\n"),
        ("  speaker: ~\n", "  speaker: ben-hart\n"),
        ('  speaker: "ab\\"c" # x\n', '  speaker: "ben-hart" # x\n'),
        ("  speaker: 'it''s'\r\n", "  speaker: 'ben-hart'\r\n"),
    ],
)
def test_replace_scalar_keeps_quotes_comments_and_line_ends(line: str, expected: str) -> None:
    col = line.index(":") + 2
    value = "reviewed" if "status" in line else "ben-hart"
    assert replace_scalar(line, col, value) == expected


@pytest.mark.parametrize(
    ("line", "value", "message"),
    [
        ("  speaker:\n", "ben-hart", "could not be found"),
        ('  speaker: "open\n', "ben-hart", "goes on past its line"),
        ("  speaker: x\n", "two words", "not a plain id"),
    ],
)
def test_replace_scalar_refuses_what_it_cannot_do_safely(
    line: str, value: str, message: str
) -> None:
    with pytest.raises(SpliceError, match=message):
        replace_scalar(line, 11, value)


def test_content_with_errors_is_refused_with_the_problems(site: Path) -> None:
    path = site / DEBATE
    path.write_text(path.read_text().replace("speaker: amy-stone", "speaker: amy-stnoe", 1))
    code, output = review("--list")
    assert code == 1
    assert "quotes[1].speaker: unknown speaker or organisation 'amy-stnoe'" in output
    assert output.rstrip().endswith("fix these errors first (digest check), then review")


def test_a_decision_waits_for_the_content_lock_and_says_so_when_it_cannot_have_it(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from digest.content_lock import content_lock
    from digest.review import decisions

    before = (site / DEBATE).read_bytes()
    monkeypatch.setattr(decisions, "_LOCK_WAIT", 0.1)
    with content_lock(Path("content")), pytest.raises(DecisionError) as refused:
        decide("q-0000000003", Decision("choose", "carla-mendes"))
    assert str(refused.value).endswith("; nothing was written, try again")
    assert (site / DEBATE).read_bytes() == before
    decide("q-0000000003", Decision("choose", "carla-mendes"))  # free again: it is written
    assert (site / DEBATE).read_bytes() != before
