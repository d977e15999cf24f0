"""One writer at a time in a content folder: a lock file that every command writing records holds.

Two ``digest extract`` runs into one ``content/`` (two terminals, a script running in parallel)
would each read the folder, find no debate for an article, and each create one. Holding
:func:`content_lock` from the first read to the last write makes the second run wait, then see
the first one's debates and merge into them. ``filelock`` gives an OS lock (``fcntl`` on POSIX)
that the kernel releases when a process dies, so a crash never leaves the folder locked.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_DIR = Path(tempfile.gettempdir()) / f"debate-digest-locks-{getattr(os, 'getuid', lambda: 0)()}"
"""Where lock files live: outside the content folder, so no editor, ``git status``, preview
watcher or test that compares the folder ever sees one."""


def lock_path(content_dir: Path) -> Path:
    """The lock file of ``content_dir``: one per folder, named by its resolved path."""
    key = hashlib.sha1(str(content_dir.resolve()).encode()).hexdigest()[:16]
    return LOCK_DIR / f"{key}.lock"


class ContentLocked(Exception):
    """Another process held the content folder for longer than the caller would wait."""


@contextmanager
def content_lock(
    content_dir: Path, *, wait: float = 600.0, on_wait: Callable[[], None] | None = None
) -> Iterator[None]:
    """Hold the lock of ``content_dir`` (created if missing); ``on_wait`` is called once if
    another process holds it, then this waits up to ``wait`` seconds."""
    content_dir.mkdir(parents=True, exist_ok=True)
    LOCK_DIR.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_path(content_dir))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if on_wait is not None:
            on_wait()
        try:
            lock.acquire(timeout=wait)
        except Timeout:
            message = (
                f"{content_dir}: another digest command has been writing here for {wait:.0f} s;"
                f" if none is running, delete {lock_path(content_dir)}"
            )
            raise ContentLocked(message) from None
    try:
        yield
    finally:
        lock.release()
