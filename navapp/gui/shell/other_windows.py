"""The windows the main window opens beside the drive: the roadbook editor and the review."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from navapp.gui.common import file_filters

if TYPE_CHECKING:
    from navapp.gui.shell.main_window import MainWindow


def open_editor(main: MainWindow) -> QMainWindow:
    """The roadbook editor, on the roadbook ``main`` shows (or the one it recovers)."""
    from navapp.gui.editor.window import EditorWindow

    editor = EditorWindow(settings=main._settings, data_dir=main._data_dir / "editor")
    if not editor.offer_recovery():
        roadbook = main.roadbook()
        if main.path():
            editor.open_path(main.path())
        elif roadbook is not None:
            editor.set_roadbook(roadbook)
    editor.show()
    main.editor_windows.append(editor)
    return editor


def review_dialog(main: MainWindow) -> None:
    """Pick recorded drives and review them against ``main``'s roadbook."""
    paths, _ = QFileDialog.getOpenFileNames(
        main,
        QCoreApplication.translate("MainWindow", "Review recorded drives"),
        str(Path(main.path()).parent) if main.path() else "",
        file_filters.drive_filter(),
    )
    if paths:
        open_review(main, paths)


def open_review(main: MainWindow, paths: list[str]) -> QMainWindow | None:
    """Recorded tracks against ``main``'s roadbook, in a review window."""
    roadbook = main.roadbook()
    if roadbook is None:
        main._show_error(
            QCoreApplication.translate(
                "MainWindow", "open a roadbook first, then review drives against it"
            ),
            QCoreApplication.translate("MainWindow", "Review"),
        )
        return None
    from navapp.gui.review.window import ReviewWindow

    window = ReviewWindow(roadbook, [], parent=main)
    title = QCoreApplication.translate("MainWindow", "Review")
    window.failed.connect(lambda message: main._show_error(message, title))
    window.add_track_paths(paths)
    window.show()
    main.review_windows.append(window)
    return window
