"""Roadbook checks, each on a roadbook built to have exactly that problem."""

from __future__ import annotations

from navapp.core import geodesy
from navapp.core.model import Box, Waypoint, WaypointType
from navapp.core.validate import ADVICE, Finding, validate
from tests.builders import roadbook, straight_route, waypoint


def _codes(rb: object) -> list[tuple[int | None, str]]:
    return [(f.box, f.code) for f in validate(rb)]  # type: ignore[arg-type]


def test_clean_roadbook_has_no_findings() -> None:
    rb = roadbook(
        [
            Box(0, 0.0, cap=10, waypoints=(waypoint(WaypointType.DSS),)),
            Box(0, 1.5, waypoints=(waypoint(WaypointType.DZ),), speed_limit_kmh=50),
            Box(0, 3.0, waypoints=(waypoint(WaypointType.FZ),), reset_km=0.0),
            Box(0, 0.8, cap=360, waypoints=(waypoint(WaypointType.WPM, "1"),)),
            Box(0, 2.0, waypoints=(waypoint(WaypointType.ASS),)),
        ]
    )
    assert validate(rb) == []


def test_totals_must_not_decrease_between_resets() -> None:
    rb = roadbook([Box(0, 0.0), Box(0, 5.0), Box(0, 4.99), Box(0, 6.0, reset_km=1.0), Box(0, 0.5)])
    assert _codes(rb) == [(3, "total-decreases"), (5, "total-decreases")]


def test_cap_range_and_danger() -> None:
    rb = roadbook([Box(0, 0.0, cap=361), Box(0, 1.0, cap=-1), Box(0, 2.0, danger=4)])
    assert _codes(rb) == [(1, "cap-range"), (2, "cap-range"), (3, "danger-range")]


def test_clear_radius_must_be_smaller_than_open() -> None:
    bad = Waypoint(WaypointType.WPM, "7", open_m=150.0, clear_m=200.0)
    wpc = waypoint(WaypointType.WPC)  # never opens: nothing to compare
    wpv = waypoint(WaypointType.WPV)  # always open: fine
    rb = roadbook([Box(0, 0.0, waypoints=(bad, wpc, wpv))])
    (f,) = validate(rb)
    assert (f.box, f.code) == (1, "radius-order")
    assert "WPM 7" in f.message and "200 m" in f.message


def test_speed_zones() -> None:
    dz, fz = waypoint(WaypointType.DZ), waypoint(WaypointType.FZ)
    rb = roadbook(
        [
            Box(0, 0.0, waypoints=(fz,)),
            Box(0, 1.0, waypoints=(dz,), speed_limit_kmh=50),
            Box(0, 2.0, waypoints=(dz,)),
            Box(0, 3.0, waypoints=(fz,)),
            Box(0, 4.0, waypoints=(dz,), speed_limit_kmh=30),
        ]
    )
    assert _codes(rb) == [
        (1, "fz-without-dz"),
        (2, "dz-without-fz"),
        (3, "dz-no-limit"),
        (5, "dz-without-fz"),
    ]


def test_duplicate_waypoint_names() -> None:
    rb = roadbook(
        [
            Box(0, 0.0, waypoints=(waypoint(WaypointType.WPM, "3"),)),
            Box(0, 1.0, waypoints=(waypoint(WaypointType.WPE, "3"),)),
            Box(0, 2.0, waypoints=(waypoint(WaypointType.WPM, "3"),)),
        ]
    )
    assert _codes(rb) == [(3, "duplicate-name")]


def test_boxes_far_from_the_route() -> None:
    route = straight_route(31.0, -4.0, 0.0, 10_000.0)
    line = geodesy.RouteGeometry(route.lat, route.lon)
    near = geodesy.forward(*line.point_at(2_000.0), 90.0, 40.0)
    far = geodesy.forward(*line.point_at(6_000.0), 270.0, 350.0)
    rb = roadbook(
        [Box(0, 2.0, lat=near[0], lon=near[1]), Box(0, 6.0, lat=far[0], lon=far[1])], route
    )
    (f,) = validate(rb)
    assert (f.box, f.code) == (2, "off-route")
    assert "350 m" in f.message
    assert validate(rb, max_offset_m=400.0) == []


def test_empty_roadbook() -> None:
    assert _codes(roadbook([])) == [(None, "no-boxes")]


def test_every_finding_says_how_to_fix_it() -> None:
    far = geodesy.forward(31.0, -4.0, 90.0, 500.0)
    dup = waypoint(WaypointType.WPM, "3")
    rb = roadbook(
        [
            Box(0, -1.0, cap=400, danger=5, waypoints=(waypoint(WaypointType.FZ),)),
            Box(0, 2.0, waypoints=(waypoint(WaypointType.DZ), dup)),
            Box(0, 1.0, waypoints=(waypoint(WaypointType.DZ), dup)),
            Box(
                0,
                3.0,
                lat=far[0],
                lon=far[1],
                waypoints=(Waypoint(WaypointType.WPV, "9", open_m=50.0, clear_m=90.0),),
            ),
        ],
        straight_route(31.0, -4.0, 0.0, 10_000.0),
    )
    findings = validate(rb) + validate(roadbook([]))
    codes = {f.code for f in findings}
    assert codes == set(ADVICE)  # every kind of finding is produced here and explained
    for f in findings:
        assert f.advice == ADVICE[f.code] and f.advice.endswith(".")
        assert f.explained.startswith(f.message[:1].upper() + f.message[1:] + ". ")
    cap = next(f for f in findings if f.code == "cap-range")
    assert cap.explained == (
        "CAP 400 is outside 0–360. A CAP is a compass heading from 0 to 360°. "
        "Type the heading the crews follow."
    )
    assert Finding(1, "unknown", "something odd").explained == "Something odd"
