"""The streaming GPX track loader and the track writer, on real and hostile files."""

from __future__ import annotations

import codecs
import math
import re
import time
from datetime import UTC, datetime
from pathlib import Path

import gpxpy
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from navapp.core.model import Track
from navapp.io import gpxtrack, gpxwrite
from navapp.io.errors import InputError
from navapp.io.gpxtrack import load_track
from navapp.io.gpxwrite import write_track

DATA = Path(__file__).parents[2] / "data"
SCHEMA = DATA / "schemas" / "gpx.xsd"

GPX11_HEAD = '<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" creator="test">'


def _gpxpy(path: Path) -> gpxpy.gpx.GPX:
    with path.open(encoding="utf-8-sig") as fh:
        return gpxpy.parse(fh)


def _gpxpy_points(path: Path) -> list[gpxpy.gpx.GPXTrackPoint]:
    """The points load_track should read, as gpxpy sees them: tracks, else routes."""
    gpx = _gpxpy(path)
    points = [p for t in gpx.tracks for s in t.segments for p in s.points]
    return points or [p for r in gpx.routes for p in r.points]


def _epoch(p: gpxpy.gpx.GPXTrackPoint) -> float:
    if p.time is None:
        return math.nan
    t = p.time if p.time.tzinfo else p.time.replace(tzinfo=UTC)
    return t.timestamp()


def _write(tmp_path: Path, body: str, name: str = "t.gpx") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def _write_bytes(tmp_path: Path, body: bytes, name: str = "t.gpx") -> Path:
    path = tmp_path / name
    path.write_bytes(body)
    return path


def _gpx(points: str) -> str:
    return f'<?xml version="1.0"?>\n{GPX11_HEAD}\n<trk><trkseg>\n{points}\n</trkseg></trk></gpx>\n'


# --- real sample files --------------------------------------------------------------------

WITH_POINTS = [
    "gpxpy_around-visnjan-with-car.gpx",
    "gpxpy_cerknicko-without-times.gpx",
    "gpxpy_gpx-with-node-with-comments.gpx",
    "gpxpy_gpx1.0_with_all_fields.gpx",
    "gpxpy_korita-zbevnica.gpx",
    "gpxpy_route.gpx",
    "gpxpy_track-with-empty-segment.gpx",
    "gpxpy_track-with-less-sec-time.gpx",
]


@pytest.mark.parametrize("name", WITH_POINTS)
def test_sample_matches_gpxpy(name: str) -> None:
    path = DATA / name
    expected = _gpxpy_points(path)
    track = load_track(path)
    assert len(track) == len(expected) > 0
    np.testing.assert_allclose(track.lat, [p.latitude for p in expected], rtol=0, atol=1e-9)
    np.testing.assert_allclose(track.lon, [p.longitude for p in expected], rtol=0, atol=1e-9)
    ele = [math.nan if p.elevation is None else p.elevation for p in expected]
    np.testing.assert_allclose(track.ele, ele, rtol=0, atol=1e-9)
    np.testing.assert_allclose(track.time, [_epoch(p) for p in expected], rtol=0, atol=1e-6)
    for column in (track.time, track.lat, track.lon, track.ele):
        assert column.dtype == np.float64 and column.shape == (len(expected),)


@pytest.mark.parametrize("name", ["gpxpy_korita-zbevnica.gpx", "gpxpy_cerknicko-without-times.gpx"])
def test_segments_are_the_non_empty_trksegs(name: str) -> None:
    path = DATA / name
    sizes = [len(s.points) for t in _gpxpy(path).tracks for s in t.segments if s.points]
    assert len(sizes) < sum(len(t.segments) for t in _gpxpy(path).tracks)  # some are empty
    track = load_track(path)
    assert track.segment_starts.tolist() == np.cumsum([0, *sizes[:-1]]).tolist()
    assert track.segment_starts.dtype == np.int64


def test_empty_segment_is_ignored() -> None:
    track = load_track(DATA / "gpxpy_track-with-empty-segment.gpx")
    assert len(track) == 9
    assert track.segment_starts.tolist() == [0]
    assert track.name == "2013-07-06T14:59:00Z"


def test_sub_second_times_with_offset() -> None:
    track = load_track(DATA / "gpxpy_track-with-less-sec-time.gpx")
    start = datetime(2015, 12, 11, 14, 43, 13, tzinfo=UTC).timestamp()
    np.testing.assert_allclose(track.time, [start, start + 0.994], rtol=0, atol=1e-6)


def test_gpx10_all_fields_track_wins_over_routes_and_naive_time_is_utc() -> None:
    track = load_track(DATA / "gpxpy_gpx1.0_with_all_fields.gpx")
    assert len(track) == 1  # the five route points are not used when there is a track
    assert track.lat[0] == pytest.approx(10.1) and track.lon[0] == pytest.approx(-20.2)
    assert track.ele[0] == pytest.approx(11.1)
    assert track.time[0] == datetime(2013, 1, 1, 12, 0, 4, tzinfo=UTC).timestamp()
    assert track.speed is None  # the file has no <speed>
    assert track.segment_starts.tolist() == [0]


def test_route_only_file_gives_route_points() -> None:
    track = load_track(DATA / "gpxpy_route.gpx")
    assert len(track) == 55
    assert not track.has_time
    assert np.isnan(track.ele).all()


def test_partly_timed_track_has_nan_times() -> None:
    track = load_track(DATA / "gpxpy_cerknicko-without-times.gpx")
    timed = np.isfinite(track.time)
    assert 0 < timed.sum() < len(track)
    assert timed.sum() == sum(
        p.time is not None for p in _gpxpy_points(DATA / "gpxpy_cerknicko-without-times.gpx")
    )


def test_cold_start_logger_points_without_a_fix_are_flagged() -> None:
    path = DATA / "gpsbabel_mtk_logger_cold_start.gpx"
    text = path.read_text("utf-8")
    # `grep -c "<fix>none</fix>"` gives 15: one is the first <wpt>, 14 are track points.
    assert text.count("<fix>none</fix>") == 15
    points = re.findall(r"<trkpt\b.*?</trkpt>", text, flags=re.S)
    no_fix = [i for i, p in enumerate(points) if "<fix>none</fix>" in p]
    assert len(no_fix) == 14
    track = load_track(path)
    assert len(track) == len(points) == 817
    assert track.valid is not None
    assert np.flatnonzero(~track.valid).tolist() == no_fix
    fixes = list(track.fixes())
    assert [i for i, f in enumerate(fixes) if not f.valid] == no_fix


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_fix_values(tmp_path: Path, version: str) -> None:
    ns = f"http://www.topografix.com/GPX/{version.replace('.', '/')}"
    values = ["none", "2d", "3d", "dgps", "pps", " none ", ""]
    pts = "".join(f'<trkpt lat="1" lon="{i}"><fix>{v}</fix></trkpt>' for i, v in enumerate(values))
    body = f'<gpx xmlns="{ns}" version="{version}"><trk><trkseg>{pts}</trkseg></trk></gpx>'
    track = load_track(_write(tmp_path, body))
    assert track.valid is not None
    assert track.valid.tolist() == [False, True, True, True, True, False, True]


def test_every_point_with_a_fix_gives_no_valid_array() -> None:
    assert load_track(DATA / "gpxpy_korita-zbevnica.gpx").valid is None


def test_no_fix_marks_survive_writing(tmp_path: Path) -> None:
    track = _random_track(50)
    valid = np.ones(50, dtype=bool)
    valid[[0, 7, 49]] = False
    flagged = Track(
        track.time,
        track.lat,
        track.lon,
        track.ele,
        track.speed,
        track.segment_starts,
        track.name,
        valid=valid,
    )
    write_track(flagged, tmp_path / "f.gpx")
    got = load_track(tmp_path / "f.gpx")
    assert got.valid is not None and got.valid.tolist() == valid.tolist()
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(etree.parse(str(tmp_path / "f.gpx"))), schema.error_log


@pytest.mark.parametrize(
    "name",
    [
        "gpxpy_unicode_with_bom_noencoding.gpx",
        "gpxpy_gpx1.1_with_extensions_without_namespaces.gpx",
    ],
)
def test_files_with_only_waypoints_parse_but_have_no_points(name: str) -> None:
    with pytest.raises(InputError, match="no track points") as err:
        load_track(DATA / name)
    assert err.value.line is None


# --- encodings, times, speed ----------------------------------------------------------------

POINTS = (
    '<trkpt lat="45.5" lon="13.25"><ele>100.5</ele><time>2024-05-01T10:00:00Z</time></trkpt>\n'
    '<trkpt lat="-45.5" lon="-13.25"><time>2024-05-01T10:00:01.5Z</time></trkpt>\n'
    '<trkpt lat="0" lon="180"><ele>-3</ele></trkpt>'
)


def _check_points(track: Track) -> None:
    t0 = datetime(2024, 5, 1, 10, tzinfo=UTC).timestamp()
    np.testing.assert_array_equal(track.lat, [45.5, -45.5, 0.0])
    np.testing.assert_array_equal(track.lon, [13.25, -13.25, 180.0])
    np.testing.assert_array_equal(track.ele, [100.5, np.nan, -3.0])
    np.testing.assert_allclose(track.time, [t0, t0 + 1.5, np.nan], rtol=0, atol=1e-6)


def test_bom_without_encoding(tmp_path: Path) -> None:
    path = tmp_path / "bom.gpx"
    path.write_bytes(codecs.BOM_UTF8 + _gpx(POINTS).encode())
    _check_points(load_track(path))


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16(tmp_path: Path, codec: str) -> None:
    text = _gpx(POINTS).replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    data = text.encode(codec)
    if codec != "utf-16":  # the plain codec writes a BOM itself
        data = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + data
    path = tmp_path / "u16.gpx"
    path.write_bytes(data)
    _check_points(load_track(path))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01T10:00:00Z", "2024-05-01T10:00:00+00:00"),
        ("2024-05-01T11:00:00+01:00", "2024-05-01T10:00:00+00:00"),
        ("2024-05-01T05:30:00-04:30", "2024-05-01T10:00:00+00:00"),
        ("2024-05-01T10:00:00", "2024-05-01T10:00:00+00:00"),
        ("2024-05-01T10:00:00.5Z", "2024-05-01T10:00:00.500000+00:00"),
        ("2024-05-01T10:00:00.123456Z", "2024-05-01T10:00:00.123456+00:00"),
        ("2024-05-01T11:00:00.123+01:00", "2024-05-01T10:00:00.123000+00:00"),
        (" 2024-05-01T10:00:00Z\n", "2024-05-01T10:00:00+00:00"),
    ],
)
def test_time_forms(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, _gpx(f'<trkpt lat="1" lon="2"><time>{text}</time></trkpt>'))
    want = datetime.fromisoformat(expected).timestamp()
    assert load_track(path).time[0] == pytest.approx(want, abs=1e-6)


def test_offsets_and_z_give_the_same_epoch(tmp_path: Path) -> None:
    z = [f"2024-05-01T{h:02d}:00:00Z" for h in range(10, 14)]
    off = [f"2024-05-01T{h + 1:02d}:00:00+01:00" for h in range(10, 14)]
    tracks = []
    for times in (z, off):
        body = "\n".join(f'<trkpt lat="1" lon="2"><time>{t}</time></trkpt>' for t in times)
        tracks.append(load_track(_write(tmp_path, _gpx(body))))
    np.testing.assert_array_equal(tracks[0].time, tracks[1].time)
    assert tracks[0].time[0] == datetime(2024, 5, 1, 10, tzinfo=UTC).timestamp()


def test_gpx10_speed_and_extension_speed_in_kmh(tmp_path: Path) -> None:
    gpx10 = (
        '<gpx xmlns="http://www.topografix.com/GPX/1/0" version="1.0"><trk><trkseg>'
        '<trkpt lat="1" lon="2"><speed>10</speed></trkpt>'
        '<trkpt lat="1" lon="2"></trkpt>'
        "</trkseg></trk></gpx>"
    )
    track = load_track(_write(tmp_path, gpx10, "a.gpx"))
    assert track.speed is not None
    np.testing.assert_allclose(track.speed, [36.0, np.nan])
    tpx = (
        '<gpx xmlns="http://www.topografix.com/GPX/1/1" '
        'xmlns:x="http://www.garmin.com/xmlschemas/TrackPointExtension/v2"><trk><trkseg>'
        '<trkpt lat="1" lon="2"><extensions><x:TrackPointExtension><x:hr>120</x:hr>'
        "<x:speed>5.5</x:speed></x:TrackPointExtension></extensions></trkpt>"
        "</trkseg></trk></gpx>"
    )
    track = load_track(_write(tmp_path, tpx, "b.gpx"))
    assert track.speed is not None
    assert track.speed[0] == pytest.approx(19.8)


def test_no_namespace_and_several_tracks(tmp_path: Path) -> None:
    body = (
        "<gpx><trk><name>first</name><trkseg><trkpt lat='1' lon='1'/><trkpt lat='2' lon='2'/>"
        "</trkseg><trkseg/></trk><trk><trkseg><trkpt lat='3' lon='3'/></trkseg>"
        "<trkseg><trkpt lat='4' lon='4'/></trkseg></trk></gpx>"
    )
    track = load_track(_write(tmp_path, body))
    np.testing.assert_array_equal(track.lat, [1, 2, 3, 4])
    assert track.segment_starts.tolist() == [0, 2, 3]
    assert track.name == "first"
    assert track.speed is None


def test_batches_and_chunks_keep_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tiny blocks and time chunks so that points, segments and times cross every boundary.
    monkeypatch.setattr(gpxtrack, "_FEED_BYTES", 700)
    monkeypatch.setattr(gpxtrack, "_TIME_CHUNK", 37)
    track = _random_track(2_000, segments=[0, 1, 500, 1_337], seed=3)
    path = tmp_path / "big.gpx"
    write_track(track, path)
    _assert_same(load_track(path), track)


# --- bad and hostile input -------------------------------------------------------------------


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_track(tmp_path / "nope.gpx")
    with pytest.raises(InputError, match="folder"):
        load_track(tmp_path)


@pytest.mark.parametrize(
    ("body", "message", "line"),
    [
        ("", "file is empty", None),
        ("this is not XML\n", "not valid XML", 1),
        ('<?xml version="1.0"?>\n<kml><Placemark/></kml>', "not a GPX file", 1),
        ("<gpx>\n<trk>\n<trkseg>\n<trkpt lat='1' lon='2'>\n", "not valid XML", None),
        ("<gpx>\n<wpt lat='1' lon='2'/>\n</gpx>", "no track points", None),
    ],
)
def test_bad_documents(tmp_path: Path, body: str, message: str, line: int | None) -> None:
    with pytest.raises(InputError, match=message) as err:
        load_track(_write(tmp_path, body))
    if line is not None:
        assert err.value.line == line


def test_truncated_file_names_a_line(tmp_path: Path) -> None:
    # A cut-off file used to be refused as "not valid XML"; it is now read up to its last
    # complete point, and the warning still names the line where the file ends.
    track = _random_track(3_000, seed=1, segments=[0, 1_000])
    path = tmp_path / "full.gpx"
    write_track(track, path)
    data = path.read_bytes()
    cut = tmp_path / "cut.gpx"
    kept = data[: len(data) // 2]
    cut.write_bytes(kept)
    got = load_track(cut)
    whole = kept.count(b"</trkpt>")
    assert 1_000 < whole < 3_000
    _assert_same_prefix(got, track, whole)
    assert got.segment_starts.tolist() == [0, 1_000]
    line = kept.rstrip().count(b"\n") + 1
    assert got.warnings == (f"{cut}:{line}: the file ends early; read {whole} points",)


# --- files cut off: a logger that lost power ---------------------------------------------------


def _assert_same_prefix(got: Track, want: Track, n: int) -> None:
    assert len(got) == n
    np.testing.assert_allclose(got.lat, want.lat[:n], rtol=0, atol=1e-7)
    np.testing.assert_allclose(got.lon, want.lon[:n], rtol=0, atol=1e-7)
    np.testing.assert_allclose(got.time, want.time[:n], rtol=0, atol=1e-3)


def _complete_points(data: bytes, tag: str = "trkpt") -> int:
    text = data.decode("utf-8", errors="replace")
    return len(re.findall(rf"</{tag}\s*>|<{tag}\b[^<>]*/>", text))


@pytest.mark.parametrize(
    "name",
    [
        "gpxpy_korita-zbevnica.gpx",
        "gpsbabel_mtk_logger_cold_start.gpx",
        "gpxpy_around-visnjan-with-car.gpx",
    ],
)
def test_real_gpx_cut_mid_element_keeps_its_complete_points(tmp_path: Path, name: str) -> None:
    data = (DATA / name).read_bytes()
    full = load_track(DATA / name)
    cut = tmp_path / name
    for fraction in (0.31, 0.5, 0.77, 0.999):
        kept = data[: int(len(data) * fraction)]
        for padding in (b"", b"\x00" * 4096, b"\xff" * 512):
            cut.write_bytes(kept + padding)
            got = load_track(cut)
            n = _complete_points(kept)
            np.testing.assert_array_equal(got.lat, full.lat[:n])
            np.testing.assert_array_equal(got.time, full.time[:n])
            if full.valid is not None:
                assert got.valid is not None
                assert got.valid.tolist() == full.valid[:n].tolist()
            assert len(got.warnings) == 1
            assert got.warnings[0].endswith(f": the file ends early; read {n} points")


def test_every_cut_of_a_small_file_reads_its_whole_points(tmp_path: Path) -> None:
    track = _random_track(12, seed=3, segments=[0, 5])
    path = tmp_path / "small.gpx"
    write_track(track, path)
    data = path.read_bytes()
    first_point_end = data.index(b"</trkpt>") + len(b"</trkpt>")
    cut = tmp_path / "cut.gpx"
    for size in range(1, len(data)):
        kept = data[:size]
        cut.write_bytes(kept)
        if size < first_point_end:
            with pytest.raises(InputError, match="ends early, before its first complete point"):
                load_track(cut)
            continue
        got = load_track(cut)
        n = _complete_points(kept)
        _assert_same_prefix(got, track, n)
        if b"</gpx>" in kept:
            assert got.warnings == ()
        else:
            assert len(got.warnings) == 1, size


def test_long_padding_after_the_cut_is_dropped(tmp_path: Path) -> None:
    track = _random_track(2_000, seed=4)
    path = tmp_path / "t.gpx"
    write_track(track, path)
    data = path.read_bytes()
    kept = data[: len(data) * 2 // 3]
    # A FAT cluster's worth of zeros and more: longer than the tail the reader searches.
    path.write_bytes(kept + b"\x00" * 300_000)
    got = load_track(path)
    _assert_same_prefix(got, track, _complete_points(kept))
    # A whole file with padding after it reads whole and says nothing.
    path.write_bytes(data + b"\x00" * 70_000)
    assert len(load_track(path)) == 2_000 and load_track(path).warnings == ()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16"])
def test_cut_utf16_file(tmp_path: Path, codec: str) -> None:
    points = "\n".join(
        f'<trkpt lat="1.{i}" lon="2"><time>2024-05-01T10:00:0{i}Z</time></trkpt>' for i in range(6)
    )
    text = _gpx(points).replace(
        '<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{codec}"?>'
    )
    text = text.replace('encoding="utf-16-le"', 'encoding="UTF-16"').replace(
        'encoding="utf-16-be"', 'encoding="UTF-16"'
    )
    cut_at = text.index("<trkpt", text.index("1.4")) + 9
    path = tmp_path / "u.gpx"
    path.write_bytes(text[:cut_at].encode(codec))
    got = load_track(path)
    assert got.lat.tolist() == [1.0, 1.1, 1.2, 1.3, 1.4]
    assert got.warnings[0].endswith("the file ends early; read 5 points")


@pytest.mark.parametrize(
    ("tail", "message"),
    [
        (b"</trkseg></trk></gpx>\njunk", "not valid XML: Extra content"),
        (b"</trkseg></trx></gpx>\n", "not valid XML: Opening and ending tag mismatch"),
        (b"</trkseg></trk></gpx>\x01", "not valid XML"),
    ],
)
def test_damage_that_is_not_a_cut_is_still_an_error(
    tmp_path: Path, tail: bytes, message: str
) -> None:
    body = _gpx(POINTS).encode()
    body = body[: body.rindex(b"</trkseg>")] + tail
    with pytest.raises(InputError, match=message):
        load_track(_write_bytes(tmp_path, body))


def test_mismatched_tag_before_the_cut_is_an_error_not_a_cut(tmp_path: Path) -> None:
    body = _gpx(POINTS).replace("</trkpt>", "</trkpx>", 1).encode()
    with pytest.raises(InputError, match="mismatch"):
        load_track(_write_bytes(tmp_path, body[: len(body) // 2 + 20]))
    # The match above also finds this test's own name in the path; the message itself:
    # that cut ends just before the bad end tag, so no point in it is complete.
    with pytest.raises(InputError) as err:
        load_track(_write_bytes(tmp_path, body[: len(body) // 2 + 20], "cut.gpx"))
    assert "ends early, before its first complete point" in str(err.value)
    # Cut after the bad end tag and a whole point: the mismatch is the error.
    cut = body[: body.rindex(b"</trkpt>") + len(b"</trkpt>") + 5]
    with pytest.raises(InputError) as err:
        load_track(_write_bytes(tmp_path, cut, "cut.gpx"))
    assert "Opening and ending tag mismatch" in str(err.value)
    assert "ends early" not in str(err.value)


def test_cut_in_a_later_segment_keeps_only_whole_points(tmp_path: Path) -> None:
    point = '<trkpt lat="1" lon="{}"><ele>5</ele></trkpt>\n'
    body = (
        f"<gpx>\n<trk>\n<trkseg>\n{point.format(1)}{point.format(2)}</trkseg>\n"
        f"<trkseg>\n{point.format(3)}<trkpt lat='1' lon='4'><ele>5"
    )
    got = load_track(_write(tmp_path, body, "cut.gpx"))
    assert got.lon.tolist() == [1.0, 2.0, 3.0]
    assert got.segment_starts.tolist() == [0, 2]
    assert got.warnings == (f"{tmp_path / 'cut.gpx'}:9: the file ends early; read 3 points",)


def test_waypoint_cut_before_any_whole_item_is_not_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "<gpx>\n<wpt lat='1' lon='2'><name>W", "cut.gpx")
    assert gpxtrack.load_waypoints(path) == []
    with pytest.raises(InputError) as err:
        load_track(path)
    assert "ends early, before its first complete point" in str(err.value)


def test_waypoints_of_a_cut_file_are_the_whole_ones(tmp_path: Path) -> None:
    wpts = "".join(f'<wpt lat="1" lon="{i}"><name>W{i}</name></wpt>\n' for i in range(4))
    body = f"<gpx>\n{wpts}"
    path = _write(tmp_path, body[: body.rindex("</name>")])
    assert gpxtrack.load_waypoints(path) == [(1.0, 0.0, "W0"), (1.0, 1.0, "W1"), (1.0, 2.0, "W2")]


@pytest.mark.parametrize(
    ("point", "message"),
    [
        ('<trkpt lat="91" lon="2"/>', "out of range"),
        ('<trkpt lat="-90.000001" lon="2"/>', "out of range"),
        ('<trkpt lat="1" lon="180.5"/>', "out of range"),
        ('<trkpt lat="NaN" lon="2"/>', "out of range"),
        ('<trkpt lat="1" lon="inf"/>', "out of range"),
        ('<trkpt lat="north" lon="2"/>', "not a number"),
        ('<trkpt lon="2"/>', "without lat/lon"),
        ('<trkpt lat="1" lon="2"><ele>high</ele></trkpt>', "elevation 'high' is not a number"),
        ('<trkpt lat="1" lon="2"><time>yesterday</time></trkpt>', "bad time 'yesterday'"),
        ('<trkpt lat="1" lon="2"><time>2024-13-01T10:00:00Z</time></trkpt>', "bad time"),
        ('<trkpt lat="1" lon="2"><time>nowZ</time></trkpt>', "bad time"),
    ],
)
def test_bad_point_names_its_line(tmp_path: Path, point: str, message: str) -> None:
    good = '<trkpt lat="1" lon="2"><time>2024-05-01T10:00:00Z</time></trkpt>'
    body = _gpx(f"{good}\n{good}\n{point}\n{good}")
    bad_line = body.splitlines().index(point) + 1
    with pytest.raises(InputError, match=message) as err:
        load_track(_write(tmp_path, body))
    assert err.value.line == bad_line


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE gpx [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<gpx><trk><name>&lol9;</name><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>
"""


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    path = _write(tmp_path, BILLION_LAUGHS)
    start = time.perf_counter()
    with pytest.raises(InputError, match="DTDs and entities") as err:
        load_track(path)
    assert time.perf_counter() - start < 1.0
    assert err.value.line == 2


def test_external_doctype_is_refused_before_any_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_parser(*args: object, **kwargs: object) -> None:
        raise AssertionError("a parser was made for a file with a DOCTYPE")

    # check_prolog refuses the file before lxml (which would open the SYSTEM id) sees a byte.
    monkeypatch.setattr(etree, "XMLPullParser", no_parser)
    body = '<?xml version="1.0"?>\n<!DOCTYPE gpx SYSTEM "file:///etc/passwd">\n' + _gpx(POINTS)
    with pytest.raises(InputError, match="DTDs and entities") as err:
        load_track(_write(tmp_path, body))
    assert err.value.line == 2


def test_doctype_hidden_behind_a_long_comment_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.ent"
    secret.write_text("<!ENTITY s 'SECRET'>")
    body = (
        '<?xml version="1.0"?>\n<!--' + "x" * 70_000 + "-->\n"
        f'<!DOCTYPE gpx SYSTEM "{secret.as_uri()}">\n'
        "<gpx><trk><name>&s;</name><trkseg><trkpt lat='1' lon='2'/></trkseg></trk></gpx>"
    )
    with pytest.raises(InputError) as err:
        load_track(_write(tmp_path, body))
    assert "SECRET" not in str(err.value)


# --- writer ----------------------------------------------------------------------------------


def _random_track(
    n: int, *, segments: list[int] | None = None, seed: int = 0, speed: bool = True
) -> Track:
    rng = np.random.default_rng(seed)
    time_s = 1.7e9 + np.cumsum(rng.choice([0.1, 0.25, 1.0, 1.001, 7.0], n))
    time_s[rng.random(n) < 0.05] = np.nan
    ele = rng.normal(500, 400, n)
    ele[rng.random(n) < 0.05] = np.nan
    spd = np.abs(rng.normal(80, 40, n))
    spd[rng.random(n) < 0.05] = np.nan
    return Track(
        time=time_s,
        lat=rng.uniform(-90, 90, n),
        lon=rng.uniform(-180, 180, n),
        ele=ele,
        speed=spd if speed else None,
        segment_starts=np.array(segments or [0], dtype=np.int64),
        name="Étape 3 <SS> & co",
    )


def _assert_same(got: Track, want: Track) -> None:
    assert len(got) == len(want)
    np.testing.assert_allclose(got.lat, want.lat, rtol=0, atol=1e-7)
    np.testing.assert_allclose(got.lon, want.lon, rtol=0, atol=1e-7)
    np.testing.assert_allclose(got.time, want.time, rtol=0, atol=1e-3)
    np.testing.assert_allclose(got.ele, want.ele, rtol=0, atol=0.01)
    if want.speed is None or np.isnan(want.speed).all():
        assert got.speed is None
    else:
        assert got.speed is not None
        np.testing.assert_allclose(got.speed, want.speed, rtol=0, atol=0.01)
    assert got.segment_starts.tolist() == want.segment_starts.tolist()


@pytest.mark.parametrize("speed", [True, False])
def test_round_trip(tmp_path: Path, speed: bool) -> None:
    track = _random_track(5_000, segments=[0, 10, 11, 4_000], speed=speed)
    path = tmp_path / "rt.gpx"
    write_track(track, path)
    got = load_track(path)
    _assert_same(got, track)
    assert got.name == track.name


def test_written_file_is_valid_gpx11_read_alike_by_gpxpy(tmp_path: Path) -> None:
    track = _random_track(300, segments=[0, 100])
    path = tmp_path / "valid.gpx"
    write_track(track, path, name="Stage 1")
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    doc = etree.parse(str(path))
    assert schema.validate(doc), schema.error_log
    gpx = _gpxpy(path)
    assert [len(s.points) for s in gpx.tracks[0].segments] == [100, 200]
    assert gpx.tracks[0].name == "Stage 1"


def test_times_written_as_utc_milliseconds(tmp_path: Path) -> None:
    t0 = datetime(2024, 5, 1, 10, tzinfo=UTC).timestamp()
    z = np.zeros(3)
    track = Track(np.array([t0, t0 + 0.5, t0 + 1.0004]), z, z, np.full(3, np.nan))
    path = tmp_path / "t.gpx"
    write_track(track, path)
    text = path.read_text()
    assert "<time>2024-05-01T10:00:00Z</time>" in text
    assert "<time>2024-05-01T10:00:00.500Z</time>" in text
    assert "<time>2024-05-01T10:00:01Z</time>" in text
    assert "<ele>" not in text and "extensions" not in text


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "keep.gpx"
    path.write_text("old content")

    def broken(*args: object) -> object:
        yield "<trkpt"
        raise OSError("disk full")

    monkeypatch.setattr(gpxwrite, "format_points", broken)
    with pytest.raises(OSError, match="disk full"):
        write_track(_random_track(10), path)
    assert path.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.gpx"]


def test_write_refuses_points_without_position(tmp_path: Path) -> None:
    track = _random_track(3)
    track.lat[1] = np.nan
    with pytest.raises(ValueError, match="finite lat/lon"):
        write_track(track, tmp_path / "x.gpx")


_coord = st.floats(allow_nan=False, allow_infinity=False)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    points=st.lists(
        st.tuples(
            _coord.filter(lambda v: -90 <= v <= 90),
            _coord.filter(lambda v: -180 <= v <= 180),
            st.one_of(st.just(math.nan), st.floats(-500, 9000)),
            st.one_of(st.just(math.nan), st.floats(-2e9, 4e9)),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_round_trip_property(
    tmp_path: Path, points: list[tuple[float, float, float, float]]
) -> None:
    lat, lon, ele, tim = (np.array(c, dtype=np.float64) for c in zip(*points, strict=True))
    track = Track(tim, lat, lon, ele)
    path = tmp_path / "prop.gpx"
    write_track(track, path)
    _assert_same(load_track(path), track)


@pytest.mark.parametrize("path", sorted(DATA.glob("gpxpy_*.gpx")), ids=lambda p: p.name)
def test_waypoints_stream_like_gpxpy_reads_them(path: Path) -> None:
    from navapp.io.gpxtrack import load_waypoints

    parsed = gpxpy.parse(path.read_bytes().decode("utf-8-sig"))
    expected = [(w.latitude, w.longitude, (w.name or "").strip()) for w in parsed.waypoints]
    assert load_waypoints(path) == expected
