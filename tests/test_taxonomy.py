"""The packaged theme taxonomy: valid theme records, slug ids, CAP's major topics covered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from digest.schema import SCHEMA_DIR
from digest.slug import slugify
from digest.taxonomy import load_taxonomy

REPO = Path(__file__).parent.parent
TAXONOMY = load_taxonomy()
THEME_SCHEMA = json.loads((SCHEMA_DIR / "theme.schema.json").read_text("utf-8"))

# The Comparative Agendas Project's 21 major topics, as our ids.
CAP_MAJOR_TOPICS = [
    *("macroeconomics", "civil-rights", "health", "agriculture", "labour-and-employment"),
    *("education", "environment", "energy", "immigration", "transportation", "law-and-crime"),
    *("social-welfare", "housing", "business-and-finance", "defence", "technology"),
    *("foreign-trade", "foreign-affairs", "government-operations", "public-lands", "culture"),
]


@pytest.mark.parametrize("theme_id", sorted(TAXONOMY.themes))
def test_each_entry_is_a_valid_theme_record_with_a_slug_id(theme_id: str) -> None:
    record = TAXONOMY.record(theme_id)
    assert list(Draft202012Validator(THEME_SCHEMA).iter_errors(record)) == []
    assert slugify(theme_id) == theme_id
    assert record["description"] and len(record["keywords"]) >= 5
    assert all(k == k.lower().strip() for k in record["keywords"])


def test_the_21_major_topics_and_the_subtopics_a_digest_needs() -> None:
    assert set(CAP_MAJOR_TOPICS) <= set(TAXONOMY.themes)
    assert {"elections", "taxation", "abortion", "brexit"} <= set(TAXONOMY.themes)


def test_no_keyword_belongs_to_two_themes() -> None:
    owners: dict[str, str] = {}
    for theme_id, record in TAXONOMY.themes.items():
        for keyword in record["keywords"]:
            assert owners.setdefault(keyword, theme_id) == theme_id, keyword


def test_a_draft_record_is_marked_draft_and_unknown_ids_have_none() -> None:
    assert TAXONOMY.record("immigration")["status"] == "draft"
    assert TAXONOMY.record("why-labour-lost") is None


GOLD_FILES = sorted(
    [*(REPO / "tests/gold").glob("*.gold.yaml"), *(REPO / "tests/heldout/gold").glob("*.gold.yaml")]
)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_theme_and_stance_annotations_use_taxonomy_ids(path) -> None:
    attributions = yaml.safe_load(path.read_text("utf-8"))["attributions"]
    annotated = [a for a in attributions if "themes" in a]
    assert annotated in ([], attributions)  # a file is annotated throughout, or not at all
    for a in annotated:
        assert set(a["themes"]) <= set(TAXONOMY.themes), a["text"][:40]
        assert a.get("stance", "unclear") in ("supports", "opposes", "unclear")
