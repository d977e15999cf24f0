"""``html_text`` and ``attr`` call markupsafe's C escaper directly (``digest.site.escape``): the
same ``Markup`` as ``escape(" ".join(str(value).split()))``, the way they were written before."""

from __future__ import annotations

import pytest
from markupsafe import Markup, escape

from digest.site.escape import attr, html_text


class _WithHtml:
    """Has ``__html__``: html_text still escapes its ``str()``, as before."""

    def __html__(self) -> str:
        return "<b>raw</b>"

    def __str__(self) -> str:
        return "<i>text</i>  of it"


VALUES = [
    "Tom & <Jerry>  'single' \"double\"\n next line",
    "",
    "   ",
    "\u00a0no-break\u2003em space\ttab",
    3,
    2.5,
    None,
    Markup("<b>already</b> markup"),
    _WithHtml(),
]


@pytest.mark.parametrize("value", VALUES, ids=[repr(v)[:30] for v in VALUES])
@pytest.mark.parametrize("function", [html_text, attr], ids=["html_text", "attr"])
def test_same_markup_as_markupsafe_escape(function, value) -> None:
    made = function(value)
    assert made == escape(" ".join(str(value).split()))
    assert type(made) is Markup


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tom & <Jerry>", "Tom &amp; &lt;Jerry&gt;"),
        ("it's \"quoted\"", "it&#39;s &#34;quoted&#34;"),
        ("  folded \n\t spaces ", "folded spaces"),
        (Markup("<b>x</b>"), "&lt;b&gt;x&lt;/b&gt;"),
        (_WithHtml(), "&lt;i&gt;text&lt;/i&gt; of it"),
    ],
)
def test_outputs(value, expected: str) -> None:
    assert str(html_text(value)) == expected
