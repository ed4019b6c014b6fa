"""The waypoint rules table (default radii per type), loaded from ``resources/rules``."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache

from navapp.core.model import WaypointType
from navapp.paths import resources_dir


@dataclass(frozen=True)
class WaypointRule:
    """Defaults for one waypoint type. ``open_m`` None = never opens, inf = always open."""

    open_m: float | None
    clear_m: float
    shows: str


@cache
def waypoint_rules() -> dict[WaypointType, WaypointRule]:
    """Default radii for every waypoint type, from ``resources/rules/waypoints.json``."""
    raw = json.loads((resources_dir() / "rules" / "waypoints.json").read_text("utf-8"))
    rules: dict[WaypointType, WaypointRule] = {}
    for key, r in raw["waypoints"].items():
        o = r["open"]
        open_m = math.inf if o == "always" else (None if o is None else float(o))
        rules[WaypointType(key)] = WaypointRule(open_m, float(r["clear"]), str(r["shows"]))
    missing = set(WaypointType) - set(rules)
    if missing:
        raise ValueError(f"waypoint rules table lacks {sorted(t.value for t in missing)}")
    return rules


def rule_for(wtype: WaypointType) -> WaypointRule:
    """The default rule of one waypoint type."""
    return waypoint_rules()[wtype]
