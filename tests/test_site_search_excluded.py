"""``plugin.without_search_excluded`` removes what ``_SEARCH_EXCLUDED.sub("", …)`` removes: every
region between the search-exclude comments, nearest end first, an unclosed start left as it is."""

from __future__ import annotations

import random

import pytest

from digest.site.plugin import _SEARCH_EXCLUDED, without_search_excluded

START, END = "<!--dd-search-exclude-->", "<!--/dd-search-exclude-->"

CASES = [
    ("", ""),
    ("plain <p>text</p>", "plain <p>text</p>"),
    (f"a{START}hidden{END}b", "ab"),
    (f"a{START}x{END}b{START}y{END}c", "abc"),
    (f"a{START}x{START}y{END}b{END}c", f"ab{END}c"),  # nearest end: the second end stays
    (f"a{START}never closed", f"a{START}never closed"),
    (f"a{START}x{END}b{START}open", f"ab{START}open"),
    (f"{END}a{START}x{END}", f"{END}a"),
    (f"{START}{END}", ""),
    (f"{START}\nmulti\nline\n{END}tail", "tail"),
]


@pytest.mark.parametrize(("html", "expected"), CASES)
def test_table(html: str, expected: str) -> None:
    assert without_search_excluded(html) == expected == _SEARCH_EXCLUDED.sub("", html)


def test_random_pages() -> None:
    pieces = [START, END, "x", "<p>", "\n", "<!--", "-->", "<!--dd-search-", "exclude-->"]
    rnd = random.Random(11)
    for _ in range(5000):
        html = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert without_search_excluded(html) == _SEARCH_EXCLUDED.sub("", html), html


def test_unchanged_content_is_the_same_object() -> None:
    html = "<p>nothing excluded</p>"
    assert without_search_excluded(html) is html
