"""Render planned pages to Markdown with Jinja2: templates compiled once per build, autoescape on.

Templates are looked up first in the site's theme ``custom_dir`` (``theme_overrides/digest/…``),
then in the package defaults (``digest/site/templates/digest/…``), so a site overrides one card
without copying the rest. Every ``{{ value }}`` is escaped as Markdown text (``finalize``), so
untrusted words can't become HTML or Markdown; helpers and filters return ``Markup`` when they
produce Markdown on purpose.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from digest.index import DigestIndex, roles_at
from digest.site.escape import attr, md_block, md_text, safe_url
from digest.site.helpers import Helpers
from digest.site.planner import PlannedPage
from digest.site.views import view_for

DEFAULT_TEMPLATES = Path(__file__).parent / "templates"


def _finalize(value: object) -> object:
    """Plain values print as inert Markdown text; Markup (already Markdown) prints as is."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return md_text(value)


def make_environment(template_dirs: list[Path]) -> Environment:
    """The Jinja environment: ``template_dirs`` first (overrides), then the package defaults."""
    loaders = [FileSystemLoader(str(d)) for d in [*template_dirs, DEFAULT_TEMPLATES]]
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=True,
        finalize=_finalize,
        undefined=StrictUndefined,  # a typo in a template fails the build instead of hiding data
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(md=md_block, attr=attr, text=md_text, safe_url=safe_url)
    env.globals.update(roles_at=roles_at)
    return env


class Renderer:
    """Renders each :class:`PlannedPage` of one build to the Markdown MkDocs will read."""

    def __init__(self, index: DigestIndex, template_dirs: list[Path]) -> None:
        self.index = index
        self.env = make_environment(template_dirs)

    def render(self, page: PlannedPage) -> str:
        helpers = Helpers(self.index, page.src_uri)
        context = view_for(page)(page, self.index, helpers)
        template = self.env.get_template(page.template)
        return template.render(page=page, h=helpers, **context)
