"""Shared helpers for tests that work on a copy of the fixture content or run the mkdocs CLI.

Not a conftest: tests import what they use, so where a helper comes from stays visible.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "content"


def copy_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The valid fixture content at ``tmp_path/content``, with the working directory at
    ``tmp_path``: the returned path is relative, so messages read ``content/...`` as an
    editor's would."""
    shutil.copytree(FIXTURE, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    return Path("content")


def edit(content: Path, name: str, old: str, new: str) -> None:
    """Replace the first ``old`` in the record file ``content/name`` (which must hold it)."""
    path = content / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def mkdocs_build(project: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` in ``project`` as an editor runs it (a new process), output
    captured; never raises on failure: tests assert on the exit code and the messages."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *options],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
