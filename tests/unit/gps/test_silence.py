"""The silence rule without Qt: fix age on an injected clock, the 3 s threshold, the wording."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from navapp.core.model import Fix
from navapp.core.navigator import Navigator
from navapp.gps.silence import SILENCE_S, Feed, FeedStatus, SilenceWatch, fix_line, shown_state
from navapp.io.registry import read_fixes, read_roadbook
from navapp.paths import demo_drive, demo_roadbook

T0 = 1_700_000_000.0
SOURCE = "gpsd 127.0.0.1:2947"


class Clock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def fix(t: float = T0, valid: bool = True, sats: int | None = 8) -> Fix:
    if not valid:
        return Fix(t, math.nan, math.nan, valid=False)
    return Fix(t, 43.3, 5.37, speed_kmh=45.0, course_deg=270.0, satellites=sats)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def watch(clock: Clock) -> SilenceWatch:
    w = SilenceWatch(clock)
    w.start(SOURCE)
    return w


def test_threshold_is_three_seconds() -> None:
    assert SILENCE_S == 3.0
    with pytest.raises(ValueError):
        SilenceWatch(Clock(), threshold_s=0.0)


def test_no_source_is_none() -> None:
    status = SilenceWatch(Clock()).status()
    assert status == FeedStatus(Feed.NONE)
    assert (status.indicator, status.mark, status.level) == ("NO GPS", "NO GPS", "danger")
    assert not status.live


def test_just_started_is_not_live_and_shows_the_link(clock: Clock, watch: SilenceWatch) -> None:
    watch.on_link("connecting to 127.0.0.1:2947…")
    status = watch.status()
    assert status.feed is Feed.NO_GPS and not status.live
    assert status.indicator == "NO GPS 0 s" and status.mark == "GPS LOST"
    assert status.line == "connecting to 127.0.0.1:2947…"
    clock.now += 3.0  # still nothing: the silence counts from the start
    assert watch.status().line == "no GPS data for 3 s — connecting to 127.0.0.1:2947…"


def test_fix_age_crosses_the_threshold_and_comes_back(clock: Clock, watch: SilenceWatch) -> None:
    watch.on_link(f"{SOURCE} — waiting for data")
    watch.on_fix(fix())
    status = watch.status()
    assert status.live and status.level == "ok"
    assert (status.indicator, status.mark) == ("", "")
    assert status.line == f"{SOURCE} — fix, 8 satellites"
    clock.now += 2.999
    assert watch.status().live
    clock.now += 0.001  # exactly 3 s without a fix: lost
    status = watch.status()
    assert status.feed is Feed.NO_GPS and status.silent_s == pytest.approx(3.0)
    assert status.indicator == "NO GPS 3 s" and status.level == "danger"
    assert status.mark == "GPS LOST"
    # Connected but silent: no reason from the link, so it says the source went silent.
    assert status.line == f"no GPS data for 3 s — {SOURCE} has gone silent"
    clock.now += 9.4
    assert watch.status().indicator == "NO GPS 12 s"
    watch.on_fix(fix(T0 + 13))
    status = watch.status()
    assert status.live and status.line == f"{SOURCE} — fix, 8 satellites"


def test_the_reason_is_kept(clock: Clock, watch: SilenceWatch) -> None:
    watch.on_fix(fix())
    clock.now += 1.0
    watch.on_link(f"{SOURCE} lost — reconnecting in 2 s")
    assert watch.status().live  # the last fix is only 1 s old
    clock.now += 2.5
    watch.on_link(f"{SOURCE} Connection refused — reconnecting in 2 s")
    clock.now += 2.0
    status = watch.status()
    assert status.feed is Feed.NO_GPS and status.indicator == "NO GPS 5 s"
    assert status.line == f"no GPS data for 5 s — {SOURCE} Connection refused — reconnecting in 2 s"


def test_reports_without_a_position_are_no_fix(clock: Clock, watch: SilenceWatch) -> None:
    watch.on_fix(fix())
    for _ in range(4):
        clock.now += 1.0
        watch.on_fix(fix(valid=False))
    status = watch.status()
    assert status.feed is Feed.NO_FIX and status.indicator == "NO FIX 4 s"
    assert status.mark == "GPS LOST" and status.level == "danger"
    assert status.line == f"no fix for 4 s — {SOURCE} reports no position"
    # And when the no-fix reports stop too, it is silence again.
    clock.now += 3.0
    assert watch.status().feed is Feed.NO_GPS


def test_a_paused_replay_is_not_live_and_pausing_is_no_silence(clock: Clock) -> None:
    watch = SilenceWatch(clock, threshold_s=3.0)
    watch.start("replay ss3.gpx", replay=True)
    watch.on_fix(fix())
    watch.on_link("replay 5× — 0:02 / 0:10")
    assert watch.status().live and watch.status().line == "replay 5× — 0:02 / 0:10"
    clock.now += 1.0
    watch.set_paused(True)
    watch.on_link("replay 5× paused — 0:02 / 0:10")
    clock.now += 600.0
    status = watch.status()
    assert status.feed is Feed.PAUSED and not status.live
    assert (status.indicator, status.mark, status.level) == ("REPLAY PAUSED", "PAUSED", "warn")
    assert status.line == "replay 5× paused — 0:02 / 0:10"
    watch.set_paused(False)
    clock.now += 1.5  # 2.5 s of running time since the last fix, the pause not counted
    assert watch.status().live
    clock.now += 0.5
    assert watch.status().feed is Feed.NO_GPS
    watch.set_ended()
    assert watch.status().indicator == "REPLAY END"


def test_an_injected_threshold(clock: Clock) -> None:
    watch = SilenceWatch(clock, threshold_s=0.5)
    watch.start(SOURCE)
    watch.on_fix(fix())
    clock.now += 0.5
    assert watch.status().indicator == "NO GPS 0 s"


def test_restart_forgets_the_old_source(clock: Clock, watch: SilenceWatch) -> None:
    watch.on_fix(fix())
    watch.on_link("old reason")
    clock.now += 10
    watch.start("serial /dev/ttyUSB0")
    status = watch.status()
    assert status.silent_s == 0.0 and status.data_s is None and status.link == ""
    assert status.line == "serial /dev/ttyUSB0 — waiting for data"
    watch.stop()
    assert watch.status().feed is Feed.NONE


def test_fix_line() -> None:
    assert fix_line(SOURCE, fix()) == f"{SOURCE} — fix, 8 satellites"
    assert fix_line(SOURCE, fix(sats=None)) == f"{SOURCE} — fix"
    assert fix_line(SOURCE, fix(valid=False)) == "no fix"


def test_shown_state_blanks_what_would_be_stale() -> None:
    nav = Navigator(read_roadbook(demo_roadbook()))
    fixes = read_fixes(demo_drive())
    state = None
    for f in fixes[:2100]:
        state = nav.update(f)
    assert state is not None
    assert state.speed_kmh is not None and state.course_deg is not None
    assert state.zone is not None and state.waypoint is not None
    live = FeedStatus(Feed.LIVE)
    assert shown_state(state, live) is state
    lost = shown_state(state, FeedStatus(Feed.NO_GPS, 12.0))
    assert (lost.speed_kmh, lost.course_deg, lost.cap_diff_deg) == (None, None, None)
    assert lost.zone is not None and lost.zone.speed_kmh is None and not lost.zone.over
    assert lost.waypoint is not None and lost.waypoint.distance_m is None
    assert not lost.waypoint.show_arrow and lost.waypoint.bearing_deg is None
    # The counters and the box are kept: they are marked, not hidden.
    assert lost.trip == state.trip and lost.box == state.box and lost.cap == state.cap
    assert replace(lost, speed_kmh=state.speed_kmh) != state  # course etc. still blank
