"""The renderer's Jinja shortcuts (``digest.site.jinja_fast``) print what Jinja itself prints.

Each template of the table is rendered by the renderer's environment and by the same environment
with Jinja's own code generator and context; the outputs must be equal, and escaping must hold.
"""

from __future__ import annotations

import pytest
from jinja2 import DictLoader, pass_context
from markupsafe import Markup

from digest.site.renderer import make_environment
from tests.site_support import fast_and_plain_environments


@pass_context
def _page_name(context, suffix: str = "") -> str:
    return f"{context['name']}{suffix}"


class _Helper:
    def bold(self, text: str) -> Markup:
        return Markup("<b>%s</b>") % text


TEMPLATES = {
    "values": "{{ text }}|{{ html }}|{{ nothing }}|{{ number }}|{{ text ~ html }}",
    "calls": "{{ h.bold(text) }} {{ items|join(', ') }} {{ page_name('!') }}",
    "loops": "{% for i in items %}{{ page_name(i) }}{{ h.bold(i) }}{{ loop.index }}{% endfor %}",
    "macro": "{% macro m(x) %}<i>{{ x }}</i>{% endmacro %}{{ m(text) }}{{ m(html) }}",
    "set": "{% set block %}{{ text }}<hr>{% endset %}{{ block }}{% set l = [] %}"
    "{% set _ = l.append(text) %}{{ l|join }}",
    "filters": "{{ text|e }} {{ html|safe }} {{ text|forceescape }} {{ '%s'|format(text) }}",
    "raising": "{{ next(empty) }}",
}
CONTEXT = {
    "text": "Tom & <Jerry>  spaced",
    "html": Markup("<a href='#x'>link</a>"),
    "nothing": None,
    "number": 3,
    "items": ["a<", "b"],
    "h": _Helper(),
    "page_name": _page_name,
    "name": "N&N",
    "next": next,
    "empty": iter(()),
}


def _environments():
    return fast_and_plain_environments(TEMPLATES)


def _outcome(env, name: str) -> str:
    """The output, or the error the render raised (``raising``: StrictUndefined's)."""
    try:
        return env.get_template(name).render(**{**CONTEXT, "empty": iter(())})
    except Exception as error:  # compared, not hidden
        return f"{type(error).__name__}: {error}"


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_same_output_as_jinja(name: str) -> None:
    fast, plain = _environments()
    assert _outcome(fast, name) == _outcome(plain, name)


def test_a_stopiteration_is_undefined_as_in_jinja() -> None:
    fast, _ = _environments()
    assert _outcome(fast, "raising").startswith("UndefinedError: value was undefined")


def test_text_is_still_escaped() -> None:
    fast, _ = _environments()
    out = fast.get_template("values").render(**CONTEXT)
    assert out.startswith("Tom &amp; &lt;Jerry&gt; spaced|<a href='#x'>link</a>||3|")
    assert "<Jerry>" not in out


# --- Compiled templates kept between builds (digest.site.jinja_cache) ---------------------------


def test_each_kind_of_environment_has_its_own_cached_code() -> None:
    from digest.site import jinja_cache

    fast, plain = _environments()
    assert jinja_cache.flavour(fast) != jinja_cache.flavour(plain)
    key = fast.bytecode_cache.get_cache_key("values")
    assert key == make_environment([]).bytecode_cache.get_cache_key("values")  # across processes
    assert key != plain.bytecode_cache.get_cache_key("values")
    assert jinja_cache.install(fast) is False  # one cache per environment


def test_an_edited_template_is_compiled_again() -> None:
    env = make_environment([])
    env.loader = DictLoader({"t": "one {{ text }}"})
    assert env.get_template("t").render(text="x") == "one x"
    edited = make_environment([])
    edited.loader = DictLoader({"t": "two {{ text }}"})  # same name, same cache, new source
    assert edited.get_template("t").render(text="x") == "two x"
