"""Vector tulips: the junction diagram of a roadbook box as an editable model.

A :class:`Tulip` lives in a 100×100 drawing space (y down): the crew enters at the dot at the
bottom centre (50, 90), reaches the junction at (50, 50) and leaves along the exit road to the
arrowhead. Road angles are measured at the junction from the direction of travel: 0 straight on,
+90 right, −90 left, 180 back.

:meth:`Tulip.to_svg` writes plain SVG Tiny 1.2 (path, line, polyline, circle, polygon, text, g)
that any rally app can show, and keeps the editable model inside
``<metadata id="navapp-tulip">`` as JSON so :func:`tulip_from_svg` can open it again. The JSON
is written with every ``<``, ``>`` and ``&`` escaped (``\\u003c`` …), so it can never close the
metadata element, nor the CDATA section an OpenRally file wraps the drawing in.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any
from xml.sax.saxutils import escape

import numpy as np

from navapp.core import geodesy
from navapp.core.i18n import QT_TRANSLATE_NOOP, translate
from navapp.core.model import Drawing

# The symbol library lives in tulip_symbols; its names stay importable from here.
from navapp.core.tulip_symbols import SYMBOL_BOX as SYMBOL_BOX
from navapp.core.tulip_symbols import SYMBOL_ID_RE, symbol_group
from navapp.core.tulip_symbols import Symbol as Symbol
from navapp.core.tulip_symbols import symbol_library as symbol_library
from navapp.core.tulip_symbols import symbol_svg as symbol_svg
from navapp.core.turn import LOOK_M, route_turns
from navapp.errors import NavappError

SIZE = 100.0
JUNCTION = (50.0, 50.0)
ENTRY_DOT = (50.0, 90.0)
# Distance from the junction to the exit arrow's tip, and to the end of another road, at length 1.
EXIT_RADIUS = 40.0
OTHER_RADIUS = 38.0
MIN_LENGTH, MAX_LENGTH = 0.25, 1.2
MAX_TEXT_CHARS = 200
MAX_ITEMS = 64
MAX_SCALE = 8.0
# Positions may sit a little outside the box (a label hanging off the edge), not anywhere.
MIN_POS, MAX_POS = -50.0, 150.0
MAX_FONT_SIZE = 60.0
# Larger inputs are not tulips; refusing them bounds the work done on hostile text.
MAX_SVG_CHARS = 2_000_000
FORMAT_VERSION = 1

METADATA_ID = "navapp-tulip"
# Only the opening tag is matched by a regular expression (bounded, no backtracking across the
# text); the body runs to the first closing tag after it, found with str.find: linear time even
# on text made of thousands of unclosed openings.
_METADATA_OPEN_RE = re.compile(
    r"<metadata\s[^<>]{0,200}?\bid\s*=\s*[\"']" + METADATA_ID + r"[\"'][^<>]{0,200}>"
)
_CDATA_RE = re.compile(r"^\s*<!\[CDATA\[(.*)\]\]>\s*$", re.DOTALL)


class TulipFormatError(NavappError, ValueError):
    """A tulip's JSON form is malformed or out of range."""


@dataclass(frozen=True)
class RoadStyle:
    """How a road type is stroked: width, dashes, tarmac double line, dune wave."""

    width: float
    dash: str = ""
    double: bool = False  # drawn as a black casing with a white core
    wavy: bool = False


class RoadType(Enum):
    """The kinds of road a tulip distinguishes; values are the JSON names."""

    TARMAC = "tarmac"
    TRACK = "track"
    SMALL_TRACK = "small_track"
    OFF_PISTE = "off_piste"
    DUNE_CROSSING = "dune_crossing"

    @property
    def label(self) -> str:
        """Name shown to the user, in their language."""
        return translate("RoadType", _LABELS[self])

    def style(self, followed: bool) -> RoadStyle:
        """The stroke of this road type, heavier when it is the road the crew follows."""
        return _STYLES[self][1 if followed else 0]


_LABELS = {
    RoadType.TARMAC: QT_TRANSLATE_NOOP("RoadType", "Tarmac"),
    RoadType.TRACK: QT_TRANSLATE_NOOP("RoadType", "Track"),
    RoadType.SMALL_TRACK: QT_TRANSLATE_NOOP("RoadType", "Small track"),
    RoadType.OFF_PISTE: QT_TRANSLATE_NOOP("RoadType", "Off-piste"),
    RoadType.DUNE_CROSSING: QT_TRANSLATE_NOOP("RoadType", "Dune crossing"),
}
# (other road, followed road)
_STYLES = {
    RoadType.TARMAC: (RoadStyle(6.0, double=True), RoadStyle(8.5, double=True)),
    RoadType.TRACK: (RoadStyle(3.2), RoadStyle(5.0)),
    RoadType.SMALL_TRACK: (RoadStyle(1.6), RoadStyle(2.6)),
    RoadType.OFF_PISTE: (RoadStyle(2.2, dash="5 3.5"), RoadStyle(3.6, dash="7 4.5")),
    RoadType.DUNE_CROSSING: (RoadStyle(1.6, wavy=True), RoadStyle(2.6, wavy=True)),
}


def fold_angle(deg: float) -> float:
    """An angle folded into (−180, 180]; angles already there are returned unchanged."""
    if -180.0 < deg <= 180.0:
        return deg
    r = deg % 360.0
    return r - 360.0 if r > 180.0 else r


def _check_number(name: str, value: float, lo: float, hi: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TulipFormatError(translate("Tulip", "{name} must be a number").format(name=name))
    if not math.isfinite(value) or not lo <= value <= hi:
        raise TulipFormatError(
            translate("Tulip", "{name} {value} outside [{lo}, {hi}]").format(
                name=name, value=f"{value!r}", lo=lo, hi=hi
            )
        )


def _check_text(text: str) -> None:
    if not isinstance(text, str) or not 1 <= len(text) <= MAX_TEXT_CHARS:
        raise TulipFormatError(
            translate("Tulip", "a tulip text needs 1 to {limit} characters").format(
                limit=MAX_TEXT_CHARS
            )
        )
    for ch in text:
        o = ord(ch)
        # characters XML 1.0 cannot hold, and controls that mean nothing in a one-line label
        if o < 0x20 or 0x7F <= o < 0xA0 or 0xD800 <= o <= 0xDFFF or o in (0xFFFE, 0xFFFF):
            raise TulipFormatError(
                translate("Tulip", "a tulip text cannot hold U+{code}").format(code=f"{o:04X}")
            )


@dataclass(frozen=True)
class Road:
    """A road at the junction: its angle from the direction of travel, type and drawn length."""

    angle_deg: float
    type: RoadType = RoadType.TRACK
    length: float = 1.0

    def __post_init__(self) -> None:
        _check_number("road angle", self.angle_deg, -1e9, 1e9)
        if not isinstance(self.type, RoadType):
            raise TulipFormatError(
                translate("Tulip", "unknown road type {type}").format(type=f"{self.type!r}")
            )
        _check_number("road length", self.length, MIN_LENGTH, MAX_LENGTH)
        object.__setattr__(self, "angle_deg", fold_angle(float(self.angle_deg)))


@dataclass(frozen=True)
class PlacedSymbol:
    """A library symbol centred on (x, y) of the drawing space, scaled and rotated (degrees)."""

    symbol_id: str
    x: float
    y: float
    scale: float = 1.0
    rotation: float = 0.0

    def __post_init__(self) -> None:
        if not isinstance(self.symbol_id, str) or not SYMBOL_ID_RE.match(self.symbol_id):
            raise TulipFormatError(
                translate("Tulip", "bad symbol id {symbol_id}").format(
                    symbol_id=f"{self.symbol_id!r}"
                )
            )
        _check_number("symbol x", self.x, MIN_POS, MAX_POS)
        _check_number("symbol y", self.y, MIN_POS, MAX_POS)
        _check_number("symbol scale", self.scale, 0.1, MAX_SCALE)
        _check_number("symbol rotation", self.rotation, -1e9, 1e9)
        object.__setattr__(self, "rotation", fold_angle(float(self.rotation)))


@dataclass(frozen=True)
class TulipText:
    """A one-line label; (x, y) is the middle of its baseline, ``size`` the font size."""

    text: str
    x: float
    y: float
    size: float = 12.0

    def __post_init__(self) -> None:
        _check_text(self.text)
        _check_number("text x", self.x, MIN_POS, MAX_POS)
        _check_number("text y", self.y, MIN_POS, MAX_POS)
        _check_number("text size", self.size, 2.0, MAX_FONT_SIZE)


@dataclass(frozen=True)
class Tulip:
    """A whole tulip: the entry road type, the exit road, other roads, symbols and texts."""

    entry: RoadType = RoadType.TRACK
    exit: Road = field(default_factory=lambda: Road(0.0))
    others: tuple[Road, ...] = ()
    symbols: tuple[PlacedSymbol, ...] = ()
    texts: tuple[TulipText, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.entry, RoadType):
            raise TulipFormatError(
                translate("Tulip", "unknown entry type {entry}").format(entry=f"{self.entry!r}")
            )
        for name in ("others", "symbols", "texts"):
            if len(getattr(self, name)) > MAX_ITEMS:
                raise TulipFormatError(
                    translate("Tulip", "more than {limit} {name}").format(
                        limit=MAX_ITEMS, name=name
                    )
                )

    # -- JSON ------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The plain-data form written to JSON."""
        return {
            "navapp_tulip": FORMAT_VERSION,
            "entry": self.entry.value,
            "exit": _road_dict(self.exit),
            "others": [_road_dict(r) for r in self.others],
            "symbols": [
                {"id": s.symbol_id, "x": s.x, "y": s.y, "scale": s.scale, "rotation": s.rotation}
                for s in self.symbols
            ],
            "texts": [{"text": t.text, "x": t.x, "y": t.y, "size": t.size} for t in self.texts],
        }

    def to_json(self) -> str:
        """Compact ASCII JSON with no ``<``, ``>`` or ``&``: safe inside any XML or CDATA."""
        text = json.dumps(self.to_dict(), separators=(",", ":"), ensure_ascii=True, allow_nan=False)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

    @classmethod
    def from_dict(cls, data: object) -> Tulip:
        """A tulip from its plain-data form; raises :class:`TulipFormatError` when invalid."""
        if not isinstance(data, dict):
            raise TulipFormatError(translate("Tulip", "a tulip is a JSON object"))
        if data.get("navapp_tulip") != FORMAT_VERSION:
            raise TulipFormatError(translate("Tulip", "not a navapp tulip of a known version"))
        try:
            return cls(
                entry=_road_type(data.get("entry")),
                exit=_road(data.get("exit")),
                others=tuple(_road(r) for r in _items(data, "others")),
                symbols=tuple(
                    PlacedSymbol(
                        _field(s, "id"),
                        _field(s, "x"),
                        _field(s, "y"),
                        _field(s, "scale", 1.0),
                        _field(s, "rotation", 0.0),
                    )
                    for s in _items(data, "symbols")
                ),
                texts=tuple(
                    TulipText(
                        _field(t, "text"), _field(t, "x"), _field(t, "y"), _field(t, "size", 12.0)
                    )
                    for t in _items(data, "texts")
                ),
            )
        except TypeError as exc:  # a field of the wrong kind reaching a constructor
            raise TulipFormatError(str(exc)) from exc

    @classmethod
    def from_json(cls, text: str) -> Tulip:
        """A tulip from :meth:`to_json` text; raises :class:`TulipFormatError` when invalid."""
        if not isinstance(text, str) or len(text) > MAX_SVG_CHARS:
            raise TulipFormatError(translate("Tulip", "tulip JSON missing or too large"))
        try:
            data = json.loads(text, parse_constant=_no_constant)
        except (ValueError, RecursionError) as exc:  # JSONDecodeError, huge ints, deep nesting
            raise TulipFormatError(
                translate("Tulip", "bad tulip JSON: {reason}").format(reason=exc)
            ) from exc
        return cls.from_dict(data)

    # -- SVG -------------------------------------------------------------------------------

    def to_svg(self, library: dict[str, Symbol] | None = None) -> str:
        """The tulip as a self-contained SVG Tiny 1.2 drawing with its model in metadata.

        Symbols not in ``library`` (default: the shipped one) are kept in the metadata but
        not drawn.
        """
        lib = symbol_library() if library is None else library
        return _render_svg(self, lib)

    def to_drawing(self) -> Drawing:
        """The tulip as a box drawing (the text an OpenRally file stores)."""
        return Drawing(self.to_svg())

    def exit_tip(self) -> tuple[float, float]:
        """Where the exit arrow's tip is in the drawing space."""
        return road_point(self.exit.angle_deg, EXIT_RADIUS * self.exit.length)


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a tulip can hold")


def _road_dict(road: Road) -> dict[str, Any]:
    return {"angle": road.angle_deg, "type": road.type.value, "length": road.length}


def _items(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise TulipFormatError(translate("Tulip", "{key} must be a list").format(key=key))
    if len(value) > MAX_ITEMS:
        raise TulipFormatError(
            translate("Tulip", "more than {limit} {key}").format(limit=MAX_ITEMS, key=key)
        )
    return value


def _field(item: object, key: str, default: Any = None) -> Any:
    if not isinstance(item, dict):
        raise TulipFormatError(translate("Tulip", "a tulip item is a JSON object"))
    value = item.get(key, default)
    if value is None:
        raise TulipFormatError(translate("Tulip", "missing {key}").format(key=key))
    return value


def _road_type(value: object) -> RoadType:
    try:
        return RoadType(value)
    except ValueError as exc:
        raise TulipFormatError(
            translate("Tulip", "unknown road type {value}").format(value=f"{value!r}")
        ) from exc


def _road(item: object) -> Road:
    return Road(
        _field(item, "angle"), _road_type(_field(item, "type")), _field(item, "length", 1.0)
    )


def tulip_from_svg(text: str | None) -> Tulip | None:
    """The editable tulip kept in an SVG by :meth:`Tulip.to_svg`, or None.

    None for anything else: SVG from other apps, bad or hostile JSON, non-text input. The
    metadata block is found with a regular expression, so DTDs and entities are never expanded.
    """
    if not isinstance(text, str) or len(text) > MAX_SVG_CHARS:
        return None
    match = _METADATA_OPEN_RE.search(text)
    if match is None:
        return None
    end = text.find("</metadata", match.end())
    if end < 0:
        return None
    body = text[match.end() : end]
    cdata = _CDATA_RE.match(body)
    if cdata is not None:
        body = cdata.group(1)
    elif "&" in body:
        # another tool re-serialised the SVG and escaped characters in the text
        body = html.unescape(body)
    try:
        return Tulip.from_json(body.strip())
    except TulipFormatError:
        return None


def tulip_from_drawing(drawing: Drawing | None) -> Tulip | None:
    """The editable tulip of a box drawing, or None when it was not made by navapp."""
    return None if drawing is None else tulip_from_svg(drawing.text)


# -- geometry --------------------------------------------------------------------------------


def road_point(angle_deg: float, r: float) -> tuple[float, float]:
    """The point ``r`` from the junction at tulip angle ``angle_deg`` (0 up, +90 right)."""
    a = math.radians(angle_deg)
    return JUNCTION[0] + r * math.sin(a), JUNCTION[1] - r * math.cos(a)


def angle_of(x: float, y: float) -> float:
    """The tulip angle of a point of the drawing space seen from the junction."""
    return fold_angle(math.degrees(math.atan2(x - JUNCTION[0], JUNCTION[1] - y)))


def _n(v: float) -> str:
    s = f"{v:.1f}"
    s = s[:-2] if s.endswith(".0") else s
    return "0" if s == "-0" else s


def _stroke(
    x1: float, y1: float, x2: float, y2: float, style: RoadStyle, width: float, colour: str
) -> str:
    """One road's stroke between two points, in the style's dashes or wave."""
    if style.wavy:
        length = math.hypot(x2 - x1, y2 - y1)
        if length < 1.0:
            return ""
        n = max(1, round(length / 6.0))
        step = length / n
        amp = 1.2 * width + 0.8
        rot = math.degrees(math.atan2(x2 - x1, y1 - y2))
        d = f"M0 0q{_n(amp)} {_n(-step / 2)} 0 {_n(-step)}" + f"t0 {_n(-step)}" * (n - 1)
        return (
            f'<g transform="translate({_n(x1)} {_n(y1)}) rotate({_n(rot)})">'
            f'<path d="{d}" stroke="{colour}" stroke-width="{_n(width)}"/></g>'
        )
    dash = f' stroke-dasharray="{style.dash}" stroke-linecap="butt"' if style.dash else ""
    return (
        f'<path d="M{_n(x1)} {_n(y1)}L{_n(x2)} {_n(y2)}" stroke="{colour}"'
        f' stroke-width="{_n(width)}"{dash}/>'
    )


def _render_svg(tulip: Tulip, library: dict[str, Symbol]) -> str:
    # (start, end, type, followed) for each road; the followed exit stops at the arrow's base
    # so a dashed or doubled line does not show through the arrowhead.
    exit_r = EXIT_RADIUS * tulip.exit.length
    tip = road_point(tulip.exit.angle_deg, exit_r)
    base = road_point(tulip.exit.angle_deg, exit_r - 11.0)
    roads: list[tuple[tuple[float, float], tuple[float, float], RoadType, bool]] = [
        (JUNCTION, road_point(r.angle_deg, OTHER_RADIUS * r.length), r.type, False)
        for r in tulip.others
    ]
    roads.append((ENTRY_DOT, JUNCTION, tulip.entry, True))
    roads.append((JUNCTION, base, tulip.exit.type, True))

    def strokes(followed: bool, double: bool, core: bool = False) -> list[str]:
        out = []
        for (x1, y1), (x2, y2), rtype, f in roads:
            style = rtype.style(f)
            if f is followed and style.double is double:
                width = style.width * (0.5 if core else 1.0)
                out.append(_stroke(x1, y1, x2, y2, style, width, "#fff" if core else "#000"))
        return out

    # Layering: other roads, then every tarmac casing and its white core (tarmac junctions
    # merge cleanly and side tracks stop at the tarmac's edge), then the followed road on top.
    lines = strokes(False, False)
    lines += strokes(False, True) + strokes(True, True)
    lines += strokes(False, True, core=True) + strokes(True, True, core=True)
    lines += strokes(True, False)

    a = tulip.exit.angle_deg
    half = 6.5
    left = road_point(a - 90.0, half)
    right = road_point(a + 90.0, half)
    arrow_pts = [
        tip,
        (base[0] + left[0] - JUNCTION[0], base[1] + left[1] - JUNCTION[1]),
        (base[0] + right[0] - JUNCTION[0], base[1] + right[1] - JUNCTION[1]),
    ]
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">',
        f'<metadata id="{METADATA_ID}">{tulip.to_json()}</metadata>',
        '<g fill="none" stroke-linecap="round" stroke-linejoin="round">',
        *lines,
        "</g>",
        '<polygon points="'
        + " ".join(f"{_n(x)},{_n(y)}" for x, y in arrow_pts)
        + '" fill="#000"/>',
        f'<circle cx="{_n(ENTRY_DOT[0])}" cy="{_n(ENTRY_DOT[1])}" r="5" fill="#000"/>',
    ]
    for s in tulip.symbols:
        symbol = library.get(s.symbol_id)
        if symbol is None:
            continue
        transform = f"translate({_n(s.x)} {_n(s.y)})"
        if s.rotation:
            transform += f" rotate({_n(s.rotation)})"
        if s.scale != 1.0:
            transform += f" scale({s.scale:.3g})"
        transform += " translate(-10 -10)"
        parts.append(symbol_group(symbol, transform))
    for t in tulip.texts:
        parts.append(
            f'<text x="{_n(t.x)}" y="{_n(t.y)}" font-family="sans-serif" font-size="{_n(t.size)}"'
            f' font-weight="bold" text-anchor="middle" fill="#000">'
            f"{escape(t.text)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


# -- from the route ---------------------------------------------------------------------------

# Below this a turn is drawn straight: a tulip is not a protractor, and GPS-traced routes wobble.
STRAIGHT_DEG = 3.0
# Branches this close to the followed roads are the followed roads themselves.
SAME_ROAD_DEG = 12.0


def auto_tulip(
    line: geodesy.RouteGeometry,
    chainage_m: float,
    branches: Sequence[float] = (),
    look_m: float = LOOK_M,
) -> Tulip:
    """The tulip the route geometry draws at a box at ``chainage_m``: the turn there measured
    by :func:`navapp.core.turn.route_turns` over ``look_m`` either side (straight at the ends
    of the line). ``branches`` as for :func:`tulip_for_turn`.
    """
    turns = route_turns(line, np.array([float(chainage_m)]), look_m)
    return tulip_for_turn(float(turns.entry_deg[0]), float(turns.angle_deg[0]), branches)


def tulip_for_turn(entry_deg: float, angle_deg: float, branches: Sequence[float] = ()) -> Tulip:
    """The tulip of a turn of ``angle_deg`` (positive right) arriving on ``entry_deg`` true.

    The exit angle is rounded to whole degrees and turns under 3° are drawn straight.
    ``branches`` are absolute azimuths (degrees true) of other tracks leaving the junction,
    drawn as TRACK stubs; ones within 12° of the exit or of the road arrived on are skipped.
    """
    turn = float(round(fold_angle(angle_deg)))
    if abs(turn) < STRAIGHT_DEG:
        turn = 0.0
    others = []
    for az in branches:
        if not math.isfinite(az):
            continue
        rel = float(round(fold_angle(az - entry_deg)))
        if abs(fold_angle(rel - turn)) < SAME_ROAD_DEG or abs(fold_angle(rel - 180.0)) < (
            SAME_ROAD_DEG
        ):
            continue
        others.append(Road(rel, RoadType.TRACK))
    return Tulip(RoadType.TRACK, Road(turn, RoadType.TRACK), tuple(others[:MAX_ITEMS]))
