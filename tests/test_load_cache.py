"""``mkdocs serve`` keeps parsed YAML across rebuilds: a file is parsed again only when its bytes
change, and the content loads the same with the cache as without."""

from __future__ import annotations

import shutil
from pathlib import Path

from digest.load import check_content
from digest.problems import Problem
from digest.yamlio import YamlFile, read_yaml

REPO = Path(__file__).resolve().parent.parent


def test_a_file_is_parsed_again_only_when_its_bytes_change(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("name: Ann\n", encoding="utf-8")
    cache: dict = {}
    first = read_yaml(path, cache)
    assert isinstance(first, YamlFile) and first.data == {"name": "Ann"}
    assert read_yaml(path, cache) is first  # same bytes: not parsed again
    path.write_text("name: Bob\n", encoding="utf-8")  # same size, new bytes
    second = read_yaml(path, cache)
    assert isinstance(second, YamlFile) and second.data == {"name": "Bob"}
    path.write_text("name: [unclosed\n", encoding="utf-8")
    assert isinstance(read_yaml(path, cache), Problem)
    path.write_text("name: Bob\n", encoding="utf-8")
    assert read_yaml(path, cache).data == {"name": "Bob"}  # type: ignore[union-attr]


def test_the_content_loads_the_same_with_the_cache(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    cache: dict = {}
    plain, problems = check_content(content)
    cold, cold_problems = check_content(content, cache)
    warm, warm_problems = check_content(content, cache)
    assert plain is not None and plain == cold == warm
    assert problems == cold_problems == warm_problems
    speaker = content / "speakers" / "sadiq-khan.yaml"
    speaker.write_text(
        speaker.read_text(encoding="utf-8").replace("constituency: Tooting", "constituency: Bow"),
        encoding="utf-8",
    )
    edited, _ = check_content(content, cache)
    assert edited is not None and edited.speakers["sadiq-khan"].constituency == "Bow"
