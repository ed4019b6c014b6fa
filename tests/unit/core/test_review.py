"""The review engine on generated drives whose answers are known by construction."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from navapp.core import geodesy
from navapp.core.compare import compare
from navapp.core.fixpath import fix_path
from navapp.core.model import Box, Fix, Roadbook, Track, Waypoint, WaypointType
from navapp.core.navstate import WaypointStatus
from navapp.core.review import ReviewError, ReviewSettings, penalty_profiles, review
from navapp.core.simulate import simulate
from navapp.io.registry import read_roadbook, read_track
from navapp.paths import demo_drive, demo_roadbook
from tests.builders import drive, offset, roadbook, straight_route, waypoint
from tests.unit.core.test_navigator import LINE, ROUTE, box_at


def as_track(fixes: list[Fix], name: str = "crew") -> Track:
    """Fixes as a Track (speed kept when the fixes carry it)."""
    speeds = [f.speed_kmh for f in fixes]
    return Track(
        np.array([f.time for f in fixes]),
        np.array([f.lat for f in fixes]),
        np.array([f.lon for f in fixes]),
        np.full(len(fixes), np.nan),
        None if any(s is None for s in speeds) else np.array(speeds, dtype=np.float64),
        np.zeros(1, dtype=np.int64),
        name,
    )


def agree(rb: Roadbook, fixes: list[Fix]) -> None:
    """simulate (the live navigator) and review decide every waypoint the same way."""
    sim = simulate(rb, fixes)
    rev = review(rb, as_track(fixes))
    assert [(w.box.index, w.status) for w in sim.waypoints] == [
        (w.box, w.status) for w in rev.waypoints
    ]
    assert [w.time for w in sim.waypoints] == [w.time for w in rev.waypoints]


def test_waypoint_crossed_between_fixes_at_150_kmh() -> None:
    fixes = drive(ROUTE, 150.0)
    a, b = fixes[100], fixes[101]
    az, step = geodesy.inverse(a.lat, a.lon, b.lat, b.lon)
    mid = geodesy.forward(a.lat, a.lon, az, step / 2)
    wlat, wlon = offset(*mid, 0.0, 10.0)
    assert min(geodesy.distance_m(f.lat, f.lon, wlat, wlon) for f in fixes) > 20.0
    wpp = Waypoint(WaypointType.WPP, "9", 100.0, 20.0)
    rb = roadbook([box_at(0.0), Box(0, 4.2, lat=wlat, lon=wlon, waypoints=(wpp,))], ROUTE)
    (w,) = review(rb, as_track(fixes[:150])).waypoints
    assert w.status is WaypointStatus.VALIDATED and w.time == b.time
    assert w.closest_m == pytest.approx(10.0, abs=0.05)
    # Moved 25 m out, the same path misses it.
    far = offset(*mid, 0.0, 25.0)
    rb2 = roadbook([box_at(0.0), Box(0, 4.2, lat=far[0], lon=far[1], waypoints=(wpp,))], ROUTE)
    (w2,) = review(rb2, as_track(fixes[:150])).waypoints
    assert w2.status is WaypointStatus.MISSED and w2.closest_m == pytest.approx(25.0, abs=0.05)


def _stage() -> Roadbook:
    return roadbook(
        [
            box_at(0.0, waypoint(WaypointType.DSS)),
            box_at(
                2.0,
                waypoint(WaypointType.DZ),
                waypoint(WaypointType.WPM, "1"),
                speed_limit_kmh=50.0,
            ),
            box_at(4.0, waypoint(WaypointType.FZ)),
            box_at(6.0, waypoint(WaypointType.WPM, "2"), side_m=260.0),  # passed 260 m away
            box_at(9.0, waypoint(WaypointType.WPE, "3")),
            box_at(12.0, waypoint(WaypointType.WPC, "4"), side_m=150.0),
            box_at(15.0, waypoint(WaypointType.ASS)),
        ],
        ROUTE,
    )


PLAN = [(0.0, 90.0), (1_800.0, 45.0), (2_600.0, 64.0), (3_000.0, 45.0), (4_100.0, 90.0)]


@pytest.mark.parametrize("with_speed", [True, False])
def test_review_agrees_with_the_navigator(with_speed: bool) -> None:
    agree(_stage(), drive(ROUTE, PLAN, with_speed=with_speed)[:900])


def test_review_agrees_on_the_demo_drive() -> None:
    rb, track = read_roadbook(demo_roadbook()), read_track(demo_drive())
    sim = simulate(rb, track.fixes())
    rev = review(rb, track)
    assert [(w.box.index, w.status, w.time) for w in sim.waypoints] == [
        (w.box, w.status, w.time) for w in rev.waypoints
    ]
    missed = [w for w in rev.waypoints if w.status is WaypointStatus.MISSED]
    assert [(w.box, w.label) for w in missed] == [(32, "WPM 7")]
    assert 700 < missed[0].closest_m < 740


def test_zone_violation_from_the_log_speed() -> None:
    fixes = drive(ROUTE, PLAN)[:900]
    r = review(_stage(), as_track(fixes))
    (zone,) = r.zones
    assert (zone.start_box, zone.end_box, zone.limit_kmh) == (2, 3, 50.0)
    (v,) = zone.violations
    t0 = fixes[0].time
    # 64 km/h from 2.6 km to 3.0 km: known from the plan.
    first_fast = next(f for f in fixes if f.speed_kmh == 64.0)
    last_fast = [f for f in fixes if f.speed_kmh == 64.0][-1]
    assert (v.start, v.end) == (first_fast.time, last_fast.time)
    assert v.max_kmh == 64.0 and zone.max_kmh == 64.0
    assert v.penalty_s == 30 * 14  # first offence: 30 s per km/h over
    assert r.summary.violations == 1 and r.summary.penalty_s == 420
    assert zone.entered is not None and zone.entered - t0 == pytest.approx(
        1800 / 25 + 200 / 12.5, abs=2
    )


def test_zone_violation_from_positions_only() -> None:
    fixes = drive(ROUTE, PLAN, with_speed=False)[:900]
    (zone,) = review(_stage(), as_track(fixes)).zones
    (v,) = zone.violations
    first_fast = next(i for i, f in enumerate(drive(ROUTE, PLAN)[:900]) if f.speed_kmh == 64.0)
    assert v.start == pytest.approx(fixes[first_fast].time, abs=3.0)
    assert v.max_kmh == pytest.approx(64.0, abs=0.5)


def test_penalty_scale_and_exclusion() -> None:
    p = penalty_profiles()["dakar-2005"]
    assert [p.penalty(k, 10.2) for k in (1, 2, 3)] == [330, 660, 1320]
    assert math.isinf(p.penalty(4, 1.0))
    assert penalty_profiles()["none"].penalty(1, 30.0) == 0


def test_off_route_detour_known_by_construction() -> None:
    fixes = drive(ROUTE, 72.0)[:400]  # 20 m/s
    # From 3 km to 4 km the crew drives 500 m north of the line, parallel to it.
    detour = [
        Fix(f.time, *offset(f.lat, f.lon, 0.0, 500.0), speed_kmh=72.0) if 150 <= i < 200 else f
        for i, f in enumerate(fixes)
    ]
    settings = ReviewSettings(max_speed_kmh=2000.0)  # the sideways jumps are part of the test
    r = review(_stage(), as_track(detour), settings)
    (o,) = r.off_route
    assert (o.start, o.end) == (detour[150].time, detour[199].time)
    assert o.max_m == pytest.approx(500.0, abs=1.0)


def test_sections_stops_and_drift() -> None:
    plan = [(0.0, 36.0), (2_500.0, 0.0)]
    moving = drive(ROUTE, plan)
    last = moving[-1]
    parked = [
        Fix(last.time + i, *offset(last.lat, last.lon, 45.0 * i, 3.0), speed_kmh=0.1)
        for i in range(1, 61)
    ]
    restart = drive(straight_route(last.lat, last.lon, 90.0, 3_000.0), 36.0, start=last.time + 61)
    rb = roadbook([box_at(0.0), box_at(1.0), box_at(2.0), box_at(4.0)], ROUTE)
    r = review(rb, as_track([*moving, *parked, *restart[1:]]))
    s1, _s2, s3 = r.sections
    assert s1.driven_km == pytest.approx(1.0, abs=0.011) and s1.time_s == pytest.approx(100, abs=1)
    assert s1.avg_kmh == pytest.approx(36.0, abs=0.5) and s1.drift_km == pytest.approx(
        0.0, abs=0.011
    )
    # The parked minute adds no distance, though the receiver wandered 3 m each second.
    assert s3.driven_km == pytest.approx(2.0, abs=0.011)
    assert s3.time_s == pytest.approx(200 + 60, abs=2)
    (stop,) = r.stops
    assert stop.box == 3 and stop.end - stop.start == pytest.approx(60, abs=2)


def test_early_neutralisation() -> None:
    rb = roadbook(
        [
            box_at(0.0),
            box_at(1.0, waypoint(WaypointType.DN), neutralization_s=600),
            box_at(2.0, waypoint(WaypointType.FN)),
        ],
        ROUTE,
    )
    (n,) = review(rb, as_track(drive(ROUTE, 36.0)[:250])).neutralizations
    assert (n.start_box, n.end_box, n.required_s) == (2, 3, 600)
    assert n.taken_s == pytest.approx(100, abs=1) and n.early_s == pytest.approx(500, abs=1)


def test_comparison_of_two_crews() -> None:
    rb = roadbook([box_at(0.0), box_at(2.0), box_at(5.0), box_at(8.0)], ROUTE)
    fast = review(rb, as_track(drive(ROUTE, 72.0)[:450], "fast"))  # 20 m/s
    slow_plan = [(0.0, 72.0), (2_000.0, 36.0), (5_000.0, 72.0)]
    slow = review(rb, as_track(drive(ROUTE, slow_plan, start=1_767_300_000.0)[:600], "slow"))
    c = compare([fast, slow])
    assert c.names == ("fast", "slow")
    g12, g23, g34 = c.sections
    assert g12.gaps_s == pytest.approx((0.0, 0.0), abs=1.01)
    # 3 km at 36 km/h instead of 72: 150 s lost on boxes 2-3, none after.
    assert g23.gaps_s[1] == pytest.approx(150.0, abs=1.01) and g23.gaps_s[0] == 0.0
    assert g34.gaps_s == pytest.approx((0.0, 0.0), abs=1.01)
    assert c.total_gap_s == pytest.approx((0.0, 150.0), abs=1.5)
    assert c.box_elapsed_s[0] == (0.0, 0.0)
    with pytest.raises(ValueError, match="two or more"):
        compare([fast])


def test_liaison_alongside_the_route_passes_no_box_before_the_dss() -> None:
    """A liaison on a road 1 km north of the route's first kilometres, driven west to the DSS.

    Its points lie within 2 km of the route at chainages up to 4 km, but the crew passes each
    box only when it drives the route from the DSS: the same drive as the reference after it.
    """
    rb = roadbook([box_at(0.0), box_at(2.0), box_at(5.0), box_at(8.0)], ROUTE)
    ref = review(rb, as_track(drive(ROUTE, 72.0)[:450], "reference"))
    north = offset(*LINE.point_at(4_000.0), 0.0, 1_000.0)
    road = straight_route(*north, 270.0, 4_000.0, step_m=50.0)
    t0 = 1_767_300_000.0
    liaison = drive(road, 72.0, start=t0)
    down = straight_route(road.lat[-1], road.lon[-1], 180.0, 1_000.0, step_m=50.0)
    liaison += drive(down, 72.0, start=liaison[-1].time)[1:]
    stage = drive(ROUTE, 72.0, start=liaison[-1].time + 1.0)[:450]
    crew = review(rb, as_track(liaison + stage, "liaison"))
    assert crew.box_times[0] == pytest.approx(stage[0].time, abs=1.0)
    c = compare([ref, crew])
    for row in c.box_elapsed_s:
        assert row[1] == pytest.approx(row[0], abs=1.0)
    for g in c.sections:
        assert g.gaps_s == pytest.approx((0.0, 0.0), abs=1.0)
    assert c.total_gap_s == pytest.approx((0.0, 0.0), abs=1.0)


# --- bad input ------------------------------------------------------------------------------------


def test_track_without_times_still_judges_waypoints() -> None:
    fixes = drive(ROUTE, PLAN)[:900]
    track = as_track([Fix(math.nan, f.lat, f.lon) for f in fixes])
    r = review(_stage(), track)
    assert [w.status for w in r.waypoints] == [
        w.status for w in review(_stage(), as_track(fixes)).waypoints
    ]
    assert all(w.time is None for w in r.waypoints)
    assert r.zones == () and r.stops == () and r.summary.elapsed_s is None
    assert any("no times" in n for n in r.notes)
    assert r.sections[0].driven_km == pytest.approx(2.0, abs=0.03) and r.sections[0].time_s is None


def test_gaps_segments_and_time_going_backwards() -> None:
    fixes = drive(ROUTE, 36.0)[:600]
    gap = fixes[:100] + fixes[160:]  # a minute without fixes (a tunnel, a logger restart)
    back = [*gap[:300], dataclasses.replace(gap[290], time=gap[250].time), *gap[300:]]
    r = review(_stage(), as_track(back))
    assert r.summary.driven_km == pytest.approx(6.0 - 0.01, abs=0.02)
    agree(_stage(), back)


def test_roadbook_without_coordinates_is_refused() -> None:
    rb = roadbook([Box(0, 0.0), Box(0, 1.0)])
    with pytest.raises(ReviewError, match="review needs box coordinates"):
        review(rb, as_track(drive(ROUTE, 36.0)[:10]))


def test_track_far_from_the_route() -> None:
    far = straight_route(-33.9, 151.2, 0.0, 2_000.0)
    r = review(_stage(), as_track(drive(far, 36.0)))
    assert r.summary.validated == 0 and r.summary.missed == 8  # box 2 carries two
    assert any("never comes within" in n for n in r.notes)
    assert all(s.driven_km is None for s in r.sections)


def test_empty_track() -> None:
    with pytest.raises(ReviewError, match="no points"):
        review(_stage(), Track.empty())


def test_roadbook_without_route_line_uses_the_boxes() -> None:
    rb = _stage()
    bare = Roadbook(rb.name, rb.units, rb.boxes)
    r = review(bare, as_track(drive(ROUTE, PLAN)[:900]))
    assert r.off_route == () and any("no route line" in n for n in r.notes)
    assert r.summary.validated == review(rb, as_track(drive(ROUTE, PLAN)[:900])).summary.validated


def test_line_is_shared() -> None:
    assert LINE.length_m == pytest.approx(20_000.0, abs=0.01)


def test_gps_spikes_and_a_relocation_agree_with_the_navigator() -> None:
    fixes = drive(ROUTE, 72.0)[:500]
    spiked = list(fixes)
    for i in range(100, 102):  # two fixes 5.5 km away, then back: a spike
        spiked[i] = dataclasses.replace(fixes[i], lat=fixes[i].lat + 0.05)
    # From fix 300 on the receiver reports a place 3 km north (a replay seek, a bad antenna):
    # the navigator follows after three consistent fixes, counting nothing for the jump.
    moved = [dataclasses.replace(f, lat=f.lat + 0.027) for f in spiked[300:]]
    track_fixes = [*spiked[:300], *moved]
    agree(_stage(), track_fixes)
    sim = simulate(_stage(), track_fixes)
    r = review(_stage(), as_track(track_fixes))
    # The driven distance is the navigator's: no spike, no jump counted.
    assert r.summary.driven_km == pytest.approx(sim.final.trip.total_km, abs=0.05)
    assert r.summary.driven_km == pytest.approx(499 * 0.02 - 2 * 0.02, abs=0.08)


def test_cold_start_log_validates_nothing_at_its_stale_position() -> None:
    """GPSBabel's MTK logger: a stale position repeated for an hour, then 1.8 km in 1 s."""
    from navapp.core.generate import generate

    track = read_track("tests/data/gpsbabel_mtk_logger_cold_start.gpx")
    stale = (57.719580948, 12.016372082)
    first_real = 1_201_443_275.0  # 14:14:35, the first report after the jump
    rb = generate(track)
    dss = rb.boxes[0]
    assert dss.lat is not None and dss.lon is not None
    assert geodesy.distance_m(dss.lat, dss.lon, *stale) > 1500.0  # not on the stale point
    sim = simulate(rb, track.fixes())
    rev = review(rb, track)
    assert [(w.box.index, w.status, w.time) for w in sim.waypoints] == [
        (w.box, w.status, w.time) for w in rev.waypoints
    ]
    assert all(w.status is WaypointStatus.VALIDATED for w in rev.waypoints)
    assert min(w.time for w in rev.waypoints if w.time is not None) >= first_real
    assert any("not positions" in n for n in rev.notes)
    # A waypoint on the stale point itself is never validated, by either: missed, and its
    # closest approach is that of the real drive, not 0 m.
    wpv = Waypoint(WaypointType.WPV, "stale", None, 200.0)
    on_stale = dataclasses.replace(rb.boxes[1], lat=stale[0], lon=stale[1], waypoints=(wpv,))
    rb2 = dataclasses.replace(rb, boxes=(rb.boxes[0], on_stale, *rb.boxes[2:]))
    sim2, rev2 = simulate(rb2, track.fixes()), review(rb2, track)
    assert sim2.waypoints[1].box.index == rev2.waypoints[1].box == 2
    assert sim2.waypoints[1].status is rev2.waypoints[1].status is WaypointStatus.MISSED
    assert rev2.waypoints[1].closest_m > 1500.0
    # The distance driven leaves out the stale point and both jumps (2.0 and 1.75 km).
    assert rev.summary.driven_km == pytest.approx(fix_path(track).cum_m[-1] / 1000.0, abs=1e-9)
    assert rev.summary.driven_km < 9.3


def test_closest_approach_of_a_waypoint_never_reached_is_the_geodesic_minimum() -> None:
    route = straight_route(24.0, 46.0, 45.0, 20_000.0)
    fixes = drive(route, 60.0)
    # 5 km to the side of the 12 km point, 400 km away: never inside any circle.
    for side_m in (5000.0, 400_000.0):
        far = offset(*geodesy.forward(24.0, 46.0, 45.0, 12_000.0), 135.0, side_m)
        wpm = waypoint(WaypointType.WPM, "far")
        boxes = [
            Box(0, 0.0, lat=24.0, lon=46.0, waypoints=(waypoint(WaypointType.DSS),)),
            Box(0, 12.0, lat=far[0], lon=far[1], waypoints=(wpm,)),
        ]
        w = review(roadbook(boxes, route), as_track(fixes)).waypoints[-1]
        d = np.array([geodesy.distance_m(f.lat, f.lon, *far) for f in fixes])
        assert w.status is WaypointStatus.MISSED
        assert w.closest_m == pytest.approx(float(d.min()), rel=1e-12)
        assert w.closest_index == int(np.argmin(d))


def test_stages_reviewed_in_turn_each_keep_their_own_route_line() -> None:
    from tests.crew_field import crew_track, loop_route, out_and_back_route, stage

    loop, there = loop_route(), out_and_back_route()
    first = review(stage(loop), crew_track(loop, 0))
    other = review(stage(there), crew_track(there, 0))
    assert review(stage(loop), crew_track(loop, 0)) == first
    assert review(stage(there), crew_track(there, 0)) == other
    assert first.summary.driven_km == pytest.approx(6.0, abs=0.01)
    assert other.summary.driven_km == pytest.approx(4.5, abs=0.01)
