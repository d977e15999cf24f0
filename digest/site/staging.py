"""Build into a staging folder and put it in place of ``site_dir`` only when the build succeeded.

MkDocs empties ``site_dir`` right after ``on_pre_build`` and writes pages one by one, so a build
that fails later — a template error, a bad link under ``--strict``, another plugin's exception —
would leave a reader's host with half a site. :class:`StagedSite` points ``site_dir`` at a hidden
sibling folder for the build; after every plugin's ``on_post_build`` (the search index is written
there) it swaps the folders with two renames, and on any error it deletes the staging folder and
leaves the previous site exactly as it was.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path


class WarningCounter(logging.Handler):
    """Counts the warnings MkDocs would count under ``--strict`` (its logger and children)."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class StagedSite:
    """One build's staging of ``site_dir``: :meth:`begin`, then :meth:`commit` or :meth:`abandon`."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir
        self.staging = site_dir.parent / f".{site_dir.name}.staging"
        self._old = site_dir.parent / f".{site_dir.name}.previous"

    def begin(self) -> Path:
        """Make an empty staging folder (a crashed build's leftovers go first); build there."""
        for leftover in (self.staging, self._old):
            shutil.rmtree(leftover, ignore_errors=True)
        self.staging.mkdir(parents=True)
        return self.staging

    def commit(self) -> None:
        """Put the staging folder in place of the site: rename the old one away, the new one in."""
        if self.site_dir.is_symlink() or self.site_dir.is_mount():
            # A link or mount point (a web server's folder) must stay itself: replace its content.
            _replace_contents(self.site_dir, self.staging)
            shutil.rmtree(self.staging, ignore_errors=True)
            return
        if self.site_dir.exists():
            self.site_dir.rename(self._old)
        self.staging.rename(self.site_dir)
        shutil.rmtree(self._old, ignore_errors=True)

    def abandon(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def _replace_contents(target: Path, source: Path) -> None:
    for child in target.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    for child in source.iterdir():
        shutil.move(str(child), target / child.name)
