"""Documents as sources: a statement, note, report, post or website speaks for whoever issued it.

* "“…,” the statement said" / "The note said …": the issuer named in a sentence shortly before
  that gave the document to its subject ("X said in a statement", "In a note, X …", "X issued a
  statement"); no such sentence, no speaker.
* "The WHO’s website said:", "Smith’s letter said": the owner named by the possessive.
* "according to a tweet on Monday by X", "according to a memo posted online by X": X.

The rules only read the text; resolving the issuer is the attribution module's.
"""

from __future__ import annotations

import re

from digest.extract.cues import words

DOCUMENT_NOUNS = words("""
    statement letter note memo email e-mail release report tweet post website site blog
    announcement submission filing ruling judgment judgement summary decision reply readout
    petition manifesto motion memorandum communique communiqué lawsuit complaint leaflet
    """)
# What "according to" may cite for its issuer besides those: figures, polls and studies.
CITED_NOUNS = DOCUMENT_NOUNS | words("""
    data figures statistics poll survey study analysis reports research estimates
    """)
_CITED = "|".join(sorted(CITED_NOUNS, key=len, reverse=True))
_DOC = "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True))

# "in a statement", "in its written reply", "issued a statement", "released a report": the
# sentence's subject issued the document.
_ISSUED = re.compile(
    r"\b(?:(?:in|via|through)\s+(?:a|an|its|their|his|her)"
    r"|(?:issued|released|published|sent|posted|put\s+out|wrote)\s+(?:the\s+[\w-]+\s+)?"
    r"(?:a|an|its|their|his|her))"
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_DOC})\b",
    re.I,
)

# "a tweet on Monday by", "a memo posted online by", "the statement from": the author follows.
_DOCUMENT_BY = re.compile(
    rf"\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_CITED})\b[^,;:.]{{0,40}}?\s(?:by|from)\s+",
    re.I,
)
# "the WHO’s situation report", "a 2019 NATO press release": the owner, then what it issued.
_CITED_AFTER_OWNER = re.compile(rf"(?:[’']s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{_CITED})\b", re.I)

# What may stand between an owner's possessive and the document: "the WHO’s (official) website".
_OWNED = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOC})\s*$", re.I)


# "a poll carried out by X", "The report, by X": a cited noun whose author a later "the poll"
# may mean. The noun's determiner comes first; what follows is read by ``author_after``.
_INTRODUCED = {
    noun: re.compile(
        rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){{0,2}}?{noun}\b"
    )
    for noun in CITED_NOUNS
}


def introductions(text: str, start: int, end: int, noun: str) -> list[int]:
    """Where each noun phrase of document ``noun`` in ``text[start:end]`` starts, last first."""
    if noun not in _INTRODUCED or text.find(noun, start, end) < 0:
        return []
    return [m.start() for m in _INTRODUCED[noun].finditer(text, start, end)][::-1]


def document_head(word: str) -> bool:
    return word in DOCUMENT_NOUNS


def issued_in(text: str, start: int, end: int, noun: str) -> re.Match | None:
    """The last phrase in ``text[start:end]`` that gives a document ``noun`` to a subject."""
    last = None
    for m in _ISSUED.finditer(text, start, end):
        if m["noun"].lower() == noun:
            last = m
    return last


def author_after(text: str, start: int, end: int) -> int | None:
    """Where the author's name starts in "a tweet … by X" (None when it is no such phrase)."""
    m = _DOCUMENT_BY.match(text, start, end)
    return m.end() if m else None


def owned_document(text: str, owner_end: int, end: int) -> bool:
    """``text[owner_end:end]`` is the document an owner's possessive names."""
    return bool(_OWNED.fullmatch(text, owner_end, end))


def cited_after(text: str, owner_end: int, end: int) -> bool:
    """A figure, poll or document follows an owner's name: "the WHO’s situation report"."""
    return bool(_CITED_AFTER_OWNER.match(text, owner_end, end))
