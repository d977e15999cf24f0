"""Editors' Markdown cannot run script: a table of payloads (OWASP XSS filter-evasion classes),
each with the exact safe HTML it must become, on the sanitiser alone and through a real build."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest

from digest.sanitize import UNTRUSTED_END, UNTRUSTED_START, sanitize_html, sanitize_marked
from digest.site.escape import md_block
from tests.test_site_build import build_site, make_project

# Python-Markdown configured as mkdocs.yml configures it, for the Markdown -> HTML step.
EXTENSIONS = [
    "attr_list",
    "md_in_html",
    "tables",
    "admonition",
    "toc",
    "footnotes",
    "pymdownx.superfences",
]


def render(field: str) -> str:
    """An editor's field as the site renders it: md_block, Markdown, then the sanitiser."""
    html = markdown.markdown(md_block(field), extensions=EXTENSIONS)
    return sanitize_marked(html).strip()


PAYLOADS = [
    # (name, editor's Markdown, exact HTML published)
    ("inline javascript link", "[x](javascript:alert(1))", "<p><a>x</a></p>"),
    ("mixed-case scheme", "[x](JaVaScRiPt:alert(1))", "<p><a>x</a></p>"),
    ("scheme with spaces", "[x]( javascript:alert(1) )", "<p><a>x</a></p>"),
    ("entity-encoded scheme", "[x](&#106;avascript:alert(1))", "<p><a>x</a></p>"),
    ("hex entity, no semicolon", "[x](&#x6A;avascript&#x3A;alert(1))", "<p><a>x</a></p>"),
    ("tab inside scheme", "[x](jav&#x09;ascript:alert(1))", "<p><a>x</a></p>"),
    ("reference-style link", "[x][r]\n\n[r]: javascript:alert(1)", "<p><a>x</a></p>"),
    ("image with javascript src", "![x](javascript:alert(1))", '<p><img alt="x"></p>'),
    ("data:text/html link", "[x](data:text/html;base64,PHNjcmlwdD4=)", "<p><a>x</a></p>"),
    ("data: image", "![x](data:image/svg+xml;base64,PHN2Zz4=)", '<p><img alt="x"></p>'),
    ("vbscript link", "[x](vbscript:msgbox(1))", "<p><a>x</a></p>"),
    ("attr_list event handler", 'Text\n{: onmouseover="alert(1)" }', "<p>Text</p>"),
    (
        "attr_list style with url()",
        'Text\n{: style="background:url(javascript:alert(1))" }',
        "<p>Text</p>",
    ),
    ("attr_list style expression", 'Text\n{: style="width:expression(alert(1))" }', "<p>Text</p>"),
    (
        "attr_list href on a link",
        '[x](https://a.example){: href="javascript:alert(1)" }',
        "<p><a>x</a></p>",
    ),
    (
        "attr_list on a heading, nested in a list",
        '- item\n\n    ## H {: onclick="alert(1)" #ok .c }',
        '<ul>\n<li>\n<p>item</p>\n<h2 class="c" id="ok">H</h2>\n</li>\n</ul>',
    ),
    (
        "raw script tag stays text",
        "<script>alert(1)</script>",
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    ),
    ("raw svg onload stays text", "<svg onload=alert(1)>", "<p>&lt;svg onload=alert(1)&gt;</p>"),
    (
        "markers cannot be forged",
        f"{UNTRUSTED_END}[x](javascript:alert(1)){UNTRUSTED_START}",
        "<p>&lt;!--/dd-untrusted--&gt;<a>x</a>&lt;!--dd-untrusted--&gt;</p>",
    ),
    (
        "a marker inside a code span stays text",
        f"`{UNTRUSTED_END}`<script>alert(1)</script>",
        "<p><code>&amp;lt;!--/dd-untrusted--&gt;</code>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    ),
    # What must survive
    (
        "HTML inside a code span is shown as written (escaped once)",
        "Use `<b>` for bold, not <b>this</b>.",
        "<p>Use <code>&lt;b&gt;</code> for bold, not &lt;b&gt;this&lt;/b&gt;.</p>",
    ),
    (
        "HTML inside fenced code is shown as written",
        "```\n<p>hello</p>\n```",
        '<div class="highlight"><pre><span></span>'
        "<code>&lt;p&gt;hello&lt;/p&gt;\n</code></pre></div>",
    ),
    (
        "https link kept",
        "[x](https://example.org/a?b=1)",
        '<p><a href="https://example.org/a?b=1">x</a></p>',
    ),
    (
        "mailto kept",
        "[x](mailto:editor@example.org)",
        '<p><a href="mailto:editor@example.org">x</a></p>',
    ),
    (
        "relative link kept",
        "[x](../speakers/sadiq-khan.md#q-1)",
        '<p><a href="../speakers/sadiq-khan.md#q-1">x</a></p>',
    ),
    (
        "emphasis and code kept",
        "**b** *i* `c*d`",
        "<p><strong>b</strong> <em>i</em> <code>c*d</code></p>",
    ),
    (
        "safe attr_list kept",
        'Text\n{: #note .lead title="t" }',
        '<p class="lead" id="note" title="t">Text</p>',
    ),
    (
        "unclosed fence closed inside the field",
        "```\ncode",
        '<div class="highlight"><pre><span></span><code>code\n</code></pre></div>',
    ),
]


@pytest.mark.parametrize(("name", "field", "expected"), PAYLOADS, ids=[p[0] for p in PAYLOADS])
def test_editor_markdown_is_published_safe(name: str, field: str, expected: str) -> None:
    assert render(field) == expected


SANITISER = [
    ('<svg><g onload="alert(1)"></g></svg>ok', "ok"),
    ('<a href="JAVASCRIPT:alert(1)">x</a>', "<a>x</a>"),
    ('<a href="&#0000106&#0000097vascript:alert(1)">x</a>', "<a>x</a>"),
    ('<img src="x" onerror="alert(1)">', '<img src="x">'),
    ('<p style="color:red">x</p>', "<p>x</p>"),
    (
        '<table><tr><td style="text-align: center; background: url(x)">x</td></tr></table>',
        '<table><tbody><tr><td style="text-align:center">x</td></tr></tbody></table>',
    ),
    ("<iframe src=https://evil.example></iframe>ok", "ok"),
    ("<math><mi xlink:href=javascript:alert(1)>x</mi></math>ok", "ok"),
    (
        '<p><a href="#fn:1" class="footnote-ref" id="fnref:1">1</a></p>',
        '<p><a href="#fn:1" class="footnote-ref" id="fnref:1">1</a></p>',
    ),
    ("<p>unclosed <em>emphasis</p>", "<p>unclosed <em>emphasis</em></p>"),
]


@pytest.mark.parametrize(("html", "expected"), SANITISER)
def test_sanitiser_keeps_only_the_safe_list(html: str, expected: str) -> None:
    assert sanitize_html(html) == expected


def test_only_marked_regions_are_sanitised() -> None:
    page = (
        f'<p onclick="site()">ours</p>{UNTRUSTED_START}<p onclick="x()">theirs</p>{UNTRUSTED_END}'
    )
    assert sanitize_marked(page) == '<p onclick="site()">ours</p><p>theirs</p>'


def test_an_unterminated_region_fails_closed() -> None:
    page = f'<p>ours</p>{UNTRUSTED_START}<a href="javascript:x()">a</a><p onclick="y()">rest</p>'
    assert sanitize_marked(page) == "<p>ours</p><a>a</a><p>rest</p>"


# --- Through a real strict build ----------------------------------------------------------------

COMMENTARY = """\
  [inline](javascript:alert(1)) [ref][r] ![img](JaVaScRiPt:alert(2)) [ok](https://example.org)
  {: onmouseover="alert(3)" }

  [r]: vbscript:alert(4)
"""


def _with_commentary(project: Path) -> None:
    speaker = project / "content" / "speakers" / "sadiq-khan.yaml"
    text = speaker.read_text(encoding="utf-8")
    text = re.sub(r"^commentary: \|\n(?:  .*\n|\n)*", "", text, flags=re.M)
    speaker.write_text(text + "commentary: |\n" + COMMENTARY, encoding="utf-8")


def test_a_built_page_has_no_script_from_commentary(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    _with_commentary(project)
    site = build_site(project)
    page = (site / "speakers" / "sadiq-khan" / "index.html").read_text(encoding="utf-8")
    assert (
        '<p><a>inline</a> <a>ref</a> <img alt="img"> <a href="https://example.org">ok</a></p>'
        in page
    )
    for bad in ("javascript:", "JaVaScRiPt", "vbscript:", "onmouseover", "dd-untrusted"):
        assert bad not in page
    # The site's own links and attributes around the field are untouched.
    assert '<a href="../../themes/immigration/">' in page
