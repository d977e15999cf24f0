"""Score the quote extractor against the hand-annotated gold in ``tests/gold/*.gold.yaml``.

Usage::

    python benchmarks/extraction_quality.py [--per-article] [--json] [--gold-dir DIR]
                                            [--predictions DIR]

For every gold file the article named by its ``article_path:`` (relative to the repository root)
is read with :func:`digest.extract.reading.read_article` and extracted with
:func:`digest.extract.pipeline.extract_article`; the result's :meth:`Extraction.to_json` quotes
and speakers are compared with the gold ``attributions:`` and ``people:``. With
``--predictions DIR`` the extractor is not run: ``DIR/<article stem>.json`` files in the
``digest extract --json`` shape are scored instead.

Gold spans
    A gold attribution's ``text`` is an exact substring of the article text; its span is found
    by searching for it. When several attributions share the same text, the k-th of them (in file
    order) takes the k-th occurrence.

Matching (one-to-one, per kind)
    A predicted quote and a gold attribution *match* when they are of the same kind (``direct``
    with ``direct``, ``indirect`` with ``indirect``) and their character spans overlap by at least
    50% of the gold span's length AND at least 50% of the predicted span's length. Pairs are
    taken greedily, best overlap first (overlap divided by the longer span), each gold and each
    prediction used at most once.

Metrics (micro-averaged over all articles; per article with ``--per-article``)
    * direct precision = matched direct predictions / direct predictions;
      direct recall = matched direct gold / direct gold. Likewise for *indirect* (reported speech).
    * attribution accuracy = matched predictions (direct + indirect) whose speaker is right /
      matched predictions that name a speaker. A predicted speaker is right when
      ``slugify(name)`` equals the slug of the gold speaker (or one of its ``aliases``), the name
      being that of the speaker record whose id the quote gives (else the id itself). For a joint
      gold speaker (a list) any member is right. For a gold ``null`` (unnamed) speaker, naming
      anyone is wrong.
    * coverage = matched predictions that name a speaker / matched predictions whose gold speaker
      is named (not null). Gold-null attributions are left out of coverage, since leaving them
      without a speaker is the right answer; ``unnamed kept null`` reports those separately:
      matched gold-null predictions left without a speaker / matched gold-null predictions.
    * people found = gold ``people:`` whose name (or alias) has the slug of some extractor
      speaker's name (case- and accent-insensitive; the extractor's name must be the full name,
      a surname alone does not count) / gold people.

A ratio whose denominator is 0 is reported as ``null`` (``-`` in the table).

Exit status: 0, also when the extractor is missing or fails on an article (reported in the output);
2 when a gold file is malformed, with a message naming the file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from digest.slug import slugify  # noqa: E402

GOLD_DIR = REPO_ROOT / "tests" / "gold"
KINDS = ("direct", "indirect")
MIN_OVERLAP = 0.5
RULE = (
    "match: same kind, span overlap >= 50% of the gold span AND >= 50% of the predicted span, "
    "one-to-one, best overlap first; accuracy = right speaker / matched predictions with a speaker "
    "(naming anyone for an unnamed gold speaker is wrong); coverage = matched predictions with a "
    "speaker / matched predictions whose gold speaker is named"
)

Span = tuple[int, int]


class GoldError(ValueError):
    """A gold file that cannot be scored; the message names the file."""


@dataclass
class GoldAttribution:
    kind: str
    text: str
    start: int
    end: int
    speakers: tuple[str, ...]  # empty = unnamed speaker (gold null)
    accepted: frozenset[str] = frozenset()  # slugs counted as the right speaker


@dataclass
class GoldArticle:
    gold_path: Path
    article_path: Path
    text: str
    attributions: list[GoldAttribution]
    people: dict[str, frozenset[str]]  # person's name -> accepted slugs (name and aliases)


@dataclass
class Prediction:
    kind: str
    start: int
    end: int
    speaker: str | None  # the speaker's name (or id when no record has it)


@dataclass
class Counts:
    """Raw counts for one article or a sum of them; ratios come from :func:`ratios`."""

    gold: Counter[str] = field(default_factory=Counter)  # per kind
    predicted: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)
    with_speaker: int = 0  # matched predictions that name a speaker
    right_speaker: int = 0
    named_gold: int = 0  # matched predictions whose gold speaker is named
    named_gold_with_speaker: int = 0
    unnamed_gold: int = 0  # matched predictions whose gold speaker is null
    unnamed_kept_null: int = 0
    people: int = 0
    people_found: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "predicted", "matched"):
            getattr(self, name).update(getattr(other, name))
        for name in (
            "with_speaker",
            "right_speaker",
            "named_gold",
            "named_gold_with_speaker",
            "unnamed_gold",
            "unnamed_kept_null",
            "people",
            "people_found",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))


# --- spans and matching -----------------------------------------------------------------------


def overlap(a: Span, b: Span) -> int:
    """Number of characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(gold: Span, pred: Span, minimum: float = MIN_OVERLAP) -> bool:
    """True when the overlap covers ``minimum`` of the gold span and of the predicted span."""
    shared = overlap(gold, pred)
    if shared == 0:
        return False
    return shared >= minimum * (gold[1] - gold[0]) and shared >= minimum * (pred[1] - pred[0])


def match_spans(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs that :func:`spans_match`, best first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if spans_match(g, p):
                longer = max(g[1] - g[0], p[1] - p[0])
                candidates.append((-overlap(g, p) / longer, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def locate(text: str, snippets: Iterable[str]) -> list[Span | None]:
    """The span of each snippet in ``text``; the k-th repeat of a snippet takes its k-th occurrence.

    ``None`` when a snippet does not occur. When a snippet is listed more often than it occurs,
    the extra ones reuse its last occurrence.
    """
    seen: Counter[str] = Counter()
    spans: list[Span | None] = []
    for snippet in snippets:
        k = seen[snippet]
        seen[snippet] += 1
        start, found = -1, None
        for _ in range(k + 1):
            start = text.find(snippet, start + 1) if snippet else -1
            if start < 0:
                break
            found = start
        spans.append(None if found is None else (found, found + len(snippet)))
    return spans


# --- speakers ---------------------------------------------------------------------------------


def speaker_is_right(predicted: str | None, accepted: frozenset[str]) -> bool:
    """A named prediction is right when its slug is accepted; naming anyone for null is wrong."""
    return predicted is not None and bool(accepted) and slugify(predicted) in accepted


def score_matches(
    gold: Sequence[GoldAttribution], preds: Sequence[Prediction], counts: Counts
) -> None:
    """Match per kind and add match, accuracy and coverage counts to ``counts``."""
    for kind in KINDS:
        g_items = [g for g in gold if g.kind == kind]
        p_items = [p for p in preds if p.kind == kind]
        counts.gold[kind] += len(g_items)
        counts.predicted[kind] += len(p_items)
        pairs = match_spans(
            [(g.start, g.end) for g in g_items], [(p.start, p.end) for p in p_items]
        )
        counts.matched[kind] += len(pairs)
        for gi, pi in pairs:
            add_speaker_counts(g_items[gi], p_items[pi], counts)


def add_speaker_counts(gold: GoldAttribution, pred: Prediction, counts: Counts) -> None:
    """Accuracy and coverage counts for one matched pair."""
    named = pred.speaker is not None
    if named:
        counts.with_speaker += 1
        counts.right_speaker += speaker_is_right(pred.speaker, gold.accepted)
    if gold.speakers:
        counts.named_gold += 1
        counts.named_gold_with_speaker += named
    else:
        counts.unnamed_gold += 1
        counts.unnamed_kept_null += not named


def people_found(people: dict[str, frozenset[str]], speaker_names: Iterable[str]) -> int:
    """Gold people one of whose accepted slugs is the slug of an extractor speaker's name."""
    found = {slugify(name) for name in speaker_names if name}
    return sum(1 for accepted in people.values() if accepted & found)


def ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def ratios(c: Counts) -> dict[str, Any]:
    """The reported metrics from raw counts."""
    out: dict[str, Any] = {}
    for kind in KINDS:
        out[f"{kind}_precision"] = ratio(c.matched[kind], c.predicted[kind])
        out[f"{kind}_recall"] = ratio(c.matched[kind], c.gold[kind])
    out["attribution_accuracy"] = ratio(c.right_speaker, c.with_speaker)
    out["coverage"] = ratio(c.named_gold_with_speaker, c.named_gold)
    out["unnamed_kept_null"] = ratio(c.unnamed_kept_null, c.unnamed_gold)
    out["people_found"] = ratio(c.people_found, c.people)
    out["counts"] = {
        "gold": dict(c.gold),
        "predicted": dict(c.predicted),
        "matched": dict(c.matched),
        "with_speaker": c.with_speaker,
        "right_speaker": c.right_speaker,
        "named_gold": c.named_gold,
        "named_gold_with_speaker": c.named_gold_with_speaker,
        "unnamed_gold": c.unnamed_gold,
        "unnamed_kept_null": c.unnamed_kept_null,
        "people": c.people,
        "people_found": c.people_found,
    }
    return out


# --- gold -------------------------------------------------------------------------------------


def _names_and_aliases(entry: Any) -> tuple[str, list[str]] | None:
    """``"Name"`` or ``{name: Name, aliases: [...]}`` -> (name, aliases)."""
    if isinstance(entry, str):
        return entry, []
    if isinstance(entry, dict) and isinstance(entry.get("name"), str):
        aliases = entry.get("aliases") or []
        return entry["name"], [str(a) for a in aliases]
    return None


def alias_table(data: dict[str, Any]) -> dict[str, frozenset[str]]:
    """slug of a person's or organisation's name -> the slugs of its name and aliases."""
    table: dict[str, frozenset[str]] = {}
    for entry in list(data.get("people") or []) + list(data.get("organisations") or []):
        parsed = _names_and_aliases(entry)
        if parsed:
            name, aliases = parsed
            table[slugify(name)] = frozenset({slugify(name), *map(slugify, aliases)})
    return table


def speaker_members(raw: Any, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        return (raw,)
    if isinstance(raw, list) and raw and all(isinstance(s, str) for s in raw):
        return tuple(raw)
    raise GoldError(f"{where}: speaker must be a name, a list of names or null, not {raw!r}")


def load_gold(path: Path, root: Path = REPO_ROOT) -> GoldArticle:
    """Parse and check one gold file; :class:`GoldError` names the file and the problem."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GoldError(f"{path}: cannot read gold YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("article_path"), str):
        raise GoldError(f"{path}: needs a mapping with `article_path:`")
    article_path = (root / data["article_path"]).resolve()
    try:
        text = article_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldError(f"{path}: article_path {data['article_path']!r}: {exc}") from exc
    raw = data.get("attributions")
    if not isinstance(raw, list):
        raise GoldError(f"{path}: `attributions:` must be a list")
    aliases = alias_table(data)
    attributions = [_gold_attribution(item, i, path) for i, item in enumerate(raw, 1)]
    for attribution, span in zip(
        attributions, locate(text, (a.text for a in attributions)), strict=True
    ):
        if span is None:
            raise GoldError(f"{path}: text not in the article: {attribution.text[:70]!r}")
        attribution.start, attribution.end = span
        attribution.accepted = frozenset(
            slug for s in attribution.speakers for slug in aliases.get(slugify(s), {slugify(s)})
        )
    people = {}
    for entry in data.get("people") or []:
        parsed = _names_and_aliases(entry)
        if parsed:
            people[parsed[0]] = aliases[slugify(parsed[0])]
    return GoldArticle(path, article_path, text, attributions, people)


def _gold_attribution(item: Any, index: int, path: Path) -> GoldAttribution:
    where = f"{path}: attribution {index}"
    if not isinstance(item, dict):
        raise GoldError(f"{where}: must be a mapping")
    kind, text = item.get("kind"), item.get("text")
    if kind not in KINDS:
        raise GoldError(f"{where}: kind must be direct or indirect, not {kind!r}")
    if not isinstance(text, str) or not text:
        raise GoldError(f"{where}: text must be a non-empty string")
    return GoldAttribution(kind, text, -1, -1, speaker_members(item.get("speaker"), where))


def gold_files(gold_dir: Path) -> list[Path]:
    return sorted(gold_dir.glob("*.gold.yaml"))


# --- predictions ------------------------------------------------------------------------------


def predictions_from_json(payload: dict[str, Any]) -> tuple[list[Prediction], list[str]]:
    """Quotes (speaker ids resolved to names) and speaker names from ``Extraction.to_json()``."""
    names = {s["id"]: s.get("name") or s["id"] for s in payload.get("speakers", [])}
    preds = [
        Prediction(
            kind=q["kind"],
            start=int(q["start"]),
            end=int(q["end"]),
            speaker=None if q.get("speaker") is None else names.get(q["speaker"], q["speaker"]),
        )
        for q in payload.get("quotes", [])
    ]
    return preds, [n for n in names.values() if n]


Extractor = Callable[[Path], dict[str, Any]]


def load_extractor() -> Extractor:
    """What ``digest extract --json`` gives for one article into an empty content folder: the
    pipeline, then the identity rules (names cleaned, junk people dropped), as ``path ->
    Extraction.to_json()``; ImportError when it is not there."""
    from digest.extract.pipeline import extract_article
    from digest.extract.reading import read_article
    from digest.extract.result import Lexicon
    from digest.identity.resolve import identify, registry_from_lexicon

    def run(path: Path) -> dict[str, Any]:
        extraction = extract_article(read_article(path))
        identify(extraction, registry_from_lexicon(Lexicon()))
        return extraction.to_json()

    return run


def predictions_dir_extractor(directory: Path) -> Extractor:
    """Read ``<stem>.json`` files saved from ``digest extract --json`` instead of extracting."""

    def run(path: Path) -> dict[str, Any]:
        return json.loads((directory / f"{path.stem}.json").read_text(encoding="utf-8"))

    return run


# --- scoring ----------------------------------------------------------------------------------


def score_article(gold: GoldArticle, payload: dict[str, Any]) -> Counts:
    preds, speaker_names = predictions_from_json(payload)
    counts = Counts()
    score_matches(gold.attributions, preds, counts)
    counts.people = len(gold.people)
    counts.people_found = people_found(gold.people, speaker_names)
    return counts


def evaluate(
    golds: Sequence[GoldArticle], extract: Extractor
) -> tuple[Counts, dict[str, Counts], dict[str, str]]:
    """Totals, per-article counts and per-article errors (an article that failed scores empty)."""
    total, per_article, errors = Counts(), {}, {}
    for gold in golds:
        name = gold.article_path.stem
        try:
            payload = extract(gold.article_path)
        except Exception as exc:  # report and go on: exit 0 unless gold is bad
            errors[name] = f"{type(exc).__name__}: {exc}"
            payload = {"speakers": [], "quotes": []}
        counts = score_article(gold, payload)
        per_article[name] = counts
        total.add(counts)
    return total, per_article, errors


# --- output -----------------------------------------------------------------------------------

COLUMNS = (
    ("direct P", "direct_precision"),
    ("direct R", "direct_recall"),
    ("attr acc", "attribution_accuracy"),
    ("coverage", "coverage"),
    ("indir P", "indirect_precision"),
    ("indir R", "indirect_recall"),
    ("people", "people_found"),
)


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def table(rows: dict[str, Counts]) -> str:
    width = max([len(name) for name in rows] + [10])
    header = f"{'article':<{width}}  " + "  ".join(f"{title:>8}" for title, _ in COLUMNS)
    lines = [header, "-" * len(header)]
    for name, counts in rows.items():
        r = ratios(counts)
        lines.append(f"{name:<{width}}  " + "  ".join(f"{_cell(r[k]):>8}" for _, k in COLUMNS))
    return "\n".join(lines)


def summary_lines(total: Counts) -> list[str]:
    r, c = ratios(total), total
    return [
        f"direct quotes:   P {_cell(r['direct_precision'])} "
        f"({c.matched['direct']}/{c.predicted['direct']})  "
        f"R {_cell(r['direct_recall'])} ({c.matched['direct']}/{c.gold['direct']})",
        f"reported speech: P {_cell(r['indirect_precision'])} "
        f"({c.matched['indirect']}/{c.predicted['indirect']})  "
        f"R {_cell(r['indirect_recall'])} ({c.matched['indirect']}/{c.gold['indirect']})",
        f"attribution accuracy: {_cell(r['attribution_accuracy'])} "
        f"({c.right_speaker}/{c.with_speaker} matched predictions with a speaker)",
        f"coverage: {_cell(r['coverage'])} "
        f"({c.named_gold_with_speaker}/{c.named_gold} matched, gold speaker named)",
        f"unnamed kept null: {_cell(r['unnamed_kept_null'])} "
        f"({c.unnamed_kept_null}/{c.unnamed_gold} matched, gold speaker null)",
        f"people found: {_cell(r['people_found'])} ({c.people_found}/{c.people})",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    parser.add_argument("--predictions", type=Path, help="score saved --json outputs instead")
    parser.add_argument("--per-article", action="store_true", help="a row per article")
    parser.add_argument("--json", action="store_true", help="end with one machine-readable line")
    args = parser.parse_args(argv)

    try:
        golds = [load_gold(path) for path in gold_files(args.gold_dir)]
    except GoldError as exc:
        print(f"malformed gold: {exc}", file=sys.stderr)
        return 2
    if args.predictions:
        extract = predictions_dir_extractor(args.predictions)
    else:
        try:
            extract = load_extractor()
        except ImportError as exc:
            print(f"extractor not available ({exc}); nothing scored")
            if args.json:
                print(json.dumps({"error": f"extractor not available: {exc}", "rule": RULE}))
            return 0

    total, per_article, errors = evaluate(golds, extract)
    print(f"{len(golds)} gold articles in {args.gold_dir}")
    print(f"rule: {RULE}")
    rows = dict(per_article) if args.per_article else {}
    rows["ALL"] = total
    print(table(rows))
    print("\n".join(summary_lines(total)))
    for name, message in errors.items():
        print(f"extractor failed on {name}: {message}")
    if args.json:
        result = {"rule": RULE, "articles": len(golds), "total": ratios(total), "errors": errors}
        if args.per_article:
            result["per_article"] = {name: ratios(c) for name, c in per_article.items()}
        print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
