"""Organisers' KML waypoint lists: placemarks named like WP01, WPE3, CP1, with a route.

The route comes from a separate file (a GPX track, or a KML with a LineString) or from a
LineString in the same KML. With a route, boxes follow it in order and take their totals and
CAPs from it; without one, they keep the file's order and straight legs between them.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
from lxml import etree

from navapp.core import edit, geodesy
from navapp.core.i18n import translate
from navapp.core.legs import straight_legs
from navapp.core.model import Box, Metadata, Roadbook, RouteLine, Units, number_boxes
from navapp.core.rules import waypoint_from_label
from navapp.io.errors import InputError
from navapp.io.files import read_bytes
from navapp.io.registry import read_route_track
from navapp.io.safexml import mend_cut_off, parse_bytes


def _local(el: etree._Element) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _child_text(el: etree._Element, name: str) -> str:
    for c in el:
        if _local(c) == name:
            return (c.text or "").strip()
    return ""


def _coordinates(el: etree._Element, path: str | Path) -> list[tuple[float, float]]:
    """The (lat, lon) pairs of a <coordinates> element ("lon,lat[,alt] …")."""
    out = []
    for token in (el.text or "").split():
        parts = token.split(",")
        try:
            lon, lat = float(parts[0]), float(parts[1])
        except (ValueError, IndexError):
            raise InputError(
                path,
                translate("Kml", "bad KML coordinates {token}").format(token=f"{token!r}"),
                el.sourceline,
            ) from None
        if not (math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180):
            raise InputError(
                path,
                translate("Kml", "KML coordinates out of range: {token}").format(token=token),
                el.sourceline,
            )
        out.append((lat, lon))
    return out


def _document(path: str | Path) -> tuple[bytes, str | None]:
    """The KML document (a KMZ's unzipped), mended when it is cut off after a whole
    placemark, and then the warning saying so."""
    from navapp.io.xmltracks import kml_document

    data = kml_document(read_bytes(path), path)
    mended = mend_cut_off(data, path, "kml", ("Placemark",))
    if mended is None:
        return data, None
    count = len(re.findall(rb"<(?:[\w.-]+:)?Placemark[\s>]", mended[0]))
    cut = InputError(
        path,
        translate("Kml", "the file ends early; read {count} placemarks").format(count=count),
        mended[1],
    )
    return mended[0], str(cut)


def _parse(
    path: str | Path,
) -> tuple[str, list[tuple[str, str, float, float, int]], RouteLine | None, str | None]:
    data, cut = _document(path)
    root = parse_bytes(data, path).getroot()
    if _local(root) != "kml":
        raise InputError(
            path,
            translate("Kml", "not a KML file (root element <{local}>)").format(local=_local(root)),
            root.sourceline,
        )
    name = ""
    points: list[tuple[str, str, float, float, int]] = []
    line: list[tuple[float, float]] = []
    for el in root.iter():
        tag = _local(el)
        if tag == "Document" and not name:
            name = _child_text(el, "name")
        if tag != "Placemark":
            continue
        label = _child_text(el, "name")
        desc = _child_text(el, "description")
        for geom in el.iter():
            gtag = _local(geom)
            if gtag not in ("Point", "LineString"):
                continue
            coords = next((c for c in geom if _local(c) == "coordinates"), None)
            found = _coordinates(coords, path) if coords is not None else []
            if gtag == "Point":
                # A waypoint without a place cannot become a box: say so, don't drop it.
                if not found:
                    raise InputError(
                        path,
                        translate("Kml", "placemark {label} has no coordinates").format(
                            label=f"{label!r}"
                        ),
                        geom.sourceline,
                    )
                points.append((label, desc, found[0][0], found[0][1], el.sourceline or 0))
            else:
                line.extend(found)
    route = None
    if len(line) >= 2:
        arr = np.array(line, dtype=np.float64)
        route = RouteLine(arr[:, 0].copy(), arr[:, 1].copy())
    return name, points, route, cut


def holds_waypoints(path: str | Path) -> bool:
    """True when a KML or KMZ has Point placemarks other than its own track's points drawn
    again (GPSBabel and some loggers add a placemark at every track point): a waypoint list,
    not a recorded track."""
    root = parse_bytes(_document(path)[0], path).getroot()
    points: list[tuple[float, float]] = []
    vertices: set[tuple[float, float]] = set()
    for el in root.iter():
        tag = _local(el)
        if tag == "coord":  # gx:coord, "lon lat alt"
            parts = (el.text or "").split()
            if len(parts) >= 2:
                vertices.add(_rounded(parts[1], parts[0]))
        elif tag == "coordinates":
            parent = el.getparent()
            pairs = [t.split(",") for t in (el.text or "").split()]
            found = [_rounded(p[1], p[0]) for p in pairs if len(p) >= 2]
            if parent is not None and _local(parent) == "Point":
                points.extend(found)
            else:
                vertices.update(found)
    return any(p not in vertices for p in points)


def _rounded(lat: str, lon: str) -> tuple[float, float]:
    """A coordinate pair to compare: about 1 cm, whatever digits the writer kept."""
    try:
        return round(float(lat), 7), round(float(lon), 7)
    except ValueError:
        return math.nan, math.nan


def _route_file(path: str | Path) -> RouteLine:
    if Path(path).suffix.lower() == ".kml":
        _name, _points, route, _cut = _parse(path)
    else:
        route, _warnings = read_route_track(path)
    if route is None:
        raise InputError(path, translate("Kml", "no route line in this file"))
    return route


def read_kml_roadbook(path: str | Path, route_path: str | Path | None = None) -> Roadbook:
    """A roadbook from an organiser's KML waypoint list (and its route, when there is one)."""
    name, points, route, cut = _parse(path)
    warnings = (cut,) if cut else ()
    if not points:
        raise InputError(path, translate("Kml", "no placemarks with a point in this KML"))
    if route_path is not None:
        route = _route_file(route_path)
    boxes = []
    for label, desc, lat, lon, source in points:
        wp = waypoint_from_label(None, label)
        boxes.append(
            Box(
                0,
                0.0,
                lat=lat,
                lon=lon,
                waypoints=(wp,) if wp else (),
                name=label,
                notes_text=desc,
                source_line=source or None,
            )
        )
    rb = Roadbook(name or Path(path).stem, Units.METRIC, number_boxes(boxes), route, Metadata())
    if route is not None:
        # In order along the route, totals and CAPs from it.
        line = geodesy.RouteGeometry(route.lat, route.lon)
        box_lat = np.array([b.lat for b in rb.boxes], dtype=np.float64)
        box_lon = np.array([b.lon for b in rb.boxes], dtype=np.float64)
        order = np.argsort(line.locate(box_lat, box_lon).chainage_m, kind="stable")
        rb = Roadbook(rb.name, rb.units, number_boxes([rb.boxes[i] for i in order]), route)
        return replace(edit.recompute(rb), warnings=warnings)
    box_lat = np.array([b.lat for b in rb.boxes], dtype=np.float64)
    box_lon = np.array([b.lon for b in rb.boxes], dtype=np.float64)
    totals, caps = straight_legs(box_lat, box_lon)
    placed = [
        Box(
            0,
            c,
            cap=cap,
            lat=b.lat,
            lon=b.lon,
            waypoints=b.waypoints,
            name=b.name,
            notes_text=b.notes_text,
            source_line=b.source_line,
        )
        for b, c, cap in zip(rb.boxes, totals, caps, strict=True)
    ]
    return Roadbook(rb.name, rb.units, number_boxes(placed), None, Metadata(), warnings)
