"""Feeds on real builds: Atom parsed by ``feedparser`` without a fault, JSON Feed 1.1 against the
specification's rules, linked from every page's head and from speaker and theme pages."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import jsonschema
import pytest
from test_site_build import (  # noqa: F401  (no_unexpected_warnings: autouse, applies here too)
    BUNDLED,
    SEED_DEBATE,
    broken_links,
    build_site,
    make_project,
    no_unexpected_warnings,
    page_path,
)

from digest.export.feeds import FEED_ITEMS, all_feeds, atom
from digest.export.links import SiteLinks
from digest.index import build_index
from digest.load import load_digest
from digest.publish import published

SITE_URL = "https://example.org/digest/"

# JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as a JSON Schema: the required fields,
# their types, and "an item has content_text or content_html".
JSON_FEED_SCHEMA = {
    "type": "object",
    "required": ["version", "title", "items"],
    "properties": {
        "version": {"const": "https://jsonfeed.org/version/1.1"},
        "title": {"type": "string", "minLength": 1},
        "home_page_url": {"type": "string"},
        "feed_url": {"type": "string"},
        "description": {"type": "string"},
        "language": {"type": "string"},
        "authors": {"type": "array", "items": {"$ref": "#/$defs/author"}},
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id"],
                "anyOf": [{"required": ["content_text"]}, {"required": ["content_html"]}],
                "properties": {
                    "id": {"type": "string", "minLength": 1},
                    "url": {"type": "string"},
                    "external_url": {"type": "string"},
                    "title": {"type": "string"},
                    "content_text": {"type": "string"},
                    "date_published": {"type": "string", "format": "date-time"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "authors": {"type": "array", "items": {"$ref": "#/$defs/author"}},
                },
            },
        },
    },
    "$defs": {
        "author": {
            "type": "object",
            "anyOf": [{"required": ["name"]}, {"required": ["url"]}],
            "properties": {"name": {"type": "string"}, "url": {"type": "string"}},
        }
    },
}


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    plain = make_project(tmp_path_factory.mktemp("plain"))
    absolute = make_project(tmp_path_factory.mktemp("absolute"))
    config = absolute / "mkdocs.yml"
    config.write_text(f"site_url: {SITE_URL}\n" + config.read_text(encoding="utf-8"))
    return {"plain": build_site(plain), "absolute": build_site(absolute)}


def _feeds(site: Path, suffix: str) -> list[Path]:
    return sorted(p for p in (site / "feeds").rglob(f"*.{suffix}") if p.name != "sitemap.xml")


def test_there_is_a_feed_for_the_digest_every_speaker_and_every_theme(sites) -> None:
    site = sites["plain"]
    digest, _ = published(load_digest(BUNDLED))
    expected = {"digest"} | {f"speakers/{i}" for i in digest.speakers}
    expected |= {f"themes/{i}" for i in digest.themes}
    for suffix in ("xml", "json"):
        found = {p.relative_to(site / "feeds").as_posix().removesuffix(f".{suffix}")
                 for p in _feeds(site, suffix)}  # fmt: skip
        assert found == expected


@pytest.mark.parametrize("name", ["plain", "absolute"])
def test_every_atom_feed_parses_without_a_fault(sites, name: str) -> None:
    site = sites[name]
    entries = 0
    for path in _feeds(site, "xml"):
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        assert parsed.version == "atom10"
        assert parsed.feed.title and parsed.feed.id and parsed.feed.updated_parsed
        for entry in parsed.entries:
            assert entry.id and entry.title and entry.link and entry.updated_parsed
            assert entry.content[0].value and entry.author
            entries += 1
    index = build_index(published(load_digest(BUNDLED))[0])
    by_speaker = sum(len(index.quotes_by_speaker[s]) for s in index.digest.speakers)
    by_theme = sum(len(index.quotes_by_theme[t]) for t in index.digest.themes)
    assert entries == 1 + by_speaker + by_theme == 36  # the debate, each speaker's, each theme's


def test_feed_links_lead_to_pages_of_the_site(sites) -> None:
    site = sites["plain"]
    for path in _feeds(site, "xml"):
        parsed = feedparser.parse(path.read_bytes())
        base = "http://host/" + path.relative_to(site).as_posix()
        targets = [parsed.feed.link] + [e.link for e in parsed.entries]
        for target in targets:
            local = urljoin(base, target).removeprefix("http://host/").split("#")[0]
            assert (site / local / "index.html").exists() or (site / local).is_file(), target


def test_speaker_feed_holds_their_quotes_newest_first(sites) -> None:
    parsed = feedparser.parse((sites["absolute"] / "feeds/speakers/sadiq-khan.xml").read_bytes())
    assert parsed.feed.title == "Sadiq Khan: quotes"
    assert parsed.feed.link == SITE_URL + "speakers/sadiq-khan/"
    links = [e.link for e in parsed.entries]
    assert links[0] == SITE_URL + f"debates/{SEED_DEBATE}/#q-58c566b164"
    assert all(link.startswith(SITE_URL + f"debates/{SEED_DEBATE}/#q-") for link in links)
    assert [e.id for e in parsed.entries] == links  # ids are the permalinks
    assert parsed.entries[1].title.startswith("Sadiq Khan: 2nd and 3rd generation immigrants")
    assert parsed.entries[1].author == "Sadiq Khan"
    assert parsed.entries[1].updated_parsed[:3] == (2010, 5, 1)
    assert "Immigration" in [t.term for t in parsed.entries[1].tags]


def test_digest_feed_lists_debates(sites) -> None:
    parsed = feedparser.parse((sites["absolute"] / "feeds/digest.xml").read_bytes())
    (entry,) = parsed.entries
    assert entry.title == "Why did Labour lose? Lessons from the election"
    assert entry.link == SITE_URL + f"debates/{SEED_DEBATE}/"
    assert "immigration dominated" in entry.content[0].value


def test_without_site_url_ids_are_urns_and_links_relative(sites) -> None:
    parsed = feedparser.parse((sites["plain"] / "feeds/speakers/sadiq-khan.xml").read_bytes())
    assert parsed.entries[0].id == f"urn:debate-digest:debates/{SEED_DEBATE}/#q-58c566b164"
    raw = (sites["plain"] / "feeds/speakers/sadiq-khan.xml").read_text(encoding="utf-8")
    assert f'href="../../debates/{SEED_DEBATE}/#q-58c566b164"' in raw


@pytest.mark.parametrize("name", ["plain", "absolute"])
def test_every_json_feed_follows_the_specification(sites, name: str) -> None:
    site = sites[name]
    validator = jsonschema.Draft202012Validator(
        JSON_FEED_SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for path in _feeds(site, "json"):
        document = json.loads(path.read_text(encoding="utf-8"))
        validator.validate(document)
        atom_twin = feedparser.parse(path.with_suffix(".xml").read_bytes())
        assert [item["id"] for item in document["items"]] == [e.id for e in atom_twin.entries]
        for item in document["items"]:
            datetime.fromisoformat(item["date_published"])  # RFC 3339
    khan = json.loads((sites["absolute"] / "feeds/speakers/sadiq-khan.json").read_text())
    assert khan["feed_url"] == SITE_URL + "feeds/speakers/sadiq-khan.json"
    assert khan["home_page_url"] == SITE_URL + "speakers/sadiq-khan/"


def _head_feeds(html: str) -> list[str]:
    head = html.split("</head>")[0]
    return [line.strip() for line in head.splitlines() if 'rel="alternate"' in line]


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_every_page_has_autodiscovery_links(tmp_path: Path, use_directory_urls: bool) -> None:
    site = build_site(make_project(tmp_path), use_directory_urls=use_directory_urls)
    pages = [p for p in site.rglob("*.html") if p.name != "404.html"]  # not a page: no context
    assert len(pages) > 20
    for page in pages:
        links = _head_feeds(page.read_text(encoding="utf-8"))
        assert any('atom+xml" title' in x and "feeds/digest.xml" in x for x in links)
        assert any('feed+json" title' in x and "feeds/digest.json" in x for x in links)
    khan = page_path(site, "speakers/sadiq-khan.md").read_text(encoding="utf-8")
    up = "../../" if use_directory_urls else "../"
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Sadiq Khan (Atom)" '
        f'href="{up}feeds/speakers/sadiq-khan.xml">'
    ) in khan
    assert broken_links(site) == []  # the head's feed links and the Follow links resolve


def test_speaker_and_theme_pages_have_a_follow_link(sites) -> None:
    site = sites["plain"]
    khan = page_path(site, "speakers/sadiq-khan.md").read_text(encoding="utf-8")
    assert (
        '<p class="dd-follow">Follow: <a href="../../feeds/speakers/sadiq-khan.xml">Atom feed</a>'
    ) in khan
    theme = page_path(site, "themes/immigration.md").read_text(encoding="utf-8")
    assert '<a href="../../feeds/themes/immigration.json">JSON Feed</a>' in theme
    assert '<a href="../../data/themes/immigration.json">data (JSON)</a>' in theme


def test_control_characters_and_markup_stay_valid_xml() -> None:
    digest, _ = published(load_digest(BUNDLED))
    debate = digest.debates[SEED_DEBATE]
    debate.quotes[0].text = "bell\x07 </content><script>x</script> & more"
    index = build_index(digest)
    feeds = all_feeds(index, SiteLinks(), "A <b>digest</b> & co")
    for feed in feeds:
        parsed = feedparser.parse(atom(feed, SiteLinks()))
        assert not parsed.bozo
    khan = next(f for f in feeds if f.atom_path == "feeds/speakers/sadiq-khan.xml")
    parsed = feedparser.parse(atom(khan, SiteLinks()))
    assert parsed.entries[0].content[0].value.startswith("bell </content><script>x</script> & more")
    assert parsed.feed.subtitle == "A <b>digest</b> & co"


def test_a_feed_holds_the_newest_entries_only() -> None:
    digest, _ = published(load_digest(BUNDLED))
    debate = digest.debates[SEED_DEBATE]
    debate.quotes = debate.quotes * 20  # 220 quotes, 60 by Sadiq Khan (with joint ones)
    index = build_index(digest)
    khan = next(f for f in all_feeds(index, SiteLinks(), "d") if "sadiq-khan" in f.atom_path)
    assert len(khan.entries) == FEED_ITEMS


def test_undated_debates_fall_back_to_the_epoch() -> None:
    digest, _ = published(load_digest(BUNDLED))
    debate = digest.debates[SEED_DEBATE]
    debate.date = None
    debate.source.date = None
    (entry,) = all_feeds(build_index(digest), SiteLinks(), "d")[0].entries
    assert entry.date == datetime(1970, 1, 1, tzinfo=UTC)
