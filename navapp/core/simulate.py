"""Running the navigator over a whole recorded drive, as the live app would."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from navapp.core.model import Fix, Roadbook
from navapp.core.navigator import Navigator, NavSettings
from navapp.core.navstate import EventType, NavEvent, NavState, WaypointResult

# The event types `navapp simulate --json` lists under "events"; the rest go to "other_events".
SIMULATE_EVENTS = frozenset(
    {
        EventType.BOX,
        EventType.WP_OPEN,
        EventType.WP_VALIDATED,
        EventType.WP_MISSED,
        EventType.ZONE_ENTER,
        EventType.ZONE_EXIT,
        EventType.OVERSPEED_START,
        EventType.OVERSPEED_END,
    }
)


@dataclass(frozen=True)
class Simulation:
    """Every event of a drive in order, the final state and each waypoint's outcome."""

    events: tuple[NavEvent, ...]
    final: NavState
    waypoints: tuple[WaypointResult, ...]


def simulate(
    roadbook: Roadbook, fixes: Iterable[Fix], settings: NavSettings | None = None
) -> Simulation:
    """Feed every fix to a fresh navigator, then end the drive."""
    nav = Navigator(roadbook, settings)
    events: list[NavEvent] = []
    for fix in fixes:
        events.extend(nav.update(fix).events)
    final = nav.finish()
    events.extend(final.events)
    return Simulation(tuple(events), final, tuple(nav.waypoint_results()))
