"""Test data whose right answers are known by construction."""

from __future__ import annotations

import numpy as np

from navapp.core import geodesy
from navapp.core.model import Box, Roadbook, RouteLine, Units, Waypoint, WaypointType, number_boxes
from navapp.core.rules import rule_for


def straight_route(
    lat: float, lon: float, azimuth: float, length_m: float, step_m: float = 100.0
) -> RouteLine:
    """A geodesic line from (lat, lon) along ``azimuth``, a vertex every ``step_m`` metres."""
    n = round(length_m / step_m)
    path = geodesy.GEOD.fwd_intermediate(
        lon,
        lat,
        azimuth,
        npts=n + 1,
        del_s=step_m,
        initial_idx=0,
        terminus_idx=0,
        return_back_azimuth=True,
    )
    lo = np.array([geodesy.wrap_lon(x) for x in path.lons], dtype=np.float64)
    return RouteLine(np.array(path.lats, dtype=np.float64), lo)


def waypoint(wtype: WaypointType, name: str = "") -> Waypoint:
    """A waypoint with the rules table's default radii."""
    rule = rule_for(wtype)
    return Waypoint(wtype, name, rule.open_m, rule.clear_m)


def roadbook(boxes: list[Box], route: RouteLine | None = None, name: str = "Test") -> Roadbook:
    """A metric roadbook of the given boxes, numbered and with partials."""
    return Roadbook(name, Units.METRIC, number_boxes(boxes), route)
