"""The JSON Schemas in ``digest/schemas/`` and a fast checker compiled from them.

The schemas are the single source of truth for fields, types, enums and required fields (editors'
YAML language servers read them too). ``jsonschema`` takes ~1.3 s for 1,000 debates, so each
schema is compiled once into nested closures that understand exactly the keywords our schemas
use; a keyword it does not know makes compiling fail, so the two cannot silently drift apart
(tests/test_schemas.py also checks that ``jsonschema`` agrees on good and bad documents).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from digest.forms import explain
from digest.yamlio import Finding, Where

SCHEMA_DIR = Path(__file__).parent / "schemas"
SCHEMA_NAMES: dict[str, str] = {
    "speakers": "speaker",
    "organisations": "organisation",
    "themes": "theme",
    "policies": "policy",
    "debates": "debate",
}
"""Content folder -> schema name (``digest/schemas/<name>.schema.json``)."""

Check = Callable[[Any, Where, list[Finding]], None]

_ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description", "default", "examples"}
_KEYWORDS = {
    "type",
    "enum",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minLength",
    "minimum",
    "maximum",
    "pattern",
    "$ref",
}
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}
_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true/false",
    list: "a list",
    dict: "a mapping",
    type(None): "empty (null)",
}


class SchemaError(ValueError):
    """A schema uses something the fast checker does not implement."""


def schema_path(kind: str) -> Path:
    """``digest/schemas/<name>.schema.json`` for a content folder name such as ``"debates"``."""
    return SCHEMA_DIR / f"{SCHEMA_NAMES[kind]}.schema.json"


@cache
def load_schema(kind: str) -> dict[str, Any]:
    return json.loads(schema_path(kind).read_text(encoding="utf-8"))


@cache
def checker(kind: str) -> Check:
    """The compiled checker of a content folder's schema (compiled once per process)."""
    schema = load_schema(kind)
    return _compile(schema, schema.get("$defs", {}))


def check_document(kind: str, data: Any) -> list[Finding]:
    """Every way ``data`` breaks the schema of ``kind``; [] when it conforms."""
    if not isinstance(data, dict):
        got = "an empty file" if data is None else _NAMES.get(type(data), type(data).__name__)
        return [Finding((), f"the file must be a mapping of fields, not {got}")]
    findings: list[Finding] = []
    checker(kind)(data, (), findings)
    return findings


def _compile(schema: dict[str, Any], defs: dict[str, Any]) -> Check:
    unknown = set(schema) - _ANNOTATIONS - _KEYWORDS
    if unknown:
        raise SchemaError(f"keywords not supported by digest.schema: {sorted(unknown)}")
    if "$ref" in schema:
        return _compile_ref(schema, defs)
    types = _compile_types(schema)
    parts = [
        part
        for part in (
            _compile_enum(schema),
            _compile_string(schema),
            _compile_number(schema),
            _compile_object(schema, defs),
            _compile_array(schema, defs),
        )
        if part is not None
    ]

    def check(value: Any, where: Where, out: list[Finding]) -> None:
        if types is not None and type(value) not in types:
            out.append(_type_finding(schema, value, where))
            return
        for part in parts:
            part(value, where, out)

    return check


def _compile_ref(schema: dict[str, Any], defs: dict[str, Any]) -> Check:
    ref = schema["$ref"]
    if not ref.startswith("#/$defs/") or set(schema) - _ANNOTATIONS - {"$ref"}:
        raise SchemaError(f"only a bare local '#/$defs/…' $ref is supported, not {schema}")
    return _compile(defs[ref.removeprefix("#/$defs/")], defs)


def _compile_types(schema: dict[str, Any]) -> frozenset[type] | None:
    names = schema.get("type")
    if names is None:
        return None
    names = [names] if isinstance(names, str) else names
    return frozenset(t for name in names for t in _TYPES[name])


def _type_finding(schema: dict[str, Any], value: Any, where: Where) -> Finding:
    names = schema["type"]
    names = [names] if isinstance(names, str) else names
    wanted = " or ".join(_NAMES[_TYPES[n][-1]] for n in names if n != "null")
    got = _NAMES.get(type(value), type(value).__name__)
    return Finding(where, f"expected {wanted}, got {got}", _type_hint(value, names))


def _type_hint(value: Any, names: list[str]) -> str:
    if value is None or not isinstance(value, str | int | float | list | dict):
        return ""  # a !!set or !!binary value: no quoting or bracketing makes it right
    if "string" in names and not isinstance(value, list | dict):
        return "put the value in quotes"
    if "array" in names and not isinstance(value, list | dict):
        return f"write a list: [{value}]"
    return ""


def _compile_enum(schema: dict[str, Any]) -> Check | None:
    if "enum" not in schema:
        return None
    allowed = schema["enum"]
    words = [str(a) for a in allowed if a is not None]

    def check(value: Any, where: Where, out: list[Finding]) -> None:
        if value not in allowed:
            close = difflib.get_close_matches(str(value), words, n=1)
            guess = f"did you mean '{close[0]}'? " if close else ""
            out.append(
                Finding(where, f"unknown value '{value}'", f"{guess}allowed: {', '.join(words)}")
            )

    return check


def _compile_string(schema: dict[str, Any]) -> Check | None:
    min_length = schema.get("minLength", 0)
    pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
    if not min_length and pattern is None:
        return None
    form = schema.get("description", schema.get("pattern", "")).rstrip(".")

    def check(value: Any, where: Where, out: list[Finding]) -> None:
        if type(value) is not str:
            return
        if len(value) < min_length:
            out.append(Finding(where, "must not be empty"))
        elif pattern is not None and not pattern.search(value):
            message, hint = explain(pattern.pattern, value) or (
                f"'{value}' is not in the expected form",
                form,
            )
            out.append(Finding(where, message, hint))

    return check


def _compile_number(schema: dict[str, Any]) -> Check | None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is None and high is None:
        return None

    def check(value: Any, where: Where, out: list[Finding]) -> None:
        if type(value) not in (int, float):
            return
        if low is not None and value < low:
            out.append(Finding(where, f"{value} is too small: the minimum is {low}"))
        elif high is not None and value > high:
            out.append(Finding(where, f"{value} is too large: the maximum is {high}"))

    return check


def _compile_object(schema: dict[str, Any], defs: dict[str, Any]) -> Check | None:
    if not {"properties", "required", "additionalProperties"} & set(schema):
        return None
    props = {name: _compile(sub, defs) for name, sub in schema.get("properties", {}).items()}
    required = schema.get("required", [])
    closed = schema.get("additionalProperties", True) is False
    if schema.get("additionalProperties", False) not in (True, False):
        raise SchemaError("additionalProperties must be true or false")

    def check(value: Any, where: Where, out: list[Finding]) -> None:
        if type(value) is not dict:
            return
        for key, item in value.items():
            sub = props.get(key)
            if sub is not None:
                sub(item, (*where, key), out)
            elif closed:
                out.append(_unknown_field(key, list(props), where))
        for name in required:
            if name not in value:
                out.append(Finding((*where, name), "missing required field"))

    return check


def _unknown_field(key: Any, allowed: list[str], where: Where) -> Finding:
    close = difflib.get_close_matches(str(key), allowed, n=1)
    hint = f"did you mean '{close[0]}'?" if close else f"allowed: {', '.join(allowed)}"
    return Finding((*where, str(key)), "unknown field", hint, at_key=True)


def _compile_array(schema: dict[str, Any], defs: dict[str, Any]) -> Check | None:
    if "items" not in schema:
        return None
    item_check = _compile(schema["items"], defs)

    def check(value: Any, where: Where, out: list[Finding]) -> None:
        if type(value) is not list:
            return
        for index, item in enumerate(value):
            item_check(item, (*where, index), out)

    return check
