"""``digest review``: walk the queue one record at a time in the terminal.

The walk keeps the queue it started with: a decided record keeps its place (so undo can go back
to it) and shows its new status. Every decision is written at once; ``e`` opens the file at the
record's line in ``$EDITOR`` and reloads the content afterwards. Screens are drawn by
:mod:`digest.review.screen`, keys come from :class:`digest.review.keys.TerminalKeys`.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from dataclasses import replace
from pathlib import Path

from rich.console import Console
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
from digest.review.keys import TerminalKeys
from digest.review.lookup import current_status, resolve_speaker
from digest.review.queue import PENDING, Filters, Item, build_queue, line_of
from digest.review.screen import KEYS, render_item


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
