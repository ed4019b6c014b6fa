"""Waypoint order on real stage shapes: loops, figure-8 crossings, out-and-backs, detours.

Each stage is built so the right answer is known: where every waypoint is reached in sequence
and when, at 36 km/h (10 m a fix at 1 Hz). The navigator (``simulate``) and the review must
both give it.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from navapp.core import geodesy
from navapp.core.generate import generate
from navapp.core.model import Box, Fix, Roadbook, RouteLine, WaypointType
from navapp.core.navstate import EventType, WaypointStatus
from navapp.core.review import review
from navapp.core.simulate import simulate
from navapp.core.wporder import OrderSettings, WaypointOrder, box_chainage_km
from navapp.io.registry import read_track
from tests.builders import drive, roadbook, waypoint
from tests.unit.core.test_review import as_track

DATA = "tests/data"
T0 = 1_767_225_600.0
V = 36.0  # km/h: one fix every 10 m
LAT0, LON0 = 24.5, 12.0

V_ = WaypointStatus.VALIDATED
M_ = WaypointStatus.MISSED


def polyline(legs: list[tuple[float, float]], start: tuple[float, float] = (LAT0, LON0)):
    """A route of straight legs (azimuth, metres) from ``start``, a vertex every 10 m."""
    lat, lon = [start[0]], [start[1]]
    for az, length in legs:
        n = round(length / 10.0)
        for _ in range(n):
            la, lo = geodesy.forward(lat[-1], lon[-1], az, length / n)
            lat.append(la)
            lon.append(lo)
    return RouteLine(np.array(lat), np.array(lon))


def at(route: RouteLine, km: float, wtype: WaypointType | None, name: str = "") -> Box:
    """A box ``km`` along the route, with a waypoint of that type (default radii)."""
    lat, lon = geodesy.RouteGeometry(route.lat, route.lon).point_at(km * 1000.0)
    wps = (waypoint(wtype, name),) if wtype is not None else ()
    return Box(0, km, lat=lat, lon=lon, waypoints=wps)


def entry_km(route: RouteLine, box: Box, after_km: float) -> float:
    """Where the drive along ``route`` first comes inside the box's clear circle after
    ``after_km`` (to the 10 m of a fix)."""
    line = geodesy.RouteGeometry(route.lat, route.lon)
    c = np.arange(after_km * 1000.0, line.length_m + 10.0, 10.0)
    c = np.minimum(c, line.length_m)
    pts = [line.point_at(float(x)) for x in c]
    lat, lon = np.array([p[0] for p in pts]), np.array([p[1] for p in pts])
    _az, d = geodesy.inverse_arrays(np.full(c.size, box.lat), np.full(c.size, box.lon), lat, lon)
    clear = box.waypoints[0].clear_m
    return float(c[np.nonzero(d <= clear + 1e-6)[0][0]]) / 1000.0


def check(rb: Roadbook, fixes: list[Fix], expected: list[tuple[WaypointStatus, float | None]]):
    """simulate and review both give ``expected``: (status, time) per waypoint, times ±1 s."""
    sim = simulate(rb, fixes)
    rev = review(rb, as_track(fixes))
    for results in (
        [(w.status, w.time) for w in sim.waypoints],
        [(w.status, w.time) for w in rev.waypoints],
    ):
        assert [s for s, _ in results] == [s for s, _ in expected]
        for (_s, got), (_e, want) in zip(results, expected, strict=True):
            if want is None:
                assert got is None
            else:
                assert got == pytest.approx(want, abs=1.01)
    return sim, rev


def t_at(km: float) -> float:
    return T0 + km * 1000.0 / (V / 3.6)


def test_loop_stage_with_the_ass_40_m_from_the_dss() -> None:
    route = polyline([(0.0, 2000.0), (90.0, 2000.0), (180.0, 2000.0), (270.0, 1960.0)])
    end = geodesy.RouteGeometry(route.lat, route.lon).length_m / 1000.0
    boxes = [
        at(route, 0.0, WaypointType.DSS),
        at(route, 3.0, WaypointType.WPM, "1"),
        at(route, 5.0, WaypointType.WPV, "2"),
        at(route, end, WaypointType.ASS),
    ]
    rb = roadbook(boxes, route)
    ass, dss = rb.boxes[3], rb.boxes[0]
    assert geodesy.distance_m(dss.lat, dss.lon, ass.lat, ass.lon) == pytest.approx(40.0, abs=0.5)
    fixes = drive(route, V)
    expected = [
        (V_, T0),
        (V_, t_at(entry_km(route, rb.boxes[1], 0.0))),
        (V_, t_at(entry_km(route, rb.boxes[2], 3.0))),
        (V_, t_at(entry_km(route, ass, 5.0))),
    ]
    sim, _rev = check(rb, fixes, expected)
    # The ASS was entered at the very first fix; the trip meter never jumped to it.
    trips = [e.odo_km for e in sim.events if e.type is EventType.TRIP_RESET]
    assert trips[-1] == pytest.approx(end - 0.09, abs=0.02)
    assert sim.final.trip.total_km == pytest.approx(end, abs=0.02)


def test_figure_8_with_a_later_waypoint_on_the_crossing() -> None:
    # North through the crossing (km 1), round the eastern lobe, west through the crossing
    # again (km 5), round the western lobe back to the start.
    start = geodesy.forward(LAT0, LON0, 180.0, 1000.0)
    route = polyline(
        [(0.0, 2000.0), (90.0, 1000.0), (180.0, 1000.0), (270.0, 2000.0), (180.0, 1000.0)],
        start=start,
    )
    boxes = [
        at(route, 0.0, WaypointType.DSS),
        at(route, 2.5, WaypointType.WPV, "1"),
        at(route, 5.0, WaypointType.WPM, "2"),  # on the crossing, passed first at km 1
        at(route, 6.5, WaypointType.WPV, "3"),
        at(route, 7.0, WaypointType.ASS),
    ]
    rb = roadbook(boxes, route)
    crossing = rb.boxes[2]
    assert geodesy.distance_m(crossing.lat, crossing.lon, LAT0, LON0) < 1.0
    expected = [
        (V_, T0),
        (V_, t_at(entry_km(route, rb.boxes[1], 0.0))),
        (V_, t_at(entry_km(route, crossing, 3.0))),  # the second passage
        (V_, t_at(entry_km(route, rb.boxes[3], 5.0))),
        (V_, t_at(entry_km(route, rb.boxes[4], 6.0))),
    ]
    check(rb, drive(route, V), expected)


def test_out_and_back_with_waypoints_on_both_legs() -> None:
    # Out 3 km north, back south on the same piste (10 m to the side), to the start.
    back = geodesy.forward(*geodesy.forward(LAT0, LON0, 0.0, 3000.0), 90.0, 10.0)
    route = polyline([(0.0, 3000.0), (90.0, 10.0), (180.0, 3000.0)])
    assert geodesy.distance_m(route.lat[301], route.lon[301], *back) < 1.0
    boxes = [
        at(route, 0.0, WaypointType.DSS),
        at(route, 1.0, WaypointType.WPM, "out"),
        at(route, 3.0, WaypointType.WPV, "turn"),
        at(route, 5.01, WaypointType.WPM, "back"),  # 10 m from "out"
        at(route, 6.01, WaypointType.ASS),  # 10 m from the DSS
    ]
    rb = roadbook(boxes, route)
    out, back_wp = rb.boxes[1], rb.boxes[3]
    assert geodesy.distance_m(out.lat, out.lon, back_wp.lat, back_wp.lon) < 11.0
    expected = [
        (V_, T0),
        (V_, t_at(entry_km(route, out, 0.0))),
        (V_, t_at(entry_km(route, rb.boxes[2], 1.0))),
        (V_, t_at(entry_km(route, back_wp, 3.0))),
        (V_, t_at(entry_km(route, rb.boxes[4], 5.0))),
    ]
    check(rb, drive(route, V), expected)


def test_a_detour_misses_one_waypoint_and_the_later_ones_still_validate() -> None:
    route = polyline([(90.0, 10_000.0)])
    boxes = [
        at(route, 0.0, WaypointType.DSS),
        at(route, 3.0, WaypointType.WPM, "1"),
        at(route, 6.0, WaypointType.WPV, "2"),
        at(route, 10.0, WaypointType.ASS),
    ]
    rb = roadbook(boxes, route)
    # The crew leaves the piste at km 2, drives 600 m north of it, back on it at km 4.
    path = polyline([(90.0, 2000.0), (0.0, 600.0), (90.0, 2000.0), (180.0, 600.0), (90.0, 6000.0)])
    fixes = drive(path, V)
    detour = 1.2  # km more than the roadbook
    wpv = rb.boxes[2]
    sim, rev = check(
        rb,
        fixes,
        [
            (V_, T0),
            (M_, None),
            (V_, t_at(entry_km(path, wpv, 5.0))),
            (V_, t_at(entry_km(path, rb.boxes[3], 9.0 + detour))),
        ],
    )
    # The miss is decided when the later waypoint validates, and its closest approach kept.
    assert rev.waypoints[1].closest_m == pytest.approx(600.0, abs=1.0)
    missed = [e for e in sim.events if e.type is EventType.WP_MISSED]
    assert [e.box for e in missed] == [2]
    assert missed[0].time == pytest.approx(t_at(entry_km(path, wpv, 5.0)), abs=1.01)


def test_real_loop_ride_validates_the_ass_at_the_finish() -> None:
    """GPSBabel's bike ride starts and finishes at one place: a loop stage."""
    track = read_track(f"{DATA}/gpsbabel_bike_loop.gpx")
    rb = generate(track)
    ass = rb.boxes[-1].waypoint_of(WaypointType.ASS)
    assert ass is not None
    sim = simulate(rb, track.fixes())
    rev = review(rb, track)
    assert [(w.status, w.time) for w in sim.waypoints] == [
        (w.status, w.time) for w in rev.waypoints
    ]
    assert all(w.status is V_ for w in rev.waypoints)
    t_end = float(np.nanmax(track.time))
    # Before, the ASS validated at the first fix (0.00 km) and the meter jumped to the end.
    assert rev.waypoints[-1].time is not None and rev.waypoints[-1].time > t_end - 120.0
    assert sim.final.trip.total_km == pytest.approx(rb.boxes[-1].total_km, abs=0.1)


def test_the_order_rule_in_numbers() -> None:
    rb = roadbook([Box(0, 0.0), Box(0, 4.0, reset_km=0.0), Box(0, 2.0), Box(0, 10.0)])
    assert box_chainage_km(rb.boxes) == pytest.approx([0.0, 4.0, 6.0, 14.0])
    rule = WaypointOrder([0.0, 6.0, 14.0], OrderSettings(share=0.5, slack_km=0.5))
    assert rule.may_validate(0, 0.0)
    assert not rule.may_validate(1, 2499.0) and rule.may_validate(1, 2500.0)
    rule.validated(1, 7000.0)  # a long way round to the second one
    assert rule.needed_m(2) == pytest.approx(7000.0 + 3500.0)
    assert math.isclose(rule.from_km, 6.0)
