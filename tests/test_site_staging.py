"""A failed build never costs readers the previous site: every kind of failure, in a real
``mkdocs build --strict`` run as an editor runs it, leaves ``site/`` byte for byte as it was."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.test_site_build import SEED_DEBATE, build_site, make_project


def _misspelt_speaker(project: Path) -> None:
    debate = project / "content" / "debates" / f"{SEED_DEBATE}.yaml"
    debate.write_text(debate.read_text().replace("speaker: sadiq-khan", "speaker: sadiq-kahn", 1))


def _hostile_quote_id(project: Path) -> None:
    """An id that is not a slug: its links' anchors fail only once every page is written."""
    debate = project / "content" / "debates" / f"{SEED_DEBATE}.yaml"
    text = debate.read_text()
    first_id = text.split("  - id: ", 1)[1].split("\n", 1)[0]
    debate.write_text(text.replace(f"  - id: {first_id}", "  - id: 'Q 1 Zoë'", 1))


def _broken_template(project: Path) -> None:
    templates = project / "broken_templates" / "digest"
    templates.mkdir(parents=True)
    (templates / "speaker.html").write_text("{{ no_such_variable }}\n")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text().replace(
            "content_dir: content", "content_dir: content\n      templates_dir: broken_templates"
        )
    )


def _dead_link_in_a_page(project: Path) -> None:
    about = project / "content" / "pages" / "about.md"
    about.write_text(about.read_text() + "\n[gone](no-such-page.md)\n")


BREAKAGES: dict[str, Callable[[Path], None]] = {
    "content error": _misspelt_speaker,
    "id error": _hostile_quote_id,
    "template error": _broken_template,
    "strict warning after every page is written": _dead_link_in_a_page,
}


@pytest.fixture(scope="module")
def good_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(make_project(tmp_path_factory.mktemp("good")))


def _mkdocs_build(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def _snapshot(site: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_a_failed_build_leaves_the_previous_site(
    tmp_path: Path, good_site: Path, breakage: Callable[[Path], None]
) -> None:
    project = make_project(tmp_path)
    shutil.copytree(good_site, project / "site")
    before = _snapshot(project / "site")
    breakage(project)
    result = _mkdocs_build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output
    assert _snapshot(project / "site") == before
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".")) == []


def test_a_good_build_replaces_the_whole_site(tmp_path: Path, good_site: Path) -> None:
    project = make_project(tmp_path)
    shutil.copytree(good_site, project / "site")
    (project / "site" / "stale.html").write_text("from a page since deleted")
    result = _mkdocs_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (project / "site" / "stale.html").exists()
    assert (project / "site" / "debates" / SEED_DEBATE / "index.html").is_file()
    assert (project / "site" / "search" / "search_index.json").is_file()  # post_build's output too
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".")) == []
