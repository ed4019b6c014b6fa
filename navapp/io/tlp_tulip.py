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
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

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
# Fabric objects looked at per canvas, and path commands per object: bounds hostile input.
MAX_OBJECTS = 400
MAX_COMMANDS = 5000
MAX_DEPTH = 6
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

# Tulip glyph file names navapp has a symbol for.
GLYPH_SYMBOLS = {
    "danger-1": "danger1",
    "danger-2": "danger2",
    "danger-3": "danger3",
    "stop": "stop",
    "stop-round": "stop",
    "ford": "water",
    "rio": "water",
    "wash": "water",
    "wash-river": "water",
    "dry-river": "water",
    "dune": "dune",
    "dunes": "dune",
    "dunes1": "dune",
    "dunes2": "dune",
    "dunette": "dune",
    "small-dune": "dune",
    "village": "village",
    "buildings": "village",
    "house": "village",
    "fence": "fence",
    "barbed-wire-fence": "fence",
    "tree": "tree",
    "tree2": "tree",
    "palm-tree": "tree",
    "well": "well",
    "cairn": "cairn",
    "petrol-station": "fuel",
    "fuel-zone": "fuel",
    "bridge": "bridge",
    "under-bridge": "bridge",
    "ditch": "ditch",
    "rocks": "rocks",
    "rocky": "rocks",
    "stone": "rocks",
}

_TEXT_TYPES = frozenset({"text", "i-text", "itext", "textbox", "textelement"})
_CMD_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}
_COLOUR_RE = re.compile(r"^(#[0-9A-Fa-f]{3,8}|[a-z]{3,20}|rgba?\([0-9.,\s%]{5,40}\))$")
_GLYPH_NAME_RE = re.compile(r"([A-Za-z0-9][A-Za-z0-9_,.-]{0,80})\.(?:svg|png|jpe?g|gif)\b")


def type_from_name(name: object, old_names: bool) -> RoadType | None:
    """The road type a Tulip track type name stands for (None when unknown)."""
    if not isinstance(name, str):
        return None
    return (_OLD_TYPE_NAMES if old_names else _TYPE_NAMES).get(name)


def glyph_name(src: object) -> str | None:
    """The glyph's file name without folder or extension ("danger-3"), or None."""
    if not isinstance(src, str):
        return None
    tail = src.replace("\\", "/").rsplit("/", 1)[-1][:200]
    m = _GLYPH_NAME_RE.match(tail)
    return m.group(1) if m else None


def _num(value: object, default: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    v = float(value)
    return v if math.isfinite(v) else default


@dataclass(frozen=True)
class Affine:
    """x' = a·x + c·y + e, y' = b·x + d·y + f (SVG matrix order)."""

    a: float = 1.0
    b: float = 0.0
    c: float = 0.0
    d: float = 1.0
    e: float = 0.0
    f: float = 0.0

    def apply(self, x: float, y: float) -> tuple[float, float]:
        return self.a * x + self.c * y + self.e, self.b * x + self.d * y + self.f

    def then(self, outer: Affine) -> Affine:
        """This transform followed by ``outer``."""
        return Affine(
            outer.a * self.a + outer.c * self.b,
            outer.b * self.a + outer.d * self.b,
            outer.a * self.c + outer.c * self.d,
            outer.b * self.c + outer.d * self.d,
            outer.a * self.e + outer.c * self.f + outer.e,
            outer.b * self.e + outer.d * self.f + outer.f,
        )

    def svg(self) -> str:
        vals = (self.a, self.b, self.c, self.d, self.e, self.f)
        return "matrix(" + " ".join(_f(v) for v in vals) + ")"


def _f(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def object_transform(obj: dict[str, Any], local_offset: tuple[float, float]) -> Affine:
    """Where a fabric object's own coordinates land on its parent: origin, scale, angle, flip.

    ``local_offset`` is the point of the object's own coordinates that sits at its centre
    (a path's ``pathOffset``; 0, 0 for shapes drawn about their centre).
    """
    sx = _num(obj.get("scaleX"), 1.0) * (-1.0 if obj.get("flipX") is True else 1.0)
    sy = _num(obj.get("scaleY"), 1.0) * (-1.0 if obj.get("flipY") is True else 1.0)
    angle = math.radians(_num(obj.get("angle")))
    w, h = _num(obj.get("width")) * abs(sx), _num(obj.get("height")) * abs(sy)
    left, top = _num(obj.get("left")), _num(obj.get("top"))
    # The Tulip editor sets every object's origin to its centre; other origins are offset.
    ox, oy = obj.get("originX", "center"), obj.get("originY", "center")
    cx = left + (w / 2 if ox == "left" else -w / 2 if ox == "right" else 0.0)
    cy = top + (h / 2 if oy == "top" else -h / 2 if oy == "bottom" else 0.0)
    cos, sin = math.cos(angle), math.sin(angle)
    local = Affine(sx, 0.0, 0.0, sy, -local_offset[0] * sx, -local_offset[1] * sy)
    return local.then(Affine(cos, sin, -sin, cos, cx, cy))


@dataclass(frozen=True)
class FabricPath:
    """A fabric path: its commands in its own coordinates, placement and stroke."""

    commands: tuple[tuple[str, tuple[float, ...]], ...]
    transform: Affine
    stroke: str
    width: float
    dash: tuple[float, ...]
    fill: str

    @property
    def absolute(self) -> bool:
        return all(c.isupper() for c, _ in self.commands)

    def points(self) -> list[tuple[float, float]]:
        """Every end and control point on the canvas (absolute commands only)."""
        out: list[tuple[float, float]] = []
        for cmd, args in self.commands:
            if cmd in ("H", "V", "A", "Z"):
                continue
            for i in range(0, len(args) - 1, 2):
                out.append(self.transform.apply(args[i], args[i + 1]))
        return out

    def d(self) -> str:
        return " ".join(cmd + " ".join(_f(a) for a in args) for cmd, args in self.commands)


def _colour(value: object, default: str) -> str:
    if isinstance(value, str) and _COLOUR_RE.match(value.strip()):
        return value.strip()
    return default


def parse_path(obj: object) -> FabricPath | None:
    """A fabric path object, or None when it is not one navapp can read."""
    if not isinstance(obj, dict):
        return None
    raw = obj.get("path")
    if not isinstance(raw, list) or not raw or len(raw) > MAX_COMMANDS:
        return None
    commands: list[tuple[str, tuple[float, ...]]] = []
    for seg in raw:
        if not isinstance(seg, list) or not seg or not isinstance(seg[0], str):
            return None
        cmd = seg[0]
        n = _CMD_ARGS.get(cmd.upper())
        args = seg[1:]
        if n is None or len(args) != n:
            return None
        nums = tuple(_num(a, math.nan) for a in args)
        if not all(math.isfinite(v) and abs(v) < 1e6 for v in nums):
            return None
        commands.append((cmd, nums))
    offset = obj.get("pathOffset")
    if isinstance(offset, dict):
        local = (_num(offset.get("x")), _num(offset.get("y")))
        transform = object_transform(obj, local)
    else:
        transform = Affine()
    dash_raw = obj.get("strokeDashArray")
    dash = tuple(max(0.0, _num(v)) for v in dash_raw[:8]) if isinstance(dash_raw, list) else ()
    return FabricPath(
        tuple(commands),
        transform,
        _colour(obj.get("stroke"), "#000"),
        max(0.0, min(40.0, _num(obj.get("strokeWidth"), 1.0))),
        dash,
        _colour(obj.get("fill"), "none") if obj.get("fill") else "none",
    )


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


def _paths_of(track: object) -> list[FabricPath]:
    """The strokes of one track: ``{"paths": [...]}``, ``{"path": fabric path}`` (older
    files), a fabric path itself, or a fabric group of paths."""
    if not isinstance(track, dict):
        return []
    items: list[object]
    if isinstance(track.get("paths"), list):
        items = list(track["paths"][:8])
    elif isinstance(track.get("path"), dict):
        items = [track["path"]]
    elif track.get("type") == "group" and isinstance(track.get("objects"), list):
        items = list(track["objects"][:8])
    else:
        items = [track]
    out = [p for p in (parse_path(i) for i in items) if p is not None]
    return out


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


def _allowed(ch: str) -> bool:
    o = ord(ch)
    if ch == "\n":
        return True
    return not (o < 0x20 or 0x7F <= o < 0xA0 or 0xD800 <= o <= 0xDFFF or o in (0xFFFE, 0xFFFF))


def clean_text(text: object) -> str:
    """Text made safe for a tulip or notes: controls dropped, length bounded."""
    if not isinstance(text, str):
        return ""
    return "".join(ch for ch in text[: MAX_TEXT_CHARS * 4] if _allowed(ch)).strip()


def _walk(objects: object, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Fabric objects of a canvas list, groups opened (bounded count and depth)."""
    if not isinstance(objects, list) or depth > MAX_DEPTH:
        return
    for obj in objects[:MAX_OBJECTS]:
        if isinstance(obj, dict):
            yield obj
            if obj.get("type") == "group":
                yield from _walk(obj.get("objects"), depth + 1)


def canvas_glyph_names(canvas: object) -> list[str]:
    """The glyph file names of a canvas's images ("danger-3", "speed-50"), in order."""
    if not isinstance(canvas, dict):
        return []
    names = []
    for obj in _walk(canvas.get("glyphs")):
        if obj.get("type") == "image":
            name = glyph_name(obj.get("src"))
            if name:
                names.append(name)
    return names


def _texts(obj: dict[str, Any]) -> list[str]:
    if str(obj.get("type", "")).lower() not in _TEXT_TYPES:
        return []
    return [line for line in clean_text(obj.get("text")).splitlines() if line.strip()]


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
    return "\n".join(t for o in [obj, *_walk(obj.get("objects"), 1)] for t in _texts(o))


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
            placed.append((_num(obj.get("top")), _num(obj.get("left")), words))
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
    paths = _paths_of(part)
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
    has_glyphs = next(_walk(tulip_json.get("glyphs")), None) is not None
    if not entry_paths and not exit_paths and not tracks and not has_glyphs:
        return None
    vector = _vector_tulip(
        tulip_json, entry_paths, exit_paths, tracks, entry_name, exit_name, old_names
    )
    if vector is not None:
        return TulipResult(vector.to_drawing(), True)
    svg = _fabric_svg(entry_paths, entry_point, exit_paths, exit_point, tracks, tulip_json)
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
        paths = _paths_of(track)
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
            size = _num(obj.get("width")) * abs(_num(obj.get("scaleX"), 1.0)) * SCALE
            symbol = GLYPH_SYMBOLS.get(name)
            if symbol is not None:
                scale = min(8.0, max(0.1, size / 20.0 if size > 0 else 1.0))
                return PlacedSymbol(symbol, x, y, scale, _num(obj.get("angle")))
            # No navapp symbol: the glyph's name (an abbreviation's letters) written where it
            # stood, so it is not lost.
            abbreviation = name.startswith("abbr-") and len(name) > 5
            label, size = (name[5:], 9.0) if abbreviation else (name, 7.0)
            return [TulipText(label[:MAX_TEXT_CHARS], _inside(x, label, size), y + 3.0, size)]
        lines = _texts(obj) if kind in _TEXT_TYPES else []
        if kind == "group":
            lines = [t for o in _walk(obj.get("objects"), 1) for t in _texts(o)]
        if not lines:
            return None
        size = min(60.0, max(2.0, _num(obj.get("fontSize"), 20.0) * SCALE))
        size *= min(8.0, max(0.1, abs(_num(obj.get("scaleY"), 1.0))))
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


# -- SVG from the fabric objects ----------------------------------------------------------------


def _path_svg(p: FabricPath, extra: Affine | None = None) -> str:
    t = p.transform if extra is None else p.transform.then(extra)
    dash = f' stroke-dasharray="{" ".join(_f(v) for v in p.dash)}"' if any(p.dash) else ""
    return (
        f'<path d="{p.d()}" transform="{t.svg()}" fill="{escape(p.fill)}"'
        f' stroke="{escape(p.stroke)}" stroke-width="{_f(p.width)}"{dash}'
        ' stroke-linecap="round" stroke-linejoin="round"/>'
    )


def _shape_svg(obj: dict[str, Any], parent: Affine, depth: int = 0) -> list[str]:
    """SVG for one fabric object other than a road, placed by ``parent``."""
    if depth > MAX_DEPTH:
        return []
    kind = str(obj.get("type", "")).lower()
    if kind == "path":
        p = parse_path(obj)
        return [_path_svg(p, parent)] if p is not None else []
    t = object_transform(obj, (0.0, 0.0)).then(parent)
    fill = _colour(obj.get("fill"), "#000") if obj.get("fill") else "none"
    stroke = _colour(obj.get("stroke"), "none") if obj.get("stroke") else "none"
    sw = _f(max(0.0, min(40.0, _num(obj.get("strokeWidth"), 1.0))))
    paint = f'fill="{escape(fill)}" stroke="{escape(stroke)}" stroke-width="{sw}"'
    w, h = _num(obj.get("width")), _num(obj.get("height"))
    where = f'transform="{t.svg()}"'
    if kind == "circle":
        r = _num(obj.get("radius"), w / 2)
        return [f'<circle cx="0" cy="0" r="{_f(r)}" {where} {paint}/>']
    if kind == "triangle":
        pts = f"{_f(-w / 2)},{_f(h / 2)} 0,{_f(-h / 2)} {_f(w / 2)},{_f(h / 2)}"
        return [f'<polygon points="{pts}" {where} {paint}/>']
    if kind == "rect":
        return [
            f'<rect x="{_f(-w / 2)}" y="{_f(-h / 2)}" width="{_f(w)}" height="{_f(h)}"'
            f" {where} {paint}/>"
        ]
    if kind == "line":
        x1, y1 = _num(obj.get("x1")), _num(obj.get("y1"))
        x2, y2 = _num(obj.get("x2")), _num(obj.get("y2"))
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        return [
            f'<line x1="{_f(x1 - mx)}" y1="{_f(y1 - my)}" x2="{_f(x2 - mx)}" y2="{_f(y2 - my)}"'
            f' {where} stroke="{escape(stroke if stroke != "none" else "#000")}"'
            f' stroke-width="{sw}"/>'
        ]
    if kind == "group":
        out: list[str] = []
        for child in _walk(obj.get("objects")):
            out.extend(_shape_svg(child, t, depth + 1))
        return out
    if kind == "image":
        name = glyph_name(obj.get("src")) or "icon"
        sw_img = w * abs(_num(obj.get("scaleX"), 1.0))
        sh_img = h * abs(_num(obj.get("scaleY"), 1.0))
        cx, cy = object_transform(obj, (0.0, 0.0)).then(parent).apply(0.0, 0.0)
        # The glyph's picture is not in the file: its place and name are.
        return [
            f'<rect x="{_f(cx - sw_img / 2)}" y="{_f(cy - sh_img / 2)}" width="{_f(sw_img)}"'
            f' height="{_f(sh_img)}" fill="none" stroke="#888" stroke-width="1"'
            ' stroke-dasharray="3 2"/>',
            f'<text x="{_f(cx)}" y="{_f(cy + 4)}" font-family="sans-serif" font-size="11"'
            f' text-anchor="middle" fill="#000">{escape(name)}</text>',
        ]
    lines = _texts(obj)
    if lines:
        size = min(120.0, max(2.0, _num(obj.get("fontSize"), 20.0)))
        colour = _colour(obj.get("fill"), "#000")
        weight = ' font-weight="bold"' if obj.get("fontWeight") == "bold" else ""
        top = -(len(lines) - 1) * size * 0.6 + size * 0.35
        return [
            f'<text x="0" y="{_f(top + i * size * 1.2)}" {where} font-family="sans-serif"'
            f' font-size="{_f(size)}"{weight} text-anchor="middle" fill="{escape(colour)}">'
            f"{escape(line)}</text>"
            for i, line in enumerate(lines[:8])
        ]
    return []


def _fabric_svg(
    entry_paths: list[FabricPath],
    entry_point: object,
    exit_paths: list[FabricPath],
    exit_point: object,
    tracks: list[Any],
    tulip_json: dict[str, Any],
) -> str:
    """The canvas as SVG: extras below, then the other tracks, then entry and exit on top."""
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 180 180" width="100" height="100">'
    ]
    glyphs = tulip_json.get("glyphs")
    for obj in glyphs[:MAX_OBJECTS] if isinstance(glyphs, list) else ():
        if isinstance(obj, dict):
            parts.extend(_shape_svg(obj, Affine()))
    for track in tracks:
        parts.extend(_path_svg(p) for p in _paths_of(track))
    parts.extend(_path_svg(p) for p in entry_paths + exit_paths)
    for point in (entry_point, exit_point):
        if isinstance(point, dict):
            parts.extend(_shape_svg(point, Affine()))
    parts.append("</svg>")
    return "".join(parts)
