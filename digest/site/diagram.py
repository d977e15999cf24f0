"""A debate's relations as a Mermaid flowchart: one node per person or party, one edge per relation.

Quotes are drawn as the people who said them (a diagram of who echoed or countered whom); the
list under the diagram links each relation to the quotes themselves. Labels come from records and
articles, so they are escaped with Mermaid's entity codes.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from digest.index import Party, RelationRef
from digest.site.escape import mermaid_label

_ARROWS = {"counters": "-.->", "echoes": "-->", "agrees-with": "-->", "responds-to": "-->"}


def relation_diagram(relations: list[RelationRef], name: Callable[[str], str]) -> Markup | None:
    """Mermaid source for ``relations`` (None when there are none); ``name`` names an id.

    Markup because it goes verbatim into a fenced block (superfences escapes it for HTML).
    """
    if not relations:
        return None
    nodes: dict[str, str] = {}  # node key -> node id
    lines = ["flowchart LR"]
    for ref in relations:
        for source in _keys(ref.source, name):
            for target in _keys(ref.target, name):
                arrow = _ARROWS.get(ref.relation.type, "-->")
                label = mermaid_label(ref.relation.type.replace("-", " "))
                start, end = _node(nodes, lines, source), _node(nodes, lines, target)
                lines.append(f'  {start} {arrow}|"{label}"| {end}')
    return Markup("\n".join(lines))


def _keys(party: Party, name: Callable[[str], str]) -> list[str]:
    """Display names a party stands for (the first speaker of a quote: joint speakers are many)."""
    if party.kind == "label":
        return [party.label or "someone"]
    return [name(party.who[0])] if party.who else ["Unattributed"]


def _node(nodes: dict[str, str], lines: list[str], key: str) -> str:
    if key not in nodes:
        nodes[key] = f"n{len(nodes)}"
        lines.insert(1, f'  {nodes[key]}["{mermaid_label(key)}"]')
    return nodes[key]
