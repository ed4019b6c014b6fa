"""Write Rally Navigator roadbooks (``.rn2``, JSON, version 4).

The layout and icon tables are the reader's (:mod:`navapp.io.rn2`). What the file cannot hold
is not dropped silently: :func:`write_rn2` returns one line for each thing lost.
"""

from __future__ import annotations

import json
import math
import uuid
from pathlib import Path
from typing import Any

import numpy as np

from navapp.core import geodesy
from navapp.core.i18n import translate
from navapp.core.model import (
    Box,
    Roadbook,
    Units,
    Waypoint,
    WaypointType,
)
from navapp.core.tulip import Tulip, auto_tulip, tulip_from_drawing
from navapp.io.atomic import atomic_write_bytes
from navapp.io.errors import InputError
from navapp.io.rn2 import (
    ICONS,
    MAX_BYTES,
    MAX_WAYPOINTS,
    RESET_ICON_ID,
    SPEED_SIGNS,
    VERSION,
)
from navapp.io.rn2_tulip import DEFAULT_TYPE_ID, tulip_to_rn2


def _eid(seed: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "navapp-rn2:" + seed))


def _icon_dict(wp: Waypoint, seed: str) -> dict[str, Any]:
    icon = ICONS[wp.type]
    options: dict[str, Any] = {}
    if wp.open_from_file and wp.open_m is not None and math.isfinite(wp.open_m):
        options["open"] = wp.open_m
    if wp.clear_from_file and wp.clear_m is not None and math.isfinite(wp.clear_m):
        options["clear"] = wp.clear_m
    if wp.name:
        options["name"] = wp.name
    out: dict[str, Any] = {"name": icon.name, "id": icon.id}
    if icon.legacy_id is not None:
        out["legacy_id"] = icon.legacy_id
    out.update(
        {
            "src": f"/icons/{icon.id}.svg",
            "type": icon.rn_type,
            "options": options,
            "system": True,
            "eId": _eid(seed),
        }
    )
    return out


def _note_icon(
    icon_id: str, name: str, seed: str, x: float, legacy: int | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "Icon", "name": name, "id": icon_id}
    if legacy is not None:
        out["legacy_id"] = legacy
    out.update(
        {
            "src": f"/icons/{icon_id}.svg",
            "system": True,
            "angle": 0,
            "w": 50,
            "x": x,
            "y": 30,
            "z": 5,
            "eId": _eid(seed),
            "rerender": False,
        }
    )
    return out


class _Losses:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.stage: list[str] = []

    def add(self, kind: str, n: int = 1) -> None:
        if n:
            self.counts[kind] = self.counts.get(kind, 0) + n

    def lines(self, path: str | Path | None) -> list[str]:
        if not self.counts and not self.stage:
            return []
        per_box = [f"{kind} ({n} of the boxes)" for kind, n in sorted(self.counts.items())]
        what = ", ".join([*self.stage, *per_box])
        return [
            str(
                InputError(
                    path, translate("Rn2Write", "not written to .rn2: {what}").format(what=what)
                )
            )
        ]


def _box_cells(
    box: Box,
    tulip: Tulip | None,
    route_tulip: Tulip | None,
    losses: _Losses,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any] | None]:
    seed = f"box/{box.index}"
    if tulip is None:
        if box.tulip is not None:
            losses.add("tulip drawing that is not a navapp vector tulip (the route's turn drawn)")
        tulip = route_tulip or Tulip()
    tulip_cells, tulip_lost = tulip_to_rn2(tulip, seed)
    for kind, n in tulip_lost.items():
        losses.add(kind, 1 if n else 0)
    if box.cap is not None:
        tulip_cells.append(
            {
                "type": "Text",
                "text": f"{box.cap:03d}",
                "cap": True,
                "x": 165,
                "y": 46,
                "fontSize": 32,
                "textBackgroundColor": "#fdef48",
                "editable": False,
                "z": 12,
                "eId": _eid(seed + "/cap"),
                "rerender": False,
            }
        )
    notes_cells: list[dict[str, Any]] = []
    if box.notes_text.strip():
        notes_cells.append(
            {
                "type": "Text",
                "text": box.notes_text.strip(),
                "x": 99.5,
                "y": 85,
                "width": 180,
                "fontSize": 18,
                "z": 10,
                "eId": _eid(seed + "/notes"),
                "rerender": False,
            }
        )
    x = 30.0
    writable = [w for w in box.waypoints if w.type in ICONS]
    losses.add("time control waypoint (DT/FT)", len(box.waypoints) - len(writable))
    # The first control is the waypoint's icon, the others go in the notes: read back in order.
    main_icon: dict[str, Any] | None = None
    has_dz = False
    for k, wp in enumerate(writable):
        icon = _icon_dict(wp, f"{seed}/waypoint/{k}")
        if wp.type is WaypointType.DZ and box.speed_limit_kmh is not None:
            icon["options"]["speed"] = box.speed_limit_kmh
            has_dz = True
        if k == 0:
            main_icon = icon
            continue
        note = _note_icon(icon["id"], icon["name"], f"{seed}/icon/{k}", x, icon.get("legacy_id"))
        note["options"] = icon["options"]
        notes_cells.append(note)
        x += 55
    if box.speed_limit_kmh is not None:
        sign = SPEED_SIGNS.get(round(box.speed_limit_kmh))
        if sign is not None and float(round(box.speed_limit_kmh)) == box.speed_limit_kmh:
            notes_cells.append(
                _note_icon(
                    sign[0],
                    f"Speed Limit {round(box.speed_limit_kmh)}",
                    seed + "/speed",
                    x,
                    sign[1],
                )
            )
            x += 55
        elif not has_dz:
            losses.add("speed limit")
    if box.reset_km is not None:
        notes_cells.append(_note_icon(RESET_ICON_ID, "Reset Distance to Zero", seed + "/reset", x))
        if box.reset_km != 0:
            losses.add("reset to a value other than zero (written as a reset to zero)")
    if box.notes is not None:
        losses.add("notes drawing")
    for what, present in (
        ("danger", box.danger is not None),
        ("stop", box.stop_s is not None),
        ("neutralisation time", box.neutralization_s is not None),
        ("time control", bool(box.time_controls)),
        ("marker flag (fuel, police …)", bool(box.flags)),
        ("box name", bool(box.name)),
    ):
        if present:
            losses.add(what)
    return tulip_cells, notes_cells, main_icon


def _rn_waypoint(
    wid: int, lat: float, lon: float, show: bool, cells: tuple[Any, Any, Any] | None, cap: bool
) -> dict[str, Any]:
    tulip_cells, notes_cells, icon = cells if cells is not None else ([], [], None)
    out: dict[str, Any] = {
        "waypointid": wid,
        "showCoordinates": False,
        "showHeading": cap,
        "showStickMarkOnTulip": False,
        "lat": round(lat, 8),
        "lon": round(lon, 8),
        "ele": 0,
        "show": show,
        "tulip": {"elements": tulip_cells},
        "notes": {"elements": notes_cells},
        "overridenSmartTags": {"dataType": "Map", "value": []},
    }
    if icon is not None:
        out["waypointIcon"] = icon
    return out


# Closer than this in both degrees (about a centimetre) a route point is the box's own.
_SAME_DEG = 1e-7


def _same_point(line: geodesy.RouteGeometry, j: int, lat: float, lon: float) -> bool:
    return bool(abs(line.lat[j] - lat) < _SAME_DEG and abs(line.lon[j] - lon) < _SAME_DEG)


def to_rn2_document(
    roadbook: Roadbook, path: str | Path | None = None
) -> tuple[dict[str, Any], list[str]]:
    """The roadbook as a Rally Navigator version-4 document, and one line saying what it
    could not hold (empty when nothing is lost).

    The waypoint list is the route line with each box inserted where it lies along it (in box
    order), so Rally Navigator measures the same distances; without a route line the boxes
    alone make the line. Every box needs a position; a route of one point (a route being
    drawn) is refused rather than left out.
    """
    for box in roadbook.boxes:
        if box.lat is None or box.lon is None:
            raise InputError(
                path,
                translate("Rn2Write", "box {index} has no coordinates; .rn2 needs them").format(
                    index=box.index
                ),
            )
    if not roadbook.boxes:
        raise InputError(path, translate("Rn2Write", "the roadbook has no boxes"))
    route = roadbook.route
    if route is not None and len(route) == 1:
        # The .rn2 line is the route with the boxes in it: one point alone is no line, and
        # leaving it out would lose what was drawn.
        raise InputError(
            path,
            translate(
                "Rn2Write",
                "the route line has one point; an .rn2 needs two or "
                "more: draw another or remove it",
            ),
        )
    if route is not None and len(route) + len(roadbook.boxes) > MAX_WAYPOINTS:
        raise InputError(
            path,
            translate(
                "Rn2Write",
                "the route line has {count} points; an .rn2 holds at most {limit}",
            ).format(count=len(route), limit=MAX_WAYPOINTS),
        )
    losses = _Losses()
    printed = roadbook.metadata.total_km
    if printed is not None and abs(printed - roadbook.boxes[-1].total_km) > 0.005:
        losses.stage.append(f"the stage total printed in the file ({printed:g} km)")
    line = (
        geodesy.RouteGeometry(route.lat, route.lon)
        if route is not None and len(route) >= 2
        else None
    )
    box_lat = np.array([b.lat for b in roadbook.boxes], dtype=np.float64)
    box_lon = np.array([b.lon for b in roadbook.boxes], dtype=np.float64)
    tulips = [tulip_from_drawing(b.tulip) for b in roadbook.boxes]
    route_tulips: list[Tulip | None] = [None] * len(roadbook.boxes)
    waypoints: list[dict[str, Any]] = []

    def add_point(lat: float, lon: float) -> None:
        waypoints.append(_rn_waypoint(len(waypoints), lat, lon, False, None, False))

    def add_box(k: int, route_tulip: Tulip | None) -> None:
        box = roadbook.boxes[k]
        cells = _box_cells(box, tulips[k], route_tulip, losses)
        lat, lon = float(box_lat[k]), float(box_lon[k])
        waypoints.append(_rn_waypoint(len(waypoints), lat, lon, True, cells, box.cap is not None))

    if line is not None:
        # In box order along the line: a box never goes before the one printed above it.
        chain = np.maximum.accumulate(line.locate(box_lat, box_lon).chainage_m)
        for k, t in enumerate(tulips):
            if t is None:
                route_tulips[k] = auto_tulip(line, float(chain[k]))
        # Route vertices strictly before each box's chainage come before it.
        cut = np.searchsorted(line.cum_m, chain, side="left")
        v = 0
        for k in range(len(roadbook.boxes)):
            end = max(v, int(cut[k]))
            # A route point where the box is (an .rn2 read back holds each box's point) is
            # the box itself; measuring may put it just before or just after the box.
            skip = next(
                (
                    j
                    for j in (end - 1, end)
                    if v <= j < len(line.lat) and _same_point(line, j, box_lat[k], box_lon[k])
                ),
                None,
            )
            for j in range(v, end):
                if j != skip:
                    add_point(float(line.lat[j]), float(line.lon[j]))
            v = end if skip is None else max(end, skip + 1)
            add_box(k, route_tulips[k])
        for j in range(v, len(line.lat)):
            add_point(float(line.lat[j]), float(line.lon[j]))
    else:
        for k in range(len(roadbook.boxes)):
            add_box(k, None)
    doc = {
        "route": {
            "version": VERSION,
            "name": roadbook.name,
            "description": roadbook.metadata.description,
            "current_style": "cross_country",
            "startlocation": "",
            "endlocation": "",
            "waypoints": waypoints,
            "settings": {
                "units": "imperial" if roadbook.units is Units.STATUTE else "metric",
                "showHighlight": True,
                "showDistanceTickMark": True,
                "showCoordinates": False,
                "coordFormat": 1,
                "showHeadings": True,
                "showAlternateDistance": False,
                "showControlPointDetails": True,
                "hundredthsStyle": "on",
                "showControlPointOrdinals": True,
                "trackColor": 0,
                "defaultTrackType": DEFAULT_TYPE_ID,
            },
        }
    }
    return doc, losses.lines(path)


def write_rn2(roadbook: Roadbook, path: str | Path) -> list[str]:
    """Save the roadbook as a Rally Navigator .rn2 file, atomically; returns the lines
    saying what the file could not hold (see :func:`to_rn2_document`)."""
    doc, lost = to_rn2_document(roadbook, path)
    data = json.dumps(doc, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    if len(data) > MAX_BYTES:
        # A file navapp would refuse to open again is not written.
        raise InputError(
            path,
            translate(
                "Rn2Write",
                "the .rn2 would be {size} MB, more than the {limit} MB "
                "navapp reads: thin the route line first",
            ).format(size=f"{len(data) / 1e6:.0f}", limit=MAX_BYTES // (1024 * 1024)),
        )
    atomic_write_bytes(path, data)
    return lost
