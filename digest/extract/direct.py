"""Direct quotes: a quotation span becomes a quote only when a cue attributes it.

For each quotation, in order: a cue before it in its sentence ("X said, “…”", "According to X,
“…”", "Name: “…”", "…, saying “…”", "X called it “…”"), else a cue right after it ("“…,” said X",
"“…,” X said"), else it continues a quotation attributed just before in the same paragraph
("“…,” she said. “…”"). A quotation with none of these is a quote with an unknown speaker only
when it is a sentence of its own and long enough to be speech; otherwise it is a title or a
scare-quoted term and is dropped. When words stand between the cue and the quotation
("said immigration was “a good example …”") the quote spans the whole reported clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.extract import cues, documents
from digest.extract.attribution import (
    NONE,
    Context,
    Ref,
    document_issuer,
    resolve,
    sentence_subject,
    subject_after,
    subject_before,
)
from digest.extract.cues import words
from digest.extract.quotes import MarkSpan
from digest.extract.reported_lexicon import THAT_FORMS
from digest.extract.reported_orders import clause_start
from digest.extract.sentences import READ_REACH, Sentence

# Cue words are matched as written in lowercase (so "United States" is no cue), except a
# participle opening a sentence ("Saying ...").
_VERB_ALTS = "|".join(
    sorted(
        cues.SAY_VERBS
        | cues.PARTICIPLES
        | cues.LABEL_VERBS
        | cues.FRAGMENT_VERBS
        | cues.OBJECT_QUOTE_VERBS,
        key=len,
        reverse=True,
    )
)
_OPENING = "|".join(sorted(w.capitalize() for w in cues.PARTICIPLES | {"according"}))
_CUE = re.compile(rf"(?<![-\w])(?:{'|'.join(cues.SAY_PHRASES)}|{_VERB_ALTS}|{_OPENING})(?![-\w])")
_INVERTED = re.compile(rf"^\s*[,.]?\s*(?P<verb>{'|'.join(sorted(cues.INVERTED_VERBS))})\s+(?=\S)")
# A name may hold full stops of its own: "Sen. Ruth A. Calder", "the F.B.I.", "Acme Ltd.".
NAME_CHAR = rf"(?:\b(?:{'|'.join(sorted(cues.NAME_ABBREVIATIONS))}|[A-Z])\.|[^.;!?\"“”])"
_SUBJECT_VERB = re.compile(
    rf"^\s*[,.]?\s*(?P<np>{NAME_CHAR}{{1,120}}?)\s+(?P<verb>{'|'.join(cues.SAY_PHRASES)}|{'|'.join(sorted(cues.SAY_VERBS))})(?![-\w])",
)
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(?P<np>[^,]{2,120}?)\s*[,:]?\s*$")
_QUOTES_AS = re.compile(r"\bquot(?:es|ed|ing)\s+(?P<np>.{2,80}?)\s+as\s+saying\s*[,:]?\s*$")
# The sentence splitter already keeps abbreviations ("Special Asst. to the Secretary"): a full
# stop inside the lead-in of a speaker-colon quotation is one of those.
_COLON = re.compile(r"^\s*(?P<np>[^;!?\"“”]{3,160}?)\s*:\s*$")
_STATEMENT_FROM = re.compile(r"\bstatement\s+(?:from|by)\s+(?P<np>[^:,]{2,80}?)\s*:\s*$")
# "… read in part:", "… read:": a document's own words follow.
_READ_COLON = re.compile(r"\b(?:read|reads)(?:\s+in\s+part)?\s*[,:]\s*$")
# "… issued the following statement:", "… concluded with these words:": the sentence's subject.
_STATEMENT_COLON = re.compile(r"\b(?:statement|remarks|words|message|the following)\s*:\s*$", re.I)
# A label verb followed by "for"/"on" is a demand, not a label: "calling for a transition …".
_NOT_LABEL = re.compile(r"^\s+(?:for|on)\b")
# Promises and requests take an infinitive: "vowed to keep fighting “…”" is a reported clause.
_INFINITIVE = re.compile(r"^\s*to\s+[a-z]")
# A quotation after "and" in the first or second person, or opening a sentence, is direct speech
# of its own, not more of the reported clause ("said he was “humbled” and “…I and we will …”").
_OWN_SENTENCE = re.compile(r"^[\"“‘]\s*(?:\.\.\.|…|\[)?\s*(?:[A-Z]|.*\b(?:I|we|my|our|you)\b)")
_GAP_AND = re.compile(r"^(?:\s+[a-z][^,;:.!?\"“”‘’()—–]*?)?\s*,?\s+and\s*$")
# A reported clause goes on after its quotation ("said people should “think about” it in …").
_RUN_ON = re.compile(r"\s+[a-z][^,;:.!?\"“”‘’()—–]*")
_PREP = "|".join(cues.ADJUNCT_PREPOSITIONS.split())
# One word of an adjunct's object: never "that" or a finite verb ("said on Monday that the plan
# was …": "the plan was" is the reported clause, not more adjunct).
_ADJ_WORD = rf"(?!(?:that|{'|'.join(sorted(cues.FINITE_MARKERS))})\b)[\w.’'-]+"
_ADJ_PHRASE = (
    rf"(?:(?:{_PREP})\s+(?:{_ADJ_WORD}\s+){{0,5}}?{_ADJ_WORD}"
    rf"|(?:last|this|next|earlier\s+this|later\s+that|late|early)\s+(?:{'|'.join(sorted(cues.TIME_NOUNS))})"
    rf"|{'|'.join(sorted(cues.TIME_WORDS))}|(?-i:[a-z]+ly))"
)
_ADJUNCT = re.compile(rf"(?:\s*[,—–-]?\s*(?:{_ADJ_PHRASE}|that))*\s*[,:—–-]?\s*", re.I)
# "said on Monday that", "said in an interview with the BBC on Sunday that": adjuncts, then "that".
_ADJUNCTS_THAT = re.compile(rf"^\s*,?\s*(?:{_ADJ_PHRASE}\s*,?\s*){{0,4}}that\s+", re.I)
_LEADING_ADJUNCT = re.compile(
    r"^\s*(?:,\s*)?(?:(?:(?i:on|in|at|via|during)\s+(?:(?i:a|an|the|his|her|their|its|this|last)\s+)?"
    r"(?:[A-Z]\w+(?![’'\w])|X\b|(?i:statement|interview|speech|twitter|television|tv|radio|briefing))|"
    r"(?i:yesterday|today|later|earlier|also|again|publicly)|[a-z]+ly)\s*,?\s*)*(?:that\s+)?",
)
# The listener of "told": "reporters", "the BBC", "a news conference", "BBC Radio 4’s Today
# programme" (no re.I: a lowercase listener is one word or ends in a listener noun).
_LISTENER = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:[A-Z][\w.’'&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z0-9][\w.’'&-]*)*"
    rf"|(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(cues.LISTENER_NOUNS))})\b|him|her|them|us|me)"
    r"(?![\w’'-])"
)
# A listener phrase up to "that", with no finite verb or pronoun in it ("told reporters at the
# White House on Tuesday that"): the clause starts at "that".
_LISTENER_THAT = re.compile(r"(?P<gap>[^.;:!?\"“”()]{1,90}?)\s+(?=that\s)")
_NOT_IN_LISTENER = re.compile(
    rf"\b(?:he|she|they|we|I|it|{'|'.join(sorted(cues.FINITE_MARKERS))})\b", re.I
)


def skip_listener(text: str, pos: int, end: int) -> int:
    """Where the message starts after a listener verb ("told reporters on Tuesday that …")."""
    m = _LISTENER_THAT.match(text, pos, end)
    if m and len(m["gap"].split()) <= 12 and not _NOT_IN_LISTENER.search(m["gap"]):
        return m.end()
    m = _LISTENER.match(text, pos, end)
    return m.end() if m else pos


def lead_in(rest: str) -> tuple[int, bool]:
    """Length of the adjuncts (and "that") before a reported clause, and whether "that" was seen."""
    m = _ADJUNCTS_THAT.match(rest)
    if m:
        return m.end(), True
    lead = _LEADING_ADJUNCT.match(rest)
    n = lead.end() if lead else 0
    return n, bool(re.search(r"\bthat\s+$", rest[:n]))


_FINITE = re.compile(r"\b(?:" + "|".join(sorted(cues.FINITE_MARKERS)) + r")\b", re.I)
_CONNECT = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or|\s)*\s*$")
_SECOND_COMPLEMENT = re.compile(r",\s+(?:but|and)\s+(?=(?:that\s+)?$)")
_PASSIVE_LABEL = re.compile(r"(?:,|\b(?:was|were|is|are|be|been|being|often|widely|so|also))\s*$")
# "the so-called “Rwanda bill”": a name in quotation marks, never a quote.
# A label's object between the verb and the quotation ("called the plan “…”", "called it"):
# the verb is active even after a comma.
_LABEL_OBJECT = re.compile(r"\b(?!(?:a|an|the|as)\b)[a-z][\w’'-]*", re.I)
_SO_CALLED = re.compile(
    r"\b(?:so-called|so called|dubbed|nicknamed|titled|entitled|named|known\s+as)"
    r"(?:\s+the)?\s*$",
    re.I,
)
# "her memoir, “Downstream,”", "on the BBC’s “Question Time”", "the book “Where the Wild Things
# Are”": a work's title in quotation marks, never a quote.
_WORK_BEFORE = re.compile(
    r"\b(?:book|memoir|memoirs|novel|biography|film|movie|documentary|podcast|album|song"
    r"|poem|essay|column|op-ed|newsletter|slogan|motto|hashtag)"
    r"\s*,?\s*$|\b(?:BBC|ITV|CNN|NBC|CBS|ABC|Fox|NPR|PBS|Sky|Channel\s+4)[’']s\s*$"
    # "appearing on GBC's “Morning Line”", "told Fox News's “Sunday Briefing”": a programme
    r"|\b(?:appear\w*|interview\w*|speaking|spoke|told|said)\s+(?:on\s+)?(?:[A-Z][\w.&-]*\s+){0,3}"
    r"[A-Z][\w.&-]*[’']s\s*(?:program(?:me)?|show|broadcast)?\s*$"
    r"|\b(?:appear\w*|interview\w*)\s+on\s*$"
    # "on KTUL Radio's “The Dale Kimbrough Show”", "on CNN's “…”": a channel's programme
    r"|(?-i:\bon\s+(?:[A-Z][\w.&-]*\s+){0,3}(?:[A-Z]{2,}|Radio|News|Television|TV|Channel"
    r"|Network)[’']s\s*$)",
    re.I,
)
# "to chants of “Guilty!”", "signs reading “…”": a crowd's words or a sign's, no one's to name.
_CROWD_BEFORE = re.compile(
    r"\b(?:chants?|shouts|cries|cheers|jeers|signs?|placards?|banners?)\s+"
    r"(?:of|reading|that\s+read|saying)\s*$|\b(?:chanted|chanting|chant)\s*:?\s*$"
)
_STANDALONE = re.compile(r"^[\s,.;:!?—–-]*$")
_MIN_UNCUED_WORDS = 6
_NEAR_CUE = 160  # characters before a quotation read first for its cue
_LEAD_IN_REACH = 200  # the longest "according to …," / "quoted … as saying" lead-in, and more
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class Found:
    """A quote before its speaker is resolved: where it is, how it was cued, who the text offers."""

    kind: str
    start: int
    end: int
    cue: str | None
    ref: Ref
    rule: str
    base: float
    cue_pos: int = -1
    joint: tuple[str, ...] = ()  # the other speakers of a joint statement


def _cue_before(ctx: Context, floor: int, mark: MarkSpan, sent: Sentence) -> Found | None:
    floor = max(floor, mark.start - READ_REACH)  # a sentence of many quotations: stay linear
    pre = ctx.aside[floor : mark.start]
    tail = max(0, len(pre) - _LEAD_IN_REACH)  # these lead-ins end the text before the quotation
    for pattern, rule in (
        (_ACCORDING, "according-to"),
        (_QUOTES_AS, "quotes-as"),
        (_STATEMENT_FROM, "statement-from"),
    ):
        m = pattern.search(pre, tail)
        if m:
            ref = subject_after(ctx, floor + m.start("np"), floor + m.end("np"))
            cue = "according to" if rule == "according-to" else None
            return Found("direct", mark.start, mark.end, cue, ref, rule, 0.9, floor + m.start())
    m = _READ_COLON.search(pre, tail)
    if m and not _CUE.search(pre) and floor == sent.start:
        # "The opinion of the Court, released on Wednesday, read in part, “…”": a document's
        # words; its issuer, when the document is named as someone's
        ref = document_issuer(ctx, sent.start, floor + m.start())
        cue = ctx.text[floor + m.start() : floor + m.end()].rstrip(" ,:")
        return Found("direct", mark.start, mark.end, cue, ref, "document", 0.8, floor + m.start())
    m = _STATEMENT_COLON.search(pre, tail)
    if m and not _CUE.search(pre):
        ref = sentence_subject(ctx, sent.start, floor + m.start())
        cue = ctx.text[floor + m.start() : floor + m.end()].rstrip(" :")
        return Found("direct", mark.start, mark.end, cue, ref, "statement", 0.85, floor + m.start())
    cue = _last_cue(pre)
    if cue is None:
        return _speaker_colon(ctx, floor, mark, sent)
    outer = _outer_cue(pre, cue)
    if outer is not None:  # "X told a station that Mr. S had asked him “a couple of times”"
        cue = outer
    return _from_cue(ctx, floor, mark, sent, cue)


# "told a Milwaukee radio station last week that Mr. Sorensen had asked him “…”": the quoted words
# are the teller's, inside the clause of an outer cue; the inner verb is what the clause reports.
# inside one sentence a full stop before a capital is an abbreviation's ("Mr. Sorensen")
_NO_STOP = r"(?:[^,;:.“”\"]|\.(?=\s+[A-Z]))"
_OUTER_THAT = re.compile(rf"(?:\s+{_NO_STOP}{{0,60}}?)?\s+that\s+{_NO_STOP}{{2,80}}")
_INNER_OBJECT = re.compile(r"\s+\S[^,;:.“”\"]{0,40}$")
_PASSIVE_INNER = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+$")


def _outer_cue(pre: str, inner: re.Match) -> re.Match | None:
    """The say verb whose "that" clause holds ``inner``, when the quotation is a fragment after
    the inner verb's object (not a quotation the inner verb introduces: "told him: “…”")."""
    if not _INNER_OBJECT.fullmatch(pre, inner.end()):
        return None
    if _PASSIVE_INNER.search(pre, max(0, inner.start() - 12), inner.start()):
        return None  # "she had been told by “someone in the office”": the passive's agent
    for c in _CUE.finditer(pre, max(0, inner.start() - 200), inner.start()):
        verb = c.group().lower()
        if (verb in cues.SAY_VERBS or verb in cues.LISTENER_VERBS) and _OUTER_THAT.fullmatch(
            pre, c.end(), inner.start()
        ):
            return c
    return None


_PASSIVE_BY = re.compile(r"\s+(?:online\s+|[a-z]+ly\s+)?by\s")
_ACCORDING_DOCUMENT = re.compile(r"\b[Aa]ccording\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")


def _according_document_by(pre: str, cue: re.Match) -> bool:
    """ "According to a memo posted online by X": the verb is the document's, passive."""
    return bool(
        _PASSIVE_BY.match(pre, cue.end())
        and _ACCORDING_DOCUMENT.search(pre, max(0, cue.start() - 50), cue.start())
    )


# Say forms that are also plural nouns, and the words before them that make them nouns.
_NOUN_FORMS = cues.words("""
    emails posts tweets reports notes claims states comments remarks texts messages replies
    answers warnings statements writes
    """)
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our|my|your|these|those|new|old|private|internal|leaked"
    r"|hacked|stolen|several|many|more|recent|other|such|some|any|no|all|both|earlier|later"
    r"|\d+|two|three|four|five|six|ten|dozens|hundreds|thousands)\s+$",
    re.I,
)


def _plural_noun(pre: str, cue: re.Match) -> bool:
    """ "new emails that “…”": after a determiner or an adjective the form is a noun (a lead-in
    "in their comments: “…”" still introduces the quotation after it)."""
    return (
        cue.group().lower() in _NOUN_FORMS
        and not re.match(r"\s*:", pre[cue.end() :])
        and bool(_NOUN_BEFORE.search(pre, max(0, cue.start() - 16), cue.start()))
    )


_PREPOSITION_AFTER = re.compile(r"\s+(?:in|at|during|within|inside|throughout)\b")


def _reduced_relative(pre: str, cue: re.Match) -> bool:
    """ "the trade debate described in the emails": a participle after a noun, before a
    preposition, describes the noun; it is no speech act of anyone."""
    verb = cue.group()
    return (
        verb.endswith("ed")
        and verb.lower() in cues.LABEL_VERBS | cues.FRAGMENT_VERBS
        and bool(_PREPOSITION_AFTER.match(pre, cue.end()))
        and not re.search(r"\bas\s+(?:a|an|the)?\s*$", pre[cue.end() :])  # "described in … as"
        and bool(_NOUN_THEN.search(pre[max(0, cue.start() - 20) : cue.start()]))
    )


# A common noun right before the participle (not "she", "which", "who").
_NOUN_THEN = re.compile(r"\b(?!(?:she|he|they|who|which|that|it|we|and|but)\s)[a-z]{3,}\s+$")


def _last_cue(pre: str) -> re.Match | None:
    """The last cue in ``pre``; a participle after a preposition is a gerund, no cue ("blamed
    Democrats for adding “a giveaway”": the cue is "blamed"). The cue is nearly always close to
    the quotation, so the end of ``pre`` is read first and the whole only when that has none:
    a line of quotations without cues would otherwise cost a scan of the whole reach each."""
    if not _LETTER.search(pre):
        return None  # marks and spaces only: nothing to scan
    for start in (max(0, len(pre) - _NEAR_CUE), 0):
        found = [
            c
            for c in _CUE.finditer(pre, start)
            if not _GERUND_BEFORE.search(pre, max(0, c.start() - 40), c.start())
            and not _according_document_by(pre, c)  # "a memo posted online by X": no cue
            and not _plural_noun(pre, c)  # "found new emails that “…”": a noun, no cue
            and not _reduced_relative(pre, c)  # "the debate described in the emails was “…”"
        ]
        if found or start == 0:
            return found[-1] if found else None
    return None


def _speaker_colon(ctx: Context, floor: int, mark: MarkSpan, sent: Sentence) -> Found | None:
    if floor != sent.start:
        return None
    lead = ctx.aside[floor : mark.start]
    turn = _INTERVIEW_TURN.fullmatch(lead)
    if turn:  # "Q: “…”" / "A: “…”": a transcript turn; who is offered, not decided
        parties = _interview_parties(ctx)
        side = turn["turn"][0]  # "QUESTION" is "Q", "ANSWER" is "A"
        keys = parties[side]
        # both sides named by the text ("He spoke to Ann Reed"): each turn is its side's; the
        # questions are the interviewer's when the text names one as such ("host X")
        stated = parties["stated"] or (side == "Q" and parties["explicit"] and len(keys) == 1)
        ref = Ref("person" if stated else "unnamed", keys, pos=floor)
        return Found("direct", mark.start, mark.end, None, ref, "transcript", 0.5, floor)
    m = _COLON.match(lead)
    if not m:
        return None
    label = _TRANSCRIPT_LABEL.fullmatch(m["np"])
    if label:  # "M. CAMPBELL: “…”": a transcript's capitals, matched to the people named
        ref = _transcript_speaker(ctx, label["initial"], label["surname"], floor)
        if ref is NONE and _names_the_publication(label.group()):
            parties = _interview_parties(ctx)  # "THE REVIEW: “…”": the paper's interviewer
            asker = parties["Q"] if parties["explicit"] else ()
            ref = Ref("person", asker, pos=floor) if len(asker) == 1 else NONE
        return Found("direct", mark.start, mark.end, None, ref, "transcript", 0.85, floor)
    ref = subject_before(ctx, floor, floor + m.end("np"))
    if ref.kind == "org":
        ref = _person_before_outlet(ctx, floor, ref)
    if ref.kind not in ("person", "org"):
        clause = _clause_colon(ctx, floor, floor + m.end("np"), mark, sent)
        if clause:
            return clause
        if _TITLE_CASE_LEAD.fullmatch(lead) and _STANDALONE.match(ctx.aside[mark.end : sent.end]):
            # "Senate Chair Fires Back: “…”", a sub-head: a quote, its speaker for an editor
            return Found("direct", mark.start, mark.end, None, NONE, "sub-head", 0.3, floor)
        return None
    return Found("direct", mark.start, mark.end, None, ref, "speaker-colon", 0.85, floor)


# Words of a lead-in that give the quotation to someone other than its subject.
_OTHERS_WORDS = re.compile(
    r"\b(?:quot(?:ed|es|ing)|cit(?:ed|es|ing)|read(?:s|ing)?\s+(?:out|aloud|from)|recit\w+"
    r"|shar(?:ed|es|ing)|retweet\w*|letters?|reports?|documents?|e-?mails?|notes?|memos?|signs?|banners?|captions?"
    r"|headlines?|placards?|posters?|slogans?|chant\w*|lyrics|verses?|passages?|excerpts?"
    r"|photo\w*|pictures?|images?)\b",
    re.I,
)
# A name after one of these in the lead-in is where or to whom the subject spoke, not a voice.
_WHERE_PREPOSITION = re.compile(
    r"\b(?:on|via|in|to|at|after|before|with|during|against|about)\s+(?:the\s+)?$", re.I
)


def _clause_colon(
    ctx: Context, floor: int, lead_end: int, mark: MarkSpan, sent: Sentence
) -> Found | None:
    """ "Reed took a parting shot on Twitter: “…”": a sentence of its own ending in a colon, the
    quotation the rest of it; its named subject said it, when no one else is named in the lead
    (but after a preposition or as a possessive)."""
    if mark.words(ctx.text) < _MIN_UNCUED_WORDS or not _STANDALONE.match(
        ctx.aside[mark.end : sent.end]
    ):
        return None
    if _OTHERS_WORDS.search(ctx.aside, floor, lead_end):
        return None  # "Reed read out a letter: “…”": someone else's words, read or shown
    ref = sentence_subject(ctx, floor, lead_end)
    if ref.kind not in ("person", "org", "pronoun"):
        return None
    for m in ctx.cast.in_range(floor, lead_end):
        if m.start == ref.pos or set(m.keys) <= set(ref.keys):
            continue
        if not _WHERE_PREPOSITION.search(ctx.aside, max(floor, m.start - 20), m.start):
            return None  # "a letter from Hale", "Hale's words": Hale may be the one quoted
    return Found("direct", mark.start, mark.end, None, ref, "clause-colon", 0.75, floor)


# A sub-head in title case before a colon: three or more words, every one capitalised.
_TITLE_CASE_LEAD = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){2,8}[A-Z][\w’'.-]*\s*:\s*")


_INTERVIEW_TURN = re.compile(r"\s*(?P<turn>[QA]|QUESTION|ANSWER)\s*:\s*")
_INTERVIEWER = re.compile(
    r"\b(?:spoke|talked|speaking|talking)\s+to\s+|\b(?:interviewed|questioned)\s+by\s+"
    r"|\bin\s+an\s+interview\s+with\s+"
    # the interviewer named as such: "conducted by our editor X", "the interview with … host X"
    r"|(?P<explicit>\binterview,?\s+(?:was\s+)?conducted\s+by\s+"
    r"(?:(?:our|the|its)\s+(?:[a-z-]+\s+){0,3})?"
    r"|\binterview\s+with\s+[^.:]{0,60}?\b(?:host|moderator|anchor|interviewer)\s+)"
)


def _names_the_publication(label: str) -> bool:
    """A transcript label that is a newspaper's or a channel's name ("THE REVIEW", "POLITICO
    MAGAZINE"): the turn is its interviewer's."""
    last = label.split()[-1].lower()
    return cues.ORG_HEADS.get(last) == "publisher"


def _interview_parties(ctx: Context) -> dict[str, tuple[str, ...]]:
    """Candidates for a Q&A's turns: Q, the person the text says did the interview ("He spoke
    to X"); A, the person the article names most often, when no one else comes close."""
    asker: tuple[str, ...] = ()
    answerer: tuple[str, ...] = ()
    pronoun = None
    explicit = False
    for m in _INTERVIEWER.finditer(ctx.aside):
        # the name right after the phrase (its mention may hold the role: "editor Ana Taufa")
        nxt = [x for x in ctx.cast.in_range(m.start(), m.end() + 60) if x.end > m.end()]
        if nxt and nxt[0].kind == "person" and nxt[0].start <= m.end():
            asker = nxt[0].keys
            explicit = bool(m["explicit"])
            answerer = _interviewee(ctx, m.start())
            pronoun = _PRONOUN_SUBJECT.match(ctx.aside, ctx.sentence_at(m.start()).start)
            break
    counts: dict[str, int] = {}
    for mention in ctx.cast.mentions:
        if mention.kind == "person" and len(mention.keys) == 1 and mention.keys != asker:
            counts[mention.keys[0]] = counts.get(mention.keys[0], 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    clear = ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])
    if not answerer and clear and asker and pronoun:
        # "He spoke to Ann Reed": "he" is the article's one main person, when of that gender
        gender = "m" if pronoun[1].lower() == "he" else "f"
        if ctx.cast.entities[ranked[0][0]].gender in (gender, ""):
            answerer = (ranked[0][0],)
    stated = len(asker) == 1 and len(answerer) == 1 and asker != answerer
    if stated:
        return {"Q": asker, "A": answerer, "stated": stated, "explicit": explicit}
    return {"Q": asker, "A": (ranked[0][0],) if clear else (), "stated": (), "explicit": explicit}


_PRONOUN_SUBJECT = re.compile(r"\s*(he|she)\s", re.I)


def _interviewee(ctx: Context, pos: int) -> tuple[str, ...]:
    """The one person who is the subject of "X spoke to Y" / "X was interviewed by Y"."""
    sent = ctx.sentence_at(pos)
    who = resolve(ctx, sentence_subject(ctx, sent.start, pos))
    if who.key and ctx.cast.entities[who.key].kind == "person":
        return (who.key,)
    return ()
# A transcript's speaker label in capitals: "NAIRN", "M. CAMPBELL", "AUDIENCE MEMBER".
_TRANSCRIPT_LABEL = re.compile(
    r"\s*(?:(?P<initial>[A-Z])\.\s*)?(?:[A-Z][A-Z’'-]+\s+)*(?P<surname>[A-Z][A-Z’'-]+)\s*"
)


def _transcript_speaker(ctx: Context, initial: str | None, surname: str, pos: int) -> Ref:
    """The people of the article whose surname the label spells (and whose given name starts
    with its initial): one is the speaker; several are candidates; none, an unnamed voice."""
    keys = tuple(
        key
        for key, entity in ctx.cast.entities.items()
        if entity.kind == "person"
        and entity.name.split()[-1].casefold() == surname.casefold()
        and (initial is None or entity.name[:1].casefold() == initial.casefold())
    )
    if len(keys) > 1:
        keys = _last_named_of(ctx, keys, pos)
    return Ref("person", keys, pos=0) if keys else NONE


def _last_named_of(ctx: Context, keys: tuple[str, ...], pos: int) -> tuple[str, ...]:
    """Of namesakes, the one the text named last before a transcript label ("Harlan took
    questions from reporters: … HARLAN: “…”"), when that mention meant one of them only."""
    for m in reversed(ctx.cast.in_range(max(0, pos - READ_REACH), pos)):
        if set(m.keys) & set(keys):
            if len(m.keys) != 1:
                return keys
            sent = ctx.sentence_at(m.start)
            others = [
                x
                for x in ctx.cast.in_range(sent.start, sent.end)
                if set(x.keys) & set(keys) and x.keys != m.keys
            ]
            return keys if others else m.keys  # "The panel: Morag and Duncan Campbell": both
    return keys


_TITLE_LEAD = re.compile(r"\s*(?:[A-Z][\w.]*\s+){0,3}")


def _person_before_outlet(ctx: Context, floor: int, org: Ref) -> Ref:
    """ "Sen. Ruth Calder, Fox News: “…”": the person spoke, the body after the comma is where
    (an outlet, a party); a line naming only a body is that body's."""
    people = [m for m in ctx.cast.in_range(floor, org.pos) if m.kind == "person"]
    if not people or people[0].possessive:
        return org
    first = people[0]
    if ctx.aside[floor : first.start].strip(" ,") and not _TITLE_LEAD.fullmatch(
        ctx.aside[floor : first.start]
    ):
        return org  # something other than a title before the person: not "Name, …:"
    if re.fullmatch(r"[^:;!?\"“”]*", ctx.aside[first.end : org.pos]):
        # "Marla J. Stroud, president, National Family Farms Union, to the Brief:": the person;
        # what follows the name (a role, a body, an outlet) says who they are
        return Ref("person", first.keys, pos=first.start)
    return org


def _from_cue(
    ctx: Context, floor: int, mark: MarkSpan, sent: Sentence, cue: re.Match
) -> Found | None:
    verb = cue.group().lower()
    cue_start, cue_end = floor + cue.start(), floor + cue.end()
    if verb == "according":
        return _according_partial(ctx, cue_start, cue_end, mark)
    middle = ctx.aside[cue_end : mark.start]
    if verb in cues.LISTENER_VERBS:
        middle = ctx.aside[skip_listener(ctx.aside, cue_end, mark.start) : mark.start]
    start, rule = mark.start, "cue-before"
    if verb in cues.FRAGMENT_VERBS:
        return _fragment(ctx, mark, middle, sent, floor, cue_start, cue_end)
    label = verb in cues.LABEL_VERBS and not _NOT_LABEL.match(middle)
    demand = verb in cues.LABEL_VERBS and not label  # "calling for a full inquiry “…”"
    if demand or (_INFINITIVE.match(middle) and verb not in cues.LISTENER_VERBS - {"warned"}):
        start, rule = mark.start - len(middle) + lead_in(middle)[0], "partial"
    elif label:
        passive = verb.endswith("ed") and _PASSIVE_LABEL.search(ctx.aside, floor, cue_start)
        if passive and passive.group().startswith(",") and _LABEL_OBJECT.search(middle):
            passive = None  # "X, a patient group, called the announcement “…”": an object
        if len(middle.split()) > 12 or (passive and not re.search(r"\bby\b", middle)):
            return None  # "the bill, dubbed “…”", "was branded “…”": a name, no speaker
        rule = "label"
    elif not _ADJUNCT.fullmatch(middle) and not middle.rstrip().endswith(":"):
        if len(middle.split()) > 30:
            return None
        start, rule = mark.start - len(middle) + lead_in(middle)[0], "partial"
    coordinated = _SECOND_COMPLEMENT.search(middle) if rule == "partial" else None
    if coordinated:  # "informed police she had immunity, but “that she …”": two complements
        start = mark.start - len(middle) + coordinated.end()
    elif rule == "partial":  # "said A and that B “…”": A is a reported clause of its own
        start = _after_second_that(ctx, start, mark.start)
    if rule == "partial" and demand and _NOT_LABEL.match(middle):
        start = mark.start - len(middle) + _NOT_LABEL.match(middle).end() + 1
    if rule == "partial":
        start = _after_title(ctx, start, mark.start)
    reach = max(sent.start, cue_start - READ_REACH)
    quoted_as = _QUOTED_AS.search(ctx.aside, reach, cue_start)
    quoted_by = _QUOTED_BY_AS.search(ctx.aside, reach, cue_start)
    if verb == "saying" and quoted_as:  # "the agency quoted him as saying": him, not the agency
        ref = _quoted_person(ctx, quoted_as)
    elif verb == "saying" and quoted_by:  # "X was quoted by the agency as saying": X
        ref = subject_before(ctx, sent.start, quoted_by.start())
    elif verb in cues.PARTICIPLES or verb == "calling":
        ref = _participle_subject(ctx, sent, cue_start)
        if ref is NONE:
            ref = sentence_subject(ctx, mark.end, sent.end)
    else:
        ref = subject_before(ctx, floor, cue_start)
        if ref is NONE and floor > sent.start and _SECOND_VERB.search(ctx.aside, floor, cue_start):
            # "X said “…,” but added that …", "X blasted Y as “…” in front of fans, and mocked
            # …": the second verb is the sentence subject's
            ref = sentence_subject(ctx, sent.start, cue_start)
    split = _split_by_cue(ctx, sent, floor, cue_start, cue_end, mark)
    if split:  # "A, he said, B “…”": one quote from A to B, the cue inside
        start, ref, rule = split[0], split[1], "split"
    return Found("direct", start, mark.end, ctx.text[cue_start:cue_end], ref, rule, 0.95, cue_start)


# "Children had gone hungry, he said, while “…”": a reported clause whose cue stands inside it.
_SPLIT_LEAD = re.compile(
    r"(?P<a>\s*[^,;:“”\"‘]{8,}?),\s+(?P<subj>he|she|they|it|the\s+[a-z]+"
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:[a-z]+ly\s+)?"
)


_THAT_AFTER_TITLE = re.compile(r"[\"”’][^\"“”‘’]*?\bthat\s+")


def _after_title(ctx: Context, start: int, quote_start: int) -> int:
    """ "told ABC's “This Week” on Sunday that A “…”": the clause starts after the "that" that
    follows a programme's title, not at the title."""
    if not any(c in ctx.aside[start:quote_start] for c in '"“'):
        return start
    ends = [m.end() for m in _THAT_AFTER_TITLE.finditer(ctx.aside, start, quote_start)]
    return ends[-1] if ends else start


def _split_by_cue(
    ctx: Context, sent: Sentence, floor: int, cue_start: int, cue_end: int, mark: MarkSpan
) -> tuple[int, Ref] | None:
    """Where the quote starts and who speaks when the cue splits a clause: "A, X said, B"."""
    if floor != sent.start or not re.match(r",\s+\S", ctx.aside[cue_end : mark.start]):
        return None
    m = _SPLIT_LEAD.fullmatch(ctx.aside, sent.start, cue_start)
    if not m or _CUE.search(m["a"]):
        return None
    first = _first(m["a"])
    if first in cues.PREPOSITIONS or first in cues.TIME_WORDS or first in _SENTENCE_ADVERBS:
        return None  # "In a statement, he said, “…”", "However, she said, …": no clause
    if first.endswith("ly") or (len(m["a"].split()) == 1 and not m["a"].strip()[:1].isupper()):
        return None
    ref = subject_before(ctx, m.start("subj"), cue_start)
    start = m.start("a") + len(m["a"]) - len(m["a"].lstrip())
    return (start, ref) if ref is not NONE else None


_SENTENCE_ADVERBS = cues.words(
    "however still yet now then but and so also instead meanwhile nonetheless indeed"
)


def _first(text: str) -> str:
    words = text.split()
    return words[0].lower().strip("’'") if words else ""


# "said A, and that B": a second "that" starts a second reported clause (the gold's two).
_AND_THAT = re.compile(r",?\s+(?:and|but)\s+that\s+", re.I)


def _after_second_that(ctx: Context, start: int, quote_start: int) -> int:
    """Where a partial quote's clause starts when "and that" stands between the cue and the
    quotation: after the last one, when a clause of three words or more comes before it."""
    cut = None
    for m in _AND_THAT.finditer(ctx.aside, start, quote_start):
        if len(ctx.text[start : m.start()].split()) >= 3:
            cut = m
    return cut.end() if cut else start


_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:[a-z]+ly\s+)?$")


def _second_that_clause(ctx: Context, last: Found, mark: MarkSpan) -> Found | None:
    """ "… that A “…” and that B “…”": the second clause, with the first one's cue and speaker."""
    m = _AND_THAT.match(ctx.aside, last.end, mark.start) or _second_verb(
        ctx.aside, last.end, mark.start
    )
    gap = ctx.aside[m.end() : mark.start] if m else ""
    if not m or len(gap.split()) > 25 or any(
        not _RELATIVE_BEFORE.search(gap, 0, c.start()) for c in _CUE.finditer(gap)
    ):
        return None  # a cue of its own in B (one inside "who praised him" is no cue)
    if m.re is _CLAUSE_VERB and (
        len(ctx.aside[last.end : m.start()].split()) > 12
        or _new_subject(ctx, last, ctx.aside[last.end : m.start()], m.start())
    ):
        return None  # the second verb is too far from the first clause to share its subject
    return Found(
        "direct", m.end(), mark.end, last.cue, last.ref, "partial", last.base, last.cue_pos
    )


def _fragment(
    ctx: Context, mark: MarkSpan, middle: str, sent: Sentence, floor: int, a: int, b: int
) -> Found | None:
    """ "Smith hammered the “dishonest” media": a few quoted words in the verb's object; after
    "as" ("blasted the plan as a “cash grab dressed up as health policy”") the quotation is the
    verb's own label, however long."""
    label = _AS_LABEL.search(middle)
    if len(middle.split()) > 6 or (
        mark.words(ctx.text) > cues.FRAGMENT_MAX_WORDS and not label
    ):
        return None
    if _PASSIVE_LABEL.search(ctx.aside, floor, a):
        return None  # "was slammed as “…”": someone else's words about the subject
    ref = subject_before(ctx, floor, a)
    if ref.kind not in ("person", "org", "pronoun") and not (label and ref is not NONE):
        # a writer's scare quotes after "critics slammed": no one to credit; a label after
        # "as" is a quote whoever the subject is ("the mogul blasted X as “…”")
        return None
    return Found("direct", mark.start, mark.end, ctx.text[a:b], ref, "fragment", 0.8, a)


_AS_LABEL = re.compile(r"\bas\s+(?:a|an|the|being)?\s*$")
_QUOTED_AS = re.compile(rf"\bquot(?:ed|es|ing)\s+(?!by\b)(?P<np>{NAME_CHAR}{{2,80}}?)\s+as\s+$")
_QUOTED_BY_AS = re.compile(r"\s*,?\s+(?:was|were|is|has\s+been)\s+quoted\s+by\b.{1,120}?\bas\s+$")
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _quoted_person(ctx: Context, quoted_as: re.Match) -> Ref:
    """Who "quoted … as saying" names: a name, or an object pronoun read as its subject form."""
    a, b = quoted_as.start("np"), quoted_as.end("np")
    pronoun = _OBJECT_PRONOUNS.get(ctx.aside[a:b].strip().lower())
    if pronoun:
        return Ref("pronoun", word=pronoun, pos=a)
    return subject_after(ctx, a, b)


_GERUND_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(cues.PREPOSITIONS - {'as', 'than', 'including'}))})\s+$"
)
_SECOND_VERB = re.compile(r"(?:^|,|\s)\W*(?:and|but)\s+(?:(?:also|then|later)\s+)?$")
_ACCORDING_CLAUSE = re.compile(r"\s+to\s+(?P<np>[^,;:]{2,100}?),\s+(?=\S)")


def _according_partial(ctx: Context, cue_start: int, cue_end: int, mark: MarkSpan) -> Found | None:
    """ "According to the Treasury, the plan is “fair”": the clause, the body after "to"."""
    m = _ACCORDING_CLAUSE.match(ctx.aside, cue_end, mark.start)
    if not m:
        return None
    ref = subject_after(ctx, m.start("np"), m.end("np"))
    if ref is NONE:
        return None
    start = m.end() if m.end() < mark.start else mark.start
    return Found("direct", start, mark.end, "according to", ref, "partial", 0.9, cue_start)


# "“…,” according to X." and "“…,” the agency quoted X as saying.": the source after the quotation.
_ACCORDING_AFTER = re.compile(
    rf"^\s*[,.]?\s*according\s+to\s+(?P<np>{NAME_CHAR}{{2,120}}?)\s*[,.;]"
)
_QUOTED_AS_AFTER = re.compile(
    rf"^\s*[,.]?\s*{NAME_CHAR}{{1,80}}?\s+quot(?:ed|es)\s+(?P<np>{NAME_CHAR}{{2,80}}?)\s+as\s+saying\b"
)


# "“…,” the post read.", "“…,” the final post reads": a document's own words; "read" is no say
# verb of a person ("she read from the statement" reads someone else's words).
_DOCUMENT_READ = re.compile(
    r"^\s*[,.]?\s*(?P<np>(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(documents.CITED_NOUNS))}))\s+(?P<verb>read|reads)\b",
    re.I,
)


def _source_after(ctx: Context, mark: MarkSpan, post: str) -> Found | None:
    for pattern, cue in ((_ACCORDING_AFTER, "according to"), (_QUOTED_AS_AFTER, None)):
        m = pattern.match(post)
        if m:
            ref = subject_after(ctx, mark.end + m.start("np"), mark.end + m.end("np"))
            return Found("direct", mark.start, mark.end, cue, ref, "source-after", 0.9, mark.end)
    return None


# "“We have built more homes …” — Rangi Tawhiri", an embedded post "“…” — Dana Reyes
# (@danareyes) June 3, 2016": a credit line, the name alone after a dash to the line's end.
_CREDIT_AFTER = re.compile(
    r"[ \t]*[—–][ \t]*(?P<np>[A-Z][^\n—–()“”\"]{1,60}?)[ \t]*"
    r"(?:\(@\w+\))?[ \t]*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})?[ \t.]*(?:\n|$)"
)


def _credit_after(ctx: Context, mark: MarkSpan) -> Found | None:
    m = _CREDIT_AFTER.match(ctx.aside, mark.end)
    if not m:
        return None
    named = ctx.cast.in_range(m.start("np"), m.end("np"))
    if len(named) != 1 or named[0].start != m.start("np") or len(named[0].keys) != 1:
        return None  # only a name, wholly: "— the minister's words" is no credit
    if ctx.aside[named[0].end : m.end("np")].strip(" ,"):
        return None
    ref = Ref(named[0].kind, named[0].keys, pos=named[0].start)
    return Found("direct", mark.start, mark.end, None, ref, "credit", 0.85, m.start("np"))


def _cue_after(ctx: Context, mark: MarkSpan, limit: int) -> Found | None:
    post = ctx.aside[mark.end : limit]
    found = _source_after(ctx, mark, post) or _credit_after(ctx, mark)
    if found is not None:
        return found
    m = _INVERTED.match(post)
    if m:
        ref = subject_after(ctx, mark.end + m.end(), limit)
        verb = ctx.text[mark.end + m.start("verb") : mark.end + m.end("verb")]
        return Found(
            "direct", mark.start, mark.end, verb, ref, "inverted", 0.95, mark.end + m.start("verb")
        )
    m = _SUBJECT_VERB.match(post) or _DOCUMENT_READ.match(post)
    if not m or len(m.group("np").split()) > 14:
        return None
    ref = subject_before(ctx, mark.end + m.start("np"), mark.end + m.start("verb"))
    verb = ctx.text[mark.end + m.start("verb") : mark.end + m.end("verb")]
    return Found(
        "direct", mark.start, mark.end, verb, ref, "cue-after", 0.95, mark.end + m.start("verb")
    )


_OWN_OBJECT = frozenset(["nothing", "that", "it", "this", "something", "so", "no", "little"])


def _cue_after_limit(ctx: Context, mark: MarkSpan, sent: Sentence) -> int:
    """Where a cue after ``mark`` may end: its sentence's end — or, when a "!" or "?" inside the
    quotation ended that sentence ("“This is a disgrace!” Ruth Calder said."), the end of the
    next sentence of the paragraph, which then is only the cue."""
    if sent.end > mark.end + 2 or ctx.text[mark.end - 2 : mark.end - 1] not in ("!", "?"):
        return sent.end
    nxt = ctx.sentence_at(sent.end)
    if nxt is sent or nxt.paragraph != sent.paragraph or nxt.end - nxt.start > 160:
        return sent.end
    cue = ctx.aside[nxt.start : nxt.end]
    said = _SUBJECT_VERB.match(cue)  # anchored at its start: a slice, not a pos argument
    rest = cue[said.end() :].split() if said else []
    if not said or len(rest) > 14 or (rest and rest[0].lower().strip(".,;!?") in _OWN_OBJECT):
        return sent.end  # "Mr. X said nothing.": a sentence of its own, not the quote's cue
    return nxt.end


def _uncued(
    ctx: Context, mark: MarkSpan, sent: Sentence, previous: Found | None, earlier: list[Found]
) -> Found | None:
    before = ctx.aside[sent.start : mark.start]
    after = ctx.aside[mark.end : sent.end]
    alone = _STANDALONE.match(before) and _STANDALONE.match(after)
    if not alone:
        return None
    if mark.words(ctx.text) < _min_follow_on_words(ctx, mark) and not _short_sequel(
        ctx, previous, mark
    ):
        return None
    if _capitals_line(ctx, mark):  # "“I WAS AGAINST THE WAR”" as a sub-head: no one goes on
        return Found("direct", mark.start, mark.end, None, NONE, "sub-head", 0.3)
    resumed = _resumes_interrupted(ctx, mark, earlier)
    if resumed is not None:
        return resumed
    if _turn_in_exchange(ctx, mark, earlier):
        return Found("direct", mark.start, mark.end, None, NONE, "uncued", 0.3)
    if previous and previous.ref is not NONE and _same_paragraph(ctx, previous.end - 1, mark.start):
        gap = ctx.aside[previous.end : mark.start]
        if len(gap) < 200 and not _other_person(ctx, previous, previous.end, mark.start):
            return Found(
                "direct",
                mark.start,
                mark.end,
                previous.cue,
                previous.ref,
                "continues",
                0.8,
                previous.cue_pos,
            )
    if (
        previous
        and previous.ref is not NONE
        and previous.kind == "direct"
        and _next_paragraph(ctx, previous, mark)
    ):
        return Found(
            "direct",
            mark.start,
            mark.end,
            previous.cue,
            previous.ref,
            "next-paragraph",
            0.7,
            previous.cue_pos,
        )
    if mark.words(ctx.text) < _MIN_UNCUED_WORDS:
        return None
    return Found("direct", mark.start, mark.end, None, NONE, "uncued", 0.3)


def _capitals_line(ctx: Context, mark: MarkSpan) -> bool:
    """A quotation in capitals alone on its line: a sub-head quoting someone, whose speaker the
    paragraph before does not give."""
    letters = [c for c in ctx.text[mark.start : mark.end] if c.isalpha()]
    if len(letters) < 6 or any(c.islower() for c in letters):
        return False
    line_start = ctx.text.rfind("\n", 0, mark.start) + 1
    line_end = ctx.text.find("\n", mark.end)
    line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)]
    return line.strip() == ctx.text[mark.start : mark.end].strip()


_DASHES = "—–"


def _resumes_interrupted(ctx: Context, mark: MarkSpan, earlier: list[Found]) -> Found | None:
    """ "“—and that money is going into—”": a quotation opening on a dash resumes the one
    that was cut off with a dash, whoever spoke in between; with no such quotation in this or
    the two paragraphs before, nobody is guessed."""
    opening = ctx.text[mark.start : mark.start + 3].lstrip("\"“‘'")
    if not opening or opening[0] not in _DASHES:
        return None
    para = ctx.sentence_at(mark.start).paragraph
    for found in reversed(earlier):
        if ctx.sentence_at(found.start).paragraph < para - 2:
            break
        words = ctx.text[found.start : found.end].rstrip("\"”’'")
        if found.kind == "direct" and words[-1:] in _DASHES:
            if found.ref is NONE:
                break
            return Found(
                "direct", mark.start, mark.end, found.cue, found.ref, "resumes", 0.7, found.cue_pos
            )
    return Found("direct", mark.start, mark.end, None, NONE, "uncued", 0.3)


def _turn_in_exchange(ctx: Context, mark: MarkSpan, earlier: list[Found]) -> bool:
    """A quotation paragraph of its own after two paragraphs quoting two different people in
    turn (a question, an answer): the next turn may be either's, so no one is guessed."""
    if len(earlier) < 2:
        return False
    last, before = earlier[-1], earlier[-2]
    if last.ref is NONE or before.ref is NONE or set(last.ref.keys) & set(before.ref.keys):
        return False
    here = ctx.sentence_at(mark.start)
    if here.start != mark.start:
        return False
    last_para = ctx.sentence_at(last.start).paragraph
    before_para = ctx.sentence_at(before.start).paragraph
    return here.paragraph == last_para + 1 and last_para == before_para + 1


_REACTION = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>laughed|smiled|grinned|shrugged|sighed|nodded|chuckled|winced"
    r"|scoffed|frowned|paused|beamed)\s*[.:]\s*$"
)


def _after_reaction(ctx: Context, mark: MarkSpan, sent: Sentence) -> Found | None:
    """ "Asked about it, Mrs. DeLuca laughed. “At Sunday dinner? They'd better be!”": a
    quotation standing alone right after a sentence that ends with a person's reaction is theirs."""
    if ctx.aside[sent.start : mark.start].strip() or not _STANDALONE.match(
        ctx.aside[mark.end : sent.end]
    ):
        return None
    prev = ctx.sentence_at(sent.start - 1) if sent.start else sent
    if prev is sent or prev.paragraph != sent.paragraph:
        return None
    m = _REACTION.search(ctx.aside, max(prev.start, prev.end - 30), prev.end)
    if not m:
        return None
    ref = subject_before(ctx, prev.start, m.start())
    if ref.kind not in ("person", "pronoun"):
        return None
    verb = ctx.text[m.start("verb") : m.end("verb")]
    return Found("direct", mark.start, mark.end, verb, ref, "reaction", 0.7, m.start("verb"))


_SEQUEL_REACH = 160  # a cue sentence of twelve words between the two quotations


def _short_sequel(ctx: Context, previous: Found | None, mark: MarkSpan) -> bool:
    """ "“We've got three deputies. Three,” Bricker said. “Start there.”": a quotation that is a
    sentence of its own right after the cue of a quote before it, in its paragraph, continues
    that quote however short it is (a scare quote stands inside a sentence, not alone)."""
    if previous is None or previous.ref is NONE or previous.kind != "direct":
        return False
    if ctx.text[mark.end - 2 : mark.end - 1] not in (".", "?", "!"):
        return False  # "“Hope Rising”": a title or a name, not a sentence of speech
    if mark.start - previous.end > _SEQUEL_REACH:
        return False
    gap = ctx.aside[previous.end : mark.start]
    return (
        len(gap.split()) <= 12
        and "\n" not in gap
        and not any(c in gap for c in '"“”‘’')
        and not _other_person(ctx, previous, previous.end, mark.start)
    )


def _min_follow_on_words(ctx: Context, mark: MarkSpan) -> int:
    """Three words make a quotation of its own; a question or exclamation may be two
    ("“Finished where?”") — it joins the quote before it only (see ``_uncued``)."""
    return 2 if ctx.text[mark.end - 2 : mark.end - 1] in ("?", "!") else 3


def _colon_before_paragraph(ctx: Context, mark: MarkSpan) -> Found | None:
    """ "The mayor said:" ending a paragraph, the quotation opening the next one."""
    sent = ctx.sentence_at(mark.start)
    if sent.start != mark.start or mark.start == 0:
        return None
    prev = ctx.sentence_at(mark.start - 1)
    if (
        prev is sent
        or prev.paragraph != sent.paragraph - 1
        or not ctx.aside[prev.start : prev.end].rstrip().endswith(":")
    ):
        return None
    return _cue_before(ctx, prev.start, mark, prev)


def _next_paragraph(ctx: Context, previous: Found, mark: MarkSpan) -> bool:
    """A quotation paragraph right after the paragraph that ends with ``previous`` (nothing
    but the cue after it: no other name, no other quotation): the same speaker goes on."""
    here = ctx.sentence_at(mark.start)
    before = ctx.sentence_at(previous.end - 1)
    if here.paragraph != before.paragraph + 1 or here.start != mark.start:
        return False
    if ctx.sentence_at(mark.start - 1).paragraph == here.paragraph:
        return False  # not the paragraph's opening
    para_end = max(s.end for s in ctx.sentences if s.paragraph == before.paragraph)
    tail = ctx.aside[previous.end : para_end]
    named = [
        m
        for m in ctx.cast.in_range(previous.end, para_end)
        if m.kind != "person" or _other_person(ctx, previous, m.start, m.end)
    ]
    return not named and not any(c in tail for c in '"“”‘') and len(tail.split()) <= 12


def _other_person(ctx: Context, previous: Found, a: int, b: int) -> bool:
    """A person other than ``previous``'s speaker is named in ``a:b`` (either gender)."""
    return any(
        m.kind == "person" and not set(m.keys) <= set(previous.ref.keys)
        for m in ctx.cast.in_range(a, b)
    )


def _same_paragraph(ctx: Context, a: int, b: int) -> bool:
    return ctx.sentence_at(a).paragraph == ctx.sentence_at(b).paragraph


def _extend(found: Found, later: list[MarkSpan], ctx: Context, sent_end: int) -> int:
    """A partial quote runs on over the next quotations of its clause: how many it took."""
    taken = 0
    for mark in later:
        gap = ctx.aside[found.end : mark.start]
        if mark.start >= sent_end or _CUE.search(gap) or len(gap.split()) > 25:
            break
        if _new_subject(ctx, found, gap, mark.start):
            break  # "A accusing B of “…” and the mayor firing back that “…”": another voice
        if found.rule == "partial" and _starts_own_sentence(ctx, gap, mark):
            break
        if found.rule == "partial" and (
            _AND_THAT.search(gap) or _second_verb(ctx.aside, found.end, mark.start)
        ):
            break  # "said A “…” and that B “…”": two reported clauses, two quotes
        if found.rule == "label" and not _CONNECT.match(gap):
            break  # "calling it “null and void” and “ridiculous”": phrases joined, one label
        found.end = mark.end
        taken += 1
    if found.rule == "partial":
        _run_on(found, ctx, sent_end)
    return taken


_AND_CUE = re.compile(
    r"\s+(?:and|but|yet|while)\s+(?:(?:also|then|later|still)\s+)?"
    rf"(?:{_VERB_ALTS}|{'|'.join(cues.SAY_PHRASES)})(?![-\w])"
)
# "said the law was “…” and demanded that B", "had “every confidence” but believed the
# Government should “…”": a second verb of the reported lexicon, finite, opens a clause of its
# own. Forms that also head other phrases ("found the body", "held talks") count only with "that".
_CLAUSE_FORMS = sorted(
    (f for f in THAT_FORMS if not f.endswith("ing") and f != THAT_FORMS[f]), key=len, reverse=True
)
_BARE_CLAUSE_FORMS = words("""
    believed believes thought thinks felt feels insisted insists argued argues warned warns
    claimed claims maintained maintains conceded concedes admitted admits feared fears hoped
    hopes suggested suggests
    """)
_CLAUSE_VERB = re.compile(
    r",?\s+(?:and|but|yet)\s+(?:(?:also|then|later|still)\s+)?"
    rf"(?P<verb>{'|'.join(_CLAUSE_FORMS)})(?P<that>\s+that)?\s+(?=\S)"
)


def _second_verb(text: str, pos: int, end: int) -> re.Match | None:
    """The first coordinated second report verb between pos and end that opens a clause."""
    for m in _CLAUSE_VERB.finditer(text, pos, end):
        if m["that"] or m["verb"] in _BARE_CLAUSE_FORMS:
            return m
    return None
# "said the law needed “fixes” and proposed a tax credit", "… and declined to say": the
# subject's next act, no part of the reported clause.
_AND_ACT = re.compile(
    r",?\s+and\s+(?:then\s+|also\s+|later\s+)?(?:declined|refused|proposed|urged|called|asked"
    r"|demanded|pledged|vowed|promised|accused|blamed|praised|criticized|criticised|dismissed"
    r"|rejected|announced|unveiled|introduced|signed|voted|walked|left|stopped|offered|released"
    r"|launched|threatened|challenged|questioned|thanked|invited|told|wrote|posted|tweeted)\b"
)
_AND_THE_ROLE = re.compile(r"\b(?:and|while|but)\s+the\s+(?P<head>[a-z]+)\b")


# A participle right after an indefinite person, no comma between, describes that person:
# "retweeted a post by a retired police general calling the plan “…”".
_INDEFINITE_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:a|an|another)\s+(?:[a-z-]+\s+){0,3}?(?:"
    + "|".join(sorted(cues.ROLE_HEADS | cues.UNNAMED_HEADS))
    + r")\s+$"
)
_ROLE_THEN_PARTICIPLE = re.compile(r"\b(?:and|while|with)\s+the\s+(?P<head>[a-z]+)\s+$")


def _participle_subject(ctx: Context, sent: Sentence, cue_start: int) -> Ref:
    """Who a participle cue ("…, saying", "calling it") hangs on: the sentence's subject, unless
    a noun phrase of its own stands right before it."""
    role = _role_before_participle(ctx, cue_start)
    if role:  # "… and the mayor firing back that": the participle's own subject
        return Ref("role", word=role["head"], pos=cue_start)
    if _INDEFINITE_BEFORE_PARTICIPLE.search(ctx.aside, max(sent.start, cue_start - 60), cue_start):
        return Ref("unnamed", pos=cue_start)  # "a post by a retired general calling it “…”"
    return sentence_subject(ctx, sent.start, cue_start)


def _role_before_participle(ctx: Context, cue_start: int) -> re.Match | None:
    m = _ROLE_THEN_PARTICIPLE.search(ctx.aside, max(0, cue_start - 40), cue_start)
    return m if m and m["head"] in cues.ROLE_HEADS else None


def _new_subject(ctx: Context, found: Found, gap: str, mark_start: int) -> bool:
    """Between two quotations, a person other than the speaker or "and the <role>" is named."""
    role = _AND_THE_ROLE.search(gap)
    if role and role["head"] in cues.ROLE_HEADS:
        return True
    return any(
        m.kind == "person" and not set(m.keys) & set(found.ref.keys)
        for m in ctx.cast.in_range(found.end, mark_start)
    )


def _starts_own_sentence(ctx: Context, gap: str, mark: MarkSpan) -> bool:
    own = _OWN_SENTENCE.match(ctx.text[mark.start : mark.end])
    return bool(_GAP_AND.match(gap)) and bool(own)


def _run_on(found: Found, ctx: Context, sent_end: int) -> None:
    """The reported clause after the last quotation, up to a comma, a quote or the sentence end."""
    m = _RUN_ON.match(ctx.aside, found.end, sent_end)
    if not m:
        return
    second = _AND_THAT.search(m.group())
    if second:  # "said A “…” and that B": B is a reported clause of its own
        m = re.match(r".*", m.group()[: second.start()])
    role = _AND_THE_ROLE.search(m.group())
    if role and role["head"] in cues.ROLE_HEADS:  # "… and the mayor firing back that …"
        m = re.match(r".*", m.group()[: role.start()])
    act = (
        _AND_CUE.search(m.group())
        or _second_verb(m.group(), 0, len(m.group()))
        or _AND_ACT.search(m.group())
    )
    if act:  # "said A “…” and accused B of C": the second cue starts a quote of its own
        m = re.match(r".*", m.group()[: act.start()])
    tail = re.sub(r"\s+(?:and|or|but|so)\s*$", "", m.group()).rstrip()
    if len(tail.split()) > 30 or re.search(r"\b(?:he|she|they|it)\s+\w+$", tail):
        return  # too long to be one clause, or a new subject and verb ("… it was a good idea")
    found.end += len(tail)


_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w’'-]*[a-z] $")
_NAME_AFTER = re.compile(r" [A-Z][\w’'-]*[a-z]\b")


def _is_nickname(ctx: Context, mark: MarkSpan) -> bool:
    """ "Corazon “Cora” Villanueva": one or two quoted words between a given name and a
    surname are a nickname, never a quote."""
    return (
        ctx.text[mark.start - 2 : mark.start - 1].isalpha()
        and ctx.text[mark.end : mark.end + 1] == " "
        and mark.words(ctx.text) <= 2
        and bool(_NAME_BEFORE.search(ctx.text, max(0, mark.start - 30), mark.start))
        and bool(_NAME_AFTER.match(ctx.text, mark.end))
        and ctx.text[mark.end - 2 : mark.end - 1] not in ",.!?"
    )


_RESUME_GAP = re.compile(r"[^\"“”‘’;:.!?()]{3,120}")


def _resumed_after_cue(
    ctx: Context, last: Found | None, mark: MarkSpan, sent: Sentence
) -> Found | None:
    """ "“A,” wrote Ann Reed on Twitter, “B”": the quotation goes on after its own cue, in the
    same sentence; nothing but that cue, its speaker and adjuncts stands between the two parts."""
    if last is None or last.rule not in ("inverted", "cue-after") or last.ref.kind != "person":
        return None
    if last.end <= sent.start or not last.end <= last.cue_pos < mark.start:
        return None
    gap = ctx.aside[last.end : mark.start]
    if not _RESUME_GAP.fullmatch(gap) or len(_CUE.findall(gap)) != 1:
        return None
    if any(not set(m.keys) <= set(last.ref.keys) for m in ctx.cast.in_range(last.end, mark.start)):
        return None  # "“A,” said Reed, and Hale replied, “B”": another voice
    return Found(
        "direct", mark.start, mark.end, last.cue, last.ref, "same-cue", last.base, last.cue_pos
    )


def _named_after(ctx: Context, found: Found | None, mark: MarkSpan, limit: int) -> Found | None:
    """ "Fellow Democrats were kinder in their comments: “…”, wrote Ann Reed." — a cue before
    that offers no one named gives way to one right after the quotation that names a person."""
    if found is None or found.ref.kind not in ("unnamed", "none") or found.start != mark.start:
        return found
    after = _cue_after(ctx, mark, limit)
    return after if after is not None and after.ref.kind == "person" else found


# "The border is the “main difference” between them, he added.": a clause holding a quotation,
# its cue after it (a subject of a few words, a say verb, adjuncts, the sentence's end).
_CLAUSE_TAIL_CUE = re.compile(
    r"(?P<tail>[^\"“”‘;:!?]{0,160}?),\s+(?P<np>he|she|they|it|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
    r"|the\s+[a-z-]+(?:\s+[a-z-]+)?)\s+(?:also\s+)?"
    rf"(?P<verb>{'|'.join(sorted(cues.SAY_VERBS, key=len, reverse=True))})\b"
    r"[^,.;:!?\"“”]{0,40}[.!?]?\s*$"
)


def _clause_then_cue(
    ctx: Context, mark: MarkSpan, sent: Sentence, following: MarkSpan | None
) -> Found | None:
    """A quotation inside a clause whose cue ends the sentence: the clause is the quote, from
    the sentence's start (a dateline and an opening "But" left out) to the cue's comma."""
    if following is not None and following.start < sent.end:
        return None  # another quotation in the sentence: read on its own
    if mark.start - sent.start > READ_REACH:
        return None  # a clause is far shorter than that
    lead = ctx.aside[sent.start : mark.start]
    if not lead.strip() or _CUE.search(lead) or any(c in lead for c in '"“”'):
        return None  # the quotation opens the sentence, or a cue before it (other rules)
    m = _CLAUSE_TAIL_CUE.match(ctx.aside, mark.end, sent.end)
    if not m:
        return None
    ref = subject_before(ctx, m.start("np") - 1, m.start("verb"))  # match() offsets: the text's
    if ref is NONE:
        return None
    start = clause_start(ctx, sent.start)
    verb = ctx.text[m.start("verb") : m.end("verb")]
    end = m.end("tail")
    cue_pos = m.start("verb")
    return Found("direct", start, end, verb, ref, "clause-then-cue", 0.85, cue_pos)


def direct_quotes(ctx: Context, marks: list[MarkSpan]) -> list[Found]:
    """Every quotation that a cue (or its neighbour) makes a quote, in document order."""
    out: list[Found] = []
    i = 0
    while i < len(marks):
        mark = marks[i]
        sent = ctx.sentence_at(mark.start)
        last = out[-1] if out else None
        floor = max(sent.start, last.end if last and last.end <= mark.start else sent.start)
        if (
            _SO_CALLED.search(ctx.aside, max(sent.start, mark.start - 20), mark.start)
            or _WORK_BEFORE.search(ctx.aside, max(sent.start, mark.start - 40), mark.start)
            or _is_nickname(ctx, mark)
        ):
            i += 1
            continue
        if _CROWD_BEFORE.search(ctx.aside, max(sent.start, mark.start - 30), mark.start):
            out.append(Found("direct", mark.start, mark.end, None, NONE, "crowd", 0.3))
            i += 1
            continue
        found = None
        if last and last.rule == "partial" and sent.start < last.end <= mark.start:
            found = _second_that_clause(ctx, last, mark)  # "said A “…” and that B who … “…”"
        found = (
            found
            or _resumed_after_cue(ctx, last, mark, sent)
            or _cue_before(ctx, floor, mark, sent)
        )
        if (
            found is None
            and last
            and last.end > sent.start
            and _CONNECT.match(ctx.aside[last.end : mark.start])
        ):
            found = Found(
                "direct",
                mark.start,
                mark.end,
                last.cue,
                last.ref,
                "same-cue",
                last.base,
                last.cue_pos,
            )
        if found is None and last and last.rule == "partial" and last.end > sent.start:
            found = _second_that_clause(ctx, last, mark)
        end_sent = ctx.sentence_at(mark.end - 1)
        limit = _cue_after_limit(ctx, mark, end_sent)
        nxt = marks[i + 1].start if i + 1 < len(marks) else limit
        if found is None:  # "The border is the “main difference” between them, he added."
            found = _clause_then_cue(ctx, mark, sent, marks[i + 1] if i + 1 < len(marks) else None)
        found = _named_after(ctx, found, mark, min(nxt, limit)) or _cue_after(
            ctx, mark, min(nxt, limit)
        )
        found = found or _colon_before_paragraph(ctx, mark)
        found = found or _after_reaction(ctx, mark, sent)
        found = found or _uncued(ctx, mark, sent, last, out)
        i += 1
        if found:
            if found.rule in ("partial", "label"):
                i += _extend(found, marks[i:], ctx, sent.end)
            out.append(found)
    return out
