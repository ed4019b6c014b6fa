"""FIT tracks: GPSBabel's reference files against the GPX GPSBabel wrote from them."""

from __future__ import annotations

import struct
from pathlib import Path

import gpxpy
import numpy as np
import pytest

from navapp.cli import main
from navapp.io.errors import InputError
from navapp.io.fit import read_fit
from navapp.io.gpxtrack import load_track
from navapp.io.registry import (
    read_drive,
    read_roadbook,
    read_track,
    read_track_file,
    track_format,
)
from tests.conftest import DATA

SAMPLE = DATA / "gpsbabel_fit-sample.fit"
COURSE = DATA / "gpsbabel_fitwrite-track.fit"


@pytest.mark.parametrize("name", ["fit-sample", "fitwrite-track"])
def test_points_equal_the_gpx_twin(name: str) -> None:
    fit = read_track(DATA / f"gpsbabel_{name}.fit")
    twin = load_track(DATA / f"gpsbabel_{name}.gpx")
    assert len(fit) == len(twin) > 60
    # The twin prints 9 decimals: 1e-6 degrees is 0.1 m.
    np.testing.assert_allclose(fit.lat, twin.lat, atol=1e-6, rtol=0)
    np.testing.assert_allclose(fit.lon, twin.lon, atol=1e-6, rtol=0)
    # fitwrite-track.fit was written from its GPX, whose sub-second times FIT cannot hold,
    # and whose last 12 points have no time (the writer made some up).
    timed = np.isfinite(twin.time)
    assert timed.sum() >= 52 and np.isfinite(fit.time).all()
    np.testing.assert_array_equal(fit.time[timed], np.floor(twin.time[timed]))
    np.testing.assert_allclose(fit.ele, twin.ele, atol=1e-3, rtol=0)
    assert fit.speed is not None
    if twin.speed is not None:  # GPSBabel writes speed for fit-sample (m/s; read as km/h)
        np.testing.assert_allclose(fit.speed, twin.speed, atol=1e-4, rtol=0)
    assert track_format(DATA / f"gpsbabel_{name}.fit") == "fit"


def test_speed_is_in_kmh() -> None:
    track = read_fit(SAMPLE)
    assert track.speed is not None
    # The first record says 1.24 m/s.
    assert track.speed[0] == pytest.approx(1.24 * 3.6, abs=1e-9)


def test_records_without_position_are_skipped_with_a_warning() -> None:
    track = read_fit(SAMPLE)
    assert len(track) == 533  # 540 records, 7 without a position
    assert track.warnings == (f"{SAMPLE}: 7 records without a position skipped",)
    assert read_fit(COURSE).warnings == ()


def test_a_truncated_file_gives_the_records_before_the_cut(tmp_path: Path) -> None:
    cut = tmp_path / "cut.fit"
    cut.write_bytes(SAMPLE.read_bytes()[:9000])
    track = read_track(cut)
    whole = read_fit(SAMPLE)
    assert 200 < len(track) < len(whole)
    np.testing.assert_array_equal(track.lat, whole.lat[: len(track)])
    assert f"{cut}: the file ends early; read {len(track)} points" in track.warnings


def test_a_bad_checksum_keeps_the_records_with_a_warning(tmp_path: Path) -> None:
    data = bytearray(SAMPLE.read_bytes())
    data[-1] ^= 0xFF
    bad = tmp_path / "bad.fit"
    bad.write_bytes(bytes(data))
    track = read_track(bad)
    assert len(track) == 533
    assert f"{bad}: bad checksum; read 533 points" in track.warnings


def test_damage_in_the_middle_keeps_what_comes_before(tmp_path: Path) -> None:
    data = bytearray(SAMPLE.read_bytes())
    data[8000:8400] = bytes(range(200)) * 2
    bad = tmp_path / "bad.fit"
    bad.write_bytes(bytes(data))
    track = read_track(bad)
    assert 0 < len(track) < 533
    assert any("read" in w and "points" in w for w in track.warnings)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"garbage garbage garbage\n", "not a FIT file"),
        (b"\x0e\x10\x00\x00\x00\x00\x00\x00.FIT\x00\x00", "the file ends early"),
        (b"\x0e\x10\x00\x00\x10\x00\x00\x00.FIT\x00\x00\x40\x00", "no positioned record"),
    ],
)
def test_bad_files_give_a_one_line_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.fit"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_track(path)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_drive_and_track_file_read_fit() -> None:
    drive = read_drive(COURSE)
    assert len(drive.fixes) == 64 and all(f.valid for f in drive.fixes)
    assert drive.fixes[0].speed_kmh == 0.0
    # A course's course points are its named waypoints, as the GPX it was written from has.
    course = read_track_file(COURSE)
    twin = gpxpy.parse((DATA / "gpsbabel_fitwrite-track.gpx").read_text("utf-8"))
    want = sorted((w.name, w.latitude, w.longitude) for w in twin.waypoints)
    got = sorted((name, lat, lon) for lat, lon, name in course.waypoints)
    assert len(got) == len(want) == 12
    for (gname, glat, glon), (wname, wlat, wlon) in zip(got, want, strict=True):
        # The twin prints 6 decimals: 1e-6 degrees is 0.1 m.
        assert gname == wname and glat == pytest.approx(wlat, abs=2e-6)
        assert glon == pytest.approx(wlon, abs=2e-6)
    assert len(course.track) == 64
    # An activity has none.
    assert read_track_file(SAMPLE).waypoints == ()


def test_generate_uses_course_points(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "course.gpx"
    assert main(["generate", str(COURSE), "-o", str(out)]) == 0
    names = {b.name for b in read_roadbook(out).boxes}
    assert {"Left", "Right", "rechts", "links", "destro"} <= names


def test_timer_pauses_start_segments() -> None:
    # The Edge 800 was stopped and restarted 7 times (timer stop_all, then start): each
    # restart begins a segment at the first record after it.
    track = read_track(DATA / "gpsbabel_garmin-edge-800.fit")
    assert track.segment_starts.tolist() == [0, 47, 485, 498, 694, 698, 730, 733]
    # An activity never paused stays one segment.
    assert read_track(SAMPLE).segment_starts.tolist() == [0]


def test_generate_from_a_fit_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "stage.gpx"
    assert main(["generate", str(SAMPLE), "-o", str(out)]) == 0
    assert main(["review", str(out), str(SAMPLE)]) == 0
    text = capsys.readouterr()
    assert "9.96 km" in text.out
    assert "7 records without a position skipped" in text.err


def _fit(created: int, records: list[tuple[int, int, int, int]]) -> bytes:
    """A minimal FIT file: a file_id with its creation time, then records of
    (timestamp, lat, lon in semicircles, speed in mm/s), all in FIT's own encoding."""
    from fitdecode.utils import compute_crc

    def definition(local: int, global_id: int, fields: list[tuple[int, int, int]]) -> bytes:
        head = struct.pack("<BBBHB", 0x40 | local, 0, 0, global_id, len(fields))
        return head + b"".join(struct.pack("<BBB", *f) for f in fields)

    body = definition(0, 0, [(4, 4, 0x86)]) + struct.pack("<BI", 0, created)
    body += definition(1, 20, [(253, 4, 0x86), (0, 4, 0x85), (1, 4, 0x85), (6, 2, 0x84)])
    for stamp, lat, lon, speed in records:
        body += struct.pack("<BIiiH", 1, stamp, lat, lon, speed)
    header = struct.pack("<BBHI4s", 14, 0x10, 2132, len(body), b".FIT")
    header += struct.pack("<H", compute_crc(header))
    data = header + body
    return data + struct.pack("<H", compute_crc(data))


FIT_EPOCH = 631065600  # 1989-12-31T00:00:00Z, FIT's time zero


def test_generated_file_with_a_record_without_position(tmp_path: Path) -> None:
    semis = 2**31 / 180
    path = tmp_path / "gen.fit"
    path.write_bytes(
        _fit(
            1_000_000_000,
            [
                (1_000_000_010, round(45.5 * semis), round(-5.25 * semis), 10_000),
                (1_000_000_011, 0x7FFFFFFF, 0x7FFFFFFF, 10_000),  # FIT's "no value"
                (1_000_000_012, round(45.6 * semis), round(-5.5 * semis), 0xFFFF),
            ],
        )
    )
    track = read_track(path)
    np.testing.assert_allclose(track.lat, [45.5, 45.6], atol=1e-7, rtol=0)
    np.testing.assert_allclose(track.lon, [-5.25, -5.5], atol=1e-7, rtol=0)
    np.testing.assert_array_equal(
        track.time, [FIT_EPOCH + 1_000_000_010, FIT_EPOCH + 1_000_000_012]
    )
    assert track.speed is not None
    assert track.speed[0] == pytest.approx(36.0) and np.isnan(track.speed[1])
    assert track.warnings == (f"{path}: 1 records without a position skipped",)


def test_times_since_power_on_are_dated_by_the_file_creation(tmp_path: Path) -> None:
    # An action camera stamps records in seconds since power-on (values below 0x10000000).
    path = tmp_path / "camera.fit"
    path.write_bytes(_fit(900_000_000, [(67, 0, 0, 0), (68, 1000, 1000, 0)]))
    track = read_track(path)
    np.testing.assert_array_equal(track.time, [FIT_EPOCH + 900_000_067, FIT_EPOCH + 900_000_068])
