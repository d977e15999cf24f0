"""Functions templates call to link records and name things, bound to the page being rendered.

Every helper returns :class:`~markupsafe.Markup` holding HTML: names are escaped with
:func:`html_text`, links are final relative URLs from the current page (``here``), built and
checked by :mod:`digest.site.links`. Templates stay short and cannot forget to escape.
"""

from __future__ import annotations

from urllib.parse import quote as quote_url

from markupsafe import Markup

from digest.index import DigestIndex, Party, QuoteRef
from digest.model import Debate, Quote
from digest.site.cite import Citation, citation, debate_parts, facts
from digest.site.escape import attr, html_text, wiki_linker
from digest.site.links import PageLinks, SiteLinks
from digest.site.urls import index_uri, record_uri

_URL_SAFE = "/#:.-_~%?=&+,;@!$'*"  # keep URL syntax; encode spaces, parentheses, brackets, quotes
RELATION_VERBS = {
    "echoes": "echoes",
    "counters": "counters",
    "agrees-with": "agrees with",
    "responds-to": "responds to",
}
STANCE_LABELS = {
    "supports": "Supports",
    "opposes": "Opposes",
    "mixed": "Mixed",
    "unclear": "Unclear",
}
STANCE_ICONS = {"supports": "✔", "opposes": "✘", "mixed": "±", "unclear": "?"}


class Helpers:
    """Links and names for one page. ``here`` is the ``src_uri`` of the page being rendered.

    ``shared`` is a cache the pages of one build share: a link without an anchor reads the same
    on every page whose URL is as deep (:mod:`digest.site.links`), so it is built once.
    ``links`` are this page's links (default: outside MkDocs, ``use_directory_urls``);
    ``markdown`` renders an editor's Markdown field for this page (the ``md`` filter).
    """

    def __init__(
        self,
        index: DigestIndex,
        here: str,
        shared: dict | None = None,
        links: PageLinks | None = None,
        markdown=None,
    ) -> None:
        self.index = index
        self.digest = index.digest
        self.here = here
        self.links_from = links or SiteLinks().for_page(here)
        self.depth = self.links_from.depth
        self._links: dict = {} if shared is None else shared
        self._markdown = markdown

    def markdown(self, value: str | None) -> Markup:
        """An editor's Markdown field as (still marked, so later sanitised) HTML."""
        if not value:
            return Markup("")
        if self._markdown is None:
            raise RuntimeError("no Markdown renderer: Helpers(..., markdown=EditorMarkdown)")
        wiki = wiki_linker(self.index, self.here) if "[[" in value else None
        return self._markdown.render(value, self.links_from, wiki)

    # --- paths and links -------------------------------------------------------------------
    def url(self, kind: str, record_id: str | None = None, anchor: str | None = None) -> Markup:
        """Relative link target to an index page (no id) or a record page."""
        target = index_uri(kind) if record_id is None else record_uri(kind, record_id)
        return Markup(attr(self.links_from.href(target, anchor)))

    def link(
        self, kind: str, record_id: str | None, text: object = None, anchor: str | None = None
    ):
        """``<a href="../../kind/id/">Name</a>``; an unknown id is shown as text, never as a broken
        link."""
        if not record_id:
            return Markup("")
        if text is None and anchor is None:
            key = (self.depth, kind, record_id)
            cached = self._links.get(key)
            if cached is None:
                cached = self._links[key] = self._link(kind, record_id, None, None)
            return cached
        return self._link(kind, record_id, text, anchor)

    def _link(self, kind: str, record_id: str, text: object, anchor: str | None) -> Markup:
        record = getattr(self.digest, kind).get(record_id)
        if record is None:
            return html_text(text or record_id)
        label = html_text(text if text is not None else _display(record))
        return Markup(f'<a href="{self.url(kind, record_id, anchor)}">{label}</a>')

    def who(self, record_id: str | None, text: object = None) -> Markup:
        """A link to a speaker, else to an organisation (a quote's speaker may be either)."""
        kind = "speakers" if record_id in self.digest.speakers else "organisations"
        return self.link(kind, record_id, text)

    def who_name(self, record_id: str | None) -> str:
        record = self.digest.speakers.get(record_id) or self.digest.organisations.get(record_id)
        return record.name if record else (record_id or "Unattributed")

    def name(self, kind: str, record_id: str) -> str:
        record = getattr(self.digest, kind).get(record_id)
        return _display(record) if record else record_id

    def links(self, kind: str, ids: list[str], sep: str = ", ") -> Markup:
        # Each link is Markup already: joined as text (Markup.join would escape each one again).
        return Markup(str(sep).join([self.link(kind, i) for i in ids]))

    def md_link(self, text: object, target: str) -> Markup:
        """``<a href="target">text</a>`` for a target the caller built (an anchor, a helper's url
        or an external URL checked by ``safe_url``)."""
        href = attr(quote_url(str(target), safe=_URL_SAFE)) if not isinstance(target, Markup) else target
        return Markup(f'<a href="{href}">{html_text(text)}</a>')

    def quote_url(self, ref: QuoteRef) -> Markup:
        return self.url("debates", ref.debate.id, ref.quote.id)

    def quote_link(self, ref: QuoteRef, text: object = None) -> Markup:
        return Markup(f'<a href="{self.quote_url(ref)}">{html_text(text or ref.debate.title)}</a>')

    def citation(self, quote: Quote, debate: Debate) -> Citation:
        """The quote's ready-made citations (:mod:`digest.site.cite`) and permalink: absolute
        under ``site_url``, else the (checked) link from this page."""
        site = self.links_from.site
        page = record_uri("debates", debate.id)
        url = site.absolute(page, quote.id) or self.links_from.href(page, quote.id)
        names = [self.who_name(who) for who in quote.speakers]
        publisher = self.who_name(debate.source.publisher) if debate.source.publisher else None
        quote_facts = facts(quote, debate, names, publisher, site.site_name)
        key = ("cite", debate.id)  # the debate's and source's part: once per debate and build
        shared = self._links.get(key)
        if shared is None:
            shared = self._links[key] = debate_parts(quote_facts)
        return citation(quote_facts, url, shared)

    # --- people ---------------------------------------------------------------------------
    def speakers_of(self, quote: Quote) -> Markup:
        """Who said it: speaker and joint speakers linked, or Unattributed with the candidates."""
        if quote.speaker is None:
            unattributed = Markup('<span class="dd-unattributed">Unattributed</span>')
            if not quote.candidates:
                return unattributed
            candidates = Markup(" or ").join(self.who(c) for c in quote.candidates)
            return unattributed + Markup(" (perhaps ") + candidates + Markup(")")
        return Markup(", ".join([self.who(w) for w in quote.speakers]))  # Markup each

    def party(self, party: Party, debate_id: str, *, on_debate_page: bool = False) -> Markup:
        """One end of a relation: its people, then a link to the quote when it is a quote."""
        if party.kind == "label":
            return html_text(party.label or "someone")
        if party.kind != "quote" or party.quote is None:
            return self.who(party.id)
        target = (
            attr(f"#{party.quote.id}") if on_debate_page else self.url("debates", debate_id, party.id)
        )
        return self.speakers_of(party.quote) + Markup(f' (<a href="{target}">quote</a>)')

    # --- small labels ---------------------------------------------------------------------
    def badge(self, status: str) -> Markup:
        """A visible badge for unchecked records; nothing for reviewed ones."""
        if status not in ("draft", "needs-review"):
            return Markup("")
        label = "Draft" if status == "draft" else "Needs review"
        return Markup(f'<span class="dd-badge dd-badge--{status}" title="{label}">{label}</span>')

    def stance(self, stance: str) -> Markup:
        icon, label = STANCE_ICONS.get(stance, "?"), STANCE_LABELS.get(stance, stance)
        # The mark is for the eye; a screen reader reads the word alone ("Supports").
        return Markup(
            f'<span class="dd-stance dd-stance--{attr(stance)}">'
            f'<span aria-hidden="true">{icon}</span> {label}</span>'
        )

    def verb(self, relation_type: str) -> str:
        return RELATION_VERBS.get(relation_type, relation_type)


def _display(record: object) -> str:
    return getattr(record, "title", None) or getattr(record, "name", "")
