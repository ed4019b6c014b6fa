"""The navigator on generated drives whose right answers are known by construction."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest

from navapp.core import geodesy
from navapp.core.model import Box, Fix, Roadbook, Waypoint, WaypointType
from navapp.core.navigator import Navigator, NavSettings
from navapp.core.navstate import EventType, NavState, WaypointStatus
from navapp.core.simulate import simulate
from navapp.io.nmea import read_nmea
from navapp.io.registry import read_roadbook, read_track
from navapp.paths import demo_drive, demo_roadbook
from tests.builders import drive, offset, roadbook, straight_route, waypoint

DATA = Path(__file__).parents[2] / "data"
ROUTE = straight_route(31.0, -4.0, 90.0, 20_000.0, step_m=50.0)
LINE = geodesy.RouteGeometry(ROUTE.lat, ROUTE.lon)


def box_at(km: float, *wps: Waypoint, side_m: float = 0.0, **kw: object) -> Box:
    """A box at chainage ``km`` on ROUTE, optionally ``side_m`` north of the line."""
    lat, lon = LINE.point_at(km * 1000)
    if side_m:
        lat, lon = offset(lat, lon, 0.0, side_m)
    return Box(0, km, lat=lat, lon=lon, waypoints=wps, cap=90, **kw)  # type: ignore[arg-type]


def run(rb: Roadbook, fixes: list[Fix], **settings: object) -> tuple[Navigator, list[NavState]]:
    nav = Navigator(rb, NavSettings(**settings))  # type: ignore[arg-type]
    return nav, [nav.update(f) for f in fixes]


def events(states: list[NavState], kind: EventType) -> list[tuple[int | None, str | None]]:
    return [(e.box, e.name) for s in states for e in s.events if e.type is kind]


def test_boxes_advance_with_the_trip_meter() -> None:
    rb = roadbook([box_at(0.0), box_at(2.5), box_at(7.0), box_at(12.0)], ROUTE)
    rb = Roadbook(
        rb.name, rb.units, tuple(Box(b.index, b.total_km, b.partial_km, b.cap) for b in rb.boxes)
    )
    _nav, states = run(rb, drive(ROUTE, 60.0)[: int(8000 / (60 / 3.6)) + 1])
    assert states[-1].box == 3
    advances = [
        (s.time - states[0].time, e.box)
        for s in states
        for e in s.events
        if e.type is EventType.BOX
    ]
    # At 60 km/h box 2 (2.5 km) comes after 150 s and box 3 (7 km) after 420 s.
    assert [b for _, b in advances] == [2, 3]
    assert advances[0][0] == pytest.approx(150, abs=1.01)
    assert advances[1][0] == pytest.approx(420, abs=1.01)
    assert states[-1].to_next_km == pytest.approx(12.0 - states[-1].trip.total_km)


def test_reset_box_restarts_the_totals() -> None:
    boxes = [box_at(0.0), box_at(3.0, reset_km=0.0), box_at(2.0), box_at(5.0)]
    boxes[2] = Box(0, 2.0, cap=90)  # printed after the reset: 5 km from the start
    boxes[3] = Box(0, 5.0, cap=90)
    rb = roadbook([Box(0, 0.0), Box(0, 3.0, reset_km=0.0), Box(0, 2.0), Box(0, 5.0)], ROUTE)
    _nav, states = run(rb, drive(ROUTE, 90.0)[: int(7500 / 25) + 1])
    final = states[-1]
    assert final.box == 3
    assert final.trip.total_km == pytest.approx(7.5 - 3.0, abs=0.03)
    resets = [e for s in states for e in s.events if e.type is EventType.TRIP_RESET]
    assert [(e.box, e.detail) for e in resets] == [(2, "reset to 0")]


def test_waypoint_passed_at_150_kmh_between_fixes_is_validated() -> None:
    """No fix lies inside the 20 m circle, but the path between two fixes does."""
    fixes = drive(ROUTE, 150.0)  # 41.7 m between fixes
    a, b = fixes[100], fixes[101]
    # The waypoint sits 10 m beside the midpoint of the step: 23 m from either fix.
    mid_az, step = geodesy.inverse(a.lat, a.lon, b.lat, b.lon)
    mid = geodesy.forward(a.lat, a.lon, mid_az, step / 2)
    wlat, wlon = offset(*mid, 0.0, 10.0)
    for f in (a, b):
        assert geodesy.distance_m(f.lat, f.lon, wlat, wlon) > 20.0
    wpp = Waypoint(WaypointType.WPP, "9", 100.0, 20.0)
    total = LINE.locate([wlat], [wlon]).chainage_m[0] / 1000
    rb = roadbook(
        [box_at(0.0), Box(0, round(total, 3), lat=wlat, lon=wlon, waypoints=(wpp,))], ROUTE
    )
    nav, states = run(rb, fixes[:150])
    assert events(states, EventType.WP_VALIDATED) == [(2, "WPP 9")]
    (result,) = nav.waypoint_results()
    assert result.closest_m == pytest.approx(10.0, abs=0.05)
    assert result.time == b.time


def test_waypoint_passed_outside_its_clear_radius_is_missed_by_the_next() -> None:
    wpm = waypoint(WaypointType.WPM, "1")  # clear 200 m
    rb = roadbook(
        [
            box_at(0.0, waypoint(WaypointType.DSS)),
            box_at(4.0, wpm, side_m=260.0),
            box_at(8.0, waypoint(WaypointType.WPM, "2"), side_m=150.0),
            box_at(12.0, waypoint(WaypointType.WPC, "3")),
        ],
        ROUTE,
    )
    nav, states = run(rb, drive(ROUTE, 80.0)[: int(9000 / (80 / 3.6))])
    assert events(states, EventType.WP_VALIDATED) == [(1, "DSS"), (3, "WPM 2")]
    assert events(states, EventType.WP_MISSED) == [(2, "WPM 1")]
    missed = nav.waypoint_results()[1]
    assert missed.status is WaypointStatus.MISSED
    assert missed.closest_m == pytest.approx(260.0, abs=0.5)
    final = states[-1]
    assert (final.validated, final.missed, final.waypoints_total) == (2, 1, 4)
    # The WPC never opens: no arrow, and finish() misses it when the drive ends before it.
    assert final.waypoint is not None and final.waypoint.type is WaypointType.WPC
    assert not final.waypoint.show_arrow
    end = nav.finish()
    assert [(e.box, e.name) for e in end.events if e.type is EventType.WP_MISSED] == [(4, "WPC 3")]


def test_arrow_rules_per_type() -> None:
    rb = roadbook(
        [
            box_at(0.0, waypoint(WaypointType.DSS)),
            box_at(3.0, waypoint(WaypointType.WPM, "1")),  # opens inside 800 m
            box_at(6.0, waypoint(WaypointType.WPE, "2")),  # opens once WPM 1 is validated
            box_at(9.0, waypoint(WaypointType.WPV, "3")),  # always
        ],
        ROUTE,
    )
    _nav, states = run(rb, drive(ROUTE, 72.0)[: int(7000 / 20)])
    by_time = {round((s.time - states[0].time) * 20): s for s in states}  # key: metres driven
    assert by_time[2000].waypoint is not None and not by_time[2000].waypoint.show_arrow
    at_2300 = by_time[2300].waypoint
    assert at_2300 is not None and at_2300.show_arrow and at_2300.label == "WPM 1"
    assert at_2300.distance_m == pytest.approx(700.0, abs=1.0)
    assert at_2300.bearing_deg == pytest.approx(90.0, abs=0.5)
    after = by_time[3200].waypoint  # WPM 1 validated at 2.8 km: the WPE shows at once
    assert after is not None and after.label == "WPE 2" and after.show_arrow
    assert events(states, EventType.WP_OPEN)[:2] == [(2, "WPM 1"), (3, "WPE 2")]


def test_speed_zone_and_overspeed_from_fix_speed() -> None:
    rb = roadbook(
        [
            box_at(0.0),
            box_at(2.0, waypoint(WaypointType.DZ), speed_limit_kmh=50.0),
            box_at(5.0, waypoint(WaypointType.FZ)),
        ],
        ROUTE,
    )
    plan = [(0.0, 90.0), (1_900.0, 45.0), (3_000.0, 65.0), (3_500.0, 48.0), (5_100.0, 90.0)]
    _nav, states = run(rb, drive(ROUTE, plan)[:400])
    kinds = [
        (e.type, e.box)
        for s in states
        for e in s.events
        if e.type.value.startswith(("zone", "overspeed"))
    ]
    assert kinds == [
        (EventType.ZONE_ENTER, 2),
        (EventType.OVERSPEED_START, 2),
        (EventType.OVERSPEED_END, 2),
        (EventType.ZONE_EXIT, 3),
    ]
    odo = {e.type: e.odo_km for s in states for e in s.events}
    assert odo[EventType.OVERSPEED_START] == pytest.approx(3.0, abs=0.07)
    assert odo[EventType.OVERSPEED_END] == pytest.approx(3.5, abs=0.07)
    inside = [s for s in states if s.zone is not None]
    assert all(s.zone.limit_kmh == 50.0 for s in inside if s.zone)
    assert any(s.zone.over for s in inside if s.zone)


def test_overspeed_from_positions_when_the_log_has_no_speed() -> None:
    rb = roadbook(
        [
            box_at(0.0),
            Box(0, 1.0, speed_limit_kmh=50.0, waypoints=(waypoint(WaypointType.DZ),)),
            Box(0, 4.0, waypoints=(waypoint(WaypointType.FZ),)),
        ],
        ROUTE,
    )
    plan = [(0.0, 45.0), (2_000.0, 62.0), (2_600.0, 45.0)]
    _nav, states = run(rb, drive(ROUTE, plan, with_speed=False)[:400])
    starts = [e for s in states for e in s.events if e.type is EventType.OVERSPEED_START]
    ends = [e for s in states for e in s.events if e.type is EventType.OVERSPEED_END]
    assert len(starts) == len(ends) == 1
    # Speed over 5 s of positions: the change shows within a few seconds of the real one.
    assert starts[0].odo_km == pytest.approx(2.0, abs=0.09)
    assert ends[0].odo_km == pytest.approx(2.6, abs=0.09)


def test_neutralisation_countdown_and_early_exit() -> None:
    rb = roadbook(
        [
            Box(0, 0.0),
            Box(0, 1.0, neutralization_s=600, waypoints=(waypoint(WaypointType.DN),)),
            Box(0, 2.0, waypoints=(waypoint(WaypointType.FN),)),
        ],
        ROUTE,
    )
    plan = [(0.0, 36.0)]
    _nav, states = run(rb, drive(ROUTE, plan)[:250])
    started = next(s for s in states if any(e.type is EventType.NEUTRAL_START for e in s.events))
    assert started.neutral is not None and started.neutral.remaining_s == 600
    later = states[states.index(started) + 50]
    assert later.neutral is not None and later.neutral.remaining_s == pytest.approx(550, abs=0.01)
    (end,) = [e for s in states for e in s.events if e.type is EventType.NEUTRAL_END]
    assert end.box == 3 and end.detail == "left 500 s early"


def test_manual_scroll_pauses_auto_advance() -> None:
    rb = roadbook([Box(0, 0.0), Box(0, 1.0), Box(0, 2.0), Box(0, 3.0)], ROUTE)
    nav = Navigator(rb)
    fixes = drive(ROUTE, 36.0)
    for f in fixes[:150]:  # 1.49 km
        nav.update(f)
    assert nav.state.box == 2
    assert nav.step_box(+2).box == 4 and not nav.state.auto_advance
    for f in fixes[150:260]:  # past 2 km: still where the co-driver put it
        nav.update(f)
    assert nav.state.box == 4
    resumed = nav.resume_auto()
    assert resumed.auto_advance and resumed.box == 3


def test_co_driver_commands() -> None:
    rb = roadbook([Box(0, 0.0), Box(0, 1.0, cap=270)], ROUTE)
    nav = Navigator(rb)
    for f in drive(ROUTE, 36.0)[:120]:
        nav.update(f)
    assert nav.state.box == 2 and nav.state.cap == 270
    # Driving east (course 90) against CAP 270: the difference is half a turn.
    assert nav.state.cap_diff_deg is not None
    assert abs(nav.state.cap_diff_deg) == pytest.approx(180.0, abs=0.5)
    before = nav.state.trip.total_km
    assert nav.adjust(0.1).trip.total_km == pytest.approx(before + 0.1)
    assert nav.reset_partial().trip.partial_km == 0.0
    assert nav.set_total_to_box().trip.total_km == 1.0
    assert nav.set_calibration(-1.5).trip.calibration_pct == -1.5


def test_course_is_unknown_when_parked() -> None:
    rb = roadbook([Box(0, 0.0, cap=10)], ROUTE)
    fixes = drive(ROUTE, [(0.0, 30.0), (200.0, 0.0)])
    still = [
        Fix(fixes[-1].time + i, fixes[-1].lat, fixes[-1].lon, speed_kmh=0.0) for i in range(1, 20)
    ]
    _nav, states = run(rb, [*fixes, *still])
    assert states[len(fixes) - 3].course_deg == pytest.approx(90.0, abs=0.5)
    assert states[-1].course_deg is None and states[-1].cap_diff_deg is None


def test_bad_gps_input_leaves_the_trip_right() -> None:
    rb = roadbook([Box(0, 0.0), Box(0, 1.0), Box(0, 3.0)], ROUTE)
    fixes = drive(ROUTE, 36.0)[:201]  # 2 km
    jump = Fix(fixes[100].time + 0.5, *offset(fixes[100].lat, fixes[100].lon, 0.0, 10_000.0))
    bad = [
        *fixes[:101],
        jump,
        fixes[100],
        Fix(fixes[50].time, fixes[50].lat, fixes[50].lon),
        Fix(fixes[100].time + 0.7, math.nan, math.nan, valid=False),
        *fixes[101:],
    ]
    _nav, states = run(rb, bad)
    assert states[-1].trip.total_km == pytest.approx(2.0, abs=0.001)
    rejected = [e.detail for s in states for e in s.events if e.type is EventType.FIX_REJECTED]
    # The fix repeated after the jump is older than the (refused) jump's report: times are
    # checked against every report with a position, as the review does.
    assert rejected == ["jump", "backwards", "backwards"]
    lost = [
        e.type
        for s in states
        for e in s.events
        if e.type in (EventType.FIX_LOST, EventType.FIX_REGAINED)
    ]
    assert lost == [EventType.FIX_LOST, EventType.FIX_REGAINED]
    assert states[-1].gps.rejected == 3  # the repeat is refused quietly


@pytest.mark.parametrize(
    "name", [*sorted(p.name for p in DATA.glob("*.log")), "toams69_logs_gps_deadreckoning_E.nmea"]
)
def test_real_nmea_logs(name: str) -> None:
    log = read_nmea(DATA / name)
    rb = roadbook([Box(0, 0.0)])
    result = simulate(rb, log.fixes)
    track = log.track
    # The trip never exceeds the path through the valid fixes, and dead reckoning adds nothing.
    path_km = geodesy.cumulative_m(track.lat, track.lon)[-1] / 1000 if len(track) > 1 else 0.0
    assert 0.0 <= result.final.trip.total_km <= path_km + 1e-9
    if len(track) == 0:
        assert result.final.trip.total_km == 0.0 and not result.final.gps.has_fix


def test_moving_reversing_log_counts_the_driving() -> None:
    log = read_nmea(DATA / "gpsd_haicom-305N_moving_reversing.log")
    result = simulate(roadbook([Box(0, 0.0)]), log.fixes)
    speeds = [f.speed_kmh for f in log.track.fixes() if f.speed_kmh]
    assert max(speeds) > 5
    # Independent figure: sum of steps between valid fixes where the receiver reports >= 1 km/h.
    fixes = [f for f in log.fixes if f.valid]
    expected = (
        sum(
            geodesy.distance_m(a.lat, a.lon, b.lat, b.lon)
            for a, b in itertools.pairwise(fixes)
            if b.speed_kmh is not None and b.speed_kmh >= 1.0
        )
        / 1000
    )
    assert result.final.trip.total_km == pytest.approx(expected, rel=1e-6)


def test_demo_drive_one_miss_one_overspeed() -> None:
    result = simulate(read_roadbook(demo_roadbook()), read_track(demo_drive()).fixes())
    missed = [(e.box, e.name) for e in result.events if e.type is EventType.WP_MISSED]
    assert missed == [(32, "WPM 7")]
    over = [e for e in result.events if e.type is EventType.OVERSPEED_START]
    assert len(over) == 1 and over[0].box == 17
    assert result.final.finished and result.final.box == 39
    assert result.final.validated == result.final.waypoints_total - 1


def test_snapshot_and_restore_resume_the_stage() -> None:
    rb = read_roadbook(demo_roadbook())
    fixes = list(read_track(demo_drive()).fixes())
    whole = simulate(rb, fixes)
    nav = Navigator(rb)
    half = len(fixes) // 2
    for f in fixes[:half]:
        nav.update(f)
    snap = nav.snapshot()
    resumed = Navigator(rb)
    resumed.restore(snap)
    assert resumed.state.trip.total_km == nav.state.trip.total_km
    assert resumed.state.box == nav.state.box
    for f in fixes[half:]:
        resumed.update(f)
    end = resumed.finish()
    assert [r.status for r in resumed.waypoint_results()] == [r.status for r in whole.waypoints]
    # The first fix after a restart only anchors the meter: at most one step is not counted.
    assert end.trip.total_km == pytest.approx(whole.final.trip.total_km, abs=0.05)
    with pytest.raises(ValueError, match="another roadbook"):
        Navigator(roadbook([Box(0, 0.0)])).restore(snap)


def test_waypoints_of_one_box_do_not_miss_each_other() -> None:
    """A DZ (clear 90 m) and a WPM (clear 200 m) on one box: the WPM validates first."""
    rb = roadbook(
        [
            box_at(0.0, waypoint(WaypointType.DSS)),
            box_at(
                2.0,
                waypoint(WaypointType.DZ),
                waypoint(WaypointType.WPM, "1"),
                speed_limit_kmh=50.0,
            ),
            box_at(4.0, waypoint(WaypointType.FZ)),
        ],
        ROUTE,
    )
    _nav, states = run(rb, drive(ROUTE, 40.0)[:450])
    assert events(states, EventType.WP_VALIDATED) == [
        (1, "DSS"),
        (2, "WPM 1"),
        (2, "DZ"),
        (3, "FZ"),
    ]
    assert events(states, EventType.WP_MISSED) == []


@pytest.mark.parametrize(("cap", "turn"), [(100, 10.0), (80, -10.0), (270, 180.0), (359, -91.0)])
def test_cap_difference_is_the_turn_to_make(cap: int, turn: float) -> None:
    """Driving east (course 90): a CAP to the right gives a positive turn."""
    _nav, states = run(roadbook([Box(0, 0.0, cap=cap)], ROUTE), drive(ROUTE, 36.0)[:30])
    diff = states[-1].cap_diff_deg
    assert diff is not None
    assert (
        diff == pytest.approx(turn, abs=0.5)
        or abs(diff) == pytest.approx(abs(turn), abs=0.5) == 180.0
    )


def test_overspeed_from_positions_at_20_hz() -> None:
    rb = roadbook(
        [
            box_at(0.0),
            Box(0, 1.0, speed_limit_kmh=50.0, waypoints=(waypoint(WaypointType.DZ),)),
            Box(0, 4.0, waypoints=(waypoint(WaypointType.FZ),)),
        ],
        ROUTE,
    )
    plan = [(0.0, 45.0), (2_000.0, 62.0), (2_600.0, 45.0)]
    _nav, states = run(rb, drive(ROUTE, plan, hz=20.0, with_speed=False)[:8000])
    starts = [e for s in states for e in s.events if e.type is EventType.OVERSPEED_START]
    assert len(starts) == 1 and starts[0].odo_km == pytest.approx(2.0, abs=0.09)
