"""Who is speaking: the subject of a cue, read from the text around it, and resolved to people.

A *reference* is what the text offers as a speaker: a named mention, a pronoun, "the party",
"a government official". Resolving it gives one speaker (with a confidence) or none: a pronoun
resolves only when exactly one recent person of its gender can be meant (or the sentence before
had that person as its speaker); a surname two people share, or two candidates, gives candidates
and no speaker. Wrong attribution is the worst error, so every rule prefers "unsure".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from digest.extract import cues, documents
from digest.extract.people import PSEUDONYM_BEFORE, Cast, Mention, fold
from digest.extract.quotes import MarkSpan
from digest.extract.sentences import READ_REACH, Sentence

_WORD = re.compile(r"[\w’'-]+")
_DAYS = "|".join(sorted(w.capitalize() for w in cues.MONTHS_DAYS if len(w) > 3))
# Words between a subject and its verb: adverbs, auxiliaries, and a time adjunct ("Smith on
# Tuesday said", "Smith late on Friday told", "Smith last week said").
_TRAILING_ADVERBS = re.compile(
    r"(?:\s+(?:[a-z]+ly|"
    + "|".join(sorted(cues.ADVERBS))
    + rf"|(?:(?:late|early)\s+)?on\s+(?:{_DAYS})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:last|this|earlier\s+this)\s+(?:{'|'.join(sorted(cues.TIME_NOUNS))})))+\s*$"
)
_PP_TAIL = re.compile(
    r"^\s*(?:of|from|at|for|in)\s[^,]*$|^\s*$|^\s+(?:himself|herself|themselves|itself)\s*$"
    # "X speaking to the Atlantic Council called …": where X spoke, not who
    r"|^\s*(?:speaking|talking|writing)\s+(?:to|at|in|on|with|from)\s[^,]*$"
)
# A name may end in an abbreviation whose full stop the mention leaves out: "Acme Partners Inc.,
# a Nevada company, said" (not "R-S.D.", a party and state).
_NAME_ENDS = frozenset(["inc", "ltd", "co", "corp", "bros", "jr", "sr", "plc", "llc"])
_CAMPAIGN_OF_PRONOUN = re.compile(r"(his|her)\s+(?:presidential\s+|own\s+)?(?:campaign|camp)", re.I)
_DEFINITE = re.compile(
    r"(?:^|\s)(?:the|its|their)\s+(?P<mods>(?:[\w-]+\s+){0,3}?)(?P<head>[\w-]+)\s*$", re.I
)


_SUBJECT_REACH = (
    8  # words before a sentence's subject (intro adverbials, "Since then, a Republican,")
)


@dataclass(frozen=True)
class Ref:
    """A speaker as the text offers it."""

    kind: str  # person | org | pronoun | role | orgref | unnamed | none
    keys: tuple[str, ...] = ()
    word: str = ""
    pos: int = 0
    mods: tuple[str, ...] = ()  # "the health ministry": the words before a body's head noun


NONE = Ref("none")


@dataclass
class Speaker:
    key: str | None
    candidates: list[str] = field(default_factory=list)
    confidence: float = 0.0


@dataclass
class Context:
    """One article as the attribution rules see it."""

    text: str
    masked: str  # quotations masked
    aside: str  # quotations and asides masked
    sentences: list[Sentence]
    cast: Cast
    marks: list[MarkSpan] = field(default_factory=list)
    # (start, speaker, paragraph, end) of each attributed quote, in the order they are resolved;
    # the end tells a name inside someone's reported words (no antecedent for the pronoun that
    # goes on with that someone)
    history: list[tuple[int, str, int, int]] = field(default_factory=list)
    original: str = ""  # the article as written, when ``text`` reads its quotation marks as “…”
    _starts: list[int] = field(default_factory=list, repr=False)

    def sentence_starts(self) -> list[int]:
        """Each sentence's start offset, in order (computed once)."""
        if not self._starts:
            self._starts = [s.start for s in self.sentences]
        return self._starts

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence holding ``pos`` (the one before it when ``pos`` falls between two)."""
        return self.sentences[max(0, bisect_right(self.sentence_starts(), pos) - 1)]


# --- reading a subject ---------------------------------------------------------------------------


def _first_word(s: str) -> str:
    m = _WORD.search(s)
    return m.group().lower() if m else ""


_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "this", "that"])


def _preceded_by_preposition(ctx: Context, m: Mention, floor: int) -> bool:
    words = [w.lower() for w in _WORD.findall(ctx.aside[max(floor, m.start - 40) : m.start])]
    while words and words[-1] in _DETERMINERS:
        words.pop()
    if _in_title(ctx, m, floor, words):
        return False  # "Ambassador to Germany Ann Reed": her title, not an object
    return bool(words) and words[-1] in cues.PREPOSITIONS


_TITLE_LINKS = frozenset(["to", "of", "for"])


def _in_title(ctx: Context, m: Mention, floor: int, words: list[str]) -> bool:
    """A person after a capitalised title with "to/of/for" ("Ambassador to Germany"), not after
    a lowercase role ("an adviser to Minister Ann Reed" is an object)."""
    return (
        m.kind == "person"
        and len(words) > 1
        and words[-1] in _TITLE_LINKS
        and words[-2] in cues.ROLE_HEADS
        and bool(_CAPITALISED_TITLE.search(ctx.aside, max(floor, m.start - 40), m.start))
    )
_CAPITALISED_TITLE = re.compile(r"\b[A-Z][a-z]+\s+(?:to|of|for)\s+(?:the\s+)?$")


def _quantified(ctx: Context, m: Mention) -> bool:
    """ "Other Republicans", "some Democrats", "members of the party", "politicians of the
    nationalist party X": members of a body (or a person's people), not the body."""
    if _MEMBERS_OF.search(ctx.aside, max(0, m.start - 60), m.start):
        return True
    if m.kind == "person" and not m.possessive and _STAFF_AFTER.match(ctx.aside, m.end):
        return True  # "a Prentiss adviser", "Clinton aides", "the Varelas campaign": theirs
    if m.kind == "org" and not m.possessive:
        if _MEMBERS_IN_BODY.match(ctx.aside, m.end) and any(
            ctx.cast.entities[k].org_kind == "party" for k in m.keys
        ):
            return True  # "Republicans in the legislature have argued": members, not the party
        role = _ROLE_AFTER_BODY.match(ctx.aside, m.end)
        word = role[1].lower() if role else ""
        if word.endswith("s") and word[:-1] in cues.ROLE_HEADS:
            word = word[:-1]  # "Senate leaders", "party officials": people of the body
        if role and (word in cues.ROLE_HEADS or word in _RACE_ROLES):
            # "turned GOP front-runner", "the Democratic nominee": the person, not the body
            return not ctx.cast.starting_in(m.end, role.end() + 2)
    words = _WORD.findall(ctx.aside[max(0, m.start - 20) : m.start])
    return m.kind == "org" and bool(words) and words[-1].lower() in cues.QUANTIFIERS


# A name used as the modifier of the people who work for its bearer.
_STAFF_AFTER = re.compile(
    r"\s+(?:campaign|camp|advis[eo]rs?|aides?|spokes(?:man|woman|person|people)|staff(?:ers?)?"
    r"|allies|ally|supporters|loyalists|team|lawyers?|attorneys?|associates?|confidants?"
    r"|surrogates?|backers|officials|operatives?|strategists?|pollsters?)\b"
)
# A verb whose object is the person or body right after it.
_OBJECT_VERB_BEFORE = re.compile(
    r"\b(?:urged|asked|told|pressed|accused|blamed|thanked|invited|warned|called\s+on|lobbied"
    r"|begged|implored|encouraged|advised|met|defended|attacked|endorsed|criticized|criticised"
    r"|praised|urging|asking|pressing|accusing|blaming|warning|calling\s+on)\s+$"
)
_ROLE_AFTER_BODY = re.compile(r"\s+([a-z][\w-]*)\b")
_MEMBERS_IN_BODY = re.compile(
    r"\s+(?:in|on|from)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)?(?:legislature|congress|house|senate"
    r"|committee|assembly|parliament|statehouse|caucus|conference|delegation)\b",
    re.I,
)
_RACE_ROLES = cues.words("front-runner frontrunner hopeful challenger incumbent contender")
_MEMBERS_OF = re.compile(
    rf"(?<![\w’'-])(?:{'|'.join(sorted(cues.MEMBER_NOUNS))})\s+(?:of|from|for|within)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.I,
)


_COORDINATED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?", re.I)


def head_mention(ctx: Context, a: int, b: int) -> Mention | None:
    """The mention a segment is about: it ends the segment (or has an "of ..." tail after it)."""
    best = None
    in_phrase = None  # the end of a mention inside "of/for/… X": "of X and Y" keeps Y in it
    for m in ctx.cast.in_range(a, b):
        if in_phrase is not None and _COORDINATED.fullmatch(ctx.aside, in_phrase, m.start):
            in_phrase = m.end
            continue
        in_phrase = None
        if _preceded_by_preposition(ctx, m, a) and not _clause_subject(ctx, m, a, b):
            in_phrase = m.end
            continue
        if m.possessive or _quantified(ctx, m):
            continue
        if _PP_TAIL.match(ctx.aside[m.end : b]) or _abbreviation_stop(ctx, m, b):
            best = best or m
    return best


# Words that are prepositions before a noun and conjunctions before a clause.
_CONJUNCTIONS = cues.words(
    "after before since until as because while although though when once if unless"
)


def _clause_subject(ctx: Context, m: Mention, a: int, b: int) -> bool:
    """ "a week after the F.B.I. said": the name right before the verb after a conjunction is
    that clause's subject, not a preposition's object ("a spokesman for Smith said" stays one)."""
    if ctx.aside[m.end : b].strip(" .") or m.possessive:
        return False
    words = _WORD.findall(ctx.aside[max(a, m.start - 20) : m.start].lower())
    while words and words[-1] in _DETERMINERS:
        words.pop()
    return bool(words) and words[-1] in _CONJUNCTIONS


def _abbreviation_stop(ctx: Context, m: Mention, b: int) -> bool:
    """Only the full stop of the abbreviation that ends the name follows the mention."""
    words = ctx.text[m.start : m.end].split()
    if ctx.aside[m.end : b].strip() != ".":
        return False
    return words[-1].lower() in _NAME_ENDS or bool(_DOTTED.fullmatch(words[-1]))  # "the F.B.I."


_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")


_VOICE = re.compile(
    r"\b(?:spokes(?:man|woman|person|people)|representatives?|officials?|sources?|aides?"
    r"|analysts?|economists?|strategists?|researchers?)\b",  # "economists at Rift Capital"
    re.I,
)
_VOICE_OF = re.compile(r"\s+(?:for|of|at|from|in|with)\s+(?:the\s+)?$", re.I)


def _voice_of(ctx: Context, a: int, b: int) -> tuple[str, ...]:
    """ "a spokesperson for the Home Office", "a Downing Street spokesman": the body an unnamed
    voice speaks for. Per the conventions the voice is unnamed (speaker null); the body is
    offered to the editor as a candidate."""
    voice = _VOICE.search(ctx.aside, a, b)
    if not voice:
        return ()
    for m in ctx.cast.in_range(a, b):
        if m.kind != "org" or len(m.keys) != 1:
            continue
        before = ctx.aside[voice.end() : m.start]
        after = ctx.aside[m.end : voice.start()]
        if (m.start >= voice.end() and _VOICE_OF.fullmatch(before)) or (
            m.end <= voice.start() and not after.strip()
        ):
            return m.keys
    return ()


def _plain_ref(ctx: Context, a: int, b: int) -> Ref:
    """A segment without a named head: a pronoun, "the party", "a government official"."""
    ref = _plain_ref_of(ctx, a, b)
    if ref.kind == "unnamed":
        return Ref("unnamed", _voice_of(ctx, a, b), pos=ref.pos)
    return ref


def _plain_ref_of(ctx: Context, a: int, b: int) -> Ref:
    seg = _LEADING_CONJUNCTION.sub("", ctx.aside[a:b].strip())  # "…, and it accused": "it"
    seg = seg.rstrip(".,;:!? ")  # "“…,” said the minister.": the phrase, not its full stop
    words = [w.lower() for w in _WORD.findall(seg)]
    if not words:
        return NONE
    if words[-1] in cues.PRONOUNS and (len(words) <= 2 or words[-1] in ("he", "she", "they")):
        # "On live television he said", "a change she called": a subject pronoun right before
        # its verb is that verb's subject ("the F.B.I." ends in no "I")
        return Ref("pronoun", word=words[-1], pos=b)
    verb = _NEXT_WORD.match(ctx.aside, b)
    if words == ["it"] and verb and verb[1] in _IT_CUES:  # "it said", "and it accused": a body
        return Ref("orgref", word="it", pos=b)
    described = _DESCRIBED.fullmatch(seg)
    if described:  # "the Ohio Democrat": a member by party and state
        state = cues.US_STATES.get(described["state"].lower(), described["state"].lower())
        return Ref("affiliation", word=f"{described['party'].lower()}|{state}", pos=b)
    party = _PARTY_ONLY.fullmatch(seg)
    if party:  # "the Republican said": the one person the article calls a Republican
        return Ref("affiliation", word=f"{party[1].lower()}|", pos=b)
    owner = _CAMPAIGN_OF_PRONOUN.fullmatch(seg)
    if owner:  # "His campaign said": the campaign of the man "his" means
        return Ref("orgref", word="campaign", pos=b, mods=(owner[1].lower(),))
    m = _DEFINITE.search(seg)
    if m and words[0] in ("the", "its", "their"):
        head = m["head"].lower()
        if head in cues.ORG_REFERENCES:
            return Ref("orgref", word=head, pos=b, mods=tuple(m["mods"].lower().split()))
        if head in documents.CITED_NOUNS and words[0] == "the":
            return Ref("document", word=head, pos=b)  # "“…,” the statement said"
        if head in cues.ROLE_HEADS:
            mods = [
                w for w in m["mods"].lower().split() if w in cues.ROLE_MODIFIERS | cues.ROLE_HEADS
            ]
            return Ref("role", word=" ".join([*mods, head]), pos=b)
    if words[0] in cues.UNNAMED_HEADS or words[0] in ("the", "some") or seg[:1].islower():
        return Ref("unnamed", pos=b)
    return Ref("unnamed", pos=b) if len(words) <= 8 else NONE


_IT_CUES = cues.SAY_VERBS | cues.LABEL_VERBS | cues.FRAGMENT_VERBS | cues.OBJECT_QUOTE_VERBS
_IT_SUBJECT = re.compile(rf"\b(it)\s+(?:{'|'.join(sorted(_IT_CUES, key=len, reverse=True))})\b")
_SUBJECT_PRONOUNS = frozenset([*cues.PRONOUNS, "it"])
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but)\s+(?=\S)", re.I)
_PARTY_ONLY = re.compile(r"(?:[Tt]he)\s+(Democrat|Republican)")
_DESCRIBED = re.compile(
    r"(?:the|a)\s+(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?P<party>Democrat|Republican)"
)


def _segments(ctx: Context, a: int, b: int) -> list[tuple[int, int]]:
    out, start = [], a
    inside: list[tuple[int, int]] | None = None
    for m in re.finditer(r"[,:]", ctx.aside[a:b]):
        if inside is None:
            inside = [(x.start, x.end) for x in ctx.cast.in_range(a, b)]
        if any(x < a + m.start() < y for x, y in inside):
            continue  # "Department for Science, Innovation and Technology": one name
        out.append((start, a + m.start()))
        start = a + m.end()
    out.append((start, b))
    return [(x, y) for x, y in out if ctx.aside[x:y].strip()]


def _is_intro(seg: str) -> bool:
    first = _first_word(seg)
    return (
        first in cues.PREPOSITIONS
        or first in cues.MONTHS_DAYS
        or first in cues.TIME_WORDS
        or first in ("this", "last", "namely", "but", "however", "while", "when", "yesterday")
    )


def _is_aside(seg: str) -> bool:
    first = _first_word(seg)
    if first.endswith("ing"):
        return not _begins_a_title(seg)
    # "Asked about the threats, she said": a reporter's question, not the subject
    return first in cues.RELATIVE_WORDS or first in ("as", "asked", "pressed")


# "Housing Minister Helen Marsh", "Acting President X", "Ranking Member X": an -ing word before
# a role begins a title, not a participle aside ("Speaking to reporters, …", "Regarding X, …").
_TITLE_WITH_ING = re.compile(r"\s*[A-Z][a-z]+ing\s+(?P<role>[A-Z][a-z]+)\b")


def _begins_a_title(seg: str) -> bool:
    m = _TITLE_WITH_ING.match(seg)
    if m:
        return m["role"].lower() in cues.ROLE_HEADS
    # "Motoring group DriveRight", "Leading economist Jane Doe": an -ing adjective before a
    # kind word or a role, not a participle
    m = _ING_ADJECTIVE.match(seg)
    return bool(m) and (m["noun"] in cues.ROLE_HEADS or m["noun"] in cues.ORG_DESCRIPTORS)


_ING_ADJECTIVE = re.compile(r"\s*[A-Za-z]+ing\s+(?P<noun>[a-z-]+)\s+[A-Z]")


_RELATIVES = frozenset(["which", "who", "whom", "where", "when", "what"])


def _opens_with_name(ctx: Context, a: int, b: int) -> bool:
    """ "Downing Street said", "Reading Council said": the -ing word opens a name, no aside."""
    start = a + len(ctx.aside[a:b]) - len(ctx.aside[a:b].lstrip())
    return bool(ctx.cast.starting_in(start, start + 1))

_CONJUNCTION = re.compile(r"\s*(?:but|and|yet|so)\s+(?=\S+\s+\S)", re.I)
_CANDIDATES_BODY = re.compile(r"\s(?:campaign|administration)$")
_BARE_WHO = re.compile(r"(?<![,;])\s+who\s")
_AND_IT = re.compile(r"\s*(?:and|but)\s+it\s*")
# An opening adverbial clause up to its comma: "Asked whether that meant …, ".
_OPENING_ADVERBIAL = re.compile(
    rf"\s*(?:{'|'.join(sorted(cues.ADVERBIAL_OPENERS))})\b[^,;:]{{0,150}},\s*", re.I
)


def subject_before(ctx: Context, floor: int, pos: int) -> Ref:
    """The subject of a cue verb at ``pos``: the nearest named head, skipping appositions."""
    floor = max(floor, pos - READ_REACH)
    region = _TRAILING_ADVERBS.sub("", ctx.aside[floor:pos])
    end = floor + len(region)
    tail = _WORD.findall(region[-12:])
    if tail and tail[-1].lower() in ("who", "which"):
        return _relative_antecedent(ctx, floor, end)
    if len(tail) > 1 and tail[-1].lower() in cues.PRONOUNS and tail[-2].lower() in _RELATIVES:
        return Ref("pronoun", word=tail[-1].lower(), pos=end)  # "…, which he said", "in which she"
    if tail and tail[-1].lower() in ("and", "but"):
        return sentence_subject(ctx, floor, end)
    fallback = NONE
    segs = _segments(ctx, floor, end)
    relative = _relative_clause_subject(ctx, *segs[-1]) if segs else None
    if relative:  # "the plan, which Reed has called": Reed, not the sentence's subject
        return relative
    for n in range(len(segs) - 1, -1, -1):
        a, b = segs[n]
        conj = _CONJUNCTION.match(ctx.aside, a, b)
        a = conj.end() if conj and n == len(segs) - 1 else a  # "…, but the minister said"
        seg = ctx.aside[a:b]
        if _is_aside(seg) and not _opens_with_name(ctx, a, b):
            continue
        if _is_intro(seg) and head_mention(ctx, a, b) is None:
            tail = _plain_ref(ctx, a, b)
            if (
                tail.kind != "pronoun"
                and n == len(segs) - 1
                and n > 0
                and not _is_intro(ctx.aside[segs[n - 1][0] : segs[n - 1][1]])
            ):
                continue  # "Smith, in a statement, said": the subject is before the adjunct
            return tail if tail.kind == "pronoun" else fallback  # "On live television he said"
        named = _pseudonym_named(ctx, a, b)
        if named is not None:  # "One organiser, a student who gave her name as Achieng, told"
            return named
        last_word = _WORD.findall(seg[-12:])[-1:]
        if n == len(segs) - 1 and last_word and last_word[0].lower() in ("he", "she"):
            return Ref("pronoun", word=last_word[0].lower(), pos=b)  # "a change she called"
        earlier = any(
            not _is_intro(ctx.aside[x:y]) and not _is_aside(ctx.aside[x:y]) for x, y in segs[:n]
        )
        if (
            earlier
            and not (conj and n == len(segs) - 1)  # "…, and the company said": a new clause
            and seg.strip()[:1].islower()
            and _first_word(_LEADING_CONJUNCTION.sub("", seg.strip())) not in _SUBJECT_PRONOUNS
            and not _names_a_person(ctx, a, b)  # "One of its MEPs, the Hungarian X, said"
            and not _names_a_body(ctx, a, b)  # "The regulator, the National Energy Regulator,"
        ):
            fallback = fallback if fallback.kind != "none" else _plain_ref(ctx, a, b)
            continue  # an apposition: ", co-director of think tank Ekklesia"
        document = _DOCUMENT_OF.match(ctx.aside, a, b)
        if document:  # "A statement from the council said": the council's words
            author = subject_after(ctx, document.end(), b)  # match() offsets are the text's
            return author if author.kind != "none" else _plain_ref(ctx, document.end(), b)
        by = documents.author_after(ctx.aside, a, b)
        if by is not None:  # "A poll carried out by Harbour Research found", "Figures from X"
            author = subject_after(ctx, by, b)
            return author if author.kind != "none" else _plain_ref(ctx, by, b)
        owner = _document_owner(ctx, a, b)
        if owner is not None:  # "The WHO’s website said": the owner's words
            return owner
        owner = _owner_cited(ctx, a, b)
        if owner is not None:  # "A Harbor Research poll released Tuesday found": the pollster's
            return owner
        head = head_mention(ctx, a, b)
        if head and earlier and _indefinite_subject(ctx, segs[:n]):
            # "A spokesperson for the minister, Aidan Clery, said": the name is the principal's
            return Ref("unnamed", (), pos=b)
        if head:
            return Ref(head.kind, head.keys, pos=head.start)
        ref = _plain_ref(ctx, a, b)
        if ref.kind == "orgref" and ref.word == "it" and _AND_IT.fullmatch(seg):
            # "The White House said A, and it accused B": "it" is the body the sentence opened on
            body = sentence_subject(ctx, ctx.sentence_at(pos).start, a)
            if body.kind == "org":
                return Ref("org", body.keys, pos=b)  # the cue's own subject, where "it" stands
        if ref.kind in ("pronoun", "orgref", "document") or not earlier:
            return ref
        if conj and n == len(segs) - 1 and ref.kind == "unnamed":
            return ref  # "…, and Senate leaders have said": a new clause, its own subject
        fallback = fallback if fallback.kind != "none" else ref
    return fallback


_RELATIVE_OPENING = re.compile(r"\s*(?:which|whom)\s+(?:the\s+)?", re.I)
_AUXILIARIES_ONLY = re.compile(
    r"(?:\s+(?:has|have|had|was|is|also|once|since|often|repeatedly|previously|[a-z]+ly))*\s*"
)


def _relative_clause_subject(ctx: Context, a: int, b: int) -> Ref | None:
    """A segment "which NAME (has)" right before the cue: NAME is the relative clause's subject."""
    m = _RELATIVE_OPENING.match(ctx.aside, a, b)
    if not m:
        return None
    named = ctx.cast.in_range(m.end(), b)
    if not named or named[0].start != m.end() or named[0].possessive:
        return None
    if not _AUXILIARIES_ONLY.fullmatch(ctx.aside, named[0].end, b):
        return None
    return Ref(named[0].kind, named[0].keys, pos=named[0].start)


def _owner_cited(ctx: Context, start: int, end: int) -> Ref | None:
    """The body or person right after "a/the" (and a date) whose document or figures are cited."""
    for m in ctx.cast.in_range(start, min(end, start + 60)):
        if len(m.keys) != 1 or not documents.cited_after(ctx.aside, m.end, end):
            continue
        lead = _WORD.findall(ctx.aside[start : m.start].lower())
        if lead and lead[0] in ("a", "an", "the") and all(
            w in ("a", "an", "the") or w.isdigit() or w in cues.MONTHS_DAYS for w in lead
        ):
            return Ref(m.kind, m.keys, pos=m.start)
    return None


_INDEFINITE_NOUN_COMMA = re.compile(
    r"\s*(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s*$", re.I
)


def _apposed_name(ctx: Context, start: int, end: int) -> Ref | None:
    """ "one member, Denise Hartley,": a person named right after an indefinite noun with no
    "of / for / to" phrase (in "a spokesman for the minister, X" the name may be the minister's)."""
    named = ctx.cast.in_range(start, min(end, start + 80))
    if not named or named[0].kind != "person" or len(named[0].keys) != 1:
        return None
    lead = ctx.aside[start : named[0].start]
    if not _INDEFINITE_NOUN_COMMA.fullmatch(lead):
        return None
    if any(w.lower() in cues.PREPOSITIONS for w in _WORD.findall(lead)):
        return None
    return Ref("person", named[0].keys, pos=named[0].start)


_DOCUMENT_SUBJECT = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+of\s+(?=\S)"
)


def document_issuer(ctx: Context, start: int, end: int) -> Ref:
    """Who issued the document that is the subject of "… read:": "The opinion of the Court" (the
    body after "of"), "The court’s summary" (the owner); a document of no one named: NONE."""
    first = re.match(r"[^,]*", ctx.aside[start:end])[0]  # before an apposition's comma
    stop = start + len(first)
    m = _DOCUMENT_SUBJECT.match(ctx.aside, start, stop)
    if m and (m["noun"] in documents.CITED_NOUNS or m["noun"] in ("opinion", "text")):
        head = head_mention(ctx, m.end(), stop)
        return Ref(head.kind, head.keys, pos=head.start) if head else _plain_ref(ctx, m.end(), stop)
    owner = _document_owner(ctx, start, stop)
    return owner if owner is not None else NONE


def _pseudonym_named(ctx: Context, a: int, b: int) -> Ref | None:
    """The one person a pseudonym phrase in ``a:b`` names ("using the pseudonym Katya")."""
    seg = ctx.aside[a:b]
    if " as " not in seg and "pseudonym" not in seg:
        return None
    for m in ctx.cast.in_range(a, b):
        if (
            m.kind == "person"
            and len(m.keys) == 1
            and PSEUDONYM_BEFORE.search(ctx.aside, max(a, m.start - 40), m.start)
        ):
            return Ref("person", m.keys, pos=m.start)
    return None


def _document_owner(ctx: Context, a: int, b: int) -> Ref | None:
    """ "The WHO’s website", "Reed’s letter": a possessive name, then only a document noun."""
    for m in ctx.cast.in_range(a, b):
        if not m.possessive or len(m.keys) != 1:
            continue
        lead = ctx.aside[a : m.start].strip().lower()
        if lead in ("", "the") and documents.owned_document(ctx.aside, m.end, b):
            return Ref(m.kind, m.keys, pos=m.start)
    return None


_DOCUMENT_SENTENCES_BACK = 4


def _resolve_document(ctx: Context, ref: Ref) -> Speaker:
    """ "“…,” the statement said": the issuer named shortly before ("X said in a statement",
    "In a note, X …"), in this paragraph or the one before; nothing given, no speaker."""
    here = ctx.sentences.index(ctx.sentence_at(ref.pos))
    para = ctx.sentences[here].paragraph
    for i in range(here, max(-1, here - _DOCUMENT_SENTENCES_BACK - 1), -1):
        sent = ctx.sentences[i]
        if sent.paragraph < para - 1:
            break
        end = min(sent.end, ref.pos - len(ref.word))
        issued = documents.issued_in(ctx.aside, sent.start, end, ref.word)
        if issued is None:
            introduced = _introduced_author(ctx, sent.start, end, ref.word)
            if introduced is None:
                continue
            who = resolve(ctx, introduced)
            return Speaker(who.key, [], 0.7) if who.key else Speaker(None, who.candidates, 0.0)
        quoted = [k for p, k, _n, _e in ctx.history if sent.start <= p < sent.end]
        if quoted:
            return Speaker(quoted[-1], [], 0.7)
        subject = sentence_subject(ctx, sent.start, issued.start())
        if subject.kind == "none" and not ctx.aside[sent.start : issued.start()].strip():
            subject = sentence_subject(ctx, sent.start, end)  # "In a statement, the ministry …"
        who = resolve(ctx, subject) if subject.kind != "document" else Speaker(None)
        return Speaker(who.key, [], 0.7) if who.key else Speaker(None, who.candidates, 0.0)
    return Speaker(None)


def _introduced_author(ctx: Context, start: int, end: int, noun: str) -> Ref | None:
    """Who wrote the document "the <noun>" means, where ``start:end`` introduces it with its
    author: "a poll carried out by X", "X’s petition", "a Treasury letter"; else None."""
    for at in documents.introductions(ctx.aside, start, end, noun):
        stop = min(end, ctx.sentence_at(at).end)
        by = documents.author_after(ctx.aside, at, stop)
        ref = _author_named_at(ctx, by, stop) if by is not None else _owner_cited(ctx, at, stop)
        if ref is None:
            ref = _document_owner(ctx, max(start, at - 40), stop)
        if ref is not None and ref.kind in ("person", "org"):
            return ref
    return None


def _author_named_at(ctx: Context, at: int, stop: int) -> Ref | None:
    """The name that opens the phrase at ``at`` ("by the Harbour Party for …"), or the name in
    apposition to a role of someone's ("by the council’s head of planning, Rebecca Thorne");
    a phrase that opens with no name: None (the next name may be anyone's)."""
    found = [m for m in ctx.cast.in_range(at, stop) if len(m.keys) == 1]
    if not found:
        return None
    first, lead = found[0], ctx.aside[at : found[0].start]
    if len(_WORD.findall(lead)) > 1:  # "by the council’s head of planning, Rebecca Thorne"
        apposed = first.kind == "person" and re.fullmatch(r"[^,;:]+,\s*", lead)
        if apposed and len(lead.split()) <= 8:
            return Ref("person", first.keys, pos=first.start)
        return None
    if not first.possessive:
        return Ref(first.kind, first.keys, pos=first.start)
    for m in found[1:3]:
        gap = ctx.aside[first.end : m.start]
        if m.kind == "person" and gap.rstrip().endswith(",") and len(gap.split()) <= 6:
            return Ref("person", m.keys, pos=m.start)
    return None


def _names_a_body(ctx: Context, a: int, b: int) -> bool:
    """The segment is "the" and a body's name: an apposition that names the body spoken of."""
    head = head_mention(ctx, a, b)
    return (
        head is not None
        and head.kind == "org"
        and ctx.aside[a : head.start].strip().lower() in ("", "the")
        and not ctx.aside[head.end : b].strip()
    )


def _names_a_person(ctx: Context, a: int, b: int) -> bool:
    """The segment ends in a person's name: "the Hungarian Zoltán Erdős", not "a co-director"."""
    head = head_mention(ctx, a, b)
    if head is None or head.kind != "person":
        return False
    return " " in ctx.text[head.core_start : head.core_end].strip()  # a full name, not "Levant"


_DOCUMENT_OF = re.compile(
    r"\s*(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:written|joint|brief|short)\s+)?"
    r"(?:statement|letter|note|release|press\s+release|email|e-mail|memo|submission)\s+"
    r"(?:from|by|issued\s+by|on\s+behalf\s+of)\s+",
    re.I,
)

_INDEFINITE = frozenset(["a", "an", "one", "another"])
# Nouns that stand for one person, as a principal whose name follows in apposition.
_PERSON_NOUNS = cues.words("""
    rival rivals opponent challenger boss client husband wife son daughter father mother brother
    sister candidate nominee predecessor successor friend colleague employer
    """)


def _indefinite_subject(ctx: Context, segs: list[tuple[int, int]]) -> bool:
    """The first segment that is not an intro or an aside is an indefinite noun phrase whose
    prepositional phrase ends in a person's role ("a spokesperson for the minister", "a source
    close to the Taoiseach"): a name in apposition after it is that person's, not the speaker's.
    "A member of the Tunisian Parliament, Samir Dilou, said" names the member."""
    for x, y in segs:
        seg = ctx.aside[x:y]
        if _is_intro(seg) or _is_aside(seg):
            continue
        words = [w.lower() for w in _WORD.findall(seg)]
        return (
            len(words) > 2
            and words[0] in _INDEFINITE
            and words[:2] != ["one", "of"]  # "One of its MEPs, X, said": X is that member
            and any(w in cues.PREPOSITIONS or w == "close" for w in words[1:])
            # "for the minister", "for his Democratic rival", not "of the Parliament"
            and (words[-1] in cues.ROLE_HEADS or words[-1] in _PERSON_NOUNS)
        )
    return False


_WHO = re.compile(r",\s*who\s")


def _open_relative(ctx: Context, floor: int, end: int) -> int | None:
    """The end of a ", who" that opens a relative clause still open at ``end`` (no comma,
    semicolon or colon since, in the same sentence), or None."""
    start = max(floor, ctx.sentence_at(end).start)
    if ctx.aside.find("who", start, end) < 0:  # the cheap test first: most sentences have none
        return None
    opened = None
    for m in _WHO.finditer(ctx.aside, start, end):
        opened = m
    if opened is None or any(c in ctx.aside[opened.end() : end] for c in ",;:"):
        return None
    return opened.start() + len(opened.group().rstrip())


def _relative_antecedent(ctx: Context, floor: int, end: int) -> Ref:
    """ "…, who said": the person just before the relative pronoun."""
    people = [m for m in ctx.cast.in_range(max(floor, end - 160), end) if m.kind == "person"]
    last = ctx.cast.in_range(max(floor, end - 160), end)[-1:]
    if last and last[0].kind == "org" and _names_the_relative(ctx, last[0], floor, end):
        return Ref("org", last[0].keys, pos=last[0].start)  # "… and UNESCO, who questioned"
    if re.search(r"\bwhich\s*$", ctx.aside[floor:end]):
        return NONE  # "the leader of the party, which said": "which" is never a person
    if people:
        return Ref("person", people[-1].keys, pos=people[-1].start)
    return NONE


def _names_the_relative(ctx: Context, m: Mention, floor: int, end: int) -> bool:
    """A body right before "who" (only an acronym between) and not inside "of the …"."""
    gap = re.sub(r"\s*\([^)]*\)\s*", " ", ctx.aside[m.end : end])
    which = re.search(r"\bwhich\s*$", gap) is not None
    gap = re.sub(r"\b(?:who|which)\s*$", "", gap)
    if gap.strip(" ,") or m.possessive:
        return False
    if which:  # "goes to the Electoral Commission, which said": "which" is no person
        return True
    return not _preceded_by_preposition(ctx, m, floor) and not _OF_MODIFIED.search(
        ctx.aside, max(floor, m.start - 50), m.start
    )


# "secretary-general of the main opposition Reform Party, who": the party names the role, the
# relative pronoun is the person's
_OF_MODIFIED = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}$")


# "with officials saying", "with many critics arguing": an absolute clause, its own subject.
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+$")
_HEAD_NOUN_SUBJECT = re.compile(r"\s*(?:[A-Z][\w ,]*?,\s*)?(?:The|the)\s+([a-z]+)\b(?![’'])")


def sentence_subject(ctx: Context, floor: int, pos: int) -> Ref:
    """The subject of the clause that a participle ("…, saying") or a second verb hangs on."""
    floor = max(floor, pos - READ_REACH)
    who = _open_relative(ctx, floor, pos)
    if who is not None:  # "X, who said A and accused B": X accused, not the sentence's subject
        relative = _relative_antecedent(ctx, floor, who)
        if relative.kind != "none":
            return relative
    if "with " in ctx.aside[max(floor, pos - 40) : pos] and _WITH_SUBJECT.search(
        ctx.aside, max(floor, pos - 40), pos
    ):
        return Ref("unnamed", pos=pos)  # "…, with officials saying …": the clause's own subject
    opening = _OPENING_ADVERBIAL.match(ctx.aside, floor, pos)
    if opening:  # "Asked whether she would …, he laughed and said": the clause after it
        floor = opening.end()
    items: list[tuple[int, Ref]] = []
    for m in ctx.cast.in_range(floor, pos):
        if _quantified(ctx, m):
            items.append((m.start, Ref("unnamed", pos=m.start)))
        elif not m.possessive and not _preceded_by_preposition(ctx, m, floor):
            items.append((m.start, Ref(m.kind, m.keys, pos=m.start)))
    for m in re.finditer(r"\b(he|she|they)\b", ctx.aside[floor:pos], re.I):
        items.append(
            (floor + m.start(), Ref("pronoun", word=m.group(1).lower(), pos=floor + m.start()))
        )
    if "it " in ctx.aside[floor:pos]:  # the cheap test first: most subjects are no "it"
        for m in _IT_SUBJECT.finditer(ctx.aside, floor, pos):  # "In a statement, it said A and"
            items.append((m.start(1), Ref("orgref", word="it", pos=m.start(1))))
    # "The party said" (not "The party’s spokeswoman": a possessive is no subject)
    head = _HEAD_NOUN_SUBJECT.match(ctx.aside[floor:pos])
    if head and head.group(1) in cues.ORG_REFERENCES:
        items.append(
            (floor + head.start(1), Ref("orgref", word=head.group(1), pos=floor + head.start(1)))
        )
    elif head and head.group(1) in cues.ROLE_HEADS:  # "The mayor said A and claimed that B"
        items.append(
            (floor + head.start(1), Ref("role", word=head.group(1), pos=floor + head.start(1)))
        )
    if not items:
        return NONE
    # a person's mention may start at the body that modifies it ("Treasury adviser Julian
    # Crane"): at one position, the person is the subject
    at, first = min(items, key=lambda x: (x[0], x[1].kind != "person"))
    if first.kind == "role":  # "The mayor, Frank Oduya, said …": the apposed name
        named = ctx.cast.starting_in(at, pos)
        gap = ctx.aside[at + len(first.word) : named[0].start] if named else ""
        if named and named[0].kind == "person" and re.fullmatch(r"\s*,\s*", gap):
            first = Ref("person", named[0].keys, pos=named[0].start)
    if len(_WORD.findall(ctx.aside[_after_intro(ctx, floor, at) : at])) > _SUBJECT_REACH:
        return NONE  # too far into the sentence to be its subject
    who = _BARE_WHO.search(ctx.aside, at, pos) if "who" in ctx.aside[at:pos] else None
    if who and any(
        w in cues.FINITE_MARKERS for w in _WORD.findall(ctx.aside[at : who.start()].lower())
    ):
        # "Mrs. X was one of 11 Republicans … who signed a letter saying": theirs, not hers
        return Ref("unnamed", pos=who.start())
    if first.kind in ("person", "org") and _OBJECT_VERB_BEFORE.search(
        ctx.aside, max(floor, at - 40), at
    ):
        # "Several senators have urged Harlan to drop it, saying …": Harlan is the object
        return Ref("unnamed", pos=floor)
    return _person_after_modifier(ctx, first, pos)


def _after_intro(ctx: Context, floor: int, at: int) -> int:
    """Where the words before a subject are counted from: after the intro adverbials set off by
    commas ("In March, at the party's final debate, X said"), however long they are."""
    start = floor
    for m in re.finditer(r",\s*", ctx.aside[floor:at]):
        if not _is_intro(ctx.aside[start : floor + m.start()]):
            break
        start = floor + m.end()
    return start


def _person_after_modifier(ctx: Context, ref: Ref, pos: int) -> Ref:
    """ "African Export–Import Bank president Okey Oramah": the body is a modifier of the person."""
    if ref.kind != "org":
        return ref
    org = next(m for m in ctx.cast.mentions if m.start == ref.pos)
    for m in ctx.cast.in_range(org.end, pos):
        words = [w.lower() for w in _WORD.findall(ctx.aside[org.end : m.start])]
        if m.kind == "person" and all(
            w in cues.ROLE_HEADS or w in cues.ROLE_MODIFIERS for w in words
        ):
            return Ref("person", m.keys, pos=m.start)
        break
    return ref


def subject_after(ctx: Context, start: int, end: int) -> Ref:
    """The speaker named after an inverted cue: "…," said X / wrote student protester X."""
    author = documents.author_after(ctx.aside, start, end)
    if author is not None:  # "according to a tweet on Monday by X": X
        return subject_after(ctx, author, end)
    owner = _owner_cited(ctx, start, end)
    if owner is not None:  # "according to the WHO’s situation report", "a NATO press release"
        return owner
    named = _pseudonym_named(ctx, start, end)
    if named is not None:  # "said a protester using the pseudonym Katya": Katya
        return named
    region = ctx.aside[start:end]
    first = _first_word(region)
    if first in ("a", "an", "one", "another"):
        named = _apposed_name(ctx, start, end)
        if named is not None:  # "wrote one member, Denise Hartley, who …": the member named
            return named
    if first in ("a", "an", "one", "some", "another"):
        return Ref("unnamed", _voice_of(ctx, start, min(end, start + 80)), pos=start)
    if first in cues.QUANTIFIERS:  # "according to two Senate aides": members, not the Senate
        return Ref("unnamed", pos=start)
    words = _WORD.findall(region)
    near = [
        m
        for m in ctx.cast.in_range(start, end)
        if len(_WORD.findall(ctx.aside[start : m.start])) <= 8
        and not _preceded_by_preposition(ctx, m, start)
        and not m.possessive  # "according to Johnson's critics": the critics speak
        and not _quantified(ctx, m)  # "said Prentiss campaign manager Rick Tessler": Tessler
    ]
    near.sort(key=lambda m: (m.kind != "person", m.start))
    if near:
        return Ref(near[0].kind, near[0].keys, pos=near[0].start)
    if words and words[0].lower() in cues.PRONOUNS:
        return Ref("pronoun", word=words[0].lower(), pos=start)
    if len(words) == 1 and words[0].lower() in _OBJECT_PRONOUNS:
        # "According to him, …", "the agency quoted her as saying": the subject form's person
        return Ref("pronoun", word=_OBJECT_PRONOUNS[words[0].lower()], pos=start)
    return _plain_ref(ctx, start, min(end, start + 40))


_OBJECT_PRONOUNS = {"him": "he", "her": "she"}


# --- resolving a reference -----------------------------------------------------------------------


def _recent_people(ctx: Context, pos: int) -> list[str]:
    """People named in this paragraph before ``pos``, or else in the paragraph before (unless
    this paragraph opens on a name the cast does not know: "Dafydd in Cardigan rang … He said"
    is about Dafydd, whoever the paragraph before named)."""
    para = ctx.sentence_at(pos).paragraph
    for p in (para, para - 1):
        bounds = [s for s in ctx.sentences if s.paragraph == p]
        if not bounds:
            continue
        if p != para and _opens_on_unknown_name(ctx, para, pos):
            return []
        keys: list[str] = []
        for m in ctx.cast.in_range(bounds[0].start, min(bounds[-1].end, pos)):
            if m.kind == "person":
                keys.extend(k for k in m.keys if k not in keys)
        if keys:
            return keys
    return []


_OPENING_WORD = re.compile(r"\s*([A-Z][a-zà-ÿ’'-]{2,})\b(?=\s*(?:,|\s(?:in|from|of)\s))")


def _opens_on_unknown_name(ctx: Context, para: int, pos: int) -> bool:
    """The paragraph starts with a capitalised word, not a common opening word and not anyone
    of the cast, set off by a comma or followed by "in/from/of" (a first name and a place)."""
    i = bisect_right(ctx.sentence_starts(), pos) - 1
    while i > 0 and ctx.sentences[i - 1].paragraph == para:
        i -= 1
    m = _OPENING_WORD.match(ctx.aside, ctx.sentences[max(i, 0)].start, pos)
    if m is None or m.group(1).lower() in cues.CAPITALISED_STOPWORDS:
        return False
    word = m.group(1)
    if word.endswith(("ing", "ed", "ly")) or word.lower() in cues.MONTHS_DAYS:
        return False  # "Speaking in Leeds,", "Asked about it,", "Separately,"
    return not ctx.cast.in_range(m.start(1), m.end(1))


def _resolve_pronoun(ctx: Context, ref: Ref, exclude: frozenset[str] = frozenset()) -> Speaker:
    if ref.word not in ("he", "she"):
        return Speaker(None)
    ref = _from_quote_opening(ctx, ref)
    gender = "m" if ref.word == "he" else "f"
    people = [
        k
        for k in _recent_people(ctx, ref.pos)
        if ctx.cast.entities[k].gender in (gender, "") and k not in exclude
    ]
    holder = _role_subject_holder(ctx, ref.pos)
    if holder and ctx.cast.entities[holder].gender in (gender, ""):
        return Speaker(holder, [], 0.7)  # "The minister smiled. “…,” he said"
    if len(people) == 1:
        if _unnamed_voice_since(ctx, people[0], gender, ref.pos):
            return Speaker(None, people, 0.0)  # "a spokesman for Mr X said. … he said"
        if _other_role_since(ctx, people[0], ref.pos):
            return Speaker(None, people, 0.0)  # "X said. … The minister smiled. “…,” he said"
        return Speaker(people[0], [], 0.8)
    nearest = _nearest_of_gender(ctx, people, gender, ref.pos)
    if nearest:
        return Speaker(nearest, [], 0.7)  # "But Keisha Morrow disagreed. “…,” she said"
    para = ctx.sentence_at(ref.pos).paragraph
    last = [(p, s) for p, s, n, _e in ctx.history if p < ref.pos and n in (para, para - 1)]
    if not people and last and _described_speaker_goes_on(ctx, last[-1], gender, ref.pos):
        return Speaker(last[-1][1], [], 0.7)  # "the Ohio Democrat said …. “…,” she said"
    if last and last[-1][1] in people:
        # the previous speaker carries on, unless another person it may be was named since
        # that speaker's last quote, or an unnamed voice spoke since
        at, key = last[-1]
        others = [
            m
            for m in ctx.cast.in_range(at, ref.pos)
            if m.kind == "person"
            and any(k in people and k != key for k in m.keys)
            and not _inside_words_of(ctx, m.start, key)
        ]
        if (
            not others
            and not _unnamed_voice_since(ctx, key, gender, ref.pos)
            and not _other_role_since(ctx, key, ref.pos)
        ):
            return Speaker(key, [], 0.7)
    carried = _previous_subject(ctx, people, gender, ref.pos)
    if carried:
        return Speaker(carried, [], 0.6)  # "Ann Reed thanked Joe Hale. “…,” she said"
    if not people:
        goes_on = _speaker_through_unnamed(ctx, gender, ref.pos)
        if goes_on:  # "“…,” she says. (She grew up on a farm.) “…,” she says": still her
            return Speaker(goes_on, [], 0.6)
    return Speaker(None, people, 0.0)


_UNNAMED_PARAGRAPHS = 2


def _speaker_through_unnamed(ctx: Context, gender: str, pos: int) -> str | None:
    """The last speaker, a paragraph or two back, when no one at all is named since and no other
    voice or role came in: a profile's "she says" after a paragraph about her."""
    last = next((entry for entry in reversed(ctx.history) if entry[0] < pos), None)
    if last is None or pos - last[0] > 2 * READ_REACH:
        return None  # nobody spoke before, or too long ago to go on
    at, key, para, _end = last
    if not 0 < ctx.sentence_at(pos).paragraph - para <= _UNNAMED_PARAGRAPHS:
        return None
    if ctx.cast.entities[key].kind != "person" or ctx.cast.entities[key].gender != gender:
        return None
    if any(m.kind == "person" for m in ctx.cast.in_range(at, pos)):
        return None
    first = bisect_right(ctx.sentence_starts(), at)
    last = bisect_right(ctx.sentence_starts(), pos)
    for i in range(max(first, 1), last):
        sent = ctx.sentences[i]
        if sent.paragraph != ctx.sentences[i - 1].paragraph and _opens_on_unknown_name(
            ctx, sent.paragraph, sent.end - 1
        ):
            return None  # "Dafydd in Cardigan rang …": a name the cast does not know came in
    if _unnamed_voice_since(ctx, key, gender, pos) or _other_role_since(ctx, key, pos):
        return None
    return key


_PRONOUN_CUE_GAP = re.compile(r"[\s,.]*(?:he|she)\s*", re.I)


def _from_quote_opening(ctx: Context, ref: Ref) -> Ref:
    """ "“A. (paragraph) B,” he said": a pronoun after a quotation that opened paragraphs before
    is read from where the quotation opened (who was named before it, who spoke last)."""
    i = bisect_right(ctx.marks, ref.pos, key=lambda m: m.end) - 1  # marks are in order
    if i < 0 or not ctx.marks[i].continued:
        return ref
    mark = ctx.marks[i]
    if not _PRONOUN_CUE_GAP.fullmatch(ctx.aside, mark.end, ref.pos):
        return ref
    return Ref(ref.kind, ref.keys, ref.word, mark.start, ref.mods)


_JOINED = re.compile(r"\s*,?\s*(?:and|or|&|with)\s")
_PRONOUN_WORD = re.compile(r"\b(?:he|she|they|his|her|him)\b", re.I)


# "his former rival, Joe Hale": an apposition to a noun the subject owns.
_OWNED_APPOSITION = re.compile(r"\b(?:his|her|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s*$")


def _subordinate(ctx: Context, m: Mention, floor: int) -> bool:
    """A mention that cannot be a clause's subject: after a preposition ("tribute to Hale"), a
    possessive ("Hale's plan"), or an apposition to the subject's own noun ("his rival, Hale")."""
    return (
        m.possessive
        or _preceded_by_preposition(ctx, m, floor)
        or bool(_OWNED_APPOSITION.search(ctx.aside, max(floor, m.start - 60), m.start))
        # "… power-sharing in which Tsvangirai became prime minister": a relative clause's own
        or bool(_AFTER_RELATIVE.search(ctx.aside, max(floor, m.start - 12), m.start))
    )


_AFTER_RELATIVE = re.compile(r"\b(?:which|whom|whose|where)\s+$")


def _previous_subject(ctx: Context, people: list[str], gender: str, pos: int) -> str | None:
    """A pronoun early in the sentence right after one whose subject is a person of its gender
    (others only in that sentence's object or elsewhere in the paragraph): the subject carries on,
    as in news prose it does. No one else named or speaking between, no joint subject."""
    sent = ctx.sentence_at(pos)
    if sent.start == 0 or len(people) < 2:
        return None
    prev = ctx.sentence_at(sent.start - 1)
    if prev is sent or prev.paragraph != sent.paragraph:
        return None
    pronouns = _PRONOUN_WORD.findall(ctx.aside, sent.start, pos)
    if ctx.cast.in_range(sent.start, pos) or len(pronouns) > 1:
        return None  # another name or pronoun before this one (``pos`` may be past it)
    subject = next(
        (
            m
            for m in ctx.cast.in_range(prev.start, prev.end)
            if not _subordinate(ctx, m, prev.start)
        ),
        None,
    )
    if subject is None or subject.kind != "person" or len(subject.keys) != 1:
        return None
    key = subject.keys[0]
    if key not in people or ctx.cast.entities[key].gender != gender:
        return None  # the subject's gender must be known to be the pronoun's
    if len(_WORD.findall(ctx.aside[prev.start : subject.start])) > _SUBJECT_REACH:
        return None
    if _JOINED.match(ctx.aside, subject.end) or _quantified(ctx, subject):
        return None  # "Reed and Hale agreed.": either may be meant
    for m in ctx.cast.in_range(subject.end, prev.end):
        if set(m.keys) & set(people) - {key} and not _subordinate(ctx, m, prev.start):
            return None  # "Reed met Hale.": the object may be meant as well
    if any(n == sent.paragraph and k != key for p, k, n, _e in ctx.history if p < pos):
        return None  # another speaker quoted in the paragraph may be the one going on
    if _unnamed_voice_since(ctx, key, gender, pos) or _other_role_since(ctx, key, pos):
        return None
    return key


def _nearest_of_gender(ctx: Context, people: list[str], gender: str, pos: int) -> str | None:
    """The person named last before ``pos`` in its paragraph, when the text gives their gender
    as the pronoun's and gives none for the other candidates (so none of them is known to fit)."""
    para = ctx.sentence_at(pos).paragraph
    start = min(s.start for s in ctx.sentences if s.paragraph == para)
    named = [m for m in ctx.cast.in_range(start, pos) if m.kind == "person" and len(m.keys) == 1]
    if len(people) < 2 or not named or named[-1].keys[0] not in people:
        return None
    key = named[-1].keys[0]
    others = [k for k in people if k != key]
    if ctx.cast.entities[key].gender != gender or any(ctx.cast.entities[k].gender for k in others):
        return None
    if any(_inside_words_of(ctx, named[-1].start, k) for k in others):
        return None  # "Peter said that Mr. Sorensen had asked him …. He said": not Sorensen
    return None if _unnamed_voice_since(ctx, key, gender, pos) else key


def _inside_words_of(ctx: Context, pos: int, key: str) -> bool:
    """``pos`` lies inside one of the last few quotes given to ``key`` (their reported words)."""
    return any(a <= pos < b and k == key for a, k, _n, b in ctx.history[-4:])


def _described_speaker_goes_on(
    ctx: Context, last: tuple[int, str], gender: str, pos: int
) -> bool:
    """No one is named near the pronoun, but the last speaker (found through a description:
    "the Ohio Democrat", "the senator", or a pronoun) is of its gender, in this paragraph or the
    one before, and no one else (named or not) spoke or was named since."""
    at, key = last
    ent = ctx.cast.entities[key]
    if ent.kind != "person" or ent.gender not in (gender, ""):
        return False
    para = ctx.sentence_at(pos).paragraph
    if ctx.sentence_at(at).paragraph < para - 1:
        return False
    if ctx.sentence_at(at).paragraph < para and _opens_on_unknown_name(ctx, para, pos):
        return False  # "Dafydd in Aberaeron … rang. He said": not the last paragraph's speaker
    if any(m.kind == "person" for m in ctx.cast.in_range(at, pos)):
        return False
    return not _unnamed_voice_since(ctx, key, gender, pos) and not _other_role_since(ctx, key, pos)


# A sentence whose subject is "the <role>" ("Asked about it, the minister smiled."): that role's
# holder may be someone other than the person last named.
_ROLE_SUBJECT = re.compile(
    r"(?:^|[.,]\s+)(?:[Tt]he)\s+(?P<role>(?:[a-z-]+\s+){0,2}?(?P<head>[a-z-]+))\s+(?!of\b)[a-z]"
)


def _role_subject_holder(ctx: Context, pos: int) -> str | None:
    """The one person a "the <role>" subject names, when it is the last subject before ``pos``
    in this paragraph: no one named after it, no other role subject either."""
    sent = ctx.sentence_at(pos)
    para_start = min(s.start for s in ctx.sentences if s.paragraph == sent.paragraph)
    named = [m for m in ctx.cast.in_range(para_start, pos) if m.kind == "person"]
    start = ctx.sentence_at(named[-1].start).end if named else para_start
    roles = [
        m for m in _ROLE_SUBJECT.finditer(ctx.aside, start, pos) if m["head"] in cues.ROLE_HEADS
    ]
    if len(roles) != 1 or (ctx.history and ctx.history[-1][0] > roles[0].start()):
        return None
    return _resolve_by_word(ctx, Ref("role", word=roles[0]["role"], pos=roles[0].start())).key


def _other_role_since(ctx: Context, key: str, pos: int) -> bool:
    """Since ``key`` was last named, a sentence's subject was "the <role>" that is not plainly
    ``key``: the role names another person of the article, or a role ``key`` is not known by."""
    last = [m for m in ctx.cast.mentions if m.start < pos and key in m.keys]
    if not last:
        return False
    start = ctx.sentence_at(last[-1].start).end
    for m in _ROLE_SUBJECT.finditer(ctx.aside, start, pos):
        if m["head"] not in cues.ROLE_HEADS:
            continue
        who = _resolve_by_word(ctx, Ref("role", word=m["role"], pos=m.start("role")))
        role = ctx.cast.entities[key].role or ""
        if who.key != key and (who.key or m["head"] not in _role_words(role)):
            return True
    return False


_VOICE_GENDER = {"spokesman": "m", "spokeswoman": "f"}
_INDEFINITE_VOICE = re.compile(
    r"(?<![\w’'])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?P<head>spokes(?:man|woman|person)|official|source|aide|adviser|advisor|representative"
    r"|insider|ally|colleague|friend|staffer|diplomat|minister)\b"
)


def _unnamed_voice_since(ctx: Context, key: str, gender: str, pos: int) -> bool:
    """An unnamed voice ("a spokesman for Mr X", "one official") of the pronoun's gender spoke
    after the sentence where ``key`` was last named: "he" may be that voice."""
    last = [m for m in ctx.cast.mentions if m.start < pos and key in m.keys]
    if not last:
        return False
    start = ctx.sentence_at(last[-1].start).start
    for v in _INDEFINITE_VOICE.finditer(ctx.aside, start, pos):
        if _VOICE_GENDER.get(v["head"], gender) != gender:
            continue
        named = [m for m in ctx.cast.in_range(max(start, v.start() - 80), v.start())]
        if named and re.fullmatch(r",\s*", ctx.aside[named[-1].end : v.start()]):
            continue  # "Mr X, a spokesman for the party,": the voice is the person
        return True
    return False


def _role_words(role: str) -> set[str]:
    words = {w.strip(".,").lower() for w in role.split()}
    return {cues.ROLE_ABBREVIATIONS.get(w, w) for w in words}


_NEXT_WORD = re.compile(r"\s*(?:(?:also|later|then|further|has|had)\s+)*([a-z]+)")
_PAST_ROLE = frozenset(["former", "late", "then", "ex", "outgoing"])


def _resolve_by_word(ctx: Context, ref: Ref) -> Speaker:
    if ref.kind == "role":  # "the senator": the one person whose role has all its words
        wanted = _role_words(ref.word)
        found = [
            e.key
            for e in ctx.cast.entities.values()
            if e.kind == "person"
            and e.role
            and wanted <= _role_words(e.role)
            and not (_role_words(e.role) & _PAST_ROLE) - wanted
        ]
        who = _one_seen(ctx, ref, found)
        if who.key and _indefinite_holder_since(ctx, who.key, ref):
            return Speaker(None, [who.key], 0.0)
        return who
    if ref.word == "it":
        return _resolve_it(ctx, ref)
    if ref.word == "campaign" and ref.mods and ref.mods[0] in ("his", "her"):
        return _campaign_of_pronoun(ctx, ref)
    kinds = cues.ORG_REFERENCES[ref.word]
    orgs = [
        e
        for e in ctx.cast.entities.values()
        if e.kind == "org" and e.key == ctx.cast.entities[e.key].key
    ]
    named = [e.key for e in orgs if ref.word in fold_words(e.name)]  # "the ministry": a Ministry
    who = _one_seen(ctx, ref, named)
    if who.key or len(who.candidates) > 1:
        return who
    found = [
        e.key
        for e in orgs
        if e.org_kind in kinds
        and _has_words(e.name, ref.mods)
        and not _CANDIDATES_BODY.search(e.name)  # "the group" is no candidate's campaign
    ]
    who = _one_seen(ctx, ref, found)
    if who.key or not who.candidates:
        return who
    near = _subject_orgs(ctx, ref.pos)  # several bodies of the kind: the one just named
    found = [k for k in who.candidates if k in near]
    return Speaker(found[0], [], 0.7) if len(found) == 1 else who


def _campaign_of_pronoun(ctx: Context, ref: Ref) -> Speaker:
    """ "His campaign said": the campaign body of the person "his" means, when the article names
    that campaign ("the Oyelaran campaign"); no such body, or no one person meant: no speaker."""
    pronoun = Ref("pronoun", word="he" if ref.mods[0] == "his" else "she", pos=ref.pos)
    person = _resolve_pronoun(ctx, pronoun)
    if not person.key:
        return Speaker(None)
    surname = fold(ctx.cast.entities[person.key].name.split()[-1])
    found = [
        e.key
        for e in ctx.cast.entities.values()
        if e.kind == "org" and e.org_kind == "campaign" and fold(e.name) == surname + " campaign"
    ]
    return Speaker(found[0], [], 0.7) if len(found) == 1 else Speaker(None)


def _indefinite_holder_since(ctx: Context, key: str, ref: Ref) -> bool:
    """ "A Home Office spokeswoman said …. The spokeswoman added": an unnamed holder of the role
    was mentioned after the named one, so "the spokeswoman" may be either."""
    head = ref.word.split()[-1]
    last = [m for m in ctx.cast.mentions if m.start < ref.pos and key in m.keys]
    start = last[-1].end if last else 0
    pattern = re.compile(
        rf"(?<![\w’'])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(head)}\b"
    )
    return bool(pattern.search(ctx.aside, start, ref.pos))


def _has_words(name: str, mods: tuple[str, ...]) -> bool:
    """ "the health ministry" is no "Nippon Shimbun Agency": a body found by its kind alone
    must hold the reference's modifiers in its name."""
    words = fold_words(name)
    for mod in mods:
        if mod in cues.PLACES:  # "the Kenyan government": a name with "Kenya" in it
            if not any(w[:4] == mod[:4] for w in words):
                return False
        elif mod not in words:
            return False
    return True


def fold_words(name: str) -> list[str]:
    return name.lower().split()


def _one_seen(ctx: Context, ref: Ref, found: list[str]) -> Speaker:
    seen = {m.keys[0] for m in ctx.cast.mentions if m.start < ref.pos and len(m.keys) == 1}
    found = sorted({k for k in found if k in seen})
    if len(found) == 1:
        return Speaker(found[0], [], 0.7)
    return Speaker(None, found, 0.0)


def _subject_orgs(ctx: Context, pos: int) -> list[str]:
    """Bodies named in the sentence of ``pos`` (before it) and the sentence before, not as the
    object of a preposition or of "told" ("told Reuters"), nor as a possessive."""
    i = ctx.sentences.index(ctx.sentence_at(pos))
    start = ctx.sentences[max(0, i - 1)].start
    keys: list[str] = []
    for m in ctx.cast.in_range(start, pos):
        before = ctx.aside[max(start, m.start - 12) : m.start].split()
        if m.kind != "org" or m.possessive or len(m.keys) != 1:
            continue
        if (
            _preceded_by_preposition(ctx, m, start)
            and not _DOCUMENT_FROM.search(ctx.aside, max(start, m.start - 30), m.start)
        ) or (before and before[-1] in cues.SAY_VERBS):
            continue  # (but "A statement from the ministry …. It says": the ministry's)
        key = ctx.cast.entities[m.keys[0]].key
        if key not in keys:
            keys.append(key)
    return keys


_DOCUMENT_FROM = re.compile(
    r"\b(?:statement|letter|report|note|release|memo|email)\s+(?:from|by)\s+(?:the\s+)?$", re.I
)


def _resolve_it(ctx: Context, ref: Ref) -> Speaker:
    """ "…," it said: the one body named (as a subject) in this or the previous sentence."""
    near = _subject_orgs(ctx, ref.pos)
    people = [
        m for m in ctx.cast.in_range(ctx.sentence_at(ref.pos).start, ref.pos) if m.kind == "person"
    ]
    if len(near) == 1 and not people:
        return Speaker(near[0], [], 0.7)
    if not near and not people:
        carried = _body_speaking_before(ctx, ref.pos)
        if carried:  # "The statement said …. It accused …": the body just quoted goes on
            return Speaker(carried, [], 0.6)
    return Speaker(None, near, 0.0)


def _body_speaking_before(ctx: Context, pos: int) -> str | None:
    """The body whose words were quoted last, in this sentence or the one before, with no one
    named since."""
    if not ctx.history:
        return None
    at, key, _para, _end = ctx.history[-1]
    i = ctx.sentences.index(ctx.sentence_at(pos))
    if at < ctx.sentences[max(0, i - 1)].start or ctx.cast.entities[key].kind != "org":
        return None
    return None if ctx.cast.in_range(at + 1, pos) else key


def _resolve_affiliation(ctx: Context, ref: Ref) -> Speaker:
    """ "the Ohio Democrat said": the one person of the article with that party and state, else
    the candidates it could be (never a guess between two)."""
    party, state = ref.word.split("|", 1)
    keys = [
        key
        for key, entity in ctx.cast.entities.items()
        if entity.kind == "person"
        and entity.affiliation
        and entity.affiliation[0] == party
        and (entity.affiliation[1] == state or not state)  # "the Republican": any state
    ]
    if len(keys) == 1:
        return Speaker(keys[0], [], 0.85)
    return Speaker(None, keys, 0.0)


def resolve_pronoun_not(ctx: Context, ref: Ref, key: str) -> Speaker:
    """A pronoun speaker who cannot be ``key`` ("He denied that Mercer had …": not Mercer)."""
    who = _resolve_pronoun(ctx, ref, frozenset([key]))
    return who if who.key != key else Speaker(None)


def resolve(ctx: Context, ref: Ref) -> Speaker:
    """One speaker when the text allows only one; else candidates (maybe none)."""
    if ref.kind in ("person", "org"):
        if ref.kind == "org" and any(ctx.cast.entities[k].uncertain for k in ref.keys):
            return Speaker(None, list(ref.keys), 0.0)  # maybe a cut-off name: an editor decides
        if len(ref.keys) == 1:
            return Speaker(ref.keys[0], [], 0.95 if ref.kind == "person" else 0.85)
        return Speaker(None, list(ref.keys), 0.0)
    if ref.kind == "pronoun":
        return _resolve_pronoun(ctx, ref)
    if ref.kind == "affiliation":
        return _resolve_affiliation(ctx, ref)
    if ref.kind == "document":
        return _resolve_document(ctx, ref)
    if ref.kind in ("role", "orgref"):
        return _resolve_by_word(ctx, ref)
    return Speaker(None, list(ref.keys), 0.0)  # unnamed: maybe the body it speaks for
