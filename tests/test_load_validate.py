"""Loading and validating content/: each bad input gives its exact message; good input loads.

Every case copies the small valid folder tests/fixtures/content to a temporary ``content/``,
breaks one thing, and expects one exact ``path:line:col: field: problem (hint)`` line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.check_command import run_check
from digest.load import check_content, load_digest
from digest.model import Role
from digest.problems import ContentError
from digest.validate import find_quote_span
from tests.content_support import copy_fixture, edit

REPO = Path(__file__).parent.parent
DEBATE = "debates/why-labour-lost.yaml"
KHAN = "speakers/sadiq-khan.yaml"


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return copy_fixture(tmp_path, monkeypatch)


def messages(content: Path, severity: str = "error") -> list[str]:
    _, problems = check_content(content)
    return [str(p) for p in problems if p.severity == severity]


# (file, text to replace, replacement, the one expected error)
ERRORS = {
    "yaml syntax error": (
        DEBATE, "title: Why did Labour lose?", "title: [Why did Labour lose?",
        "content/debates/why-labour-lost.yaml:3:5: YAML syntax error: "
        "did not find expected ',' or ']' (while parsing a flow sequence that starts at 2:8)",
    ),
    "tab indentation": (
        "themes/immigration.yaml", "keywords: [immigration]", "keywords:\n\t- immigration",
        "content/themes/immigration.yaml:4:1: YAML syntax error: found character that cannot "
        "start any token (indent with spaces: YAML does not allow tabs)",
    ),
    "top level not a mapping": (
        "themes/immigration.yaml", "name: Immigration\nkeywords: [immigration]", "- immigration",
        "content/themes/immigration.yaml:2:1: the file must be a mapping of fields, not a list",
    ),
    "unknown field, close match": (
        KHAN, "aliases:", "alias:",
        "content/speakers/sadiq-khan.yaml:3:1: alias: unknown field (did you mean 'aliases'?)",
    ),
    "unknown field, no close match": (
        "themes/immigration.yaml", "keywords:", "colour: red\nkeywords:",
        "content/themes/immigration.yaml:3:1: colour: unknown field "
        "(allowed: name, description, keywords, commentary, status)",
    ),
    "wrong type": (
        KHAN, "name: Sadiq Khan", "name: 2010",
        "content/speakers/sadiq-khan.yaml:2:7: name: expected a string, got an integer "
        "(put the value in quotes)",
    ),
    "scalar for a list": (
        KHAN, "aliases: [Khan]", "aliases: Khan",
        "content/speakers/sadiq-khan.yaml:3:10: aliases: expected a list, got a string "
        "(write a list: [Khan])",
    ),
    "bad enum": (
        DEBATE, "kind: indirect", "kind: reported",
        "content/debates/why-labour-lost.yaml:18:11: quotes[1].kind: unknown value 'reported' "
        "(allowed: direct, indirect)",
    ),
    "bad enum, close match": (
        "organisations/labour.yaml", "kind: party", "kind: partie",
        "content/organisations/labour.yaml:3:7: kind: unknown value 'partie' (did you mean "
        "'party'? allowed: party, think-tank, publisher, government, parliament, campaign, "
        "union, company, ngo, international, other)",
    ),
    "missing required field": (
        DEBATE, "    kind: direct\n", "",
        "content/debates/why-labour-lost.yaml:11:5: quotes[0].kind: missing required field",
    ),
    "missing required top-level field": (
        DEBATE, "title: Why did Labour lose?\n", "",
        "content/debates/why-labour-lost.yaml:2:1: title: missing required field",
    ),
    "bad date": (
        DEBATE, "date: 2010-05-15", "date: 15 May 2010",
        "content/debates/why-labour-lost.yaml:3:7: date: '15 May 2010' is not in the expected "
        "form (YYYY-MM-DD, YYYY-MM or YYYY (quoted or not))",
    ),
    "confidence out of range": (
        DEBATE, "    kind: direct\n", "    kind: direct\n    confidence: 1.5\n",
        "content/debates/why-labour-lost.yaml:14:17: quotes[0].confidence: 1.5 is too large: "
        "the maximum is 1",
    ),
    "misspelt quote speaker": (
        DEBATE, "speaker: sadiq-khan\n    kind", "speaker: sadiq-kahn\n    kind",
        "content/debates/why-labour-lost.yaml:17:14: quotes[1].speaker: unknown speaker or "
        "organisation 'sadiq-kahn' (did you mean 'sadiq-khan'?)",
    ),
    "unknown participant, nothing close": (
        DEBATE, "participants: [sadiq-khan,", "participants: [nick-clegg, sadiq-khan,",
        "content/debates/why-labour-lost.yaml:8:16: participants[0]: unknown speaker "
        "'nick-clegg' (no speakers/nick-clegg.yaml)",
    ),
    "unknown party": (
        KHAN, "party: labour", "party: labor",
        "content/speakers/sadiq-khan.yaml:4:8: party: unknown organisation 'labor' "
        "(did you mean 'labour'?)",
    ),
    "unknown role organisation": (
        KHAN, "    organisation: labour", "    organisation: tories",
        "content/speakers/sadiq-khan.yaml:7:19: roles[0].organisation: unknown organisation "
        "'tories' (no organisations/tories.yaml)",
    ),
    "unknown policy theme": (
        "policies/points-based-system.yaml", "themes: [immigration]", "themes: [imigration]",
        "content/policies/points-based-system.yaml:3:10: themes[0]: unknown theme 'imigration' "
        "(did you mean 'immigration'?)",
    ),
    "unknown quote policy": (
        DEBATE, "policies: [points-based-system]", "policies: [points-system]",
        "content/debates/why-labour-lost.yaml:20:16: quotes[1].policies[0]: unknown policy "
        "'points-system' (did you mean 'points-based-system'?)",
    ),
    "unknown evidence quote": (
        DEBATE, "evidence: [q-0000000002]", "evidence: [q-0000000003]",
        "content/debates/why-labour-lost.yaml:25:16: positions[0].evidence[0]: unknown quote "
        "'q-0000000003' (did you mean 'q-0000000002'?)",
    ),
    "unknown relation end": (
        DEBATE, "to: deborah-mattinson", "to: the-audience",
        "content/debates/why-labour-lost.yaml:29:9: relations[0].to: unknown quote, speaker or "
        "organisation 'the-audience' (no speakers/the-audience.yaml or "
        "organisations/the-audience.yaml)",
    ),
    "relation without from or from_label": (
        DEBATE, "    from: q-0000000002\n", "",
        "content/debates/why-labour-lost.yaml:27:5: relations[0].from: missing: a relation needs "
        "'from' or 'from_label' (from: a quote, speaker or organisation id; from_label: e.g. "
        "'the audience')",
    ),
    "quote not in the article": (
        DEBATE, "defended Labour's record", "defended the Labour record",
        "content/debates/why-labour-lost.yaml:19:11: quotes[1].text: not found verbatim in the "
        "article (copy the exact words from the article)",
    ),
    "duplicate quote id": (
        DEBATE, "id: q-0000000001", "id: q-0000000002",
        "content/debates/why-labour-lost.yaml:16:9: quotes[1].id: duplicate quote id "
        "'q-0000000002' (quotes[0] has the same id; give each quote its own)",
    ),
    "duplicate position": (
        DEBATE, "relations:",
        "  - speaker: sadiq-khan\n    theme: immigration\n    stance: opposes\nrelations:",
        "content/debates/why-labour-lost.yaml:26:5: positions[1]: duplicate position of "
        "'sadiq-khan' on 'immigration' (positions[0] is for the same speaker and theme; "
        "merge them)",
    ),
    "missing article": (
        DEBATE, "article: articles/fabian-debate.txt", "article: articles/missing.txt",
        "content/debates/why-labour-lost.yaml:6:12: source.article: article not found: "
        "articles/missing.txt (expected the file content/articles/missing.txt)",
    ),
    "duplicate key": (
        KHAN, "party: labour", "party: labour\nparty: labour",
        "content/speakers/sadiq-khan.yaml:5:1: party: duplicate key "
        "(only the last one counts: delete the others)",
    ),
}


@pytest.mark.parametrize(("name", "old", "new", "expected"), ERRORS.values(), ids=ERRORS.keys())
def test_each_error_has_its_exact_message(
    content: Path, name: str, old: str, new: str, expected: str
) -> None:
    edit(content, name, old, new)
    assert messages(content) == [expected]


def test_bad_file_stem_is_an_error_with_the_slug_as_hint(content: Path) -> None:
    (content / "themes/Housing Policy.yaml").write_text("name: Housing\n", encoding="utf-8")
    assert messages(content) == [
        "content/themes/Housing Policy.yaml:1:1: file name is not a lowercase slug id "
        "(rename it to housing-policy.yaml)"
    ]


def test_a_yml_file_is_ignored_with_a_warning(content: Path) -> None:
    (content / "themes/housing.yml").write_text("name: Housing\n", encoding="utf-8")
    assert messages(content, "warning") == [
        "content/themes/housing.yml:1:1: ignored: only .yaml files are read "
        "(rename it to housing.yaml)"
    ]


def test_non_utf8_file_is_a_problem_not_a_traceback(content: Path) -> None:
    (content / "organisations/cafe.yaml").write_bytes(b"name: Labour\ndescription: Caf\xe9\n")
    assert messages(content) == [
        "content/organisations/cafe.yaml:2:17: file is not UTF-8: byte 0xe9 cannot be read "
        "(save it as UTF-8)"
    ]


def test_same_id_for_a_speaker_and_an_organisation(content: Path) -> None:
    (content / "organisations/sadiq-khan.yaml").write_text("name: Khan Ltd\n", encoding="utf-8")
    assert messages(content) == [
        "content/organisations/sadiq-khan.yaml:1:1: id 'sadiq-khan' is also a speaker "
        "(content/speakers/sadiq-khan.yaml) (a quote's speaker may name either: rename one "
        "of them)"
    ]


def test_every_error_in_every_file_is_reported_at_once(content: Path) -> None:
    edit(content, KHAN, "aliases:", "alias:")
    edit(content, DEBATE, "speaker: sadiq-khan\n    kind", "speaker: sadiq-kahn\n    kind")
    edit(content, DEBATE, "kind: direct", "kind: quoted")
    with pytest.raises(ContentError) as raised:
        load_digest(content)
    assert [f"{p.path}:{p.line}:{p.field}" for p in raised.value.problems] == [
        "content/debates/why-labour-lost.yaml:13:quotes[0].kind",
        "content/debates/why-labour-lost.yaml:17:quotes[1].speaker",
        "content/speakers/sadiq-khan.yaml:3:alias",
    ]


WARNINGS = {
    "quote needs review": (
        DEBATE, "    kind: direct\n", "    kind: direct\n    status: needs-review\n",
        "content/debates/why-labour-lost.yaml:14:13: quotes[0].status: needs review "
        "(an editor must decide, then set status: reviewed)",
    ),
    "evidence by someone else": (
        DEBATE, "evidence: [q-0000000002]", "evidence: [q-0000000001]",
        "content/debates/why-labour-lost.yaml:25:16: positions[0].evidence[0]: quote "
        "'q-0000000001' is not by 'sadiq-khan' (cite a quote of this speaker, or correct the "
        "quote's speaker)",
    ),
}


@pytest.mark.parametrize(("name", "old", "new", "expected"), WARNINGS.values(), ids=WARNINGS.keys())
def test_each_data_smell_is_a_warning(
    content: Path, name: str, old: str, new: str, expected: str
) -> None:
    edit(content, name, old, new)
    assert messages(content) == []
    assert messages(content, "warning") == [expected]
    assert load_digest(content).debates  # warnings do not stop a build


def test_a_speaker_no_debate_mentions_is_a_warning(content: Path) -> None:
    (content / "speakers/nick-clegg.yaml").write_text("# hi\n\nname: Nick Clegg\n", "utf-8")
    assert messages(content) == []
    assert messages(content, "warning") == [
        "content/speakers/nick-clegg.yaml:3:1: no debate mentions this speaker "
        "(cite them in a debate, or delete the file)"
    ]
    assert load_digest(content).speakers["nick-clegg"].origin.line == 3  # type: ignore[union-attr]


def test_a_rejected_quote_that_is_not_in_the_article_is_only_a_warning(content: Path) -> None:
    edit(content, DEBATE, "defended Labour's record", "defended the Labour record")
    edit(content, DEBATE, "    policies: [points-based-system]\n",
         "    policies: [points-based-system]\n    status: rejected\n")
    assert messages(content) == []
    assert messages(content, "warning") == [
        "content/debates/why-labour-lost.yaml:19:11: quotes[1].text: not found verbatim in the "
        "article (copy the exact words from the article)"
    ]


def test_a_valid_folder_loads_into_records(content: Path) -> None:
    digest = load_digest(content)
    assert sorted(digest.speakers) == ["deborah-mattinson", "sadiq-khan"]
    khan = digest.speakers["sadiq-khan"]
    assert khan.name == "Sadiq Khan"
    assert khan.roles == [Role("MP for Tooting", "labour", start="2005-05-05")]
    assert khan.origin is not None and (khan.origin.path, khan.origin.line) == (content / KHAN, 2)
    assert digest.organisations["labour"].kind == "party"
    assert digest.policies["points-based-system"].themes == ["immigration"]
    debate = digest.debates["why-labour-lost"]
    assert (debate.date, debate.source.publisher) == ("2010-05-15", "labour")
    assert debate.article_text.startswith("Mattinson said immigration")
    quoted = [debate.article_text[q.start : q.end] for q in debate.quotes]  # type: ignore[misc]
    assert quoted == [
        "immigration was “a good example of middle class Westminster being out of touch”",
        "defended   Labour’s\nrecord on immigration",
    ]
    relation = debate.relations[0]
    assert (relation.source, relation.to, relation.source_label) == (
        "q-0000000002", "deborah-mattinson", None)
    assert debate.positions[0].evidence == ["q-0000000002"]


def test_an_unquoted_year_becomes_a_string(content: Path) -> None:
    edit(content, DEBATE, "date: 2010-05-15", "date: 2010")
    assert load_digest(content).debates["why-labour-lost"].date == "2010"


def test_an_unknown_speaker_is_null_with_candidates(content: Path) -> None:
    edit(content, DEBATE, "speaker: sadiq-khan\n", "speaker: null\n    candidates: [sadiq-khan]\n")
    quote = load_digest(content).debates["why-labour-lost"].quotes[1]
    assert (quote.speaker, quote.candidates) == (None, ["sadiq-khan"])


def test_empty_optional_fields_take_their_defaults(content: Path) -> None:
    edit(content, KHAN, "aliases: [Khan]", "aliases:\nbio:\nconstituency:")
    khan = load_digest(content).speakers["sadiq-khan"]
    assert (khan.aliases, khan.bio, khan.constituency) == ([], "", None)


GARBAGE = [None, 0, 1.5, True, "x", "", [], [1], ["x", None], {}, {"a": 1}, [{"a": [1]}], [[1]]]


def test_no_value_of_any_field_makes_a_traceback(content: Path) -> None:
    """Every field, top level and nested, set to every kind of wrong value: never a traceback."""
    import yaml

    for name in (DEBATE, KHAN, "policies/points-based-system.yaml"):
        original = (content / name).read_text("utf-8")
        data = yaml.safe_load(original)
        for parent in _mappings(data):
            for key in list(parent):
                kept = parent[key]
                for value in GARBAGE:
                    parent[key] = value
                    (content / name).write_text(yaml.safe_dump(data), "utf-8")
                    check_content(content)
                parent[key] = kept
        (content / name).write_text(original, "utf-8")


def _mappings(data: object) -> list[dict]:
    if isinstance(data, dict):
        return [data, *(m for v in data.values() for m in _mappings(v))]
    if isinstance(data, list):
        return [m for v in data for m in _mappings(v)]
    return []


SPANS = {
    "exact": ("He said “yes” twice.", "“yes”", None, (8, 13)),
    "straight for curly double": ("He said “yes” twice.", '"yes"', None, (8, 13)),
    "curly for straight single": ("It's 'fine'.", "It’s ‘fine’", None, (0, 11)),
    "low-9 and reversed marks": ("„ja‟ and ‚nein‛", "\"ja\" and 'nein'", None, (0, 15)),
    "whitespace runs": ("a  big\n\tdeal here", "a big deal", None, (0, 12)),
    "surrounding whitespace ignored": ("say it now", "  it  ", None, (4, 6)),
    "absent": ("He said yes.", "He said no", None, None),
    "empty quote": ("He said yes.", "   ", None, None),
    "first occurrence without a hint": ("no, no, no", "no", None, (0, 2)),
    "occurrence nearest the hint": ("no, no, no", "no", 7, (8, 10)),
    "hint with whitespace variants": ("a  b, a\nb", "a b", 6, (6, 9)),
}


@pytest.mark.parametrize(("article", "quote", "hint", "span"), SPANS.values(), ids=SPANS.keys())
def test_find_quote_span(
    article: str, quote: str, hint: int | None, span: tuple[int, int] | None
) -> None:
    assert find_quote_span(article, quote, hint) == span


def test_check_command_prints_problems_and_a_summary(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(content, DEBATE, "speaker: sadiq-khan\n    kind", "speaker: sadiq-kahn\n    kind")
    assert run_check(content) == 1
    out, err = capsys.readouterr()
    assert out == (
        "content: 1 debate, 2 speakers, 1 organisation, 1 theme, 1 policy — 1 error, 1 warning\n"
    )
    assert err.splitlines() == [  # errors first, then warnings
        "content/debates/why-labour-lost.yaml:17:14: quotes[1].speaker: unknown speaker or "
        "organisation 'sadiq-kahn' (did you mean 'sadiq-khan'?)",
        "content/debates/why-labour-lost.yaml:25:16: positions[0].evidence[0]: quote "
        "'q-0000000002' is not by 'sadiq-khan' (cite a quote of this speaker, or correct the "
        "quote's speaker) [warning]",
    ]


def test_check_command_without_errors_exits_0(content: Path, capsys) -> None:
    (content / "speakers/nick-clegg.yaml").write_text("name: Nick Clegg\n", "utf-8")
    assert run_check(content) == 0
    out, err = capsys.readouterr()
    assert out.endswith("3 speakers, 1 organisation, 1 theme, 1 policy — 0 errors, 1 warning\n")
    assert err.endswith("(cite them in a debate, or delete the file) [warning]\n")


def test_check_command_without_a_content_folder_exits_2(tmp_path: Path, capsys) -> None:
    assert run_check(tmp_path / "nope") == 2
    assert "no such content folder" in capsys.readouterr().err


@pytest.mark.skipif(not list((REPO / "content/debates").glob("*.yaml")), reason="no content yet")
def test_the_bundled_content_loads_without_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    _, problems = check_content(Path("content"))
    assert [str(p) for p in problems if p.severity == "error"] == []
    assert load_digest(Path("content")).debates
