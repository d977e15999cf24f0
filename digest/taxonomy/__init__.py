"""The default theme taxonomy and the stance cues, packaged with Debate Digest (``themes.yaml``
and ``stances.yaml`` beside this file).

Modelled on the Comparative Agendas Project's 21 major topics, plus the subtopics a political
digest needs. It is packaged and overridable: the extractor uses it alongside the themes in
``content/themes/``, an editor's record of the same id wins, and a theme record is written into
``content/themes/`` only when a drafted quote uses it (see docs/themes.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True)
class Taxonomy:
    themes: dict[str, dict[str, Any]]  # id -> theme record (valid against theme.schema.json)
    ambiguous: frozenset[str]  # words that never give a theme on their own

    def record(self, theme_id: str) -> dict[str, Any] | None:
        """The theme record of ``theme_id`` as a draft for content/themes/, or None."""
        entry = self.themes.get(theme_id)
        return None if entry is None else {**entry, "status": "draft"}


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The packaged taxonomy (read once per process)."""
    text = resources.files(__package__).joinpath("themes.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    themes = {
        theme_id: {
            "name": entry["name"],
            "description": " ".join(entry["description"].split()),
            "keywords": list(entry["keywords"]),
        }
        for theme_id, entry in data["themes"].items()
    }
    return Taxonomy(themes, frozenset(w.lower() for w in data["ambiguous"]))


@dataclass(frozen=True)
class StanceCues:
    """The stance lexicon (``stances.yaml``): cue phrases, lowercase."""

    supports: tuple[str, ...]
    opposes: tuple[str, ...]
    negations: tuple[str, ...]
    first_person_supports: tuple[str, ...]
    first_person_opposes: tuple[str, ...]
    label_supports: tuple[str, ...]
    label_opposes: tuple[str, ...]
    judgement_supports: tuple[str, ...]
    judgement_opposes: tuple[str, ...]
    self_supports: tuple[str, ...]
    self_opposes: tuple[str, ...]
    requests: tuple[str, ...]
    stop_verbs: tuple[str, ...]
    policy_nouns: tuple[str, ...]
    policy_good: tuple[str, ...]
    policy_bad: tuple[str, ...]
    voids: tuple[str, ...] = ()
    keep_verbs: tuple[str, ...] = ()
    call_modals: tuple[str, ...] = ()
    time_to: tuple[str, ...] = ()
    proposal_verbs: tuple[str, ...] = ()
    infinitive_requests: tuple[str, ...] = ()
    first_person_right: tuple[str, ...] = ()
    first_person_wrong: tuple[str, ...] = ()
    stop_gerunds: tuple[str, ...] = ()
    open_verbs: tuple[str, ...] = ()
    verdict_supports: tuple[str, ...] = ()
    verdict_opposes: tuple[str, ...] = ()
    policy_nouns_good: tuple[str, ...] = ()
    policy_nouns_bad: tuple[str, ...] = ()
    every_side: tuple[str, ...] = ()
    negative_subjects: tuple[str, ...] = ()
    inaction_charges: tuple[str, ...] = ()
    first_person_denials: tuple[str, ...] = ()
    pledges: tuple[str, ...] = ()
    charges: tuple[str, ...] = ()
    person_nouns: tuple[str, ...] = ()
    electoral_verbs: tuple[str, ...] = ()
    fact_nouns: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def load_stance_cues() -> StanceCues:
    """The packaged stance cues (read once per process)."""
    text = resources.files(__package__).joinpath("stances.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return StanceCues(**{key: tuple(str(v).lower() for v in data[key]) for key in data})
