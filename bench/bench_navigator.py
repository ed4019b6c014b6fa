"""Navigator cost per fix: a 500-box roadbook on a 200 km route, driven at 10 Hz.

Prints microseconds per fix, the same as a multiple of one geodesic inverse (the least work a
fix can cost, measured in the same run), and whether the cost grows along the drive or with
the number of boxes (it must not).
"""

from __future__ import annotations

import math
import time

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
from navapp.core.navigator import Navigator
from navapp.core.rules import rule_for

TARGET_US = 100.0
_TYPES = [WaypointType.WPM, WaypointType.WPV, WaypointType.WPE, WaypointType.WPC, WaypointType.WPN]


def _route(length_m: float) -> RouteLine:
    """A winding 200 km route, a vertex every 25 m."""
    n = int(length_m / 25.0)
    az = 60.0 + 40.0 * np.sin(np.arange(n) / 400.0)
    lat, lon = [24.0], [46.0]
    for a in az[:-1]:
        la, lo = geodesy.forward(lat[-1], lon[-1], float(a), 25.0)
        lat.append(la)
        lon.append(lo)
    return RouteLine(np.array(lat), np.array(lon))


def _roadbook(route: RouteLine, boxes: int) -> Roadbook:
    line = geodesy.RouteGeometry(route.lat, route.lon)
    out = []
    for i, c in enumerate(np.linspace(0.0, line.length_m, boxes)):
        lat, lon = line.point_at(float(c))
        wps: tuple[Waypoint, ...] = ()
        if i % 5 == 0:
            t = _TYPES[(i // 5) % len(_TYPES)]
            r = rule_for(t)
            wps = (Waypoint(t, str(i), r.open_m, r.clear_m),)
        out.append(
            Box(
                0,
                round(c / 1000.0, 2),
                cap=round(line.heading_at(float(c))) % 360,
                lat=lat,
                lon=lon,
                waypoints=wps,
            )
        )
    return Roadbook("bench", Units.METRIC, number_boxes(out), route)


def _drive(route: RouteLine, hz: float, seconds: float) -> list[Fix]:
    line = geodesy.RouteGeometry(route.lat, route.lon)
    rng = np.random.default_rng(1)
    n = int(seconds * hz)
    speed = 90.0
    fixes = []
    for i in range(n):
        c = min(i / hz * speed / 3.6, line.length_m)
        lat, lon = line.point_at(c)
        lat, lon = geodesy.forward(
            lat, lon, float(rng.uniform(0, 360)), float(abs(rng.normal(0, 3)))
        )
        fixes.append(Fix(1.7e9 + i / hz, lat, lon, speed_kmh=speed + float(rng.normal(0, 1))))
    return fixes


def _per_fix_us(nav: Navigator, fixes: list[Fix]) -> float:
    start = time.perf_counter()
    for f in fixes:
        nav.update(f)
    return (time.perf_counter() - start) / len(fixes) * 1e6


def _baseline_us(fixes: list[Fix]) -> float:
    start = time.perf_counter()
    a = fixes[0]
    for f in fixes:
        geodesy.inverse(a.lat, a.lon, f.lat, f.lon)
    return (time.perf_counter() - start) / len(fixes) * 1e6


def run(quick: bool = False) -> bool:
    route = _route(200_000.0)
    seconds = 600.0 if quick else 8000.0  # the whole 200 km at 90 km/h
    fixes = _drive(route, 10.0, seconds)
    big = _roadbook(route, 500)
    small = _roadbook(route, 50)
    base = _baseline_us(fixes[:20000])
    nav = Navigator(big)
    tenth = len(fixes) // 10
    first = _per_fix_us(nav, fixes[:tenth])
    middle = _per_fix_us(nav, fixes[tenth:-tenth])
    last = _per_fix_us(nav, fixes[-tenth:])
    whole = (first * tenth + middle * (len(fixes) - 2 * tenth) + last * tenth) / len(fixes)
    state = nav.finish()
    few = _per_fix_us(Navigator(small), fixes[: 4 * tenth])
    many = _per_fix_us(Navigator(big), fixes[: 4 * tenth])
    print(
        f"{len(fixes):,} fixes at 10 Hz over {seconds / 3600:.1f} h, 500 boxes, 200 km route "
        f"({state.validated} of {state.waypoints_total} waypoints validated)"
    )
    print(f"  baseline: one geodesic inverse      {base:7.1f} us")
    print(
        f"  navigator per fix (whole drive)     {whole:7.1f} us  = {whole / base:5.1f}x baseline"
        f"   target < {TARGET_US:.0f} us  {'PASS' if whole < TARGET_US else 'FAIL'}"
    )
    growth = last / first
    print(
        f"  last tenth / first tenth of drive   {growth:7.2f}      (no growth along the track)"
        f"  {'PASS' if growth < 1.5 else 'FAIL'}"
    )
    scale = many / few
    print(
        f"  500 boxes / 50 boxes                {scale:7.2f}      (no growth with the roadbook)"
        f"  {'PASS' if scale < 1.5 else 'FAIL'}"
    )
    return whole < TARGET_US and growth < 1.5 and scale < 1.5 and math.isfinite(whole)
