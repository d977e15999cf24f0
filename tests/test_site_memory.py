"""What the build lets go to keep its peak memory down changes nothing it makes.

docs/benchmarks.md, "Peak memory": the search index spooled to disk page by page and written in
batches (``digest.site.search_index_file``), a one-shot load that keeps no bytes, facts or data
once used and shares repeated strings (``digest.load``, ``digest.yamlio``). Each is held to the
result without it: Material's own search index file, byte for byte; a load with the serve cache.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from test_site_build import BUNDLED, build_site, make_project

from digest.export import export_makers, feeds
from digest.export.feeds import all_feeds, atom
from digest.export.links import SiteLinks, feed_path
from digest.index import build_index
from digest.load import check_content, load_digest
from digest.load_cache import LoadCache
from digest.publish import published
from digest.site import plugin, search_index_file
from digest.site.search_index_file import SearchIndexFile
from digest.yamlio import read_yaml

SEARCH_INDEX = "search/search_index.json"


def _search_index(site: Path) -> bytes:
    return (site / SEARCH_INDEX).read_bytes()


@pytest.fixture(scope="module")
def material_index(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bundled site's search index as Material's own ``on_post_build`` writes it."""
    patch, skipped = pytest.MonkeyPatch(), []
    patch.setattr(plugin, "write_search_index_streamed", lambda *a, **k: skipped.append(a))
    try:
        site = build_site(make_project(tmp_path_factory.mktemp("material")))
    finally:
        patch.undo()
    assert len(skipped) == 1  # the plugin asked, and Material's handler was left in place
    return _search_index(site)


def test_material_writes_it_when_nothing_is_installed(material_index):
    assert json.loads(material_index)["docs"]  # an index with entries, not two empty ones


def test_the_spooled_index_is_materials_byte_for_byte(tmp_path, material_index, monkeypatch):
    spooled: list[int] = []
    spool = SearchIndexFile.spool

    def counted(self) -> None:
        spooled.append(len(self.index.entries))
        spool(self)

    monkeypatch.setattr(SearchIndexFile, "spool", counted)
    site = build_site(make_project(tmp_path))
    assert len(spooled) > 20 and sum(spooled) > 100  # every page's entries went through the file
    assert _search_index(site) == material_index


def test_entries_left_in_the_list_are_written_in_batches_the_same(
    tmp_path, material_index, monkeypatch
):
    """Without spooling (serve --dirty reads the entries: they stay in the list), the write
    goes in batches; a batch of 7 makes many of them."""
    monkeypatch.setattr(search_index_file, "BATCH", 7)
    install = search_index_file.install_in
    monkeypatch.setattr(
        plugin, "write_search_index_streamed", lambda plugins, spool: install(plugins, spool=False)
    )
    site = build_site(make_project(tmp_path))
    assert _search_index(site) == material_index


@pytest.mark.parametrize(
    ("spooled_pages", "left"),
    [([], 0), ([], 3), ([2], 0), ([1, 3], 2), ([5], 12)],
    ids=["empty", "list-only", "spool-only", "both", "both-batched"],
)
def test_spooled_and_listed_entries_make_one_array(tmp_path, monkeypatch, spooled_pages, left):
    monkeypatch.setattr(search_index_file, "BATCH", 5)
    config = {"lang": ["en"], "separator": "[\\s\\-]+", "pipeline": ["stemmer"], "fields": {}}
    index = SimpleNamespace(config={**config, "other": 1}, entries=[])
    made: list[dict] = []
    index_file = SearchIndexFile(index)
    for page, count in enumerate(spooled_pages):
        for n in range(count):
            entry = {"location": f"p{page}/#{n}", "title": "T\u00e9", "text": "<b>x</b>"}
            index.entries.append(entry)
            made.append(entry)
        index_file.spool()
        assert index.entries == []
    for n in range(left):
        entry = {"location": f"left/#{n}", "title": "L", "text": str(n)}
        index.entries.append(entry)
        made.append(entry)
    path = tmp_path / "search" / "search_index.json"
    index_file.write(str(path))
    expected = json.dumps({"config": config, "docs": made}, separators=(",", ":"), default=str)
    assert path.read_bytes() == expected.encode("utf-8")


def test_a_site_builds_the_same_twice_in_one_process(tmp_path):
    """The second build's loader finds the strings the first interned and the class-level
    caches it filled: the same site (every HTML file, the search index)."""
    sites = []
    for n in (1, 2):
        (tmp_path / str(n)).mkdir()
        sites.append(build_site(make_project(tmp_path / str(n))))
    files = [
        {p.relative_to(s).as_posix(): p.read_bytes() for p in s.rglob("*") if p.is_file()}
        for s in sites
    ]
    assert sorted(files[0]) == sorted(files[1]) and len(files[0]) > 50
    assert [path for path in files[0] if files[0][path] != files[1][path]] == []


def test_serve_after_a_build_in_one_process_previews_the_content(tmp_path):
    project = make_project(tmp_path)
    built = build_site(project)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "preview"))
    config.plugins.on_startup(command="serve", dirty=True)
    try:
        build(config, serve_url="http://127.0.0.1:8000/")
        speaker = next((project / "content" / "speakers").glob("*.yaml")).stem
        page = project / "preview" / "speakers" / speaker / "index.html"
        assert page.read_text(encoding="utf-8") != ""
        assert (project / "preview" / SEARCH_INDEX).stat().st_size > 1000
    finally:
        config.plugins.on_shutdown()
    assert (built / "speakers" / speaker / "index.html").is_file()


# --- loading ------------------------------------------------------------------------------------


def test_a_one_shot_load_equals_a_load_with_the_serve_cache():
    fresh, fresh_problems = check_content(BUNDLED)
    cached, cached_problems = check_content(BUNDLED, LoadCache())
    assert fresh is not None and cached is not None
    for kind in ("debates", "speakers", "organisations", "themes", "policies"):
        assert getattr(fresh, kind) == getattr(cached, kind)
    assert fresh_problems == cached_problems


def test_a_parse_keeps_the_bytes_read_once_and_decodes_them_on_demand(tmp_path):
    path = tmp_path / "ann.yaml"
    path.write_text("# modeline\nname: Ann \u00c9\nstatus: reviewed\n", encoding="utf-8")
    cache: dict = {}
    parsed = read_yaml(path, cache)
    assert parsed.source is cache[path][0]  # one copy, shared with the cache's comparison
    assert parsed.text == "# modeline\nname: Ann \u00c9\nstatus: reviewed\n"
    assert parsed.line == 2


def test_repeated_short_strings_are_one_object_long_ones_are_not(tmp_path):
    long_text = "a quote long enough to be text rather than an id, " * 2
    for name in ("a", "b"):
        (tmp_path / f"{name}.yaml").write_text(
            f"status: reviewed\nspeaker: ann-smith\ntext: {long_text}\n", encoding="utf-8"
        )
    a, b = (read_yaml(tmp_path / f"{name}.yaml").data for name in ("a", "b"))
    assert a == b
    assert a["status"] is b["status"] and a["speaker"] is b["speaker"]
    assert next(iter(a)) is next(iter(b))  # keys too
    assert a["text"] is not b["text"]


def test_a_one_shot_load_locates_problems_from_the_bytes_it_kept(tmp_path):
    """Problems are given lines from the file's bytes (decoded again): still right; and a load
    with only warnings builds its records after letting each file's data go."""
    content = tmp_path / "content"
    for kind in ("debates", "speakers", "organisations", "themes", "policies"):
        (content / kind).mkdir(parents=True)
    speaker = content / "speakers" / "ann.yaml"
    speaker.write_text("# a comment\nname: Ann \u00c9\nstatus: reviewed\nparty: 12\nflavour: odd\n")
    digest, problems = check_content(content)
    assert digest is None
    assert [(p.line, p.col, p.field, p.severity) for p in problems] == [
        (2, 1, "", "warning"),  # no debate mentions this speaker
        (4, 8, "party", "error"),
        (5, 1, "flavour", "error"),
    ]
    assert problems == check_content(content, LoadCache())[1]
    speaker.write_text("# a comment\nname: Ann \u00c9\nstatus: reviewed\n")
    digest, problems = check_content(content)
    assert [(p.line, p.col, p.severity) for p in problems] == [(2, 1, "warning")]
    assert digest is not None and digest.speakers["ann"].name == "Ann \u00c9"
    assert digest.speakers["ann"].origin.line == 2


# --- exports ------------------------------------------------------------------------------------


def test_each_feed_is_made_once_for_its_two_files_and_let_go(monkeypatch):
    """``export_makers`` makes a feed when the first of its files is written, not before, and
    keeps it only until the second one is; the files are those ``all_feeds`` gives."""
    digest, _ = published(load_digest(BUNDLED), "reviewed")
    index, links = build_index(digest), SiteLinks()
    made: list[str] = []
    quote_feed = feeds._quote_feed
    monkeypatch.setattr(feeds, "_quote_feed", lambda *a: made.append(a[3]) or quote_feed(*a))
    makers = export_makers(index, links, "d")
    assert made == []  # nothing made yet
    expected = {f.atom_path: atom(f, links) for f in all_feeds(index, links, "d")}
    made.clear()
    speaker = next(iter(digest.speakers))
    atom_path, json_path = (feed_path("speakers", speaker, ext) for ext in ("xml", "json"))
    assert makers[atom_path]() == expected[atom_path]
    assert made == [speaker]
    assert json.loads(makers[json_path]())["items"] is not None
    assert made == [speaker]  # the JSON Feed reused it
    makers[atom_path]()
    assert made == [speaker, speaker]  # and let it go: asked again, it is made again
