"""The closest approach of each waypoint, on a generated drive whose answer is known."""

from __future__ import annotations

import pytest

from navapp.core import geodesy
from navapp.core.model import Box, WaypointType
from navapp.core.navigator import Navigator
from navapp.core.navstate import WaypointStatus
from tests.builders import drive, offset, roadbook, straight_route, waypoint

ROUTE = straight_route(31.0, -4.0, 90.0, 6_000.0, step_m=50.0)
LINE = geodesy.RouteGeometry(ROUTE.lat, ROUTE.lon)


def _box(km: float, wtype: WaypointType, name: str = "", side_m: float = 0.0) -> Box:
    lat, lon = LINE.point_at(km * 1000)
    if side_m:
        lat, lon = offset(lat, lon, 0.0, side_m)
    return Box(0, km, lat=lat, lon=lon, waypoints=(waypoint(wtype, name),), cap=90)


def test_closest_approach_goes_on_after_validation() -> None:
    """A WPM 40 m beside the line validates on entering its clear circle, far before abeam;
    its closest approach is the 40 m abeam, not the distance at validation."""
    wpm = waypoint(WaypointType.WPM, "1")
    assert wpm.clear_m is not None and wpm.clear_m > 100.0
    rb = roadbook([_box(0.0, WaypointType.DSS), _box(3.0, WaypointType.WPM, "1", 40.0)], ROUTE)
    nav = Navigator(rb)
    fixes = drive(ROUTE, 60.0)  # 16.7 m between fixes
    at_validation = None
    for fix in fixes[: int(4000 / (60 / 3.6))]:
        state = nav.update(fix)
        if at_validation is None and nav.waypoint_results()[1].status is WaypointStatus.VALIDATED:
            at_validation = nav.waypoint_results()[1].closest_m
    assert at_validation is not None and at_validation > 100.0
    result = nav.waypoint_results()[1]
    assert result.status is WaypointStatus.VALIDATED
    # Exact by construction: the line passes 40 m south of it (closest_on_step is exact).
    assert result.closest_m == pytest.approx(40.0, abs=0.5)
    assert state.validated == 2


def test_missed_waypoint_keeps_the_closest_approach_that_missed_it() -> None:
    rb = roadbook(
        [
            _box(0.0, WaypointType.DSS),
            _box(2.0, WaypointType.WPM, "1", side_m=260.0),
            _box(4.0, WaypointType.WPM, "2"),
        ],
        ROUTE,
    )
    nav = Navigator(rb)
    for fix in drive(ROUTE, 60.0):
        nav.update(fix)
    missed = nav.waypoint_results()[1]
    assert missed.status is WaypointStatus.MISSED
    assert missed.closest_m == pytest.approx(260.0, abs=0.5)
