"""``navapp info``: a roadbook's box table and its JSON document."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from navapp.cliout.common import _opt
from navapp.core import format as fmt
from navapp.core.model import Box, Roadbook, Waypoint

if TYPE_CHECKING:
    from navapp.core.legs import BoxLeg
    from navapp.core.pdfroll import PdfRoll


def _waypoint_json(wp: Waypoint) -> dict[str, Any]:
    if wp.open_m is None:
        opens = "never"
    elif math.isinf(wp.open_m):
        opens = "always"
    else:
        opens = "radius"
    return {
        "type": wp.type.value,
        "name": wp.name,
        "open_m": _opt(wp.open_m, 1),
        "clear_m": _opt(wp.clear_m, 1),
        "opens": opens,
    }


def _box_json(box: Box, leg: BoxLeg) -> dict[str, Any]:
    wp = box.waypoint
    return {
        "index": box.index,
        "total_km": round(box.total_km, 6),
        "partial_km": round(box.partial_km, 6),
        "cap": box.cap,
        "lat": box.lat,
        "lon": box.lon,
        "leg_km": _opt(None if leg.leg_m is None else leg.leg_m / 1000.0, 6),
        "bearing_next": _opt(leg.bearing_next, 3),
        "route_km": _opt(None if leg.route_m is None else leg.route_m / 1000.0, 6),
        "waypoint": _waypoint_json(wp) if wp else None,
        "waypoints": [_waypoint_json(w) for w in box.waypoints],
        "speed_limit_kmh": box.speed_limit_kmh,
        "danger": box.danger,
        "reset": box.reset_km is not None,
        "reset_km": box.reset_km,
        "stop_s": box.stop_s,
        "neutralization_s": box.neutralization_s,
        "notes": box.notes_text,
        "tulip": box.tulip.kind.value if box.tulip else None,
    }


def _reading(roll: PdfRoll | None) -> str:
    """How a PDF roadbook is read, when not top to bottom."""
    if roll is None or not roll.reverse:
        return ""
    return "  ·  read bottom to top" + ("  ·  from the last page" if roll.last_page_first else "")


def _pdf_json(roll: PdfRoll) -> dict[str, Any]:
    """A PDF roadbook's roll: how it is read and where its rows are (pages from 1, points
    from the page's top)."""
    return {
        "pages": len(roll.pages),
        "has_text": roll.has_text,
        "reverse": roll.reverse,
        "last_page_first": roll.last_page_first,
        "rows": [
            {
                "number": r.number,
                "page": r.page + 1,
                "top": round(r.top, 2),
                "bottom": round(r.bottom, 2),
                "box": None if r.box is None else r.box + 1,
            }
            for r in roll.rows
        ],
    }


def roadbook_json(roadbook: Roadbook) -> dict[str, Any]:
    """The ``navapp info --json`` document."""
    # Legs are geodesy (pyproj): only the JSON document has them, the table does not.
    from navapp.core.legs import box_legs

    legs = box_legs(roadbook)
    doc: dict[str, Any] = {
        "name": roadbook.name,
        "units": roadbook.units.value,
        "total_km": round(roadbook.total_km, 6),
        "has_coordinates": roadbook.has_coordinates,
        "boxes": [_box_json(b, leg) for b, leg in zip(roadbook.boxes, legs, strict=True)],
    }
    if roadbook.pdf is not None:
        doc["pdf"] = _pdf_json(roadbook.pdf)
    return doc


def info_text(roadbook: Roadbook) -> str:
    u = roadbook.units
    d = u.distance_label
    lines = [
        f"{roadbook.name}  ·  {u.value}  ·  {fmt.distance(roadbook.total_km, u, unit=True)}"
        f"  ·  {len(roadbook.boxes)} boxes"
        + ("" if roadbook.has_coordinates else "  ·  no coordinates")
        + _reading(roadbook.pdf),
        f"{'#':>4} {'total ' + d:>9} {'partial':>8} {'CAP':>5}  {'waypoint':<16} "
        f"{'lat':>10} {'lon':>11}  notes",
    ]
    for b in roadbook.boxes:
        cap = fmt.cap(b.cap)
        danger = "!" * (b.danger or 0)
        notes = " ".join(x for x in (danger, b.notes_text.replace("\n", " ")) if x)
        lat = f"{b.lat:.5f}" if b.lat is not None else ""
        lon = f"{b.lon:.5f}" if b.lon is not None else ""
        reset = "  ↺ reset" if b.reset_km is not None else ""
        total, partial = fmt.distance(b.total_km, u), fmt.distance(b.partial_km, u)
        lines.append(
            f"{b.index:>4} {total:>9} {partial:>8} {cap:>5}  {fmt.waypoint_label(b, u):<16}"
            f" {lat:>10} {lon:>11}  {notes}{reset}"
        )
    return "\n".join(lines)
