"""Cue planner cost per navigator state: a roadbook with a box every 400 m on a winding route,
driven at 10 Hz with excursions off the route, on a 200 km route and on a 2,000 km one.

Prints microseconds per state (the planner alone, states computed beforehand), the same as a
multiple of one geodesic inverse, and whether the cost grows with the length of the route or
along the drive (it must not: each fix is matched only against a window of the route).
"""

from __future__ import annotations

import math
import time

from bench_navigator import _drive, _roadbook, _route

from navapp.core import geodesy
from navapp.core.cues import Cue, CuePlanner
from navapp.core.model import Fix, Roadbook
from navapp.core.navigator import Navigator
from navapp.core.navstate import NavState

TARGET_US = 100.0


def _with_excursions(fixes: list[Fix], every: int = 3000, length: int = 600) -> list[Fix]:
    """The drive with a stretch of ``length`` fixes pushed 300 m sideways every ``every``."""
    out = []
    for i, f in enumerate(fixes):
        k = i % every
        if every - length <= k:
            lat, lon = geodesy.forward(f.lat, f.lon, 0.0, 300.0)
            f = Fix(f.time, lat, lon, speed_kmh=f.speed_kmh)
        out.append(f)
    return out


def _states(rb: Roadbook, fixes: list[Fix]) -> list[NavState]:
    nav = Navigator(rb)
    return [nav.update(f) for f in fixes]


def _per_state_us(planner: CuePlanner, states: list[NavState]) -> tuple[float, int]:
    heard = 0
    start = time.perf_counter()
    for s in states:
        heard += sum(c.cue is Cue.OFF_ROUTE for c in planner.update(s, True))
    return (time.perf_counter() - start) / len(states) * 1e6, heard


def _baseline_us(fixes: list[Fix]) -> float:
    start = time.perf_counter()
    a = fixes[0]
    for f in fixes:
        geodesy.inverse(a.lat, a.lon, f.lat, f.lon)
    return (time.perf_counter() - start) / len(fixes) * 1e6


def run(quick: bool = False) -> bool:
    seconds = 600.0 if quick else 3000.0
    short_route = _route(200_000.0)
    long_route = _route(200_000.0 if quick else 2_000_000.0)
    fixes = _with_excursions(_drive(short_route, 10.0, seconds))
    # Boxes as close on both (one every 400 m): only the route's length differs.
    spread = round(len(long_route) / len(short_route))
    short_rb, long_rb = _roadbook(short_route, 500), _roadbook(long_route, 500 * spread)
    # The same first part of both routes (same generator), so the same drive fits both.
    short_states, long_states = _states(short_rb, fixes), _states(long_rb, fixes)
    base = _baseline_us(fixes[:20000])
    short_us, short_off = _per_state_us(CuePlanner(short_rb), short_states)
    long_us, long_off = _per_state_us(CuePlanner(long_rb), long_states)
    tenth = len(fixes) // 10
    planner = CuePlanner(short_rb)
    first, _ = _per_state_us(planner, short_states[:tenth])
    _per_state_us(planner, short_states[tenth:-tenth])
    last, _ = _per_state_us(planner, short_states[-tenth:])
    print(
        f"{len(fixes):,} states at 10 Hz, a box every 400 m, an excursion 300 m off every 300 s "
        f"(OFF_ROUTE heard {short_off} / {long_off} times)"
    )
    print(f"  baseline: one geodesic inverse      {base:7.1f} us")
    ok_time = short_us < TARGET_US
    print(
        f"  planner per state, 200 km route     {short_us:7.1f} us  = {short_us / base:5.1f}x "
        f"baseline   target < {TARGET_US:.0f} us  {'PASS' if ok_time else 'FAIL'}"
    )
    km = geodesy.RouteGeometry(long_route.lat, long_route.lon).length_m / 1000.0
    scale = long_us / short_us
    print(
        f"  {km:,.0f} km route / 200 km route     {scale:7.2f}      (no growth with the route)"
        f"  {'PASS' if scale < 1.5 else 'FAIL'}"
    )
    growth = last / first
    print(
        f"  last tenth / first tenth of drive   {growth:7.2f}      (no growth along the drive)"
        f"  {'PASS' if growth < 1.5 else 'FAIL'}"
    )
    same = short_off == long_off > 0
    print(f"  same OFF_ROUTE cues on both routes  {'PASS' if same else 'FAIL'}")
    return ok_time and scale < 1.5 and growth < 1.5 and same and math.isfinite(short_us)


if __name__ == "__main__":
    import sys

    sys.exit(0 if run(quick="--quick" in sys.argv) else 1)
