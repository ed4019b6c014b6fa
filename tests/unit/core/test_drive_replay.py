"""The replay of a recorded drive through the navigator, seekable in bounded steps (no Qt)."""

from __future__ import annotations

import pytest

from navapp.core.drive_replay import DriveReplay
from navapp.core.model import Roadbook, Track
from navapp.core.navigator import Navigator
from navapp.io.registry import read_roadbook, read_track
from navapp.paths import demo_drive, demo_roadbook


@pytest.fixture(scope="module")
def roadbook() -> Roadbook:
    return read_roadbook(demo_roadbook())


@pytest.fixture(scope="module")
def drive() -> Track:
    return read_track(demo_drive())


def test_state_at_any_fix_is_the_state_of_a_straight_run(roadbook: Roadbook, drive: Track) -> None:
    fixes = list(drive.fixes())
    replay = DriveReplay(roadbook, drive, every=50)
    assert len(replay) == len(fixes)
    direct = Navigator(roadbook)
    states = [direct.update(f) for f in fixes]
    end = next(i for i, s in enumerate(states) if s.finished) - 1  # the last fix before the ASS
    # Forwards, backwards and across snapshot boundaries.
    for i in (end, 0, 49, 50, 52, len(fixes) // 2, 7, end - 1):
        shown = replay.state_at(i)
        want = states[i]
        assert abs(shown.trip.total_km - want.trip.total_km) * 1000 < 1.0  # within 1 m
        assert shown.box == want.box and shown.validated == want.validated
        assert replay.replayed <= 50


def test_the_fix_after_a_snapshot_has_its_step_counted(roadbook: Roadbook, drive: Track) -> None:
    fixes = list(drive.fixes())
    direct = Navigator(roadbook)
    states = [direct.update(f) for f in fixes[:52]]
    replay = DriveReplay(roadbook, drive, every=50)
    assert abs(replay.state_at(51).trip.total_km - states[51].trip.total_km) * 1000 < 1.0


def test_the_last_fix_after_the_finish_is_replayed(roadbook: Roadbook, drive: Track) -> None:
    fixes = list(drive.fixes())
    direct = Navigator(roadbook)
    states = [direct.update(f) for f in fixes]
    replay = DriveReplay(roadbook, drive, every=50)
    last = len(fixes) - 1
    assert abs(replay.state_at(last).trip.total_km - states[last].trip.total_km) * 1000 < 1.0


def test_seeking_replays_at_most_one_snapshot_interval(roadbook: Roadbook, drive: Track) -> None:
    replay = DriveReplay(roadbook, drive, every=100)
    last = len(replay) - 1
    replay.state_at(last)
    assert replay.done() and replay.frontier == last
    assert len(replay.snapshots) == last // 100 + 1
    for i in (last - 3, 10, last // 3, 99, 100):
        replay.state_at(i)
        assert replay.replayed <= 100
    # Out-of-range indices are clamped to the drive.
    assert replay.state_at(-5).trip.total_km == pytest.approx(replay.state_at(0).trip.total_km)
    assert replay.state_at(last + 10).trip.total_km == pytest.approx(
        replay.state_at(last).trip.total_km
    )
