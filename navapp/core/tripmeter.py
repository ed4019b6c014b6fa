"""The trip meter: total and partial counters driven by GPS, corrected by the co-driver.

GPS distance is gated like a working device: steps below a minimum speed are not counted (a
parked receiver wanders several metres), implausible jumps are refused, and every step is a
WGS84 geodesic. All values are kilometres; the display converts to miles when asked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from navapp.core import geodesy
from navapp.core.model import Fix


class StepResult(Enum):
    """What the trip meter made of one fix."""

    FIRST = "first"  # the first usable position: nothing to measure yet
    MOVED = "moved"  # distance added
    SLOW = "slow"  # below the minimum speed: position followed, no distance added
    NO_FIX = "no_fix"  # not a usable position
    REPEAT = "repeat"  # same time as the last fix
    BACKWARDS = "backwards"  # time went backwards
    JUMP = "jump"  # an implausible jump, refused
    REANCHORED = "reanchored"  # several consistent fixes after a jump: followed, not counted


@dataclass(frozen=True)
class GateSettings:
    """How GPS steps are judged."""

    min_speed_kmh: float = 1.0  # with the receiver's own (Doppler) speed: below it, parked
    min_step_m: float = 25.0  # without it: the receiver must have moved this far from the anchor
    max_speed_kmh: float = 300.0  # an implied speed above this is a jump, not driving
    reanchor_after: int = 3  # consistent fixes at a new place before the meter follows them


@dataclass(frozen=True)
class Step:
    """The outcome of feeding one fix: what happened and the geodesic step (m) if measured."""

    result: StepResult
    step_m: float = 0.0
    dt_s: float = math.nan

    @property
    def accepted(self) -> bool:
        """Whether the fix is a trustworthy new position."""
        return self.result in (
            StepResult.FIRST,
            StepResult.MOVED,
            StepResult.SLOW,
            StepResult.REANCHORED,
        )


class TripMeter:
    """Total and partial counters (km) with calibration, corrections and GPS gating."""

    def __init__(self, calibration_pct: float = 0.0, gate: GateSettings | None = None) -> None:
        self.total_km = 0.0
        self.partial_km = 0.0
        self.calibration_pct = calibration_pct
        self.gate = gate or GateSettings()
        self._anchor: Fix | None = None  # the last accepted position
        self._jump: list[Fix] = []  # consistent fixes seen at a new place after a jump

    @property
    def anchor(self) -> Fix | None:
        """The last accepted position."""
        return self._anchor

    def feed(self, fix: Fix) -> Step:
        """Take one GPS report; adds calibrated distance when the step is real driving."""
        if not fix.valid or not (math.isfinite(fix.lat) and math.isfinite(fix.lon)):
            return Step(StepResult.NO_FIX)
        anchor = self._anchor
        if anchor is None:
            self._anchor = fix
            return Step(StepResult.FIRST)
        dt = fix.time - anchor.time
        if math.isfinite(dt):
            if dt == 0:
                return Step(StepResult.REPEAT)
            if dt < 0:
                return Step(StepResult.BACKWARDS)
        step_m = geodesy.distance_m(anchor.lat, anchor.lon, fix.lat, fix.lon)
        # Without times the step itself is judged: nobody drives 1 km between two reports.
        implied = step_m / dt * 3.6 if math.isfinite(dt) else (0.0 if step_m < 1000 else math.inf)
        if implied > self.gate.max_speed_kmh:
            return self._jumped(fix)
        self._jump.clear()
        if fix.speed_kmh is not None:
            # The receiver's Doppler speed is reliable even when positions wander.
            self._anchor = fix
            if fix.speed_kmh < self.gate.min_speed_kmh:
                return Step(StepResult.SLOW, step_m, dt)
        elif step_m < self.gate.min_step_m:
            # Positions alone: hold the anchor until the receiver is clearly elsewhere, so a
            # parked receiver's wander of a few metres never adds up.
            return Step(StepResult.SLOW, 0.0, dt)
        else:
            self._anchor = fix
        self._add(step_m / 1000.0 * (1.0 + self.calibration_pct / 100.0))
        return Step(StepResult.MOVED, step_m, dt)

    def _jumped(self, fix: Fix) -> Step:
        last = self._jump[-1] if self._jump else None
        if last is not None:
            dt = fix.time - last.time
            d = geodesy.distance_m(last.lat, last.lon, fix.lat, fix.lon)
            if math.isfinite(dt):
                consistent = dt > 0 and d / dt * 3.6 <= self.gate.max_speed_kmh
            else:
                # Without times, as in feed(): nobody drives 1 km between two reports.
                consistent = d < 1000.0
            if not consistent:
                self._jump.clear()
        self._jump.append(fix)
        if len(self._jump) >= self.gate.reanchor_after:
            # The receiver really is elsewhere (a replay seek, a long outage): follow it, but
            # count nothing, as nobody can say what was driven in between.
            self._anchor = fix
            self._jump.clear()
            return Step(StepResult.REANCHORED)
        return Step(StepResult.JUMP)

    def _add(self, km: float) -> None:
        self.total_km += km
        self.partial_km += km

    def adjust(self, delta_km: float) -> None:
        """A ± correction by the co-driver, applied to both counters."""
        self._add(delta_km)

    def reset_partial(self) -> None:
        self.partial_km = 0.0

    def set_total(self, km: float, reset_partial: bool = True) -> None:
        """Set the total (a reset box, a waypoint's distance); the partial restarts too."""
        self.total_km = km
        if reset_partial:
            self.partial_km = 0.0

    def forget_position(self) -> None:
        """Drop the anchor (after a restore or a seek): the next fix starts afresh."""
        self._anchor = None
        self._jump.clear()
