"""Review of a 10-hour 10 Hz track (360,000 fixes) against a 500-box roadbook.

The figure that matters is the review time against the time to load the same track from GPX
(both measured here, in the same run): the review must take under 2 s.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np
from bench_navigator import _roadbook, _route

from navapp.core import geodesy
from navapp.core.model import Track
from navapp.core.review import review
from navapp.io.gpxtrack import load_track
from navapp.io.gpxwrite import write_track

TARGET_S = 2.0


def _track(route_lat: np.ndarray, route_lon: np.ndarray, hours: float, hz: float) -> Track:
    """A drive along the route at 30 km/h with wandering GPS noise, vectorised."""
    line = geodesy.RouteGeometry(route_lat, route_lon)
    n = int(hours * 3600 * hz)
    chainage = np.minimum(np.arange(n) / hz * 30.0 / 3.6, line.length_m)
    seg = np.clip(np.searchsorted(line.cum_m, chainage, side="right") - 1, 0, len(line.cum_m) - 2)
    frac = (chainage - line.cum_m[seg]) / np.maximum(line.cum_m[seg + 1] - line.cum_m[seg], 1e-9)
    lat = line.lat[seg] + frac * (line.lat[seg + 1] - line.lat[seg])
    lon = line.lon[seg] + frac * (line.lon[seg + 1] - line.lon[seg])
    rng = np.random.default_rng(5)
    # Receiver noise at 10 Hz wanders slowly: white noise smoothed over 5 s, about 3 m.
    kernel = np.ones(50) / np.sqrt(50)
    north = np.convolve(rng.normal(0, 3, n), kernel, mode="same")
    east = np.convolve(rng.normal(0, 3, n), kernel, mode="same")
    lat = lat + north / 111_000
    lon = lon + east / 95_000
    t = 1.7e9 + np.arange(n) / hz
    speed = 30.0 + rng.normal(0, 1, n)
    return Track(t, lat, lon, np.full(n, 800.0), speed, np.zeros(1, dtype=np.int64), "bench")


def run(quick: bool = False) -> bool:
    hours = 1.0 if quick else 10.0
    route = _route(300_000.0)
    rb = _roadbook(route, 500)
    track = _track(route.lat, route.lon, hours, 10.0)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "drive.gpx"
        write_track(track, path)
        start = time.perf_counter()
        loaded = load_track(path)
        load_s = time.perf_counter() - start
    start = time.perf_counter()
    result = review(rb, loaded)
    review_s = time.perf_counter() - start
    s = result.summary
    print(
        f"{len(loaded):,} fixes ({hours:g} h at 10 Hz), 500 boxes, {s.driven_km:.0f} km driven, "
        f"{s.validated} waypoints validated, {s.missed} missed"
    )
    print(f"  load GPX (baseline)   {load_s:6.2f} s")
    print(
        f"  review                {review_s:6.2f} s  = {review_s / load_s:4.2f}x the load   "
        f"target < {TARGET_S:g} s  {'PASS' if review_s < TARGET_S else 'FAIL'}"
    )
    return review_s < TARGET_S
