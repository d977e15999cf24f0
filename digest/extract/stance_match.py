"""Finding stance cues in text: whole words, case-insensitive, the longest cue winning, and the
negations and hedges that come before a cue (see :mod:`digest.extract.stances`).

Every list of cues is compiled once into one pattern whose alternatives share their prefixes (a
trie), so a scan costs a few attempts per character, not one per cue."""

from __future__ import annotations

import re
from functools import lru_cache

SCOPE_WORDS = 3  # a negation or a hedge reaches this many words before a cue

# "not just an insult", "not only wrong": an intensifier, not a negation
_INTENSIFIED = re.compile(r"\bnot\s+(?:just|only|merely|simply)\b")

Lists = tuple[tuple[str, tuple[str, ...]], ...]  # (stance, its cue phrases), first list wins


def longest_matches(text: str, lists: Lists, starting_before: int | None = None):
    """(stance, match) for each cue found, in order; where cues overlap, the longest wins.
    ``starting_before``: only cues that start before it (the scan stops there)."""
    pattern, stances, longest = _compiled(lists)
    matches = pattern.finditer(text)
    if starting_before is not None:
        # A cue starting before the limit ends within the longest cue's length of it.
        matches = pattern.finditer(text, 0, starting_before + longest)
    return [
        (stances[int(m.lastgroup[1:])], m)
        for m in matches
        if starting_before is None or m.start() < starting_before
    ]


def longest_at_start(text: str, lists: Lists) -> tuple[str, re.Match[str]] | None:
    """(stance, match) of the longest cue that ``text`` starts with, else None: one match
    attempt instead of a scan."""
    pattern, stances, _ = _compiled(lists)
    m = pattern.match(text)
    return (stances[int(m.lastgroup[1:])], m) if m else None


_COMPILED: dict[int, tuple[Lists, re.Pattern[str], tuple[str, ...], int]] = {}


def _compiled(lists: Lists) -> tuple[re.Pattern[str], tuple[str, ...], int]:
    """``alternation(lists)`` and the longest cue's length, looked up by the object's identity:
    the callers pass the same tuples every time (:func:`cue_lists`), and hashing a tuple of a
    hundred phrases on every call would cost more than the match."""
    hit = _COMPILED.get(id(lists))
    if hit is None or hit[0] is not lists:
        longest = max((len(p) for _, ps in lists for p in ps), default=0) + 8  # spaces, plurals
        hit = _COMPILED[id(lists)] = (lists, *alternation(lists), longest)
    return hit[1], hit[2], hit[3]


@lru_cache(maxsize=32)
def alternation(lists: Lists) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern for every cue of ``lists``, the longest matching cue winning, each cue's end
    marked by an empty group ``c<n>`` (``m.lastgroup``). The cues share their prefixes (a trie):
    a flat alternation of 150 phrases costs 150 attempts at every character of the text."""
    phrases: list[tuple[str, str]] = []
    for stance, ps in lists:
        phrases += [(" ".join(p.lower().split()), stance) for p in ps]
    trie: dict = {}
    stances: list[str] = []
    for phrase, stance in phrases:
        node = trie
        for unit in _units(phrase):
            node = node.setdefault(unit, {})
        if "" not in node:  # the first list that has a phrase gives its stance
            node[""] = len(stances)
            stances.append(stance)
    pattern = re.compile(rf"(?<![\w'’-])(?:{_trie_regex(trie)})(?![\w'’])", re.I)
    return pattern, tuple(stances)


def _units(phrase: str) -> list[str]:
    """The phrase's characters; a space stands for any run of spaces, ' for either apostrophe."""
    return [{" ": r"\s+", "'": "['’]"}.get(ch, re.escape(ch)) for ch in phrase]


def _trie_regex(node: dict) -> str:
    """Longer cues first: each branch is tried before the cue that ends at this node."""
    branches = [unit + _trie_regex(child) for unit, child in node.items() if unit]
    if "" in node:
        branches.append(f"(?P<c{node['']}>)")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def preceded_by(before: str, phrases: tuple[str, ...]) -> bool:
    """Whether one of ``phrases`` is among the last SCOPE_WORDS words of ``before`` ("did not",
    "stopped short of"); "n't" matches a word's ending ("didn't")."""
    words = re.findall(r"[\w’']+", _INTENSIFIED.sub(" ", before.lower().replace("’", "'")))
    words = words[-SCOPE_WORDS:]
    tail = " ".join(words)
    return any(
        (p == "n't" and any(w.endswith("n't") for w in words)) or _pattern(p).search(tail)
        for p in phrases
    )


def _body(phrase: str) -> str:
    return r"\s+".join(re.escape(w).replace("'", "['’]") for w in phrase.split())


@lru_cache(maxsize=256)
def _pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’]){_body(phrase)}(?![\w'’])", re.I)


@lru_cache(maxsize=16)
def words_pattern(phrases: tuple[str, ...]) -> str:
    """A regex alternation of ``phrases`` (longest first), spaces and apostrophes loose."""
    return "|".join(_body(p) for p in sorted(phrases, key=len, reverse=True))
