"""The main window's roadbook table and waypoint list mid-drive: screenshots day and night."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
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
    _mid_drive(window, fixes, clock, 5803)
    session = window.session
    assert session is not None
    statuses = [r.status for r in session.navigator.waypoint_results()]
    assert set(statuses) == set(WaypointStatus)  # validated, missed, open and locked rows
    window.show_roadbook()
    window.waypoint_dock.show()
    for theme in ("day", "night"):
        window.set_theme(theme)
        for w, h in ((1024, 600), (1920, 1080)):
            _resize(qtbot, window, w, h)
            name = f"window_tables_{theme}_{w}x{h}.png"
            assert window.grab().save(str(screenshot_dir / name))


def test_table_follows_and_waypoints_refresh_during_a_replay(
    window: MainWindow, qtbot: QtBot, fixes: list[Fix], clock: Clock
) -> None:
    window.waypoint_dock.show()
    window.show_roadbook()
    source = ReplaySource(fixes, speed=10.0, clock=clock, parent=window)
    window.start_source(source)
    session = window.session
    assert session is not None
    table, model = window.table, window.model
    shown = []
    for t in range(5270, 5320):  # WPM 7 (box 32) is open and the crew drives towards it
        clock.now = t / 10.0
        source.tick()
        state = session.navigator.state
        assert model.current_row() == state.box - 1
        rect = table.visualRect(model.index(state.box - 1, 0))
        assert table.viewport().rect().contains(rect)
        row = next(
            i
            for i, r in enumerate(session.navigator.waypoint_results())
            if r.status is WaypointStatus.OPEN
        )
        closest = session.navigator.waypoint_results()[row].closest_m
        assert closest is not None
        text = window.waypoints.closest_text(row)
        assert text == f"{round(closest)} m"
        shown.append(text)
    # The open waypoint's closest approach went down fix by fix, without a waypoint event.
    assert len(set(shown)) > 10


def test_window_table_cap_follows_the_settings(
    window: MainWindow, fixes: list[Fix], clock: Clock
) -> None:
    from navapp.core.declination import CapReference, NorthReference
    from navapp.gui.common.box_table import Column
    from navapp.gui.shell.settings import save_cap_reference

    settings = window._settings
    save_cap_reference(settings, CapReference(NorthReference.MAGNETIC_FIXED, 10.0))
    window.apply_settings()
    _mid_drive(window, fixes, clock, 600)
    model = window.model
    assert model.headerData(Column.CAP, Qt.Orientation.Horizontal) == "CAP °M"
    state = window.session.navigator.state if window.session else None
    assert state is not None and state.cap_shown is not None
    assert model.data(model.index(state.box - 1, Column.CAP)) == f"C.{state.cap_shown}"
    assert window.drive_view is not None
    assert window.drive_view.cap.cap_label.text() == f"C.{state.cap_shown}"
