"""Every theme environment of a build, the search plugin's own ones included, gets the compiled
template cache (``plugin._cache_theme_environments``): a second build compiles no template."""

from __future__ import annotations

from pathlib import Path

import jinja2.environment
import pytest
from test_site_build import build_site, make_project


def test_a_second_build_compiles_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    build_site(project)  # may compile: the cache may be cold on this machine
    compiled: list[str | None] = []
    original = jinja2.environment.Environment._compile

    def counting(self, source, filename):
        compiled.append(filename)
        return original(self, source, filename)

    patch = pytest.MonkeyPatch()
    patch.setattr(jinja2.environment.Environment, "_compile", counting)
    try:
        site = build_site(project)
    finally:
        patch.undo()
    assert (site / "index.html").is_file()
    assert compiled == []
