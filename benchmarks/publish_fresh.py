"""The editor's first day: extract every dev-corpus article, publish strictly, preview the queue.

Algorithm: copy the bundled content and mkdocs.yml into a temp project; ``digest extract`` every
article of ``../shared/devcorpus/`` into it; ``mkdocs build --strict`` (a subprocess, timed) must
succeed and publish no extracted quote — its text is looked for in every built page and in the
search index; then build once what ``mkdocs serve`` shows (in-process, as serve runs the plugin)
and count the review page's items. Prints the figures of docs/publishing.md.

    python benchmarks/publish_fresh.py
    python benchmarks/publish_fresh.py --articles ../shared/devcorpus --keep
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=REPO.parent / "shared" / "devcorpus")
    parser.add_argument("--keep", action="store_true", help="keep the temp project")
    args = parser.parse_args()
    project = Path(tempfile.mkdtemp(prefix="digest-publish-"))
    try:
        return _run(project, sorted(args.articles.glob("*.txt")))
    finally:
        if args.keep:
            print(f"project kept: {project}")
        else:
            shutil.rmtree(project)


def _run(project: Path, articles: list[Path]) -> int:
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    (project / "theme_overrides").symlink_to(REPO / "theme_overrides")
    shutil.copytree(REPO / "content", project / "content")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    extract = [str(BIN / "digest"), "extract", *map(str, articles), "--out", "content"]
    subprocess.run(extract, cwd=project, check=True, capture_output=True, env=env)
    print(f"extract: {len(articles)} articles in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    build = subprocess.run(
        [str(BIN / "mkdocs"), "build", "--strict"], cwd=project, capture_output=True, text=True,
        env=env,
    )  # fmt: skip
    took = time.perf_counter() - started
    summary = re.search(r"digest: (published .*)", build.stderr)
    print(f"mkdocs build --strict: exit {build.returncode} in {took:.1f} s")
    print(f"  {summary.group(1) if summary else 'no digest summary line'}")
    if build.returncode:
        print(build.stderr[-2000:])
        return 1
    site = project / "site"
    pages = list(site.rglob("*.html"))
    leaked = _leaked_quotes(project, [*pages, site / "search" / "search_index.json"])
    print(f"  {len(pages)} HTML pages; extracted quotes found in the site: {leaked}")
    return _preview(project) or (1 if leaked else 0)


def _leaked_quotes(project: Path, files: list[Path]) -> int:
    """Quotes of unreviewed debates that a built file shows: their id (a card's anchor, a mark's
    ``data-quote``, a search entry's ``#q-…``) or their words outside a debate's article."""
    from digest.load import load_digest

    digest = load_digest(project / "content")
    article = re.compile(r'<div class="dd-article">.*?</div>', re.S)
    text = "".join(article.sub("", f.read_text(encoding="utf-8")) for f in files)
    quotes = [q for d in digest.debates.values() if d.status != "reviewed" for q in d.quotes]
    return sum(re.search(rf"\b{q.id}\b", text) is not None or q.text in text for q in quotes)


def _preview(project: Path) -> int:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.chdir(project)
    config = load_config("mkdocs.yml", site_dir=str(project / "preview"), strict=True)
    config.plugins.on_startup(command="serve", dirty=False)
    started = time.perf_counter()
    try:
        build(config, serve_url="http://127.0.0.1:8000/")
    finally:
        config.plugins.on_shutdown()
    review = (project / "preview" / "review" / "index.html").read_text(encoding="utf-8")
    waiting = re.search(r"wait for an editor: ([^<]*)", review)
    pages = len(list((project / "preview").rglob("*.html")))
    print(f"preview (serve): {pages} HTML pages in {time.perf_counter() - started:.1f} s")
    print(f"  review page: {waiting.group(1) if waiting else 'not found'}")
    return 0 if waiting else 1


if __name__ == "__main__":
    sys.exit(main())
