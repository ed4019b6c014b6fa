"""KML/KMZ and TCX tracks, checked point by point against GPSBabel's GPX twins."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from navapp.core.model import Track
from navapp.io.errors import InputError
from navapp.io.registry import (
    TRACK_EXTENSIONS,
    read_drive,
    read_track,
    read_track_file,
    track_format,
)

DATA = Path(__file__).parents[2] / "data"


def assert_same_points(got: Track, want: Track, ele_tol: float) -> None:
    assert len(got) == len(want)
    np.testing.assert_allclose(got.lat, want.lat, rtol=0, atol=1e-6)
    np.testing.assert_allclose(got.lon, want.lon, rtol=0, atol=1e-6)
    np.testing.assert_array_equal(got.time, want.time)
    np.testing.assert_allclose(got.ele, want.ele, rtol=0, atol=ele_tol)


def test_tcx_laps_are_segments_with_the_gpx_twins_points() -> None:
    path = DATA / "gpsbabel_bike.tcx"
    track = read_track(path)
    assert track_format(path) == "tcx"
    # GPSBabel's GPX of the same ride: elevation floats written with 6 decimals.
    twin = read_track(DATA / "gpsbabel_bike_loop.gpx")
    assert_same_points(track, twin, 1e-5)
    # Two laps, the second starting at its first trackpoint (line 12935 of the file).
    assert track.segment_starts.tolist() == [0, 901]
    # Garmin's ActivityExtension speed (m/s), as GPSBabel writes it into the GPX (<speed>).
    assert track.speed is not None
    np.testing.assert_allclose(track.speed, twin.speed, rtol=0, atol=1e-5)
    assert track.name == "2013-04-30T19:23:57.000Z"
    assert track.warnings == ()


def test_kml_gx_track_has_the_gpx_twins_points_and_times() -> None:
    track = read_track(DATA / "gpsbabel_gpx_garmin_extensions-kml_track.kml")
    # The GPX twin rounds elevation to millimetres; the KML keeps more digits.
    assert_same_points(track, read_track(DATA / "gpsbabel_gpx_garmin_extensions.gpx"), 5e-3)
    # GPSBabel draws the timed track again as a "Path" of lines: read once.
    assert track.segment_starts.tolist() == [0]


def test_kml_gx_track_skips_times_without_a_position() -> None:
    path = DATA / "gpsbabel_opentracks.kml"
    track = read_track(path)
    assert_same_points(track, read_track(DATA / "gpsbabel_opentracks_kml.gpx"), 5e-4)
    assert track.name == "Wurmlinger Kapelle"
    assert track.warnings == (f"{path}: skipped 2 track points without a position",)


def test_kml_linestrings_are_segments_without_times() -> None:
    track = read_track(DATA / "gpsbabel_segmented_tracks.kml")
    want = read_track(DATA / "gpsbabel_segmented_tracks.gpx")
    assert len(track) == len(want) == 46
    # The KML writes 6 decimals.
    np.testing.assert_allclose(track.lat, want.lat, rtol=0, atol=1e-6)
    np.testing.assert_allclose(track.lon, want.lon, rtol=0, atol=1e-6)
    assert track.segment_starts.tolist() == want.segment_starts.tolist()
    assert not track.has_time
    assert np.isnan(track.ele).all()


def test_kmz_reads_its_doc_kml(tmp_path: Path) -> None:
    kmz = tmp_path / "drive.kmz"
    with zipfile.ZipFile(kmz, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("files/readme.txt", "not the track")
        zf.write(DATA / "gpsbabel_gpx_garmin_extensions-kml_track.kml", "doc.kml")
    assert track_format(kmz) == "kml"
    kml = read_track(DATA / "gpsbabel_gpx_garmin_extensions-kml_track.kml")
    assert_same_points(read_track(kmz), kml, 0)
    # Content decides, whatever the name.
    renamed = tmp_path / "drive.bin"
    renamed.write_bytes(kmz.read_bytes())
    assert len(read_track(renamed)) == 8


def test_extensions_and_track_file_and_drive() -> None:
    assert {".kml", ".kmz", ".tcx"} <= set(TRACK_EXTENSIONS)
    track_file = read_track_file(DATA / "gpsbabel_bike.tcx")
    assert len(track_file.track) == 1812 and track_file.waypoints == ()
    drive = read_drive(DATA / "gpsbabel_opentracks.kml")
    assert [round(f.lat, 6) for f in drive.fixes] == [48.503537, 48.503623]
    assert len(drive.warnings) == 1


def _one_line(err: pytest.ExceptionInfo[InputError]) -> str:
    text = str(err.value)
    assert "\n" not in text and "Traceback" not in text
    return text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.tcx", b"", "file is empty"),
        ("empty.kml", b"", "file is empty"),
        ("notxml.tcx", b"this is no XML at all", "not valid XML"),
        ("cut.tcx", b"<TrainingCenterDatabase><Activities><Activ", "the file ends early"),
        ("bad.kml", b"<kml><Placemark></Document></kml>", "not valid XML"),
        ("other.kml", b"<gpxx/>", "not a KML file"),
        (
            "entity.kml",
            b'<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaa">]><kml>&a;</kml>',
            "DTDs and entities are not allowed",
        ),
        (
            "entity.tcx",
            b'<!DOCTYPE TrainingCenterDatabase [<!ENTITY a SYSTEM "file:///etc/passwd">]>'
            b"<TrainingCenterDatabase>&a;</TrainingCenterDatabase>",
            "DTDs and entities are not allowed",
        ),
        ("nothing.kml", b"<kml><Document/></kml>", "no track in this KML"),
        ("nothing.tcx", b"<TrainingCenterDatabase/>", "no trackpoints in this TCX"),
        ("badzip.kmz", b"PK\x03\x04 this is not really a zip", "not a readable KMZ"),
        (
            "badcoord.kml",
            b"<kml><Placemark><LineString><coordinates>1,x</coordinates></LineString>"
            b"</Placemark></kml>",
            "bad number 'x'",
        ),
        (
            "range.kml",
            b"<kml><Placemark><LineString><coordinates>1,95</coordinates></LineString>"
            b"</Placemark></kml>",
            "position out of range",
        ),
    ],
)
def test_damaged_files_give_one_line(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_track(path)
    assert message in _one_line(err)


def test_kmz_without_kml_and_zip_bomb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty.kmz"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("image.png", b"\x89PNG")
    with pytest.raises(InputError) as err:
        read_track(empty)
    assert "holds no .kml" in _one_line(err)
    bomb = tmp_path / "bomb.kmz"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("doc.kml", b"<kml>" + b" " * 100_000 + b"</kml>")
    assert bomb.stat().st_size < 2_000
    from navapp.io import xmltracks

    monkeypatch.setattr(xmltracks, "KMZ_MAX_BYTES", 50_000)
    with pytest.raises(InputError) as err:
        read_track(bomb)
    assert "too large" in _one_line(err)


@pytest.mark.parametrize(
    ("name", "marker", "nth"),
    [
        ("gpsbabel_bike.tcx", b"<Trackpoint>", 1000),
        ("gpsbabel_gpx_garmin_extensions-kml_track.kml", b"<gx:coord>", 5),
    ],
)
def test_a_cut_off_file_keeps_its_whole_points(
    tmp_path: Path, name: str, marker: bytes, nth: int
) -> None:
    whole = read_track(DATA / name)
    data = (DATA / name).read_bytes()
    at = -1
    for _ in range(nth):
        at = data.index(marker, at + 1)
    cut = tmp_path / name
    cut.write_bytes(data[: at + len(marker) + 5])
    track = read_track(cut)
    assert 0 < len(track) < len(whole)
    n = len(track)
    np.testing.assert_array_equal(track.lat, whole.lat[:n])
    np.testing.assert_array_equal(track.time, whole.time[:n])
    assert f"the file ends early; read {n} points" in track.warnings[0]
    assert track.warnings[0].startswith(f"{cut}:")


def test_a_cut_off_linestring_keeps_its_whole_coordinates(tmp_path: Path) -> None:
    cut = tmp_path / "cut.kml"
    cut.write_bytes(b"<kml><Placemark><LineString><coordinates>\n1.5,2.5,3\n1.6,2.6,4\n1.7,2.")
    track = read_track(cut)
    assert track.lat.tolist() == [2.5, 2.6] and track.ele.tolist() == [3.0, 4.0]
    assert "the file ends early; read 2 points" in track.warnings[0]


def test_cli_generates_simulates_and_reviews_a_tcx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from navapp.cli import main

    roadbook = tmp_path / "bike.gpx"
    assert main(["generate", str(DATA / "gpsbabel_bike.tcx"), "-o", str(roadbook)]) == 0
    assert "13 boxes, 9.78 km" in capsys.readouterr().out
    assert main(["simulate", str(roadbook), str(DATA / "gpsbabel_bike.tcx")]) == 0
    assert "final: trip 9.80 km, box 13, 2 validated, 0 missed" in capsys.readouterr().out
    # The TCX (with its speeds) and its GPX twin review alike.
    assert main(["review", str(roadbook), str(DATA / "gpsbabel_bike.tcx"), "--json"]) == 0
    tcx = json.loads(capsys.readouterr().out)
    assert main(["review", str(roadbook), str(DATA / "gpsbabel_bike_loop.gpx"), "--json"]) == 0
    gpx = json.loads(capsys.readouterr().out)
    assert tcx == gpx


def test_an_impossible_position_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "nan.tcx"
    path.write_bytes(
        b"<TrainingCenterDatabase><Courses><Course><Track>\n<Trackpoint><Position>"
        b"<LatitudeDegrees>1</LatitudeDegrees><LongitudeDegrees>2</LongitudeDegrees>"
        b"</Position></Trackpoint>\n<Trackpoint><Position><LatitudeDegrees>nan</LatitudeDegrees>"
        b"<LongitudeDegrees>2</LongitudeDegrees></Position></Trackpoint>\n"
        b"</Track></Course></Courses></TrainingCenterDatabase>"
    )
    with pytest.raises(InputError) as err:
        read_track(path)
    assert _one_line(err) == f"{path}:3: position out of range: nan, 2.0"
