"""Issue 6, validation gaps: impossible dates, ids that are not slugs, non-standard YAML tags.

Each case breaks one thing in a copy of tests/fixtures/content and expects one exact
``path:line:col: field: problem (hint)`` line from the loader (what ``digest check`` prints and
what stops a build before it starts).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from digest.forms import DATE_PATTERN, ID_PATTERN
from digest.load import check_content, load_digest
from digest.problems import ContentError
from digest.schema import SCHEMA_DIR, check_document
from tests.content_support import copy_fixture, edit

DEBATE = "debates/why-labour-lost.yaml"
KHAN = "speakers/sadiq-khan.yaml"
TAG_HINT = "delete the tag: records hold plain text, numbers, lists and mappings"


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return copy_fixture(tmp_path, monkeypatch)


def errors(content: Path) -> list[str]:
    _, problems = check_content(content)
    return [str(p) for p in problems if p.severity == "error"]


# --- dates -------------------------------------------------------------------------------------

BAD_DATES = {
    "month 13, day 45": (
        DEBATE, "date: 2010-05-15", "date: 2010-13-45",
        "content/debates/why-labour-lost.yaml:3:7: date: '2010-13-45' is not a real date "
        "(months run from 01 to 12)",
    ),
    "30 February": (
        DEBATE, "date: 2010-05-15", "date: 2010-02-30",
        "content/debates/why-labour-lost.yaml:3:7: date: '2010-02-30' is not a real date "
        "(days run from 01 to 28 in February 2010)",
    ),
    "29 February, not a leap year": (
        DEBATE, "date: 2010-05-15", "date: 1900-02-29",
        "content/debates/why-labour-lost.yaml:3:7: date: '1900-02-29' is not a real date "
        "(days run from 01 to 28 in February 1900)",
    ),
    "31 April": (
        DEBATE, "date: 2010-05-15", "date: '2010-04-31'",
        "content/debates/why-labour-lost.yaml:3:7: date: '2010-04-31' is not a real date "
        "(days run from 01 to 30 in April 2010)",
    ),
    "day 00": (
        DEBATE, "date: 2010-05-15", "date: 2010-05-00",
        "content/debates/why-labour-lost.yaml:3:7: date: '2010-05-00' is not a real date "
        "(days run from 01 to 31 in May 2010)",
    ),
    "month 00": (
        DEBATE, "date: 2010-05-15", "date: 2010-00",
        "content/debates/why-labour-lost.yaml:3:7: date: '2010-00' is not a real date "
        "(months run from 01 to 12)",
    ),
    "source date": (
        DEBATE, "  publisher: labour", "  publisher: labour\n  date: 2010-02-30",
        "content/debates/why-labour-lost.yaml:8:9: source.date: '2010-02-30' is not a real date "
        "(days run from 01 to 28 in February 2010)",
    ),
    "role start": (
        KHAN, "from: 2005-05-05", "from: 2005-13-05",
        "content/speakers/sadiq-khan.yaml:8:11: roles[0].from: '2005-13-05' is not a real date "
        "(months run from 01 to 12)",
    ),
    "not a date at all": (
        DEBATE, "date: 2010-05-15", "date: 15/05/2010",
        "content/debates/why-labour-lost.yaml:3:7: date: '15/05/2010' is not in the expected "
        "form (YYYY-MM-DD, YYYY-MM or YYYY (quoted or not))",
    ),
}


@pytest.mark.parametrize(("name", "old", "new", "expected"), BAD_DATES.values(), ids=BAD_DATES)
def test_an_impossible_date_is_one_exact_error(
    content: Path, name: str, old: str, new: str, expected: str
) -> None:
    edit(content, name, old, new)
    assert errors(content) == [expected]


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("2010", "2010"),
        ("'2010'", "2010"),
        ("2010-05", "2010-05"),
        ("2010-12-31", "2010-12-31"),
        ("2012-02-29", "2012-02-29"),  # leap year
        ("2000-02-29", "2000-02-29"),  # divisible by 400
        ("'2010-05-15'", "2010-05-15"),
    ],
)
def test_real_dates_load_and_stay_strings(content: Path, written: str, kept: str) -> None:
    edit(content, DEBATE, "date: 2010-05-15", f"date: {written}")
    assert load_digest(content).debates["why-labour-lost"].date == kept


def debate_schema() -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / "debate.schema.json").read_text("utf-8"))


def test_the_schemas_carry_the_patterns_the_checker_explains() -> None:
    speaker = json.loads((SCHEMA_DIR / "speaker.schema.json").read_text("utf-8"))
    assert debate_schema()["$defs"]["date"]["pattern"] == DATE_PATTERN
    assert speaker["$defs"]["date"]["pattern"] == DATE_PATTERN
    assert debate_schema()["$defs"]["id"]["pattern"] == ID_PATTERN
    assert debate_schema()["$defs"]["quote"]["properties"]["id"]["$ref"] == "#/$defs/id"


def _quote(quote_id: str) -> dict[str, Any]:
    return {"id": quote_id, "speaker": None, "kind": "direct", "text": "t"}


AGREEMENT = [
    *({"title": "T", "source": {"article": "a"}, "date": d} for d in (
        "2010-13-45", "2010-02-30", "2010-02-29", "2012-02-29", "1900-02-29", "2000-02-29",
        "2010-00", "2010-12", "2010", 2010, "2010-04-31", "2010-05-31", "0000-01-01",
    )),
    *({"title": "T", "source": {"article": "a"}, "quotes": [_quote(i)]} for i in (
        "q-0123456789", "Q 1 Zoë", "../../q2", 'q-">x', "q_1", "q--1", "-q", "q-", "q1",
    )),
]


@pytest.mark.parametrize("data", AGREEMENT)
def test_jsonschema_agrees_on_dates_and_ids(data: dict[str, Any]) -> None:
    reference = Draft202012Validator(debate_schema())
    assert bool(check_document("debates", data)) == (not reference.is_valid(data))


# --- ids ---------------------------------------------------------------------------------------

BAD_IDS = {
    "space, capital, accent": ("Q 1 Zoë", "'Q 1 Zoë' is not a lowercase slug id (write q-1-zoe)"),
    "path": ("../../q2", "'../../q2' is not a lowercase slug id (write q2)"),
    "markup": ("'q-\">…'", "'q-\">…' is not a lowercase slug id (write q)"),
    "underscore": ("q_1", "'q_1' is not a lowercase slug id (write q-1)"),
    "double hyphen": ("q--1", "'q--1' is not a lowercase slug id (write q-1)"),
    "capitals": ("Q-0000000001", "'Q-0000000001' is not a lowercase slug id (write q-0000000001)"),
}


@pytest.mark.parametrize(("written", "expected"), BAD_IDS.values(), ids=BAD_IDS)
def test_a_quote_id_that_is_not_a_slug_is_one_exact_error(
    content: Path, written: str, expected: str
) -> None:
    edit(content, DEBATE, "- id: q-0000000001", f"- id: {written}")
    line = f"content/debates/why-labour-lost.yaml:11:9: quotes[0].id: {expected}"
    assert errors(content) == [line]
    with pytest.raises(ContentError):
        load_digest(content)


def test_references_to_a_bad_quote_id_add_no_second_error(content: Path) -> None:
    edit(content, DEBATE, "- id: q-0000000002", "- id: Q 2")
    edit(content, DEBATE, "evidence: [q-0000000002]", "evidence: [Q 2]")
    edit(content, DEBATE, "from: q-0000000002", "from: Q 2")
    assert errors(content) == [
        "content/debates/why-labour-lost.yaml:16:9: quotes[1].id: 'Q 2' is not a lowercase slug "
        "id (write q-2)"
    ]


# --- YAML tags ---------------------------------------------------------------------------------

BAD_TAGS = {
    "python object on a scalar": (
        "title: Why did Labour lose?", "title: !!python/object:os.system Why did Labour lose?",
        f"content/debates/why-labour-lost.yaml:2:8: title: unsupported YAML tag "
        f"'!!python/object:os.system' ({TAG_HINT})",
    ),
    "python apply on a list (was silently dropped)": (
        "participants: [sadiq-khan", "participants: !!python/object/apply:os.system [sadiq-khan",
        f"content/debates/why-labour-lost.yaml:8:15: participants: unsupported YAML tag "
        f"'!!python/object/apply:os.system' ({TAG_HINT})",
    ),
    "python object on a mapping (was silently dropped)": (
        "source:\n", "source: !!python/object:digest.model.Source\n",
        f"content/debates/why-labour-lost.yaml:5:9: source: unsupported YAML tag "
        f"'!!python/object:digest.model.Source' ({TAG_HINT})",
    ),
    "local tag deep inside": (
        "    kind: indirect", "    kind: !reported indirect",
        f"content/debates/why-labour-lost.yaml:18:11: quotes[1].kind: unsupported YAML tag "
        f"'!reported' ({TAG_HINT})",
    ),
    "verbatim tag": (
        "organiser: labour", "organiser: !<tag:example.com,2024:org> labour",
        f"content/debates/why-labour-lost.yaml:4:12: organiser: unsupported YAML tag "
        f"'tag:example.com,2024:org' ({TAG_HINT})",
    ),
    "python name at the top": (
        "title: Why did Labour lose?", "!!python/name:os.system\ntitle: Why did Labour lose?",
        f"content/debates/why-labour-lost.yaml:2:1: unsupported YAML tag "
        f"'!!python/name:os.system' ({TAG_HINT})",
    ),
}


@pytest.mark.parametrize(("old", "new", "expected"), BAD_TAGS.values(), ids=BAD_TAGS)
def test_a_non_standard_yaml_tag_is_one_exact_error(
    content: Path, old: str, new: str, expected: str
) -> None:
    edit(content, DEBATE, old, new)
    assert errors(content) == [expected]


def test_standard_tags_still_load(content: Path) -> None:
    edit(content, DEBATE, "title: Why did Labour lose?", "title: !!str Why did Labour lose?")
    edit(content, DEBATE, "date: 2010-05-15", "date: !!str 2010")
    edit(content, DEBATE, "kind: direct", "kind: ! direct")  # the non-specific tag
    debate = load_digest(content).debates["why-labour-lost"]
    assert (debate.title, debate.date, debate.quotes[0].kind) == (
        "Why did Labour lose?", "2010", "direct"
    )


def test_a_safe_but_unexpected_tag_is_a_type_error_not_a_crash(content: Path) -> None:
    edit(content, DEBATE, "themes: [immigration]\nquotes", "themes: !!set {immigration}\nquotes")
    assert errors(content) == [
        "content/debates/why-labour-lost.yaml:9:9: themes: expected a list, got set"
    ]
