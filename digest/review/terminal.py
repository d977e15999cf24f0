"""``digest review``: walk the queue one record at a time in the terminal (rich + click keys).

The walk keeps the queue it started with: a decided record keeps its place (so undo can go back
to it) and shows its new status. Every decision is written at once; ``e`` opens the file at the
record's line in ``$EDITOR`` and reloads the content afterwards.
"""

from __future__ import annotations

import difflib
import os
import shlex
import subprocess
import sys
import termios
import tty
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import click
from rich.console import Console, Group
from rich.panel import Panel
from rich.text import Text

from digest.load import check_content
from digest.model import Digest
from digest.review.decisions import (
    Decision,
    DecisionError,
    Done,
    UndoStack,
    apply_changes,
    change_for,
)
from digest.review.excerpt import paragraph_around
from digest.review.queue import PENDING, Filters, Item, build_queue, debate_items, line_of

KEYS = "1–9 choose · n name · a accept · r reject · s skip · u undo · e edit · q quit"


class Walk:
    """The state of one review session: the queue, where the editor is, what can be undone."""

    def __init__(
        self,
        content_dir: Path,
        digest: Digest,
        filters: Filters,
        console: Console,
        keys: TerminalKeys,
    ) -> None:
        self.content_dir = content_dir
        self.digest = digest
        self.filters = filters
        self.items = build_queue(digest, filters)
        self.console = console
        self.keys = keys
        self.position = 0
        self.undo_stack = UndoStack()
        self.message = Text()
        self.decided = 0

    def run(self) -> int:
        """Walk until the editor quits; returns the exit status (1 if content has errors)."""
        if not self.items:
            self.console.print("Nothing to review: every record here is decided.")
            return 0
        try:
            while True:
                self._render()
                key = self.keys.read_key()
                if key in ("q", "Q"):
                    break
                self.message = Text()
                try:
                    self._handle(key)
                except DecisionError as error:
                    self.message = Text(str(error), style="red")
        except (KeyboardInterrupt, EOFError):  # Ctrl-C, Ctrl-D: every decision is saved already
            pass
        return self._finish()

    def _handle(self, key: str) -> None:
        if key == "u":
            self._undo()
        elif key == "g":
            self._first_undecided()
        elif self.position >= len(self.items):
            self.message = Text("end of the queue: g back to what is left, u undo, q quit")
        elif key == "s":
            self.position += 1
        elif key == "a":
            self._decide(Decision("accept"))
        elif key == "r":
            self._decide(Decision("reject"))
        elif key.isdigit() and key != "0":
            self._choose(int(key))
        elif key == "n":
            self._name()
        elif key == "e":
            self._edit()
        else:
            self.message = Text(f"unknown key {key!r}: {KEYS}")

    def _first_undecided(self) -> None:
        """Go back to the first item still to decide (the ones skipped)."""
        left = [index for index, item in enumerate(self.items) if item.status in PENDING]
        if left:
            self.position = left[0]
        else:
            self.message = Text("nothing left to decide")

    def _choose(self, number: int) -> None:
        item = self.items[self.position]
        if number > len(item.candidates):
            have = f"1–{len(item.candidates)}" if item.candidates else "none"
            raise DecisionError(f"no candidate {number} (candidates: {have})")
        self._decide(Decision("choose", item.candidates[number - 1]))

    def _name(self) -> None:
        typed = self.keys.read_line("speaker (id or name; empty to cancel)").strip()
        if typed:
            self._decide(Decision("name", resolve_speaker(self.digest, typed)))

    def _decide(self, decision: Decision) -> None:
        item = self.items[self.position]
        change = change_for(item, decision)
        before = apply_changes(item.path, [(item, change)])
        label = f"{item.key}: {change.describe()}"
        self.undo_stack.push(
            Done(item.path, before, item.path.read_bytes(), label, self.position, replace(item))
        )
        item.status = change.set.get("status", item.status)
        item.speaker = change.set.get("speaker", item.speaker)
        if "candidates" in change.remove:
            item.candidates = []
        self.decided += 1
        self.message = Text.assemble(("saved", "green"), f" {label}")
        self.position += 1

    def _undo(self) -> None:
        entry = self.undo_stack.undo()
        if entry is None:
            self.message = Text("nothing to undo")
            return
        self.position = entry.position
        if isinstance(entry.item, Item):
            self.items[self.position] = entry.item
            self.decided -= 1
        else:
            self._reload()
        self.message = Text.assemble(("undone", "yellow"), f" {entry.label}")

    def _edit(self) -> None:
        item = self.items[self.position]
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        before = item.path.read_bytes()
        command = [*shlex.split(editor), f"+{line_of(item)}", str(item.path)]
        try:
            with self.keys.cooked():
                subprocess.run(command, check=False)
        except OSError as error:
            raise DecisionError(f"cannot start {editor}: {error.strerror or error}") from None
        after = item.path.read_bytes()
        if after != before:
            self.undo_stack.push(Done(item.path, before, after, "edit in editor", self.position))
        self._reload()

    def _reload(self) -> None:
        """Read the content again; items keep their places, refreshed from their files."""
        digest, problems = check_content(self.content_dir)
        if digest is None:
            first = next(p for p in problems if p.severity == "error")
            self.message = Text(f"the content has errors now: {first} (fix, then e again)", "red")
            return
        self.digest = digest
        fresh = {(i.path, i.key): i for i in build_queue(digest, Filters())}
        for index, item in enumerate(self.items):
            new = fresh.get((item.path, item.key))
            if new is not None:
                self.items[index] = new
            else:  # decided (or deleted) in the editor
                item.status = current_status(digest, item)

    def _finish(self) -> int:
        _, problems = check_content(self.content_dir)
        errors = [p for p in problems if p.severity == "error"]
        left = sum(1 for item in self.items if item.status in PENDING)
        self.console.print(
            f"{self.decided} decided, {left} still to decide; progress is saved."
            f" digest check: {len(errors)} error{'s' if len(errors) != 1 else ''}"
        )
        for problem in errors:
            self.console.print(str(problem), markup=False, highlight=False)
        return 1 if errors else 0

    def _render(self) -> None:
        self.console.clear()
        if self.position >= len(self.items):
            left = sum(1 for item in self.items if item.status in PENDING)
            self.console.print(
                f"End of the queue: {self.decided} decided, {left} left."
                " g back to what is left · u undo · q quit"
            )
        else:
            self.console.print(render_item(self.items[self.position], self))
        if self.message:
            self.console.print(self.message)

    def name(self, record_id: str | None) -> str:
        if record_id is None:
            return "unknown"
        record = self.digest.speakers.get(record_id) or self.digest.organisations.get(record_id)
        return f"{record.name} ({record_id})" if record else record_id


def render_item(item: Item, walk: Walk) -> Group:
    """The screen for one item: progress, the quote in its paragraph, the choices, the keys."""
    header = Text.assemble(
        (f"{walk.position + 1}/{len(walk.items)} · {item.debate}", "bold"),
        f"  {item.kind} {item.key} · ",
        (item.status, "bold"),
        f"  {item.path}:{line_of(item)}",
    )
    parts: list = [header, _context(item, walk)]
    if item.kind == "quote":
        parts.append(Text(f"speaker: {walk.name(item.speaker)}", style="bold"))
        if item.detail:
            parts.append(Text(item.detail))
        if item.confidence is not None:
            parts.append(Text(f"extractor confidence: {item.confidence:.2f}"))
        for number, candidate in enumerate(item.candidates[:9], 1):
            parts.append(Text(f"  {number}  {walk.name(candidate)}"))
        if item.speaker is None:
            parts.append(
                Text(
                    "The speaker is unknown: choose a candidate to accept"
                    if item.candidates
                    else "The speaker is unknown and there is no candidate: n to name them",
                    style="italic",
                )
            )
        debate = walk.digest.debates.get(item.debate)
        if item.speaker is None and not item.candidates and debate and debate.participants:
            parts.append(Text(f"participants: {', '.join(debate.participants)}"))
    parts.append(Text(KEYS, style="dim"))
    return Group(*parts)


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


def _context(item: Item, walk: Walk) -> Panel:
    debate = walk.digest.debates.get(item.debate)
    if item.kind == "quote" and debate is not None and item.span is not None:
        excerpt, start, end = paragraph_around(debate.article_text, item.span)
        text = Text(excerpt)
        text.stylize("reverse bold", start, end)  # visible without colour too
        return Panel(text, title=debate.title, title_align="left")
    body = Text(item.text or item.key)
    if item.kind == "position" and debate is not None:
        quotes = {q.id: q for q in debate.quotes}
        for quote_id in item.detail.split():
            if quote_id in quotes:
                body.append(f"\n  {quote_id}: {quotes[quote_id].text}", style="italic")
    if item.kind == "debate" and debate is not None:
        left = [i for i in debate_items(debate) if i.kind != "debate"]
        body.append(f"\n{len(left)} of its records still to decide" if left else "\nall decided")
    title = f"{item.kind} {walk.name(item.speaker)}" if item.speaker else item.kind
    return Panel(body, title=title, title_align="left")
