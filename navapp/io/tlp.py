"""Tulip ``.tlp`` roadbooks: the JSON saves of the open-source Tulip roadbook editor.

A ``.tlp`` lists every point of the route in order (``instructions``; ``waypoints`` in files
before the rename), each with ``lat``/``long``; the points flagged ``instruction`` (or
``waypoint``) are the boxes, with the editor's ``kmFromStart`` (along the route, on a sphere),
``heading`` (to the next route point), ``showHeading``, the entry and exit track types, a
``notification`` (the waypoint: type, ``openRadius``, ``validationRadius``, ``time``) and the
tulip and notes as fabric.js canvases (``tulipJson``, ``noteJson``; older files keep the notes
as HTML in ``notes.text``).

The route line is every point of the file; totals are the file's ``kmFromStart`` (after any
trip-meter reset glyph), checked against the geodesic distance along the route. Icons the
editor turns into box fields on export (danger, speed, reset, fuel, stop, safety) become the
same fields here. What cannot be read is skipped with a warning; a file cut off mid-save keeps
the route points before the cut.
"""

from __future__ import annotations

import contextlib
import html
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from navapp.core import geodesy
from navapp.core.edit import cap_at
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
from navapp.io.errors import InputError
from navapp.io.files import open_input
from navapp.io.jsonvalues import json_number
from navapp.io.tlp_fabric import clean_text, glyph_name
from navapp.io.tlp_tulip import (
    OLD_TYPE_MARKERS,
    canvas_glyph_names,
    canvas_text,
    glyph_words,
    tulip_drawing,
)

# Bigger files are not roadbooks a crew drives: a long stage is a few megabytes, and 38 MB
# (2000 boxes with their canvases, 200 000 route points) reads in 2 s and 230 MB peak.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_POINTS = 2_000_000
MAX_BOXES = 20_000
# A total further than this from the geodesic distance along the route is reported.
CHECK_SHARE = 0.01
CHECK_MIN_KM = 0.03
MAX_WARNINGS = 8

# Tulip notification types to navapp waypoints. A neutralisation or transfer "with speed
# limit" also starts a speed zone, as the editor's own OpenRally export writes it.
_NOTIFICATION_TYPES: dict[str, tuple[WaypointType, ...]] = {
    "wpm": (WaypointType.WPM,),
    "wpv": (WaypointType.WPV,),
    "wpe": (WaypointType.WPE,),
    "wpn": (WaypointType.WPN,),
    "wpc": (WaypointType.WPC,),
    "wpp": (WaypointType.WPP,),
    "wps": (WaypointType.WPS,),
    "dss": (WaypointType.DSS,),
    "fss": (WaypointType.ASS,),
    "cp": (WaypointType.CP,),
    "dsz": (WaypointType.DZ,),
    "fsz": (WaypointType.FZ,),
    "dn": (WaypointType.DN,),
    "dns": (WaypointType.DN, WaypointType.DZ),
    "fn": (WaypointType.FN,),
    "dt": (WaypointType.DT,),
    "dts": (WaypointType.DT, WaypointType.DZ),
    "ft": (WaypointType.FT,),
}
_ZONE_OPENERS = frozenset({"dsz", "dns", "dts"})
_ZONE_CLOSERS = frozenset({"fsz", "fn", "ft"})
# Safety icons the editor exports as OpenRally flags.
_FLAG_GLYPHS = (
    ("medical", "medical"),
    ("helicopter", "helicopter"),
    ("police", "police"),
    ("firetruck", "fire"),
    ("spectators", "spectators"),
    ("media", "media"),
)
_ARRAY_START = re.compile(r'"(instructions|waypoints)"\s*:\s*\[')
_IMG_SRC = re.compile(r"""<img\b[^>]{0,2000}?\bsrc\s*=\s*["']([^"']{1,500})["']""", re.I)
_IMG_TAG = re.compile(_IMG_SRC.pattern + r"[^>]{0,2000}>", re.I)
_BREAKS = re.compile(r"<\s*(br|/div|/p|/li|/h[1-6])\b[^>]{0,200}>", re.I)
_TAGS = re.compile(r"<[^<>]{0,2000}>")


@dataclass
class _Notes:
    """What the reader has to tell the user, counted so a bad file gives a short list."""

    path: str | Path
    lines: list[str] = field(default_factory=list)
    dropped: int = 0

    def add(self, message: str) -> None:
        if len(self.lines) < MAX_WARNINGS:
            self.lines.append(str(InputError(self.path, message)))
        else:
            self.dropped += 1

    def done(self) -> tuple[str, ...]:
        if self.dropped:
            self.lines.append(
                str(
                    InputError(
                        self.path,
                        translate("Tlp", "and {dropped} more like these").format(
                            dropped=self.dropped
                        ),
                    )
                )
            )
        return tuple(self.lines)


def _number(value: object) -> float | None:
    """A finite number from a JSON number or numeric string (the editor saves form values
    as typed), else None."""
    if isinstance(value, str):
        try:
            value = float(value.strip()[:40])
        except ValueError:
            return None
    return json_number(value)


def _html_text(value: object) -> str:
    """Plain text of the editor's rich-text HTML, one line per block."""
    if not isinstance(value, str) or not value:
        return ""

    def icon(m: re.Match[str]) -> str:
        name = glyph_name(m.group(1))
        words = glyph_words(name) if name else None
        return f" {words} " if words else ""

    text = _TAGS.sub("", _IMG_TAG.sub(icon, _BREAKS.sub("\n", value[:200_000])))
    lines = (" ".join(clean_text(html.unescape(line)).split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _load(path: str | Path, notes: _Notes) -> dict[str, Any]:
    with open_input(path) as fh:
        try:
            raw = fh.read(MAX_FILE_BYTES + 1)
        except OSError as e:
            raise InputError(
                path, translate("Tlp", "cannot read: {reason}").format(reason=e.strerror or e)
            ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(
            path,
            translate("Tlp", "too large for a Tulip roadbook (over {limit} MB)").format(
                limit=MAX_FILE_BYTES >> 20
            ),
        )
    text = raw.decode("utf-8", errors="replace").lstrip("\ufeff")
    try:
        data = json.loads(text)
    except RecursionError:
        raise InputError(
            path, translate("Tlp", "not a Tulip roadbook: JSON nested too deeply")
        ) from None
    except ValueError as e:
        line = getattr(e, "lineno", None)
        msg = getattr(e, "msg", str(e))
        salvaged = _salvage(text)
        if salvaged is None:
            raise InputError(
                path,
                translate("Tlp", "not a Tulip roadbook: bad JSON ({reason})").format(reason=msg),
                line,
            ) from None
        notes.add(
            translate(
                "Tlp",
                "the file is damaged at line {line} ({reason}); read {count} whole route points",
            ).format(line=line, reason=msg, count=len(salvaged["instructions"]))
        )
        return salvaged
    if not isinstance(data, dict):
        raise InputError(path, translate("Tlp", "not a Tulip roadbook: the JSON is not an object"))
    return data


def _salvage(text: str) -> dict[str, Any] | None:
    """What a file cut off or damaged mid-list still holds: its name and the whole route
    points before the damage (None when there are none)."""
    m = _ARRAY_START.search(text)
    if m is None:
        return None
    decoder = json.JSONDecoder()
    points: list[Any] = []
    pos = m.end()
    while len(points) < MAX_POINTS:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        try:
            item, pos = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError):
            break
        points.append(item)
    if not points:
        return None
    head = text[: m.start()]
    name = re.search(r'"name"\s*:\s*"((?:[^"\\]|\\.){0,500})"', head)
    out: dict[str, Any] = {"instructions": points}
    if name:
        with contextlib.suppress(ValueError):
            out["name"] = json.loads(f'"{name.group(1)}"')
    return out


@dataclass(frozen=True)
class _Point:
    lat: float
    lon: float
    item: dict[str, Any]
    is_box: bool


def _points(data: dict[str, Any], notes: _Notes) -> list[_Point]:
    raw = data.get("instructions")
    if raw is None:
        raw = data.get("waypoints")  # files saved before instructions were renamed
    if not isinstance(raw, list):
        raise InputError(notes.path, translate("Tlp", "not a Tulip roadbook: no instructions list"))
    if len(raw) > MAX_POINTS:
        raise InputError(
            notes.path,
            translate("Tlp", "more than {limit} route points").format(limit=MAX_POINTS),
        )
    out: list[_Point] = []
    bad = 0
    for item in raw:
        if not isinstance(item, dict):
            bad += 1
            continue
        lat, lon = _number(item.get("lat")), _number(item.get("long", item.get("lng")))
        if lat is None or lon is None or abs(lat) > 90 or abs(lon) > 180:
            bad += 1
            continue
        is_box = item.get("instruction") is True or item.get("waypoint") is True
        out.append(_Point(lat, lon, item, is_box))
    if bad:
        notes.add(
            translate("Tlp", "skipped {bad} route points without a usable lat/long").format(bad=bad)
        )
    return out


def _km_from_start(item: dict[str, Any]) -> float | None:
    value = item.get("kmFromStart")
    if value is None and isinstance(item.get("distances"), dict):
        value = item["distances"].get("kmFromStart")
    km = _number(value)
    return km if km is not None and km >= 0 else None


def _heading(item: dict[str, Any]) -> float | None:
    value = item.get("heading")
    if value is None and isinstance(item.get("angles"), dict):
        value = item["angles"].get("heading")
    return _number(value)


def _glyphs(item: dict[str, Any]) -> list[str]:
    names = canvas_glyph_names(item.get("tulipJson")) + canvas_glyph_names(item.get("noteJson"))
    old = item.get("notes")
    if isinstance(old, dict):
        text = old.get("text")
        if isinstance(text, str):
            names += [n for n in (glyph_name(s) for s in _IMG_SRC.findall(text[:200_000])) if n]
        for g in old.get("glyphs", [])[:100] if isinstance(old.get("glyphs"), list) else ():
            n = glyph_name(g.get("src")) if isinstance(g, dict) else None
            if n:
                names.append(n)
    return names


def _waypoints(
    item: dict[str, Any], number: int, cp_number: int, in_zone: bool, notes: _Notes, box: int
) -> tuple[tuple[Waypoint, ...], str | None, int | None]:
    """The box's waypoints from its notification, its Tulip type and neutralisation time."""
    n = item.get("notification")
    if not isinstance(n, dict) or not n.get("type"):
        return (), None, None
    ttype = str(n.get("type"))[:20]
    types = _NOTIFICATION_TYPES.get(ttype)
    if types is None:
        notes.add(
            translate("Tlp", "box {box}: unknown waypoint type {type} left out").format(
                box=box, type=f"{ttype!r}"
            )
        )
        return (), None, None
    open_file, clear_file = _number(n.get("openRadius")), _number(n.get("validationRadius"))
    out = []
    for i, wtype in enumerate(types):
        rule = rule_for(wtype)
        name = f"{cp_number}" if wtype is WaypointType.CP else f"{number}"
        # The file's radii are the notification's own; a zone it opens alongside takes the
        # rules table's.
        own = i == 0
        use_open = own and open_file is not None and open_file > 0 and _finite(rule.open_m)
        use_clear = own and clear_file is not None and clear_file > 0
        out.append(
            Waypoint(
                wtype,
                name,
                open_file if use_open else rule.open_m,
                clear_file if use_clear else rule.clear_m,
                open_from_file=use_open,
                clear_from_file=use_clear,
            )
        )
    if ttype in ("fn", "ft") and in_zone:
        # Leaving a neutralisation or transfer ends the speed zone it ran in.
        rule = rule_for(WaypointType.FZ)
        out.append(Waypoint(WaypointType.FZ, f"{number}", rule.open_m, rule.clear_m))
    time = _number(n.get("time"))
    neutral = round(time) if time is not None and time > 0 and ttype in ("dn", "dns") else None
    return tuple(out), ttype, neutral


def _finite(v: float | None) -> bool:
    return v is not None and math.isfinite(v)


@dataclass(frozen=True)
class _IconFields:
    speed_limit_kmh: float | None
    danger: int | None
    reset_km: float | None
    stop_s: int | None
    flags: tuple[str, ...]


def _glyph_fields(glyphs: list[str], item: dict[str, Any]) -> _IconFields:
    """The box fields the editor's icons stand for, as its own OpenRally export writes them:
    speed limit, danger level, trip-meter reset, timed stop, fuel and safety flags."""
    speeds = [int(m.group(1)) for g in glyphs if (m := re.fullmatch(r"speed-(\d{1,3})", g))]
    dangers = [int(m.group(1)) for g in glyphs if (m := re.fullmatch(r"danger-([123])", g))]
    stop = _number(item.get("stopTimeSec"))
    timed_stop = "stop-round" in glyphs and stop is not None and stop > 0
    flags = [flag for key, flag in _FLAG_GLYPHS if any(key in g for g in glyphs)]
    if "fuel-zone" in glyphs:
        flags.insert(0, "fuel")
    if item.get("showCoordinates") is True:
        flags.append("show_coordinates")
    return _IconFields(
        speed_limit_kmh=float(speeds[0]) if speeds and speeds[0] > 0 else None,
        danger=max(dangers) if dangers else None,
        reset_km=0.0 if "reset-distance" in glyphs else None,
        stop_s=round(stop) if timed_stop and stop is not None else None,
        flags=tuple(flags),
    )


def read_tlp(path: str | Path) -> Roadbook:
    """A roadbook from a Tulip ``.tlp`` file; :class:`InputError` when nothing can be used."""
    notes = _Notes(path)
    data = _load(path, notes)
    points = _points(data, notes)
    if not any(p.is_box for p in points):
        raise InputError(path, translate("Tlp", "no instructions in this Tulip roadbook"))
    lat = np.array([p.lat for p in points], dtype=np.float64)
    lon = np.array([p.lon for p in points], dtype=np.float64)
    route = RouteLine(lat, lon) if len(points) >= 2 else None
    chainage_km = geodesy.cumulative_m(lat, lon) / 1000.0
    measurable = route is not None and chainage_km[-1] > 0
    line: geodesy.RouteGeometry | None = None  # built only if a box has no heading
    box_at = [i for i, p in enumerate(points) if p.is_box]
    if len(box_at) > MAX_BOXES:
        raise InputError(
            path, translate("Tlp", "more than {limit} instructions").format(limit=MAX_BOXES)
        )
    old_names = any(
        points[i].item.get(k) in OLD_TYPE_MARKERS
        for i in box_at
        for k in ("entryTrackType", "exitTrackType")
    )

    boxes: list[Box] = []
    base_raw = 0.0  # kmFromStart of the last trip-meter reset
    prev_raw = -math.inf
    mismatch: tuple[int, float, float] | None = None
    missing = 0
    wp_count = cp_count = 0
    in_zone = False
    for n, i in enumerate(box_at, start=1):
        item = points[i].item
        measured = float(chainage_km[i])
        raw = _km_from_start(item)
        if raw is None:
            missing += 1
            raw = measured
        elif raw < prev_raw:
            notes.add(
                translate(
                    "Tlp", "box {box}: kmFromStart {raw} goes back; the route distance is used"
                ).format(box=n, raw=f"{raw:.2f}")
            )
            raw = measured
        elif abs(raw - measured) > max(CHECK_MIN_KM, CHECK_SHARE * measured) and not mismatch:
            mismatch = (n, raw, measured)
        prev_raw = raw
        glyphs = _glyphs(item)

        cap: int | None = None
        heading = _heading(item)
        last = i == len(points) - 1
        if item.get("showHeading") is False:
            cap = None  # the organiser hid it (the editor's own export leaves it out too)
        elif heading is not None and not (heading == 0 and last):
            # The editor gives the last route point a heading of 0 (towards itself).
            cap = round(heading) % 360
        elif measurable and not last:
            line = line or geodesy.RouteGeometry(lat, lon)
            cap = cap_at(line, measured * 1000.0)

        notification = item.get("notification")
        ntype = notification.get("type") if isinstance(notification, dict) else None
        if ntype:
            wp_count += 1
            cp_count += ntype == "cp"
        waypoints, ttype, neutral = _waypoints(item, wp_count, cp_count, in_zone, notes, n)
        if ttype in _ZONE_OPENERS:
            in_zone = True
        elif ttype in _ZONE_CLOSERS:
            in_zone = False

        tulip = tulip_drawing(
            item.get("tulipJson"), item.get("entryTrackType"), item.get("exitTrackType"), old_names
        )
        notes_text = canvas_text(item.get("noteJson"))
        old_notes = item.get("notes")
        if not notes_text and isinstance(old_notes, dict):
            notes_text = _html_text(old_notes.get("text"))

        fields = _glyph_fields(glyphs, item)
        boxes.append(
            Box(
                index=0,
                total_km=round(raw - base_raw, 3),
                cap=cap,
                lat=points[i].lat,
                lon=points[i].lon,
                waypoints=waypoints,
                neutralization_s=neutral,
                tulip=tulip.drawing if tulip is not None else None,
                notes_text=notes_text,
                speed_limit_kmh=fields.speed_limit_kmh,
                danger=fields.danger,
                reset_km=fields.reset_km,
                stop_s=fields.stop_s,
                flags=fields.flags,
            )
        )
        reset = fields.reset_km is not None
        if reset:
            base_raw = raw
    if missing:
        notes.add(
            translate(
                "Tlp", "{missing} boxes had no kmFromStart; their totals are the route distance"
            ).format(missing=missing)
        )
    if mismatch is not None:
        n, raw, measured = mismatch
        notes.add(
            translate(
                "Tlp",
                "box {box}: kmFromStart {raw} km but {measured} km along the route "
                "(totals kept as the file prints them)",
            ).format(box=n, raw=f"{raw:.2f}", measured=f"{measured:.2f}")
        )
    return Roadbook(
        _name(data, path),
        Units.METRIC,
        number_boxes(boxes),
        route,
        _metadata(data),
        warnings=notes.done(),
    )


def _name(data: dict[str, Any], path: str | Path) -> str:
    name = clean_text(data.get("name")).replace("\n", " ")
    if not name or name == "Name your roadbook":
        return Path(path).stem
    return name[:200]


def _metadata(data: dict[str, Any]) -> Metadata:
    desc = _html_text(data.get("desc"))
    version = data.get("appVersion")
    creator = "Tulip" + (f" {clean_text(version)[:40]}" if isinstance(version, str) else "")
    total = _number(data.get("totalDistance"))
    return Metadata(
        description="" if desc == "Describe your roadbook" else desc,
        total_km=total if total is not None and total > 0 else None,
        creator=creator,
    )
