"""Replay scheduling with an injected clock: which fixes are due when, at 1× to 50×."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from navapp.core.model import Fix, Track
from navapp.gps.replay import ReplaySchedule, replay_line, track_fixes
from navapp.io.gpxtrack import load_track
from navapp.io.nmea import read_nmea

T0 = 1_700_000_000.0
NOW = 5_000.0  # an arbitrary monotonic clock reading


def drive(n: int = 11, step: float = 1.0, valid: bool = True) -> list[Fix]:
    """n fixes ``step`` seconds apart going north."""
    return [Fix(T0 + i * step, 45.0 + i * 1e-4, 6.0, valid=valid) for i in range(n)]


def offsets(fixes: list[Fix]) -> list[float]:
    return [f.time - T0 for f in fixes]


def test_one_times_speed_delivers_each_fix_when_its_time_comes() -> None:
    s = ReplaySchedule(drive())
    assert s.duration == 10.0
    assert s.due(NOW) == []  # not started
    s.start(NOW)
    assert offsets(s.due(NOW)) == [0.0]
    assert s.due(NOW + 0.5) == []
    assert offsets(s.due(NOW + 1.0)) == [1.0]
    assert offsets(s.due(NOW + 3.5)) == [2.0, 3.0]
    assert s.position == 3.5
    assert not s.finished
    assert offsets(s.due(NOW + 10.0)) == [4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]
    assert s.finished
    assert s.due(NOW + 20.0) == []
    assert s.position == 10.0  # never past the end


@pytest.mark.parametrize(
    ("speed", "at", "expected"),
    [
        (5.0, 1.0, [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]),
        (5.0, 0.3, [0.0, 1.0]),
        (50.0, 0.1, [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]),
        (50.0, 0.2, [float(i) for i in range(11)]),
    ],
)
def test_speed_factor_scales_recorded_time(speed: float, at: float, expected: list[float]) -> None:
    s = ReplaySchedule(drive(), speed=speed)
    s.start(NOW)
    assert offsets(s.due(NOW + at)) == expected


def test_speed_is_clamped_to_1_to_50() -> None:
    assert ReplaySchedule(drive(), speed=0.2).speed == 1.0
    assert ReplaySchedule(drive(), speed=500).speed == 50.0
    with pytest.raises(ValueError):
        ReplaySchedule(drive(), speed=math.nan)


def test_pause_holds_position_and_resume_goes_on() -> None:
    s = ReplaySchedule(drive())
    s.start(NOW)
    assert offsets(s.due(NOW + 2.0)) == [0.0, 1.0, 2.0]
    s.pause(NOW + 2.5)
    assert s.paused
    assert s.due(NOW + 100.0) == []
    assert s.position == 2.5
    s.resume(NOW + 100.0)
    assert s.due(NOW + 100.4) == []
    assert offsets(s.due(NOW + 100.5)) == [3.0]


def test_set_speed_keeps_position() -> None:
    s = ReplaySchedule(drive())
    s.start(NOW)
    s.due(NOW + 2.0)
    s.set_speed(5.0, NOW + 2.0)  # at track time 2.0
    assert s.position == 2.0
    assert offsets(s.due(NOW + 2.2)) == [3.0]
    assert offsets(s.due(NOW + 3.0)) == [4.0, 5.0, 6.0, 7.0]
    s.set_speed(1.0, NOW + 3.0)  # at track time 7.0
    assert s.due(NOW + 3.9) == []
    assert offsets(s.due(NOW + 4.0)) == [8.0]


def test_seek_forward_and_back() -> None:
    s = ReplaySchedule(drive())
    s.start(NOW)
    s.due(NOW)
    s.seek(6.5, NOW + 1.0)
    assert s.position == 6.5
    assert s.due(NOW + 1.0) == []  # the next fix is the first at/after 6.5: 7.0
    assert offsets(s.due(NOW + 1.5)) == [7.0]
    s.seek(2.0, NOW + 2.0)
    assert offsets(s.due(NOW + 2.0)) == [2.0]  # a fix exactly at the seek time is due at once
    assert offsets(s.due(NOW + 3.0)) == [3.0]


def test_seek_past_the_end_finishes_and_back_restarts() -> None:
    s = ReplaySchedule(drive())
    s.start(NOW)
    s.seek(99.0, NOW)
    assert s.position == 10.0
    assert offsets(s.due(NOW)) == [10.0]
    assert s.finished
    s.seek(-5.0, NOW + 1)
    assert not s.finished
    assert offsets(s.due(NOW + 1)) == [0.0]


def test_seek_while_paused_stays_paused() -> None:
    s = ReplaySchedule(drive())
    s.start(NOW)
    s.pause(NOW)
    s.seek(4.0, NOW + 1)
    assert offsets(s.due(NOW + 50)) == [4.0]
    assert s.due(NOW + 60) == []
    s.resume(NOW + 60)
    assert offsets(s.due(NOW + 61)) == [5.0]


def test_fixes_without_time_replay_at_1_hz() -> None:
    fixes = [Fix(math.nan, 45.0, 6.0 + i * 1e-4) for i in range(4)]
    s = ReplaySchedule(fixes, speed=2.0)
    assert s.duration == 3.0
    s.start(NOW)
    assert s.due(NOW) == [fixes[0]]
    assert s.due(NOW + 0.5) == [fixes[1]]
    assert s.due(NOW + 1.4) == [fixes[2]]
    assert s.due(NOW + 1.5) == [fixes[3]]


def test_mixed_missing_times_and_steps_back() -> None:
    # 0 s, +2 s, NaN (+1 s), known again (+1 s: no step to measure), back in time (+1 s).
    times = [T0, T0 + 2, math.nan, T0 + 10, T0 + 5]
    s = ReplaySchedule([Fix(t, 45.0, 6.0) for t in times])
    assert s.duration == 5.0
    s.start(NOW)
    assert len(s.due(NOW + 2.0)) == 2
    assert len(s.due(NOW + 3.0)) == 1
    assert len(s.due(NOW + 5.0)) == 2


def test_invalid_fixes_replay_too(data_dir: Path) -> None:
    log = read_nmea(data_dir / "gpsd_rx210_ublox8_fix_acquisition.log")
    assert any(not f.valid for f in log.fixes)
    s = ReplaySchedule(log.fixes, speed=50)
    s.start(NOW)
    got = s.due(NOW + s.duration / 50 + 1)
    assert got == list(log.fixes)
    assert s.finished


def test_clock_going_back_never_replays_backwards() -> None:
    s = ReplaySchedule(drive())
    s.start(NOW)
    assert len(s.due(NOW + 3)) == 4
    assert s.due(NOW - 100) == []


def test_empty_replay() -> None:
    s = ReplaySchedule([])
    s.start(NOW)
    assert s.finished and s.duration == 0.0 and s.due(NOW + 1) == []


def test_next_due_in() -> None:
    s = ReplaySchedule(drive(), speed=2.0)
    assert s.next_due_in(NOW) is None
    s.start(NOW)
    s.due(NOW)
    assert s.next_due_in(NOW + 0.1) == pytest.approx(0.4)


def test_track_input_and_track_fixes(data_dir: Path) -> None:
    track = load_track(data_dir / "gpxpy_around-visnjan-with-car.gpx")
    fixes = track_fixes(track)
    assert len(fixes) == len(track)
    assert all(f.valid and f.course_deg is None for f in fixes)
    assert fixes[0].lat == track.lat[0] and fixes[0].time == track.time[0]
    s = ReplaySchedule(track)
    assert s.fixes == fixes


def test_track_fixes_units_and_missing_values() -> None:
    track = Track(
        time=np.array([T0, T0 + 1]),
        lat=np.array([45.0, 45.1]),
        lon=np.array([6.0, 6.1]),
        ele=np.array([100.0, math.nan]),
        speed=np.array([math.nan, 36.0]),
    )
    a, b = track_fixes(track)
    assert (a.ele_m, a.speed_kmh) == (100.0, None)
    assert (b.ele_m, b.speed_kmh) == (None, 36.0)
    no_speed = Track(track.time, track.lat, track.lon, track.ele)
    assert [f.speed_kmh for f in track_fixes(no_speed)] == [None, None]


def test_replay_line_says_speed_state_and_position() -> None:
    s = ReplaySchedule(drive(), speed=5)
    s.go(NOW)
    s.due(NOW + 0.5)
    assert replay_line(s) == "replay 5× — 0:02 / 0:10"
    s.pause(NOW + 0.5)
    assert replay_line(s) == "replay 5× paused — 0:02 / 0:10"
    s.go(NOW + 100)  # goes on from where it was held
    s.set_speed(50, NOW + 100)
    s.due(NOW + 100.2)
    assert s.finished
    assert replay_line(s) == "replay 50× finished — 0:10 / 0:10"
