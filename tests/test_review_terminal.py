"""``digest review`` driven key by key in a pseudo-terminal, as an editor would use it."""

from __future__ import annotations

import difflib
import os
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from digest.cli import main

pexpect = pytest.importorskip("pexpect")

FIXTURE = Path(__file__).parent / "fixtures" / "review"
DEBATE = Path("content/debates/council-rents.yaml")
ANSI = r"(?:\x1b\[[0-9;]*m)*"  # styles rich may put between words
FAKE_EDITOR = """
import sys
from pathlib import Path
Path(sys.argv[-1] + ".args").write_text(" ".join(sys.argv[1:]))
path = Path(sys.argv[-1])
path.write_text(path.read_text().replace("status: draft   #", "status: reviewed   #"))
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE / "content", tmp_path / "content")
    return tmp_path


def spawn(site: Path, *args: str, editor: str = "true") -> pexpect.spawn:
    env = {**os.environ, "TERM": "xterm", "NO_COLOR": "1", "EDITOR": editor}
    env.pop("VISUAL", None)
    command = [sys.executable, "-m", "digest.cli", "review", "--content", "content", *args]
    return pexpect.spawn(
        command[0],
        command[1:],
        cwd=str(site),
        env=env,
        encoding="utf-8",
        dimensions=(60, 140),
        timeout=20,
    )


def diff(before: str, after: str) -> list[str]:
    lines = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in lines if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def test_choose_reject_skip_undo_name_quit(site: Path) -> None:
    before = (site / DEBATE).read_text(encoding="utf-8")
    walk = spawn(site)
    walk.expect("1/8 · council-rents")
    walk.expect("Rents must be capped this year")
    walk.send("s")  # skip q-0000000001
    walk.expect("2/8 · council-rents")
    walk.send("r")  # reject q-0000000002
    walk.expect("3/8 · council-rents")
    walk.expect("1  Carla Mendes \\(carla-mendes\\)")
    walk.expect("2  Ben Hart \\(ben-hart\\)")
    walk.send("1")  # carla-mendes...
    walk.expect("4/8 · council-rents")
    walk.send("u")  # ...no: undo, back to 3/8
    walk.expect("3/8 · council-rents")
    walk.expect("undone q-0000000003")
    walk.send("2")  # ben-hart
    walk.expect("4/8 · council-rents")
    walk.send("a")  # no speaker, no candidate: refused, with what to do
    walk.expect("the speaker is unknown: press n to name them")
    walk.send("n")
    walk.expect("speaker \\(id or name; empty to cancel\\)")
    walk.sendline("Mendes")  # an alias
    walk.expect("5/8 · council-rents")
    walk.send("q")
    walk.expect("3 decided, 5 still to decide; progress is saved. digest check: 0 errors")
    walk.expect(pexpect.EOF)
    walk.close()
    assert walk.exitstatus == 0
    after = (site / DEBATE).read_text(encoding="utf-8")
    assert diff(before, after) == [
        "-  speaker: null",
        "-  candidates: [carla-mendes, ben-hart]",
        "+  speaker: ben-hart",
        "-  status: needs-review",
        "+  status: reviewed",
        "-  status: draft",
        "+  status: rejected",
        "-  speaker: null",
        "+  speaker: carla-mendes",
        "-  status: needs-review",
        "+  status: reviewed",
    ]
    assert sorted(p.name for p in (site / DEBATE).parent.iterdir()) == ["council-rents.yaml"]


def test_edit_opens_the_line_reloads_and_undoes(site: Path) -> None:
    script = site / "fake_editor.py"
    script.write_text(FAKE_EDITOR)
    original = (site / DEBATE).read_bytes()
    walk = spawn(site, "--debate", "council-rents", editor=f"{sys.executable} {script}")
    walk.expect(f"1/8 · council-rents{ANSI}  quote q-0000000001 · {ANSI}draft")
    walk.send("e")
    walk.expect(f"1/8 · council-rents{ANSI}  quote q-0000000001 · {ANSI}reviewed")  # reloaded
    assert (site / f"{DEBATE}.args").read_text() == f"+21 {DEBATE}"
    walk.send("u")
    walk.expect(f"q-0000000001 · {ANSI}draft")  # the screen, then the message under it
    walk.expect("undone edit in editor")
    walk.send("q")
    walk.expect(pexpect.EOF)
    assert (site / DEBATE).read_bytes() == original


def test_needs_a_terminal(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(site)
    result = CliRunner().invoke(main, ["review", "--content", "content"])
    assert result.exit_code == 2
    assert "digest review needs a terminal; use --list" in result.output


def test_typed_ahead_keys_are_kept_and_g_goes_back_to_what_is_left(site: Path) -> None:
    walk = spawn(site, "--needs-review")
    walk.expect("1/3 · council-rents")
    walk.send("sss")  # three skips at once: none may be lost while a screen is drawn
    walk.expect("End of the queue: 0 decided, 3 left")
    walk.send("g")
    walk.expect("1/3 · council-rents")
    walk.send("q")
    walk.expect("0 decided, 3 still to decide")
    walk.expect(pexpect.EOF)


def test_ctrl_c_quits_with_the_summary(site: Path) -> None:
    walk = spawn(site)
    walk.expect("1/8 · council-rents")
    walk.send("r")
    walk.expect("2/8 · council-rents")
    walk.sendintr()
    walk.expect("1 decided, 7 still to decide; progress is saved")
    walk.expect(pexpect.EOF)
    walk.close()
    assert walk.exitstatus == 0
    assert "  status: rejected # keep this comment\n" in (site / DEBATE).read_text()


def test_the_debate_item_counts_what_is_left_after_this_walks_decisions(site: Path) -> None:
    walk = spawn(site, "--needs-review")
    walk.expect("1/3 · council-rents")
    walk.send("r")  # q-0000000003 rejected
    walk.expect("2/3 · council-rents")
    walk.send("q")
    walk.expect(pexpect.EOF)
    walk = spawn(site)
    walk.expect("1/7 · council-rents")  # the rejected quote is no longer queued
    walk.send("r")  # q-0000000001 rejected
    walk.send("ssssa")  # skip three quotes and the position, accept the relation
    walk.expect("7/7 · council-rents")
    walk.expect("4 of its records still to decide")  # of 6 loaded: 2 decided in this walk
    walk.send("q")
    walk.expect(pexpect.EOF)
