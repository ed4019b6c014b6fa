"""The cue schedule on generated drives whose answers are known by construction, and on a
real recorded ride."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from navapp.core import geodesy
from navapp.core.cue_speech import box_call, say_distance, say_number, spoken_turn
from navapp.core.cues import Cue, CueEvent, CueOptions, CuePlanner
from navapp.core.declination import CapReference, NorthReference
from navapp.core.generate import generate
from navapp.core.model import Box, Fix, Roadbook, Units, Waypoint, WaypointType
from navapp.core.navigator import Navigator, NavSettings
from navapp.core.navstate import NavState
from navapp.core.routewatch import RouteWatch
from navapp.core.simulate import simulate
from navapp.core.tulip import tulip_for_turn
from navapp.gps.silence import SILENCE_S
from navapp.io.registry import read_track
from tests.builders import drive, offset, roadbook, straight_route, waypoint

DATA = Path(__file__).parents[2] / "data"
ROUTE = straight_route(31.0, -4.0, 90.0, 20_000.0, step_m=50.0)
LINE = geodesy.RouteGeometry(ROUTE.lat, ROUTE.lon)
T0 = 1_767_225_600.0
V = 72.0  # km/h: 20 m a second, one fix a second


def box_at(km: float, *wps: Waypoint, side_m: float = 0.0, **kw: object) -> Box:
    """A box at chainage ``km`` on ROUTE (``side_m`` north of it), CAP 90 unless given."""
    lat, lon = LINE.point_at(km * 1000)
    if side_m:
        lat, lon = offset(lat, lon, 0.0, side_m)
    kw.setdefault("cap", 90)
    return Box(0, km, lat=lat, lon=lon, waypoints=wps, **kw)  # type: ignore[arg-type]


def plan(
    rb: Roadbook,
    fixes: list[Fix],
    options: CueOptions | None = None,
    **settings: object,
) -> list[CueEvent]:
    """Every cue of a drive, times from its start (s)."""
    run = simulate(rb, fixes, NavSettings(**settings), options or CueOptions(), SILENCE_S)  # type: ignore[arg-type]
    return [replace(c, time=c.time - T0) for c in run.cues]


def times(cues: list[CueEvent], cue: Cue) -> list[float]:
    return [c.time for c in cues if c.cue is cue]


def test_waypoint_and_zone_cues_come_when_the_navigator_says() -> None:
    rb = roadbook(
        [
            box_at(0.0),
            box_at(3.0, waypoint(WaypointType.WPM, "1")),
            box_at(6.0, waypoint(WaypointType.WPM, "2"), side_m=1000.0),  # never within 800 m
            box_at(9.0, waypoint(WaypointType.WPM, "3")),
            box_at(11.0, waypoint(WaypointType.DZ), speed_limit_kmh=100.0),
            box_at(13.0, waypoint(WaypointType.FZ)),
        ],
        ROUTE,
    )
    cues = plan(rb, drive(ROUTE, V)[:800])
    # WPM 1 opens 800 m before it (2.2 km, 110 s) and validates 200 m before (2.8 km, 140 s);
    # the DZ and FZ open 1 km before them (10 km, 500 s; 12 km, 600 s), WPM 2 and 3 never.
    opened = [(c.time, c.box) for c in cues if c.cue is Cue.WP_OPENED]
    assert [b for _, b in opened] == [2, 5, 6]
    assert [t for t, _ in opened] == pytest.approx([110, 500, 600], abs=1)
    assert [(c.box) for c in cues if c.cue is Cue.WP_VALIDATED] == [2, 4, 5, 6]
    validated = times(cues, Cue.WP_VALIDATED)
    assert validated[0] == pytest.approx(140, abs=1)
    # WPM 3 validates 200 m before it (8.8 km, 440 s): WPM 2, passed 1 km away, is missed then.
    assert validated[1] == pytest.approx(440, abs=1)
    assert [(c.time, c.box) for c in cues if c.cue is Cue.WP_MISSED] == [(validated[1], 3)]
    # The DZ (clear 90 m) validates at 10.91 km (545.5 s); the FZ box by the trip meter, which
    # the validations have set 200 m and then 90 m ahead: at 12.91 km (645.5 s).
    assert [c.box for c in cues if c.cue is Cue.ZONE_ENTER] == [5]
    assert times(cues, Cue.ZONE_ENTER)[0] == pytest.approx(545.5, abs=1)
    assert validated[2:] == pytest.approx([545.5, 645.5], abs=1)
    assert [c.box for c in cues if c.cue is Cue.ZONE_EXIT] == [6]
    assert times(cues, Cue.ZONE_EXIT)[0] == pytest.approx(645.5, abs=1)
    assert not times(cues, Cue.OVERSPEED)  # 72 km/h under a 100 limit
    assert not times(cues, Cue.OFF_ROUTE)  # on the line throughout
    assert not times(cues, Cue.GPS_LOST)


def test_overspeed_repeats_while_over_and_stops_at_once() -> None:
    rb = roadbook(
        [
            box_at(0.0),
            Box(0, 1.0, speed_limit_kmh=50.0, waypoints=(waypoint(WaypointType.DZ),)),
            Box(0, 4.0, waypoints=(waypoint(WaypointType.FZ),)),
        ],
        ROUTE,
    )
    # 45 km/h (12.5 m/s) to 2 km (160 s), 65 km/h to 2.6 km (18.06 m/s: 34 fixes), 45 again.
    fixes = drive(ROUTE, [(0.0, 45.0), (2_000.0, 65.0), (2_600.0, 45.0)])[:300]
    cues = plan(rb, fixes, CueOptions(overspeed_repeat_s=3.0))
    over = times(cues, Cue.OVERSPEED)
    assert over == pytest.approx([160.0 + 3 * k for k in range(12)], abs=1e-6)
    assert all(c.box == 2 for c in cues if c.cue is Cue.OVERSPEED)
    # Under the limit again at the fix at 194 s: nothing after 193 s.
    assert max(over) < 194
    assert times(cues, Cue.ZONE_ENTER) == pytest.approx([80.0], abs=1)

    every5 = times(plan(rb, fixes, CueOptions(overspeed_repeat_s=5.0)), Cue.OVERSPEED)
    assert every5 == pytest.approx([160.0 + 5 * k for k in range(7)], abs=1e-6)


def _stand_still(fixes: list[Fix], seconds: int) -> list[Fix]:
    """``fixes`` then the car stopped where the last one left it for ``seconds``."""
    last = fixes[-1]
    return [Fix(last.time + k, last.lat, last.lon, speed_kmh=0.0) for k in range(1, seconds + 1)]


def test_countdown_end_once_when_the_neutralisation_time_runs_out() -> None:
    rb = roadbook(
        [
            Box(0, 0.0),
            Box(0, 1.0, neutralization_s=60, waypoints=(waypoint(WaypointType.DN),)),
            Box(0, 2.0, waypoints=(waypoint(WaypointType.FN),)),
        ],
        ROUTE,
    )
    # 36 km/h: at the DN (1 km) after 100 s, stopped there 120 s, then on to the FN.
    there = drive(ROUTE, 36.0)[:106]
    stopped = _stand_still(there, 120)
    on = [replace(f, time=f.time + 120) for f in drive(ROUTE, 36.0)[106:260]]
    cues = plan(rb, there + stopped + on)
    ends = [(c.time, c.box) for c in cues if c.cue is Cue.COUNTDOWN_END]
    assert len(ends) == 1 and ends[0][1] == 2
    assert ends[0][0] == pytest.approx(160, abs=1)


def test_leaving_the_neutralisation_early_has_no_countdown_end() -> None:
    rb = roadbook(
        [
            Box(0, 0.0),
            Box(0, 1.0, neutralization_s=600, waypoints=(waypoint(WaypointType.DN),)),
            Box(0, 2.0, waypoints=(waypoint(WaypointType.FN),)),
        ],
        ROUTE,
    )
    assert not times(plan(rb, drive(ROUTE, 36.0)[:300]), Cue.COUNTDOWN_END)


def _left_tulip() -> Box:
    return box_at(2.0, cap=120, danger=3, tulip=tulip_for_turn(90.0, -75.0).to_drawing())


def test_box_near_and_danger_once_each_with_the_box_call() -> None:
    rb = roadbook(
        [box_at(0.0), _left_tulip(), box_at(5.0, cap=45, danger=2), box_at(8.0, cap=200)],
        ROUTE,
    )
    cues = plan(rb, drive(ROUTE, V)[:500])
    near = [(c.time, c.box, c.speech) for c in cues if c.cue is Cue.BOX_NEAR]
    # Under 300 m to go at 1.7 km (85 s), 4.7 km (235 s), 7.7 km (385 s).
    assert [b for _, b, _ in near] == [2, 3, 4]
    assert [t for t, _, _ in near] == pytest.approx([85, 235, 385], abs=1)
    # The tulip says left; the straight route there says straight on.
    assert near[0][2] == "three hundred metres, left, CAP 120"
    assert near[1][2] == "three hundred metres, straight on, CAP 45"
    assert near[2][2] == "three hundred metres, straight on, CAP 200"
    # Only the !!! box gets the danger cue (default level 3), just before its call.
    danger = [(c.time, c.box, c.speech) for c in cues if c.cue is Cue.DANGER_BOX]
    assert danger == [(near[0][0], 2, "danger three")]
    i = cues.index(next(c for c in cues if c.cue is Cue.DANGER_BOX))
    assert cues[i + 1].cue is Cue.BOX_NEAR

    both = plan(rb, drive(ROUTE, V)[:500], CueOptions(danger_level=2, speak_boxes=False))
    assert [c.box for c in both if c.cue is Cue.DANGER_BOX] == [2, 3]
    assert all(c.speech == "" for c in both)


def test_box_call_uses_the_shown_cap_and_the_near_distance() -> None:
    rb = roadbook([box_at(0.0), _left_tulip()], ROUTE)
    magnetic = CapReference(NorthReference.MAGNETIC_FIXED, 10.0)
    cues = plan(rb, drive(ROUTE, V)[:120], CueOptions(box_near_m=1000.0), cap_reference=magnetic)
    (near,) = [c for c in cues if c.cue is Cue.BOX_NEAR]
    # Under 1 km to go at 1.0 km (50 s), CAP 120 true shown 110 magnetic.
    assert near.time == pytest.approx(50, abs=1)
    assert near.speech == "one kilometre, left, CAP 110"


def test_box_near_does_not_repeat_for_jitter_around_the_threshold() -> None:
    rb = roadbook([box_at(0.0), box_at(2.0), box_at(9.0)], ROUTE)
    nav = Navigator(rb)
    planner = CuePlanner(rb)
    heard: list[CueEvent] = []
    fixes = drive(ROUTE, V)
    for f in fixes[:86]:  # to 1.7 km: 300 m to go
        heard += planner.update(nav.update(f), True)
    assert [c.box for c in heard if c.cue is Cue.BOX_NEAR] == [2]
    # The co-driver corrects the trip meter back and forth across the threshold.
    for delta in (-0.03, +0.02, -0.02, +0.03, -0.05, +0.05):
        heard += planner.update(nav.adjust(delta), True)
    assert [c.box for c in heard if c.cue is Cue.BOX_NEAR] == [2]
    # A correction far back (box 2 is 1.3 km away again) re-arms it: heard again on approach.
    heard += planner.update(nav.adjust(-1.0), True)
    for f in fixes[86:200]:
        heard += planner.update(nav.update(f), True)
    assert [c.box for c in heard if c.cue is Cue.BOX_NEAR] == [2, 2]


def test_no_box_cue_while_the_co_driver_scrolls_by_hand() -> None:
    rb = roadbook([box_at(0.0), box_at(2.0), box_at(9.0)], ROUTE)
    nav = Navigator(rb)
    planner = CuePlanner(rb)
    fixes = drive(ROUTE, V)
    for f in fixes[:50]:
        planner.update(nav.update(f), True)
    planner.update(nav.show_box(2), True)
    heard = [c for f in fixes[50:100] for c in planner.update(nav.update(f), True)]
    assert not [c for c in heard if c.cue is Cue.BOX_NEAR]


def test_gps_lost_and_back_once_each_from_the_feed() -> None:
    rb = roadbook([box_at(0.0), box_at(9.0)], ROUTE)
    fixes = drive(ROUTE, V)[:200]
    # No fix from 100 s to 109 s: lost 3 s after the last one (102 s), back at 110 s.
    gap = fixes[:100] + fixes[110:]
    cues = plan(rb, gap)
    assert [(c.time, c.cue) for c in cues if c.cue in (Cue.GPS_LOST, Cue.GPS_BACK)] == [
        (99.0 + SILENCE_S, Cue.GPS_LOST),
        (110.0, Cue.GPS_BACK),
    ]
    # A gap under the silence rule is no loss.
    short = fixes[:100] + fixes[101:]
    assert not [c for c in plan(rb, short) if c.cue in (Cue.GPS_LOST, Cue.GPS_BACK)]


def test_feed_rules_without_states() -> None:
    rb = roadbook([box_at(0.0), box_at(9.0)], ROUTE)
    planner = CuePlanner(rb)
    # Never live yet: no loss to report, and the first fix is not "back".
    assert planner.update_feed(T0, False) == []
    assert planner.update_feed(T0 + 1, True) == []
    assert planner.update_feed(T0 + 5, False) == [CueEvent(T0 + 5, Cue.GPS_LOST)]
    assert planner.update_feed(T0 + 6, False) == []  # once
    assert planner.update_feed(T0 + 7, True) == [CueEvent(T0 + 7, Cue.GPS_BACK)]
    assert planner.update_feed(T0 + 8, True) == []
    # A paused (or ended) replay is neither lost nor back.
    assert planner.update_feed(T0 + 9, False, paused=True) == []
    assert planner.update_feed(T0 + 20, True, paused=False) == []


def test_no_cue_on_a_paused_replay_or_while_not_live() -> None:
    rb = roadbook([box_at(0.0), box_at(1.0, waypoint(WaypointType.WPV, "1")), box_at(9.0)], ROUTE)
    nav = Navigator(rb)
    states: list[NavState] = [nav.update(f) for f in drive(ROUTE, V)[:100]]
    assert any(s.events for s in states)
    paused = CuePlanner(rb)
    assert [c for s in states for c in paused.update(s, False, paused=True)] == []
    silent = CuePlanner(rb)
    assert [c for s in states for c in silent.update(s, False)] == []
    live = CuePlanner(rb)
    assert [c for s in states for c in live.update(s, True)]


def _detour(out_m: list[tuple[float, float]]) -> list[Fix]:
    """Fixes at 20 m/s of chainage along ROUTE, ``out_m`` north of it: (chainage, metres)
    pairs, linear between them."""
    c = np.arange(0.0, 12_000.0, 20.0)
    off = np.interp(c, [p for p, _ in out_m], [m for _, m in out_m])
    lat, lon = LINE.points_at(c)
    plat, plon = geodesy.forward_arrays(lat, lon, np.zeros_like(c), off)
    return [
        Fix(T0 + i, la, lo, speed_kmh=V)
        for i, (la, lo) in enumerate(zip(plat.tolist(), plon.tolist(), strict=True))
    ]


def test_off_route_once_per_excursion_and_armed_again_after_the_return() -> None:
    rb = roadbook([box_at(0.0), box_at(6.0), box_at(12.0)], ROUTE)
    # Out to 400 m between 3 and 4 km, back by 5 km; out again between 8 and 9 km.
    fixes = _detour(
        [(0, 0), (3000, 0), (4000, 400), (5000, 0), (8000, 0), (8500, 300), (9000, 0), (12e3, 0)]
    )
    cues = plan(rb, fixes, CueOptions(off_route_m=150.0))
    # 150 m out at 3375 m (168.75 s) and at 8250 m (412.5 s).
    assert times(cues, Cue.OFF_ROUTE) == pytest.approx([169, 413], abs=1)


def test_off_route_does_not_repeat_for_jitter_around_the_threshold() -> None:
    rb = roadbook([box_at(0.0), box_at(6.0), box_at(12.0)], ROUTE)
    # Driving 140/160 m off the line in turn for 2 km, and never back within 90 m.
    jitter = [(3000.0 + 100 * k, 140.0 if k % 2 else 160.0) for k in range(21)]
    fixes = _detour([(0, 0), (2900, 140.0), *jitter, (5100, 140.0), (12e3, 140.0)])
    assert len(times(plan(rb, fixes, CueOptions(off_route_m=150.0)), Cue.OFF_ROUTE)) == 1


def test_no_off_route_without_a_route_line() -> None:
    rb = roadbook([box_at(0.0), box_at(6.0), box_at(12.0)])
    fixes = _detour([(0, 0), (3000, 0), (4000, 400), (5000, 0), (12e3, 0)])
    assert not times(plan(rb, fixes), Cue.OFF_ROUTE)


def test_route_watch_stays_on_its_leg_of_an_out_and_back() -> None:
    """Out 5 km east and back on a line 100 m north: the way back matches the return leg."""
    out = straight_route(31.0, -4.0, 90.0, 5_000.0, step_m=50.0)
    end_lat, end_lon = offset(float(out.lat[-1]), float(out.lon[-1]), 0.0, 100.0)
    back = straight_route(end_lat, end_lon, 270.0, 5_000.0, step_m=50.0)
    route = replace(
        out, lat=np.concatenate([out.lat, back.lat]), lon=np.concatenate([out.lon, back.lon])
    )
    watch = RouteWatch(route, ())
    line = geodesy.RouteGeometry(back.lat, back.lon)
    for c in range(0, 5000, 20):
        lat, lon = line.point_at(float(c))
        assert watch.offset_m(lat, lon) == pytest.approx(0.0, abs=0.5)
        last = watch.last_chainage_m
        assert last is not None and last > 5000.0  # on the way back, not the way out


def test_speech_words() -> None:
    assert say_number(0) == "zero"
    assert say_number(45) == "forty-five"
    assert say_number(350) == "three hundred and fifty"
    assert say_number(1205) == "one thousand two hundred and five"
    assert say_distance(296.0, Units.METRIC) == "three hundred metres"
    assert say_distance(272.0, Units.METRIC) == "two hundred and fifty metres"
    assert say_distance(84.0, Units.METRIC) == "eighty metres"
    assert say_distance(1249.0, Units.METRIC) == "one point two kilometres"
    assert say_distance(300.0, Units.STATUTE) == "three hundred and fifty yards"  # 328 yd
    assert say_distance(3218.7, Units.STATUTE) == "two miles"
    assert [spoken_turn(a) for a in (5, -40, 90, -140, 180)] == [
        "straight on",
        "bear left",
        "right",
        "sharp left",
        "U-turn",
    ]
    assert box_call(300.0, Units.METRIC) == "three hundred metres"
    assert box_call(300.0, Units.METRIC, "left", 120) == "three hundred metres, left, CAP 120"


def test_options_refuse_nonsense() -> None:
    with pytest.raises(ValueError, match="box_near_m"):
        CueOptions(box_near_m=0)
    with pytest.raises(ValueError, match="danger_level"):
        CueOptions(danger_level=4)


def test_the_loop_ride_gives_sensible_counts() -> None:
    """A real ride driven against the roadbook generated from it."""
    track = read_track(DATA / "gpsbabel_bike_loop.gpx")
    rb = generate(track)
    run = simulate(rb, track.fixes(), None, CueOptions(), SILENCE_S)
    count = {cue: sum(c.cue is cue for c in run.cues) for cue in Cue}
    # Every box after the first is announced once (the ride reaches the last box).
    near = [c.box for c in run.cues if c.cue is Cue.BOX_NEAR]
    assert near == list(range(2, len(rb.boxes) + 1))
    for c in run.cues:
        if c.cue is Cue.BOX_NEAR and c.box is not None:
            cap = rb.boxes[c.box - 1].cap
            assert c.speech.startswith(("two hundred and fifty metres, ", "three hundred metres, "))
            assert c.speech.endswith(f", CAP {cap}") if cap is not None else "CAP" not in c.speech
    # The roadbook's route is this very ride: never off it.
    assert count[Cue.OFF_ROUTE] == 0
    # The DSS at the start and the ASS at the end, which ends the stage: nothing after it.
    assert [(c.cue, c.box) for c in run.cues if c.cue is Cue.WP_VALIDATED] == [
        (Cue.WP_VALIDATED, 1),
        (Cue.WP_VALIDATED, len(rb.boxes)),
    ]
    assert run.final.validated == 2
    assert run.cues[-1].cue is Cue.WP_VALIDATED
    assert [c.time for c in run.cues] == sorted(c.time for c in run.cues)
