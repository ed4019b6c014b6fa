"""Speed zones and neutralisations: where each starts and ends in a roadbook."""

from __future__ import annotations

from navapp.core.model import Box, Waypoint, WaypointType
from navapp.core.zones import Neutralization, SpeedZone, neutralizations, speed_zones


def _box(
    index: int, *types: WaypointType, limit: float | None = None, neutral: int | None = None
) -> Box:
    return Box(
        index=index,
        total_km=float(index),
        partial_km=1.0,
        waypoints=tuple(Waypoint(t) for t in types),
        speed_limit_kmh=limit,
        neutralization_s=neutral,
    )


def test_each_zone_ends_at_the_first_fz_after_its_dz() -> None:
    boxes = (
        _box(1),
        _box(2, WaypointType.DZ, limit=50),
        _box(3, WaypointType.FZ),
        _box(4, WaypointType.DZ, limit=30),  # no FZ after it
        _box(5, WaypointType.DZ),  # no limit: not a zone
    )
    assert speed_zones(boxes) == (SpeedZone(2, 3, 50.0), SpeedZone(4, None, 30.0))


def test_a_box_ending_one_zone_and_starting_the_next() -> None:
    boxes = (
        _box(1, WaypointType.DZ, limit=50),
        _box(2, WaypointType.FZ, WaypointType.DZ, limit=70),
        _box(3, WaypointType.FZ),
    )
    assert speed_zones(boxes) == (SpeedZone(1, 2, 50.0), SpeedZone(2, 3, 70.0))


def test_each_neutralisation_ends_at_the_next_fn() -> None:
    boxes = (
        _box(1, neutral=600),
        _box(2),
        _box(3, WaypointType.FN),
        _box(4, neutral=120),
    )
    assert neutralizations(boxes) == (Neutralization(1, 3, 600), Neutralization(4, None, 120))
    assert neutralizations(()) == () and speed_zones(()) == ()
