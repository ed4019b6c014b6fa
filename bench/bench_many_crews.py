"""A whole field: 100 crews of a 3-hour 10 Hz stage (108,000 points each) read from GPX and
reviewed in worker processes, against one crew in the same run.

The crews are generated once (each its own pace, start time and receiver noise) and kept in a
temporary folder for the next run. Target: 100 crews in under 30 s on a 2-core machine, the
tracks and reviews back in this process as the review window needs them. ``--quick``: 8
crews of one hour; the field must then take under 3/4 of the crews one after another.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from bench_navigator import _roadbook, _route

from navapp.core import geodesy
from navapp.core.crew_pool import CrewJob, default_jobs, review_crews
from navapp.core.model import Roadbook, RouteLine, Track
from navapp.core.review import ReviewSettings
from navapp.io.gpxwrite import write_track
from navapp.io.registry import read_track

TARGET_S = 30.0
QUICK_SHARE = 0.75
ROUTE_M = 100_000.0
BOXES = 200


def _crew(line: geodesy.RouteGeometry, k: int, hours: float) -> Track:
    """Crew ``k``: its own pace (25 to 35 km/h), start (a minute apart) and noise, 10 Hz."""
    hz = 10.0
    n = int(hours * 3600 * hz)
    rng = np.random.default_rng(1000 + k)
    pace = 25.0 + 10.0 * (k % 11) / 10.0
    # Speed wanders around the pace; the chainage is its integral, held at the finish.
    speed = np.clip(pace + np.convolve(rng.normal(0, 4, n), np.ones(300) / 300, "same") * 10, 0, 90)
    chainage = np.minimum(np.cumsum(speed / 3.6 / hz), line.length_m)
    lat, lon = line.points_at(chainage)
    kernel = np.ones(50) / np.sqrt(50)
    north = np.convolve(rng.normal(0, 3, n), kernel, mode="same")
    east = np.convolve(rng.normal(0, 3, n), kernel, mode="same")
    t = 1.7e9 + 60.0 * k + np.arange(n) / hz
    return Track(
        t,
        lat + north / 111_000,
        lon + east / 101_000,
        np.full(n, 800.0) + rng.normal(0, 2, n).cumsum() * 0.01,
        speed + rng.normal(0, 1, n),
        np.zeros(1, dtype=np.int64),
        f"crew {k + 1}",
    )


def field(crews: int, hours: float) -> tuple[Roadbook, list[Path]]:
    """The stage and its crews' GPX files, made once and kept in the temporary folder."""
    route: RouteLine = _route(ROUTE_M)
    roadbook = _roadbook(route, BOXES)
    folder = Path(tempfile.gettempdir()) / f"navapp-bench-many-crews-{crews}x{hours:g}h-v1"
    paths = [folder / f"crew_{k + 1:03d}.gpx" for k in range(crews)]
    done = folder / "complete"
    if not done.exists():
        folder.mkdir(parents=True, exist_ok=True)
        line = geodesy.RouteGeometry(route.lat, route.lon)
        start = time.perf_counter()
        for k, path in enumerate(paths):
            write_track(_crew(line, k, hours), path)
            print(f"\r  generating crew {k + 1}/{crews}", end="", file=sys.stderr, flush=True)
        print(
            f"\r  generated {crews} crews in {time.perf_counter() - start:.0f} s", file=sys.stderr
        )
        done.write_text("ok\n")
    return roadbook, paths


def run(quick: bool = False) -> bool:
    crews, hours = (8, 1.0) if quick else (100, 3.0)
    roadbook, paths = field(crews, hours)
    job = CrewJob(roadbook, ReviewSettings(), read_track, keep_tracks=True)
    jobs = default_jobs()

    review_crews(job, paths[1:2], jobs=1)  # warm: first calls import and fill caches
    start, cpu = time.perf_counter(), time.process_time()
    (one,) = review_crews(job, paths[:1], jobs=1)
    one_s = time.perf_counter() - start
    one_cpu = time.process_time() - cpu
    busy_before = os.getloadavg()[0]

    start = time.perf_counter()
    results = review_crews(job, paths, jobs=jobs)
    many_s = time.perf_counter() - start

    points = sum(len(r.track) for r in results if r.track is not None)
    judged = sum(r.review is not None for r in results)
    assert one.review is not None and results[0].review is not None
    same = one.review == results[0].review
    print(
        f"{crews} crews x {points // crews:,} points ({hours:g} h at 10 Hz), {BOXES} boxes, "
        f"{judged} judged, {jobs} workers on {os.cpu_count()} cores; "
        f"first crew same as alone: {same}"
    )
    print(f"  1 crew, this process (baseline)  {one_s:6.2f} s  ({one_cpu:.2f} s of CPU)")
    print(f"  {crews} crews one after another       {one_s * crews:6.1f} s  (estimated)")
    ratio = many_s / one_s
    if quick:
        ok = many_s < QUICK_SHARE * crews * one_s
        target = f"< {QUICK_SHARE:g} x {crews} x 1 crew"
    else:
        ok = many_s < TARGET_S
        target = f"< {TARGET_S:g} s"
    print(
        f"  {crews} crews in {jobs} workers       {many_s:6.1f} s  = {ratio:5.1f}x one crew   "
        f"target {target}  {'PASS' if ok else 'FAIL'}"
    )
    # The machine may be shared: what else ran, and what an idle one would take.
    print(
        f"  load average before/after: {busy_before:.1f}/{os.getloadavg()[0]:.1f}; "
        f"CPU-bound estimate on {jobs} idle cores: {crews * one_cpu / jobs:.1f} s"
    )
    return ok and same and judged == crews


if __name__ == "__main__":
    sys.exit(0 if run(quick="--quick" in sys.argv) else 1)
