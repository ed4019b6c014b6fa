"""Tracks whose times are all the same (a logger whose clock stood still)."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from navapp.core import geodesy
from navapp.core.model import Fix
from navapp.core.review import review
from tests.builders import drive
from tests.unit.core.test_navigator import ROUTE
from tests.unit.core.test_review import PLAN, _stage, as_track

STUCK = 1_767_225_600.0


def _frozen(fixes: list[Fix]) -> list[Fix]:
    return [dataclasses.replace(f, time=STUCK) for f in fixes]


def test_all_times_equal_is_noted_and_dropped() -> None:
    track = as_track(_frozen(drive(ROUTE, 36.0)[:50]))
    note = track.frozen_time_note()
    assert (
        note == "all 50 points have the same time: speeds, zones, stops and section times skipped"
    )
    same, dropped = track.without_frozen_times()
    assert dropped == note
    assert np.isnan(same.time).all()
    np.testing.assert_array_equal(same.lat, track.lat)


@pytest.mark.parametrize(
    "times",
    [
        [STUCK, STUCK + 1.0, STUCK + 2.0],  # a normal track
        [STUCK, math.nan, math.nan],  # one time: nothing to compare
        [math.nan, math.nan, math.nan],  # no times (the usual note of the review says so)
        [STUCK],
    ],
)
def test_usable_or_absent_times_are_left_alone(times: list[float]) -> None:
    fixes = [Fix(t, 31.0 + i * 0.001, -4.0) for i, t in enumerate(times)]
    track = as_track(fixes)
    assert track.frozen_time_note() is None
    assert track.without_frozen_times()[0] is track


def test_some_timed_points_all_alike_count_as_frozen() -> None:
    fixes = [Fix(t, 31.0 + i * 0.001, -4.0) for i, t in enumerate([STUCK, math.nan, STUCK])]
    assert as_track(fixes).frozen_time_note() == (
        "all 2 timed points have the same time: speeds, zones, stops and section times skipped"
    )


def test_review_of_a_frozen_clock_track_measures_the_drive() -> None:
    # Before: every point after the first was a repeat, so the review said 0.00 km.
    fixes = drive(ROUTE, PLAN)[:900]
    lat = np.array([f.lat for f in fixes])
    lon = np.array([f.lon for f in fixes])
    _az, steps = geodesy.inverse_arrays(lat[:-1], lon[:-1], lat[1:], lon[1:])
    driven_km = float(steps.sum()) / 1000.0
    assert driven_km > 5.0
    without = review(_stage(), as_track([Fix(math.nan, f.lat, f.lon) for f in fixes]))
    r = review(_stage(), as_track(_frozen(fixes)))
    assert r.summary.driven_km == pytest.approx(driven_km, abs=0.005)
    assert r.summary.driven_km == pytest.approx(without.summary.driven_km, abs=1e-9)
    assert [w.status for w in r.waypoints] == [w.status for w in without.waypoints]
    assert r.zones == () and r.stops == () and r.summary.elapsed_s is None
    assert f"all {len(fixes)} points have the same time" in r.notes[0]
    assert not any("no times" in n for n in r.notes)
