"""Roadbooks generated from tracks: known turns, waypoints, spacing; real tracks validate."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from lxml import etree

from navapp.core import geodesy
from navapp.core.generate import GenerateError, GenerateSettings, generate, generate_with_notes
from navapp.core.model import Box, Track, WaypointType
from navapp.core.recordings import describe
from navapp.core.tulip import tulip_from_svg
from navapp.core.turn import route_turns, turn_words
from navapp.core.validate import validate
from navapp.io.openrally import read_openrally, to_openrally_bytes
from navapp.io.registry import read_track, track_waypoints

DATA = Path(__file__).parents[2] / "data"
SCHEMA = etree.XMLSchema(etree.parse(str(DATA / "schemas" / "openrally-gpx-strict.xsd")))


def _zigzag() -> Track:
    """3 km north, 90° right, 2 km east, 90° left, 4 km north: turns at 3 and 5 km."""
    pts = [(31.0, -4.0)]
    for az, length in [(0.0, 3000.0), (90.0, 2000.0), (0.0, 4000.0)]:
        for _ in range(int(length / 5)):
            pts.append(geodesy.forward(*pts[-1], az, 5.0))
    arr = np.array(pts)
    n = len(arr)
    return Track(
        np.arange(n, dtype=np.float64) + 1.7e9,
        arr[:, 0],
        arr[:, 1],
        np.full(n, np.nan),
        name="zigzag",
    )


def test_boxes_at_the_known_turns_with_their_caps() -> None:
    rb = generate(_zigzag(), settings=GenerateSettings(max_spacing_km=10.0))
    totals = [b.total_km for b in rb.boxes]
    assert totals == pytest.approx([0.0, 3.0, 5.0, 9.0], abs=0.02)
    assert [b.cap for b in rb.boxes] == [0, 90, 0, None]
    assert [b.notes_text for b in rb.boxes] == ["Start", "Turn right", "Turn left", "Finish"]
    assert rb.boxes[0].waypoint is not None and rb.boxes[0].waypoint.type is WaypointType.DSS
    assert rb.boxes[-1].waypoint is not None and rb.boxes[-1].waypoint.type is WaypointType.ASS
    right = tulip_from_svg(rb.boxes[1].tulip.text if rb.boxes[1].tulip else "")
    assert right is not None and right.exit.angle_deg == pytest.approx(90.0, abs=2.0)
    assert validate(rb) == []


def test_waypoints_and_spacing() -> None:
    track = _zigzag()
    line = geodesy.RouteGeometry(track.lat, track.lon)
    wps = [(*line.point_at(1_500.0), "WPM3"), (*line.point_at(7_000.0), "Well")]
    rb = generate(track, wps, GenerateSettings(max_spacing_km=1.5))
    totals = np.array([b.total_km for b in rb.boxes])
    assert np.all(np.diff(totals) <= 1.5 + 1e-9) and np.all(np.diff(totals) > 0)
    wpm = [b for b in rb.boxes if b.waypoint and b.waypoint.type is WaypointType.WPM]
    assert len(wpm) == 1 and wpm[0].total_km == pytest.approx(1.5, abs=0.02)
    assert any(b.name == "Well" and b.total_km == pytest.approx(7.0, abs=0.02) for b in rb.boxes)
    dense = generate(track, settings=GenerateSettings(min_spacing_m=2_500.0, max_spacing_km=10))
    # The turn at 5 km lies within 2.5 km of the one at 3 km: only the first stays.
    assert [b.total_km for b in dense.boxes] == pytest.approx([0.0, 3.0, 9.0], abs=0.02)


@pytest.mark.parametrize(
    "name",
    [
        "gpxpy_korita-zbevnica.gpx",
        "gpxpy_around-visnjan-with-car.gpx",
        "gpxpy_cerknicko-without-times.gpx",
    ],
)
def test_real_tracks_give_valid_roadbooks(name: str) -> None:
    path = DATA / name
    rb = generate(read_track(path), track_waypoints(path))
    assert len(rb.boxes) >= 2 and rb.route is not None
    data = to_openrally_bytes(rb)
    assert SCHEMA.validate(etree.fromstring(data)), SCHEMA.error_log
    again = read_openrally(name, data)
    assert validate(again) == []
    assert again.boxes == rb.boxes


def test_too_short() -> None:
    t = _zigzag()
    short = Track(t.time[:5], t.lat[:5], t.lon[:5], t.ele[:5])
    with pytest.raises(GenerateError, match="only 20 m long"):
        generate(short)


# What each sample file gives: a roadbook from its longest recording, or this refusal.
SAMPLE_OUTCOMES: dict[str, str | None] = {
    "gpsbabel_backfilldate2_gga_only.nmea": None,
    "gpsbabel_bike_loop.gpx": None,
    # FIT and IGC files and the GPX GPSBabel wrote from each
    "gpsbabel_fit-sample.fit": None,
    "gpsbabel_fit-sample.gpx": None,
    "gpsbabel_fitwrite-track.fit": None,
    "gpsbabel_fitwrite-track.gpx": None,
    # a ride paused 7 times: each restart a segment
    "gpsbabel_garmin-edge-800.fit": None,
    "gpsbabel_igc1.igc": None,
    "gpsbabel_igc1.gpx": None,
    "gpsbabel_igc2.igc": None,
    "gpsbabel_igc2.gpx": None,
    # a list of geocaches, not a drive
    "gpsbabel_earth-gc_doctype_in_cdata.kml": "no track in this KML",
    "gpsbabel_bike.tcx": None,
    # KML and TCX tracks and their GPX twins give the same (8 s of a ride; 2 points 3 h apart)
    "gpsbabel_gpx_garmin_extensions-kml_track.kml": "only 26 m long",
    "gpsbabel_gpx_garmin_extensions.gpx": "only 26 m long",
    "gpsbabel_opentracks.kml": r"recording 1 of 2: the track needs at least two positions",
    "gpsbabel_opentracks_kml.gpx": r"recording 1 of 2: the track needs at least two positions",
    "gpsbabel_segmented_tracks.gpx": None,
    "gpsbabel_segmented_tracks.kml": None,
    "gpsbabel_mtk_logger_cold_start.gpx": None,
    # read since the NMEA reader reads UTF-16: a receiver standing still, 154 fixes in 30 m
    "gpsbabel_nmea_utf16_dos.nmea": "only 30 m long",
    "gpsbabel_skytraq_two_recordings.gpx": None,
    "gpsd_haicom-305N_moving_reversing.log": None,
    # receivers standing still: what they logged is GPS scatter, not a road
    "gpsd_rx210_ublox8_fix_acquisition.log": "only 31 m long",
    "gpsd_sirfstarv-nmea.log": "only 1 m long",
    "gpsd_trimble_rtk_10hz.log": "only 16 m long",
    "gpxpy_around-visnjan-with-car.gpx": None,
    "gpxpy_cerknicko-without-times.gpx": None,
    "gpxpy_gpx-with-node-with-comments.gpx": "needs at least two positions",
    "gpxpy_gpx1.0_with_all_fields.gpx": "needs at least two positions",
    "gpxpy_gpx1.1_with_extensions_without_namespaces.gpx": "no track points",
    "gpxpy_korita-zbevnica.gpx": None,
    "gpxpy_route.gpx": None,
    "gpxpy_track-with-empty-segment.gpx": "only 86 m long",
    "gpxpy_track-with-less-sec-time.gpx": "only 2 m long",
    "gpxpy_unicode_with_bom_noencoding.gpx": "no track points",
    # roadbooks without a recorded track
    "openrally_v0.3-DRAFT_example.gpx": "no track points",
    "openrally_v1.0-cc-DRAFT_example.gpx": "no track points",
    "openrally_v1.0.3_example.gpx": "no track points",
    # offline map files (raster tiles), not recorded tracks
    "node-mbtiles_corrupt.mbtiles": "unsupported track format '.mbtiles'",
    "node-mbtiles_plain_1.mbtiles": "unsupported track format '.mbtiles'",
    "protomaps_stamen_toner_z3.pmtiles": "unsupported track format '.pmtiles'",
    "protomaps_usgs-mt-whitney-8-15-webp-512.pmtiles": "unsupported track format '.pmtiles'",
    # a Rally Navigator roadbook, not a recorded track
    "roadbooknavi_minimal.rn2": "unsupported track format '.rn2'",
    # a PDF roadbook (a scan), not a recorded track
    "rpiroadbook_MonRoadbook.pdf": "unsupported track format '.pdf'",
    # dead reckoning only: the receiver never had a fix
    "toams69_logs_gps_deadreckoning_E.nmea": r"needs at least two positions \(it has 0\)",
    # Tulip roadbooks (JSON), and one tulip canvas as the Tulip editor saved it: not tracks
    "tulip_editor_test_tulip.json": "unsupported track format '.json'",
    "tulip_legacy_waypoints.tlp": "unsupported track format '.tlp'",
    "tulip_schema2_documented.tlp": "unsupported track format '.tlp'",
}


def test_every_sample_file_is_covered() -> None:
    files = sorted(p.name for p in DATA.iterdir() if p.is_file() and p.suffix != ".md")
    assert sorted(SAMPLE_OUTCOMES) == files
    assert {p.name for p in DATA.glob("gpxpy_*.gpx")} <= set(SAMPLE_OUTCOMES)


@pytest.mark.parametrize(("name", "outcome"), sorted(SAMPLE_OUTCOMES.items()))
def test_every_sample_track_gives_its_roadbook_or_its_refusal(
    name: str, outcome: str | None
) -> None:
    from navapp.io.errors import InputError

    path = DATA / name
    if outcome is not None:
        with pytest.raises((InputError, GenerateError), match=outcome):
            generate(read_track(path), track_waypoints(path))
        return
    settings = GenerateSettings()
    rb = generate(read_track(path), track_waypoints(path), settings)
    assert rb.route is not None
    length_km = geodesy.cumulative_m(rb.route.lat, rb.route.lon)[-1] / 1000
    totals = np.array([b.total_km for b in rb.boxes])
    # From the start (DSS) to the end of the route (ASS), never farther apart than allowed.
    assert totals[0] == 0.0 and totals[-1] == pytest.approx(length_km, abs=0.006)
    assert np.all(np.diff(totals) > 0)
    assert np.all(np.diff(totals) <= settings.max_spacing_km + 0.006)
    assert rb.boxes[0].waypoint is not None and rb.boxes[0].waypoint.type is WaypointType.DSS
    assert rb.boxes[-1].waypoint is not None and rb.boxes[-1].waypoint.type is WaypointType.ASS
    data = to_openrally_bytes(rb)
    assert SCHEMA.validate(etree.fromstring(data)), SCHEMA.error_log
    assert validate(rb) == []
    # and as `navapp validate` sees the file written
    assert validate(read_openrally(name, data)) == []


def test_a_track_waypoint_at_the_start_is_the_start_box() -> None:
    track = _zigzag()
    rb = generate(track, [(float(track.lat[0]), float(track.lon[0]), "Bivouac")])
    first, second = rb.boxes[0], rb.boxes[1]
    assert first.total_km == 0.0 and first.name == "Bivouac" and "Bivouac" in first.notes_text
    assert first.waypoint is not None and first.waypoint.type is WaypointType.DSS
    assert second.total_km > 0.0


# -- turns measured along the road ---------------------------------------------------------------


def _line(legs: list[tuple[float, float, float]], t0: float = 1.7e9) -> Track:
    """A drive of straight legs (azimuth, length m, step m) from 31°N 4°W, one point a second."""
    pts = [(31.0, -4.0)]
    for az, length, step in legs:
        for _ in range(round(length / step)):
            pts.append(geodesy.forward(*pts[-1], az, step))
    arr = np.array(pts)
    n = len(arr)
    return Track(np.arange(n, dtype=np.float64) + t0, arr[:, 0], arr[:, 1], np.full(n, np.nan))


def _tulip_angle(box: Box) -> float:
    t = tulip_from_svg(box.tulip.text if box.tulip else "")
    assert t is not None
    return t.exit.angle_deg


def test_a_gap_between_points_on_a_straight_road_is_straight_on() -> None:
    # 2 km north at 5 m, one step of 367 m (the logger missed some fixes), 2 km more north.
    track = _line([(20.0, 2000.0, 5.0), (20.0, 367.0, 367.0), (20.0, 2000.0, 5.0)])
    rb = generate(track, settings=GenerateSettings(max_spacing_km=1.0))
    assert [b.notes_text for b in rb.boxes[1:-1]] == ["Straight on"] * (len(rb.boxes) - 2)
    assert [_tulip_angle(b) for b in rb.boxes] == [0.0] * len(rb.boxes)
    assert [b.cap for b in rb.boxes[:-1]] == [20] * (len(rb.boxes) - 1)
    assert validate(rb) == []


def test_a_right_angle_corner_is_a_right_turn_of_90() -> None:
    track = _line([(350.0, 1500.0, 8.0), (80.0, 1500.0, 8.0)])
    rb = generate(track, settings=GenerateSettings(max_spacing_km=10.0))
    assert [b.total_km for b in rb.boxes] == pytest.approx([0.0, 1.5, 3.0], abs=0.02)
    corner = rb.boxes[1]
    assert corner.notes_text == "Turn right"
    assert _tulip_angle(corner) == pytest.approx(90.0, abs=2.0)
    assert corner.cap == pytest.approx(80, abs=2)
    assert rb.boxes[0].cap == 350


@pytest.mark.parametrize("name", ["gpxpy_route.gpx", "gpxpy_korita-zbevnica.gpx"])
def test_tulip_cap_and_note_say_the_same_turn(name: str) -> None:
    path = DATA / name
    rb = generate(read_track(path), track_waypoints(path))
    assert rb.route is not None
    line = geodesy.RouteGeometry(rb.route.lat, rb.route.lon)
    for prev, box in itertools.pairwise(rb.boxes):
        angle = _tulip_angle(box)
        if not box.waypoints:
            assert box.notes_text == turn_words(angle), box
        if box.cap is not None and prev.cap is not None:
            # The tulip turns from the road arrived on to the CAP leaving the box.
            at = line.locate(np.array([box.lat]), np.array([box.lon])).chainage_m
            arrive = route_turns(line, at).entry_deg[0]
            # within the rounding of CAP and tulip, and the 3° a tulip draws as straight
            assert (box.cap - arrive - angle + 180.0) % 360.0 - 180.0 == pytest.approx(0, abs=4)


# -- recordings ---------------------------------------------------------------------------------


def test_two_recordings_make_a_roadbook_from_one() -> None:
    short = _line([(0.0, 2000.0, 10.0)])
    long = _line([(90.0, 4000.0, 10.0)], t0=float(short.time[-1]) + 7200.0)
    track = Track(
        np.concatenate([short.time, long.time]),
        np.concatenate([short.lat, long.lat]),
        np.concatenate([short.lon, long.lon]),
        np.concatenate([short.ele, long.ele]),
    )
    made = generate_with_notes(track)
    assert made.recording.number == 2 and len(made.recordings) == 2
    assert made.roadbook.total_km == pytest.approx(4.0, abs=0.02)
    assert made.notes[-1] == "the roadbook is made from recording 2 (the longest)"
    first = generate(track, segment=1)
    assert first.total_km == pytest.approx(2.0, abs=0.02)
    assert validate(first) == [] and validate(made.roadbook) == []
    with pytest.raises(GenerateError, match=r"no recording 3 \(the track holds 2 recordings\)"):
        generate(track, segment=3)


def test_waypoints_of_another_recording_are_left_out() -> None:
    track = _zigzag()
    far = geodesy.forward(float(track.lat[0]), float(track.lon[0]), 180.0, 3000.0)
    made = generate_with_notes(track, [(*far, "Elsewhere")])
    assert all(b.name != "Elsewhere" for b in made.roadbook.boxes)
    assert made.notes == (
        "1 of the file's 1 waypoints are more than 500 m from this route and were left out",
    )


def test_the_skytraq_file_is_two_recordings() -> None:
    """Germany 2009 and Texas 2012 in one file. Before: one 8,749 km roadbook of 1,758 boxes
    joined by a straight line across the Atlantic, its boxes up to 1.9 km off its own route
    (1,749 validate findings)."""
    path = DATA / "gpsbabel_skytraq_two_recordings.gpx"
    made = generate_with_notes(read_track(path), track_waypoints(path))
    recs = made.recordings
    assert [(r.number, r.points) for r in recs] == [(1, 217), (2, 54)]
    assert [r.length_km for r in recs] == pytest.approx([2.38, 0.07], abs=0.01)
    assert [describe(r)[:23] for r in recs] == [
        "1: 2009-09-10 05:19 UTC",
        "2: 2012-05-01 01:33 UTC",
    ]
    assert recs[0].lat == pytest.approx(47.548, abs=0.001)
    assert recs[1].lon == pytest.approx(-97.665, abs=0.001)
    rb = made.roadbook
    assert made.recording.number == 1
    assert (
        rb.total_km == pytest.approx(2.36, abs=0.01) and len(rb.boxes) == 6
    )  # the standing start repeats itself: taken from where it moves
    again = read_openrally(path.name, to_openrally_bytes(rb))
    assert validate(again) == []
    with pytest.raises(GenerateError, match="recording 2 of 2: the track is only 71 m long"):
        generate(read_track(path), segment=2)


def test_points_without_a_fix_make_no_route() -> None:
    track = _line([(0.0, 3000.0, 10.0)])
    # The receiver said "no fix" for points 100–119 and repeated a position 50 km away.
    lat = track.lat.copy()
    lat[100:120] += 0.45
    valid = np.ones(len(track), dtype=bool)
    valid[100:120] = False
    flagged = Track(track.time, lat, track.lon, track.ele, valid=valid)
    made = generate_with_notes(flagged)
    assert len(made.recordings) == 1 and made.notes == ()
    assert made.roadbook.total_km == pytest.approx(3.0, abs=0.02)
    assert validate(made.roadbook) == []
    with pytest.raises(GenerateError, match="none of the track's 301 points is a position"):
        generate(Track(track.time, track.lat, track.lon, track.ele, valid=np.zeros(301, bool)))
