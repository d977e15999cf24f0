"""Score themes and stances: on the hand-annotated dev gold, and over the whole dev corpus.

Usage::

    python benchmarks/theme_quality.py [--per-article] [--json] [--show-wrong] [--corpus DIR]
                                       [--gold-dir DIR] [--by-rule]

**Dev gold** (``tests/gold/*.gold.yaml`` whose attributions carry ``themes:``; files marked
``stances_annotated: true`` are scored for stances and positions only): each article is
extracted with the bundled ``content/`` as the lexicon (so the seed's own themes are in play, as
in a real digest), and its quotes are matched to the gold attributions as in
``benchmarks/extraction_quality.py`` (same kind, spans overlapping by half of each, one-to-one).
Over the matched quotes:

* theme precision = predicted (quote, theme) pairs that the gold lists for that quote /
  predicted pairs;
* coverage = matched quotes with at least one theme / matched quotes;
  policy-area coverage = the same, over the quotes whose gold lists a theme;
  policy-area hit = quotes whose gold lists a theme and that got one of the gold's themes;
* stance (quotes with a speaker): set = predicted stance other than ``unclear`` / quotes;
  precision = set stances equal to the gold ``stance:`` (absent = unclear) / set stances;
  recall = gold stances found / gold stances;
* positions: share with a stance other than ``unclear``, and how many of those carry the sentence
  that shows it (``stance_evidence``) and evidence quote ids;
* ceilings: *gold positions with a stance* = (debate, gold speaker, gold theme) triples of the
  gold attributions (each speaker of a joint one) where some attribution has a gold stance /
  all such triples (themed files only); *oracle* = predicted positions that one of their
  evidence quotes, matched to a gold attribution, would give a stance if every matched quote had
  its gold stance / predicted positions.

**By split**: the same stance figures for the gold files 01–25 (annotators A and B; the first
stance rules were written from them) and 26–53 (annotators C and D, annotated later, blind), so
the figures show how the rules do on articles they were not written from.

**By rule** (``--by-rule``): stance precision per rule family (the families of
``digest.extract.stances.RULE_FAMILIES`` that set each stance: a stance two families agree on
counts for both), on each stance-annotated gold set — the dev gold, held-out 1, 3 and 4 — or on
``--gold-dir`` alone when it is given; with ``--show-wrong``, each wrong stance with its rule.
It prints only that table (``--json``: the same as JSON).

**Whole corpus** (``../shared/devcorpus`` by default): every article extracted with
``digest extract`` (one process) into a temporary copy of ``content/``; over the new debates:
share of quotes with at least one theme, share of positions with a stance (each with its
evidence), theme records written, and quotes given one of the seed's debate-specific themes (those
not in the taxonomy) — these should be none.

Exit status: 0; 2 when a gold file is malformed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
for entry in (REPO_ROOT, REPO_ROOT / "benchmarks"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from extraction_quality import GoldError, load_gold, match_spans, ratio  # noqa: E402

from digest.extract.command import run_extract  # noqa: E402
from digest.extract.lexicon import build_lexicon  # noqa: E402
from digest.extract.pipeline import extract_article  # noqa: E402
from digest.extract.reading import read_article  # noqa: E402
from digest.taxonomy import load_taxonomy  # noqa: E402

GOLD_DIR = REPO_ROOT / "tests" / "gold"
CONTENT = REPO_ROOT / "content"
CORPUS = REPO_ROOT.parent / "shared" / "devcorpus"


@dataclass
class Counts:
    quotes: int = 0
    with_theme: int = 0
    pairs: int = 0
    pairs_right: int = 0
    policy_quotes: int = 0
    policy_with_theme: int = 0
    policy_hit: int = 0
    stance_quotes: int = 0
    stance_set: int = 0
    stance_right: int = 0
    gold_stances: int = 0
    gold_stances_found: int = 0
    positions: int = 0
    positions_set: int = 0
    positions_with_evidence: int = 0
    positions_oracle: int = 0
    gold_positions: int = 0
    gold_positions_set: int = 0
    wrong: list[str] = field(default_factory=list)
    by_rule: dict[str, list[int]] = field(default_factory=dict)  # family -> [set, right]

    def add(self, other: Counts) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.wrong += other.wrong
        for family, (n, right) in other.by_rule.items():
            tally = self.by_rule.setdefault(family, [0, 0])
            tally[0] += n
            tally[1] += right

    def figures(self) -> dict[str, float | None]:
        return {
            "theme precision": ratio(self.pairs_right, self.pairs),
            "coverage": ratio(self.with_theme, self.quotes),
            "policy-area coverage": ratio(self.policy_with_theme, self.policy_quotes),
            "policy-area hit": ratio(self.policy_hit, self.policy_quotes),
            "stance set": ratio(self.stance_set, self.stance_quotes),
            "stance precision": ratio(self.stance_right, self.stance_set),
            "stance recall": ratio(self.gold_stances_found, self.gold_stances),
            "positions with a stance": ratio(self.positions_set, self.positions),
            "oracle positions with a stance": ratio(self.positions_oracle, self.positions),
            "gold positions with a stance": ratio(self.gold_positions_set, self.gold_positions),
        }


def annotated_gold(gold_dir: Path, stances_only: bool = False) -> list[tuple[Path, list[dict]]]:
    """(gold file, its raw attributions) for the files annotated with themes (and stances);
    ``stances_only``: instead, the files marked ``stances_annotated: true`` without themes."""
    out = []
    for path in sorted(gold_dir.glob("*.gold.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        raw = data.get("attributions") or []
        themed = bool(raw) and all(isinstance(a, dict) and "themes" in a for a in raw)
        marked = bool(raw) and data.get("stances_annotated") is True and not themed
        if (marked if stances_only else themed):
            out.append((path, raw))
    return out


def score_gold_article(
    path: Path, raw: list[dict[str, Any]], lexicon: Any, themes: bool = True
) -> Counts:
    gold = load_gold(path)
    extraction = extract_article(read_article(gold.article_path), lexicon)
    counts = Counts()
    gold_stance: dict[str, str] = {}  # quote id -> the gold stance of its attribution
    for kind in ("direct", "indirect"):
        g_idx = [i for i, a in enumerate(gold.attributions) if a.kind == kind]
        p_idx = [i for i, q in enumerate(extraction.quotes) if q.kind == kind]
        pairs = match_spans(
            [(gold.attributions[i].start, gold.attributions[i].end) for i in g_idx],
            [(extraction.quotes[i].start, extraction.quotes[i].end) for i in p_idx],
        )
        for gi, pi in pairs:
            gold_item, quote = raw[g_idx[gi]], extraction.quotes[p_idx[pi]]
            gold_stance[quote.id] = gold_item.get("stance") or "unclear"
            if themes:
                _score_themes(gold_item, quote, counts, path.stem)
            _score_stance(gold_item, quote, counts, path.stem)
    for position in extraction.positions:
        counts.positions += 1
        if position.stance != "unclear":
            counts.positions_set += 1
            counts.positions_with_evidence += bool(position.stance_evidence and position.evidence)
        shown = {gold_stance.get(q, "unclear") for q in position.evidence}
        counts.positions_oracle += bool(shown - {"unclear"})
    if themes:
        _gold_positions(raw, counts)
    return counts


def _gold_positions(raw: list[dict[str, Any]], counts: Counts) -> None:
    """The gold's own ceiling: its (speaker, theme) positions, and those with a stance."""
    held: dict[tuple[str, str], bool] = {}
    for item in raw:
        speakers = item.get("speaker") or []
        for speaker in [speakers] if isinstance(speakers, str) else speakers:
            for theme in item.get("themes") or []:
                stanced = (item.get("stance") or "unclear") != "unclear"
                held[(speaker, theme)] = held.get((speaker, theme), False) or stanced
    counts.gold_positions += len(held)
    counts.gold_positions_set += sum(held.values())


# The dev gold in two parts: the first stance rules were written from 01–25; 26–53 were
# annotated later, blind (tests/gold/README.md).
SPLITS = (("01–25", 1, 25), ("26–53", 26, 53))


def split_of(stem: str) -> str | None:
    number = stem[:2]
    if not number.isdigit():
        return None
    return next((name for name, lo, hi in SPLITS if lo <= int(number) <= hi), None)


def _score_themes(gold: dict[str, Any], quote: Any, counts: Counts, where: str) -> None:
    gold_themes = set(gold.get("themes") or [])
    counts.quotes += 1
    counts.with_theme += bool(quote.themes)
    counts.pairs += len(quote.themes)
    counts.pairs_right += len(gold_themes & set(quote.themes))
    words = repr(quote.text[:60])
    counts.wrong += [f"{where}: {t} on {words}" for t in quote.themes if t not in gold_themes]
    if gold_themes:
        counts.policy_quotes += 1
        counts.policy_with_theme += bool(quote.themes)
        counts.policy_hit += bool(gold_themes & set(quote.themes))


def _score_stance(gold: dict[str, Any], quote: Any, counts: Counts, where: str) -> None:
    words = repr(quote.text[:60])
    if not quote.speaker:
        return
    gold_stance = gold.get("stance") or "unclear"
    counts.stance_quotes += 1
    counts.gold_stances += gold_stance != "unclear"
    rule = getattr(quote, "stance_rule", "")
    if quote.stance != "unclear":
        counts.stance_set += 1
        counts.stance_right += quote.stance == gold_stance
        counts.gold_stances_found += quote.stance == gold_stance
        for family in rule.split("+"):
            tally = counts.by_rule.setdefault(family or "?", [0, 0])
            tally[0] += 1
            tally[1] += quote.stance == gold_stance
    if quote.stance != gold_stance:
        by = f" [{rule}]" if quote.stance != "unclear" else ""
        counts.wrong.append(f"{where}: stance {quote.stance} (gold {gold_stance}) on {words}{by}")


def corpus_figures(corpus: Path) -> dict[str, Any]:
    """Extract the whole corpus into a temporary copy of content/ and count themes and stances."""
    with tempfile.TemporaryDirectory(prefix="theme-quality-") as tmp:
        out = Path(tmp) / "content"
        shutil.copytree(CONTENT, out)
        before = {p.name for p in (out / "debates").glob("*.yaml")}
        seed_themes = {p.stem for p in (out / "themes").glob("*.yaml")}
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            run_extract(sorted(corpus.glob("*.txt")), out_dir=out, as_json=False, jobs=1)
        debates = [p for p in (out / "debates").glob("*.yaml") if p.name not in before]
        specific = seed_themes - set(load_taxonomy().themes)
        quotes = themed = leaked = positions = stanced = evidenced = 0
        used: Counter[str] = Counter()
        for path in debates:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for quote in data.get("quotes") or []:
                themes = quote.get("themes") or []
                quotes += 1
                themed += bool(themes)
                leaked += bool(set(themes) & specific)
                used.update(themes)
            for position in data.get("positions") or []:
                positions += 1
                if position.get("stance") != "unclear":
                    stanced += 1
                    evidenced += bool(position.get("stance_evidence") and position.get("evidence"))
        written = {p.stem for p in (out / "themes").glob("*.yaml")} - seed_themes
    return {
        "articles": len(debates),
        "quotes": quotes,
        "quotes with a theme": ratio(themed, quotes),
        "quotes with a seed debate-specific theme": leaked,
        "positions": positions,
        "positions with a stance": ratio(stanced, positions),
        "positions with a stance and its evidence": f"{evidenced}/{stanced}",
        "theme records written": len(written),
        "themes most used": used.most_common(8),
    }


def gold_lines(t: Counts) -> list[tuple[str, int, int, str]]:
    """(label, numerator, denominator, what is counted) for the dev gold summary."""
    return [
        ("theme precision", t.pairs_right, t.pairs, "quote-theme pairs"),
        ("coverage", t.with_theme, t.quotes, "matched quotes with a theme"),
        ("policy-area coverage", t.policy_with_theme, t.policy_quotes, "gold-themed quotes"),
        ("policy-area hit", t.policy_hit, t.policy_quotes, "got one of the gold's themes"),
        ("stance set", t.stance_set, t.stance_quotes, "quotes with a speaker"),
        ("stance precision", t.stance_right, t.stance_set, "set stances right"),
        ("stance recall", t.gold_stances_found, t.gold_stances, "gold stances found"),
        ("positions with a stance", t.positions_set, t.positions, "positions"),
        ("... with their evidence", t.positions_with_evidence, t.positions_set, "of those"),
        ("oracle ceiling", t.positions_oracle, t.positions, "if every quote had its gold stance"),
        ("gold ceiling", t.gold_positions_set, t.gold_positions, "the gold's own"),
    ]


STANCE_LABELS = (
    "stance set",
    "stance precision",
    "stance recall",
    "positions with a stance",
    "oracle positions with a stance",
    "gold positions with a stance",
)


def stance_figures(t: Counts) -> dict[str, float | None]:
    return {k: v for k, v in t.figures().items() if k in STANCE_LABELS}


def _print_stances(title: str, rows: dict[str, Counts], t: Counts, args: Any) -> None:
    print(f"gold, {title} ({args.gold_dir}):")
    if args.per_article:
        for name, counts in rows.items():
            cells = "  ".join(f"{k} {_fmt(v)}" for k, v in stance_figures(counts).items())
            print(f"  {name}: {cells}")
    for label, num, den, note in gold_lines(t)[4:]:
        print(f"  {label + ':':<25}{_fmt(ratio(num, den))} ({num}/{den} {note})")
    if args.show_wrong and rows:
        for line in t.wrong:
            print(f"    wrong: {line}")


def _add_to_split(splits: dict[str, Counts], path: Path, counts: Counts) -> None:
    name = split_of(path.name)
    if name in splits:
        splits[name].add(counts)


# The stance-annotated gold sets --by-rule scores when no --gold-dir is given.
RULE_SETS = (
    ("dev", GOLD_DIR),
    ("held-out 1", REPO_ROOT / "tests" / "heldout" / "gold"),
    ("held-out 3", REPO_ROOT / "tests" / "heldout3" / "gold"),
    ("held-out 4", REPO_ROOT / "tests" / "heldout4" / "gold"),
)


def stance_counts(gold_dir: Path, lexicon: Any) -> Counts:
    """The stance counts of every stance-annotated file of ``gold_dir`` (themed or not)."""
    counts = Counts()
    for stances_only in (False, True):
        for path, raw in annotated_gold(gold_dir, stances_only=stances_only):
            counts.add(score_gold_article(path, raw, lexicon, themes=False))
    return counts


def rule_table(sets: dict[str, Counts]) -> list[list[str]]:
    """One row per rule family: "right/set precision" on each set, and on the held-out sets
    together (every set but "dev")."""
    from digest.extract.stances import RULE_FAMILIES

    seen = {f for c in sets.values() for f in c.by_rule}
    order = [f for f in RULE_FAMILIES if f in seen] + sorted(seen - set(RULE_FAMILIES))
    held = [c for name, c in sets.items() if name != "dev"]
    rows = [["family", *sets, *(["held-out together"] if len(held) > 1 else [])]]
    for family in [*order, "all"]:
        cells = [_tally(c, family) for c in sets.values()]
        if len(held) > 1:
            cells.append(_tally_sum([_counts_of(c, family) for c in held]))
        rows.append([family, *cells])
    return rows


def _counts_of(c: Counts, family: str) -> tuple[int, int]:
    if family == "all":
        return c.stance_set, c.stance_right
    n, right = c.by_rule.get(family, (0, 0))
    return n, right


def _tally(c: Counts, family: str) -> str:
    return _tally_sum([_counts_of(c, family)])


def _tally_sum(pairs: list[tuple[int, int]]) -> str:
    n, right = sum(p[0] for p in pairs), sum(p[1] for p in pairs)
    return f"{right}/{n} {_fmt(ratio(right, n))}" if n else "-"


def _print_by_rule(args: Any, lexicon: Any, explicit_dir: bool) -> int:
    named = [(str(args.gold_dir), args.gold_dir)] if explicit_dir else list(RULE_SETS)
    try:
        sets = {name: stance_counts(d, lexicon) for name, d in named if d.is_dir()}
    except GoldError as error:
        print(error, file=sys.stderr)
        return 2
    rows = rule_table(sets)
    if args.json:
        table = {row[0]: dict(zip(rows[0][1:], row[1:], strict=True)) for row in rows[1:]}
        print(json.dumps(table, indent=2))
        return 0
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    print("stance precision by rule family (right/set precision):")
    for row in rows:
        print("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
    if args.show_wrong:
        for name, counts in sets.items():
            for line in counts.wrong:
                if "stance unclear (" not in line:  # a set stance, with its rule
                    print(f"    wrong ({name}): {line}")
    return 0


def _fmt(value: Any) -> str:
    return "-" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-article", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-wrong", action="store_true", help="list each wrong theme/stance")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--gold-dir", type=Path, default=None)
    parser.add_argument("--by-rule", action="store_true", help="stance precision per rule family")
    args = parser.parse_args(argv)
    explicit_dir = args.gold_dir is not None
    args.gold_dir = args.gold_dir or GOLD_DIR
    lexicon, _ = build_lexicon(CONTENT)
    if args.by_rule:
        return _print_by_rule(args, lexicon, explicit_dir)
    total, rows, stance_total, stance_rows = Counts(), {}, Counts(), {}
    # the splits are those of the dev gold's files; another gold folder is reported whole
    dev_gold = args.gold_dir.resolve() == GOLD_DIR.resolve()
    splits = {name: Counts() for name, _, _ in SPLITS} if dev_gold else {}
    try:
        for path, raw in annotated_gold(args.gold_dir):
            rows[path.stem.removesuffix(".gold")] = counts = score_gold_article(path, raw, lexicon)
            total.add(counts)
            _add_to_split(splits, path, counts)
        for path, raw in annotated_gold(args.gold_dir, stances_only=True):
            counts = score_gold_article(path, raw, lexicon, themes=False)
            stance_rows[path.stem.removesuffix(".gold")] = counts
            stance_total.add(counts)
            _add_to_split(splits, path, counts)
    except GoldError as error:
        print(error, file=sys.stderr)
        return 2
    corpus = corpus_figures(args.corpus) if args.corpus.is_dir() else None
    both = Counts()
    both.add(total)
    both.add(stance_total)
    if args.json:
        report = {
            "gold": total.figures(),
            "gold, stances only": stance_figures(stance_total),
            "gold, all stance files": stance_figures(both),
            "gold, by split": {k: stance_figures(v) for k, v in splits.items() if v.stance_quotes},
            "corpus": corpus,
        }
        print(json.dumps(report, indent=2, default=str))
        return 0
    print(f"gold: {len(rows)} articles annotated with themes and stances ({args.gold_dir})")
    if args.per_article:
        for name, counts in rows.items():
            cells = "  ".join(f"{k} {_fmt(v)}" for k, v in counts.figures().items())
            print(f"  {name}: {cells}")
    for label, num, den, note in gold_lines(total):
        print(f"  {label + ':':<25}{_fmt(ratio(num, den))} ({num}/{den} {note})")
    if args.show_wrong:
        for line in total.wrong:
            print(f"    wrong: {line}")
    if stance_rows:
        more = f"stances only: {len(stance_rows)} more articles"
        _print_stances(more, stance_rows, stance_total, args)
        every = f"all {len(rows) + len(stance_rows)} stance-annotated articles"
        _print_stances(every, {}, both, args)
    for name, counts in splits.items():
        if counts.stance_quotes:
            _print_stances(f"split {name} (themed and stance-only files)", {}, counts, args)
    if corpus is not None:
        print(f"whole corpus ({args.corpus}), extracted into a copy of content/:")
        for key, value in corpus.items():
            print(f"  {key}: {_fmt(value)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
