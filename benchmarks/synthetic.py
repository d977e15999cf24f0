"""A synthetic digest of any size, written as valid ``content/`` YAML (docs/content-model.md).

Record counts grow with the number of debates (speakers ~N/2, themes ~N/20, policies ~N/10,
organisations ~N/20), so the pages per kind keep the proportions of a real digest. Each debate gets
an article made of generated sentences; every quote's ``text`` is a verbatim slice of it, so the
loader finds each one. Speakers are drawn with Zipf-like weights: a few appear in many debates and
get long pages, as real politicians do. The output depends only on ``(debates, seed)``.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from digest.slug import unique_slug


def _wordlist(text: str) -> tuple[str, ...]:
    """Word pools are written as prose-like strings: easier to read and edit than long lists."""
    return tuple(text.split())


_FIRST = _wordlist(
    "Amira Ben Callum Dana Eleni Farid Grace Hamish Ines Jonas Kavita Liam Maya Nikolai Olu Priya "
    "Quentin Rosa Samir Tara Umar Vera Wyn Xavier Yasmin Zoe Aled Bronwen Ciaran Deepa"
)
_LAST = _wordlist(
    "Abbott Bhatt Carver Dunmore Ellery Fenwick Gallagher Hussain Ingram Jowett Kowalski "
    "Lindqvist Mensah Nakamura O'Neill Pryce Quayle Rahman Sutcliffe Thorne Upton Varga Whitlock "
    "Yilmaz Zeller Achterberg Brennan Castell Doherty Evans"
)
_TOPICS = _wordlist(
    "housing immigration wages schools hospitals pensions transport energy policing courts "
    "farming fisheries broadband childcare tuition benefits taxation borders prisons defence "
    "climate water rail buses libraries apprenticeships carers devolution councils trade"
)
_POLICY_NOUNS = _wordlist(
    "levy cap guarantee reform fund charter allowance scheme review pledge duty credit"
)
_ORG_KINDS = ("party", "think-tank", "publisher", "campaign", "union", "ngo", "government")
_ORG_WORDS = {
    "party": "Party",
    "think-tank": "Institute",
    "publisher": "Gazette",
    "campaign": "Campaign",
    "union": "Union",
    "ngo": "Trust",
    "government": "Department",
}
_WORDS = _wordlist(
    "the government must act now on local families who cannot wait any longer for real change "
    "because voters told us plainly that promises were broken and trust was lost across every "
    "region while costs kept rising faster than pay so we will fight for fairness and security "
    "with honest answers about what works and what failed before the next election"
)
_CUES_DIRECT = ("said", "told the audience", "insisted", "added", "warned")
_CUES_INDIRECT = ("argued that", "suggested that", "pointed out that", "claimed that")
_STANCES = ("supports", "opposes", "mixed", "unclear")
_RELATIONS = ("echoes", "counters", "agrees-with", "responds-to")


@dataclass(frozen=True)
class CorpusSize:
    """How many records of each kind a digest of ``debates`` debates gets."""

    debates: int
    speakers: int
    themes: int
    policies: int
    organisations: int

    @classmethod
    def for_debates(cls, debates: int) -> CorpusSize:
        """Counts proportional to the debates, with floors so a tiny corpus still cross-links."""
        return cls(
            debates=debates,
            speakers=max(6, debates // 2),
            themes=max(3, debates // 20),
            policies=max(3, debates // 10),
            organisations=max(len(_ORG_KINDS), debates // 20),
        )


@dataclass
class CorpusStats:
    """What was written: record counts and the number of quotes, for the benchmark's report."""

    size: CorpusSize
    quotes: int = 0
    files: int = 0


@dataclass
class _Pools:
    """Ids already made, per kind, for the debates to reference."""

    speakers: list[str] = field(default_factory=list)
    speaker_names: dict[str, str] = field(default_factory=dict)
    themes: list[str] = field(default_factory=list)
    policies: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)


def generate_corpus(content: Path, debates: int, *, seed: int = 0) -> CorpusStats:
    """Write a digest of ``debates`` debates under ``content`` (created); return the counts."""
    rng = random.Random(seed)
    size = CorpusSize.for_debates(debates)
    stats = CorpusStats(size)
    pools = _Pools()
    for kind in ("articles", "debates", "speakers", "organisations", "themes", "policies"):
        (content / kind).mkdir(parents=True, exist_ok=True)
    _write_organisations(content, size, pools, rng, stats)
    _write_themes(content, size, pools, rng, stats)
    _write_policies(content, size, pools, rng, stats)
    _write_speakers(content, size, pools, rng, stats)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(pools.speakers))]
    for number in range(debates):
        _write_debate(content, number, pools, weights, rng, stats)
    return stats


def _write_record(path: Path, kind: str, data: dict[str, Any], stats: CorpusStats) -> None:
    """One YAML file with the schema modeline editors get, as the contract asks."""
    modeline = f"# yaml-language-server: $schema=../../digest/schemas/{kind}.schema.json\n"
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(modeline + body, encoding="utf-8")
    stats.files += 1


def _write_organisations(
    content: Path, size: CorpusSize, pools: _Pools, rng: random.Random, stats: CorpusStats
) -> None:
    for number in range(size.organisations):
        kind = _ORG_KINDS[number % len(_ORG_KINDS)]
        name = f"{rng.choice(_LAST)} {_TOPICS[number % len(_TOPICS)].title()} {_ORG_WORDS[kind]}"
        org_id = unique_slug(name, set(pools.organisations))
        pools.organisations.append(org_id)
        if kind == "party":
            pools.parties.append(org_id)
        if kind == "publisher":
            pools.publishers.append(org_id)
        record = {
            "name": name,
            "kind": kind,
            "url": f"https://example.org/{org_id}",
            "description": f"A synthetic {kind.replace('-', ' ')} for the build benchmark.",
            "status": "reviewed",
        }
        _write_record(content / "organisations" / f"{org_id}.yaml", "organisation", record, stats)


def _write_themes(
    content: Path, size: CorpusSize, pools: _Pools, rng: random.Random, stats: CorpusStats
) -> None:
    for number in range(size.themes):
        topic = _TOPICS[number % len(_TOPICS)]
        name = topic.title() if number < len(_TOPICS) else f"{topic.title()} {number}"
        theme_id = unique_slug(name, set(pools.themes))
        pools.themes.append(theme_id)
        record = {
            "name": name,
            "description": f"Everything said about **{topic}** in the synthetic debates.",
            "keywords": [topic, f"{topic} policy"],
            "status": "reviewed",
        }
        _write_record(content / "themes" / f"{theme_id}.yaml", "theme", record, stats)


def _write_policies(
    content: Path, size: CorpusSize, pools: _Pools, rng: random.Random, stats: CorpusStats
) -> None:
    for number in range(size.policies):
        theme = pools.themes[number % len(pools.themes)]
        name = f"{theme.replace('-', ' ').title()} {rng.choice(_POLICY_NOUNS)} {number + 1}"
        policy_id = unique_slug(name, set(pools.policies))
        pools.policies.append(policy_id)
        record = {
            "name": name,
            "description": f"A synthetic policy on {theme.replace('-', ' ')}.",
            "themes": [theme],
            "keywords": [name.lower()],
            "status": "reviewed",
        }
        _write_record(content / "policies" / f"{policy_id}.yaml", "policy", record, stats)


def _write_speakers(
    content: Path, size: CorpusSize, pools: _Pools, rng: random.Random, stats: CorpusStats
) -> None:
    taken = set(pools.organisations)  # a speaker id must never equal an organisation id
    for number in range(size.speakers):
        first = _FIRST[number % len(_FIRST)]
        last = _LAST[(number // len(_FIRST) + number) % len(_LAST)]
        name = f"{first} {last}"
        speaker_id = unique_slug(name, taken)
        taken.add(speaker_id)
        pools.speakers.append(speaker_id)
        pools.speaker_names[speaker_id] = name
        party = pools.parties[number % len(pools.parties)]
        record = {
            "name": name,
            "aliases": [last, f"Ms {last}" if number % 2 else f"Mr {last}"],
            "party": party,
            "constituency": f"{rng.choice(_LAST)}ton",
            "roles": [
                {"title": "Member of Parliament", "organisation": party, "from": "2005-05-05"}
            ],
            "links": [{"title": "Profile", "url": f"https://example.org/people/{speaker_id}"}],
            "bio": f"{name} is a synthetic politician. Speaks often on *{rng.choice(_TOPICS)}*.",
            "status": "reviewed",
        }
        _write_record(content / "speakers" / f"{speaker_id}.yaml", "speaker", record, stats)


def quote_id(kind: str, text: str, occurrence: int = 0) -> str:
    """``q-`` + 10 hex chars of sha1(kind, normalised text, occurrence), per the contract."""
    normalised = " ".join(text.split()).lower()
    digest = hashlib.sha1(f"{kind}\x00{normalised}\x00{occurrence}".encode()).hexdigest()
    return f"q-{digest[:10]}"


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(low, high)))


def _write_debate(
    content: Path,
    number: int,
    pools: _Pools,
    weights: list[float],
    rng: random.Random,
    stats: CorpusStats,
) -> None:
    """One debate, its article and its quotes, positions and relations."""
    topic = rng.choice(pools.themes)
    debate_id = f"debate-{number + 1:05d}-{topic}"
    participants = _participants(number, pools, weights, rng)
    themes = rng.sample(pools.themes, k=min(3, len(pools.themes)))
    paragraphs = [_intro(debate_id, participants, pools)]
    quotes = []
    for index in range(rng.randint(8, 12)):
        sentence, quote = _quote(index, participants, themes, pools, rng)
        paragraphs.append(sentence)
        quotes.append(quote)
    article_name = f"articles/{number:05d}-{debate_id}.txt"
    (content / article_name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    stats.quotes += len(quotes)
    year = 2000 + number % 24
    record = {
        "title": f"Debate {number + 1}: what next for {topic.replace('-', ' ')}?",
        "date": f"{year}-{1 + number % 12:02d}-{1 + number % 28:02d}",
        "event": f"Synthetic conference {year}",
        "organiser": rng.choice(pools.organisations),
        "source": {
            "publisher": rng.choice(pools.publishers),
            "title": f"Report of debate {number + 1}",
            "url": f"https://example.org/articles/{debate_id}",
            "date": f"{year}-{1 + number % 12:02d}",
            "article": article_name,
        },
        "participants": participants,
        "themes": themes,
        "status": "reviewed",
        "summary": f"A synthetic debate on **{topic}** with {len(participants)} panellists.",
        "quotes": quotes,
        "positions": _positions(quotes, rng),
        "relations": _relations(quotes, rng),
    }
    _write_record(content / "debates" / f"{debate_id}.yaml", "debate", record, stats)


def _participants(
    number: int, pools: _Pools, weights: list[float], rng: random.Random
) -> list[str]:
    """3–5 speakers: one in turn (so every speaker speaks somewhere), the rest Zipf-weighted."""
    chosen = [pools.speakers[number % len(pools.speakers)]]
    wanted = rng.randint(3, 5)
    while len(chosen) < wanted:
        candidate = rng.choices(pools.speakers, weights=weights)[0]
        if candidate not in chosen:
            chosen.append(candidate)
    return chosen


def _intro(debate_id: str, participants: list[str], pools: _Pools) -> str:
    names = ", ".join(pools.speaker_names[s] for s in participants)
    return f"This report covers {debate_id.replace('-', ' ')}. The panel was {names}."


def _quote(
    index: int, participants: list[str], themes: list[str], pools: _Pools, rng: random.Random
) -> tuple[str, dict[str, Any]]:
    """A sentence of the article and the quote record whose text is a slice of it."""
    speaker = rng.choice(participants)
    name = pools.speaker_names[speaker]
    kind = "direct" if rng.random() < 0.6 else "indirect"
    # A counter in the words keeps every quote's text unique within its article.
    words = f"{_words(rng, 10, 22)} on point {index + 1}"
    if kind == "direct":
        cue = rng.choice(_CUES_DIRECT)
        text = f"“{words[0].upper()}{words[1:]}.”"
        sentence = f"{name} {cue}: {text} {_words(rng, 6, 12).capitalize()}."
    else:
        cue = rng.choice(_CUES_INDIRECT)
        text = words
        sentence = f"{name} {cue} {text}. {_words(rng, 6, 12).capitalize()}."
    quote: dict[str, Any] = {
        "id": quote_id(kind, text),
        "speaker": speaker,
        "kind": kind,
        "cue": cue,
        "text": text,
        "themes": rng.sample(themes, k=rng.randint(1, 2)),
        "status": "reviewed",
    }
    if rng.random() < 0.3:
        quote["policies"] = [rng.choice(pools.policies)]
    if rng.random() < 0.1:
        quote["commentary"] = "An editor's note in *Markdown* about this quote."
    return sentence, quote


def _positions(quotes: list[dict[str, Any]], rng: random.Random) -> list[dict[str, Any]]:
    """Up to four positions, one per (speaker, theme), each backed by that speaker's quotes."""
    evidence: dict[tuple[str, str], list[str]] = {}
    for quote in quotes:
        for theme in quote["themes"]:
            evidence.setdefault((quote["speaker"], theme), []).append(quote["id"])
    pairs = rng.sample(sorted(evidence), k=min(4, len(evidence)))
    return [
        {
            "speaker": speaker,
            "theme": theme,
            "stance": rng.choice(_STANCES),
            "summary": f"A synthetic stance on {theme.replace('-', ' ')}.",
            "evidence": evidence[(speaker, theme)],
            "status": "reviewed",
        }
        for speaker, theme in pairs
    ]


def _relations(quotes: list[dict[str, Any]], rng: random.Random) -> list[dict[str, Any]]:
    """Two or three relations from a later quote to an earlier one, and one from the audience."""
    relations: list[dict[str, Any]] = []
    for _ in range(rng.randint(2, 3)):
        later = rng.randrange(1, len(quotes))
        earlier = rng.randrange(0, later)
        relations.append(
            {
                "type": rng.choice(_RELATIONS),
                "from": quotes[later]["id"],
                "to": quotes[earlier]["id"],
                "note": "a synthetic relation",
                "status": "reviewed",
            }
        )
    relations.append(
        {"type": "agrees-with", "from_label": "The audience", "to": rng.choice(quotes)["id"]}
    )
    return relations
