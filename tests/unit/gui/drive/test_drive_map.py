"""The map in the car: View › Map, the car where its fix is, north up and course up, zoom by
keys and by a pinch, a hand pan pausing the following, a silent GPS marked, and the tiles of a
map file under the route.

The stage is a 10 km straight line at 60° (so north up and course up differ), driven by a real
navigator; where things must land on the screen is known by construction.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from navapp.core import geodesy
from navapp.core.model import Box, Fix, Roadbook, RouteLine, WaypointType
from navapp.core.navigator import Navigator
from navapp.core.navstate import NavState
from navapp.core.remote import Action
from navapp.gps.silence import Feed, FeedStatus
from navapp.gui.common.map_sources import map_sources
from navapp.gui.common.night import theme_controller
from navapp.gui.common.theme import theme
from navapp.gui.drive.drive_map import (
    ARROW_COLOUR,
    FOLLOW_OFF_TEXT,
    NO_POSITION_TEXT,
    ZOOM_STEP,
    DriveMap,
)
from navapp.gui.drive.view import DriveOptions, DriveView
from navapp.gui.shell.main_window import MainWindow
from navapp.maps.files import open_map_file
from navapp.maps.tiles import LonLatBox, tile_at
from tests.builders import offset, roadbook, straight_route, waypoint
from tests.unit.gui.common.maplayer_helpers import mbtiles
from tests.unit.gui.drive.test_touch import tap
from tests.unit.maps.tilefiles import colour_of

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

LAT0, LON0 = 31.0, -4.0
AZIMUTH = 60.0
ROUTE = straight_route(LAT0, LON0, AZIMUTH, 10_000.0, step_m=50.0)
LINE = geodesy.RouteGeometry(ROUTE.lat, ROUTE.lon)
PX = 1.5  # how far off a drawn point may be, in pixels


def stage() -> Roadbook:
    boxes = []
    for km in (0.0, 2.0, 4.0, 6.0, 8.0, 10.0):
        lat, lon = LINE.point_at(km * 1000)
        kind = WaypointType.DSS if km == 0 else WaypointType.WPM
        boxes.append(Box(0, km, lat=lat, lon=lon, cap=60, waypoints=(waypoint(kind, "1"),)))
    return roadbook(boxes, ROUTE, name="Map stage")


def fix_at(km: float, t: float = 1_767_225_600.0, course: float | None = AZIMUTH) -> Fix:
    lat, lon = LINE.point_at(km * 1000)
    speed = 50.0 if course is not None else 0.0
    return Fix(t + km * 72, lat, lon, speed_kmh=speed, course_deg=course)


def drive_to(nav: Navigator, km: float, course: float | None = AZIMUTH) -> NavState:
    state = nav.state
    for k in (0.0, km / 2, km) if km else (0.0,):
        state = nav.update(fix_at(k, course=course))
    return state


@pytest.fixture
def rb() -> Roadbook:
    return stage()


@pytest.fixture
def drive_map(qtbot: QtBot, rb: Roadbook) -> DriveMap:
    m = DriveMap(rb)
    qtbot.addWidget(m)
    m.resize(600, 500)
    m.show()
    qtbot.waitExposed(m)
    return m


def centre(m: DriveMap) -> QPointF:
    return QPointF(m.width() / 2, m.height() / 2)


def near(a: QPointF, b: QPointF, tol: float = PX) -> bool:
    return math.hypot(a.x() - b.x(), a.y() - b.y()) <= tol


def colour_at(image: QImage, p: QPointF) -> QColor:
    return image.pixelColor(round(p.x()), round(p.y()))


def drag(m: DriveMap) -> None:
    """A hand pan of 60 px right and 40 px down."""
    QTest.mousePress(m, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    QTest.mouseMove(m, QPoint(230, 220))
    QTest.mouseMove(m, QPoint(260, 240))
    QTest.mouseRelease(m, Qt.MouseButton.LeftButton, pos=QPoint(260, 240))


def is_colour(c: QColor, want: str, tol: int = 30) -> bool:
    w = QColor(want)
    return all(abs(a - b) <= tol for a, b in zip(c.getRgb()[:3], w.getRgb()[:3], strict=True))


# -- the car on the map ---------------------------------------------------------------------


def test_the_arrow_is_drawn_at_the_screen_point_of_the_fix(drive_map: DriveMap, rb: Roadbook):
    state = drive_to(Navigator(rb), 3.0)
    drive_map.set_state(state)
    # Following north up, the car is the centre of the map.
    assert drive_map.up_bearing() == 0.0
    car = drive_map.car_point()
    assert car is not None and near(car, centre(drive_map))
    # The arrow's blue is there on the screen.
    image = drive_map.grab().toImage()
    assert is_colour(colour_at(image, car), ARROW_COLOUR)
    # A box 1 km on along the line: sin/cos of 60° at the scale, from the car.
    _, _, mpp = drive_map.view()
    lat, lon = LINE.point_at(4000.0)
    assert drive_map.projection is not None
    x, y = drive_map.projection.to_xy(lat, lon)
    ahead = drive_map.world_to_screen(x, y)
    want = QPointF(car.x() + 1000 * math.sin(math.radians(60)) / mpp, car.y() - 500 / mpp)
    assert near(ahead, want, tol=0.01 * 1000 / mpp)


def test_course_up_puts_the_course_straight_up(drive_map: DriveMap, rb: Roadbook) -> None:
    nav = Navigator(rb)
    drive_map.set_course_up(True)
    drive_map.set_state(drive_to(nav, 3.0))
    assert drive_map.up_bearing() == pytest.approx(AZIMUTH)
    car = drive_map.car_point()
    assert car is not None
    # The car sits below the centre, more road shown ahead.
    assert car.x() == pytest.approx(drive_map.width() / 2, abs=PX)
    assert car.y() > drive_map.height() / 2 + 50
    lat, lon = LINE.point_at(3300.0)  # 300 m ahead on the route
    assert drive_map.projection is not None
    ahead = drive_map.world_to_screen(*drive_map.projection.to_xy(lat, lon))
    _, _, mpp = drive_map.view()
    assert ahead.x() == pytest.approx(car.x(), abs=PX)
    assert car.y() - ahead.y() == pytest.approx(300 / mpp, abs=PX)
    # Standing still (no course), the map keeps the last course.
    drive_map.set_state(nav.update(fix_at(3.0, t=1_767_226_000.0, course=None)))
    assert drive_map.up_bearing() == pytest.approx(AZIMUTH)
    # North up again.
    drive_map.set_course_up(False)
    assert drive_map.up_bearing() == 0.0


def test_zoom_by_keys_changes_the_scale_by_the_step(qtbot: QtBot, window: MainWindow) -> None:
    view = window.drive_view
    assert view is not None
    window.trigger(Action.MAP_VIEW)
    mpp = view.map.metres_per_pixel()
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.map.metres_per_pixel() == pytest.approx(mpp / ZOOM_STEP)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.map.metres_per_pixel() == pytest.approx(mpp * ZOOM_STEP)
    # A plain + is still the trip meter's, never the map's.
    trip = window.session.navigator.state.trip.total_km if window.session else 0.0
    QTest.keyClick(view, "+")
    assert view.map.metres_per_pixel() == pytest.approx(mpp * ZOOM_STEP)
    assert window.session is not None
    assert window.session.navigator.state.trip.total_km == pytest.approx(trip + 0.01)


def test_a_pan_pauses_following_with_a_banner_until_recentred(
    drive_map: DriveMap, rb: Roadbook
) -> None:
    nav = Navigator(rb)
    drive_map.set_state(drive_to(nav, 3.0))
    assert drive_map.is_following() and FOLLOW_OFF_TEXT not in drive_map.banner_texts()
    start = QPoint(300, 300)
    QTest.mousePress(drive_map, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(drive_map, QPoint(340, 330))
    QTest.mouseMove(drive_map, QPoint(380, 360))
    QTest.mouseRelease(drive_map, Qt.MouseButton.LeftButton, pos=QPoint(380, 360))
    assert not drive_map.is_following()
    assert FOLLOW_OFF_TEXT in drive_map.banner_texts()
    car = drive_map.car_point()
    assert car is not None and near(car, centre(drive_map) + QPointF(80, 60))
    # The banner is painted: amber at the top middle.
    image = drive_map.grab().toImage()
    assert is_colour(image.pixelColor(drive_map.width() // 2 - 20, 14), "#ffc533")
    # The car moves on; the map stays where the hand put it.
    view_before = drive_map.view()
    drive_map.set_state(nav.update(fix_at(3.5)))
    assert drive_map.view()[:2] == view_before[:2]
    drive_map.recentre()
    assert drive_map.is_following() and FOLLOW_OFF_TEXT not in drive_map.banner_texts()
    car = drive_map.car_point()
    assert car is not None and near(car, centre(drive_map))


def test_a_small_shake_of_the_finger_is_no_pan(drive_map: DriveMap, rb: Roadbook) -> None:
    drive_map.set_state(drive_to(Navigator(rb), 3.0))
    QTest.mousePress(drive_map, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    QTest.mouseMove(drive_map, QPoint(305, 304))
    QTest.mouseRelease(drive_map, Qt.MouseButton.LeftButton, pos=QPoint(305, 304))
    assert drive_map.is_following()


def test_a_silent_gps_greys_the_arrow_and_says_so(drive_map: DriveMap, rb: Roadbook) -> None:
    drive_map.set_state(drive_to(Navigator(rb), 3.0))
    drive_map.set_feed(FeedStatus(Feed.LIVE, silent_s=0.5))
    assert not drive_map.is_stale()
    car = drive_map.car_point()
    assert car is not None
    drive_map.set_feed(FeedStatus(Feed.NO_GPS, silent_s=12.0))
    assert drive_map.is_stale()
    assert "NO GPS 12 s" in drive_map.banner_texts()
    image = drive_map.grab().toImage()
    assert not is_colour(colour_at(image, car), ARROW_COLOUR)
    # The red banner over the map.
    assert is_colour(image.pixelColor(drive_map.width() // 2 - 20, 14), "#c40018")


def test_a_pinch_zooms_by_the_spread_of_the_fingers(
    qtbot: QtBot, drive_map: DriveMap, rb: Roadbook
) -> None:
    drive_map.set_state(drive_to(Navigator(rb), 3.0))
    finger = QTest.createTouchDevice()
    mpp = drive_map.metres_per_pixel()
    a, b = QPoint(250, 250), QPoint(350, 250)
    QTest.touchEvent(drive_map, finger).press(0, a, drive_map).press(1, b, drive_map).commit()
    QTest.touchEvent(drive_map, finger).move(0, QPoint(200, 250), drive_map).move(
        1, QPoint(400, 250), drive_map
    ).commit()
    QTest.touchEvent(drive_map, finger).release(0, QPoint(200, 250), drive_map).release(
        1, QPoint(400, 250), drive_map
    ).commit()
    # The fingers spread from 100 to 200 px: twice as close, still following the car.
    assert drive_map.metres_per_pixel() == pytest.approx(mpp / 2)
    assert drive_map.is_following()
    car = drive_map.car_point()
    assert car is not None and near(car, centre(drive_map))


def test_masked_practice_draws_only_the_current_box(drive_map: DriveMap, rb: Roadbook) -> None:
    drive_map.set_state(drive_to(Navigator(rb), 3.5))
    lat, lon = LINE.point_at(4000.0)  # box 3, next
    assert drive_map.projection is not None
    # Inside the dot, beside its number.
    nxt = drive_map.world_to_screen(*drive_map.projection.to_xy(lat, lon)) - QPointF(10, 0)
    seen = drive_map.grab().toImage()
    assert is_colour(colour_at(seen, nxt), "#ffc533")
    drive_map.set_masked(True)
    assert not is_colour(colour_at(drive_map.grab().toImage(), nxt), "#ffc533")


# -- in the drive view and the window -------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, rb: Roadbook) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *a: True)
    qtbot.addWidget(w)
    w.set_roadbook(rb)
    w.show()
    qtbot.waitExposed(w)
    w.resize(1024, 600)
    yield w
    w.close()


def test_view_map_toggles_the_map_in_the_roadbook_s_place(window: MainWindow) -> None:
    view = window.drive_view
    assert view is not None
    item = window.map_action.items[Action.MAP_VIEW]
    assert not view.map.isVisible() and view.boxes.isVisible()
    item.trigger()
    assert view.map.isVisible() and not view.boxes.isVisible() and item.isChecked()
    # The instruments stay.
    assert view.total.isVisible() and view.cap.isVisible()
    QTest.keyClick(view, "m")
    assert not view.map.isVisible() and view.boxes.isVisible() and not item.isChecked()
    # The MAP touch control toggles it too.
    window.trigger(Action.MAP_VIEW)
    assert view.map.isVisible()
    # A new drive view (a roadbook opened again) keeps the map and its course up.
    window.trigger(Action.MAP_COURSE_UP)
    rb = window.roadbook()
    assert rb is not None
    window.set_roadbook(rb)
    new = window.drive_view
    assert new is not None and new is not view
    assert new.map.isVisible() and new.map.is_course_up()


def test_the_map_touch_control_sits_in_the_box_column(qtbot: QtBot, window: MainWindow) -> None:
    view = window.drive_view
    assert view is not None
    button = view.touch.buttons[Action.MAP_VIEW]
    assert button.caption == "MAP" and button.parent() is view.touch.box_column
    tap(QTest.createTouchDevice(), button)
    assert view.map.isVisible()


def test_map_zoom_keys_leave_a_hidden_map_alone(window: MainWindow) -> None:
    view = window.drive_view
    assert view is not None
    mpp = view.map.metres_per_pixel()
    window.trigger(Action.MAP_ZOOM_IN)
    assert view.map.metres_per_pixel() == mpp


def test_a_view_option_in_the_drive_view_puts_the_map_up(qtbot: QtBot, rb: Roadbook) -> None:
    view = DriveView(rb, DriveOptions(map_shown=True, course_up=True))
    qtbot.addWidget(view)
    view.resize(QSize(1024, 600))
    view.show()
    qtbot.waitExposed(view)
    assert view.map.isVisible() and not view.boxes.isVisible() and view.map.is_course_up()
    view.set_state(drive_to(Navigator(rb), 3.0))
    car = view.map.car_point()
    assert car is not None and view.map.rect().contains(car.toPoint())


# -- tiles ----------------------------------------------------------------------------------


def test_the_tile_under_the_car_is_drawn(qtbot: QtBot, tmp_path: Path, rb: Roadbook) -> None:
    box = LonLatBox(LON0 - 0.2, LAT0 - 0.2, LON0 + 0.2, LAT0 + 0.2)
    path = mbtiles(tmp_path / "erg.mbtiles", range(10, 15), box)
    m = DriveMap(rb)
    qtbot.addWidget(m)
    m.resize(600, 500)
    m.show()
    qtbot.waitExposed(m)
    m.set_tile_source(open_map_file(path))
    state = drive_to(Navigator(rb), 3.0)
    m.set_state(state)
    m.grab()  # the tiles on screen are asked for
    qtbot.waitUntil(lambda: not m.tiles.busy, timeout=5000)
    image = m.grab().toImage()
    z = m.tiles.zoom()
    assert z is not None
    # Beside the arrow (it covers the point itself), on the car's side of any tile edge.
    car = m.car_point()
    assert car is not None
    spot = car + QPointF(-40, 0)
    assert m.projection is not None
    lat, lon = m.projection.to_latlon(*m.screen_to_world(spot))
    want = colour_of(*tile_at(lon, lat, z))
    got = colour_at(image, spot)
    assert (got.red(), got.green(), got.blue()) == pytest.approx(want, abs=2)
    assert "test survey" in m.tiles.attribution()
    m.tiles.close()


def test_a_fix_projects_one_point_whatever_the_route(qtbot: QtBot) -> None:
    """No per-fix work that grows with the route: a fix on a 200 km route takes the same
    projection calls as on a 2 km one (counted, not timed)."""
    calls: list[int] = []
    for length in (2_000.0, 200_000.0):
        route = straight_route(LAT0, LON0, AZIMUTH, length, step_m=10.0)
        rb = roadbook([Box(0, 0.0, lat=LAT0, lon=LON0)], route)
        m = DriveMap(rb)
        qtbot.addWidget(m)
        assert m.projection is not None
        seen = 0
        real = m.projection.to_xy

        def counting(lat, lon, real=real):  # type: ignore[no-untyped-def]
            nonlocal seen
            seen += 1
            return real(lat, lon)

        m.projection.to_xy = counting  # type: ignore[method-assign]
        lat, lon = offset(LAT0, LON0, AZIMUTH, 500.0)
        nav = Navigator(rb)
        m.set_state(nav.update(Fix(1_767_225_600.0, lat, lon, speed_kmh=50.0, course_deg=60.0)))
        calls.append(seen)
    assert calls == [1, 1]


def test_the_car_s_map_shows_the_app_wide_map_choice(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    box = LonLatBox(LON0 - 0.2, LAT0 - 0.2, LON0 + 0.2, LAT0 + 0.2)
    path = mbtiles(tmp_path / "erg.mbtiles", range(10, 15), box)
    view = window.drive_view
    assert view is not None
    window.trigger(Action.MAP_VIEW)
    assert view.map.tiles.source() is None
    map_sources().add_file(path)  # chosen in a review or the editor: the car follows
    assert view.map.tiles.source() is not None
    # The desktop bar (a combo, a slider) has no place in the car: the attribution is drawn
    # on the map itself, and the map is chosen in View › Map source.
    assert not view.map_bar.isVisible()
    assert "test survey" in view.map.tiles.attribution()
    assert "test survey" in view.map_bar.attribution_text()  # the bar still follows
    map_sources().choose(None)
    assert view.map.tiles.source() is None


def test_view_map_source_chooses_the_map_in_the_car(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    box = LonLatBox(LON0 - 0.2, LAT0 - 0.2, LON0 + 0.2, LAT0 + 0.2)
    path = mbtiles(tmp_path / "erg.mbtiles", range(10, 15), box)
    spec = map_sources().add_file(path)
    map_sources().choose(None)
    view = window.drive_view
    assert view is not None
    window.trigger(Action.MAP_VIEW)
    menu = window.map_action.source_menu
    menu.aboutToShow.emit()
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names[0] == "No map" and spec.name in names and "Offline" in names
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["No map"]
    next(a for a in menu.actions() if a.text() == spec.name).trigger()
    assert map_sources().chosen() == spec and view.map.tiles.source() is not None
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions() if a.isChecked()] == [spec.name]
    next(a for a in menu.actions() if a.text() == "No map").trigger()
    assert map_sources().chosen() is None and view.map.tiles.source() is None


def test_the_map_s_status_line_is_drawn_on_the_car_s_map(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    view = window.drive_view
    assert view is not None
    window.trigger(Action.MAP_VIEW)
    # A map file gone since it was chosen: an error, on the map where the crew looks.
    gone = tmp_path / "gone.mbtiles"
    mbtiles(gone, range(10, 11))
    map_sources().add_file(gone)
    map_sources().choose(None)
    gone.unlink()
    map_sources().choose(map_sources().added()[-1])
    assert view.map.map_status() == (f"{gone}: no such file", True)
    plain = drive_map_image(view.map)
    map_sources().choose(None)
    assert view.map.map_status() == ("", False)
    assert plain != drive_map_image(view.map)  # the line was drawn, and is gone


def drive_map_image(m: DriveMap) -> QImage:
    return m.grab().toImage()


def test_the_map_s_own_controls_zoom_turn_and_recentre(window: MainWindow) -> None:
    view = window.drive_view
    assert view is not None
    window.trigger(Action.MAP_VIEW)
    m = view.map
    finger = QTest.createTouchDevice()
    mpp = m.metres_per_pixel()
    tap(finger, m.controls[Action.MAP_ZOOM_IN])
    assert m.metres_per_pixel() == pytest.approx(mpp / ZOOM_STEP)
    tap(finger, m.controls[Action.MAP_ZOOM_OUT])
    assert m.metres_per_pixel() == pytest.approx(mpp)
    tap(finger, m.controls[Action.MAP_COURSE_UP])
    assert m.is_course_up() and window.options.course_up
    assert m.controls[Action.MAP_COURSE_UP].caption == "COURSE"
    drag(m)
    assert not m.is_following()
    tap(finger, m.controls[Action.MAP_RECENTRE])
    assert m.is_following()


def test_resume_auto_also_recentres_a_map_shown(window: MainWindow) -> None:
    view = window.drive_view
    assert view is not None
    window.trigger(Action.MAP_VIEW)
    drag(view.map)
    assert not view.map.is_following()
    window.trigger(Action.RESUME_AUTO)
    assert view.map.is_following()


def test_the_map_bar_never_keeps_the_focus_from_the_remote(window: MainWindow) -> None:
    view = window.drive_view
    assert view is not None
    window.trigger(Action.MAP_VIEW)
    takers = [
        w.objectName() or type(w).__name__
        for w in view.map_bar.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert takers == []
    assert view.map.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_course_up_keeps_the_last_course_below_a_crawl(drive_map: DriveMap, rb: Roadbook) -> None:
    nav = Navigator(rb)
    drive_map.set_course_up(True)
    drive_map.set_state(drive_to(nav, 3.0))
    lat, lon = LINE.point_at(3005.0)
    crawl = Fix(1_767_226_500.0, lat, lon, speed_kmh=3.0, course_deg=200.0)
    drive_map.set_state(nav.update(crawl))
    assert drive_map.up_bearing() == pytest.approx(AZIMUTH)


def test_tiles_are_dimmed_at_night(qtbot: QtBot, tmp_path: Path, rb: Roadbook) -> None:
    box = LonLatBox(LON0 - 0.2, LAT0 - 0.2, LON0 + 0.2, LAT0 + 0.2)
    path = mbtiles(tmp_path / "erg.mbtiles", range(10, 15), box)
    m = DriveMap(rb)
    qtbot.addWidget(m)
    m.resize(600, 500)
    m.show()
    qtbot.waitExposed(m)
    m.set_tile_source(open_map_file(path))
    m.set_state(drive_to(Navigator(rb), 3.0))
    m.grab()
    qtbot.waitUntil(lambda: not m.tiles.busy, timeout=5000)
    car = m.car_point()
    assert car is not None
    spot = car + QPointF(-40, 0)
    day = colour_at(m.grab().toImage(), spot)
    theme_controller().set_theme("night")
    m.set_theme(theme("night"))
    night = colour_at(m.grab().toImage(), spot)
    assert night.value() < 0.75 * max(day.value(), 1)
    m.tiles.close()


def test_a_close_map_draws_only_the_pieces_of_a_long_route_on_screen(qtbot: QtBot) -> None:
    # 100 km north with a 50 m wiggle every 200 m: 10,001 vertices no simplification drops
    n = 10_001
    north = np.arange(n) * 10.0
    east = 50.0 * np.sin(north / 200.0 * 2 * np.pi)
    route = RouteLine(LAT0 + north / 111_000.0, LON0 + east / 95_000.0)
    rb = roadbook([Box(0, 0.0, lat=LAT0, lon=LON0)], route)
    m = DriveMap(rb)
    qtbot.addWidget(m)
    m.resize(600, 500)
    m.zoom_by(4.0)  # 1 m a pixel: 600 m of the 100 km on screen
    lat, lon = float(route.lat[5000]), float(route.lon[5000])
    m.set_state(Navigator(rb).update(Fix(1_767_225_600.0, lat, lon, 50.0, 60.0)))
    level = min(m.model.route_levels, key=lambda lv: lv[0])
    assert len(level[1]) >= 15  # the finest level is cut in many pieces
    seen = m.model.route_for(0.4, m.visible_rect())
    assert 1 <= len(seen) <= 2
    # Every piece joins the next: drawn together they are the whole line.
    paths = level[1]
    for a, b in itertools.pairwise(paths):
        end = a.elementAt(a.elementCount() - 1)
        start = b.elementAt(0)
        assert (end.x, end.y) == (start.x, start.y)


def test_a_hand_pan_in_course_up_moves_the_map_with_the_finger(
    drive_map: DriveMap, rb: Roadbook
) -> None:
    drive_map.set_course_up(True)
    drive_map.set_state(drive_to(Navigator(rb), 3.0))
    before = drive_map.car_point()
    assert before is not None
    drag(drive_map)
    after = drive_map.car_point()
    assert after is not None and near(after, before + QPointF(60, 40))
    assert drive_map.up_bearing() == pytest.approx(AZIMUTH)


def test_a_roadbook_without_positions_gets_its_map_from_the_first_fix(qtbot: QtBot) -> None:
    rb = roadbook([Box(0, 0.0), Box(0, 5.0)])  # a scan: distances, no positions
    m = DriveMap(rb)
    qtbot.addWidget(m)
    m.resize(600, 500)
    assert m.projection is None and m.car_point() is None
    assert m.banner_texts() == [NO_POSITION_TEXT]
    m.grab()  # nothing to draw but the paper and the banner: no error
    m.set_state(Navigator(rb).update(fix_at(1.0)))
    assert m.projection is not None
    assert m.projection.lat0 == pytest.approx(LINE.point_at(1000.0)[0])
    car = m.car_point()
    assert car is not None and near(car, centre(m))
    assert m.banner_texts() == []


def test_one_finger_pans_but_not_the_one_left_after_a_pinch(
    drive_map: DriveMap, rb: Roadbook
) -> None:
    drive_map.set_state(drive_to(Navigator(rb), 3.0))
    finger = QTest.createTouchDevice()
    a, b = QPoint(250, 250), QPoint(350, 250)
    QTest.touchEvent(drive_map, finger).press(0, a, drive_map).press(1, b, drive_map).commit()
    QTest.touchEvent(drive_map, finger).move(0, QPoint(230, 250), drive_map).move(
        1, QPoint(370, 250), drive_map
    ).commit()
    QTest.touchEvent(drive_map, finger).stationary(0).release(
        1, QPoint(370, 250), drive_map
    ).commit()
    QTest.touchEvent(drive_map, finger).move(0, QPoint(330, 320), drive_map).commit()
    QTest.touchEvent(drive_map, finger).release(0, QPoint(330, 320), drive_map).commit()
    assert drive_map.is_following()
    # A fresh one-finger drag is a pan.
    QTest.touchEvent(drive_map, finger).press(0, QPoint(200, 200), drive_map).commit()
    QTest.touchEvent(drive_map, finger).move(0, QPoint(230, 220), drive_map).commit()
    QTest.touchEvent(drive_map, finger).move(0, QPoint(260, 240), drive_map).commit()
    QTest.touchEvent(drive_map, finger).release(0, QPoint(260, 240), drive_map).commit()
    assert not drive_map.is_following()
    assert FOLLOW_OFF_TEXT in drive_map.banner_texts()


def test_the_map_s_zoom_is_kept_for_the_session_across_drive_views(
    window: MainWindow, rb: Roadbook
) -> None:
    view = window.drive_view
    assert view is not None
    window.trigger(Action.MAP_VIEW)
    start = view.map.metres_per_pixel()
    window.trigger(Action.MAP_ZOOM_IN)
    window.trigger(Action.MAP_ZOOM_IN)
    assert window.options.map_mpp == pytest.approx(start / ZOOM_STEP**2)
    view.map.zoom_by(2.0)  # a pinch or a wheel, not a key
    want = start / ZOOM_STEP**2 / 2.0
    assert window.options.map_mpp == pytest.approx(want)
    window.set_roadbook(rb)  # a new drive view
    again = window.drive_view
    assert again is not None and again is not view
    assert again.map.metres_per_pixel() == pytest.approx(want)
    assert again.map.is_following()
