"""The base of every error navapp raises on purpose, and what a real bug leaves behind.

A :class:`NavappError` is an input or request navapp cannot use (a damaged file, a track that
cannot make a roadbook, an edit that cannot be made): its ``str()`` is the one line shown to the
user. The GUI and the command line catch these and :class:`OSError` only; anything else is a
bug in navapp, reported as one (a crash dialog and a log file, or a traceback), never as
"Cannot open".
"""

from __future__ import annotations

import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

# The command line's exit codes: all well, something wrong with the roadbook or drive, input
# or usage navapp cannot use, and a bug in navapp.
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_BUG = 3

CRASH_FOLDER = "crashes"


class NavappError(Exception):
    """An input or request navapp cannot use; ``str(err)`` is the one line to show."""


def write_crash_log(
    folder: Path,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    now: datetime | None = None,
) -> Path:
    """Write the traceback of a bug to a new file in ``folder``/crashes; returns its path.

    ``now`` names the file (the local time when not given); a second crash in the same
    microsecond gets its own file all the same.
    """
    from navapp import __version__

    when = now or datetime.now()
    crashes = folder / CRASH_FOLDER
    crashes.mkdir(parents=True, exist_ok=True)
    stem = f"crash-{when:%Y%m%d-%H%M%S-%f}"
    path = crashes / f"{stem}.log"
    n = 1
    while path.exists():
        n += 1
        path = crashes / f"{stem}-{n}.log"
    lines = [
        f"navapp {__version__} hit a bug at {when.isoformat(timespec='seconds')}\n",
        f"Python {platform.python_version()} on {platform.platform()}\n",
        f"command: {' '.join(sys.argv)}\n\n",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    path.write_text("".join(lines), encoding="utf-8")
    return path
