"""The two string forms the schemas require, and what to tell an editor whose value breaks one.

The regexes live in the JSON Schemas (``$defs/date`` and ``$defs/id``: the schemas are the
source of truth, and editors' YAML language servers read them); these constants are the same
strings (tests/test_hardening_validation.py checks), so :mod:`digest.schema` can recognise the
pattern and say *why* a value does not fit — "February 2010 has 28 days", "write q-1-zoe" —
instead of repeating the pattern.
"""

from __future__ import annotations

import calendar
import re

from digest.slug import slugify

_DAY = "(?:0[1-9]|1[0-9]|2[0-8])"
_LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
DATE_PATTERN = (
    "^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?"
    f"|[0-9]{{4}}-(?:(?:0[1-9]|1[0-2])-{_DAY}|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
    f"|{_LEAP_YEAR}-02-29)$"
)
"""YYYY, YYYY-MM or YYYY-MM-DD of a real calendar date (leap years included)."""

ID_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$"
"""A lowercase slug, as :func:`digest.slug.slugify` makes: the id is an HTML anchor and a URL."""

_DATE_SHAPE = re.compile(r"([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?")


def explain(pattern: str, value: str) -> tuple[str, str] | None:
    """(message, hint) for ``value`` not matching one of the patterns above; None for others."""
    if pattern == DATE_PATTERN:
        return _explain_date(value)
    if pattern == ID_PATTERN:
        return f"'{value}' is not a lowercase slug id", f"write {slugify(value)}"
    return None


def _explain_date(value: str) -> tuple[str, str] | None:
    """Why a date of the right shape is impossible; None for the wrong shape (the schema's
    own description of the form says enough)."""
    shape = _DATE_SHAPE.fullmatch(value)
    if shape is None:
        return None
    year, month = int(shape[1]), int(shape[2])
    if not 1 <= month <= 12:
        return f"'{value}' is not a real date", "months run from 01 to 12"
    days = calendar.mdays[month] + (month == 2 and calendar.isleap(year))
    month_name = calendar.month_name[month]
    return f"'{value}' is not a real date", f"days run from 01 to {days} in {month_name} {year}"
