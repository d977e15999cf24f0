"""The schemas in digest/schemas: valid JSON Schema, in step with digest.model, and the fast
checker compiled from them agrees with the reference implementation (jsonschema)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from digest import model
from digest.load import NOT_IN_YAML, YAML_NAMES
from digest.schema import SCHEMA_DIR, SCHEMA_NAMES, SchemaError, _compile, check_document

REPO = Path(__file__).parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "content"
SCHEMAS = sorted(SCHEMA_DIR.glob("*.schema.json"))


def schema_of(kind: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / f"{SCHEMA_NAMES[kind]}.schema.json").read_text("utf-8"))


def test_there_is_one_schema_per_kind() -> None:
    assert sorted(p.name for p in SCHEMAS) == sorted(
        f"{name}.schema.json" for name in SCHEMA_NAMES.values()
    )
    assert set(SCHEMA_NAMES) == set(model.KINDS)


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_each_schema_is_valid_json_schema_2020_12(path: Path) -> None:
    schema = json.loads(path.read_text("utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_every_property_is_described_for_editors(path: Path) -> None:
    """Titles/descriptions are what a YAML language server shows while completing a field."""
    schema = json.loads(path.read_text("utf-8"))
    objects = [schema, *(d for d in schema.get("$defs", {}).values() if "properties" in d)]
    for obj in objects:
        for name, prop in obj["properties"].items():
            target = schema["$defs"][prop["$ref"].split("/")[-1]] if "$ref" in prop else {}
            assert {"title", "description"} & (prop.keys() | target.keys()), name


# (record type, schema of its YAML mapping) for every record and nested record.
def _pairs() -> list[tuple[type, dict[str, Any]]]:
    debate = schema_of("debates")["$defs"]
    speaker = schema_of("speakers")["$defs"]
    return [
        *((cls, schema_of(kind)) for kind, cls in model.KINDS.items()),
        (model.Role, speaker["role"]),
        (model.Link, speaker["link"]),
        (model.Source, debate["source"]),
        (model.Quote, debate["quote"]),
        (model.Position, debate["position"]),
        (model.Relation, debate["relation"]),
        (model.ExtractorMemory, debate["extractor"]),
    ]


@pytest.mark.parametrize(("cls", "schema"), _pairs(), ids=lambda x: getattr(x, "__name__", ""))
def test_schema_and_dataclass_have_the_same_fields(cls: type, schema: dict[str, Any]) -> None:
    names = YAML_NAMES.get(cls, {})
    in_schema = {names.get(key, key) for key in schema["properties"]}
    in_model = {f.name for f in dataclasses.fields(cls)} - _filled_by_loader(cls)
    assert in_schema == in_model


def _filled_by_loader(cls: type) -> set[str]:
    return NOT_IN_YAML | ({"id"} if cls in model.KINDS.values() else set())  # id: the file stem


@pytest.mark.parametrize(("cls", "schema"), _pairs(), ids=lambda x: getattr(x, "__name__", ""))
def test_required_fields_are_the_dataclass_fields_without_a_default(
    cls: type, schema: dict[str, Any]
) -> None:
    names = YAML_NAMES.get(cls, {})
    no_default = {
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    required = {names.get(k, k) for k in schema.get("required", [])}
    assert required >= no_default - _filled_by_loader(cls)


def test_enums_match_the_model() -> None:
    debate = schema_of("debates")["$defs"]
    assert debate["quote"]["properties"]["kind"]["enum"] == list(model.QUOTE_KINDS)
    assert debate["position"]["properties"]["stance"]["enum"] == list(model.STANCES)
    assert debate["relation"]["properties"]["type"]["enum"] == list(model.RELATION_TYPES)
    kinds = schema_of("organisations")["properties"]["kind"]["enum"]
    assert kinds == [*model.ORGANISATION_KINDS, None]
    for kind in SCHEMA_NAMES:
        assert schema_of(kind)["$defs"]["status"]["enum"] == [*model.STATUSES, None]


def test_the_fast_checker_refuses_keywords_it_does_not_implement() -> None:
    with pytest.raises(SchemaError):
        _compile({"type": "object", "oneOf": [{"type": "string"}]}, {})


# Documents the fast checker and jsonschema must both accept (None) or both reject.
DOCUMENTS: list[tuple[str, Any]] = [
    ("speakers", {"name": "A", "aliases": None, "roles": [{"title": "MP", "from": 2010}]}),
    ("speakers", {"name": "A", "roles": [{"title": "MP", "from": "May 2010"}]}),
    ("speakers", {"name": "A", "roles": [{"organisation": "x"}]}),
    ("speakers", {"name": "A", "links": [{"title": "t", "url": "u", "rel": "me"}]}),
    ("speakers", {"name": True}),
    ("speakers", {"name": ""}),
    ("organisations", {"name": "A", "kind": "party"}),
    ("organisations", {"name": "A", "kind": "club"}),
    ("themes", {"name": "A", "keywords": "x"}),
    ("policies", {"name": "A", "themes": [1]}),
    ("debates", {"title": "T", "source": {"article": "a.txt"}, "date": 2010}),
    ("debates", {"title": "T", "source": {}}),
    ("debates", {"title": "T", "source": {"article": "a"}, "quotes": [{"id": "q", "kind": "x"}]}),
    ("debates", {"title": "T", "source": {"article": "a"},
                 "quotes": [{"id": "q", "speaker": None, "kind": "direct", "text": "t",
                             "confidence": 2}]}),
    ("debates", {"title": "T", "source": {"article": "a"},
                 "positions": [{"speaker": "s", "theme": "t", "stance": "for"}]}),
    ("debates", {"title": "T", "source": {"article": "a"}, "relations": [{"type": "echoes"}]}),
    ("debates", {"title": "T", "source": {"article": "a"}, "extractor": {"proposed": "q"}}),
]


@pytest.mark.parametrize(("kind", "data"), DOCUMENTS)
def test_the_fast_checker_agrees_with_jsonschema(kind: str, data: Any) -> None:
    reference = Draft202012Validator(schema_of(kind))
    assert bool(check_document(kind, data)) == (not reference.is_valid(data))


@pytest.mark.parametrize("path", sorted(FIXTURE.glob("*/*.yaml")), ids=lambda p: p.name)
def test_the_valid_fixture_passes_both_checkers(path: Path) -> None:
    kind = path.parent.name
    data = yaml.safe_load(path.read_text("utf-8"))
    data = json.loads(json.dumps(data, default=str))  # YAML dates as strings, as the loader does
    assert check_document(kind, data) == []
    assert Draft202012Validator(schema_of(kind)).is_valid(data)


BUNDLED = sorted((REPO / "content").glob("*/*.yaml"))


@pytest.mark.skipif(not BUNDLED, reason="no bundled content yet")
@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_bundled_yaml_file_names_its_schema(path: Path) -> None:
    first = path.read_text("utf-8").splitlines()[0]
    schema = SCHEMA_NAMES[path.parent.name]
    assert first == f"# yaml-language-server: $schema=../../digest/schemas/{schema}.schema.json"
