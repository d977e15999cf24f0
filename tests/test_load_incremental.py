"""A load with the serve session's cache (``digest.load_cache``) equals a fresh load, edit by edit.

One copy of the bundled content goes through a series of edits — fields changed, files broken and
fixed, renamed, deleted and added, articles changed, ids that other files cite changed — and after
each one the cached load's records and every problem (file, line, column, field, text) are
compared with those of a load that starts from nothing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from digest.load import check_content
from digest.load_cache import LoadCache

REPO = Path(__file__).resolve().parent.parent
DEBATE = "debates/why-did-labour-lose.yaml"
SPEAKER = "speakers/sadiq-khan.yaml"
THEME = "themes/immigration.yaml"
POLICY = "policies/points-based-immigration-system.yaml"
ARTICLE = "articles/000-f438ddfc0ab76411.txt"
QUOTE_WORDS = "a good example of middle class Westminster being out of touch"
WIKI_LINK = "See [[why-did-labour-lose#q-16e1994950]] for the quote.\n"

Action = Callable[[Path], None]


def edit(name: str, old: str, new: str, count: int = -1) -> Action:
    def action(content: Path) -> None:
        path = content / name
        text = path.read_bytes().decode("utf-8")
        assert old in text, f"{old!r} not in {name}"
        path.write_bytes(text.replace(old, new, count).encode("utf-8"))

    return action


def rename(old: str, new: str) -> Action:
    return lambda content: (content / old).rename(content / new)


def delete(name: str) -> Action:
    return lambda content: (content / name).unlink()


def restore(name: str) -> Action:
    """Put the bundled file back (whatever replaced it: a symlink, other bytes)."""

    def action(content: Path) -> None:
        path = content / name
        if path.is_symlink() or path.exists():
            path.unlink()
        shutil.copyfile(REPO / "content" / name, path)

    return action


def write(name: str, data: bytes) -> Action:
    return lambda content: (content / name).write_bytes(data)


def symlink_out(name: str) -> Action:
    """``name`` becomes a symlink to a copy of itself outside the content folder."""

    def action(content: Path) -> None:
        outside = content.parent / "outside.txt"
        shutil.copyfile(content / name, outside)
        (content / name).unlink()
        os.symlink(outside, content / name)

    return action


SPEAKER_YAML = b"name: Ann Example\nstatus: reviewed\n"
ORG = b"name: Ann Example Ltd\n"

STEPS: list[tuple[str, Action, str]] = [
    # (what happens, the edit, a text some problem must then contain; "" for no problem)
    ("nothing changed", lambda content: None, ""),
    ("a field edited", edit(SPEAKER, "constituency: Tooting", "constituency: Bow"), ""),
    ("the same size, at once", edit(SPEAKER, "constituency: Bow", "constituency: Box"), ""),
    ("YAML broken", edit(SPEAKER, "name: Sadiq Khan", "name: [Sadiq Khan"), "YAML syntax error"),
    ("YAML fixed", edit(SPEAKER, "name: [Sadiq Khan", "name: Sadiq Khan"), ""),
    (
        "an unknown speaker",
        edit(DEBATE, "speaker: sadiq-khan", "speaker: sadiq-kahn", 1),
        "did you mean 'sadiq-khan'?",
    ),
    ("the speaker fixed", edit(DEBATE, "speaker: sadiq-kahn", "speaker: sadiq-khan"), ""),
    ("a wiki link to a quote", edit(THEME, "commentary: |\n", f"commentary: |\n  {WIKI_LINK}"), ""),
    (
        "the quote it names renamed (the linking file unchanged)",
        edit(DEBATE, "q-16e1994950", "q-16e1994951"),
        "unknown quote 'why-did-labour-lose#q-16e1994950'",
    ),
    ("the quote named back", edit(DEBATE, "q-16e1994951", "q-16e1994950"), ""),
    (
        "a speaker file renamed",
        rename("speakers/kerry-mccarthy.yaml", "speakers/kerry-mccarthy-mp.yaml"),
        "unknown speaker 'kerry-mccarthy'",
    ),
    (
        "renamed back",
        rename("speakers/kerry-mccarthy-mp.yaml", "speakers/kerry-mccarthy.yaml"),
        "",
    ),
    ("a theme deleted", delete(THEME), "unknown theme 'immigration'"),
    ("the theme back", restore(THEME), ""),
    ("a schema error", edit(POLICY, "status: reviewed", "status: reviewd"), "did you mean"),
    ("the schema error fixed", edit(POLICY, "status: reviewd", "status: reviewed"), ""),
    ("a quote not in the article", edit(ARTICLE, QUOTE_WORDS, "no longer quoted"), "verbatim"),
    ("the article back", restore(ARTICLE), ""),
    ("the article a symlink out", symlink_out(ARTICLE), "outside the content folder"),
    ("the article a file again", restore(ARTICLE), ""),
    ("the article not UTF-8", write(ARTICLE, b"caf\xe9\n"), "not UTF-8"),
    ("the article UTF-8 again", restore(ARTICLE), ""),
    (
        "the article missing",
        edit(DEBATE, "article: articles/000-", "article: articles/001-"),
        "article not found",
    ),
    ("the article named again", edit(DEBATE, "articles/001-", "articles/000-"), ""),
    ("a speaker nobody cites", write("speakers/ann-example.yaml", SPEAKER_YAML), "no debate"),
    ("an id both kinds have", write("organisations/ann-example.yaml", ORG), "is also a speaker"),
    ("the organisation deleted", delete("organisations/ann-example.yaml"), "no debate"),
    ("the speaker deleted", delete("speakers/ann-example.yaml"), ""),
    ("a .yml file", write("themes/extra.yml", b"name: Extra\n"), "only .yaml files are read"),
    ("an editor's backup", write("themes/fairness.yaml~", b"name: F\n"), "editor backup"),
    ("a debate emptied", write(DEBATE, b""), "not an empty file"),
    ("the debate back", restore(DEBATE), ""),
]


@pytest.fixture
def content(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "content", tmp_path / "content")
    return tmp_path / "content"


def test_every_edit_loads_as_a_fresh_load_would(content: Path) -> None:
    cache = LoadCache()
    check_content(content, cache)  # the session's first build
    for step, action, expected in STEPS:
        action(content)
        cached_digest, cached_problems = check_content(content, cache)
        fresh_digest, fresh_problems = check_content(content)
        assert cached_digest == fresh_digest, step
        assert [str(p) for p in cached_problems] == [str(p) for p in fresh_problems], step
        assert cached_problems == fresh_problems, step  # severity too
        shown = [str(p) for p in fresh_problems]
        if expected:
            assert any(expected in line for line in shown), (step, shown)
        else:  # the warnings for the litter files of the last steps stay
            assert not [p for p in shown if not (".yml:" in p or ".yaml~:" in p)], (step, shown)


def test_only_what_an_edit_touches_is_made_again(content: Path) -> None:
    """The records of unchanged files are the very objects of the last load (nothing was built
    again); an edited file's record and a debate whose article changed are new."""
    cache = LoadCache()
    first, _ = check_content(content, cache)
    edit(SPEAKER, "constituency: Tooting", "constituency: Bow")(content)
    second, _ = check_content(content, cache)
    assert first is not None and second is not None
    assert second.speakers["sadiq-khan"] is not first.speakers["sadiq-khan"]
    assert second.speakers["sadiq-khan"].constituency == "Bow"
    assert second.speakers["kerry-mccarthy"] is first.speakers["kerry-mccarthy"]
    assert second.debates["why-did-labour-lose"] is first.debates["why-did-labour-lose"]
    (content / ARTICLE).write_bytes((content / ARTICLE).read_bytes() + b"\nA new last line.\n")
    third, _ = check_content(content, cache)
    assert third is not None
    assert third.debates["why-did-labour-lose"] is not second.debates["why-did-labour-lose"]
    assert third.debates["why-did-labour-lose"].article_text.endswith("A new last line.\n")


def test_files_that_are_gone_are_forgotten(content: Path) -> None:
    cache = LoadCache()
    check_content(content, cache)
    delete(THEME)(content)
    check_content(content, cache)
    assert content / THEME not in cache.parsed
    assert content / ARTICLE in cache.articles
