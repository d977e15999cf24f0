"""Themes per quote (digest.extract.themes): tables of quote + context -> exact themes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from digest.extract.command import run_extract
from digest.extract.lexicon import build_lexicon
from digest.extract.result import KnownEntry, Lexicon
from digest.extract.themes import Scopes, assign, rules_for

REPO = Path(__file__).parent.parent
DEVCORPUS = REPO.parent / "shared" / "devcorpus"
TAXONOMY_ONLY = rules_for(Lexicon())

# (quote, rest of sentence, rest of paragraph, headline) -> themes
CASES = {
    "one clear word": (("we must cut immigration", "", "", ""), ["immigration"]),
    "a phrase": (("a no-deal Brexit would be a disaster", "", "", ""), ["brexit"]),
    "plural and case": (("Tariffs hurt everyone", "", "", ""), ["foreign-trade"]),
    "hyphen or space": (("same sex marriage is now legal", "", "", ""), ["civil-rights"]),
    "two themes, best first": (
        ("the abortion bill will go to the Supreme Court and the legislature", "", "", ""),
        ["government-operations", "abortion"],  # 2.5 (supreme court, legislature), then 1
    ),
    "nothing political": (("it was a lovely day and we enjoyed it", "", "", ""), []),
    "one ambiguous word": (("the border was quiet", "", "", ""), []),
    "ambiguous word, with another": (
        ("troops were sent to the border", "the army said", "", ""),
        ["defence"],
    ),
    "inside a word is no match": (("the taxidermist and the subtaxon", "", "", ""), []),
    "a title is not a theme": (("we will win", "said Defence Secretary Ben Wallace", "", ""), []),
    "the paragraph alone is not enough": (
        ("we will keep going", "", "Protesters gathered near the pipeline", ""),
        [],
    ),
    "paragraph and headline agree": (
        ("we will keep going", "", "Protesters gathered near the pipeline", "Pipeline row grows"),
        ["energy"],
    ),
    "the paragraph plainly": (
        ("it is time", "", "Pro-choice groups hailed the abortion and reproductive rights law", ""),
        ["abortion"],
    ),
    "the quote outranks its context": (
        ("federal taxes must be paid", "", "Medicaid and medical staff were furloughed", ""),
        ["taxation"],
    ),
    "at most three": (
        (
            "the tariff on steel, the abortion law, immigration and the climate change deal",
            "",
            "",
            "",
        ),
        ["environment", "abortion", "immigration"],  # a phrase, then file order
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_taxonomy_themes(name: str) -> None:
    texts, expected = CASES[name]
    assert assign(TAXONOMY_ONLY, Scopes(*texts)) == expected


SEED_LEXICON, _ = build_lexicon(REPO / "content")
SEED_RULES = rules_for(SEED_LEXICON)

# A debate-specific theme (the seed's "Why Labour lost the 2010 election") needs two keywords
# or its name; one common phrase of it does not carry it into another article.
SEED_CASES = {
    "a US article, one seed phrase": (
        ("Democrats did badly at the polls in Ohio", "", "", "Biden wins Michigan"),
        ["elections"],  # the taxonomy's theme, not the seed's
    ),
    "a US article, fair and campaign": (
        ("a fair campaign", "said the senator", "", "US presidential race"),
        [],  # not fairness, nor party organisation and campaigning
    ),
    "a word and its plural are one keyword": (
        ("tied to prices, not wage levels, since it is wages that count", "", "", ""),
        ["labour-and-employment"],  # not the seed's "Wages and employment" ("wage", "wages")
    ),
    "two of its keywords": (
        ("why did Labour lose? An election defeat at the polls", "", "", ""),
        ["why-labour-lost", "elections"],
    ),
    "its name": (
        ("this is why Labour lost the 2010 election", "", "", ""),
        ["why-labour-lost", "elections"],
    ),
    "the editor's record of a taxonomy id wins": (
        ("the points based system and asylum", "", "", ""),
        ["immigration"],
    ),
    "the editor's keywords win over the taxonomy's": (
        ("devolution and centralisation", "", "", ""),
        ["centralised-government"],
    ),
}


@pytest.mark.parametrize("name", SEED_CASES)
def test_with_the_seed_themes(name: str) -> None:
    texts, expected = SEED_CASES[name]
    assert assign(SEED_RULES, Scopes(*texts)) == expected


def test_an_editor_theme_replaces_the_taxonomy_entry_of_its_id() -> None:
    lexicon = Lexicon(themes=[KnownEntry("immigration", "Migration", keywords=["newcomers"])])
    rules = rules_for(lexicon)
    assert assign(rules, Scopes("newcomers are welcome")) == ["immigration"]
    assert assign(rules, Scopes("asylum seekers")) == []


def test_a_rejected_editor_theme_is_never_assigned() -> None:
    lexicon = Lexicon(themes=[KnownEntry("abortion", "Abortion", status="rejected")])
    assert assign(rules_for(lexicon), Scopes("the abortion law")) == []


@pytest.mark.skipif(not DEVCORPUS.is_dir(), reason="needs ../shared/devcorpus")
def test_extracting_two_articles_writes_only_the_themes_used(tmp_path: Path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    for name in ("11-taiwan-same-sex-marriage.txt", "13-afcfta-benin-nigeria.txt"):
        (articles / name).write_bytes((DEVCORPUS / name).read_bytes())
    out = tmp_path / "content"
    assert run_extract([articles], out_dir=out, as_json=False, jobs=1) == 0
    used: set[str] = set()
    for debate in (out / "debates").glob("*.yaml"):
        data = yaml.safe_load(debate.read_text("utf-8"))
        used |= {t for q in data["quotes"] for t in q.get("themes") or []}
        used |= {p["theme"] for p in data.get("positions") or []}
    written = {p.stem for p in (out / "themes").glob("*.yaml")}
    assert written == used
    assert {"civil-rights", "foreign-trade"} <= written
    trade = yaml.safe_load((out / "themes/foreign-trade.yaml").read_text("utf-8"))
    assert trade["name"] == "Foreign trade" and trade["status"] == "draft"
    assert "tariff" in trade["keywords"] and trade["description"]


def _themes_of(text: str, title: str) -> list[list[str]]:
    from digest.extract.pipeline import extract_article
    from digest.extract.result import Article

    extraction = extract_article(Article(id="a", path="a.txt", text=text, title=title))
    return [q.themes for q in extraction.quotes]


STORY = (
    'Jane Smith said: "The wind farm will power the valley."\n\n'
    'John Brown said: "No wind farm should stand on farmland."\n\n'
    'Asked again, Smith said: "We will see."\n'
)


def test_a_quote_without_a_theme_takes_the_article_theme_the_headline_names() -> None:
    assert _themes_of(STORY, "Wind farm row splits the valley")[2] == ["energy"]


def test_no_article_theme_without_the_headline() -> None:
    assert _themes_of(STORY, "A row splits the valley")[2] == []
