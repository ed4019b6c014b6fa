"""Waypoint order on real stage shapes: which waypoint may validate now.

Entering a waypoint's clear circle validates it only when the crew can have got there in
sequence. Loop stages put the ASS beside the DSS, figure-8s and pistes taken twice cross a later
waypoint's circle early, an out-and-back passes the return leg's waypoints on the way out. So
a waypoint may validate only once the crew has driven at least ``share`` of its roadbook
distance from the last validated waypoint (from the roadbook's zero before any), less
``slack_km``. The distance driven is the trip meter's GPS distance, before calibration and
untouched by the co-driver's corrections or by resets. A crew that took a detour around a
waypoint has driven more, not less, so the later waypoints still validate and the skipped one
is missed. The navigator and the review both ask this class.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from navapp.core.model import Box


@dataclass(frozen=True)
class OrderSettings:
    """How much of the roadbook distance must be driven before a waypoint may validate."""

    share: float = 0.5
    slack_km: float = 0.5


def box_chainage_km(boxes: Sequence[Box]) -> list[float]:
    """Distance along the roadbook to each box: its partials added up, across reset boxes."""
    out = []
    run = 0.0
    for b in boxes:
        run += max(b.partial_km, 0.0)
        out.append(run)
    return out


class WaypointOrder:
    """The crew's place in the waypoint sequence: the last validated waypoint and the
    distance driven then."""

    def __init__(self, chainage_km: Sequence[float], settings: OrderSettings | None = None):
        self.chainage_km = list(chainage_km)
        self.settings = settings or OrderSettings()
        self.from_km = 0.0
        self.from_driven_m = 0.0

    def needed_m(self, seq: int) -> float:
        """The distance driven (m) from which waypoint ``seq`` may validate."""
        s = self.settings
        ahead_km = self.chainage_km[seq] - self.from_km
        return self.from_driven_m + (s.share * ahead_km - s.slack_km) * 1000.0

    def may_validate(self, seq: int, driven_m: float) -> bool:
        """Whether entering waypoint ``seq``'s clear circle, ``driven_m`` into the drive,
        validates it."""
        return driven_m >= self.needed_m(seq) - 1e-6

    def validated(self, seq: int, driven_m: float) -> None:
        """Waypoint ``seq`` validated with ``driven_m`` metres driven."""
        self.from_km = self.chainage_km[seq]
        self.from_driven_m = driven_m
