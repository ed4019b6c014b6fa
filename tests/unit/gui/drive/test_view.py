"""The drive view and its widgets, fed with NavState values built on the demo stage."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import navapp.gui.drive.boxes as boxes_module
from navapp.core.model import KM_PER_MILE, Box, Units, WaypointType
from navapp.core.navstate import WaypointStatus, cap_turn_deg
from navapp.gui.common.theme import DAY, NIGHT, apply_theme, theme
from navapp.gui.drive import (
    CapWidget,
    DriveOptions,
    DriveView,
    OdometerWidget,
    StatusStrip,
    WaypointPanel,
    ZoneBanner,
)
from navapp.gui.drive.odometer import ANIMATION_MS, odometer_text
from tests.builders import roadbook, waypoint
from tests.unit.gui.drive.states import (
    STAGE_START,
    T0,
    demo_roadbook,
    drive_along,
    dunes_state,
    gps,
    nav_state,
    neutral,
    village_over_state,
    zone,
)
from tests.unit.gui.drive.states import waypoint as wp_state

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform plugin says this whenever a top-level window with a minimum size
    # is shown; it is about the test platform, not about navapp.
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


def make_view(qtbot: QtBot, size: QSize, options: DriveOptions | None = None) -> DriveView:
    view = DriveView(demo_roadbook(), options)
    view.set_timezone(UTC)
    view.set_stage_start(STAGE_START)
    qtbot.addWidget(view)
    view.resize(size)
    view.show()
    qtbot.waitExposed(view)
    return view


# -- odometer -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (38.15, 2, "038.15"),
        (38.15, 1, "038.1"),
        (12.349, 2, "012.34"),  # a trip meter shows a digit once the distance is reached
        (0.29, 2, "000.29"),  # 0.29 * 100 is 28.999… in binary: not 000.28
        (0.0, 2, "000.00"),
        (-0.25, 2, "−000.25"),
        (-12.5, 1, "−012.5"),
        (1234.5, 2, "1234.50"),
        (-0.001, 2, "000.00"),  # nothing to show: no minus either
    ],
)
def test_odometer_text(value: float, decimals: int, text: str) -> None:
    assert odometer_text(value, decimals) == text


def test_odometer_widget_shows_the_value_in_its_units(qtbot: QtBot) -> None:
    odo = OdometerWidget("TOTAL")
    qtbot.addWidget(odo)
    odo.set_value(46.82, animate=False)
    assert odo.text() == "046.82"
    odo.set_decimals(1)
    assert odo.text() == "046.8"
    odo.set_units(Units.STATUTE)
    odo.set_decimals(2)
    odo.set_value(10 * KM_PER_MILE, animate=False)
    assert odo.text() == "010.00"
    assert odo.units().distance_label == "mi"
    odo.set_value(-1.5 * KM_PER_MILE, animate=False)
    assert odo.text() == "−001.50"
    odo.set_value(1000.0 * KM_PER_MILE, animate=False)
    assert odo.text() == "1000.00"


def test_odometer_rolls_briefly_then_settles(qtbot: QtBot) -> None:
    assert ANIMATION_MS <= 250
    odo = OdometerWidget("PARTIAL")
    qtbot.addWidget(odo)
    odo.resize(360, 120)
    odo.show()
    qtbot.waitExposed(odo)
    odo.set_value(9.99, animate=False)
    odo.set_value(10.01)
    assert odo.is_animating()
    assert odo.text() == "010.01"
    odo.grab()  # paint a frame mid-roll
    odo.set_value(10.0)  # a correction while rolling: rolls back from where the wheels are
    qtbot.waitUntil(lambda: not odo.is_animating(), timeout=2000)
    assert odo.text() == "010.00"
    image = odo.grab().toImage()
    assert not image.isNull()


# -- CAP -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("course", "cap", "course_text", "turn"),
    [
        (350.0, 10, "C.350", "+20°"),
        (10.0, 350, "C.10", "−20°"),
        (128.0, 117, "C.128", "−11°"),
        (90.4, 90, "C.90", "0°"),
        (0.0, 180, "C.0", "+180°"),
        (359.6, 0, "C.0", "0°"),
        (None, 117, "—", "—"),
    ],
)
def test_cap_widget_turn_sign_and_wrap(
    qtbot: QtBot, course: float | None, cap: int, course_text: str, turn: str
) -> None:
    w = CapWidget()
    qtbot.addWidget(w)
    w.set_values(course, cap, cap_turn_deg(cap, course))
    assert w.course_label.text() == course_text
    assert w.cap_label.text() == f"C.{cap}"
    assert w.diff_label.text() == turn


def test_cap_widget_colours_turns_beyond_the_threshold(qtbot: QtBot) -> None:
    w = CapWidget()
    qtbot.addWidget(w)
    w.set_values(100.0, 120, cap_turn_deg(120, 100.0))
    assert w.diff_label.text() == "+20°"
    assert w.diff_label.property("level") == "danger"
    assert w.arrow.angle() == 20
    w.set_values(100.0, 112, cap_turn_deg(112, 100.0))
    assert (w.diff_label.property("level") or "") == ""
    w.set_threshold(10.0)
    w.set_values(100.0, 112, cap_turn_deg(112, 100.0))
    assert w.diff_label.property("level") == "danger"
    w.set_values(None, 112, None)
    assert w.arrow.angle() is None
    assert (w.diff_label.property("level") or "") == ""


def test_drive_view_cap_from_state(qtbot: QtBot) -> None:
    view = make_view(qtbot, QSize(1024, 600))
    rb = demo_roadbook()
    view.set_state(dunes_state(rb), animate=False)
    assert view.cap.course_label.text() == "C.128"
    assert view.cap.cap_label.text() == "C.117"
    assert view.cap.diff_label.text() == "−11°"
    # As the navigator gives it: no course, no turn.
    view.set_state(replace(dunes_state(rb), course_deg=None, cap_diff_deg=None), animate=False)
    assert view.cap.course_label.text() == "—"
    assert view.cap.diff_label.text() == "—"


# -- waypoint --------------------------------------------------------------------------------


def test_waypoint_panel_hides_arrow_and_distance_when_the_rules_say_so(qtbot: QtBot) -> None:
    rb = demo_roadbook()
    panel = WaypointPanel()
    qtbot.addWidget(panel)
    hidden = wp_state(rb, 32, WaypointStatus.LOCKED, 640.0, 300.0, show_arrow=False)
    panel.set_state(nav_state(rb, 31, 29.0, wp=hidden, validated=6, missed=1))
    assert panel.label.text() == "WPM"  # the type only: not "WPM 7"
    assert panel.distance_label.text() == ""
    assert not panel.arrow_shown()
    assert panel.counts_text() == "✓ 6  ✗ 1  of 10"
    assert panel.missed_label.property("level") == "danger"

    shown = replace(hidden, status=WaypointStatus.OPEN, show_arrow=True)
    panel.set_state(nav_state(rb, 31, 29.0, course_deg=280.0, wp=shown, validated=6, missed=1))
    assert panel.label.text() == "WPM 7"
    assert panel.distance_label.text() == "640 m"
    assert panel.arrow.angle() == 20  # bearing 300 seen from course 280
    assert panel.property("level") == "ok"

    far = replace(shown, distance_m=1234.0)
    panel.set_state(nav_state(rb, 31, 29.0, course_deg=None, wp=far))
    assert panel.distance_label.text() == "1.23 km"
    assert panel.arrow.angle() == 300  # no course: absolute bearing


def test_waypoint_panel_wpc_never_shows_an_arrow(qtbot: QtBot) -> None:
    rb = demo_roadbook()
    panel = WaypointPanel()
    qtbot.addWidget(panel)
    wpc = wp_state(rb, 26, WaypointStatus.LOCKED, 120.0, 10.0, show_arrow=False)
    assert wpc.type is WaypointType.WPC
    panel.set_state(nav_state(rb, 25, 12.5, wp=wpc))
    assert panel.label.text() == "WPC"
    assert panel.distance_label.text() == ""
    assert not panel.arrow_shown()


def test_waypoint_panel_flashes_on_validation_then_shows_missed_in_red(qtbot: QtBot) -> None:
    rb = demo_roadbook()
    panel = WaypointPanel()
    qtbot.addWidget(panel)
    done = wp_state(rb, 25, WaypointStatus.VALIDATED, 40.0, 90.0, show_arrow=True)
    panel.set_state(nav_state(rb, 25, 8.6, wp=done, validated=6, time=T0))
    assert panel.property("level") == "flash"
    panel.set_state(nav_state(rb, 25, 8.7, wp=done, validated=6, time=T0 + 1.0))
    assert panel.property("level") == "flash"
    panel.set_state(nav_state(rb, 25, 8.9, wp=done, validated=6, time=T0 + 5.0))
    assert panel.property("level") == "ok"
    missed = wp_state(rb, 26, WaypointStatus.MISSED, 400.0, 90.0, show_arrow=False)
    panel.set_state(nav_state(rb, 26, 12.8, wp=missed, validated=6, missed=1))
    assert panel.property("level") == "danger"
    assert panel.caption.text() == "MISSED"


# -- zone banner -----------------------------------------------------------------------------


def test_zone_banner_red_when_over_and_hidden_outside(qtbot: QtBot) -> None:
    rb = demo_roadbook()
    banner = ZoneBanner()
    qtbot.addWidget(banner)
    banner.show()
    banner.set_state(nav_state(rb, 16, 37.5))
    assert banner.isHidden()
    banner.set_state(nav_state(rb, 17, 38.4, zone_state=zone(17, 50.0, 48.0, over=False)))
    assert not banner.isHidden()
    assert banner.text() == "DZ 50 48 km/h"
    assert not banner.is_over()
    banner.set_state(village_over_state(rb))
    assert banner.is_over()
    assert banner.text() == "DZ 50 63 km/h"
    banner.set_state(nav_state(rb, 20, 41.0))
    assert banner.isHidden()
    assert banner.text() == ""


def test_zone_banner_neutralisation_countdown(qtbot: QtBot) -> None:
    rb = demo_roadbook()
    banner = ZoneBanner()
    qtbot.addWidget(banner)
    banner.set_state(nav_state(rb, 22, 46.9, neutral_state=neutral(22, 600.0, 327.4)))
    assert banner.text() == "DN 04:33"
    assert (banner.property("level") or "") == ""
    banner.set_state(nav_state(rb, 22, 46.9, neutral_state=neutral(22, 600.0, 600.0)))
    assert banner.text() == "DN 00:00"
    assert banner.property("level") == "ok"


# -- status strip ----------------------------------------------------------------------------


def test_status_strip_time_speed_and_gps(qtbot: QtBot) -> None:
    rb = demo_roadbook()
    strip = StatusStrip()
    qtbot.addWidget(strip)
    strip.set_timezone(UTC)
    strip.set_stage_start(STAGE_START)
    strip.set_state(nav_state(rb, 5, 14.0, speed_kmh=87.4))
    assert strip.clock_label.text() == "10:23:45"
    assert strip.stage_label.text() == "1:23:45"
    assert strip.speed_label.text() == "87 km/h"
    assert strip.gps_label.text() == "GPS · 9 sat · HDOP 0.9 · 1 s"
    assert strip.gps_label.property("level") == "ok"
    strip.set_state(nav_state(rb, 5, 14.0, gps_state=gps(T0, age_s=6.0, satellites=None)))
    assert strip.gps_label.text() == "GPS · 6 s"
    assert strip.gps_label.property("level") == "warn"
    strip.set_state(
        nav_state(rb, 5, 14.0, speed_kmh=None, gps_state=gps(T0, has_fix=False, age_s=12.0))
    )
    assert strip.gps_label.text() == "NO FIX · 12 s"
    assert strip.gps_label.property("level") == "danger"
    assert strip.speed_label.text() == "— km/h"


# -- box strip -------------------------------------------------------------------------------


def close_boxes_roadbook():
    """Boxes at 0, 1.00, 1.20 (200 m after), 3.00, 3.50 km."""
    return roadbook(
        [
            Box(0, 0.0, cap=10, waypoints=(waypoint(WaypointType.DSS),)),
            Box(0, 1.0, cap=20, notes_text="Fork"),
            Box(0, 1.2, cap=30, danger=2, notes_text="Ditch"),
            Box(0, 3.0, cap=40, waypoints=(waypoint(WaypointType.WPM, "1"),)),
            Box(0, 3.5, cap=50, waypoints=(waypoint(WaypointType.ASS),)),
        ]
    )


def test_box_rows_show_the_roadbook_and_highlight_within_300_m(qtbot: QtBot) -> None:
    rb = close_boxes_roadbook()
    view = DriveView(rb)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.set_state(nav_state(rb, 2, 1.05), animate=False)
    current, second, third = view.boxes.rows
    assert current.is_current()
    assert current.texts()["number"] == "2"
    assert current.texts()["total"] == "1.00"
    assert current.is_highlighted()  # box 3 comes 200 m after box 2
    assert second.texts()["total"] == "1.20"
    assert second.texts()["partial"] == "0.20"
    assert second.texts()["danger"] == "!!"
    assert second.texts()["notes"] == "Ditch"
    assert not second.is_highlighted()
    assert third.texts()["waypoint"] == "WPM 1"
    assert view.boxes.next_caption.text() == "TO BOX 3"
    assert view.boxes.next_label.text() == "0.15 km"
    # the last box: nothing ahead
    view.set_state(nav_state(rb, 5, 3.6), animate=False)
    assert view.boxes.rows[0].texts()["waypoint"] == "ASS"
    assert view.boxes.rows[1].box() is None
    assert view.boxes.next_label.text() == "—"


def test_auto_off_badge(qtbot: QtBot) -> None:
    view = make_view(qtbot, QSize(1024, 600))
    state = dunes_state()
    view.set_state(state, animate=False)
    assert not view.boxes.is_auto_off()
    view.set_state(replace(state, auto_advance=False), animate=False)
    assert view.boxes.is_auto_off()
    assert view.boxes.auto_off_badge.isVisible()


def test_boxes_ahead_and_countdown(qtbot: QtBot) -> None:
    view = make_view(qtbot, QSize(1024, 600), DriveOptions(boxes_ahead=3, countdown=True))
    view.set_state(dunes_state(), animate=False)
    assert [r.texts()["number"] for r in view.boxes.rows] == ["24", "25", "26", "27"]
    assert view.total.caption() == "TO BOX 25"
    assert view.total.text() == "001.12"
    assert view.boxes.next_caption.text() == "TOTAL"
    assert view.boxes.next_label.text() == "7.47 km"
    assert view.partial.text() == "001.36"
    view.set_options(DriveOptions(boxes_ahead=2))
    assert [r.texts()["number"] for r in view.boxes.rows] == ["24", "25", "26"]
    assert view.total.caption() == "TOTAL"
    assert view.total.text() == "007.47"


# -- practice modes --------------------------------------------------------------------------


def test_masked_shows_only_the_current_box(qtbot: QtBot) -> None:
    view = make_view(qtbot, QSize(1024, 600), DriveOptions(masked=True))
    view.set_state(dunes_state(), animate=False)
    current, *ahead = view.boxes.rows
    assert current.texts()["number"] == "24"
    assert all(r.is_masked() and r.texts()["total"] == "" for r in ahead)
    assert view.boxes.next_label.text() == ""  # the distance would give the next box away
    view.set_options(DriveOptions())
    assert [r.texts()["number"] for r in view.boxes.rows] == ["24", "25", "26"]
    assert view.boxes.next_label.text() == "1.12 km"


def test_no_cap_hides_course_cap_and_turn(qtbot: QtBot) -> None:
    view = make_view(qtbot, QSize(1024, 600), DriveOptions(no_cap=True))
    view.set_state(dunes_state(), animate=False)
    assert {view.cap.course_label.text(), view.cap.cap_label.text()} == {"—"}
    assert view.cap.diff_label.text() == "—"
    assert view.cap.arrow.angle() is None
    assert all(r.texts()["cap"] == "" for r in view.boxes.rows)
    assert view.boxes.rows[0].texts()["total"] == "6.11"


def test_distance_only_hides_drawings_notes_and_arrow(qtbot: QtBot) -> None:
    view = make_view(qtbot, QSize(1024, 600), DriveOptions(distance_only=True))
    view.set_state(dunes_state(), animate=False)
    assert view.total.text() == "007.47"
    assert [r.texts()["total"] for r in view.boxes.rows] == ["6.11", "8.59", "12.69"]
    assert not any(r.shows_drawings() for r in view.boxes.rows)
    assert all(r.texts()["notes"] == "" for r in view.boxes.rows)
    assert not view.waypoint.arrow_shown()
    assert view.waypoint.distance_label.text() == ""
    view.set_options(DriveOptions())
    assert all(r.shows_drawings() for r in view.boxes.rows)
    assert view.waypoint.arrow_shown()
    assert view.waypoint.distance_label.text() == "1.12 km"


def test_options_are_checked() -> None:
    with pytest.raises(ValueError):
        DriveOptions(decimals=3)
    with pytest.raises(ValueError):
        DriveOptions(boxes_ahead=5)


# -- performance -----------------------------------------------------------------------------


def test_ten_hertz_updates_render_each_drawing_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: list[int] = []
    real = boxes_module.render_drawing_image

    def counting(drawing, size):
        rendered.append(id(drawing))
        return real(drawing, size)

    monkeypatch.setattr(boxes_module, "render_drawing_image", counting)
    rb = demo_roadbook()
    view = make_view(qtbot, QSize(1024, 600))
    shown: set[int] = set()
    for state in drive_along(rb, 200):
        view.set_state(state)
        shown.update(r.box().index for r in view.boxes.rows if r.box() is not None)
    view.set_theme("night")  # night pictures are derived from the cache, not re-rendered
    view.set_theme("day")
    assert len(shown) >= 5  # the drive went past a few boxes
    drawings = [d for i in shown for d in (rb.boxes[i - 1].tulip, rb.boxes[i - 1].notes) if d]
    assert len(rendered) == len(drawings)
    assert sorted(rendered) == sorted(id(d) for d in drawings)


def test_unchanged_texts_are_not_set_again(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    view = make_view(qtbot, QSize(1024, 600))
    state = dunes_state()
    view.set_state(state, animate=False)
    calls: list[str] = []
    label = view.status.speed_label
    original = label.setText
    monkeypatch.setattr(label, "setText", lambda text: (calls.append(text), original(text)))
    for i in range(10):
        view.set_state(replace(state, time=state.time + 0.1 * i), animate=False)
    assert calls == []


# -- themes ----------------------------------------------------------------------------------


def test_themes(qtbot: QtBot) -> None:
    assert theme("day") is DAY
    assert theme("night") is NIGHT
    with pytest.raises(ValueError):
        theme("dusk")
    # night: no pure white anywhere, so nothing glares in a dark cabin
    colours = [v for k, v in vars(NIGHT).items() if k != "name" and isinstance(v, str)]
    assert "#ffffff" not in [c.lower() for c in colours]
    view = make_view(qtbot, QSize(1024, 600))
    view.set_theme("night")
    assert view.theme() is NIGHT
    assert view.palette().color(view.backgroundRole()).name() == NIGHT.window
    w = CapWidget()
    qtbot.addWidget(w)
    assert apply_theme(w, "day") is DAY


# -- screenshots -----------------------------------------------------------------------------


def layout_fits(view: DriveView) -> None:
    """Every part of the view lies inside it (nothing pushed off screen or squashed to nothing)."""
    rect = view.rect()
    for w in (
        view.total,
        view.partial,
        view.cap,
        view.banner,
        view.waypoint,
        view.boxes,
        view.status,
        *view.boxes.rows,
    ):
        geo = w.geometry()
        top_left = w.mapTo(view, geo.topLeft() - w.pos())
        assert rect.contains(top_left), type(w).__name__
        assert rect.contains(top_left + geo.bottomRight() - geo.topLeft()), type(w).__name__
        assert geo.height() >= 30, type(w).__name__


@pytest.mark.parametrize(
    ("size", "name", "state_name", "options"),
    [
        (QSize(1024, 600), "day", "dunes", DriveOptions()),
        (QSize(1024, 600), "night", "dunes", DriveOptions()),
        (QSize(1920, 1080), "day", "dunes", DriveOptions()),
        (QSize(1920, 1080), "night", "dunes", DriveOptions()),
        (QSize(1024, 600), "day", "zone_over", DriveOptions()),
        (QSize(1024, 600), "day", "masked", DriveOptions(masked=True)),
    ],
)
def test_screenshots(
    qtbot: QtBot,
    screenshot_dir: Path,
    size: QSize,
    name: str,
    state_name: str,
    options: DriveOptions,
) -> None:
    view = make_view(qtbot, size, options)
    view.set_theme(name)
    state = village_over_state() if state_name == "zone_over" else dunes_state()
    view.set_state(state, animate=False)
    QApplication.processEvents()  # let pending layout requests run, as the event loop would
    layout_fits(view)
    if state_name == "dunes":
        file = f"drive_{name}_{size.width()}x{size.height()}.png"
    else:
        file = f"drive_{state_name}_{size.width()}x{size.height()}.png"
    image = view.grab()
    assert image.size() == size
    image.save(str(screenshot_dir / file))


# -- GPS feed --------------------------------------------------------------------------------


def test_a_lost_feed_marks_the_view_and_a_live_one_clears_it(qtbot: QtBot) -> None:
    from navapp.gps.silence import Feed, FeedStatus

    view = make_view(qtbot, QSize(1024, 600))
    state = village_over_state()
    view.set_state(state, animate=False)
    assert view.banner.is_over() and view.status.speed_label.text() != "— km/h"
    view.set_feed(FeedStatus(Feed.NO_GPS, 12.4))
    assert view.state() is state  # the state is kept, only what is shown changes
    assert view.status.gps_label.text() == "NO GPS 12 s"
    assert view.status.gps_label.property("level") == "danger"
    assert view.status.speed_label.text() == "— km/h"
    assert view.cap.course_label.text() == "—" and view.cap.diff_label.text() == "—"
    assert not view.banner.is_over()
    assert view.total.mark() == view.partial.mark() == "GPS LOST"
    # The counters keep their last value, marked as not advancing.
    assert view.total.text() == odometer_text(state.trip.total_km, 2)
    # A state arriving while lost (a co-driver correction) is shown blanked too.
    view.set_state(replace(state, trip=replace(state.trip, total_km=state.trip.total_km + 0.1)))
    assert view.status.speed_label.text() == "— km/h"
    view.set_feed(FeedStatus(Feed.NO_FIX, 4.0))
    assert view.status.gps_label.text() == "NO FIX 4 s"
    view.set_feed(FeedStatus(Feed.PAUSED))
    assert view.status.gps_label.text() == "REPLAY PAUSED"
    assert view.status.gps_label.property("level") == "warn"
    assert view.total.mark() == "PAUSED"
    view.set_feed(FeedStatus(Feed.LIVE, 0.2))
    assert view.status.gps_label.text().startswith("GPS")
    assert view.total.mark() == "" and view.banner.is_over()
    assert view.status.speed_label.text() != "— km/h"
    view.set_feed(None)  # not told (the review window): shown as given
    assert view.total.mark() == ""


def test_stage_time_never_negative(qtbot: QtBot) -> None:
    rb = demo_roadbook()
    strip = StatusStrip()
    qtbot.addWidget(strip)
    strip.set_stage_start(T0 + 600)  # a fix before the start (a replay sought back)
    strip.set_state(nav_state(rb, 5, 14.0))
    assert strip.stage_label.text() == "0:00:00"
