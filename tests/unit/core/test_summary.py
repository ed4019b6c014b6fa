"""The end-of-drive summary, gathered state by state without keeping the drive."""

from __future__ import annotations

import dataclasses

import pytest

from navapp.core.model import WaypointType
from navapp.core.navigator import Navigator
from navapp.core.navstate import EventType
from navapp.core.summary import OverspeedLog, summarize
from tests.builders import drive, roadbook, waypoint
from tests.unit.core.test_navigator import ROUTE, box_at


def test_overspeed_periods_and_peaks_from_the_states() -> None:
    rb = roadbook(
        [
            box_at(0.0),
            box_at(1.0, waypoint(WaypointType.DZ), speed_limit_kmh=50.0),
            box_at(2.0, waypoint(WaypointType.FZ)),
            box_at(3.0, waypoint(WaypointType.DZ), speed_limit_kmh=50.0),
            box_at(4.0, waypoint(WaypointType.FZ)),
            box_at(5.0),
        ],
        ROUTE,
    )
    # Over the limit at 60, 72 and 60 km/h in the first zone, 55 km/h in the second; 80 km/h
    # between the zones is no overspeed.
    plan = [
        (0.0, 40.0),
        (1_200.0, 60.0),
        (1_500.0, 72.0),
        (1_600.0, 60.0),
        (1_800.0, 40.0),
        (2_300.0, 80.0),
        (2_700.0, 40.0),
        (3_200.0, 55.0),
        (3_400.0, 40.0),
    ]
    nav = Navigator(rb)
    log = OverspeedLog()
    for i, fix in enumerate(drive(ROUTE, plan)):
        if fix.time - 1_767_225_600.0 > 600:  # 5.4 km: past the last box
            break
        state = nav.update(fix)
        log.add(state, measured=True)
        if i == 110:  # inside the first period: a command's state measures nothing
            assert state.zone is not None and state.zone.over
            log.add(dataclasses.replace(state, speed_kmh=999.0, events=()), measured=False)
    end = nav.finish()
    log.add(end, measured=False)
    first, second = log.periods
    assert (first.box, second.box) == (2, 4)
    assert first.max_kmh == 72.0 and second.max_kmh == 55.0
    assert first.end - first.start == pytest.approx(500 / (60 / 3.6) + 100 / (72 / 3.6), abs=2.5)
    assert second.end - second.start == pytest.approx(200 / (55 / 3.6), abs=2.5)
    summary = summarize(log.periods, nav.waypoint_results(), end.trip.total_km, 600.0)
    assert summary.overspeeds == (first, second)
    assert len(summary.validated) == 4 and not summary.missed


def test_a_period_ended_by_the_end_of_the_drive_keeps_the_peak_so_far() -> None:
    rb = roadbook(
        [box_at(0.0), box_at(1.0, waypoint(WaypointType.DZ), speed_limit_kmh=50.0), box_at(3.0)],
        ROUTE,
    )
    nav = Navigator(rb)
    log = OverspeedLog()
    for fix in drive(ROUTE, [(0.0, 40.0), (1_200.0, 66.0), (1_500.0, 61.0)])[:140]:
        log.add(nav.update(fix), measured=True)
    assert log.periods == ()  # still over the limit: nothing ended yet
    end = nav.finish()
    assert any(e.type is EventType.OVERSPEED_END for e in end.events)
    log.add(end, measured=False)
    (period,) = log.periods
    assert period.box == 2 and period.max_kmh == 66.0 and period.end == end.time
