"""The waypoint rules table (default radii per type), loaded from ``resources/rules``."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache

from navapp.core.model import Waypoint, WaypointType
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


# A waypoint label or name such as "WPM3", "WPE 12", "DSS", "CP1", "DZ" or an organiser's "WP01"
# (coordinates given out: a visible waypoint).
_LABEL_RE = re.compile(
    r"^\s*(WP[VMESCNP]|WP(?=[\s\d_-])|DSS|ASS|CP|DZ|FZ|DN|FN|DT|FT)(?![A-Za-z])\s*[-_ ]?\s*(\S*)",
    re.I,
)


def waypoint_from_label(label: str | None, name: str | None) -> Waypoint | None:
    """The waypoint a labelled point stands for, from its type label or else its name.

    The name's number becomes the waypoint's name ("WPM3" → WPM "3"); a bare "WP" is a
    visible waypoint. Radii are the rules table's defaults.
    """
    by_name = _LABEL_RE.match(name or "")
    m = _LABEL_RE.match(label or "") or by_name
    if not m:
        return None
    code = m.group(1).lower()
    wtype = WaypointType.WPV if code == "wp" else WaypointType(code)
    if by_name and by_name.group(1).lower() == code:
        wp_name = by_name.group(2).lstrip("0") or by_name.group(2)
    else:
        wp_name = (name or "").strip()
    rule = rule_for(wtype)
    return Waypoint(wtype, wp_name, rule.open_m, rule.clear_m)
