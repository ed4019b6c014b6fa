"""OpenRally GPX roadbooks: read every version seen in the wild, write v1.0.3.

Each ``<wpt>`` in document order is one box; its OpenRally elements sit in ``<extensions>``.
The route line is the file's ``<trk>`` (or ``<rte>`` when there is no track).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from lxml import etree

import navapp
from navapp.core.i18n import translate
from navapp.core.model import (
    KNOWN_FLAGS,
    M_PER_YARD,
    Box,
    Drawing,
    Metadata,
    Roadbook,
    RouteLine,
    Units,
    Waypoint,
    WaypointType,
    number_boxes,
)
from navapp.core.rules import rule_for
from navapp.io.atomic import atomic_write_bytes
from navapp.io.errors import InputError
from navapp.io.files import read_bytes
from navapp.io.points import point_position
from navapp.io.safexml import parse_bytes

NS_PREFIX = "http://www.openrally.org/xmlschemas/GpxExtensions/"
WRITE_VERSION = "v1.0.3"
NS_WRITE = NS_PREFIX + WRITE_VERSION
GPX11 = "http://www.topografix.com/GPX/1/1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

# OpenRally element name -> waypoint type, legacy names included.
_WAYPOINT_TAGS = {
    "wpv": WaypointType.WPV,
    "wpm": WaypointType.WPM,
    "wpe": WaypointType.WPE,
    "wps": WaypointType.WPS,
    "wpc": WaypointType.WPC,
    "wpn": WaypointType.WPN,
    "wpp": WaypointType.WPP,
    "dss": WaypointType.DSS,
    "ass": WaypointType.ASS,
    "checkpoint": WaypointType.CP,
    "dz": WaypointType.DZ,
    "fz": WaypointType.FZ,
    "fn": WaypointType.FN,
    "dt": WaypointType.DT,
    "ft": WaypointType.FT,
    "waypointmasked": WaypointType.WPM,
    "waypointeclipse": WaypointType.WPE,
    "waypointsafety": WaypointType.WPS,
    "startspecialstage": WaypointType.DSS,
    "finishspecialstage": WaypointType.ASS,
    "endofzone": WaypointType.FZ,
}
# Waypoint type -> element written (DN is written as <neutralization>).
_WRITE_TAG = {t: t.value for t in WaypointType if t is not WaypointType.DN}
_WRITE_TAG[WaypointType.CP] = "checkpoint"
_LEGACY_DANGER = {"onedanger": 1, "twodanger": 2, "threedanger": 3}


def is_openrally(data: bytes) -> bool:
    """Whether a GPX document's bytes use the OpenRally extensions."""
    head = data[:200_000]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="replace").encode()
    return NS_PREFIX.encode() in head


def _local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _ns(el: etree._Element) -> str:
    tag = el.tag
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].split("}", 1)[0]
    return ""


@dataclass
class _Reader:
    path: str | Path
    units: Units = Units.METRIC
    version: str = ""
    boxes: list[Box] = field(default_factory=list)

    def fail(self, el: etree._Element | None, message: str) -> InputError:
        return InputError(self.path, message, el.sourceline if el is not None else None)

    def number(self, el: etree._Element, text: str | None, what: str) -> float:
        try:
            value = float((text or "").strip())
        except ValueError:
            raise self.fail(
                el,
                translate("Openrally", "{what} is not a number: {text}").format(
                    what=what, text=f"{(text or '').strip()!r}"
                ),
            ) from None
        if not math.isfinite(value):
            raise self.fail(
                el,
                translate("Openrally", "{what} is not a finite number: {text}").format(
                    what=what, text=f"{(text or '').strip()!r}"
                ),
            )
        return value

    def integer(self, el: etree._Element, text: str | None, what: str) -> int:
        value = self.number(el, text, what)
        if value != int(value):
            raise self.fail(
                el,
                translate("Openrally", "{what} must be a whole number: {text}").format(
                    what=what, text=f"{(text or '').strip()!r}"
                ),
            )
        return int(value)

    def optional_int(self, el: etree._Element, text: str | None, what: str) -> int:
        """An integer element where an empty element means 0 (``<stop/>``, ``<reset/>``)."""
        return 0 if not (text or "").strip() else self.integer(el, text, what)

    def distance_km(self, el: etree._Element, text: str | None, what: str) -> float:
        value = self.number(el, text, what)
        if value < 0:
            raise self.fail(
                el,
                translate("Openrally", "negative {what}: {value}").format(
                    what=what, value=f"{value:g}"
                ),
            )
        return self.units.display_to_km(value)

    def radius_m(self, el: etree._Element, attr: str) -> float | None:
        raw = el.get(attr)
        if raw is None or not raw.strip():
            return None
        value = self.number(el, raw, f"{attr} radius")
        if value <= 0:
            raise self.fail(
                el,
                translate("Openrally", "{attr} radius must be positive: {text}").format(
                    attr=attr, text=f"{raw.strip()!r}"
                ),
            )
        return value if self.units is Units.METRIC else value * M_PER_YARD

    def speed_kmh(self, el: etree._Element, text: str | None) -> float:
        value = self.number(el, text, "speed limit")
        if value <= 0:
            raise self.fail(
                el,
                translate("Openrally", "speed limit must be positive: {value}").format(
                    value=f"{value:g}"
                ),
            )
        return self.units.display_to_km(value)

    def waypoint(self, el: etree._Element, wtype: WaypointType) -> Waypoint:
        rule = rule_for(wtype)
        open_m = self.radius_m(el, "open")
        clear_m = self.radius_m(el, "clear")
        return Waypoint(
            type=wtype,
            name=(el.get("name") or "").strip(),
            open_m=open_m if open_m is not None else rule.open_m,
            clear_m=clear_m if clear_m is not None else rule.clear_m,
            open_from_file=open_m is not None,
            clear_from_file=clear_m is not None,
        )

    def read_metadata(self, root: etree._Element) -> tuple[str, Metadata]:
        name = desc = author = ""
        total: float | None = None
        meta = next((c for c in root if _local(c) == "metadata"), None)
        ext_parent = meta if meta is not None else root
        for c in root if meta is None else meta:
            tag = _local(c)
            if tag == "name":
                name = (c.text or "").strip()
            elif tag == "desc":
                desc = (c.text or "").strip()
            elif tag == "author":
                author = (c.findtext(f"{{{_ns(c)}}}name") or c.text or "").strip()
        # Units first: the metadata distance is printed in them.
        ext = next((c for c in ext_parent if _local(c) == "extensions"), None)
        items = [e for e in ext if _ns(e).startswith(NS_PREFIX)] if ext is not None else []
        for e in items:
            if _local(e) == "units":
                self.units = self.read_units(e)
        for e in items:
            if _local(e) == "distance":
                total = self.distance_km(e, e.text, "stage distance")
        return name, Metadata(
            description=desc,
            author=author,
            total_km=total,
            creator=(root.get("creator") or "").strip(),
            version=self.version,
        )

    def read_units(self, el: etree._Element) -> Units:
        raw = (el.text or "").strip().lower()
        if raw == "metric":
            return Units.METRIC
        if raw in ("statute", "statue", "imperial"):
            return Units.STATUTE
        raise self.fail(
            el,
            translate("Openrally", "unknown units {raw} (expected metric or statute)").format(
                raw=f"{raw!r}"
            ),
        )

    def read_wpt(self, wpt: etree._Element) -> Box:
        lat, lon = self.position(wpt)
        name = notes_text = ""
        ext: etree._Element | None = None
        for c in wpt:
            tag = _local(c)
            if tag == "name":
                name = (c.text or "").strip()
            elif tag == "desc":
                notes_text = (c.text or "").strip()
            elif tag == "extensions":
                ext = c
        fields: dict[str, object] = {}
        waypoints: list[Waypoint] = []
        time_controls: list[int | None] = []
        flags: list[str] = []
        total: float | None = None
        danger: int | None = None
        for e in ext if ext is not None else ():
            if not _ns(e).startswith(NS_PREFIX):
                continue
            tag = _local(e).lower()
            text = e.text
            if tag == "distance":
                total = self.distance_km(e, text, "distance")
            elif tag in ("cap", "capheading"):
                if (text or "").strip():
                    fields["cap"] = self.integer(e, text, "CAP")
            elif tag == "danger":
                danger = max(danger or 0, self.integer(e, text, "danger"))
            elif tag in _LEGACY_DANGER:
                danger = max(danger or 0, _LEGACY_DANGER[tag])
            elif tag in _WAYPOINT_TAGS:
                wp = self.waypoint(e, _WAYPOINT_TAGS[tag])
                if wp not in waypoints:
                    waypoints.append(wp)
                if tag == "dz" and (text or "").strip():
                    fields["speed_limit_kmh"] = self.speed_kmh(e, text)
            elif tag == "speed":
                fields["speed_limit_kmh"] = self.speed_kmh(e, text)
            elif tag in ("reset", "resettozero"):
                fields["reset_km"] = (
                    0.0 if not (text or "").strip() else self.distance_km(e, text, "reset value")
                )
            elif tag in ("stop", "stopcontrol"):
                fields["stop_s"] = self.optional_int(e, text, "stop time")
            elif tag == "neutralization":
                fields["neutralization_s"] = self.optional_int(e, text, "neutralisation time")
                dn = self.waypoint(e, WaypointType.DN)
                if dn not in waypoints:
                    waypoints.append(dn)
            elif tag == "timecontrol":
                allowed = e.get("allowed")
                time_controls.append(
                    None if allowed is None else self.integer(e, allowed, "time allowed")
                )
            elif tag in ("tulip", "notes"):
                drawing = (text or "").strip()
                if drawing:
                    fields[tag] = Drawing(drawing)
            elif tag not in ("units",) and tag not in flags:
                flags.append(tag)
        if total is None:
            raise self.fail(wpt, translate("Openrally", "waypoint has no OpenRally distance"))
        return Box(
            index=0,
            total_km=total,
            lat=lat,
            lon=lon,
            waypoints=tuple(waypoints),
            danger=danger,
            time_controls=tuple(time_controls),
            flags=tuple(flags),
            notes_text=notes_text,
            name=name,
            source_line=wpt.sourceline,
            **fields,  # type: ignore[arg-type]
        )

    def position(self, pt: etree._Element) -> tuple[float | None, float | None]:
        lat, lon = point_position(pt, self.path)
        # 0,0 is how roadbooks without coordinates (like the official example) fill the
        # required attributes; no stage is run in the Gulf of Guinea at exactly 0,0.
        if lat == 0.0 and lon == 0.0:
            return None, None
        return lat, lon

    def read_route(self, root: etree._Element) -> RouteLine | None:
        lats: list[float] = []
        lons: list[float] = []
        for kind, point in (("trk", "trkpt"), ("rte", "rtept")):
            for top in root:
                if _local(top) != kind:
                    continue
                for pt in top.iter():
                    if _local(pt) == point:
                        la, lo = self.position(pt)
                        if la is not None and lo is not None:
                            lats.append(la)
                            lons.append(lo)
            if lats:
                break
        if not lats:
            return None
        # One point is a route being drawn (the editor saves what was clicked so far).
        return RouteLine(np.array(lats, dtype=np.float64), np.array(lons, dtype=np.float64))


def read_openrally(path: str | Path, data: bytes | None = None) -> Roadbook:
    """Read an OpenRally GPX roadbook of any version (v0.1 … v1.0.3)."""
    raw = read_bytes(path) if data is None else data
    root = parse_bytes(raw, path).getroot()
    reader = _Reader(path)
    if _local(root) != "gpx":
        raise reader.fail(
            root,
            translate("Openrally", "not a GPX file (root element <{local}>)").format(
                local=_local(root)
            ),
        )
    versions = {uri[len(NS_PREFIX) :] for uri in _namespaces(root) if uri.startswith(NS_PREFIX)}
    reader.version = sorted(versions)[-1] if versions else ""
    name, metadata = reader.read_metadata(root)
    boxes = [reader.read_wpt(w) for w in root if _local(w) == "wpt"]
    route = reader.read_route(root)
    if not name:
        trk_name = next(
            (
                (c.text or "").strip()
                for top in root
                if _local(top) in ("trk", "rte")
                for c in top
                if _local(c) == "name"
            ),
            "",
        )
        name = trk_name or Path(path).stem
    return Roadbook(
        name=name,
        units=reader.units,
        boxes=number_boxes(boxes),
        route=route,
        metadata=metadata,
    )


def _namespaces(root: etree._Element) -> set[str]:
    uris = {uri for uri in root.nsmap.values() if uri}
    for el in root.iter():
        ns = _ns(el)
        if ns:
            uris.add(ns)
    return uris


# --- writing ---------------------------------------------------------------------------------


def _decimal(value: float) -> str:
    """A decimal as XML Schema wants it: no exponent, no needless zeros."""
    text = f"{round(value, 6):.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _coord(value: float) -> str:
    return f"{value:.8f}".rstrip("0").rstrip(".") or "0"


def _sub(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    el = etree.SubElement(parent, tag)
    if text is not None:
        el.text = text
    return el


def _drawing(parent: etree._Element, tag: str, drawing: Drawing) -> None:
    el = etree.SubElement(parent, tag)
    # CDATA cannot hold its own terminator; such text is written escaped instead.
    el.text = drawing.text if "]]>" in drawing.text else etree.CDATA(drawing.text)


def _write_box(gpx: etree._Element, box: Box, units: Units) -> None:
    o = f"{{{NS_WRITE}}}"
    g = f"{{{GPX11}}}"
    wpt = etree.SubElement(gpx, g + "wpt")
    wpt.set("lat", _coord(box.lat if box.lat is not None else 0.0))
    wpt.set("lon", _coord(box.lon if box.lon is not None else 0.0))
    if box.name:
        _sub(wpt, g + "name", box.name)
    if box.notes_text:
        _sub(wpt, g + "desc", box.notes_text)
    ext = _sub(wpt, g + "extensions")
    _sub(ext, o + "distance", _decimal(units.km_to_display(box.total_km)))
    if box.reset_km is not None:
        _sub(ext, o + "reset", _decimal(units.km_to_display(box.reset_km)))
    if box.cap is not None:
        cap = box.cap if 0 <= box.cap <= 360 else box.cap % 360
        _sub(ext, o + "cap", str(cap))
    if box.danger in (1, 2, 3):
        _sub(ext, o + "danger", str(box.danger))
    neutralization_written = False
    for wp in box.waypoints:
        if wp.type is WaypointType.DN:
            # Written where it stood so that reading again gives the same waypoint order.
            if box.neutralization_s is not None and not neutralization_written:
                _sub(ext, o + "neutralization", str(max(0, box.neutralization_s)))
                neutralization_written = True
            continue
        el = _sub(ext, o + _WRITE_TAG[wp.type])
        if wp.name:
            el.set("name", wp.name)
        for attr, value, given in (
            ("open", wp.open_m, wp.open_from_file),
            ("clear", wp.clear_m, wp.clear_from_file),
        ):
            if given and value is not None and math.isfinite(value):
                shown = value if units is Units.METRIC else value / M_PER_YARD
                el.set(attr, str(max(1, round(shown))))
    if box.speed_limit_kmh is not None and box.speed_limit_kmh > 0:
        _sub(ext, o + "speed", str(max(1, round(units.km_to_display(box.speed_limit_kmh)))))
    if box.stop_s is not None:
        _sub(ext, o + "stop", str(max(0, box.stop_s)))
    if box.neutralization_s is not None and not neutralization_written:
        _sub(ext, o + "neutralization", str(max(0, box.neutralization_s)))
    for allowed in box.time_controls:
        tc = _sub(ext, o + "timecontrol")
        if allowed is not None:
            tc.set("allowed", str(allowed))
    for flag in KNOWN_FLAGS:
        if flag in box.flags:
            _sub(ext, o + flag)
    if box.tulip is not None:
        _drawing(ext, o + "tulip", box.tulip)
    if box.notes is not None:
        _drawing(ext, o + "notes", box.notes)


def to_openrally_bytes(roadbook: Roadbook) -> bytes:
    """The roadbook as an OpenRally v1.0.3 GPX document."""
    g = f"{{{GPX11}}}"
    o = f"{{{NS_WRITE}}}"
    gpx = etree.Element(g + "gpx", nsmap={None: GPX11, "openrally": NS_WRITE, "xsi": XSI})
    gpx.set("version", "1.1")
    gpx.set("creator", f"navapp {navapp.__version__}")
    gpx.set(
        f"{{{XSI}}}schemaLocation",
        f"{GPX11} http://www.topografix.com/GPX/1/1/gpx.xsd {NS_WRITE} openrally.xsd",
    )
    meta = _sub(gpx, g + "metadata")
    if roadbook.name:
        _sub(meta, g + "name", roadbook.name)
    if roadbook.metadata.description:
        _sub(meta, g + "desc", roadbook.metadata.description)
    if roadbook.metadata.author:
        _sub(_sub(meta, g + "author"), g + "name", roadbook.metadata.author)
    ext = _sub(meta, g + "extensions")
    # The v1.0.3 schema only knows the misspelling "statue"; navapp reads both.
    _sub(ext, o + "units", "metric" if roadbook.units is Units.METRIC else "statue")
    if roadbook.metadata.total_km is not None:
        _sub(
            ext, o + "distance", _decimal(roadbook.units.km_to_display(roadbook.metadata.total_km))
        )
    for box in roadbook.boxes:
        _write_box(gpx, box, roadbook.units)
    if roadbook.route is not None and len(roadbook.route):
        trk = _sub(gpx, g + "trk")
        if roadbook.name:
            _sub(trk, g + "name", roadbook.name)
        seg = _sub(trk, g + "trkseg")
        for la, lo in zip(roadbook.route.lat.tolist(), roadbook.route.lon.tolist(), strict=True):
            pt = etree.SubElement(seg, g + "trkpt")
            pt.set("lat", _coord(la))
            pt.set("lon", _coord(lo))
    etree.indent(gpx, space="  ")
    out: bytes = etree.tostring(gpx, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return out


def write_openrally(roadbook: Roadbook, path: str | Path) -> None:
    """Save the roadbook as OpenRally v1.0.3 GPX, atomically."""
    atomic_write_bytes(path, to_openrally_bytes(roadbook))
