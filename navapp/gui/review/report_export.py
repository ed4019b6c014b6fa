"""Writing an HTML report in a worker thread, for a report whose map's tiles come from a tile
server: fetching them takes seconds (at most the fetch's budget), and the window never waits
on the network."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from navapp.errors import NavappError


class BackgroundReport(QObject):
    """One report being written by ``write`` (which returns the report's warnings) in a
    worker thread: ``written(path, warnings)`` when it is, ``failed(line)`` when not."""

    written = Signal(str, object)
    failed = Signal(str)

    def __init__(
        self, write: Callable[[], tuple[str, ...]], path: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._write = write
        self._thread = threading.Thread(target=self._run, name="report", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Wait for the report to be written (or given up); False if it still runs."""
        self._thread.join(timeout_s)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            warnings = self._write()
        except (NavappError, OSError) as e:
            line = str(e).splitlines()[0] if str(e) else type(e).__name__
            self._tell(lambda: self.failed.emit(f"{self.path}: {line}"))
            return
        self._tell(lambda: self.written.emit(str(self.path), warnings))

    @staticmethod
    def _tell(emit: Callable[[], None]) -> None:
        # Queued to the window's thread; the window may have been deleted meanwhile.
        with contextlib.suppress(RuntimeError):
            emit()
