"""Gold annotations (tests/gold/ and the held-out tests/heldout*/gold/) are well-formed.

Conventions: tests/gold/README.md, tests/heldout/README.md and tests/heldout2/README.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO_ROOT / "tests" / "gold"
HELDOUT_DIR = REPO_ROOT / "tests" / "heldout" / "gold"
HELDOUT2_DIR = REPO_ROOT / "tests" / "heldout2" / "gold"
HELDOUT3_DIR = REPO_ROOT / "tests" / "heldout3" / "gold"
HELDOUT4_DIR = REPO_ROOT / "tests" / "heldout4" / "gold"
HELDOUT5_DIR = REPO_ROOT / "tests" / "heldout5" / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.gold.yaml")) + sorted(HELDOUT_DIR.glob("*.gold.yaml"))
GOLD_FILES += sorted(HELDOUT2_DIR.glob("*.gold.yaml"))
GOLD_FILES += sorted(HELDOUT3_DIR.glob("*.gold.yaml"))
GOLD_FILES += sorted(HELDOUT4_DIR.glob("*.gold.yaml"))
GOLD_FILES += sorted(HELDOUT5_DIR.glob("*.gold.yaml"))
QUOTATION_MARKS = set('"“”‘’„«»')


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: not a mapping"
    return data


def _article_text(path: Path, data: dict[str, Any]) -> str:
    rel = data.get("article_path")
    assert isinstance(rel, str), f"{path.name}: needs article_path"
    article = REPO_ROOT / rel
    assert article.is_file(), f"{path.name}: article_path {rel} not found"
    return article.read_text(encoding="utf-8")


def _has_quotation_mark(text: str) -> bool:
    return bool(QUOTATION_MARKS & set(text)) or text.startswith("'") or text.endswith("'")


def test_gold_files_exist() -> None:
    names = {p.name for p in GOLD_FILES}
    assert "000_f438ddfc0ab76411.gold.yaml" in names
    assert len(names) >= 2


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file(path: Path) -> None:
    data = _load(path)
    text = _article_text(path, data)
    attributions = data.get("attributions")
    assert isinstance(attributions, list) and attributions, f"{path.name}: no attributions"
    for i, item in enumerate(attributions, 1):
        where = f"{path.name} attribution {i}"
        assert isinstance(item, dict), f"{where}: not a mapping"
        assert item.get("kind") in ("direct", "indirect"), f"{where}: kind {item.get('kind')!r}"
        snippet = item.get("text")
        assert isinstance(snippet, str) and snippet, f"{where}: empty text"
        assert snippet in text, f"{where}: text not in the article: {snippet[:70]!r}"
        if item["kind"] == "direct":
            assert _has_quotation_mark(snippet), f"{where}: direct text has no quotation mark"
        speaker = item.get("speaker")
        ok_list = isinstance(speaker, list) and speaker and all(isinstance(s, str) for s in speaker)
        assert speaker is None or isinstance(speaker, str) or ok_list, f"{where}: speaker"
        if speaker is None:
            description = item.get("speaker_description")
            assert isinstance(description, str) and description, (
                f"{where}: null speaker needs speaker_description"
            )
