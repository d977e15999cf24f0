"""Issue 6, paths: a record may only name a regular file inside content/, symlinks followed.

``digest check`` / the loader refuse every other path with one exact line; ``digest extract``
neither reads nor overwrites what such a record names, and says so in one line (exit 1).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from digest.load import check_content, load_digest
from digest.paths import HINT, MissingFile, UnsafePath, check_writable, content_file
from digest.problems import ContentError

FIXTURE = Path(__file__).parent / "fixtures" / "content"
DEBATE = "content/debates/why-labour-lost.yaml"
ARTICLE_LINE = "  article: articles/fabian-debate.txt"
SYMLINK_HINT = "a symlink: copy the file into the content folder instead of linking to it"


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The valid fixture at ./content, a secret file beside it (outside), a folder of links."""
    shutil.copytree(FIXTURE, tmp_path / "content")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text("TOP SECRET\n", encoding="utf-8")
    articles = tmp_path / "content" / "articles"
    (articles / "link.txt").symlink_to(tmp_path / "outside" / "secret.txt")
    (articles / "linked-folder").symlink_to(tmp_path / "outside")
    (articles / "a-folder.txt").mkdir()
    (articles / "2010" / "may").mkdir(parents=True)
    shutil.copy(articles / "fabian-debate.txt", articles / "2010" / "may" / "fabian.txt")
    (articles / "inner-link.txt").symlink_to("2010/may/fabian.txt")
    (articles / "dangling.txt").symlink_to("nowhere.txt")
    monkeypatch.chdir(tmp_path)
    return Path("content")


def set_article(content: Path, value: str) -> None:
    path = content / "debates" / "why-labour-lost.yaml"
    text = path.read_text(encoding="utf-8")
    assert ARTICLE_LINE in text
    path.write_text(text.replace(ARTICLE_LINE, f"  article: {value}"), encoding="utf-8")


def errors(content: Path) -> list[str]:
    _, problems = check_content(content)
    return [str(p) for p in problems if p.severity == "error"]


def outside(name: str) -> str:
    return str(Path("outside", name).resolve())


# source.article as written (YAML) -> the one error line (a callable: the path is tmp_path's)
UNSAFE = {
    "relative escape": (
        "../../etc/passwd",
        lambda: f"{DEBATE}:6:12: source.article: '../../etc/passwd' goes outside the content "
        f"folder ({HINT})",
    ),
    "escape after a folder": (
        "articles/../../outside/secret.txt",
        lambda: f"{DEBATE}:6:12: source.article: 'articles/../../outside/secret.txt' goes "
        f"outside the content folder ({HINT})",
    ),
    "absolute": (
        "/etc/passwd",
        lambda: f"{DEBATE}:6:12: source.article: '/etc/passwd' is an absolute path ({HINT})",
    ),
    "windows drive": (
        "'C:/secret.txt'",
        lambda: f"{DEBATE}:6:12: source.article: 'C:/secret.txt' is an absolute path ({HINT})",
    ),
    "symlinked file": (
        "articles/link.txt",
        lambda: f"{DEBATE}:6:12: source.article: 'articles/link.txt' leads to "
        f"{outside('secret.txt')}, outside the content folder ({SYMLINK_HINT})",
    ),
    "symlinked folder on the way": (
        "articles/linked-folder/secret.txt",
        lambda: f"{DEBATE}:6:12: source.article: 'articles/linked-folder/secret.txt' leads to "
        f"{outside('secret.txt')}, outside the content folder ({SYMLINK_HINT})",
    ),
    "NUL byte": (
        '"articles/fabian-debate.txt\\0.txt"',
        lambda: f"{DEBATE}:6:12: source.article: the path contains a NUL byte ({HINT})",
    ),
    "directory": (
        "articles/a-folder.txt",
        lambda: f"{DEBATE}:6:12: source.article: 'articles/a-folder.txt' is a folder, not a "
        f"file ({HINT})",
    ),
    "backslash": (
        "'articles\\fabian-debate.txt'",
        lambda: f"{DEBATE}:6:12: source.article: 'articles\\fabian-debate.txt' contains a "
        "backslash (separate folders with /)",
    ),
    "dangling symlink": (
        "articles/dangling.txt",
        lambda: f"{DEBATE}:6:12: source.article: 'articles/dangling.txt' is a broken symlink "
        "(copy the article file in instead)",
    ),
    "missing": (
        "articles/nope.txt",
        lambda: f"{DEBATE}:6:12: source.article: article not found: articles/nope.txt "
        "(expected the file content/articles/nope.txt)",
    ),
}


@pytest.mark.parametrize(("value", "expected"), UNSAFE.values(), ids=UNSAFE.keys())
def test_an_unsafe_article_path_is_one_exact_error(content: Path, value: str, expected) -> None:
    set_article(content, value)
    assert errors(content) == [expected()]
    with pytest.raises(ContentError):  # the build never starts
        load_digest(content)


@pytest.mark.parametrize(
    "value",
    ["articles/2010/may/fabian.txt", "articles/inner-link.txt", "./articles/fabian-debate.txt"],
)
def test_a_nested_path_or_a_link_inside_content_is_fine(content: Path, value: str) -> None:
    set_article(content, value)
    digest = load_digest(content)
    debate = digest.debates["why-labour-lost"]
    assert debate.article_text.startswith("Mattinson said immigration")
    assert [q.start for q in debate.quotes] == [15, 107]


def test_the_secret_text_is_never_loaded(content: Path) -> None:
    set_article(content, "articles/link.txt")
    digest, _ = check_content(content)
    assert digest is None


def test_a_record_file_that_links_outside_is_refused(content: Path) -> None:
    secret = Path("outside", "theme.yaml")
    secret.write_text("name: Secret\n", encoding="utf-8")
    (content / "themes" / "secret.yaml").symlink_to(secret.resolve())
    assert errors(content) == [
        f"content/themes/secret.yaml:1:1: leads to {secret.resolve()}, outside the content "
        f"folder ({SYMLINK_HINT})"
    ]


def test_a_kind_folder_that_links_outside_is_refused(content: Path) -> None:
    shutil.move(content / "policies", "outside/policies")
    (content / "policies").symlink_to(Path("outside/policies").resolve())
    assert (
        f"content/policies:1:1: leads to {outside('policies')}, outside the content folder "
        f"({SYMLINK_HINT})"
    ) in errors(content)


# --- the rule itself (digest/paths.py) ---------------------------------------------------------


def test_content_file_tells_missing_from_unsafe(content: Path) -> None:
    found = content_file(content, "articles/fabian-debate.txt")
    assert found == content / "articles" / "fabian-debate.txt"
    with pytest.raises(MissingFile):
        content_file(content, "articles/new.txt")
    with pytest.raises(UnsafePath) as unsafe:
        content_file(content, "articles/link.txt")
    assert not isinstance(unsafe.value, MissingFile)


def test_writing_through_a_symlinked_folder_is_refused(content: Path) -> None:
    check_writable(content, content / "articles" / "new.txt")  # a new file: fine
    with pytest.raises(UnsafePath, match="outside the content folder"):
        check_writable(content, content / "articles" / "linked-folder" / "new.txt")
    with pytest.raises(UnsafePath, match="outside the content folder"):
        check_writable(content, content / "articles" / "link.txt")


# --- digest extract ----------------------------------------------------------------------------

ARTICLE = """title: Council votes on rents
source: Local Gazette
url: https://gazette.example/rents
date: 2024-05-02

Councillor Amy Stone said "Rents must be capped this year." Her rival, Councillor Ben Hart,
said the cap would "drive landlords out of the borough."
"""


def run_digest(*args: str) -> subprocess.CompletedProcess[str]:
    code = "from digest.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )


def debate_naming(article: str) -> str:
    return (
        "title: Council votes on rents\n"
        "source:\n"
        f"  article: {article}\n"
        "  url: https://gazette.example/rents\n"
    )


@pytest.mark.parametrize(
    ("article", "problem"),
    [
        ("../outside/secret.txt", "'../outside/secret.txt' goes outside the content folder"),
        ("/etc/hostname", "'/etc/hostname' is an absolute path"),
        ("articles/link.txt", "'articles/link.txt' leads to {secret}, outside the content folder"),
    ],
    ids=["relative escape", "absolute", "symlink"],
)
def test_extract_neither_reads_nor_overwrites_what_a_record_names_outside(
    content: Path, article: str, problem: str
) -> None:
    Path("rents.txt").write_text(ARTICLE, encoding="utf-8")
    (content / "debates" / "council-votes-on-rents.yaml").write_text(
        debate_naming(article), encoding="utf-8"
    )
    before = {p: p.read_bytes() for p in Path("outside").rglob("*") if p.is_file()}
    result = run_digest("extract", "rents.txt", "--out", "content")
    assert result.returncode == 1
    problem = problem.format(secret=outside("secret.txt"))
    hint = SYMLINK_HINT if "symlink" in problem or "leads to" in problem else HINT
    assert result.stderr.splitlines() == [
        f"rents.txt: content/debates/council-votes-on-rents.yaml: source.article: {problem} "
        f"({hint})"
    ]
    assert "Traceback" not in result.stdout + result.stderr
    assert {p: p.read_bytes() for p in Path("outside").rglob("*") if p.is_file()} == before


def test_extract_does_not_write_through_a_symlinked_articles_folder(content: Path) -> None:
    Path("rents.txt").write_text(ARTICLE, encoding="utf-8")
    shutil.rmtree(content / "articles")
    (content / "articles").symlink_to(Path("outside").resolve())
    result = run_digest("extract", "rents.txt", "--out", "content")
    assert result.returncode == 1
    target = outside("council-votes-on-rents.txt")
    assert result.stderr.splitlines() == [
        f"rents.txt: content/articles/council-votes-on-rents.txt: leads to {target}, outside "
        f"the content folder ({SYMLINK_HINT})"
    ]
    assert not os.path.exists(target)
    assert not (content / "debates" / "council-votes-on-rents.yaml").exists()


def test_extract_writes_nothing_when_a_record_folder_links_outside(content: Path) -> None:
    Path("rents.txt").write_text(ARTICLE, encoding="utf-8")
    shutil.rmtree(content / "speakers")
    (content / "speakers").symlink_to(Path("outside").resolve())
    before = sorted(p.name for p in content.rglob("*"))
    result = run_digest("extract", "rents.txt", "--out", "content")
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("rents.txt: content/speakers/")
    assert line.endswith(f", outside the content folder ({SYMLINK_HINT})")
    assert sorted(p.name for p in content.rglob("*")) == before  # not even the article
    assert sorted(p.name for p in Path("outside").iterdir()) == ["secret.txt"]


def test_a_record_file_that_is_a_symlink_loop_is_one_error(content: Path) -> None:
    (content / "speakers" / "loop.yaml").symlink_to("loop.yaml")
    assert errors(content) == [
        "content/speakers/loop.yaml:1:1: is a symlink loop (replace the link with the file itself)"
    ]


def test_the_build_names_a_looping_record_file_without_a_traceback(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from mkdocs.exceptions import Abort

    from tests.test_site_build import build_site, make_project

    project = make_project(tmp_path)
    (project / "content" / "speakers" / "loop.yaml").symlink_to("loop.yaml")
    with pytest.raises(Abort) as aborted:
        build_site(project)
    assert "BuildError" in str(aborted.value)  # MkDocs' clean stop, not a RuntimeError
    assert "  content/speakers/loop.yaml:1:1: is a symlink loop (replace" in caplog.text
    assert not (project / "site" / "index.html").exists()  # no half-written site
