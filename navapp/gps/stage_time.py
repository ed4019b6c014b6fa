"""The stage time of the drive view: from the stage's first fix, never negative, kept across a
change of GPS source.

Stage time is read on the clock of the fixes (their recorded times), so a replay shows the time
of the drive it replays. Two sources need not share a clock: a replay of last year's stage and
the receiver in the car are years apart. When the crew keeps the stage across a change of source,
the time reached goes on from where it was, plus the seconds the change took on the computer's
own monotonic clock; it never jumps by the difference between the two clocks.
"""

from __future__ import annotations

import math

__all__ = ["StageTime"]


class StageTime:
    """Where the stage started on the clock of the fixes (:attr:`start`, epoch seconds)."""

    def __init__(self) -> None:
        self.start: float | None = None
        self._last_time = math.nan  # the last fix time seen
        self._last_at = math.nan  # when it arrived, monotonic seconds
        self._carry: float | None = None  # seconds to go on from, after a change of source

    @property
    def started(self) -> bool:
        return self.start is not None

    def on_fix(self, fix_time: float, now: float) -> float | None:
        """A usable fix recorded at ``fix_time`` arrived at ``now`` (monotonic); the start."""
        if not math.isfinite(fix_time):
            return self.start
        if self.start is None:
            carry = self._carry or 0.0
            if self._carry is not None and math.isfinite(self._last_at):
                carry += max(0.0, now - self._last_at)
            self.start = fix_time - carry
            self._carry = None
        elif fix_time < self.start:
            # A replay sought back before the start: the stage starts there, never before it.
            self.start = fix_time
        self._last_time = fix_time
        self._last_at = now
        return self.start

    def elapsed(self, fix_time: float) -> float:
        """Stage seconds at ``fix_time`` (NaN before the stage starts); never negative."""
        if self.start is None or not math.isfinite(fix_time):
            return math.nan
        return max(0.0, fix_time - self.start)

    def keep_across_source_change(self) -> None:
        """The next fix comes from another source, maybe on another clock: go on from the
        stage time reached."""
        if self.start is None or not math.isfinite(self._last_time):
            return
        self._carry = max(0.0, self._last_time - self.start)
        self.start = None

    def restart(self) -> None:
        """A new stage: it starts at the next fix."""
        self.start = None
        self._carry = None
        self._last_time = self._last_at = math.nan
