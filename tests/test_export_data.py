"""The open-data export on real builds: ``data/digest.json`` valid against its JSON Schema, one
file per record, every permalink a page of the site, nothing withheld in it."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
from test_publishing import FIXTURE, WITHHELD_QUOTES, with_site_url
from test_site_build import (  # noqa: F401  (no_unexpected_warnings: autouse, applies here too)
    BUNDLED,
    KINDS,
    build_site,
    make_project,
    no_unexpected_warnings,
    parse,
)

from digest.export.data import VERSION
from digest.export.links import SiteLinks, feed_path, record_json, relative
from digest.load import load_digest
from digest.publish import published

SITE_URL = "https://example.org/digest/"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The bundled content built with and without ``site_url``, and the publishing fixture."""
    plain = make_project(tmp_path_factory.mktemp("plain"))
    absolute = make_project(tmp_path_factory.mktemp("absolute"))
    config = absolute / "mkdocs.yml"
    config.write_text(f"site_url: {SITE_URL}\n" + config.read_text(encoding="utf-8"))
    flat = make_project(tmp_path_factory.mktemp("flat"))
    return {
        "plain": build_site(plain),
        "absolute": build_site(absolute),
        "flat": build_site(flat, use_directory_urls=False),
        "publish": build_site(with_site_url(make_project(tmp_path_factory.mktemp("pub"), FIXTURE))),
    }


def _load(site: Path, path: str) -> dict:
    return json.loads((site / path).read_text(encoding="utf-8"))


def _schema(site: Path) -> dict:
    return _load(site, "data/digest.schema.json")


@pytest.mark.parametrize("name", ["plain", "absolute", "flat", "publish"])
def test_the_export_is_valid_against_its_schema(sites: dict[str, Path], name: str) -> None:
    site = sites[name]
    schema = _schema(site)
    jsonschema.Draft202012Validator.check_schema(schema)
    export = _load(site, "data/digest.json")
    jsonschema.Draft202012Validator(schema).validate(export)
    assert export["version"] == VERSION == 1


def test_the_schema_refuses_what_it_should(sites: dict[str, Path]) -> None:
    site = sites["plain"]
    validator = jsonschema.Draft202012Validator(_schema(site))
    export = _load(site, "data/digest.json")
    for broken in (
        {**export, "version": 2},
        {**export, "speakers": [{**export["speakers"][0], "id": "Not A Slug"}]},
        {**export, "debates": [{**export["debates"][0], "date": "May 2010"}]},
        {key: value for key, value in export.items() if key != "themes"},
    ):
        assert not validator.is_valid(broken)


def test_every_published_record_is_exported_once(sites: dict[str, Path]) -> None:
    export = _load(sites["plain"], "data/digest.json")
    digest, _ = published(load_digest(BUNDLED))
    for kind in KINDS:
        assert sorted(r["id"] for r in export[kind]) == sorted(getattr(digest, kind)), kind
        assert export["counts"][kind] == len(getattr(digest, kind))
    quotes = [q for d in export["debates"] for q in d["quotes"]]
    assert export["counts"]["quotes"] == len(quotes) == 11
    assert len({(d["id"], q["id"]) for d in export["debates"] for q in d["quotes"]}) == 11


def test_one_file_per_record_valid_against_the_schema(sites: dict[str, Path]) -> None:
    site = sites["plain"]
    schema = _schema(site)
    record_file = {"$ref": "#/$defs/record_file", "$defs": schema["$defs"]}
    validator = jsonschema.Draft202012Validator(record_file)
    export = _load(site, "data/digest.json")
    files = 0
    for kind in KINDS:
        for record in export[kind]:
            document = _load(site, record_json(kind, record["id"]))
            validator.validate(document)
            singular = document["kind"]
            assert document[singular] == record
            files += 1
    assert files == sum(len(export[k]) for k in KINDS) == 25
    khan = _load(site, "data/speakers/sadiq-khan.json")
    assert [q["quote"] for q in khan["quotes"]][:2] == ["q-58c566b164", "q-e190551824"]


def _pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def _page_file(site: Path, path: str) -> Path:
    path = path.split("#")[0]
    return site / (path + "index.html" if path.endswith("/") or not path else path)


@pytest.mark.parametrize("name", ["plain", "flat"])
def test_permalinks_are_pages_and_anchors_of_the_site(sites: dict[str, Path], name: str) -> None:
    site = sites[name]
    export = _load(site, "data/digest.json")
    for kind in KINDS:
        for record in export[kind]:
            assert _page_file(site, record["permalink"]).exists(), record["permalink"]
            assert (site / record["json"]).exists()
    for debate in export["debates"]:
        ids = parse(_page_file(site, debate["permalink"])).ids
        for quote in debate["quotes"]:
            path, anchor = quote["permalink"].split("#")
            assert path == debate["permalink"] and anchor == quote["id"] and anchor in ids


def test_with_site_url_every_link_is_absolute(sites: dict[str, Path]) -> None:
    site = sites["absolute"]
    export = _load(site, "data/digest.json")
    assert export["site"]["url"] == SITE_URL
    assert export["$schema"] == SITE_URL + "data/digest.schema.json"
    khan = next(s for s in export["speakers"] if s["id"] == "sadiq-khan")
    assert khan["permalink"] == SITE_URL + "speakers/sadiq-khan/"
    assert khan["json"] == SITE_URL + "data/speakers/sadiq-khan.json"
    for debate in export["debates"]:
        for quote in debate["quotes"]:
            local = quote["permalink"].removeprefix(SITE_URL)
            assert urlsplit(quote["permalink"]).scheme == "https"
            assert _page_file(site, local).exists()


def test_nothing_withheld_is_exported(sites: dict[str, Path]) -> None:
    site = sites["publish"]
    everything = "\n".join(p.read_text(encoding="utf-8") for p in (site / "data").rglob("*.*"))
    feeds = "\n".join(p.read_text(encoding="utf-8") for p in (site / "feeds").rglob("*.*"))
    for text in WITHHELD_QUOTES:
        assert text not in everything and text not in feeds, text
    assert "protects the libraries" in everything


@pytest.mark.parametrize(
    ("links", "kind", "record_id", "path"),
    [
        (SiteLinks(), "speakers", "x", "speakers/x/"),
        (SiteLinks(use_directory_urls=False), "speakers", "x", "speakers/x.html"),
        (SiteLinks(), "themes", None, "themes/"),
        (SiteLinks(use_directory_urls=False), "themes", None, "themes/index.html"),
        (SiteLinks(), None, None, ""),
    ],
)
def test_page_paths(links: SiteLinks, kind, record_id, path: str) -> None:
    assert links.page(kind, record_id) == path


@pytest.mark.parametrize(
    ("from_path", "to_path", "href"),
    [
        ("feeds/speakers/x.xml", "speakers/x/", "../../speakers/x/"),
        ("feeds/digest.xml", "", "../"),
        ("speakers/x.html", "debates/d.html#q-1", "../debates/d.html#q-1"),
        ("speakers/x/", "speakers/x/#person", "../../speakers/x/#person"),
        ("", "", "./"),
        ("", "data/digest.json", "data/digest.json"),
    ],
)
def test_relative_links(from_path: str, to_path: str, href: str) -> None:
    assert relative(from_path, to_path) == href


def test_absolute_links_and_paths() -> None:
    links = SiteLinks("https://example.org/d")
    assert links.absolute("speakers/x/") == "https://example.org/d/speakers/x/"
    assert links.href("x/", from_path="feeds/a.xml") == "https://example.org/d/x/"
    assert SiteLinks().absolute("x/") is None
    assert feed_path(None, None, "xml") == "feeds/digest.xml"
    assert feed_path("themes", "housing", "json") == "feeds/themes/housing.json"
    assert record_json("debates", "d") == "data/debates/d.json"


def test_a_file_the_site_ships_replaces_the_generated_export(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    own = project / "content" / "pages" / "data" / "quotes.csv"
    own.parent.mkdir(parents=True)
    own.write_text("our,own\n", encoding="utf-8")
    site = build_site(project)
    assert (site / "data" / "quotes.csv").read_text(encoding="utf-8") == "our,own\n"
    assert json.loads((site / "data" / "digest.json").read_text())["version"] == 1


def test_the_preview_exports_what_it_shows(tmp_path: Path) -> None:
    """``mkdocs serve`` shows drafts: its exports are the preview's too (never rejected ones)."""
    site = build_site(make_project(tmp_path, FIXTURE), serving=True)
    export = (site / "data" / "digest.json").read_text(encoding="utf-8")
    assert "the libraries were a pretext for waste" in export  # a draft
    assert "she had never lost a budget vote" not in export  # rejected
