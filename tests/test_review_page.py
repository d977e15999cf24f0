"""The preview (``mkdocs serve``) shows everything but rejected records, and a review page.

Serve is simulated as MkDocs runs it (``build_site(..., serving=True)``: ``on_startup(command=
"serve")``, one build, ``on_shutdown``). The public build of the same content must have neither
the review page nor its count.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.config.defaults import MkDocsConfig
from test_publishing import FIXTURE, outside_articles, set_option, with_site_url
from test_site_build import (
    broken_links,
    build_site,
    make_project,
    no_unexpected_warnings,  # noqa: F401 (autouse: fails a test that logs a warning)
    page_path,
    text_of,
)

from digest.decisions import pending, sentence_around
from digest.load import load_digest
from digest.model import Quote

DEBATE_FILE = "content/debates/council-budget.yaml"


@pytest.fixture(autouse=True)
def fresh_plugins() -> Iterator[None]:
    """MkDocs caches plugins that have ``on_startup`` for the process: no serve state leaks."""
    MkDocsConfig.plugins.plugin_cache.clear()
    yield
    MkDocsConfig.plugins.plugin_cache.clear()


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    MkDocsConfig.plugins.plugin_cache.clear()
    preview = build_site(make_project(tmp_path_factory.mktemp("preview"), FIXTURE), serving=True)
    public = build_site(with_site_url(make_project(tmp_path_factory.mktemp("public"), FIXTURE)))
    return {"preview": preview, "public": public}


def review_items(site: Path) -> list[str]:
    """Each item of the review page as one line of visible text."""
    html = page_path(site, "review.md").read_text(encoding="utf-8")
    blocks = html.split('<div class="dd-review ')[1:]
    inner = [b[b.index(">") + 1 : b.index("</div>")] for b in blocks]
    return [" ".join(re.sub(r"<[^>]+>", " ", b).split()) for b in inner]


# --- The preview ---------------------------------------------------------------------------------


def test_the_preview_links_resolve_and_shows_every_status_but_rejected(
    sites: dict[str, Path],
) -> None:
    site = sites["preview"]
    assert broken_links(site) == []
    budget = page_path(site, "debates/council-budget.md").read_text(encoding="utf-8")
    for quote_id in ("q-1", "q-2", "q-3", "q-4", "q-6"):
        assert f'id="{quote_id}"' in budget, quote_id
    assert "dd-badge--needs-review" in budget and "dd-badge--draft" in budget
    assert page_path(site, "debates/bus-fares.md").exists()
    assert page_path(site, "speakers/carl-cole.md").exists()
    pages = outside_articles(site)
    assert [uri for uri, html in pages.items() if "never lost a budget vote" in html] == []


def test_the_review_page_lists_every_pending_record_by_debate(sites: dict[str, Path]) -> None:
    assert review_items(sites["preview"]) == [
        # newest debate first; the debate itself, then needs-review quotes, drafts, the rest
        "Draft Debate · content/debates/bus-fares.yaml:2 "
        "The debate's own fields: title, date, source, summary, participants",
        "Draft Quote q-2 · content/debates/bus-fares.yaml:17 · Open its card "
        "Frank Fox said that free buses would pay for themselves . By Frank Fox",
        "Needs review Quote q-3 · content/debates/council-budget.yaml:27 · Open its card "
        "Someone at the back shouted that taxes were already too high . "
        "Who said it? Candidates: Carl Cole or Bob Jones",
        "Needs review Quote q-4 · content/debates/council-budget.yaml:33 · Open its card "
        "Carl Cole muttered that the vote was rigged . Is it by Carl Cole ? "
        "(extractor confidence 0.40)",
        "Draft Quote q-2 · content/debates/council-budget.yaml:20 · Open its card "
        "Bob Jones replied that the libraries were a pretext for waste . "
        "By Bob Jones (extractor confidence 0.80)",
        "Draft Position · content/debates/council-budget.yaml:61 "
        "Erin Ewing ✔ Supports on Budget : Drafted stance of Erin.",
        "Draft Relation · content/debates/council-budget.yaml:77 "
        "Erin Ewing agrees with Ann Smith",
    ]


def test_the_review_page_marks_the_quote_in_its_sentence_and_links_its_card(
    sites: dict[str, Path],
) -> None:
    html = page_path(sites["preview"], "review.md").read_text(encoding="utf-8")
    assert "<mark>taxes were already too high</mark>" in html
    assert 'href="../debates/council-budget/#q-3"' in html
    records = text_of(page_path(sites["preview"], "review.md"))
    assert "Speakers, organisations, themes and policies" in records
    for line in (
        "Carl Cole speaker Draft content/speakers/carl-cole.yaml:2",
        "Independent Alliance organisation Draft content/organisations/independents.yaml:2",
        "Transport theme Draft content/themes/transport.yaml:2",
        "Free buses policy Draft content/policies/free-buses.yaml:2",
    ):
        assert line in records, line


def test_every_preview_page_shows_the_count(sites: dict[str, Path]) -> None:
    site = sites["preview"]
    for src_uri in ("index.md", "speakers/ann-smith.md", "debates/index.md", "review.md"):
        html = page_path(site, src_uri).read_text(encoding="utf-8")
        banner = html[html.index("digest-review-count") :]
        assert (
            "Preview: 14 records wait for a decision (the public build leaves them out)"
        ) in banner[:300], src_uri
    assert (
        "14 records wait for an editor: 1 draft debate, 2 quotes need review, 2 draft quotes, "
        "1 draft position, 1 draft relation, 3 draft speakers, 2 draft organisations, "
        "1 draft theme, 1 draft policy."
    ) in text_of(page_path(site, "review.md"))


def test_the_count_says_what_the_public_build_does_with_drafts(tmp_path: Path) -> None:
    project = make_project(tmp_path, FIXTURE)
    set_option(project, "publish: drafts")
    html = page_path(build_site(project, serving=True), "index.md").read_text(encoding="utf-8")
    assert (
        "Preview: 14 records wait for a decision (the public build shows the drafts with a badge, "
        "never needs-review records)"
    ) in html


# --- Not in the public build ---------------------------------------------------------------------


def test_the_public_build_has_no_review_page_count_or_search_entry(
    sites: dict[str, Path],
) -> None:
    site = sites["public"]
    assert not page_path(site, "review.md").exists()
    assert not (site / "review").exists()
    docs = json.loads((site / "search" / "search_index.json").read_text())["docs"]
    assert not [d for d in docs if d["location"].startswith("review")]
    assert not [d for d in docs if "wait for a decision" in d["text"]]
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "digest-review-count" not in html and "review/" not in html, path
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/debates/council-budget/" in sitemap and "review" not in sitemap


# --- The queue, as data --------------------------------------------------------------------------


def test_pending_records_have_the_line_of_their_item() -> None:
    queue = pending(load_digest(FIXTURE), FIXTURE.parent.parent.parent)
    lines = {(p.kind, getattr(p.record, "id", None)): str(p.path) + f":{p.line}"
             for p in queue.by_debate["council-budget"]}  # fmt: skip
    assert lines == {
        ("quote", "q-3"): "tests/fixtures/publish_content/debates/council-budget.yaml:27",
        ("quote", "q-4"): "tests/fixtures/publish_content/debates/council-budget.yaml:33",
        ("quote", "q-2"): "tests/fixtures/publish_content/debates/council-budget.yaml:20",
        ("position", None): "tests/fixtures/publish_content/debates/council-budget.yaml:61",
        ("relation", None): "tests/fixtures/publish_content/debates/council-budget.yaml:77",
    }
    text = (FIXTURE / "debates" / "council-budget.yaml").read_text().splitlines()
    assert text[26] == "  - id: q-3" and text[60] == "  - speaker: erin-ewing"
    assert (len(queue), queue.count("quote", "needs-review"), queue.count("speaker")) == (14, 2, 3)


@pytest.mark.parametrize(
    ("article", "words", "expected"),
    [
        ("One. He said it was fine. Two.", "it was fine", ("He said ", "it was fine", ".")),
        ("He said: \u201cit is done.\u201d Then left.", "it is done.", ("He said: \u201c", "it is done.", "\u201d")),  # noqa: E501
        ("First line\nShe argued that taxes rise\nNext", "taxes rise", ("She argued that ", "taxes rise", "")),  # noqa: E501
        ("x" * 300 + " said no more", "no more", ("…" + "x" * 234 + " said ", "no more", "")),
    ],
)
def test_sentence_around(article: str, words: str, expected: tuple[str, str, str]) -> None:
    start = article.index(words)
    quote = Quote("q", None, "indirect", words, start=start, end=start + len(words))
    assert sentence_around(article, quote) == expected
