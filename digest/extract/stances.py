"""Stances with evidence: whether a quote shows its speaker for or against what it is about.

Precision first: a stance is set only when the words make it plain, else it stays ``unclear``.
The cues are data (``digest/taxonomy/stances.yaml``). For one quote, in order:

1. The speaker's own stance verb: the cue itself ("called for", "criticised", "urged"), or a
   stance verb between the speaker's mention and the quote in the same sentence ("X criticised the
   move, saying “…”", "X welcomed the decision and said …"). Quotations and dash or bracket asides
   are masked, so words quoted or set aside do not count, nor words before the end of an earlier
   quote of the sentence (they belong to that one). A cue after a determiner ("the proposed
   deal") is no verb. A verb followed by "by" is passive (the stance of someone else) and is
   skipped. Up to three words before the verb, a hedge or condition ("stopped short of", "has yet
   to", "could", "if") leaves no stance; a negation ("did not support", "refused to back") turns
   support into opposition and opposition into nothing ("did not criticise"). A request to stop
   something ("called for the minister to block it", "urged the embassy to reconsider") opposes
   it; a request to keep something as it is sets nothing; "asked" is a request only with "to".
   A cue aimed at no policy (:mod:`digest.extract.stance_targets`) sets nothing: a charge
   against one person ("accused his rival of …"), an electoral verb for a person ("campaigned
   for him"), a dispute of an account ("disputed that account"), "argued for months".
2. A direct quote's own words in the first person: "we oppose", "I am against", "I welcome",
   and first-person judgements ("I do not think it can be right to …"), unless conditional.
3. A short label the speaker gives something (X called the deal “lousy”, “a non-starter”): its
   direction, when a word of the label makes it plain.
4. A reported clause stating the speaker's own stance: "he would keep backing the project",
   "her party would back the amendment", "it planned to join the bloc" (hedged: nothing);
   against a thing without something is for that something ("he will not approve a budget that
   does not fund the wall": for the wall).
5. A verdict: a reported clause that finds its subject lawful or unlawful ("the prorogation was
   unlawful", "the strikes were illegal"), whatever the noun. And the direction of a clause
   about a policy: its subject a policy after a determiner ("the
   plan", "the government's proposals"), its verb or predicate one that judges it ("the expansion
   would help …", "the proposals risked “tearing up …”", "the wall was a crucial part of …"); a
   subject that ends the policy ("scrapping the limit would help …") turns it round.
6. Calls and proposals (:mod:`digest.extract.stance_calls`): "said the president should accept
   …", "it is time to …", "I will present a bill".
7. Only when 1–6 found nothing: strong evaluative words of a direct quote ("a constitutional
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
from digest.extract.stance_calls import proposal, quoted_call, reported_call, time_to_call
from digest.extract.stance_match import (
    longest_at_start,
    longest_matches,
    preceded_by,
    words_pattern,
)
from digest.extract.stance_targets import (
    a_duration,
    charges_a_person,
    conceded,
    disputes_an_account,
    object_names_a_person,
    reports_another,
)
from digest.taxonomy import load_stance_cues

_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|most|his|her|their|its|our|whose)\s+$", re.I)
_SELF_SUBJECT = re.compile(
    r"[\"“‘']?(?:he|she|they|it|we|i|(?:his|her|its|their|our) (?:party|government|group))\s+"
    r"(?:(?:would|will|could|might|had|has|have|was|were|is|are|did|does|do|not|never|n['’]t|"
    r"keep|keeps|continue to|continued to|always|also|still|now|fully|strongly|firmly|is to|was to|"
    r"plans to|planned to|intends to|intended to|wants to|wanted to|hopes to|hoped to|going to|"
    r"be)\s+){1,3}[“\"‘']?",  # "it was ‘delighted’": a quotation may start at the verb
    re.I,
)
# an object that is itself negated: the stance toward it is no stance toward the policy
_NEGATED_OBJECT = re.compile(
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:that|which|who)\s+(?:does|do|did|would|will)\s*(?:not|n['’]t)\b"
    r"|(?:\s+[\w’'-]+){0,4}?\s+without\b",
    re.I,
)
_CANNOT = ("could not", "couldn't", "cannot", "can't", "can not")
_QUOTE_MARKS = "\"“‘'«„"
_CUE_REACH = 80  # characters of an indirect quote a cue may reach into (or look at)
_LABEL_WORDS = 6  # a label longer than this is a statement, not a label
_EVIDENCE_LIMIT = 400  # characters of the evidence sentence kept


@dataclass(frozen=True)
class QuoteStance:
    stance: str  # supports | opposes | unclear
    evidence: str = ""  # the sentence that shows it
    # shown by the speaker's own stance verb (rule 1) or label (rule 3) alone: it governs what
    # the speaker goes on to say (:mod:`digest.extract.positions`)
    governs: bool = False
    # the rule families that set it, "+"-joined in a fixed order ("verb.request", "self+call");
    # empty when unclear (:data:`RULE_FAMILIES`, benchmarks/theme_quality.py --by-rule)
    rule: str = ""


UNCLEAR = QuoteStance("unclear")

# Every family a stance can come from, in the order a rule string lists them: the speaker's
# verb (1), first person (2), label (3), own stance in a reported clause (4), a clause about a
# policy and verdicts (5), calls and proposals (6), judgement words (7), and the two a quote
# inherits (a quote going on from the speaker's earlier one, a quotation split around its cue).
RULE_FAMILIES = (
    "verb.support",
    "verb.oppose",
    "verb.charge",
    "verb.negated",
    "verb.request",
    "verb.request.stop",
    "verb.pledge",
    "verb.pledge.stop",
    "first_person",
    "first_person.judgement",
    "label",
    "self",
    "self.negated",
    "self.without",
    "self.body",
    "policy_clause",
    "policy_clause.stop",
    "rendered",
    "verdict",
    "call.reported",
    "call.quoted",
    "call.time_to",
    "proposal.reported",
    "proposal.first_person",
    "judgement",
    "goes_on",
    "split",
)
_FAMILY_ORDER = {family: n for n, family in enumerate(RULE_FAMILIES)}

Signals = set[tuple[str, str]]  # (stance, the rule family that shows it)


def _tagged(family: str, stances: set[str]) -> Signals:
    return {(stance, family) for stance in stances}


def _decided(signals: Signals) -> tuple[str, str] | None:
    """(stance, rule) when every signal shows one stance, else None."""
    stances = {stance for stance, _ in signals}
    if len(stances) != 1:
        return None
    families = sorted({family for _, family in signals}, key=_FAMILY_ORDER.__getitem__)
    return stances.pop(), "+".join(families)


def quote_stance(ctx: Context, f: Found, q: FoundQuote, floor: int = 0) -> QuoteStance:
    """The stance ``q`` shows (see the module docstring), with the sentence that shows it.
    ``floor``: where the previous quote ended; words before it belong to that quote."""
    verb: Signals = set()
    window = _speaker_window(ctx, f, floor)
    if window is not None and _labels_a_new_object(ctx, f, q, window):
        window = (f.cue_pos, window[1])  # "denounced A, calling B “…”": B is not A
    if window is not None:
        before = ctx.aside[window[0] : window[1]]
        # an indirect quote may start inside a longer cue: "called for | an end to the tariffs";
        # a partial quote may hold what a request asks: 'urged them to "stop negotiating …"'
        starts_inside = q.kind == "indirect" or q.text[:1] not in _QUOTE_MARKS
        reach = q.text[:_CUE_REACH] if starts_inside and window[1] == f.start else ""
        verb = _verb_stances(before + reach, len(before), ctx, window[0])
    clause = ctx.text[f.start : f.end]
    signals = verb | _clause_stances(ctx, f, clause) | _own_body_stances(ctx, f, clause)
    label: Signals = set()
    if q.kind == "direct":
        signals |= _quote_stances(q.text)
        if f.cue and f.cue.split()[0].lower() in cues.LABEL_VERBS:
            label = _tagged("label", _label_stances(q.text))
            signals |= label
    if not signals and q.kind == "direct":  # 7.
        signals = _tagged("judgement", _judgement_stances(q.text))
    decided = _decided(signals)
    if decided is None:
        return UNCLEAR
    stance, rule = decided
    governs = {s for s, _ in verb | label} == {stance}
    return QuoteStance(stance, _evidence(ctx, f), governs=governs, rule=rule)


def _quote_stances(text: str) -> Signals:
    """Rules 2 and 6 on a direct quote's own words: first person, "it is time to", proposals,
    a sentence that starts with a call."""
    return (
        _first_person_stances(text)
        | _tagged("call.time_to", time_to_call(text))
        | _tagged("proposal.first_person", proposal(text, first_person=True))
        | _tagged("call.quoted", quoted_call(text))
    )


_PRONOUNS = cues.words("it them this that these those him her")


def _labels_a_new_object(ctx: Context, f: Found, q: FoundQuote, window: tuple[int, int]) -> bool:
    """ "X denounced the conclusions, calling the agreements “legitimate”": a participle label
    cue after the speaker's verb, with an object of its own (not a pronoun, and a head noun the
    sentence has not named before), so the earlier verb is about something else."""
    if q.kind != "direct" or not f.cue or not window[0] < f.cue_pos < window[1]:
        return False
    word = f.cue.split()[0].lower()
    if word not in cues.LABEL_VERBS or not word.endswith("ing"):
        return False
    between = ctx.aside[f.cue_pos + len(f.cue) : f.start].lower().split()
    if not between or between[0] in _PRONOUNS:
        return False
    earlier = ctx.aside[window[0] : f.cue_pos].lower()
    return not re.search(rf"\b{re.escape(between[-1])}\b", earlier)


def split_quote_stance(
    ctx: Context, f0: Found, q0: FoundQuote, f: Found, q: FoundQuote
) -> QuoteStance:
    """The stance of a quotation split around its cue ("“We stand ready,” tweeted X, “to
    provide whatever help we can”"), read whole, for its second part: the first-person and call
    rules of a direct quote on the two parts joined. ``UNCLEAR`` unless ``q`` goes on, in
    lower case, from ``q0`` of the same speaker in the same sentence."""
    if q0.kind != "direct" or q.kind != "direct" or q0.speaker != q.speaker:
        return UNCLEAR
    if not _LOWER_START.match(q.text) or ctx.sentence_at(f0.start) != ctx.sentence_at(f.start):
        return UNCLEAR
    joined = q0.text.rstrip(" ,\"”’'") + " " + q.text.lstrip(" \"“‘'")
    decided = _decided(_quote_stances(joined))
    if decided is None:
        return UNCLEAR
    return QuoteStance(decided[0], _evidence(ctx, f), rule="split")


_LOWER_START = re.compile(r"[\"“‘'\s]*[a-z]")


def _clause_stances(ctx: Context, f: Found, clause: str) -> Signals:
    """Rules 4 and 5, and calls and proposals (:mod:`digest.extract.stance_calls`), on the
    reported clause; a clause that is all quotation has no reported part to read."""
    found = _self_stances(clause, ctx, f.start) | _policy_clause_stances(clause)
    found |= _tagged("verdict", _verdict_stances(clause))
    if clause[:1] not in _QUOTE_MARKS:
        found |= _tagged("call.reported", reported_call(clause))
        found |= _tagged("proposal.reported", proposal(clause, first_person=False))
    return found


# "the Opposition would …": a subject whose head word may name the speaker's own body, and the
# auxiliary after it (the self-stance rule reads from there)
_BODY_SUBJECT = re.compile(
    r"[\"“‘']?(?:the\s+|our\s+|my\s+)?(?:[\w’'-]+\s+){0,3}?(?P<head>[\w’'-]+)\s+"
    r"(?=(?:would|will|had|has|have|was|were|is|are|could|did|does|do)\s)",
    re.I,
)


def _own_body_stances(ctx: Context, f: Found, clause: str) -> Signals:
    """Rule 4 for a subject that names the speaker's own body: "Mr X said the Opposition would
    vote against the bill", where Mr X is the "Opposition health spokesman" (the head word of
    the subject is a word of the speaker's role, organisation or name)."""
    if f.ref.kind not in ("person", "org") or not f.ref.keys:
        return set()
    m = _BODY_SUBJECT.match(clause)
    if not m or m.group("head").lower() in _NOT_BODIES:
        return set()
    entity = ctx.cast.entities.get(f.ref.keys[0])
    if entity is None:
        return set()
    own = " ".join(filter(None, (entity.role, entity.organisation, entity.name))).lower()
    if m.group("head").lower() not in re.findall(r"[\w’'-]+", own):
        return set()
    # read as the speaker's own pronoun ("it " stands for the subject's m.end() characters)
    found = _self_stances("it " + clause[m.end() :], ctx, f.start + m.end() - 3)
    return {(stance, "self.body") for stance, _ in found}


# words of a role that name no body ("spokesman", "leader"): never the speaker's own body
_NOT_BODIES = cues.words(
    "he she it they we i spokesman spokeswoman spokesperson leader minister member chair "
    "chairman chairwoman president head director secretary deputy senior former"
)


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


def _verb_stances(text: str, limit: int, ctx: Context, base: int) -> Signals:
    """The stances the cues starting before ``limit`` show, each with its family. ``base``:
    where ``text`` starts in the article."""
    lexicon = load_stance_cues()
    found: Signals = set()
    lists = _cue_lists("verbs")
    for stance, m in longest_matches(text, lists, starting_before=limit):
        if re.match(r"\s+by\b", text[m.end() :], re.I):
            continue  # "was criticised by X": X's stance, not the speaker's
        if m.group().lower() in lexicon.infinitive_requests and not _asks_to(text, m):
            continue  # "asked whether …", "was asked to …": no request of the speaker's
        if _DETERMINER_BEFORE.search(text[: m.start()]):
            continue  # "the proposed deal", "the most pledged delegates": not a verb
        refusal = preceded_by(text[: m.start()], _CANNOT)  # "could not support": no hedge
        if not refusal and preceded_by(text[: m.start()], lexicon.voids):
            continue  # "stopped short of endorsing", "has yet to back", "could back"
        if _aimed_elsewhere(stance, m, text, ctx, base):
            continue
        family = _verb_family(stance, m.group())
        if stance == "supports":
            stance = _request_direction(m.group(), text[m.end() :])
            if stance is None:
                continue  # "urged the council to maintain …": for the status quo, or the thing
            if stance == "opposes":
                family += ".stop"  # "urged them to scrap the levy", "pledged to scrap it"
        elif _inaction_charge().match(text, m.end()):
            continue  # "accused the council of sitting on the money": wants more, not less
        if preceded_by(text[: m.start()], lexicon.negations):
            if stance == "supports":
                found.add(("opposes", "verb.negated"))
            continue
        found.add((stance, family))
    return found


def _aimed_elsewhere(stance: str, m: re.Match[str], text: str, ctx: Context, base: int) -> bool:
    """Whether a cue is aimed at no policy (:mod:`digest.extract.stance_targets`): "argued
    for months", "campaigned for him", "has not endorsed a candidate", "disputed that
    account", "accused his rival of …"."""
    cue = " ".join(m.group().lower().split())
    after = text[m.end() :]
    if cue.endswith(" for") and a_duration(after):
        return True
    if stance != "opposes":  # "endorsed a candidate", "campaigned for him": an electoral choice
        electoral = cue in load_stance_cues().electoral_verbs
        return electoral and object_names_a_person(ctx, after, base + m.end())
    if disputes_an_account(after):
        return True
    return cue in load_stance_cues().charges and charges_a_person(ctx, text, base, m.end())


def _verb_family(stance: str, cue: str) -> str:
    """The family of a speaker's stance verb: a request, a pledge, a charge ("accused",
    "blamed"), else a plain verb of support or opposition."""
    lexicon = load_stance_cues()
    cue = " ".join(cue.lower().split())
    if stance == "opposes":
        return "verb.charge" if cue in lexicon.charges else "verb.oppose"
    if cue in lexicon.pledges:
        return "verb.pledge"
    return "verb.request" if cue in lexicon.requests else "verb.support"


@lru_cache(maxsize=1)
def _inaction_charge() -> re.Pattern[str]:
    """ "… of sitting on", "… for failing to": the charge of an opposing verb, a few words on."""
    charges = words_pattern(load_stance_cues().inaction_charges)
    return re.compile(rf"[^.;:!?]{{0,100}}?\b(?:of|for)\s+(?:{charges})(?![\w'’])", re.I)


def _asks_to(text: str, m: re.Match[str]) -> bool:
    """Whether ``m`` ("asked") is the speaker's request: active, with "to" and a verb after."""
    if re.search(r"\b(?:was|were|been|being|is|are|be)\s+$", text[: m.start()], re.I):
        return False
    return bool(re.match(r"\W*(?:[\w’'-]+\s+){0,6}?to\s+[a-z]", text[m.end() :], re.I))


def _request_direction(cue: str, after: str) -> str | None:
    """A support cue's stance: "opposes" for a request to stop something ("called for the
    minister to block it"), None for a request to keep something as it is, else "supports"."""
    lexicon = load_stance_cues()
    cue = " ".join(cue.lower().split())
    if cue in lexicon.pledges:
        return _pledge_direction(after)
    if cue not in lexicon.requests:
        return "supports"
    if _every_side().match(after):
        return None  # "urged both sides to accept mediation": for no side
    m = _request_verb().match(after) or _subjunctive_request(after)
    if not m:
        return "supports"
    verb = " ".join(m.group("verb").lower().split())
    if verb == "let":  # "asked the mayor to let her rival answer": conduct, no side
        return None if _let_open().match(after, m.end()) else "supports"
    if verb in lexicon.open_verbs:
        return None  # "urged the court to decide …": for no side
    if verb in lexicon.keep_verbs or re.match(r"\s+[“\"‘']?[a-z]+ing\b", after[m.end() :], re.I):
        return None  # keeping, or "urged them to stop ignoring …" (against the ignoring)
    return "opposes"


def _pledge_direction(after: str) -> str | None:
    """A pledge is for what it promises, against it when it promises to stop or fight something
    ("pledged to scrap the levy", "vowed to keep fighting the results"). A pledge to spend is
    against what the money is spent against ("pledged to spend $5 million on advertising against
    her confirmation"), else for nothing plain (a person, a campaign)."""
    spend = _PLEDGE_TO_SPEND.match(after)
    if spend:
        return "opposes" if spend.group("against") else None
    if _NEGATED_PLEDGE.match(after):
        return "opposes"  # "vowed that the Senate will not hold hearings", "promised never to"
    m = _pledge_verb().match(after)
    if not m:
        return "supports"
    verb = " ".join(m.group("verb").lower().split())
    lexicon = load_stance_cues()
    return "opposes" if verb in lexicon.stop_verbs or verb in lexicon.self_opposes else "supports"


_PLEDGE_TO_SPEND = re.compile(r"\W*to\s+spend\b(?:[^.;:!?]{0,80}?\b(?P<against>against)\b)?", re.I)
# a pledge of what will not be done: "vowed (that) the Senate will not hold …", "promised not to"
_NEGATED_PLEDGE = re.compile(
    r"\W*(?:(?:not|never)\s+to\b|(?:that\s+)?(?:[\w’'.-]+\s+){1,6}?(?:will|would|shall)\s*"
    r"(?:not|never|n['’]t)\b|(?:that\s+)?(?:[\w’'.-]+\s+){1,6}?(?:won|wouldn)['’]t\b)",
    re.I,
)


@lru_cache(maxsize=1)
def _pledge_verb() -> re.Pattern[str]:
    c = load_stance_cues()
    verbs = words_pattern(c.stop_verbs + c.self_supports + c.self_opposes)
    return re.compile(
        rf"\W*(?:to\s+)?(?:(?:keep|continue)\s+(?:to\s+)?)?(?P<verb>{verbs})(?![\w'’])", re.I
    )


@lru_cache(maxsize=1)
def _request_verb() -> re.Pattern[str]:
    """ "… the council to scrap", '… them to "stop': the verb of a request's infinitive."""
    verbs = _request_verbs()
    return re.compile(  # the object may hold an abbreviation: "called on Mr. Y to …"
        rf"\W*(?:[\w’'.-]+\s+){{0,6}}?to\s+[“\"‘']?(?P<verb>{verbs})(?![\w'’])", re.I
    )


@lru_cache(maxsize=1)
def _request_verbs() -> str:
    lexicon = load_stance_cues()
    return words_pattern(lexicon.stop_verbs + lexicon.keep_verbs + lexicon.open_verbs + ("let",))


@lru_cache(maxsize=1)
def _subjunctive() -> re.Pattern[str]:
    """ "demanded (that) the minister release the advice": a bare verb after a short subject,
    with an object after it."""
    return re.compile(
        rf"\W*(?:that\s+)?(?P<np>(?:[\w’'-]+\s+){{1,5}}?)(?P<verb>{_request_verbs()})\s+"
        r"(?:the|a|an|its|their|his|her|this|these|those|all|any|our)\s",
        re.I,
    )


def _subjunctive_request(after: str) -> re.Match[str] | None:
    m = _subjunctive().match(after)
    if not m or _DETERMINER_BEFORE.search(m.group("np")):
        return None  # "called for the release of …": a noun, not a verb
    return m


@lru_cache(maxsize=1)
def _every_side() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{words_pattern(load_stance_cues().every_side)})\b", re.I)


@lru_cache(maxsize=1)
def _let_open() -> re.Pattern[str]:
    """ "let his opponent finish", "let residents decide": an open verb after a short object."""
    verbs = words_pattern(load_stance_cues().open_verbs)
    return re.compile(rf"\s+(?:[\w’'-]+\s+){{1,3}}?(?:{verbs})(?![\w'’])", re.I)


def _first_person_stances(text: str) -> Signals:
    lexicon = load_stance_cues()
    lists = _cue_lists("first_person")
    matches = longest_matches(text, lists)
    found = {(stance, "first_person") for stance, _ in matches}
    if found and longest_matches(text, _cue_lists("denials")):
        found = set()  # "We are not against the mine. We are against …": a narrower target
    if found and conceded(text, matches[0][1].end()):
        found = set()  # "I support more homes. Of course I do. But …": a concession
    lower = text.lower()
    if "think" not in lower and "believe" not in lower:
        return found
    judged = "first_person.judgement"
    for m in _first_person_judgement().finditer(text):
        if _CONDITION.search(text[_sentence_start(text, m.start()) : m.start()]):
            continue  # "if it's proven, … I don't think that's right": conditional
        right = " ".join(m.group("word").lower().split()) in lexicon.first_person_right
        if m.group("neg"):
            found |= {("opposes", judged)} if right else set()  # "don't think it's wrong"
        else:
            found.add(("supports" if right else "opposes", judged))
    return found


_CONDITION = re.compile(r"\b(?:if|unless|provided|whether)\b", re.I)


def _sentence_start(text: str, pos: int) -> int:
    ends = [text.rfind(mark, 0, pos) for mark in (". ", "! ", "? ", "[...]", "…")]
    return max([0, *(e + 1 for e in ends if e >= 0)])


@lru_cache(maxsize=1)
def _first_person_judgement() -> re.Pattern[str]:
    lexicon = load_stance_cues()
    words = words_pattern(lexicon.first_person_right + lexicon.first_person_wrong)
    return re.compile(
        r"(?<![\w'’])(?:i|we)\s+(?P<neg>(?:do|did|would|could)\s+not\s+|(?:don|didn|wouldn|couldn)"
        r"['’]t\s+|cannot\s+|can['’]t\s+)?(?:really\s+)?(?:think|believe)\s+(?:that\s+)?"
        r"(?:it|this|that)(?:['’]s|\s+is|\s+was|\s+(?:can|could|would|will)\s+be)\s+"
        rf"(?:(?:very|really|entirely|quite|at all)\s+)?(?P<word>{words})(?![\w'’])",
        re.I,
    )


def _self_stances(clause: str, ctx: Context | None = None, base: int = 0) -> Signals:
    """A reported clause stating the speaker's own stance: "he would keep backing the project"."""
    m = _SELF_SUBJECT.match(clause)
    if not m:
        return set()
    lexicon = load_stance_cues()
    lists = _cue_lists("self")
    rest = clause[m.end() :]
    if clause[m.end() - 1 : m.end()] in ("‘", "'"):  # "it was ‘delighted’": the closing mark
        rest = re.sub("[’']", '"', rest, count=1)  # is no apostrophe (one character for one)
    found = longest_at_start(rest, lists)
    if not found or preceded_by(clause[: m.end()], lexicon.voids):
        return set()  # "he could back the bill": hedged
    cue_end = m.end() + found[1].end()
    electoral = " ".join(found[1].group().lower().split()) in lexicon.electoral_verbs
    if electoral and ctx and object_names_a_person(ctx, clause[cue_end:], base + cue_end):
        return set()  # "she would vote for Nick": an electoral choice, not a policy
    stance, family = found[0], "self"
    if preceded_by(clause[: m.end()], lexicon.negations):
        stance = "opposes" if stance == "supports" else "unclear"
        family = "self.negated"
    if _NEGATED_OBJECT.match(clause[m.end() + found[1].end() :]):
        # against a thing without X is for X: "he will not approve a budget that does not fund
        # the wall", "she would fight any deal without a backstop"; for a thing without X: subtle
        return {("supports", "self.without")} if stance == "opposes" else set()
    return set() if stance == "unclear" else {(stance, family)}


def _policy_clause_stances(clause: str) -> Signals:
    """A clause about a policy and its effect or worth: "the expansion would help …",
    "the proposals risked “…”", "the wall was a crucial part of …"."""
    m = _policy_subject().match(clause)
    if not m:
        return _tagged("rendered", _rendered_stances(clause))
    lexicon = load_stance_cues()
    lists = _cue_lists("policy")
    found = longest_at_start(clause[m.end() :], lists) or _after_adjectives(clause, m)
    if not found or preceded_by(clause[: m.end()], lexicon.negations):
        return set()  # "the plan would not help": too subtle to call
    if m.group("stop"):  # "scrapping the limit would lift …": for its end, against the limit
        return {("opposes" if found[0] == "supports" else "supports", "policy_clause.stop")}
    return {(found[0], "policy_clause")}


_ADJECTIVES = re.compile(r"([a-z][\w-]*\s+)([a-z][\w-]*\s+)?")  # lowercase: no names
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:(?:very|so|deeply|truly|absolutely)\s+)?$", re.I)


def _after_adjectives(clause: str, m: re.Match[str]) -> tuple[str, re.Match[str]] | None:
    """A judgement noun after an article and one or two adjectives ("the plan was another
    federal intrusion", "the bill is a costly mistake"): only after an article, and only the
    nouns of ``policy_nouns_bad`` / ``policy_nouns_good``."""
    rest = clause[m.end() :]
    another = re.match(r"another\s+", rest, re.I)
    if another:
        rest = rest[another.end() :]
    elif not _ARTICLE_BEFORE.search(clause[: m.end()]):
        return None
    gap = _ADJECTIVES.match(rest)
    for end in (gap.end(1), gap.end(2)) if gap else ():
        found = longest_at_start(rest[end:], _cue_lists("policy_nouns")) if end > 0 else None
        if found:
            return found
    return None


def _rendered_stances(clause: str) -> set[str]:
    """What a clause says something makes of a policy: "the high costs render the project
    unrealistic", "the cuts make the scheme unworkable" (the judgement word right after it)."""
    low = clause[:_CUE_REACH * 2].lower()
    if "render" not in low and "make" not in low and "made" not in low:
        return set()  # cheap test first
    m = _rendered().search(clause[: _CUE_REACH * 2])
    if not m or preceded_by(clause[: m.start()], load_stance_cues().negations):
        return set()
    found = longest_at_start(clause[m.end() :], _cue_lists("policy"))
    return {found[0]} if found else set()


@lru_cache(maxsize=1)
def _rendered() -> re.Pattern[str]:
    nouns = words_pattern(load_stance_cues().policy_nouns)
    return re.compile(
        r"(?<![\w'’])(?:render|renders|rendered|rendering|make|makes|made|making)\s+"
        r"(?:the|this|that|these|those|its|their|his|her|our|(?:the\s+)?[\w’']+['’]s)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{nouns})\s+(?!(?:{nouns})(?![\w'’]))"  # "the tax plan": "plan"
        r"(?:(?:very|so|deeply|totally|entirely)\s+)?",
        re.I,
    )


def _verdict_stances(clause: str) -> set[str]:
    """A clause that finds its subject lawful or unlawful: "the prorogation was unlawful"."""
    if len(clause) < 8:
        return set()
    m = _verdict().match(clause)
    if not m or preceded_by(clause[: m.start("word")], load_stance_cues().negations):
        return set()
    found = longest_at_start(clause[m.start("word") :], _cue_lists("verdict"))
    return {found[0]} if found else set()


@lru_cache(maxsize=1)
def _verdict() -> re.Pattern[str]:
    c = load_stance_cues()
    words = words_pattern(c.verdict_supports + c.verdict_opposes)
    return re.compile(
        r"[\"“‘']?(?:[\w’'-]+\s+){1,5}?(?:is|was|are|were|had\s+been|has\s+been|have\s+been|"
        r"would\s+be|will\s+be)\s+(?:(?:both|also|clearly|plainly|therefore|thus|itself)\s+)?"
        rf"(?P<word>{words})(?![\w'’-])(?!\s+(?:to|for)\b)",
        re.I,
    )


@lru_cache(maxsize=8)
def _cue_lists(kind: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(stance, cues) pairs of one rule, built once: the same object on every call."""
    c = load_stance_cues()
    pairs = {
        "verbs": (c.supports + c.infinitive_requests, c.opposes),
        "first_person": (c.first_person_supports, c.first_person_opposes),
        "self": (c.self_supports, c.self_opposes),
        "policy": (_bare(c.policy_good), _bare(c.policy_bad)),
        "label": (c.label_supports, c.label_opposes),
        "judgement": (c.judgement_supports, c.judgement_opposes),
        "verdict": (c.verdict_supports, c.verdict_opposes),
        "policy_nouns": (c.policy_nouns_good, c.policy_nouns_bad),
        "denials": ((), c.first_person_denials),
    }[kind]
    return (("supports", pairs[0]), ("opposes", pairs[1]))


@lru_cache(maxsize=4)
def _bare(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases without a leading article (the subject pattern consumes it)."""
    return tuple(dict.fromkeys(re.sub(r"^(?:a|an|the)\s+", "", p) for p in phrases))


@lru_cache(maxsize=1)
def _policy_subject() -> re.Pattern[str]:
    cues = load_stance_cues()
    nouns = "|".join(sorted(cues.policy_nouns, key=len, reverse=True))
    stops = words_pattern(cues.stop_gerunds)
    return re.compile(
        rf"[\"“‘']?(?P<stop>(?:{stops})\s+)?"
        r"(?:the|this|that|these|those|its|their|his|her|our|(?:the\s+)?[\w’']+['’]s)\s+"
        rf"(?:[\w-]+\s+){{0,3}}(?:{nouns})\s+"
        r"(?:(?:in\s+its\s+(?:current|present|original)\s+form|as\s+(?:it\s+stands|drafted|written))"
        r"\s+)?"  # "the bill in its current form would …"
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
    lists = _cue_lists("label")
    found = longest_matches(text, lists)
    if any(preceded_by(text[: m.start()], lexicon.negations) for _, m in found):
        return set()  # "not a disaster": too subtle to call
    return {stance for stance, _ in found}


def _judgement_stances(text: str) -> set[str]:
    """Strong evaluative words of a direct quote ("a constitutional outrage"), none negated."""
    lexicon = load_stance_cues()
    lists = _cue_lists("judgement")
    found = longest_matches(text, lists)
    if any(preceded_by(text[: m.start()], lexicon.negations) for _, m in found):
        return set()
    # "The minister says it is a tax on farms dressed up as …": someone else's words
    return {stance for stance, m in found if not reports_another(text, m.start())}


def _evidence(ctx: Context, f: Found) -> str:
    sent = ctx.sentence_at(f.start)
    last = ctx.sentence_at(max(f.start, f.end - 1))
    text = " ".join(ctx.text[min(sent.start, f.start) : max(last.end, f.end)].split())
    return text if len(text) <= _EVIDENCE_LIMIT else text[: _EVIDENCE_LIMIT - 1].rstrip() + "…"
