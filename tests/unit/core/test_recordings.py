"""Recordings of a track file: split at gaps in time or distance, known by construction."""

from __future__ import annotations

import math

import numpy as np
import pytest

from navapp.core import geodesy
from navapp.core.model import Track
from navapp.core.recordings import (
    RecordingError,
    choose,
    describe,
    positions,
    recording_track,
    recordings_note,
    split_recordings,
)

T0 = 1_700_000_000.0  # 2023-11-14 22:13:20 UTC


def _drive(
    start: tuple[float, float], az: float, km: float, t0: float, step_m: float = 20.0
) -> tuple[list[float], list[float], list[float]]:
    """A straight drive at 20 m/s (one point a second), ``km`` long."""
    lat, lon, t = [start[0]], [start[1]], [t0]
    for k in range(1, round(km * 1000 / step_m) + 1):
        la, lo = geodesy.forward(lat[-1], lon[-1], az, step_m)
        lat.append(la)
        lon.append(lo)
        t.append(t0 + k * step_m / 20.0)
    return lat, lon, t


def _track(*parts: tuple[list[float], list[float], list[float]]) -> Track:
    lat = np.concatenate([p[0] for p in parts])
    lon = np.concatenate([p[1] for p in parts])
    t = np.concatenate([p[2] for p in parts])
    return Track(t, lat, lon, np.full(lat.size, np.nan), name="drive")


def test_two_recordings_two_hours_apart() -> None:
    first = _drive((31.0, -4.0), 0.0, 3.0, T0)  # 151 points, 3 km
    end = (first[0][-1], first[1][-1])
    # Parked two hours, then 5 km more from where it stopped: the gap is in time only.
    second = _drive(end, 90.0, 5.0, first[2][-1] + 7200.0)  # 251 points
    track = _track(first, second)
    recs = split_recordings(track)
    assert [(r.start, r.stop, r.points) for r in recs] == [(0, 151, 151), (151, 402, 251)]
    assert [r.length_km for r in recs] == pytest.approx([3.0, 5.0], abs=1e-6)
    assert recs[0].start_time == T0 and recs[0].end_time == T0 + 150.0
    assert recs[1].start_time == T0 + 150.0 + 7200.0
    assert (recs[1].lat, recs[1].lon) == pytest.approx(end)
    assert choose(recs).number == 2  # the longest
    assert choose(recs, 1) is recs[0]
    assert describe(recs[0]) == (
        "1: 2023-11-14 22:13 UTC, 151 points, 3.00 km, from 31.0000°N 4.0000°W"
    )
    note = recordings_note(recs, recs[1])
    assert note[0] == "the track holds 2 recordings (gaps of more than 1 h or 5 km between them):"
    assert note[1].startswith("  1: ") and note[2].startswith("* 2: ")
    assert note[-1] == "the roadbook is made from recording 2 (the longest)"
    assert recordings_note(recs[:1], recs[0]) == []


def test_a_six_km_jump_starts_a_new_recording() -> None:
    first = _drive((31.0, -4.0), 0.0, 2.0, T0)
    jumped = geodesy.forward(first[0][-1], first[1][-1], 45.0, 6000.0)
    # One second later, 6 km away: no car did that.
    second = _drive(jumped, 0.0, 1.0, first[2][-1] + 1.0)
    recs = split_recordings(_track(first, second))
    assert [(r.start, r.stop) for r in recs] == [(0, 101), (101, 152)]
    assert [r.length_km for r in recs] == pytest.approx([2.0, 1.0], abs=1e-6)
    assert choose(recs).number == 1


def test_just_under_the_limits_stays_one_recording() -> None:
    first = _drive((31.0, -4.0), 0.0, 2.0, T0)
    on = geodesy.forward(first[0][-1], first[1][-1], 0.0, 4900.0)
    second = _drive(on, 0.0, 1.0, first[2][-1] + 3500.0)
    recs = split_recordings(_track(first, second))
    assert len(recs) == 1 and recs[0].length_km == pytest.approx(7.9, abs=1e-6)


def test_a_later_drive_first_in_the_file_is_its_own_recording() -> None:
    late = _drive((31.0, -4.0), 0.0, 1.0, T0 + 86400.0)
    early = _drive((31.0, -4.0), 0.0, 1.0, T0)  # starts where the other did, a day before
    assert len(split_recordings(_track(late, early))) == 2


def test_without_times_only_distance_splits() -> None:
    first = _drive((31.0, -4.0), 0.0, 1.0, math.nan)
    second = _drive((31.1, -4.0), 0.0, 1.0, math.nan)  # about 11 km north
    recs = split_recordings(_track(first, second))
    assert len(recs) == 2 and all(math.isnan(r.start_time) for r in recs)
    assert describe(recs[0]).startswith("1: time unknown, 51 points")


def test_points_without_a_fix_are_left_out_in_one_place() -> None:
    first = _drive((31.0, -4.0), 0.0, 2.0, T0)
    track = _track(first)
    # The receiver said "no fix" at points 40–59 and they sit 100 km away (a stale position).
    lat = track.lat.copy()
    lat[40:60] += 1.0
    valid = np.ones(len(track), dtype=bool)
    valid[40:60] = False
    flagged = Track(track.time, lat, track.lon, track.ele, valid=valid)
    assert int(positions(flagged).sum()) == len(track) - 20
    recs = split_recordings(flagged)
    assert len(recs) == 1 and recs[0].points == len(track) - 20
    assert recs[0].length_km == pytest.approx(2.0, abs=1e-6)
    part = recording_track(flagged, recs[0])
    assert len(part) == len(track) - 20 and part.valid is None
    assert np.array_equal(part.lat, np.delete(track.lat, range(40, 60)))


def test_recording_track_keeps_the_file_segments() -> None:
    first = _drive((31.0, -4.0), 0.0, 1.0, T0)
    second = _drive((31.0, -4.0), 0.0, 1.0, T0 + 7200.0)
    t = _track(first, second)
    track = Track(t.time, t.lat, t.lon, t.ele, segment_starts=np.array([0, 20, 51, 60]))
    recs = split_recordings(track)
    assert recording_track(track, recs[0]).segment_starts.tolist() == [0, 20]
    assert recording_track(track, recs[1]).segment_starts.tolist() == [0, 9]


def test_choosing_a_recording_that_is_not_there() -> None:
    recs = split_recordings(_track(_drive((31.0, -4.0), 0.0, 1.0, T0)))
    with pytest.raises(RecordingError, match=r"no recording 2 \(the track holds 1 recording\)"):
        choose(recs, 2)
    with pytest.raises(RecordingError, match="no positions"):
        choose((), None)
    assert split_recordings(Track.empty()) == ()
