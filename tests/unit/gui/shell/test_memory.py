"""A long drive through the main window must not make it grow: no per-fix memory kept."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.core.model import Box, Fix, Roadbook, Waypoint, WaypointType
from navapp.gui.common.theme import NIGHT
from navapp.gui.drive.boxes import TULIP_RENDER, DrawingCache
from navapp.gui.gps.sources import QtFixSource
from navapp.gui.shell.main_window import MainWindow
from tests.builders import drive, roadbook, straight_route, waypoint
from tests.unit.gui.shell.test_main_window import example_drawings

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

BOX_M = 100.0
# Python memory the window may keep over 3,700 fixes after the warm-up. Qt's Python binding
# keeps some 70 kB of small objects of its own as painting goes on, levelling off; a list
# holding something per fix would keep over 90 bytes a fix, 330 kB.
GROWTH_BOUND = 160 * 1024


class FeedGps(QtFixSource):
    """A live receiver the test feeds fix by fix, as a serial port reader would."""

    @property
    def description(self) -> str:
        return "test feed"

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def feed(self, fix: Fix) -> None:
        self._deliver([fix])


def _stage(data_dir: Path) -> Roadbook:
    """200 boxes 100 m apart on a straight line, each with drawings; a WPM every tenth box
    and a 50 km/h zone from box 31 to box 41."""
    route = straight_route(25.0, 45.0, 90.0, 20_000.0, step_m=50.0)
    drawings = example_drawings(data_dir)
    boxes = []
    for i in range(200):
        lat, lon = route.lat[2 * i], route.lon[2 * i]
        wps: tuple[Waypoint, ...] = ()
        limit = None
        if i % 10 == 5:
            wps = (waypoint(WaypointType.WPM, str(i)),)
        if i == 30:
            wps, limit = (waypoint(WaypointType.DZ),), 50.0
        if i == 40:
            wps = (waypoint(WaypointType.FZ),)
        boxes.append(
            Box(
                0,
                round(i * BOX_M / 1000, 3),
                cap=90,
                lat=float(lat),
                lon=float(lon),
                waypoints=wps,
                speed_limit_kmh=limit,
                tulip=drawings[i % 4],
                notes=drawings[(i + 1) % 4],
            )
        )
    return roadbook(boxes, route, name="Long stage")


def _feed(app: QApplication, gps: FeedGps, fixes: list[Fix]) -> None:
    for i, fix in enumerate(fixes):
        gps.feed(fix)
        if i % 10 == 0:  # once a second of drive time: repaints and timers happen
            app.processEvents()
    app.processEvents()


def test_a_long_drive_keeps_no_memory_per_fix(qtbot: QtBot, tmp_path: Path, data_dir: Path) -> None:
    rb = _stage(data_dir)
    assert rb.route is not None
    # 90 km/h at 10 Hz, 95 km/h for a while inside the zone (the overspeed's peak).
    fixes = drive(rb.route, [(0.0, 90.0), (3400.0, 95.0), (3600.0, 90.0)], hz=10.0)[:4700]
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *_: False)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.set_roadbook(rb)
    gps = FeedGps(window)
    window.start_source(gps)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    _feed(app, gps, fixes[:1000])
    gc.collect()
    tracemalloc.start()
    try:
        _feed(app, gps, fixes[1000:])
        gc.collect()
        kept, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    session, view = window.session, window.drive_view
    assert session is not None and view is not None
    assert view.state() is session.navigator.state and session.navigator.state.box == 118
    assert kept < GROWTH_BOUND, f"{kept / 1024:.0f} kB kept over 3,700 fixes"
    # Pictures are rendered for the boxes on screen and a few around, not for the whole stage.
    assert len(view.boxes.drawing_cache) <= 2 * view.boxes.drawing_cache.capacity
    # The summary still has everything: waypoints and the overspeed with its peak.
    session.end()
    summary = session.summary()
    # 12 WPMs, the DZ and the FZ validated; the WPMs from box 126 on missed
    assert len(summary.validated) == 14 and len(summary.missed) == 8
    (over,) = summary.overspeeds
    assert over.box == 31 and over.max_kmh == pytest.approx(95.0, abs=1e-9)
    assert over.end - over.start == pytest.approx(1000.0 / (90.0 / 3.6), abs=5.0)


def test_the_drawing_cache_keeps_the_last_boxes_day_and_night(qtbot: QtBot, data_dir: Path) -> None:
    rb = _stage(data_dir)
    cache = DrawingCache(capacity=3)
    tint = NIGHT.drawing_tint
    assert tint is not None
    for box in rb.boxes[:20]:
        for kind in ("tulip", "notes"):
            assert cache.get(box, kind, tint) is not None
    assert len(cache) == 2 * 2 * 3  # tulip and notes, day and night, of the last 3 boxes
    last = rb.boxes[19]
    assert cache.get(last, "tulip", tint) is cache.get(last, "tulip", tint)  # not redrawn
    first = rb.boxes[0]
    again = cache.get(first, "tulip", None)  # long gone: drawn again, still right
    assert again is not None and again.size() == TULIP_RENDER
    assert len(cache) <= 2 * 2 * 3
