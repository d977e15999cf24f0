"""Build real sites with the bundled mkdocs.yml (strict) and check the HTML they contain.

Each test copies a content folder into ``tmp_path`` beside a copy of mkdocs.yml (the theme
overrides are linked, not copied), so tests can break the content without touching the repo.
An autouse fixture fails any test during which MkDocs logged a warning it did not expect.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from digest.load import load_digest

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "content"
MINI = REPO / "tests" / "fixtures" / "mini_content"
SEED_DEBATE = "why-did-labour-lose"
KINDS = ("debates", "speakers", "themes", "policies", "organisations")


# --- Fixtures: projects, builds, warnings -----------------------------------------------------


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def no_unexpected_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test during which MkDocs (or a plugin) logged a warning.

    Module-scoped builds run before this is attached: they are strict, or check their own."""
    handler = _Records()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    unexpected = [r.getMessage() for r in handler.records]
    assert not unexpected, f"unexpected warnings: {unexpected}"


def make_project(tmp_path: Path, content: Path = BUNDLED) -> Path:
    """A throwaway project: mkdocs.yml, a link to theme_overrides, a copy of ``content``."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    (project / "theme_overrides").symlink_to(REPO / "theme_overrides")
    shutil.copytree(content, project / "content")
    return project


def build_site(
    project: Path, *, use_directory_urls: bool = True, strict: bool = True, serving: bool = False
) -> Path:
    """``mkdocs build --strict`` in-process (a warning aborts it) into ``project/site``.

    ``serving``: build what ``mkdocs serve`` shows (the preview) instead of the public site."""
    site = project / "site"
    config = load_config(
        str(project / "mkdocs.yml"),
        strict=strict,
        site_dir=str(site),
        use_directory_urls=use_directory_urls,
    )
    if not serving:
        build(config)
        return site
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config, serve_url="http://127.0.0.1:8000/")
    finally:
        config.plugins.on_shutdown()  # the plugin instance is cached for the process: reset it
    return site


@pytest.fixture(scope="module")
def bundled_sites(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, Path]:
    """The bundled content built once per ``use_directory_urls`` setting for the read-only tests."""
    return {
        flag: build_site(
            make_project(tmp_path_factory.mktemp(f"bundled-{flag}")), use_directory_urls=flag
        )
        for flag in (True, False)
    }


def page_path(site: Path, src_uri: str) -> Path:
    """The HTML file built from ``src_uri`` whichever ``use_directory_urls`` the site used."""
    stem = src_uri.removesuffix(".md")
    pretty = site / stem / "index.html"
    if stem.endswith("index") or not pretty.exists():
        return site / f"{stem}.html"
    return pretty


# --- Reading HTML -------------------------------------------------------------------------------


class _Page(HTMLParser):
    """Ids, outgoing references (tag, attribute, value) and visible text of one HTML file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str, str]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        for key in ("id", "name") if tag == "a" else ("id",):
            if values.get(key):
                self.ids.add(values[key])
        for key in ("href", "src"):
            if key in values:
                self.refs.append((tag, values.get("rel", ""), values[key]))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


_NO_PAGE = _Page()  # a non-HTML target has no anchors


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def text_of(path: Path) -> str:
    """The visible text of a page with whitespace runs collapsed (quotes compare as written)."""
    return " ".join("".join(parse(path).text).split())


def broken_links(site: Path) -> list[str]:
    """Every internal href/src in the site that names a missing file or a missing #anchor."""
    pages = {p: parse(p) for p in site.rglob("*.html")}
    problems = []
    for path, page in pages.items():
        base = "/" + path.relative_to(site).as_posix()
        for _tag, _rel, ref in page.refs:
            parts = urlsplit(ref)
            if parts.scheme or parts.netloc or (ref.startswith("#") and not ref[1:]):
                continue
            target = urlsplit(urljoin(base, ref))
            file = site / unquote(target.path).lstrip("/")
            if target.path.endswith("/") or file.is_dir():
                file = file / "index.html"
            if not file.exists():
                problems.append(f"{base}: {ref}: no such file")
            elif target.fragment and target.fragment not in pages.get(file, _NO_PAGE).ids:
                problems.append(f"{base}: {ref}: no such anchor")
    return problems


# --- The bundled site ---------------------------------------------------------------------------


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_every_page_kind_is_built(
    bundled_sites: dict[bool, Path], use_directory_urls: bool
) -> None:
    site = bundled_sites[use_directory_urls]
    digest = load_digest(BUNDLED)
    for kind in KINDS:
        assert page_path(site, f"{kind}/index.md").exists(), kind
        for record_id in getattr(digest, kind):
            assert page_path(site, f"{kind}/{record_id}.md").exists(), (kind, record_id)
    assert page_path(site, "index.md").exists() and page_path(site, "about.md").exists()


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_every_internal_link_and_anchor_resolves(
    bundled_sites: dict[bool, Path], use_directory_urls: bool
) -> None:
    assert broken_links(bundled_sites[use_directory_urls]) == []


def test_each_seed_quote_is_on_its_debate_speaker_and_theme_pages(
    bundled_sites: dict[bool, Path],
) -> None:
    site = bundled_sites[True]
    debate = load_digest(BUNDLED).debates[SEED_DEBATE]
    texts: dict[str, str] = {}

    def page_text(src_uri: str) -> str:
        if src_uri not in texts:
            texts[src_uri] = text_of(page_path(site, src_uri))
        return texts[src_uri]

    for quote in debate.published_quotes:
        words = " ".join(quote.text.split())
        pages = [f"debates/{SEED_DEBATE}.md"]
        pages += [f"speakers/{s}.md" for s in quote.speakers]
        pages += [f"themes/{t}.md" for t in quote.themes]
        for src_uri in pages:
            assert words in page_text(src_uri), (quote.id, src_uri)


def test_quote_cards_carry_their_permalink_and_the_article_marks_them(
    bundled_sites: dict[bool, Path],
) -> None:
    page = parse(page_path(bundled_sites[True], f"debates/{SEED_DEBATE}.md"))
    debate = load_digest(BUNDLED).debates[SEED_DEBATE]
    marks = {ref for tag, _rel, ref in page.refs if tag == "a" and ref.startswith("#q-")}
    for quote in debate.published_quotes:
        assert quote.id in page.ids
        assert f"#{quote.id}" in marks


def test_article_marks_and_quote_cards_link_to_each_other(
    bundled_sites: dict[bool, Path],
) -> None:
    """Each quote's first mark has the id ``a-<quote id>`` and links to the card; the card links
    back to it ("See in the article"). Every mark carries ``data-quote`` and its kind."""
    html = page_path(bundled_sites[True], f"debates/{SEED_DEBATE}.md").read_text()
    page = parse(page_path(bundled_sites[True], f"debates/{SEED_DEBATE}.md"))
    debate = load_digest(BUNDLED).debates[SEED_DEBATE]
    hrefs = {ref for tag, _rel, ref in page.refs if tag == "a"}
    for quote in debate.published_quotes:
        start = html.index(f'id="a-{quote.id}"')
        mark = html[html.rindex("<mark", 0, start) : html.index("</mark>", start)]
        assert f'class="dd-hl dd-hl--{quote.kind}"' in mark
        assert f'data-quote="{quote.id}"' in mark and f'href="#{quote.id}"' in mark
        assert f"#a-{quote.id}" in hrefs, quote.id
        card = html[html.index(f'id="{quote.id}"') :]
        assert f'href="#a-{quote.id}"' in card[: card.index("</div>")], quote.id


def test_search_index_holds_the_quotes(bundled_sites: dict[bool, Path]) -> None:
    index = json.loads((bundled_sites[True] / "search" / "search_index.json").read_text())
    corpus = " ".join(doc["text"] for doc in index["docs"])
    assert "playing catch-up on immigration" in corpus


def test_detail_pages_stay_out_of_the_nav(bundled_sites: dict[bool, Path]) -> None:
    html = page_path(bundled_sites[True], "index.md").read_text()
    nav = html[html.index('class="md-nav md-nav--primary"') :]
    nav = nav[: nav.index('class="md-content"')]  # the home page's toc nests a <nav> in it
    assert "debates/" in nav and "sadiq-khan" not in nav and SEED_DEBATE not in nav


def test_edit_buttons_open_the_yaml_record(bundled_sites: dict[bool, Path]) -> None:
    site = bundled_sites[True]
    speaker = page_path(site, "speakers/sadiq-khan.md").read_text()
    assert "/edit/main/content/speakers/sadiq-khan.yaml" in speaker
    about = page_path(site, "about.md").read_text()
    assert "/edit/main/content/pages/about.md" in about


def test_the_site_asks_no_other_host_for_anything(bundled_sites: dict[bool, Path]) -> None:
    site = bundled_sites[True]
    for path in site.rglob("*.html"):
        for tag, rel, ref in parse(path).refs:
            loads = tag in ("script", "img", "iframe", "source") or (
                tag == "link" and rel not in ("canonical", "prev", "next")
            )
            if loads:
                assert not urlsplit(ref).netloc, f"{path}: <{tag}> loads {ref}"
        html = path.read_text()
        # Material fetches repository facts from api.github.com for this component.
        assert 'data-md-component="source"' not in html, path
    assert (site / "assets" / "javascripts" / "mermaid.min.js").exists()


def test_relations_are_drawn_with_mermaid(bundled_sites: dict[bool, Path]) -> None:
    html = page_path(bundled_sites[True], f"debates/{SEED_DEBATE}.md").read_text()
    assert '<pre class="mermaid"><code>flowchart LR' in html
    assert "assets/javascripts/mermaid.min.js" in html


# --- Changed content ---------------------------------------------------------------------------


def test_article_text_is_escaped_not_run(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    article = next((project / "content" / "articles").glob("*.txt"))
    hostile = (
        "\n\n<script>alert(1)</script> [click](javascript:alert(2))"
        ' <img src=x onerror="alert(3)">\n'
    )
    article.write_text(article.read_text(encoding="utf-8") + hostile, encoding="utf-8")
    site = build_site(project)
    page = page_path(site, f"debates/{SEED_DEBATE}.md")
    html = page.read_text()
    assert "<script>alert(1)" not in html and "javascript:alert" not in html.replace(
        "[click](javascript:alert(2))", ""
    )
    assert "<img src=x" not in html and 'href="javascript' not in html
    assert "<script>alert(1)</script> [click](javascript:alert(2))" in text_of(page)


def test_misspelt_speaker_fails_the_build_and_keeps_the_old_site(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    debate = project / "content" / "debates" / f"{SEED_DEBATE}.yaml"
    debate.write_text(debate.read_text().replace("speaker: sadiq-khan", "speaker: sadiq-kahn", 1))
    old_site = project / "site"
    old_site.mkdir()
    (old_site / "index.html").write_text("the last good site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"content/debates/{SEED_DEBATE}.yaml:" in output and "sadiq-kahn" in output
    assert "Traceback" not in output
    assert (old_site / "index.html").read_text() == "the last good site"


def test_a_hand_written_page_wins_over_the_generated_one(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    hand = project / "content" / "pages" / "speakers" / "sadiq-khan.md"
    hand.parent.mkdir(parents=True)
    hand.write_text("# Sadiq Khan, by hand\n\nWritten by an editor.\n")
    site = build_site(project)
    assert "Written by an editor." in text_of(page_path(site, "speakers/sadiq-khan.md"))
    assert (
        "/edit/main/content/pages/speakers/sadiq-khan.md"
        in page_path(site, "speakers/sadiq-khan.md").read_text()
    )
    assert broken_links(site) == []


# --- Edge cases: the mini fixture ----------------------------------------------------------------


@pytest.fixture(scope="module")
def mini_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The edge-case fixture as ``mkdocs serve`` previews it, strict: its draft and needs-review
    quotes are shown with their badges (a public build withholds them: tests/test_publishing.py)."""
    project = make_project(tmp_path_factory.mktemp("mini"), MINI)
    return build_site(project, use_directory_urls=False, serving=True)


def test_mini_site_links_resolve(mini_site: Path) -> None:
    assert broken_links(mini_site) == []


def test_rejected_quotes_are_not_published(mini_site: Path) -> None:
    page = parse(page_path(mini_site, "debates/town-hall.md"))
    assert "q-0000000005" not in page.ids and "q-0000000001" in page.ids
    assert "Someone in the crowd" not in text_of(page_path(mini_site, "speakers/bob-jones.md"))


def test_unchecked_quotes_show_a_badge(mini_site: Path) -> None:
    html = page_path(mini_site, "debates/town-hall.md").read_text()
    card = html[html.index('id="q-0000000002"') :]
    assert "dd-badge--draft" in card[: card.index('id="q-0000000003"')]
    assert "dd-badge--needs-review" in card[: card.index('id="q-0000000004"')]


def test_reported_quotes_say_so(mini_site: Path) -> None:
    html = page_path(mini_site, "debates/town-hall.md").read_text()
    direct = html[html.index('id="q-0000000001"') : html.index('id="q-0000000002"')]
    reported = html[html.index('id="q-0000000002"') : html.index('id="q-0000000003"')]
    assert "dd-quote__kind" not in direct
    assert '<span class="dd-quote__kind"' in reported and ">reported</span>" in reported


def test_an_unattributed_quote_names_its_candidates(mini_site: Path) -> None:
    html = page_path(mini_site, "debates/town-hall.md").read_text()
    card = html[html.index('id="q-0000000003"') : html.index('id="q-0000000004"')]
    assert "Unattributed" in card and "Ann Smith" in card and "Bob Jones" in card


def test_markdown_fields_render_as_markdown(mini_site: Path) -> None:
    html = page_path(mini_site, "debates/town-hall.md").read_text()
    assert "<strong>rent caps</strong>" in html
    assert "<em>2020</em>" in page_path(mini_site, "speakers/ann-smith.md").read_text()


def test_roles_at_the_time_of_a_debate(mini_site: Path) -> None:
    text = text_of(page_path(mini_site, "speakers/ann-smith.md"))
    assert "Town hall debate on housing — as Councillor" in text  # not yet Mayor in 2024
