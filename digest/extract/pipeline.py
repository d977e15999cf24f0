"""The extraction pipeline: one article in, an :class:`Extraction` of who said what out.

The algorithm, one stage per module (as in Citron):

1. ``sentences``: paragraphs; quotations masked so rules never read inside them; sentences.
2. ``quotes``: quotation-mark spans (balanced, apostrophes ignored, multi-paragraph quotes).
3. ``people``: people and organisations with their roles, surnames tied to full names.
4. ``direct`` and ``reported``: quotations a cue attributes, and reported speech.
5. ``attribution``: each cue's speaker resolved, or left to an editor with candidates.
6. ``topics``, ``relations``, ``positions``: themes and policies, echoes and counters, stances.

Deterministic and pure: the same article gives the same ids and records, in document order.
Run ``python -m digest.extract.pipeline FILE`` to print the extraction as JSON.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from bisect import bisect_left
from pathlib import Path

from digest.extract import cues, positions, relations, themes, topics
from digest.extract.attribution import Context, Speaker, resolve, resolve_pronoun_not
from digest.extract.direct import Found, direct_quotes
from digest.extract.newlines import to_file_offsets
from digest.extract.people import Cast, Entity, find_cast, fold, generic_head_word
from digest.extract.quotes import find_marks
from digest.extract.reported import reported_speech
from digest.extract.reported_stance import stance_speech
from digest.extract.result import (
    Article,
    Extraction,
    FoundOrganisation,
    FoundQuote,
    FoundSpeaker,
    KnownEntry,
    Lexicon,
)
from digest.extract.sentences import mask_asides, mask_quotes, paragraphs, split_sentences
from digest.slug import slugify, unique_slug

_QUOTE_CHARS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "„": '"', "«": '"', "»": '"'})
_REVIEW_BELOW = 0.6
_LOW_HIGH = re.compile(r"„([^“”„\n]*)“")  # German „…“: the closing “ is a closing mark
_AS_CURLY = str.maketrans({"«": "“", "»": "”", "„": "“", "‹": "‘", "›": "’", "‚": "‘"})


def normalise(text: str) -> str:
    """Whitespace collapsed, curly quotation marks made straight: the text a quote id hashes."""
    return " ".join(text.translate(_QUOTE_CHARS).split())


def quote_id(kind: str, text: str, occurrence: int) -> str:
    """``q-`` + 10 hex of sha1(kind, normalised text, occurrence index of that text)."""
    raw = f"{kind}\0{normalise(text)}\0{occurrence}".encode()
    return "q-" + hashlib.sha1(raw).hexdigest()[:10]


def analyse(article: Article, lexicon: Lexicon | None = None) -> Context:
    """Stages 1–3: the article's sentences, quotation spans and cast, ready for attribution."""
    # The rules know “…” and "…"; «…», »…« and „…“ mean the same: read them as “…” (one
    # character for one, so every offset holds), and take each quote's words from the article.
    text = _LOW_HIGH.sub(lambda m: f"“{m[1]}”", article.text).translate(_AS_CURLY)
    paras = paragraphs(text, article.body_start)
    marks = find_marks(text, paras)
    masked = mask_quotes(text, marks)
    sentences = split_sentences(masked, paras)
    known = (
        frozenset(
            fold(name)
            for e in (*lexicon.speakers, *lexicon.organisations)
            for name in (e.name, *e.aliases)
        )
        if lexicon
        else frozenset()
    )
    cast = find_cast(masked, article.body_start, len(text), known)
    return Context(
        text, masked, mask_asides(masked), sentences, cast, marks, original=article.text
    )


def extract_article(article: Article, lexicon: Lexicon | None = None) -> Extraction:
    """Who said what in one article (see the module docstring for the stages)."""
    lexicon = lexicon or Lexicon()
    ctx = analyse(article, lexicon)
    reported = reported_speech(ctx)
    found = direct_quotes(ctx, ctx.marks) + reported + stance_speech(ctx, reported)
    found = _without_overlaps(found)
    ids = _Ids(ctx.cast, lexicon)
    quotes = [_quote(ctx, f, ids) for f in found]
    _number(quotes)
    result = Extraction(article=article, quotes=quotes)
    result.speakers, result.organisations = ids.records(ctx.cast, quotes)
    topics.tag(ctx, quotes, lexicon)
    themes.tag(ctx, quotes, lexicon, article.title)  # the taxonomy's and the editor's themes
    result.new_policies = topics.new_policies(ctx, quotes, lexicon)
    result.relations = relations.find(ctx, found, quotes)
    result.positions = positions.find(ctx, found, quotes)
    positions.without_outlets(result)  # outlets reporting facts take no side
    return to_file_offsets(result)  # a CRLF file: offsets into the file as it is


def _without_overlaps(found: list[Found]) -> list[Found]:
    """Document order; a reported clause that a direct quote already covers is dropped.

    Reported clauses may nest ("X said Y, which he said would Z"): both levels are kept, as the
    gold annotates them, unless they are the same span."""
    kept: list[Found] = []
    # Direct quotes come first, in start order: the furthest end so far of those kept tells
    # whether a new span overlaps one, without comparing every pair.
    direct_starts: list[int] = []
    furthest_end: list[int] = []
    spans: set[tuple[int, int]] = set()
    for f in sorted(found, key=lambda f: (f.kind != "direct", f.start)):
        n = bisect_left(direct_starts, f.end) - 1
        if (n >= 0 and furthest_end[n] > f.start) or (f.start, f.end) in spans:
            continue
        kept.append(f)
        spans.add((f.start, f.end))
        if f.kind == "direct":
            direct_starts.append(f.start)
            furthest_end.append(max(f.end, furthest_end[-1] if furthest_end else f.end))
    return sorted(kept, key=lambda f: f.start)


def _quote(ctx: Context, f: Found, ids: _Ids) -> FoundQuote:
    para = ctx.sentence_at(f.start).paragraph
    who: Speaker = resolve(ctx, f.ref)
    if who.key and f.ref.kind == "pronoun" and _names_its_own_subject(ctx, f, who.key):
        who = resolve_pronoun_not(ctx, f.ref, who.key)  # "He denied that Mercer had …"
    if who.key and _generic_head(ctx.cast.entities[who.key]) and not ids.known(who.key):
        # "State", "Front": the tail of a longer name; "the Commission" is the article's one
        # "… Commission" when there is exactly one
        full = _one_name_ending_in(ctx.cast, ctx.cast.entities[who.key])
        who = Speaker(full, [], who.confidence) if full else Speaker(None, [who.key], 0.0)
    if who.key and not ids.known(who.key):
        longer = _one_longer_name(ctx.cast, ctx.cast.entities[who.key])
        who = Speaker(longer, [], who.confidence) if longer else who  # "the Air Force": the USAF
    if who.key:
        ctx.history.append((f.start, who.key, para, f.end))
    confidence = round(f.base * who.confidence, 3) if who.key else 0.0
    status = "draft" if who.key and confidence >= _REVIEW_BELOW else "needs-review"
    return FoundQuote(
        id="",
        speaker=ids.of(who.key) if who.key else None,
        kind=f.kind,  # type: ignore[arg-type]
        text=ctx.original[f.start : f.end] if ctx.original else ctx.text[f.start : f.end],
        start=f.start,
        end=f.end,
        cue=f.cue,
        candidates=[ids.of(k) for k in who.candidates],
        confidence=confidence,
        status=status,  # type: ignore[arg-type]
        joint_with=[ids.of(k) for k in f.joint if who.key and k != who.key],
    )


def _names_its_own_subject(ctx: Context, f: Found, key: str) -> bool:
    """The reported clause opens on the speaker's own name ("he denied that Mercer had"): a
    pronoun and a name in one sentence are two people (English would say "he had")."""
    if f.kind != "indirect" or ctx.sentence_at(f.ref.pos).start != ctx.sentence_at(f.start).start:
        return False
    opening = ctx.cast.in_range(f.start, min(f.end, f.start + 40))
    return bool(opening) and opening[0].start - f.start <= 4 and opening[0].keys == (key,)


def _one_name_ending_in(cast: Cast, ent: Entity) -> str | None:
    """The one body of the article whose longer name ends in ``ent``'s one word."""
    head = fold(ent.name)
    found = {
        e.key
        for e in cast.entities.values()
        if e.kind == "org" and " " in e.name and fold(e.name.split()[-1]) == head
    }
    return found.pop() if len(found) == 1 else None


def _one_longer_name(cast: Cast, ent: Entity) -> str | None:
    """The one body of the article whose longer name ends in this body's name of two words or
    more ("United States Air Force" for "Air Force")."""
    if ent.kind != "org" or " " not in ent.name:
        return None
    tail = " " + fold(ent.name)
    found = {
        e.key
        for e in cast.entities.values()
        if e.kind == "org" and e.key != ent.key and fold(e.name).endswith(tail)
    }
    return found.pop() if len(found) == 1 else None


def _generic_head(ent: Entity) -> bool:
    """A one-word name that is a body's generic head noun ("Association", "Trade", "Unions")."""
    words = ent.name.split()
    if len(words) != 1 or ent.name in cues.KNOWN_ORGS:
        return False
    return generic_head_word(ent.name)


def _number(quotes: list[FoundQuote]) -> None:
    seen: dict[tuple[str, str], int] = {}
    for q in quotes:
        key = (q.kind, normalise(q.text))
        q.id = quote_id(q.kind, q.text, seen.get(key, 0))
        seen[key] = seen.get(key, 0) + 1


class _Ids:
    """Record ids for the cast: a Lexicon entry's id when a name or alias matches, else a slug."""

    def __init__(self, cast: Cast, lexicon: Lexicon) -> None:
        known = {"person": _index(lexicon.speakers), "org": _index(lexicon.organisations)}
        self.by_key: dict[str, str] = {}
        self._from_lexicon: set[str] = set()
        taken: set[str] = set()
        for key, ent in sorted(
            cast.entities.items(), key=lambda kv: (kv[1].kind != "person", kv[0])
        ):
            if ent.key != key:  # an alias key of an organisation (its acronym)
                continue
            lexicon_id = _lookup(known[ent.kind], ent)
            if lexicon_id:
                self._from_lexicon.add(key)
            self.by_key[key] = lexicon_id or unique_slug(ent.name, taken)
            taken.add(self.by_key[key])
        self._entity_key = {key: ent.key for key, ent in cast.entities.items()}
        for key, ent in cast.entities.items():
            self.by_key.setdefault(key, self.by_key.get(ent.key, slugify(ent.name)))

    def of(self, key: str) -> str:
        return self.by_key[key]

    def known(self, key: str) -> bool:
        """The entity is a Lexicon entry."""
        return key in self._from_lexicon or self._entity_key.get(key, key) in self._from_lexicon

    def records(self, cast: Cast, quotes: list[FoundQuote]):
        """Speakers (people and speaking bodies) and every organisation, in order of mention."""
        speakers, orgs, done = [], [], set()
        speaking = {q.speaker for q in quotes} | {c for q in quotes for c in q.candidates}
        for m in cast.mentions:
            for key in m.keys:
                ent = cast.entities[key]
                if ent.key in done:
                    continue
                done.add(ent.key)
                rid = self.by_key[ent.key]
                if ent.kind == "org":
                    orgs.append(FoundOrganisation(rid, ent.name, ent.org_kind))
                if ent.kind == "person" or rid in speaking:
                    speakers.append(_speaker(rid, ent, self))
        return speakers, orgs


def _speaker(rid: str, ent: Entity, ids: _Ids) -> FoundSpeaker:
    org_id = None
    if ent.organisation:
        org_id = ids.by_key.get("org:" + fold(ent.organisation))
    return FoundSpeaker(
        id=rid,
        name=ent.name,
        role=ent.role,
        organisation=ent.organisation,
        organisation_id=org_id,
        aliases=list(ent.aliases),
        is_organisation=ent.kind == "org",
    )


def _index(entries: list[KnownEntry]) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in entries:
        for name in (e.name, *e.aliases):
            out.setdefault(fold(name), e.id)
    return out


def _lookup(index: dict[str, str], ent: Entity) -> str | None:
    for name in (ent.name, *ent.aliases):
        if fold(name) in index and (ent.kind == "org" or len(name.split()) > 1 or name == ent.name):
            return index[fold(name)]
    return None


def main(argv: list[str] | None = None) -> int:
    """``python -m digest.extract.pipeline FILE...``: print each extraction as JSON."""
    from digest.extract.reading import ArticleError, read_article

    status = 0
    for arg in argv if argv is not None else sys.argv[1:]:
        try:
            extraction = extract_article(read_article(Path(arg)))
        except ArticleError as err:
            print(err, file=sys.stderr)
            status = 1
            continue
        print(json.dumps(extraction.to_json(), indent=2, ensure_ascii=False))
    return status


if __name__ == "__main__":
    sys.exit(main())
