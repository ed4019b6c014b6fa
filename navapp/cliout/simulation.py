"""``navapp simulate``: the event log of a simulated drive and its JSON document."""

from __future__ import annotations

from typing import Any

from navapp.cliout.common import iso_time
from navapp.core import format as fmt
from navapp.core.cues import CueEvent
from navapp.core.model import Roadbook
from navapp.core.navstate import EventType, NavEvent
from navapp.core.simulate import SIMULATE_EVENTS, Simulation


def simulation_json(run: Simulation) -> dict[str, Any]:
    """The ``navapp simulate --json`` document."""

    def event(e: NavEvent) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "time": iso_time(e.time),
            "type": e.type.value,
            "box": e.box,
            "name": e.name,
            "odo_km": round(e.odo_km, 4),
        }
        if e.detail:
            doc["detail"] = e.detail
        return doc

    def cue(c: CueEvent) -> dict[str, Any]:
        doc: dict[str, Any] = {"time": iso_time(c.time), "cue": c.cue.value, "box": c.box}
        if c.speech:
            doc["speech"] = c.speech
        return doc

    final = run.final
    return {
        "events": [event(e) for e in run.events if e.type in SIMULATE_EVENTS],
        "other_events": [event(e) for e in run.events if e.type not in SIMULATE_EVENTS],
        "cues": [cue(c) for c in run.cues],
        "final": {
            "odo_km": round(final.trip.total_km, 4),
            "box": final.box,
            "validated": final.validated,
            "missed": final.missed,
            "waypoints": final.waypoints_total,
        },
    }


def simulation_text(roadbook: Roadbook, run: Simulation) -> str:
    d = roadbook.units.distance_label
    lines = [f"{roadbook.name}: {len(run.events)} events"]
    for e in run.events:
        if e.type is EventType.TRIP_RESET:
            continue
        when = fmt.clock(e.time, unknown="")
        where = f"box {e.box}" if e.box is not None else ""
        what = e.type.value.replace("_", " ")
        odo = roadbook.units.km_to_display(e.odo_km)
        extra = "  ".join(x for x in (e.name or "", e.detail) if x)
        lines.append(f"{when}  {odo:8.2f} {d}  {what:<16} {where:<8} {extra}".rstrip())
    f = run.final
    lines.append(
        f"final: trip {fmt.distance(f.trip.total_km, roadbook.units, unit=True)}, box {f.box}, "
        f"{f.validated} validated, {f.missed} missed of {f.waypoints_total} waypoints"
    )
    return "\n".join(lines)
