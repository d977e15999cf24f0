"""Two ``digest extract`` runs into one content folder at once make one debate per article."""

from __future__ import annotations

import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from digest.content_lock import ContentLocked, content_lock, lock_path
from digest.load import check_content

DEVCORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "devcorpus"
ARTICLES = sorted(DEVCORPUS.glob("0[1-6]-*.txt"))


def _extract(out: Path, *articles: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "digest.cli", "extract", *map(str, articles), "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_parallel_runs_on_the_same_articles_make_no_duplicate_debates(tmp_path: Path) -> None:
    content = tmp_path / "content"
    runs = [_extract(content, *ARTICLES), _extract(content, *reversed(ARTICLES))]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        assert "Traceback" not in err
    debates = sorted(p.name for p in (content / "debates").glob("*.yaml"))
    assert len(debates) == len(ARTICLES), debates
    digest, problems = check_content(content)
    assert digest is not None, [str(p) for p in problems if p.severity == "error"]
    assert len(digest.debates) == len(ARTICLES)


def test_a_second_run_waits_for_the_first_then_merges(tmp_path: Path) -> None:
    content = tmp_path / "content"
    with content_lock(content):
        run = _extract(content, ARTICLES[0])
        assert run.stderr is not None
        ready, _, _ = select.select([run.stderr], [], [], 120)
        assert ready, "the waiting run said nothing"
        assert "waiting for another digest command writing to" in run.stderr.readline()
        time.sleep(0.2)  # it is still waiting: nothing may be written while the lock is held
        assert not (content / "debates").exists()
    _, err = run.communicate(timeout=300)
    assert run.returncode == 0, err
    assert len(list((content / "debates").glob("*.yaml"))) == 1


def test_a_lock_held_too_long_is_a_clear_error(tmp_path: Path) -> None:
    content = tmp_path / "content"
    with content_lock(content), pytest.raises(ContentLocked) as raised:  # noqa: SIM117
        with content_lock(content, wait=0.1):
            pass
    assert str(raised.value) == (
        f"{content}: another digest command has been writing here for 0 s;"
        f" if none is running, delete {lock_path(content)}"
    )
