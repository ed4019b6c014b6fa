"""The trip meter: total and partial counters driven by GPS, corrected by the co-driver.

GPS distance is gated like a working device, by one rule that the review applies to whole
tracks (:mod:`navapp.core.fixpath`, tested to agree):

- a report the receiver marks as no fix, a time that does not move forward, or an implausible
  jump is not a position; a first position is only believed once ``reanchor_after`` consistent
  reports confirm it (a cold-started logger repeats a stale position, then jumps), and so is a
  new place after a jump; confirmed positions are taken together, the step into them is not
  driven distance;
- with the receiver's own (Doppler) speed, a step counts when that speed is at least
  ``min_speed_kmh``;
- without it, the meter is *stopped* or *moving*: stopped, it holds the place where it stopped
  and counts nothing until the receiver is ``start_m`` from there (then the way out counts:
  straight from the stop to the last position that came no nearer to it, then along the
  positions since); moving, it counts every step until the displacement over the last
  ``window_s`` seconds shows less than ``stop_kmh`` (then it stops there). So a parked
  receiver's wander never adds up, and corners are followed point by point when driving;
- without times, every step between confirmed positions counts.

Every step is a WGS84 geodesic. All values are kilometres; the display converts to miles.
"""

from __future__ import annotations

import itertools
import math
from collections import deque
from dataclasses import dataclass, field
from enum import Enum

from navapp.core import geodesy
from navapp.core.model import Fix


class StepResult(Enum):
    """What the trip meter made of one fix."""

    FIRST = "first"  # the first position, confirmed (with the reports that confirm it)
    MOVED = "moved"  # distance added
    SLOW = "slow"  # stopped or below the minimum speed: position followed, no distance added
    NO_FIX = "no_fix"  # not a usable position
    REPEAT = "repeat"  # same time as the last fix
    BACKWARDS = "backwards"  # time went backwards
    TENTATIVE = "tentative"  # a first position not yet confirmed (a cold start may still jump)
    STALE = "stale"  # the very same position again before it is confirmed: a frozen receiver
    JUMP = "jump"  # an implausible jump, refused
    REANCHORED = "reanchored"  # several consistent fixes after a jump: followed, jump not counted


@dataclass(frozen=True)
class GateSettings:
    """How GPS steps are judged."""

    min_speed_kmh: float = 1.0  # with the receiver's own (Doppler) speed: below it, parked
    start_m: float = 25.0  # without it: a stopped receiver must be this far to be moving
    stop_kmh: float = 1.0  # without it: moving less than this over the window is stopped
    window_s: float = 5.0  # the displacement window for speed from positions
    max_speed_kmh: float = 300.0  # an implied speed above this is a jump, not driving
    reanchor_after: int = 3  # consistent fixes at a new place before the meter follows them


@dataclass(frozen=True)
class Position:
    """A fix the meter took as a position: ``joined`` is False when the step into it is not
    a driven step (the first position, a relocation); ``counted_m`` is the distance added."""

    fix: Fix
    joined: bool
    counted_m: float


@dataclass(frozen=True)
class Step:
    """The outcome of feeding one fix: what happened and the positions it confirmed."""

    result: StepResult
    positions: tuple[Position, ...] = ()

    @property
    def accepted(self) -> bool:
        """Whether the fix gave (or confirmed) trustworthy positions."""
        return bool(self.positions)

    @property
    def step_m(self) -> float:
        """Distance counted for this fix (m, before calibration)."""
        return sum(p.counted_m for p in self.positions)


@dataclass
class Motion:
    """Speed and course from positions: the straight displacement over the last window."""

    speed_kmh: float | None = None
    course_deg: float | None = None
    moved_m: float = 0.0
    # (time, lat, lon) of recent positions: the newest one at least a window old stays first.
    recent: deque[tuple[float, float, float]] = field(default_factory=deque)

    def add(self, fix: Fix, window_s: float) -> None:
        """Take a new position; speed and course cover the last ``window_s`` seconds."""
        t = fix.time
        recent = self.recent
        if not math.isfinite(t):
            self.clear()  # no time: no speed, and a fresh window from here
        recent.append((t, fix.lat, fix.lon))
        while len(recent) > 2 and t - recent[1][0] >= window_s:
            recent.popleft()
        old = recent[0]
        if math.isfinite(t) and t - old[0] >= window_s:
            az, dist = geodesy.inverse(old[1], old[2], fix.lat, fix.lon)
            self.speed_kmh = dist / (t - old[0]) * 3.6
            self.course_deg = az
            self.moved_m = dist
        else:
            self.speed_kmh = self.course_deg = None
            self.moved_m = 0.0

    def clear(self) -> None:
        self.recent.clear()
        self.speed_kmh = self.course_deg = None
        self.moved_m = 0.0


class TripMeter:
    """Total and partial counters (km) with calibration, corrections and GPS gating."""

    def __init__(self, calibration_pct: float = 0.0, gate: GateSettings | None = None) -> None:
        self.total_km = 0.0
        self.partial_km = 0.0
        self.calibration_pct = calibration_pct
        self.gate = gate or GateSettings()
        self.driven_m = 0.0  # GPS distance counted, uncalibrated and never corrected by hand
        self.motion = Motion()
        self._anchor: Fix | None = None  # the last accepted position
        self._chain: list[Fix] = []  # consistent fixes not yet confirmed (start, after a jump)
        self._frozen = False  # the unconfirmed first position came again unchanged: stale
        self._last_time = -math.inf  # the latest time of a report with a position
        self._moving = False  # without receiver speed: moving or stopped
        self._stop: Fix | None = None  # without receiver speed: where it stopped
        self._departure: list[tuple[Fix, float]] = []  # the way out of the stop, and how far

    @property
    def anchor(self) -> Fix | None:
        """The last accepted position."""
        return self._anchor

    def feed(self, fix: Fix) -> Step:
        """Take one GPS report; adds calibrated distance when the step is real driving."""
        if not fix.valid or not (math.isfinite(fix.lat) and math.isfinite(fix.lon)):
            return Step(StepResult.NO_FIX)
        t = fix.time
        if math.isfinite(t):
            if t <= self._last_time:
                return Step(StepResult.REPEAT if t == self._last_time else StepResult.BACKWARDS)
            self._last_time = t
        anchor = self._anchor
        chain = self._chain
        if anchor is not None and not chain:
            if self._consistent(anchor, fix):
                return self._accept((fix,), first_joined=True)
            chain.append(fix)
            return Step(StepResult.JUMP)
        if chain:
            last = chain[-1]
            if anchor is None and (fix.lat, fix.lon) == (last.lat, last.lon):
                self._frozen = True
                return Step(StepResult.STALE)
            if anchor is not None and self._consistent(anchor, fix):
                chain.clear()  # out and straight back: a spike
                return self._accept((fix,), first_joined=True)
            if self._consistent(last, fix) and not self._frozen:
                chain.append(fix)
            else:
                chain[:] = [fix]
                self._frozen = False
        else:
            chain.append(fix)
        if len(chain) >= self.gate.reanchor_after:
            confirmed = tuple(chain)
            chain.clear()
            first = anchor is None
            step = self._accept(confirmed, first_joined=False)
            return Step(StepResult.FIRST if first else StepResult.REANCHORED, step.positions)
        return Step(StepResult.TENTATIVE if anchor is None else StepResult.JUMP)

    def _consistent(self, a: Fix, b: Fix) -> bool:
        """Whether b can follow a: an implied speed a car can do (nobody drives 1 km between
        two reports without times)."""
        d = geodesy.distance_m(a.lat, a.lon, b.lat, b.lon)
        dt = b.time - a.time
        if math.isfinite(dt):
            return dt > 0 and d / dt * 3.6 <= self.gate.max_speed_kmh
        return d < 1000.0

    def _accept(self, fixes: tuple[Fix, ...], first_joined: bool) -> Step:
        positions = []
        counted_any = False
        prev = self._anchor
        for i, fix in enumerate(fixes):
            joined = first_joined or i > 0
            counted = self._count(prev, fix) if joined and prev is not None else self._rest(fix)
            counted_any |= counted > 0
            positions.append(Position(fix, joined, counted))
            prev = fix
        self._anchor = fixes[-1]
        km = sum(p.counted_m for p in positions) / 1000.0
        self.driven_m += km * 1000.0
        self._add(km * (1.0 + self.calibration_pct / 100.0))
        return Step(StepResult.MOVED if counted_any else StepResult.SLOW, tuple(positions))

    def _rest(self, fix: Fix) -> float:
        """A position not reached by a driven step: stopped there, nothing counted."""
        self.motion.clear()
        self.motion.add(fix, self.gate.window_s)
        self._moving = False
        self._stop = fix
        self._departure.clear()
        return 0.0

    def _count(self, prev: Fix, fix: Fix) -> float:
        """Metres of the step prev → fix that count as driven (the rule in the docstring)."""
        gate = self.gate
        self.motion.add(fix, gate.window_s)
        step_m = geodesy.distance_m(prev.lat, prev.lon, fix.lat, fix.lon)
        if not math.isfinite(fix.time) or not math.isfinite(prev.time):
            self._moving, self._stop = True, None
            self._departure.clear()
            return step_m
        if fix.speed_kmh is not None:
            moving = fix.speed_kmh >= gate.min_speed_kmh
            self._moving, self._stop = moving, (None if moving else fix)
            self._departure.clear()
            return step_m if moving else 0.0
        if self._moving:
            speed = self.motion.speed_kmh
            if speed is not None and speed < gate.stop_kmh:
                self._moving, self._stop = False, fix
                self._departure.clear()
                return 0.0
            return step_m
        stop = self._stop or prev
        away = geodesy.distance_m(stop.lat, stop.lon, fix.lat, fix.lon)
        # The way out of the stop: the positions since the last that came no nearer to it.
        departure = self._departure
        if departure and away > departure[-1][1]:
            departure.append((fix, away))
        else:
            departure[:] = [(fix, away)]
        self._stop = stop
        if away < gate.start_m:
            return 0.0
        # Off at last: from the stop straight to where the way out began, then along it.
        self._moving, self._stop = True, None
        first = departure[0]
        counted = first[1] + sum(
            geodesy.distance_m(a.lat, a.lon, b.lat, b.lon)
            for (a, _da), (b, _db) in itertools.pairwise(departure)
        )
        departure.clear()
        return counted

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
        self._chain.clear()
        self._frozen = False
        self._last_time = -math.inf
        self._moving = False
        self._stop = None
        self._departure.clear()
        self.motion.clear()
