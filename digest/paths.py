"""The one rule for a file named by a record: a regular file inside the content folder.

A path such as ``source.article`` comes from a YAML file anyone may have edited, and the site
publishes the text it names. So it must be relative, stay inside ``content/`` once ``..`` and
every symlink on the way (the file itself or any folder) are followed, and name a regular file.
Both the loader (``digest check`` and the site) and ``digest extract`` use :func:`content_file`
for what they read, and :func:`check_writable` before they write into ``content/``.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

HINT = "give a path inside the content folder, such as articles/<name>.txt"


class UnsafePath(ValueError):
    """A path that a record may not name; ``problem`` and ``hint`` make the editor's message."""

    def __init__(self, problem: str, hint: str = HINT) -> None:
        super().__init__(f"{problem} ({hint})" if hint else problem)
        self.problem = problem
        self.hint = hint


class MissingFile(UnsafePath):
    """A safe path that names no file (yet): an error for the loader, not for the extractor."""


def content_file(root: Path, relative: str) -> Path:
    """``root / relative`` when it is a regular file inside ``root``; else raises UnsafePath
    (MissingFile when the path is safe but nothing is there)."""
    path = root / _checked_relative(relative)
    check_inside(root, path, relative)
    if not os.path.lexists(path):
        raise MissingFile(f"article not found: {relative}", f"expected the file {path}")
    if path.is_dir():
        raise UnsafePath(f"'{relative}' is a folder, not a file", HINT)
    if path.is_symlink() and not path.exists():
        raise UnsafePath(f"'{relative}' is a broken symlink", "copy the article file in instead")
    if not path.is_file():
        raise UnsafePath(f"'{relative}' is not a regular file", HINT)
    return path


def check_writable(root: Path, path: Path) -> None:
    """Raise UnsafePath unless writing ``path`` (a file under ``root``) stays inside ``root``:
    no folder on the way, and not the file itself if it exists, may lead out of it."""
    check_inside(root, path)
    if path.is_dir():
        raise UnsafePath(f"{path} is a folder, not a file", "move the folder out of the way")


def _checked_relative(relative: str) -> PurePosixPath:
    """The lexical checks: no NUL, not absolute, no ``..``, forward slashes only."""
    if "\0" in relative:
        raise UnsafePath("the path contains a NUL byte", HINT)
    if "\\" in relative:
        raise UnsafePath(f"'{relative}' contains a backslash", "separate folders with /")
    path = PurePosixPath(relative)
    if path.is_absolute() or _has_drive(relative):
        raise UnsafePath(f"'{relative}' is an absolute path", HINT)
    if ".." in path.parts:
        raise UnsafePath(f"'{relative}' goes outside the content folder", HINT)
    return path


def _has_drive(relative: str) -> bool:
    return len(relative) > 1 and relative[1] == ":" and relative[0].isalpha()  # C:/x


def check_inside(root: Path, path: Path, shown: str = "") -> None:
    """Raise UnsafePath when ``path``, symlinks followed, is not inside ``root``; the message
    starts with ``'shown' `` when given (the path as the record wrote it)."""
    real_root = root.resolve()
    try:
        real = path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        raise UnsafePath(f"{_quoted(shown)}is a symlink loop", HINT) from None
    if real != real_root and real_root not in real.parents:
        hint = "a symlink: copy the file into the content folder instead of linking to it"
        raise UnsafePath(f"{_quoted(shown)}leads to {real}, outside the content folder", hint)


def _quoted(shown: str) -> str:
    return f"'{shown}' " if shown else ""
