"""Rally Navigator roadbooks (``.rn2``, JSON, version 4): read and write.

An .rn2 file is one JSON object ``{"route": {...}}``. Its ``waypoints`` list is the whole
route line, point by point; the points with ``show: true`` are the roadbook's boxes, each
with a ``tulip`` and a ``notes`` cell of drawing elements. Distances are not stored: they are
the length of the line up to each point, which navapp measures geodesically. A waypoint's
control type and radii are in its ``waypointIcon`` (or in icons placed in its cells), the CAP
in a CAP text element or, with ``showHeading``, the heading of the line leaving the point.

What navapp cannot hold is said, not dropped silently: the reader puts one line in the
roadbook's ``warnings``, :func:`write_rn2` returns the lines to show.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from navapp.core import geodesy
from navapp.core.model import (
    Box,
    Metadata,
    Roadbook,
    RouteLine,
    Units,
    Waypoint,
    WaypointType,
    number_boxes,
)
from navapp.core.rules import rule_for
from navapp.core.tulip import Tulip, auto_tulip, tulip_from_drawing
from navapp.core.turn import route_turns
from navapp.io.atomic import atomic_write_bytes
from navapp.io.errors import InputError
from navapp.io.files import open_input
from navapp.io.rn2_tulip import DEFAULT_TYPE_ID, obj, tulip_from_rn2, tulip_to_rn2

VERSION = 4
# Larger files are not roadbooks; refusing them bounds memory and parse time.
MAX_BYTES = 64 * 1024 * 1024
MAX_WAYPOINTS = 500_000
MAX_BOXES = 20_000
MAX_CELL_ELEMENTS = 1_000
MAX_NOTE_CHARS = 4_000
MAX_NAME_CHARS = 300


@dataclass(frozen=True)
class _Icon:
    """A Rally Navigator control icon: its id, legacy numeric id and type name."""

    id: str
    legacy_id: int | None
    rn_type: str
    name: str


# Rally Navigator's control icons (ids as its files carry them) and the navapp type of each.
_ICONS: dict[WaypointType, _Icon] = {
    WaypointType.DSS: _Icon("0a1d95e6-3bef-45ff-b605-4f2bcf7735d9", 39, "dss", "Start Selective"),
    WaypointType.ASS: _Icon("e252bf77-328c-4148-a71d-1c2f19a7e8a8", 34, "ass", "Finish Selective"),
    WaypointType.CP: _Icon("f7b3f980-2a69-4ab6-a87f-318b2514ea6a", 37, "cp", "Checkpoint"),
    WaypointType.DZ: _Icon("abcf7797-9827-44b1-b061-2e3230c33b5d", 41, "dz", "Start Speed Limit"),
    WaypointType.FZ: _Icon("854d3cb4-cee2-4648-aa48-a48ab985a09c", 33, "fz", "Finish Speed Limit"),
    WaypointType.DN: _Icon(
        "65f3d599-ea98-4cfd-93de-7487de5f61c8", 203366, "sn", "Start Neutralization"
    ),
    WaypointType.FN: _Icon(
        "0e832ea0-e186-495c-98f9-8e75d73fd242", 158004, "fn", "Finish Neutralization"
    ),
    WaypointType.WPS: _Icon("95e8e77e-6422-4401-a1bc-7f48712df130", 906024, "wps", "Safety WP"),
    WaypointType.WPC: _Icon("76d4219b-966b-4920-a773-fa2981c48437", 700, "wpc", "Control WP"),
    WaypointType.WPV: _Icon("d08fc9f2-8d64-4708-877d-a66437746f8b", 751647, "wpv", "Visible WP"),
    WaypointType.WPE: _Icon("5f8c8069-9c50-4ae1-913f-11d2adb8a12b", 44, "wpe", "WP Eclipse"),
    WaypointType.WPM: _Icon("69c431e6-c020-442f-94d2-42aaa9f9d55f", 45, "wpm", "WP Masked"),
    WaypointType.WPN: _Icon("13ca5a7c-624d-4d0a-9792-0138420c7e2e", 798164, "wpn", "WP Navigation"),
    WaypointType.WPP: _Icon("c913f0e8-a3a1-4ca3-abae-4ca2d9f6facf", None, "wpp", "WP Precise"),
}
# Another id seen for the finish of a selective section.
_OTHER_IDS = {"ec316c9b-0dcf-4823-ace0-1ed5c570f16f": WaypointType.ASS}
_BY_ID = {icon.id: t for t, icon in _ICONS.items()} | _OTHER_IDS
_BY_LEGACY = {icon.legacy_id: t for t, icon in _ICONS.items() if icon.legacy_id is not None}
_BY_RN_TYPE = {icon.rn_type: t for t, icon in _ICONS.items()} | {"dn": WaypointType.DN}
# Speed limit signs (start of zone) by id and legacy id, and the limit each shows.
_SPEED_SIGNS = {
    30: ("33b6a49a-6796-44e3-a173-37437993e0e3", 53),
    40: ("0e5e32f1-0b62-467b-b3b9-9066de77df6f", 49),
    50: ("53cb2146-c977-41ec-8132-b648cf87fa78", 47),
    60: ("eda0a1dc-f08f-45a4-bf5a-ca994df19231", 48),
}
_SPEED_BY_ID: dict[object, int] = {}
for _kmh, (_sid, _legacy) in _SPEED_SIGNS.items():
    _SPEED_BY_ID[_sid] = _kmh
    _SPEED_BY_ID[_legacy] = _kmh
RESET_ICON_ID = "308c7365-bc3f-451b-9e98-531e9015024f"
_CAP_RE = re.compile(r"^\s*(\d{1,3})\s*°?\s*$")


# -- reading ------------------------------------------------------------------------------------


def _load(path: str | Path) -> dict[str, Any]:
    with open_input(path) as fh:
        try:
            data = fh.read(MAX_BYTES + 1)
        except OSError as e:
            raise InputError(path, f"cannot read: {e.strerror or e}") from None
    if len(data) > MAX_BYTES:
        raise InputError(path, f"larger than {MAX_BYTES // (1024 * 1024)} MB: not a roadbook")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            path, f"not a Rally Navigator file: not UTF-8 text (byte {e.start})"
        ) from None
    try:
        doc = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as e:
        raise InputError(
            path, f"not a Rally Navigator file: bad JSON ({e.msg})", e.lineno
        ) from None
    except (ValueError, RecursionError) as e:
        raise InputError(path, f"not a Rally Navigator file: bad JSON ({e})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("route"), dict):
        raise InputError(path, 'not a Rally Navigator file: no "route" object')
    route: dict[str, Any] = doc["route"]
    version = route.get("version")
    if version != VERSION or isinstance(version, bool):
        raise InputError(
            path,
            f"Rally Navigator file version {str(version)[:20]!s}; navapp reads version {VERSION}",
        )
    return route


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number")


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    v = float(value)
    return v if math.isfinite(v) else None


@dataclass(frozen=True)
class _Point:
    lat: float
    lon: float
    show: bool
    raw: Mapping[str, Any]


def _points(route: Mapping[str, Any], path: str | Path) -> list[_Point]:
    wps = route.get("waypoints")
    if not isinstance(wps, list):
        raise InputError(path, 'no "waypoints" list')
    if not wps:
        raise InputError(path, "no waypoints")
    if len(wps) > MAX_WAYPOINTS:
        raise InputError(path, f"more than {MAX_WAYPOINTS} waypoints: not a roadbook")
    out = []
    for i, w in enumerate(wps):
        if not isinstance(w, dict):
            raise InputError(path, f"waypoint {i} is not an object")
        lat, lon = _number(w.get("lat")), _number(w.get("lon"))
        if lat is None or lon is None or abs(lat) > 90 or abs(lon) > 180:
            raise InputError(path, f"waypoint {i} has no valid lat/lon")
        show = w.get("show")
        if not isinstance(show, bool):
            raise InputError(path, f'waypoint {i} has no "show" true/false')
        if show:
            for cell in ("tulip", "notes"):
                value = w.get(cell)
                if value is None:
                    continue
                elements = value.get("elements") if isinstance(value, dict) else None
                if not isinstance(elements, list) or len(elements) > MAX_CELL_ELEMENTS:
                    raise InputError(path, f"waypoint {i}: bad {cell} drawing")
        out.append(_Point(lat, lon, show, w))
    return out


def _elements(w: Mapping[str, Any], cell: str) -> list[Mapping[str, Any]]:
    value = w.get(cell)
    if not isinstance(value, dict) or not isinstance(value.get("elements"), list):
        return []
    return [e for e in value["elements"] if isinstance(e, dict)]


def _icon_type(icon: Mapping[str, Any], by_rn_type: bool) -> WaypointType | None:
    key = icon.get("id")
    if isinstance(key, str) and key in _BY_ID:
        return _BY_ID[key]
    legacy = icon.get("legacy_id")
    if isinstance(legacy, int) and not isinstance(legacy, bool) and legacy in _BY_LEGACY:
        return _BY_LEGACY[legacy]
    rn_type = icon.get("type")
    if by_rn_type and isinstance(rn_type, str):
        return _BY_RN_TYPE.get(rn_type.lower())
    return None


def _radius(options: Mapping[str, Any], key: str) -> float | None:
    v = _number(options.get(key))
    return v if v is not None and 0 <= v <= 1_000_000 else None


def _waypoint(wtype: WaypointType, icon: Mapping[str, Any]) -> Waypoint:
    options = obj(icon.get("options"))
    rule = rule_for(wtype)
    open_m, clear_m = _radius(options, "open"), _radius(options, "clear")
    name = options.get("name")
    return Waypoint(
        wtype,
        name[:40] if isinstance(name, str) else "",
        open_m if open_m is not None else rule.open_m,
        clear_m if clear_m is not None else rule.clear_m,
        open_from_file=open_m is not None,
        clear_from_file=clear_m is not None,
    )


@dataclass(frozen=True)
class _Controls:
    waypoints: tuple[Waypoint, ...]
    speed_kmh: float | None
    reset: bool


def _controls(w: Mapping[str, Any], cells: Sequence[Mapping[str, Any]]) -> _Controls:
    found: list[Waypoint] = []
    speed: float | None = None
    reset = False
    main = w.get("waypointIcon")
    icons: list[tuple[Mapping[str, Any], bool]] = []
    if isinstance(main, dict):
        icons.append((main, True))
    icons += [(e, False) for e in cells if e.get("type") == "Icon"]
    for icon, is_main in icons:
        if icon.get("id") == RESET_ICON_ID:
            reset = True
            continue
        sign = _SPEED_BY_ID.get(icon.get("id")) or _SPEED_BY_ID.get(icon.get("legacy_id"))
        if sign is not None and speed is None:
            speed = float(sign)
            continue
        wtype = _icon_type(icon, is_main)
        if wtype is None or any(x.type is wtype for x in found):
            continue
        found.append(_waypoint(wtype, icon))
        options = icon.get("options")
        if isinstance(options, dict):
            kmh = _number(options.get("speed"))
            if kmh is not None and 0 < kmh < 1000:
                speed = kmh
    return _Controls(tuple(found), speed, reset)


def _known_icon(e: Mapping[str, Any]) -> bool:
    """Whether an icon element is one the reader turns into box data (a control, a speed
    sign, a reset)."""
    if e.get("type") != "Icon":
        return False
    key = e.get("id")
    return (
        key == RESET_ICON_ID
        or key in _SPEED_BY_ID
        or e.get("legacy_id") in _SPEED_BY_ID
        or _icon_type(e, False) is not None
    )


def _cap_text(cells: Sequence[Mapping[str, Any]]) -> int | None:
    for e in cells:
        if e.get("type") == "Text" and e.get("cap") is True:
            m = _CAP_RE.match(str(e.get("text", ""))[:10])
            if m and int(m.group(1)) <= 360:
                return int(m.group(1)) % 360
    return None


def _notes_text(cells: Sequence[Mapping[str, Any]]) -> str:
    texts = [
        e["text"].strip()
        for e in cells
        if e.get("type") == "Text" and e.get("cap") is not True and isinstance(e.get("text"), str)
    ]
    return "\n".join(t for t in texts if t)[:MAX_NOTE_CHARS]


def read_rn2(path: str | Path) -> Roadbook:
    """Read a Rally Navigator .rn2 (version 4) roadbook; bad input raises :class:`InputError`.

    Boxes are the waypoints with ``show: true``; their totals are the geodesic length of the
    waypoint line up to them (from the last reset icon, when there is one).
    """
    route = _load(path)
    points = _points(route, path)
    shown = [i for i, p in enumerate(points) if p.show]
    if not shown:
        raise InputError(path, "no roadbook boxes (no waypoint with show true)")
    if len(shown) > MAX_BOXES:
        raise InputError(path, f"more than {MAX_BOXES} boxes: not a roadbook")
    settings = obj(route.get("settings"))
    units = Units.STATUTE if settings.get("units") == "imperial" else Units.METRIC
    default_type = settings.get("defaultTrackType") or DEFAULT_TYPE_ID
    lat = np.array([p.lat for p in points], dtype=np.float64)
    lon = np.array([p.lon for p in points], dtype=np.float64)
    cum = geodesy.cumulative_m(lat, lon)
    line = geodesy.RouteGeometry(lat, lon) if len(points) >= 2 else None
    turns = route_turns(line, cum[shown]) if line is not None else None
    show_headings = settings.get("showHeadings") is True
    boxes: list[Box] = []
    lost: dict[str, int] = {}
    base_m = 0.0
    for k, i in enumerate(shown):
        w = points[i].raw
        tulip_cells = _elements(w, "tulip")
        notes_cells = _elements(w, "notes")
        controls = _controls(w, [*tulip_cells, *notes_cells])
        cap = _cap_text([*tulip_cells, *notes_cells])
        heading = w.get("showHeading")
        if (
            cap is None
            and turns is not None
            and (heading is True or (heading is None and show_headings))
        ):
            cap = turns.cap(k)
        read = tulip_from_rn2(
            [e for e in tulip_cells if not _known_icon(e)],
            default_type,
            float(turns.angle_deg[k]) if turns is not None else 0.0,
        )
        for kind, n in read.lost.items():
            lost[kind] = lost.get(kind, 0) + n
        notes_icons = sum(
            1 for e in notes_cells if e.get("type") in ("Icon", "Line") and not _known_icon(e)
        )
        if notes_icons:
            lost["notes icon or drawing"] = lost.get("notes icon or drawing", 0) + notes_icons
        boxes.append(
            Box(
                0,
                round((float(cum[i]) - base_m) / 1000.0, 6),
                cap=cap,
                lat=points[i].lat,
                lon=points[i].lon,
                waypoints=controls.waypoints,
                speed_limit_kmh=controls.speed_kmh,
                reset_km=0.0 if controls.reset else None,
                tulip=read.tulip.to_drawing() if read.tulip is not None else None,
                notes_text=_notes_text(notes_cells),
            )
        )
        if controls.reset:
            base_m = float(cum[i])
    name = route.get("name")
    description = route.get("description")
    warnings: tuple[str, ...] = ()
    if lost:
        what = ", ".join(f"{n} {kind}" for kind, n in sorted(lost.items()))
        warnings = (str(InputError(path, f"not kept from the tulips and notes: {what}")),)
    return Roadbook(
        name.strip()[:MAX_NAME_CHARS]
        if isinstance(name, str) and name.strip()
        else Path(path).stem,
        units,
        number_boxes(boxes),
        RouteLine(lat, lon) if len(points) >= 2 else None,
        Metadata(
            description=description[:MAX_NOTE_CHARS] if isinstance(description, str) else "",
            creator="Rally Navigator",
            version=str(VERSION),
        ),
        warnings=warnings,
    )


# -- writing ------------------------------------------------------------------------------------


def _eid(seed: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "navapp-rn2:" + seed))


def _icon_dict(wp: Waypoint, seed: str) -> dict[str, Any]:
    icon = _ICONS[wp.type]
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
        return [str(InputError(path, f"not written to .rn2: {what}"))]


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
    writable = [w for w in box.waypoints if w.type in _ICONS]
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
        sign = _SPEED_SIGNS.get(round(box.speed_limit_kmh))
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


def to_rn2_document(
    roadbook: Roadbook, path: str | Path | None = None
) -> tuple[dict[str, Any], list[str]]:
    """The roadbook as a Rally Navigator version-4 document, and one line saying what it
    could not hold (empty when nothing is lost).

    The waypoint list is the route line with each box inserted where it lies along it (in box
    order), so Rally Navigator measures the same distances; without a route line the boxes
    alone make the line. Every box needs a position.
    """
    for box in roadbook.boxes:
        if box.lat is None or box.lon is None:
            raise InputError(path, f"box {box.index} has no coordinates; .rn2 needs them")
    if not roadbook.boxes:
        raise InputError(path, "the roadbook has no boxes")
    route = roadbook.route
    if route is not None and len(route) + len(roadbook.boxes) > MAX_WAYPOINTS:
        raise InputError(
            path, f"the route line has {len(route)} points; an .rn2 holds at most {MAX_WAYPOINTS}"
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
    if line is not None:
        # In box order along the line: a box never goes before the one printed above it.
        chain = np.maximum.accumulate(line.locate(box_lat, box_lon).chainage_m)
        for k, t in enumerate(tulips):
            if t is None:
                route_tulips[k] = auto_tulip(line, float(chain[k]))
        # Route vertices strictly before each box's chainage come before it.
        cut = np.searchsorted(line.cum_m, chain, side="left")
        v = 0
        for k, box in enumerate(roadbook.boxes):
            for j in range(v, int(cut[k])):
                waypoints.append(
                    _rn_waypoint(
                        len(waypoints), float(line.lat[j]), float(line.lon[j]), False, None, False
                    )
                )
            v = max(v, int(cut[k]))
            cells = _box_cells(box, tulips[k], route_tulips[k], losses)
            waypoints.append(
                _rn_waypoint(
                    len(waypoints),
                    float(box_lat[k]),
                    float(box_lon[k]),
                    True,
                    cells,
                    box.cap is not None,
                )
            )
        for j in range(v, len(line.lat)):
            waypoints.append(
                _rn_waypoint(
                    len(waypoints), float(line.lat[j]), float(line.lon[j]), False, None, False
                )
            )
    else:
        for k, box in enumerate(roadbook.boxes):
            cells = _box_cells(box, tulips[k], None, losses)
            waypoints.append(
                _rn_waypoint(
                    len(waypoints),
                    float(box_lat[k]),
                    float(box_lon[k]),
                    True,
                    cells,
                    box.cap is not None,
                )
            )
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
            f"the .rn2 would be {len(data) / 1e6:.0f} MB, more than the "
            f"{MAX_BYTES // (1024 * 1024)} MB navapp reads: thin the route line first",
        )
    atomic_write_bytes(path, data)
    return lost
