"""People and organisations: capitalised-word runs read with their context.

A run of capitalised words is split into a role prefix ("Senate Minority Leader"), a name core
("Chuck Schumer") and a suffix ("MP"). The core is a *person* only with evidence: a title or role
word, a known given name, a reporting verb right after it, an apposition ("X, the Speaker of the
House"), a coordination with another person, or a later reuse of its surname. It is an
*organisation* when it holds an organisation word ("Society", "Party", "Times") or is a familiar
one ("Labour", "BBC"). Surname-only mentions ("Khan", "Mr Khan") resolve to the one full name
with that surname; two such names (Ed and David Miliband) leave the mention ambiguous.
Everything works on the quote-masked text, so names inside quotations are not speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from anyascii import anyascii

from digest.extract import body_names, cues
from digest.extract.family_names import relative_surname

_TOKEN = re.compile(r"\w+(?:[-’'.&]\w+)*|[^\w\s]")
_POSSESSIVE = re.compile(r"[’']s?$")
_CONNECTORS = cues.words("of the for on &")
_PRONOUN_RE = re.compile(r"\b(he|she|his|her|him|hers)\b", re.I)
_PERSON_SAY = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)(?:(?:[A-Z][\w’'-]*|of|for|and|the)\s+)*"
    r"|from\s+the\s+(?:[\w’'-]+\s+){1,3}?(?:camp|wing|side|bench|benches|party|group)\s+)?"
    # ", who": or a whole relative clause closed by a comma ("Gwen Talbot, who chairs the
    # committee, said"); a bare comma ("…’s spokesperson, Priya Chandran, said")
    r"(?:,\s*who\s+|,\s*(?:who|whose)\s[^,;:.\"“”]{2,90},\s*|,\s*)?"
    # an age in apposition: "Maureen Ashdown, 71, told councillors"
    r"(?:(?<=,)\s*(?:aged\s+)?\d{1,3},\s*)?"
    r"(?:(?:\w+ly|also|later|then|has|had|have|again)\s+){0,2}"
    r"(?:says|tells|pointed out|points out|concedes|called|went on|accused|(?:shot|hit|fired) back|"
    + "|".join(
        sorted(
            v
            for v in cues.SAY_VERBS | cues.LABEL_VERBS
            if v.endswith("ed") or v in ("said", "told", "wrote")
        )
    )
    + r")\b"
)
# A name right after an inverted cue ("“…,” said Kamla Devi Jatav"): a speaker's name.
_AFTER_INVERTED = re.compile(r"[,\"”’]\s*(?:" + "|".join(sorted(cues.INVERTED_VERBS)) + r")\s+$")
_INTERVIEWED_BY = re.compile(
    r"\b(?:spoke|talked|speaking|talking)\s+to\s+$|\b(?:interviewed|questioned)\s+by\s+$"
)
_APPOSITION = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+|who\s+is\s+(?:the\s+|a\s+)?)?(?P<phrase>[^,;:.\"“”]{2,90}?)"
    r"(?=,|\s+(?:said|says|told|added|points? out|pointed out|argued|wrote|commented)\b|\.|$)"
)


@lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """A comparison key: ASCII, lowercase, single spaces, no possessive (cached: the same names
    are folded again and again)."""
    key = anyascii(_POSSESSIVE.sub("", name)).lower().replace(".", "")
    return " ".join(key.split())


class Token:
    """A word of the text with what the rules ask of it, worked out once: this runs for every
    word of every article (properties computed on demand cost more than computing them)."""

    __slots__ = ("cap", "end", "low", "possessive", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.cap = text[:1].isupper()
        # most words end in neither a mark nor "’s": no regular expression for them
        last = text[-1]
        possessive = _POSSESSIVE.search(text) if last in "’'s" else None
        self.possessive = possessive is not None and len(text) > 2
        bare = text[: possessive.start()] if possessive else text
        self.low = bare.lower().rstrip(".")

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


@dataclass
class Entity:
    key: str
    name: str
    kind: str  # "person" | "org"
    org_kind: str = "other"
    role: str | None = None
    organisation: str | None = None
    gender: str = ""  # "m", "f" or unknown
    aliases: list[str] = field(default_factory=list)
    uncertain: bool = False  # the name may be a cut-off part of a longer one: never a speaker
    affiliation: tuple[str, str] | None = None  # ("democrat", "ohio"): "Democrat of Ohio", "D-Ohio"


@dataclass(frozen=True)
class Mention:
    start: int  # the whole phrase: role prefix + name + suffix
    end: int
    core_start: int  # the name itself
    core_end: int
    keys: tuple[str, ...]  # one entity, or several when a surname is ambiguous
    kind: str
    possessive: bool = False


@dataclass
class Cast:
    """The people and organisations of one article, with every mention in document order."""

    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def in_range(self, start: int, end: int) -> list[Mention]:
        """Mentions wholly inside ``start:end`` (mentions are kept sorted by start)."""
        return [m for m in self.starting_in(start, end) if m.end <= end]

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """Mentions that start inside ``start:end``, found by bisection."""
        if len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
        return self.mentions[bisect_left(self._starts, start) : bisect_left(self._starts, end)]


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


# --- runs of capitalised words -------------------------------------------------------------------


# US party-and-state tags in apposition ("Sen. Jane Doe, R-Maine, said"; "(D-N.Y.)"): never a name.
_PARTY_STATE_TAG = re.compile(r"^(?:D|R|I|Ind|DFL)-[A-Z]")


def _is_name_word(tok: Token) -> bool:
    low = tok.low
    if not tok.cap or low in cues.CAPITALISED_STOPWORDS or low in cues.MONTHS_DAYS:
        return False
    if _PARTY_STATE_TAG.match(tok.text):
        return False
    if tok.text in cues.PLURAL_ROLE_ACRONYMS:
        return False
    return not (tok.text.isupper() and len(tok.text) > 1 and low not in ("ii", "iii"))


def _hyphenated_descriptor(tok: Token, nxt: Token | None) -> bool:
    """A capitalised word whose part after a hyphen is lowercase ("Rally-goer", "Ex-governor",
    "Self-described") opening a run before a name: it describes the person; a name's parts
    after a hyphen are capitalised ("Jean-Luc") or particles ("el-Sisi", written lowercase)."""
    if not tok.cap or "-" not in tok.text or nxt is None or not nxt.cap:
        return False
    head, _, rest = tok.text.partition("-")
    if not rest[:1].islower() or head.lower() in cues.NAME_PARTICLES or len(rest) <= 2:
        return False
    if head.lower() == "ex":
        return True  # "Ex-governor Tom Reed": a former role, not a title the name keeps
    # "President-elect Joe Biden", "Secretary-general X": a title, read as the role it is
    role = head.lower() in cues.ROLE_HEADS or rest in cues.ROLE_HEADS
    return not role and rest not in ("elect", "designate", "general")


def _runs(tokens: list[Token], text: str = "") -> list[list[Token]]:
    """Maximal runs of capitalised tokens; "of/the/for" join them only after a role or body word.
    A run never crosses a line break (a sub-head's words are not the next line's name)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    skip_to = 0
    for i, tok in enumerate(tokens):
        if i < skip_to:
            continue
        gap = tok.start - current[-1].end if current else 0
        if gap > 1 and "\n" in text[current[-1].end : tok.start]:
            runs.append(current)
            current = []
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if current and tok.text in _NICKNAME_MARKS and _nickname_at(tokens, i):
            skip_to = i + 3  # "Corazon “Cora” Villanueva": the nickname is not the name
            continue
        if not current and _hyphenated_descriptor(tok, nxt):
            continue  # "Rally-goer Bonnie Schaefer", "Ex-governor Tom Reed": a description
        if (tok.cap and tok.text.isalnum()) or (tok.cap and tok.text[0].isalpha()):
            current.append(tok)
            if tok.possessive and not _possessive_in_name(tokens, i):
                runs.append(current)
                current = []
            continue
        if current and tok.text in "’'" and _plural_possessive_in_name(tokens, i):
            current.append(tok)  # "Irish Small Landlords’ Association"
            continue
        if tok.text == "." and current and _abbreviated(current[-1]):
            continue
        if tok.text == "." and current and body_names.country_prefix_goes_on(tokens, i, current):
            continue  # "the U.S. Chamber of Commerce": see _classify
        if current and tok.low == "to" and _to_in_body(tokens, i, current):
            current.append(tok)  # "Campaign to Protect Rural England"
            continue
        if current and tok.low in _CONNECTORS and nxt and _joins(current, tok, nxt):
            current.append(tok)
            continue
        if current and tok.text.split("-")[0].lower() in cues.NAME_PARTICLES and "-" in tok.text:
            current.append(tok)  # Abdel Fattah el-Sisi
            continue
        if current and tok.low in cues.NAME_PARTICLES and _particles_then_name(tokens, i):
            current.append(tok)  # "Jan van der Berg"
            continue
        if (
            current
            and tok.low == "and"
            and nxt
            and _and_in_body(current, nxt)
            and not _own_body_after(tokens, i + 1)
        ):
            current.append(tok)  # "Department for Business and Trade"
            continue
        if current and tok.text == "," and nxt and _comma_in_portfolios(tokens, i, current):
            current.append(tok)  # "Department for Science, Innovation and Technology"
            continue
        if current and tok.low == "and" and _and_before_body(tokens, i, current):
            current.append(tok)  # "the General and Municipal Workers’ Federation"
            continue
        if current and tok.low == "and" and body_names.and_between_subjects(tokens, i, current):
            current.append(tok)  # "Health and Human Services", "Energy and Commerce Committee"
            continue
        if current:
            runs.append(current)
        current = []
        if tok.low in cues.NAME_PARTICLES and "-" in tok.text:  # el-Sisi
            current = [tok]
    if current:
        runs.append(current)
    return [_trim(r) for r in runs if _trim(r)]


_NICKNAME_MARKS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_NICKNAME_MARK = re.compile("[“\"‘]|'(?!s\\b)")


def _nickname_at(tokens: list[Token], i: int) -> bool:
    """A quoted nickname (masked: one word of x) between a given name and a capitalised word."""
    if i + 3 >= len(tokens) or _NICKNAME_MARKS.get(tokens[i].text) != tokens[i + 2].text:
        return False
    inner, after = tokens[i + 1], tokens[i + 3]
    return (
        tokens[i - 1].end + 1 == tokens[i].start
        and tokens[i + 2].end + 1 == after.start
        and len(inner.text) <= 20
        and inner.text.strip("x") == ""
        and _is_name_word(tokens[i - 1])
        and _is_name_word(after)
    )


def _particles_then_name(tokens: list[Token], i: int) -> bool:
    """ "van der Berg": lowercase particles, then a capitalised word."""
    j = i + 1
    while j < len(tokens) and tokens[j].low in cues.NAME_PARTICLES and j < i + 3:
        j += 1
    return j < len(tokens) and tokens[j].cap and tokens[j].text[0].isalpha()


def _org_head_follows(tokens: list[Token], j: int) -> bool:
    """Capitalised words from ``j`` on (at most four) that end in a body's head word."""
    found = False
    for tok in tokens[j : j + 4]:
        if not (tok.cap and tok.text[0].isalpha()):
            break
        found = _POSSESSIVE.sub("", tok.low) in cues.ORG_HEADS
    return found


def _possessive_in_name(tokens: list[Token], i: int) -> bool:
    """ "Women's Equality Party": a generic possessive inside a body's name, not "Labour's X"."""
    tok = tokens[i]
    return tok.low in cues.POSSESSIVE_NAME_WORDS and _org_head_follows(tokens, i + 1)


def _plural_possessive_in_name(tokens: list[Token], i: int) -> bool:
    """ "Landlords’ Association": a plural possessive mark glued to its word, inside a name."""
    prev = tokens[i - 1] if i else None
    return bool(
        prev
        and prev.end == tokens[i].start
        and prev.cap
        and prev.text.endswith("s")
        and _org_head_follows(tokens, i + 1)
    )


def _comma_in_portfolios(tokens: list[Token], i: int, current: list[Token]) -> bool:
    """A list of portfolio words in a body's "for/of" phrase: ", Innovation and Technology"."""
    if not _and_in_body(current, tokens[i + 1]):
        return False
    j = i + 1
    while j + 1 < len(tokens) and tokens[j].low in cues.PORTFOLIO_WORDS:
        if tokens[j + 1].low == "and":
            return j + 2 < len(tokens) and tokens[j + 2].low in cues.PORTFOLIO_WORDS
        if tokens[j + 1].text != ",":
            return False
        j += 2
    return False


def _and_before_body(tokens: list[Token], i: int, current: list[Token]) -> bool:
    """ "the General and Municipal Workers’ Federation": after "the", one or two capitalised
    words (no given name, no role), "and", then words ending in a body's head word."""
    words = current[1:] if current[0].low == "the" else current
    start = i - len(words)
    if not 0 < len(words) <= 2 or start < 1 or tokens[start - 1].low != "the":
        return False
    for t in words:  # "General" here is an adjective ("General and Municipal …"), not a rank
        if t.low in cues.MALE_NAMES or t.low in cues.FEMALE_NAMES:
            return False
        if _role_word(t.low) and t.low != "general":
            return False
    if i + 2 >= len(tokens) or tokens[i + 1].low in cues.ORG_HEADS:
        return False  # "the Workers and Front": two generic words, no name
    return _org_head_follows(tokens, i + 1) or _org_head_follows_possessive(tokens, i + 1)


def _org_head_follows_possessive(tokens: list[Token], j: int) -> bool:
    """ "Municipal Workers’ Federation": capitalised words, a plural possessive, a head word."""
    for k in range(j, min(j + 4, len(tokens) - 1)):
        if tokens[k].text in "’'" and _plural_possessive_in_name(tokens, k):
            return True
        if not tokens[k].cap:
            return False
    return False


def _and_in_body(current: list[Token], nxt: Token) -> bool:
    """ "Department for Business and Trade", "Secretary of State for Business and Trade": after a
    body's or a role's "of/for", a portfolio word goes on with "and"."""
    if nxt.low not in cues.PORTFOLIO_WORDS and nxt.low not in cues.PORTFOLIO_SUBJECTS:
        return False
    lows = [t.low for t in current]
    return any(
        (w in ("of", "for") and k and (lows[k - 1] in cues.ORG_HEADS or _role_word(lows[k - 1])))
        # "Office on Drugs and Crime", "Committee on Homeland Security and Governmental Affairs"
        or (w == "on" and k and lows[k - 1] in cues.ORG_HEADS)
        for k, w in enumerate(lows)
    ) or any(w in ("of", "for") for w in lows[1:])


def _own_body_after(tokens: list[Token], j: int) -> bool:
    """ "the Council on Foreign Relations and Human Rights Watch": the words after "and" end in
    a head of their own, so they name a second body ("Human Services" names none)."""
    last = None
    for tok in tokens[j : j + 4]:
        if not (tok.cap and tok.text[0].isalpha()):
            break
        last = tok
    return last is not None and last.low in cues.ORG_HEADS and last.low != "services"


_ABBREVIATED = frozenset(w.lower() for w in cues.NAME_ABBREVIATIONS)


def _abbreviated(tok: Token) -> bool:
    """A token whose full stop is part of the name: an initial, or a title such as "Sen."."""
    return (len(tok.text) == 1 and tok.cap) or tok.low in _ABBREVIATED


def _to_in_body(tokens: list[Token], i: int, current: list[Token]) -> bool:
    """ "Campaign to Protect Rural England", "Committee to Protect Journalists": a body's head
    word, "to", then two capitalised words (a verb and its object) that are no place."""
    if current[-1].low not in cues.ORG_HEADS or i + 2 >= len(tokens):
        return False
    verb, obj = tokens[i + 1], tokens[i + 2]
    return (
        verb.cap
        and verb.text.isalpha()
        and obj.cap
        and obj.text[0].isalpha()
        and verb.low not in cues.PLACES
        and verb.text not in cues.KNOWN_ORGS
        and not _given(verb.low)
    )


def _joins(current: list[Token], tok: Token, nxt: Token) -> bool:
    last = current[-1].low
    if tok.low == "&":  # "Burkhardt & Associates", "Marks & Spencer": one name
        return nxt.cap
    if tok.low == "for" and cues.ORG_HEADS.get(last) == "company" and last != "group":
        return False  # "a poll by Highland Research for the Observer": a firm, then its client
    if tok.low == "the":
        return bool(current) and current[-1].low in _CONNECTORS and nxt.cap
    if nxt.low in cues.MONTHS_DAYS:
        return False  # "told the City Council on Thursday": a date, not the body's name

    body = (
        last in cues.ROLE_HEADS or last in cues.ORG_HEADS or last in {"house", "member", "members"}
    )
    if tok.low == "for":  # "Secretary of the Air Force for Acquisition": a role phrase goes on
        body = body or any(_role_word(t.low) for t in current)
    return body and (nxt.cap or nxt.low == "the")


def _known_org_start(run: list[Token]) -> bool:
    """ "Downing Street": a familiar body whose first word ends in -ing is not a participle."""
    return " ".join(t.text for t in run[:2]) in cues.KNOWN_ORGS


def _org_after_ing(run: list[Token]) -> bool:
    """ "Coordinating Ministry for Economic Affairs", "Broadcasting Authority": an -ing word that
    opens a body's name (its next word is a body's head), not a participle before a name."""
    return len(run) > 1 and run[1].low in cues.ORG_HEADS


# "Kurdish-led", "Singapore-based", "Iran-backed": a modifier before a body's name, not in it.
_MODIFIER_SUFFIXES = cues.words(
    "led based backed owned run funded linked aligned born allied controlled dominated affiliated "
    "sponsored"
)


def _modifier(tok: Token) -> bool:
    return "-" in tok.text and tok.low.rsplit("-", 1)[1] in _MODIFIER_SUFFIXES


def _known_acronym(tok: Token) -> bool:
    """ "the WHO said": a familiar body's acronym that spells a function word."""
    return tok.text[:2].isupper() and _POSSESSIVE.sub("", tok.text) in cues.KNOWN_ORGS


def _trim(run: list[Token]) -> list[Token]:
    while run and (
        (run[0].low in cues.CAPITALISED_STOPWORDS and not _known_acronym(run[0]))
        or run[0].low in _CONNECTORS
        or _modifier(run[0])
        or (run[0].low.endswith("ing") and not _known_org_start(run) and not _org_after_ing(run))
    ):
        run = run[1:]
    while run and run[-1].low in _CONNECTORS:
        run = run[:-1]
    return run


# --- splitting a run: role, name, suffix ---------------------------------------------------------


@dataclass
class _Parsed:
    role: list[Token]
    core: list[Token]
    suffix: list[Token]


def _role_word(low: str) -> bool:
    # "Auditor-General", "Attorney-General": a hyphenated role ends in a role's head
    return low in cues.ROLE_HEADS or low in cues.TITLES or low.rpartition("-")[2] in cues.ROLE_HEADS


_MONTH_ABBREVIATIONS = cues.words("jan mar jun jul")  # also given names ("Jan van der Berg")


def _not_core(tok: Token, last: bool) -> bool:
    low = tok.low
    if low in cues.NAME_PARTICLES or (low.split("-")[0] in cues.NAME_PARTICLES and "-" in low):
        return False
    if low in _MONTH_ABBREVIATIONS and not last and tok.text.isalpha():
        return False
    if len(tok.text) == 1 and tok.text.isupper() and not last:
        return False  # a middle initial: "Richard A. Kowalczyk" (not the article "A")
    if low in cues.PLACE_GIVEN_NAMES and not last:
        return False  # "Carolina Fuentes Araya": a given name, not the state
    if not _is_name_word(tok) or low in cues.TITLES or low in cues.PLACES or low in cues.ORG_HEADS:
        return True
    if low in cues.ROLE_HEADS or low in cues.ROLE_MODIFIERS or low in cues.PORTFOLIO_WORDS:
        return not last  # "Tom Green": a role word is a surname only at the end
    return False


def _parse_run(run: list[Token]) -> _Parsed:
    suffix: list[Token] = []
    while run and run[-1].text in cues.NAME_SUFFIX_ROLES | cues.NAME_SUFFIXES:
        suffix.insert(0, run[-1])
        run = run[:-1]
    core: list[Token] = []
    for i in range(len(run) - 1, -1, -1):
        if _not_core(run[i], last=not core) and not _title_as_surname(run, i, core):
            break
        core.insert(0, run[i])
    role = run[: len(run) - len(core)]
    if role and role[-1].low in _CONNECTORS and any(_role_word(t.low) for t in role):
        # "Secretary of State", "Secretary of Transportation Pete Buttigieg": the word after the
        # role's "of" is the role's, not the name's
        core = core[1:] if len(core) != 2 else core
    core = _shorten(core)
    role = run[: len(run) - len(core)]
    if _portfolio_only(role, core):
        return _Parsed(run, [], suffix)  # "Minister for Lands and Natural Resources": no name
    return _Parsed(role, core, suffix)


def _title_as_surname(run: list[Token], i: int, core: list[Token]) -> bool:
    """ "John Major", "Ben King": a title word ending the run after a given name is a surname."""
    return not core and i > 0 and run[i].low in cues.TITLES and _given(run[i - 1].low)


def _portfolio_only(role: list[Token], core: list[Token]) -> bool:
    """The "name" is the portfolio words of a role's "for/of" phrase."""
    return (
        bool(core)
        and core[-1].low in cues.PORTFOLIO_WORDS
        and all(t.low in cues.PORTFOLIO_WORDS for t in core)
        and any(t.low in ("for", "of", "and") for t in role)
        and any(_role_word(t.low) for t in role)
    )


def _shorten(core: list[Token]) -> list[Token]:
    """A leading word goes only when it is positively known not to be a name's ("Veteran",
    a portfolio, a lowercase word); an unknown word stays ("Harish Chandra Vyas")."""
    i = 0
    while len(core) - i > 1 and (
        _not_a_name_start(core[i]) or _plural_before_given_name(core[i], core[i + 1])
    ):
        i += 1
    return core[i:]


def _given(low: str) -> bool:
    folded = fold(low)  # "Andrés" is "andres" on the lists
    return folded in cues.MALE_NAMES or folded in cues.FEMALE_NAMES


def _plural_before_given_name(tok: Token, nxt: Token) -> bool:
    """ "Panellists Mary Jones": a plural common noun, then a known given name."""
    low = tok.low
    return (
        _given(nxt.low)
        and not _given(low)
        and low.endswith("s")
        and not low.endswith(_NOT_PLURAL_ENDINGS)
    )


def _not_a_name_start(tok: Token) -> bool:
    low = tok.low
    if low in cues.NAME_PARTICLES or low in cues.PLACE_GIVEN_NAMES:
        return False  # "van der Berg"; "Carolina Fuentes Araya"
    return (
        not tok.cap
        or low in cues.NOT_NAME_WORDS
        or low in cues.PORTFOLIO_WORDS
        or low in cues.ROLE_MODIFIERS
        or low in cues.ROLE_HEADS
        or low in cues.PLACES
        or low in cues.ORG_HEADS
        or _misspelt_role(low)
    )


_LONG_ROLES = tuple(sorted(w for w in cues.ROLE_HEADS if len(w) >= 7))
# The long roles by length: a word one edit from a role is one letter longer, shorter or as long.
_ROLES_OF_LENGTH: dict[int, tuple[str, ...]] = {
    n: tuple(r for r in _LONG_ROLES if abs(len(r) - n) <= 1)
    for n in range(6, max(map(len, _LONG_ROLES)) + 2)
}


@lru_cache(maxsize=4096)
def _misspelt_role(low: str) -> bool:
    """ "Represenative", "Representatives": a long role word, plural or one letter off."""
    if len(low) < 7:
        return False
    if low.endswith("s") and low[:-1] in cues.ROLE_HEADS:
        return True
    a, b = low[0], low[1]
    # one edit keeps the first letter, or the second, or shifts one onto the other
    return any(
        (r[0] == a or r[1] == b or r[1] == a or r[0] == b) and _one_edit(low, r)
        for r in _ROLES_OF_LENGTH.get(len(low), ())
    )


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


# --- classification ------------------------------------------------------------------------------


def _org_kind(words: list[str], text: str) -> str | None:
    name = " ".join(words)
    if name in cues.KNOWN_ORGS:
        return cues.KNOWN_ORGS[name]
    for w in reversed(words):
        kind = cues.ORG_HEADS.get(
            w.lower().rstrip("’'s") if w.lower().endswith(("’s", "'s")) else w.lower()
        )
        if kind:
            return kind
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return "other" if words[0].lower() not in cues.PLACES else None
    return None


def _preceding_lower(tokens: list[Token], index: int) -> list[Token]:
    """Lowercase role words just before a run: "shadow chancellor", "former prime minister"."""
    out: list[Token] = []
    seen_head = False
    j = index - 1
    while j >= 0 and len(out) < 5:
        tok = tokens[j]
        low = tok.low
        if tok.cap and (low in cues.PLACES or low in cues.ROLE_MODIFIERS) and seen_head:
            out.insert(0, tok)
        elif tok.cap and seen_head and out[0].low in ("campaign", "camp") and not tok.possessive:
            out.insert(0, tok)  # "Gorman campaign manager Rick Tessler": his role's campaign
            break
        elif tok.cap or (not tok.text.isalpha() and "-" not in tok.text):
            break
        elif low in cues.ROLE_HEADS:
            seen_head = True
            out.insert(0, tok)
        elif (
            seen_head
            and low not in cues.PREPOSITIONS
            and low not in cues.CAPITALISED_STOPWORDS
            and low not in cues.SAY_VERBS
            and len(out) < 4
        ):
            out.insert(0, tok)
        else:
            break
        j -= 1
    return out if seen_head else []


_ROLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\w+[’']s)\s+"
    r"(?P<role>(?:[\w-]+\s+){0,4}?(?P<head>[\w-]+))"
    # "The governor of Nuevo León, Adriana Salcedo": the role's place or body
    r"(?P<of>\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})?,\s+$"
)


def _role_before(text: str, start: int) -> str | None:
    """ "The finance minister, Alan Brooks, said": a role in apposition before the name."""
    m = _ROLE_BEFORE.search(text, max(0, start - 60), start)
    if not m or m["head"].lower() not in cues.ROLE_HEADS:
        return None
    role = m["role"]
    return (
        role + (m["of"] or "")
        if not any(
            w[:1].isupper() and w.lower() in cues.CAPITALISED_STOPWORDS for w in role.split()
        )
        else None
    )


def _descriptor_org(text: str, start: int) -> str | None:
    """ "think tank Ekklesia", "the industry association GasNet Europe": a body's kind word
    right before its name (looked up by the last one or two words, not by every descriptor)."""
    before = text[max(0, start - 20) : start].lower().split()
    if not before:
        return None
    return cues.ORG_DESCRIPTORS.get(" ".join(before[-2:])) or cues.ORG_DESCRIPTORS.get(before[-1])


# The phrases that give an unnamed speaker's only name: "using the pseudonym X", "who gave her
# name only as X", "identified only as X", "known only as X".
PSEUDONYM_BEFORE = re.compile(
    r"\b(?:(?:a|the)\s+pseudonym|(?:gave|giving|gives)\s+(?:his|her|their)\s+name\s+(?:only\s+)?as"
    r"|(?:identified|known|named)\s+only\s+as|asked\s+to\s+be\s+(?:identified|called)\s+as)\s+$"
)
_KIND_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+(?P<kind>[a-z-]+),\s+$", re.I)


def _descriptor_apposed_before(text: str, run: list[Token]) -> str | None:
    """ "the developer, Greenridge Energy, said": a body's kind word, then its name set off
    by commas (closed by a comma, a bracket or the sentence's end)."""
    if text[max(0, run[0].start - 2) : run[0].start].strip() != ",":
        return None
    m = _KIND_BEFORE.search(text, max(0, run[0].start - 30), run[0].start)
    if not m or text[run[-1].end : run[-1].end + 1] not in (",", ")", "."):
        return None
    if run[0].low in cues.TITLES or _given(run[0].low):
        return None  # "the department, Dr Meredith Aspinall,": a person
    before = text[max(0, m.start() - 6) : m.start()].split()
    if before and before[-1].lower() in ("of", "for"):
        return None  # "The secretary of the department, X,": X is the secretary
    return cues.ORG_DESCRIPTORS.get(m["kind"].lower())


# ", a housing charity,", ", Mr Furlong’s party,", ", the Nevada-based lender.": an apposition
# whose head is a body's kind word says the name before it is a body's.
_APPOSED_BODY = re.compile(
    r",\s+(?:(?:a|an|the|its|their|his|her)\s+|(?:[A-Z][\w.]*\s+){0,2}[\w-]+[’']s\s+)"
    r"(?P<mods>(?:[\w-]+\s+){0,3}?)(?P<head>[a-z][\w-]*)(?=\s*[,.;)]|\s+(?:that|which|whose)\b)"
)


def _apposed_org(text: str, end: int) -> str | None:
    if text[end : end + 1] != ",":
        return None
    m = _APPOSED_BODY.match(text, end, end + 80)
    if not m:
        return None
    mods = m["mods"].lower().split()
    if any(w in cues.PREPOSITIONS or w in cues.ROLE_HEADS or w in _CONNECTORS for w in mods):
        return None  # "a member of the party": the member is the head
    return cues.ORG_DESCRIPTORS.get(m["head"])


# --- the cast of an article ----------------------------------------------------------------------


@dataclass
class _Candidate:
    run: list[Token]
    index: int  # of the run's first token
    parsed: _Parsed
    lower_role: list[Token]
    kind: str  # "person", "maybe", "org", "single"
    org_kind: str = "other"
    evidence: bool = False
    apposed_role: str | None = None  # "the finance minister, Alan Brooks,": the role before
    # "Mexico's Foreign Ministry": the country's adjective and where its possessive starts
    country: tuple[str, int] | None = None


def _span_text(text: str, toks: list[Token]) -> str:
    """The tokens as written; a quoted nickname between two of them is left out."""
    if not toks:
        return ""
    written = text[toks[0].start : toks[-1].end]
    if not _NICKNAME_MARK.search(written):
        return written
    out = [toks[0].text]
    for prev, tok in pairwise(toks):
        gap = text[prev.end : tok.start]
        out.append(" " if any(c in _NICKNAME_MARKS for c in gap.strip()) else gap)
        out.append(tok.text)
    return "".join(out)


# "her Estonian counterpart, Margus Tamm,", "his wife, Jane Ormerod,": a person named after a
# relation to someone. Evidence that the name is a person's, not a role to publish.
_RELATION_BEFORE = re.compile(
    r"(?:^|[\s(])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|\w+[’']s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:counterpart|predecessor|successor|rival|opponent|challenger|wife|husband|son|daughter|"
    r"mother|father|brother|sister|partner|widow|widower|colleague|ally|nephew|niece|cousin|"
    r"grandson|granddaughter|fiancée?|stepson|stepdaughter)s?,\s+$"
)


_AGE_AFTER = re.compile(r",\s*(?:aged\s+)?\d{1,3},\s+(?!\d)")


def _person_evidence(text: str, cand: _Candidate) -> bool:
    p = cand.parsed
    if cand.lower_role or cand.apposed_role:
        return True
    start = cand.run[0].start
    if (
        len(p.core) > 1
        and text[max(0, start - 3) : start].rstrip().endswith(",")  # cheap test first
        and _RELATION_BEFORE.search(text, max(0, start - 60), start)
    ):
        return True
    if _AGE_AFTER.match(text, cand.run[-1].end):
        return True  # "Maria, 34, has two children": people have ages, bodies and places do not
    if p.suffix and p.suffix[0].text in cues.NAME_SUFFIX_ROLES:
        return True
    if any(_role_word(t.low) for t in p.role):
        return True
    if len(p.core) > 1 and any(
        _given(t.low) for t in p.core[:-1]
    ):
        return True  # "Zine El Abidine Ben Ali": a given name inside a long name
    after = text[cand.run[-1].end : cand.run[-1].end + 60]
    if _PERSON_SAY.match(after):
        return True
    if len(p.core) > 1 and _AFTER_INVERTED.search(
        text, max(0, cand.run[0].start - 20), cand.run[0].start
    ):
        return True
    if len(p.core) > 1 and _INTERVIEWED_BY.search(
        text, max(0, cand.run[0].start - 30), cand.run[0].start
    ):
        return True  # "He spoke to Thandeka Mokoena": a full name after an interview phrase
    if text[max(0, cand.run[0].start - 10) : cand.run[0].start].rstrip().endswith(
        ("as", "pseudonym")
    ) and PSEUDONYM_BEFORE.search(text, max(0, cand.run[0].start - 40), cand.run[0].start):
        return True  # "a protester using the pseudonym Katya", "who gave her name as Achieng"
    m = _APPOSITION.match(after)
    return bool(
        m
        and _lower_start(m)
        and any(w.lower() in cues.ROLE_HEADS for w in re.findall(r"[\w-]+", m["phrase"])[:5])
    )


def _classify(text: str, tokens: list[Token], run: list[Token], index: int) -> list[_Candidate]:
    if body_names.has_country_prefix(run):
        return _with_country_prefix(text, tokens, run, index)
    if len(run) == 1 and _PARTY_STATE_TAG.match(run[0].text):
        return []  # "Rep. Jo Hale, R-N.D., said": a party-and-state tag, no body
    words = [_POSSESSIVE.sub("", t.text) if t.possessive else t.text for t in run]
    parsed = _parse_run(run)
    joined_body = any(t.low == "and" for t in run) and run[-1].low in cues.ORG_HEADS
    if not parsed.core and _role_phrase(run) and not joined_body:
        return []  # a role phrase: "the Speaker of the House", "Senate Minority Leader"
    descriptor = (
        _descriptor_org(text, run[0].start)
        or _apposed_org(text, run[-1].end)
        or _descriptor_apposed_before(text, run)
    )
    role_org = parsed.core and parsed.role and _org_kind([t.text for t in parsed.role], text)
    if role_org and _org_with_connector(parsed):
        # "Project on Government Oversight", "Campaign for Nuclear Disarmament": one body
        return [_Candidate(run, index, parsed, [], "org", role_org)]
    if role_org and len(parsed.core) > 1 and not any(_role_word(t.low) for t in parsed.role):
        # "Amnesty International Man-kei Tam": a body, then a person of it (a lone word after
        # the body's head is the body's name: "Radio Teifi", "Channel Seven")
        org = _Candidate(parsed.role, index, _Parsed([], [], []), [], "org", role_org)
        rest = _classify(text, tokens, parsed.core + parsed.suffix, index + len(parsed.role))
        return [org, *rest]
    org_kind = _org_kind(words, text)
    if descriptor or (org_kind and not (parsed.core and _person_core(parsed))):
        lead = body_names.describing_lead(run)  # "Senior Justice Department officials"
        kind = descriptor or org_kind or "other"
        return [_Candidate(run[lead:], index + lead, parsed, [], "org", kind)]
    if text[max(0, run[0].start - 3) : run[0].start].rstrip().endswith(("s", "g", "d")) and (
        _CONSTITUENCY_BEFORE.search(text, max(0, run[0].start - 20), run[0].start)
    ):
        return []  # "who represents Stoke Valley, said": a seat, not the speaker
    if _country_speaks(text, run):  # "Russia said", "according to Northern Ireland"
        return [_Candidate(run, index, _Parsed([], run, []), [], "org", "government")]
    if not parsed.core:
        return []
    if all(t.low in cues.PLACES or t.low in cues.MONTHS_DAYS for t in parsed.core):
        return []
    if len(parsed.core) == 1 and parsed.core[0].low in cues.ROLE_MODIFIERS:
        return []  # "the Michigan Republican said": a description of someone, not a name
    if body_names.party_description(text, run, parsed.core):
        return []  # "X, a Tulsa Republican, told": the same, with a place not on our lists
    cand = _Candidate(run, index, parsed, _preceding_lower(tokens, index), "maybe")
    if len(parsed.core) > 1 and _place_not_person(text, cand):
        return []  # "shelters in Tijuana and Ciudad Juarez, the official said": a place
    cand.apposed_role = _role_before(text, run[0].start)
    cand.evidence = _person_evidence(text, cand)
    if len(parsed.core) == 1:
        cand.kind = "single"
    elif cand.evidence:
        cand.kind = "person"
    return [cand]


def _with_country_prefix(
    text: str, tokens: list[Token], run: list[Token], index: int
) -> list[_Candidate]:
    """ "the U.S. Chamber of Commerce", "U.K. Border Force": the prefix is part of a body's name
    (not of a party's: "U.S. Republicans" are the Republicans); before anything else it goes."""
    found = _classify(text, tokens, run[1:], index + 1)
    first = found[0] if found else None
    if first and first.kind == "org" and first.run[0] is run[1] and first.org_kind != "party":
        found[0] = replace(first, run=[run[0], *first.run], index=index)
    return found


def _place_not_person(text: str, cand: _Candidate) -> bool:
    """Words after "in" / "near" (…) with nothing of a person's name: no title or role, no
    known given name. Cheap tests first: this runs for every name of two words or more."""
    p = cand.parsed
    if cand.lower_role or p.suffix or _given(p.core[0].low) or p.core[0].low in cues.TITLES:
        return False
    if any(_role_word(t.low) for t in p.role):
        return False
    return body_names.place_after_preposition(text, cand.run[0].start)


def _role_phrase(run: list[Token]) -> bool:
    """A run with a role word and no name. A portfolio that is also a role ("Justice") makes
    none in a body's name: "the Justice Department", "the Ministry of Justice" are bodies."""
    has_head = any(t.low in cues.ORG_HEADS for t in run)
    return any(
        _role_word(t.low) and not (has_head and t.low in cues.PORTFOLIO_SUBJECTS) for t in run
    )


_COUNTRY_VERB = re.compile(
    r"\s+(?:(?:has|have|had|also|later|then|again|[a-z]+ly)\s+){0,2}(?:"
    + "|".join(sorted(v for v in cues.SAY_VERBS if v.endswith(("ed", "s")) or v == "said"))
    + r"|says|told|wrote)\b"
)
_COUNTRY_FIRST_WORDS = frozenset(c.split()[0] for c in cues.COUNTRIES)
_CONSTITUENCY_BEFORE = re.compile(r"\b(?:represents|representing|represented)\s+$")
_NAME_TAIL = re.compile(r"[A-Z][\w’'-]*\s+(?:and|&|of|for)\s+$")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+$")


def _country_speaks(text: str, run: list[Token]) -> bool:
    """A country's name right before a say verb, or after "according to": its government."""
    if run[0].low not in _COUNTRY_FIRST_WORDS or run[-1].possessive:
        return False
    if " ".join(t.low for t in run) not in cues.COUNTRIES:
        return False
    if _NAME_TAIL.search(text, max(0, run[0].start - 30), run[0].start):
        return False  # "the High Court of England and Wales ruled": the end of a body's name
    return bool(
        _COUNTRY_VERB.match(text, run[-1].end)
        or _ACCORDING_TO.search(text, max(0, run[0].start - 14), run[0].start)
    )


# Capitalised prepositions inside a body's name: "Mothers Against Drunk Driving".
_NAME_PREPOSITIONS = frozenset(["Against", "Without", "Beyond"])


def _org_with_connector(parsed: _Parsed) -> bool:
    """A body's name goes on after "of/for/on" ("Institute for Fiscal Studies"); a person's name
    does not follow a connector inside one run, unless it starts with a known given name."""
    against = parsed.core[0].text in _NAME_PREPOSITIONS  # "Coalition Against Galamsey"
    if not (against or any(t.low in _CONNECTORS for t in parsed.role)) or parsed.suffix:
        return False
    if any(_role_word(t.low) for t in parsed.role):
        return False
    return not _given(parsed.core[0].low)


def _person_core(parsed: _Parsed) -> bool:
    """A name core next to a role ("House of Commons Speaker John Bercow") is a person's name."""
    given = _given(parsed.core[0].low)
    if given and len(parsed.core) > 1:
        return True
    titled = bool(parsed.role) and any(_role_word(t.low) for t in parsed.role)
    return titled or bool(parsed.suffix)


def _without_member_lead(run: list[Token]) -> list[Token]:
    """ "Members of the House of Commons": the body is the House of Commons; the members are
    unnamed people (attribution reads the lead-in words before the mention)."""
    if len(run) > 2 and run[0].low in cues.MEMBER_NOUNS and run[1].low in ("of", "from"):
        rest = run[2:]
        return rest[1:] if len(rest) > 1 and rest[0].low == "the" else rest
    return run


def _candidates(text: str, start: int, end: int) -> list[_Candidate]:
    tokens = tokenize(text, start, end)
    position = {t.start: i for i, t in enumerate(tokens)}
    out = []
    named = _acronym_names(tokens)
    for run in _runs(tokens, text):
        run = _without_member_lead(run)
        whole = next((n for n in named if n[0].start <= run[0].start < n[-1].end), None)
        if whole is None:
            found = _classify(text, tokens, run, position[run[0].start])
            for c in found:
                if c.kind == "org" and c.index and tokens[c.index - 1].possessive:
                    c.country = _country_of_body(tokens, c)
            out.extend(found)
        elif whole[0].start == run[0].start or run[0].start < whole[0].start:
            kind = _org_kind([t.text for t in whole], text) or "other"
            at = position[whole[0].start]
            out.append(_Candidate(whole, at, _Parsed([], [], []), [], "org", kind))
    return out


def _country_of_body(tokens: list[Token], cand: _Candidate) -> tuple[str, int] | None:
    """ "China's Commerce Ministry": a generic state body after a country's possessive belongs
    to that country (the adjective, and the offset where the possessive starts)."""
    found = body_names.country_before(tokens, cand.index)
    words = [t.text for t in cand.run]
    if not found or not body_names.generic_state_body(words):
        return None
    return found[0], tokens[found[1]].start


# --- names delimited by their acronym ------------------------------------------------------------

_NAME_GLUE = cues.words("of for on and the in to at de ,")


def _acronym_names(tokens: list[Token]) -> list[list[Token]]:
    """ "United Nations Educational, Scientific and Cultural Organization (UNESCO)": the acronym
    in brackets says where a long name with commas or lowercase words starts, so it is not cut."""
    out = []
    for i in range(2, len(tokens) - 2):
        acro = tokens[i + 1].text
        if tokens[i].text != "(" or tokens[i + 2].text != ")" or not _is_acronym(acro):
            continue
        first = _spell_back(tokens, i - 1, acro.upper().replace("&", ""))
        if first is not None and first < i - 1:
            out.append(tokens[first:i])
    return out


def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 10 and word[0].isupper() and sum(c.isupper() for c in word) >= 2


def _spell_back(tokens: list[Token], j: int, letters: str) -> int | None:
    """Index of the first token when the words ending at ``j`` have ``letters`` as initials.

    Capitalised words each give their initial; glue words ("of", "and", ",") may give theirs or
    nothing (POGO: Project On Government Oversight). None when the words do not spell it."""
    if not letters:
        return j + 1 if j + 1 < len(tokens) and tokens[j + 1].cap else None
    if j < 0:
        return None
    tok = tokens[j]
    if tok.cap and tok.text[0].isalpha():
        if tok.text[0].upper() != letters[-1]:
            return None
        return _spell_back(tokens, j - 1, letters[:-1])
    if tok.low not in _NAME_GLUE:
        return None
    if tok.text[0].upper() == letters[-1]:
        found = _spell_back(tokens, j - 1, letters[:-1])
        if found is not None:
            return found
    return _spell_back(tokens, j - 1, letters) if tokens[j + 1].cap else None


def _promote(cands: list[_Candidate], text: str) -> None:
    """Evidence shared between mentions: a surname said elsewhere, a list with a person in it."""
    said_surnames = {c.parsed.core[-1].low for c in cands if c.evidence}
    for c in cands:
        if c.kind == "maybe" and c.parsed.core[-1].low in said_surnames:
            c.kind = "person"
    for i, c in enumerate(cands):
        if c.kind != "maybe":
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(cands) and cands[j].kind == "person":
                a, b = sorted((c, cands[j]), key=lambda x: x.run[0].start)
                between = text[a.run[-1].end : b.run[0].start]
                if re.fullmatch(r"\s*(?:,|,?\s+and)\s+", between):
                    c.kind = "person"


# ", Democrat of Ohio,", ", Republican from Michigan", " (D-N.M.)", ", R-Kan.,": a US member's
# party and state right after their name.
_AFFILIATION = re.compile(
    r"\s*[,(]\s*(?:(?P<party>Democrat|Republican|Independent)\s+(?:of|from)\s+"
    r"(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)|(?P<letter>[DRI])-(?P<tag>[A-Z][\w.]*(?:\s?[A-Z][\w.]*)?))"
)


def _affiliation(text: str, end: int) -> tuple[str, str] | None:
    m = _AFFILIATION.match(text, end, end + 60)
    if not m:
        return None
    party = cues.PARTY_ADHERENTS.get((m["party"] or "").lower()) or cues.PARTY_LETTERS.get(
        m["letter"] or ""
    )
    raw = (m["state"] or m["tag"] or "").lower().rstrip(",")
    state = cues.US_STATES.get(raw) or cues.US_STATES.get(raw.rstrip("."))
    return (party, state or "") if party else None  # the party alone still tells who


# "The Democrat, Lt. Gov. X", "her Republican opponent, X": the party said of the person.
_PARTY_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa])\s+(?P<party>Democrat|Democratic|Republican)"
    r"(?:\s+[a-z-]+){0,2},?\s+$"
)


# ", a Republican,", ", a Tulsa Republican,": the place, when there is one, as in "the Tulsa
# Republican said" (see attribution's affiliation reference)
_PARTY_AFTER = re.compile(
    r",\s+(?:a|the)\s+(?:(?P<place>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+)?"
    r"(?P<party>Democrat|Democratic|Republican)\b"
)


def _party_before(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The party an apposition gives, before the name or right after it (", a Republican,")."""
    m = _PARTY_BEFORE.search(text, max(0, start - 50), start) or _PARTY_AFTER.match(text, end)
    if not m:
        return None
    place = (m.groupdict().get("place") or "").lower()
    return (
        "democrat" if m["party"].startswith("Democrat") else "republican",
        cues.US_STATES.get(place, place),
    )


_YOUNGER_ELDER = re.compile(r"\b(?P<age>younger|elder|older)\s+$", re.I)
_GENERATION_OF = {"younger": ("jr", "junior"), "elder": ("sr", "senior"), "older": ("sr", "senior")}


def _by_generation(
    cast: Cast, text: str, cand: _Candidate, keys: tuple[str, ...]
) -> tuple[str, ...]:
    """ "the younger Mr. Gaines" between Thomas Gaines Jr. and Thomas Gaines Sr.: the Jr."""
    if len(keys) < 2:
        return keys
    m = _YOUNGER_ELDER.search(text, max(0, cand.run[0].start - 12), cand.run[0].start)
    if not m:
        return keys
    wanted = _GENERATION_OF[m["age"].lower()]
    kept = tuple(
        k for k in keys if cast.entities[k].name.rstrip(".").split()[-1].lower() in wanted
    )
    return kept if len(kept) == 1 else keys


_CHILD_AFTER = re.compile(r"\s*,?\s+and\s+(?:his|her)\s+(?:son|daughter)\s*,\s*$")
_CHILD_OF_POSSESSIVE = re.compile(r"\s*(?:son|daughter)\s*,\s*$")
_CHILD_BEFORE = re.compile(r"\b(?:son|daughter)\s*,?\s*$")


def _younger_elder_by_family(cast: Cast, text: str) -> None:
    """ "Mayor DeLuca and his son, Councilman Vincent DeLuca, …. the younger DeLuca said": the
    text says who is whose child, so "the younger / elder X" is one of the two."""
    parent: dict[str, str] = {}
    children: set[str] = set()  # "The Vosses’ son, Peter,": a child, whoever the parent is
    people = [m for m in cast.mentions if m.kind == "person" and len(m.keys) == 1]
    for a, b in pairwise(people):
        between = text[a.end : b.start]
        possessive_child = a.possessive and _CHILD_OF_POSSESSIVE.fullmatch(between)
        if _CHILD_AFTER.fullmatch(between) or possessive_child:
            parent[b.keys[0]] = a.keys[0]
    for m in people:
        if _CHILD_BEFORE.search(text, max(0, m.start - 24), m.start):
            children.add(m.keys[0])
    if not parent and not children:
        return
    for i, m in enumerate(cast.mentions):
        if m.kind != "person" or len(m.keys) < 2:
            continue
        age = _YOUNGER_ELDER.search(text, max(0, m.start - 12), m.start)
        if not age:
            continue
        younger = age["age"].lower() == "younger"
        kept = [
            k
            for k in m.keys
            if (younger and parent.get(k) in m.keys)
            or (not younger and any(parent.get(o) == k for o in m.keys))
        ]
        if not kept and len(m.keys) == 2 and len(children & set(m.keys)) == 1:
            # of two, the one the text calls a son or daughter is the younger
            kept = [k for k in m.keys if (k in children) == younger]
        if len(kept) == 1:
            cast.mentions[i] = Mention(
                m.start, m.end, m.core_start, m.core_end, (kept[0],), m.kind, m.possessive
            )


def _by_title_gender(cast: Cast, cand: _Candidate, keys: tuple[str, ...]) -> tuple[str, ...]:
    """ "Mrs. DeLuca" among Frank, Vincent and Angela DeLuca: only the people the title's gender
    allows (a person whose gender is unknown stays); one title, one gender, or no filtering."""
    if len(keys) < 2:
        return keys
    titles = {cues.TITLES.get(t.low) for t in cand.parsed.role} - {None, ""}
    if len(titles) != 1:
        return keys
    (gender,) = titles
    kept = tuple(k for k in keys if cast.entities[k].gender in (gender, ""))
    return kept or keys


def _gender(cand: _Candidate) -> str:
    for tok in [*cand.lower_role, *cand.parsed.role]:
        g = cues.TITLES.get(tok.low)
        if g:
            return g
    first = fold(cand.parsed.core[0].low)
    if first in cues.FEMALE_NAMES:
        return "f"
    return "m" if first in cues.MALE_NAMES else ""


def _role_text(text: str, cand: _Candidate) -> str | None:
    role = [*cand.lower_role, *cand.parsed.role]
    role = [t for t in role if t.low not in ("mr", "mrs", "ms", "miss", "dr", "sir", "dame")]
    if role:
        return text[role[0].start : role[-1].end]
    if cand.parsed.suffix and cand.parsed.suffix[0].text in cues.NAME_SUFFIX_ROLES:
        return cand.parsed.suffix[0].text
    return None


def _lower_start(m: re.Match) -> bool:
    """An apposition starts with an article or a lowercase role: not with another name."""
    return m.group().lstrip(", ")[:1].islower()


def _apposition(text: str, cand: _Candidate) -> tuple[str | None, str | None]:
    """Role and organisation from ", co-director of think tank Ekklesia," after a name."""
    m = _APPOSITION.match(text, cand.run[-1].end)
    if not m or not _lower_start(m):
        return None, None
    phrase = m["phrase"].strip()
    words = re.findall(r"[\w-]+", phrase)
    if not any(w.lower() in cues.ROLE_HEADS for w in words[:5]):
        return None, None
    role, _, org = phrase.partition(" of ")
    for descriptor in cues.ORG_DESCRIPTORS:
        if org.lower().startswith(descriptor + " "):
            org = org[len(descriptor) + 1 :]
    org = re.sub(r"^the\s+", "", org).strip()
    return role.strip(), (org if org[:1].isupper() else None)


def _org_name(text: str, cand: _Candidate) -> str:
    run = cand.run
    name = _span_text(text, run)
    before = text[max(0, run[0].start - 5) : run[0].start]
    if before.endswith("The ") and before[:1] not in '.\n"“' and cand.org_kind == "publisher":
        name = "The " + name  # "according to The Guardian": the title's own article
    if run[-1].possessive:
        return _POSSESSIVE.sub("", name)
    seat = _MISSION_SEAT.match(text, run[-1].end)
    if run[-1].low in ("embassy", "consulate", "consulate-general") and seat:
        name += seat.group()  # "the US Embassy in London": a mission is named with its city
    return name


_MISSION_SEAT = re.compile(r" in [A-Z][\w-]+(?: [A-Z][\w-]+)?(?![\w’'])")


def _add_org(cast: Cast, text: str, cand: _Candidate) -> None:
    name = _org_name(text, cand)
    written = None
    if cand.country:  # "Mexico's Foreign Ministry": the Mexican Foreign Ministry
        written = _POSSESSIVE.sub("", text[cand.country[1] : cand.run[-1].end])
        name = f"{cand.country[0]} {name}"
    key = "org:" + fold(name)
    ent = cast.entities.setdefault(key, Entity(key, name, "org", cand.org_kind))
    if written and written not in ent.aliases:
        ent.aliases.append(written)
    end = cand.run[-1].end
    acronym = re.match(r"\s*\(([A-Z][A-Za-z]{1,9})\)", text[end : end + 14])
    if acronym and acronym[1] not in ent.aliases:
        ent.aliases.append(acronym[1])
        cast.entities.setdefault("org:" + fold(acronym[1]), ent)
    cast.mentions.append(
        Mention(
            run_start(cand),
            end,
            cand.run[0].start,
            end,
            (key,),
            "org",
            cand.run[-1].possessive or _plural_possessive_after(text, cand.run[-1]),
        )
    )


def _plural_possessive_after(text: str, tok: Token) -> bool:
    """ "The Liberal Democrats’ housing spokesperson": a mark right after a plural, then a word."""
    return (
        tok.text.endswith("s")
        and text[tok.end : tok.end + 1] in ("’", "'")
        and text[tok.end + 1 : tok.end + 2] == " "
    )


def run_start(cand: _Candidate) -> int:
    return (cand.lower_role or cand.run)[0].start


def _generation(cand: _Candidate) -> list[Token]:
    """The "Jr", "Sr", "II" after a name: part of it (Donald Trump Jr. is not Donald Trump)."""
    suffix = cand.parsed.suffix
    return suffix[:1] if suffix and suffix[0].text in cues.NAME_SUFFIXES else []


def _name_span(text: str, cand: _Candidate) -> str:
    """A person's name as written: the core, and a generational suffix if there is one."""
    return _span_text(text, [*cand.parsed.core, *_generation(cand)])


def _best_role(title: str | None, apposed: str | None) -> str | None:
    """The role written before the name, unless it is only a courtesy title ("Hon.", "Mr.")
    and an apposition says more ("the Minister for Lands, Hon. X,")."""
    if title and apposed and all(w.strip(".").lower() in cues.TITLES for w in title.split()):
        return apposed
    return title or apposed


def _add_person(cast: Cast, text: str, cand: _Candidate, keys: tuple[str, ...]) -> None:
    core = cand.parsed.core
    end = (cand.parsed.suffix or core)[-1].end
    if len(keys) == 1:
        ent = cast.entities[keys[0]]
        ent.role = ent.role or _best_role(_role_text(text, cand), cand.apposed_role)
        ent.gender = ent.gender or _gender(cand)
        role, org = _apposition(text, cand)
        ent.role = ent.role or role
        ent.affiliation = (
            ent.affiliation or _affiliation(text, end) or _party_before(text, run_start(cand), end)
        )
        ent.organisation = ent.organisation or org
        generation = _generation(cand)
        surface = (
            _span_text(text, [*cand.parsed.role[-1:], *core, *generation])
            if cand.parsed.role
            else _name_span(text, cand)
        )
        for alias in dict.fromkeys((_name_span(text, cand), surface)):  # in order, each once
            alias = _POSSESSIVE.sub("", alias)
            if alias != ent.name and alias not in ent.aliases:
                ent.aliases.append(alias)
    cast.mentions.append(
        Mention(
            run_start(cand),
            end,
            core[0].start,
            core[-1].end,
            keys,
            "person",
            core[-1].possessive or _plural_possessive_after(text, core[-1]),
        )
    )


@lru_cache(maxsize=64)
def _title_case_line(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` has three or more longer words, 80 % of them capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text[a:b]) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _headline_word_pair(text: str, cand: _Candidate) -> bool:
    """ "Senate Chair Fires Back: …": in a line in title case, a "name" after a role whose
    words occur nowhere else in the article and hold no given name is the headline's words."""
    if cand.kind != "person" or not cand.parsed.core:
        return False
    core = cand.parsed.core
    if core[0].low in cues.MALE_NAMES or core[0].low in cues.FEMALE_NAMES:
        return False
    a = text.rfind("\n", 0, core[0].start) + 1
    b = text.find("\n", core[-1].end)
    b = len(text) if b < 0 else b
    if not _title_case_line(text, a, b):
        return False
    rest = text[:a] + text[b:]
    return not any(re.search(rf"\b{re.escape(t.text)}\b", rest) for t in core)


def find_cast(text: str, start: int, end: int, known: frozenset[str] = frozenset()) -> Cast:
    """People and organisations mentioned in ``text[start:end]`` (the quote-masked body).

    ``known``: folded names the Lexicon knows (a known name is never taken for a common noun)."""
    # the caches hold one article's words: a speed measure over the same articles again and
    # again must not find the words of the pass before
    fold.cache_clear()
    _misspelt_role.cache_clear()
    cands = [
        c
        for c in _candidates(text, start, end)
        if not _headline_word_pair(text, c) and not _dateline(text, c) and not _label_line(text, c)
    ]
    _promote(cands, text)
    cast = Cast()
    fulls: dict[str, list[str]] = {}  # surname -> person keys
    relatives: set[str] = set()  # people first named as someone's relative ("his wife, X")
    named_in_full: Counter[str] = Counter()
    first_at: dict[str, int] = {}  # person key -> where its full name is first written
    org_first: dict[str, set[str]] = {}  # first word of a body's longer name -> its keys
    for c in cands:
        if c.kind == "person" and not _gaelic_surname(c):
            key = "person:" + fold(_POSSESSIVE.sub("", _name_span(text, c)))
            named_in_full[key] += 1
            if _add_full_name(cast, fulls, text, c):
                first_at[key] = c.run[0].start
                if _named_as_relative(text, c.run[0].start):
                    relatives.add(key)
    # a relative named in full once is a minor figure; one named again is a principal too
    relatives = {k for k in relatives if named_in_full[k] == 1}
    surname_keys = _gaelic_surname_keys(cast, fulls, text, cands)
    campaigns: set[int] = set()  # where a candidate's name opens their campaign's
    for c in cands:
        if c.kind in ("person", "single") and _campaign_of(cast, text, c):
            campaigns.add(c.parsed.core[0].start)
        if c.kind == "org" and not c.country and _bare_generic_body(c, known):
            continue  # "Police said": which police? an unnamed body, as "the police" is
        if c.kind == "org" and _surname_of_named_person(c, fulls):
            _add_person(cast, text, c, tuple(fulls[fold(c.parsed.core[0].text)]))
        elif c.kind == "org":
            _add_org(cast, text, c)
            _index_first_word(org_first, cast.mentions[-1].keys[0])
        elif c.kind == "person":
            keys = surname_keys.get(id(c)) or ("person:" + fold(_name_span(text, c)),)
            _add_person(cast, text, c, keys)
        elif c.kind == "single":
            keys = tuple(fulls.get(fold(c.parsed.core[0].text), ())) or _by_any_token(cast, c)
            keys = _introduced_before(keys, first_at, c.run[0].start)
            keys = _by_title_gender(cast, c, keys)
            keys = _by_generation(cast, text, c, keys)
            if len(keys) > 1 and relatives and not _family_told_apart(text, c):
                keys = _principal_bearer(keys, relatives, first_at, text, c.run[0].start)
            body = None if keys else _body_named_before(cast, c, org_first)
            if body:  # "daily Népszava … Népszava noted", "Northbrook Steel … Northbrook said"
                _add_org_mention(cast, text, c, body)
                continue
            if not keys and _plural_group(text, c, known):
                continue  # "Officials said", "Housebuilders warned": an unnamed group
            if not keys and _PLACE_BEFORE.search(text, max(0, c.run[0].start - 12), c.run[0].start):
                continue  # "a rural seat in Cumbria, who …": a place, whatever follows it
            if not keys and c.parsed.core[0].low in cues.PORTFOLIO_WORDS and not c.lower_role:
                continue  # "… Energy, the Environment and Water has told": a body's name's tail
            if not keys and len(c.parsed.core) == 1:
                keys = _relative_full_name(cast, fulls, first_at, text, c)  # "Vosses’ son, Peter"
            if not keys and (c.evidence or c.lower_role):
                name = _regnal_name(text, c)
                keys = ("person:" + fold(name),)
                cast.entities.setdefault(keys[0], Entity(keys[0], name, "person"))
            if keys:
                _add_person(cast, text, c, keys)
    if campaigns:  # "The Oyelaran campaign said": the campaign speaks, not the candidate
        cast.mentions = [
            replace(m, possessive=True) if m.kind == "person" and m.core_start in campaigns else m
            for m in cast.mentions
        ]
    cast.mentions.sort(key=lambda m: m.start)
    _younger_elder_by_family(cast, text)
    _merge_party_forms(cast)
    _genders_from_relations(cast, text)
    _genders_from_pronouns(cast, text)
    _flag_cut_names(cast, text)
    return cast


def _relative_full_name(
    cast: Cast, fulls: dict[str, list[str]], first_at: dict[str, int], text: str, c: _Candidate
) -> tuple[str, ...]:
    """ "The Vosses’ son, Peter,", "joined by wife Donna": the relative's full name, the
    family's surname after the given name (``family_names.py``); () when the text gives none."""
    written = {
        folded: next(
            (w for w in cast.entities[keys[0]].name.split() if fold(w) == folded), folded
        )
        for folded, keys in fulls.items()
        if keys
    }
    at = c.run[0].start
    last = next(
        (m for m in reversed(cast.mentions) if m.kind == "person" and m.start < at), None
    )
    last_surname = None
    if last is not None and len(last.keys) == 1:
        last_surname = fold(cast.entities[last.keys[0]].name.split()[-1])
    surname = relative_surname(text, at, written, last_surname, fold)
    if surname is None:
        return ()
    name = f"{c.parsed.core[0].text} {surname}"
    key = "person:" + fold(name)
    if key not in cast.entities:
        cast.entities[key] = Entity(key, name, "person")
        fulls.setdefault(fold(surname), []).append(key)
        first_at[key] = at  # named here, as if in full: a later "Mr. Voss" may mean them
    return (key,)


def _campaign_of(cast: Cast, text: str, cand: _Candidate) -> bool:
    """ "the Oyelaran campaign", "Gorman's camp", "the Nathan Oyelaran campaign": a body of its
    own, named "<Surname> campaign" (one name whatever the form; the written one an alias), in
    front of the candidate's (which stays, as a possessive: "he" may still mean the candidate).
    In "Gorman campaign manager Rick Tessler" the campaign is a possessive too: Tessler's
    employer, not the subject. True when the mention was added."""
    core = cand.parsed.core
    camp = body_names.campaign_after(text, core[-1].end)
    if camp is None:
        return False
    staff = body_names.campaign_staff_after(text, camp.end())
    if staff and core[-1].possessive:
        return False  # "Pryor's campaign manager, Lisa Brandauer,": as any "X's manager"
    # "the Obama administration": a government of its own, named as the campaign is
    body = "administration" if camp["word"] == "administration" else "campaign"
    name = _POSSESSIVE.sub("", core[-1].text) + " " + body
    key = "org:" + fold(name)
    kind = "government" if body == "administration" else "campaign"
    ent = cast.entities.setdefault(key, Entity(key, name, "org", kind))
    written = text[core[0].start : camp.end("word")]
    if written != name and written not in ent.aliases:
        ent.aliases.append(written)
    possessive = staff or camp["possessive"] is not None
    cast.mentions.append(
        Mention(run_start(cand), camp.end(), core[0].start, camp.end(), (key,), "org", possessive)
    )
    return True


def _add_full_name(cast: Cast, fulls: dict[str, list[str]], text: str, c: _Candidate) -> bool:
    """Add the person named in full by ``c``; True when this is their first mention."""
    name = _POSSESSIVE.sub("", _name_span(text, c))
    key = "person:" + fold(name)
    if key in cast.entities:
        return False
    cast.entities[key] = Entity(key, name, "person")
    fulls.setdefault(fold(c.parsed.core[-1].text), []).append(key)
    return True


# "her husband, former President Bill Clinton", "his daughter Ivanka": a person first named as
# a relative of someone else in the story.
_FAMILY_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|\w+[’']s)\s+(?:(?:late|elder|eldest|younger|youngest|older|"
    r"estranged|former|then-|adult|teenage|twin)\s+)?"
    r"(?:wife|husband|son|daughter|mother|father|brother|sister|widow|widower|nephew|niece|"
    r"cousin|grandson|granddaughter|stepson|stepdaughter|uncle|aunt|son-in-law|"
    r"daughter-in-law|father-in-law|mother-in-law|brother-in-law|sister-in-law)s?"
    r",?\s+(?:(?:the\s+)?(?:former|current|then|later|now)\s+)?(?:[\w.-]+\s+){0,2}$"
)


def _family_told_apart(text: str, cand: _Candidate) -> bool:
    """The story tells the bearers of this surname apart by generation ("the younger DeLuca",
    "Gaines Sr"): the family is its subject, so no bearer is the principal by default."""
    surname = re.escape(cand.parsed.core[0].text)
    return bool(
        re.search(rf"\b(?:younger|elder|older)\s+(?:Mr\.?\s+|Ms\.?\s+)?{surname}\b", text)
        or re.search(rf"\b{surname},?\s+(?:Sr|Jr|Senior|Junior)\b", text)
    )


_FAMILY_WORDS = ("wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
                 "widow", "nephew", "niece", "cousin", "grand", "step", "uncle", "aunt")


def _named_as_relative(text: str, start: int) -> bool:
    window = text[max(0, start - 50) : start]
    return any(w in window for w in _FAMILY_WORDS) and bool(_FAMILY_BEFORE.search(window))


def _principal_bearer(
    keys: tuple[str, ...], relatives: set[str], first_at: dict[str, int], text: str, at: int
) -> tuple[str, ...]:
    """ "Clinton said", with Hillary Clinton and "her husband, Bill Clinton" in the story: a
    bare surname is the person the others were introduced as relatives of, when exactly one of
    its bearers was not named as someone's relative (news names a relative in full) and every
    relative was named in an earlier paragraph (one just named may be the one meant)."""
    if len(keys) < 2:
        return keys
    principals = tuple(k for k in keys if k not in relatives)
    others = [k for k in keys if k in relatives]
    if len(principals) != 1 or any("\n" not in text[first_at.get(k, at) : at] for k in others):
        return keys
    return principals


def _gaelic_surname(cand: _Candidate) -> str | None:
    """ "Mac Giolla", "Ní Chonaill": a Gaelic surname on its own (folded), or None."""
    core = cand.parsed.core
    if len(core) == 2 and core[0].text in cues.GAELIC_SURNAME_PARTICLES:
        return fold(f"{core[0].text} {core[1].text}")
    return None


def _gaelic_surname_keys(
    cast: Cast, fulls: dict[str, list[str]], text: str, cands: list[_Candidate]
) -> dict[int, tuple[str, ...]]:
    """Candidate id -> the people a lone Gaelic surname refers to: everyone named in full with
    that surname ("Ciarán Mac Giolla" … "Mr Mac Giolla"); two such people leave it ambiguous, as
    any shared surname does. A surname no full name carries is a person of its own."""
    keys: dict[int, tuple[str, ...]] = {}
    for c in cands:
        surname = _gaelic_surname(c) if c.kind == "person" else None
        if surname is None:
            continue
        found = tuple(
            k for k, e in cast.entities.items()
            if e.kind == "person" and fold(e.name).endswith(" " + surname)
        )
        if not found:
            _add_full_name(cast, fulls, text, c)
            found = ("person:" + fold(_POSSESSIVE.sub("", _name_span(text, c))),)
        keys[id(c)] = found
    return keys
def _index_first_word(org_first: dict[str, set[str]], key: str) -> None:
    words = key[len("org:") :].split()
    if len(words) > 1:
        org_first.setdefault(words[0], set()).add(key)


def _body_named_before(cast: Cast, cand: _Candidate, org_first: dict[str, set[str]]) -> str | None:
    """A lone word, without a title, that is a body already named: that body itself ("daily
    Népszava", later "Népszava noted"), or the first word of one body's longer name
    ("Northbrook Steel", later "Northbrook, which …, said"). Two such bodies: neither."""
    if cand.parsed.role or cand.lower_role or cand.parsed.suffix:
        return None
    word = fold(cand.parsed.core[0].text)
    same = cast.entities.get("org:" + word)
    if same is not None:
        return same.key
    found = {cast.entities[k].key for k in org_first.get(word, ())}
    return found.pop() if len(found) == 1 else None


def _add_org_mention(cast: Cast, text: str, cand: _Candidate, key: str) -> None:
    tok = cand.parsed.core[0]
    cast.mentions.append(
        Mention(
            run_start(cand),
            tok.end,
            tok.start,
            tok.end,
            (key,),
            "org",
            tok.possessive or _plural_possessive_after(text, tok),
        )
    )


def _introduced_before(keys: tuple[str, ...], first_at: dict[str, int], at: int) -> tuple[str, ...]:
    """ "Hugh Callister … Mr Callister said … Their mother, Joan Callister": news names a person
    in full before using the surname alone, so a surname means one of those named before it
    (all of them when none was)."""
    if len(keys) < 2:
        return keys
    earlier = tuple(k for k in keys if first_at.get(k, at) < at)
    return earlier or keys


# "STOCKHOLM —", "TALLINN, Estonia (Reuters) –": a dateline opening a paragraph, a place.
_DATELINE_AFTER = re.compile(
    r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s+\([^)]{1,40}\))?\s+[—–-]\s"
)


def _label_line(text: str, cand: _Candidate) -> bool:
    """ "THE FACTS: …", "HOLLIS: “…”": a label in capitals opening its line before a colon — a
    fact-check's heading or a transcript's turn (matched to the cast by ``direct.py``), never a
    body or a person of its own."""
    first, last = cand.run[0], cand.run[-1]
    line_start = text.rfind("\n", 0, first.start) + 1
    if not all(t.text.isupper() for t in cand.run):
        return False
    if text[line_start : first.start].strip() not in ("", "THE", "The"):
        return False
    return text[last.end : last.end + 2].lstrip(" ").startswith(":")


def _dateline(text: str, cand: _Candidate) -> bool:
    first, last = cand.run[0], cand.run[-1]
    line_start = text.rfind("\n", 0, first.start) + 1
    if text[line_start : first.start].strip() or not all(t.text.isupper() for t in cand.run):
        return False
    return bool(_DATELINE_AFTER.match(text, last.end))


def _bare_generic_body(cand: _Candidate, known: frozenset[str]) -> bool:
    """A body named by its generic head alone ("Police", "Ministry"): a description, not a name
    (unless the Lexicon knows it); as a speaker it would merge every police force of a digest."""
    if len(cand.run) != 1:
        return False
    word = _POSSESSIVE.sub("", cand.run[0].low)
    # singular only: a plural ("Unions said") is left to the pipeline's generic-head rule
    return fold(word) in cues.GENERIC_HEADS and word not in known and fold(word) not in known


def generic_head_word(word: str) -> bool:
    """A body's generic head noun, or its plural ("Ministry", "Unions"): a name's tail."""
    low = fold(word)
    return low in cues.GENERIC_HEADS or (low.endswith("s") and low[:-1] in cues.GENERIC_HEADS)


def _surname_of_named_person(cand: _Candidate, fulls: dict[str, list[str]]) -> bool:
    """ "Michael Bloomberg …. Bloomberg endorsed Biden": a lone word that the lexicon knows as a
    body (a publisher) is the person when the article names someone with that surname."""
    core = cand.parsed.core if cand.parsed else []
    return len(core) == 1 and core[0].text in cues.KNOWN_ORGS and fold(core[0].text) in fulls


# A lone capitalised word right after a preposition of place is a place ("in Cumbria").
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|across|throughout|around|from)\s+$")

_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "as", "os", "ys", "’s", "'s")


def _plural_group(text: str, cand: _Candidate, known: frozenset[str]) -> bool:
    """A lone capitalised plural common noun opening a sentence or clause ("Officials said",
    "Economists argue"): unnamed people, neither a person nor a body. Not a surname with a title
    ("Ms Davies"), a familiar party ("Democrats") or a name the Lexicon knows."""
    p = cand.parsed
    if len(p.core) != 1 or p.role or p.suffix or cand.lower_role or cand.apposed_role:
        return False
    word = p.core[0].text
    if not word.endswith("s") or word.lower().endswith(_NOT_PLURAL_ENDINGS):
        return False
    if word in cues.KNOWN_ORGS or fold(word) in known:
        return False
    i = p.core[0].start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    # a paragraph's first word opens a sentence whatever ends the line before (a header's)
    return i == 0 or text[i - 1] in '.!?:;"”’(,' or "\n" in text[i : p.core[0].start]


def _merge_party_forms(cast: Cast) -> None:
    """ "the Conservatives" and "the Conservative Party": one body, named by its fullest form."""
    for forms in cues.PARTY_FORMS:
        keys = ["org:" + fold(f) for f in forms]
        present = [k for k in keys if k in cast.entities and cast.entities[k].key == k]
        if len(present) < 2:
            continue
        main = cast.entities[present[0]]
        for k in present[1:]:
            other = cast.entities[k]
            for alias in (other.name, *other.aliases):
                if alias != main.name and alias not in main.aliases:
                    main.aliases.append(alias)
            for key, ent in list(cast.entities.items()):
                if ent is other:
                    cast.entities[key] = main


_DANGLING = re.compile(r"\b([A-Z][\w-]*)(?:,\s*|\s+(?:and|of|for|on)\s+|[’']s\s+)$")


def _flag_cut_names(cast: Cast, text: str) -> None:
    """ "… Educational, Scientific and Cultural Organization" with no acronym to delimit it: the
    capitalised word glued before the body's name belongs to no mention, so the name found may be
    only the tail of a longer one. Such a body is offered as a candidate, never as the speaker."""
    for i, m in enumerate(cast.mentions):
        ent = cast.entities[m.keys[0]]
        words = ent.name.split()
        if m.kind == "org" and _cut_before_and(cast, text, i):
            ent.uncertain = True  # "Center for Systems Science and Engineering": cut at "and"
            continue
        if m.kind != "org" or words[0].lower() in cues.ORG_HEADS:
            continue
        hit = _DANGLING.search(text, max(0, m.start - 40), m.start)
        if not hit or (i and cast.mentions[i - 1].end > hit.start()):
            continue
        low = hit[1].lower()
        if low not in cues.CAPITALISED_STOPWORDS | cues.PLACES | cues.MONTHS_DAYS:
            ent.uncertain = True


_AND_TAIL = re.compile(r"\s+and\s+[A-Z][\w-]*(?=[\s,.;:)])")


def _cut_before_and(cast: Cast, text: str, i: int) -> bool:
    """A body's "for/of" name followed by "and" and a capitalised word that is no name of its
    own (no mention starts there): the name may go on past the "and"."""
    m = cast.mentions[i]
    name = text[m.start : m.end]
    if " for " not in name and " of " not in name:
        return False
    tail = _AND_TAIL.match(text, m.end)
    if not tail:
        return False
    word_start = tail.start() + tail.group().rfind(" ") + 1
    return not any(
        x.start <= word_start < x.end for x in cast.starting_in(word_start - 40, word_start + 1)
    )


_REGNAL = cues.words("king queen prince princess pope emperor empress sultan emir")


def _regnal_name(text: str, cand: _Candidate) -> str:
    """ "Queen Elizabeth II", "Pope Francis": a one-word name keeps its royal title and numeral."""
    core = cand.parsed.core
    name = _POSSESSIVE.sub("", core[0].text)
    role = cand.parsed.role
    if role and role[-1].low in _REGNAL:
        name = f"{role[-1].text} {name}"
        name += "".join(f" {t.text}" for t in cand.parsed.suffix if t.text in cues.NAME_SUFFIXES)
    return _POSSESSIVE.sub("", name)


def _by_any_token(cast: Cast, cand: _Candidate) -> tuple[str, ...]:
    """ "Princess Ubolratana" for "Ubolratana Mahidol": a single name shared by one person only."""
    word = fold(cand.parsed.core[0].text)
    found = [
        k for k, e in cast.entities.items() if e.kind == "person" and word in fold(e.name).split()
    ]
    return tuple(found) if len(found) == 1 else ()


_RELATION_GENDER = re.compile(
    r"\b(?:(?P<m>son|husband|father|brother|nephew|grandson|grandfather|uncle|stepson|boyfriend)"
    r"|(?P<f>daughter|wife|mother|sister|niece|granddaughter|grandmother|aunt|stepdaughter"
    r"|girlfriend|widow)),?\s+$"
)


def _genders_from_relations(cast: Cast, text: str) -> None:
    """ "whose son Jaxon, 13,", "his wife, Jane Ormerod": the relation word gives the gender."""
    for m in cast.mentions:
        ent = cast.entities[m.keys[0]]
        if m.kind != "person" or len(m.keys) != 1 or ent.gender:
            continue
        hit = _RELATION_GENDER.search(text, max(0, m.start - 16), m.start)
        if hit:
            ent.gender = "m" if hit["m"] else "f"


def _genders_from_pronouns(cast: Cast, text: str) -> None:
    """A lone person in a sentence followed by he/his or she/her: that person's gender."""
    for m in cast.mentions:
        ent = cast.entities[m.keys[0]]
        if m.kind != "person" or len(m.keys) != 1 or ent.gender:
            continue
        tail = text[m.end : m.end + 120].split(".")[0]
        others = [
            o for o in cast.starting_in(m.end + 1, m.end + len(tail)) if o.kind == "person"
        ]
        hit = _PRONOUN_RE.search(tail)
        if hit and not others and not _unknown_name_before(cast, text, m.end, m.end + hit.start()):
            ent.gender = "f" if hit[1].lower() in ("she", "her", "hers") else "m"


_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w’'-]*")


def _unknown_name_before(cast: Cast, text: str, start: int, end: int) -> bool:
    """ "Jacinda Ardern, Brenton had a licence … he": a capitalised word between the name and
    the pronoun that is no known body, place or function word may be a person the pronoun
    means instead (one the name-finder did not take for a person)."""
    for m in _CAPITALISED.finditer(text, start, end):
        low = m.group().lower()
        if low in cues.CAPITALISED_STOPWORDS or low in cues.PLACES or low in cues.MONTHS_DAYS:
            continue
        if any(o.start <= m.start() < o.end for o in cast.starting_in(m.start() - 60, m.end())):
            continue
        return True
    return False
