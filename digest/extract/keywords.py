"""Find keyword phrases in text fast: whole words, case-insensitive, leftmost-longest.

A phrase matches a run of words separated only by spaces or hyphens ("same-sex" = "same sex"),
either apostrophe, its last word optionally plural (+s/+es). Scanning left to right, the longest
phrase starting at a word wins and the scan goes on after it, so a phrase inside a longer one's
match is not found again ("tax" inside "tax cut"). Words are looked up in a dictionary keyed by a
phrase's first word, so the cost is per word of text, not per phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_GAP = re.compile(r"[\s-]+")


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in _WORD.findall(phrase))


class KeywordIndex:
    def __init__(self, phrases: Iterable[str]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase in set(phrases):
            words = _words(phrase)
            if words:
                self._by_first.setdefault(words[0], []).append((words, phrase))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: (-len(e[0]), e[1]))

    def find(self, text: str) -> tuple[str, ...]:
        """The phrases found in ``text``, each once, in order of first appearance."""
        tokens = _tokens(text)
        found: dict[str, None] = {}
        i = 0
        while i < len(tokens):
            hit = self._longest_at(text, tokens, i)
            if hit is None:
                i += 1
                continue
            found.setdefault(hit[1], None)
            i += len(hit[0])
        return tuple(found)

    def _longest_at(self, text: str, tokens, i: int) -> tuple[tuple[str, ...], str] | None:
        word = tokens[i][0]
        candidates = list(self._by_first.get(word, ()))
        for stem in _singulars(word):
            candidates += [e for e in self._by_first.get(stem, ()) if len(e[0]) == 1]
        best = None
        for words, phrase in candidates:
            if _matches_at(text, tokens, i, words) and (best is None or len(words) > len(best[0])):
                best = (words, phrase)
        return best


def _singulars(word: str) -> tuple[str, ...]:
    out = []
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and len(word) > 2:
        out.append(word[:-1])
    return tuple(out)


def _matches_at(text: str, tokens, i: int, words: tuple[str, ...]) -> bool:
    if i + len(words) > len(tokens):
        return False
    for k, word in enumerate(words):
        token, start, _ = tokens[i + k]
        last = k == len(words) - 1
        if token != word and not (last and token in (word + "s", word + "es")):
            return False
        if k and not _GAP.fullmatch(text[tokens[i + k - 1][2] : start]):
            return False
    return True


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple(
        (m.group().lower().replace("’", "'"), m.start(), m.end()) for m in _WORD.finditer(text)
    )
