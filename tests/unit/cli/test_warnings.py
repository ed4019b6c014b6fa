"""The command line on torn and unusual logs: one warning line, the exit status of the data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from navapp.cli import main
from navapp.core import geodesy
from navapp.io.gpxtrack import load_track
from navapp.io.gpxwrite import write_track
from navapp.paths import demo_drive, demo_roadbook

DATA = Path(__file__).parents[2] / "data"


def _torn_demo(tmp_path: Path) -> tuple[Path, Path, int, int]:
    """The demo drive cut mid-element, and a whole file of the same points."""
    data = demo_drive().read_bytes()
    kept = data[: int(len(data) * 0.6)]
    torn = tmp_path / "torn.gpx"
    torn.write_bytes(kept)
    points = kept.count(b"</trkpt>")
    whole = tmp_path / "whole.gpx"
    write_track(load_track(torn), whole)
    return torn, whole, points, kept.rstrip().count(b"\n") + 1


@pytest.mark.parametrize("command", ["review", "simulate", "generate"])
def test_torn_gpx_gives_one_warning_and_the_status_of_its_points(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    torn, whole, points, line = _torn_demo(tmp_path)

    def run(track: Path) -> tuple[int, str, str]:
        if command == "generate":
            args = ["generate", str(track), "-o", str(tmp_path / "rb.gpx")]
        else:
            args = [command, str(demo_roadbook()), str(track)]
        code = main(args)
        out = capsys.readouterr()
        return code, out.out, out.err

    code, out, err = run(torn)
    whole_code, whole_out, whole_err = run(whole)
    assert err.splitlines() == [
        f"navapp: warning: {torn}:{line}: the file ends early; read {points} points"
    ]
    assert whole_err == ""
    assert code == whole_code
    assert out == whole_out


def test_frozen_clock_track_is_reviewed_on_its_positions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = demo_drive().read_text("utf-8")
    frozen = tmp_path / "frozen.gpx"
    frozen.write_text(re.sub(r"<time>[^<]*</time>", "<time>2026-01-10T08:00:00Z</time>", text))
    n = text.count("<trkpt")
    assert main(["review", str(demo_roadbook()), str(demo_drive()), "--json"]) == 1
    timed = json.loads(capsys.readouterr().out)
    main(["review", str(demo_roadbook()), str(frozen), "--json"])
    out = capsys.readouterr()
    doc = json.loads(out.out)
    assert out.err.splitlines() == [
        f"navapp: warning: {frozen}: all {n} points have the same time: speeds, zones, "
        "stops and section times skipped"
    ]
    # Before: 0.00 km and every waypoint after the start missed. Now the geodesic length of
    # the positions (with times, the review leaves out the wander of a parked receiver).
    drive = load_track(demo_drive())
    geodesic_km = geodesy.cumulative_m(drive.lat, drive.lon)[-1] / 1000.0
    assert doc["summary"]["driven_km"] == pytest.approx(geodesic_km, abs=0.01)
    assert doc["summary"]["driven_km"] == pytest.approx(timed["summary"]["driven_km"], rel=0.01)
    assert doc["summary"]["elapsed_s"] is None
    assert doc["speed_zones"] == [] and doc["stops"] == []
    assert doc["summary"]["validated"] == timed["summary"]["validated"]
    main(["review", str(demo_roadbook()), str(frozen)])
    assert "note: the track has no times" in capsys.readouterr().out
    main(["simulate", str(demo_roadbook()), str(frozen), "--json"])
    sim = json.loads(capsys.readouterr().out)
    assert sim["final"]["validated"] == timed["summary"]["validated"]


def test_utf16_nmea_is_read_like_its_ascii_copy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    log = DATA / "gpsbabel_nmea_utf16_dos.nmea"
    ascii_copy = tmp_path / "copy.nmea"
    ascii_copy.write_bytes(log.read_bytes().decode("utf-16").encode("ascii"))
    # Before: "no NMEA sentences found". The logger stood nearly still: 30 m in 154 fixes.
    assert main(["generate", str(log), "-o", str(tmp_path / "a.gpx")]) == 2
    assert capsys.readouterr().err == f"navapp: error: {log}: the track is only 30 m long\n"
    assert main(["generate", str(ascii_copy), "-o", str(tmp_path / "b.gpx")]) == 2
    assert capsys.readouterr().err == f"navapp: error: {ascii_copy}: the track is only 30 m long\n"


def test_torn_roadbook_is_read_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = demo_roadbook().read_bytes()
    kept = data[: len(data) // 5]
    torn = tmp_path / "stage.gpx"
    torn.write_bytes(kept)
    boxes = kept.count(b"</wpt>")
    line = kept.rstrip().count(b"\n") + 1
    warning = f"navapp: warning: {torn}:{line}: the file ends early; read {boxes} boxes"
    assert main(["info", str(torn), "--json"]) == 0
    out = capsys.readouterr()
    assert out.err.splitlines() == [warning]
    assert len(json.loads(out.out)["boxes"]) == boxes
    # validate: a roadbook that had to be mended is something wrong.
    assert main(["validate", str(torn)]) == 1
    out = capsys.readouterr()
    assert out.err.splitlines() == [warning] and "ok," not in out.out
    # convert writes what was whole, as a whole file.
    assert main(["convert", str(torn), str(tmp_path / "out.gpx"), "--to", "openrally"]) == 0
    assert capsys.readouterr().err.splitlines() == [warning]
    assert main(["info", str(tmp_path / "out.gpx")]) == 0
    assert capsys.readouterr().err == ""
