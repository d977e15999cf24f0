"""Problems found in content: where (file, line, column, field), what, and what to do about it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one file. ``str(problem)`` is the line shown to the editor:

    ``content/debates/x.yaml:12:5: quotes[2].speaker: unknown speaker 'sadiq-kahn'
    (did you mean 'sadiq-khan'?)``
    """

    path: Path
    line: int
    col: int
    field: str
    message: str
    hint: str = ""
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.col}"
        field = f" {self.field}:" if self.field else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}:{field} {self.message}{hint}"


class ContentError(Exception):
    """The content cannot be published; ``problems`` lists every error found, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        count = len(self.problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in content:\n{lines}")
