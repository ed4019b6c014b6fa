"""Run navapp's benchmarks: ``python bench/run.py [--quick] [NAME ...]``.

Each benchmark is a module in this folder with ``run(quick: bool) -> bool`` that prints its own
table and says whether its targets were met. The exit code is 1 when any target is missed.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent

# The benchmarks, in the order they run; add new modules here.
BENCHES = (
    "bench_load",
    "bench_navigator",
    "bench_cues",
    "bench_review",
    "bench_many_crews",
    "bench_pdf",
    "bench_driveview",
    "bench_map",
    "bench_night",
    "bench_pdfroll",
    "bench_route_edit",
    "bench_memory",
    "bench_start",
    "bench_map_layer",
    "bench_car_map",
)


def main(argv: list[str] | None = None) -> int:
    """Run the selected benchmarks; 0 when every target is met."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs, a fast smoke run")
    parser.add_argument("names", nargs="*", help=f"benchmarks to run: {', '.join(BENCHES)}")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(BENCHES))
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)} (have: {', '.join(BENCHES)})")
    for folder in (BENCH_DIR, REPO):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    ok = True
    for name in args.names or BENCHES:
        print(f"== {name}{' (quick)' if args.quick else ''}", flush=True)
        start = time.perf_counter()
        passed = bool(importlib.import_module(name).run(quick=args.quick))
        print(f"== {name}: {'PASS' if passed else 'FAIL'} ({time.perf_counter() - start:.0f} s)\n")
        ok &= passed
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
