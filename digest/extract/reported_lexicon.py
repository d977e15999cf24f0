"""Stance, belief and evidence cues of reported speech, kept as data: lemmas, inflected here.

The say verbs of ``cues.py`` report speech in any frame. The verbs here report a belief, a plan,
a demand or a finding, and only in one frame each, which is what keeps them precise:

* ``THAT_LEMMAS`` take a "that" clause ("Democratic leaders fear that …", "the court found
  that …", "Economists estimate that …"); "fear the worst" or "found the body" is no claim.
* ``TO_LEMMAS`` take "to" and a verb ("it plans to hand a petition …", "threatened to vote
  against …"); ``TO_OBJECT_LEMMAS`` put who is meant before the "to" ("wants private investors
  to finance …"; a bare "wanted to go home" is a wish, not a stance).
* ``EVIDENCE_LEMMAS`` report what a study or a record shows; their object needs no finite verb
  ("A poll by X found the race tied"), and a record that shows something has no author ("Bank
  records show that …": speaker null).

Forms are generated from the lemmas (regular English inflection plus ``IRREGULAR``), so the
lists stay short and a new lemma brings all its forms.
"""

from __future__ import annotations

from digest.extract.cues import words

THAT_LEMMAS = words("""
    fear concede estimate demand indicate believe think hope worry accept recognise recognize
    conclude find show signal hint assume calculate forecast project reckon feel determine hold
    judge doubt suspect disclose allege contend caution stress emphasise emphasize acknowledge
    predict deny suggest argue insist maintain warn claim admit agree complain confirm reveal
    note observe announce declare report state write tell explain add say
    deem affirm reaffirm assert reiterate underline assure recall testify speculate surmise
    theorise theorize presume realise realize mention boast brag lament protest retort reply
    respond clarify specify stipulate attest certify anticipate expect imagine charge counter
    guarantee swear pledge promise vow propose recommend advise urge order rule decide concur
    repeat grant posit reason imply tweet post email remind inform complain object
    concur infer rebut
    """)

TO_LEMMAS = words("""
    plan intend threaten aim hope seek vow pledge promise expect propose swear resolve
    """)

# Verbs whose object may stand before "to": "wants investors to finance", "expects the Senate
# to approve".
TO_OBJECT_LEMMAS = words("want expect")

EVIDENCE_LEMMAS = words("find show indicate suggest")

IRREGULAR = {
    "think": ("thinks", "thought", "thinking"),
    "find": ("finds", "found", "finding"),
    "show": ("shows", "showed", "shown", "showing"),
    "hold": ("holds", "held", "holding"),
    "feel": ("feels", "felt", "feeling"),
    "write": ("writes", "wrote", "writing"),
    "tell": ("tells", "told", "telling"),
    "say": ("says", "said", "saying"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "counter": ("counters", "countered", "countering"),
    "order": ("orders", "ordered", "ordering"),
    "object": ("objects", "objected", "objecting"),
}

# Nouns of a study or a count whose "by X" names the body that speaks through it.
STUDY_NOUNS = words("""
    poll polls survey surveys study studies report reports analysis review audit estimate
    estimates projection projections research investigation assessment census inquiry paper
    count tally forecast forecasts modelling modeling evaluation
    """)

# Records with no author of their own: what they show is reported by no one ("Bank records
# reviewed by the Standard show …": the Standard read them, it did not write them).
DOCUMENT_NOUNS = words("""
    records emails e-mails papers documents files data figures statistics minutes logs
    receipts accounts filings polls polling numbers results images footage messages
    """)


_DOUBLING = words("plan admit regret submit commit concur aver infer refer rebut")


def _forms(lemma: str) -> tuple[str, ...]:
    if lemma in IRREGULAR:
        return (lemma, *IRREGULAR[lemma])
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch", "x")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    if lemma in _DOUBLING:  # a stressed short vowel and one consonant doubles it
        return (lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


def inflect(lemmas: frozenset[str]) -> dict[str, str]:
    """Every finite or -ing form of the lemmas, mapped to its lemma."""
    return {form: lemma for lemma in lemmas for form in _forms(lemma)}


THAT_FORMS = inflect(THAT_LEMMAS)
TO_FORMS = inflect(TO_LEMMAS)
EVIDENCE_FORMS = inflect(EVIDENCE_LEMMAS)
