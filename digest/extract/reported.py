"""Reported speech: a cue verb and the clause it reports, with no quotation marks in it.

Patterns: "X said/argued/warned (that) CLAUSE", "X told reporters (that) CLAUSE", "..., citing
CLAUSE", "According to X, CLAUSE" and "CLAUSE, according to X", "The point that CLAUSE was made by
X", "CLAUSE, X noted." The text is the reported clause without "that" (as the gold annotates it).
A clause without "that" must show a finite verb early ("Bush said he was pleased"), so "announced
the measure" (an act, not a claim) is not reported speech.
"""

from __future__ import annotations

import re

from digest.extract import cues, documents
from digest.extract.attribution import (
    NONE,
    Context,
    Ref,
    sentence_subject,
    subject_after,
    subject_before,
)
from digest.extract.direct import _VERB_ALTS, Found, lead_in, skip_listener
from digest.extract.reported_adjuncts import clause_after_adjuncts
from digest.extract.reported_nominal import nominal_speech
from digest.extract.reported_orders import (
    INVERTED_CONTENT_VERBS,
    clause_start,
    content_before_cue,
    content_before_inverted_cue,
)
from digest.extract.reported_present import opens_with_subject, shows_present_verb
from digest.extract.sentences import READ_REACH, Sentence

_VERBISH = "|".join(sorted(cues.FINITE_MARKERS | cues.IRREGULAR_PAST))
_FINITE = re.compile(rf"\b(?:{_VERBISH})\b|\b\w{{3,}}ed\b", re.I)
_AUXILIARY = re.compile(r"\b(?:" + "|".join(sorted(cues.FINITE_MARKERS)) + r")\b", re.I)
_PAST_FORMS = "|".join(sorted(cues.IRREGULAR_PAST))
_SENTENCE_OPENERS = "|".join(sorted(w.capitalize() for w in cues.CAPITALISED_STOPWORDS))
_CLAUSE_STOP = re.compile(
    r",\s*(?:"
    + "|".join(sorted(cues.PARTICIPLES | cues.CLAUSE_END_PARTICIPLES))
    + r"|according to|but|and\s+this|while|which|who)\b|;|\s[—–]\s|[\"“”‘]|\.\s*$"
    # a full stop ends the clause, but not one of "the U.S. government" (an initial, lowercase on)
    + r"|\.(?=\s)(?!(?-i:(?<=\b[A-Z]\.)\s+[a-z]))"
    # nor the last stop of "U.N.", "F.B.I.", "a.m." before a lowercase word or a name of two
    # capitalised words ("set for 9 a.m. on Tuesday", "the U.N. Security Council would meet";
    # "came from the U.S. Nobody else …" and "the U.S. The White House …" end there)
    + rf"(?!(?-i:(?<=\.[A-Za-z]\.)\s+(?:[a-z]|(?!{_SENTENCE_OPENERS}\b)[A-Z][\w’'-]*\s+[A-Z])))"
    + "".join(rf"(?<!\b{a}\.)" for a in sorted(cues.NAME_ABBREVIATIONS))  # "Ms. Salcedo"
    + r"|,?\s+and\s+that\s"
    # "noted that A did not ratify it, and mentioned B": a second verb of the cue's subject
    + rf"|,\s+and\s+(?:(?:also|then|later)\s+)?(?-i:[a-z]{{3,}}ed|{_PAST_FORMS})\b",
    re.I,
)
_SECOND_THAT = re.compile(r",?\s+and\s+that\s+$", re.I)
_RELATIVE = re.compile(r",\s*(?:which|who)\b", re.I)
# "said no" / "said yes to the plan" answer; "insisting no decision had been taken" reports
_ANSWER = r"(?:yes|no)\b(?!\s+[a-z]{3,}(?<!\bto))"
_NOT_A_CLAUSE = re.compile(
    rf"^\s*(?:,|:|to\b|so\b|nothing\b|it\b\s*[.,]|{_ANSWER}|\W*$|x)", re.I
)
_NOT_AN_OBJECT = re.compile(rf"^\s*(?:,|:|so\b|nothing\b|it\b\s*[.,]|{_ANSWER}|\W*$|x)", re.I)
_NP = r"[^,]{2,100}?"
_ACCORDING_FIRST = re.compile(
    r"\b(?:[Aa]ccording to|[Ii]n the (?:view|opinion|analysis|assessment|words) of)\s+"
    rf"(?P<np>{_NP})(?:,\s+(?:which|who)\s[^,]{{2,100}})?,\s+"
    r"(?P<clause>[^\"“”]+?)\s*[.;]?\s*$"
)
_ACCORDING_LAST = re.compile(
    rf"^(?P<clause>[^\"“”]{{10,}}?),?\s+according to\s+(?P<np>{_NP})"
    # "…, according to X, the U.S. Attorney for …" / "…, who said …": X's apposition
    r"(?:,\s+(?:who|which|the|a|an)\s[^\"“”,]{2,100})?\s*\.?\s*$"
)
_AFTER_QUOTATION = re.compile(r"[\"”’]\s*,?\s*$")
_ACCORDING_WHICH = re.compile(r",\s+according to which\s+(?P<clause>[^\"“”]+?)\s*[.;]?\s*$")
_POINT_MADE = re.compile(
    r"\b[Tt]he\s+(?:point|argument|claim|case|suggestion|view|idea)\s+that\s+(?P<clause>[^\"“”]+?)\s+"
    r"(?:was|were|is|has been)\s+(?:made|put forward|raised|echoed|argued)\s+by\s+"
    r"(?P<np>[^,.;]{2,80})"
)
# "CLAUSE, X said.": X a pronoun, a lowercase head ("the minister"), a name, or an unnamed group
# ("three people familiar with the matter", "two of the sources"); after the verb only adjuncts.
_UNNAMED_GROUP = (
    rf"(?:{'|'.join(sorted(cues.QUANTIFIERS | {'one', 'both'}))})\s+(?:of\s+(?:the|them|those)\s+)?"
    rf"(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(sorted(cues.UNNAMED_HEADS))})"
    r"(?:\s+(?:familiar|close|with|knowledge|of|to|the|matter|talks|briefed|on|situation)){0,5}"
)
_THEN_CUE_VERBS = (
    "said|says|added|adds|noted|argued|warned|explained|insisted|reported|wrote|claimed|revealed"
    "|confirmed|stated|acknowledged|conceded|predicted|suggested|cautioned|estimated|believes"
    "|show|shows|showed"  # "…, records show."
)
_THEN_CUE_WORDS = tuple(_THEN_CUE_VERBS.split("|"))
_THEN_CUE_TAIL = 60  # the verb, then at most 40 characters of adjuncts and the full stop
_CLAUSE_THEN_CUE = re.compile(
    r"^(?P<clause>[^\"“”]{15,}?),\s+(?!(?:and|but|or|yet|who|which)\s)"
    rf"(?P<np>{_UNNAMED_GROUP}|he|she|they|(?:the\s+)?[a-z]+|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}"
    r"|(?:[A-Z][\w’'.-]*\s+){1,2}[a-z]+s"  # "German officials", "Senate aides"
    r"|(?:a|an|the)\s+(?:[a-z]+\s+){1,2}[a-z]+)\s+"  # "a new poll shows", "the latest polls"
    rf"(?P<verb>{_THEN_CUE_VERBS})\b[^,.\"“”]{{0,40}}\.?\s*$"
)
_MIN_WORDS = 3
_AFTER_AN_OBJECT = cues.TIME_WORDS | cues.PREPOSITIONS | cues.words("again too twice before")
_NOT_PREPOSITIONAL = frozenset(["at least", "at most", "more than", "less than", "in fact"])
_OBJECT = "|".join(cues.OBJECT_CUES)
_REQUEST = "|".join(cues.REQUEST_CUES)
_BELIEF = "|".join(sorted(cues.BELIEF_VERBS, key=len, reverse=True))
_CUE = re.compile(
    rf"(?<![-\w])(?:(?P<request>{_REQUEST})|(?P<object>{_OBJECT})|{'|'.join(cues.SAY_PHRASES)}|{_VERB_ALTS}"
    rf"|{_BELIEF})(?![-\w])"
)
_TO_VERB = re.compile(r"\s*(to)\s+(?=[a-z])")
_INFINITIVE_END = re.compile(r",\s+(?:and|but)\s")
# "to" and a verb: "invited residents to a meeting" asks no one to do anything. Words are
# separated by a space each ("\s+"): "\s*" would let a word split in every way and backtrack.
_REQUEST_TO = re.compile(
    r"(?:\s+[\w’'.-]+){0,8}?\s+to\s+"
    r"(?!(?:a|an|the|his|her|their|its|our|my|your|this|these|those|them|him|me|us)\b)[a-z]"
)
_AND_ACT = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:he|she|they|it|we)\s+)?(?:(?:also|then|later)\s+)?$"
)
_CUT_AT_CUE = re.compile(
    # "but" with a word between ("but declined to say", "but critics said"); a bare "but
    # feared that" goes on in the same clause ("it welcomed A but feared that B")
    r",\s+and\s+(?:(?:also|then|later)\s+)?$|\s+and\s+(?:[\w’'-]+\s+){0,3}$"
    r"|\s+but\s+(?:[\w’'-]+\s+){1,3}$|\s*(?:[:;]|\s[—–])\s+(?:[\w’'-]+\s+){1,3}$"
)
_AND_NEW_SUBJECT = re.compile(
    r",\s+(?:and|but|while)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}$"
)
_CUT_REACH = 150  # the words that cut a clause before a new cue are a few words long
_MAX_CUES_IN_CLAUSE = 12
_PAST = "|".join(sorted(cues.IRREGULAR_PAST))
_COORDINATED_ACT = re.compile(rf"\s+and\s+(?:\w+ed|{_PAST})\b")
_PLURAL_SUBJECT = re.compile(r"(?:\b(?:they|we|also)|\w+s|\w+ly)\s+$", re.I)


def _clause(
    ctx: Context, start: int, end: int, needs_finite: bool, min_words: int = _MIN_WORDS
) -> tuple[int, int] | None:
    """The reported clause starting at ``start``: up to the sentence end or a new cue."""
    end = min(end, start + READ_REACH)
    rest = ctx.aside[start:end]
    if (_NOT_A_CLAUSE if needs_finite else _NOT_AN_OBJECT).match(rest):
        return None
    skip, has_that = lead_in(rest)
    a = start + skip
    b = _clause_end(ctx, a, end)
    while b > a and ctx.text[b - 1] in " ,.;:":
        b -= 1
    words = ctx.text[a:b].split()
    if (
        words
        and words[0].lower() in cues.PREPOSITIONS
        and not has_that
        and " ".join(words[:2]).lower() not in _NOT_PREPOSITIONAL
    ) or ctx.aside[
        b : b + 3
    ].lstrip().startswith(":"):
        return None  # "writing in the Mirror ...", "... because: “...”" (the quote's lead-in)
    if len(words) < min_words or any(c in ctx.text[a:b] for c in '"“”'):
        return None
    if needs_finite and not has_that and not _shows_a_verb(words):
        return None
    if not has_that and words[0].lower() == "it" and words[1].lower() in _AFTER_AN_OBJECT:
        return None  # "said it again on Tuesday": an object and its adjuncts, no clause
    return a, b


def _shows_a_verb(words: list[str]) -> bool:
    """ "said he was pleased", "said the family left": a clause, not "announced the measure"."""
    if words[0].lower() in ("he", "she", "they", "it", "we", "i"):
        return True
    return bool(_FINITE.search(" ".join(words[:8])) or _AUXILIARY.search(" ".join(words[:14])))


def _clause_end(ctx: Context, a: int, end: int) -> int:
    """Where the clause stops. A relative clause right after the clause's subject is part of it
    ("that the project, which involves three countries, is open"): the subject has no verb yet."""
    pos = a
    while True:
        stop = _CLAUSE_STOP.search(ctx.aside, pos, end)
        if not stop:
            return _before_next_cue(ctx, a, end)
        b = stop.start()
        head = ctx.text[a:b].split()
        if _RELATIVE.match(ctx.aside, b) and 0 < len(head) <= 5 and not _shows_a_verb(head):
            close = ctx.aside.find(",", stop.end(), end)
            if close > 0:
                pos = close
                continue
        return _before_next_cue(ctx, a, b)


def _before_next_cue(ctx: Context, a: int, b: int) -> int:
    """ "said people changed their minds and several said …": a new speaker ends the clause."""
    for n, cue in enumerate(_CUE.finditer(ctx.aside, a, b)):
        if n == _MAX_CUES_IN_CLAUSE:
            break  # not prose ("said said said …"): reading on would cost a search per word
        new_voice = _AND_NEW_SUBJECT.search(ctx.aside, max(a, cue.start() - 60), cue.start())
        if new_voice and new_voice.start() > a:
            return new_voice.start()  # "…, and the US statement spoke of …": a new speaker's
        if cue.group("object") or cue.group("request"):
            act = _AND_ACT.search(ctx.aside, max(a, cue.start() - 24), cue.start())
            if act and _shows_a_verb(ctx.text[a : act.start()].split() or ["-"]):
                return act.start()  # "said A and called for B", "warns that A, and she accuses"
            continue
        cut = _CUT_AT_CUE.search(ctx.aside, max(a, cue.start() - _CUT_REACH), cue.start())
        if cut and _shows_a_verb(ctx.text[a : cut.start()].split() or ["-"]):
            return cut.start()  # only after a whole clause: not "2nd and 3rd generation … said"
    return b


# Object cues whose object is a claim even in two words ("alleged Iranian involvement", "cited
# security concerns", "called for younger leadership"); "proposed a bill", "condemned the
# attack" are acts or stances.
_CLAIM_CUE = re.compile(
    r"(?:alleg|cit|claim|demand|den)[a-z]*|call(?:s|ed|ing)? for|warn(?:s|ed|ing)? (?:of|against)",
    re.I,
)


def _cue_start(ctx: Context, end: int) -> int:
    """Where the cue that ends at ``end`` starts (its last one or two words)."""
    a = ctx.aside.rfind(" ", max(0, end - 30), end) + 1
    b = ctx.aside.rfind(" ", max(0, end - 30), max(0, a - 1)) + 1
    two = ctx.aside[b:end].lower()
    return b if b and two.split()[0] in ("call", "calls", "called", "calling", "warn", "warns",
                                         "warned", "warning") else a


_FINITE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|has|have|had|with|without)\b(?P<gap>[^,;]*)$", re.I
)


def reduced_relative(ctx: Context, floor: int, verb_start: int, verb: str) -> bool:
    """ "a joint effort intended to connect …", "with sales expected to cover …": a past
    participle after its noun, inside a clause whose verb came before, is no one's plan."""
    if not verb.endswith("ed"):
        return False
    m = _FINITE_BEFORE.search(ctx.aside, max(floor, verb_start - 80), verb_start)
    return bool(m) and bool(m["gap"].strip())  # "has planned to": the auxiliary is the verb's


def _object(ctx: Context, start: int, end: int, request: bool) -> tuple[int, int] | None:
    """The object of a speech act, to the clause's end or a coordinated act ("and spoke with")."""
    if request and not _REQUEST_TO.match(ctx.aside, start, end):
        return None
    to = _TO_VERB.match(ctx.aside, start, end)  # "expects to award …": the text keeps its "to"
    if to and reduced_relative(ctx, max(0, start - 120), _cue_start(ctx, start), ctx.aside[
        _cue_start(ctx, start) : start
    ].strip().lower()):
        return None  # "with market sales expected to cover …"
    shortest = 2 if _CLAIM_CUE.fullmatch(ctx.aside, _cue_start(ctx, start), start) else _MIN_WORDS
    span = _clause(ctx, to.end() if to else start, end, needs_finite=False, min_words=shortest)
    if span and to:  # an infinitive does not go on over ", and …"
        cut = _INFINITIVE_END.search(ctx.aside, span[0], span[1])
        span = (to.start(1), cut.start() if cut else span[1])
    if not span:
        return None
    act = _COORDINATED_ACT.search(ctx.aside, span[0], span[1])
    b = act.start() if act else span[1]
    return (span[0], b) if len(ctx.text[span[0] : b].split()) >= 2 else None


_SAY_FORMS = frozenset(["say", "said", "says", "tell", "told"])
_NOT_SAYING = re.compile(r"(?:\bnot|n[’']t|\b(?:declined|refused|wouldn[’']t)\s+to|\bto)\s*$", re.I)
_WH_NEXT = re.compile(
    r"\s+(?:(?:reporters|journalists|him|her|them|us)\s+)?"
    r"(?:which|what|when|whether|who|whom|how|if|where|why)\b",
    re.I,
)


_ANONYMITY = re.compile(
    r"\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|for\s+anonymity"
    r"|that\s+(?:his|her|their)\s+names?\s+not)\b"
)


# Say forms that are also plural nouns, and the words that make them nouns.
_PLURAL_NOUN_FORMS = frozenset(["fears", "hopes", "estimates", "claims", "demands", "warnings"])
_NOUN_BEFORE = cues.PREPOSITIONS | cues.words("""
    amid growing raised dashed renewed new widespread deep public private such no any
    """)


_POSSESSIVE = re.compile(r"(?<!\b[Hh]e)(?<!\b[Ss]he)(?<!\b[Ii]t)\w[’']s$|s[’']$")
_PROGRESSIVE = frozenset(["is", "are", "was", "were", "be", "been"])


def _not_a_speech_act(ctx: Context, sent: Sentence, cue: re.Match) -> bool:
    """ "was questioned by", "the alleged attack", "a report": passive, adjective or noun."""
    before = ctx.aside[max(sent.start, cue.start() - 30) : cue.start()]
    words = before.split()
    verb = cue.group().lower()
    if cue.group("request") and _ANONYMITY.match(ctx.aside, cue.end()):
        return True  # "who asked not to be named": the formula of an unnamed source, no request
    if words and words[-1].lower() in cues.NOT_ACTIVE_BEFORE and not (
        verb.split()[0].endswith("ing") and words[-1].lower() in _PROGRESSIVE
    ):  # "was urged to" is a passive, "has been urging" and "are warning that" are active
        return True
    if verb in _PLURAL_NOUN_FORMS and words and words[-1].lower() in _NOUN_BEFORE:
        return True  # "amid fears that …", "growing hopes that …": a noun
    if verb in cues.BELIEF_VERBS and words and _POSSESSIVE.search(words[-1]):
        return True  # "the council's fear that …": a noun
    after = ctx.aside[cue.end() : cue.end() + 30]
    if (
        verb in cues.INVERTED_VERBS
        and _AFTER_QUOTATION.search(before)
        and not re.match(r"\s+that\b", after)
    ):
        return True  # "“…,” said X, a campaigner at …": the speaker follows, not a clause
    if verb in ("think", "thinks") and re.match(r"\s+tanks?\b", after):
        return True  # "the think tank Ekklesia": a noun
    if verb in ("states", "state") and not re.match(r"\s+that\b", after):
        return True  # "member states have not …": a noun; the verb takes "that"
    if verb in _SAY_FORMS and _NOT_SAYING.search(before) and _WH_NEXT.match(after):
        return True  # "declined to say which …", "did not say whether …": no statement
    if verb == "report":
        return not _PLURAL_SUBJECT.search(before)
    if verb in cues.ACTS_ON_PEOPLE:
        after = ctx.aside[cue.end() : cue.end() + 40]
        people = [m for m in ctx.cast.in_range(cue.end(), cue.end() + 40) if m.kind == "person"]
        next_is_person = bool(people) and not ctx.aside[cue.end() : people[0].start].strip()
        return next_is_person or bool(re.match(r"\s+(?:him|her|them|me|us)\b", after))
    return False


_TIME_THEN_COMMA = re.compile(
    rf"\s*(?:on\s+|last\s+)?(?:{'|'.join(sorted(cues.MONTHS_DAYS | cues.TIME_WORDS))})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*[a-z]+ing\b",
    re.I,
)


def _span_of(ctx: Context, sent: Sentence, cue: re.Match) -> tuple[int, int] | None:
    verb = cue.group().lower()
    after = cue.end()
    if cue.group("request") or cue.group("object"):
        span = _object(ctx, after, sent.end, request=bool(cue.group("request")))
        if span is None and verb in cues.SAY_VERBS:  # "asked whether the council had …"
            return _clause(ctx, after, sent.end, needs_finite=True)
        return span
    if verb in cues.LISTENER_VERBS:
        after = skip_listener(ctx.aside, after, sent.end)
    if _TIME_THEN_COMMA.match(ctx.aside, after, sent.end):
        return None  # "…, the department said Monday, handing …": a time, then a participle
    opens = clause_after_adjuncts(ctx.aside, after, sent.end)
    if opens is not None:  # "said at a news conference on Tuesday the budget would be cut"
        span = _clause(ctx, opens, sent.end, needs_finite=True)
        if span:
            return span
    aside = _COMMA_ADJUNCT_THAT.match(ctx.aside, after, sent.end)
    if aside:  # "claimed, without evidence, that …": the adjunct between commas is no clause
        after = aside.end()
    span = _clause(ctx, after, sent.end, needs_finite=True)
    if span is None and verb in _PRESENT_SAY:
        span = _present_clause(ctx, after, sent.end)
    if span is None and verb in _PRESENT_CLAIM:  # "says the plan costs too much"
        span = _determined_present_clause(ctx, after, sent.end)
    return span


_COMMA_ADJUNCT_THAT = re.compile(r"\s*,\s*[^,;:.!?\"“”]{2,60}?,\s*(?=that\s)")
_PRESENT_CLAIM = cues.words("""
    say says said
    argue argues argued claim claims claimed insist insists insisted contend contends contended
    believe believes believed note notes noted maintain maintains maintained suggest suggests
    suggested warn warns warned add adds added acknowledge acknowledges acknowledged concede
    concedes conceded predict predicts predicted""")


def _determined_present_clause(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    first = ctx.aside[start : min(end, start + 24)].split(None, 1)
    if not first or not opens_with_subject(first[0]) or first[0].lower() in cues.MONTHS_DAYS:
        return None
    span = _clause(ctx, start, end, needs_finite=False)
    words = ctx.text[span[0] : span[1]].split() if span else []
    return span if len(words) >= 4 and shows_present_verb(words) else None


# "Political scientists say spouses rarely move votes": after "say" a clause in the present
# tense shows no auxiliary or past form; "say" takes few objects that are not clauses.
_PRESENT_SAY = frozenset(["say", "says", "said"])
_SAY_OBJECTS = cues.words("""
    a an the this that these those his her their its my our your what something anything
    everything nothing little much more less goodbye hello thanks sorry grace mass prayers
    prayer yes no so why how when where whether if which who very too
    """)


_NO_PRESENT_START = _SAY_OBJECTS | cues.PREPOSITIONS | cues.TIME_WORDS | cues.MONTHS_DAYS


def _present_clause(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    first = ctx.aside[start : min(end, start + 24)].split(None, 1)
    if not first or not first[0][:1].isalpha() or first[0].lower() in _NO_PRESENT_START:
        return None  # most say cues here end a quotation ("…,” he said.") or take an adjunct
    span = _clause(ctx, start, end, needs_finite=False)
    if not span:
        return None
    words = ctx.text[span[0] : span[1]].lower().split()
    if len(words) < 4 or words[0] in _SAY_OBJECTS or words[0] in cues.PREPOSITIONS:
        return None
    return span


def _speaker_of(ctx: Context, sent: Sentence, cue: re.Match) -> Ref:
    """The subject of the cue: a participle ("…, saying", "by citing") hangs on the sentence's."""
    if _participle(ctx, sent, cue):
        return sentence_subject(ctx, sent.start, cue.start())
    progressive = _PROGRESSIVE_BEFORE.search(ctx.aside, max(sent.start, cue.start() - 40),
                                             cue.start())
    return subject_before(ctx, sent.start, progressive.start() if progressive else cue.start())


_PROGRESSIVE_BEFORE = re.compile(
    r"(?<!\S)(?:(?:has|have|had|will|would|may|might|could)\s+)?(?:is|are|was|were|be|been)\s+$"
)


def _participle(ctx: Context, sent: Sentence, cue: re.Match) -> bool:
    """An -ing cue hangs on the sentence's subject, unless it is a progressive verb of its own
    ("Reed is calling for …", "the unions have been urging …")."""
    verb = cue.group().lower()
    if " " in verb and verb.split()[0].endswith("ing"):  # "speaking of", "calling for"
        return bool(_PHRASE_PARTICIPLE_AFTER.search(ctx.aside, max(sent.start, cue.start() - 30),
                                                    cue.start()))
    return verb.endswith("ing") and not _PROGRESSIVE_BEFORE.search(
        ctx.aside, max(sent.start, cue.start() - 6), cue.start()
    )


# A two-word -ing cue hangs on the subject after a comma, "by" or a document of the subject's
# ("…, calling for", "by pointing out", "issued statements speaking of"); after another noun
# ("tabled a motion calling for") it is that noun's, not a speech act of the subject's.
_PHRASE_PARTICIPLE_AFTER = re.compile(
    rf",\s*$|\bby\s+$|\b(?:{'|'.join(sorted(documents.DOCUMENT_NOUNS))})s?\s+$", re.I
)


_AND_BEFORE = re.compile(r"[^\s,]\s*,?\s+and\s+(?:(?:also|then|later)\s+)?$")


def _far_subject(ctx: Context, cue: re.Match, ref: Ref) -> bool:
    """An object cue is a verb of its subject only close to it: in "Lam announced that … would
    extradite accused criminals" the subject found is another verb's."""
    if not (cue.group("object") or cue.group("request")) or cue.group().lower().endswith("ing"):
        return False
    if _AND_BEFORE.search(ctx.aside, max(0, cue.start() - 60), cue.start()):
        return False  # "X accused A of B, and urged C to D": the second verb is X's as well
    between = _APPOSITION.sub(" ", ctx.aside[ref.pos : cue.start()])  # "X, who leads …, accused"
    return ref.kind in ("person", "org") and len(between.split()) > 8


_APPOSITION = re.compile(r",(?:[^,;]|(?<=\d),(?=\d)){1,120},\s*$")  # "2,800 workers" inside


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:for|of|from|about|without|against)\s+$", re.I
)


def _gerund(ctx: Context, cue: re.Match) -> bool:
    """ "blame him for encouraging farmers to …": an -ing cue after a preposition is a gerund
    inside someone else's claim, no speech act of the sentence's subject."""
    return cue.group().lower().endswith("ing") and bool(
        _PREPOSITION_BEFORE.search(ctx.aside, max(0, cue.start() - 12), cue.start())
    )


def _issuer_of_document(ctx: Context, sent: Sentence, cue: re.Match, ref: Ref) -> Ref:
    """ "Another report from the Interior Ministry said …": the body that issued the report
    speaks, when the sentence opens on the document and the subject found is no one named."""
    if ref.kind not in ("none", "unnamed"):
        return ref
    author = documents.author_after(ctx.aside, clause_start(ctx, sent.start), cue.start())
    if author is None:
        return ref
    issuer = subject_after(ctx, author, cue.start())
    return issuer if issuer.kind in ("person", "org") else ref


_RELATIVE_CUE = re.compile(r",\s+who\s+(?:(?:also|had|has|have|later|once)\s+)?$")
_RELATIVE_CLOSE = re.compile(
    rf",\s+(?:(?:also|then|later)\s+)?(?:(?-i:[a-z]{{3,}}ed)|{_PAST_FORMS}|has|had|is|was|will|would"
    r"|says|said)\b"
)


def _inside_relative(ctx: Context, cue: re.Match, span: tuple[int, int]) -> tuple[int, int]:
    """ "Ann Reed, who said the plan was unfair, voted against it": the clause ends where the
    relative does, at the comma before the main clause's verb."""
    if not _RELATIVE_CUE.search(ctx.aside, max(0, cue.start() - 20), cue.start()):
        return span
    close = _RELATIVE_CLOSE.search(ctx.aside, span[0], span[1])
    return (span[0], close.start()) if close and close.start() > span[0] else span


_SECOND_VERB = re.compile(r",\s+and\s+(?:(?:also|then|later)\s+)?")
_COORDINATED_CUE = re.compile(r"[^\s,]\s*,?\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?$")


def _from_cues(ctx: Context, sent: Sentence) -> list[Found]:
    out = []
    first = -1  # where the sentence's first cue is: its subject goes on in "… but said"
    for cue in _CUE.finditer(ctx.aside, sent.start, sent.end):
        first = cue.start() if first < 0 else first
        verb = cue.group().lower()
        plain = not (cue.group("object") or cue.group("request"))
        if (
            verb in cues.LABEL_VERBS | cues.FRAGMENT_VERBS
            or (plain and verb in cues.OBJECT_QUOTE_VERBS)  # "extradite accused smugglers"
            or _not_a_speech_act(ctx, sent, cue)
            or _gerund(ctx, cue)
        ):
            continue
        if verb in INVERTED_CONTENT_VERBS:  # "CLAUSE, said X, a lawmaker from Ohio."
            inverted = content_before_inverted_cue(
                ctx, sent, cue.start(), cue.end(), _shows_a_verb
            )
            if inverted:
                a, b, ref = inverted
                out.append(Found("indirect", a, b, cue.group(), ref, "content-first", 0.8,
                                 cue.start()))
                continue
        span = _span_of(ctx, sent, cue)
        if not span:
            if plain and verb in cues.SAY_VERBS:  # "A, X said, B", "CLAUSE, X told a …"
                before = content_before_cue(ctx, sent, cue.start(), cue.end(), _shows_a_verb)
                if before:
                    a, b, ref = before
                    out.append(Found("indirect", a, b, cue.group(), ref, "content-first", 0.8,
                                     cue.start()))
            continue
        ref = _issuer_of_document(ctx, sent, cue, _speaker_of(ctx, sent, cue))
        if out and _SECOND_VERB.fullmatch(ctx.aside, out[-1].end, cue.start()):
            ref = out[-1].ref  # "noted that A, and mentioned B": the subject of the first cue
        if (
            ref is NONE
            and first < cue.start()
            and _COORDINATED_CUE.search(ctx.aside, max(sent.start, cue.start() - 20), cue.start())
        ):  # "Consumer groups welcomed the vote but said …": the groups said it
            ref = subject_before(ctx, sent.start, first)
        if ref is NONE and not _participle(ctx, sent, cue):
            continue  # no subject: maybe no speech act at all ("…, saying" is one, unnamed)
        if _far_subject(ctx, cue, ref):
            continue
        cue_text = ctx.text[cue.start() : cue.end()]
        span = _inside_relative(ctx, cue, span)
        for a, b in _coordinated(ctx, span, sent.end):
            out.append(Found("indirect", a, b, cue_text, ref, "reported", 0.85, cue.start()))
    return out


# "said A “…” and that B": the clause stopped at the quotation (a direct quote's); the second
# "that" after it starts a reported clause without quotation marks.
_AND_THAT = re.compile(r",?\s+and\s+that\s+", re.I)
_QUOTED_THEN_THAT = re.compile(
    r"\s*(?:[“\"][^“”\"]*[”\"]|[‘'][^‘’']*[’'])[^.;:!?“”\"‘’]{0,80}?,?\s+and\s+that\s+", re.I
)


def _coordinated(ctx: Context, span: tuple[int, int], end: int) -> list[tuple[int, int]]:
    """ "noted that A, and that B": a second "that" starts a second reported clause."""
    spans = [span]
    while True:
        b = spans[-1][1]
        m = _AND_THAT.match(ctx.aside, b, min(end, b + 14))
        m = m or _QUOTED_THEN_THAT.match(ctx.aside, b, end)
        nxt = _clause(ctx, m.end(), end, needs_finite=False) if m else None
        if not nxt:
            return spans
        spans.append(nxt)


def _trimmed(ctx: Context, a: int, b: int) -> tuple[int, int]:
    while a < b and ctx.text[a] in " ,":
        a += 1
    while b > a and ctx.text[b - 1] in " ,.;:":
        b -= 1
    return a, b


_VIEW_OF = ("view of", "opinion of", "analysis of", "assessment of", "words of")


def _patterns_in(text: str) -> list[tuple[re.Pattern, str]]:
    """The patterns a sentence can match, by a substring test first: most sentences hold no
    "according to" and no "was made by", and the regexes are dear to run on every sentence."""
    out = []
    according = "ccording" in text
    if according or any(v in text for v in _VIEW_OF):
        out.append((_ACCORDING_FIRST, "according to"))
    if according:
        out.append((_ACCORDING_LAST, "according to"))
    if " by" in text and "that" in text:
        out.append((_POINT_MADE, "made by"))
    return out


_WRITERS_COMMENT = re.compile(
    r",\s*(?:" + "|".join(sorted(cues.CLAUSE_END_PARTICIPLES)) + r")\b", re.I
)
_ENDS_ON_CONJUNCTION = re.compile(r"\s(?:and|but|or)$")


def _from_patterns(ctx: Context, sent: Sentence) -> list[Found]:
    out = []
    text = ctx.aside[sent.start : sent.end]
    for pattern, cue in _patterns_in(text):
        m = pattern.search(text)
        if pattern is _ACCORDING_FIRST and m and _ACCORDING_LAST.match(text):
            continue  # "CLAUSE, according to X, the U.S. Attorney": X's apposition, no clause
        if not m or (pattern is _ACCORDING_FIRST and _AFTER_QUOTATION.search(text, 0, m.start())):
            continue  # "“…,” according to X, an adviser": X's quotation, not a reported clause
        ref = subject_after(ctx, sent.start + m.start("np"), sent.start + m.end("np"))
        a, b = _trimmed(ctx, sent.start + m.start("clause"), sent.start + m.end("clause"))
        if pattern is _ACCORDING_FIRST:  # the clause stops where another speaker's starts,
            comment = _WRITERS_COMMENT.search(ctx.aside, a, b)  # or the writer's ", meaning …"
            b = _trimmed(ctx, a, _before_next_cue(ctx, a, comment.start() if comment else b))[1]
        elif _ENDS_ON_CONJUNCTION.search(ctx.aside, a, b):
            continue  # "A and according to X B": no clause before "according to"
        if len(ctx.text[a:b].split()) >= _MIN_WORDS and ref.kind != "none":
            out.append(Found("indirect", a, b, cue, ref, "pattern", 0.8, sent.start + m.start()))
    tail = text.rstrip()[-_THEN_CUE_TAIL:]  # the cue ends the sentence: look there first
    m = _CLAUSE_THEN_CUE.match(text) if any(v in tail for v in _THEN_CUE_WORDS) else None
    if m and (_intro_not_content(text, m) or _not_a_then_cue(m)):
        m = None  # "Later that week, he said the closure …": the clause is the verb's object
    if m:
        ref: Ref = subject_before(ctx, sent.start + m.start("np"), sent.start + m.start("verb"))
        a, b = _trimmed(ctx, sent.start + m.start("clause"), sent.start + m.end("clause"))
        a = clause_start(ctx, a)  # no dateline, no opening "But"
        out.append(
            Found(
                "indirect",
                a,
                b,
                m.group("verb"),
                ref,
                "clause-then-cue",
                0.8,
                sent.start + m.start("verb"),
            )
        )
    return out


def _not_a_then_cue(m: re.Match) -> bool:
    """ "X, the nominee, has said that …": the "subject" is an auxiliary and "that" opens the
    verb's own clause; the words before are the subject's apposition, not what was said."""
    return m["np"].lower() in cues.FINITE_MARKERS or bool(
        re.match(r"\s+that\b", m.string[m.end("verb") :])
    )


def _intro_not_content(text: str, m: re.Match) -> bool:
    """ "CLAUSE, X said …" where the words after the verb are a clause of their own ("said the
    closure would mean …") and CLAUSE shows no verb ("Later that week", "Speaking in Leeds",
    "On March 5, 2019"): an opening adverbial, not what was said."""
    after = text[m.end("verb") :].split()
    clause = m.group("clause").split()
    if clause and clause[0].lower() in cues.ADVERBIAL_OPENERS and len(after) >= 2:
        return True  # "Asked whether there was a rift, she said there was not"
    participle = clause[0].lower().endswith(("ed", "ing"))  # "Asked about the threats, X said …"
    return len(after) >= 3 and _shows_a_verb(after) and (participle or not _shows_a_verb(clause))


_JOINT = re.compile(rf"(?P<cue>{cues.JOINT_CUE})\s*(?:,\s*)?(?:{cues.JOINT_LEAD}\s+|:\s*)")
_LIST_GLUE = re.compile(r"^\s*(?:,|,?\s*and)\s*$")


def _joint(ctx: Context, sent: Sentence) -> list[Found]:
    """ "Speakers A, B, C and D gave a variety of reasons, from X, Y and Z": the listed people
    answer together; the first is the speaker and the others are named as joint speakers."""
    text = ctx.aside[sent.start : sent.end]
    if not any(w in text for w in cues.JOINT_NOUNS):
        return []  # the cue's noun is in no sentence but a panel's answer
    m = _JOINT.search(ctx.aside, sent.start, sent.end)
    if not m:
        return []
    listed = _listed_people(ctx, sent.start, m.start())
    span = _clause(ctx, m.end(), sent.end, needs_finite=False) if listed else None
    if not span:
        return []
    first, *others = listed
    ref = Ref("person", first.keys, pos=first.start)
    joint = tuple(k for o in others for k in o.keys[:1] if len(o.keys) == 1)
    cue = ctx.text[m.start("cue") : m.end("cue")]
    return [Found("indirect", *span, cue, ref, "joint", 0.8, m.start(), joint)]


def _listed_people(ctx: Context, start: int, end: int) -> list:
    """People named one after another (", " / "and") right before ``end``; [] if none end there."""
    people = [m for m in ctx.cast.in_range(start, end) if m.kind == "person" and len(m.keys) == 1]
    if not people or ctx.aside[people[-1].end : end].strip():
        return []
    listed = [people[-1]]
    for m in reversed(people[:-1]):
        if not _LIST_GLUE.match(ctx.aside[m.end : listed[0].start]):
            break
        listed.insert(0, m)
    return listed


def reported_speech(ctx: Context) -> list[Found]:
    """Reported clauses of every sentence, in document order."""
    out: list[Found] = []
    for sent in ctx.sentences:
        out.extend(_joint(ctx, sent))
        out.extend(_from_patterns(ctx, sent))
        out.extend(_from_cues(ctx, sent))
        out.extend(nominal_speech(ctx, sent, _clause))  # "X's view is that …"
    return out
