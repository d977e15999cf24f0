"""Themes and policies: Lexicon keywords (whole words, case-insensitive) on each quote and its
sentence, plus candidate policy phrases in quotes ("the points based system", "X Act") that the
Lexicon does not know yet, returned as FoundPolicy stubs."""

from __future__ import annotations

import re
from functools import lru_cache

from digest.extract import cues
from digest.extract.attribution import Context
from digest.extract.result import FoundPolicy, FoundQuote, KnownEntry, Lexicon
from digest.slug import slugify

_NAMED_POLICY = re.compile(
    r"\b((?:[A-Z][\w’'-]*\s+){1,6}(?:Bill|Act|Scheme|Programme|Program|Plan|Strategy|Initiative|Agreement|Deal)"
    r"(?:\s+(?:of\s+)?\d{4})?)\b"
)
_COMMON_POLICY = re.compile(
    r"\bthe\s+((?:[\w-]+\s+){1,3}(?:system|scheme|programme|program|plan|bill|policy|reform|levy|tax|ban|cap|initiative))\b",
    re.I,
)
_GENERIC = cues.words("the this that a an new same whole current existing our their his her its")


@lru_cache(maxsize=256)
def _keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern[str] | None:
    words = [re.escape(k.strip()) for k in keywords if k.strip()]
    if not words:
        return None
    return re.compile(
        r"(?<!\w)(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?!\w)", re.I
    )


def _matches(entry: KnownEntry, text: str) -> bool:
    pattern = _keyword_pattern(tuple(entry.keywords) or (entry.name,))
    return bool(pattern and pattern.search(text))


def tag(ctx: Context, quotes: list[FoundQuote], lexicon: Lexicon) -> None:
    """Fill each quote's themes and policies from the Lexicon's keywords."""
    for q in quotes:
        sent = ctx.sentence_at(q.start)
        scope = ctx.text[min(sent.start, q.start) : max(sent.end, q.end)]
        q.themes = [t.id for t in lexicon.themes if _matches(t, scope)]
        q.policies = [p.id for p in lexicon.policies if _matches(p, scope)]
        for p in lexicon.policies:
            if p.id in q.policies:
                q.themes.extend(t for t in p.themes if t not in q.themes)


def new_policies(ctx: Context, quotes: list[FoundQuote], lexicon: Lexicon) -> list[FoundPolicy]:
    """Policy phrases named in quotes that no Lexicon policy covers: stubs for an editor."""
    known = {slugify(p.name) for p in lexicon.policies} | {
        slugify(k) for p in lexicon.policies for k in p.keywords
    }
    out: dict[str, FoundPolicy] = {}
    for q in quotes:
        for name in _phrases(q.text):
            pid = slugify(name)
            if pid not in known and pid not in out:
                out[pid] = FoundPolicy(pid, name, list(q.themes))
                q.policies.append(pid)
    return list(out.values())


def _phrases(text: str) -> list[str]:
    found = [m.group(1).strip() for m in _NAMED_POLICY.finditer(text)]
    for m in _COMMON_POLICY.finditer(text):
        words = m.group(1).split()
        if words[0].lower() not in _GENERIC:
            found.append("the " + m.group(1))
    return found
