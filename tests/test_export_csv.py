"""``data/quotes.csv``: one row per published quote, round-tripping through a CSV reader, with
formula-looking cells defused."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from digest.export.links import SiteLinks
from digest.export.quotes_csv import COLUMNS, guard, quotes_csv
from digest.index import build_index
from digest.load import load_digest
from digest.model import Debate, Digest, Quote, Source, Speaker
from digest.publish import published

REPO = Path(__file__).resolve().parent.parent

HOSTILE = [
    "plain words",
    "commas, many, of them",
    'a "quoted" word and “curly” ones',
    "two\nlines\r\nand a CRLF",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+1 more",
    "-2 less",
    "@SUM(A1:A2)",
    "\tindented by a tab",
    "ends with a backslash \\",
]


def _digest(texts: list[str]) -> Digest:
    quotes = [
        Quote(id=f"q-{i:010x}", speaker="ann", kind="direct", text=text, themes=["t1", "t2"])
        for i, text in enumerate(texts)
    ]
    for i, quote in enumerate(quotes):
        quote.start = i
    debate = Debate(
        id="d",
        title="A debate",
        date="2024-03-01",
        source=Source(article="a.txt", url="https://news.example/a,b"),
        quotes=quotes,
    )
    return Digest(root=Path("."), speakers={"ann": Speaker("ann", "Ann, Smith")},
                  debates={"d": debate})  # fmt: skip


def _read(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")  # spreadsheets read UTF-8 right with a byte-order mark
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_every_cell_round_trips() -> None:
    text = quotes_csv(build_index(_digest(HOSTILE)), SiteLinks())
    rows = _read(text)
    assert list(rows[0]) == list(COLUMNS)
    assert [row["text"] for row in rows] == [guard(t) for t in HOSTILE]
    assert rows[3]["text"] == "two\nlines\r\nand a CRLF"
    first = rows[0]
    assert first["speaker"] == "ann" and first["speaker_name"] == "Ann, Smith"
    assert first["themes"] == "t1;t2" and first["policies"] == ""
    assert first["permalink"] == "debates/d/#q-0000000000"
    assert first["source_url"] == "https://news.example/a,b"
    assert first["date"] == "2024-03-01" and first["debate"] == "d"


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-minus", "'-minus"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a=1", "a=1"),
        ("“=quoted”", "“=quoted”"),
        ("", ""),
    ],
)
def test_formula_guard(cell: str, written: str) -> None:
    assert guard(cell) == written


def test_no_formula_survives_in_any_cell() -> None:
    rows = _read(quotes_csv(build_index(_digest(HOSTILE)), SiteLinks()))
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_the_bundled_digest_has_a_row_per_published_quote() -> None:
    digest, _ = published(load_digest(REPO / "content"))
    rows = _read(quotes_csv(build_index(digest), SiteLinks("https://example.org/")))
    assert len(rows) == sum(len(d.quotes) for d in digest.debates.values()) == 11
    assert len({row["id"] for row in rows}) == 11
    assert all(row["permalink"].startswith("https://example.org/debates/") for row in rows)
    mattinson = next(row for row in rows if row["id"] == "q-16e1994950")
    assert mattinson["text"] == (
        "immigration was “a good example of middle class Westminster being out of touch”"
    )
    assert mattinson["speaker_name"] == "Deborah Mattinson" and mattinson["kind"] == "direct"
