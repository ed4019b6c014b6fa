"""Roadbook edits as pure functions: each takes a roadbook and returns the edited one.

The editor's undo stack wraps these; they renumber boxes and re-derive partials, and never
change anything they were not asked to. Box indexes are 1-based as printed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from navapp.core import geodesy
from navapp.core.i18n import translate
from navapp.core.model import Box, Roadbook, RouteLine, Units, Waypoint, number_boxes
from navapp.core.tulip import Tulip, auto_tulip
from navapp.core.turn import LOOK_M, route_turns
from navapp.errors import NavappError


class EditError(NavappError, ValueError):
    """An edit that cannot be made (the message says why, in one line)."""


def _check(rb: Roadbook, index: int) -> None:
    if not 1 <= index <= len(rb.boxes):
        raise EditError(
            translate("Edit", "there is no box {index} (the roadbook has {count})").format(
                index=index, count=len(rb.boxes)
            )
        )


def _with_boxes(rb: Roadbook, boxes: list[Box] | tuple[Box, ...]) -> Roadbook:
    return replace(rb, boxes=number_boxes(boxes))


def update_box(rb: Roadbook, index: int, **changes: Any) -> Roadbook:
    """Change fields of one box (``total_km=…``, ``cap=…``, ``notes_text=…`` …)."""
    _check(rb, index)
    if "index" in changes or "partial_km" in changes:
        raise EditError(
            translate("Edit", "a box's number and partial follow from its place and total")
        )
    boxes = list(rb.boxes)
    boxes[index - 1] = replace(boxes[index - 1], **changes)
    return _with_boxes(rb, boxes)


def set_waypoints(rb: Roadbook, index: int, waypoints: tuple[Waypoint, ...]) -> Roadbook:
    """Give a box these waypoints (an empty tuple removes them)."""
    return update_box(rb, index, waypoints=tuple(waypoints))


def insert_box(rb: Roadbook, position: int, box: Box) -> Roadbook:
    """Insert ``box`` so that it becomes box number ``position`` (1 … n + 1)."""
    if not 1 <= position <= len(rb.boxes) + 1:
        raise EditError(
            translate("Edit", "cannot insert at {position} (1 to {last})").format(
                position=position, last=len(rb.boxes) + 1
            )
        )
    boxes = list(rb.boxes)
    boxes.insert(position - 1, box)
    return _with_boxes(rb, boxes)


def insert_after(rb: Roadbook, index: int) -> tuple[Roadbook, int]:
    """A new box after box ``index`` (0: first), at the trip meter the one before leaves
    it on (partial 0); returns the roadbook and the new box number."""
    if not 0 <= index <= len(rb.boxes):
        raise EditError(
            translate("Edit", "there is no box {index} (the roadbook has {count})").format(
                index=index, count=len(rb.boxes)
            )
        )
    total = rb.boxes[index - 1].leaving_km if index else 0.0
    return insert_box(rb, index + 1, Box(0, total)), index + 1


def delete_box(rb: Roadbook, index: int) -> Roadbook:
    """Remove one box."""
    _check(rb, index)
    boxes = list(rb.boxes)
    del boxes[index - 1]
    return _with_boxes(rb, boxes)


def move_box(rb: Roadbook, index: int, new_index: int) -> Roadbook:
    """Move a box so that it becomes number ``new_index``."""
    _check(rb, index)
    _check(rb, new_index)
    boxes = list(rb.boxes)
    box = boxes.pop(index - 1)
    boxes.insert(new_index - 1, box)
    return _with_boxes(rb, boxes)


# --- along the route -----------------------------------------------------------------------------


def route_geometry(rb: Roadbook) -> geodesy.RouteGeometry:
    """The route line ready for chainage queries; an edit on the route needs one."""
    if rb.route is None or len(rb.route) < 2:
        raise EditError(translate("Edit", "the roadbook has no route line to place boxes on"))
    return rb.route.geometry()


def _chainages(rb: Roadbook, line: geodesy.RouteGeometry) -> list[float | None]:
    placed = [b for b in rb.boxes if b.has_position]
    out: list[float | None] = [None] * len(rb.boxes)
    if placed:
        lat = np.array([b.lat for b in placed], dtype=np.float64)
        lon = np.array([b.lon for b in placed], dtype=np.float64)
        for b, c in zip(placed, line.locate(lat, lon).chainage_m.tolist(), strict=True):
            out[b.index - 1] = c
    return out


def chainage_at(line: geodesy.RouteGeometry, lat: float, lon: float) -> float:
    """How far along the route (metres) it passes nearest (lat, lon)."""
    return float(line.locate(np.array([lat]), np.array([lon])).chainage_m[0])


def route_tulip(rb: Roadbook, index: int) -> Tulip | None:
    """The tulip the route draws at box ``index``; None when the box or the route is missing."""
    _check(rb, index)
    box = rb.boxes[index - 1]
    if rb.route is None or len(rb.route) < 2 or box.lat is None or box.lon is None:
        return None
    line = route_geometry(rb)
    return auto_tulip(line, chainage_at(line, box.lat, box.lon))


def on_route(line: geodesy.RouteGeometry, chainage_m: float) -> tuple[float, float]:
    """The position on the route at a chainage, to the millimetre a GPX file keeps."""
    lat, lon = line.point_at(chainage_m)
    return round(lat, 8), round(lon, 8)


def cap_at(line: geodesy.RouteGeometry, chainage_m: float, ahead_m: float = LOOK_M) -> int:
    """The CAP leaving a point of the route: the heading to the route ``ahead_m`` further on
    (the heading leaving the turn there, :func:`navapp.core.turn.route_turns`)."""
    return route_turns(line, np.array([float(chainage_m)]), ahead_m).cap(0)


def _total_at(rb: Roadbook, chainages: list[float | None], position: int, chainage: float) -> float:
    """The printed total of a box at ``chainage`` standing at ``position``: from the last
    reset box before it (its reset value plus the distance since), else from the start."""
    base_c, base_km = 0.0, 0.0
    for b, c in zip(rb.boxes[: position - 1], chainages, strict=False):
        if b.reset_km is not None and c is not None:
            base_c, base_km = c, b.reset_km
    return round(base_km + (chainage - base_c) / 1000.0, 3)


def insert_on_route(rb: Roadbook, lat: float, lon: float) -> tuple[Roadbook, int]:
    """A new box where the route passes nearest (lat, lon): its total, CAP and automatic
    tulip (:func:`navapp.core.tulip.auto_tulip`, as a generated roadbook draws) from the route.

    It goes in order of distance along the route; returns the roadbook and the new box number.
    """
    line = route_geometry(rb)
    c = chainage_at(line, lat, lon)
    chain = _chainages(rb, line)
    position = 1 + sum(1 for x in chain if x is not None and x <= c)
    blat, blon = on_route(line, c)
    total = _total_at(rb, chain, position, c)
    tulip = auto_tulip(line, c).to_drawing()
    box = Box(0, total, cap=cap_at(line, c), lat=blat, lon=blon, tulip=tulip)
    return insert_box(rb, position, box), position


def slide_box(rb: Roadbook, index: int, lat: float, lon: float) -> Roadbook:
    """Drag a box along the route: it snaps to the route, its total and CAP follow, and so
    does its tulip when it is the automatic one the route drew where the box was."""
    _check(rb, index)
    line = route_geometry(rb)
    c = chainage_at(line, lat, lon)
    blat, blon = on_route(line, c)
    chain = _chainages(rb, line)
    total = _total_at(rb, chain, index, c)
    box = rb.boxes[index - 1]
    was = chain[index - 1]
    tulip = box.tulip
    if tulip is not None and was is not None and tulip == auto_tulip(line, was).to_drawing():
        tulip = auto_tulip(line, c).to_drawing()
    return update_box(
        rb, index, lat=blat, lon=blon, total_km=total, cap=cap_at(line, c), tulip=tulip
    )


def recompute(rb: Roadbook) -> Roadbook:
    """Totals and CAPs of every placed box from the route (resets respected); partials follow.

    Boxes without a position keep what they print.
    """
    line = route_geometry(rb)
    chain = _chainages(rb, line)
    boxes = []
    base_c, base_km = 0.0, 0.0
    for b, c in zip(rb.boxes, chain, strict=True):
        if c is None:
            boxes.append(b)
            continue
        total = round(base_km + (c - base_c) / 1000.0, 3)
        boxes.append(replace(b, total_km=total, cap=cap_at(line, c)))
        if b.reset_km is not None:
            base_c, base_km = c, b.reset_km
    return _with_boxes(rb, boxes)


def set_route(rb: Roadbook, route: RouteLine | None) -> Roadbook:
    """Give the roadbook a route line (from a track or a separate route file)."""
    return replace(rb, route=route)


def set_stage(
    rb: Roadbook,
    name: str | None = None,
    units: Units | None = None,
    description: str | None = None,
) -> Roadbook:
    """Change what the roadbook says about its stage: its name, the units it is printed in
    (distances stay the same kilometres, only shown in km or miles) and its description.

    None leaves a field as it is; a name must not be blank.
    """
    if name is not None:
        name = " ".join(name.split())
        if not name:
            raise EditError(translate("Edit", "the stage needs a name"))
        rb = replace(rb, name=name)
    if units is not None:
        rb = replace(rb, units=units)
    if description is not None:
        rb = replace(rb, metadata=replace(rb.metadata, description=description.strip()))
    return rb
