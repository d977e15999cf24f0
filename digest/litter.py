"""Editor and OS litter in a content folder: files that look like records but are not read.

The loader reads ``<slug>.yaml`` and nothing else. A file that merely carries a record's name —
an Emacs lock ``.#x.yaml`` (a dangling symlink), an auto-save ``#x.yaml#``, a backup ``x.yaml~``,
a Vim swap ``.x.yaml.swp``, a macOS ``._x.yaml``, any other hidden ``.x.yaml`` — gets one warning
that names the file itself (never its link target) and says what to do; the hint never proposes
renaming it onto the real record. Files with no ``.yaml``/``.yml`` in their name (``.DS_Store``,
``.gitkeep``, notes) are not looked at, like any other file that is not a record.
"""

from __future__ import annotations

import re
from pathlib import Path

from digest.problems import Problem

_RECORD_NAME = re.compile(r"\.ya?ml\b")
_VIM_SWAP = re.compile(r"\.sw[a-p]$")


def is_litter(name: str) -> bool:
    """Hidden, backup or auto-save names: never read as records, whatever they end with."""
    return name.startswith((".", "#")) or name.endswith("~")


def litter_warning(path: Path) -> Problem | None:
    """One warning for a litter file that names a record; None for other files."""
    name = path.name
    if not is_litter(name) or not _RECORD_NAME.search(name):
        return None
    message, hint = _explain(name, path)
    return Problem(path, 1, 1, "", f"ignored: {message}", hint, "warning")


def _explain(name: str, path: Path) -> tuple[str, str]:
    """(what the file is, what to do) from its name alone: a lock file's target is not a file."""
    if name.startswith(".#"):
        record = name[2:]
        return f"an Emacs lock file: {record} is open in Emacs", "it goes away once it is saved"
    if name.startswith("._"):
        return "a macOS metadata file, not a record", "delete it"
    if name.startswith("#") and name.endswith("#"):
        return "an Emacs auto-save file", f"delete it once {name.strip('#')} is saved"
    if name.endswith("~"):
        return "an editor backup file", "delete it"
    if name.startswith(".") and _VIM_SWAP.search(name):
        record = _VIM_SWAP.sub("", name[1:])
        return "a Vim swap file", f"delete it once no Vim has {record} open"
    if name.startswith("."):
        visible = path.with_name(name.lstrip("."))
        if _RECORD_NAME.search(visible.name) and not visible.exists():
            return "hidden files are not read", f"to publish it, rename it to {visible.name}"
        return "hidden files are not read", "delete it"
    return "not a record", "delete it"
