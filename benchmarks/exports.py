"""What the exports cost and whether they are valid: feeds, open data and JSON-LD of a digest.

Algorithm: load a content folder (the bundled one, or a synthetic digest of N debates from
``synthetic.py``), apply the publishing rule and index it as the site build does, time
``digest.export.export_files`` and the JSON-LD of every record page, then check every file with
the reference libraries: Atom feeds with feedparser (no bozo), ``digest.json`` and each record
file with jsonschema against ``digest.schema.json``, every page's JSON-LD expanded with pyld
(offline: schema.org's ``@vocab``). Needs the test extras (``pip install -e '.[test]'``).

    python benchmarks/exports.py                    # the bundled content
    python benchmarks/exports.py --debates 100      # a synthetic digest
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import feedparser
import jsonschema
from pyld import jsonld
from synthetic import generate_corpus

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from digest.export import export_files  # noqa: E402
from digest.export.jsonld import page_jsonld, script_text  # noqa: E402
from digest.export.links import SiteLinks  # noqa: E402
from digest.index import build_index  # noqa: E402
from digest.load import load_digest  # noqa: E402
from digest.publish import published  # noqa: E402

KINDS = ("debates", "speakers", "organisations", "themes", "policies")
LINKS = SiteLinks("https://example.org/digest/")


def _loader(url: str, options: dict | None = None) -> dict:
    return {"contextUrl": None, "documentUrl": url,
            "document": {"@context": {"@vocab": "http://schema.org/"}}}  # fmt: skip


def measure(content: Path) -> None:
    digest, _ = published(load_digest(content))
    index = build_index(digest)
    start = time.perf_counter()
    files = export_files(index, LINKS, "Debate Digest")
    export_seconds = time.perf_counter() - start
    start = time.perf_counter()
    scripts = {
        f"{kind}/{record.id}": script_text(page_jsonld(index, LINKS, kind, record))
        for kind in KINDS
        for record in getattr(digest, kind).values()
    }
    jsonld_seconds = time.perf_counter() - start
    size = sum(len(c.encode() if isinstance(c, str) else c) for c in files.values())
    quotes = sum(len(d.quotes) for d in digest.debates.values())
    print(f"content: {content} — {len(digest.debates):,} debates, {quotes:,} quotes, "
          f"{len(digest.speakers):,} speakers, {len(digest.themes):,} themes")  # fmt: skip
    print(f"exports: {len(files):,} files, {size / 1e6:.2f} MB in {export_seconds:.2f} s; "
          f"JSON-LD of {len(scripts):,} pages in {jsonld_seconds:.2f} s")  # fmt: skip
    _check(files, scripts)


def _check(files: dict, scripts: dict[str, str]) -> None:
    atom = [p for p in files if p.startswith("feeds/") and p.endswith(".xml")
            and not p.endswith("sitemap.xml")]  # fmt: skip
    bozo = entries = 0
    for path in atom:
        parsed = feedparser.parse(files[path])
        bozo += bool(parsed.bozo)
        entries += len(parsed.entries)
    print(f"feedparser: {len(atom):,} Atom feeds, {entries:,} entries, {bozo} with a fault (bozo)")
    schema = json.loads(files["data/digest.schema.json"])
    validator = jsonschema.Draft202012Validator(schema)
    errors = len(list(validator.iter_errors(json.loads(files["data/digest.json"]))))
    record_file = {"$ref": "#/$defs/record_file", "$defs": schema["$defs"]}
    record = jsonschema.Draft202012Validator(record_file)
    per_record = [p for p in files if p.startswith("data/") and p.count("/") == 2]
    errors += sum(len(list(record.iter_errors(json.loads(files[p])))) for p in per_record)
    print(f"jsonschema: digest.json + {len(per_record):,} record files, {errors} errors")
    nodes = failures = 0
    for page, text in scripts.items():
        try:
            expanded = jsonld.expand(json.loads(text), {"documentLoader": _loader,
                                     "base": LINKS.absolute(page + "/")})  # fmt: skip
            nodes += len(expanded)
        except jsonld.JsonLdError:
            failures += 1
    print(f"pyld: {len(scripts):,} pages expanded, {nodes:,} top-level nodes, {failures} failures")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debates", type=int, help="a synthetic digest of this many debates")
    parser.add_argument("--content", type=Path, default=REPO / "content")
    args = parser.parse_args()
    if args.debates is None:
        measure(args.content)
        return
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        generate_corpus(content, args.debates)
        measure(content)


if __name__ == "__main__":
    main()
