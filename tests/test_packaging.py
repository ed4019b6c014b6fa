"""The wheel carries the resources and demo roadbooks an installed navapp needs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_wheel_ships_resources_roadbooks_and_the_command(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    (wheel,) = tmp_path.glob("navapp-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "navapp/resources/rules/waypoints.json" in names
    assert "navapp/resources/rules/penalties.json" in names
    assert "navapp/resources/symbols/index.json" in names
    assert "navapp/resources/report/report.css" in names
    assert "navapp/resources/sounds/wp_validated.wav" in names
    assert "navapp/roadbooks/demo_stage.gpx" in names
    assert "navapp/roadbooks/demo_drive.gpx" in names
    assert "navapp/cli/__init__.py" in names and "navapp/gui/shell/app.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "navapp = navapp.cli:main" in text
    assert not any(n.startswith(("tests/", "bench/")) for n in names)
