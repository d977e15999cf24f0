"""Hostile article text reaching the page chrome: titles and names from articles are escaped in
Material's own template parts (header, nav, breadcrumbs, the title element), not only in ours.

Material prints ``page.title`` unescaped (MkDocs titles are HTML), and its title element runs
the title through ``striptags``, which decodes entities: both were ways for a debate titled
``</title><script>…`` to run script. Each test extracts invented hostile articles with the real
``digest extract`` into a copy of the bundled content, builds the site strictly (drafts
published) and parses every page.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from digest.extract.command import run_extract
from digest.extract.reading import header_length, read_article
from tests.test_site_build import build_site, make_project

HOSTILE_TITLE = "</title><script>alert(1)</script><img src=x onerror=alert(2)>"
TXT_ARTICLE = f"""title: {HOSTILE_TITLE}
date: 2024-05-02

Jane Doe said "the plan is sound" on Monday.
"""
HTML_ARTICLE = """<html><head><title>Minister defends the plan | The Daily Example</title>
<meta property="og:site_name" content="&lt;img src=x onerror=alert(3)&gt;">
<meta name="date" content="2024-05-01"></head><body><article>
<h1>Minister defends the plan</h1>
<p>Tom Lee said "<script>alert(4)</script> we will win" on Monday.</p>
<p>"We will not back down &lt;img src=x onerror=alert(5)&gt;," said Tom Lee.</p>
</article></body></html>
"""


class _Scan(HTMLParser):
    """Every element that could run script: on* attributes, javascript: URLs, script bodies."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.titles: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in = tag
        for name, value in attrs:
            if name.startswith("on") or "javascript:" in (value or "").lower().replace(" ", ""):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag == "script" and dict(attrs).get("type") != "application/ld+json":
            self._in = "script-code"

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script-code" and "alert(" in data:
            self.found.append(f"script: {data[:60]!r}")
        if self._in == "title":
            self.titles.append(data)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    project = make_project(root)
    folder = root / "in"
    folder.mkdir()
    (folder / "hostile-title.txt").write_text(TXT_ARTICLE, encoding="utf-8")
    (folder / "hostile-page.html").write_text(HTML_ARTICLE, encoding="utf-8")
    assert run_extract([folder], out_dir=project / "content", as_json=False, jobs=1) == 0
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("publish: reviewed", "publish: drafts"),
        encoding="utf-8",
    )
    return build_site(project)


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_page_carries_script_from_an_article(hostile_site: Path) -> None:
    found = []
    for page in _pages(hostile_site):
        scan = _Scan()
        scan.feed(page.read_text(encoding="utf-8"))
        found += [f"{page.relative_to(hostile_site)}: {f}" for f in scan.found]
    assert found == []


def test_the_hostile_title_is_shown_as_text_everywhere(hostile_site: Path) -> None:
    pages = [p for p in _pages(hostile_site) if "alert-1" in str(p.parent)]
    assert pages, "the hostile debate has a page"
    html = pages[0].read_text(encoding="utf-8")
    escaped = HOSTILE_TITLE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    scan = _Scan()
    scan.feed(html)
    assert [t.strip() for t in scan.titles] == [f"{HOSTILE_TITLE} - Debate Digest"]
    assert f"<title>{escaped} - Debate Digest</title>" in html
    header = re.search(r'data-md-component="header-topic">(.*?)</div>', html, re.S)
    assert header and escaped in header.group(1) and "<script" not in header.group(1)


def test_markup_in_html_metadata_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_ARTICLE, encoding="utf-8")
    article = read_article(path)
    assert "<" not in (article.source or "") and "onerror" not in (article.source or "")
    assert article.source == "The Daily Example"  # from the title, the site name being markup


def test_the_article_header_is_not_shown_as_text(hostile_site: Path) -> None:
    page = next(p for p in _pages(hostile_site) if "alert-1" in str(p.parent))
    html = page.read_text(encoding="utf-8")
    assert "Jane Doe said" in html
    assert "date: 2024-05-02" not in html


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("title: A\ndate: 2020-01-01\n\nBody", "Body"),
        ("title: A\r\ndate: 2020-01-01\r\n\r\nBody", "Body"),
        ("---\ntitle: A\n---\nBody", "Body"),
        ("---\r\ntitle: A\r\n---\r\nBody", "Body"),
        ("Note: not a header key\n\nBody", "Note: not a header key\n\nBody"),
    ],
)
def test_header_length(text: str, body: str) -> None:
    assert text[header_length(text) :] == body
