"""Policy names in a quotation: named policies only, never a phrase that merely refers to one.

A policy is named in one of two ways:

* capitalised, ending in a policy head: "Affordable Care Act", "Voting Rights Act of 1965",
  "Universal Credit", "Paris Climate Accord". Not when a capitalised word follows the head
  ("Communications Bill Bodie": a person; "Plan International": a body), and without words that
  only lead into it (a sentence-initial "The", a possessive "Obama's", a title);
* lowercase, as a coined name: at least two modifiers ("the points based system") or a
  hyphenated one ("the points-based system", "means-tested benefits"), on a head that names an
  instrument (system, scheme, programme, tax, levy, credit, cap, ban…). One modifier is enough
  only for a tax, levy, credit or allowance ("the bedroom tax"). Never a determiner phrase of
  generic words: "the spending bill", "the health system", "the most sensitive policy",
  "the delivery of the policy" are references, not names.
"""

from __future__ import annotations

import re

from digest.extract import cues

_NAMED_HEADS = (
    "Bill|Act|Scheme|Programme|Program|Plan|Strategy|Initiative|Agreement|Deal|Credit|Treaty"
    "|Accord|Pact|Amendment|Allowance|Levy|Tax|Reform|Budget"
)
_NAMED = re.compile(
    # A name starts at a word's start (not after a hyphen or apostrophe) and words are of
    # bounded length: "Jean-Jean-…" or "O'O'…" must not make the search quadratic.
    r"(?<![\w’'-])((?:[A-Z][\w’'-]{0,40}\s+){1,6}(?:" + _NAMED_HEADS + r")(?:\s+(?:of\s+)?\d{4})?)"
    r"(?![\w’'-])(?!\s+(?:No\.|[A-Z][a-z]))"
)
_COINED = re.compile(
    r"\bthe\s+((?:[\w-]+\s+){1,3}(?:system|scheme|programme|program|tax|levy|credit|allowance"
    r"|cap|ban|test|benefit|benefits|guarantee|wage))\b",
    re.I,
)
_ONE_MODIFIER_HEADS = frozenset({"tax", "levy", "credit", "allowance", "wage"})
_GENERIC = cues.words(
    """the this that a an new same whole current existing our their his her its my your
    proposed planned old previous present future entire very most more less much many some any
    such other own main key major big small national federal state local public private
    government official health healthcare spending budget income sales property tax respiratory
    nervous immune political legal justice education school transport rail energy welfare
    security defence defense immigration asylum voting electoral police court prison care
    social economic financial banking pension pensions benefits sensitive important controversial
    new-found so-called first second last next"""
)
_FUNCTION_WORDS = cues.words("of the and or to for in on at by with from as a an")
_LEADING = frozenset(cues.CAPITALISED_STOPWORDS) | {"new", "proposed", "draft", "controversial"}


def policy_phrases(text: str) -> list[str]:
    """Named policies in ``text``, in order of appearance, each once (see the module docstring)."""
    found: list[tuple[int, str]] = []
    for m in _NAMED.finditer(text):
        name = _trim_named(m.group(1))
        if name:
            found.append((m.start(1), name))
    for m in _COINED.finditer(text):
        words = m.group(1).split()
        if _coined(words):
            found.append((m.start(1), " ".join(words)))
    names = [name for _, name in sorted(found)]
    return list(dict.fromkeys(names))


def _trim_named(phrase: str) -> str | None:
    """Drop lead-in words: up to the last possessive or title, a leading article or stopword."""
    words = phrase.split()
    cut = 0
    for i, word in enumerate(words[:-1]):
        low = word.lower().rstrip(".")
        if word.endswith(("'s", "’s", "'", "’")) or low in cues.TITLES or low in cues.ROLE_HEADS:
            cut = i + 1
    words = words[cut:]
    while len(words) > 1 and words[0].lower() in _LEADING:
        words = words[1:]
    if len(words) < 2:
        return None  # a head alone ("Act", "The Bill") names nothing
    return " ".join(words)


def _coined(words: list[str]) -> bool:
    modifiers, head = [w.lower() for w in words[:-1]], words[-1].lower()
    if any(w in _FUNCTION_WORDS or w in _GENERIC for w in modifiers):
        return False
    if any("-" in w for w in modifiers):
        return True
    return len(modifiers) >= 2 or (len(modifiers) == 1 and head in _ONE_MODIFIER_HEADS)
