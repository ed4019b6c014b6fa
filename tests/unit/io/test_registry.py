"""Choosing the reader and writer for a file."""

from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path

import numpy as np
import pytest

from navapp.core.model import Box, Roadbook, RouteLine, Units
from navapp.io.errors import InputError
from navapp.io.kml import read_kml_roadbook
from navapp.io.registry import (
    ROADBOOK_EXTENSIONS,
    WRITERS,
    file_kind,
    output_format,
    read_drive,
    read_fixes,
    read_roadbook,
    read_track,
    roadbook_format,
    track_format,
    track_waypoints,
    write_roadbook,
)
from navapp.paths import demo_drive, demo_roadbook

DATA = Path(__file__).parents[2] / "data"


def test_gpx_roadbooks_are_told_apart_by_content() -> None:
    assert roadbook_format(DATA / "openrally_v1.0.3_example.gpx") == "openrally"
    assert roadbook_format(DATA / "gpxpy_korita-zbevnica.gpx") == "gpx"
    assert len(read_roadbook(DATA / "openrally_v0.3-DRAFT_example.gpx").boxes) == 1
    assert len(read_roadbook(DATA / "gpxpy_korita-zbevnica.gpx").boxes) == 2


def test_tracks_from_gpx_and_nmea() -> None:
    drive = read_track(demo_drive())
    assert len(drive) > 5000 and drive.speed is not None
    log = read_track(DATA / "gpsd_sirfstarv-nmea.log")
    assert len(log) == 59 and np.all(np.isfinite(log.time))


@pytest.mark.parametrize("name", ["stage", "stage.docx", "stage.xyz"])
def test_unknown_extensions(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("x")
    with pytest.raises(InputError, match="unsupported roadbook format"):
        read_roadbook(tmp_path / name)
    with pytest.raises(InputError, match="unsupported track format"):
        read_track(tmp_path / name)


@pytest.mark.parametrize("name", ["stage.kml", "stage.kmz"])
def test_kml_is_both_a_roadbook_and_a_track_format(tmp_path: Path, name: str) -> None:
    # Both readers judge the content, and "x" is neither XML nor a zip.
    (tmp_path / name).write_text("x")
    for read in (read_roadbook, read_track):
        with pytest.raises(InputError, match=r"not valid XML|not a readable KMZ") as err:
            read(tmp_path / name)
        assert "\n" not in str(err.value)


def test_kml_waypoint_list_and_kml_track_each_read_as_what_they_are(tmp_path: Path) -> None:
    waypoints = DATA / "gpsbabel_earth-gc_doctype_in_cdata.kml"
    assert ".kml" in ROADBOOK_EXTENSIONS and ".csv" in ROADBOOK_EXTENSIONS
    assert roadbook_format(waypoints) == "kml"
    rb = read_roadbook(waypoints)
    assert rb == read_kml_roadbook(waypoints)
    assert [b.name for b in rb.boxes] == [
        "Points géodésiques du Québec",
        "Oozy rat in a sanitary zoo",
    ]
    assert (rb.boxes[0].lat, rb.boxes[0].lon) == (46.133333, -73.0)
    with pytest.raises(InputError, match="no track in this KML"):
        read_track(waypoints)
    track = read_track(DATA / "gpsbabel_opentracks.kml")
    assert len(track) == 2
    with pytest.raises(InputError, match="no placemarks with a point"):
        read_roadbook(DATA / "gpsbabel_opentracks.kml")
    # The same list zipped as a KMZ.
    kmz = tmp_path / "list.kmz"
    with zipfile.ZipFile(kmz, "w") as zf:
        zf.writestr("doc.kml", waypoints.read_bytes())
    assert read_roadbook(kmz).boxes == rb.boxes


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("openrally_v1.0.3_example.gpx", "roadbook"),  # OpenRally
        ("gpxpy_korita-zbevnica.gpx", "roadbook"),  # waypoints beside a track
        ("gpxpy_route.gpx", "roadbook"),  # a route
        ("gpsbabel_segmented_tracks.gpx", "track"),  # only a track
        ("gpsbabel_bike_loop.gpx", "roadbook"),  # 2 waypoints beside its track
        ("gpsbabel_skytraq_two_recordings.gpx", "track"),
        ("gpsbabel_opentracks_kml.gpx", "track"),
        ("gpsbabel_earth-gc_doctype_in_cdata.kml", "roadbook"),  # point placemarks
        ("gpsbabel_opentracks.kml", "track"),  # a gx:MultiTrack only
        ("gpsbabel_gpx_garmin_extensions-kml_track.kml", "track"),  # points = the track's
        ("gpsbabel_segmented_tracks.kml", "track"),  # LineStrings and their points again
        ("gpsbabel_bike.tcx", "track"),
        ("gpsbabel_fit-sample.fit", "track"),
        ("gpsbabel_igc1.igc", "track"),
        ("gpsd_sirfstarv-nmea.log", "track"),
        ("toams69_logs_gps_deadreckoning_E.nmea", "track"),
    ],
)
def test_file_kind(name: str, kind: str) -> None:
    assert file_kind(DATA / name) == kind


def test_file_kind_of_a_csv_and_of_nothing_known(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("name,lat,lon\nWP1,1,2\n")
    assert file_kind(tmp_path / "a.csv") == "roadbook"
    (tmp_path / "a.xyz").write_text("x")
    with pytest.raises(InputError, match="unsupported roadbook format"):
        file_kind(tmp_path / "a.xyz")


def test_output_format_follows_the_writers(monkeypatch: pytest.MonkeyPatch) -> None:
    # A writer added to WRITERS is chosen by name and by its extension, with no other change.
    monkeypatch.setitem(WRITERS, "rn2", (lambda rb, path: None, ".rn2"))
    assert output_format("out.rn2", None, "openrally") == "rn2"
    assert output_format("out.RN2", None, "kml") == "rn2"
    assert output_format("out.gpx", "rn2", "openrally") == "rn2"
    assert output_format("out.pdf", None, "csv") == "pdf"


def test_a_pdf_is_read_as_a_roadbook_not_as_a_track(tmp_path: Path) -> None:
    # .pdf was an unknown extension until PDF roadbooks were read: now its content is judged.
    (tmp_path / "stage.pdf").write_text("x")
    with pytest.raises(InputError, match="not a PDF file"):
        read_roadbook(tmp_path / "stage.pdf")
    with pytest.raises(InputError, match="unsupported track format"):
        read_track(tmp_path / "stage.pdf")


def test_output_format() -> None:
    assert output_format("out.gpx", None, "openrally") == "gpx"
    assert output_format("out.gpx", None, "gpx") == "openrally"
    assert output_format("out.gpx", "openrally", "openrally") == "openrally"
    with pytest.raises(InputError, match="use --to"):
        output_format("out.xyz", None, "gpx")


def test_demo_stage_is_shipped() -> None:
    rb = read_roadbook(demo_roadbook())
    assert rb.route is not None and len(rb.boxes) >= 30


# --- tracks told apart by content ------------------------------------------------------------

NMEA_LOG = DATA / "gpsd_sirfstarv-nmea.log"
GPX_TRACK = DATA / "gpxpy_korita-zbevnica.gpx"


@pytest.mark.parametrize("name", ["drive.gpx", "drive.dat", "drive", "DRIVE.LOG"])
def test_nmea_is_read_by_content_whatever_the_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(NMEA_LOG.read_bytes())
    assert track_format(path) == "nmea"
    track = read_track(path)
    assert len(track) == 59
    assert len(read_fixes(path)) == len(read_fixes(NMEA_LOG))
    assert track_waypoints(path) == []


def test_utf16_nmea_named_gpx_is_read(tmp_path: Path) -> None:
    path = tmp_path / "drive.gpx"
    path.write_bytes((DATA / "gpsbabel_nmea_utf16_dos.nmea").read_bytes())
    assert len(read_track(path)) == 154


@pytest.mark.parametrize("name", ["drive.log", "drive.txt", "drive", "drive.xml"])
def test_gpx_is_read_by_content_whatever_the_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(GPX_TRACK.read_bytes())
    assert track_format(path) == "gpx"
    want = read_track(GPX_TRACK)
    got = read_track(path)
    assert len(got) == len(want) > 0
    np.testing.assert_array_equal(got.lat, want.lat)
    assert track_waypoints(path) == track_waypoints(GPX_TRACK)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("drive.gpx", b"hello\n", "not valid XML"),
        ("drive.gpx", b"", "file is empty"),
        ("drive.log", b"hello\n", "no NMEA sentences found"),
        ("drive.dat", b"hello\n", "unsupported track format '.dat': neither GPX nor NMEA"),
        ("drive", b"\x00\x01\x02", "unsupported track format 'drive': neither GPX nor NMEA"),
        # KML is read by content now: this one has no track.
        ("drive.log", b"<kml><Document/></kml>", "no track in this KML"),
    ],
)
def test_bad_content_gets_a_clear_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as err:
        read_track(path)
    assert str(err.value).startswith(str(path))
    assert "\n" not in str(err.value)


# --- what the user is warned about -----------------------------------------------------------


def _whole_items(data: bytes) -> int:
    return len(re.findall(rb"</wpt\s*>", data))


@pytest.mark.parametrize(
    "name", ["openrally_v1.0.3_example.gpx", "gpxpy_korita-zbevnica.gpx", "demo_stage.gpx"]
)
def test_torn_roadbook_keeps_its_whole_boxes_with_a_warning(tmp_path: Path, name: str) -> None:
    source = demo_roadbook() if name == "demo_stage.gpx" else DATA / name
    data = source.read_bytes()
    full = read_roadbook(source)
    assert full.warnings == ()
    path = tmp_path / name
    for fraction in (0.2, 0.5, 0.95):
        kept = data[: int(len(data) * fraction)]
        for padding in (b"", b"\x00" * 512):
            path.write_bytes(kept + padding)
            rb = read_roadbook(path)
            n = _whole_items(kept)
            assert len(rb.boxes) == n
            if full.route is None or rb.route is None:
                assert rb.boxes == full.boxes[:n]
            else:
                # Plain GPX measures its boxes along the route, which is cut too.
                np.testing.assert_array_equal(rb.route.lat, full.route.lat[: len(rb.route)])
                assert [(b.lat, b.lon) for b in rb.boxes] == [
                    (b.lat, b.lon) for b in full.boxes[:n]
                ]
            line = kept.rstrip().count(b"\n") + 1
            route = f" and {len(rb.route)} route points" if rb.route is not None else ""
            assert rb.warnings == (f"{path}:{line}: the file ends early; read {n} boxes{route}",)


def test_demo_stage_cut_in_its_route_keeps_every_box(tmp_path: Path) -> None:
    data = demo_roadbook().read_bytes()
    full = read_roadbook(demo_roadbook())
    path = tmp_path / "stage.gpx"
    path.write_bytes(data[: len(data) * 3 // 4])
    rb = read_roadbook(path)
    assert rb.boxes == full.boxes
    assert full.route is not None and rb.route is not None
    assert 0 < len(rb.route) < len(full.route)
    assert rb.warnings[0].endswith(f"read {len(rb.boxes)} boxes and {len(rb.route)} route points")


def test_roadbook_cut_before_its_first_box_is_refused_in_one_line(tmp_path: Path) -> None:
    data = (DATA / "openrally_v1.0.3_example.gpx").read_bytes()
    path = tmp_path / "cut.gpx"
    path.write_bytes(data[: data.index(b"</wpt>") - 5])
    with pytest.raises(InputError, match="not valid XML: the file ends early") as err:
        read_roadbook(path)
    assert "\n" not in str(err.value) and err.value.line is not None


def test_roadbook_damaged_otherwise_is_still_an_error(tmp_path: Path) -> None:
    data = (DATA / "openrally_v1.0.3_example.gpx").read_bytes()
    path = tmp_path / "bad.gpx"
    path.write_bytes(data.replace(b"</wpt>", b"</wpx>", 1)[: len(data) // 2])
    with pytest.raises(InputError, match="mismatch"):
        read_roadbook(path)
    path.write_bytes(data + b"junk")
    with pytest.raises(InputError, match="Extra content"):
        read_roadbook(path)


def test_frozen_times_are_dropped_with_a_warning(tmp_path: Path) -> None:
    text = GPX_TRACK.read_text("utf-8")
    path = tmp_path / "frozen.gpx"
    path.write_text(re.sub(r"<time>[^<]*</time>", "<time>2020-01-01T00:00:00Z</time>", text))
    track = read_track(path)
    n = np.isfinite(read_track(GPX_TRACK).time).sum()
    assert 0 < n < len(track)  # a partly timed track
    assert np.isnan(track.time).all()
    assert track.warnings == (
        f"{path}: all {n} timed points have the same time: speeds, zones, stops and section times "
        "skipped",
    )
    drive = read_drive(path)
    assert drive.warnings == track.warnings
    assert all(math.isnan(f.time) for f in drive.fixes)
    assert read_track(GPX_TRACK).warnings == ()


def test_torn_track_warning_reaches_the_drive(tmp_path: Path) -> None:
    data = demo_drive().read_bytes()
    path = tmp_path / "torn.gpx"
    path.write_bytes(data[: len(data) // 3])
    drive = read_drive(path)
    assert len(drive.warnings) == 1 and "the file ends early" in drive.warnings[0]
    assert len(drive.fixes) == len(read_track(path))
    assert [f.valid for f in read_drive(DATA / "gpsbabel_mtk_logger_cold_start.gpx").fixes].count(
        False
    ) == 14


def test_track_file_is_the_track_and_its_waypoints_read_once(tmp_path: Path) -> None:
    from navapp.io.registry import read_track_file

    for path in (GPX_TRACK, NMEA_LOG):
        got = read_track_file(path)
        want = read_track(path)
        np.testing.assert_array_equal(got.track.lat, want.lat)
        assert got.track.warnings == want.warnings
        assert list(got.waypoints) == track_waypoints(path)
    assert read_track_file(NMEA_LOG).waypoints == ()
    assert len(read_track_file(GPX_TRACK).waypoints) > 0


def test_route_track_is_the_track_as_a_line_and_needs_two_points(tmp_path: Path) -> None:
    from navapp.io.registry import read_route_track

    route, warnings = read_route_track(GPX_TRACK)
    track = read_track(GPX_TRACK)
    np.testing.assert_array_equal(route.lat, track.lat)
    np.testing.assert_array_equal(route.lon, track.lon)
    assert warnings == track.warnings
    one = tmp_path / "one.gpx"
    one.write_text(
        '<gpx version="1.1"><trk><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>', "utf-8"
    )
    with pytest.raises(InputError, match=r"one\.gpx: the track has fewer than two points"):
        read_route_track(one)


# A designer who saved after the first click of a drawn route: the point is kept or the save
# refused, never dropped.
ONE_POINT = RouteLine(np.array([31.12345678]), np.array([-4.87654321]))


@pytest.mark.parametrize("fmt", ["openrally", "gpx"])
@pytest.mark.parametrize("with_box", [False, True])
def test_a_one_point_route_reads_back_as_that_point(
    tmp_path: Path, fmt: str, with_box: bool
) -> None:
    boxes = [Box(1, 0.0, lat=31.2, lon=-4.8)] if with_box else []
    rb = Roadbook("Drawn", Units.METRIC, tuple(boxes), ONE_POINT)
    path = tmp_path / "drawn.gpx"
    assert write_roadbook(rb, path, fmt) == []
    again = read_roadbook(path)
    assert again.route == ONE_POINT
    assert len(again.boxes) == len(boxes)


def test_a_one_point_route_is_refused_by_rn2_rather_than_dropped(tmp_path: Path) -> None:
    rb = Roadbook("Drawn", Units.METRIC, (Box(1, 0.0, lat=31.2, lon=-4.8),), ONE_POINT)
    path = tmp_path / "drawn.rn2"
    with pytest.raises(InputError, match="one point") as e:
        write_roadbook(rb, path, "rn2")
    assert "\n" not in str(e.value)
    assert not path.exists()


def test_a_plain_gpx_line_of_two_points_wins_over_a_single_point(tmp_path: Path) -> None:
    path = tmp_path / "mixed.gpx"
    path.write_text(
        '<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" creator="t">'
        '<wpt lat="31.1" lon="-4.8"><name>A</name></wpt>'
        '<trk><trkseg><trkpt lat="31.0" lon="-4.0"/></trkseg></trk>'
        '<rte><rtept lat="31.0" lon="-4.9"/><rtept lat="31.2" lon="-4.9"/></rte></gpx>'
    )
    route = read_roadbook(path).route
    assert route is not None and route.lat.tolist() == [31.0, 31.2]
