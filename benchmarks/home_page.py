"""What the front page costs as the digest grows: ranking once, rendering once, a bounded page.

Algorithm: generate a synthetic digest of N debates (``synthetic.py``), load and index it, then
time the home page's planning (``planner.plan_home``: the rankings) and rendering, and compare
them with rendering one page of each other kind; report the size of the home page's Markdown,
which must not grow with N (each block lists ``home_items`` entries). No MkDocs build: this
isolates the front page's own work, and stays cheap on a shared machine.

    python benchmarks/home_page.py                      # 100 and 1,000 debates
    python benchmarks/home_page.py --debates 100        # one size

Target: the home page (plan + render) costs no more than 5 debate pages, at any N.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from synthetic import generate_corpus

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from digest.index import build_index  # noqa: E402
from digest.load import load_digest  # noqa: E402
from digest.site.planner import plan_home, plan_pages  # noqa: E402
from digest.site.renderer import Renderer  # noqa: E402

REPEATS = 5
TARGET_DEBATE_PAGES = 5


def _best_of(repeats: int, work) -> float:
    """The fastest of ``repeats`` runs, in seconds (the least disturbed by other processes)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(debates: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        generate_corpus(content, debates)
        index = build_index(load_digest(content))
    pages = plan_pages(index)
    home = pages[0]
    debate_pages = [p for p in pages if p.kind == "debates" and p.record is not None][:20]
    renderer = Renderer(index, [])
    for page in debate_pages:  # warm the template cache and the shared card/link caches
        renderer.render(page)
    markdown = renderer.render(home)
    per_debate = statistics.median(
        _best_of(REPEATS, lambda p=page: renderer.render(p)) for page in debate_pages
    )
    return {
        "debates": debates,
        "pages": len(pages),
        "plan_ms": _best_of(REPEATS, lambda: plan_home(index)) * 1000,
        "render_ms": _best_of(REPEATS, lambda: renderer.render(home)) * 1000,
        "debate_page_ms": per_debate * 1000,
        "home_kb": len(markdown.encode()) / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--debates", type=int, action="append", help="sizes (default 100, 1000)")
    sizes = parser.parse_args().debates or [100, 1000]
    print(
        "| debates | pages | plan (rank) ms | render ms | one debate page ms | home ÷ debate "
        "| home Markdown KB |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    ok = True
    for size in sizes:
        row = measure(size)
        ratio = (row["plan_ms"] + row["render_ms"]) / row["debate_page_ms"]
        ok &= ratio <= TARGET_DEBATE_PAGES
        print(
            f"| {row['debates']} | {row['pages']} | {row['plan_ms']:.2f} | {row['render_ms']:.2f} "
            f"| {row['debate_page_ms']:.2f} | {ratio:.1f} | {row['home_kb']:.1f} |"
        )
    print(f"target: home page ≤ {TARGET_DEBATE_PAGES} debate pages: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
