"""Running the navigator over a whole recorded drive, as the live app would."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from navapp.core.cues import CueEvent, CueOptions, CuePlanner
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
    """Every event of a drive in order, the final state, each waypoint's outcome and, when
    asked for, the cues the crew would have heard."""

    events: tuple[NavEvent, ...]
    final: NavState
    waypoints: tuple[WaypointResult, ...]
    cues: tuple[CueEvent, ...] = ()


def simulate(
    roadbook: Roadbook,
    fixes: Iterable[Fix],
    settings: NavSettings | None = None,
    cues: CueOptions | None = None,
    silence_s: float = math.inf,
) -> Simulation:
    """Feed every fix to a fresh navigator, then end the drive.

    With ``cues``, a :class:`CuePlanner` hears every state too. The feed is live while the
    last usable fix is less than ``silence_s`` old (the GPS silence rule,
    :data:`navapp.gps.silence.SILENCE_S`, for the caller to pass): a gap in the log longer
    than that is a GPS loss from the last fix's time plus ``silence_s``.
    """
    nav = Navigator(roadbook, settings)
    planner = CuePlanner(roadbook, cues) if cues is not None else None
    heard: list[CueEvent] = []
    last_fix = -math.inf  # time of the last usable fix
    events: list[NavEvent] = []
    for fix in fixes:
        state = nav.update(fix)
        events.extend(state.events)
        if planner is None:
            continue
        t = fix.time
        if math.isfinite(t) and math.isfinite(last_fix) and t - last_fix >= silence_s:
            heard.extend(planner.update_feed(last_fix + silence_s, False))
        usable = fix.valid and math.isfinite(fix.lat) and math.isfinite(fix.lon)
        if usable and math.isfinite(t):
            last_fix = t
        live = usable or not math.isfinite(t) or t - last_fix < silence_s
        heard.extend(planner.update(state, live))
    final = nav.finish()
    events.extend(final.events)
    return Simulation(tuple(events), final, tuple(nav.waypoint_results()), tuple(heard))
