"""Memory of the main window over a 10-hour 10 Hz drive (360,000 fixes) fed as fast as it goes.

A generated 300 km stage (500 boxes, each with a tulip and notes drawing, waypoints every
fifth box, speed zones) and a generated drive along it go through the real main window
offscreen, the way a live GPS delivers them: a live :class:`~navapp.gui.gps.sources.QtFixSource`
emitting each fix into the drive session, so the track log is written and the stage autosaved.
Qt events are processed every second of drive time (repaints, timers) and the window is grabbed
every minute. The RSS of the process is read after the first minute of drive time and at the
end; its growth must stay under 10 MB. The baseline, in the same run: the same fixes through a
bare navigator (the core alone). Each loop runs in its own child process.

``python bench/bench_memory.py [--hours H]`` runs it alone, e.g. with the full 10 hours when
``run.py --quick`` would use a shorter drive.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

import navapp
from navapp.core import geodesy
from navapp.core.model import (
    Box,
    Drawing,
    Fix,
    Roadbook,
    RouteLine,
    Track,
    Units,
    Waypoint,
    WaypointType,
    number_boxes,
)
from navapp.core.rules import rule_for

TARGET_MB = 10.0
HZ = 10.0
SPEED_KMH = 30.0  # 300 km in 10 hours
FIRST_MINUTE = int(60 * HZ)
PROCESS_EVERY = int(HZ)  # Qt events once a second of drive time
GRAB_EVERY = int(60 * HZ)  # a full repaint of the window once a minute
_TYPES = [WaypointType.WPM, WaypointType.WPV, WaypointType.WPE, WaypointType.WPC, WaypointType.WPN]
_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} 100">{body}</svg>'


def route(length_m: float) -> RouteLine:
    """A winding route, a vertex every 25 m (vectorised: azimuths summed on a local plane)."""
    n = int(length_m / 25.0)
    az = np.radians(60.0 + 40.0 * np.sin(np.arange(n) / 400.0))
    east = np.concatenate([[0.0], np.cumsum(25.0 * np.sin(az[:-1]))])
    north = np.concatenate([[0.0], np.cumsum(25.0 * np.cos(az[:-1]))])
    lat0, lon0 = 24.0, 46.0
    lat = lat0 + north / 110_800.0
    lon = lon0 + east / (111_320.0 * np.cos(np.radians(lat)))
    return RouteLine(lat, lon)


def _tulip(turn_deg: float) -> Drawing:
    a = np.radians(turn_deg)
    x, y = 50 + 40 * np.sin(a), 50 - 40 * np.cos(a)
    body = (
        '<g fill="none" stroke="#000" stroke-width="5">'
        f'<path d="M50 90 L50 50 L{x:.1f} {y:.1f}"/><path d="M50 50 L{100 - x:.1f} {y:.1f}" '
        'stroke-dasharray="6 4" stroke-width="2"/></g><circle cx="50" cy="90" r="5"/>'
    )
    return Drawing(_SVG.format(w=100, body=body))


def _notes(i: int) -> Drawing:
    body = (
        f'<text x="10" y="40" font-size="30">box {i}</text>'
        f'<path d="M120 80 L{130 + i % 60} 20 L190 80 Z" fill="#000"/>'
    )
    return Drawing(_SVG.format(w=200, body=body))


def _zone_marker(wtype: WaypointType) -> Waypoint:
    r = rule_for(wtype)
    return Waypoint(wtype, "", r.open_m, r.clear_m)


def roadbook(line: RouteLine, boxes: int) -> Roadbook:
    """``boxes`` boxes along the route, all with drawings; waypoints and speed zones among them.

    Every 25th box opens a speed zone closed two boxes later: limits alternate between 25 km/h
    (the drive is over it, one overspeed each) and 50 km/h (never over).
    """
    geom = geodesy.RouteGeometry(line.lat, line.lon)
    out = []
    for i, c in enumerate(np.linspace(0.0, geom.length_m, boxes)):
        lat, lon = geom.point_at(float(c))
        wps: list[Waypoint] = []
        limit = None
        if i % 5 == 0:
            t = _TYPES[(i // 5) % len(_TYPES)]
            r = rule_for(t)
            wps.append(Waypoint(t, str(i), r.open_m, r.clear_m))
        if i % 25 == 3:
            wps.append(_zone_marker(WaypointType.DZ))
            limit = 25.0 if i % 50 == 3 else 50.0
        if i % 25 == 5:
            wps.append(_zone_marker(WaypointType.FZ))
        out.append(
            Box(
                0,
                round(c / 1000.0, 2),
                cap=round(geom.heading_at(float(c))) % 360,
                lat=lat,
                lon=lon,
                waypoints=tuple(wps),
                speed_limit_kmh=limit,
                tulip=_tulip(float(30 * ((i % 7) - 3))),
                notes=_notes(i),
            )
        )
    return Roadbook("memory bench", Units.METRIC, number_boxes(out), line)


def drive(line: RouteLine, hours: float) -> Track:
    """A drive along the route at 30 km/h with slowly wandering GPS noise, vectorised."""
    geom = geodesy.RouteGeometry(line.lat, line.lon)
    n = int(hours * 3600 * HZ)
    chainage = np.minimum(np.arange(n) / HZ * SPEED_KMH / 3.6, geom.length_m)
    seg = np.clip(np.searchsorted(geom.cum_m, chainage, side="right") - 1, 0, len(geom.cum_m) - 2)
    step = np.maximum(geom.cum_m[seg + 1] - geom.cum_m[seg], 1e-9)
    frac = (chainage - geom.cum_m[seg]) / step
    lat = geom.lat[seg] + frac * (geom.lat[seg + 1] - geom.lat[seg])
    lon = geom.lon[seg] + frac * (geom.lon[seg + 1] - geom.lon[seg])
    rng = np.random.default_rng(5)
    kernel = np.ones(50) / np.sqrt(50)  # white noise smoothed over 5 s: about 3 m
    lat = lat + np.convolve(rng.normal(0, 3, n), kernel, mode="same") / 111_000
    lon = lon + np.convolve(rng.normal(0, 3, n), kernel, mode="same") / 95_000
    t = 1.7e9 + np.arange(n) / HZ
    speed = SPEED_KMH + rng.normal(0, 1, n)
    return Track(t, lat, lon, np.full(n, 800.0), speed, np.zeros(1, dtype=np.int64), "bench")


def _stage(hours: float) -> tuple[Roadbook, Track]:
    line = route(max(hours, 0.5) * SPEED_KMH * 1000.0 + 2000.0)
    boxes = max(20, round(500 * hours / 10.0))
    return roadbook(line, boxes), drive(line, hours)


def rss_mb() -> float:
    """Resident set size of this process now, MB."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _fix(track: Track, i: int) -> Fix:
    return Fix(
        float(track.time[i]),
        float(track.lat[i]),
        float(track.lon[i]),
        float(track.speed[i]),
        ele_m=float(track.ele[i]),
        satellites=9,
        hdop=0.9,
    )


def _child_navigator(hours: float) -> dict[str, float]:
    """The baseline: the same fixes through a bare navigator."""
    from navapp.core.navigator import Navigator

    rb, track = _stage(hours)
    nav = Navigator(rb)
    start = rss_mb()
    first = start
    for i in range(len(track)):
        nav.update(_fix(track, i))
        if i + 1 == FIRST_MINUTE:
            first = rss_mb()
    nav.finish()
    return {"start": start, "first": first, "end": rss_mb(), "fixes": len(track)}


def _child_window(hours: float) -> dict[str, Any]:
    """The fixes through the main window, as a live GPS delivers them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from navapp.gui.gps.sources import QtFixSource
    from navapp.gui.shell.main_window import MainWindow

    class FeedSource(QtFixSource):
        """A live receiver whose fixes the loop hands over, as a serial port's reader does."""

        @property
        def description(self) -> str:
            return "bench feed"

        def start(self) -> None:
            self._set_status("bench feed — waiting")

        def stop(self) -> None:
            pass

        def feed(self, fix: Fix) -> None:
            self._deliver([fix])

    app = QApplication.instance() or QApplication([])
    rb, track = _stage(hours)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, data_dir=Path(tmp) / "data", ask=lambda *_: False)
        window.resize(1024, 600)
        window.show()
        window.set_roadbook(rb)
        source = FeedSource(window)
        window.start_source(source)
        app.processEvents()
        start = rss_mb()
        first = start
        hourly: list[float] = []
        wall = time.perf_counter()
        for i in range(len(track)):
            source.feed(_fix(track, i))
            if i % PROCESS_EVERY == 0:
                app.processEvents()
            if i % GRAB_EVERY == 0:
                window.grab()
            if i + 1 == FIRST_MINUTE:
                first = rss_mb()
            if (i + 1) % int(3600 * HZ) == 0:
                hourly.append(rss_mb())
        app.processEvents()
        end = rss_mb()
        wall = time.perf_counter() - wall
        session = window.session
        assert session is not None
        session.end()
        summary = session.summary()
        window.close()
        return {
            "start": start,
            "first": first,
            "end": end,
            "fixes": len(track),
            "hourly": hourly,
            "wall": wall,
            "validated": len(summary.validated),
            "missed": len(summary.missed),
            "overspeeds": len(summary.overspeeds),
            "trip_km": summary.trip_km,
        }


def _measure(which: str, hours: float) -> dict[str, Any]:
    # The child imports navapp from this checkout, as the parent did.
    repo = str(Path(__file__).resolve().parent.parent)
    path = os.pathsep.join(p for p in (repo, os.environ.get("PYTHONPATH", "")) if p)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=path)
    out = subprocess.run(
        [sys.executable, __file__, "--child", which, "--hours", str(hours)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=3600,
    )
    if out.returncode != 0:
        raise RuntimeError(f"{which} child failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def report(hours: float) -> bool:
    """Run both loops for ``hours`` of drive and print the table; True when the target is met."""
    base = _measure("navigator", hours)
    win = _measure("window", hours)
    grown = win["end"] - win["first"]
    base_grown = base["end"] - base["first"]
    ok = grown < TARGET_MB
    print(
        f"{int(win['fixes']):,} fixes ({hours:g} h at 10 Hz) through the main window "
        f"(offscreen 1024x600) in {win['wall']:.0f} s; {int(win['validated'])} waypoints "
        f"validated, {int(win['missed'])} missed, {int(win['overspeeds'])} overspeeds, "
        f"{win['trip_km']:.0f} km"
    )
    print("                                 RSS start  first min      end   growth after 1 min")
    print(
        f"  bare navigator (baseline)     {base['start']:8.1f} {base['first']:10.1f} "
        f"{base['end']:8.1f} {base_grown:8.1f} MB"
    )
    print(
        f"  main window                   {win['start']:8.1f} {win['first']:10.1f} "
        f"{win['end']:8.1f} {grown:8.1f} MB  = {grown / win['first']:.1%} of the first-minute "
        f"RSS   target < {TARGET_MB:g} MB  {'PASS' if ok else 'FAIL'}"
    )
    if win["hourly"]:
        hours_rss = " ".join(f"{v:.0f}" for v in win["hourly"])
        print(f"  main window RSS at each hour of drive: {hours_rss} MB")
    return ok


def run(quick: bool = False) -> bool:
    # The full 10 hours take a few minutes on a small machine; --quick drives one hour.
    return report(1.0 if quick else 10.0)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=float, default=10.0, help="drive length (default 10)")
    parser.add_argument("--child", choices=("navigator", "window"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(f"navapp from {Path(navapp.__file__).parent}", file=sys.stderr)
        fn = _child_navigator if args.child == "navigator" else _child_window
        print(json.dumps(fn(args.hours)))
    else:
        sys.exit(0 if report(args.hours) else 1)
