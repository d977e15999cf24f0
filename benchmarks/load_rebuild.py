"""What one preview rebuild pays to load the content again after an edit, in process.

Algorithm: a synthetic digest of N debates (``synthetic.py``) is loaded once with the cache
``mkdocs serve`` keeps across rebuilds (``digest.load_cache.LoadCache``: parsed YAML, findings,
quote spans, records); then, ``--edits`` times, one file is edited (the busiest speaker's
``constituency``, then a debate's ``summary``, in turn) and the rebuild's record work is timed:
``check_content`` (parse, validate, spans, cross-file checks, records), the preview's publishing
rule and review queue, and the index (``build_index``, with the session's ``IndexCache``). Wall
and CPU seconds, median of the edits; CPU time says more than wall time on a shared machine.
``--fresh`` loads and indexes with no cache instead (what every rebuild paid before the caches).

    python benchmarks/load_rebuild.py --debates 1000 --edits 5
    python benchmarks/load_rebuild.py --debates 1000 --edits 5 --fresh
    PYTHONPATH=/path/to/older/checkout python benchmarks/load_rebuild.py   # before the caches
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from pathlib import Path

from synthetic import generate_corpus  # benchmarks/, beside this script

from digest.decisions import pending
from digest.index import build_index
from digest.load import check_content
from digest.publish import published

try:  # a checkout from before these caches (PYTHONPATH=it) kept only the parsed YAML
    from digest.index import IndexCache
    from digest.load_cache import LoadCache
except ImportError:  # pragma: no cover
    IndexCache, LoadCache = None, dict  # type: ignore[assignment,misc]

STEPS = ("load", "publish", "index")


def edit_speaker(path: Path, value: str) -> None:
    text = re.sub(r"^constituency: .*\n", "", path.read_text(encoding="utf-8"), flags=re.M)
    path.write_text(f"{text.rstrip()}\nconstituency: {value}\n", encoding="utf-8")


def edit_debate(path: Path, value: str) -> None:
    text = re.sub(r"^summary: .*\n", f"summary: {value}\n", path.read_text(encoding="utf-8"),
                  count=1, flags=re.M)  # fmt: skip
    path.write_text(text, encoding="utf-8")


def rebuild(content: Path, cache, indexes) -> dict[str, tuple[float, float]]:
    """(wall, cpu) seconds of each step of one rebuild's record work."""
    times = {}
    clock = (time.perf_counter(), time.process_time())

    def lap(step: str) -> None:
        nonlocal clock
        now = (time.perf_counter(), time.process_time())
        times[step] = (now[0] - clock[0], now[1] - clock[1])
        clock = now

    digest, problems = check_content(content, cache)
    lap("load")
    assert digest is not None, [str(p) for p in problems[:5]]
    shown, _ = published(digest, "preview")
    pending(digest, content.parent)
    lap("publish")
    build_index(shown, indexes) if indexes is not None else build_index(shown)
    lap("index")
    return times


def run(debates: int, edits: int, fresh: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="load-rebuild-") as tmp:
        content = Path(tmp) / "content"
        generate_corpus(content, debates, seed=0)
        speaker = max((content / "speakers").glob("*.yaml"), key=lambda p: p.stat().st_size)
        debate = sorted((content / "debates").glob("*.yaml"))[debates // 2]
        cache = None if fresh else LoadCache()
        indexes = IndexCache() if IndexCache is not None and not fresh else None
        rebuild(content, cache, indexes)  # the first build: fills the caches
        runs = []
        for number in range(edits):
            if number % 2 == 0:
                edit_speaker(speaker, f"Edited {number}")
            else:
                edit_debate(debate, f"Edited summary {number}.")
            runs.append(rebuild(content, cache, indexes))
    label = "fresh load (no cache)" if fresh else "cached load"
    print(f"{debates} debates, {label}, median of {edits} edits (wall s / CPU s):")
    for step in (*STEPS, "total"):
        if step == "total":
            walls = [sum(r[s][0] for s in STEPS) for r in runs]
            cpus = [sum(r[s][1] for s in STEPS) for r in runs]
        else:
            walls, cpus = [r[step][0] for r in runs], [r[step][1] for r in runs]
        print(f"  {step:8} {statistics.median(walls):6.3f} / {statistics.median(cpus):6.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debates", type=int, nargs="+", default=[1000])
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="no cache: a fresh load each time")
    args = parser.parse_args()
    for debates in args.debates:
        run(debates, args.edits, args.fresh)


if __name__ == "__main__":
    main()
