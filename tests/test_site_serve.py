"""Under ``mkdocs serve`` a broken edit must not stop the preview; under ``build`` it must fail.

Serve is simulated as MkDocs runs it: ``on_startup(command="serve")`` once, then one ``build``
per change with the same plugin instances (MkDocs keeps them when a plugin has ``on_startup``).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

REPO = Path(__file__).resolve().parent.parent
DEBATE = "content/debates/why-did-labour-lose.yaml"
BAD_ID = "sadiq-kahn"


@pytest.fixture(autouse=True)
def fresh_plugins() -> Iterator[None]:
    """MkDocs caches plugins that have ``on_startup`` for the whole process (so serve keeps them
    across rebuilds): start and end each test with none, so no serve state leaks into others."""
    cache = MkDocsConfig.plugins.plugin_cache
    cache.clear()
    yield
    cache.clear()


def make_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    (project / "theme_overrides").symlink_to(REPO / "theme_overrides")
    shutil.copytree(REPO / "content", project / "content")
    return project


def serve_config(project: Path) -> MkDocsConfig:
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    config.plugins.on_startup(command="serve", dirty=False)
    return config


def misspell_speaker(project: Path) -> None:
    debate = project / DEBATE
    text = debate.read_text(encoding="utf-8")
    debate.write_text(text.replace("speaker: sadiq-khan", f"speaker: {BAD_ID}"), encoding="utf-8")


def page(project: Path, path: str) -> str:
    return (project / "site" / path / "index.html").read_text(encoding="utf-8")


def test_a_broken_edit_keeps_the_last_good_preview_with_a_banner(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    project = make_project(tmp_path)
    config = serve_config(project)
    build(config, serve_url="http://127.0.0.1:8000/")
    assert "digest-content-errors" not in page(project, "speakers/sadiq-khan")

    misspell_speaker(project)
    with caplog.at_level(logging.ERROR):
        build(config, serve_url="http://127.0.0.1:8000/")  # no exception: the preview goes on
    speaker = page(project, "speakers/sadiq-khan")
    assert "digest-content-errors" in speaker
    assert f"{DEBATE}:" in speaker and f"&#x27;{BAD_ID}&#x27;" in speaker
    assert "Tooting" in speaker  # the last good record is still shown
    assert any(BAD_ID in r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)

    (project / DEBATE).write_text((REPO / DEBATE).read_text(encoding="utf-8"), encoding="utf-8")
    build(config, serve_url="http://127.0.0.1:8000/")
    assert "digest-content-errors" not in page(project, "speakers/sadiq-khan")


def test_serve_starting_on_broken_content_shows_the_problems(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    misspell_speaker(project)
    config = serve_config(project)
    build(config, serve_url="http://127.0.0.1:8000/")
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "digest-content-errors" in home and BAD_ID in home
    assert not (project / "site" / "speakers" / "sadiq-khan").exists()
