"""Themes per quote: keyword evidence from the quote and its context, precision first.

The themes are the editor's (``content/themes/``, read into the :class:`Lexicon`) and the packaged
taxonomy's (:mod:`digest.taxonomy`); an editor's record of a taxonomy id replaces that entry.

The algorithm, for one quote:

1. Four scopes, strongest first: the quote's words and the rest of its sentence (weight 1),
   the rest of its paragraph (0.5) and the article's headline (0.5, a weak prior).
2. Each keyword of a theme is found as whole words, case-insensitively, a final ``s``/``es``
   allowed (:mod:`digest.extract.keywords`); a keyword inside a longer keyword's match does not
   count again ("tax" in "tax cut", "security" in "border security"). General and
   debate-specific themes (step 3) are looked up apart, so neither hides the other's words.
   A keyword weighs 1.5 when it is a phrase of several words, 1 when it is one word, 0.5 when it
   is one of the taxonomy's ``ambiguous`` words ("border", "pay", "fair") 0.6: it needs other
   evidence. A keyword's evidence is its weight times the sum of the weights of the scopes it is
   found in (at most 1): a word of the sentence that the headline repeats counts in full.
3. A *general* theme (a taxonomy id) needs evidence of at least 1. A *debate-specific* theme (an
   editor's theme that is not in the taxonomy, often written for one debate, such as "Why Labour
   lost the 2010 election") is not read from the headline, and needs its name (which counts as
   one of its keywords) in the quote or sentence, or at least two distinct
   keywords in the quote, sentence or paragraph with evidence of at least 1.5: one common word
   never carries it into an unrelated article. A keyword and its plural ("wage", "wages") are
   one word: their evidence is counted once, for every theme.
4. Where an editor's theme qualifies, the keywords it matched are its own: taxonomy themes do not
   count them again (the editor's themes win).
5. Themes with evidence in the quote or its sentence (more than one ambiguous word there)
   outrank those found only around it: when
   there are any, the others are dropped; a theme found only around the quote needs the headline
   to name it too, or evidence of at least 1.5 in the paragraph. Then the best, at most three,
   best first.
6. A quote left without a theme takes the article's own theme, if there is one: a general theme
   the headline names that at least 30 % of the article's themed quotes (and two or more) have.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from digest.extract.attribution import Context
from digest.extract.keywords import KeywordIndex
from digest.extract.result import FoundQuote, KnownEntry, Lexicon
from digest.extract.sentences import Sentence
from digest.taxonomy import load_taxonomy

CONTEXT_REACH = 1500  # characters of sentence or paragraph read on either side, at most
SCOPE_WEIGHTS = (1.0, 1.0, 0.5, 0.5)  # quote, rest of sentence, rest of paragraph, headline
GENERAL_THRESHOLD = 1.0
SPECIFIC_THRESHOLD = 1.5
CONTEXT_ONLY_THRESHOLD = 1.5
LOCAL_MINIMUM = 0.75  # evidence in the quote or its sentence: more than one ambiguous word
MAX_THEMES = 3
ARTICLE_THEME_SHARE = 0.3
_PHRASE, _WORD, _AMBIGUOUS = 1.5, 1.0, 0.6


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: rules are built once
class ThemeRule:
    id: str
    name: str
    keywords: tuple[str, ...]
    general: bool  # a taxonomy id: one clear keyword is enough
    editor: bool  # from content/themes/
    keyword_set: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "keyword_set", frozenset(self.keywords))


class ThemeBook:
    """The rules of one lexicon and their keyword indexes, built once per article."""

    def __init__(self, rules: tuple[ThemeRule, ...]) -> None:
        self.rules = rules
        # keyword -> the rules (by order) it is evidence for: a quote is scored only against
        # the rules one of its keywords names, not against the whole taxonomy
        self.rules_of: dict[str, tuple[int, ...]] = {}
        for order, rule in enumerate(rules):
            for keyword in rule.keyword_set:
                self.rules_of[keyword] = (*self.rules_of.get(keyword, ()), order)
        self.indexes = {
            general: _phrase_index(
                frozenset(k for r in rules if r.general == general for k in r.keywords)
            )
            for general in (True, False)
        }


@dataclass(frozen=True)
class Scopes:
    """The texts a quote's themes are read from, strongest first (see SCOPE_WEIGHTS)."""

    quote: str
    sentence: str = ""
    paragraph: str = ""
    headline: str = ""

    def texts(self) -> tuple[str, str, str, str]:
        return (self.quote, self.sentence, self.paragraph, self.headline)


def rules_for(lexicon: Lexicon) -> tuple[ThemeRule, ...]:
    """The editor's themes (rejected ones aside), then the taxonomy's that they do not replace."""
    taxonomy = load_taxonomy()
    editor_ids = {entry.id for entry in lexicon.themes}
    rules = [
        ThemeRule(
            entry.id,
            entry.name,
            tuple(dict.fromkeys([*entry.keywords, entry.name.lower()])),
            general=entry.id in taxonomy.themes,
            editor=True,
        )
        for entry in lexicon.themes
        if entry.status != "rejected"
    ]
    for theme_id, record in taxonomy.themes.items():
        if theme_id not in editor_ids:
            keywords = tuple(k.lower() for k in record["keywords"])
            rules.append(ThemeRule(theme_id, record["name"], keywords, general=True, editor=False))
    return tuple(rules)


def tag(ctx: Context, quotes: list[FoundQuote], lexicon: Lexicon, headline: str | None) -> None:
    """Set each quote's themes: those its evidence supports, then those of its known policies."""
    book = _book(tuple((e.id, e.name, tuple(e.keywords), e.status) for e in lexicon.themes))
    policy_themes = {p.id: p.themes for p in lexicon.policies}
    for q in quotes:
        q.themes = assign(book, quote_scopes(ctx, q, headline or ""))
    main = article_theme(book, quotes, headline or "")
    for q in quotes:
        if main and not q.themes:
            q.themes = [main]
        for policy in q.policies:
            q.themes += [t for t in policy_themes.get(policy, []) if t not in q.themes]


def article_theme(book: ThemeBook, quotes: list[FoundQuote], headline: str) -> str | None:
    """The article's own theme, for its quotes that show none ("the project would bring jobs"
    in a story on a wind farm): a general theme the headline names that at least
    ARTICLE_THEME_SHARE of the themed quotes (and two or more) have."""
    themed = [q for q in quotes if q.themes]
    counts = Counter(t for q in themed for t in q.themes)
    in_headline = set(_found_in(book.indexes[True], headline))
    for theme_id, count in counts.most_common():
        rule = next((r for r in book.rules if r.id == theme_id), None)
        if rule is None or not rule.general or not in_headline & rule.keyword_set:
            continue
        if count >= 2 and count >= ARTICLE_THEME_SHARE * len(themed):
            return theme_id
    return None


def quote_scopes(ctx: Context, q: FoundQuote, headline: str) -> Scopes:
    """The quote's words, the rest of its sentence(s), the rest of its paragraph, the headline."""
    first, last = ctx.sentence_at(q.start), ctx.sentence_at(max(q.start, q.end - 1))
    text = ctx.text
    # Context is bounded in characters: a line-break-free file is one "paragraph" and one
    # "sentence", and scanning all of it for every quote would make extraction quadratic.
    sent_start = max(min(first.start, q.start), q.start - CONTEXT_REACH)
    sent_end = min(max(last.end, q.end), q.end + CONTEXT_REACH)
    para_start, para_end = _paragraph_bounds(ctx, first, last)
    para_start = min(sent_start, max(para_start, sent_start - CONTEXT_REACH))
    para_end = max(sent_end, min(para_end, sent_end + CONTEXT_REACH))
    return Scopes(
        quote=text[q.start : q.end],
        sentence=text[sent_start : q.start] + " … " + text[q.end : sent_end],
        paragraph=text[para_start:sent_start] + " … " + text[sent_end:para_end],
        headline=headline,
    )


def _paragraph_bounds(ctx: Context, first: Sentence, last: Sentence) -> tuple[int, int]:
    """Start and end of the paragraph from ``first`` to ``last`` (sentences of one paragraph are
    contiguous in ``ctx.sentences``), walking at most :data:`CONTEXT_REACH` characters out."""
    sentences, starts = ctx.sentences, ctx.sentence_starts()
    i, start, floor = bisect_left(starts, first.start), first.start, first.start - CONTEXT_REACH
    while i > 0 and sentences[i - 1].paragraph == first.paragraph and start > floor:
        i -= 1
        start = sentences[i].start
    j, end, ceiling = bisect_left(starts, last.start), last.end, last.end + CONTEXT_REACH
    while j + 1 < len(sentences) and sentences[j + 1].paragraph == last.paragraph and end < ceiling:
        j += 1
        end = sentences[j].end
    return start, end


@lru_cache(maxsize=8)
def _book(themes: tuple[tuple[str, str, tuple[str, ...], str | None], ...]) -> ThemeBook:
    """The theme book of a lexicon's themes, built once for every article of a run."""
    entries = [KnownEntry(i, name, keywords=list(keys), status=st) for i, name, keys, st in themes]
    return ThemeBook(rules_for(Lexicon(themes=entries)))


def assign(book: ThemeBook | tuple[ThemeRule, ...], scopes: Scopes) -> list[str]:
    """The theme ids the evidence in ``scopes`` supports, best first (see the module docstring)."""
    book = book if isinstance(book, ThemeBook) else ThemeBook(book)
    rules = book.rules
    ambiguous = load_taxonomy().ambiguous
    # general and debate-specific themes are looked up apart: a debate-specific phrase ("at the
    # polls") must not hide a general theme's word inside it ("polls")
    in_scopes = {
        general: tuple(_found_in(book.indexes[general], text) for text in scopes.texts())
        for general in (True, False)
    }
    claimed: set[str] = set()
    scored: list[tuple[bool, float, int, str]] = []
    seen = {k for by_scope in in_scopes.values() for found in by_scope for k in found}
    candidates = sorted({order for k in seen for order in book.rules_of.get(k, ())})
    for order in candidates:  # in rule order, as before: the editor's themes claim first
        rule = rules[order]
        found, local = _evidence(rule, in_scopes[rule.general], ambiguous, claimed)
        score = sum(_one_per_word(found).values())
        if _qualifies(rule, found, score, scopes):
            scored.append((local, score, order, rule.id))
            if rule.editor:
                claimed |= set(found)
    if any(local for local, _, _, _ in scored):  # the quote's own words outrank its context
        scored = [s for s in scored if s[0]]
    else:  # context alone: the headline must agree, or the paragraph say it plainly
        scored = [
            s for s in scored if s[1] >= CONTEXT_ONLY_THRESHOLD or _in_headline(rules[s[2]], scopes)
        ]
    if not scored:
        return []
    kept = sorted(scored, key=lambda s: (-s[1], s[2]))
    return [theme_id for _, _, _, theme_id in kept[:MAX_THEMES]]


def _in_headline(rule: ThemeRule, scopes: Scopes) -> bool:
    return rule.general and bool(_counted_keywords(rule.keywords, scopes.headline))


def _qualifies(rule: ThemeRule, found: dict[str, float], score: float, scopes: Scopes) -> bool:
    if rule.general:
        return score >= GENERAL_THRESHOLD
    near = f"{scopes.quote} {scopes.sentence}"
    named = rule.name.lower() in found and bool(_counted_keywords((rule.name.lower(),), near))
    return named or (len(_one_per_word(found)) >= 2 and score >= SPECIFIC_THRESHOLD)


def _one_per_word(found: dict[str, float]) -> dict[str, float]:
    """``found`` with a keyword and its plural as one ("wage" and "wages" in a theme's list are
    one word of the text, not two pieces of evidence), the stronger evidence kept."""
    out: dict[str, float] = {}
    for keyword in sorted(found, key=len):
        base = next((b for b in out if keyword in (b + "s", b + "es")), keyword)
        out[base] = max(out.get(base, 0.0), found[keyword])
    return out


def _evidence(
    rule: ThemeRule,
    in_scopes: tuple[tuple[str, ...], ...],
    ambiguous: frozenset[str],
    claimed: set[str],
) -> tuple[dict[str, float], bool]:
    """(keyword -> its evidence for ``rule`` (see step 2), whether the quote and its sentence
    hold evidence of at least LOCAL_MINIMUM); claimed keywords left out. ``in_scopes``: the
    keywords (of every rule) found in each scope."""
    own = rule.keyword_set
    scopes = in_scopes if rule.general else in_scopes[:3]
    reach: dict[str, float] = {}
    near: set[str] = set()
    for index, (found, weight) in enumerate(zip(scopes, SCOPE_WEIGHTS, strict=False)):
        for keyword in found:
            if keyword in own and keyword not in claimed:
                reach[keyword] = min(1.0, reach.get(keyword, 0.0) + weight)
                near |= {keyword} if index < 2 else set()
    local = sum(_keyword_weight(k, ambiguous) for k in near) >= LOCAL_MINIMUM
    return {k: _keyword_weight(k, ambiguous) * r for k, r in reach.items()}, local


def _counted_keywords(keywords: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The keywords found in ``text``, a match inside a longer keyword's match not counted."""
    return _found_in(_phrase_index(frozenset(keywords)), text)


@lru_cache(maxsize=8192)
def _found_in(index: KeywordIndex, text: str) -> tuple[str, ...]:
    return index.find(text) if text.strip() else ()


@lru_cache(maxsize=512)
def _phrase_index(keywords: frozenset[str]) -> KeywordIndex:
    return KeywordIndex(keywords)


def _keyword_weight(keyword: str, ambiguous: frozenset[str]) -> float:
    if keyword in ambiguous:
        return _AMBIGUOUS
    return _PHRASE if len(keyword.split()) > 1 else _WORD
