"""Roadbooks generated from tracks: known turns, waypoints, spacing; real tracks validate."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from lxml import etree

from navapp.core import geodesy
from navapp.core.generate import GenerateError, GenerateSettings, generate
from navapp.core.model import Track, WaypointType
from navapp.core.tulip import tulip_from_svg
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


# What each sample file gives: a roadbook, or this refusal.
SAMPLE_OUTCOMES: dict[str, str | None] = {
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
}


def test_every_sample_file_is_covered() -> None:
    assert sorted(SAMPLE_OUTCOMES) == sorted(p.name for p in DATA.glob("gpxpy_*.gpx"))


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
    assert SCHEMA.validate(etree.fromstring(to_openrally_bytes(rb))), SCHEMA.error_log
    assert validate(rb) == []


def test_a_track_waypoint_at_the_start_is_the_start_box() -> None:
    track = _zigzag()
    rb = generate(track, [(float(track.lat[0]), float(track.lon[0]), "Bivouac")])
    first, second = rb.boxes[0], rb.boxes[1]
    assert first.total_km == 0.0 and first.name == "Bivouac" and "Bivouac" in first.notes_text
    assert first.waypoint is not None and first.waypoint.type is WaypointType.DSS
    assert second.total_km > 0.0
