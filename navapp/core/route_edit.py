"""Drawing the route line by hand: add, insert, move and delete route points.

Each edit is a pure function from a roadbook to the edited roadbook, like :mod:`navapp.core.edit`,
and carries the boxes along with the line:

- A box lying on the route (within :data:`ON_ROUTE_M`) keeps its place *on the route*: the
  segment it is on and how far along that segment (as a fraction of its length). When a point
  of that segment moves, the box moves with it; a box at a route point (a junction) follows
  the point. Inserting a point splits a segment, deleting one joins two, and the boxes keep
  their place along the joined or split line. A box off the route (a waypoint placed by its
  coordinates) keeps its coordinates.
- A box's total changes by how much the route before it grew or shrank (from its last reset
  box, if any), so a printed total measured by a car stays as printed where the route did not
  change, and a total drawn from the route stays equal to its geodesic chainage.
- Where the route's turn at a box changed, its CAP is taken from the new route (a box with no
  CAP keeps none) and its tulip is redrawn *only* when it is the automatic tulip the old route
  drew there (:func:`navapp.core.tulip.auto_tulip`): a tulip the designer drew or edited is
  never overwritten.

Points are numbered from 0 in these functions, as the route line stores them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from navapp.core import geodesy
from navapp.core.edit import EditError, on_route
from navapp.core.i18n import translate
from navapp.core.model import Roadbook, RouteLine, number_boxes
from navapp.core.tulip import auto_tulip
from navapp.core.turn import fold, route_turns

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
# Maps boxes' (segment, fraction along it) on the old line to the new line.
_Remap = Callable[[IntArray, FloatArray], tuple[IntArray, FloatArray]]

# A box this close to the route (metres) is on it and moves with it.
ON_ROUTE_M = 2.0
# A change of the turn at a box smaller than this (degrees) leaves its CAP and tulip alone.
TURN_CHANGED_DEG = 0.5
# A box whose place moved less than this (metres) keeps the coordinates it has.
MOVED_M = 0.01


def route_points(rb: Roadbook) -> tuple[FloatArray, FloatArray]:
    """The route's latitudes and longitudes (empty arrays without a route)."""
    if rb.route is None:
        empty = np.zeros(0, dtype=np.float64)
        return empty, empty.copy()
    return rb.route.lat, rb.route.lon


def _check_position(lat: float, lon: float) -> tuple[float, float]:
    if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90.0 or abs(lon) > 180.0:
        raise EditError(
            translate("RouteEdit", "({lat}, {lon}) is not a position on Earth").format(
                lat=lat, lon=lon
            )
        )
    # Eight decimals: the millimetre a GPX file keeps, so a saved route reads back the same.
    return round(lat, 8), round(lon, 8)


def _check_point(rb: Roadbook, index: int) -> None:
    n = 0 if rb.route is None else len(rb.route)
    if not 0 <= index < n:
        raise EditError(
            translate(
                "RouteEdit", "there is no route point {number} (the route has {count})"
            ).format(number=index + 1, count=n)
        )


def append_point(rb: Roadbook, lat: float, lon: float) -> tuple[Roadbook, int]:
    """A new route point at the end of the line; returns the roadbook and its index."""
    la, lo = _check_position(lat, lon)
    old_lat, old_lon = route_points(rb)
    route = RouteLine(np.append(old_lat, la), np.append(old_lon, lo))
    # The segments already there are unchanged: no box moves.
    return _carry(rb, route, lambda seg, t: (seg, t)), len(route) - 1


def prepend_point(rb: Roadbook, lat: float, lon: float) -> tuple[Roadbook, int]:
    """A new route point before the first one (the line extended from its start); returns
    the roadbook and its index, 0. Every box stays where it is, further from the new start."""
    la, lo = _check_position(lat, lon)
    old_lat, old_lon = route_points(rb)
    route = RouteLine(np.insert(old_lat, 0, la), np.insert(old_lon, 0, lo))
    # Each old segment is one further along the new line.
    return _carry(rb, route, lambda seg, t: (seg + 1, t)), 0


def insert_point(rb: Roadbook, lat: float, lon: float) -> tuple[Roadbook, int]:
    """A new route point on the segment nearest (lat, lon), where that segment passes nearest
    it (the line keeps its shape until the point is dragged); returns the roadbook and the new
    point's index."""
    la, lo = _check_position(lat, lon)
    if rb.route is None or len(rb.route) < 2:
        raise EditError(translate("RouteEdit", "the route has no segment to insert a point on"))
    line = rb.route.geometry()
    located = line.locate(np.array([la]), np.array([lo]))
    seg = int(located.segment[0])
    c = float(located.chainage_m[0])
    seg_len = float(line.cum_m[seg + 1] - line.cum_m[seg])
    s = (c - float(line.cum_m[seg])) / seg_len if seg_len > 0 else 0.5
    if s <= 0.0 or s >= 1.0:
        raise EditError(translate("RouteEdit", "a route point is already there"))
    plat, plon = on_route(line, c)
    k = seg + 1
    route = RouteLine(np.insert(rb.route.lat, k, plat), np.insert(rb.route.lon, k, plon))

    def remap(sg: IntArray, t: FloatArray) -> tuple[IntArray, FloatArray]:
        on = sg == seg
        first = on & (t < s)
        second = on & (t >= s)
        new_t = np.where(first, t / s, np.where(second, (t - s) / (1.0 - s), t))
        return np.where(sg > seg, sg + 1, np.where(second, sg + 1, sg)), new_t

    return _carry(rb, route, remap), k


def move_point(rb: Roadbook, index: int, lat: float, lon: float) -> Roadbook:
    """Move route point ``index`` to (lat, lon); the boxes on its segments move with them."""
    _check_point(rb, index)
    la, lo = _check_position(lat, lon)
    assert rb.route is not None
    new_lat, new_lon = rb.route.lat.copy(), rb.route.lon.copy()
    new_lat[index], new_lon[index] = la, lo
    return _carry(rb, RouteLine(new_lat, new_lon), lambda seg, t: (seg, t))


def delete_point(rb: Roadbook, index: int) -> Roadbook:
    """Remove route point ``index``; the two segments beside it become one (the first or last
    point: its segment goes, and the boxes on it move to the new end). Removing the last point
    leaves no route."""
    _check_point(rb, index)
    assert rb.route is not None
    n = len(rb.route)
    if n == 1:
        return replace(rb, route=None)
    route = RouteLine(np.delete(rb.route.lat, index), np.delete(rb.route.lon, index))
    old = geodesy.cumulative_m(rb.route.lat, rb.route.lon)
    lengths = np.diff(old)

    def remap(sg: IntArray, t: FloatArray) -> tuple[IntArray, FloatArray]:
        if index == 0:
            return np.maximum(sg - 1, 0), np.where(sg == 0, 0.0, t)
        if index == n - 1:
            last = n - 2
            return np.minimum(sg, last - 1), np.where(sg == last, 1.0, t)
        a, b = float(lengths[index - 1]), float(lengths[index])
        joined = a + b
        if joined <= 0:
            before = np.zeros_like(t)
            after = np.ones_like(t)
        else:
            before = t * a / joined
            after = (a + t * b) / joined
        new_t = np.where(sg == index - 1, before, np.where(sg == index, after, t))
        return np.where(sg >= index, sg - 1, sg), new_t

    return _carry(rb, route, remap)


def nearest_point(rb: Roadbook, lat: float, lon: float) -> tuple[int, float]:
    """The index of the route point nearest (lat, lon) and its distance (metres); (-1, inf)
    without a route."""
    la, lo = route_points(rb)
    if la.size == 0:
        return -1, math.inf
    _az, d = geodesy.inverse_arrays(np.full(la.size, lat), np.full(la.size, lon), la, lo)
    i = int(np.argmin(d))
    return i, float(d[i])


def is_point_edit(before: RouteLine | None, after: RouteLine | None) -> bool:
    """Whether ``after`` is ``before`` with one point added, moved or removed (or the same):
    the kind of change drawing makes, which keeps the map where it is."""
    a_lat, a_lon = (np.zeros(0), np.zeros(0)) if before is None else (before.lat, before.lon)
    b_lat, b_lon = (np.zeros(0), np.zeros(0)) if after is None else (after.lat, after.lon)
    na, nb = a_lat.size, b_lat.size
    if na == nb:
        return int(np.count_nonzero((a_lat != b_lat) | (a_lon != b_lon))) <= 1
    if abs(na - nb) != 1:
        return False
    short_lat, short_lon, long_lat, long_lon = (
        (a_lat, a_lon, b_lat, b_lon) if na < nb else (b_lat, b_lon, a_lat, a_lon)
    )
    same = (short_lat == long_lat[:-1]) & (short_lon == long_lon[:-1])
    k = int(np.argmin(same)) if not same.all() else short_lat.size
    # All equal before the point that differs; all equal after it once the point is left out.
    return bool(
        np.array_equal(short_lat[k:], long_lat[k + 1 :])
        and np.array_equal(short_lon[k:], long_lon[k + 1 :])
    )


# -- the boxes on the line --------------------------------------------------------------------


def _carry(rb: Roadbook, route: RouteLine, remap: _Remap) -> Roadbook:
    """``rb`` with ``route``, its boxes carried from the old line by ``remap`` (which maps
    each box's (segment, fraction) on the old line to the new one)."""
    after = replace(rb, route=route)
    if rb.route is None or len(rb.route) < 2 or len(route) < 2:
        # No line before (nothing to carry the boxes with) or after (nothing to measure on).
        return after
    old = rb.route.geometry()
    # Built here once, in the old line's plane, for whatever measures the new line next.
    new = route.geometry(old)
    placed = [i for i, b in enumerate(rb.boxes) if b.has_position]
    if not placed:
        return after
    lat = np.array([rb.boxes[i].lat for i in placed], dtype=np.float64)
    lon = np.array([rb.boxes[i].lon for i in placed], dtype=np.float64)
    was = old.locate(lat, lon)
    seg = was.segment
    old_len = old.cum_m[seg + 1] - old.cum_m[seg]
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(old_len > 0, (was.chainage_m - old.cum_m[seg]) / old_len, 0.0)
    new_seg, new_t = remap(seg, np.clip(t, 0.0, 1.0))
    new_seg = np.clip(new_seg, 0, len(route) - 2)
    on = was.offset_m <= ON_ROUTE_M
    c_new = new.cum_m[new_seg] + new_t * (new.cum_m[new_seg + 1] - new.cum_m[new_seg])
    if not on.all():
        # Off the route: where the new line passes nearest the box's own coordinates.
        off = ~on
        c_new[off] = new.locate(lat[off], lon[off]).chainage_m
    c_old = was.chainage_m
    old_lat, old_lon = old.points_at(c_old)
    new_lat, new_lon = new.points_at(c_new)
    moved = geodesy.inverse_arrays(old_lat, old_lon, new_lat, new_lon)[1] > MOVED_M
    turns_old = route_turns(old, c_old)
    turns_new = route_turns(new, c_new)
    turned = (np.abs(fold(turns_new.exit_deg - turns_old.exit_deg)) > TURN_CHANGED_DEG) | (
        np.abs(fold(turns_new.angle_deg - turns_old.angle_deg)) > TURN_CHANGED_DEG
    )
    grew = c_new - c_old
    boxes = list(rb.boxes)
    base_grew = 0.0
    for k, i in enumerate(placed):
        b = boxes[i]
        changes: dict[str, object] = {}
        shift = float(grew[k]) - base_grew
        if abs(shift) > 1e-3:
            changes["total_km"] = round(b.total_km + shift / 1000.0, 3)
        if on[k] and moved[k]:
            changes["lat"], changes["lon"] = on_route(new, float(c_new[k]))
        if turned[k]:
            if b.cap is not None:
                changes["cap"] = turns_new.cap(k)
            if b.tulip is not None and b.tulip == auto_tulip(old, float(c_old[k])).to_drawing():
                changes["tulip"] = auto_tulip(new, float(c_new[k])).to_drawing()
        if changes:
            boxes[i] = replace(b, **changes)  # type: ignore[arg-type]
        if b.reset_km is not None:
            base_grew = float(grew[k])
    return replace(after, boxes=number_boxes(boxes))
