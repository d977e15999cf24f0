"""``digest merge SOURCE TARGET``: every reference rewritten, nothing an editor wrote lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from digest.cli import main
from digest.extract.command import run_extract
from digest.identity.merge_records import merge_into
from digest.load import check_content, load_digest
from tests.test_site_build import MINI, build_site, make_project

SPEAKER_COMMENT = "# Checked against the council minutes.\n"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(MINI, folder)
    bob = folder / "speakers" / "bob-jones.yaml"
    bob.write_text(
        bob.read_text().replace("status: draft\n", "")
        + "aliases: [Robert Jones]\nbio: Runs the tenants' union.\n"
        "commentary: |\n  Often misquoted.\nstatus: draft\n"
    )
    ann = folder / "speakers" / "ann-smith.yaml"
    lines = ann.read_text().splitlines(keepends=True)
    ann.write_text(lines[0] + SPEAKER_COMMENT + "".join(lines[1:]) + "commentary: Sharp.\n")
    return folder


def merge(content: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["merge", *args, "--content", str(content)])
    return result.exit_code, result.output


def snapshot(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def record(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def test_merge_rewrites_every_reference_and_keeps_commentary(content: Path) -> None:
    status, output = merge(content, "bob-jones", "ann-smith")
    assert status == 0, output
    assert not (content / "speakers" / "bob-jones.yaml").exists()
    ann_text = (content / "speakers" / "ann-smith.yaml").read_text()
    assert SPEAKER_COMMENT in ann_text  # the editor's comment at the top is kept
    ann = record(content / "speakers" / "ann-smith.yaml")
    assert ann["aliases"] == ["Bob Jones", "Robert Jones"]
    assert ann["merged_from"] == ["bob-jones"]
    assert ann["commentary"] == "Sharp.\n\nOften misquoted.\n"
    assert ann["bio"] == "Councillor since *2020*.\n\nRuns the tenants' union."
    assert [r["title"] for r in ann["roles"]] == ["Councillor", "Mayor"]
    debate_text = (content / "debates" / "town-hall.yaml").read_text()
    assert "bob-jones" not in debate_text
    debate = record(content / "debates" / "town-hall.yaml")
    assert debate["participants"] == ["ann-smith"]
    assert {q["speaker"] for q in debate["quotes"]} == {"ann-smith", "housing-trust", None}
    assert debate["quotes"][2]["candidates"] == ["ann-smith"]
    housing = [p for p in debate["positions"] if p["theme"] == "housing"]
    assert len(housing) == 1  # two positions of one speaker on one theme: one, both's evidence
    assert "q-0000000001" in housing[0]["evidence"]
    load_digest(content)  # the merged folder is valid


def test_dry_run_prints_a_diff_and_writes_nothing(content: Path) -> None:
    before = snapshot(content)
    status, output = merge(content, "bob-jones", "ann-smith", "--dry-run")
    assert status == 0
    assert snapshot(content) == before
    label = content.as_posix().lstrip("/")
    assert f"+++ b/{label}/speakers/ann-smith.yaml" in output
    assert "+merged_from: [bob-jones]" in output
    assert f"--- a/{label}/speakers/bob-jones.yaml" in output
    assert "-  - speaker: bob-jones" in output or "-    speaker: bob-jones" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("bob-jones", "bob-jones"), "SOURCE and TARGET are the same record"),
        (("nobody", "ann-smith"), "no record 'nobody'"),
        (("bob-jones", "greens"), "not records of one kind"),
    ],
)
def test_merge_refuses_bad_requests(content: Path, args: tuple[str, str], message: str) -> None:
    before = snapshot(content)
    status, output = merge(content, *args)
    assert status == 1
    assert message in output
    assert snapshot(content) == before


def test_merge_organisations_rewrites_parties_and_publishers(content: Path) -> None:
    status, output = merge(content, "housing-trust", "greens")
    assert status == 0, output
    debate = record(content / "debates" / "town-hall.yaml")
    assert debate["organiser"] == "greens"
    assert debate["source"]["publisher"] == "greens"
    assert debate["quotes"][3]["speaker"] == "greens"
    greens = record(content / "organisations" / "greens.yaml")
    assert greens["merged_from"] == ["housing-trust"]
    load_digest(content)


def test_paths_name_the_kind(content: Path) -> None:
    status, _ = merge(content, "speakers/bob-jones.yaml", "speakers/ann-smith.yaml")
    assert status == 0
    assert not (content / "speakers" / "bob-jones.yaml").exists()


def test_scalar_conflicts_go_to_commentary() -> None:
    merged = merge_into(
        "a", {"name": "A", "party": "greens"}, "b", {"name": "B", "party": "labour"}
    )
    assert merged["party"] == "labour"
    assert "Merged from `a`: party was 'greens'." in merged["commentary"]


def test_reextraction_never_brings_the_merged_record_back(content: Path, tmp_path: Path) -> None:
    assert merge(content, "bob-jones", "ann-smith")[0] == 0
    article = tmp_path / "later.txt"
    article.write_text(
        'title: Later meeting\n\nBob Jones said "Rents are too high." He left early.\n'
    )
    assert run_extract([article], out_dir=content, as_json=False, jobs=1) == 0
    assert not (content / "speakers" / "bob-jones.yaml").exists()
    later = record(content / "debates" / "later-meeting.yaml")
    assert later["quotes"][0]["speaker"] == "ann-smith"


def test_old_page_redirects_in_a_real_build(content: Path, tmp_path: Path) -> None:
    assert merge(content, "bob-jones", "ann-smith")[0] == 0
    (tmp_path / "build").mkdir()
    project = make_project(tmp_path / "build", content)
    for directory_urls, old, target in (
        (True, "speakers/bob-jones/index.html", "../ann-smith/"),
        (False, "speakers/bob-jones.html", "ann-smith.html"),
    ):
        site = build_site(project, use_directory_urls=directory_urls, strict=False)
        page = (site / old).read_text()
        assert f'<meta http-equiv="refresh" content="0; url={target}">' in page
        assert f'<link rel="canonical" href="{target}">' in page
        assert f'<a href="{target}">Ann Smith</a>' in page
        assert (site / old).parent.joinpath(target).resolve().exists() or (
            site / "speakers" / "ann-smith" / "index.html"
        ).exists()


def test_check_warns_about_possible_doubles(content: Path) -> None:
    bob = content / "speakers" / "bob-jones.yaml"
    bob.write_text(bob.read_text() + "possibly_same_as: [ann-smith, nobody]\n")
    _, problems = check_content(content)
    messages = [(p.severity, p.message) for p in problems if "bob-jones" in str(p.path)]
    assert ("warning", "may be the same as 'ann-smith'") in messages
    assert ("warning", "possibly_same_as names no speaker 'nobody'") in messages


DEVCORPUS = Path(__file__).resolve().parents[2] / "shared" / "devcorpus"
WONG_ARTICLES = (
    "15-hong-kong-extradition-bill.txt",
    "33-hong-kong-protests-continue-through-police-opposit.txt",
)


@pytest.mark.skipif(not DEVCORPUS.is_dir(), reason="needs ../shared/devcorpus")
def test_merge_then_reextract_changes_nothing(tmp_path: Path) -> None:
    """Article 33 names only "Wong": drafted as `wong`, possibly Joshua Wong of article 15.
    Merged by the editor, re-extracting both articles leaves every file as it is."""
    out = tmp_path / "content"
    articles = [DEVCORPUS / name for name in WONG_ARTICLES]
    assert run_extract(articles, out_dir=out, as_json=False, jobs=1) == 0
    assert record(out / "speakers" / "wong.yaml")["possibly_same_as"] == ["joshua-wong"]
    assert merge(out, "wong", "joshua-wong")[0] == 0
    before = snapshot(out)
    assert run_extract(articles, out_dir=out, as_json=False, jobs=1) == 0
    assert snapshot(out) == before


def test_merge_policies_rewrites_quotes_and_positions(content: Path) -> None:
    (content / "policies" / "rent-controls.yaml").write_text(
        "name: Rent controls\nkeywords: [rent control]\nstatus: draft\n"
    )
    debate = content / "debates" / "town-hall.yaml"
    debate.write_text(
        debate.read_text().replace("policies: [rent-caps]", "policies: [rent-controls]", 1)
    )
    status, output = merge(content, "rent-controls", "rent-caps")
    assert status == 0, output
    assert "rent-controls" not in debate.read_text()
    caps = record(content / "policies" / "rent-caps.yaml")
    assert caps["merged_from"] == ["rent-controls"]
    assert caps["keywords"] == ["rent controls", "rent control"]  # found by either from now on
    load_digest(content)


def test_merging_two_different_names_warns(content: Path) -> None:
    result = CliRunner().invoke(
        main, ["merge", "bob-jones", "ann-smith", "--content", str(content), "--dry-run"]
    )
    assert result.exit_code == 0
    warning = "warning: the names read as two different people (Bob Jones, Ann Smith)"
    assert warning in result.output


def test_doubles_lists_pairs_with_the_merge_that_joins_them(content: Path) -> None:
    (content / "speakers" / "smith.yaml").write_text("name: Smith\nstatus: draft\n")
    (content / "speakers" / "robert-jones.yaml").write_text(
        "name: Robert Jones\npossibly_same_as: [bob-jones]\nstatus: needs-review\n"
    )
    result = CliRunner().invoke(main, ["doubles", "--content", str(content)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines == [
        "possibly speakers: Smith / Ann Smith    digest merge smith ann-smith --kind speakers",
        "flagged  speakers: Bob Jones / Robert Jones"
        "    digest merge bob-jones robert-jones --kind speakers",
        "2 possible double(s)",
    ]


def test_a_merge_cut_short_finishes_when_run_again(content: Path) -> None:
    """SOURCE goes last: if the run stops after TARGET was written, running it again gives
    the same result as one uninterrupted merge."""
    bob = content / "speakers" / "bob-jones.yaml"
    saved = bob.read_text()
    once = content.parent / "once"
    shutil.copytree(content, once)
    assert merge(once, "bob-jones", "ann-smith")[0] == 0
    assert merge(content, "bob-jones", "ann-smith")[0] == 0
    bob.write_text(saved)  # as if the first run had stopped before deleting SOURCE
    assert merge(content, "bob-jones", "ann-smith")[0] == 0
    for path in (content / "speakers").glob("*.yaml"):
        assert path.read_text() == (once / "speakers" / path.name).read_text()
