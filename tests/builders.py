"""Test data whose right answers are known by construction."""

from __future__ import annotations

import numpy as np

from navapp.core import geodesy
from navapp.core.model import (
    Box,
    Fix,
    Roadbook,
    RouteLine,
    Units,
    Waypoint,
    WaypointType,
    number_boxes,
)
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


def drive(
    route: RouteLine,
    speed_kmh: float | list[tuple[float, float]],
    start: float = 1_767_225_600.0,
    hz: float = 1.0,
    with_speed: bool = True,
) -> list[Fix]:
    """Fixes of a car driving ``route`` from its start, exactly on the line.

    ``speed_kmh`` is one speed, or (from chainage m, speed) pairs in order. Fixes come every
    1/hz seconds; each carries the true speed when ``with_speed``.
    """
    line = geodesy.RouteGeometry(route.lat, route.lon)
    plan = [(0.0, float(speed_kmh))] if not isinstance(speed_kmh, list) else speed_kmh
    fixes = []
    c, t = 0.0, start
    while True:
        v = next(v for c0, v in reversed(plan) if c >= c0)
        lat, lon = line.point_at(c)
        fixes.append(Fix(t, lat, lon, speed_kmh=v if with_speed else None))
        if c >= line.length_m or v <= 0:
            return fixes
        c = min(c + v / 3.6 / hz, line.length_m)
        t += 1.0 / hz


def offset(lat: float, lon: float, azimuth: float, metres: float) -> tuple[float, float]:
    """A point ``metres`` from (lat, lon) along ``azimuth``."""
    return geodesy.forward(lat, lon, azimuth, metres)
