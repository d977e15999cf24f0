"""Shared helpers for tests that compare a fast site path with the one it replaces.

Not a conftest: tests import what they use, so where a helper comes from stays visible.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import DictLoader, Environment, compiler, runtime

from digest.site.renderer import make_environment


def fast_and_plain_environments(templates: dict[str, str]) -> tuple[Environment, Environment]:
    """The renderer's environment, and the same with Jinja's own code generator and context:
    what ``templates`` render to in the second is what the first must give."""
    fast = make_environment([])
    plain = make_environment([])
    plain.code_generator_class = compiler.CodeGenerator
    plain.context_class = runtime.Context
    for env in (fast, plain):
        env.loader = DictLoader(templates)
    return fast, plain


def site_files(site: Path) -> dict[str, bytes]:
    """Every HTML page of a built site and its search index, by path, as bytes."""
    paths = [*site.rglob("*.html"), site / "search" / "search_index.json"]
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in paths}
