"""Roadbooks, tracks and map files dropped onto a window from the file manager.

A window says what it does with each kind; map files are added to the maps and the last one is
chosen, in every window alike; what cannot be used is said in one status line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow

from navapp.io.dropped import Dropped, one_line, sort_dropped
from navapp.maps.source import MapSourceError

# How long a drop's status line stays (the main window's GPS line gives way to it meanwhile).
SHOWN_MS = 15_000


def dropped_files(mime: QMimeData) -> list[str]:
    """The local files a drag carries (web links and text are not files)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


def add_maps(paths: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Add the map files at ``paths`` and choose the last good one: (names added, refusals)."""
    from navapp.gui.common.map_sources import map_sources

    added: list[str] = []
    refused: list[str] = []
    for path in paths:
        try:
            added.append(map_sources().add_file(path).name)
        except (MapSourceError, OSError) as e:
            refused.append(one_line(path, e))
    return added, refused


class FileDrops(QObject):
    """Takes file drops anywhere on ``window`` and hands them, sorted, to ``take`` (after the
    drop has finished, so that ``take`` may ask questions in dialogs)."""

    def __init__(self, window: QMainWindow, take: Callable[[Dropped], None]) -> None:
        super().__init__(window)
        self._window = window
        self._take = take
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window:
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if dropped_files(event.mimeData()):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = dropped_files(event.mimeData())
            if not paths:
                event.ignore()
                return True
            event.acceptProposedAction()
            QTimer.singleShot(0, self, lambda: self.take_paths(paths))
            return True
        return False

    def take_paths(self, paths: list[str]) -> None:
        """Sort ``paths`` and hand them to the window, as a drop of them would."""
        self._take(sort_dropped(paths))


def say(window: QMainWindow, done: list[str], refused: list[str]) -> None:
    """One status line: what was done, then what was not and why."""
    parts = list(done)
    if refused:
        not_opened = QCoreApplication.translate("FileDrops", "Not opened: {files}")
        parts.append(not_opened.format(files="; ".join(refused)))
    if parts:
        window.statusBar().showMessage(" — ".join(parts), SHOWN_MS)
