"""Stances: each set stance names the rule family that set it (``FoundQuote.stance_rule``, read
by ``benchmarks/theme_quality.py --by-rule``). Sentences of our own: article text -> the stance
and rule of its first attributed quote."""

from __future__ import annotations

import pytest

from digest.extract.pipeline import extract_article
from digest.extract.result import Article
from digest.extract.stances import RULE_FAMILIES


def first(text: str) -> tuple[str, str]:
    article = Article(id="a", path="a.txt", text=text + "\n", title="Politics")
    quote = next(q for q in extract_article(article).quotes if q.speaker)
    return quote.stance, quote.stance_rule


RULE_CASES = {
    "a plain verb of support": (
        'Senator Ruth Gale backed the fuel levy, saying: "It will clean our air."',
        ("supports", "verb.support"),
    ),
    "a plain verb of opposition": (
        'Senator Ruth Gale criticised the fuel levy, saying: "It will hurt drivers."',
        ("opposes", "verb.oppose"),
    ),
    "a charge": (
        'Senator Ruth Gale accused the government of "ruining the budget."',
        ("opposes", "verb.charge"),
    ),
    "a request": (
        "Ruth Gale urged the government to cut the fuel levy.",
        ("supports", "verb.request"),
    ),
    "a request to stop something": (
        "Tom Reyes demanded the council scrap the parking levy.",
        ("opposes", "verb.request.stop"),
    ),
    "first person": (
        '"We oppose this levy with every fibre of our being," said Tom Reyes.',
        ("opposes", "first_person"),
    ),
    "a label": (
        'Tom Reyes called the fuel levy "a disgrace."',
        ("opposes", "label"),
    ),
    "the speaker's own stance in a reported clause": (
        "Tom Reyes said he would vote against the fuel levy.",
        ("opposes", "self"),
    ),
    "a clause about a policy": (
        "Tom Reyes said the fuel levy would hurt rural families.",
        ("opposes", "policy_clause"),
    ),
    "a reported call": (
        "Tom Reyes said the council should scrap the parking levy.",
        ("opposes", "call.reported"),
    ),
    "judgement words": (
        '"This is a constitutional outrage," said Tom Reyes.',
        ("opposes", "judgement"),
    ),
    "two families that agree": (
        'Tom Reyes criticised the levy, saying: "We oppose it and always will."',
        ("opposes", "verb.oppose+first_person"),
    ),
    "no stance, no rule": (
        "Tom Reyes said the council met on Tuesday.",
        ("unclear", ""),
    ),
}


@pytest.mark.parametrize("text, expected", RULE_CASES.values(), ids=RULE_CASES.keys())
def test_stance_rule(text: str, expected: tuple[str, str]) -> None:
    assert first(text) == expected


def test_a_quote_going_on_names_its_own_rule() -> None:
    text = (
        'Tom Reyes called the trade deal "null and void." "It ignores our farmers," he added.\n'
    )
    article = Article(id="a", path="a.txt", text=text, title="Politics")
    quotes = [q for q in extract_article(article).quotes if q.speaker]
    assert [(q.stance, q.stance_rule) for q in quotes] == [
        ("opposes", "label"),
        ("opposes", "goes_on"),
    ]


def test_every_rule_named_is_a_family() -> None:
    seen = {first(text)[1] for text, _ in RULE_CASES.values()}
    families = {family for rule in seen if rule for family in rule.split("+")}
    assert families <= set(RULE_FAMILIES)


def _theme_quality():
    """benchmarks/theme_quality.py as a module (it puts benchmarks/ on sys.path itself)."""
    import importlib.util
    import sys
    from pathlib import Path

    name = "theme_quality"
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "theme_quality.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_counts_each_family_of_a_stance() -> None:
    tq = _theme_quality()
    quote = type("Quote", (), {"speaker": "x", "text": "…"})
    dev, held = tq.Counts(), tq.Counts()
    for counts, stance, rule, gold in (
        (dev, "opposes", "verb.oppose+first_person", {"stance": "opposes"}),
        (dev, "supports", "label", {}),
        (held, "opposes", "verb.oppose", {"stance": "supports"}),
        (held, "unclear", "", {"stance": "supports"}),
    ):
        q = quote()
        q.stance, q.stance_rule = stance, rule
        tq._score_stance(gold, q, counts, "a")
    rows = tq.rule_table({"dev": dev, "held-out 3": held, "held-out 4": tq.Counts()})
    assert rows == [
        ["family", "dev", "held-out 3", "held-out 4", "held-out together"],
        ["verb.oppose", "1/1 1.00", "0/1 0.00", "-", "0/1 0.00"],
        ["first_person", "1/1 1.00", "-", "-", "-"],
        ["label", "0/1 0.00", "-", "-", "-"],
        ["all", "1/2 0.50", "0/1 0.00", "-", "0/1 0.00"],
    ]
