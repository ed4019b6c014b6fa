"""The bundled demo stage and recorded drive keep their promises, and the generator reproduces them.

The files in ``roadbooks/`` are committed; these tests read them back with navapp's own readers
and recompute every promise from the geometry (WGS84 geodesics through ``navapp.core.geodesy``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from lxml import etree

from navapp.core import geodesy
from navapp.core.model import Box, Roadbook, Track, WaypointType
from navapp.io.gpxtrack import load_track
from navapp.io.openrally import read_openrally

ROOT = Path(__file__).resolve().parents[1]
STAGE = ROOT / "roadbooks" / "demo_stage.gpx"
DRIVE = ROOT / "roadbooks" / "demo_drive.gpx"
GENERATOR = ROOT / "tools" / "make_demo.py"
START_TIME = 1_768_032_000.0  # 2026-01-10T08:00:00Z
LOOK_M = 150.0  # the generator measures the CAP towards the route this far past the box


@pytest.fixture(scope="module")
def stage() -> Roadbook:
    return read_openrally(STAGE)


@pytest.fixture(scope="module")
def drive() -> Track:
    return load_track(DRIVE)


@pytest.fixture(scope="module")
def geom(stage: Roadbook) -> geodesy.RouteGeometry:
    assert stage.route is not None
    return geodesy.RouteGeometry(stage.route.lat, stage.route.lon)


@pytest.fixture(scope="module")
def chainages(stage: Roadbook, geom: geodesy.RouteGeometry) -> np.ndarray:
    """Route chainage (m) of every box."""
    lat = np.array([b.lat for b in stage.boxes], dtype=np.float64)
    lon = np.array([b.lon for b in stage.boxes], dtype=np.float64)
    loc = geom.locate(lat, lon)
    assert loc.offset_m.max() < 1.0, "every box lies on the route line"
    return loc.chainage_m


def _one(stage: Roadbook, wtype: WaypointType) -> tuple[int, Box]:
    found = [(i, b) for i, b in enumerate(stage.boxes) if b.waypoint_of(wtype)]
    assert len(found) == 1, f"expected one {wtype.label} box"
    return found[0]


def closest_approach_m(track: Track, lat: float, lon: float) -> float:
    """Closest distance (m) of the track to a point, interpolated between fixes.

    Azimuthal equidistant projection centred on the point: the radial distance is the geodesic
    distance, and fixes 1 s apart are close enough for straight segments in that plane.
    """
    x, y = geodesy.LocalProjection(lat, lon).to_xy(track.lat, track.lon)
    x0, y0, dx, dy = x[:-1], y[:-1], np.diff(x), np.diff(y)
    d2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.clip(np.where(d2 > 0, -(x0 * dx + y0 * dy) / d2, 0.0), 0.0, 1.0)
    return float(np.min(np.hypot(x0 + t * dx, y0 + t * dy)))


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """Index ranges [start, end) where ``mask`` is true."""
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


# --------------------------------------------------------------------------- the stage


def test_stage_is_80_to_150_km_along_its_route(stage: Roadbook, geom: geodesy.RouteGeometry):
    assert 80_000 <= geom.length_m <= 150_000
    assert stage.metadata.total_km == pytest.approx(geom.length_m / 1000.0, abs=0.01)
    assert stage.name == "Erg Chebbi practice stage — SS1"
    assert stage.units.value == "metric"
    # The route is densified: a vertex every 20–30 m.
    steps = geodesy.step_lengths(geom.lat, geom.lon)
    assert steps.min() >= 20.0 and steps.max() <= 30.0


def test_stage_stays_in_the_erg_chebbi_region(stage: Roadbook):
    assert stage.route is not None
    assert stage.route.lat.min() >= 31.0 and stage.route.lat.max() <= 31.4
    assert stage.route.lon.min() >= -4.3 and stage.route.lon.max() <= -3.8


def test_boxes_are_numbered_and_many(stage: Roadbook):
    assert len(stage.boxes) >= 30
    assert [b.index for b in stage.boxes] == list(range(1, len(stage.boxes) + 1))


def test_exactly_one_reset_mid_stage(stage: Roadbook):
    resets = [i for i, b in enumerate(stage.boxes) if b.is_reset]
    assert len(resets) == 1
    i = resets[0]
    assert stage.boxes[i].reset_km == 0.0
    assert 5 < i < len(stage.boxes) - 5


def test_totals_are_route_chainage_since_the_last_reset(stage: Roadbook, chainages: np.ndarray):
    base = 0.0
    previous = -1.0
    for box, ch in zip(stage.boxes, chainages, strict=True):
        assert box.total_km == pytest.approx((ch - base) / 1000.0, abs=0.006)
        assert box.total_km == round(box.total_km, 2)
        assert box.total_km >= previous, f"box {box.index} goes backwards"
        previous = box.total_km
        if box.is_reset:
            base, previous = ch, 0.0
    assert stage.boxes[0].total_km == 0.0
    partials = [b.partial_km for b in stage.boxes[1:]]
    assert min(partials) > 0.2 and max(partials) < 6.0


def test_cap_is_the_route_heading_leaving_the_box(
    stage: Roadbook, geom: geodesy.RouteGeometry, chainages: np.ndarray
):
    for box, ch in zip(stage.boxes[:-1], chainages[:-1], strict=True):
        assert box.cap is not None and 0 <= box.cap <= 359
        assert box.lat is not None and box.lon is not None
        heading = geodesy.bearing_deg(box.lat, box.lon, *geom.point_at(float(ch) + LOOK_M))
        assert abs((box.cap - heading + 180.0) % 360.0 - 180.0) <= 0.6, box.index
    # The route turns at boxes: not every CAP is the same.
    assert len({b.cap for b in stage.boxes[:-1]}) > 20


def test_speed_zone_dz_50_then_fz_within_3_km(stage: Roadbook, chainages: np.ndarray):
    dz_i, dz = _one(stage, WaypointType.DZ)
    fz_i, _ = _one(stage, WaypointType.FZ)
    assert dz_i < fz_i
    assert dz.speed_limit_kmh == 50
    assert not any(b.is_reset for b in stage.boxes[dz_i:fz_i])
    assert 1500.0 <= chainages[fz_i] - chainages[dz_i] <= 3000.0


def test_waypoint_types_names_and_radii(stage: Roadbook):
    waypoints = [w for b in stage.boxes for w in b.waypoints]
    types = [w.type for w in waypoints]
    assert stage.boxes[0].waypoint_of(WaypointType.DSS)
    assert stage.boxes[-1].waypoint_of(WaypointType.ASS)
    assert types.count(WaypointType.WPM) >= 2
    for wtype in ("WPV", "WPE", "WPS", "WPC", "CP", "DZ", "FZ"):
        assert WaypointType[wtype] in types
    assert WaypointType.WPN in types or WaypointType.WPP in types
    # Numbered waypoints carry their number as name (printed "WPM 2"); DSS, ASS, DZ, FZ none.
    named = [w for w in waypoints if w.name]
    assert len({(w.type, w.name) for w in named}) == len(named)
    assert all(re.fullmatch(r"\d+", w.name) for w in named)
    assert {w.type for w in waypoints if not w.name} == {
        WaypointType.DSS,
        WaypointType.ASS,
        WaypointType.DZ,
        WaypointType.FZ,
    }
    _, wps = _one(stage, WaypointType.WPS)
    assert wps.danger == 3
    # Most radii come from the rules table; one or two are given in the file.
    explicit = [w for w in waypoints if w.open_from_file or w.clear_from_file]
    assert 1 <= len(explicit) <= 3 < len(waypoints) - len(explicit)
    assert all(w.clear_m is not None for w in waypoints)


def test_other_box_fields(stage: Roadbook):
    assert any(b.stop_s == 3 for b in stage.boxes)
    assert any("fuel" in b.flags for b in stage.boxes)
    assert sum(b.danger is not None for b in stage.boxes) >= 3


def test_drawings_are_self_contained_printable_svg(stage: Roadbook):
    for box in stage.boxes:
        assert box.tulip is not None and box.notes is not None
        assert box.tulip.text.startswith(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" '
            'height="100">'
        )
        for drawing in (box.tulip, box.notes):
            assert drawing.kind.value == "svg"
            assert not drawing.remote_references()
            # The only URL is the SVG namespace: nothing to fetch, no embedded images.
            assert re.findall(r"https?://[^\"']+", drawing.text) == ["http://www.w3.org/2000/svg"]
            assert "href" not in drawing.text
            root = etree.fromstring(drawing.text.encode())
            colours = {
                v for el in root.iter() for k, v in el.attrib.items() if k in ("fill", "stroke")
            }
            assert colours <= {"#000", "none"}
        assert box.notes_text
    assert all("CAP" in b.notes_text for b in stage.boxes[:-1])


# --------------------------------------------------------------------------- the drive


def test_drive_is_a_1hz_log_with_speed_and_height(drive: Track):
    assert drive.speed is not None
    assert drive.time[0] == START_TIME
    assert np.all(np.diff(drive.time) == 1.0)
    assert drive.ele.min() >= 700.0 and drive.ele.max() <= 900.0
    assert drive.speed.max() <= 110.0
    assert drive.speed[0] < 1.0, "starts from standstill"
    stops = [(a, b) for a, b in runs(drive.speed < 1.0) if b - a >= 100]
    assert len(stops) == 1 and 120 <= stops[0][1] - stops[0][0] <= 180


def test_drive_exactly_one_waypoint_missed(stage: Roadbook, drive: Track):
    missed = []
    for box in stage.boxes:
        for wp in box.waypoints:
            assert box.lat is not None and box.lon is not None and wp.clear_m is not None
            d = closest_approach_m(drive, box.lat, box.lon)
            if d > wp.clear_m:
                missed.append((wp, d))
            else:
                assert d < 30.0, f"{wp.name} passed {d:.1f} m away"
    assert len(missed) == 1
    wp, d = missed[0]
    assert wp.type is WaypointType.WPM and wp.clear_m == 200.0
    assert d >= 400.0


def test_drive_breaks_the_speed_zone_exactly_once(
    stage: Roadbook, drive: Track, geom: geodesy.RouteGeometry, chainages: np.ndarray
):
    assert drive.speed is not None
    dz_i, dz = _one(stage, WaypointType.DZ)
    fz_i, _ = _one(stage, WaypointType.FZ)
    assert dz.speed_limit_kmh is not None
    loc = geom.locate(drive.lat, drive.lon)
    inside = (
        (loc.chainage_m >= chainages[dz_i])
        & (loc.chainage_m <= chainages[fz_i])
        & (loc.offset_m < 100.0)
    )
    assert runs(inside) and len(runs(inside)) == 1, "the crew drives through the zone once"
    over = runs(inside & (drive.speed > dz.speed_limit_kmh))
    assert len(over) == 1
    a, b = over[0]
    assert 20 <= b - a <= 40
    assert 62.0 <= drive.speed[a:b].max() <= 70.0
    lawful = drive.speed[inside & (drive.speed <= dz.speed_limit_kmh)]
    assert 40.0 <= np.median(lawful) <= 48.0


# --------------------------------------------------------------------------- the generator


def _normalised(path: Path) -> bytes:
    # The writers stamp navapp's version in creator=""; a version bump alone is no change.
    return re.sub(rb'creator="navapp [^"]*"', b'creator="navapp"', path.read_bytes())


def test_generator_reproduces_the_committed_files(tmp_path: Path):
    subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    for name in ("demo_stage.gpx", "demo_drive.gpx"):
        assert _normalised(tmp_path / name) == _normalised(ROOT / "roadbooks" / name), name
