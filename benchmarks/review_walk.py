"""A timed walk through one debate's review queue, driven key by key in a pseudo-terminal.

Usage::

    python benchmarks/review_walk.py [--article FILE] [--accept-confident X]

Copies the repository's ``content/`` to a temp folder, drafts ``--article`` into it with
``digest extract`` (default: the 06 dev-corpus article), then runs ``digest review --debate ID``
in a pty (pexpect) and answers every item as a scripted editor would: a quote with a known
speaker is accepted (``a``), one with candidates gets the first (``1``), one with neither is
rejected (``r``); positions and the debate are accepted. It waits for each next screen before
the next key, so the figures are the tool's own time per decision (start-up, write, re-render):
a human's reading time comes on top. With ``--accept-confident`` the batch command runs first
and the walk covers what is left. The run ends with the walk's own ``digest check`` line.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pexpect

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from digest.load import load_digest  # noqa: E402
from digest.review.queue import Filters, Item, build_queue  # noqa: E402

DEFAULT_ARTICLE = REPO_ROOT.parent / "shared" / "devcorpus" / "06-trump-emergency-border-wall.txt"
DIGEST = [sys.executable, "-m", "digest.cli"]


def key_for(item: Item) -> str:
    """What the scripted editor presses for ``item``."""
    if item.kind == "relation" or (item.kind == "quote" and item.speaker is None):
        return "1" if item.candidates else "r" if item.kind == "quote" else "a"
    return "a"


def draft(content: Path, article: Path) -> str:
    """Extract ``article`` into ``content``; the id of its debate."""
    before = {p.stem for p in (content / "debates").glob("*.yaml")}
    subprocess.run([*DIGEST, "extract", str(article), "--out", str(content)], check=True,
                   stdout=subprocess.DEVNULL)
    [new] = {p.stem for p in (content / "debates").glob("*.yaml")} - before
    return new


def walk(content: Path, debate: str) -> tuple[int, float, float, list[float], str]:
    """(items, start-up s, total s, seconds per decision, the closing line)."""
    items = build_queue(load_digest(content), Filters(debate=debate))
    env = {**os.environ, "TERM": "xterm", "NO_COLOR": "1"}
    started = time.perf_counter()
    child = pexpect.spawn(DIGEST[0], [*DIGEST[1:], "review", "--content", str(content),
                                      "--debate", debate],
                          env=env, encoding="utf-8", dimensions=(60, 140), timeout=60)
    child.delaybeforesend = None  # pexpect's default 50 ms pause would count as the tool's time
    child.expect(f"1/{len(items)} · ")
    child.expect("q quit")
    ready = time.perf_counter()
    per_item = []
    for number, item in enumerate(items, 1):
        tick = time.perf_counter()
        child.send(key_for(item))
        following = f"{number + 1}/{len(items)} · " if number < len(items) else "End of the queue"
        child.expect(following)
        child.expect("quit")
        per_item.append(time.perf_counter() - tick)
    child.send("q")
    child.expect("digest check: [0-9]+ errors?")
    closing = child.before.strip().splitlines()[-1] + " " + child.after
    child.expect(pexpect.EOF)
    total = time.perf_counter() - started
    return len(items), ready - started, total, per_item, closing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--accept-confident", type=float, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="review-walk-") as tmp:
        content = Path(tmp) / "content"
        shutil.copytree(REPO_ROOT / "content", content)
        debate = draft(content, args.article)
        if args.accept_confident is not None:
            batch = subprocess.run(
                [*DIGEST, "review", "--content", str(content), "--debate", debate,
                 "--accept-confident", str(args.accept_confident)],
                check=True, capture_output=True, text=True,
            )
            print(batch.stdout.strip().splitlines()[-2])
        count, startup, total, per_item, closing = walk(content, debate)
    print(f"debate: {debate}")
    print(f"items walked: {count}")
    print(f"start-up to first screen: {startup:.2f} s")
    if per_item:
        print(f"per decision: median {statistics.median(per_item) * 1000:.0f} ms,"
              f" max {max(per_item) * 1000:.0f} ms")
    print(f"total: {total:.2f} s ({count / total:.1f} items/s, tool time only)")
    print(f"closing line: {closing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
