"""A progress line on the terminal: rewritten in place while work goes on, cleared at the end.

Only on a terminal: a log file or a pipe gets nothing from it.
"""

from __future__ import annotations

import shutil
from typing import TextIO

_CLEAR = "\r\x1b[K"  # back to the start of the line, and wipe it


class ProgressLine:
    """``Reviewing crews 37/100 — crew_37.gpx``, one line, on ``stream`` when it is a terminal
    (or when ``force``)."""

    def __init__(self, stream: TextIO, what: str, force: bool | None = None) -> None:
        self.stream = stream
        self.what = what
        self.shown = False
        isatty = getattr(stream, "isatty", None)
        self.enabled = force if force is not None else bool(isatty is not None and isatty())

    def show(self, done: int, total: int, name: str) -> None:
        """Say ``done`` of ``total``, the last one being ``name``."""
        if not self.enabled:
            return
        text = f"{self.what} {done}/{total} — {name}"
        # Never wider than the terminal: a wrapped line could not be rewritten in place.
        width = shutil.get_terminal_size((80, 24)).columns - 1
        if len(text) > width:
            text = text[: max(width - 1, 0)] + "…"
        self.stream.write(_CLEAR + text)
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Wipe the line (if one was shown)."""
        if self.shown:
            self.stream.write(_CLEAR)
            self.stream.flush()
            self.shown = False
