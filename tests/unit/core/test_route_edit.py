"""Drawing the route by hand: route points added, inserted, moved and deleted, boxes carried."""

from __future__ import annotations

import numpy as np
import pytest

from navapp.core import edit, geodesy, route_edit
from navapp.core.model import Box, Roadbook, RouteLine, Units
from navapp.core.tulip import Road, RoadType, Tulip, tulip_from_drawing

START = (31.0, -4.0)
CORNER = geodesy.forward(*START, 0.0, 2000.0)  # 2 km due north
END = geodesy.forward(*CORNER, 90.0, 3000.0)  # then 3 km due east: an L turning right


def drawn(*points: tuple[float, float]) -> Roadbook:
    rb = Roadbook("Drawn", Units.METRIC, ())
    for p in points:
        rb, _ = route_edit.append_point(rb, *p)
    return rb


def l_route() -> Roadbook:
    return drawn(START, CORNER, END)


def chainage(rb: Roadbook, box: Box) -> float:
    assert box.lat is not None and box.lon is not None
    return edit.chainage_at(edit.route_geometry(rb), box.lat, box.lon)


def exit_angle(box: Box) -> float:
    tulip = tulip_from_drawing(box.tulip)
    assert tulip is not None
    return tulip.exit.angle_deg


def test_points_are_appended_in_order_and_bad_positions_refused() -> None:
    rb = Roadbook("Empty", Units.METRIC, ())
    rb, i = route_edit.append_point(rb, *START)
    assert i == 0 and rb.route is not None and len(rb.route) == 1
    rb, i = route_edit.append_point(rb, *CORNER)
    assert i == 1
    assert rb.route is not None
    assert rb.route.lat.tolist() == [round(START[0], 8), round(CORNER[0], 8)]
    for lat, lon in ((91.0, 0.0), (0.0, 181.0), (float("nan"), 0.0), (0.0, float("inf"))):
        with pytest.raises(edit.EditError, match="not a position"):
            route_edit.append_point(rb, lat, lon)
    with pytest.raises(edit.EditError, match="no route point 3"):
        route_edit.move_point(rb, 2, *START)
    with pytest.raises(edit.EditError, match="no segment"):
        route_edit.insert_point(drawn(START), *START)


def test_box_on_a_drawn_l_route_gets_total_cap_and_tulip() -> None:
    rb = l_route()
    line = edit.route_geometry(rb)
    assert line.length_m == pytest.approx(5000.0, abs=0.01)
    # 1 km along the east leg, clicked 20 m north of it.
    on_leg = geodesy.forward(*geodesy.forward(*CORNER, 90.0, 1000.0), 0.0, 20.0)
    rb, n = edit.insert_on_route(rb, *on_leg)
    box = rb.boxes[n - 1]
    assert box.total_km == pytest.approx(3.0, abs=0.001)
    assert box.cap == 90
    assert exit_angle(box) == 0.0  # straight on
    # At the corner: a right turn onto 090.
    rb, n = edit.insert_on_route(rb, *CORNER)
    corner = rb.boxes[n - 1]
    assert n == 1 and corner.total_km == pytest.approx(2.0, abs=0.001)
    assert corner.cap == 90 and exit_angle(corner) == 90.0
    assert rb.boxes[1].partial_km == pytest.approx(1.0, abs=0.001)


def test_moving_the_corner_carries_the_boxes_and_redraws_only_automatic_tulips() -> None:
    rb = l_route()
    rb, _ = edit.insert_on_route(rb, *CORNER)
    rb, _ = edit.insert_on_route(rb, *geodesy.forward(*CORNER, 90.0, 1500.0))  # mid east leg
    rb, _ = edit.insert_on_route(rb, *geodesy.forward(*START, 0.0, 1000.0))  # mid north leg
    drawn_tulip = Tulip(RoadType.TRACK, Road(75.0, RoadType.TRACK)).to_drawing()
    rb = edit.update_box(rb, 2, tulip=drawn_tulip)  # the designer redrew the corner
    new_corner = geodesy.forward(*CORNER, 90.0, 500.0)  # the corner 500 m east: north leg slants
    moved = route_edit.move_point(rb, 1, *new_corner)
    line = edit.route_geometry(moved)
    first, corner, mid = moved.boxes
    # The corner box follows the point it stood on; the others keep their fraction of the leg.
    assert corner.lat is not None and corner.lon is not None
    assert geodesy.distance_m(corner.lat, corner.lon, *new_corner) < 0.01
    north = geodesy.distance_m(*START, *new_corner)
    east = geodesy.distance_m(*new_corner, *END)
    for box, expected_m in ((first, north / 2), (corner, north), (mid, north + east / 2)):
        assert chainage(moved, box) == pytest.approx(expected_m, abs=0.05)
        assert box.total_km == pytest.approx(expected_m / 1000.0, abs=0.001)
    assert [b.partial_km for b in moved.boxes] == pytest.approx(
        [north / 2000, north / 2000, east / 2000], abs=0.002
    )
    # CAPs from the new line: the slanted leg, and the east leg (unchanged: 090).
    slant_cap = round(geodesy.bearing_deg(*START, *new_corner)) % 360
    assert first.cap == slant_cap and mid.cap == 90
    assert corner.cap == 90
    # The designer's tulip stays; the automatic ones follow (straight on stays straight on).
    assert corner.tulip == drawn_tulip
    assert exit_angle(first) == 0.0 and exit_angle(mid) == 0.0
    assert line.length_m == pytest.approx(north + east, abs=0.01)
    # The automatic corner tulip is redrawn for the new angle when the designer left it alone.
    auto = route_edit.move_point(l_route_with_corner_box(), 1, *new_corner)
    arriving = (geodesy.bearing_deg(*new_corner, *START) + 180.0) % 360.0
    assert exit_angle(auto.boxes[0]) == pytest.approx(90.0 - arriving, abs=1.0)
    assert 60.0 < 90.0 - arriving < 80.0  # a gentler corner than the 90° one it was


def l_route_with_corner_box() -> Roadbook:
    rb, _ = edit.insert_on_route(l_route(), *CORNER)
    return rb


def test_inserting_a_point_changes_nothing_until_it_is_dragged() -> None:
    rb, _ = edit.insert_on_route(l_route(), *geodesy.forward(*CORNER, 90.0, 2000.0))
    rb, _ = edit.insert_on_route(rb, *geodesy.forward(*CORNER, 90.0, 500.0))
    click = geodesy.forward(*geodesy.forward(*CORNER, 90.0, 1000.0), 180.0, 30.0)
    split, k = route_edit.insert_point(rb, *click)
    assert k == 2 and split.route is not None and len(split.route) == 4
    assert split.boxes == rb.boxes  # the line kept its shape: no box moved
    # Deleting the new point gives the drawn route back.
    assert route_edit.delete_point(split, k) == rb
    # Dragging it 400 m south: the box before it and the one after it stay on their parts.
    bent = route_edit.move_point(split, k, *geodesy.forward(*click, 180.0, 370.0))
    before, after = bent.boxes
    leg1 = geodesy.distance_m(*CORNER, *bent_point(bent, k))
    assert chainage(bent, before) == pytest.approx(2000.0 + leg1 / 2, abs=0.05)
    leg2 = geodesy.distance_m(*bent_point(bent, k), *END)
    assert chainage(bent, after) == pytest.approx(2000.0 + leg1 + leg2 / 2, abs=0.05)
    assert after.total_km == pytest.approx((2000.0 + leg1 + leg2 / 2) / 1000.0, abs=0.001)


def bent_point(rb: Roadbook, k: int) -> tuple[float, float]:
    assert rb.route is not None
    return float(rb.route.lat[k]), float(rb.route.lon[k])


def test_deleting_points_joins_segments_and_moves_boxes_off_the_ends() -> None:
    rb, _ = edit.insert_on_route(l_route(), *geodesy.forward(*START, 0.0, 500.0))
    rb, _ = edit.insert_on_route(rb, *geodesy.forward(*CORNER, 90.0, 1500.0))
    joined = route_edit.delete_point(rb, 1)  # the corner: one straight line START → END
    direct = geodesy.distance_m(*START, *END)
    a, b = joined.boxes
    # 500 m of the old 5000 m was the first box's place: 1/10 of the way, kept as a fraction.
    assert chainage(joined, a) == pytest.approx(direct * 500 / 5000, abs=0.05)
    assert chainage(joined, b) == pytest.approx(direct * 3500 / 5000, abs=0.05)
    assert b.total_km == pytest.approx(direct * 3.5 / 5000, abs=0.001)
    headless = route_edit.delete_point(rb, 0)  # the first point: the north leg goes
    assert [chainage(headless, x) for x in headless.boxes] == pytest.approx([0.0, 1500.0], abs=0.05)
    assert headless.boxes[0].total_km == pytest.approx(0.0, abs=0.001)
    tailless = route_edit.delete_point(rb, 2)  # the last point: the east leg goes
    assert [chainage(tailless, x) for x in tailless.boxes] == pytest.approx(
        [500.0, 2000.0], abs=0.05
    )
    one = route_edit.delete_point(route_edit.delete_point(l_route(), 2), 1)
    assert one.route is not None and len(one.route) == 1
    assert route_edit.delete_point(one, 0).route is None


def test_totals_after_a_reset_stay_and_boxes_off_the_route_keep_their_coordinates() -> None:
    rb = l_route()
    rb, _ = edit.insert_on_route(rb, *geodesy.forward(*CORNER, 90.0, 1000.0))
    rb = edit.update_box(rb, 1, reset_km=0.0)
    rb, _ = edit.insert_on_route(rb, *geodesy.forward(*CORNER, 90.0, 2000.0))
    assert rb.boxes[1].total_km == pytest.approx(1.0, abs=0.001)
    well = geodesy.forward(*geodesy.forward(*START, 0.0, 1500.0), 270.0, 300.0)
    rb = edit.insert_box(rb, 1, Box(0, 1.5, lat=well[0], lon=well[1]))
    longer = route_edit.move_point(rb, 0, *geodesy.forward(*START, 180.0, 500.0))
    off, reset, after = longer.boxes
    assert (off.lat, off.lon) == well
    assert off.total_km == pytest.approx(2.0, abs=0.001)  # 500 m more route before it
    assert reset.total_km == pytest.approx(3.5, abs=0.001)
    assert after.total_km == rb.boxes[2].total_km  # counted from the reset: unchanged


def test_nearest_point_and_point_edits() -> None:
    rb = l_route()
    i, d = route_edit.nearest_point(rb, *geodesy.forward(*CORNER, 45.0, 10.0))
    assert i == 1 and d == pytest.approx(10.0, abs=0.01)
    assert route_edit.nearest_point(Roadbook("x", Units.METRIC, ()), *START) == (-1, np.inf)
    route = rb.route
    assert route is not None
    moved = route_edit.move_point(rb, 1, *END).route
    added, _ = route_edit.append_point(rb, *START)
    inserted, _ = route_edit.insert_point(rb, *geodesy.forward(*START, 0.0, 900.0))
    assert route_edit.is_point_edit(route, route)
    assert route_edit.is_point_edit(route, moved)
    assert route_edit.is_point_edit(route, added.route) and route_edit.is_point_edit(
        added.route, route
    )
    assert route_edit.is_point_edit(route, inserted.route)
    assert route_edit.is_point_edit(None, drawn(START).route)
    assert not route_edit.is_point_edit(None, route)
    other = RouteLine(route.lat + 0.1, route.lon)
    assert not route_edit.is_point_edit(route, other)


def test_a_point_added_before_the_start_extends_the_line_there_and_the_totals_grow() -> None:
    rb = l_route()
    rb, _ = edit.insert_on_route(rb, *START)  # a DSS at the start
    rb, _ = edit.insert_on_route(rb, *geodesy.forward(*CORNER, 90.0, 1000.0))
    before = rb
    south = geodesy.forward(*START, 180.0, 1500.0)
    rb, i = route_edit.prepend_point(rb, *south)
    assert i == 0 and rb.route is not None and len(rb.route) == 4
    assert rb.route.lat.tolist()[1:] == before.route.lat.tolist()  # type: ignore[union-attr]
    assert (float(rb.route.lat[0]), float(rb.route.lon[0])) == (
        round(south[0], 8),
        round(south[1], 8),
    )
    assert edit.route_geometry(rb).length_m == pytest.approx(6500.0, abs=0.01)
    # Every box stays where it is on the ground, 1.5 km further from the new start.
    for old, new in zip(before.boxes, rb.boxes, strict=True):
        assert (new.lat, new.lon) == (old.lat, old.lon)
        assert new.total_km == pytest.approx(old.total_km + 1.5, abs=0.001)
        assert new.total_km == pytest.approx(chainage(rb, new) / 1000.0, abs=0.001)
    assert route_edit.is_point_edit(before.route, rb.route)
    # On an empty roadbook or a single point it is the first point too.
    one, i = route_edit.prepend_point(Roadbook("x", Units.METRIC, ()), *START)
    assert i == 0 and one.route is not None and len(one.route) == 1
    two, _ = route_edit.prepend_point(one, *south)
    assert two.route is not None and float(two.route.lat[1]) == round(START[0], 8)
    with pytest.raises(edit.EditError, match="not a position"):
        route_edit.prepend_point(rb, 95.0, 0.0)


def _count_projections(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    built = [0]
    real = geodesy.LocalProjection.__init__

    def counting(self: geodesy.LocalProjection, lat0: float, lon0: float) -> None:
        built[0] += 1
        real(self, lat0, lon0)

    monkeypatch.setattr(geodesy.LocalProjection, "__init__", counting)
    return built


def test_point_edits_reuse_the_route_geometry_and_its_projection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rb = l_route()
    rb, _ = edit.insert_on_route(rb, *geodesy.forward(*CORNER, 90.0, 1000.0))
    built = _count_projections(monkeypatch)
    assert rb.route is not None
    line = rb.route.geometry()
    assert rb.route.geometry() is line and edit.route_geometry(rb) is line
    # Setting up a projection is the slow part of an edit (milliseconds): drawing near where
    # the route is keeps the one it has.
    for k in range(6):
        rb = route_edit.move_point(rb, 1, *geodesy.forward(*CORNER, 45.0, 100.0 * (k % 2)))
        assert rb.route is not None
        rb.route.geometry()
    assert built[0] <= 1
    rb, _ = route_edit.append_point(rb, *geodesy.forward(*END, 90.0, 500.0))
    rb, _ = route_edit.insert_point(rb, *geodesy.forward(*START, 0.0, 700.0))
    rb, _ = route_edit.prepend_point(rb, *geodesy.forward(*START, 180.0, 300.0))
    rb = route_edit.delete_point(rb, 2)
    assert rb.route is not None
    reused = rb.route.geometry()
    assert built[0] <= 1
    # What it measures is what a fresh geometry measures.
    fresh = geodesy.RouteGeometry(rb.route.lat, rb.route.lon)
    probe = geodesy.forward(*CORNER, 100.0, 700.0)
    a, b = (
        reused.locate(*map(np.array, ([probe[0]], [probe[1]]))),
        fresh.locate(np.array([probe[0]]), np.array([probe[1]])),
    )
    assert float(a.chainage_m[0]) == pytest.approx(float(b.chainage_m[0]), abs=0.001)
    assert float(a.offset_m[0]) == pytest.approx(float(b.offset_m[0]), abs=0.001)
    # A route that went far from where its projection is centred gets a new one.
    far = route_edit.move_point(rb, len(rb.route) - 1, *geodesy.forward(*END, 90.0, 200_000.0))
    assert far.route is not None
    far_line = far.route.geometry()
    centre = geodesy.LocalProjection.around(far.route.lat, far.route.lon)
    assert (
        geodesy.distance_m(
            far_line.projection.lat0, far_line.projection.lon0, centre.lat0, centre.lon0
        )
        < 1.0
    )


@pytest.mark.parametrize(
    "edit_line",
    [
        lambda la, lo: (la.copy(), lo.copy()),  # the same line
        lambda la, lo: (np.where(np.arange(la.size) == 7, la + 1e-4, la), lo),  # one moved
        lambda la, lo: (np.insert(la, 5, la[5] + 1e-5), np.insert(lo, 5, lo[5])),  # inserted
        lambda la, lo: (np.delete(la, 9), np.delete(lo, 9)),  # deleted
        lambda la, lo: (np.delete(la, 0), np.delete(lo, 0)),  # the first deleted
        lambda la, lo: (np.append(la, la[-1] + 1e-3), np.append(lo, lo[-1])),  # appended
        lambda la, lo: (np.insert(la, 0, la[0] - 1e-3), np.insert(lo, 0, lo[0])),  # prepended
        lambda la, lo: (la[:2], lo[:2]),  # cut down to a segment
        lambda la, lo: (la[::-1].copy(), lo[::-1].copy()),  # reversed: nothing shared
    ],
)
def test_a_line_built_from_the_one_it_was_edited_from_measures_as_a_fresh_one(
    edit_line: object,
) -> None:
    rng = np.random.default_rng(3)
    lat = 31.0 + np.cumsum(rng.uniform(0, 2e-3, 20))
    lon = -4.0 + np.cumsum(rng.uniform(-2e-3, 2e-3, 20))
    before = geodesy.RouteGeometry(lat, lon)
    la, lo = edit_line(lat, lon)  # type: ignore[operator]
    after = geodesy.RouteGeometry(la, lo, before)
    assert after.projection is before.projection
    fresh = geodesy.RouteGeometry(la, lo)
    fresh_xy = before.projection.to_xy(la, lo)
    assert np.array_equal(after.x, fresh_xy[0]) and np.array_equal(after.y, fresh_xy[1])
    assert after.cum_m == pytest.approx(fresh.cum_m, abs=1e-6)
    probe_lat = 31.0 + rng.uniform(0, 0.04, 50)
    probe_lon = -4.0 + rng.uniform(-0.02, 0.02, 50)
    a, b = after.locate(probe_lat, probe_lon), fresh.locate(probe_lat, probe_lon)
    assert a.chainage_m == pytest.approx(b.chainage_m, abs=1e-3)
    assert a.offset_m == pytest.approx(b.offset_m, abs=1e-3)
