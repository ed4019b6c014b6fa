"""A file read with a warning (a GPX cut off early) shows that warning wherever it is loaded."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from navapp.gui.editor import EditorWindow
from navapp.gui.gps.sources import ReplaySource, make_source
from navapp.gui.review.window import ReviewWindow
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.settings import SourceConfig
from navapp.io.registry import read_roadbook
from navapp.paths import demo_drive, demo_roadbook
from tests.unit.gui.editor.test_window import Ask

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


@pytest.fixture
def torn(tmp_path: Path) -> tuple[Path, str]:
    """The demo drive cut off mid-element, and the warning its reader gives."""
    data = demo_drive().read_bytes()
    kept = data[: int(len(data) * 0.6)]
    path = tmp_path / "torn.gpx"
    path.write_bytes(kept)
    line = kept.rstrip().count(b"\n") + 1
    return path, f"{path}:{line}: the file ends early; read {kept.count(b'</trkpt>')} points"


def test_replay_of_a_torn_drive_shows_the_warning(
    qtbot: QtBot, tmp_path: Path, torn: tuple[Path, str], screenshot_dir: Path
) -> None:
    path, warning = torn
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *a: True)
    qtbot.addWidget(window)
    assert window.open_path(demo_roadbook())
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.replay(path, speed=5.0)
    source = window.session.source if window.session else None
    assert isinstance(source, ReplaySource) and source.warnings == (warning,)
    assert window.statusBar().currentMessage() == warning
    box = window.error_box()
    assert box is not None and box.text() == warning
    assert box.windowTitle() == "Replaying a damaged drive"
    # The status bar's message area is taken by the GPS line there: the box is what is seen.
    qtbot.waitExposed(box)
    assert box.isVisible()
    box.grab().save(str(screenshot_dir / "load_warning_replay.png"))
    source.pause()


def test_replay_source_from_the_source_dialog_carries_the_warning(
    qtbot: QtBot, torn: tuple[Path, str]
) -> None:
    path, warning = torn
    source = make_source(SourceConfig(kind="replay", path=str(path), speed=5.0))
    assert isinstance(source, ReplaySource) and source.warnings == (warning,)
    whole = make_source(SourceConfig(kind="replay", path=str(demo_drive()), speed=5.0))
    assert isinstance(whole, ReplaySource) and whole.warnings == ()


def test_review_window_shows_the_warning(
    qtbot: QtBot, torn: tuple[Path, str], screenshot_dir: Path
) -> None:
    path, warning = torn
    window = ReviewWindow(read_roadbook(demo_roadbook()), [])
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.add_track_path(path)
    assert window.statusBar().currentMessage() == warning
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.geometry().bottom() >= window.height() - 2)
    window.grab().save(str(screenshot_dir / "load_warning_review.png"))


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[EditorWindow]:
    ask = Ask()
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    window = EditorWindow(settings=settings, data_dir=tmp_path / "data", ask=ask)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    ask.answers[:] = ["discard"] * 3  # teardown closes the window without saving


def test_editor_generate_and_route_show_the_warning(
    editor: EditorWindow, torn: tuple[Path, str], screenshot_dir: Path
) -> None:
    path, warning = torn
    assert editor.generate_from_track(path)
    n = len(editor.roadbook().boxes)
    assert n > 5
    assert editor.statusBar().currentMessage() == (
        f"Generated {n} boxes from torn.gpx — warning: {warning}"
    )
    editor.grab().save(str(screenshot_dir / "load_warning_editor.png"))
    assert editor.set_route_from_file(path)
    assert editor.statusBar().currentMessage() == f"Route set from torn.gpx — warning: {warning}"
    assert editor.generate_from_track(demo_drive())
    assert "warning" not in editor.statusBar().currentMessage()


@pytest.fixture
def torn_stage(tmp_path: Path) -> tuple[Path, str, int]:
    """The demo stage cut off in its route line: every box whole."""
    data = demo_roadbook().read_bytes()
    kept = data[: len(data) * 3 // 4]
    path = tmp_path / "stage.gpx"
    path.write_bytes(kept)
    line = kept.rstrip().count(b"\n") + 1
    boxes = kept.count(b"</wpt>")
    route = len(re.findall(rb"<trkpt\b[^<>]*/>", kept))
    warning = f"{path}:{line}: the file ends early; read {boxes} boxes and {route} route points"
    return path, warning, boxes


def test_main_window_opens_a_torn_roadbook_with_the_warning(
    qtbot: QtBot, tmp_path: Path, torn_stage: tuple[Path, str, int]
) -> None:
    path, warning, boxes = torn_stage
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *a: True)
    qtbot.addWidget(window)
    assert window.open_path(path)
    rb = window.roadbook()
    assert rb is not None and len(rb.boxes) == boxes
    box = window.error_box()
    assert box is not None and box.text() == warning and box.windowTitle() == "Roadbook damaged"


def test_editor_opens_a_torn_roadbook_unsaved(
    editor: EditorWindow, torn_stage: tuple[Path, str, int]
) -> None:
    path, warning, boxes = torn_stage
    before = path.read_bytes()
    assert editor.open_path(path)
    assert len(editor.roadbook().boxes) == boxes
    assert editor.statusBar().currentMessage() == (
        f"Opened what is whole of stage.gpx, unsaved — warning: {warning}"
    )
    # A plain save cannot write the part over the damaged file: it has no file yet.
    assert editor.path() == "" and editor.is_modified()
    assert path.read_bytes() == before
