"""Bodies' and people's names as a digest needs them (the cast): whole, one per body, and never a
description, a place or a date taken for a name. Each becomes a page of the digest, so a cut name
loses an attribution and a generic one ("Foreign Ministry") merges the bodies of many countries.

Every sentence is invented. Rows are text -> the cast's exact names (people and bodies), or text ->
the speaker of each quote in order (None where the text does not settle who speaks).
"""

from __future__ import annotations

import pytest

from digest.extract.pipeline import analyse
from digest.extract.result import Article
from tests.extract_support import speakers_of


def cast_names(text: str) -> list[str]:
    """Every person's and body's name in the cast, in the order first mentioned."""
    cast = analyse(Article(id="t", path="t.txt", text=text)).cast
    seen = dict.fromkeys(cast.entities[m.keys[0]].name for m in cast.mentions if len(m.keys) == 1)
    return list(seen)


# A date after a body's "on" is no part of its name ("Council on Foreign Relations" is).
DATES_AFTER_NAMES = [
    ("Mayor Ann Reed told the City Council on Thursday that the budget was broken.",
     ["Ann Reed", "City Council"]),
    ("The chief wrote to the Police Board on Monday that he had concerns.", ["Police Board"]),
    ("Sen. Lena Marsh told the Ethics Committee on Tuesday that she would resign.",
     ["Lena Marsh", "Ethics Committee"]),
]

# "and" inside a body's name: a portfolio's subjects, after its "of" or on their own.
AND_IN_NAMES = [
    ("The Department of Health and Human Services said premiums would rise.",
     ["Department of Health and Human Services"]),
    ("Health and Human Services said on Monday that premiums would rise.",
     ["Health and Human Services"]),
    ("Aides said Energy and Commerce Committee members were split.",
     ["Energy and Commerce Committee"]),
    ("The U.N. Office on Drugs and Crime said coca cultivation had risen.",
     ["U.N. Office on Drugs and Crime"]),
    ("The Senate Committee on Homeland Security and Governmental Affairs said it would meet.",
     ["Senate Committee on Homeland Security and Governmental Affairs"]),
    # a second body after "and": its words end in a head of their own
    ("The Council on Foreign Relations and Human Rights Watch said the talks had stalled.",
     ["Council on Foreign Relations", "Human Rights Watch"]),
]

# Words that are a role elsewhere, or describe a body's people, and tags after a name.
OTHER_BODY_WORDS = [
    ("The Justice Department said the inquiry was over.", ["Justice Department"]),
    ("The Department of Justice and the FBI said the inquiry was over.",
     ["Department of Justice", "FBI"]),
    ("The Ministry of Justice said the inquiry was over.", ["Ministry of Justice"]),
    ("Senior Justice Department officials had urged him to wait.", ["Justice Department"]),
    ("Rep. Jo Hale, R-N.D., said the Fiscal Integrity Caucus would vote no.",
     ["Jo Hale", "Fiscal Integrity Caucus"]),
]

# A dotted country prefix is part of a body's name; not of a party's, nor across sentences.
COUNTRY_PREFIXES = [
    ("The U.S. Chamber of Commerce said the plan would raise costs.",
     ["U.S. Chamber of Commerce"]),
    ("The U.K. Border Force said it would add staff.", ["U.K. Border Force"]),
    ("The U.N. Security Council said it would meet on Friday.", ["U.N. Security Council"]),
    ("Investors said the U.S. Treasury had sold too much debt.", ["U.S. Treasury"]),
    ("Voters in the U.S. Senate race said they were undecided.", ["U.S. Senate"]),
]

# A generic state body after a country's possessive is that country's: one name per country.
COUNTRY_BODIES = [
    ("Mexico's Foreign Ministry said the wall would never be paid for.",
     ["Mexican Foreign Ministry"]),
    ("China’s Commerce Ministry said it would defend Chinese firms.",
     ["Chinese Commerce Ministry"]),
    ("South Korea's Ministry of Foreign Affairs said it had protested.",
     ["South Korean Ministry of Foreign Affairs"]),
    ("Brazil's Supreme Court said the law was void.", ["Brazilian Supreme Court"]),
    ("Peru's Army said the border was calm.", ["Peruvian Army"]),  # no bare "Army" either
]

# "a <Place> Republican / Democrat" describes a person; it is no one's name.
PARTY_DESCRIPTIONS = [
    ("State Rep. Ann Reed, a Tulsa Republican, told the paper that the plan was dead.",
     ["Ann Reed"]),
    ("Sen. Tom Hale, a Bronx Democrat, said the plan was dead.", ["Tom Hale"]),
    ("Asked about the plan, the Bronx Democrat said it was dead.", []),
]

# A name after "in" / "near" (or "in A and") with no title, role or given name is a place.
PLACES_AFTER_PREPOSITIONS = [
    ("The plans include shelters in Tijuana and Ciudad Juarez, the official said.", []),
    ("Voters in Puerto Vallarta, the mayor said, had turned out early.", []),
    ("Crews worked near Baton Rouge, the sheriff said.", []),
    ("Families in Los Alamos and Santa Fe, the governor said, had been warned.", []),
]

# A candidate's campaign is a body of its own, named "<Surname> campaign" whatever the form.
CAMPAIGNS = [
    ("Nathan Okoro spoke first. The Okoro campaign said the emails had been stolen.",
     ["Nathan Okoro", "Okoro campaign"]),
    ("Nathan Okoro spoke first. Okoro's camp said the emails had been stolen.",
     ["Nathan Okoro", "Okoro campaign"]),
    ("Nathan Okoro spoke first. Okoro’s campaign said the emails had been stolen.",
     ["Nathan Okoro", "Okoro campaign"]),
    # the candidate stays in the cast (named through the campaign), never as its subject
    ("The Nathan Okoro campaign said the emails had been stolen.",
     ["Okoro campaign", "Nathan Okoro"]),
    ("Nathan Okoro spoke first. Okoro's re-election campaign said the emails had been stolen.",
     ["Nathan Okoro", "Okoro campaign"]),
]

# Already right before these rules; they keep them from joining what is two bodies or no name.
NAME_GUARDS = [
    ("Officials at the Treasury and the Pentagon said the plan was costly.",
     ["Treasury", "Pentagon"]),
    ("Senator Tom Hale said Health and Education were his priorities.", ["Tom Hale"]),
    ("The Council on Foreign Relations said the talks had stalled.",
     ["Council on Foreign Relations"]),
    ("She moved to the U.S. The Border Force said it had no record.", ["Border Force"]),
    ("U.S. Republicans said the bill was dead.", ["Republicans"]),
    ("U.S. Rep. Ann Reed said the bill was dead.", ["Ann Reed"]),
    ("The Mexican Foreign Ministry said the wall would never be paid for.",
     ["Mexican Foreign Ministry"]),
    # a distinctive name is no one else's; a state's possessive is no country's
    ("China's Xinhua News Agency said the talks were useful.", ["Xinhua News Agency"]),
    ("Britain's Home Office said the rules would change.", ["Home Office"]),
    ("New Mexico's Supreme Court said the law was void.", ["Supreme Court"]),
    # a person after "in": a given name or a title says so
    ("Ann Reed said she had faith in Janet Yellen.", ["Ann Reed", "Janet Yellen"]),
    ("The rally in Queens heard from Sen. Ruth Oduya.", ["Ruth Oduya"]),
    # "campaigned" and "Camp David" are no campaign
    ("Sen. Ruth Oduya campaigned in Ohio.", ["Ruth Oduya"]),
    ("Sen. Ruth Oduya met him at Camp David.", ["Ruth Oduya"]),
    ("The Speaker of the House said the inquiry was over.", []),  # a role, no name
    ("Justice Ann Reed said the inquiry was over.", ["Ann Reed"]),
]


CAST_NAMES = [
    *DATES_AFTER_NAMES, *AND_IN_NAMES, *OTHER_BODY_WORDS, *COUNTRY_PREFIXES, *COUNTRY_BODIES,
    *PARTY_DESCRIPTIONS, *PLACES_AFTER_PREPOSITIONS, *CAMPAIGNS, *NAME_GUARDS,
]


@pytest.mark.parametrize(("text", "names"), CAST_NAMES)
def test_cast_names(text: str, names: list[str]) -> None:
    assert cast_names(text) == names


SPEAKERS = [
    ("The Justice Department said the inquiry was over.", ["Justice Department"]),
    ("The Fiscal Integrity Caucus would vote no, members said. The caucus said the bill was "
     "“dead”.", [None, "Fiscal Integrity Caucus"]),
    # the campaign speaks, not the candidate; its staff speak for themselves
    ("Nathan Okoro spoke first. The Okoro campaign did not dispute the emails but said in a "
     "statement that they were “stolen goods”. “We will not play along,” the statement said.",
     ["Okoro campaign", "Okoro campaign"]),
    ("Eddie Marsh spoke in Queens. Marsh's camp wasn't having it. “He called us!” said Marsh "
     "campaign manager Rick Tessler.", ["Rick Tessler"]),
    ("Eddie Marsh spoke in Queens. Marsh's campaign said the poll was “fake news”.",
     ["Marsh campaign"]),
    # (a guard, right before too) the candidate named through the campaign is still who "he"
    # means next
    ("Gov. Ann Reed spoke. Tom Hale's campaign did not respond to a request for comment. At a "
     "rally on Saturday, he told supporters that he had “started this”.", ["Tom Hale"]),
    # the place is not the official who spoke (unnamed: no speaker)
    ("A senior official said the government had plans. Those plans include shelters in "
     "Tijuana and Ciudad Juarez, the official said.", [None, None]),
    # the description gives the person a party and a place, which a later "the <Place>
    # Republican" names
    ("State Rep. Ann Reed, a Tulsa Republican, told the paper that the plan was dead. "
     "Asked again, the Tulsa Republican said it was “over”.", ["Ann Reed", "Ann Reed"]),
    # the other forms of a country's body are its aliases; a later bare form is the same body
    ("Mexico's Foreign Ministry said it would never pay. The Foreign Ministry said it was "
     "following the race.", ["Mexican Foreign Ministry"] * 2),
    ("The U.S. Chamber of Commerce said the plan would raise costs. The Chamber of Commerce "
     "said it would lobby against it.", ["U.S. Chamber of Commerce", "U.S. Chamber of Commerce"]),
    ("The Department of Health and Human Services said premiums would rise.",
     ["Department of Health and Human Services"]),
    ("Health and Human Services said on Monday that premiums would rise.",
     ["Health and Human Services"]),
]


# The role written before a name keeps the whole body's name.
ROLES = [
    ("Health and Human Services Secretary Ruth Oduya said premiums would rise.",
     "Ruth Oduya", "Health and Human Services Secretary"),
    ("“He called us!” said Marsh campaign manager Rick Tessler.", "Rick Tessler",
     "Marsh campaign manager"),
]


def test_a_country_body_keeps_its_written_form_as_an_alias() -> None:
    cast = analyse(Article(id="t", path="t.txt", text=COUNTRY_BODIES[0][0])).cast
    (body,) = {id(e): e for e in cast.entities.values()}.values()
    assert (body.name, body.aliases) == ("Mexican Foreign Ministry", ["Mexico's Foreign Ministry"])


def test_a_campaign_keeps_its_written_forms_as_aliases() -> None:
    text = "The Nathan Okoro campaign said it had won. Okoro's camp said it was sure."
    cast = analyse(Article(id="t", path="t.txt", text=text)).cast
    body = cast.entities["org:okoro campaign"]
    assert (body.name, body.org_kind, body.aliases) == (
        "Okoro campaign", "campaign", ["Nathan Okoro campaign", "Okoro's camp"]
    )


@pytest.mark.parametrize(("text", "name", "role"), ROLES)
def test_roles(text: str, name: str, role: str) -> None:
    cast = analyse(Article(id="t", path="t.txt", text=text)).cast
    assert [e.role for e in cast.entities.values() if e.name == name] == [role]


@pytest.mark.parametrize(("text", "speakers"), SPEAKERS)
def test_speakers(text: str, speakers: list[str | None]) -> None:
    assert speakers_of(text) == speakers
