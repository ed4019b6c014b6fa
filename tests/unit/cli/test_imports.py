"""Each command loads only what it uses, so the command line starts fast (bench/bench_start.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).parents[3]
DATA = REPO / "tests" / "data"
ROADBOOK = str(DATA / "openrally_v1.0.3_example.gpx")

# What the review, generation, report and plain GPX paths bring in.
HEAVY = (
    "navapp.core.review",
    "navapp.core.compare",
    "navapp.core.generate",
    "navapp.core.simulate",
    "navapp.io.report",
    "navapp.io.gpx",
    "gpxpy",
    "PySide6",
)


def _modules_after(argv: list[str]) -> set[str]:
    """The modules a fresh interpreter holds after ``navapp ARGV`` (as the navapp script runs)."""
    code = textwrap.dedent(
        f"""
        import contextlib, io, json, sys
        from navapp.cli import main
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            try:
                main({argv!r})
            except SystemExit:
                pass
        print(json.dumps(sorted(sys.modules)))
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout.splitlines()[-1]))


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules for n in names if m == n or m.startswith(n + "."))


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["info", "--help"]])
def test_help_and_version_load_no_numpy_nor_the_core(argv: list[str]) -> None:
    modules = _modules_after(argv)
    assert _loaded(modules, ("numpy", "lxml", "navapp.core", "navapp.io.registry", *HEAVY)) == []


def test_info_table_loads_no_review_generation_gpxpy_nor_geodesy() -> None:
    modules = _modules_after(["info", ROADBOOK])
    assert "navapp.io.openrally" in modules  # it did read the roadbook
    assert _loaded(modules, (*HEAVY, "navapp.core.geodesy", "pyproj", "shapely")) == []


def test_info_json_and_validate_load_no_review_generation_nor_gpxpy() -> None:
    for argv in (["info", "--json", ROADBOOK], ["validate", ROADBOOK]):
        modules = _modules_after(argv)
        assert "navapp.core.legs" in modules
        assert _loaded(modules, HEAVY) == [], argv


def test_plain_gpx_roadbook_loads_gpxpy_only_then(tmp_path: Path) -> None:
    assert _loaded(_modules_after(["info", ROADBOOK]), ("gpxpy",)) == []
    plain = tmp_path / "plain.gpx"
    plain.write_text(
        '<gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1">'
        '<wpt lat="45.0" lon="6.0"><name>DSS</name></wpt>'
        '<wpt lat="45.01" lon="6.0"><name>ASS</name></wpt></gpx>',
        encoding="utf-8",
    )
    assert "gpxpy" in _modules_after(["info", str(plain)])
