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


def content_file(root: Path, relative: str, real: RealPaths | None = None) -> Path:
    """``root / relative`` when it is a regular file inside ``root``; else raises UnsafePath
    (MissingFile when the path is safe but nothing is there). ``real``: see :class:`RealPaths`."""
    path = root / _checked_relative(relative)
    check_inside(root, path, relative, real)
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


def check_inside(root: Path, path: Path, shown: str = "", real: RealPaths | None = None) -> None:
    """Raise UnsafePath when ``path``, symlinks followed, is not inside ``root``; the message
    starts with ``'shown' `` when given (the path as the record wrote it)."""
    resolve = real.resolve if real is not None else Path.resolve
    real_root = resolve(root)
    try:
        real_path = resolve(path)
    except (OSError, RuntimeError):  # a symlink loop
        raise UnsafePath(f"{_quoted(shown)}is a symlink loop", HINT) from None
    if real_path != real_root and real_root not in real_path.parents:
        hint = "a symlink: copy the file into the content folder instead of linking to it"
        raise UnsafePath(f"{_quoted(shown)}leads to {real_path}, outside the content folder", hint)


class RealPaths:
    """``Path.resolve`` for many files of a few folders, each folder resolved once.

    A load checks every article a debate names (``content_file``), and resolving a path costs a
    system call per folder on the way. The real path of a file that is not itself a symlink is
    its folder's real path joined with its name, so only folders are remembered. For one pass
    over the content only: a folder may become a symlink between two loads."""

    def __init__(self) -> None:
        self._folders: dict[Path, Path] = {}

    def resolve(self, path: Path) -> Path:
        if path.name in ("", ".", "..") or path.is_symlink():
            return path.resolve()
        folder = self._folders.get(path.parent)
        if folder is None:  # a symlink loop raises here, as path.resolve() would
            folder = self._folders[path.parent] = path.parent.resolve()
        return folder / path.name


def _quoted(shown: str) -> str:
    return f"'{shown}' " if shown else ""
