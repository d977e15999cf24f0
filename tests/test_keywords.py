"""digest.extract.keywords: phrases found as whole words, leftmost-longest."""

from __future__ import annotations

import pytest

from digest.extract.keywords import KeywordIndex

INDEX = KeywordIndex(["tax", "tax cut", "same-sex marriage", "people's vote", "tariff", "rent"])

CASES = {
    "a word": ("a new tax", ("tax",)),
    "the longest phrase wins": ("the tax cut and a tax", ("tax cut", "tax")),
    "plural of the last word": ("tariffs and taxes", ("tariff", "tax")),
    "hyphen or space": ("same sex marriage; same-sex marriages", ("same-sex marriage",)),
    "either apostrophe": ("a People’s Vote now", ("people's vote",)),
    "not inside a word": ("taxidermy, parent, current", ()),
    "not across punctuation": ("tax, cut", ("tax",)),
    "each once, in order": ("rent, tax, rent", ("rent", "tax")),
}


@pytest.mark.parametrize("name", CASES)
def test_find(name: str) -> None:
    text, expected = CASES[name]
    assert INDEX.find(text) == expected
