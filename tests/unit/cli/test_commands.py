"""The command line: output shapes, exit codes, and one-line errors for bad files."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

from navapp.cli import main
from navapp.core import geodesy
from navapp.io.openrally import read_openrally
from tests.unit.io.test_openrally import BILLION_LAUGHS

DATA = Path(__file__).parents[2] / "data"
EXAMPLE = DATA / "openrally_v1.0.3_example.gpx"


def _stage(tmp_path: Path) -> Path:
    """A small OpenRally stage with coordinates, a route line and a speed zone."""
    start = (31.1, -4.0)
    pts = [start]
    for az, dist in [(0.0, 2000.0), (90.0, 3000.0), (45.0, 1500.0)]:
        pts.append(geodesy.forward(*pts[-1], az, dist))
    trk = "".join(f'<trkpt lat="{la:.8f}" lon="{lo:.8f}"/>' for la, lo in pts)
    boxes = [
        (pts[0], "0", "<o:dss/><o:cap>0</o:cap>"),
        (pts[1], "2", '<o:dz/><o:speed>50</o:speed><o:cap>90</o:cap><o:wpm name="1"/>'),
        (pts[2], "5", "<o:fz/><o:cap>45</o:cap><o:danger>2</o:danger>"),
        (pts[3], "6.5", "<o:ass/>"),
    ]
    wpts = "".join(
        f'<wpt lat="{la:.8f}" lon="{lo:.8f}"><desc>note {i}</desc><extensions>'
        f"<o:distance>{d}</o:distance>{x}</extensions></wpt>"
        for i, ((la, lo), d, x) in enumerate(boxes)
    )
    path = tmp_path / "stage.gpx"
    path.write_text(
        '<?xml version="1.0"?><gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" '
        'xmlns:o="http://www.openrally.org/xmlschemas/GpxExtensions/v1.0.3">'
        "<metadata><name>Mini stage</name><extensions><o:units>metric</o:units></extensions>"
        f"</metadata>{wpts}<trk><trkseg>{trk}</trkseg></trk></gpx>"
    )
    return path


def test_info_json_shape_and_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(_stage(tmp_path)), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["name"] == "Mini stage" and doc["units"] == "metric"
    assert doc["total_km"] == 6.5
    boxes = doc["boxes"]
    assert [b["index"] for b in boxes] == [1, 2, 3, 4]
    assert [b["total_km"] for b in boxes] == [0, 2, 5, 6.5]
    assert [b["partial_km"] for b in boxes] == [0, 2, 3, 1.5]
    assert [b["leg_km"] for b in boxes[:3]] == pytest.approx([2.0, 3.0, 1.5], abs=1e-6)
    assert boxes[3]["leg_km"] is None and boxes[3]["bearing_next"] is None
    assert boxes[0]["bearing_next"] == pytest.approx(0.0, abs=1e-6)
    assert boxes[1]["bearing_next"] == pytest.approx(90.0, abs=1e-6)
    assert [b["route_km"] for b in boxes] == pytest.approx([0.0, 2.0, 5.0, 6.5], abs=1e-3)
    wp = boxes[1]["waypoint"]
    assert wp == {"type": "wpm", "name": "1", "open_m": 800.0, "clear_m": 200.0, "opens": "radius"}
    assert boxes[1]["speed_limit_kmh"] == 50 and boxes[2]["danger"] == 2
    assert boxes[0]["waypoint"]["type"] == "dss" and boxes[2]["waypoint"]["type"] == "fz"
    assert boxes[2]["notes"] == "note 2" and boxes[2]["reset"] is False
    keys = {
        "index",
        "total_km",
        "partial_km",
        "cap",
        "lat",
        "lon",
        "leg_km",
        "bearing_next",
        "route_km",
        "waypoint",
        "speed_limit_kmh",
        "danger",
        "reset",
        "notes",
    }
    assert all(keys <= set(b) for b in boxes)


def test_info_json_without_coordinates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(EXAMPLE), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert len(doc["boxes"]) == 21 and doc["total_km"] == 33.86
    assert all(
        b["lat"] is None and b["leg_km"] is None and b["route_km"] is None for b in doc["boxes"]
    )
    assert doc["boxes"][20]["reset"] is True and doc["boxes"][20]["cap"] == 360
    wpc = doc["boxes"][13]["waypoint"]
    assert wpc["type"] == "wpc" and wpc["open_m"] == 1000


def test_info_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(_stage(tmp_path))]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Mini stage  ·  metric  ·  6.50 km  ·  4 boxes")
    assert "DZ 50" in out[3] and "C.90" in out[3]
    assert "!! note 2" in out[4]


def test_validate_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(_stage(tmp_path))]) == 0
    assert "ok, 4 boxes" in capsys.readouterr().out
    assert main(["validate", str(EXAMPLE)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(": box " in line for line in lines)
    assert any("box 19:" in line and "less than" in line for line in lines)


def test_convert_both_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage = _stage(tmp_path)
    plain = tmp_path / "plain.gpx"
    assert main(["convert", str(stage), str(plain)]) == 0
    assert "plain GPX" in capsys.readouterr().out
    assert b"openrally" not in plain.read_bytes()
    back = tmp_path / "back.gpx"
    assert main(["convert", str(plain), str(back)]) == 0
    rb, original = read_openrally(back), read_openrally(stage)
    assert [b.total_km for b in rb.boxes] == pytest.approx(
        [b.total_km for b in original.boxes], abs=0.002
    )
    assert [b.waypoint.type for b in rb.boxes if b.waypoint] == [
        b.waypoint.type for b in original.boxes if b.waypoint
    ]
    again = tmp_path / "again.gpx"
    assert main(["convert", str(stage), str(again), "--to", "openrally"]) == 0
    assert read_openrally(again) == original


def test_convert_refuses_to_overwrite_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stage = _stage(tmp_path)
    before = stage.read_bytes()
    assert main(["convert", str(stage), str(stage)]) == 2
    assert "overwrite the input" in capsys.readouterr().err
    assert stage.read_bytes() == before


def _hostile_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "missing": tmp_path / "nope.gpx",
        "truncated": tmp_path / "cut.gpx",
        "binary": tmp_path / "bin.gpx",
        "bomb": tmp_path / "bomb.gpx",
        "folder": tmp_path / "dir.gpx",
        "badlat": tmp_path / "badlat.gpx",
        "negative": tmp_path / "neg.gpx",
        "wrongext": tmp_path / "stage.kmz",
    }
    # Cut inside its first box: nothing whole to read (one cut later keeps its whole boxes,
    # with a warning: test_warnings).
    files["truncated"].write_bytes(EXAMPLE.read_bytes()[:700])
    files["binary"].write_bytes(bytes(range(256)) * 10)
    files["bomb"].write_bytes(BILLION_LAUGHS)
    files["folder"].mkdir()
    files["badlat"].write_text(
        '<gpx xmlns="http://www.topografix.com/GPX/1/1">\n<wpt lat="123" lon="0"/></gpx>'
    )
    files["negative"].write_text(
        EXAMPLE.read_text().replace("<openrally:distance>0.2</", "<openrally:distance>-0.2</")
    )
    files["wrongext"].write_text("x")
    return files


@pytest.mark.parametrize("command", ["info", "validate", "convert"])
def test_bad_files_give_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    for what, path in _hostile_files(tmp_path).items():
        args = [command, str(path)] + ([str(tmp_path / "out.gpx")] if command == "convert" else [])
        assert main(args) == 2, what
        captured = capsys.readouterr()
        err = captured.err.strip().splitlines()
        assert len(err) == 1, (what, captured.err)
        assert err[0].startswith(f"navapp: error: {path}"), (what, err[0])
        assert "Traceback" not in captured.err and captured.out == ""
    assert not (tmp_path / "out.gpx").exists()


def test_errors_name_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = _hostile_files(tmp_path)
    main(["info", str(files["badlat"])])
    assert (
        capsys.readouterr().err.strip()
        == f"navapp: error: {files['badlat']}:2: latitude out of range: 123"
    )
    main(["info", str(files["negative"])])
    err = capsys.readouterr().err
    assert f"{files['negative']}:31: negative distance" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["info"])
    assert e.value.code == 2
    assert capsys.readouterr().err.startswith("navapp: error:")


def test_whole_process_prints_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gpx"
    bad.write_text("<gpx><wpt lat='1'")
    proc = subprocess.run(
        [sys.executable, "-m", "navapp", "info", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"navapp: error: {bad}:1: not valid XML")
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_simulate_json_on_the_demo_drive(capsys: pytest.CaptureFixture[str]) -> None:
    from navapp.paths import demo_drive, demo_roadbook

    assert main(["simulate", str(demo_roadbook()), str(demo_drive()), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    allowed = {
        "box",
        "wp_open",
        "wp_validated",
        "wp_missed",
        "zone_enter",
        "zone_exit",
        "overspeed_start",
        "overspeed_end",
    }
    assert doc["events"] and all(e["type"] in allowed for e in doc["events"])
    for e in doc["events"]:
        assert set(e) >= {"time", "type", "box", "name", "odo_km"}
        assert e["time"].startswith("2026-01-10T") and e["time"].endswith("Z")
    missed = [e for e in doc["events"] if e["type"] == "wp_missed"]
    assert [(e["box"], e["name"]) for e in missed] == [(32, "WPM 7")]
    starts = [e for e in doc["events"] if e["type"] == "overspeed_start"]
    ends = [e for e in doc["events"] if e["type"] == "overspeed_end"]
    assert len(starts) == len(ends) == 1
    assert starts[0]["time"] < ends[0]["time"]
    assert doc["final"]["box"] == 39 and doc["final"]["odo_km"] == pytest.approx(48.88, abs=0.2)
    times = [e["time"] for e in doc["events"]]
    assert times == sorted(times)


def test_simulate_json_lists_the_cues_of_the_demo_drive(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from navapp.paths import demo_drive, demo_roadbook

    assert main(["simulate", str(demo_roadbook()), str(demo_drive()), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    cues = doc["cues"]
    assert [c["time"] for c in cues] == sorted(c["time"] for c in cues)
    near = [c["box"] for c in cues if c["cue"] == "box_near"]
    # Every box after the first once, but box 34: the crew came back to the route past it.
    assert near == [b for b in range(2, 40) if b != 34]
    calls = [c["speech"] for c in cues if c["cue"] == "box_near"]
    call = re.compile(
        r"(three hundred|two hundred and fifty) metres, "
        r"(straight on|(bear |sharp )?(left|right)|U-turn)(, CAP \d{1,3})?"
    )
    assert all(call.fullmatch(text) for text in calls), calls
    assert [(c["box"], c["speech"]) for c in cues if c["cue"] == "danger_box"] == [
        (25, "danger three")
    ]
    # The overspeed cue every 3 s from the start of the overspeed to its end.
    (start,) = [e["time"] for e in doc["events"] if e["type"] == "overspeed_start"]
    (end,) = [e["time"] for e in doc["events"] if e["type"] == "overspeed_end"]
    over = [c["time"] for c in cues if c["cue"] == "overspeed"]
    assert over[0] == start and over[-1] < end and len(over) == 11
    # The detour that misses WPM 7 (box 32) leaves the route once.
    assert [c["box"] for c in cues if c["cue"] == "off_route"] == [31]
    missed = [c["box"] for c in cues if c["cue"] == "wp_missed"]
    assert missed == [32]


def test_simulate_text_and_clean_drive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from navapp.core.model import Track
    from navapp.io.gpxtrack import load_track
    from navapp.io.gpxwrite import write_track

    stage = _stage(tmp_path)
    rb = read_openrally(stage)
    assert rb.route is not None
    line = geodesy.RouteGeometry(rb.route.lat, rb.route.lon)
    import numpy as np

    c = np.arange(0.0, line.length_m, 10.0)  # 36 km/h at 1 Hz, below the 50 km/h limit
    pts = [line.point_at(float(x)) for x in c]
    track = Track(
        np.arange(len(c), dtype=np.float64) + 1.7e9,
        np.array([p[0] for p in pts]),
        np.array([p[1] for p in pts]),
        np.full(len(c), np.nan),
        np.full(len(c), 36.0),
    )
    write_track(track, tmp_path / "drive.gpx")
    assert len(load_track(tmp_path / "drive.gpx")) == len(c)
    assert main(["simulate", str(stage), str(tmp_path / "drive.gpx")]) == 0
    out = capsys.readouterr().out
    assert "wp validated" in out and "zone enter" in out and "overspeed" not in out
    assert out.rstrip().splitlines()[-1].startswith("final: trip ")
    assert "5 validated, 0 missed of 5 waypoints" in out


def test_simulate_bad_track(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "drive.nmea"
    bad.write_bytes(bytes(range(256)))
    assert main(["simulate", str(_stage(tmp_path)), str(bad)]) == 2
    assert capsys.readouterr().err.strip() == f"navapp: error: {bad}: no NMEA sentences found"


def test_review_json_shape_on_the_demo(capsys: pytest.CaptureFixture[str]) -> None:
    from navapp.paths import demo_drive, demo_roadbook

    assert main(["review", str(demo_roadbook()), str(demo_drive()), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) >= {"waypoints", "speed_zones", "off_route", "summary"}
    wps = doc["waypoints"]
    assert all(set(w) >= {"box", "name", "type", "status", "closest_m", "time"} for w in wps)
    assert [(w["box"], w["type"], w["name"]) for w in wps if w["status"] == "missed"] == [
        (32, "wpm", "7")
    ]
    assert all(w["time"] is None or w["time"].endswith("Z") for w in wps)
    (zone,) = doc["speed_zones"]
    assert (zone["start_box"], zone["end_box"], zone["limit_kmh"]) == (17, 19, 50.0)
    (v,) = zone["violations"]
    assert set(v) >= {"start", "end", "max_kmh"} and 60 < v["max_kmh"] < 70
    assert zone["max_kmh"] == v["max_kmh"]
    (off,) = doc["off_route"]
    assert set(off) == {"start", "end", "max_m"} and 400 < off["max_m"] < 800
    s = doc["summary"]
    assert (s["validated"], s["missed"], s["violations"]) == (13, 1, 1)
    assert s["penalty_s"] == 30 * math.ceil(v["max_kmh"] - 50)
    assert s["driven_km"] == pytest.approx(95.8, abs=0.5) and s["elapsed_s"] == 6112.0


def test_review_several_tracks_gives_a_list_and_a_comparison(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import dataclasses

    from navapp.io.gpxtrack import load_track
    from navapp.io.gpxwrite import write_track
    from navapp.paths import demo_drive, demo_roadbook

    drive = load_track(demo_drive())
    later = dataclasses.replace(drive, time=drive.time + 3600.0, name="second crew")
    write_track(later, tmp_path / "second.gpx")
    assert (
        main(
            [
                "review",
                str(demo_roadbook()),
                str(demo_drive()),
                str(tmp_path / "second.gpx"),
                "--json",
            ]
        )
        == 1
    )
    docs = json.loads(capsys.readouterr().out)
    assert isinstance(docs, list) and len(docs) == 2
    assert docs[1]["track"] == "second crew"
    assert (
        main(["review", str(demo_roadbook()), str(demo_drive()), str(tmp_path / "second.gpx")]) == 1
    )
    out = capsys.readouterr().out
    assert "== comparison" in out and "total gap" in out


def test_review_bad_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from navapp.paths import demo_drive

    assert main(["review", str(EXAMPLE), str(demo_drive())]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"navapp: error: {EXAMPLE}: review needs box coordinates")
    assert "\n" not in err


def test_review_writes_html_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv

    from navapp.paths import demo_drive, demo_roadbook

    html, table = tmp_path / "report.html", tmp_path / "sections.csv"
    assert (
        main(
            [
                "review",
                str(demo_roadbook()),
                str(demo_drive()),
                "--html",
                str(html),
                "--csv",
                str(table),
            ]
        )
        == 1
    )
    page = html.read_text("utf-8")
    assert page.count("<svg") == 2 and "WPM 7" in page and "https://" not in page
    with table.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 38 and rows[0]["from_box"] == "1" and rows[0]["to_box"] == "2"
    assert sum(float(r["driven_km"]) for r in rows if r["driven_km"]) == pytest.approx(
        95.8, abs=0.6
    )


def test_review_of_a_track_elsewhere_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    from navapp.paths import demo_roadbook

    track = DATA / "gpxpy_cerknicko-without-times.gpx"  # a hike in Slovenia, partly timed
    assert main(["review", str(demo_roadbook()), str(track)]) == 1
    out = capsys.readouterr().out
    assert "note: the track never comes within 200 m of the route" in out
    assert "0 validated, 14 missed" in out and "not entered" in out
    assert "Traceback" not in out and "nan" not in out


@pytest.mark.gui
def test_convert_prints_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    from navapp.paths import demo_roadbook

    out = tmp_path / "stage.pdf"
    assert main(["convert", str(demo_roadbook()), str(out), "--layout", "roll"]) == 0
    assert "PDF, roll layout, 4 pages" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["convert", str(demo_roadbook()), str(tmp_path / "a5.out"), "--to", "pdf"]) == 0
    assert "a5 layout, 6 pages" in capsys.readouterr().out


def test_generate_then_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "generated.gpx"
    assert (
        main(["generate", str(DATA / "gpxpy_korita-zbevnica.gpx"), "-o", str(out), "--turn", "45"])
        == 0
    )
    assert "OpenRally GPX v1.0.3" in capsys.readouterr().out
    assert main(["validate", str(out)]) == 0
    rb = read_openrally(out)
    assert rb.boxes[0].tulip is not None and "navapp-tulip" in rb.boxes[0].tulip.text
    assert (
        main(
            [
                "generate",
                str(DATA / "gpxpy_track-with-less-sec-time.gpx"),
                "-o",
                str(tmp_path / "x.gpx"),
            ]
        )
        == 2
    )
    assert "only 2 m long" in capsys.readouterr().err


def test_generate_from_one_recording(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    skytraq = str(DATA / "gpsbabel_skytraq_two_recordings.gpx")
    out = tmp_path / "germany.gpx"
    assert main(["generate", skytraq, "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "6 boxes, 2.36 km" in captured.out
    assert captured.err.splitlines() == [
        "navapp: the track holds 2 recordings (gaps of more than 1 h or 5 km between them):",
        "navapp: * 1: 2009-09-10 05:19 UTC, 217 points, 2.38 km, from 47.5477°N 9.6795°E",
        "navapp:   2: 2012-05-01 01:33 UTC, 54 points, 0.07 km, from 30.3769°N 97.6651°W",
        "navapp: the roadbook is made from recording 1 (the longest)",
        "navapp: choose another with --segment N",
    ]
    assert main(["validate", str(out)]) == 0
    assert main(["generate", skytraq, "-o", str(out), "--segment", "1"]) == 0
    assert "recording 1 (the longest)" in capsys.readouterr().err
    # One recording: nothing to say about recordings.
    single = str(DATA / "gpxpy_route.gpx")
    assert main(["generate", single, "-o", str(tmp_path / "r.gpx")]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("segment", "message"),
    [
        ("3", "there is no recording 3 (the track holds 2 recordings)"),
        ("2", "recording 2 of 2: the track is only 71 m long"),
        ("0", "argument --segment: must be 1 or more: 0"),
        ("two", "argument --segment: not a whole number: 'two'"),
    ],
)
def test_generate_segment_out_of_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], segment: str, message: str
) -> None:
    out = tmp_path / "x.gpx"
    skytraq = str(DATA / "gpsbabel_skytraq_two_recordings.gpx")
    try:
        code = main(["generate", skytraq, "-o", str(out), "--segment", segment])
    except SystemExit as e:
        code = int(str(e.code))
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert len(err.strip().splitlines()) == 1 and message in err


def test_outputs_never_overwrite_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    from navapp.paths import demo_drive, demo_roadbook

    drive = tmp_path / "drive.gpx"
    shutil.copy(demo_drive(), drive)
    before = drive.read_bytes()
    assert main(["generate", str(drive), "-o", str(drive)]) == 2
    assert main(["review", str(demo_roadbook()), str(drive), "--csv", str(drive)]) == 2
    assert drive.read_bytes() == before
    assert capsys.readouterr().err.count("would overwrite the input") == 2


def test_review_names_the_track_that_has_no_points(capsys: pytest.CaptureFixture[str]) -> None:
    from navapp.paths import demo_roadbook

    log = DATA / "toams69_logs_gps_deadreckoning_E.nmea"  # dead reckoning only: no position
    assert main(["review", str(demo_roadbook()), str(log)]) == 2
    assert capsys.readouterr().err.strip() == f"navapp: error: {log}: the track has no points"


@pytest.mark.parametrize(
    "args",
    [
        ["simulate", "a.gpx", "b.gpx", "--calibration", "nan"],
        ["validate", "a.gpx", "--max-offset", "-1"],
        ["review", "a.gpx", "b.gpx", "--off-route", "0"],
        ["generate", "a.gpx", "-o", "b.gpx", "--max-spacing", "0"],
        ["generate", "a.gpx", "-o", "b.gpx", "--turn", "inf"],
    ],
)
def test_numbers_must_make_sense(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(args)
    assert e.value.code == 2
    assert capsys.readouterr().err.startswith("navapp: error: argument --")


def test_comparison_gaps_keep_their_hours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import dataclasses

    import numpy as np

    from navapp.io.gpxtrack import load_track
    from navapp.io.gpxwrite import write_track
    from navapp.paths import demo_drive, demo_roadbook

    drive = load_track(demo_drive())
    late = drive.time + np.where(np.arange(len(drive)) >= 2500, 3723.0, 0.0)
    write_track(dataclasses.replace(drive, time=late, name="slow"), tmp_path / "slow.gpx")
    main(["review", str(demo_roadbook()), str(demo_drive()), str(tmp_path / "slow.gpx")])
    out = capsys.readouterr().out
    assert "+1:02:03" in out
