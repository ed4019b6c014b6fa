"""The map layer alone (offscreen, 1280×800): a generated desert MBTiles (256 px tiles, zooms
11-12) drawn north up and turned 30°: frame times while panning 7 px a frame, while zooming
(the last drawing stretched), and the exact redraw once the view rests; baseline: filling the
frame with the map paper.

``python bench/bench_map_layer.py`` or ``bench/run.py bench_map_layer``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

W, H = 1280, 800
PAN_MEDIAN_MS = 2.0
ZOOM_MEDIAN_MS = 4.0
REDRAW_MEDIAN_MS = 50.0


def run(quick: bool = False) -> bool:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from navapp.core.geodesy import LocalProjection
    from navapp.gui.common.map_layer import TileLayer
    from navapp.maps.files import open_map_file
    from navapp.maps.tiles import LonLatBox
    from tests.unit.gui.common.maplayer_helpers import (
        LAT0,
        LON0,
        terrain_mbtiles,
        view,
        zoom_mpp,
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    frames = 60 if quick else 200
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        box = LonLatBox(LON0 - 0.35, LAT0 - 0.25, LON0 + 0.35, LAT0 + 0.25)
        path = terrain_mbtiles(Path(tmp) / "desert.mbtiles", range(11, 13), box)
        layer = TileLayer()
        layer.set_source(open_map_file(path))
        projection = LocalProjection(LAT0, LON0)
        image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)

        def frame(mpp: float, rotation: float, cx: float, cy: float) -> float:
            image.fill(QColor("#f3efe6"))
            p = QPainter(image)
            t0 = time.perf_counter()
            layer.paint(p, view(W, H, mpp, rotation, cx, cy), QSizeF(W, H), mpp, projection)
            dt = time.perf_counter() - t0
            p.end()
            return dt * 1000

        def settle(mpp: float, rotation: float) -> None:
            # Every tile of the view and its margin loaded, the drawing exact.
            for _ in range(4):
                frame(mpp, rotation, 0.0, 0.0)
                while layer.busy:
                    app.processEvents()

        t0 = time.perf_counter()
        for _ in range(frames):
            image.fill(QColor("#f3efe6"))
        paper_ms = (time.perf_counter() - t0) * 1000 / frames
        print(f"baseline: filling the frame {paper_ms:.2f} ms")
        print(f"{'view':<10} {'frames':>6} {'tiles':>5} {'median ms':>10} {'p95 ms':>7}  target")
        mpp = zoom_mpp(12) * 1.1
        for rotation in (0.0, 30.0):
            settle(mpp, rotation)
            pan = [frame(mpp, rotation, i * 7.0 * mpp, i * 3.0 * mpp) for i in range(frames)]
            settle(mpp, rotation)
            zoom = [frame(mpp * 1.03 ** (i % 10), rotation, 0.0, 0.0) for i in range(frames)]
            redraw = []
            for i in range(frames // 10):
                layer.settle_ms = 0  # every frame drawn exactly: the redraw at rest
                redraw.append(frame(mpp * 1.03 ** (i % 10 + 1), rotation, 0.0, 0.0))
            layer.settle_ms = 120
            for name, times, target in (
                (f"pan {rotation:g}°", pan, PAN_MEDIAN_MS),
                (f"zoom {rotation:g}°", zoom, ZOOM_MEDIAN_MS),
                (f"rest {rotation:g}°", redraw, REDRAW_MEDIAN_MS),
            ):
                median = statistics.median(times)
                p95 = sorted(times)[int(len(times) * 0.95) - 1]
                passed = median < target
                ok &= passed
                print(
                    f"{name:<10} {len(times):>6} {len(layer.wanted()):>5} {median:>10.2f}"
                    f" {p95:>7.2f}  median < {target:g} ms {'PASS' if passed else 'FAIL'}"
                )
        layer.close()
    return ok


if __name__ == "__main__":
    for folder in (Path(__file__).resolve().parent, Path(__file__).resolve().parent.parent):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    sys.exit(0 if run(quick="--quick" in sys.argv) else 1)
