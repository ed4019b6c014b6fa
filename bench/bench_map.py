"""Review map frame time on a 2,000,000-point 10 Hz track over map tiles, offscreen at 1280×800.

Builds the track in memory (vectorised), times the per-zoom simplification levels, then
renders frames into a QImage at fit-all zoom (after short pans), at mid and close zoom (each
after a jump to another place of the track: a new map buffer drawn at once), while
zooming in step by step from the whole stage to a metre a pixel and while dragging the map at
a metre a pixel, and prints the median and worst frame time of each.

The map is an MBTiles file built here: palette PNG tiles, as OpenStreetMap serves them, for
every tile those views show. Tiles load asynchronously and a frame never waits for them, so
before each timed frame the view is shown once and the loader is left to finish: a timed frame
draws decoded tiles, coming from the view before it (a frame of a pan or a zoom). The frame
is timed over the map, without the map, and, as the baseline, with the route line only.
"""

from __future__ import annotations

import math
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

TARGET_MS = 16.0
# A jump (an event row clicked, a place far from the view) draws a new map buffer at once: one
# exact redraw, held to the map layer benchmark's redraw target, not to a pan's.
JUMP_TARGET_MS = 50.0
SIZE = (1280, 800)
PATTERNS = 16  # distinct tile images, spread over the tiles
ZOOM_STEP = 1.25  # a wheel notch


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


# -- the map file ---------------------------------------------------------------------------


def _patterns() -> list[bytes]:
    """Palette PNG tiles of sand, scrub and tracks, all different."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    rng = np.random.default_rng(11)
    out = []
    for k in range(PATTERNS):
        image = QImage(256, 256, QImage.Format.Format_RGB32)
        image.fill(QColor.fromHsv(int(30 + 8 * k) % 360, 40 + 5 * k, 235))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for _ in range(12):
            p.setPen(QPen(QColor.fromHsv(int(rng.integers(20, 120)), 90, 150), 1.5))
            a = rng.uniform(0, 256, 2)
            b = rng.uniform(0, 256, 2)
            p.drawLine(QPointF(*a), QPointF(*b))
        p.setPen(QColor("#806040"))
        p.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, f"pattern {k}")
        p.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_Indexed8).save(buf, "PNG")
        out.append(bytes(data.data()))
    return out


def _write_mbtiles(path: Path, tiles: set[tuple[int, int, int]], bounds: str) -> None:
    patterns = _patterns()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    db.execute(
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
        " tile_data BLOB)"
    )
    db.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
    zooms = [t[0] for t in tiles] or [0]
    meta = {
        "name": "bench",
        "format": "png",
        "minzoom": str(min(zooms)),
        "maxzoom": str(max(zooms)),
        "bounds": bounds,
        "attribution": "bench tiles",
    }
    db.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
    db.executemany(
        "INSERT INTO tiles VALUES (?, ?, ?, ?)",
        [
            (z, x, (1 << z) - 1 - y, patterns[(3 * x + 5 * y + z) % PATTERNS])
            for z, x, y in sorted(tiles)
        ],
    )
    db.commit()
    db.close()


# -- views and frames -----------------------------------------------------------------------

View = tuple[float, float, float]


def _jumps(canvas, mpp: float, pans: int, rng) -> list[View]:  # type: ignore[no-untyped-def]
    g = canvas.crews[0].geometry
    cx, cy, _ = canvas.view()
    views = []
    for _ in range(pans):
        if mpp < 50:
            # Look at places on the track, as an analyst would.
            i = int(rng.integers(0, len(g.x)))
            cx, cy = float(g.x[i]), float(g.y[i])
        else:
            cx += float(rng.normal(0, 150)) * mpp
            cy += float(rng.normal(0, 150)) * mpp
        views.append((cx, cy, mpp))
    return views


def _drag(canvas, mpp: float, steps: int, rng) -> list[View]:  # type: ignore[no-untyped-def]
    """A mouse drag from a point of the track: the map follows the mouse by whole pixels,
    ~20 px a frame (1,200 px a second at 60 frames a second)."""
    g = canvas.crews[0].geometry
    i = int(rng.integers(0, len(g.x)))
    cx, cy = float(g.x[i]), float(g.y[i])
    views = []
    for k in range(steps):
        dx, dy = (-17, -9) if k < steps // 2 else (12, -15)
        cx, cy = cx - dx * mpp, cy + dy * mpp
        views.append((cx, cy, mpp))
    return views


def _zoom_in(canvas, fit: View, close_mpp: float, rng) -> list[View]:  # type: ignore[no-untyped-def]
    """Wheel notches from the whole stage to ``close_mpp``, about a point of the track under
    the cursor (it stays where it is on the screen, as MetricMapView.zoom_at keeps it)."""
    g = canvas.crews[0].geometry
    i = int(rng.integers(0, len(g.x)))
    wx, wy = float(g.x[i]), float(g.y[i])
    cx, cy, mpp = fit
    # Where the point is on the screen at the start.
    sx, sy = (wx - cx) / mpp, (wy - cy) / mpp
    views = [fit]
    while mpp > close_mpp:
        mpp = max(mpp / ZOOM_STEP, close_mpp)
        views.append((wx - sx * mpp, wy - sy * mpp, mpp))
    return views


def _wait(until: Callable[[], bool], app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + 60
    while not until():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if time.monotonic() > deadline:
            raise RuntimeError("the map layer did not settle in 60 s")
    app.processEvents()


def _timed(canvas, image) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Wall and CPU (this thread: the painting) milliseconds of one frame."""
    t0, c0 = time.perf_counter(), time.thread_time()
    canvas.render(image)
    return (time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000


@dataclass
class Frames:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    tiles: list[float] = field(default_factory=list)  # the map layer's share of a frame
    still: list[float] = field(default_factory=list)  # the frame the map is drawn exactly
    still_cpu: list[float] = field(default_factory=list)


def _frames(canvas, views: list[View], app, layer=None, painted=None) -> Frames:  # type: ignore[no-untyped-def]
    """Frame times of ``views`` in turn, each coming from the one before.

    With a map ``layer``, each view is first shown until its tiles are loaded and drawn
    exactly; the timed frame then comes from the view before, as in a pan or a zoom (the
    layer may show its last drawing moved or stretched), and once the layer has settled
    the frame that draws the map exactly is timed too. ``painted``: the layer's paint times.
    """
    from PySide6.QtGui import QImage

    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    scratch = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    out = Frames()
    for k, view in enumerate(views):
        if layer is not None:
            canvas.set_view(*view)
            for _ in range(2):  # tiles loaded, then drawn for this very view
                canvas.render(scratch)
                _wait(lambda: not layer.busy, app)
        canvas.set_view(*views[k - 1])  # the view the frame comes from
        canvas.render(scratch)
        canvas.set_view(*view)
        wall, cpu = _timed(canvas, image)
        out.wall.append(wall)
        out.cpu.append(cpu)
        if layer is not None and painted:
            out.tiles.append(painted[-1])
            _wait(lambda: not layer.busy, app)
            wall, cpu = _timed(canvas, image)
            out.still.append(wall)
            out.still_cpu.append(cpu)
    return out


def run(quick: bool = False) -> bool:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from navapp.gui.common.map_layer import TileLayer
    from navapp.gui.review.map_canvas import MapCanvas
    from navapp.maps.mbtiles import MBTilesSource

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
    fit = canvas.view()
    pans = 6 if quick else 15
    rng = np.random.default_rng(1)
    groups = [
        ("fit all", [fit, *_jumps(canvas, fit[2], pans, rng)]),
        ("mid jump", _jumps(canvas, 20.0, pans, rng)),
        ("close jump", _jumps(canvas, 1.0, pans, rng)),
        ("zoom in", _zoom_in(canvas, fit, 1.0, rng)),
        ("drag", _drag(canvas, 1.0, 12 if quick else 30, rng)),
    ]
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
    with tempfile.TemporaryDirectory() as tmp:
        # The tiles those views show: asked of a map file with every zoom and no tiles.
        ok = np.isfinite(track.lat)
        lat, lon = track.lat[ok], track.lon[ok]
        bounds = f"{lon.min():.6f},{lat.min():.6f},{lon.max():.6f},{lat.max():.6f}"
        probe = Path(tmp) / "probe.mbtiles"
        _write_mbtiles(probe, {(0, 0, 0), (19, 0, 0)}, bounds)
        layer = TileLayer()
        settle_ms = layer.settle_ms
        layer.set_source(MBTilesSource(probe))
        canvas.set_tile_layer(layer)
        wanted: set[tuple[int, int, int]] = set()
        from PySide6.QtGui import QImage

        scratch = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
        layer.settle_ms = 0  # every frame drawn exactly, with the margin kept for pans
        for _, views in groups:
            for cx, cy, mpp in views:
                for nudge in (0.0, 1.0):
                    canvas.set_view(cx + nudge * mpp, cy, mpp)
                    canvas.render(scratch)
                    wanted.update(tuple(t) for t in layer.wanted())  # type: ignore[misc]
        layer.settle_ms = settle_ms
        t0 = time.perf_counter()
        path = Path(tmp) / "bench.mbtiles"
        _write_mbtiles(path, wanted, bounds)
        print(
            f"map: {len(wanted):,} tiles at zooms {min(t[0] for t in wanted)}–"
            f"{max(t[0] for t in wanted)} ({path.stat().st_size / 1e6:.1f} MB MBTiles, "
            f"palette PNG), written in {time.perf_counter() - t0:.1f} s"
        )
        layer.set_source(MBTilesSource(path))
        painted: list[float] = []
        paint = layer.paint

        def timed_paint(*args):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            paint(*args)
            painted.append((time.perf_counter() - t) * 1000)

        layer.paint = timed_paint  # type: ignore[method-assign]
        ok_all = True
        print(
            "  frame times: wall median and worst over the map (CPU of the painting thread), "
            "the map layer's share; then the frame drawing the map exactly once the view rests, "
            "the same frames without the map, and with the route line only"
        )
        for name, views in groups:
            canvas.set_tile_layer(None)
            plain = _frames(canvas, views, app)
            route = _frames(base, views, app)
            canvas.set_tile_layer(layer)
            f = _frames(canvas, views, app, layer, painted)
            med, worst = statistics.median(f.wall), max(f.wall)
            target = JUMP_TARGET_MS if name.endswith("jump") else TARGET_MS
            passed = med < target
            ok_all &= passed
            what = f"{views[-1][2]:7.1f} m/px" if name != "zoom in" else f"{len(views):3d} notches"
            what = f"{len(views):3d} moves " if name == "drag" else what
            print(
                f"  {name:10s} {what}  median {med:5.1f} ms  worst {worst:5.1f} ms  "
                f"(CPU {statistics.median(f.cpu):4.1f} ms, tiles {statistics.median(f.tiles):4.1f}"
                f" ms)  still {statistics.median(f.still):5.1f} ms (CPU "
                f"{statistics.median(f.still_cpu):4.1f} ms)  "
                f"no map {statistics.median(plain.wall):5.1f} ms  "
                f"route only {statistics.median(route.wall):5.1f} ms  "
                f"target < {target:.0f} ms  {'PASS' if passed else 'FAIL'}"
            )
        canvas.set_tile_layer(None)
        layer.close()
    del app
    return ok_all


if __name__ == "__main__":
    import sys

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.exit(0 if run(quick="--quick" in sys.argv) else 1)
