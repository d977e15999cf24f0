"""How much the digest plugin costs over plain MkDocs at scale, and how much of it is loading YAML.

Algorithm: generate a synthetic digest of N debates (``synthetic.py``) in a temp project laid out
like this repository, build it with the repository's ``mkdocs.yml`` (digest plugin on); capture the
very pages the plugin generates (run the MkDocs events up to ``on_files``, untimed) and write them
as plain Markdown into a second ``docs_dir``; build that with the same config minus the plugin, the
same theme and the same navigation (generated pages the plugin keeps out of the nav are listed in
``not_in_nav``). Each build runs in its own subprocess so time and peak memory are its own.

    python benchmarks/build_scale.py                # 1,000 debates (~1,700 pages)
    python benchmarks/build_scale.py --debates 50   # smoke run, a few seconds

Targets (docs/benchmarks.md): digest/plain ≤ 1.2, loading + validation ≤ 5 % of the digest build.
"""

from __future__ import annotations

import argparse
import os
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
RATIO_TARGET = 1.2
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
    """The digest build's input pages as plain files, and which of them stay out of the nav."""

    docs_dir: Path
    pages: int
    not_in_nav: list[str]
    plugin_seconds: float  # on_config … on_files in this process: the plugin's own work


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
    """``python -m mkdocs build -q`` in a child; its own rusage comes from ``os.wait4``.

    ``RUSAGE_CHILDREN`` would give the maximum over every child so far, mixing the two builds.
    """
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "-q",
        "-f",
        str(config),
        "-d",
        str(site_dir),
    ]
    with tempfile.TemporaryFile(mode="w+") as log:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, cwd=config.parent, env=_child_env()
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read()
    max_rss_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    return BuildRun(label, seconds, max_rss_mb, process.returncode, output)


def _child_env() -> dict[str, str]:
    """The environment of a build: Material's end-of-life banner off, so logs show only ours."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


# --- Capturing the generated pages -----------------------------------------------------------


def capture_pages(config_file: Path, out_dir: Path) -> CapturedSite:
    """Write every page the digest build would render (hand-written + generated) into ``out_dir``.

    Runs the build's own events up to ``on_files`` in this process, as ``mkdocs build`` does, so
    the pages are exactly the plugin's; nothing is rendered, so this costs little and is untimed.
    """
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files, set_exclusions

    config = load_config(str(config_file), site_dir=str(out_dir.parent / "capture-site"))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        start = time.perf_counter()
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        files = get_files(config)
        files.add_files_from_theme(config.theme.get_env(), config)
        files = config.plugins.on_files(files, config=config)
        plugin_seconds = time.perf_counter() - start
        set_exclusions(files, config)
        docs_dir = Path(config.docs_dir).resolve()
        pages, not_in_nav = 0, []
        for file in files:
            if file.generated_by is None and not _is_under(file.abs_src_path, docs_dir):
                continue  # a theme file: the plain build adds it from the theme itself
            if file.inclusion.is_excluded():
                continue
            target = out_dir / file.src_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(file.content_bytes)
            if file.is_documentation_page():
                pages += 1
                if file.inclusion.is_not_in_nav():
                    not_in_nav.append(file.src_uri)
    finally:
        config.plugins.on_shutdown()
    return CapturedSite(out_dir, pages, compress_patterns(not_in_nav, out_dir), plugin_seconds)


def _is_under(path: str | None, folder: Path) -> bool:
    return path is not None and Path(path).resolve().is_relative_to(folder)


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
    plugin renders its pages to Markdown in ``on_files``, so Material's own page template renders
    both builds. Written beside the digest config so relative paths resolve the same way.
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


# --- Report ----------------------------------------------------------------------------------


def count_html(site_dir: Path) -> int:
    return sum(1 for _ in site_dir.rglob("*.html"))


def nav_links(site_dir: Path) -> int:
    """Nav entries rendered into the home page: equal in both builds, or the ratio means nothing."""
    return (site_dir / "index.html").read_text(encoding="utf-8").count('class="md-nav__link')


def report(
    stats: CorpusStats,
    captured: CapturedSite,
    load_seconds: float,
    digest_run: BuildRun,
    plain_run: BuildRun,
    sites: tuple[Path, Path],
) -> bool:
    """Print the figures beside their targets; True when both targets are met."""
    ratio = digest_run.seconds / plain_run.seconds
    share = load_seconds / digest_run.seconds
    size = stats.size
    print(
        f"corpus: {size.debates} debates, {size.speakers} speakers, {size.themes} themes, "
        f"{size.policies} policies, {size.organisations} organisations, {stats.quotes} quotes"
    )
    print(
        f"pages: {captured.pages} Markdown pages ({len(captured.not_in_nav)} not_in_nav "
        f"patterns); HTML files: digest {count_html(sites[0])}, plain {count_html(sites[1])}"
    )
    navs = nav_links(sites[0]), nav_links(sites[1])
    same = "same navigation" if navs[0] == navs[1] else "NAVIGATION DIFFERS: the ratio is void"
    print(f"nav links per page: digest {navs[0]}, plain {navs[1]} ({same})")
    for run in (digest_run, plain_run):
        ms = 1000 * run.seconds / max(captured.pages, 1)
        print(
            f"{run.label:<22} {run.seconds:7.2f} s  ({ms:5.1f} ms/page)  "
            f"peak RSS {run.max_rss_mb:7.1f} MB"
        )
    extra = digest_run.seconds - plain_run.seconds
    print(
        f"plugin's own work       {captured.plugin_seconds:7.2f} s  (on_config … on_files in "
        f"process: load, index, plan, render Markdown); builds differ by {extra:.2f} s"
    )
    ratio_ok, share_ok = ratio <= RATIO_TARGET, share <= LOAD_SHARE_TARGET
    print(f"ratio digest/plain      {ratio:7.2f}    target ≤ {RATIO_TARGET}  {_verdict(ratio_ok)}")
    print(
        f"load + validate YAML    {load_seconds:7.2f} s  = {share:.1%} of the digest build  "
        f"target ≤ {LOAD_SHARE_TARGET:.0%}  {_verdict(share_ok)}"
    )
    return ratio_ok and share_ok


def _verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def _check(run: BuildRun) -> None:
    """Stop with the child's log when a build failed: its figures would mean nothing."""
    warnings = [line for line in run.log.splitlines() if "WARNING" in line]
    if warnings:
        print(f"{run.label}: {len(warnings)} warnings, first: {warnings[0]}", file=sys.stderr)
    if run.returncode != 0:
        sys.exit(f"{run.label} failed (exit {run.returncode}):\n{run.log[-4000:]}")


def best_runs(
    repeat: int, digest_build: Callable[[], BuildRun], plain_build: Callable[[], BuildRun]
) -> tuple[BuildRun, BuildRun]:
    """The fastest of ``repeat`` runs of each build, alternated so drift in machine load (other
    processes, CPU clocks) falls on both builds alike."""
    digest_runs: list[BuildRun] = []
    plain_runs: list[BuildRun] = []
    for _ in range(max(1, repeat)):
        for build, runs in ((digest_build, digest_runs), (plain_build, plain_runs)):
            run = build()
            _check(run)
            runs.append(run)
    return _fastest(digest_runs), _fastest(plain_runs)


def _fastest(runs: list[BuildRun]) -> BuildRun:
    return min(runs, key=lambda run: run.seconds)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--debates", type=int, default=1000, help="debates to generate (1000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (0)")
    parser.add_argument("--keep", action="store_true", help="keep the temp project and print it")
    parser.add_argument(
        "--repeat", type=int, default=1, help="builds of each kind, alternated; best time kept (1)"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    project = Path(tempfile.mkdtemp(prefix="digest-build-scale-"))
    try:
        stats = make_project(project, args.debates, args.seed)
        load_seconds = time_loading(project / "content")
        captured = capture_pages(project / "mkdocs.yml", project / "plain-docs")
        plain_config = make_plain_config(project, captured)
        sites = (project / "site-digest", project / "site-plain")
        digest_run, plain_run = best_runs(
            args.repeat,
            lambda: run_build("digest plugin build", project / "mkdocs.yml", sites[0]),
            lambda: run_build("plain MkDocs build", plain_config, sites[1]),
        )
        met = report(stats, captured, load_seconds, digest_run, plain_run, sites)
    finally:
        if args.keep:
            print(f"project kept in {project}")
        else:
            shutil.rmtree(project, ignore_errors=True)
    return 0 if met or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
