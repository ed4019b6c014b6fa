"""Rally Navigator roadbooks (``.rn2``, JSON, version 4): read them; the icon tables and limits
the writer (:mod:`navapp.io.rn2_write`) shares.

An .rn2 file is one JSON object ``{"route": {...}}``. Its ``waypoints`` list is the whole
route line, point by point; the points with ``show: true`` are the roadbook's boxes, each
with a ``tulip`` and a ``notes`` cell of drawing elements. Distances are not stored: they are
the length of the line up to each point, which navapp measures geodesically. A waypoint's
control type and radii are in its ``waypointIcon`` (or in icons placed in its cells), the CAP
in a CAP text element or, with ``showHeading``, the heading of the line leaving the point.

What navapp cannot hold is said, not dropped silently: the reader puts one line in the
roadbook's ``warnings``; the writer returns the lines to show.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from navapp.core import geodesy
from navapp.core.i18n import translate
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
from navapp.core.turn import route_turns
from navapp.io.errors import InputError
from navapp.io.files import open_input
from navapp.io.jsonvalues import json_number
from navapp.io.rn2_tulip import DEFAULT_TYPE_ID, obj, tulip_from_rn2

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
ICONS: dict[WaypointType, _Icon] = {
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
_BY_ID = {icon.id: t for t, icon in ICONS.items()} | _OTHER_IDS
_BY_LEGACY = {icon.legacy_id: t for t, icon in ICONS.items() if icon.legacy_id is not None}
_BY_RN_TYPE = {icon.rn_type: t for t, icon in ICONS.items()} | {"dn": WaypointType.DN}
# Speed limit signs (start of zone) by id and legacy id, and the limit each shows.
SPEED_SIGNS = {
    30: ("33b6a49a-6796-44e3-a173-37437993e0e3", 53),
    40: ("0e5e32f1-0b62-467b-b3b9-9066de77df6f", 49),
    50: ("53cb2146-c977-41ec-8132-b648cf87fa78", 47),
    60: ("eda0a1dc-f08f-45a4-bf5a-ca994df19231", 48),
}
_SPEED_BY_ID: dict[object, int] = {}
for _kmh, (_sid, _legacy) in SPEED_SIGNS.items():
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
            raise InputError(
                path, translate("Rn2", "cannot read: {reason}").format(reason=e.strerror or e)
            ) from None
    if len(data) > MAX_BYTES:
        raise InputError(
            path,
            translate("Rn2", "larger than {limit} MB: not a roadbook").format(
                limit=MAX_BYTES // (1024 * 1024)
            ),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            path,
            translate("Rn2", "not a Rally Navigator file: not UTF-8 text (byte {start})").format(
                start=e.start
            ),
        ) from None
    try:
        doc = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as e:
        raise InputError(
            path,
            translate("Rn2", "not a Rally Navigator file: bad JSON ({reason})").format(
                reason=e.msg
            ),
            e.lineno,
        ) from None
    except (ValueError, RecursionError) as e:
        raise InputError(
            path, translate("Rn2", "not a Rally Navigator file: bad JSON ({error})").format(error=e)
        ) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("route"), dict):
        raise InputError(path, translate("Rn2", 'not a Rally Navigator file: no "route" object'))
    route: dict[str, Any] = doc["route"]
    version = route.get("version")
    if version != VERSION or isinstance(version, bool):
        raise InputError(
            path,
            translate(
                "Rn2", "Rally Navigator file version {version}; navapp reads version {known}"
            ).format(version=f"{str(version)[:20]!s}", known=VERSION),
        )
    return route


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number")


@dataclass(frozen=True)
class _Point:
    lat: float
    lon: float
    show: bool
    raw: Mapping[str, Any]


def _points(route: Mapping[str, Any], path: str | Path) -> list[_Point]:
    wps = route.get("waypoints")
    if not isinstance(wps, list):
        raise InputError(path, translate("Rn2", 'no "waypoints" list'))
    if not wps:
        raise InputError(path, translate("Rn2", "no waypoints"))
    if len(wps) > MAX_WAYPOINTS:
        raise InputError(
            path,
            translate("Rn2", "more than {limit} waypoints: not a roadbook").format(
                limit=MAX_WAYPOINTS
            ),
        )
    out = []
    for i, w in enumerate(wps):
        if not isinstance(w, dict):
            raise InputError(
                path, translate("Rn2", "waypoint {number} is not an object").format(number=i)
            )
        lat, lon = json_number(w.get("lat")), json_number(w.get("lon"))
        if lat is None or lon is None or abs(lat) > 90 or abs(lon) > 180:
            raise InputError(
                path, translate("Rn2", "waypoint {number} has no valid lat/lon").format(number=i)
            )
        show = w.get("show")
        if not isinstance(show, bool):
            raise InputError(
                path, translate("Rn2", 'waypoint {value} has no "show" true/false').format(value=i)
            )
        if show:
            for cell in ("tulip", "notes"):
                value = w.get(cell)
                if value is None:
                    continue
                elements = value.get("elements") if isinstance(value, dict) else None
                if not isinstance(elements, list) or len(elements) > MAX_CELL_ELEMENTS:
                    raise InputError(
                        path,
                        translate("Rn2", "waypoint {number}: bad {cell} drawing").format(
                            number=i, cell=cell
                        ),
                    )
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
    v = json_number(options.get(key))
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
            kmh = json_number(options.get("speed"))
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
        raise InputError(path, translate("Rn2", "no roadbook boxes (no waypoint with show true)"))
    if len(shown) > MAX_BOXES:
        raise InputError(
            path,
            translate("Rn2", "more than {limit} boxes: not a roadbook").format(limit=MAX_BOXES),
        )
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
        warnings = (
            str(
                InputError(
                    path,
                    translate("Rn2", "not kept from the tulips and notes: {what}").format(
                        what=what
                    ),
                )
            ),
        )
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
