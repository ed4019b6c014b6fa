"""Drive view CPU at 10 Hz: a replayed drive updating the passenger-seat screen in real time.

Runs the window offscreen in a child process for a fixed wall time, once idle (the baseline:
the event loop with the view shown, no fixes) and once fed 10 fixes a second through the
navigator, and prints the CPU used as a share of one core.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

TARGET = 0.10  # of one core

CHILD = textwrap.dedent(
    """
    import json, sys, time
    import numpy as np
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from navapp.core.model import Fix
    from navapp.core.navigator import Navigator
    from navapp.gui.drive import DriveView
    from navapp.io.registry import read_roadbook, read_track
    from navapp.paths import demo_drive, demo_roadbook

    seconds, feed = float(sys.argv[1]), sys.argv[2] == "feed"
    app = QApplication([])
    rb = read_roadbook(demo_roadbook())
    track = read_track(demo_drive())
    # 10 Hz from the 1 Hz drive: positions interpolated between recorded fixes.
    t = np.arange(track.time[0], track.time[-1], 0.1)
    lat = np.interp(t, track.time, track.lat)
    lon = np.interp(t, track.time, track.lon)
    speed = np.interp(t, track.time, track.speed)
    start = 1800 * 10  # mid-stage: boxes, waypoints and the zone around
    fixes = [Fix(float(t[i]), float(lat[i]), float(lon[i]), float(speed[i]))
             for i in range(start, start + int(seconds * 10) + 50)]
    nav = Navigator(rb)
    for f in fixes[:10]:
        nav.update(f)
    view = DriveView(rb)
    view.resize(1024, 600)
    view.show()
    view.set_state(nav.state, animate=False)
    app.processEvents()
    it = iter(fixes[10:])
    timer = QTimer()
    timer.setInterval(100)
    if feed:
        timer.timeout.connect(lambda: view.set_state(nav.update(next(it))))
    timer.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    app.exec()
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    print(json.dumps({"cpu": cpu, "wall": wall, "state_box": nav.state.box}))
    """
)


def _measure(seconds: float, feed: bool) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(seconds), "feed" if feed else "idle"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=seconds * 4 + 120,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def run(quick: bool = False) -> bool:
    seconds = 5.0 if quick else 30.0
    idle = _measure(seconds, feed=False)
    fed = _measure(seconds, feed=True)
    idle_share = idle["cpu"] / idle["wall"]
    share = fed["cpu"] / fed["wall"]
    print(f"drive view at 1024x600, offscreen, {seconds:.0f} s of wall time")
    print(f"  idle event loop (baseline)     {idle_share:6.1%} of one core")
    print(
        f"  10 Hz updates via navigator    {share:6.1%} of one core  "
        f"({share / max(idle_share, 1e-3):.0f}x baseline)   target < {TARGET:.0%}  "
        f"{'PASS' if share < TARGET else 'FAIL'}"
    )
    return share < TARGET
