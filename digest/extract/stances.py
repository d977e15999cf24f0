"""Stances with evidence: whether a quote shows its speaker for or against what it is about.

Precision first: a stance is set only when the words make it plain, else it stays ``unclear``.
The cues are data (``digest/taxonomy/stances.yaml``). For one quote, in order:

1. The speaker's own stance verb: the cue itself ("called for", "criticised", "urged"), or a
   stance verb between the speaker's mention and the quote in the same sentence ("X criticised the
   move, saying “…”", "X welcomed the decision and said …"). Quotations and dash or bracket asides
   are masked, so words quoted or set aside do not count, nor words before the end of an earlier
   quote of the sentence (they belong to that one). A cue after a determiner ("the proposed
   deal") is no verb. A verb followed by "by" is passive (the
   stance of someone else) and is skipped; a negation up to three words before the verb turns
   support into opposition ("did not support", "refused to back") and opposition into nothing
   ("did not criticise"). A request to stop something ("called for the minister to block it",
   "urged the council to scrap the levy") opposes it.
2. A direct quote's own words in the first person: "we oppose", "I am against", "I welcome".
3. A short label the speaker gives something (X called the deal “lousy”, “a non-starter”): its
   direction, when a word of the label makes it plain.
4. A reported clause stating the speaker's own stance: "he would keep backing the project",
   "her party would back the amendment", "it would fight the project".
5. The direction of a clause about a policy: its subject a policy after a determiner ("the
   plan", "the government's proposals"), its verb or predicate one that judges it ("the expansion
   would help …", "the proposals risked “tearing up …”", "the wall was a crucial part of …").
6. Only when 1–5 found nothing: strong evaluative words of a direct quote ("a constitutional
   outrage", "deeply dangerous", "a landmark"), in one direction only and none negated.

The longest cue wins where cues overlap ("called for an end to" over "called for"). Signals that
disagree leave the quote ``unclear``. The evidence is the sentence the deciding words are in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from digest.extract import cues
from digest.extract.attribution import Context
from digest.extract.direct import Found
from digest.extract.result import FoundQuote
from digest.taxonomy import load_stance_cues

_NEGATION_WINDOW = 3  # words before a cue
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|most|his|her|their|its|our|whose)\s+$", re.I)
_SELF_SUBJECT = re.compile(
    r"[\"“‘']?(?:he|she|they|it|we|i|(?:his|her|its|their|our) (?:party|government|group))\s+"
    r"(?:(?:would|will|could|might|had|has|have|was|were|is|are|did|does|do|not|never|n['’]t|"
    r"keep|keeps|continue to|continued to|always|also|still|now|fully|strongly|firmly)\s+){1,3}",
    re.I,
)
_CUE_REACH = 80  # characters of an indirect quote a cue may reach into (or look at)
_LABEL_WORDS = 6  # a label longer than this is a statement, not a label
_EVIDENCE_LIMIT = 400  # characters of the evidence sentence kept


@dataclass(frozen=True)
class QuoteStance:
    stance: str  # supports | opposes | unclear
    evidence: str = ""  # the sentence that shows it


UNCLEAR = QuoteStance("unclear")


def quote_stance(ctx: Context, f: Found, q: FoundQuote, floor: int = 0) -> QuoteStance:
    """The stance ``q`` shows (see the module docstring), with the sentence that shows it.
    ``floor``: where the previous quote ended; words before it belong to that quote."""
    signals = set()
    window = _speaker_window(ctx, f, floor)
    if window is not None:
        before = ctx.aside[window[0] : window[1]]
        # an indirect quote may start inside a longer cue: "called for | an end to the tariffs"
        reach = q.text[:_CUE_REACH] if q.kind == "indirect" and window[1] == f.start else ""
        signals |= _verb_stances(before + reach, len(before))
    signals |= _self_stances(ctx.text[f.start : f.end])
    signals |= _policy_clause_stances(ctx.text[f.start : f.end])
    if q.kind == "direct":
        signals |= _first_person_stances(q.text)
        if f.cue and f.cue.split()[0].lower() in cues.LABEL_VERBS:
            signals |= _label_stances(q.text)
    if not signals and q.kind == "direct":  # 6.
        signals = _judgement_stances(q.text)
    if len(signals) != 1:
        return UNCLEAR
    return QuoteStance(signals.pop(), _evidence(ctx, f))


def _speaker_window(ctx: Context, f: Found, floor: int) -> tuple[int, int] | None:
    """Where the speaker's own verbs are: from the speaker's mention (else the sentence start)
    to the quote, when the cue comes before the quote; the cue alone when it comes after."""
    sent = ctx.sentence_at(f.start)
    if f.cue_pos >= f.start or f.cue_pos < 0:
        if f.cue_pos < 0 or not f.cue:
            return None
        return f.cue_pos, f.cue_pos + len(f.cue)
    start = f.ref.pos if sent.start <= f.ref.pos < f.start else sent.start
    return max(start, min(floor, f.start)), f.start


def _verb_stances(text: str, limit: int) -> set[str]:
    """The stances the cues starting before ``limit`` show."""
    lexicon = load_stance_cues()
    found = set()
    lists = (("supports", lexicon.supports), ("opposes", lexicon.opposes))
    for stance, m in _longest_matches(text, lists, starting_before=limit):
        if re.match(r"\s+by\b", text[m.end() :], re.I):
            continue  # "was criticised by X": X's stance, not the speaker's
        if _DETERMINER_BEFORE.search(text[: m.start()]):
            continue  # "the proposed deal", "the most pledged delegates": not a verb
        if stance == "supports" and _asks_to_stop(m.group(), text[m.end() :]):
            stance = "opposes"  # "called for the minister to block it"
        if _negated(text[: m.start()], lexicon.negations):
            if stance == "supports":
                found.add("opposes")
            continue
        found.add(stance)
    return found


def _asks_to_stop(cue: str, after: str) -> bool:
    lexicon = load_stance_cues()
    if " ".join(cue.lower().split()) not in lexicon.requests:
        return False
    stop = "|".join(re.escape(v) for v in lexicon.stop_verbs)
    return bool(re.match(rf"\W*(?:[\w’'-]+\s+){{0,6}}?to\s+(?:{stop})\b", after, re.I))


def _first_person_stances(text: str) -> set[str]:
    lexicon = load_stance_cues()
    lists = (("supports", lexicon.first_person_supports), ("opposes", lexicon.first_person_opposes))
    return {stance for stance, _ in _longest_matches(text, lists)}


def _self_stances(clause: str) -> set[str]:
    """A reported clause stating the speaker's own stance: "he would keep backing the project"."""
    m = _SELF_SUBJECT.match(clause)
    if not m:
        return set()
    lexicon = load_stance_cues()
    lists = (("supports", lexicon.self_supports), ("opposes", lexicon.self_opposes))
    rest = clause[m.end() :]
    found = _longest_at_start(rest, lists)
    if not found:
        return set()
    stance = found
    if _negated(clause[: m.end()], lexicon.negations):
        return {"opposes"} if stance == "supports" else set()
    return {stance}


def _policy_clause_stances(clause: str) -> set[str]:
    """A clause about a policy and its effect or worth: "the expansion would help …",
    "the proposals risked “…”", "the wall was a crucial part of …"."""
    m = _policy_subject().match(clause)
    if not m:
        return set()
    lexicon = load_stance_cues()
    lists = (("supports", _bare(lexicon.policy_good)), ("opposes", _bare(lexicon.policy_bad)))
    rest = clause[m.end() :]
    found = _longest_at_start(rest, lists)
    if not found or _negated(clause[: m.end()], lexicon.negations):
        return set()  # "the plan would not help": too subtle to call
    return {found}


@lru_cache(maxsize=4)
def _bare(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases without a leading article (the subject pattern consumes it)."""
    return tuple(dict.fromkeys(re.sub(r"^(?:a|an|the)\s+", "", p) for p in phrases))


@lru_cache(maxsize=1)
def _policy_subject() -> re.Pattern[str]:
    nouns = "|".join(sorted(load_stance_cues().policy_nouns, key=len, reverse=True))
    return re.compile(
        r"[\"“‘']?(?:the|this|that|these|those|its|their|his|her|our|(?:the\s+)?[\w’']+['’]s)\s+"
        rf"(?:[\w-]+\s+){{0,3}}(?:{nouns})\s+"
        r"(?:(?:would|will|could|might|can|may|is|was|are|were|has|have|had|had been|has been|"
        r"would be|will be|also|only|not|never|inevitably|simply|really|truly|clearly)\s+){0,3}"
        r"(?:[“\"‘']\s*)?(?:(?:a|an|the)\s+)?(?:(?:very|so|deeply|truly|absolutely)\s+)?",
        re.I,
    )


def _label_stances(text: str) -> set[str]:
    """A short label (X called it “a non-starter”): its direction, when a word makes it plain."""
    if len(text.split()) > _LABEL_WORDS:
        return set()
    lexicon = load_stance_cues()
    lists = (("supports", lexicon.label_supports), ("opposes", lexicon.label_opposes))
    found = _longest_matches(text, lists)
    if any(_negated(text[: m.start()], lexicon.negations) for _, m in found):
        return set()  # "not a disaster": too subtle to call
    return {stance for stance, _ in found}


def _judgement_stances(text: str) -> set[str]:
    """Strong evaluative words of a direct quote ("a constitutional outrage"), none negated."""
    lexicon = load_stance_cues()
    lists = (("supports", lexicon.judgement_supports), ("opposes", lexicon.judgement_opposes))
    found = _longest_matches(text, lists)
    if any(_negated(text[: m.start()], lexicon.negations) for _, m in found):
        return set()
    return {stance for stance, _ in found}


def _longest_matches(
    text: str, lists: tuple[tuple[str, tuple[str, ...]], ...], starting_before: int | None = None
):
    """(stance, match) for each cue found, in order; where cues overlap, the longest wins.
    ``starting_before``: only cues that start before it (the scan stops there)."""
    pattern, stances = _alternation(lists)
    matches = pattern.finditer(text)
    if starting_before is not None:
        # A cue starting before the limit ends within the longest cue's length of it.
        matches = pattern.finditer(text, 0, starting_before + _longest_cue(lists))
    return [
        (stances[int(m.lastgroup[1:])], m)
        for m in matches
        if starting_before is None or m.start() < starting_before
    ]


def _longest_at_start(text: str, lists: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    """The stance of the longest cue that ``text`` starts with (the alternation tries the
    longest first), else None: one match attempt instead of a scan."""
    pattern, stances = _alternation(lists)
    m = pattern.match(text)
    return stances[int(m.lastgroup[1:])] if m else None


@lru_cache(maxsize=32)
def _longest_cue(lists: tuple[tuple[str, tuple[str, ...]], ...]) -> int:
    return max((len(p) for _, ps in lists for p in ps), default=0) + 8  # spaces, plural endings


@lru_cache(maxsize=32)
def _alternation(lists: tuple[tuple[str, tuple[str, ...]], ...]):
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


def _negated(before: str, negations: tuple[str, ...]) -> bool:
    words = re.findall(r"[\w’']+", before.lower().replace("’", "'"))[-_NEGATION_WINDOW:]
    tail = " ".join(words)
    return any(
        (neg == "n't" and any(w.endswith("n't") for w in words)) or _pattern(neg).search(tail)
        for neg in negations
    )


def _body(phrase: str) -> str:
    return r"\s+".join(re.escape(w).replace("'", "['’]") for w in phrase.split())


@lru_cache(maxsize=64)
def _pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’]){_body(phrase)}(?![\w'’])", re.I)


def _evidence(ctx: Context, f: Found) -> str:
    sent = ctx.sentence_at(f.start)
    last = ctx.sentence_at(max(f.start, f.end - 1))
    text = " ".join(ctx.text[min(sent.start, f.start) : max(last.end, f.end)].split())
    return text if len(text) <= _EVIDENCE_LIMIT else text[: _EVIDENCE_LIMIT - 1].rstrip() + "…"
