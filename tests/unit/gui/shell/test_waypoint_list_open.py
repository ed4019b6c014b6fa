"""A roadbook opened with a separate waypoint list (`navapp gui ROADBOOK --waypoints FILE`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from navapp.gui.shell.app import open_main_window
from navapp.gui.shell.main_window import MainWindow
from tests.unit.cli.test_formats import LINE, _paper

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


def test_the_window_opens_the_roadbook_placed_from_the_list(
    qtbot: QtBot, tmp_path: Path, screenshot_dir: Path
) -> None:
    stage, wps, _drive = _paper(tmp_path)
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *a: True)
    qtbot.addWidget(window)
    open_main_window(str(stage), window=window, waypoints=str(wps))
    rb = window.roadbook()
    assert rb is not None and rb.has_coordinates
    wpm = rb.boxes[1]
    assert (wpm.lat, wpm.lon) == pytest.approx(LINE.point_at(5000.0), abs=1e-7)
    # What did not match is shown, as any reader's warnings are.
    box = window.error_box()
    assert box is not None and "'CP 7' matches no box" in box.text()
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    window.grab().save(str(screenshot_dir / "waypoint_list_open.png"))
    # File > Open afterwards reads a roadbook alone, without the list.
    assert window.open_path(stage)
    assert window.roadbook() is not None and not window.roadbook().has_coordinates
