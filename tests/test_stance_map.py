"""The stance map and positions over time, asserted on real strict builds.

The fixture is ``tests/fixtures/mini_content`` (a 2024 town hall where Ann Smith supports rent
caps) plus a later budget debate written here, in which she opposes them: her stance flips.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_site_build import MINI, broken_links, build_site, make_project, page_path, parse

from digest.index import build_index
from digest.load import load_digest
from digest.site import stance_map

LATER_ARTICLE = (
    "At the budget meeting Ann Smith said rent caps had failed tenants and should be scrapped.\n"
)
LATER_DEBATE = """\
title: Budget meeting
date: 2025-02-10
source:
  publisher: housing-trust
  title: Budget meeting
  url: https://example.org/budget
  date: 2025-02-11
  article: articles/budget.txt
participants: [ann-smith]
themes: [housing]
status: reviewed
quotes:
  - id: q-0000000101
    speaker: ann-smith
    kind: indirect
    cue: said
    text: rent caps had failed tenants and should be scrapped
    themes: [housing]
    policies: [rent-caps]
    status: reviewed
positions:
  - speaker: ann-smith
    theme: housing
    stance: opposes
    summary: Now against rent caps.
    evidence: [q-0000000101]
    policies: [rent-caps]
"""


def flipping_content(root: Path) -> Path:
    """mini_content plus the later debate, in a folder of its own."""
    project = make_project(root, MINI)
    (project / "content" / "articles" / "budget.txt").write_text(LATER_ARTICLE, "utf-8")
    (project / "content" / "debates" / "budget.yaml").write_text(LATER_DEBATE, "utf-8")
    return project


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(flipping_content(tmp_path_factory.mktemp("stances")))  # strict


def _html(site: Path, src_uri: str) -> str:
    return page_path(site, src_uri).read_text("utf-8")


def test_site_wide_map_links_each_cell_to_an_existing_quote_anchor(site: Path) -> None:
    html = _html(site, "stances/index.md")
    table = html[html.index('class="dd-stance-map"') :]
    cell = r'<td><a href="([^"]+)"[^>]*><span class="dd-stance dd-stance--(\w+)"'
    cells = re.findall(cell, table)
    # Ann's latest stance on housing is the budget meeting's "opposes", and it changed.
    assert ("../debates/budget/#q-0000000101", "opposes") in cells, cells
    assert "Ann Smith</a> <span class=\"dd-stance-map__party-name\">(Green Party)</span>" in table
    assert 'class="dd-changed">changed</span>' in table
    # Bob's evidence is a draft quote (unpublished): his cell links the debate, not an anchor.
    assert ("../debates/town-hall/", "opposes") in cells, cells
    for href, _stance in cells:
        path, _, anchor = href.partition("#")
        target = (page_path(site, "stances/index.md").parent / path / "index.html").resolve()
        assert target.is_file(), href
        assert not anchor or anchor in parse(target).ids, href


def test_the_map_is_in_the_nav(site: Path) -> None:
    home = _html(site, "index.md")
    nav = re.search(r'<a href="stances/" class="md-nav__link">(.{0,300}?)</a>', home, re.S)
    assert nav and "Stance map" in nav.group(1)


def test_theme_page_has_its_map_and_how_the_field_moved(site: Path) -> None:
    html = _html(site, "themes/housing.md")
    assert "<h2 id=\"stance-map\">Stance map" in html
    assert '<a href="../../debates/budget/#q-0000000101"' in html
    field = html[html.index("How the field moved") :]
    row = r'<td>(\d{4}-\d\d-\d\d)</td>\s*<th scope="row"><a href="[^"]*debates/([\w-]+)/'
    rows = re.findall(row, field)
    assert rows == [("2024-03-05", "town-hall"), ("2025-02-10", "budget")], rows


def test_speaker_timeline_marks_the_change_in_date_order(site: Path) -> None:
    html = _html(site, "speakers/ann-smith.md")
    timeline = html[html.index("Positions over time") :]
    timeline = timeline[: timeline.index("</ol>")]
    steps = re.findall(r"<li class=\"([^\"]+)\">(\d{4}-\d\d-\d\d)", timeline)
    assert [date for _cls, date in steps] == ["2024-03-05", "2025-02-10"]
    assert "changed" not in steps[0][0] and "changed" in steps[1][0]
    assert "changed (was Supports)" in timeline


def test_no_broken_links(site: Path) -> None:
    assert broken_links(site) == []


# --- The data, without a build -----------------------------------------------------------------


def _index(tmp_path: Path):
    project = flipping_content(tmp_path)
    return build_index(load_digest(project / "content"))


def test_cell_and_timeline_data(tmp_path: Path) -> None:
    index = _index(tmp_path)
    refs = [r for r in index.positions_by_theme["housing"] if r.position.speaker == "ann-smith"]
    cell = stance_map.cell_of(index, refs)
    assert (cell.stance, cell.debate.id, cell.quote_id, cell.debates, cell.changed) == (
        "opposes", "budget", "q-0000000101", 2, True,
    )
    steps = stance_map.timeline(index, refs)
    assert [(s.ref.debate.id, s.previous) for s in steps] == [
        ("town-hall", None),
        ("budget", "supports"),
    ]


def test_site_map_caps_themes_and_speakers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = _index(tmp_path)
    monkeypatch.setattr(stance_map, "MAX_SPEAKERS", 1)
    result = stance_map.site_map(index)
    assert sum(len(rows) for _party, rows in result.groups) == 1
    assert result.speakers_left_out == len(
        {r.position.speaker for refs in index.positions_by_theme.values() for r in refs
         if r.position.stance in stance_map.KNOWN}
    ) - 1
