"""The publishing rule (docs/publishing.md) on real strict builds of a fixture that mixes statuses.

``tests/fixtures/publish_content/`` has a reviewed debate holding reviewed, draft, needs-review and
rejected quotes, a draft debate with a reviewed quote, speakers named only by withheld quotes, an
unreviewed speaker named by a reviewed quote, positions citing withheld quotes and relations to
them. The public build must show none of what is withheld — on any page, in the search index or
the sitemap — and every link must still resolve.
"""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest
from test_site_build import (  # the shared build helpers and the warning guard
    BUNDLED,
    REPO,
    broken_links,
    build_site,
    make_project,
    no_unexpected_warnings,  # noqa: F401 (autouse: fails a test that logs a warning)
    page_path,
    parse,
)

from digest.load import load_digest
from digest.publish import published, summary
from tests.content_support import mkdocs_build

FIXTURE = REPO / "tests" / "fixtures" / "publish_content"
DEVCORPUS = REPO.parent / "shared" / "devcorpus"

WITHHELD_QUOTES = {  # quote text -> why it is withheld
    "the libraries were a pretext for waste": "draft",
    "taxes were already too high": "needs-review, no speaker",
    "the vote was rigged": "needs-review, a guessed speaker",
    "she had never lost a budget vote": "rejected",
    "fares had doubled in a decade": "reviewed, in a draft debate",
    "free buses would pay for themselves": "draft, in a draft debate",
}
PUBLISHED_QUOTES = ("protects the libraries", "the libraries must stay open")
NO_PAGE = (  # withheld records: no page, no link, not in the sitemap
    "debates/bus-fares.md",
    "speakers/carl-cole.md",
    "speakers/frank-fox.md",
    "organisations/independents.md",
    "themes/transport.md",
    "policies/free-buses.md",
)
DRAFT_FACTS = (  # unreviewed fields of records shown by name only
    "Drafted bio of Erin",
    "Guessed Treasurer",
    "Independent Alliance",
    "Drafted description of the trust",
    "Drafted stance of Erin",
)
_ARTICLE = re.compile(r'<div class="dd-article">.*?</div>', re.S)


@pytest.fixture(scope="module")
def public_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(with_site_url(make_project(tmp_path_factory.mktemp("public"), FIXTURE)))


def outside_articles(site: Path) -> dict[str, str]:
    """Every page's HTML with debate articles cut out: the source text is published as written,
    so the words of a withheld quote stay in it, unmarked and attributed to no one."""
    return {
        path.relative_to(site).as_posix(): _ARTICLE.sub("", path.read_text(encoding="utf-8"))
        for path in site.rglob("*.html")
    }


def set_option(project: Path, line: str) -> None:
    """Set one option of the digest plugin in the project's mkdocs.yml (replacing its line)."""
    config = project / "mkdocs.yml"
    name = line.split(":")[0]
    text = re.sub(rf"^      {name}:.*\n", "", config.read_text(encoding="utf-8"), flags=re.M)
    option = "      content_dir: content\n"
    assert option in text
    config.write_text(text.replace(option, f"{option}      {line}\n"), encoding="utf-8")


def with_site_url(project: Path) -> Path:
    """MkDocs lists pages in sitemap.xml only when ``site_url`` is set."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(f"site_url: https://example.org/\n{text}", encoding="utf-8")
    return project


# --- The public build ----------------------------------------------------------------------------


def test_every_link_resolves_with_records_withheld(public_site: Path) -> None:
    assert broken_links(public_site) == []


@pytest.mark.parametrize("text", WITHHELD_QUOTES)
def test_a_withheld_quote_is_on_no_page(public_site: Path, text: str) -> None:
    pages = outside_articles(public_site)
    assert [uri for uri, html in pages.items() if text in html] == []
    for quote_id in ("q-2", "q-3", "q-4", "q-5"):
        debate = page_path(public_site, "debates/council-budget.md").read_text(encoding="utf-8")
        assert f'id="{quote_id}"' not in debate and f'data-quote="{quote_id}"' not in debate


def test_published_quotes_are_shown(public_site: Path) -> None:
    debate = page_path(public_site, "debates/council-budget.md").read_text(encoding="utf-8")
    for text in PUBLISHED_QUOTES:
        assert text in _ARTICLE.sub("", debate)
    assert {"q-1", "q-6"} <= parse(page_path(public_site, "debates/council-budget.md")).ids


def test_withheld_quotes_and_records_are_not_in_the_search_index(public_site: Path) -> None:
    docs = json.loads((public_site / "search" / "search_index.json").read_text())["docs"]
    searchable = [d for d in docs if not d["location"].endswith("#the-article")]
    for text in WITHHELD_QUOTES:
        assert [d["location"] for d in searchable if text in d["text"]] == [], text
    for name in ("Carl Cole", "Frank Fox", "Meeting on bus fares", *DRAFT_FACTS):
        assert [d["location"] for d in searchable if name in d["text"] + d["title"]] == [], name
    # the published debate's article is searchable, with no withheld debate's article
    assert not [d for d in docs if "free buses would pay" in d["text"]]


def test_withheld_records_have_no_page_and_are_not_in_the_sitemap(public_site: Path) -> None:
    sitemap = (public_site / "sitemap.xml").read_text(encoding="utf-8")
    for src_uri in NO_PAGE:
        assert not page_path(public_site, src_uri).exists(), src_uri
        assert f"/{src_uri.removesuffix('.md')}/" not in sitemap, src_uri
    assert "/debates/council-budget/" in sitemap and "/speakers/erin-ewing/" in sitemap


def test_no_page_names_a_speaker_known_only_from_withheld_quotes(public_site: Path) -> None:
    for uri, html in outside_articles(public_site).items():
        assert "Carl Cole" not in html and "Frank Fox" not in html, uri


def test_an_unreviewed_speaker_of_a_reviewed_quote_is_shown_by_name_only(
    public_site: Path,
) -> None:
    erin = page_path(public_site, "speakers/erin-ewing.md").read_text(encoding="utf-8")
    assert "Erin Ewing" in erin and "the libraries must stay open" in erin
    assert "dd-badge" not in _ARTICLE.sub("", erin)
    for uri, html in outside_articles(public_site).items():
        for fact in DRAFT_FACTS:
            assert fact not in html, (uri, fact)


def test_positions_cite_only_published_quotes(public_site: Path) -> None:
    html = page_path(public_site, "debates/council-budget.md").read_text(encoding="utf-8")
    table = html[html.index('<div class="dd-positions">') : html.index("</table>")]
    rows = [" ".join(re.sub(r"<[^>]+>", " ", row).split()) for row in table.split("<tr>")[2:]]
    assert rows == [
        "Ann Smith Budget ✔ Supports For the budget. quote 1",  # q-5 (rejected) left out
        "Bob Jones Budget ✘ Opposes Against the budget.",  # its only evidence is a draft
    ]
    assert 'href="#q-1">quote 1<' in table


def test_relations_naming_a_withheld_quote_are_withheld(public_site: Path) -> None:
    html = page_path(public_site, "debates/council-budget.md").read_text(encoding="utf-8")
    section = html[html.index('id="who-answered-whom"') : html.index('<h2 id="the-article"')]
    items = [" ".join(re.sub(r"<[^>]+>", " ", li).split()) for li in section.split("<li>")[1:]]
    assert items == ["Erin Ewing ( quote ) echoes Ann Smith ( quote )"]


def test_withheld_counts_are_logged_at_info(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    project = make_project(tmp_path, FIXTURE)
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        build_site(project)
    lines = [r.getMessage() for r in caplog.records if "published" in r.getMessage()]
    assert lines == [
        "digest: published 1 debate, 2 quotes, 3 speakers, 2 organisations, 1 theme, 1 policy; "
        "withheld 1 debate (draft 1), 6 quotes (draft 2, needs-review 2, "
        "in a withheld debate 1, rejected 1), 1 position (draft 1), "
        "3 relations (names a withheld quote 2, draft 1), 2 speakers (draft 2), "
        "1 organisation (draft 1), 1 theme (draft 1), 1 policy (draft 1); "
        "shown by name only (not reviewed): 1 speaker, 1 organisation"
    ]
    assert all(r.levelno == logging.INFO for r in caplog.records if "digest" in r.getMessage())


# --- The `publish: drafts` option -------------------------------------------------------------


def test_the_drafts_option_publishes_drafts_with_a_badge_and_never_a_needs_review_quote(
    tmp_path: Path,
) -> None:
    project = make_project(tmp_path, FIXTURE)
    set_option(project, "publish: drafts")
    site = build_site(project)
    assert broken_links(site) == []
    buses = page_path(site, "debates/bus-fares.md").read_text(encoding="utf-8")
    assert "dd-badge--draft" in buses and 'id="q-2"' in buses  # the draft debate, its draft quote
    frank = page_path(site, "speakers/frank-fox.md").read_text(encoding="utf-8")
    assert "dd-badge--draft" in frank
    budget = page_path(site, "debates/council-budget.md").read_text(encoding="utf-8")
    card = budget[budget.index('id="q-2"') :]
    assert "dd-badge--draft" in card[: card.index("</blockquote>")]
    pages = outside_articles(site)
    for text in ("taxes were already too high", "the vote was rigged", "never lost a budget"):
        assert [uri for uri, html in pages.items() if text in html] == [], text
    assert not page_path(site, "speakers/carl-cole.md").exists()  # named only by needs-review


def test_an_unknown_publish_option_is_a_config_error(tmp_path: Path) -> None:
    project = make_project(tmp_path, FIXTURE)
    set_option(project, "publish: everything")
    result = mkdocs_build(project, "-q")
    assert result.returncode == 1
    assert "publish" in result.stderr and "'reviewed', 'drafts'" in result.stderr


# --- The rule itself, on records ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "debates", "quotes", "speakers"),
    [
        ("reviewed", {"council-budget"}, {"q-1", "q-6"}, {"ann-smith", "bob-jones", "erin-ewing"}),
        (
            "drafts",
            {"council-budget", "bus-fares"},
            {"q-1", "q-2", "q-6", "bus-fares/q-1", "bus-fares/q-2"},
            {"ann-smith", "bob-jones", "erin-ewing", "frank-fox"},
        ),
        (
            "preview",
            {"council-budget", "bus-fares"},
            {"q-1", "q-2", "q-3", "q-4", "q-6", "bus-fares/q-1", "bus-fares/q-2"},
            {"ann-smith", "bob-jones", "carl-cole", "erin-ewing", "frank-fox"},
        ),
    ],
)
def test_what_each_rule_publishes(
    rule: str, debates: set[str], quotes: set[str], speakers: set[str]
) -> None:
    result, _ = published(load_digest(FIXTURE), rule)  # type: ignore[arg-type]
    assert set(result.debates) == debates
    assert {
        q.id if debate.id == "council-budget" else f"{debate.id}/{q.id}"
        for debate in result.debates.values()
        for q in debate.quotes
    } == quotes
    assert set(result.speakers) == speakers


def test_name_only_records_keep_no_unreviewed_field() -> None:
    result, withheld = published(load_digest(FIXTURE), "reviewed")
    erin = result.speakers["erin-ewing"]
    assert (erin.name, erin.party, erin.roles, erin.bio, erin.status) == (
        "Erin Ewing", None, [], "", "reviewed"
    )  # fmt: skip
    trust = result.organisations["civic-trust"]
    assert (trust.name, trust.description, trust.kind) == ("Civic Trust", "", "other")
    assert dict(withheld.name_only) == {"speakers": 1, "organisations": 1}


def test_the_bundled_content_publishes_as_it_is() -> None:
    digest = load_digest(BUNDLED)
    result, withheld = published(digest, "reviewed")
    for kind in ("debates", "speakers", "organisations", "themes", "policies"):
        assert getattr(result, kind) == getattr(digest, kind), kind
    assert summary(result, withheld).endswith("; withheld nothing")


# --- Re-extraction keeps decisions (issue 8, part 5) ----------------------------------------------


def _extract(article: Path, content: Path) -> None:
    command = [sys.executable, "-m", "digest.cli", "extract", str(article), "--out", str(content)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def _statuses(debate_file: Path) -> dict[str, str]:
    import yaml

    data = yaml.safe_load(debate_file.read_text(encoding="utf-8"))
    return {q["id"]: q["status"] for q in data["quotes"]}


@pytest.mark.skipif(not DEVCORPUS.is_dir(), reason="needs ../shared/devcorpus")
def test_re_extraction_keeps_reviewed_and_rejected_decisions(tmp_path: Path) -> None:
    article = DEVCORPUS / "01-chinese-submarine-japan.txt"
    content = tmp_path / "content"
    _extract(article, content)
    (debate_file,) = (content / "debates").glob("*.yaml")
    first = _statuses(debate_file)
    reviewed = next(q for q, status in first.items() if status == "draft")
    rejected = next(q for q in first if q != reviewed)
    text = debate_file.read_text(encoding="utf-8")
    for quote_id, status in ((reviewed, "reviewed"), (rejected, "rejected")):
        text = re.sub(
            rf"(- id: {quote_id}\n(?:    .*\n)*?    status: )\S+", rf"\g<1>{status}", text, count=1
        )
    text = text.replace("\nstatus: draft\n", "\nstatus: reviewed\n", 1)  # the debate itself
    debate_file.write_text(text, encoding="utf-8")
    decided = _statuses(debate_file)
    assert (decided[reviewed], decided[rejected]) == ("reviewed", "rejected")

    _extract(article, content)  # the same article again: nothing the editor decided changes
    assert _statuses(debate_file) == decided
    assert debate_file.read_text(encoding="utf-8") == text

    digest = load_digest(content)
    result, _ = published(digest, "reviewed")
    (debate,) = result.debates.values()
    assert [q.id for q in debate.quotes] == [reviewed]


def test_a_doubled_record_the_extractor_flagged_does_not_fail_a_strict_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """``possibly_same_as`` is an editor's decision like needs-review: ``digest check`` warns,
    the public build (which withholds the record) counts it at info level."""
    project = make_project(tmp_path, FIXTURE)
    frank = project / "content" / "speakers" / "frank-fox.yaml"
    frank.write_text(
        frank.read_text(encoding="utf-8").replace("status: draft", "status: needs-review")
        + "possibly_same_as: [ann-smith]\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        site = build_site(project)  # strict: a warning would abort it
    assert not (site / "speakers" / "frank-fox" / "index.html").exists()
    assert any("editor decision" in r.getMessage() for r in caplog.records)
