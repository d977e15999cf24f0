"""``mkdocs serve --dirty`` renders only the pages an edit changes; no served file may tell.

Each test simulates serve as MkDocs runs it (``on_startup(command="serve", dirty=True)`` once,
then one dirty ``build`` per change with the same plugin instances), edits the bundled content,
rebuilds, and compares every file of the served site with a fresh session's first build (which
renders everything) of the same content: pages, search index and exports byte for byte.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from digest.index import build_index
from digest.load import load_digest
from digest.site.dependencies import ALL, KEYS, Snapshot, changed, snapshot
from digest.site.incremental import BANNERS_END, BANNERS_START, export_paths

REPO = Path(__file__).resolve().parent.parent
SERVE_URL = "http://127.0.0.1:8000/"
DEBATE = "content/debates/why-did-labour-lose.yaml"
DEBATE_PAGE = "debates/why-did-labour-lose.md"
SPEAKER = "content/speakers/sadiq-khan.yaml"
THEME = "content/themes/immigration.yaml"
BANNER = "digest-content-errors"


@pytest.fixture(autouse=True)
def fresh_plugins() -> Iterator[None]:
    cache = MkDocsConfig.plugins.plugin_cache
    cache.clear()
    yield
    cache.clear()


class Session:
    """One ``mkdocs serve --dirty`` session on a copy of the bundled project."""

    def __init__(self, project: Path, site: Path) -> None:
        self.project, self.site = project, site
        self.plugins: dict = {}
        config = self._config()
        config.plugins.on_startup(command="serve", dirty=True)
        self.rebuild(config)

    def _config(self) -> MkDocsConfig:
        cache = MkDocsConfig.plugins.plugin_cache
        cache.clear()
        cache.update(self.plugins)  # this session's plugin instances, as serve keeps them
        config = load_config(str(self.project / "mkdocs.yml"), site_dir=str(self.site))
        config.site_url = SERVE_URL
        self.plugins = dict(cache)
        return config

    def rebuild(self, config: MkDocsConfig | None = None, *, flush: bool = True) -> None:
        build(config or self._config(), serve_url=SERVE_URL, dirty=True)
        if flush:  # what requests for every page and export would do
            self.plugins_by_name()["digest"].incremental.flush()

    def plugins_by_name(self) -> dict:
        return {type(p).__name__.removesuffix("Plugin").lower(): p for p in self.plugins.values()}

    def rendered(self) -> int:
        return self.plugins_by_name()["digest"].incremental.last_rendered


def make_project(root: Path) -> Path:
    project = root / "project"
    project.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    (project / "theme_overrides").symlink_to(REPO / "theme_overrides")
    shutil.copytree(REPO / "content", project / "content")
    return project


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of a site but the gzipped sitemap (its header holds the time it was written)."""
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file() and p.suffix != ".gz"
    }


def html_files(site: Path) -> dict[str, bytes]:
    return {path: data for path, data in site_files(site).items() if path.endswith(".html")}


def assert_same_as_fresh(session: Session, tmp_path: Path, name: str) -> None:
    fresh = Session(session.project, tmp_path / f"fresh-{name}")
    served, expected = site_files(session.site), site_files(fresh.site)
    assert sorted(served) == sorted(expected)
    differ = [path for path in expected if served[path] != expected[path]]
    assert differ == []


def edit(project: Path, path: str, old: str, new: str) -> None:
    file = project / path
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    file.write_text(text.replace(old, new), encoding="utf-8")


def without_banners(html: str) -> str:
    return re.sub(f"{re.escape(BANNERS_START)}.*?{re.escape(BANNERS_END)}", "", html, flags=re.S)


@pytest.fixture
def session(tmp_path: Path) -> Session:
    return Session(make_project(tmp_path), tmp_path / "served")


def page(session: Session, path: str) -> str:
    return (session.site / path / "index.html").read_text(encoding="utf-8")


# --- the served site equals a fresh build after each kind of edit ----------------------------
def test_editing_a_speakers_field_renders_few_pages_and_matches_a_full_build(
    session: Session, tmp_path: Path
) -> None:
    edit(session.project, SPEAKER, "constituency: Tooting", "constituency: Tooting and Balham")
    session.rebuild()
    assert "Tooting and Balham" in page(session, "speakers/sadiq-khan")
    assert 0 < session.rendered() < 10  # the speaker's page, the front and review pages, about
    skipped = session.plugins_by_name()["digest"]._files.get_file_from_path(DEBATE_PAGE).page
    assert not skipped.file.is_modified()  # not rendered, yet its title and anchors are known
    assert skipped.title == "Why did Labour lose? Lessons from the election"
    assert "q-58c566b164" in skipped.present_anchor_ids
    assert_same_as_fresh(session, tmp_path, "field")


def test_renaming_a_speaker_renders_every_page_that_names_them(
    session: Session, tmp_path: Path
) -> None:
    edit(session.project, SPEAKER, "name: Sadiq Khan", "name: Sadiq A. Khan")
    session.rebuild()
    assert "Sadiq A. Khan" in page(session, "debates/why-did-labour-lose")
    assert "Sadiq A. Khan" in page(session, "themes/immigration")
    assert_same_as_fresh(session, tmp_path, "name")


def test_editing_a_quote_and_a_theme(session: Session, tmp_path: Path) -> None:
    debate = (session.project / DEBATE).read_text(encoding="utf-8")
    quote_text = re.search(r"^    text: (.+)$", debate, re.M).group(1)
    edit(session.project, DEBATE, quote_text, quote_text.replace(" ", "  ", 1))
    session.rebuild()
    assert_same_as_fresh(session, tmp_path, "quote")
    edit(session.project, THEME, "name: Immigration", "name: Immigration and asylum")
    session.rebuild()
    assert "Immigration and asylum" in page(session, "speakers/sadiq-khan")
    assert_same_as_fresh(session, tmp_path, "theme")


def test_renaming_a_record_removes_its_old_page_and_exports(
    session: Session, tmp_path: Path
) -> None:
    for path in (session.project / "content").rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if "sadiq-khan" in text:
            path.write_text(text.replace("sadiq-khan", "sadiq-khan-mp"), encoding="utf-8")
    (session.project / SPEAKER).rename(session.project / "content/speakers/sadiq-khan-mp.yaml")
    session.rebuild()
    assert not (session.site / "speakers" / "sadiq-khan").exists()
    assert not (session.site / "data" / "speakers" / "sadiq-khan.json").exists()
    assert "sadiq-khan-mp" in page(session, "debates/why-did-labour-lose")
    assert_same_as_fresh(session, tmp_path, "rename")


def test_a_decision_changes_the_review_count_on_every_page(
    session: Session, tmp_path: Path
) -> None:
    edit(session.project, DEBATE, "    status: reviewed", "    status: needs-review")
    session.rebuild()
    assert "digest-review-count" in page(session, "organisations/labour")
    assert_same_as_fresh(session, tmp_path, "review")


def test_a_broken_edit_banners_every_page_and_keeps_the_last_good_content(
    session: Session, tmp_path: Path
) -> None:
    edit(session.project, SPEAKER, "Tooting", "Tooting West")
    session.rebuild()
    before = html_files(session.site)
    good = (session.project / SPEAKER).read_text(encoding="utf-8")
    (session.project / SPEAKER).write_text(good + "roles: [unclosed\n", encoding="utf-8")
    session.rebuild()
    after = html_files(session.site)
    pages = [path for path in after if path.endswith("index.html")]
    assert len(pages) > 20
    for path in pages:
        html = after[path].decode("utf-8")
        assert BANNER in html and "content/speakers/sadiq-khan.yaml:" in html, path
        assert without_banners(html) == without_banners(before[path].decode("utf-8")), path
    assert "Tooting West" in page(session, "speakers/sadiq-khan")

    (session.project / SPEAKER).write_text(good.replace("Tooting West", "Tooting"), "utf-8")
    session.rebuild()
    assert BANNER not in page(session, "about") and BANNER not in page(session, "themes")
    assert_same_as_fresh(session, tmp_path, "fixed")


class FakeServer:
    """What ``IncrementalPreview.serve_hook`` uses of MkDocs' LiveReloadServer."""

    def __init__(self, root: Path) -> None:
        self.root, self.mount_path, self.app = str(root), "/", None
        self.served: list[str] = []

    def serve_request(self, environ, start_response):
        self.served.append(environ["PATH_INFO"])
        return [b""]

    def set_app(self, app) -> None:
        self.app = app


def test_a_request_gets_its_page_with_the_banners_of_the_last_build(session: Session) -> None:
    server = FakeServer(session.site)
    session.plugins_by_name()["digest"].incremental.serve_hook(server)
    edit(session.project, SPEAKER, "Tooting", "Tooting Bec")
    session.rebuild(flush=False)
    data = session.site / "data" / "speakers" / "sadiq-khan.json"
    assert "Tooting Bec" not in data.read_text(encoding="utf-8")  # exports wait for a request
    server.app({"PATH_INFO": "/data/speakers/sadiq-khan.json"}, None)
    assert "Tooting Bec" in data.read_text(encoding="utf-8")
    good = (session.project / SPEAKER).read_text(encoding="utf-8")
    (session.project / SPEAKER).write_text(good + "roles: [unclosed\n", encoding="utf-8")
    session.rebuild(flush=False)
    assert BANNER not in page(session, "themes/immigration")  # not rewritten until asked for
    server.app({"PATH_INFO": "/themes/immigration/"}, None)
    assert BANNER in page(session, "themes/immigration")
    assert server.served == ["/data/speakers/sadiq-khan.json", "/themes/immigration/"]
    (session.project / THEME).write_text("name: [", encoding="utf-8")
    session.rebuild(flush=False)
    assert "content/themes/immigration.yaml:" not in page(session, "policies")
    server.app({"PATH_INFO": "/policies/index.html"}, None)
    assert "content/themes/immigration.yaml:" in page(session, "policies")


def test_a_template_change_renders_everything(session: Session, tmp_path: Path) -> None:
    session.rebuild()
    assert session.rendered() < 10
    (session.project / "mkdocs.yml").write_text(
        (session.project / "mkdocs.yml").read_text(encoding="utf-8") + "\n# changed\n", "utf-8"
    )
    session.rebuild()
    assert session.rendered() > 20


# --- the parts, as tables ----------------------------------------------------------------------
def _snapshot() -> tuple[Snapshot, object]:
    index = build_index(load_digest(REPO / "content"))
    return snapshot(index, ["about.md"]), index


def test_changed_names_the_fields_an_edit_changed() -> None:
    old, _ = _snapshot()
    new, index = _snapshot()
    assert changed(old, new) == set()
    index.digest.speakers["sadiq-khan"].constituency = "Elsewhere"
    new = snapshot(index, ["about.md"])
    assert changed(old, new) == {
        ("speakers", "sadiq-khan", "constituency"),
        ("speakers", "sadiq-khan", ALL),
        # an entry holding the speaker's record (the party's members) changes with any field
        ("members_by_organisation", "labour"),
        ("members_by_organisation", ALL),
    }


def test_changed_names_added_ids_and_moved_entries() -> None:
    old, _ = _snapshot()
    _, index = _snapshot()
    del index.digest.themes["immigration"]
    new = snapshot(index, [])
    found = changed(old, new)
    assert {("themes", "immigration"), ("themes", KEYS), ("pages", "about.md")} <= found
    assert ("quotes_by_theme", "immigration") not in found  # the index was not rebuilt here


def test_export_paths_are_the_paths_export_files_writes() -> None:
    from digest.export import export_files
    from digest.export.links import SiteLinks

    index = build_index(load_digest(REPO / "content"))
    written = export_files(index, SiteLinks(SERVE_URL, True), "Debate Digest")
    assert sorted(export_paths(index)) == sorted(written)
