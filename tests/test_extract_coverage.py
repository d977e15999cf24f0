"""Coverage: quotes whose speaker the text makes plain must get that speaker.

Every sentence here is invented (no article's wording), in UK/US/Irish/Indian/Australian/Canadian
styles; each row is text -> the speaker names of its quotes in document order (None = unnamed).
Negative rows must stay unattributed: precision comes first.
"""

from __future__ import annotations

import pytest

from digest.extract.pipeline import extract_article
from digest.extract.result import Article
from tests.extract_support import speakers_of

# 1. Coordinated and participial cues inherit the subject; a relative clause before the cue.
COORDINATED = [
    (
        "Councillor Dara Whelan said the scheme was too costly, arguing that the money would be "
        "better spent on buses.",
        ["Dara Whelan", "Dara Whelan"],
    ),
    (
        "Senator Maria Ortiz claimed the bill was unconstitutional, and insisted that the courts "
        "would strike it down.",
        ["Maria Ortiz", "Maria Ortiz"],
    ),
    (
        "Rohan Mehta accused the Government of betraying farmers, and urged the Minister to "
        "withdraw the ordinance.",
        ["Rohan Mehta", "Rohan Mehta"],
    ),
    (
        "Premier Kate Lyall said the hospital would open next year, adding that staff had already "
        "been hired.",
        ["Kate Lyall", "Kate Lyall"],
    ),
    (
        "Gwen Talbot, who chairs the committee, said the report would be published in March.",
        ["Gwen Talbot"],
    ),
    (
        "Liam Fortier, who has represented the riding since 2015, said the closure was a betrayal.",
        ["Liam Fortier"],
    ),
]

# 2. Apposition with an organisation-prefixed role: the named person, never the body.
APPOSED = [
    (
        "The Liberal Democrats’ housing spokesperson, Priya Chandran, said the target would be "
        "missed.",
        ["Priya Chandran"],
    ),
    (
        "The former Treasury adviser Julian Crane claimed the figures had been massaged.",
        ["Julian Crane"],
    ),
    (
        "The party’s housing spokeswoman, Aoife Brennock, accused ministers of complacency.",
        ["Aoife Brennock"],
    ),
    ("Shadow business secretary Hugo Latymer said the tariffs would cost jobs.", ["Hugo Latymer"]),
    (
        "Labor’s health spokesman, Corin Daley, said the waiting lists were growing.",
        ["Corin Daley"],
    ),
]

# 3. Named bodies as subjects of a reporting verb.
BODIES = [
    ("Greenridge Energy said it had held talks with the regulator.", ["Greenridge Energy"]),
    ("Northbrook Steel said it was reviewing the offer.", ["Northbrook Steel"]),
    ("Fianna Fáil said it had no plans to enter coalition.", ["Fianna Fáil"]),
    (
        "The report was published on Monday. The Electoral Commission said it would need more "
        "staff.",
        ["Electoral Commission"],
    ),
]

# 4. Surname-only and title references to a person named earlier.
SURNAMES = [
    (
        "Labour MP Jenny Marsh criticised the plan. Marsh said the policy was unfair.",
        ["Jenny Marsh"],
    ),
    (
        "Labour MP Jenny Marsh criticised the plan. Ms Marsh told reporters the policy was unfair.",
        ["Jenny Marsh"],
    ),
    (
        "Tory MP Owen Pryce spoke next. Pryce, whose constituency includes the port, said the "
        "tariffs would hurt.",
        ["Owen Pryce"],
    ),
]

# 5. Columns and outlets.
COLUMNS = [
    ("In a column for the Telegraph, Simon Frayne argues that taxes must fall.", ["Simon Frayne"]),
    ("The Times, in a leader, said the government has lost its grip.", ["The Times"]),
]

# 6. Direct quotes in reported clauses, and exchanges in a sketch.
EXCHANGES = [
    ('Home Secretary Lara Quinn said she has "no intention of resigning".', ["Lara Quinn"]),
    (
        'Defence Secretary Mark Holt told MPs that the army was "stretched but ready".',
        ["Mark Holt"],
    ),
    ('Mark Holt told the chamber: "We will not be cowed."', ["Mark Holt"]),
    ('Tory MP Gareth Bowen asked: "Where is the money?"', ["Gareth Bowen"]),
    ('"Sit down," Nina Shah retorted.', ["Nina Shah"]),
    ('Labour’s Nina Shah shot back: "In your donors’ pockets."', ["Nina Shah"]),
]

# 7. Group statements by a named body.
GROUPS = [
    ('The Greens called the cuts "cruel and pointless".', ["Greens"]),
]

# Negative cases: must stay unattributed (or need review with candidates).
UNNAMED = [
    "A spokesperson said the matter was under review.",
    "Officials said the talks had stalled.",
    "The Association said it would appeal.",
    "Dr Anne Keogh met Dr Mary Walsh. She said the talks went well.",
    "Labour MP Jenny Marsh and Tory MP Alan Marsh debated. Marsh said the policy was unfair.",
    "A spokesperson for the minister, Aidan Clery, said the review would take a month.",
]


@pytest.mark.parametrize(
    ("text", "who"), COORDINATED + APPOSED + BODIES + SURNAMES + COLUMNS + EXCHANGES + GROUPS
)
def test_the_plain_speaker_is_named(text: str, who: list[str | None]) -> None:
    assert speakers_of(text) == who


@pytest.mark.parametrize("text", UNNAMED)
def test_unclear_speakers_stay_unattributed(text: str) -> None:
    assert speakers_of(text) and all(s is None for s in speakers_of(text))



WIRE_WITH_TAGS = """The vote failed on Tuesday.

Some Republicans broke ranks. Sen. Jane Morrow, R-Maine, said she would back the bill.

"This is not a partisan issue," she said. "Storms do not check party cards."

House Speaker Tom Hale, R-Ind., said Tuesday the House "stands ready" to return.
"""


def test_a_party_state_tag_is_never_a_speaker() -> None:
    """US papers tag legislators with party and state ("R-Maine"): a tag is never a person."""
    extraction = extract_article(Article(id="t", path="t.txt", text=WIRE_WITH_TAGS))
    names = {s.id: s.name for s in extraction.speakers}
    assert not [n for n in names.values() if n.startswith(("R-", "D-"))], names
    assert {names.get(q.speaker or "") for q in extraction.quotes} <= {"Jane Morrow", "Tom Hale"}
