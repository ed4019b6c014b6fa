"""Rally Navigator tulips (the ``tulip.elements`` of an .rn2 waypoint) to and from navapp's
vector tulip.

A Rally Navigator tulip is drawn on a 200×130 canvas, y down. Its ``Track`` element holds the
junction centre in ``roadOut.start`` (absolute); everything else — the road arrived on
(``roadIn.end``), the road left on (``roadOut.end``), curve handles, other ``Road`` elements —
is relative to that centre. A navapp :class:`~navapp.core.tulip.Tulip` lives in 100×100 with
the crew always arriving from the bottom, so the drawing is scaled by :data:`SCALE` about the
junction and turned so the road arrived on points down: each road keeps its angle from the
direction of travel, which is what the crew reads. Handles are interpolation points of a
curve; a road's direction at the junction is taken from its first point at least
:data:`NEAR` away, so a curve's shape near the centre wins over where it ends.

What navapp's model cannot hold is counted in :attr:`Rn2Tulip.lost`: free lines (buildings,
rivers), roads that do not touch the junction, icons and curve shapes.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from navapp.core.tulip import (
    EXIT_RADIUS,
    JUNCTION,
    MAX_FONT_SIZE,
    MAX_ITEMS,
    MAX_LENGTH,
    MAX_POS,
    MAX_TEXT_CHARS,
    MIN_LENGTH,
    MIN_POS,
    OTHER_RADIUS,
    Road,
    RoadType,
    Tulip,
    TulipFormatError,
    TulipText,
    fold_angle,
)
from navapp.io.jsonvalues import json_number

# The junction of a Rally Navigator tulip when the file gives none (its standard layout).
RN_CENTRE = (99.5, 84.0)
# The road arrived on as written: straight up from the bottom, 40 units long.
RN_ENTRY = (0.0, 40.0)
# Rally Navigator units to navapp's: the 130-unit canvas height onto navapp's 100.
SCALE = 100.0 / 130.0
# A road's direction is read at its first point this far (Rally Navigator units) from the
# centre; a road ending this close to the centre starts there.
NEAR = 15.0
JOIN = 12.0
# Coordinates beyond this are not a drawing; they are clamped before any arithmetic.
MAX_COORD = 10_000.0

# Rally Navigator road type ids as its renderer draws them: double lines (tarmac roads),
# solid lines, dotted and dash-dot (small tracks, paths) and dashed (off-piste).
_TARMAC_IDS = frozenset({8, 10, 12, 18})
_SMALL_IDS = frozenset({15, 16})
_OFF_PISTE_IDS = frozenset({2})
# navapp road type -> the id written. A dune crossing has no Rally Navigator type of its own.
WRITE_TYPE_ID = {
    RoadType.TARMAC: 18,
    RoadType.TRACK: 4,
    RoadType.SMALL_TRACK: 16,
    RoadType.OFF_PISTE: 2,
    RoadType.DUNE_CROSSING: 2,
}
DEFAULT_TYPE_ID = 4


def road_type(type_id: object) -> RoadType:
    """The navapp road type of a Rally Navigator ``typeId`` (solid track when unknown)."""
    if isinstance(type_id, bool) or not isinstance(type_id, int | float):
        return RoadType.TRACK
    tid = int(type_id)
    if tid in _TARMAC_IDS:
        return RoadType.TARMAC
    if tid in _SMALL_IDS:
        return RoadType.SMALL_TRACK
    if tid in _OFF_PISTE_IDS:
        return RoadType.OFF_PISTE
    return RoadType.TRACK


@dataclass(frozen=True)
class Rn2Tulip:
    """A tulip read from Rally Navigator elements, and what of them it could not keep
    (a count per kind, e.g. ``{"free line": 2}``)."""

    tulip: Tulip | None
    lost: Mapping[str, int]


def obj(value: object) -> Mapping[str, Any]:
    """A JSON object, or an empty one for anything else."""
    return value if isinstance(value, dict) else {}


def _num(value: object, default: float) -> float:
    v = json_number(value)
    return default if v is None else max(-MAX_COORD, min(MAX_COORD, v))


def _point(value: object, default: tuple[float, float]) -> tuple[float, float]:
    if not isinstance(value, dict):
        return default
    return _num(value.get("x"), default[0]), _num(value.get("y"), default[1])


def _handles(value: object) -> list[tuple[float, float]]:
    if not isinstance(value, list):
        return []
    return [_point(h, (0.0, 0.0)) for h in value[:MAX_ITEMS] if isinstance(h, dict)]


def _drawing_angle(x: float, y: float) -> float:
    """The angle of a canvas offset from the centre: 0 up, +90 right (y down)."""
    return math.degrees(math.atan2(x, -y))


def _spoke(points: Sequence[tuple[float, float]]) -> tuple[float, float] | None:
    """(angle, reach) of a road leaving the centre through ``points`` (centre excluded): its
    direction at its first point :data:`NEAR` away, its reach to the farthest point."""
    pts = [p for p in points if math.hypot(*p) > 1e-6]
    if not pts:
        return None
    reach = max(math.hypot(*p) for p in pts)
    ahead = next((p for p in pts if math.hypot(*p) >= NEAR), pts[-1])
    return _drawing_angle(*ahead), reach


def _length(reach: float, radius: float) -> float:
    return min(MAX_LENGTH, max(MIN_LENGTH, reach * SCALE / radius))


def _foot(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, tuple[float, float]]:
    """Distance from the centre to segment a-b, and the nearest point on it."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    d2 = dx * dx + dy * dy
    t = 0.0 if d2 == 0 else max(0.0, min(1.0, -(a[0] * dx + a[1] * dy) / d2))
    p = (a[0] + t * dx, a[1] + t * dy)
    return math.hypot(*p), p


def _road_spokes(
    points: list[tuple[float, float]],
) -> list[tuple[float, float]] | None:
    """The spokes (angle, reach) a Road element's polyline makes at the centre: one when it
    starts or ends there, two when it passes through, None when it keeps away."""
    if math.hypot(*points[0]) <= JOIN:
        found = _spoke(points[1:])
        return [found] if found else []
    if math.hypot(*points[-1]) <= JOIN:
        found = _spoke(points[-2::-1])
        return [found] if found else []
    best = min(
        ((_foot(points[i], points[i + 1]), i) for i in range(len(points) - 1)),
        key=lambda item: item[0][0],
    )
    (dist, foot), i = best
    if dist > JOIN:
        return None
    # Two roads from the foot, each way along the line (relative to the foot).
    out = []
    for side in (points[i::-1], points[i + 1 :]):
        found = _spoke([(p[0] - foot[0], p[1] - foot[1]) for p in side])
        if found:
            out.append(found)
    return out


def _texts(elements: Sequence[Mapping[str, Any]], centre: tuple[float, float]) -> list[TulipText]:
    out = []
    for e in elements:
        if e.get("type") != "Text" or e.get("cap") is True:
            continue
        text = e.get("text")
        if not isinstance(text, str):
            continue
        x = JUNCTION[0] + (_num(e.get("x"), centre[0]) - centre[0]) * SCALE
        y = JUNCTION[1] + (_num(e.get("y"), centre[1]) - centre[1]) * SCALE
        size = _num(e.get("fontSize"), 18.0) * SCALE
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        for k, line in enumerate(lines[:MAX_ITEMS]):
            line = "".join(ch for ch in line if ch.isprintable())[:MAX_TEXT_CHARS]
            if not line:
                continue
            try:
                out.append(
                    TulipText(
                        line,
                        min(MAX_POS, max(MIN_POS, x)),
                        min(MAX_POS, max(MIN_POS, y + k * size * 1.2)),
                        min(MAX_FONT_SIZE, max(2.0, size)),
                    )
                )
            except TulipFormatError:
                continue
    return out


def tulip_from_rn2(
    elements: Sequence[Mapping[str, Any]],
    default_type_id: object = DEFAULT_TYPE_ID,
    route_turn_deg: float = 0.0,
) -> Rn2Tulip:
    """navapp's tulip for a Rally Navigator ``tulip.elements`` list.

    ``default_type_id`` is the road type a track without one takes (the file's
    ``defaultTrackType``); ``route_turn_deg`` the turn the route makes there, drawn when the
    Track element leaves its exit to be worked out (no ``roadOut.end``), as Rally Navigator
    does. None when there is no Track element (nothing for the crew to follow).
    """
    lost: dict[str, int] = {}

    def lose(kind: str) -> None:
        lost[kind] = lost.get(kind, 0) + 1

    track = next((e for e in elements if e.get("type") == "Track"), None)
    for e in elements:
        kind = e.get("type")
        if kind == "Line":
            lose("free line (buildings, rivers, drawings)")
        elif kind == "Icon":
            lose("icon")
        elif kind not in ("Track", "Road", "Text"):
            lose(f"{kind} element" if isinstance(kind, str) and len(kind) < 30 else "element")
    if track is None:
        if any(e.get("type") == "Road" for e in elements):
            lose("road without the followed track")
        return Rn2Tulip(None, lost)
    road_in = obj(track.get("roadIn"))
    road_out = obj(track.get("roadOut"))
    centre = _point(road_out.get("start"), RN_CENTRE)
    in_id = road_in.get("typeId") or road_in.get("t_inheritedTrackType") or default_type_id
    in_type = road_type(in_id)
    out_type = road_type(road_out.get("typeId") or road_out.get("t_inheritedTrackType") or in_id)
    entry = _spoke([*_handles(road_in.get("handles")), _point(road_in.get("end"), RN_ENTRY)])
    # Turned so the road arrived on comes from the bottom (angle 180).
    turn = 180.0 - entry[0] if entry else 0.0
    if isinstance(road_out.get("end"), dict):
        out = _spoke([*_handles(road_out.get("handles")), _point(road_out.get("end"), (0.0, 0.0))])
    else:
        out = None
    if out is None:
        exit_road = Road(fold_angle(route_turn_deg), out_type)
    else:
        exit_road = Road(fold_angle(out[0] + turn), out_type, _length(out[1], EXIT_RADIUS))
    if any(_handles(r.get("handles")) for r in (road_in, road_out)):
        lose("curve shape (drawn straight)")
    others: list[Road] = []
    for e in elements:
        if e.get("type") != "Road":
            continue
        pts = [
            _point(e.get("start"), (0.0, 0.0)),
            *_handles(e.get("handles")),
            _point(e.get("end"), (40.0, 0.0)),
        ]
        spokes = _road_spokes(pts)
        if spokes is None:
            lose("road away from the junction")
            continue
        if len(pts) > 2:
            lose("curve shape (drawn straight)")
        rtype = road_type(e.get("typeId") if e.get("typeId") else default_type_id)
        for angle, reach in spokes:
            if len(others) < MAX_ITEMS:
                others.append(Road(fold_angle(angle + turn), rtype, _length(reach, OTHER_RADIUS)))
    texts = _texts(elements, centre)[:MAX_ITEMS]
    return Rn2Tulip(Tulip(in_type, exit_road, tuple(others), (), tuple(texts)), lost)


# -- writing ----------------------------------------------------------------------------------


def _offset(angle_deg: float, reach: float) -> dict[str, float]:
    a = math.radians(angle_deg)
    return {"x": round(reach * math.sin(a), 3), "y": round(-reach * math.cos(a), 3)}


def _eid(seed: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "navapp-rn2:" + seed))


def tulip_to_rn2(tulip: Tulip, seed: str) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Rally Navigator ``tulip.elements`` for a navapp tulip, and what could not be written.

    ``seed`` makes the element ids (``eId``) the same each time the same box is written.
    """
    lost: dict[str, int] = {}
    if tulip.symbols:
        lost["tulip symbol"] = len(tulip.symbols)
    for road in (tulip.exit, *tulip.others):
        if road.type is RoadType.DUNE_CROSSING:
            lost["dune crossing (written as off-piste)"] = (
                lost.get("dune crossing (written as off-piste)", 0) + 1
            )
    if tulip.entry is RoadType.DUNE_CROSSING:
        lost["dune crossing (written as off-piste)"] = (
            lost.get("dune crossing (written as off-piste)", 0) + 1
        )
    elements: list[dict[str, Any]] = []
    for k, road in enumerate(tulip.others):
        elements.append(
            {
                "type": "Road",
                "start": {"x": 0, "y": 0},
                "end": _offset(road.angle_deg, OTHER_RADIUS * road.length / SCALE),
                "handles": [],
                "typeId": WRITE_TYPE_ID[road.type],
                "z": 4,
                "eId": _eid(f"{seed}/road/{k}"),
                "rerender": False,
            }
        )
    elements.append(
        {
            "type": "Track",
            "roadIn": {
                "end": {"x": RN_ENTRY[0], "y": RN_ENTRY[1]},
                "handles": [],
                "typeId": WRITE_TYPE_ID[tulip.entry],
                "z": 10,
            },
            "roadOut": {
                "start": {"x": RN_CENTRE[0], "y": RN_CENTRE[1]},
                "end": _offset(tulip.exit.angle_deg, EXIT_RADIUS * tulip.exit.length / SCALE),
                "handles": [],
                "typeId": WRITE_TYPE_ID[tulip.exit.type],
                "z": 10,
            },
            "z": 10,
            "eId": _eid(f"{seed}/track"),
            "rerender": False,
        }
    )
    for k, t in enumerate(tulip.texts):
        elements.append(
            {
                "type": "Text",
                "text": t.text,
                "x": round(RN_CENTRE[0] + (t.x - JUNCTION[0]) / SCALE, 3),
                "y": round(RN_CENTRE[1] + (t.y - JUNCTION[1]) / SCALE, 3),
                "fontSize": round(t.size / SCALE, 3),
                "z": 12,
                "eId": _eid(f"{seed}/text/{k}"),
                "rerender": False,
            }
        )
    return elements, lost
