"""Tulip editor drawings (fabric.js canvases in a ``.tlp``) as navapp tulips and notes.

The Tulip editor draws each box's tulip on a 180×180 fabric.js canvas (y down): the entry
track rises from (90, 170) to the junction at the canvas centre (90, 90), the exit track and
any other tracks leave the centre. Each track is one fabric path per stroke (a tarmac road is
a black casing and a white core), with a ``type`` in newer files; older files give only the
stroke, from which the type is told the way the editor itself tells it.

:func:`tulip_drawing` turns such a canvas into navapp's vector :class:`Tulip` (100×100, the
junction at (50, 50)) when every road is a near-straight line from the junction and the
extras are icons and text; anything else (free-hand drawing, a road that bends away or passes
the junction by) is kept as SVG made from the fabric objects themselves, so what the crew
sees is what the organiser drew.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from navapp.core.model import Drawing
from navapp.core.tulip import (
    EXIT_RADIUS,
    MAX_ITEMS,
    MAX_LENGTH,
    MAX_POS,
    MAX_TEXT_CHARS,
    MIN_LENGTH,
    MIN_POS,
    OTHER_RADIUS,
    PlacedSymbol,
    Road,
    RoadType,
    Tulip,
    TulipFormatError,
    TulipText,
    angle_of,
)
from navapp.io.tlp_fabric import (
    MAX_OBJECTS,
    TEXT_TYPES,
    FabricPath,
    fabric_svg,
    glyph_name,
    num,
    object_transform,
    paths_of,
    texts,
    walk,
)

CANVAS = 180.0
CENTRE = (90.0, 90.0)
# Tulip canvas px to navapp tulip units: the entry's 80 px become navapp's 40.
SCALE = 0.5
# A road end this close to the centre (px) starts at the junction.
NEAR_CENTRE_PX = 15.0
# A road whose path strays further than this share of its length from the straight line
# between its ends (and more than BEND_MIN_PX) is drawn bent: kept as SVG.
BEND_SHARE = 0.2
BEND_MIN_PX = 8.0
# Notes objects whose tops are this close (px) stand on one row.
ROW_PX = 12.0

# Track type names: the editor's current ones and those of files before it renamed them.
_TYPE_NAMES = {
    "lowVisTrack": RoadType.OFF_PISTE,
    "offPiste": RoadType.OFF_PISTE,
    "smallTrack": RoadType.SMALL_TRACK,
    "track": RoadType.TRACK,
    "tarmacRoad": RoadType.TARMAC,
    "dcw": RoadType.TARMAC,
}
# Names of files written before the rename (the editor converts them the same way on load).
_OLD_TYPE_NAMES = {
    "offPiste": RoadType.OFF_PISTE,
    "track": RoadType.SMALL_TRACK,
    "road": RoadType.TRACK,
    "mainRoad": RoadType.TARMAC,
    "dcw": RoadType.TARMAC,
}
OLD_TYPE_MARKERS = frozenset({"road", "mainRoad"})

# Tulip glyph file names navapp has a symbol for: only where the symbol says the same thing
# (a glyph with more to say, such as a crest on the left or an abbreviation's letters, is kept
# as its name instead).
GLYPH_SYMBOLS = {
    # dangers
    "danger-1": "danger1",
    "danger-2": "danger2",
    "danger-3": "danger3",
    "stop": "stop",
    "stop-round": "stop",
    "slow-down": "slow",
    # roads and junctions
    "bridge": "bridge",
    "above-bridge": "bridge",
    "under-bridge": "under_bridge",
    "roundabout-left": "roundabout",
    "roundabout-right": "roundabout",
    # terrain and water
    "ford": "ford",
    "rio": "water",
    "river-water": "water",
    "lake": "water",
    "pond": "water",
    "wash": "wash",
    "wash-river": "wash",
    "dry-river": "wash",
    "small-wadi": "wash",
    "big-wadi": "wash",
    "dune": "dune",
    "dunes": "dune",
    "dunes1": "dune",
    "dunes2": "dune",
    "dunette": "small_dunes",
    "small-dune": "small_dunes",
    "sand": "sand",
    "sand-pit": "soft_sand",
    "plain-chott": "salt_flat",
    "rocks": "rocks",
    "rocky": "rocks",
    "stone": "stones",
    "bump": "bump",
    "bumpy": "whoops",
    "undulations": "whoops",
    "dip": "dip",
    "hole": "hole",
    "rut": "ruts",
    "ruts": "ruts",
    "step-down": "drop",
    "step-up": "step_up",
    "uphill": "climb",
    "downhill": "descent",
    "cliff": "cliff",
    # landmarks
    "village": "village",
    "buildings": "village",
    "house": "house",
    "ruins": "ruin",
    "camp": "tent",
    "cemetery": "cemetery",
    "antenna": "antenna",
    "electric-line": "power_line",
    "electric-line2": "power_line",
    "high-voltage-line": "power_line",
    "pipeline": "pipeline",
    "railroad": "railway",
    "low-wall": "wall",
    "fence": "fence",
    "barbed-wire-fence": "barbed_wire",
    "gate-swing": "gate",
    "fence-gate": "gate",
    "cattle-guard-1": "cattle_grid",
    "cattle-guard-2": "cattle_grid",
    "ditch": "ditch",
    "cairn": "cairn",
    "well": "well",
    "water-tank": "water_tank",
    "petrol-station": "fuel",
    "fuel-zone": "fuel",
    # vegetation
    "tree": "tree",
    "tree2": "tree",
    "palm-tree": "palm_tree",
    "bush": "bush",
    "shrub": "bush",
    "camel-grass": "camel_grass",
    # navigation
    "keep-straight": "keep_straight",
    "off-track": "off_track",
    "off-track-forbidden": "no_entry",
}


def type_from_name(name: object, old_names: bool) -> RoadType | None:
    """The road type a Tulip track type name stands for (None when unknown)."""
    if not isinstance(name, str):
        return None
    return (_OLD_TYPE_NAMES if old_names else _TYPE_NAMES).get(name)


def type_from_style(paths: list[FabricPath]) -> RoadType:
    """The road type a track's strokes draw, told as the Tulip editor tells it on load."""
    first = paths[0]
    if len(first.dash) >= 3:
        return RoadType.OFF_PISTE  # low-visibility track (long-short dashes)
    if first.dash:
        return RoadType.OFF_PISTE
    if len(paths) >= 2:
        return RoadType.TARMAC
    # 6 px is today's track, 4 px a small track; older files drew tracks 5 px, roads 8 px.
    return RoadType.TRACK if first.width >= 5.5 else RoadType.SMALL_TRACK


def _dist(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _to_tulip_xy(x: float, y: float) -> tuple[float, float]:
    px = 50.0 + (x - CENTRE[0]) * SCALE
    py = 50.0 + (y - CENTRE[1]) * SCALE
    return min(MAX_POS, max(MIN_POS, px)), min(MAX_POS, max(MIN_POS, py))


def _straight(points: list[tuple[float, float]]) -> bool:
    start, end = points[0], points[-1]
    chord = _dist(start, end)
    if chord < 1.0:
        return False
    ux, uy = (end[0] - start[0]) / chord, (end[1] - start[1]) / chord
    worst = max(abs((p[0] - start[0]) * uy - (p[1] - start[1]) * ux) for p in points)
    return worst <= max(BEND_MIN_PX, BEND_SHARE * chord)


def _road_out(paths: list[FabricPath], rtype: RoadType, radius: float) -> Road | None:
    """The road a track draws leaving the junction, or None when it does not."""
    if not paths or not paths[0].absolute:
        return None
    pts = paths[0].points()
    if len(pts) < 2:
        return None
    if _dist(pts[0], CENTRE) > NEAR_CENTRE_PX:
        pts = pts[::-1]  # drawn towards the junction
    if _dist(pts[0], CENTRE) > NEAR_CENTRE_PX or not _straight(pts):
        return None
    end = pts[-1]
    length = _dist(end, CENTRE) * SCALE / radius
    x, y = _to_tulip_xy(*end)
    try:
        return Road(angle_of(x, y), rtype, min(MAX_LENGTH, max(MIN_LENGTH, length)))
    except TulipFormatError:
        return None


def _entry_ok(paths: list[FabricPath]) -> bool:
    if not paths or not paths[0].absolute:
        return False
    pts = paths[0].points()
    if len(pts) < 2:
        return False
    start, end = pts[0], pts[-1]
    if _dist(start, CENTRE) < _dist(end, CENTRE):
        start, end = end, start
    # From below the junction, straight up to it.
    return (
        _dist(end, CENTRE) <= NEAR_CENTRE_PX
        and start[1] > CENTRE[1] + 40.0
        and abs(start[0] - CENTRE[0]) <= NEAR_CENTRE_PX
        and _straight(pts)
    )


def canvas_glyph_names(canvas: object) -> list[str]:
    """The glyph file names of a canvas's images ("danger-3", "speed-50"), in order."""
    if not isinstance(canvas, dict):
        return []
    names = []
    for obj in walk(canvas.get("glyphs")):
        if obj.get("type") == "image":
            name = glyph_name(obj.get("src"))
            if name:
                names.append(name)
    return names


# Glyphs that become box fields or waypoints (danger, speed, reset, fuel, stop, safety flags,
# waypoint and control marks): the box shows them its own way, so notes do not repeat them.
_FIELD_GLYPH_RE = re.compile(
    r"^(danger-\d|speed-\d{1,3}(-end)?|speed-(start|end)|reset-distance|fuel-zone|stop-round"
    r"|medical|helicopter|police|firetruck|spectators|media|waypoint-.*|control-.*|start|finish"
    r"|start-of-selective-section|finish-of-selective-section|CAP(-[AC])?)$"
)


def glyph_words(name: str) -> str | None:
    """What a notes icon says, in words: an abbreviation glyph its letters ("abbr-GV" → "GV"),
    any other its name in brackets; None for icons the box shows as fields."""
    if _FIELD_GLYPH_RE.match(name):
        return None
    if name.startswith("abbr-") and len(name) > 5:
        return name[5:]
    return "[" + name.replace("-", " ").replace("_", " ") + "]"


def _object_words(obj: dict[str, Any]) -> str:
    if str(obj.get("type", "")).lower() == "image":
        name = glyph_name(obj.get("src"))
        return (glyph_words(name) or "") if name else ""
    return "\n".join(t for o in [obj, *walk(obj.get("objects"), 1)] for t in texts(o))


def canvas_text(canvas: object) -> str:
    """The words of a notes canvas, row by row from the top, left to right within a row:
    texts as written, icons as :func:`glyph_words` says them.

    The CAP glyph (its text is the box's heading, which the box already carries) is left out.
    """
    if not isinstance(canvas, dict):
        return ""
    placed: list[tuple[float, float, str]] = []
    glyphs = canvas.get("glyphs")
    for obj in (
        (o for o in glyphs[:MAX_OBJECTS] if isinstance(o, dict)) if isinstance(glyphs, list) else ()
    ):
        if str(obj.get("subType", "")).startswith("CAP"):
            continue
        words = _object_words(obj)
        if words:
            placed.append((num(obj.get("top")), num(obj.get("left")), words))
    placed.sort()
    rows: list[list[tuple[float, str]]] = []
    row_top = -math.inf
    for top, left, words in placed:
        if top - row_top > ROW_PX:
            rows.append([])
            row_top = top
        rows[-1].append((left, words))
    return "\n".join(" ".join(w for _left, w in sorted(row)) for row in rows)


# -- the whole tulip ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TulipResult:
    """A box's tulip as navapp keeps it, and how: ``vector`` when it became an editable
    navapp tulip, else SVG drawn from the fabric objects."""

    drawing: Drawing
    vector: bool


def _entry_exit(tulip_json: dict[str, Any], key: str) -> tuple[list[FabricPath], object]:
    part = tulip_json.get(key)
    if not isinstance(part, dict):
        return [], None
    paths = paths_of(part)
    return paths, part.get("point")


def tulip_drawing(
    tulip_json: object, entry_name: object, exit_name: object, old_names: bool
) -> TulipResult | None:
    """A box's tulip from its ``tulipJson``; None when there is nothing to draw."""
    if not isinstance(tulip_json, dict):
        return None
    entry_paths, entry_point = _entry_exit(tulip_json, "entry")
    exit_paths, exit_point = _entry_exit(tulip_json, "exit")
    raw_tracks = tulip_json.get("tracks")
    tracks = raw_tracks[:MAX_ITEMS] if isinstance(raw_tracks, list) else []
    has_glyphs = next(walk(tulip_json.get("glyphs")), None) is not None
    if not entry_paths and not exit_paths and not tracks and not has_glyphs:
        return None
    vector = _vector_tulip(
        tulip_json, entry_paths, exit_paths, tracks, entry_name, exit_name, old_names
    )
    if vector is not None:
        return TulipResult(vector.to_drawing(), True)
    svg = fabric_svg(entry_paths, entry_point, exit_paths, exit_point, tracks, tulip_json)
    return TulipResult(Drawing(svg), False)


def _track_type(paths: list[FabricPath], name: object, old_names: bool) -> RoadType:
    by_name = type_from_name(name, old_names)
    return by_name if by_name is not None else type_from_style(paths)


def _vector_tulip(
    tulip_json: dict[str, Any],
    entry_paths: list[FabricPath],
    exit_paths: list[FabricPath],
    tracks: list[Any],
    entry_name: object,
    exit_name: object,
    old_names: bool,
) -> Tulip | None:
    if not entry_paths or not exit_paths or not _entry_ok(entry_paths):
        return None
    exit_road = _road_out(exit_paths, _track_type(exit_paths, exit_name, old_names), EXIT_RADIUS)
    if exit_road is None:
        return None
    others = []
    for track in tracks:
        paths = paths_of(track)
        if not paths:
            return None
        name = track.get("type") if isinstance(track, dict) else None
        # Older files hold bare fabric paths whose "type" is the fabric class.
        rtype = _track_type(paths, None if name == "path" else name, False)
        road = _road_out(paths, rtype, OTHER_RADIUS)
        if road is None:
            return None
        others.append(road)
    symbols: list[PlacedSymbol] = []
    texts: list[TulipText] = []
    raw_glyphs = tulip_json.get("glyphs")
    for obj in raw_glyphs[:MAX_OBJECTS] if isinstance(raw_glyphs, list) else ():
        if not isinstance(obj, dict):
            continue
        placed = _glyph_item(obj)
        if placed is None:
            return None  # free-hand drawing or a shape the model cannot hold
        if isinstance(placed, PlacedSymbol):
            symbols.append(placed)
        else:
            texts.extend(placed)
    try:
        return Tulip(
            _track_type(entry_paths, entry_name, old_names),
            exit_road,
            tuple(others),
            tuple(symbols[:MAX_ITEMS]),
            tuple(texts[:MAX_ITEMS]),
        )
    except TulipFormatError:
        return None


def _centre_of(obj: dict[str, Any]) -> tuple[float, float]:
    t = object_transform(obj, (0.0, 0.0))
    return t.e, t.f


def _inside(x: float, text: str, size: float) -> float:
    """The centre of a label moved so the whole label stays in the box, when it fits."""
    half = 0.3 * size * len(text)  # about half the width of bold sans-serif
    return x if half >= 50.0 else min(100.0 - half, max(half, x))


def _glyph_item(obj: dict[str, Any]) -> PlacedSymbol | list[TulipText] | None:
    """A canvas extra as a navapp symbol or texts; None when the model cannot hold it."""
    kind = str(obj.get("type", "")).lower()
    x, y = _to_tulip_xy(*_centre_of(obj))
    try:
        if kind == "image":
            name = glyph_name(obj.get("src")) or "icon"
            size = num(obj.get("width")) * abs(num(obj.get("scaleX"), 1.0)) * SCALE
            symbol = GLYPH_SYMBOLS.get(name)
            if symbol is not None:
                scale = min(8.0, max(0.1, size / 20.0 if size > 0 else 1.0))
                return PlacedSymbol(symbol, x, y, scale, num(obj.get("angle")))
            # No navapp symbol: the glyph's name (an abbreviation's letters) written where it
            # stood, so it is not lost.
            abbreviation = name.startswith("abbr-") and len(name) > 5
            label, size = (name[5:], 9.0) if abbreviation else (name, 7.0)
            return [TulipText(label[:MAX_TEXT_CHARS], _inside(x, label, size), y + 3.0, size)]
        lines = texts(obj) if kind in TEXT_TYPES else []
        if kind == "group":
            lines = [t for o in walk(obj.get("objects"), 1) for t in texts(o)]
        if not lines:
            return None
        size = min(60.0, max(2.0, num(obj.get("fontSize"), 20.0) * SCALE))
        size *= min(8.0, max(0.1, abs(num(obj.get("scaleY"), 1.0))))
        size = min(60.0, max(2.0, size))
        top = y - (len(lines) - 1) * size * 0.6 + size * 0.35
        return [
            TulipText(
                line[:MAX_TEXT_CHARS],
                _inside(x, line, size),
                min(MAX_POS, top + i * size * 1.2),
                size,
            )
            for i, line in enumerate(lines[:8])
        ]
    except TulipFormatError:
        return None
