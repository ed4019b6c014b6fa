"""Tulip edits as pure functions: each takes a tulip and returns the edited one.

The tulip editor's mouse, keys and side panel go through these, as the roadbook editor goes
through :mod:`navapp.core.edit`. An edit that cannot be made (too many items, a blank or
unprintable text, an item that does not exist) returns the tulip unchanged. Items are named
by an :data:`Item`: ``("exit", 0)``, ``("entry", 0)``, ``("other", i)``, ``("symbol", i)`` or
``("text", i)``.
"""

from __future__ import annotations

import math
from dataclasses import replace

from navapp.core.tulip import (
    MAX_ITEMS,
    MAX_LENGTH,
    MAX_TEXT_CHARS,
    MIN_LENGTH,
    PlacedSymbol,
    Road,
    RoadType,
    Tulip,
    TulipText,
)

# One part of a tulip: its kind and its index among its kind (0 for the entry and exit).
Item = tuple[str, int]

SNAP_DEG = 5.0
DEFAULT_TEXT_SIZE = 11.0
# Symbols stay inside the square; texts keep their baseline below its top edge.
SYMBOL_Y_MIN, TEXT_Y_MIN = 0.0, 4.0
SYMBOL_SCALES = (0.4, 4.0)
TEXT_SIZES = (5.0, 40.0)
# Where a symbol goes when no place is given: the corners first, then the sides.
FREE_SPOTS = ((14.0, 14.0), (86.0, 14.0), (14.0, 86.0), (86.0, 86.0), (14.0, 50.0), (86.0, 50.0))
FREE_SPOT_CLEARANCE = 12.0


def snap(angle: float, free: bool) -> float:
    """An angle rounded to the 5° grid unless ``free``; folded into (−180, 180]."""
    a = float(angle if free else SNAP_DEG * round(angle / SNAP_DEG))
    return 180.0 if a <= -180.0 else a


def clamp(v: float, lo: float, hi: float) -> float:
    """``v`` held within [lo, hi]."""
    return min(max(v, lo), hi)


def items(t: Tulip) -> list[Item]:
    """Every item of the tulip in selection order: exit, entry, roads, symbols, texts."""
    return (
        [("exit", 0), ("entry", 0)]
        + [("other", i) for i in range(len(t.others))]
        + [("symbol", i) for i in range(len(t.symbols))]
        + [("text", i) for i in range(len(t.texts))]
    )


def road_of(t: Tulip, item: Item | None) -> Road | RoadType | None:
    """The road an item names (the entry as its RoadType), or None for anything else."""
    kind, i = item or ("", 0)
    if kind == "exit":
        return t.exit
    if kind == "entry":
        return t.entry
    if kind == "other" and 0 <= i < len(t.others):
        return t.others[i]
    return None


# --- roads --------------------------------------------------------------------------------------


def set_road(t: Tulip, item: Item, road: Road) -> Tulip:
    """Replace the exit or another road."""
    kind, i = item
    if kind == "exit":
        return replace(t, exit=road)
    if kind == "other" and 0 <= i < len(t.others):
        return replace(t, others=(*t.others[:i], road, *t.others[i + 1 :]))
    return t


def set_road_type(t: Tulip, item: Item, road_type: RoadType) -> Tulip:
    """Change the type of a road (the entry included)."""
    if item[0] == "entry":
        return set_entry(t, road_type)
    road = road_of(t, item)
    return set_road(t, item, replace(road, type=road_type)) if isinstance(road, Road) else t


def set_entry(t: Tulip, road_type: RoadType) -> Tulip:
    """Change the type of the road the crew arrives on."""
    return replace(t, entry=road_type)


def free_angle(t: Tulip) -> float:
    """The middle of the widest gap between the roads (the entry at 180°), on the 5° grid."""
    taken = sorted([180.0, t.exit.angle_deg] + [r.angle_deg for r in t.others])
    best, gap = 0.0, -1.0
    for k, a in enumerate(taken):
        b = taken[(k + 1) % len(taken)] + (360.0 if k + 1 == len(taken) else 0.0)
        if b - a > gap:
            gap, best = b - a, a + (b - a) / 2
    return snap(best if best <= 180.0 else best - 360.0, free=False)


def add_road(t: Tulip, angle: float | None = None, road_type: RoadType = RoadType.TRACK) -> Tulip:
    """Another road at ``angle`` (default: :func:`free_angle`); it becomes the last "other"."""
    if len(t.others) >= MAX_ITEMS:
        return t
    road = Road(snap(free_angle(t) if angle is None else angle, free=True), road_type)
    return replace(t, others=(*t.others, road))


def aim_road(t: Tulip, item: Item, angle: float, length: float | None = None) -> Tulip:
    """Point a road at ``angle`` and, given, draw it ``length`` long (held to the limits)."""
    road = road_of(t, item)
    if not isinstance(road, Road):
        return t
    new = replace(road, angle_deg=angle)
    if length is not None:
        new = replace(new, length=round(clamp(length, MIN_LENGTH, MAX_LENGTH), 2))
    return set_road(t, item, new)


def turn_road(t: Tulip, item: Item, delta: float) -> Tulip:
    """Turn a road by ``delta`` degrees."""
    road = road_of(t, item)
    if not isinstance(road, Road):
        return t
    return set_road(t, item, replace(road, angle_deg=road.angle_deg + delta))


def with_roads_of(t: Tulip, roads: Tulip) -> Tulip:
    """The roads of ``roads`` (e.g. drawn from the route) with the symbols and texts of ``t``."""
    return replace(roads, symbols=t.symbols, texts=t.texts)


# --- symbols and texts --------------------------------------------------------------------------


def free_corner(t: Tulip) -> tuple[float, float]:
    """A corner (then a side) clear of the symbols and texts placed so far."""
    used = [(s.x, s.y) for s in t.symbols] + [(x.x, x.y) for x in t.texts]
    for spot in FREE_SPOTS:
        if all(math.hypot(spot[0] - u[0], spot[1] - u[1]) > FREE_SPOT_CLEARANCE for u in used):
            return spot
    return FREE_SPOTS[len(t.symbols) % len(FREE_SPOTS)]


def place_symbol(t: Tulip, symbol_id: str, x: float | None = None, y: float | None = None) -> Tulip:
    """A library symbol centred at (x, y) (default: :func:`free_corner`) as the last symbol."""
    if len(t.symbols) >= MAX_ITEMS:
        return t
    if x is None or y is None:
        x, y = free_corner(t)
    placed = PlacedSymbol(symbol_id, clamp(x, 0.0, 100.0), clamp(y, SYMBOL_Y_MIN, 100.0))
    return replace(t, symbols=(*t.symbols, placed))


def _clean_text(text: str) -> str:
    return " ".join(text.split())[:MAX_TEXT_CHARS]


def add_text(t: Tulip, text: str, x: float, y: float, size: float = DEFAULT_TEXT_SIZE) -> Tulip:
    """A text at (x, y) as the last text; blank or unprintable text changes nothing."""
    text = _clean_text(text)
    if not text or len(t.texts) >= MAX_ITEMS:
        return t
    try:
        item = TulipText(text, clamp(x, 0.0, 100.0), clamp(y, TEXT_Y_MIN, 100.0), size)
    except ValueError:  # characters a tulip cannot hold
        return t
    return replace(t, texts=(*t.texts, item))


def set_text(t: Tulip, index: int, text: str) -> Tulip:
    """Change what text ``index`` says; a blank text removes it."""
    if not 0 <= index < len(t.texts):
        return t
    text = _clean_text(text)
    if not text:
        return remove(t, ("text", index))
    try:
        new = replace(t.texts[index], text=text)
    except ValueError:
        return t
    return _with_text(t, index, new)


def _with_symbol(t: Tulip, i: int, symbol: PlacedSymbol) -> Tulip:
    return replace(t, symbols=(*t.symbols[:i], symbol, *t.symbols[i + 1 :]))


def _with_text(t: Tulip, i: int, text: TulipText) -> Tulip:
    return replace(t, texts=(*t.texts[:i], text, *t.texts[i + 1 :]))


def move_to(t: Tulip, item: Item, x: float, y: float) -> Tulip:
    """Put a symbol or text at (x, y), held inside the drawing."""
    kind, i = item
    if kind == "symbol" and 0 <= i < len(t.symbols):
        s = t.symbols[i]
        return _with_symbol(
            t, i, replace(s, x=clamp(x, 0.0, 100.0), y=clamp(y, SYMBOL_Y_MIN, 100.0))
        )
    if kind == "text" and 0 <= i < len(t.texts):
        tx = t.texts[i]
        return _with_text(t, i, replace(tx, x=clamp(x, 0.0, 100.0), y=clamp(y, TEXT_Y_MIN, 100.0)))
    return t


def move_by(t: Tulip, item: Item, dx: float, dy: float) -> Tulip:
    """Move a symbol or text by (dx, dy), held inside the drawing."""
    kind, i = item
    if kind == "symbol" and 0 <= i < len(t.symbols):
        return move_to(t, item, t.symbols[i].x + dx, t.symbols[i].y + dy)
    if kind == "text" and 0 <= i < len(t.texts):
        return move_to(t, item, t.texts[i].x + dx, t.texts[i].y + dy)
    return t


def grow(t: Tulip, item: Item, factor: float) -> Tulip:
    """Scale a symbol, resize a text or lengthen a road by ``factor``, held to the limits."""
    kind, i = item
    if kind == "symbol" and 0 <= i < len(t.symbols):
        s = t.symbols[i]
        return _with_symbol(
            t, i, replace(s, scale=round(clamp(s.scale * factor, *SYMBOL_SCALES), 2))
        )
    if kind == "text" and 0 <= i < len(t.texts):
        tx = t.texts[i]
        return _with_text(t, i, replace(tx, size=round(clamp(tx.size * factor, *TEXT_SIZES), 1)))
    road = road_of(t, item)
    if kind in ("exit", "other") and isinstance(road, Road):
        length = round(clamp(road.length * factor, MIN_LENGTH, MAX_LENGTH), 2)
        return set_road(t, item, replace(road, length=length))
    return t


def rotate_symbol(t: Tulip, index: int, delta: float) -> Tulip:
    """Rotate symbol ``index`` by ``delta`` degrees."""
    if not 0 <= index < len(t.symbols):
        return t
    s = t.symbols[index]
    return _with_symbol(t, index, replace(s, rotation=s.rotation + delta))


def remove(t: Tulip, item: Item) -> Tulip:
    """Remove a road, symbol or text (the entry and exit stay)."""
    kind, i = item
    if kind == "other" and 0 <= i < len(t.others):
        return replace(t, others=t.others[:i] + t.others[i + 1 :])
    if kind == "symbol" and 0 <= i < len(t.symbols):
        return replace(t, symbols=t.symbols[:i] + t.symbols[i + 1 :])
    if kind == "text" and 0 <= i < len(t.texts):
        return replace(t, texts=t.texts[:i] + t.texts[i + 1 :])
    return t
