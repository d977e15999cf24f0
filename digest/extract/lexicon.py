"""What ``content/`` already knows, read tolerantly for the extractor (a :class:`Lexicon`).

Every speaker, organisation, theme and policy file is read with ``yaml.safe_load``; a file that is
not valid YAML, or not a record, is skipped with a warning, because one broken file elsewhere in
the folder must not stop an extraction. Validation proper is ``digest check``'s job.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from digest.extract.result import KnownEntry, Lexicon

LEXICON_KINDS = ("speakers", "organisations", "themes", "policies")
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def build_lexicon(content_dir: Path) -> tuple[Lexicon, list[str]]:
    """(lexicon, warnings) for ``content_dir``; an absent folder gives an empty lexicon."""
    lexicon = Lexicon()
    warnings: list[str] = []
    for kind in LEXICON_KINDS:
        entries: list[KnownEntry] = getattr(lexicon, kind)
        for path in record_files(content_dir / kind):
            data = read_record(path, warnings)
            if data is not None:
                entries.append(_entry(path.stem, data))
    return lexicon, warnings


def record_files(folder: Path) -> list[Path]:
    """The ``*.yaml`` records of one kind's folder, by name (hidden and temporary files aside)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.yaml") if not p.name.startswith("."))


def read_record(path: Path, warnings: list[str]) -> dict[str, Any] | None:
    """The mapping in ``path``, or None with a warning when it cannot be read as one."""
    data, problem = parse_file(path)
    if problem is None and not isinstance(data, dict):
        problem = f"{path}:1: not a record: expected a mapping of fields"
    if problem is not None:
        warnings.append(f"{problem} (skipped; fix it, then re-run)")
        return None
    return data


def parse_file(path: Path) -> tuple[Any, str | None]:
    """(data, None), or (None, ``path:line: problem``) when the file cannot be read as YAML."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader), None
    except OSError as error:
        return None, f"{path}:1: cannot read: {error.strerror or error}"
    except UnicodeDecodeError:
        return None, f"{path}:1: not UTF-8 (save it as UTF-8)"
    except yaml.YAMLError as error:
        return None, yaml_error_line(path, error)


def yaml_error_line(path: Path, error: yaml.YAMLError) -> str:
    """``path:line: YAML error: problem`` for a PyYAML error, on one line."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = mark.line + 1 if mark is not None else 1
    problem = getattr(error, "problem", None) or str(error)
    return f"{path}:{line}: YAML error: {' '.join(str(problem).split())}"


def _entry(record_id: str, data: dict[str, Any]) -> KnownEntry:
    name = data.get("name")
    kind = data.get("kind")
    return KnownEntry(
        id=record_id,
        name=name if isinstance(name, str) and name.strip() else record_id,
        aliases=_strings(data.get("aliases")),
        keywords=[k.lower() for k in _strings(data.get("keywords"))],
        themes=_strings(data.get("themes")),
        kind=kind if isinstance(kind, str) else None,
        status=data.get("status") if isinstance(data.get("status"), str) else None,
        roles=[r["title"] for r in _list(data.get("roles")) if _has_title(r)],
        merged_from=_strings(data.get("merged_from")),
    )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _has_title(role: Any) -> bool:
    return isinstance(role, dict) and isinstance(role.get("title"), str)


def _strings(value: Any) -> list[str]:
    """The non-empty strings of a list field; anything else (a typo'd scalar, null) gives []."""
    if not isinstance(value, list):
        return []
    return [v.strip() for v in value if isinstance(v, str) and v.strip()]
