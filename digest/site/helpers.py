"""Functions templates call to link records and name things, bound to the page being rendered.

Every helper returns :class:`~markupsafe.Markup` holding inert Markdown: names are escaped with
:func:`md_text`, links are relative ``.md`` paths from the current page (``here``) that MkDocs
resolves and checks. Templates stay short and cannot forget to escape.
"""

from __future__ import annotations

from urllib.parse import quote as quote_url

from markupsafe import Markup

from digest.index import DigestIndex, Party, QuoteRef
from digest.model import Quote
from digest.site.escape import attr, md_text
from digest.site.urls import depth, index_uri, record_uri, relative

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
    on every page at one depth (:func:`~digest.site.urls.relative`), so it is built once.
    """

    def __init__(self, index: DigestIndex, here: str, shared: dict | None = None) -> None:
        self.index = index
        self.digest = index.digest
        self.here = here
        self.depth = depth(here)
        self._links: dict = {} if shared is None else shared

    # --- paths and links -------------------------------------------------------------------
    def url(self, kind: str, record_id: str | None = None, anchor: str | None = None) -> Markup:
        """Relative link target to an index page (no id) or a record page."""
        target = index_uri(kind) if record_id is None else record_uri(kind, record_id)
        return Markup(relative(self.here, target, anchor))

    def link(
        self, kind: str, record_id: str | None, text: object = None, anchor: str | None = None
    ):
        """``[Name](../kind/id.md)``; an unknown id is shown as text, never as a broken link."""
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
            return md_text(text or record_id)
        label = md_text(text if text is not None else _display(record))
        return Markup(f"[{label}]({self.url(kind, record_id, anchor)})")

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
        return Markup(sep).join(self.link(kind, i) for i in ids)

    def md_link(self, text: object, target: str) -> Markup:
        """``[text](target)`` for a target the caller built (an anchor or a helper's url)."""
        return Markup(f"[{md_text(text)}]({quote_url(str(target), safe=_URL_SAFE)})")

    def quote_url(self, ref: QuoteRef) -> Markup:
        return self.url("debates", ref.debate.id, ref.quote.id)

    def quote_link(self, ref: QuoteRef, text: object = None) -> Markup:
        return Markup(f"[{md_text(text or ref.debate.title)}]({self.quote_url(ref)})")

    # --- people ---------------------------------------------------------------------------
    def speakers_of(self, quote: Quote) -> Markup:
        """Who said it: speaker and joint speakers linked, or Unattributed with the candidates."""
        if quote.speaker is None:
            unattributed = Markup('<span class="dd-unattributed">Unattributed</span>')
            if not quote.candidates:
                return unattributed
            candidates = Markup(" or ").join(self.who(c) for c in quote.candidates)
            return unattributed + Markup(" (perhaps ") + candidates + Markup(")")
        return Markup(", ").join(self.who(w) for w in quote.speakers)

    def party(self, party: Party, debate_id: str, *, on_debate_page: bool = False) -> Markup:
        """One end of a relation: its people, then a link to the quote when it is a quote."""
        if party.kind == "label":
            return md_text(party.label or "someone")
        if party.kind != "quote" or party.quote is None:
            return self.who(party.id)
        target = (
            f"#{party.quote.id}" if on_debate_page else self.url("debates", debate_id, party.id)
        )
        return self.speakers_of(party.quote) + Markup(f" ([quote]({target}))")

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
