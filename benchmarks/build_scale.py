"""How fast the digest builds at scale, beside plain MkDocs and Hugo on the very same pages.

Algorithm: for each N, generate a synthetic digest of N debates (``synthetic.py``) in a temp
project laid out like this repository and build it with the repository's ``mkdocs.yml`` (digest
plugin on). Then take the published content of every page from that site (the HTML inside each
page's ``<article>``) and build it twice more: with plain MkDocs and Material (the same config
minus the plugin, each page a Markdown file holding that HTML, the same nav, detail pages in
``not_in_nav``), and with Hugo (Debian's ``hugo``; skipped with a message when absent) with a
minimal layout. Each build runs in its own subprocess so its time and peak memory are its own.

    python benchmarks/build_scale.py --debates 100 1000   # the figures of docs/benchmarks.md
    python benchmarks/build_scale.py --debates 50         # smoke run, a few seconds

Targets (issue 10, docs/benchmarks.md): 1,000 debates in ≤ 15 s, ≤ 16 × Hugo on the same content,
ms/page flat with size, peak RSS ≤ 600 MB at 5,000 debates; loading + validation ≤ 5 % of the
build.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from synthetic import CorpusStats, generate_corpus

REPO = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "digest"
SECONDS_TARGET = (1000, 15.0)  # (debates, seconds): the full build at that size
HUGO_RATIO_TARGET = 16.0
RSS_TARGET = (5000, 600.0)  # (debates, MB): peak memory at that size
LOAD_SHARE_TARGET = 0.05


@dataclass
class BuildRun:
    """One ``mkdocs build`` subprocess: wall time, peak RSS of that child only, and its log."""

    label: str
    seconds: float
    max_rss_mb: float
    returncode: int
    log: str


@dataclass
class CapturedSite:
    """The digest site's published page content as source files, and which stay out of the nav."""

    docs_dir: Path
    pages: int
    not_in_nav: list[str]


@dataclass
class SizeResult:
    debates: int
    pages: int
    load_seconds: float
    runs: list[BuildRun]  # digest, plain, and Hugo when installed
    html_mb: dict[str, float]  # label -> MB of HTML written


# --- YAML that keeps mkdocs.yml's tags (!!python/name:…, !ENV, !relative) as written ------------


class _Tagged:
    """A tagged node we must write back untouched; we never build the Python object it names."""

    def __init__(self, tag: str, value: Any) -> None:
        self.tag = tag
        self.value = value


class _TagKeepingLoader(yaml.SafeLoader):
    pass


class _TagKeepingDumper(yaml.SafeDumper):
    pass


def _construct_tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> _Tagged:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    return _Tagged(node.tag, value)


def _represent_tagged(dumper: yaml.SafeDumper, data: _Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


_TagKeepingLoader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_tagged)
_TagKeepingLoader.add_multi_constructor("!", _construct_tagged)
_TagKeepingDumper.add_representer(_Tagged, _represent_tagged)


def read_config(path: Path) -> dict[str, Any]:
    """mkdocs.yml as plain data, its tags kept for writing back."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_TagKeepingLoader)


def write_config(path: Path, config: dict[str, Any]) -> None:
    path.write_text(
        yaml.dump(config, Dumper=_TagKeepingDumper, sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )


# --- The temp project ------------------------------------------------------------------------


def make_project(root: Path, debates: int, seed: int) -> CorpusStats:
    """A project laid out like the repository, so the repo's mkdocs.yml works there unchanged.

    Hand-written pages are copied; the theme overrides are linked (read-only for the build); the
    records are synthetic.
    """
    content = root / "content"
    shutil.copytree(REPO / "content" / "pages", content / "pages")
    stats = generate_corpus(content, debates, seed=seed)
    (root / "theme_overrides").symlink_to(REPO / "theme_overrides", target_is_directory=True)
    shutil.copyfile(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return stats


def time_loading(content: Path) -> float:
    """Seconds for ``digest.load.load_digest`` (parse + validate) on the corpus, best of two.

    Best of two because the first read also pays for the OS page cache; the build that follows
    reads warm files too.
    """
    from digest.load import load_digest

    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        load_digest(content)
        best = min(best, time.perf_counter() - start)
    return best


def run_build(label: str, config: Path, site_dir: Path) -> BuildRun:
    """``python -m mkdocs build -q`` of ``config`` into ``site_dir``, in a child."""
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)]
    command += ["-d", str(site_dir)]
    return run_child(label, command, config.parent)


def run_child(label: str, command: list[str], cwd: Path) -> BuildRun:
    """Run ``command``; wall time, and the peak RSS of that child only (``os.wait4``).

    ``RUSAGE_CHILDREN`` would give the maximum over every child so far, mixing the builds.
    """
    with tempfile.TemporaryFile(mode="w+") as log:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, cwd=cwd, env=_child_env()
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read()
    max_rss_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    return BuildRun(label, seconds, max_rss_mb, returncode, output)


def _child_env() -> dict[str, str]:
    """The environment of a build: Material's end-of-life banner off, so logs show only ours."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


# --- The published content, for the other builds ----------------------------------------------

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.DOTALL)
_TITLE = re.compile(r"<h1[^>]*>(.*?)</h1>", re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")
_EDIT_BUTTON = re.compile(r'<a href="[^"]*" title="Edit this page"[^>]*>.*?</a>', re.DOTALL)


def published_pages(site_dir: Path) -> dict[str, tuple[str, str]]:
    """``src_uri`` -> (title, content HTML) of every page of a built digest site.

    The content is what the reader gets inside the page's ``<article>``, minus Material's edit
    button; the 404 page and the theme's own files are not pages of the digest."""
    pages = {}
    for path in sorted(site_dir.rglob("index.html")):
        rel = path.relative_to(site_dir).parent.as_posix()
        if rel.startswith(("assets", "search")):
            continue
        html = path.read_text(encoding="utf-8")
        match = _ARTICLE.search(html)
        if match is None:
            continue
        content = _EDIT_BUTTON.sub("", match[1])
        title = _TITLE.search(content)
        name = " ".join(_TAGS.sub("", title[1]).replace("¶", "").split()) if title else rel
        src = "index.md" if rel == "." else f"{rel}.md"
        if src.endswith("/index.md") or src == "index.md":
            pass
        pages[_src_uri(rel)] = (name, content)
    return pages


def _src_uri(rel: str) -> str:
    """``speakers/x`` -> ``speakers/x.md``; a kind's folder -> ``speakers/index.md``."""
    if rel == ".":
        return "index.md"
    if "/" not in rel and rel in ("debates", "speakers", "themes", "policies", "organisations"):
        return f"{rel}/index.md"
    return f"{rel}.md"


def capture_pages(config_file: Path, site_dir: Path, out_dir: Path) -> CapturedSite:
    """Write every page of the built digest site as a Markdown file of its published HTML.

    Raw HTML blocks go through Python-Markdown as one stashed block each, as plain MkDocs would
    treat a page of HTML; the title is front matter (MkDocs finds no ``# heading`` in raw HTML).
    Pages outside the nav of ``mkdocs.yml`` become ``not_in_nav`` patterns."""
    nav = set(_nav_pages(read_config(config_file).get("nav") or []))
    pages = published_pages(site_dir)
    not_in_nav = []
    for src_uri, (title, content) in pages.items():
        target = out_dir / src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        front = yaml.safe_dump({"title": title}, allow_unicode=True)
        target.write_text(f"---\n{front}---\n\n<div>\n{content}\n</div>\n", encoding="utf-8")
        if src_uri not in nav:
            not_in_nav.append(src_uri)
    return CapturedSite(out_dir, len(pages), compress_patterns(not_in_nav, out_dir))


def _nav_pages(nav: Any) -> Iterable[str]:
    for entry in nav if isinstance(nav, list) else [nav]:
        if isinstance(entry, dict):
            for value in entry.values():
                yield from _nav_pages(value)
        elif isinstance(entry, str):
            yield entry


def make_hugo_site(root: Path, pages: dict[str, tuple[str, str]]) -> Path:
    """A Hugo site of the same pages at the same URLs, each layout only prints the content."""
    (root / "layouts" / "_default").mkdir(parents=True)
    skeleton = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
        "</head><body><main>{{ .Content }}</main></body></html>\n"
    )
    for layout in ("single.html", "list.html"):
        (root / "layouts" / "_default" / layout).write_text(skeleton, encoding="utf-8")
    (root / "layouts" / "index.html").write_text(skeleton, encoding="utf-8")
    (root / "config.toml").write_text(
        'baseURL = "http://127.0.0.1/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'
        "[markup.goldmark.renderer]\nunsafe = true\n",
        encoding="utf-8",
    )
    for src_uri, (title, content) in pages.items():
        name = "_index.html" if src_uri.endswith("index.md") else None
        stem = src_uri[: -len("index.md")] + name if name else src_uri[: -len(".md")] + ".html"
        target = root / "content" / stem
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"---\ntitle: {json.dumps(title)}\n---\n{content}\n", encoding="utf-8")
    return root


def run_hugo(root: Path) -> BuildRun:
    hugo = shutil.which("hugo") or "hugo"
    command = [hugo, "--quiet", "--source", str(root), "--destination", str(root / "public")]
    return run_child("Hugo (same content)", command, root)


def compress_patterns(not_in_nav: Iterable[str], docs_dir: Path) -> list[str]:
    """Gitignore patterns for ``not_in_nav``: one per folder plus its few exceptions.

    Thousands of one-file patterns would make plain MkDocs match each file against each pattern,
    a cost the digest build never pays. A folder whose pages are mostly listed becomes
    ``/folder/*.md`` and ``!/folder/index.md`` for each page that stays in the nav.
    """
    listed = set(not_in_nav)
    folders: dict[str, list[str]] = {}
    for path in docs_dir.rglob("*.md"):
        uri = path.relative_to(docs_dir).as_posix()
        folders.setdefault(str(PurePosixPath(uri).parent), []).append(uri)
    patterns = []
    for folder, uris in sorted(folders.items()):
        inside = sorted(u for u in uris if u in listed)
        outside = sorted(u for u in uris if u not in listed)
        if folder != "." and len(outside) < len(inside):
            patterns.append(f"/{folder}/*.md")
            patterns.extend(f"!/{u}" for u in outside)
        else:
            patterns.extend(f"/{u}" for u in inside)
    return patterns


def make_plain_config(project: Path, captured: CapturedSite) -> Path:
    """The repo's config without the digest plugin, reading the captured pages.

    Everything else (theme, ``custom_dir``, nav, Markdown extensions) is kept as written: the
    pages carry the digest's published HTML, and Material's own page template renders both
    builds. Written beside the digest config so relative paths resolve the same way.
    """
    config = read_config(project / "mkdocs.yml")
    config["plugins"] = _without_plugin(config.get("plugins"), PLUGIN_NAME)
    config["docs_dir"] = str(captured.docs_dir)
    config["not_in_nav"] = "\n".join(captured.not_in_nav)
    config.pop("watch", None)
    plain = project / "mkdocs-plain.yml"
    write_config(plain, config)
    return plain


def _without_plugin(plugins: Any, name: str) -> Any:
    """The ``plugins:`` setting with ``name`` removed, in either of its list or mapping forms."""
    if isinstance(plugins, dict):
        return {k: v for k, v in plugins.items() if k != name}
    kept = []
    for entry in plugins or []:
        key = next(iter(entry)) if isinstance(entry, dict) else entry
        if key != name:
            kept.append(entry)
    return kept


def count_html(site_dir: Path) -> int:
    return sum(1 for _ in site_dir.rglob("*.html"))


def nav_links(site_dir: Path) -> int:
    """Nav entries rendered into the home page: equal in both builds, or the ratio means nothing.

    Not the page's table of contents (``href="#…"``): the plain build's pages are raw HTML, whose
    headings Python-Markdown's ``toc`` does not see, so they have none."""
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    return len(re.findall(r'<a href="[^"#][^"]*" class="md-nav__link', html))


def html_megabytes(site_dir: Path) -> float:
    return sum(p.stat().st_size for p in site_dir.rglob("*.html")) / 1e6


# --- One size, then the report ------------------------------------------------------------------


def measure(debates: int, seed: int, repeat: int, keep: bool, plain: bool = True) -> SizeResult:
    """Generate, build with the digest, capture its content, build that with MkDocs and Hugo."""
    project = Path(tempfile.mkdtemp(prefix=f"digest-build-scale-{debates}-"))
    try:
        make_project(project, debates, seed)
        load_seconds = time_loading(project / "content")
        sites = {"digest": project / "site-digest", "plain": project / "site-plain"}
        digest = _best(
            repeat,
            lambda: run_build("digest plugin build", project / "mkdocs.yml", sites["digest"]),
        )
        captured = capture_pages(project / "mkdocs.yml", sites["digest"], project / "plain-docs")
        runs = [digest]
        if plain:
            plain_config = make_plain_config(project, captured)
            build = lambda: run_build("plain MkDocs build", plain_config, sites["plain"])  # noqa: E731
            runs.append(_best(repeat, build))
        else:
            del sites["plain"]
        hugo_root = make_hugo_site(project / "hugo", published_pages(sites["digest"]))
        if shutil.which("hugo") is None:
            print("hugo: not installed, its baseline is skipped (Debian: apt-get install hugo)")
        else:
            runs.append(_best(repeat, lambda: run_hugo(hugo_root)))
            sites["hugo"] = hugo_root / "public"
        navs = nav_links(sites["digest"]), nav_links(sites.get("plain", sites["digest"]))
        if navs[0] != navs[1]:
            print(f"NAVIGATION DIFFERS (digest {navs[0]}, plain {navs[1]}): the ratio is void")
        mb = {label: html_megabytes(site) for label, site in sites.items()}
        return SizeResult(debates, captured.pages, load_seconds, runs, mb)
    finally:
        if keep:
            print(f"project kept in {project}")
        else:
            shutil.rmtree(project, ignore_errors=True)


def report(result: SizeResult) -> list[str]:
    """Print one size's figures; return the targets it missed."""
    digest = result.runs[0]
    print(f"\n{result.debates:,} debates, {result.pages:,} pages")
    sites = [site for site in ("digest", "plain", "hugo") if site in result.html_mb]
    for run, site in zip(result.runs, sites, strict=False):
        ms = 1000 * run.seconds / max(result.pages, 1)
        print(
            f"  {run.label:<22} {run.seconds:7.2f} s  {ms:6.2f} ms/page  "
            f"{result.html_mb[site]:7.1f} MB HTML  peak RSS {run.max_rss_mb:7.1f} MB"
        )
    missed = []
    for run, site in zip(result.runs[1:], sites[1:], strict=False):
        ratio = digest.seconds / run.seconds
        line = f"  ratio digest / {site:<6}  {ratio:7.2f}"
        if site == "hugo":
            ok = ratio <= HUGO_RATIO_TARGET
            line += f"   target ≤ {HUGO_RATIO_TARGET:g}  {_verdict(ok)}"
            missed += [] if ok else [f"{result.debates}: digest/Hugo {ratio:.1f}"]
        print(line)
    share = result.load_seconds / digest.seconds
    ok = share <= LOAD_SHARE_TARGET
    print(
        f"  load + validate YAML   {result.load_seconds:7.2f} s  = {share:.1%} of the digest build"
        f"  target ≤ {LOAD_SHARE_TARGET:.0%}  {_verdict(ok)}"
    )
    if result.debates == SECONDS_TARGET[0]:
        ok = digest.seconds <= SECONDS_TARGET[1]
        print(f"  full build: target ≤ {SECONDS_TARGET[1]:g} s  {_verdict(ok)}")
        missed += [] if ok else [f"{result.debates}: {digest.seconds:.1f} s"]
    if result.debates == RSS_TARGET[0]:
        ok = digest.max_rss_mb <= RSS_TARGET[1]
        print(f"  peak RSS: target ≤ {RSS_TARGET[1]:g} MB  {_verdict(ok)}")
        missed += [] if ok else [f"{result.debates}: {digest.max_rss_mb:.0f} MB"]
    return missed


def report_scaling(results: list[SizeResult]) -> None:
    """ms/page of the digest build at each size beside the smallest: flat means it scales."""
    if len(results) < 2:
        return
    base_ms = results[0].runs[0].seconds / results[0].pages
    print("\nms/page of the digest build, relative to the smallest size:")
    for result in results:
        ms = result.runs[0].seconds / result.pages
        print(f"  {result.debates:>6,} debates  {1000 * ms:6.2f} ms/page  × {ms / base_ms:.2f}")


def _best(repeat: int, build: Callable[[], BuildRun]) -> BuildRun:
    """The fastest of ``repeat`` runs, each checked (a failed build's figures mean nothing)."""
    runs = []
    for _ in range(max(1, repeat)):
        run = build()
        _check(run)
        runs.append(run)
    return min(runs, key=lambda run: run.seconds)


def _verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def _check(run: BuildRun) -> None:
    warnings = [line for line in run.log.splitlines() if "WARNING" in line]
    if warnings:
        print(f"{run.label}: {len(warnings)} warnings, first: {warnings[0]}", file=sys.stderr)
    if run.returncode != 0:
        sys.exit(f"{run.label} failed (exit {run.returncode}):\n{run.log[-4000:]}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--debates", type=int, nargs="+", default=[1000], help="sizes (1000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (0)")
    parser.add_argument("--keep", action="store_true", help="keep the temp projects, print them")
    parser.add_argument("--repeat", type=int, default=1, help="builds of each kind; best kept (1)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--no-plain", action="store_true", help="skip the plain MkDocs build (the slowest)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    results, missed = [], []
    for debates in args.debates:
        result = measure(debates, args.seed, args.repeat, args.keep, plain=not args.no_plain)
        missed += report(result)
        results.append(result)
    report_scaling(results)
    if missed:
        print(f"\nmissed: {'; '.join(missed)}")
    return 1 if missed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
