"""Start times: each command as a fresh process, against the bare library imports.

Every figure is the wall time of a new ``navapp ...`` process, from its start to its
exit (for ``gui``: to the main window's first paint, told by ``NAVAPP_QUIT_ON_FIRST_PAINT``),
the median of several rounds. The baseline, measured in the same rounds, is a process that
only imports numpy, pyproj, shapely and lxml, which the core needs anyway. Rounds run every
command once in turn, so a busy machine slows all of them alike.

Modules are imported from compiled bytecode, as in an installed app: a first round, not
counted, compiles them into a temporary cache (``PYTHONPYCACHEPREFIX``), never into the
repository. ``python bench/bench_start.py --source`` compiles every run instead, as a checkout
with ``PYTHONDONTWRITEBYTECODE`` set does. Children get a temporary home, so the app's
settings and files are left alone; ``gui`` runs offscreen unless a display is set.
"""

from __future__ import annotations

import argparse
import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from navapp.paths import demo_drive, demo_roadbook  # noqa: E402 (after the path is set)

BARE = "import numpy, pyproj, shapely, lxml.etree"
HELP_S = 0.2
FIRST_WINDOW_S = 0.8
INFO_X_BARE = 1.1
# A child that takes longer than this is stuck: the run fails rather than waits.
TIMEOUT_S = 60.0


def _commands() -> list[tuple[str, list[str]]]:
    """(label, arguments after ``python``) of every process timed."""
    roadbook, drive = str(demo_roadbook()), str(demo_drive())
    # What the installed ``navapp`` script runs (``python -m navapp`` adds runpy, about 3 ms).
    navapp = ["-c", "import sys; from navapp.cli import main; sys.exit(main())"]
    return [
        ("bare imports", ["-c", BARE]),
        ("--help", [*navapp, "--help"]),
        ("--version", [*navapp, "--version"]),
        ("info", [*navapp, "info", roadbook]),
        ("validate", [*navapp, "validate", roadbook]),
        ("review", [*navapp, "review", roadbook, drive]),
        ("gui first window", [*navapp, "gui", roadbook]),
    ]


def _env(tmp: Path, source: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if source:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp / "home")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["NAVAPP_QUIT_ON_FIRST_PAINT"] = "1"
    return env


def _time_process(args: list[str], env: dict[str, str], first_paint: bool) -> float:
    """Seconds from starting the process to its exit, or to its first paint."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    try:
        if not first_paint:
            proc.communicate(timeout=TIMEOUT_S)
            elapsed = time.perf_counter() - start
        else:
            elapsed = _wait_first_paint(proc, start)
            proc.communicate(timeout=TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args)} exited {proc.returncode}")
    return elapsed


def _wait_first_paint(proc: subprocess.Popen[bytes], start: float) -> float:
    assert proc.stderr is not None
    seen = b""
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stderr, selectors.EVENT_READ)
        while time.perf_counter() - start < TIMEOUT_S:
            if not sel.select(timeout=1.0):
                continue
            chunk = os.read(proc.stderr.fileno(), 4096)
            if not chunk:
                break
            seen += chunk
            if b"navapp: first paint" in seen:
                return time.perf_counter() - start
    raise RuntimeError(f"no first paint: {seen.decode(errors='replace')[-500:]}")


def measure(rounds: int, source: bool = False) -> dict[str, list[float]]:
    """Wall times of every command over ``rounds`` rounds (after a round not counted)."""
    commands = _commands()
    times: dict[str, list[float]] = {label: [] for label, _ in commands}
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(Path(tmp), source)
        for i in range(rounds + 1):
            for label, args in commands:
                elapsed = _time_process(args, env, label.startswith("gui"))
                if i:
                    times[label].append(elapsed)
    return times


def report(times: dict[str, list[float]]) -> bool:
    """Print the table; True when every target is met."""
    bare = statistics.median(times["bare imports"])
    targets = {
        "--help": (f"< {HELP_S:g} s", lambda s: s < HELP_S),
        "--version": (f"< {HELP_S:g} s", lambda s: s < HELP_S),
        "info": (f"<= {INFO_X_BARE:g}x bare", lambda s: s <= INFO_X_BARE * bare),
        "gui first window": (f"< {FIRST_WINDOW_S:g} s", lambda s: s < FIRST_WINDOW_S),
    }
    ok = True
    print(f"  {'command':<18} {'median':>8} {'min':>7} {'x bare':>7}   target")
    for label, values in times.items():
        med = statistics.median(values)
        line = f"  {label:<18} {med:7.3f}s {min(values):6.3f}s {med / bare:6.2f}x"
        if label in targets:
            text, check = targets[label]
            passed = check(med)
            ok &= passed
            line += f"   {text:<14} {'PASS' if passed else 'FAIL'}"
        print(line)
    return ok


def run(quick: bool = False, source: bool = False) -> bool:
    rounds = 3 if quick else 9
    mode = "compiled every run" if source else "from bytecode"
    print(f"fresh processes, median of {rounds} rounds, navapp modules {mode}")
    return report(measure(rounds, source))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 rounds instead of 9")
    parser.add_argument("--source", action="store_true", help="no bytecode: compile every run")
    args = parser.parse_args()
    return 0 if run(args.quick, args.source) else 1


if __name__ == "__main__":
    sys.exit(main())
