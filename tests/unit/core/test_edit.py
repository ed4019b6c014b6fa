"""Roadbook edits as pure functions."""

from __future__ import annotations

import numpy as np
import pytest

from navapp.core import edit, geodesy
from navapp.core.model import Box, Roadbook, RouteLine, Units, WaypointType
from tests.builders import offset, roadbook, straight_route, waypoint

ROUTE = straight_route(31.0, -4.0, 0.0, 10_000.0, step_m=50.0)  # due north
LINE = geodesy.RouteGeometry(ROUTE.lat, ROUTE.lon)


def placed(km: float, **kw: object) -> Box:
    lat, lon = LINE.point_at(km * 1000)
    return Box(0, km, lat=lat, lon=lon, **kw)  # type: ignore[arg-type]


def stage() -> Roadbook:
    return roadbook([placed(0.0), placed(2.0), placed(5.0, reset_km=0.0), placed(8.0)], ROUTE)


def test_update_keeps_everything_else() -> None:
    rb = stage()
    out = edit.update_box(rb, 2, cap=123, notes_text="Well on left", danger=2)
    assert out.boxes[1].cap == 123 and out.boxes[1].notes_text == "Well on left"
    assert out.boxes[0] == rb.boxes[0] and out.boxes[2:] == rb.boxes[2:]
    assert rb.boxes[1].cap is None  # the original is untouched
    with pytest.raises(edit.EditError, match="no box 9"):
        edit.update_box(rb, 9, cap=1)
    with pytest.raises(edit.EditError, match="number and partial"):
        edit.update_box(rb, 1, partial_km=3.0)


def test_insert_delete_move_renumber_and_rederive_partials() -> None:
    rb = stage()
    out = edit.insert_box(rb, 2, Box(0, 1.0))
    assert [b.index for b in out.boxes] == [1, 2, 3, 4, 5]
    assert [b.partial_km for b in out.boxes] == [0.0, 1.0, 1.0, 3.0, 8.0]
    assert edit.delete_box(out, 2).boxes == rb.boxes
    moved = edit.move_box(rb, 4, 1)
    assert [b.total_km for b in moved.boxes] == [8.0, 0.0, 2.0, 5.0]
    assert edit.move_box(moved, 1, 4).boxes == rb.boxes
    with pytest.raises(edit.EditError):
        edit.insert_box(rb, 6, Box(0, 1.0))


def test_waypoints() -> None:
    rb = edit.set_waypoints(stage(), 2, (waypoint(WaypointType.WPM, "4"),))
    assert rb.boxes[1].waypoint is not None and rb.boxes[1].waypoint.name == "4"
    assert edit.set_waypoints(rb, 2, ()).boxes[1].waypoints == ()


def test_insert_on_route_takes_total_and_cap_from_the_route() -> None:
    rb = stage()
    lat, lon = offset(*LINE.point_at(3_500.0), 90.0, 30.0)  # a click 30 m east of the route
    out, position = edit.insert_on_route(rb, lat, lon)
    assert position == 3
    new = out.boxes[2]
    assert new.total_km == pytest.approx(3.5, abs=0.002) and new.cap == 0
    assert geodesy.distance_m(new.lat or 0, new.lon or 0, *LINE.point_at(3_500.0)) < 0.5
    # After the reset box (5 km, reset to 0) totals restart.
    out2, pos2 = edit.insert_on_route(rb, *LINE.point_at(6_250.0))
    assert pos2 == 4 and out2.boxes[3].total_km == pytest.approx(1.25, abs=0.002)


def test_slide_and_recompute() -> None:
    rb = stage()
    slid = edit.slide_box(rb, 2, *offset(*LINE.point_at(2_750.0), 270.0, 40.0))
    assert slid.boxes[1].total_km == pytest.approx(2.75, abs=0.002)
    assert slid.boxes[2].partial_km == pytest.approx(5.0 - 2.75, abs=0.002)
    wrong = edit.update_box(rb, 4, total_km=9.9, cap=200)
    fixed = edit.recompute(wrong)
    assert fixed.boxes[3].total_km == pytest.approx(3.0, abs=0.002)  # 8 km, 3 after the reset
    assert fixed.boxes[3].cap == 0
    bare = Roadbook(rb.name, rb.units, rb.boxes)
    with pytest.raises(edit.EditError, match="no route line"):
        edit.recompute(bare)


def test_insert_after_starts_where_the_box_before_leaves_the_trip_meter() -> None:
    rb = stage()  # box 3 at 5 km resets to 0
    out, position = edit.insert_after(rb, 2)
    assert position == 3 and out.boxes[2].total_km == 2.0 and out.boxes[2].partial_km == 0.0
    out, position = edit.insert_after(rb, 3)
    assert position == 4 and out.boxes[3].total_km == 0.0 and out.boxes[3].partial_km == 0.0
    out, position = edit.insert_after(rb, 0)
    assert position == 1 and out.boxes[0].total_km == 0.0
    out, position = edit.insert_after(roadbook([]), 0)
    assert position == 1 and [b.total_km for b in out.boxes] == [0.0]
    with pytest.raises(edit.EditError, match="no box 5"):
        edit.insert_after(rb, 5)


def test_route_tulip_is_drawn_from_the_route_at_the_box() -> None:
    from navapp.core.tulip import auto_tulip

    rb = stage()
    assert edit.chainage_at(LINE, *LINE.point_at(2_000.0)) == pytest.approx(2_000.0, abs=0.01)
    assert edit.route_tulip(rb, 2) == auto_tulip(
        LINE, edit.chainage_at(LINE, *LINE.point_at(2_000.0))
    )
    assert edit.route_tulip(rb, 2) is not None
    assert edit.route_tulip(edit.set_route(rb, None), 2) is None
    assert edit.route_tulip(edit.insert_box(rb, 1, Box(0, 0.0)), 1) is None  # no position


def test_a_box_slid_along_the_route_keeps_a_drawn_tulip_and_redraws_an_automatic_one() -> None:
    from navapp.core.tulip import Road, RoadType, Tulip, tulip_from_drawing

    corner = geodesy.forward(31.0, -4.0, 0.0, 2000.0)
    end = geodesy.forward(*corner, 90.0, 2000.0)
    lat = np.array([31.0, corner[0], end[0]])
    lon = np.array([-4.0, corner[1], end[1]])
    bent = Roadbook("L", Units.METRIC, (), RouteLine(lat, lon))
    rb, _ = edit.insert_on_route(bent, *geodesy.forward(31.0, -4.0, 0.0, 1000.0))
    auto = tulip_from_drawing(rb.boxes[0].tulip)
    assert auto is not None and auto.exit.angle_deg == 0.0
    at_corner = edit.slide_box(rb, 1, *corner)
    turned = tulip_from_drawing(at_corner.boxes[0].tulip)
    assert turned is not None and turned.exit.angle_deg == pytest.approx(90.0, abs=1.0)
    assert at_corner.boxes[0].cap == 90
    drawn = Tulip(RoadType.TRACK, Road(-30.0, RoadType.TRACK)).to_drawing()
    kept = edit.slide_box(edit.update_box(rb, 1, tulip=drawn), 1, *corner)
    assert kept.boxes[0].tulip == drawn


def test_set_stage_changes_only_what_it_is_given() -> None:
    rb = stage()
    out = edit.set_stage(rb, name="  Stage 2   Zagora ", units=Units.STATUTE)
    assert out.name == "Stage 2 Zagora" and out.units is Units.STATUTE
    assert out.boxes == rb.boxes and out.route is rb.route and out.metadata == rb.metadata
    described = edit.set_stage(out, description=" Oued crossings \n")
    assert described.metadata.description == "Oued crossings"
    assert (described.name, described.units) == (out.name, out.units)
    assert edit.set_stage(rb) == rb
    with pytest.raises(edit.EditError, match="needs a name"):
        edit.set_stage(rb, name=" \t")
