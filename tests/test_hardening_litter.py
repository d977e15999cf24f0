"""Issue 6, editor and OS litter in content folders: one warning each, naming the file itself.

A file that carries a record's name but is not one (lock, swap, backup, auto-save, macOS
metadata, hidden) gets one warning and is never read; its hint never proposes renaming it onto
the real record. Other files (``.DS_Store``, ``.gitkeep``) are not looked at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.check_command import run_check
from digest.load import check_content, load_digest
from tests.content_support import copy_fixture

FIXTURE = Path(__file__).parent / "fixtures" / "content"
SPEAKERS = "content/speakers"


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return copy_fixture(tmp_path, monkeypatch)


def problems(content: Path) -> list[str]:
    _, found = check_content(content)
    return [f"{p} [{p.severity}]" for p in found]


# file name in content/speakers -> the one warning (its hint says what to do)
LITTER = {
    "._sadiq-khan.yaml": "ignored: a macOS metadata file, not a record (delete it)",
    "sadiq-khan.yaml~": "ignored: an editor backup file (delete it)",
    "#sadiq-khan.yaml#": "ignored: an Emacs auto-save file "
    "(delete it once sadiq-khan.yaml is saved)",
    ".sadiq-khan.yaml.swp": "ignored: a Vim swap file (delete it once no Vim has sadiq-khan.yaml "
    "open)",
    ".sadiq-khan.yaml": "ignored: hidden files are not read (delete it)",  # the record exists
    ".draft.yaml": "ignored: hidden files are not read (to publish it, rename it to draft.yaml)",
    "._sadiq-khan.yml": "ignored: a macOS metadata file, not a record (delete it)",
}


@pytest.mark.parametrize(("name", "expected"), LITTER.items(), ids=LITTER)
def test_litter_gets_one_warning_and_is_not_read(content: Path, name: str, expected: str) -> None:
    (content / "speakers" / name).write_text("name: [broken\n", encoding="utf-8")
    assert problems(content) == [f"{SPEAKERS}/{name}:1:1: {expected} [warning]"]
    assert "rename it to sadiq-khan.yaml" not in expected
    assert sorted(load_digest(content).speakers) == ["deborah-mattinson", "sadiq-khan"]


def test_an_emacs_lock_symlink_is_named_as_itself(content: Path) -> None:
    lock = content / "speakers" / ".#sadiq-khan.yaml"
    lock.symlink_to("editor@laptop.local.12345:1700000000")  # dangling, as Emacs makes it
    assert problems(content) == [
        f"{SPEAKERS}/.#sadiq-khan.yaml:1:1: ignored: an Emacs lock file: sadiq-khan.yaml is open "
        "in Emacs (it goes away once it is saved) [warning]"
    ]


@pytest.mark.parametrize("name", [".DS_Store", ".gitkeep", "notes.txt", "Thumbs.db"])
def test_other_files_are_not_looked_at(content: Path, name: str) -> None:
    (content / "speakers" / name).write_bytes(b"\x00\x01 not yaml")
    assert problems(content) == []


def test_digest_check_still_passes_with_litter_around(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("._sadiq-khan.yaml", ".DS_Store", "sadiq-khan.yaml~"):
        (content / "speakers" / name).write_text("junk", encoding="utf-8")
    assert run_check(content) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{SPEAKERS}/._sadiq-khan.yaml:1:1: ignored: a macOS metadata file, not a record "
        "(delete it) [warning]",
        f"{SPEAKERS}/sadiq-khan.yaml~:1:1: ignored: an editor backup file (delete it) [warning]",
    ]


def test_the_summary_counts_records_not_litter(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    speakers = len(list((FIXTURE / "speakers").glob("*.yaml")))
    (content / "speakers" / "._sadiq-khan.yaml").write_text("junk", encoding="utf-8")
    run_check(content)
    assert f" {speakers} speakers," in capsys.readouterr().out


def test_a_yml_file_still_gets_its_rename_hint(content: Path) -> None:
    (content / "themes" / "housing.yml").write_text("name: Housing\n", encoding="utf-8")
    assert problems(content) == [
        "content/themes/housing.yml:1:1: ignored: only .yaml files are read "
        "(rename it to housing.yaml) [warning]"
    ]
