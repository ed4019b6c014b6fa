"""The driver display: the drive session's own states on a second window, for the wheel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.core import format as fmt
from navapp.core.model import Fix
from navapp.gui.drive.driver_display import DriverDisplay, turn_text
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.menus import toggle_driver_display
from tests.unit.gui.shell.test_main_window_drive import _replay_to, fixes, window

__all__ = ["fixes", "window"]

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints|raise)\(\)$"),
]


def _open(window: MainWindow) -> DriverDisplay:
    window.driver_action.setChecked(True)
    display = window.driver_display
    assert display is not None and display.isVisible()
    return display


def _displays() -> list[DriverDisplay]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DriverDisplay)]


def test_turn_text() -> None:
    assert turn_text(None) == fmt.DASH
    assert turn_text(34.6) == "→ 35°"
    assert turn_text(-120.2) == "← 120°"
    assert turn_text(0.2) == "↑ 0°"


def test_shows_the_navigators_values_and_flashes_over_the_limit(
    window: MainWindow, qtbot: QtBot, fixes: list[Fix], screenshot_dir: Path
) -> None:
    display = _open(window)
    qtbot.addWidget(display)
    # in the village speed zone, over the limit (as the drive view's own test)
    _replay_to(window, fixes, 2050, pause=False)
    assert window.session is not None
    state = window.session.navigator.state
    units = state.trip.units
    assert state.zone is not None and state.zone.over and state.speed_kmh is not None
    assert display.speed_label.text() == str(round(units.km_to_display(state.speed_kmh)))
    assert display.limit_label.text() == f"LIMIT {round(units.km_to_display(state.zone.limit_kmh))}"
    assert display.turn_label.text() == turn_text(state.cap_diff_deg)
    assert state.to_next_km is not None
    assert display.next_label.text() == fmt.distance(state.to_next_km, units, unit=True)
    assert display.gps_label.text() == "" and display.gps_label.isHidden()
    assert display.is_over() and display.band.isVisible()
    assert display.band.property("level") == "danger"
    assert display.flash.isActive()
    # the flash toggles the band and the timer keeps running only while over
    qtbot.waitUntil(lambda: display.band.property("level") == "", timeout=2000)
    for theme in ("day", "night"):
        window.set_theme(theme)
        assert display.theme().name == theme
        for w, h in ((1024, 600), (1920, 1080)):
            display.resize(w, h)
            display.layout().activate()  # fonts follow the size: lay out again
            display.band.setProperty("level", "")
            display._toggle_flash()  # band shown red for the picture
            display.grab().save(str(screenshot_dir / f"driver_over_{theme}_{w}x{h}.png"))
    # under the limit: the band goes and the timer stops
    under = window.session.navigator.state
    zone = under.zone
    assert zone is not None
    from dataclasses import replace

    window.session.state_changed.emit(
        replace(under, zone=replace(zone, over=False), speed_kmh=zone.limit_kmh - 10)
    )
    assert not display.is_over() and not display.band.isVisible()
    assert not display.flash.isActive()
    for theme in ("day", "night"):
        window.set_theme(theme)
        for w, h in ((1024, 600), (1920, 1080)):
            display.resize(w, h)
            display.layout().activate()  # fonts follow the size: lay out again
            assert (display.width(), display.height()) == (w, h)  # big fonts never hold it
            display.grab().save(str(screenshot_dir / f"driver_normal_{theme}_{w}x{h}.png"))


def test_gps_lost_shows_dash_and_no_gps(
    window: MainWindow, qtbot: QtBot, fixes: list[Fix], screenshot_dir: Path
) -> None:
    display = _open(window)
    qtbot.addWidget(display)
    source, _clock = _replay_to(window, fixes, 2050, pause=False)
    assert display.is_over()
    source.pause()  # a paused replay must not look live
    qtbot.waitUntil(lambda: display.gps_label.text() == "NO GPS")
    assert display.speed_label.text() == fmt.DASH
    assert display.turn_label.text() == fmt.DASH
    assert not display.is_over() and not display.flash.isActive()
    assert display.gps_label.property("level") == "danger"
    assert not display.gps_label.isHidden()
    display.resize(1024, 600)
    display.layout().activate()
    display.grab().save(str(screenshot_dir / "driver_no_gps_day_1024x600.png"))


def test_opening_twice_makes_one_window_and_closing_keeps_the_drive(
    window: MainWindow, qtbot: QtBot, fixes: list[Fix]
) -> None:
    source, _clock = _replay_to(window, fixes, 600, pause=False)
    before = len(_displays())  # windows of earlier tests may not be deleted yet
    display = _open(window)
    qtbot.addWidget(display)
    toggle_driver_display(window, True)
    window.driver_action.trigger()  # unticks: closes
    window.driver_action.trigger()  # ticks: opens the same window again
    assert window.driver_display is display and len(_displays()) == before + 1
    assert display.isVisible()
    display.close()  # the window's own close button
    assert not window.driver_action.isChecked()
    assert window.session is not None and window.session.source is source
    assert source.running
    box = window.session.navigator.state.box
    _clock.now = 1200 / 10.0
    source.tick()
    assert window.session.navigator.state.box >= box
    assert window.session.navigator.state.trip.total_km > 0
