"""The trip meter on generated drives whose distances are known by construction."""

from __future__ import annotations

import math

import numpy as np
import pytest

from navapp.core import geodesy
from navapp.core.fixpath import fix_path
from navapp.core.model import Fix
from navapp.core.tripmeter import StepResult, TripMeter
from navapp.io.registry import read_track
from tests.builders import drive, straight_route

T0 = 1_767_225_600.0


def _feed(meter: TripMeter, fixes: list[Fix]) -> list[StepResult]:
    return [meter.feed(f).result for f in fixes]


@pytest.mark.parametrize("with_speed", [True, False])
def test_straight_drive_measures_the_geodesic(with_speed: bool) -> None:
    route = straight_route(31.2, -4.1, 75.0, 10_000.0, step_m=50.0)
    meter = TripMeter()
    _feed(meter, drive(route, 60.0, with_speed=with_speed))
    assert meter.total_km == pytest.approx(10.0, abs=0.001)
    assert meter.partial_km == pytest.approx(10.0, abs=0.001)


def test_calibration_corrections_and_partial() -> None:
    route = straight_route(-23.0, 133.0, 10.0, 5_000.0)
    meter = TripMeter(calibration_pct=2.0)
    fixes = drive(route, 50.0)
    _feed(meter, fixes[: len(fixes) // 2])
    half = meter.total_km
    meter.reset_partial()
    meter.adjust(-0.01)
    meter.adjust(0.1)
    _feed(meter, fixes[len(fixes) // 2 :])
    assert meter.total_km == pytest.approx(5.0 * 1.02 + 0.09, abs=0.002)
    assert meter.partial_km == pytest.approx(meter.total_km - half, abs=1e-9)
    meter.set_total(12.34)
    assert (meter.total_km, meter.partial_km) == (12.34, 0.0)


def _parked(seconds: int, sigma_m: float, with_speed: bool, seed: int = 3) -> list[Fix]:
    """A parked receiver: a slowly wandering bias plus white noise around one point."""
    rng = np.random.default_rng(seed)
    bias = np.zeros(2)
    out = []
    for i in range(seconds):
        bias = 0.98 * bias + rng.normal(0, sigma_m * 0.2, 2)
        dx, dy = bias + rng.normal(0, sigma_m, 2)
        lat, lon = geodesy.forward(31.0, -4.0, math.degrees(math.atan2(dx, dy)), math.hypot(dx, dy))
        out.append(
            Fix(T0 + i, lat, lon, speed_kmh=abs(rng.normal(0, 0.15)) if with_speed else None)
        )
    return out


@pytest.mark.parametrize("with_speed", [True, False])
def test_parked_receiver_does_not_creep(with_speed: bool) -> None:
    meter = TripMeter()
    fixes = _parked(3600, sigma_m=3.0, with_speed=with_speed)
    wander = geodesy.cumulative_m(
        np.array([f.lat for f in fixes]), np.array([f.lon for f in fixes])
    )[-1]
    assert wander > 3000  # summing the jitter would make the meter creep kilometres
    _feed(meter, fixes)
    # An hour parked: nothing with the receiver's own speed; without it, positions alone
    # cannot tell a parked wander of several metres from creeping, and a few steps count.
    assert meter.total_km < (0.001 if with_speed else 0.05)


def test_lost_fix_stop_and_resume_keeps_the_distance() -> None:
    route = straight_route(45.0, 7.0, 180.0, 3_000.0)
    fixes = drive(route, 72.0)  # 20 m/s
    lost = [
        Fix(f.time, f.lat, f.lon, valid=False) if 50 <= i < 60 else f for i, f in enumerate(fixes)
    ]
    meter = TripMeter()
    results = _feed(meter, lost)
    assert results.count(StepResult.NO_FIX) == 10
    # The 10 s without a fix were driven too: the step after them covers 220 m at 72 km/h.
    assert meter.total_km == pytest.approx(3.0, abs=0.001)


def test_bad_fixes_never_move_the_meter_wrongly() -> None:
    route = straight_route(31.0, -4.0, 90.0, 2_000.0)
    fixes = drive(route, 36.0)  # 10 m/s, 1 Hz
    far = geodesy.forward(fixes[20].lat, fixes[20].lon, 0.0, 10_000.0)
    bad = [
        *fixes[:20],
        Fix(fixes[20].time, *far, speed_kmh=36.0),  # a 10 km jump in one second
        fixes[20],
        fixes[20],  # repeated
        Fix(fixes[15].time, fixes[15].lat, fixes[15].lon, speed_kmh=36.0),  # time backwards
        Fix(math.nan, math.nan, math.nan, valid=False),
        *fixes[21:],
    ]
    meter = TripMeter()
    results = _feed(meter, bad)
    assert results.count(StepResult.JUMP) == 1
    # The good fix with the jump's time comes second: a time already seen is refused.
    assert results.count(StepResult.REPEAT) == 2
    assert results.count(StepResult.BACKWARDS) == 1
    assert results.count(StepResult.NO_FIX) == 1
    assert meter.total_km == pytest.approx(2.0, abs=0.001)


def test_a_real_relocation_is_followed_without_counting_it() -> None:
    here = drive(straight_route(31.0, -4.0, 90.0, 500.0), 36.0)
    there = drive(straight_route(31.5, -4.5, 90.0, 500.0), 36.0, start=here[-1].time + 1)
    meter = TripMeter()
    results = _feed(meter, here + there)
    assert results.count(StepResult.JUMP) == 2
    assert results.count(StepResult.REANCHORED) == 1
    # 500 m here and 500 m there: the fixes that confirm the new place are taken too, only
    # the jump between the two places is not distance.
    assert meter.total_km == pytest.approx(0.5 + 0.5, abs=0.001)


def test_relocation_without_times_is_followed() -> None:
    here = drive(straight_route(31.0, -4.0, 90.0, 500.0), 36.0)
    there = drive(straight_route(31.02, -4.0, 90.0, 500.0), 36.0)
    timeless = [Fix(math.nan, f.lat, f.lon) for f in [*here, *there]]
    meter = TripMeter()
    results = _feed(meter, timeless)
    assert results.count(StepResult.REANCHORED) == 1
    # Without times the 25 m anchor hold applies: both legs counted, the jump not.
    assert meter.total_km == pytest.approx(0.5 + 0.5 - 0.02, abs=0.03)


def _standing_wander_m(lat: np.ndarray, lon: np.ndarray, t: np.ndarray) -> float:
    """Metres of steps taken while standing: before the receiver first gets 25 m from where it
    started, and in stops (speed over 5 s below 2 km/h for 10 s or more, the review's stops)."""
    step = np.zeros(lat.size)
    step[1:] = geodesy.step_lengths(lat, lon)
    _az, d0 = geodesy.inverse_arrays(np.full(lat.size, lat[0]), np.full(lat.size, lon[0]), lat, lon)
    first_away = int(np.argmax(d0 >= 25.0)) if (d0 >= 25.0).any() else lat.size
    wander = float(step[:first_away].sum())
    if np.isfinite(t).all():
        lo = np.searchsorted(t, t - 2.5, "left")
        hi = np.searchsorted(t, t + 2.5, "right") - 1
        _az, d = geodesy.inverse_arrays(lat[lo], lon[lo], lat[hi], lon[hi])
        with np.errstate(divide="ignore", invalid="ignore"):
            still = np.where(t[hi] > t[lo], d / (t[hi] - t[lo]) * 3.6, np.inf) < 2.0
        edges = np.diff(np.concatenate([[0], still.astype(np.int8), [0]]))
        for a, b in zip(np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0] - 1, strict=True):
            if t[b] - t[a] >= 10.0 and b >= first_away:
                wander += float(step[max(a + 1, first_away) : b + 1].sum())
    return wander


SPEEDLESS = [
    "gpsbabel_backfilldate2_gga_only.nmea",
    "gpxpy_around-visnjan-with-car.gpx",
    "gpxpy_cerknicko-without-times.gpx",
    "gpxpy_korita-zbevnica.gpx",
    "gpxpy_route.gpx",
]


@pytest.mark.parametrize("name", SPEEDLESS)
def test_speedless_logs_follow_the_path_driven(name: str) -> None:
    """Real logs without receiver speed: the trip meter follows the path point by point (the
    old 25 m hold read 6–23 % short on such logs) and agrees with the review's distance."""
    track = read_track(f"tests/data/{name}")
    assert track.speed is None or not np.isfinite(track.speed).any()
    meter = TripMeter()
    for fix in track.fixes():
        meter.feed(fix)
    path = fix_path(track)
    assert meter.total_km * 1000.0 == pytest.approx(path.cum_m[-1], rel=0.01)
    geodesic = float(geodesy.cumulative_m(path.lat, path.lon)[-1]) - float(
        (geodesy.step_lengths(path.lat, path.lon) * ~path.joined[1:]).sum()
    )
    reference = geodesic - _standing_wander_m(path.lat, path.lon, path.t)
    assert meter.total_km * 1000.0 == pytest.approx(reference, rel=0.015)


def test_a_stop_mid_drive_does_not_creep_without_receiver_speed() -> None:
    """Driving, ten minutes parked with a receiver's slow wander, driving on: the stop adds
    only the few metres before it is recognised."""
    first = drive(straight_route(31.0, -4.0, 90.0, 2_000.0), 36.0, with_speed=False)
    rng = np.random.default_rng(7)
    end = first[-1]
    bias = np.zeros(2)
    parked = []
    for i in range(1, 601):
        bias = 0.98 * bias + rng.normal(0, 0.4, 2)
        dx, dy = bias + rng.normal(0, 0.3, 2)
        lat, lon = geodesy.forward(
            end.lat, end.lon, math.degrees(math.atan2(dx, dy)), math.hypot(dx, dy)
        )
        parked.append(Fix(end.time + i, lat, lon))
    second = drive(
        straight_route(end.lat, end.lon, 90.0, 2_000.0),
        36.0,
        start=parked[-1].time + 1,
        with_speed=False,
    )
    meter = TripMeter()
    _feed(meter, first + parked + second)
    assert meter.total_km == pytest.approx(4.0, abs=0.03)
