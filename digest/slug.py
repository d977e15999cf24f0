"""Ids from names: lowercase ASCII slugs, unicode transliterated, collisions suffixed."""

from __future__ import annotations

import re
from collections.abc import Container

from anyascii import anyascii

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(name: str, *, max_length: int = 60) -> str:
    """``"Sadiq Khan MP"`` -> ``"sadiq-khan-mp"``; ``"Erdoğan"`` -> ``"erdogan"``.

    Returns ``"untitled"`` for a name with no letters or digits, so an id is never empty.
    """
    ascii_name = anyascii(name).lower().replace("'", "").replace("’", "")
    slug = _NON_ALNUM.sub("-", ascii_name).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "untitled"


def unique_slug(name: str, taken: Container[str]) -> str:
    """The slug of ``name``, with ``-2``, ``-3``… appended until it is not in ``taken``."""
    base = slugify(name)
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug
