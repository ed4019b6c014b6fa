"""The command line on every format: `info` on roadbooks and tracks, `convert` to every
writer, and a separate waypoint list with --waypoints."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from navapp.cli import main
from navapp.core import geodesy
from navapp.core.model import Box, Track, WaypointType
from navapp.io.gpxtrack import load_track
from navapp.io.gpxwrite import write_track
from navapp.io.registry import WRITERS, read_roadbook, write_roadbook
from tests.builders import drive, roadbook, straight_route, waypoint

DATA = Path(__file__).parents[2] / "data"
EXAMPLE = DATA / "openrally_v1.0.3_example.gpx"

TRACKS = {
    "gpsbabel_backfilldate2_gga_only.nmea": "nmea",
    "gpsbabel_bike.tcx": "tcx",
    "gpsbabel_fit-sample.fit": "fit",
    "gpsbabel_fitwrite-track.fit": "fit",
    "gpsbabel_garmin-edge-800.fit": "fit",
    "gpsbabel_gpx_garmin_extensions-kml_track.kml": "kml",
    "gpsbabel_igc1.igc": "igc",
    "gpsbabel_igc2.igc": "igc",
    "gpsbabel_nmea_utf16_dos.nmea": "nmea",
    "gpsbabel_opentracks.kml": "kml",
    "gpsbabel_segmented_tracks.gpx": "gpx",
    "gpsbabel_segmented_tracks.kml": "kml",
    "gpsbabel_skytraq_two_recordings.gpx": "gpx",
    "gpsd_haicom-305N_moving_reversing.log": "nmea",
    "gpsd_rx210_ublox8_fix_acquisition.log": "nmea",
    "gpsd_sirfstarv-nmea.log": "nmea",
    "gpsd_trimble_rtk_10hz.log": "nmea",
    "toams69_logs_gps_deadreckoning_E.nmea": "nmea",
}


def _info(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["info", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("name", "fmt"), sorted(TRACKS.items()))
def test_info_on_every_track(name: str, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _info(capsys, str(DATA / name))
    assert doc["kind"] == "track" and doc["format"] == fmt
    assert doc["points"] == doc["positions"] + doc["points_without_position"]
    assert doc["distance_km"] >= 0 and doc["segments"] >= (1 if doc["positions"] else 0)
    if doc["positions"]:
        b = doc["bounds"]
        assert -90 <= b["south"] <= b["north"] <= 90 and -180 <= b["west"] <= b["east"] <= 180
    # The table too, in one go and without a traceback.
    assert main(["info", str(DATA / name)]) == 0
    out = capsys.readouterr().out
    assert "points in" in out and "distance" in out


def test_info_track_values_on_an_igc_log(capsys: pytest.CaptureFixture[str]) -> None:
    doc = _info(capsys, str(DATA / "gpsbabel_igc1.igc"))
    twin = load_track(DATA / "gpsbabel_igc1.gpx")
    i = int(twin.segment_starts[-1])
    lat, lon = twin.lat[i:], twin.lon[i:]
    assert doc["points"] == doc["positions"] == 113 and doc["segments"] == 1
    assert doc["start_time"] == "2004-04-24T04:00:19Z" and doc["end_time"] == "2004-04-24T04:57:19Z"
    assert doc["duration_s"] == 57 * 60
    # The twin's points agree to 1e-9 degrees: the distances to a millimetre.
    want_km = geodesy.cumulative_m(lat, lon)[-1] / 1000.0
    assert doc["distance_km"] == pytest.approx(want_km, abs=1e-6)
    assert doc["bounds"] == pytest.approx(
        {"south": lat.min(), "west": lon.min(), "north": lat.max(), "east": lon.max()}, abs=1e-9
    )
    assert doc["has_speed"] is False and doc["has_elevation"] is False
    assert doc["warnings"] == []


def test_info_track_distance_stops_at_segment_breaks(capsys: pytest.CaptureFixture[str]) -> None:
    doc = _info(capsys, str(DATA / "gpsbabel_segmented_tracks.gpx"))
    track = load_track(DATA / "gpsbabel_segmented_tracks.gpx")
    starts = [*track.segment_starts.tolist(), len(track)]
    want = sum(
        geodesy.cumulative_m(track.lat[a:b], track.lon[a:b])[-1]
        for a, b in itertools.pairwise(starts)
    )
    assert doc["segments"] == 10 and doc["points"] == 46
    assert doc["distance_km"] == pytest.approx(want / 1000.0, abs=1e-6)
    across = geodesy.cumulative_m(track.lat, track.lon)[-1] / 1000.0
    assert doc["distance_km"] < across


def test_info_on_a_log_without_a_fix(capsys: pytest.CaptureFixture[str]) -> None:
    doc = _info(capsys, str(DATA / "toams69_logs_gps_deadreckoning_E.nmea"))
    # 53 dead-reckoning reports: none is a position.
    assert doc["points"] == doc["points_without_position"] == 53 and doc["positions"] == 0
    assert doc["bounds"] is None and doc["start_time"] is None and doc["distance_km"] == 0


def test_info_on_roadbooks_says_their_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert _info(capsys, str(EXAMPLE))["format"] == "openrally"
    doc = _info(capsys, str(DATA / "gpsbabel_earth-gc_doctype_in_cdata.kml"))
    assert doc["kind"] == "roadbook" and doc["format"] == "kml" and len(doc["boxes"]) == 2


def test_info_waypoints_on_a_track_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["info", str(DATA / "gpsbabel_igc1.igc"), "--waypoints", str(EXAMPLE)])
    err = capsys.readouterr().err
    assert code == 2 and "--waypoints does not apply" in err and err.count("\n") == 1


def test_convert_to_every_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A writer another module adds to WRITERS is offered by --to and chosen by extension.
    written: list[Path] = []

    def fake_writer(rb: object, path: str | Path) -> None:
        Path(path).write_text("x")
        written.append(Path(path))

    monkeypatch.setitem(WRITERS, "rn2", (fake_writer, ".rn2"))
    assert main(["convert", str(EXAMPLE), str(tmp_path / "a.rn2")]) == 0
    assert main(["convert", str(EXAMPLE), str(tmp_path / "b.out"), "--to", "rn2"]) == 0
    assert written == [tmp_path / "a.rn2", tmp_path / "b.out"]
    assert "(Rally Navigator .rn2 v4, 21 boxes)" in capsys.readouterr().out
    monkeypatch.delitem(WRITERS, "rn2")
    with pytest.raises(SystemExit) as stop:
        main(["convert", str(EXAMPLE), str(tmp_path / "c.rn2"), "--to", "rn2"])
    assert stop.value.code == 2 and "invalid choice: 'rn2'" in capsys.readouterr().err


def test_convert_a_csv_list_to_openrally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "list.csv"
    src.write_text("name;lat;lon;km\nDSS;23,0;5,0;0\nWPM 1;23,1;5,0;11\n")
    assert main(["convert", str(src), str(tmp_path / "out.gpx")]) == 0
    rb = read_roadbook(tmp_path / "out.gpx")
    assert [(b.total_km, b.lat, b.waypoint.type if b.waypoint else None) for b in rb.boxes] == [
        (0.0, 23.0, WaypointType.DSS),
        (11.0, 23.1, WaypointType.WPM),
    ]


# A paper stage along a straight route: its boxes at these km, no coordinates.
ROUTE = straight_route(23.5, 5.5, 45.0, 20_000.0, step_m=50.0)
LINE = geodesy.RouteGeometry(ROUTE.lat, ROUTE.lon)
PAPER = [(0.0, WaypointType.DSS, ""), (5.0, WaypointType.WPM, "1"), (9.0, None, "")]
PAPER += [
    (12.0, WaypointType.WPV, "2"),
    (16.5, WaypointType.WPE, "3"),
    (20.0, WaypointType.ASS, ""),
]


def _paper(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The stage as OpenRally GPX without coordinates, its organiser's CSV list (shuffled,
    one entry too many, DSS missing) and a drive along the route as a GPX track."""
    boxes = [Box(0, km, waypoints=(waypoint(t, n),) if t else ()) for km, t, n in PAPER]
    stage = tmp_path / "paper.gpx"
    write_roadbook(roadbook(boxes, name="SS2"), stage, "openrally")
    assert not read_roadbook(stage).has_coordinates
    rows = ["wp;latitude;longitude"]
    for label, km in [("WPE03", 16.5), ("ASS", 20.0), ("wpm-1", 5.0), ("WPV 2", 12.0)]:
        lat, lon = LINE.point_at(km * 1000.0)
        rows.append(f"{label};{lat:.7f};{lon:.7f}".replace(".", ","))
    rows.append("CP 7;23,9;5,9")
    wps = tmp_path / "wps.csv"
    wps.write_text("\n".join(rows) + "\n", encoding="utf-8-sig")
    fixes = drive(ROUTE, 60.0)
    n = len(fixes)
    track = Track(
        np.array([f.time for f in fixes]),
        np.array([f.lat for f in fixes]),
        np.array([f.lon for f in fixes]),
        np.full(n, np.nan),
    )
    driven = tmp_path / "drive.gpx"
    write_track(track, driven)
    return stage, wps, driven


def test_info_and_validate_with_a_waypoint_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stage, wps, _drive = _paper(tmp_path)
    doc = _info(capsys, str(stage), "--waypoints", str(wps))
    err = capsys.readouterr().err
    for b, (km, t, _n) in zip(doc["boxes"], PAPER, strict=True):
        if t in (None, WaypointType.DSS):
            assert b["lat"] is None
        else:
            lat, lon = LINE.point_at(km * 1000.0)
            assert (b["lat"], b["lon"]) == pytest.approx((lat, lon), abs=1e-7)
    assert doc["has_coordinates"] is True
    assert main(["info", str(stage), "--waypoints", str(wps)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"navapp: warning: {wps}:6: waypoint list entry 'CP 7' matches no box",
        "navapp: warning: SS2: box 1 (DSS) has no entry in the waypoint list; "
        "it stays without coordinates",
    ]
    # Validation counts the list's leftovers as something wrong.
    assert main(["validate", str(stage), "--waypoints", str(wps)]) == 1


def test_review_and_simulate_with_a_waypoint_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stage, wps, driven = _paper(tmp_path)
    assert main(["review", str(stage), str(driven)]) == 2
    assert "--waypoints FILE gives them" in capsys.readouterr().err
    main(["review", str(stage), str(driven), "--waypoints", str(wps), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["summary"]["missed"] == 0 and doc["summary"]["validated"] >= 4
    main(["simulate", str(stage), str(driven), "--waypoints", str(wps), "--json"])
    sim = json.loads(capsys.readouterr().out)
    assert sim["final"]["missed"] == 0


def test_a_bad_waypoint_list_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stage, _wps, _drive = _paper(tmp_path)
    bad = tmp_path / "wps.txt"
    bad.write_text("x")
    for command in (["info"], ["validate"], ["gui"]):
        assert main([*command, str(stage), "--waypoints", str(bad)]) == 2
        err = capsys.readouterr().err
        assert "unsupported waypoint list '.txt'" in err and err.count("\n") == 1
    assert main(["gui", "--waypoints", str(bad)]) == 2
    assert "needs a roadbook" in capsys.readouterr().err


def test_gui_passes_the_waypoint_list_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import navapp.gui.shell.app as app

    stage, wps, _drive = _paper(tmp_path)
    seen: list[tuple[object, ...]] = []
    monkeypatch.setattr(app, "run_gui", lambda *a, **k: seen.append((*a, k)) or 0)
    assert main(["gui", str(stage), "--waypoints", str(wps)]) == 0
    assert seen == [
        (str(stage), None, 5.0, (), str(wps), {"reverse": None, "from_last_page": None})
    ]
