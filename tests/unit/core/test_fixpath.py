"""The trip meter's rule on whole tracks agrees with the trip meter fix by fix."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from navapp.core import geodesy
from navapp.core.fixpath import fix_path
from navapp.core.model import Track
from navapp.core.tripmeter import TripMeter
from navapp.io.registry import read_track

DATA = Path("tests/data")
# Every real log with track points (roadbooks and waypoint-only files have none).
TRACKS = [
    "gpsbabel_backfilldate2_gga_only.nmea",
    "gpsbabel_bike_loop.gpx",
    "gpsbabel_mtk_logger_cold_start.gpx",
    "gpsbabel_nmea_utf16_dos.nmea",
    "gpsbabel_skytraq_two_recordings.gpx",
    "gpsd_haicom-305N_moving_reversing.log",
    "gpsd_rx210_ublox8_fix_acquisition.log",
    "gpsd_sirfstarv-nmea.log",
    "gpsd_trimble_rtk_10hz.log",
    "gpxpy_around-visnjan-with-car.gpx",
    "gpxpy_cerknicko-without-times.gpx",
    "gpxpy_gpx-with-node-with-comments.gpx",
    "gpxpy_gpx1.0_with_all_fields.gpx",
    "gpxpy_korita-zbevnica.gpx",
    "gpxpy_route.gpx",
    "gpxpy_track-with-empty-segment.gpx",
    "gpxpy_track-with-less-sec-time.gpx",
    "toams69_logs_gps_deadreckoning_E.nmea",
]


def streamed(track: Track) -> tuple[list[int], list[bool], list[float]]:
    """Positions the trip meter takes, fed one fix at a time: index, joined, metres counted."""
    meter = TripMeter()
    fixes = list(track.fixes())
    where = {id(f): i for i, f in enumerate(fixes)}
    idx, joined, counted = [], [], []
    for f in fixes:
        for p in meter.feed(f).positions:
            idx.append(where[id(p.fix)])
            joined.append(p.joined)
            counted.append(p.counted_m)
    return idx, joined, counted


def assert_same(track: Track) -> None:
    idx, joined, counted = streamed(track)
    path = fix_path(track)
    assert path.idx.tolist() == idx
    assert path.joined.tolist() == joined
    np.testing.assert_allclose(path.counted_m, counted, atol=1e-6)


@pytest.mark.parametrize("name", TRACKS)
def test_real_logs_agree(name: str) -> None:
    assert_same(read_track(DATA / name))


def test_cold_start_positions_are_left_out() -> None:
    """A logger repeating a stale position, then jumping 1.8 km to where it really is."""
    t0 = 1_200_000_000.0
    stale = [(57.7195809, 12.0163720)] * 10
    here = [geodesy.forward(57.7072, 11.9673, 90.0, 5.0 * i) for i in range(20)]
    pts = stale + here
    track = Track(
        np.array([t0 + i for i in range(len(pts))], dtype=float),
        np.array([p[0] for p in pts]),
        np.array([p[1] for p in pts]),
        np.full(len(pts), np.nan),
    )
    path = fix_path(track)
    assert path.idx[0] == 10 and path.left_out.cold_start == 10
    assert path.cum_m[-1] == pytest.approx(95.0, abs=0.01)
    assert_same(track)


def test_no_fix_marks_are_not_positions() -> None:
    lat = np.array([geodesy.forward(30.0, 5.0, 0.0, 10.0 * i)[0] for i in range(10)])
    valid = np.ones(10, dtype=bool)
    valid[4] = False
    track = Track(np.arange(10.0), lat, np.full(10, 5.0), np.full(10, np.nan), valid=valid)
    path = fix_path(track)
    assert 4 not in path.idx.tolist() and path.left_out.no_fix == 1
    assert_same(track)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(0.2, 3.0),  # seconds to the next report
            st.floats(-40.0, 40.0),  # metres north
            st.floats(-40.0, 40.0),  # metres east
            st.sampled_from(["ok", "ok", "ok", "jump", "same", "nofix", "back", "notime"]),
            st.booleans(),  # with speed
        ),
        min_size=1,
        max_size=60,
    )
)
def test_random_logs_agree(steps: list[tuple[float, float, float, str, bool]]) -> None:
    t, lat, lon, spd, valid = [], [], [], [], []
    now, la, lo = 0.0, 24.0, 10.0
    for dt, dn, de, kind, with_speed in steps:
        now += dt
        if kind == "jump":
            la2, lo2 = geodesy.forward(la, lo, 45.0, 5000.0)
        elif kind == "same":
            la2, lo2 = la, lo
        else:
            la2, lo2 = geodesy.forward(la, lo, math.degrees(math.atan2(de, dn)), math.hypot(dn, de))
        la, lo = la2, lo2
        t.append(now - 5.0 if kind == "back" else (math.nan if kind == "notime" else now))
        lat.append(la)
        lon.append(lo)
        spd.append(math.hypot(dn, de) / dt * 3.6 if with_speed else math.nan)
        valid.append(kind != "nofix")
    track = Track(
        np.array(t),
        np.array(lat),
        np.array(lon),
        np.full(len(t), np.nan),
        np.array(spd),
        valid=np.array(valid),
    )
    assert_same(track)
