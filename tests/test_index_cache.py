"""``mkdocs serve`` keeps each debate as published (``digest.publish.PublishCache``) and its index
entries (``digest.index.IndexCache``): after each edit the published digest and what it withheld
must equal a fresh run's, and the index built with the kept entries must file the same items, in
the same order, under the same keys as an index built from nothing — every item one of this
build's records."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from digest.index import DigestIndex, IndexCache, PositionRef, QuoteRef, RelationRef, build_index
from digest.load import check_content
from digest.load_cache import LoadCache
from digest.model import Debate, Speaker
from digest.publish import PublishCache, published

REPO = Path(__file__).resolve().parent.parent
DEBATE = "debates/why-did-labour-lose.yaml"
SPEAKER = "speakers/sadiq-khan.yaml"
REVIEWED_QUOTE = "status: reviewed\n    commentary"
REJECTED_QUOTE = "status: rejected\n    commentary"


def _item(index: DigestIndex, item: object) -> tuple:
    """An index item by value; its records must be this build's own."""
    if isinstance(item, QuoteRef | PositionRef | RelationRef):
        assert item.debate is index.digest.debates[item.debate.id]
    if isinstance(item, QuoteRef):
        return ("quote", item.debate.id, item.quote.id)
    if isinstance(item, PositionRef):
        return ("position", item.debate.id, item.debate.positions.index(item.position))
    if isinstance(item, RelationRef):
        ends = [(e.kind, e.id, e.label, tuple(e.who)) for e in (item.source, item.target)]
        return ("relation", item.debate.id, item.debate.relations.index(item.relation), *ends)
    if isinstance(item, Debate | Speaker):
        assert item is getattr(index.digest, f"{type(item).__name__.lower()}s")[item.id]
        return (type(item).__name__, item.id)
    return ("value", item)


def _by_value(index: DigestIndex) -> dict[str, object]:
    tables: dict[str, object] = {}
    for field in dataclasses.fields(index):
        value = getattr(index, field.name)
        if field.name == "_quotes":
            tables[field.name] = {key: quote.id for key, quote in value.items()}
        elif isinstance(value, dict):
            tables[field.name] = {k: [_item(index, i) for i in v] for k, v in value.items() if v}
        elif isinstance(value, list):
            tables[field.name] = [_item(index, i) for i in value]
    return tables


def _edit(path: Path, old: str, new: str) -> None:
    """The first ``old`` in the file becomes ``new``."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_kept_entries_index_as_a_fresh_build_does(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    loads, indexes = LoadCache(), IndexCache()
    publishes = {rule: PublishCache() for rule in ("preview", "reviewed")}
    copies = []
    debate, speaker = content / DEBATE, content / SPEAKER

    def to_organisation() -> None:
        (content / "speakers/ed-miliband.yaml").unlink()
        (content / "organisations/ed-miliband.yaml").write_text("name: Ed Miliband\n")

    def new_speaker() -> None:  # other speaker ids: every debate is filed again
        (content / "speakers/ann-example.yaml").write_text("name: Ann Example\n")

    edits = [
        ("nothing", lambda: None),
        ("a speaker's field", lambda: _edit(speaker, "Tooting\n", "Bow\n")),
        ("a quote's speaker", lambda: _edit(debate, "speaker: sadiq-khan", "speaker: ed-miliband")),
        ("a quote rejected", lambda: _edit(debate, REVIEWED_QUOTE, REJECTED_QUOTE)),
        ("a speaker again, the debate with a quote withheld unchanged", lambda: _edit(speaker, "Bow\n", "Box\n")),  # noqa: E501
        ("reviewed again", lambda: _edit(debate, REJECTED_QUOTE, REVIEWED_QUOTE)),
        ("a new speaker", new_speaker),
        ("an organisation quoted", lambda: _edit(debate, "speaker: ed-miliband", "speaker: labour")),  # noqa: E501
        ("a speaker becomes an organisation, the debate unchanged", to_organisation),
    ]  # fmt: skip
    for step, change in edits:
        change()
        digest, problems = check_content(content, loads)
        assert digest is not None, (step, [str(p) for p in problems])
        fresh_digest = check_content(content)[0]
        for rule in ("reviewed", "preview"):
            shown, withheld = published(digest, rule, publishes[rule])
            fresh_shown, fresh_withheld = published(fresh_digest, rule)
            assert (shown, withheld) == (fresh_shown, fresh_withheld), (step, rule)
        kept = build_index(shown, indexes)
        fresh = build_index(fresh_shown)
        assert _by_value(kept) == _by_value(fresh), step
        copies.append((digest.debates["why-did-labour-lose"], shown.debates["why-did-labour-lose"]))
    (loaded, copy), (_, copy_before) = copies[4], copies[3]
    assert copy is not loaded and len(copy.quotes) == len(loaded.quotes) - 1  # a quote withheld
    assert copy is copy_before  # the same copy while the debate is unchanged
    assert [ref.quote.id for ref in kept.quotes_by_organisation["labour"]] == ["q-e190551824"]
    assert kept.quotes_by_organisation["ed-miliband"] and not kept.quotes_by_speaker["ed-miliband"]
