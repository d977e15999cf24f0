"""How extraction time grows on hostile text: every pattern at n and 4n characters.

Usage::

    python benchmarks/extraction_hostile.py [--size CHARS]

Each pattern (quotation marks without words, cue verbs without prose, endless hyphenated
words, nested quotations, comma runs, …) is repeated to about ``--size`` characters and to four
times that, and extracted in process CPU time. A growth of about 4x is linear; 16x would be
quadratic. The first row is real prose (the dev corpus joined into one text) as the baseline
of the same run: hostile text should cost no more per character than some small multiple of it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.extract.pipeline import extract_article  # noqa: E402
from digest.extract.result import Article  # noqa: E402

PATTERNS = {
    "marks": '"',
    "cues": "said ",
    "clauses": "X said that ",
    "nested": "\"He said, “she said, 'they said'” \" ",
    "hyphens": "Jean-",
    "apostrophes": "O'",
    "commas": "Smith, ",
    "titles": "President Senator Governor Minister ",
    "according": "according to ",
    "names": "John Smith ",
}


def _prose() -> str:
    corpus = ROOT.parent / "shared" / "devcorpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    return "\n\n".join(texts) or "Jane Doe said the plan was sound. " * 100


def _seconds(text: str) -> float:
    start = time.process_time()
    extract_article(Article(id="x", path="x.txt", text=text))
    return time.process_time() - start


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _row(name: str, unit: str, size: int) -> None:
    small, large = _repeated(unit, size), _repeated(unit, 4 * size)
    a, b = _seconds(small), _seconds(large)
    rate = len(large) / b / 1000 if b else float("inf")
    growth = b / a if a else float("inf")
    sizes = f"{len(small):>9,} {a:>8.2f} {len(large):>9,} {b:>8.2f}"
    print(f"{name:<12} {sizes} {growth:>7.1f}x {rate:>9.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=25_000, help="characters of the smaller text")
    args = parser.parse_args()
    head = f"{'chars':>9} {'s':>8} {'chars':>9} {'s':>8}"
    print(f"{'pattern':<12} {head} {'growth':>8} {'kchar/s':>9}")
    _row("prose", _prose(), args.size)
    for name, unit in PATTERNS.items():
        _row(name, unit, args.size)
    print("growth ~4x = linear (16x would be quadratic); kchar/s of the larger text")


if __name__ == "__main__":
    main()
