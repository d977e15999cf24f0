"""Schema.org JSON-LD on each record page: expanded by ``pyld`` (a JSON-LD processor), the quotes
tied to their person, debate and source article, and escaped so no text can end the script."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pyld import jsonld
from test_site_build import (  # noqa: F401  (no_unexpected_warnings: autouse, applies here too)
    BUNDLED,
    KINDS,
    SEED_DEBATE,
    build_site,
    make_project,
    no_unexpected_warnings,
    page_path,
)

from digest.export.jsonld import script_text
from digest.load import load_digest

SCHEMA = "http://schema.org/"
# The schema.org context, offline: its @vocab is what matters for expansion here (the real one
# also types some properties as @id, which our output writes as {"@id": …} objects anyway).
_CONTEXT = {"@context": {"@vocab": SCHEMA}}
_SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)
HOSTILE = "</script><script>alert(1)</script> & <!-- ]]> \u2028"


def _loader(url: str, options: dict | None = None) -> dict:
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {"contextUrl": None, "documentUrl": url, "document": _CONTEXT}


def expand(data: dict, base: str) -> list[dict]:
    return jsonld.expand(data, {"documentLoader": _loader, "base": base})


def _scripts(page: Path) -> list[dict]:
    return [json.loads(text) for text in _SCRIPT.findall(page.read_text(encoding="utf-8"))]


def _nodes(expanded: list[dict]) -> dict[str, dict]:
    """Expanded nodes by @id (graphs flattened one level, as our pages write them)."""
    nodes = {}
    for node in expanded:
        for item in node.get("@graph", [node]):
            if "@id" in item:
                nodes[item["@id"]] = item
    return nodes


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(make_project(tmp_path_factory.mktemp("jsonld")))


def _base(src_uri: str) -> str:
    return "http://host/" + src_uri.removesuffix(".md").removesuffix("index") + "/"


def test_every_record_page_has_json_ld_a_processor_expands(site: Path) -> None:
    digest = load_digest(BUNDLED)
    types = {"speakers": "Person", "organisations": "Organization", "themes": "DefinedTerm",
             "policies": "DefinedTerm", "debates": "Event"}  # fmt: skip
    for kind in KINDS:
        for record_id in getattr(digest, kind):
            uri = f"{kind}/{record_id}.md"
            (data,) = _scripts(page_path(site, uri))
            nodes = _nodes(expand(data, _base(uri)))
            node = nodes[f"http://host/{kind}/{record_id}/#{_fragment(kind)}"]
            assert node["@type"] == [SCHEMA + types[kind]], uri
    (home,) = _scripts(site / "index.html")
    home_nodes = _nodes(expand(home, "http://host/"))
    assert home_nodes["http://host/#website"]["@type"] == [SCHEMA + "WebSite"]
    dataset = home_nodes["http://host/data/digest.json#dataset"]
    downloads = [d[SCHEMA + "contentUrl"][0]["@value"] for d in dataset[SCHEMA + "distribution"]]
    assert downloads == ["data/digest.json", "data/quotes.csv"]


def _fragment(kind: str) -> str:
    return {"speakers": "person", "organisations": "organization", "debates": "event"}.get(
        kind, "term"
    )


def test_a_quotation_names_its_person_debate_and_source(site: Path) -> None:
    uri = f"debates/{SEED_DEBATE}.md"
    (data,) = _scripts(page_path(site, uri))
    nodes = _nodes(expand(data, _base(uri)))
    quote = nodes[f"http://host/debates/{SEED_DEBATE}/#q-16e1994950"]
    assert quote["@type"] == [SCHEMA + "Quotation"]
    assert quote[SCHEMA + "text"][0]["@value"].startswith("immigration was “a good example")
    person = "http://host/speakers/deborah-mattinson/#person"
    assert [c["@id"] for c in quote[SCHEMA + "creator"]] == [person]
    assert [c["@id"] for c in quote[SCHEMA + "spokenByCharacter"]] == [person]
    assert quote[SCHEMA + "isPartOf"][0]["@id"] == f"http://host/debates/{SEED_DEBATE}/#event"
    source = quote[SCHEMA + "citation"][0]["@id"]
    assert nodes[source]["@type"] == [SCHEMA + "NewsArticle"]
    assert nodes[source][SCHEMA + "publisher"][0]["@id"] == (
        "http://host/organisations/total-politics/#organization"
    )
    # The person the quote names is the one the speaker's own page describes.
    (speaker_data,) = _scripts(page_path(site, "speakers/deborah-mattinson.md"))
    assert person in _nodes(expand(speaker_data, _base("speakers/deborah-mattinson.md")))
    quotes = [n for n in nodes.values() if n["@type"] == [SCHEMA + "Quotation"]]
    assert len(quotes) == 11


def test_with_site_url_ids_are_absolute(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text("site_url: https://example.org/d/\n" + config.read_text(encoding="utf-8"))
    site = build_site(project)
    (data,) = _scripts(page_path(site, "speakers/sadiq-khan.md"))
    assert data["@id"] == "https://example.org/d/speakers/sadiq-khan/#person"
    assert data["memberOf"][0]["@id"] == "https://example.org/d/organisations/labour/#organization"


@pytest.mark.parametrize(
    "text", [HOSTILE, "<!--<script>", "a </SCRIPT > b", "&lt;/script&gt;", "\u2029 x"]
)
def test_script_text_cannot_end_the_script(text: str) -> None:
    escaped = script_text({"text": text})
    assert "<" not in escaped and ">" not in escaped and "&" not in escaped
    assert "\u2028" not in escaped and "\u2029" not in escaped
    assert json.loads(escaped) == {"text": text}


def test_a_hostile_quote_stays_inside_its_script(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    article = next((project / "content" / "articles").glob("*.txt"))
    article.write_text(
        article.read_text(encoding="utf-8") + f"\n\nKhan said {HOSTILE} loudly.\n",
        encoding="utf-8",
    )
    debate = project / "content" / "debates" / f"{SEED_DEBATE}.yaml"
    hostile_quote = (
        "quotes:\n  - id: q-0123456789\n    speaker: sadiq-khan\n    kind: indirect\n"
        f"    text: {json.dumps(HOSTILE)}\n    status: reviewed\n"
    )
    debate.write_text(debate.read_text(encoding="utf-8").replace("quotes:\n", hostile_quote, 1))
    site = build_site(project)
    html = page_path(site, f"debates/{SEED_DEBATE}.md").read_text(encoding="utf-8")
    head = html.split("</head>")[0]
    (script,) = _SCRIPT.findall(head)
    assert "<" not in script and "alert(1)" in script
    data = json.loads(script)
    texts = [n.get("text") for n in data["@graph"]]
    assert HOSTILE in texts
    nodes = _nodes(expand(data, _base(f"debates/{SEED_DEBATE}.md")))
    hostile = nodes[f"http://host/debates/{SEED_DEBATE}/#q-0123456789"]
    assert hostile[SCHEMA + "text"][0]["@value"] == HOSTILE
    assert "<script>alert(1)" not in html


def test_wiki_links_read_as_names_in_descriptions() -> None:
    from digest.export.text import readable
    from digest.index import build_index
    from digest.publish import published

    index = build_index(published(load_digest(BUNDLED))[0])
    cases = {
        "  [[sadiq-khan]] and [[themes/immigration|migration]]  ": "Sadiq Khan and migration",
        f"see [[{SEED_DEBATE}#q-16e1994950]]": "see Why did Labour lose? Lessons from the election",
        "`[[sadiq-khan]]` \\[[x]]": "`[[sadiq-khan]]` \\[[x]]",
        "no links": "no links",
    }
    for markdown, text in cases.items():
        assert readable(markdown, index) == text
