"""``[[wiki links]]`` in editors' Markdown: found outside code, checked at load time with their
``file:line:col``, rendered as links with the record's name (and sanitised like any other link)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_site_build import (  # noqa: F401  (no_unexpected_warnings: autouse, applies here too)
    SEED_DEBATE,
    broken_links,
    build_site,
    make_project,
    no_unexpected_warnings,
    page_path,
)

from digest.load import check_content
from digest.wikilinks import Target, WikiLinkError, find_links, resolve
from tests.content_support import mkdocs_build

QUOTE = "q-16e1994950"  # Deborah Mattinson's "out of touch" quote in the seed debate


@pytest.mark.parametrize(
    ("markdown", "found"),
    [
        ("see [[sadiq-khan]].", [("sadiq-khan", None)]),
        ("[[themes/immigration|on immigration]]", [("themes/immigration", "on immigration")]),
        (f"[[{SEED_DEBATE}#{QUOTE}]]", [(f"{SEED_DEBATE}#{QUOTE}", None)]),
        ("[[a]] and [[b]]", [("a", None), ("b", None)]),
        ("escaped \\[[sadiq-khan]]", []),
        ("escaped backslash \\\\[[sadiq-khan]]", [("sadiq-khan", None)]),
        ("code `[[sadiq-khan]]` span", []),
        ("``x [[sadiq-khan]] y``", []),
        ("```\n[[sadiq-khan]]\n```\n[[ed-miliband]]", [("ed-miliband", None)]),
        ("~~~~\n[[sadiq-khan]]\n~~~\n[[x]]\n~~~~\n[[ed-miliband]]", [("ed-miliband", None)]),
        ("[[not\nacross lines]]", []),
        ("[single] and [[]] and [[ ]]", []),
    ],
)
def test_find_links(markdown: str, found: list[tuple[str, str | None]]) -> None:
    assert [(link.target, link.label) for link in find_links(markdown)] == found


def test_find_links_gives_offsets_into_the_field() -> None:
    text = "one\n`[[x]]` then [[ sadiq-khan | Khan ]]"
    (link,) = find_links(text)
    assert text[link.start : link.end] == link.source == "[[ sadiq-khan | Khan ]]"
    assert (link.target, link.label) == ("sadiq-khan", "Khan")


def test_the_same_bad_link_twice_is_reported_at_each_place(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    speaker = project / "content" / "speakers" / "sadiq-khan.yaml"
    _edit(speaker, "  sharpest disagreement", "  sharpest [[ nobody ]] x [[ nobody ]] disagreement")
    _, problems = check_content(project / "content")
    found = [(p.line, p.col) for p in problems if "'nobody'" in p.message]
    line = next(n for n, x in enumerate(speaker.read_text().splitlines(), 1) if "nobody" in x)
    row = next(x for x in speaker.read_text().splitlines() if "nobody" in x)
    assert found == [(line, row.index("[[") + 1), (line, row.rindex("[[") + 1)]


IDS = {
    "speakers": {"sadiq-khan", "labour-person"},
    "organisations": {"labour"},
    "debates": {SEED_DEBATE, "immigration"},
    "themes": {"immigration", "housing"},
    "policies": {"housing"},
}
QUOTES = {SEED_DEBATE: {QUOTE}, "immigration": set()}


@pytest.mark.parametrize(
    ("target", "resolved"),
    [
        ("sadiq-khan", Target("speakers", "sadiq-khan")),
        ("labour", Target("organisations", "labour")),
        # Precedence of a bare id: speakers, organisations, debates, themes, policies.
        ("immigration", Target("debates", "immigration")),
        ("housing", Target("themes", "housing")),
        ("themes/immigration", Target("themes", "immigration")),
        ("policies/housing", Target("policies", "housing")),
        (f"{SEED_DEBATE}#{QUOTE}", Target("debates", SEED_DEBATE, QUOTE)),
        (f"debates/{SEED_DEBATE}#{QUOTE}", Target("debates", SEED_DEBATE, QUOTE)),
    ],
)
def test_resolve(target: str, resolved: Target) -> None:
    assert resolve(target, IDS, QUOTES) == resolved


@pytest.mark.parametrize(
    ("target", "message", "hint"),
    [
        ("sadiq-kahn", "unknown record 'sadiq-kahn'", "did you mean 'sadiq-khan'?"),
        ("themes/imigration", "unknown record 'themes/imigration'", "'themes/immigration'?"),
        ("zzzz", "unknown record 'zzzz'", "no speakers/zzzz.yaml or organisations/zzzz.yaml"),
        ("people/sadiq-khan", "unknown kind 'people'", "one of: debates, speakers"),
        ("Sadiq Khan", "not a record reference 'Sadiq Khan'", "ids in lowercase"),
        (f"{SEED_DEBATE}#q-16e1994951", "unknown quote", f"'{SEED_DEBATE}#{QUOTE}'?"),
        ("sadiq-khan#q-1", "only a debate's quotes can be linked with #", "[[sadiq-khan]]"),
    ],
)
def test_resolve_refuses(target: str, message: str, hint: str) -> None:
    with pytest.raises(WikiLinkError) as caught:
        resolve(target, IDS, QUOTES)
    assert message in caught.value.message
    assert hint in caught.value.hint


# --- At load time: file, line and column of the link --------------------------------------------


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_bad_link_is_reported_at_its_line_and_column(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    speaker = project / "content" / "speakers" / "sadiq-khan.yaml"
    _edit(speaker, "  sharpest disagreement", "  sharpest [[kerry-mcarthy]] disagreement")
    debate = project / "content" / "debates" / f"{SEED_DEBATE}.yaml"
    _edit(debate, "      The report gives", f"      See [[{SEED_DEBATE}#q-nope]]. The report gives")
    digest, problems = check_content(project / "content")
    assert digest is None
    lines = [str(p) for p in problems]
    line_no = speaker.read_text().splitlines().index(
        next(x for x in speaker.read_text().splitlines() if "[[kerry-mcarthy]]" in x)
    )
    column = speaker.read_text().splitlines()[line_no].index("[[") + 1
    assert (
        f"{speaker}:{line_no + 1}:{column}: commentary: unknown record 'kerry-mcarthy' "
        "(did you mean 'kerry-mccarthy'?)"
    ) in lines
    debate_line = next(
        n for n, x in enumerate(debate.read_text().splitlines(), 1) if "q-nope" in x
    )
    assert any(
        line.startswith(f"{debate}:{debate_line}:11: quotes[0].commentary: unknown quote ")
        for line in lines
    ), lines


def test_every_markdown_field_is_checked(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    content = project / "content"
    _edit(content / "themes" / "immigration.yaml", "  - *Out of touch*", "  - [[nobody]] *Out")
    _edit(content / "debates" / f"{SEED_DEBATE}.yaml", "  *Dating note*", "  [[nobody]] note")
    _edit(content / "debates" / f"{SEED_DEBATE}.yaml", "  A panel at", "  [[nobody]] A panel")
    _, problems = check_content(content)
    fields = sorted(p.field for p in problems if "'nobody'" in p.message)
    assert fields == ["commentary", "commentary", "summary"]


def test_a_bad_link_fails_the_build_and_keeps_the_old_site(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    speaker = project / "content" / "speakers" / "sadiq-khan.yaml"
    _edit(speaker, "  sharpest disagreement", "  sharpest [[kerry-mcarthy]] disagreement")
    old_site = project / "site"
    old_site.mkdir()
    (old_site / "index.html").write_text("the last good site")
    result = mkdocs_build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "content/speakers/sadiq-khan.yaml:" in output
    assert "commentary: unknown record 'kerry-mcarthy' (did you mean 'kerry-mccarthy'?)" in output
    assert "Traceback" not in output
    assert (old_site / "index.html").read_text() == "the last good site"


# --- Rendered -------------------------------------------------------------------------------------


def test_links_render_with_the_record_name(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    speaker = project / "content" / "speakers" / "sadiq-khan.yaml"
    _edit(
        speaker,
        "  sharpest disagreement",
        "  sharpest [[kerry-mccarthy]] ([[themes/immigration|on immigration]], "
        f"[[{SEED_DEBATE}#{QUOTE}]], `[[code]]`, \\[[escaped]], [[ekklesia]]) disagreement",
    )
    site = build_site(project)
    html = page_path(site, "speakers/sadiq-khan.md").read_text(encoding="utf-8")
    # links from a generated page are written from the site root down (digest/site/links.py)
    assert '<a href="../../speakers/kerry-mccarthy/">Kerry McCarthy</a>' in html
    assert '<a href="../../themes/immigration/">on immigration</a>' in html
    assert (
        f'<a href="../../debates/{SEED_DEBATE}/#{QUOTE}">Deborah Mattinson, in '
        "Why did Labour lose? Lessons from the election</a>"
    ) in html
    assert "<code>[[code]]</code>" in html and "[[escaped]]" in html
    assert '<a href="../../organisations/ekklesia/">Ekklesia</a>' in html
    assert broken_links(site) == []


def test_a_hostile_label_stays_text(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    speaker = project / "content" / "speakers" / "sadiq-khan.yaml"
    _edit(
        speaker,
        "  sharpest disagreement",
        "  sharpest [[kerry-mccarthy|<script>alert(1)</script> *x*]] disagreement",
    )
    site = build_site(project)
    html = page_path(site, "speakers/sadiq-khan.md").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html
    assert (
        '<a href="../../speakers/kerry-mccarthy/">&lt;script&gt;alert(1)&lt;/script&gt; *x*</a>'
        in html
    )


def test_links_in_a_quote_card_resolve_wherever_the_quote_is_shown(tmp_path: Path) -> None:
    """The card (and its commentary) is on the debate page; aggregate pages show the quote as a
    row linking to that card, never the raw ``[[…]]``."""
    project = make_project(tmp_path)
    debate = project / "content" / "debates" / f"{SEED_DEBATE}.yaml"
    _edit(
        debate,
        "      The report gives",
        f"      Compare [[ed-miliband]] and [[{SEED_DEBATE}#{QUOTE}]]. The report gives",
    )
    site = build_site(project)
    on_debate = page_path(site, f"debates/{SEED_DEBATE}.md").read_text(encoding="utf-8")
    assert '<a href="../../speakers/ed-miliband/">Ed Miliband</a>' in on_debate
    assert f'<a href="#{QUOTE}">Deborah Mattinson, in Why did Labour lose?' in on_debate
    on_theme = page_path(site, "themes/why-labour-lost.md").read_text(encoding="utf-8")
    assert f'href="../../debates/{SEED_DEBATE}/#{QUOTE}"' in on_theme
    assert "[[" not in on_theme
    assert broken_links(site) == []
