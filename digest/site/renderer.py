"""Render planned pages to HTML with Jinja2: templates compiled once per build, autoescape on.

Templates are looked up first in the site's theme ``custom_dir`` (``theme_overrides/digest/…``),
then in the package defaults (``digest/site/templates/digest/…``), so a site overrides one card
without copying the rest. Every ``{{ value }}`` is HTML-escaped with its whitespace folded
(``finalize``), so untrusted words can't become HTML; helpers and filters return ``Markup`` when
they produce HTML on purpose. The ``md`` filter converts an editor's Markdown field
(:mod:`digest.site.editor_markdown`); nothing else of a generated page goes through Markdown.

A quote is shown on its debate page and again on its speakers', themes', policies' and
organisation's pages. Links read the same on every page at one URL depth (``links``), so a card
that is not the debate page's own permalink card is rendered once per build and reused
(``quote_card``): that card template sees only ``quote``, ``debate``, ``permalink``,
``in_article`` (the debate page's article marks the quote) and ``h``.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, pass_context
from markupsafe import Markup

from digest.index import DigestIndex, roles_at
from digest.model import Debate, Quote
from digest.site import jinja_cache, jinja_fast
from digest.site.article import article_anchor
from digest.site.editor_markdown import EditorMarkdown
from digest.site.escape import attr, html_text, safe_url
from digest.site.helpers import Helpers
from digest.site.links import PageLinks, SiteLinks
from digest.site.planner import PlannedPage
from digest.site.urls import record_uri
from digest.site.views import view_for

DEFAULT_TEMPLATES = Path(__file__).parent / "templates"
QUOTE_CARD = "digest/quote-card.html"
QUOTE_ROW = "digest/quote-row.html"


def _finalize(value: object) -> object:
    """Plain values print as escaped text; Markup (already HTML) prints as is."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return html_text(value)


@pass_context
def _markdown_field(context, value: str | None) -> Markup:
    """``{{ record.bio|md }}``: the field converted for the page being rendered."""
    return context["h"].markdown(value)


class _Environment(Environment):
    """Jinja's environment, with each template's globals a plain dict instead of a ``ChainMap``
    over the environment's: Jinja copies them into every context it makes (a page, each card,
    each include), and a ``ChainMap`` is read key by key in Python. The same names and values,
    as long as the globals are not changed once a template is loaded (which Jinja's docs rule
    out; :func:`make_environment` sets them first)."""

    def make_globals(self, d):  # type: ignore[override]
        return {**self.globals, **(d or {})}


def make_environment(template_dirs: list[Path]) -> Environment:
    """The Jinja environment: ``template_dirs`` first (overrides), then the package defaults."""
    loaders = [FileSystemLoader(str(d)) for d in [*template_dirs, DEFAULT_TEMPLATES]]
    env = _Environment(
        loader=ChoiceLoader(loaders),
        autoescape=True,
        finalize=_finalize,
        undefined=StrictUndefined,  # a typo in a template fails the build instead of hiding data
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        cache_size=-1,  # a dict, not an LRU with a lock: every include looks its template up
    )
    # _finalize returns Markup or "": Jinja need not escape it again (jinja_fast).
    env.code_generator_class = jinja_fast.CodeGenerator
    env.context_class = jinja_fast.Context
    jinja_cache.install(env)  # compiled templates kept between builds
    env.filters.update(md=_markdown_field, attr=attr, text=html_text, safe_url=safe_url)
    env.globals.update(roles_at=roles_at, article_anchor=article_anchor)
    return env


class Renderer:
    """Renders each :class:`PlannedPage` of one build to the HTML of its page's content.

    ``site`` knows the build's pages (links are checked against it) and ``markdown`` converts
    editors' fields; both default to stand-ins for use outside MkDocs (tests, benchmarks)."""

    def __init__(
        self,
        index: DigestIndex,
        template_dirs: list[Path],
        site: SiteLinks | None = None,
        markdown: EditorMarkdown | None = None,
    ) -> None:
        self.index = index
        self.env = make_environment(template_dirs)
        self.site = site or SiteLinks()
        self.markdown = markdown or EditorMarkdown()
        self._links: dict = {}  # Helpers' links, shared by every page of this build
        self._cards: dict[tuple, Markup] = {}  # (quote, debate, depth) -> card on any page
        self._templates: dict = {}  # name -> template, looked up once per build

    def render(self, page: PlannedPage, links: PageLinks | None = None) -> str:
        """The page's HTML; ``links`` are the links from the page being built (by default, the
        planned page's own URL)."""
        links = links or self.site.for_page(page.src_uri)
        helpers = Helpers(self.index, page.src_uri, self._links, links, self.markdown)
        context = view_for(page)(page, self.index, helpers)
        template = self.env.get_template(page.template)

        def quote_card(
            quote: Quote, debate: Debate, permalink: bool = False, in_article: bool = False
        ) -> Markup:
            return self.quote_card(
                helpers, quote, debate, permalink=permalink, in_article=in_article
            )

        def quote_row(quote: Quote, debate: Debate) -> Markup:
            return self.quote_row(helpers, quote, debate)

        return template.render(
            page=page, h=helpers, quote_card=quote_card, quote_row=quote_row, **context
        )

    def _template(self, name: str):
        template = self._templates.get(name)
        if template is None:
            template = self._templates[name] = self.env.get_template(name)
        return template

    def quote_row(self, h: Helpers, quote: Quote, debate: Debate) -> Markup:
        """A quote's compact row (``quote-row.html``): rendered once per URL depth, reused."""
        key = (quote.id, debate.id, h.depth, "row")
        row = self._cards.get(key)
        if row is None:
            row = self._cards[key] = self._render_row(h, quote, debate)
        return row

    def _render_row(self, h: Helpers, quote: Quote, debate: Debate) -> Markup:
        template = self._template(QUOTE_ROW)
        return Markup(template.render(quote=quote, debate=debate, h=h))

    def quote_card(
        self,
        h: Helpers,
        quote: Quote,
        debate: Debate,
        *,
        permalink: bool = False,
        in_article: bool = False,
    ) -> Markup:
        """The card of ``quote`` (from ``debate``) for the page ``h`` is bound to.

        A permalink card (the debate page's own, holding the quote's id) is rendered once anyway;
        any other card is rendered for the first page at its depth that shows it and reused.
        Never cached on the quote's own debate page, where a link to the quote is a bare anchor.
        """
        if permalink or in_article or h.here == record_uri("debates", debate.id):
            return self._render_card(h, quote, debate, permalink, in_article)
        key = (quote.id, debate.id, h.depth)
        card = self._cards.get(key)
        if card is None:
            card = self._cards[key] = self._render_card(h, quote, debate, False, False)
        return card

    def _render_card(
        self, h: Helpers, quote: Quote, debate: Debate, permalink: bool, in_article: bool
    ) -> Markup:
        template = self._template(QUOTE_CARD)
        return Markup(
            template.render(
                quote=quote, debate=debate, permalink=permalink, in_article=in_article, h=h
            )
        )
