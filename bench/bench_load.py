"""Loading big recorded GPX tracks: navapp's streaming loader against ``gpxpy.parse``.

Targets (checked, PASS/FAIL): on a 200,000-point 1 Hz track navapp loads at least 10x faster
than gpxpy and needs at most 1/4 of its peak memory; a 2,000,000-point 10 Hz track loads in
under 300 MB peak RSS. Each load runs in a fresh child process; its peak RSS is the child's own
high-water mark (``VmHWM``, else ``ru_maxrss``), and the net figure subtracts that of a child
that only imports the same modules.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from navapp.core.model import Track
from navapp.io.gpxwrite import write_track

REPO = Path(__file__).resolve().parent.parent

SPEEDUP_MIN = 10.0
MEMORY_RATIO_MAX = 0.25
BIG_RSS_MAX_MB = 300.0

# Runs in the child: load one file (or only import, for the baseline) and report.
_CHILD = """
import json, resource, sys, time
mode, path = sys.argv[1], sys.argv[2]
if mode.startswith("navapp"):
    from navapp.io.gpxtrack import load_track as load
    count = len
else:
    import gpxpy
    def load(p):
        with open(p, encoding="utf-8") as fh:
            return gpxpy.parse(fh)
    count = lambda gpx: gpx.get_track_points_no()
seconds, points = 0.0, 0
if not mode.endswith("-baseline"):
    start = time.perf_counter()
    result = load(path)
    seconds = time.perf_counter() - start
    points = count(result)
try:
    # VmHWM is this process's own high-water mark; on Linux ru_maxrss also counts the
    # parent's memory when the child was started with vfork (as subprocess does).
    with open("/proc/self/status") as fh:
        hwm = [line for line in fh if line.startswith("VmHWM:")]
    peak_kib = int(hwm[0].split()[1])
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_kib = peak / 1024 if sys.platform == "darwin" else peak  # bytes on macOS
print(json.dumps({"seconds": seconds, "points": points, "peak_mb": peak_kib / 1024}))
"""


@dataclass(frozen=True)
class Result:
    """One loader on one file: median load time, points read and peak memory."""

    seconds: float
    points: int
    peak_mb: float  # the child's peak RSS
    net_mb: float  # less the peak RSS of a child that only imports

    @property
    def rate(self) -> float:
        return self.points / self.seconds


def _child(mode: str, path: Path) -> dict[str, float]:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    )
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(path)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def measure(loader: str, path: Path, runs: int) -> Result:
    """Load ``path`` with ``loader`` ("navapp" or "gpxpy") in ``runs`` fresh processes."""
    baseline = _child(f"{loader}-baseline", path)["peak_mb"]
    reports = [_child(loader, path) for _ in range(runs)]
    peak = max(r["peak_mb"] for r in reports)
    return Result(
        seconds=statistics.median(r["seconds"] for r in reports),
        points=int(reports[0]["points"]),
        peak_mb=peak,
        net_mb=peak - baseline,
    )


def synthetic_drive(n: int, hz: float, *, speed: bool, seed: int = 7) -> Track:
    """A plausible rally-raid recording: a car on desert tracks at ``hz`` fixes a second.

    Speed wanders between stops and 130 km/h, the heading drifts, elevation rolls between
    dunes. Positions step on a local flat-earth approximation: fine for test data, and the
    app's own distances all come from navapp.core.geodesy.
    """
    rng = np.random.default_rng(seed)
    dt = 1.0 / hz
    kmh = np.clip(np.convolve(rng.normal(70, 60, n), np.ones(50) / 50, mode="same"), 0, 130)
    heading = np.cumsum(rng.normal(0, 2.0 * dt, n)) + 1.2
    step_m = kmh / 3.6 * dt
    lat = 24.5 + np.cumsum(step_m * np.cos(heading)) / 111_320.0
    lon = 46.7 + np.cumsum(step_m * np.sin(heading)) / (111_320.0 * np.cos(np.radians(lat)))
    ele = 600 + np.cumsum(rng.normal(0, 0.3 * dt, n)) + 20 * np.sin(np.arange(n) * dt / 90)
    time_s = 1_736_319_600.0 + np.arange(n) * dt  # 2025-01-08T07:00:00Z
    gps_noise = rng.normal(0, 2e-6, (2, n))  # about 20 cm
    return Track(
        time=time_s,
        lat=np.round(lat + gps_noise[0], 7),
        lon=np.round(lon + gps_noise[1], 7),
        ele=np.round(ele, 1),
        speed=np.round(kmh, 2) if speed else None,
        name="SS3 Riyadh loop",
    )


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def run(quick: bool = False) -> bool:
    """Generate the tracks in a temporary folder, load them, print the table; True if met."""
    n_small = 20_000 if quick else 200_000
    n_big = 200_000 if quick else 2_000_000
    ok = True
    with tempfile.TemporaryDirectory(prefix="navapp-bench-") as tmp:
        small = Path(tmp) / "drive_1hz.gpx"
        write_track(synthetic_drive(n_small, 1.0, speed=False), small)
        nav = measure("navapp", small, runs=3)
        ref = measure("gpxpy", small, runs=1)
        speedup = ref.seconds / nav.seconds
        mem_ratio = nav.net_mb / ref.net_mb
        size_mb = small.stat().st_size / 2**20
        print(f"{n_small:,} points, 1 Hz, {size_mb:.0f} MB of GPX (lat/lon/ele/time)")
        print(f"  {'loader':<8} {'load s':>8} {'points/s':>12} {'peak RSS MB':>12} {'net MB':>8}")
        for label, r in (("navapp", nav), ("gpxpy", ref)):
            row = f"{r.seconds:>8.2f} {r.rate:>12,.0f} {r.peak_mb:>12.1f} {r.net_mb:>8.1f}"
            print(f"  {label:<8} {row}")
        if nav.points != ref.points:
            print(f"  point counts differ: navapp {nav.points}, gpxpy {ref.points}")
            ok = False
        fast, lean = speedup >= SPEEDUP_MIN, mem_ratio <= MEMORY_RATIO_MAX
        print(f"  speed-up  {speedup:6.1f}x   (target >= {SPEEDUP_MIN:.0f}x)   {_verdict(fast)}")
        print(f"  memory    {mem_ratio:6.3f}    (target <= {MEMORY_RATIO_MAX})    {_verdict(lean)}")
        ok &= fast and lean
        small.unlink()

        big = Path(tmp) / "drive_10hz.gpx"
        write_track(synthetic_drive(n_big, 10.0, speed=True), big)
        size_mb = big.stat().st_size / 2**20
        nav = measure("navapp", big, runs=1)
        flat = nav.peak_mb < BIG_RSS_MAX_MB
        print(f"\n{n_big:,} points, 10 Hz, {size_mb:.0f} MB of GPX (with speed extension)")
        print(
            f"  navapp   {nav.seconds:.2f} s, {nav.rate:,.0f} points/s, peak RSS "
            f"{nav.peak_mb:.1f} MB (net {nav.net_mb:.1f} MB)"
        )
        target = f"(target < {BIG_RSS_MAX_MB:.0f} MB)"
        print(f"  peak RSS  {nav.peak_mb:6.1f} MB {target}   {_verdict(flat)}")
        if quick:
            print("  (--quick: 200,000 points instead of 2,000,000)")
        ok &= flat and nav.points == n_big
    return ok
