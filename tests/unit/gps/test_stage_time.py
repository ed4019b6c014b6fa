"""Stage time: from the first fix, never negative, kept across a change of source."""

from __future__ import annotations

import math

import pytest

from navapp.gps.stage_time import StageTime

REPLAY_T0 = 1_683_454_500.0  # a drive recorded in May 2023
LIVE_T0 = 1_764_750_000.0  # the receiver in the car, December 2025


def test_starts_at_the_first_usable_time() -> None:
    st = StageTime()
    assert not st.started and math.isnan(st.elapsed(REPLAY_T0))
    assert st.on_fix(math.nan, 0.0) is None  # a fix without time starts nothing
    assert st.on_fix(REPLAY_T0, 0.0) == REPLAY_T0
    st.on_fix(REPLAY_T0 + 100, 100.0)
    assert st.elapsed(REPLAY_T0 + 100) == 100.0


def test_never_negative() -> None:
    st = StageTime()
    st.on_fix(REPLAY_T0 + 50, 0.0)
    assert st.elapsed(REPLAY_T0) == 0.0
    # A replay sought back before the start: the stage starts there.
    st.on_fix(REPLAY_T0, 1.0)
    assert st.start == REPLAY_T0 and st.elapsed(REPLAY_T0 + 10) == 10.0


def test_kept_across_a_source_on_another_clock() -> None:
    """The reproduced bug: replay first, then the live receiver (or back): stage time jumped by
    the difference of the clocks, −164446:05:44."""
    st = StageTime()
    st.on_fix(REPLAY_T0, 10.0)
    st.on_fix(REPLAY_T0 + 600, 130.0)  # a 5× replay: 10 stage minutes in 2 real minutes
    st.keep_across_source_change()
    assert not st.started
    # The switch took 20 s on the computer's clock; the new source is years later.
    st.on_fix(LIVE_T0, 150.0)
    assert st.elapsed(LIVE_T0) == pytest.approx(620.0)
    st.on_fix(LIVE_T0 + 60, 210.0)
    assert st.elapsed(LIVE_T0 + 60) == pytest.approx(680.0)
    # And back to an older clock.
    st.keep_across_source_change()
    st.on_fix(REPLAY_T0 - 86_400, 211.0)
    assert st.elapsed(REPLAY_T0 - 86_400) == pytest.approx(681.0)


def test_same_clock_loses_nothing() -> None:
    """Serial to gpsd on the same receiver: the seconds of the switch count."""
    st = StageTime()
    st.on_fix(LIVE_T0, 0.0)
    st.on_fix(LIVE_T0 + 300, 300.0)
    st.keep_across_source_change()
    st.on_fix(LIVE_T0 + 330, 330.0)
    assert st.elapsed(LIVE_T0 + 330) == pytest.approx(330.0)


def test_restart_and_keep_before_any_fix() -> None:
    st = StageTime()
    st.keep_across_source_change()  # nothing to keep
    st.on_fix(LIVE_T0, 0.0)
    assert st.elapsed(LIVE_T0 + 5) == 5.0
    st.restart()
    assert not st.started
    st.on_fix(LIVE_T0 + 100, 100.0)
    assert st.elapsed(LIVE_T0 + 100) == 0.0
