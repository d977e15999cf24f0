"""People and organisations: names, roles, surnames, and capitalised words that are not people."""

from __future__ import annotations

from digest.extract.pipeline import extract_article
from digest.extract.result import Article, KnownEntry, Lexicon


def speakers(text: str, lexicon: Lexicon | None = None) -> dict[str, tuple[str | None, str | None]]:
    result = extract_article(Article(id="t", path="t.txt", text=text), lexicon)
    return {s.name: (s.role, s.organisation) for s in result.speakers if not s.is_organisation}


def test_roles_from_suffix_apposition_and_title() -> None:
    text = (
        "Speakers Deborah Mattinson, Sunder Katwala, Kerry McCarthy MP and Sadiq Khan MP spoke. "
        "Jonathan Bartley, co-director of think tank Ekklesia, points out that little differed. "
        "Senate Minority Leader Chuck Schumer said the talks had failed."
    )
    found = speakers(text)
    assert found["Kerry McCarthy"] == ("MP", None)
    assert found["Sadiq Khan"] == ("MP", None)
    assert found["Jonathan Bartley"] == ("co-director", "Ekklesia")
    assert found["Chuck Schumer"][0] == "Senate Minority Leader"
    assert {"Deborah Mattinson", "Sunder Katwala"} <= set(found)


def test_places_months_and_sentence_starts_are_not_people() -> None:
    text = "On Monday, Nevada became the first state. In London, Westminster was quiet in March."
    assert speakers(text) == {}


def test_surname_and_title_forms_join_the_full_name() -> None:
    text = (
        "Sadiq Khan spoke first. Later Mr Khan said that the city was open. "
        "Khan also said it was fair."
    )
    result = extract_article(Article(id="t", path="t.txt", text=text))
    (khan,) = [s for s in result.speakers if s.name == "Sadiq Khan"]
    assert {"Khan", "Mr Khan"} <= set(khan.aliases)
    assert {q.speaker for q in result.quotes} == {"sadiq-khan"}


def test_lexicon_ids_are_reused() -> None:
    lexicon = Lexicon(
        speakers=[KnownEntry(id="mayor-khan", name="Sadiq Khan", aliases=["Khan"])],
        organisations=[KnownEntry(id="labour-party", name="Labour Party", aliases=["Labour"])],
    )
    text = "Sadiq Khan said that Labour would win the seat."
    result = extract_article(Article(id="t", path="t.txt", text=text), lexicon)
    assert result.quotes[0].speaker == "mayor-khan"
    assert "labour-party" in {o.id for o in result.organisations}


def test_organisation_speaker() -> None:
    text = "The New York Times reports that more subpoenas are likely to be issued."
    result = extract_article(Article(id="t", path="t.txt", text=text))
    (q,) = result.quotes
    org = next(s for s in result.speakers if s.id == q.speaker)
    assert org.is_organisation and org.name == "The New York Times"


def test_long_organisation_names_are_not_cut() -> None:
    text = (
        "The Organisation for Economic Co-operation and Development (OECD) said growth was slow. "
        "The Campaign for Nuclear Disarmament said the plan was wrong."
    )
    result = extract_article(Article(id="t", path="t.txt", text=text))
    names = [s.name for s in result.speakers if s.is_organisation]
    assert names == [
        "Organisation for Economic Co-operation and Development",
        "Campaign for Nuclear Disarmament",
    ]


def test_a_name_that_may_be_cut_is_left_to_an_editor() -> None:
    text = "The Federal Railway, Mining and Energy Workers said the strike would go ahead."
    result = extract_article(Article(id="t", path="t.txt", text=text))
    assert [(q.speaker, q.status) for q in result.quotes] == [(None, "needs-review")]


def test_a_body_named_after_a_possessive_is_left_to_an_editor() -> None:
    text = "The Sussex Farmer's Equality Party said the law was unfair."
    result = extract_article(Article(id="t", path="t.txt", text=text))
    assert [(q.speaker, q.status) for q in result.quotes] == [(None, "needs-review")]


def test_a_generic_possessive_inside_a_body_name_is_kept() -> None:
    text = "The Women's Equality Party said the law was unfair."
    result = extract_article(Article(id="t", path="t.txt", text=text))
    assert [(q.speaker, q.status) for q in result.quotes] == [("womens-equality-party", "draft")]
