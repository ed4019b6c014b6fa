"""Review map frame time on a 2,000,000-point 10 Hz track, offscreen at 1280×800.

Builds the track in memory (vectorised), times the per-zoom simplification levels, then renders
frames into a QImage at fit-all, mid and close zoom, each after a few pans, and prints the
median and worst frame time. The baseline is the same canvas with only the route line.
"""

from __future__ import annotations

import math
import os
import statistics
import time

import numpy as np

TARGET_MS = 50.0
SIZE = (1280, 800)


def _track(n: int):  # type: ignore[no-untyped-def]
    from navapp.core.model import Track

    rng = np.random.default_rng(7)
    # A smooth drive: heading and speed wander slowly, the receiver adds ~0.5 m of noise.
    heading = np.cumsum(rng.normal(0, 0.004, n))
    kmh = np.clip(70 + np.cumsum(rng.normal(0, 0.15, n)), 5, 150)
    step = kmh / 3.6 * 0.1
    x = np.cumsum(step * np.sin(heading)) + rng.normal(0, 0.5, n)
    y = np.cumsum(step * np.cos(heading)) + rng.normal(0, 0.5, n)
    lat = 30.0 + y / 110_900.0
    lon = -5.0 + x / (111_320.0 * math.cos(math.radians(30.0)))
    t = 1.7e9 + np.arange(n) * 0.1
    return Track(t, lat, lon, np.full(n, np.nan), kmh, name="bench")


def _roadbook(track):  # type: ignore[no-untyped-def]
    from navapp.core.model import Box, Roadbook, RouteLine, Units, number_boxes

    pick = np.arange(0, len(track), 500)
    boxes = [
        Box(0, float(i) / 10_000, lat=float(track.lat[i]), lon=float(track.lon[i]))
        for i in pick[:: max(len(pick) // 60, 1)]
    ]
    route = RouteLine(track.lat[pick].copy(), track.lon[pick].copy())
    return Roadbook("bench", Units.METRIC, number_boxes(boxes), route)


def _frames(canvas, views) -> list[float]:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    out = []
    for cx, cy, mpp in views:
        canvas.set_view(cx, cy, mpp)
        t0 = time.perf_counter()
        canvas.render(image)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _views(canvas, mpp: float, pans: int, rng):  # type: ignore[no-untyped-def]
    g = canvas.crews[0].geometry if canvas.crews else None
    cx, cy, _ = canvas.view()
    views = []
    for _ in range(pans):
        if g is not None and mpp < 50:
            # Look at places on the track, as an analyst would.
            i = int(rng.integers(0, len(g.x)))
            cx, cy = float(g.x[i]), float(g.y[i])
        else:
            cx += float(rng.normal(0, 150)) * mpp
            cy += float(rng.normal(0, 150)) * mpp
        views.append((cx, cy, mpp))
    return views


def run(quick: bool = False) -> bool:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from navapp.gui.review.map_canvas import MapCanvas

    app = QApplication.instance() or QApplication([])
    n = 400_000 if quick else 2_000_000
    track = _track(n)
    rb = _roadbook(track)
    base = MapCanvas(rb)
    base.resize(*SIZE)
    base.fit()
    canvas = MapCanvas(rb)
    canvas.resize(*SIZE)
    t0 = time.perf_counter()
    canvas.add_crew(track, None)
    build_s = time.perf_counter() - t0
    canvas.fit()
    fit_mpp = canvas.metres_per_pixel()
    pans = 6 if quick else 15
    rng = np.random.default_rng(1)
    print(
        f"track: {n:,} points at 10 Hz, {len(rb.route or []):,}-point route, "
        f"canvas {SIZE[0]}x{SIZE[1]}"
    )
    print(
        f"levels built in {build_s:.2f} s: "
        + ", ".join(
            f"{lv.tolerance_m:g} m → {len(lv.x):,} pts" for lv in canvas.crews[0].geometry.levels
        )
    )
    ok = True
    for name, mpp in (("fit all", fit_mpp), ("mid", 20.0), ("close", 1.0)):
        base.fit()
        canvas.fit()
        views = _views(canvas, mpp, pans, rng)
        if mpp == fit_mpp:
            views = [(canvas.view()[0], canvas.view()[1], mpp), *views]
        _frames(canvas, views[:1])  # warm-up
        ms = _frames(canvas, views)
        bms = _frames(base, views)
        med, worst, bmed = statistics.median(ms), max(ms), statistics.median(bms)
        passed = med < TARGET_MS
        ok &= passed
        print(
            f"  {name:8s} {mpp:8.1f} m/px  median {med:6.1f} ms  worst {worst:6.1f} ms  "
            f"(route only {bmed:5.1f} ms, {med / max(bmed, 1e-3):4.1f}x)  "
            f"target < {TARGET_MS:.0f} ms  {'PASS' if passed else 'FAIL'}"
        )
    del app
    return ok


if __name__ == "__main__":
    import sys

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.exit(0 if run(quick="--quick" in sys.argv) else 1)
