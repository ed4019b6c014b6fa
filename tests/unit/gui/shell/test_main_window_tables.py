"""The main window's roadbook table and waypoint list mid-drive: screenshots day and night."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from navapp.core.model import Fix
from navapp.core.navstate import WaypointStatus
from navapp.gui.gps.sources import ReplaySource
from navapp.gui.shell.main_window import MainWindow
from navapp.io.registry import read_fixes
from navapp.paths import demo_drive, demo_roadbook
from tests.unit.gui.drive.test_session import Clock

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


@pytest.fixture(scope="module")
def fixes() -> list[Fix]:
    return read_fixes(demo_drive())


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, clock: Clock) -> MainWindow:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *a: True, clock=clock)
    qtbot.addWidget(w)
    assert w.open_path(demo_roadbook())
    w.show()
    qtbot.waitUntil(w.isVisible)
    return w


def _mid_drive(window: MainWindow, fixes: list[Fix], clock: Clock, seconds: float) -> None:
    """Replay the demo drive for ``seconds`` of drive time, then pause."""
    source = ReplaySource(fixes, speed=10.0, clock=clock, parent=window)
    window.start_source(source)
    clock.now = seconds / 10.0
    source.tick()
    source.pause()


def _resize(qtbot: QtBot, window: MainWindow, w: int, h: int) -> None:
    for _ in range(3):
        window.resize(w, h)
        qtbot.wait(10)
    assert (window.width(), window.height()) == (w, h)


def test_screenshots_mid_drive(
    window: MainWindow, qtbot: QtBot, fixes: list[Fix], clock: Clock, screenshot_dir: Path
) -> None:
    _mid_drive(window, fixes, clock, 2050)
    session = window.session
    assert session is not None
    statuses = [r.status for r in session.navigator.waypoint_results()]
    assert WaypointStatus.VALIDATED in statuses and WaypointStatus.LOCKED in statuses
    window.show_roadbook()
    window.waypoint_dock.show()
    for theme in ("day", "night"):
        window.set_theme(theme)
        for w, h in ((1024, 600), (1920, 1080)):
            _resize(qtbot, window, w, h)
            name = f"window_tables_{theme}_{w}x{h}.png"
            assert window.grab().save(str(screenshot_dir / name))
