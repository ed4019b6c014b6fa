"""Plain GPX roadbooks through gpxpy: waypoints in order become boxes.

Distances are measured along the file's track (or route) when it has one, otherwise straight
from waypoint to waypoint. Writing gives a plain GPX that any GPS or map tool reads.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from lxml import etree

from navapp.core import geodesy
from navapp.core.edit import cap_at
from navapp.core.i18n import translate
from navapp.core.legs import straight_legs
from navapp.core.model import (
    Box,
    Metadata,
    Roadbook,
    RouteLine,
    Units,
    number_boxes,
)
from navapp.core.rules import waypoint_from_label
from navapp.io.atomic import atomic_write_bytes
from navapp.io.errors import InputError
from navapp.io.files import read_bytes
from navapp.io.points import point_position
from navapp.io.safexml import parse_bytes

if TYPE_CHECKING:
    import gpxpy.gpx

# A waypoint name or type such as "WPM3", "WPE 12", "DSS", "CP1" or "DZ".


def _check_points(root: etree._Element, path: str | Path) -> None:
    """Report bad coordinates with their line (gpxpy would not say where)."""
    for el in root.iter("{*}wpt", "{*}trkpt", "{*}rtept", "wpt", "trkpt", "rtept"):
        point_position(el, path)


def _decode(raw: bytes, tree: etree._ElementTree) -> str:
    encoding = tree.docinfo.encoding or "utf-8"
    text = raw.decode(encoding, errors="replace").lstrip("\ufeff")
    # The text is already decoded: an encoding declaration would now be a lie.
    return re.sub(r"^<\?xml[^>]*\?>", '<?xml version="1.0"?>', text.lstrip(), count=1)


def parse_gpx(path: str | Path, data: bytes | None = None) -> gpxpy.gpx.GPX:
    """Safely parse a GPX file with gpxpy (DTDs, entities and bad coordinates refused first)."""
    raw = read_bytes(path) if data is None else data
    tree = parse_bytes(raw, path)
    root = tree.getroot()
    if not isinstance(root.tag, str) or root.tag.rsplit("}", 1)[-1] != "gpx":
        raise InputError(path, translate("Gpx", "not a GPX file"), root.sourceline)
    _check_points(root, path)
    # gpxpy (and the mail and web modules it pulls in) is loaded only for a plain GPX file.
    import gpxpy

    try:
        return gpxpy.parse(_decode(raw, tree))
    except Exception as e:  # gpxpy raises several unrelated types for bad content
        raise InputError(
            path,
            translate("Gpx", "not a usable GPX file: {reason}").format(
                reason=str(e).splitlines()[0]
            ),
        ) from None


def _route_line(gpx: gpxpy.gpx.GPX) -> RouteLine | None:
    """The track's points, else the route's: the first that is a line, else a single point
    (a route being drawn, as the editor saves it), else None."""
    track = [(p.latitude, p.longitude) for t in gpx.tracks for s in t.segments for p in s.points]
    route = [(p.latitude, p.longitude) for r in gpx.routes for p in r.points]
    coords = next((c for c in (track, route) if len(c) >= 2), track or route)
    if not coords:
        return None
    arr = np.array(coords, dtype=np.float64)
    return RouteLine(arr[:, 0].copy(), arr[:, 1].copy())


def read_plain_gpx(path: str | Path, data: bytes | None = None) -> Roadbook:
    """A roadbook from a plain GPX file: one box per waypoint, in file order."""
    gpx = parse_gpx(path, data)
    route = _route_line(gpx)
    wpts = gpx.waypoints
    lat = np.array([w.latitude for w in wpts], dtype=np.float64)
    lon = np.array([w.longitude for w in wpts], dtype=np.float64)
    if route is not None and len(route) >= 2 and len(wpts):
        line = geodesy.RouteGeometry(route.lat, route.lon)
        chainage = line.locate(lat, lon).chainage_m
        totals = (chainage / 1000.0).round(3).tolist()
        caps: list[int | None] = [cap_at(line, float(c)) for c in chainage]
    else:
        line = None
        totals, caps = straight_legs(lat, lon)
    boxes = []
    for i, w in enumerate(wpts):
        wp = waypoint_from_label(w.type, w.name)
        boxes.append(
            Box(
                index=0,
                total_km=totals[i],
                cap=caps[i],
                lat=float(w.latitude),
                lon=float(w.longitude),
                waypoints=(wp,) if wp else (),
                notes_text=(w.description or w.comment or "").strip(),
                name=(w.name or "").strip(),
            )
        )
    line_names = [(t.name or "").strip() for t in gpx.tracks] + [
        (r.name or "").strip() for r in gpx.routes
    ]
    name = (gpx.name or "").strip() or next((n for n in line_names if n), Path(path).stem)
    meta = Metadata(
        description=(gpx.description or "").strip(),
        author=(gpx.author_name or "").strip(),
        creator=(gpx.creator or "").strip(),
    )
    return Roadbook(name, Units.METRIC, number_boxes(boxes), route, meta)


def to_plain_gpx_bytes(roadbook: Roadbook, path: str | Path | None = None) -> bytes:
    """The roadbook as plain GPX 1.1 waypoints plus its route line as a track."""
    import gpxpy.gpx

    gpx = gpxpy.gpx.GPX()
    gpx.name = roadbook.name or None
    gpx.description = roadbook.metadata.description or None
    gpx.author_name = roadbook.metadata.author or None
    gpx.creator = "navapp"
    units = roadbook.units
    for box in roadbook.boxes:
        if box.lat is None or box.lon is None:
            raise InputError(
                path,
                translate("Gpx", "box {index} has no coordinates; plain GPX needs them").format(
                    index=box.index
                ),
            )
        wp = box.waypoint
        label = wp.type.label if wp else None
        name = box.name or (f"{label}{wp.name}" if wp else f"Box {box.index}")
        cap = f" CAP {box.cap}" if box.cap is not None else ""
        comment = f"{units.km_to_display(box.total_km):.2f} {units.distance_label}{cap}"
        gpx.waypoints.append(
            gpxpy.gpx.GPXWaypoint(
                latitude=box.lat,
                longitude=box.lon,
                name=name,
                comment=comment,
                description=box.notes_text or None,
                type=label,
            )
        )
    if roadbook.route is not None and len(roadbook.route):
        trk = gpxpy.gpx.GPXTrack(name=roadbook.name or None)
        seg = gpxpy.gpx.GPXTrackSegment()
        seg.points = [
            gpxpy.gpx.GPXTrackPoint(la, lo)
            for la, lo in zip(roadbook.route.lat.tolist(), roadbook.route.lon.tolist(), strict=True)
        ]
        trk.segments.append(seg)
        gpx.tracks.append(trk)
    return gpx.to_xml(version="1.1").encode("utf-8")


def write_plain_gpx(roadbook: Roadbook, path: str | Path) -> None:
    """Save the roadbook as plain GPX, atomically."""
    atomic_write_bytes(path, to_plain_gpx_bytes(roadbook, path))
