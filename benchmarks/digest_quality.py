"""How well many articles hold together as one digest: duplicates, junk, recurring speakers.

Usage::

    python benchmarks/digest_quality.py [--corpus DIR] [--seed FILE] [--keep DIR] [--list]

Extracts every ``*.txt`` of the shared dev corpus (``../shared/devcorpus``) plus the seed article
into a temporary copy of the bundled ``content/`` folder (so the seed merges into its reviewed
debate, as an editor's digest would), then reads the records written and prints the figures below.
``--keep DIR`` writes the digest to DIR instead of a temporary folder, to look at it.

The detection rules are this script's own — plain string rules, independent of the extractor's
identity module, so that a bug there cannot hide itself here:

duplicate person cluster
    Two speaker records (people, not bodies) whose names, with titles ("President", "Sen.", "Mr")
    and full stops dropped and folded to ASCII lowercase, end in the same surname, carry the same
    generational suffix (Jr/Sr/II…) or none, and whose first names are *compatible*: one of the
    two has no first name (a surname-only record), or one first name is a prefix of the other
    ("Joe"/"Joseph", "J"/"Joseph"), or the token set of one name contains the other's ("Robert
    Mugabe" in "Robert Gabriel Mugabe"). Records that name each other in ``possibly_same_as`` are
    not counted (an editor has been asked). Clusters are the connected groups of such pairs.
duplicate organisation cluster
    Two organisation records whose names give the same key once a leading "the", a possessive, a
    trailing "party" and punctuation are dropped ("The Labour Party" / "Labour"), or where one
    name is the other's initials ("GOP" aside: initials only, e.g. "NATO").
junk person
    A speaker record (not an organisation) whose name has a word that no person's name has
    (as a first word, "Bill", "May", "June" and "August" are given names)
    (a day or month; a word for a place, building, body or publication such as "Street",
    "Palace", "Court", "Ministry", "Times", "News"; a sentence adverb such as "Now", "Close",
    "Then"), or starts with a title word that should have been a role ("Secretary-General X"; a
    royal title is part of a name: "Queen Elizabeth II"),
    or is all capitals, or is the name of an organisation record too.
junk role
    A speaker's role title holding a day or month word, ending on "to"/"of"/"Mr"/"Mrs"/"Ms",
    holding a verb in the past tense after the head ("Minister paid tribute"), or longer than
    12 words.
junk policy
    A policy record not reviewed by an editor whose name starts with a determiner ("the", "a",
    "this", "its"…) followed only by lowercase words, or that is the name of a speaker or
    organisation record, or that has no policy head word (act, bill, law, scheme, programme,
    plan, system, policy, tax, credit, care, deal, agreement, treaty, reform, strategy, initiative,
    budget, amendment, ban, …).
surname-only people
    People records named by one word ("Trump"): a diagnostic, listed, not counted as junk.
speakers in 2+ debates
    Speaker ids named as ``speaker`` or in ``joint_with`` of quotes in at least two debates.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml


def _words(text: str) -> set[str]:
    return set(text.split())


ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

TITLES = _words(
    "mr mrs ms miss dr sir dame lord lady sen senator rep representative gov governor president"
    " prime minister pm mp prof professor rev gen general judge justice king queen prince princess"
    " vice chancellor secretary speaker mayor chairman chair leader"
)
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
NOT_NAME_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december now close then today yesterday"
    " street square palace court ministry department times news post daily mail journal"
    " herald tribune telegraph guardian gazette insider press agency house hall building"
    " bridge tower cathedral mosque church university college school council committee"
    " commission parliament congress senate assembly government office bureau police army"
    " act bill report treaty agreement airport station park island river sea gulf"
    " jazeera reuters bbc cnn"
)
GIVEN = {"bill", "may", "june", "august"}  # words that are also given names
REGNAL = {"king", "queen", "prince", "princess"}  # "Queen Elizabeth II" is a name
ROLE_BAD_END = {"to", "of", "mr", "mrs", "ms", "for", "and", "the"}
DAYS_MONTHS = {w for w in NOT_NAME_WORDS if w.endswith("day")} | _words(
    "january february march april june july august september october november december"
)
DETERMINERS = _words("the a an this that these those its his her their our my your")
POLICY_HEADS = _words(
    "act acts bill bills law laws scheme schemes programme program plan plans system policy tax"
    " taxes credit care deal agreement treaty reform reforms strategy initiative budget"
    " amendment amendments ban levy cap wall rule rules order decree package fund accord"
    " pact regulation regulations directive code protocol convention framework"
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’']s\b", "", text)
    return " ".join(re.sub(r"[^\w\s-]", " ", text).split())


def person_parts(name: str) -> tuple[list[str], str, str]:
    """(first names, surname, suffix) with titles dropped."""
    words = [w for w in fold(name).replace("-", " - ").split() if w != "-"]
    while words and words[0] in TITLES:
        words = words[1:]
    suffix = words.pop() if len(words) > 1 and words[-1] in SUFFIXES else ""
    if not words:
        return [], "", suffix
    return words[:-1], words[-1], suffix


def compatible_people(a: str, b: str) -> bool:
    first_a, last_a, suffix_a = person_parts(a)
    first_b, last_b, suffix_b = person_parts(b)
    if not last_a or last_a != last_b or suffix_a != suffix_b:
        return False
    if not first_a or not first_b:
        return True
    fa, fb = first_a[0], first_b[0]
    if fa.startswith(fb) or fb.startswith(fa):
        return True
    return set(first_a) <= set(first_b) or set(first_b) <= set(first_a)


def org_key(name: str) -> str:
    words = fold(name).replace("-", " ").split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[-1] == "party":
        words = words[:-1]
    return " ".join(words)


def initials(name: str) -> str:
    return "".join(w[0] for w in org_key(name).split() if w not in {"of", "and", "for", "the"})


def load(folder: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            out[path.stem] = data
    return out


def clusters(ids: list[str], same) -> list[list[str]]:
    parent = {i: i for i in ids}

    def find(i: str) -> str:
        while parent[i] != i:
            i = parent[i]
        return i

    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            if same(a, b):
                parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        groups[find(i)].append(i)
    return [sorted(g) for g in groups.values() if len(g) > 1]


def junk_person(name: str, org_names: set[str]) -> bool:
    words = fold(name).replace("-", " ").split()
    first_is_junk = bool(words) and words[0] in NOT_NAME_WORDS - GIVEN
    if first_is_junk or any(w in NOT_NAME_WORDS for w in words[1:]):
        return True
    raw = name.split()
    if raw and raw[0].rstrip(".").lower().split("-")[0] in TITLES - REGNAL | {"secretary"}:
        return True
    if name.replace(" ", "").isupper() and len(name) > 1:
        return True
    return org_key(name) in org_names


def junk_role(title: str) -> bool:
    words = fold(title).split()
    if not words:
        return False
    if any(w in DAYS_MONTHS for w in words) or words[-1] in ROLE_BAD_END or len(words) > 12:
        return True
    heads = {"minister", "secretary", "president", "spokesman", "spokesperson", "leader"}
    after = [w for i, w in enumerate(words) if i and words[i - 1] in heads]
    return any(w.endswith("ed") or w in {"paid", "said", "told", "made"} for w in after)


def junk_policy(name: str, other_names: set[str]) -> bool:
    words = fold(name).replace("-", " ").split()
    raw = name.split()
    if raw and raw[0].lower() in DETERMINERS and all(w[:1].islower() for w in raw[1:]):
        return True
    if org_key(name) in other_names:
        return True
    return not any(w in POLICY_HEADS for w in words)


def measure(content: Path) -> dict[str, Any]:
    speakers = load(content / "speakers")
    orgs = load(content / "organisations")
    policies = load(content / "policies")
    debates = load(content / "debates")
    people = {i: d for i, d in speakers.items() if i not in orgs}

    def asked(a: str, b: str) -> bool:
        pa = people[a].get("possibly_same_as") or []
        pb = people[b].get("possibly_same_as") or []
        return b in pa or a in pb

    def same_person(a: str, b: str) -> bool:
        return compatible_people(people[a]["name"], people[b]["name"]) and not asked(a, b)

    def same_org(a: str, b: str) -> bool:
        na, nb = orgs[a]["name"], orgs[b]["name"]
        if org_key(na) == org_key(nb):
            return True
        short, long = sorted((na, nb), key=len)
        return short.isupper() and len(short) > 2 and initials(long) == short.lower()

    org_names = {org_key(o["name"]) for o in orgs.values()}
    names = org_names | {org_key(p["name"]) for p in people.values()}
    junk_people = sorted(i for i, d in people.items() if junk_person(d["name"], org_names))
    junk_roles = sorted(
        f"{i}: {r['title']}"
        for i, d in people.items()
        for r in d.get("roles") or []
        if isinstance(r, dict) and junk_role(str(r.get("title", "")))
    )
    junk_policies = sorted(
        i
        for i, d in policies.items()
        if d.get("status") != "reviewed" and junk_policy(d["name"], names)
    )
    seen: dict[str, set[str]] = defaultdict(set)
    for debate_id, debate in debates.items():
        for quote in debate.get("quotes") or []:
            for who in [quote.get("speaker"), *(quote.get("joint_with") or [])]:
                if who in people:
                    seen[who].add(debate_id)
    return {
        "people": len(people),
        "organisations": len(orgs),
        "policies": len(policies),
        "debates": len(debates),
        "person clusters": clusters(sorted(people), same_person),
        "organisation clusters": clusters(sorted(orgs), same_org),
        "junk people": junk_people,
        "junk roles": junk_roles,
        "junk policies": junk_policies,
        "recurring speakers": sorted(i for i, d in seen.items() if len(d) >= 2),
        "surname-only people": sorted(i for i, d in people.items() if len(d["name"].split()) == 1),
        "possibly same": sorted(i for i, d in people.items() if d.get("possibly_same_as")),
    }


def report(figures: dict[str, Any], show_lists: bool) -> None:
    print(
        f"records: {figures['debates']} debates, {figures['people']} people, "
        f"{figures['organisations']} organisations, {figures['policies']} policies"
    )
    for key in (
        "person clusters",
        "organisation clusters",
        "junk people",
        "junk roles",
        "junk policies",
        "recurring speakers",
        "surname-only people",
        "possibly same",
    ):
        items = figures[key]
        print(f"{key}: {len(items)}")
        if show_lists or key != "recurring speakers":
            for item in items:
                print(f"    {item}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "devcorpus")
    parser.add_argument("--seed", type=Path, default=SHARED / "seed" / "000_f438ddfc0ab76411.txt")
    parser.add_argument("--keep", type=Path, help="write the digest here (must not exist)")
    parser.add_argument("--list", action="store_true", help="also list the recurring speakers")
    args = parser.parse_args(argv)
    articles = sorted(args.corpus.glob("*.txt")) + ([args.seed] if args.seed.exists() else [])
    with tempfile.TemporaryDirectory() as tmp:
        content = args.keep or Path(tmp) / "content"
        shutil.copytree(ROOT / "content", content)
        command = [sys.executable, "-m", "digest.cli", "extract", *map(str, articles)]
        done = subprocess.run(
            [*command, "--out", str(content), "--jobs", "2"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if done.returncode not in (0, 1):
            print(done.stderr, file=sys.stderr)
            return done.returncode
        print(f"articles: {len(articles)} ({args.corpus}, plus the seed)")
        report(measure(content), args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
