"""Look-ups the walk needs in the loaded records: who a typed name is, what status a record has."""

from __future__ import annotations

import difflib

from digest.model import Digest
from digest.review.decisions import DecisionError
from digest.review.queue import Item, debate_items


def current_status(digest: Digest, item: Item) -> str:
    """The status ``item``'s record has in ``digest`` now ("deleted" if it is gone)."""
    debate = digest.debates.get(item.debate)
    if debate is None:
        return "deleted"
    if item.kind == "debate":
        return debate.status
    if item.kind == "quote":
        found = [q.status for q in debate.quotes if q.id == item.key]
    else:
        found = [i.status for i in debate_items(debate, pending_only=False) if i.key == item.key]
    return found[0] if found else "deleted"


def resolve_speaker(digest: Digest, typed: str) -> str:
    """The speaker or organisation id ``typed`` names (its id, name or an alias, any case)."""
    records = {**digest.organisations, **digest.speakers}
    if typed in records:
        return typed
    key = typed.casefold()
    named = sorted(
        record_id
        for record_id, record in records.items()
        if key in {record.name.casefold(), *(alias.casefold() for alias in record.aliases)}
    )
    if len(named) == 1:
        return named[0]
    if named:
        raise DecisionError(f"'{typed}' could be {', '.join(named)}: type the id")
    close = difflib.get_close_matches(key, list(records), n=3)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise DecisionError(
        f"no speaker or organisation '{typed}' ({hint}a new person needs a file under"
        " content/speakers/ first)"
    )
