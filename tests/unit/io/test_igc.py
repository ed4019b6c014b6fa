"""IGC flight logs: GPSBabel's reference files against the GPX GPSBabel wrote from them, and
generated logs whose right answers are known by construction."""

from __future__ import annotations

from calendar import timegm
from pathlib import Path

import numpy as np
import pytest

from navapp.io.errors import InputError
from navapp.io.gpxtrack import load_track
from navapp.io.igc import is_igc, read_igc
from navapp.io.registry import read_drive, read_track, track_format
from tests.conftest import DATA


def _gnss_track(twin: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """lat, lon, time, ele of the twin's last track (GNSSALTTRK)."""
    t = load_track(twin)
    i = int(t.segment_starts[-1])
    return t.lat[i:], t.lon[i:], t.time[i:], t.ele[i:]


@pytest.mark.parametrize("name", ["igc1", "igc2"])
def test_points_equal_the_gpx_twin(name: str) -> None:
    igc = read_track(DATA / f"gpsbabel_{name}.igc")
    lat, lon, time, ele = _gnss_track(DATA / f"gpsbabel_{name}.gpx")
    assert len(igc) == len(lat) > 5
    np.testing.assert_allclose(igc.lat, lat, atol=1e-9, rtol=0)
    np.testing.assert_allclose(igc.lon, lon, atol=1e-9, rtol=0)
    np.testing.assert_array_equal(igc.time, time)
    np.testing.assert_array_equal(igc.ele, ele)  # NaN for igc1: its logger wrote no altitude
    assert igc.speed is None and igc.valid is None and igc.warnings == ()
    assert track_format(DATA / f"gpsbabel_{name}.igc") == "igc"


def test_a_time_going_back_is_the_next_day() -> None:
    # The specification's example goes from 16:03:10 back to 16:02:48: GPSBabel reads the
    # next day, as navapp does for a flight across midnight.
    igc = read_igc(DATA / "gpsbabel_igc2.igc")
    assert igc.time[7] - igc.time[6] == 86400 - 22


def _b(
    hms: str, lat: str, lon: str, v: str = "A", press: str = "00100", gnss: str = "00120"
) -> str:
    return f"B{hms}{lat}{lon}{v}{press}{gnss}\n"


def test_no_fix_records_and_midnight_rollover(tmp_path: Path) -> None:
    path = tmp_path / "night.igc"
    path.write_text(
        "AXXX001\nHFDTEDATE:311223,01\nHFPLTPILOTINCHARGE:Test\n"
        + _b("235958", "4530000N", "00515000E")
        + _b("235959", "4530000N", "00515000E", "V")
        + _b("000001", "4530500S", "00515500W", press="-0012", gnss="00000")
        + "LXXX a comment\n"
        + _b("000002", "4531000N", "00516000E"),
    )
    track = read_igc(path)
    day = timegm((2023, 12, 31, 0, 0, 0))
    np.testing.assert_array_equal(track.time, [day + 86398, day + 86399, day + 86401, day + 86402])
    np.testing.assert_allclose(
        track.lat, [45.5, 45.5, -(45 + 30.5 / 60), 45 + 31 / 60], atol=1e-12, rtol=0
    )
    np.testing.assert_allclose(
        track.lon, [5.25, 5.25, -(5 + 15.5 / 60), 5 + 16 / 60], atol=1e-12, rtol=0
    )
    np.testing.assert_array_equal(track.ele, [120, 120, 0, 120])
    assert track.valid is not None and track.valid.tolist() == [True, False, True, True]
    fixes = read_drive(path).fixes
    assert [f.valid for f in fixes] == [True, False, True, True]


def test_short_date_header_and_pressure_altitude_only(tmp_path: Path) -> None:
    path = tmp_path / "baro.igc"
    path.write_text(
        "AXXX001\nHFDTE010203\n"
        + _b("120000", "4530000N", "00515000E", gnss="00000")
        + _b("120005", "4530000N", "00515000E", press="-0005", gnss="00000")
    )
    track = read_igc(path)
    assert track.time[0] == timegm((2003, 2, 1, 12, 0, 0))
    np.testing.assert_array_equal(track.ele, [100, -5])


def test_unreadable_fixes_and_missing_date_are_warned(tmp_path: Path) -> None:
    path = tmp_path / "odd.igc"
    path.write_text(
        "AXXX001\nHFPLTPILOT:x\n"
        + _b("120000", "4530000N", "00515000E")
        + "B12xx05garbage\n"
        + _b("120010", "9930000N", "00515000E")
        + _b("120015", "4530000N", "00515000E")
    )
    track = read_track(path)
    assert len(track) == 2 and np.isnan(track.time).all()
    assert track.warnings == (
        f"{path}:4: 1 unreadable fixes skipped",
        f"{path}: no flight date (HFDTE): times dropped",
        f"{path}: 1 fixes out of range skipped",
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "file is empty"),
        ("AXXX001\nHFDTE010203\n", "no fixes (IGC B records)"),
        ("AXXX\nHFDTE010203\nB1200004530000N00515000EA\n", "no fixes"),
    ],
)
def test_bad_files_give_a_one_line_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "x.igc"
    path.write_text(content)
    with pytest.raises(InputError) as err:
        read_track(path)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_garbage_named_igc_is_not_read_as_igc(tmp_path: Path) -> None:
    path = tmp_path / "x.igc"
    path.write_bytes(b"\x00\x01garbage\xff" * 10)
    assert not is_igc(path.read_bytes())
    with pytest.raises(InputError) as err:
        read_track(path)
    assert "no fixes" in str(err.value) and "\n" not in str(err.value)


def test_cr_only_line_endings_read_like_crlf(tmp_path: Path) -> None:
    # Old loggers and classic Mac tools end lines with CR alone.
    crlf = (DATA / "gpsbabel_igc1.igc").read_bytes()
    cr = tmp_path / "igc1_cr.igc"
    cr.write_bytes(crlf.replace(b"\r\n", b"\r"))
    assert b"\n" not in cr.read_bytes()
    assert is_igc(cr.read_bytes()[:65536]) and track_format(cr) == "igc"
    want, got = read_track(DATA / "gpsbabel_igc1.igc"), read_track(cr)
    assert len(got) == len(want) == 113
    np.testing.assert_array_equal(got.lat, want.lat)
    np.testing.assert_array_equal(got.lon, want.lon)
    np.testing.assert_array_equal(got.time, want.time)
    assert got.warnings == ()
