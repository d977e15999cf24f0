"""read_article: headers, front matter, HTML, and one-line errors naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.reading import ArticleError, read_article

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_f438ddfc0ab76411.txt"


def test_txt_header(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "title: Why Labour lost\nsource: Total Politics\ndate: 2010-05-20\n\nBody text.\n"
    )
    art = read_article(path)
    assert (art.id, art.title, art.source, art.date) == (
        "why-labour-lost",
        "Why Labour lost",
        "Total Politics",
        "2010-05-20",
    )
    assert art.body == "Body text.\n"
    assert art.text == path.read_text(encoding="utf-8")


def test_txt_without_header_is_all_body(tmp_path: Path) -> None:
    path = tmp_path / "My Story.txt"
    path.write_text("Speakers: many people came.\nThey talked.\n")
    art = read_article(path)
    assert art.body_start == 0 and art.id == "my-story" and art.title is None


def test_md_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_text("---\ntitle: A debate\nauthor: Jo\n---\nSomeone said so.\n")
    art = read_article(path)
    assert (art.title, art.author, art.fmt, art.body) == (
        "A debate",
        "Jo",
        "md",
        "Someone said so.\n",
    )


def test_html_uses_extracted_text(tmp_path: Path) -> None:
    para = "Nicola Sturgeon said the vote was a turning point for the country and its people. " * 3
    html = (
        "<html><head><title>Vote</title></head><body><article><h1>Vote</h1>"
        f"<p>{para}</p></article></body></html>"
    )
    path = tmp_path / "c.html"
    path.write_text(html)
    art = read_article(path)
    assert art.fmt == "html" and "Nicola Sturgeon" in art.text and "<p>" not in art.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"  \n", "empty"),
        ("bin.txt", b"abc\x00def", "binary"),
        ("latin.txt", "caf\xe9".encode("latin-1"), "UTF-8"),
    ],
)
def test_errors_name_the_file(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ArticleError) as err:
        read_article(path)
    assert str(path) in str(err.value) and message in str(err.value) and "\n" not in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match=r"missing\.txt"):
        read_article(tmp_path / "missing.txt")


@pytest.mark.skipif(
    not SEED.exists(), reason="the shared seed article is not beside the repository"
)
def test_seed_offsets_hold() -> None:
    from digest.extract.pipeline import extract_article

    art = read_article(SEED)
    result = extract_article(art)
    assert len(result.quotes) >= 10
    assert all(q.speaker for q in result.quotes)
    for q in result.quotes:
        assert art.text[q.start : q.end] == q.text
