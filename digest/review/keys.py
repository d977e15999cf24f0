"""Single keys from the terminal for ``digest review``, without losing what is typed ahead."""

from __future__ import annotations

import os
import sys
import termios
import tty
from collections.abc import Iterator
from contextlib import contextmanager

import click


class TerminalKeys:
    """Single keys from the terminal, which stays in cbreak mode for the whole walk.

    Switching modes around each key (as ``click.getchar`` does) flushes what the editor typed
    ahead while the screen was drawn; here typed-ahead keys wait their turn. Escape sequences
    (arrow keys) come back as one ``"\x1b"``. Line input and ``$EDITOR`` run in cooked mode.
    """

    def __init__(self, fd: int | None = None) -> None:
        self.fd = sys.stdin.fileno() if fd is None else fd
        self.pending: list[str] = []
        self.saved: list | None = None

    def __enter__(self) -> TerminalKeys:
        self.saved = termios.tcgetattr(self.fd)
        tty.setcbreak(self.fd, termios.TCSANOW)
        return self

    def __exit__(self, *_: object) -> None:
        if self.saved is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self.saved)

    def read_key(self) -> str:
        if not self.pending:
            data = os.read(self.fd, 64)
            if not data:
                raise EOFError
            text = data.decode("utf-8", errors="replace")
            self.pending = ["\x1b"] if text.startswith("\x1b") else list(text)
        key = self.pending.pop(0)
        if key == "\x04":
            raise EOFError
        return key

    @contextmanager
    def cooked(self) -> Iterator[None]:
        """The terminal as it was before the walk, for a line of input or an editor."""
        if self.saved is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self.saved)
        try:
            yield
        finally:
            if self.saved is not None:
                tty.setcbreak(self.fd, termios.TCSANOW)

    def read_line(self, prompt: str) -> str:
        with self.cooked():
            return click.prompt(prompt, default="", show_default=False, prompt_suffix=": ")
