"""What the app does with a bug: a log file with the traceback and a dialog that says so.

Errors navapp expects (:class:`~navapp.errors.NavappError`, :class:`OSError`) are caught where
they happen and said in one line. Anything else raised in a slot reaches ``sys.excepthook``,
which :func:`install_crash_handler` points here: the co-driver is told that navapp hit a bug
and where its log is, and the app keeps running.

A bug in something Qt calls again and again (a paint, a 10 Hz fix) must not bury the screen
in dialogs nor fill the disk: the same bug (same type, same line) is logged and shown once,
then only counted; one crash dialog is shown at a time.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.errors import write_crash_log

CRASH_TITLE = QT_TRANSLATE_NOOP("CrashHandler", "navapp hit a bug")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def data_folder() -> Path:
    """The user's data folder for navapp (QStandardPaths.AppDataLocation)."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


class CrashHandler:
    """A ``sys.excepthook``: logs the traceback under ``folder()`` and shows the crash dialog.

    ``dialogs`` holds the dialogs shown (they are window-modal, not blocking: the event loop
    that called the failing slot goes on); ``seen`` counts each bug by where it was raised.
    """

    def __init__(self, folder: Callable[[], Path] = data_folder) -> None:
        self._folder = folder
        self.dialogs: list[QMessageBox] = []
        self.last_log: Path | None = None
        self.seen: dict[tuple[str, str, int], int] = {}

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        key = _where(exc_type, tb)
        self.seen[key] = self.seen.get(key, 0) + 1
        if self.seen[key] > 1:
            return
        # The traceback goes to stderr too, for whoever started navapp from a terminal.
        sys.__excepthook__(exc_type, exc, tb)
        try:
            self.last_log = write_crash_log(self._folder(), exc_type, exc, tb)
            where = QCoreApplication.translate("CrashHandler", "The details are in\n{path}")
            where = where.format(path=self.last_log)
        except OSError as e:
            self.last_log = None
            where = QCoreApplication.translate(
                "CrashHandler", "The details could not be saved ({error}); they were printed."
            )
            where = where.format(error=e.strerror or e)
        if QApplication.instance() is None:
            return
        if not any(d.isVisible() for d in self.dialogs):
            self._show(where, exc)

    def _show(self, where: str, exc: BaseException) -> None:
        parent = QApplication.activeWindow()
        box = QMessageBox(parent if isinstance(parent, QWidget) else None)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashHandler", CRASH_TITLE))
        first = str(exc).splitlines()[0] if str(exc) else ""
        box.setText(
            QCoreApplication.translate(
                "CrashHandler",
                "navapp hit a bug: what you just did may not have been done.\n"
                "Please report it with the log file.",
            )
        )
        box.setInformativeText(f"{type(exc).__name__}: {first}\n\n{where}")
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(box)
        box.open()


def _where(exc_type: type[BaseException], tb: TracebackType | None) -> tuple[str, str, int]:
    """A bug's identity: its type and the line that raised it."""
    frames = traceback.extract_tb(tb)
    last = frames[-1] if frames else None
    return exc_type.__qualname__, last.filename if last else "", (last.lineno or 0) if last else 0


def install_crash_handler(folder: Callable[[], Path] = data_folder) -> CrashHandler:
    """Point ``sys.excepthook`` at a new :class:`CrashHandler` (logs under ``folder()``)."""
    handler = CrashHandler(folder)
    sys.excepthook = handler
    return handler
