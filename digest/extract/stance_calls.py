"""Calls and proposals: the speaker says what should be done, or that they will do it.

* A reported **call**: a clause that says what someone should do ("said the president should
  accept the outcome", "stated Britain must leave by that date"): for the thing called for;
  against it when the verb stops something ("the council should scrap the levy") or the call is
  negated ("ministers should not raise the tax"). A call to keep something as it is ("must be
  maintained") sets nothing: it is against the change under debate, or for the thing kept, and
  the words do not say which. A call that takes no side (``open_verbs``: "the courts should
  decide who holds the office", "it's time to come together", "… to put the anger behind us")
  sets nothing either. Conditions ("if the goal is peace, they should …") set nothing.
  In a direct quote, a sentence that starts with a call ("We must get Brexit done", "They need
  to stand by us") counts the same way; not "I must …" (the speaker's own duty) and not a
  modal inside a sentence ("we have never felt the need to …").
* In a direct quote, **"it is time to …"** is a call, with the same rules ("it's time to give the
  public the final say"; "it's time to do away with …" is against).
* A **proposal**: the speaker presents, introduces or implements a policy ("I will present a
  bill", "we proposed a bill in 2016", "he is to send a bill to congress", "we are going to
  implement these plans"): for it. In a direct quote the subject is "I" or "we"; in a reported
  clause, "he", "she", "they" or "it" (the speaker, as the cue's subject). Negated or hedged
  ("we will not introduce", "he might present") sets nothing.

The words are data: ``call_modals``, ``time_to``, ``stop_verbs``, ``keep_verbs``, ``open_verbs``,
``proposal_verbs`` and ``policy_nouns`` in ``digest/taxonomy/stances.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from digest.extract.stance_match import preceded_by, words_pattern
from digest.taxonomy import load_stance_cues

_NEGATED = r"(?:not|never|won['’]t|wouldn['’]t|don['’]t|didn['’]t|can['’]t|cannot|shan['’]t)"
_CONDITIONS = r"(?:if|when|unless|whether|while|although|though|once|until|as long as)"
_RELATIVE = r"(?:who|whom|whose|which|what|that)"  # "the people who should …" is no call
_NP_WORDS = 6  # words of the subject of a reported call
_CALL_REACH = 120  # characters of a clause its call's modal must start within
_GERUND = re.compile(r"\s+[a-z]+ing\b", re.I)
# "should have chosen", "must have known": a modal with a perfect is about the past (a reproach
# or a deduction), not a call; "should have a say" is a call
_REPROACH = re.compile(
    r"[“\"‘']?(?:have|['’]ve)\s+(?:(?:not|never)\s+)?[“\"‘']?(?:been|had|done|made|known|seen|said|"
    r"gone|taken|given|chosen|told|let|put|thought|kept|got|gotten|brought|[a-z]+ed)\b",
    re.I,
)
# "put the anger and the rhetoric behind us": an appeal to move on, for no side
_PUT_BEHIND = re.compile(r"[\s“\"‘']*put\s+(?:[\w’'-]+\s+){0,8}?behind\s+(?:us|them|you)\b", re.I)
_OBJECT_GAP = 4  # words between a proposal verb and its policy noun
_FIRST_PERSON = r"(?:i|we)(?:['’](?:ll|ve|m|re|d))?"
_REPORTED_SELF = r"(?:he|she|they|it)(?:['’](?:ll|d|s))?"
_AUXILIARIES = (
    r"(?:will|shall|would|am|are|is|was|were|have|has|had|do|did|also|now|soon|then|today|"
    r"going to|plan to|plans to|planned to|intend to|intends to|intended to|want to|wants to|"
    r"wanted to|hope to|hopes to|hoped to|would like to|is to|was to|are to|were to|be|"
    r"already|formally|officially|personally|shortly|next week|in the next \w+ days|"
    r"within the next \w+ days)"
)


def reported_call(clause: str) -> set[str]:
    """The stance of a reported clause that starts with a call ("the president should …")."""
    head = clause[:_CALL_REACH].lower()
    if not any(modal.split()[0] in head for modal in load_stance_cues().call_modals):
        return set()  # cheap test first: most clauses have no modal near their start
    m = _call_pattern().match(clause)
    if not m or _no_one_called().match(clause):
        return set()  # "neither party should …", "both sides should …": no side
    if _REPROACH.match(clause, m.end()):
        return set()  # "should have chosen his words …": a reproach about the past, no call
    return _direction(clause[m.end() :], negated=bool(m.group("neg")))


@lru_cache(maxsize=1)
def _no_one_called() -> re.Pattern[str]:
    """A call's subject that is nobody ("neither party", "no one") or every side ("both
    sides", "all parties")."""
    cues = load_stance_cues()
    subjects = words_pattern(cues.negative_subjects + cues.every_side)
    return re.compile(rf"[\"“‘']?(?:{subjects})(?![\w'’])", re.I)


def quoted_call(quote: str) -> set[str]:
    """A call that starts a sentence of a direct quote, its subject "we", "they", "you" or a
    short noun phrase ("We must get Brexit done", "They need to stand by us", "The council
    should scrap the levy"): read as a reported call. Not "I must …" (the speaker's own
    duty: "I must answer you directly"), not a call inside a sentence."""
    if not any(modal.split()[0] in quote.lower() for modal in load_stance_cues().call_modals):
        return set()
    found: set[str] = set()
    for sentence in _QUOTE_SENTENCE.split(quote):
        sentence = _BRACKETED_LETTER.sub(r"\1", sentence).strip(" \"“”‘’'[]")
        if sentence.endswith("?"):
            continue  # "Why should you?": a question, not a call
        if _quoted_call_start().match(sentence):
            found |= reported_call(sentence)
    return found


# "Nobody should be surprised", "Everyone must …": no one called on, a comment
_INDEFINITE = r"(?:Nobody|No one|Nothing|None|Everybody|Everyone|Anyone|Anybody|Somebody|Someone)"
_QUOTE_SENTENCE = re.compile(r"(?<=[.!?])\s+|\[\.\.\.\]|…")
_BRACKETED_LETTER = re.compile(r"\[(\w)\]")  # "[W]e must": the editor's capital


@lru_cache(maxsize=1)
def _quoted_call_start() -> re.Pattern[str]:
    modals = words_pattern(load_stance_cues().call_modals)
    return re.compile(
        r"(?:(?i:we|they|you)|(?i:the|this|that|our|their)\s+[\w-]+(?:\s+[\w-]+)?|"
        rf"(?!I\s|{_INDEFINITE}\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+"
        r"(?:(?:really|also|now|all|simply)\s+)?"
        rf"(?:{modals})\s",
    )


def time_to_call(quote: str) -> set[str]:
    """The stance of "it is time to …" in a direct quote, unless hedged or negated."""
    cues = load_stance_cues()
    found: set[str] = set()
    if "time" not in quote.lower():
        return found
    for m in re.finditer(rf"(?<![\w'’])(?:{words_pattern(cues.time_to)})\s+", quote, re.I):
        if preceded_by(quote[: m.start()], cues.voids + cues.negations):
            continue  # "maybe it is time", "it is not time to"
        found |= _direction(quote[m.end() :], negated=False)
    return found


def proposal(text: str, first_person: bool) -> set[str]:
    """"for" when the speaker presents, introduces or implements a policy (see the module
    docstring); ``first_person``: a direct quote ("I will present a bill"), else a reported
    clause that starts with the speaker's pronoun ("he is to send a bill")."""
    cues = load_stance_cues()
    pattern = _proposal_pattern(first_person)
    search = pattern.finditer(text) if first_person else filter(None, [pattern.match(text)])
    for m in search:
        if m.group("neg") or preceded_by(text[: m.start()], cues.voids):
            continue
        return {"supports"}
    return set()


def _direction(after: str, negated: bool) -> set[str]:
    """What a call is for, from the words after it: stop verbs oppose, keep verbs say nothing."""
    cues = load_stance_cues()
    m = _verb_after().match(after)
    word = " ".join(m.group("verb").lower().split()) if m else ""
    if m and _GERUND.match(after, m.end()):
        return set()  # "should stop waiting for …": against the waiting, for acting: too subtle
    if word in cues.keep_verbs or word in cues.open_verbs or _PUT_BEHIND.match(after):
        return set()
    if word:  # a stop verb: "should scrap", "must not scrap" (too subtle to call)
        return set() if negated else {"opposes"}
    return {"opposes"} if negated else {"supports"}


@lru_cache(maxsize=1)
def _verb_after() -> re.Pattern[str]:
    """A stop, keep or open verb starting the words after a call, active or passive ("scrap
    the levy", "be scrapped", "be maintained", "be kept", "decide", "be decided")."""
    cues = load_stance_cues()
    verbs = words_pattern(cues.stop_verbs + cues.keep_verbs + cues.open_verbs)
    return re.compile(
        rf"[\s“\"‘']*(?:be\s+)?(?P<verb>{verbs})(?:s|d|ed|n|ped|ted|ned)?(?![\w'’])", re.I
    )


@lru_cache(maxsize=1)
def _call_pattern() -> re.Pattern[str]:
    modals = words_pattern(load_stance_cues().call_modals)
    return re.compile(
        rf"[\"“‘']?(?!{_CONDITIONS}\b)(?:(?!{_RELATIVE}\b)[\w’'.-]+\s+){{1,{_NP_WORDS}}}?"
        rf"[“\"‘']?(?:{modals})\s+(?P<neg>(?:not|never|no longer)\s+)?(?:(?:also|now|only)\s+)?",
        re.I,
    )


@lru_cache(maxsize=2)
def _proposal_pattern(first_person: bool) -> re.Pattern[str]:
    cues = load_stance_cues()
    subject = _FIRST_PERSON if first_person else rf"[\"“‘']?{_REPORTED_SELF}"
    lead = r"(?<![\w'’])" if first_person else ""
    return re.compile(
        rf"{lead}{subject}\s+(?:{_AUXILIARIES}\s+){{0,4}}(?P<neg>(?:not|never|n['’]t)\s+)?"
        rf"(?:{_AUXILIARIES}\s+){{0,2}}(?:{words_pattern(cues.proposal_verbs)})\s+"
        rf"(?:[\w’'-]+\s+){{0,{_OBJECT_GAP}}}?(?:{words_pattern(cues.policy_nouns)})(?![\w'’])",
        re.I,
    )
