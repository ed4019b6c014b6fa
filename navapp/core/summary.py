"""The end-of-drive summary a practice run closes with: waypoints, overspeeds, distance."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from navapp.core.navigator import WaypointResult
from navapp.core.navstate import EventType, NavEvent, WaypointStatus


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


def summarize(
    events: Sequence[NavEvent],
    waypoints: Sequence[WaypointResult],
    speeds: Sequence[tuple[float, float]],
    trip_km: float,
    elapsed_s: float,
) -> DriveSummary:
    """Summarise a drive from its events, waypoint outcomes and (time, speed km/h) samples.

    ``speeds`` gives each overspeed period its maximum; it may be empty.
    """
    overs: list[Overspeed] = []
    start: NavEvent | None = None
    for e in events:
        if e.type is EventType.OVERSPEED_START:
            start = e
        elif e.type is EventType.OVERSPEED_END and start is not None:
            peak = max((v for t, v in speeds if start.time <= t <= e.time), default=math.nan)
            overs.append(Overspeed(start.box, start.time, e.time, peak))
            start = None
    return DriveSummary(
        validated=tuple(w for w in waypoints if w.status is WaypointStatus.VALIDATED),
        missed=tuple(w for w in waypoints if w.status is WaypointStatus.MISSED),
        overspeeds=tuple(overs),
        trip_km=trip_km,
        elapsed_s=elapsed_s,
    )
