"""Plan the site as data: one :class:`PlannedPage` per page, before anything renders.

Each kind of record gets an index page (in the nav) and one detail page per record (kept out of
the nav: Material renders the whole nav into every page, so a nav of thousands of pages would make
every page cost more — see the style guide, ``../shared/STYLE.md``, "Performance facts").
"""

from __future__ import annotations

from dataclasses import dataclass

from digest.index import DigestIndex, surname_key
from digest.site.home import HomeSettings, home_data
from digest.site.redirects import Redirect, plan_redirects
from digest.site.urls import index_uri, record_uri

__all__ = ["PAGE_KINDS", "PlannedPage", "Redirect", "plan_pages", "plan_redirects"]

# kind (content/ folder) -> (page title of its index, record template, index template)
PAGE_KINDS: dict[str, tuple[str, str, str]] = {
    "debates": ("Debates", "digest/debate.html", "digest/debates.html"),
    "speakers": ("Speakers", "digest/speaker.html", "digest/speakers.html"),
    "themes": ("Themes", "digest/theme.html", "digest/themes.html"),
    "policies": ("Policies", "digest/policy.html", "digest/policies.html"),
    "organisations": ("Organisations", "digest/organisation.html", "digest/organisations.html"),
}
HOME_URI = "index.md"
HOME_TEMPLATE = "digest/home.html"
STANCE_MAP_URI = "stances/index.md"  # the site-wide stance map (digest/site/stance_map.py)


@dataclass(frozen=True, eq=False)
class PlannedPage:
    """A page to generate: ``record`` is None for an index page.

    ``edit_path`` is the file the page's edit button opens, relative to the content folder
    (``speakers/sadiq-khan.yaml``); None when no single file is the page's source.
    """

    kind: str
    src_uri: str
    template: str
    title: str
    record: object | None = None
    edit_path: str | None = None

    @property
    def in_nav(self) -> bool:
        return self.record is None or self.kind == "home"


def plan_pages(index: DigestIndex, home: HomeSettings | None = None) -> list[PlannedPage]:
    """Every page of the site: the home page, then index pages first, records in the order their
    index lists them. ``home`` may raise :class:`~digest.site.home.HomeSettingsError`."""
    pages: list[PlannedPage] = [plan_home(index, home)]
    for kind, (title, record_template, index_template) in PAGE_KINDS.items():
        pages.append(PlannedPage(kind, index_uri(kind), index_template, title))
        for record in records_in_order(index, kind):
            pages.append(
                PlannedPage(
                    kind=kind,
                    src_uri=record_uri(kind, record.id),
                    template=record_template,
                    title=getattr(record, "title", None) or record.name,
                    record=record,
                    edit_path=f"{kind}/{record.id}.yaml",
                )
            )
    pages.append(PlannedPage("stances", STANCE_MAP_URI, "digest/stance-map.html", "Stance map"))
    return pages


def plan_home(index: DigestIndex, settings: HomeSettings | None = None) -> PlannedPage:
    """The front page (``index.md``): its record is the digest ranked once (``home.HomeData``)."""
    data = home_data(index, settings)
    return PlannedPage("home", HOME_URI, HOME_TEMPLATE, data.settings.title, record=data)


def records_in_order(index: DigestIndex, kind: str) -> list:
    """Debates newest first; people A–Z by surname; everything else A–Z by name."""
    if kind == "debates":
        return list(index.debates_newest_first)
    records = getattr(index.digest, kind).values()
    if kind == "speakers":
        return sorted(records, key=surname_key)
    return sorted(records, key=lambda r: r.name.lower())
