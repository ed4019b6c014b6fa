"""The end-of-drive summary a practice run closes with: waypoints, overspeeds, distance."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from navapp.core.navstate import EventType, NavEvent, NavState, WaypointResult, WaypointStatus


@dataclass(frozen=True)
class Overspeed:
    """One continuous period above a zone's limit."""

    box: int | None
    start: float
    end: float
    max_kmh: float


@dataclass(frozen=True)
class DriveSummary:
    """How the drive went."""

    validated: tuple[WaypointResult, ...]
    missed: tuple[WaypointResult, ...]
    overspeeds: tuple[Overspeed, ...]
    trip_km: float
    elapsed_s: float


class OverspeedLog:
    """The overspeed periods of a drive, gathered state by state: constant memory per fix.

    Feed it every state the navigator gives, in order, with ``measured`` True for the states
    of a fix (their speed counts towards a period's peak) and False for those of a co-driver
    command or the end of the drive. A period's peak is the highest speed measured from the
    fix that started it to the fix that ended it, both included.
    """

    def __init__(self) -> None:
        self._periods: list[Overspeed] = []
        self._start: NavEvent | None = None
        self._peak = math.nan

    @property
    def periods(self) -> tuple[Overspeed, ...]:
        """The periods that have ended, in order."""
        return tuple(self._periods)

    def add(self, state: NavState, measured: bool) -> None:
        """Take one state: its overspeed events and, when ``measured``, its speed."""
        kmh = state.speed_kmh if measured and math.isfinite(state.time) else None
        self._measure(kmh)
        for e in state.events:
            if e.type is EventType.OVERSPEED_START:
                self._start, self._peak = e, math.nan
                self._measure(kmh)
            elif e.type is EventType.OVERSPEED_END and self._start is not None:
                start = self._start
                self._periods.append(Overspeed(start.box, start.time, e.time, self._peak))
                self._start = None

    def _measure(self, kmh: float | None) -> None:
        if self._start is None or kmh is None or not math.isfinite(kmh):
            return
        if math.isnan(self._peak) or kmh > self._peak:
            self._peak = kmh


def summarize(
    overspeeds: Sequence[Overspeed],
    waypoints: Sequence[WaypointResult],
    trip_km: float,
    elapsed_s: float,
) -> DriveSummary:
    """Summarise a drive from its overspeed periods (see :class:`OverspeedLog`) and its
    waypoint outcomes."""
    return DriveSummary(
        validated=tuple(w for w in waypoints if w.status is WaypointStatus.VALIDATED),
        missed=tuple(w for w in waypoints if w.status is WaypointStatus.MISSED),
        overspeeds=tuple(overspeeds),
        trip_km=trip_km,
        elapsed_s=elapsed_s,
    )
