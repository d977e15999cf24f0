"""Records of a digest that may be one: what an editor should look at before publishing.

Every pair of speaker (or organisation) records whose names the identity rules read as the same
or possibly the same, plus every ``possibly_same_as`` the extractor wrote. Each pair once, the
record with the fuller name as the target a merge should keep.
"""

from __future__ import annotations

from dataclasses import dataclass

from digest.identity.names import Verdict, compare_orgs, compare_people, parse_person
from digest.identity.registry import Known


@dataclass(frozen=True)
class Double:
    kind: str  # "person" | "org"
    source: str  # the record to merge away (the shorter name)
    target: str  # the record to keep
    verdict: str  # "same" | "possibly" | "flagged" (possibly_same_as)


def find_doubles(records: list[Known], flagged: dict[str, list[str]]) -> list[Double]:
    """Pairs among ``records``; ``flagged`` maps an id to its ``possibly_same_as``."""
    by_id = {r.id: r for r in records}
    found: dict[frozenset[str], Double] = {}
    for source, others in flagged.items():
        for other in others:
            if source in by_id and other in by_id and source != other:
                found[frozenset((source, other))] = _pair(by_id[source], by_id[other], "flagged")
    for kind in ("person", "org"):
        group = [r for r in records if r.kind == kind]
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                key = frozenset((a.id, b.id))
                verdict = _verdict(a, b)
                if key not in found and verdict is not Verdict.DIFFERENT:
                    found[key] = _pair(a, b, verdict.value)
    return sorted(found.values(), key=lambda d: (d.kind, d.target, d.source))


def _verdict(a: Known, b: Known) -> Verdict:
    compare = compare_people if a.kind == "person" else compare_orgs
    verdicts = {compare(x, y) for x in a.names for y in b.names}
    if a.kind == "person":
        full_a = [n for n in a.names if parse_person(n).given]
        full_b = [n for n in b.names if parse_person(n).given]
        if full_a and full_b and all(
            compare(x, y) is Verdict.DIFFERENT for x in full_a for y in full_b
        ):
            return Verdict.DIFFERENT  # two full names decide (a shared surname alias does not)
    for verdict in (Verdict.SAME, Verdict.POSSIBLY):
        if verdict in verdicts:
            return verdict
    return Verdict.DIFFERENT


def _pair(a: Known, b: Known, verdict: str) -> Double:
    source, target = sorted((a, b), key=lambda r: (len(r.names[0]), r.id))
    return Double(a.kind, source.id, target.id, verdict)
