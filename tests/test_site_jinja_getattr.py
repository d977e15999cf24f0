"""``{{ a.b }}`` in the renderer's templates (``digest.site.jinja_fast``'s ``getattr``) reads what
Jinja's ``environment.getattr`` reads: an attribute, else a key, else Jinja's undefined (an error
under StrictUndefined), with ``a`` evaluated once.

Each template of the table is rendered by the renderer's environment and by the same environment
with Jinja's own code generator; the outputs (or the errors) must be equal.
"""

from __future__ import annotations

import pytest
from jinja2 import DictLoader

from digest.site import jinja_cache
from tests.site_support import fast_and_plain_environments


class _Record:
    name = "Khan & co"
    inner = None

    def __init__(self) -> None:
        self.inner = {"title": "<T>", "nested": {"deep": "d"}}
        self.calls = 0

    @property
    def broken(self) -> str:
        raise AttributeError("computed and missing")  # Jinja then tries record["broken"]

    def made(self) -> _Record:
        self.calls += 1
        return self

    def __getitem__(self, key: str) -> str:
        return f"item:{key}"


TEMPLATES = {
    "attribute": "{{ record.name }}|{{ record.inner.title }}|{{ record.inner.nested.deep }}",
    "key": "{{ mapping.title }}|{{ mapping.keys()|join(',') }}|{{ mapping.nested.deep }}",
    "fallback": "{{ record.broken }}|{{ record.absent }}",
    "once": "{{ record.made().made().name }} {{ record.calls }}",
    "loop": "{% for r in records %}{{ r.name }}{{ loop.index }}{{ loop.last }}{% endfor %}",
    "missing": "{{ mapping.absent }}",
    "undefined": "{{ nothing.absent }}",
    "nested_call": "{{ mapping.get('title').lower() }}|{{ (records|first).inner['title'] }}",
    "macro": "{% macro m(x) %}{{ x.name }}{% endmacro %}{{ m(record) }}{% set y = record %}"
    "{{ y.inner.title }}",
}


def _context() -> dict:
    record = _Record()
    return {
        "record": record,
        "mapping": {"title": "Mapped", "nested": {"deep": "D"}},
        "records": [record, _Record()],
    }


def _environments():
    return fast_and_plain_environments(TEMPLATES)


def _outcome(env, name: str) -> str:
    try:
        return env.get_template(name).render(**_context())
    except Exception as error:  # compared, not hidden
        return f"{type(error).__name__}: {error}"


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_getattr_reads_what_jinja_reads(name: str) -> None:
    fast, plain = _environments()
    assert _outcome(fast, name) == _outcome(plain, name)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("attribute", "Khan &amp; co|&lt;T&gt;|d"),
        ("key", "Mapped|title,nested|D"),  # .keys: the dict's method, as Jinja reads it
        ("fallback", "item:broken|item:absent"),
        ("once", "Khan &amp; co 2"),
        ("missing", "UndefinedError: 'dict object' has no attribute 'absent'"),
        ("undefined", "UndefinedError: 'nothing' is undefined"),
    ],
)
def test_getattr_outputs(name: str, expected: str) -> None:
    fast, _ = _environments()
    assert _outcome(fast, name) == expected


def test_the_generator_is_used() -> None:
    fast, _ = _environments()
    source = fast.compile(TEMPLATES["attribute"], raw=True)
    assert "getattr((_jf_getattr_object" in source


def test_a_changed_generator_is_a_new_cache_key() -> None:
    fast, _ = _environments()
    assert "generator_version=2" in jinja_cache.flavour(fast)


# --- Template globals: a plain dict, the same names ----------------------------------------------


def test_template_globals_are_the_environments_and_their_own() -> None:
    fast, plain = _environments()
    fast.loader = plain.loader = DictLoader({"g": "{{ article_anchor('q-1') }} {{ extra }}"})
    for env in (fast, plain):
        template = env.get_template("g", globals={"extra": "own"})
        assert template.render() == "a-q-1 own"
        assert set(template.globals) == set(env.globals) | {"extra"}
    assert type(fast.get_template("g").globals) is dict
