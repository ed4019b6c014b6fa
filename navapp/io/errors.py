"""The one error every reader raises."""

from __future__ import annotations

from pathlib import Path

from navapp.errors import NavappError


class InputError(NavappError):
    """A file or stream navapp cannot use, with where and what.

    ``str(err)`` is the one line shown to the user: ``FILE[:LINE]: what is wrong``.
    """

    def __init__(self, path: str | Path | None, message: str, line: int | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = message
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.message}"
