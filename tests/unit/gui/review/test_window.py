"""The review view: map levels and navigation, linked cursors, events, drive replay, export."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.core.drive_replay import SNAPSHOT_EVERY, DriveReplay
from navapp.core.mapgeometry import LEVEL_TOLERANCES_M
from navapp.core.model import Roadbook, Track, WaypointType
from navapp.core.navigator import Navigator
from navapp.core.navstate import WaypointStatus
from navapp.core.review_model import (
    OffRoute,
    Review,
    ReviewSummary,
    Stop,
    Violation,
    WaypointOutcome,
    ZoneReview,
)
from navapp.gui.review import MapCanvas, ReviewWindow, TrackGeometry, review_events
from navapp.io.registry import read_roadbook, read_track
from navapp.paths import demo_drive, demo_roadbook

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


@pytest.fixture(scope="module")
def roadbook() -> Roadbook:
    return read_roadbook(demo_roadbook())


@pytest.fixture(scope="module")
def drive() -> Track:
    return read_track(demo_drive())


def second_crew(track: Track) -> Track:
    """The demo drive as another crew: 95 s lost at a stop mid-stage, a little slower after,
    driven 10 m further north (so both lines show)."""
    n = len(track)
    shift = np.where(np.arange(n) > 2500, 95.0, 0.0) + np.arange(n) * 0.02
    return dataclasses.replace(
        track, time=track.time + shift, lat=track.lat + 0.00009, name="Crew B — shifted"
    )


def engine_review(roadbook: Roadbook, track: Track) -> Review:
    review = pytest.importorskip("navapp.core.review").review
    return review(roadbook, track)


def hand_review(roadbook: Roadbook, track: Track) -> Review:
    """A review with known content, made by hand (not by the engine)."""
    box32 = roadbook.boxes[31]
    box10 = roadbook.boxes[9]
    t = track.time
    wps = (
        WaypointOutcome(
            10,
            WaypointType.WPM,
            "2",
            WaypointStatus.VALIDATED,
            5.0,
            float(t[1160]),
            1160,
            box10.lat or 0.0,
            box10.lon or 0.0,
            800.0,
            200.0,
        ),
        WaypointOutcome(
            32,
            WaypointType.WPM,
            "7",
            WaypointStatus.MISSED,
            719.0,
            None,
            5280,
            box32.lat or 0.0,
            box32.lon or 0.0,
            800.0,
            200.0,
        ),
    )
    violation = Violation(float(t[2020]), float(t[2050]), 66.7, 2020, 2050, 510.0)
    zone = ZoneReview(17, 19, 50.0, 66.7, float(t[1990]), float(t[2150]), (violation,))
    off = OffRoute(float(t[5260]), float(t[5300]), 452.0, 5260, 5300)
    stop = Stop(float(t[2470]), float(t[2620]), 22, 2470, 2620)
    return Review(
        track.name,
        wps,
        (zone,),
        (off,),
        (),
        (stop,),
        (),
        tuple(None for _ in roadbook.boxes),
        tuple(-1 for _ in roadbook.boxes),
        ReviewSummary(95.8, 6112.0, 1, 1, 1, 510.0, False),
        (),
    )


def wiggly_track(n: int, seed: int = 3) -> Track:
    """A smooth drive with GPS noise, about 1.5 m between points (vectorised)."""
    rng = np.random.default_rng(seed)
    heading = np.cumsum(rng.normal(0, 0.03, n))
    step = np.clip(1.5 + np.cumsum(rng.normal(0, 0.01, n)), 0.2, 4.0)
    x = np.cumsum(step * np.sin(heading)) + rng.normal(0, 0.4, n)
    y = np.cumsum(step * np.cos(heading)) + rng.normal(0, 0.4, n)
    lat = 31.0 + y / 111_000.0
    lon = -4.0 + x / (111_000.0 * math.cos(math.radians(31.0)))
    t = 1.7e9 + np.arange(n) * 0.1
    return Track(t, lat, lon, np.full(n, np.nan), step * 36.0, name="wiggly")


@pytest.fixture
def window(qtbot: QtBot, roadbook: Roadbook, drive: Track) -> ReviewWindow:
    b = second_crew(drive)
    reviews = [engine_review(roadbook, drive), engine_review(roadbook, b)]
    compare = pytest.importorskip("navapp.core.compare").compare
    w = ReviewWindow(roadbook, [(drive, reviews[0]), (b, reviews[1])], compare(reviews))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def send_mouse(widget: object, kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    global_pos = widget.mapToGlobal(pos)  # type: ignore[attr-defined]
    event = QMouseEvent(kind, pos, global_pos, button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


# -- map: levels ---------------------------------------------------------------------------


def test_levels_keep_the_shape_within_their_tolerance(
    qapp: QApplication, roadbook: Roadbook
) -> None:
    track = wiggly_track(8_000)
    canvas = MapCanvas(roadbook)
    geom = TrackGeometry(track, canvas.model.ensure_projection(track))
    full = shapely.linestrings(geom.x, geom.y)
    sizes = []
    for level, tol in zip(geom.levels, LEVEL_TOLERANCES_M, strict=True):
        assert level.tolerance_m == tol
        simple = shapely.linestrings(level.x, level.y)
        assert shapely.hausdorff_distance(simple, full) <= tol * 1.001
        assert np.array_equal(level.x, geom.x[level.index])  # kept vertices are track points
        sizes.append(len(level.x))
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] < sizes[0] / 10


def test_zooming_out_picks_coarser_levels(qapp: QApplication, roadbook: Roadbook) -> None:
    track = wiggly_track(20_000)
    canvas = MapCanvas(roadbook)
    geom = TrackGeometry(track, canvas.model.ensure_projection(track))
    picked = [geom.level_for(mpp).tolerance_m for mpp in (0.1, 1.0, 3.0, 10.0, 50.0, 500.0)]
    assert picked == [0.5, 0.5, 2.0, 8.0, 32.0, 128.0]
    canvas.resize(800, 600)
    canvas.add_crew(track, None)
    canvas.fit()
    coarse = canvas.crews[0].geometry.level_for(canvas.metres_per_pixel())
    canvas.set_view(*canvas.view()[:2], 0.5)
    fine = canvas.crews[0].geometry.level_for(canvas.metres_per_pixel())
    assert coarse.tolerance_m > fine.tolerance_m


# -- map: navigation -------------------------------------------------------------------------


def test_wheel_zoom_keeps_the_point_under_the_cursor(
    qtbot: QtBot, roadbook: Roadbook, drive: Track
) -> None:
    canvas = MapCanvas(roadbook)
    qtbot.addWidget(canvas)
    canvas.resize(900, 600)
    canvas.add_crew(drive, None)
    canvas.fit()
    pos = QPointF(700.0, 150.0)
    before = canvas.screen_to_world(pos)
    mpp = canvas.metres_per_pixel()
    for _ in range(3):
        wheel = QWheelEvent(
            pos,
            canvas.mapToGlobal(pos),
            QPoint(),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(canvas, wheel)
    assert canvas.metres_per_pixel() == pytest.approx(mpp / 1.25**3)
    after = canvas.world_to_screen(*before)
    assert abs(after.x() - pos.x()) < 1 and abs(after.y() - pos.y()) < 1


def test_drag_pans_and_home_fits(qtbot: QtBot, roadbook: Roadbook, drive: Track) -> None:
    canvas = MapCanvas(roadbook)
    qtbot.addWidget(canvas)
    canvas.resize(900, 600)
    canvas.add_crew(drive, None)
    canvas.fit()
    fitted = canvas.view()
    cx, cy, mpp = fitted
    start = QPointF(400, 300)
    send_mouse(canvas, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    send_mouse(canvas, QEvent.Type.MouseMove, QPointF(460, 270), Qt.MouseButton.LeftButton)
    send_mouse(canvas, QEvent.Type.MouseButtonRelease, QPointF(460, 270), Qt.MouseButton.NoButton)
    # Dragged 60 px right and 30 px up: the map moved with the hand.
    assert canvas.view() == pytest.approx((cx - 60 * mpp, cy - 30 * mpp, mpp))
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.view() == pytest.approx(fitted)
    # The whole stage is on screen after a fit.
    rect = canvas.visible_rect()
    assert rect.contains(canvas.model.bounds)


def test_map_click_gives_the_nearest_points_time(
    qtbot: QtBot, roadbook: Roadbook, drive: Track
) -> None:
    canvas = MapCanvas(roadbook)
    qtbot.addWidget(canvas)
    canvas.resize(900, 600)
    canvas.add_crew(drive, None)
    g = canvas.crews[0].geometry
    i = 3210
    canvas.set_view(float(g.x[i]), float(g.y[i]), 1.0)
    near = canvas.world_to_screen(float(g.x[i]), float(g.y[i])) + QPointF(3, -2)
    with qtbot.waitSignal(canvas.time_clicked) as clicked:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=near.toPoint())
    assert clicked.args == [pytest.approx(float(drive.time[i]))]
    # Far from any track nothing is picked.
    canvas.set_view(float(g.x[i]) + 5000, float(g.y[i]) + 5000, 1.0)
    with qtbot.assertNotEmitted(canvas.time_clicked):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(450, 300))


# -- window: linked views ----------------------------------------------------------------------


def test_profile_hover_moves_the_map_cursor(window: ReviewWindow, qtbot: QtBot) -> None:
    profile = window.profile
    pos = QPointF(profile.plot_rect().left() + profile.plot_rect().width() * 0.3, 60)
    with qtbot.waitSignal(profile.time_hovered) as hovered:
        send_mouse(profile, QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton)
    t = hovered.args[0]
    assert t == pytest.approx(profile.value_at(pos.x()))
    assert window.map.cursor_time() == pytest.approx(t)
    expected = window.map.crews[0].geometry.position_at(t)
    assert window.map.cursor_position() == pytest.approx(expected)


def test_map_click_moves_the_profile_cursor_and_slider(window: ReviewWindow, qtbot: QtBot) -> None:
    g = window.map.crews[0].geometry
    i = 4000
    window.map.set_view(float(g.x[i]), float(g.y[i]), 1.0)
    pos = window.map.world_to_screen(float(g.x[i]), float(g.y[i])).toPoint()
    qtbot.mouseClick(window.map, Qt.MouseButton.LeftButton, pos=pos)
    assert window.profile.cursor_time() == pytest.approx(float(g.axis[i]))
    assert window.slider.value() == i


def test_event_row_click_centres_the_map(window: ReviewWindow, qtbot: QtBot) -> None:
    table = window.events
    rows = table.events_model.events()
    row = next(r for r, e in enumerate(rows) if e.kind == "missed")
    assert rows[row].box == 32
    rect = table.visualRect(table.events_model.index(row, 3))
    with qtbot.waitSignal(table.event_activated) as activated:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    lat, lon, _t = activated.args
    x, y = window.map.model.to_xy(lat, lon)
    cx, cy, _mpp = window.map.view()
    assert (cx, cy) == pytest.approx((x, y), abs=0.01)
    box = window.roadbook.boxes[31]
    assert (lat, lon) == pytest.approx((box.lat, box.lon))


def test_slider_replays_the_navigator(window: ReviewWindow, drive: Track) -> None:
    fixes = list(drive.fixes())
    for i in (2050, 4321, 17, 5999):
        window.slider.setValue(i)
        shown = window.drive_view.state()
        assert shown is not None
        direct = Navigator(window.roadbook)
        for f in fixes[: i + 1]:
            state = direct.update(f)
        assert abs(shown.trip.total_km - state.trip.total_km) * 1000 < 1.0
        assert shown.box == state.box and shown.validated == state.validated
        assert window.replay().replayed <= SNAPSHOT_EVERY
        assert window.map.cursor_time() == pytest.approx(float(drive.time[i]))
        assert window.profile.cursor_time() == pytest.approx(float(drive.time[i]))


def test_replay_seeks_in_bounded_steps(qapp: QApplication, roadbook: Roadbook) -> None:
    track = wiggly_track(3000)
    replay = DriveReplay(roadbook, track, every=100)
    replay.state_at(2999)
    assert replay.done() and len(replay.snapshots) == 30
    for i in (2950, 10, 1234, 1299, 1300):
        replay.state_at(i)
        assert replay.replayed <= 100


def test_crews_can_be_hidden_and_picked(window: ReviewWindow) -> None:
    item = window.crew_list.item(1)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert not window.map.crews[1].visible and window.map.crews[0].visible
    window.set_crew_visible(1, True)
    assert window.map.crews[1].visible
    window.crew_list.setCurrentRow(1)
    assert window.map.reference() == 1
    assert window.slider.maximum() == len(window.tracks[1]) - 1
    assert "+0:0" in window.crew_list.item(1).text()  # its time lost on the other crew


def test_event_table_lists_what_the_review_found(roadbook: Roadbook, drive: Track) -> None:
    events = review_events(roadbook, drive, hand_review(roadbook, drive))
    kinds = [e.kind for e in events]
    assert kinds == ["validated", "speeding", "stop", "off route", "missed"]
    times = [e.time for e in events if e.time is not None]
    assert times == sorted(times)
    speeding = events[1]
    assert speeding.box == 17 and "66.7 km/h" in speeding.detail and "510 s" in speeding.detail


# -- files ------------------------------------------------------------------------------------


def test_export_writes_html_and_csv(window: ReviewWindow, qtbot: QtBot, tmp_path: Path) -> None:
    pytest.importorskip("navapp.io.report")
    html, csv = tmp_path / "review.html", tmp_path / "review.csv"
    with qtbot.waitSignal(window.report_written):
        assert window.export_report(html)
    assert window.export_report(csv)
    assert html.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert len(csv.read_text("utf-8").splitlines()) > 10
    with qtbot.waitSignal(window.failed) as failed:
        assert not window.export_report(tmp_path / "missing" / "dir" / "r.html")
    assert "\n" not in failed.args[0] and str(tmp_path) in failed.args[0]


def test_add_crew_track(window: ReviewWindow, qtbot: QtBot, tmp_path: Path) -> None:
    assert window.add_track_path(demo_drive())
    assert len(window.map.crews) == 3 and window.crew_list.count() == 3
    assert window.reviews[2] is not None
    bad = tmp_path / "bad.gpx"
    bad.write_text("<gpx><trk><trkseg><trkpt lat='95' lon='0'/></trkseg></trk></gpx>")
    with qtbot.waitSignal(window.failed) as failed:
        assert not window.add_track_path(bad)
    assert failed.args[0].startswith(str(bad)) and "\n" not in failed.args[0]
    assert len(window.map.crews) == 3


# -- screenshots ------------------------------------------------------------------------------


def test_screenshots(window: ReviewWindow, qtbot: QtBot, screenshot_dir: Path) -> None:
    window.slider.setValue(2040)  # over the limit in the village zone
    for w, h in ((1024, 600), (1920, 1080)):
        window.resize(w, h)
        qtbot.waitUntil(lambda w=w, h=h: (window.width(), window.height()) == (w, h))
        qtbot.wait(20)
        window.map.fit()
        assert window.grab().save(str(screenshot_dir / f"review_{w}x{h}.png"))
    # Zoomed on the missed waypoint (box 32, WPM 7) with the crews' closest approach.
    missed = next(e for e in window.events.events_model.events() if e.kind == "missed")
    window.map.center_on(missed.lat, missed.lon, 4.0)
    window.map.resize(1000, 700)
    window.map.center_on(missed.lat, missed.lon, 4.0)
    assert window.map.grab().save(str(screenshot_dir / "review_map_zoom.png"))


def test_the_window_shrinks_back_to_a_tablet_after_a_full_hd_screen(
    qtbot: QtBot, roadbook: Roadbook, drive: Track
) -> None:
    # The drive picture's height followed a wide window's width and held the window at
    # 1024×631 when it came back to a 1024×600 screen.
    window = ReviewWindow(roadbook, [(drive, engine_review(roadbook, drive))])
    qtbot.addWidget(window)
    window.show()
    window.slider.setValue(2040)
    for w, h in ((1024, 600), (1920, 1080), (1024, 600)):
        window.resize(w, h)
        QApplication.processEvents()
        assert (window.width(), window.height()) == (w, h)
    thumb = window.drive_thumbnail
    assert thumb.height() <= round(thumb.width() * 600 / 1024) + 1
    assert thumb.height() >= 150  # the picture still gets its room at tablet size
    assert not window.drive_view.touch.is_visible()  # a picture: nothing to press
