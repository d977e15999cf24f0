"""Themes and policies: Lexicon keywords (whole words, case-insensitive) on each quote and its
sentence, plus candidate policy phrases in quotes ("the points based system", "X Act") that the
Lexicon does not know yet, returned as FoundPolicy stubs."""

from __future__ import annotations

import re
from functools import lru_cache

from digest.extract.attribution import Context
from digest.extract.policies import policy_phrases
from digest.extract.result import FoundPolicy, FoundQuote, KnownEntry, Lexicon
from digest.extract.sentences import READ_REACH
from digest.identity.names import policy_key
from digest.slug import slugify


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
    """Policy names in quotes (and their sentences) that no Lexicon policy covers (by name or
    keyword, compared as :func:`digest.identity.names.policy_key`): stubs for an editor. Names
    that are a person or an organisation of the article are not policies."""
    known = {policy_key(p.name) for p in lexicon.policies} | {
        policy_key(k) for p in lexicon.policies for k in p.keywords
    }
    cast = {policy_key(e.name) for e in ctx.cast.entities.values()}
    out: dict[str, FoundPolicy] = {}
    for q in quotes:
        sent = ctx.sentence_at(q.start)  # "X said the Y Act would…": the quote's own sentence
        # At most READ_REACH characters either side: a file with no sentence ends is one sentence.
        start = max(min(sent.start, q.start), q.start - READ_REACH)
        scope = ctx.text[start : min(max(sent.end, q.end), q.end + READ_REACH)]
        for name in _phrases(scope):
            key = policy_key(name)
            pid = slugify(name)
            if key not in known and key not in cast and pid not in out:
                out[pid] = FoundPolicy(pid, name[:1].upper() + name[1:], list(q.themes))
                q.policies.append(pid)
    return list(out.values())


def _phrases(text: str) -> list[str]:
    return policy_phrases(text)
