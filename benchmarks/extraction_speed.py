"""Extraction speed on the dev corpus: articles per second, one process and one per core.

Usage::

    python benchmarks/extraction_speed.py [--corpus DIR] [--rounds N] [--jobs N]

Reading (file I/O, header parsing) and extraction are timed together, as ``digest extract`` does
them. The single-process figure is the best of ``--rounds`` passes over the corpus (the first
pass also warms regex caches, so it is timed separately and shown as "cold"). The parallel figure
runs the same work in a process pool, one worker per core, the way ``digest extract --jobs 0``
does; its ratio against the single-process figure, measured in the same run, is the speed-up.
Target (issue 3): >= 200 articles/s per core on the default path.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from digest.extract.pipeline import extract_article  # noqa: E402
from digest.extract.reading import read_article  # noqa: E402

DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "devcorpus"
TARGET_PER_CORE = 200.0


def extract_all(paths: list[Path]) -> int:
    """Read and extract every path; return the number of quotes (so nothing is optimised away)."""
    return sum(len(extract_article(read_article(path)).quotes) for path in paths)


def time_single(paths: list[Path], rounds: int) -> tuple[float, float]:
    """Seconds for the first (cold) pass and the best of ``rounds`` warm passes."""
    started = time.perf_counter()
    extract_all(paths)
    cold = time.perf_counter() - started
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        extract_all(paths)
        best = min(best, time.perf_counter() - started)
    return cold, best


def time_parallel(paths: list[Path], rounds: int, jobs: int) -> float:
    """Seconds per pass for ``rounds`` passes split into one chunk per worker.

    Each worker first does one warm-up pass (imports, regex compilation), untimed, so the figure
    is the steady rate a long ``digest extract`` run sees, comparable with the warm single pass.
    """
    work = paths * rounds
    chunks = [work[i::jobs] for i in range(jobs)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        sum(pool.map(extract_all, [paths] * jobs))
        started = time.perf_counter()
        sum(pool.map(extract_all, chunks))
        return (time.perf_counter() - started) / rounds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)

    paths = sorted(args.corpus.glob("*.txt"))
    if not paths:
        print(f"{args.corpus}: no .txt articles found (pass --corpus DIR)", file=sys.stderr)
        return 2
    n = len(paths)
    cold, warm = time_single(paths, args.rounds)
    parallel = time_parallel(paths, args.rounds, args.jobs)
    single_rate, parallel_rate = n / warm, n / parallel
    print(f"corpus: {n} articles from {args.corpus}")
    for label, seconds in (("cold", cold), ("warm", warm)):
        rate, ms = n / seconds, 1000 * seconds / n
        print(f"single process, {label} : {rate:8.1f} articles/s ({ms:.2f} ms/article)")
    print(
        f"parallel, {args.jobs} workers  : {parallel_rate:8.1f} articles/s "
        f"(x{parallel_rate / single_rate:.2f} of single, warm workers)"
    )
    verdict = "meets" if single_rate >= TARGET_PER_CORE else "MISSES"
    print(f"per core: {single_rate:.0f} articles/s — {verdict} the target of {TARGET_PER_CORE:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
