"""The stretches of a roadbook between two boxes: speed zones (DZ→FZ) and neutralisations.

The navigator, the review and the review map all take them from here, so they agree on where
each one starts and ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from navapp.core.model import Box, WaypointType


@dataclass(frozen=True)
class SpeedZone:
    """A speed zone: from its DZ box to the next FZ box (None: the roadbook never ends it)."""

    start_box: int
    end_box: int | None
    limit_kmh: float


@dataclass(frozen=True)
class Neutralization:
    """A neutralisation: from a box with a neutralisation time to the next FN box."""

    start_box: int
    end_box: int | None
    duration_s: int


def speed_zones(boxes: Sequence[Box]) -> tuple[SpeedZone, ...]:
    """Each DZ box with a limit, ended by the first FZ box after it."""
    ends = _next_after(boxes, [b.ends_zone for b in boxes])
    return tuple(
        SpeedZone(b.index, end, b.speed_limit_kmh)
        for b, end in zip(boxes, ends, strict=True)
        if b.starts_zone and b.speed_limit_kmh is not None
    )


def neutralizations(boxes: Sequence[Box]) -> tuple[Neutralization, ...]:
    """Each box with a neutralisation time, ended by the first FN box after it."""
    ends = _next_after(boxes, [b.waypoint_of(WaypointType.FN) is not None for b in boxes])
    return tuple(
        Neutralization(b.index, end, b.neutralization_s)
        for b, end in zip(boxes, ends, strict=True)
        if b.neutralization_s is not None
    )


def _next_after(boxes: Sequence[Box], marks: list[bool]) -> list[int | None]:
    """For each box, the index of the first later box that is marked (one pass, backwards)."""
    out: list[int | None] = [None] * len(boxes)
    following: int | None = None
    for i in range(len(boxes) - 1, -1, -1):
        out[i] = following
        if marks[i]:
            following = boxes[i].index
    return out
