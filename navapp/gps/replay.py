"""Replaying a recorded drive at 1× to 50× with pause, resume, seek and speed changes.

:class:`ReplaySchedule` holds no clock: every call that depends on time is given ``now``
(any monotonic seconds, e.g. ``time.monotonic()``), so the same schedule is driven by a Qt
timer in the GUI and by plain numbers in the tests.

*Track time* is the recorded time in seconds since the first fix of the replay (0 to
:attr:`ReplaySchedule.duration`); it is what :meth:`~ReplaySchedule.seek` takes and
:attr:`~ReplaySchedule.position` reports.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

from navapp.core import format as fmt
from navapp.core.i18n import translate
from navapp.core.model import Fix, Track

__all__ = [
    "MAX_SPEED",
    "MIN_SPEED",
    "NO_TIME_STEP_S",
    "ReplaySchedule",
    "replay_line",
    "track_fixes",
]

MIN_SPEED = 1.0
MAX_SPEED = 50.0
# Fixes without a usable recorded time are spaced like a 1 Hz receiver.
NO_TIME_STEP_S = 1.0
# Float slack when comparing the replay position with a fix's offset, so that a fix recorded
# exactly at the position reached is delivered despite rounding in the sums.
_EPS = 1e-9


def track_fixes(track: Track) -> list[Fix]:
    """The points of a recorded track as valid fixes (see :meth:`Track.fixes`)."""
    return list(track.fixes())


def _offsets(fixes: Sequence[Fix]) -> list[float]:
    """Each fix's track time: recorded time steps, 1 s where a step is unknown or goes back."""
    out: list[float] = []
    prev = math.nan
    at = 0.0
    for i, fix in enumerate(fixes):
        t = fix.time
        if i:
            step = t - prev
            # NaN compares False: a missing time on either side gives the 1 Hz step.
            at += step if step >= 0.0 else NO_TIME_STEP_S
        out.append(at)
        prev = t
    return out


def _clamp_speed(speed: float) -> float:
    if not math.isfinite(speed):
        raise ValueError(f"replay speed must be a number, not {speed!r}")
    return min(MAX_SPEED, max(MIN_SPEED, float(speed)))


class ReplaySchedule:
    """Which recorded fixes are due at a given moment of a replay.

    Every fix is delivered exactly once in recorded order (invalid ones too, so that no-fix
    periods replay), unless a :meth:`seek` skips or repeats part of the drive. The schedule
    starts stopped at track time 0; :meth:`start` sets the clock going.
    """

    def __init__(self, fixes: Sequence[Fix] | Track, speed: float = 1.0) -> None:
        self._fixes: list[Fix] = track_fixes(fixes) if isinstance(fixes, Track) else list(fixes)
        self._offsets = _offsets(self._fixes)
        self._speed = _clamp_speed(speed)
        self._next = 0  # index of the next fix to deliver
        self._running = False  # started and not paused
        self._started = False
        # The track time reached at clock time _anchor_now; position moves on from there.
        self._anchor_pos = 0.0
        self._anchor_now = 0.0
        self._position = 0.0  # track time at the last call that was given a time

    @property
    def fixes(self) -> Sequence[Fix]:
        """The fixes replayed, in order."""
        return self._fixes

    @property
    def duration(self) -> float:
        """Track time of the last fix (seconds; 0 for an empty or one-fix replay)."""
        return self._offsets[-1] if self._offsets else 0.0

    @property
    def speed(self) -> float:
        """The replay speed factor (1 to 50)."""
        return self._speed

    @property
    def position(self) -> float:
        """The track time reached at the last call given a time (0 to :attr:`duration`)."""
        return self._position

    @property
    def started(self) -> bool:
        return self._started

    @property
    def paused(self) -> bool:
        """True once started and while paused."""
        return self._started and not self._running

    @property
    def finished(self) -> bool:
        """True when every fix up to the end has been delivered."""
        return self._next >= len(self._fixes)

    def position_at(self, now: float) -> float:
        """The track time reached at clock time ``now`` (without delivering anything)."""
        pos = self._anchor_pos
        if self._running:
            # A clock that steps back never replays backwards.
            pos += max(0.0, now - self._anchor_now) * self._speed
        return min(pos, self.duration)

    def _move_anchor(self, now: float) -> None:
        self._anchor_pos = self._position = self.position_at(now)
        self._anchor_now = now

    def start(self, now: float) -> None:
        """Start (or restart after a pause) the replay clock at ``now`` from the position held."""
        self._move_anchor(now)
        self._started = self._running = True

    def go(self, now: float) -> None:
        """Start the replay at ``now``, or go on after a pause."""
        if self._started:
            self.resume(now)
        else:
            self.start(now)

    def pause(self, now: float) -> None:
        """Hold the position reached at ``now`` until :meth:`resume`."""
        if self._running:
            self._move_anchor(now)
            self._running = False

    def resume(self, now: float) -> None:
        """Go on from the held position at ``now``."""
        if self._started and not self._running:
            self._anchor_now = now
            self._running = True

    def set_speed(self, speed: float, now: float) -> None:
        """Change the speed factor (clamped to 1..50) from ``now`` on, keeping the position."""
        self._move_anchor(now)
        self._speed = _clamp_speed(speed)

    def seek(self, track_time: float, now: float) -> None:
        """Jump to ``track_time`` (clamped to the replay); the next fix due is the first at or
        after it. Seeking back makes fixes already delivered due again."""
        if not math.isfinite(track_time):
            raise ValueError(f"seek needs a number, not {track_time!r}")
        target = min(max(0.0, track_time), self.duration)
        self._next = bisect.bisect_left(self._offsets, target - _EPS)
        self._anchor_pos = self._position = target
        self._anchor_now = now

    def due(self, now: float) -> list[Fix]:
        """The fixes whose track time has been reached at ``now`` and not yet delivered."""
        if not self._started:
            return []
        self._position = self.position_at(now)
        stop = bisect.bisect_right(self._offsets, self._position + _EPS, lo=self._next)
        out = self._fixes[self._next : stop]
        self._next = stop
        return out

    def next_due_in(self, now: float) -> float | None:
        """Clock seconds from ``now`` until the next fix is due (0 when one is due already);
        None when finished or paused."""
        if self.finished or not self._running:
            return None
        wait = (self._offsets[self._next] - self.position_at(now)) / self._speed
        return max(0.0, wait)


def replay_line(schedule: ReplaySchedule) -> str:
    """The status line of a replay: ``replay 5× paused — 0:02 / 0:10``."""
    if schedule.finished:
        text = translate("Replay", "replay {speed}× finished — {position} / {duration}")
    elif schedule.paused:
        text = translate("Replay", "replay {speed}× paused — {position} / {duration}")
    else:
        text = translate("Replay", "replay {speed}× — {position} / {duration}")
    return text.format(
        speed=f"{schedule.speed:g}",
        position=fmt.short_duration(schedule.position),
        duration=fmt.short_duration(schedule.duration),
    )
