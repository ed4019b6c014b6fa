"""The waypoint list: closest approach as the navigator measures it, readable colours day and
night, and columns that fit the dock of a 1024×600 window."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from navapp.core.model import Units, WaypointType
from navapp.core.navigator import Navigator
from navapp.core.navstate import WaypointResult, WaypointStatus
from navapp.gui.common.theme import DAY, NIGHT, Theme
from navapp.gui.drive.waypoint_list import (
    BOX,
    CLOSEST,
    LABEL,
    STATUS,
    WaypointList,
    row_ink,
    status_colours,
)
from navapp.gui.shell.main_window import MainWindow
from tests.builders import waypoint
from tests.unit.gui import generated_stage
from tests.unit.gui.contrast import contrast_ratio

pytestmark = pytest.mark.gui


def _mid_stage() -> list[WaypointResult]:
    nav = Navigator(generated_stage.stage())
    for fix in generated_stage.fixes():
        nav.update(fix)
    return nav.waypoint_results()


def _metres(text: str) -> float:
    number, unit = text.split()
    return float(number) * (1000.0 if unit == "km" else 1.0)


def test_contrast_ratio_of_known_pairs() -> None:
    assert contrast_ratio("#000000", "#ffffff") == 21.0
    assert contrast_ratio("#777777", "#777777") == 1.0
    # WCAG's own example: #767676 on white is just above 4.5:1.
    assert 4.5 < contrast_ratio("#767676", "#ffffff") < 4.6


def test_closest_approach_is_the_navigators(qtbot: QtBot) -> None:
    results = _mid_stage()
    names = [r.status.value for r in results]
    assert names == ["validated", "validated", "missed", "validated", "open", "locked", "locked"]
    view = WaypointList()
    qtbot.addWidget(view)
    view.show_results(results, Units.METRIC)
    for row, r in enumerate(results):
        shown = view.closest_text(row)
        if r.status is WaypointStatus.LOCKED:
            assert shown == "—"
            continue
        assert r.closest_m is not None
        # Shown in whole metres (below 1 km): within 0.5 m of the navigator's value.
        assert _metres(shown) == pytest.approx(r.closest_m, abs=0.5)
        box = r.box.index
        if box in generated_stage.SIDE_M and r.status is not WaypointStatus.OPEN:
            # By construction: the line passes SIDE_M beside it (closest_on_step is exact).
            assert _metres(shown) == pytest.approx(generated_stage.SIDE_M[box], abs=1.0)
    # WPM 1 validated on entering its 200 m circle; the list shows the 40 m abeam.
    assert view.closest_text(1) == "40 m"
    assert view.item(1, STATUS).text() == "validated"
    assert view.item(2, STATUS).text() == "missed"
    # The open WPM 4 is 300 m ahead: its closest so far is where the car is now.
    assert _metres(view.closest_text(4)) == pytest.approx(300.0, abs=17.0)


def test_closest_approach_in_yards_for_a_statute_roadbook(qtbot: QtBot) -> None:
    view = WaypointList()
    qtbot.addWidget(view)
    view.show_results(_mid_stage(), Units.STATUTE)
    assert view.closest_text(1) == f"{round(40.0 / 0.9144)} yd"


@pytest.mark.parametrize("t", [DAY, NIGHT], ids=lambda t: t.name)
def test_every_row_is_readable(t: Theme) -> None:
    """Text on the list's background (the theme's panel) or on a status fill: ≥ 4.5:1."""
    for status in WaypointStatus:
        ink, fill = status_colours(status, t)
        assert contrast_ratio(ink, fill or t.panel) >= 4.5, (status, ink, fill)
        assert contrast_ratio(row_ink(status, t), t.panel) >= 4.5, status
    # Locked rows in the dim ink: still readable on the night's darkest background.
    assert row_ink(WaypointStatus.LOCKED, t) == t.text_dim
    assert contrast_ratio(t.text_dim, t.window) >= 4.5


def test_switching_to_night_recolours_the_rows(qtbot: QtBot) -> None:
    """Rows shown by day take the night's inks (locked rows were left dark on black)."""
    view = WaypointList()
    qtbot.addWidget(view)
    view.show_results(_mid_stage())
    view.set_theme(NIGHT)
    locked = view.item(6, LABEL)
    assert locked.foreground().color().name() == NIGHT.text_dim
    assert view.item(0, BOX).foreground().color().name() == NIGHT.text
    assert view.item(4, STATUS).background().color().name() == NIGHT.warn
    assert view.palette().base().color().name() == NIGHT.panel
    view.set_theme(DAY)
    assert view.item(6, LABEL).foreground().color().name() == DAY.text_dim


def _widest(results: list[WaypointResult], rows: int) -> list[WaypointResult]:
    """``rows`` results with the widest texts a stage gives: box 999, WPM 99, validated."""
    r = results[1]
    box = replace(r.box, index=999)
    wpm = waypoint(WaypointType.WPM, "99")
    out = [replace(r, box=box, waypoint=wpm, closest_m=9990.0) for _ in range(rows)]
    out[0] = replace(out[0], status=WaypointStatus.LOCKED)
    return out


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")
def test_columns_fit_the_dock_at_1024x600(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *a: True)
    qtbot.addWidget(window)
    window.set_roadbook(generated_stage.stage())
    window.show()
    window.waypoint_dock.show()
    for _ in range(3):
        window.resize(1024, 600)
        qtbot.wait(10)
    assert (window.width(), window.height()) == (1024, 600)
    view = window.waypoints
    # Forty rows: the vertical scroll bar shows and takes its share of the width.
    view.show_results(_widest(_mid_stage(), 40))
    qtbot.wait(10)
    assert view.verticalScrollBar().isVisible()
    assert not view.horizontalScrollBar().isVisible()
    header = view.horizontalHeader()
    used = sum(view.columnWidth(c) for c in range(view.columnCount()))
    assert used <= view.viewport().width()
    for col in (BOX, LABEL, STATUS, CLOSEST):
        need = max(view.sizeHintForColumn(col), header.sectionSizeHint(col))
        assert view.columnWidth(col) >= need, (col, view.columnWidth(col), need)
    # The dock stays a third of the window at most: the drive view keeps its room.
    assert window.waypoint_dock.width() <= 1024 // 3
