"""``digest extract``: inputs, errors, --json, parallel runs, and re-running on the seed digest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from digest.extract.command import collect_inputs, run_extract
from digest.extract.parallel import check_input
from digest.load import check_content

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_f438ddfc0ab76411.txt"

ARTICLE = """title: Council votes on rents
source: Local Gazette
url: https://gazette.example/rents
date: 2024-05-02

Councillor Amy Stone said "Rents must be capped this year." Her rival, Councillor Ben Hart,
said the cap would "drive landlords out of the borough."
"""
OTHER = """title: Budget night
source: Local Gazette
url: https://gazette.example/budget
date: 2024-05-09

The mayor, Carla Mendes, said "This budget protects every library." Councillor Ben Hart said it
was "a budget of empty promises."
"""


@pytest.fixture
def pipeline() -> None:
    """The real pipeline (helper-4's), skipped only while it does not exist yet."""
    pytest.importorskip("digest.extract.pipeline")
    pytest.importorskip("digest.extract.reading")


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def errors_of(root: Path) -> list[str]:
    _, problems = check_content(root)
    return [str(p) for p in problems if p.severity == "error"]


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "rents.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "budget.md").write_text(OTHER, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        ("Rents said “no”.".encode("utf-16"), "UTF-16 text; save it as UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b'Caf\xe9 society said "no".\n', "not UTF-8 (byte 0xe9 on line 1)"),
    ],
)
def test_bad_input_is_named_in_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert message in (check_input(path) or "")


def test_bad_files_fail_alone(pipeline, articles: Path, tmp_path: Path, capsys) -> None:
    (articles / "empty.txt").write_bytes(b"")
    (articles / "latin1.txt").write_bytes(b'Caf\xe9 society said "no".\n')
    (articles / "image.html").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "content"
    status = run_extract([articles], out_dir=out, as_json=False, jobs=1)
    err = capsys.readouterr().err.splitlines()
    assert status == 1
    for name in ("empty.txt", "latin1.txt", "image.html"):
        lines = [line for line in err if name in line]
        assert len(lines) == 1, err
        assert lines[0].startswith(str(articles / name) + ": ")
    assert (out / "debates/council-votes-on-rents.yaml").is_file()
    assert (out / "debates/budget-night.yaml").is_file()
    assert errors_of(out) == []


def test_missing_path_and_empty_folder_are_errors(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    files, errors = collect_inputs([tmp_path / "nope.txt", tmp_path / "empty"])
    assert files == []
    assert errors == [
        f"{tmp_path / 'nope.txt'}: no such file or folder",
        f"{tmp_path / 'empty'}: no .txt, .md, .html files in this folder",
    ]


def test_folders_are_searched_once_each_file_skipping_hidden_and_out(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    names = ("a/one.txt", "a/b/two.HTML", "a/notes.pdf", ".git/x.txt", "a/.hidden.md")
    for name in (*names, "a/README.md", "a/b/LICENSE.txt", "a/Readme.txt"):
        (tmp_path / name).write_text("x")
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "content/articles/old.txt").write_text("x")
    files, errors = collect_inputs([tmp_path, tmp_path / "a/one.txt"], skip=tmp_path / "content")
    assert errors == []
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a/b/two.HTML", "a/one.txt"]
    files, errors = collect_inputs([tmp_path / "a/README.md"])  # named: read like any file
    assert [f.name for f in files] == ["README.md"]


def test_a_symlink_loop_is_an_error_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text("x")
    (tmp_path / "in" / "up").symlink_to("..")  # a folder loop: searched without recursing forever
    (tmp_path / "in" / "self.txt").symlink_to("self.txt")
    files, errors = collect_inputs([tmp_path / "loop.txt", tmp_path / "in"])
    assert [f.name for f in files] == ["ok.txt"]
    loop = tmp_path / "loop.txt"
    assert errors == [f"{loop}: a symbolic link that points back to itself (remove it)"]


def test_json_writes_nothing(pipeline, articles: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "content"
    assert run_extract([articles / "rents.txt"], out_dir=out, as_json=True, jobs=1) == 0
    one = json.loads(capsys.readouterr().out)
    assert one["article"]["title"] == "Council votes on rents"
    assert set(one) == {"article", "speakers", "quotes"}
    assert not out.exists()
    assert run_extract([articles], out_dir=out, as_json=True, jobs=2) == 0
    several = json.loads(capsys.readouterr().out)
    assert [d["article"]["title"] for d in several] == ["Budget night", "Council votes on rents"]
    assert not out.exists()


def test_json_reuses_known_ids(pipeline, tmp_path: Path, capsys) -> None:
    out = tmp_path / "content"
    shutil.copytree(REPO / "content", out)
    before = tree(out)
    assert run_extract([SEED], out_dir=out, as_json=True, jobs=1) == 0
    found = json.loads(capsys.readouterr().out)
    known = {}
    for path in (out / "speakers").glob("*.yaml"):
        record = yaml.safe_load(path.read_text())
        known |= {name: path.stem for name in [record["name"], *record.get("aliases", [])]}
    matched = [s for s in found["speakers"] if s["name"] in known]
    assert matched, found["speakers"]
    assert all(s["id"] == known[s["name"]] for s in matched)
    assert tree(out) == before


def test_parallel_equals_sequential(pipeline, articles: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "seq", tmp_path / "par"
    assert run_extract([articles], out_dir=one, as_json=False, jobs=1) == 0
    assert run_extract([articles], out_dir=two, as_json=False, jobs=2) == 0
    assert tree(one) == tree(two)
    assert errors_of(two) == []


def test_rerun_is_byte_identical(pipeline, articles: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "content"
    run_extract([articles], out_dir=out, as_json=False, jobs=1)
    before = tree(out)
    assert run_extract([articles], out_dir=out, as_json=False, jobs=2) == 0
    assert tree(out) == before
    summary = capsys.readouterr().out
    assert "articles: 2" in summary
    assert "0 added to debates" in summary


def test_rerun_on_the_seed_keeps_the_editors_work(pipeline, tmp_path: Path) -> None:
    out = tmp_path / "content"
    shutil.copytree(REPO / "content", out)
    debate = out / "debates/why-did-labour-lose.yaml"
    before = yaml.safe_load(debate.read_text())
    records = {kind: tree(out / kind) for kind in ("speakers", "organisations", "themes")}
    assert run_extract([SEED], out_dir=out, as_json=False, jobs=1) == 0
    after = yaml.safe_load(debate.read_text())
    lists = ("quotes", "positions", "relations", "participants", "themes")
    for key, value in before.items():
        if key not in lists:
            assert after[key] == value, key
    for key in lists[1:]:  # the editor's items first, unchanged; the extractor may add after
        assert after[key][: len(before[key])] == before[key], key
    kept = [q for q in after["quotes"] if q in before["quotes"]]
    assert kept == before["quotes"]  # every reviewed quote, unchanged, in the editor's order
    for kind, files in records.items():
        assert {k: v for k, v in tree(out / kind).items() if k in files} == files, kind
    assert (out / "articles/000-f438ddfc0ab76411.txt").read_bytes() == SEED.read_bytes()
    assert sorted(p.name for p in (out / "debates").iterdir()) == ["why-did-labour-lose.yaml"]
    assert errors_of(out) == []


def test_a_renamed_copy_of_an_article_merges_into_its_debate(pipeline, tmp_path: Path) -> None:
    """The same text under another file name is the same article: no duplicate debate."""
    out = tmp_path / "content"
    shutil.copytree(REPO / "content", out)
    renamed = tmp_path / "fabians-report.txt"
    shutil.copyfile(SEED, renamed)
    assert run_extract([renamed], out_dir=out, as_json=False, jobs=1) == 0
    assert sorted(p.name for p in (out / "debates").iterdir()) == ["why-did-labour-lose.yaml"]
    assert not (out / "articles/fabians-report.txt").exists()
