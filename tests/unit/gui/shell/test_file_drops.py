"""Roadbooks, tracks and map files dropped from the file manager onto each window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from navapp.gui.common.map_sources import map_sources
from navapp.gui.editor.window import EditorWindow
from navapp.gui.gps.sources import ReplaySource
from navapp.gui.review.window import ReviewWindow
from navapp.gui.shell.main_window import MainWindow
from navapp.io.dropped import sort_dropped
from navapp.io.registry import read_roadbook
from navapp.paths import demo_drive, demo_roadbook

DATA = Path(__file__).parents[3] / "data"
MBTILES = DATA / "node-mbtiles_plain_1.mbtiles"
CORRUPT = DATA / "node-mbtiles_corrupt.mbtiles"

# The review window shown under the offscreen platform.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def _mime(*paths: str | Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(qtbot: QtBot, window: QMainWindow, *paths: str | Path) -> str:
    """Drag ``paths`` over ``window`` and drop them; the status line once the drop is taken."""
    mime = _mime(*paths)
    centre = window.rect().center()
    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    window.statusBar().clearMessage()
    event = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    return window.statusBar().currentMessage()


@pytest.fixture
def main(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *a: True)
    qtbot.addWidget(w)
    return w


def _no_box(window: QMainWindow) -> bool:
    return not [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def test_drops_are_sorted_by_what_the_files_hold(tmp_path: Path) -> None:
    text = tmp_path / "notes.odt"
    text.write_text("not a roadbook")
    d = sort_dropped(
        [demo_roadbook(), demo_drive(), MBTILES, text, tmp_path / "gone.gpx", tmp_path]
    )
    assert d.roadbooks == (str(demo_roadbook()),)
    assert d.tracks == (str(demo_drive()),)
    assert d.maps == (str(MBTILES),)
    assert len(d.refused) == 3 and all("\n" not in r for r in d.refused)
    assert d.refused[0].startswith("notes.odt: ") and ".odt" in d.refused[0]
    assert d.refused[1] == "gone.gpx: not a file"


def test_a_drag_of_text_or_web_links_is_refused(main: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("hello")
    mime.setUrls([QUrl("https://example.org/stage.gpx")])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(main, enter)
    assert not enter.isAccepted()


def test_a_roadbook_dropped_on_the_main_window_opens(qtbot: QtBot, main: MainWindow) -> None:
    line = drop(qtbot, main, demo_roadbook())
    assert main.path() == str(demo_roadbook())
    assert main.roadbook() is not None and len(main.roadbook().boxes) == 39
    assert line.startswith("Opened demo_stage.gpx")


def test_a_track_dropped_on_the_main_window_is_replayed(qtbot: QtBot, main: MainWindow) -> None:
    line = drop(qtbot, main, demo_drive())
    assert "open a roadbook first" in line and main.session is None
    assert main.open_path(demo_roadbook())
    line = drop(qtbot, main, demo_drive())
    assert line == "Replaying demo_drive.gpx"
    assert main.session is not None and isinstance(main.session.source, ReplaySource)
    main.session.stop()


def test_several_tracks_dropped_on_the_main_window_open_the_review(
    qtbot: QtBot, main: MainWindow, tmp_path: Path
) -> None:
    assert main.open_path(demo_roadbook())
    second = tmp_path / "crew2.gpx"
    shutil.copy(demo_drive(), second)
    line = drop(qtbot, main, demo_drive(), second)
    assert line == "Reviewing demo_drive.gpx, crew2.gpx"
    (review,) = main.review_windows
    assert isinstance(review, ReviewWindow)
    # Several tracks are reviewed in worker processes while the window stays live.
    qtbot.waitUntil(lambda: not review.reviewing(), timeout=60_000)
    assert review.crew_list.count() == 2
    review.close()


def test_unreadable_drops_are_one_status_line(
    qtbot: QtBot, main: MainWindow, tmp_path: Path
) -> None:
    assert main.open_path(demo_roadbook())
    text = tmp_path / "notes.odt"
    text.write_text("not a roadbook")
    line = drop(qtbot, main, text, CORRUPT)
    assert line.startswith("Not opened: notes.odt: ")
    assert "node-mbtiles_corrupt.mbtiles" in line and "\n" not in line
    assert main.path() == str(demo_roadbook()) and _no_box(main)
    # The line is seen: the GPS line steps aside until it goes.
    main.show()
    qtbot.waitUntil(main.isVisible)
    assert main.gps_label.isHidden()
    main.statusBar().clearMessage()
    assert not main.gps_label.isHidden()
    assert map_sources().chosen() is None


def test_a_map_file_dropped_is_added_and_chosen(qtbot: QtBot, main: MainWindow) -> None:
    line = drop(qtbot, main, MBTILES)
    chosen = map_sources().chosen()
    assert chosen is not None and chosen.kind == "file" and chosen.path == MBTILES
    assert line == f"Map: {chosen.name}"


def test_a_roadbook_dropped_on_the_editor_opens(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    editor = EditorWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(editor)
    line = drop(qtbot, editor, demo_roadbook())
    assert editor.path() == str(demo_roadbook()) and len(editor.roadbook().boxes) == 39
    assert line == "Opened demo_stage.gpx"
    line = drop(qtbot, editor, demo_drive())
    assert line == "Not opened: demo_drive.gpx: a drive, not a roadbook"
    assert editor.path() == str(demo_roadbook())


def test_tracks_dropped_on_the_review_are_added_as_crews(qtbot: QtBot) -> None:
    review = ReviewWindow(read_roadbook(demo_roadbook()), [])
    qtbot.addWidget(review)
    line = drop(qtbot, review, demo_drive(), MBTILES)
    assert review.crew_list.count() == 1
    (crew_review,) = review.reviews
    assert crew_review is not None
    assert line.startswith("Map: ") and line.endswith("Added demo_drive.gpx")
    line = drop(qtbot, review, demo_roadbook())
    assert line.startswith("Not opened: demo_stage.gpx: a roadbook")
    assert review.crew_list.count() == 1
