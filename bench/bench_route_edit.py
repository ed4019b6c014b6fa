"""Cost of one route point edit on the demo stage (3829 route points), as the editor makes it
while drawing: the core edit alone (``route_edit.move_point``, the boxes carried), then the
whole step in the editor window (offscreen, 1280×800): the command pushed, the map pane and
the box list given the new roadbook, no paint.

Prints the median and 90th percentile over the same edits, a point near the middle of the
route moved 20 m and back, and how many times pyproj builds a projection per edit.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TARGET_MS = 20.0


def _times(step: Callable[[int], object], n: int) -> list[float]:
    out = []
    for k in range(n):
        start = time.perf_counter()
        step(k)
        out.append((time.perf_counter() - start) * 1000.0)
    return out


def _projections(step: Callable[[int], object]) -> int:
    """How many pyproj transformers one edit builds."""
    from pyproj import Transformer

    built = 0
    real = Transformer.from_proj

    def counting(*args: object, **kwargs: object) -> Transformer:
        nonlocal built
        built += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    Transformer.from_proj = counting  # type: ignore[method-assign]
    try:
        step(0)
    finally:
        Transformer.from_proj = real  # type: ignore[method-assign]
    return built


def run(quick: bool = False) -> bool:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from navapp.core import geodesy, route_edit
    from navapp.gui.editor import EditorWindow
    from navapp.io.registry import read_roadbook
    from navapp.paths import demo_roadbook

    app = QApplication.instance() or QApplication(sys.argv[:1])
    rb = read_roadbook(demo_roadbook())
    assert rb.route is not None
    k = len(rb.route) // 2
    here = (float(rb.route.lat[k]), float(rb.route.lon[k]))
    there = geodesy.forward(*here, 45.0, 20.0)
    n = 10 if quick else 40

    def core(i: int) -> object:
        return route_edit.move_point(rb, k, *(there if i % 2 == 0 else here))

    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "navapp.ini"), QSettings.Format.IniFormat)
        w = EditorWindow(settings=settings, data_dir=Path(tmp) / "data", ask=lambda *_: "discard")
        w.set_roadbook(rb, str(demo_roadbook()))
        w.resize(1280, 800)
        w.show()
        app.processEvents()

        def window(i: int) -> object:
            return w.move_route_point(k, *(there if i % 2 == 0 else here))

        print(f"demo stage: {len(rb.route)} route points, {len(rb.boxes)} boxes; {n} edits")
        print(f"{'step':<28}{'median ms':>10}{'p90 ms':>10}{'projections':>13}")
        for name, step, target in (
            ("core move_point", core, None),
            ("editor window edit", window, TARGET_MS),
        ):
            step(0)  # warm
            t = sorted(_times(step, n))
            med, p90 = statistics.median(t), t[int(0.9 * (len(t) - 1))]
            built = _projections(step)
            verdict = "" if target is None else ("  PASS" if med < target else "  FAIL")
            ok &= target is None or med < target
            print(f"{name:<28}{med:>10.1f}{p90:>10.1f}{built:>13}{verdict}")
        w.hide()
        w.deleteLater()
    return ok


if __name__ == "__main__":
    # This checkout's navapp, whatever the environment installed.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(0 if run("--quick" in sys.argv) else 1)
