"""A track far from the route, or covering little of it, is flagged as not this stage."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from navapp.core.model import Roadbook, Track
from navapp.core.review import review
from navapp.core.route_fit import FAR_MEDIAN_M, MIN_COVERED, route_fit
from navapp.io.registry import read_roadbook, read_track
from navapp.paths import demo_drive, demo_roadbook


@pytest.fixture(scope="module")
def roadbook() -> Roadbook:
    return read_roadbook(demo_roadbook())


@pytest.fixture(scope="module")
def drive() -> Track:
    return read_track(demo_drive())


def test_the_rule_by_construction() -> None:
    length = 10_000.0
    chain = np.linspace(0, length, 1001)
    on = route_fit(chain, np.full(chain.size, 30.0), length)
    assert on.warning is None and on.covered == pytest.approx(1.0, abs=0.011)
    assert on.median_offset_m == pytest.approx(30.0)
    far = route_fit(chain, np.full(chain.size, 1500.0), length)
    assert far.suspect and "1.5 km from the route" in far.warning  # type: ignore[operator]
    assert far.covered == 0.0
    # The first 15 % driven, on the line: close, but not the stage.
    part = route_fit(chain[:150], np.zeros(150), length)  # 0 to 1490 m
    assert part.covered == pytest.approx(0.15, abs=0.011)
    assert part.warning is not None and "covers 15% of the route" in part.warning
    assert "km from the route" not in part.warning
    # Exactly at the limits it is still a drive of the stage.
    half = np.where(np.arange(chain.size) < 500, 0.0, FAR_MEDIAN_M)  # median at the limit
    edge = route_fit(chain, half, length)
    assert edge.covered >= MIN_COVERED and edge.warning is None
    assert route_fit(chain, np.full(chain.size, np.nan), length).suspect


def test_the_demo_drive_fits_its_stage(roadbook: Roadbook, drive: Track) -> None:
    fit = review(roadbook, drive).fit
    assert fit is not None and fit.warning is None
    assert fit.median_offset_m < 50.0 and fit.covered > 0.9


def test_a_track_elsewhere_is_flagged_and_noted(roadbook: Roadbook, drive: Track) -> None:
    # The same drive 5 km north: the same shape, another place.
    away = dataclasses.replace(drive, lat=drive.lat + 0.045)
    rv = review(roadbook, away)
    assert rv.fit is not None and rv.fit.suspect
    assert rv.fit.median_offset_m == pytest.approx(5000.0, rel=0.2)
    assert rv.fit.warning in rv.notes


def test_a_drive_of_the_first_kilometres_only_is_flagged(roadbook: Roadbook, drive: Track) -> None:
    n = len(drive) // 10
    short = Track(
        drive.time[:n], drive.lat[:n], drive.lon[:n], drive.ele[:n], None, name="first part"
    )
    rv = review(roadbook, short)
    assert rv.fit is not None and rv.fit.covered < MIN_COVERED
    assert rv.fit.warning is not None and "covers" in rv.fit.warning
