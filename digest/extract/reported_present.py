"""A clause in the present tense after a claim verb, with no "that", no auxiliary and no past
form to show it is one: "says the plan costs too much", "argue the tax hurts the poor", "claims
Mahan flies cargo to Syria".

Without a tagger the verb is found by its agreement: a subject of one to four words, the last
of them no plural and no possessive ("the party's plans" is a noun phrase), then a lowercase
word in -s that is no plural noun's ending (-ss, -us, -is), then what opens a verb's object (a
determiner, a pronoun, an adverb). "noted the rising costs of housing", "stressed the importance
of" and "said the prayers" stay objects.
"""

from __future__ import annotations

from digest.extract import cues

_DETERMINERS = cues.words("the a an his her its their this our my every each")
_NOT_SUBJECT_WORDS = _DETERMINERS | cues.PREPOSITIONS | cues.words("and or but that which who")
_NOT_VERB_ENDINGS = ("ss", "us", "is", "’s", "'s", "ics", "ous", "ness")
# What follows a verb and not a plural noun: its object's determiner, a pronoun, an adverb
# ("the tax hurts the poor", "costs too much"); "the rising costs of housing" is a noun phrase.
_VERB_OBJECT_OPENERS = cues.words("""
    the a an his her its their this that these those no every some any more less much too
    nothing everything him them us me it up down out off back well little far
    """)
_PLURAL_END = ("s", "’", "'", ",")
_MAX_SUBJECT_WORDS = 4


def opens_with_subject(word: str) -> bool:
    """A determiner or a capitalised word: where a noun-phrase subject can start."""
    return word.lower() in _DETERMINERS or (word[:1].isupper() and word.isalpha())


def shows_present_verb(words: list[str]) -> bool:
    """ "the plan costs too much": a singular subject, then a verb in -s, then more words."""
    for i in range(1, min(len(words) - 1, _MAX_SUBJECT_WORDS + 1)):
        word, before = words[i], words[i - 1]
        if not (word.islower() and len(word) > 3 and word.endswith("s")):
            continue
        if word.endswith(_NOT_VERB_ENDINGS):
            continue
        # "the costs", "the party's plans": the -s word ends a noun phrase, no verb follows it
        if before.lower() in _NOT_SUBJECT_WORDS or before.endswith(_PLURAL_END):
            return False
        after = words[i + 1].lower().strip(",.;")
        return after in _VERB_OBJECT_OPENERS or after.endswith("ly")  # not "costs of …"
    return False
