"""Generate the demo stage and its recorded drive.

Writes ``demo_stage.gpx`` (an OpenRally roadbook with its route line) and ``demo_drive.gpx``
(a 1 Hz GPX track of a crew driving it) into ``roadbooks/`` or the folder given with ``--out``.
Everything is invented but shaped like a real rally-raid special in the Erg Chebbi region of
Morocco. The output is deterministic: a fixed seed, fixed start time, no clock reads, so a rerun
gives byte-identical files (``tests/test_demo_data.py`` checks this).

By construction the drive misses exactly one waypoint (a shortcut across a bend) and breaks
the speed zone exactly once; every other waypoint is passed within a few metres.

Run: ``.venv/bin/python tools/make_demo.py [--out DIR]`` (or ``make demo``).
"""

from __future__ import annotations

import argparse
import calendar
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    # Run as a plain script from a checkout: the package is not necessarily installed.
    sys.path.insert(0, str(ROOT))

from navapp.core import geodesy  # noqa: E402
from navapp.core.model import (  # noqa: E402
    Box,
    Drawing,
    Metadata,
    Roadbook,
    RouteLine,
    Track,
    Units,
    Waypoint,
    WaypointType,
    number_boxes,
)
from navapp.core.rules import rule_for  # noqa: E402

FloatArray = npt.NDArray[np.float64]

SEED = 20260110
STAGE_NAME = "Erg Chebbi practice stage — SS1"
DRIVE_NAME = "Demo drive — Erg Chebbi SS1"
START_LAT, START_LON = 31.386, -4.296  # the DSS, on the hamada south-east of Erfoud
START_TIME = calendar.timegm((2026, 1, 10, 8, 0, 0, 0, 0, 0))  # 2026-01-10T08:00:00Z
STEP_M = 25.0  # spacing of the densified route line
TAPER_M = 120.0  # heading wiggles fade out this close to a box so the box heading is clean
LOOK_M = 150.0  # how far before/after a box the incoming/outgoing headings are measured

# Wiggles per road style: (amplitude deg, wavelength m) sinusoids on the heading, plus an
# AR(1) heading noise (deg). Pistes are nearly straight, wadis meander, dunes zigzag.
WIGGLES: dict[str, tuple[tuple[tuple[float, float], ...], float]] = {
    "piste": (((3.0, 1500.0), (1.5, 400.0)), 0.8),
    "track": (((7.0, 700.0), (3.0, 220.0)), 1.5),
    "wadi": (((30.0, 1300.0), (12.0, 420.0)), 2.0),
    "dunes": (((28.0, 420.0), (14.0, 160.0)), 3.0),
    "village": (((2.0, 600.0),), 0.5),
}
ROAD_WORD = {
    "piste": "Piste",
    "track": "Track",
    "wadi": "Wadi bed",
    "dunes": "Off-piste",
    "village": "Street",
}
# Speed the crew aims for on each style (km/h) and the range it stays in; "hamada" is the
# off-route shortcut across the stony plateau.
SPEEDS: dict[str, tuple[float, float, float, float]] = {
    # style: (aim, lowest, highest, relative spread)
    "piste": (90.0, 70.0, 108.0, 0.10),
    "track": (60.0, 42.0, 75.0, 0.12),
    "wadi": (50.0, 35.0, 65.0, 0.15),
    "dunes": (26.0, 15.0, 35.0, 0.25),
    "village": (42.0, 35.0, 48.0, 0.06),
    "hamada": (68.0, 55.0, 80.0, 0.10),
}
A_LAT = 2.5  # m/s², lateral acceleration a crew accepts on dirt: sets the speed in turns
A_ACC = 2.0  # m/s², acceleration
A_DEC = 3.0  # m/s², braking
ZONE_KMH = 50
ZONE_DRIVE_KMH = 44.5  # the crew's speed in the zone outside the one offence
OVERSPEED_KMH = 66.0
OVERSPEED_FROM_M, OVERSPEED_TO_M = 650.0, 1200.0  # along the zone, from the DZ
SHORTCUT_HALF_M = 1000.0  # the shortcut leaves and rejoins the route this far from the apex
SHORTCUT_BULGE_M = 60.0


@dataclass(frozen=True)
class Feature:
    """What a box stands for beyond what the route geometry gives (position, CAP, turn)."""

    text: str = ""
    waypoint: WaypointType | None = None
    radii: tuple[float | None, float] | None = None  # explicit (open, clear) written to the file
    danger: int | None = None
    symbols: tuple[str, ...] = ()
    others: tuple[tuple[float, str], ...] | None = None  # (tulip angle, style); None: generated
    fork: int = 0  # +1: another road forks off 30° right of the exit, -1: left
    speed: int | None = None
    reset: bool = False
    stop_s: int | None = None
    fuel: bool = False
    dwell_s: float = 0.0  # how long the demo crew stands still here
    missed: bool = False  # the demo crew cuts the bend at this box


@dataclass(frozen=True)
class Leg:
    """A stretch of the route from one control point to the next."""

    heading: float  # nominal azimuth, degrees true
    km: float
    style: str
    box: Feature | None = None  # the box at the start of the leg
    features: tuple[tuple[float, Feature], ...] = ()  # boxes at fractions along the leg


W = WaypointType
TARMAC_CROSS = ((-90.0, "tarmac"), (90.0, "tarmac"))

LEGS: tuple[Leg, ...] = (
    Leg(105, 5.2, "piste", Feature("Start line", W.DSS, symbols=("flag",), dwell_s=8.0)),
    Leg(
        92,
        6.5,
        "piste",
        Feature(fork=+1),
        ((0.5, Feature("Cross tarmac road", others=TARMAC_CROSS, danger=2, stop_s=3)),),
    ),
    Leg(
        118,
        5.5,
        "piste",
        Feature("Junction, turn right"),
        ((0.3, Feature("Cairn on right", symbols=("cairn",))), (0.62, Feature(waypoint=W.WPV))),
    ),
    Leg(
        150,
        4.5,
        "track",
        Feature("Bear right onto track"),
        ((0.5, Feature("Well on left", symbols=("well",))),),
    ),
    Leg(
        160,
        8.0,
        "wadi",
        Feature("Into wadi, follow bed", symbols=("wadi",)),
        (
            (0.35, Feature(waypoint=W.WPM)),
            (0.7, Feature("Step down in bed", danger=2)),
        ),
    ),
    Leg(
        215,
        3.5,
        "track",
        Feature("Exit wadi by right bank", symbols=("wadi",)),
        ((0.5, Feature(waypoint=W.WPE)),),
    ),
    Leg(
        170,
        4.0,
        "piste",
        Feature(fork=-1),
        ((0.5, Feature("Wadi crossing", danger=1, symbols=("wadi",))),),
    ),
    Leg(
        160,
        2.0,
        "village",
        Feature("Palm grove on left"),
        ((0.4, Feature("Ksar Tamellalt", W.DZ, symbols=("village",), speed=ZONE_KMH)),),
    ),
    Leg(
        140,
        2.5,
        "village",
        Feature("Village square", symbols=("village",), fuel=True),
        ((0.45, Feature("End of zone", W.FZ)),),
    ),
    Leg(
        105,
        5.0,
        "piste",
        Feature("Cemetery on left"),
        ((0.5, Feature(waypoint=W.WPN)),),
    ),
    Leg(
        95,
        3.5,
        "track",
        Feature("Checkpoint tent", W.CP, symbols=("tent",), reset=True, dwell_s=150.0),
    ),
    Leg(80, 2.5, "track", Feature("Herders' camp on left", danger=1)),
    Leg(
        112,
        8.5,
        "dunes",
        Feature("Enter dunes", danger=2, symbols=("dunes",)),
        (
            (0.3, Feature("Hole behind crest", W.WPS, radii=(2000.0, 100.0), danger=3)),
            (0.8, Feature(waypoint=W.WPC, radii=(None, 250.0))),
        ),
    ),
    Leg(140, 3.0, "dunes", Feature("Dune corridor", symbols=("dunes",))),
    Leg(175, 4.0, "track", Feature("Leave dunes onto track")),
    Leg(235, 6.0, "piste", Feature(fork=+1), ((0.6, Feature("Ruined kasbah on left")),)),
    Leg(215, 2.6, "piste", Feature("Bear left, bend ahead")),
    Leg(315, 2.6, "piste", Feature("Sharp right at cairn", W.WPM, symbols=("cairn",), missed=True)),
    Leg(
        255,
        7.0,
        "piste",
        Feature("Rejoin main piste"),
        ((0.5, Feature(waypoint=W.WPM)), (0.8, Feature("Deep ruts", danger=1))),
    ),
    Leg(
        290,
        5.0,
        "track",
        Feature(fork=-1),
        ((0.5, Feature(waypoint=W.WPP)),),
    ),
    Leg(320, 4.0, "piste", Feature("Junction, turn right")),
)
FINISH = Feature("Finish line", W.ASS, symbols=("flag",), dwell_s=4.0)


@dataclass
class PlacedBox:
    """A box placed on the route: its feature, route vertex and the derived geometry."""

    feature: Feature
    vertex: int
    style_in: str
    style_out: str
    chainage_m: float = 0.0
    cap: int | None = None
    turn_deg: float = 0.0
    others: list[tuple[float, str]] = field(default_factory=list)


# --------------------------------------------------------------------------- route


def build_route(
    rng: np.random.Generator,
) -> tuple[FloatArray, FloatArray, list[int], list[PlacedBox]]:
    """The densified route line, the vertex where each leg starts and the boxes on it."""
    lat, lon = START_LAT, START_LON
    lats, lons = [lat], [lon]
    starts: list[int] = []
    placed: list[PlacedBox] = []
    for li, leg in enumerate(LEGS):
        starts.append(len(lats) - 1)
        prev_style = LEGS[li - 1].style if li else leg.style
        if leg.box is not None:
            placed.append(PlacedBox(leg.box, len(lats) - 1, prev_style, leg.style))
        # Leg lengths are nominal: jitter them so box totals do not fall on round numbers.
        length = leg.km * 1000.0 * float(rng.uniform(0.96, 1.04)) + float(rng.uniform(0.0, 90.0))
        n = max(1, round(length / STEP_M))
        ds = length / n
        waves, noise_deg = WIGGLES[leg.style]
        phases = rng.uniform(0.0, 2.0 * math.pi, len(waves))
        ar = 0.0
        for k in range(n):
            s = (k + 0.5) * ds
            taper = min(1.0, s / TAPER_M, (length - s) / TAPER_M)
            ar = 0.85 * ar + math.sqrt(1.0 - 0.85**2) * noise_deg * float(rng.standard_normal())
            wiggle = sum(
                a * math.sin(2.0 * math.pi * s / w + p)
                for (a, w), p in zip(waves, phases, strict=True)
            )
            lat, lon = geodesy.forward(lat, lon, leg.heading + taper * (wiggle + ar), ds)
            lats.append(lat)
            lons.append(lon)
        for frac, feat in leg.features:
            placed.append(PlacedBox(feat, starts[-1] + round(frac * n), leg.style, leg.style))
    starts.append(len(lats) - 1)
    placed.append(PlacedBox(FINISH, len(lats) - 1, LEGS[-1].style, LEGS[-1].style))
    placed.sort(key=lambda b: b.vertex)
    return np.array(lats), np.array(lons), starts, placed


def wrap180(deg: float) -> float:
    """An angle folded into [-180, 180)."""
    return (deg + 180.0) % 360.0 - 180.0


def measure_boxes(
    geom: geodesy.RouteGeometry, placed: list[PlacedBox], rng: np.random.Generator
) -> None:
    """Chainage, CAP, turn angle and the other roads of each placed box."""
    last = len(placed) - 1
    for i, pb in enumerate(placed):
        ch = float(geom.cum_m[pb.vertex])
        pb.chainage_m = ch
        blat, blon = float(geom.lat[pb.vertex]), float(geom.lon[pb.vertex])
        out_h = in_h = None
        if i < last:
            out_h = geodesy.bearing_deg(blat, blon, *geom.point_at(ch + LOOK_M))
            pb.cap = round(out_h) % 360
        if i > 0:
            in_h = geodesy.bearing_deg(*geom.point_at(ch - LOOK_M), blat, blon)
        if in_h is not None and out_h is not None:
            pb.turn_deg = wrap180(out_h - in_h)
        pb.others = other_roads(pb, rng)


def other_roads(pb: PlacedBox, rng: np.random.Generator) -> list[tuple[float, str]]:
    """The roads drawn in the tulip besides the one followed, at angles clear of it."""
    feat = pb.feature
    if feat.others is not None:
        return list(feat.others)
    roads: list[tuple[float, str]] = []
    if feat.fork:
        roads.append((pb.turn_deg + 30.0 * feat.fork, pb.style_out))
    taken = [pb.turn_deg, 180.0] + [a for a, _ in roads]
    want = min(3, len(roads) + int(rng.integers(0 if roads else 1, 3)))
    for _ in range(40):
        if len(roads) >= want:
            break
        a = float(rng.uniform(-150.0, 150.0))
        if all(abs(wrap180(a - t)) >= 40.0 for t in taken):
            style = "piste" if rng.uniform() < 0.4 else "track"
            roads.append((round(a / 5.0) * 5.0, style))
            taken.append(a)
    return roads


# --------------------------------------------------------------------------- drawings

_SVG_OPEN = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}">'
)
_ROAD_STYLE = {
    # style: (stroke width, dash array) for an other road, then for the followed road
    "piste": ((3.0, ""), (5.0, "")),
    "village": ((3.0, ""), (5.0, "")),
    "tarmac": ((2.0, ""), (5.0, "")),
    "track": ((2.0, "6 4"), (4.5, "8 5")),
    "wadi": ((2.0, "6 4"), (4.5, "8 5")),
    "dunes": ((2.0, "1 6"), (4.5, "0.5 8")),
}


def _pt(angle: float, r: float, cx: float = 50.0, cy: float = 50.0) -> tuple[float, float]:
    """A point at tulip angle ``angle`` (0 straight on, positive right) ``r`` from the centre."""
    a = math.radians(angle)
    return cx + r * math.sin(a), cy - r * math.cos(a)


def _line(x1: float, y1: float, x2: float, y2: float, width: float, dash: str) -> str:
    d = f' stroke-dasharray="{dash}"' if dash else ""
    return f'<path d="M{x1:.1f} {y1:.1f} L{x2:.1f} {y2:.1f}" stroke-width="{width:g}"{d}/>'


def tulip_svg(pb: PlacedBox) -> str:
    """The tulip: entry dot bottom centre, followed road to an exit arrow, other roads."""
    parts = [_SVG_OPEN.format(w=100, h=100)]
    parts.append('<g fill="none" stroke="#000" stroke-linecap="round" stroke-linejoin="round">')
    if "wadi" in pb.feature.symbols:
        for wy in (40, 60):
            parts.append(
                f'<path d="M6 {wy} q7 -5 14 0 t14 0 t14 0 t14 0 t14 0 t14 0" stroke-width="1.2"/>'
            )
    if "dunes" in pb.feature.symbols:
        for hx, hy in ((12, 28), (70, 22), (74, 74)):
            parts.append(f'<path d="M{hx} {hy} q8 -12 16 0" stroke-width="1.2"/>')
    for angle, style in pb.others:
        x, y = _pt(angle, 40.0)
        if style == "tarmac":
            # a tarmac road is drawn as a double line
            dx, dy = 2.5 * math.cos(math.radians(angle)), 2.5 * math.sin(math.radians(angle))
            for sgn in (-1, 1):
                parts.append(
                    _line(50 + sgn * dx, 50 + sgn * dy, x + sgn * dx, y + sgn * dy, 1.5, "")
                )
        else:
            width, dash = _ROAD_STYLE[style][0]
            parts.append(_line(50, 50, x, y, width, dash))
    width, dash = _ROAD_STYLE[pb.style_in][1]
    parts.append(_line(50, 88, 50, 50, width, dash))
    width, dash = _ROAD_STYLE[pb.style_out][1]
    ex, ey = _pt(pb.turn_deg, 29.0)
    parts.append(_line(50, 50, ex, ey, width, dash))
    parts.append("</g>")
    tip = _pt(pb.turn_deg, 40.0)
    left = _pt(pb.turn_deg - 90.0, 6.5, *_pt(pb.turn_deg, 28.0))
    right = _pt(pb.turn_deg + 90.0, 6.5, *_pt(pb.turn_deg, 28.0))
    pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (tip, left, right))
    parts.append(f'<polygon points="{pts}" fill="#000"/>')
    parts.append('<circle cx="50" cy="88" r="5" fill="#000"/>')
    parts.append("</svg>")
    return "".join(parts)


BLACK_FILL = ' fill="#000"'


def _symbol(name: str, cx: float, cy: float, speed: int | None) -> str:
    """One notes symbol drawn with simple shapes, centred on (cx, cy)."""

    def path(*pts: tuple[float, float], close: bool = False, fill: bool = False) -> str:
        d = " L".join(f"{cx + x:g} {cy + y:g}" for x, y in pts)
        end = " Z" if close else ""
        return f'<path d="M{d}{end}"{BLACK_FILL if fill else ""}/>'

    def circle(x: float, y: float, r: float, fill: bool = False) -> str:
        return f'<circle cx="{cx + x:g}" cy="{cy + y:g}" r="{r:g}"{BLACK_FILL if fill else ""}/>'

    shapes: list[str] = []
    width = 2
    if name == "well":
        shapes = [circle(0, 0, 10), circle(0, 0, 3, fill=True)]
    elif name == "village":
        for dx, dy in ((-14, 4), (0, -2), (14, 4)):
            shapes.append(path((dx - 5, dy), (dx - 5, dy + 9), (dx + 5, dy + 9), (dx + 5, dy)))
            shapes.append(path((dx - 7, dy), (dx, dy - 7), (dx + 7, dy)))
    elif name == "tent":
        shapes = [path((-14, 10), (0, -12), (14, 10), close=True), path((0, -12), (0, 10))]
    elif name == "flag":
        shapes = [path((-8, 14), (-8, -14)), path((-8, -14), (12, -8), (-8, -2), fill=True)]
    elif name == "cairn":
        stones = ((-8, 8), (0, 8), (8, 8), (-4, 1), (4, 1), (0, -6))
        shapes = [circle(dx, dy, 4) for dx, dy in stones]
    elif name in ("speed", "speed_end"):
        width = 3
        shapes = [circle(0, 0, 17)]
        if name == "speed_end":
            shapes.append(path((-12, 12), (12, -12)))
    elif name not in ("wadi", "dunes"):  # those two are drawn in the tulip
        raise ValueError(f"unknown symbol {name!r}")
    if not shapes:
        return ""
    out = f'<g fill="none" stroke="#000" stroke-width="{width}">{"".join(shapes)}</g>'
    if name in ("speed", "speed_end"):
        out += (
            f'<text x="{cx:g}" y="{cy + 6:g}" font-family="sans-serif" font-size="16" '
            f'font-weight="bold" text-anchor="middle">{speed}</text>'
        )
    return out


def note_lines(pb: PlacedBox, label: str) -> list[tuple[str, bool, bool]]:
    """The text lines of a box's notes: (text, printed bold, only in the drawing).

    Lines that repeat a box field (danger, waypoint, zone, stop, fuel, reset) are drawn but
    left out of the notes text: readers show those fields themselves.
    """
    f = pb.feature
    lines: list[tuple[str, bool, bool]] = []
    if f.danger:
        lines.append(("!" * f.danger, True, True))
    if f.text:
        lines.append((f.text, False, False))
    if f.fork:
        lines.append(("Fork, keep " + ("left" if f.fork > 0 else "right"), False, False))
    if f.waypoint is W.DZ:
        lines.append((f"DZ {f.speed} km/h", True, True))
    elif f.waypoint is W.FZ:
        lines.append(("FZ", True, True))
    elif label:
        lines.append((label, True, True))
    if f.stop_s:
        lines.append((f"STOP {f.stop_s} s", True, True))
    if f.fuel:
        lines.append(("Fuel", False, True))
    if f.reset:
        lines.append(("Reset trip 0.00", False, True))
    if pb.cap is not None:
        lines.append((f"{ROAD_WORD[pb.style_out]} ⇒ CAP {pb.cap:03d}", False, False))
    return lines


def notes_svg(pb: PlacedBox, lines: list[tuple[str, bool, bool]]) -> str:
    """The notes drawing: text lines on the left, symbols on the right."""
    parts = [_SVG_OPEN.format(w=200, h=100)]
    y0 = 16 if len(lines) < 6 else 14
    step = 16 if len(lines) < 6 else 15
    for k, (text, bold, _drawn_only) in enumerate(lines):
        weight = ' font-weight="bold"' if bold else ""
        size = 16 if text.startswith("!") else 12
        parts.append(
            f'<text x="4" y="{y0 + k * step}" font-family="sans-serif" font-size="{size}"{weight}>'
            f"{escape(text)}</text>"
        )
    f = pb.feature
    symbols = [s for s in f.symbols if s not in ("wadi", "dunes")]
    if f.waypoint is W.DZ:
        symbols.insert(0, "speed")
    if f.waypoint is W.FZ:
        symbols.insert(0, "speed_end")
    for k, name in enumerate(symbols[:2]):
        parts.append(_symbol(name, 176.0, 28.0 + 44.0 * k, ZONE_KMH))
    parts.append("</svg>")
    return "".join(parts)


# --------------------------------------------------------------------------- roadbook


def make_boxes(placed: list[PlacedBox], lat: FloatArray, lon: FloatArray) -> tuple[Box, ...]:
    """The roadbook boxes with printed totals, waypoints, drawings and notes."""
    boxes: list[Box] = []
    base_m = 0.0
    counter = 0
    for pb in placed:
        f = pb.feature
        waypoints: tuple[Waypoint, ...] = ()
        wp_name = ""  # the waypoint's own name, e.g. "3" for WPM3
        label = ""  # as printed in the notes
        if f.waypoint is not None:
            if f.waypoint in (W.DSS, W.ASS):
                label = f.waypoint.label
            elif f.waypoint in (W.DZ, W.FZ):
                label = f"{f.waypoint.label}1"
            elif f.waypoint is W.CP:
                wp_name = "1"
                label = "CP1"
            else:
                counter += 1
                wp_name = str(counter)
                label = f"{f.waypoint.label}{counter}"
            rule = rule_for(f.waypoint)
            if f.radii is None:
                wp = Waypoint(f.waypoint, wp_name, rule.open_m, rule.clear_m)
            else:
                open_m, clear_m = f.radii
                wp = Waypoint(
                    f.waypoint,
                    wp_name,
                    open_m if open_m is not None else rule.open_m,
                    clear_m,
                    open_from_file=open_m is not None,
                    clear_from_file=True,
                )
            waypoints = (wp,)
        lines = note_lines(pb, label)
        total_km = round((pb.chainage_m - base_m) / 1000.0, 2)
        boxes.append(
            Box(
                index=0,
                total_km=total_km,
                cap=pb.cap,
                lat=float(lat[pb.vertex]),
                lon=float(lon[pb.vertex]),
                waypoints=waypoints,
                speed_limit_kmh=float(f.speed) if f.speed else None,
                danger=f.danger,
                reset_km=0.0 if f.reset else None,
                stop_s=f.stop_s,
                flags=("fuel",) if f.fuel else (),
                tulip=Drawing(tulip_svg(pb)),
                notes=Drawing(notes_svg(pb, lines)),
                notes_text=" ".join(text for text, _, drawn_only in lines if not drawn_only),
            )
        )
        if f.reset:
            base_m = pb.chainage_m
    return number_boxes(boxes)


# --------------------------------------------------------------------------- drive


@dataclass
class DrivePath:
    """The true path of the demo crew: vertices with the speed they aim for and stops."""

    lat: FloatArray
    lon: FloatArray
    route_ch: FloatArray  # chainage on the route (NaN on the shortcut)
    style: list[str]
    dwell_s: FloatArray


def leg_style_at(starts_ch: FloatArray, ch: FloatArray) -> list[str]:
    """The road style of the route at each chainage."""
    idx = np.clip(np.searchsorted(starts_ch, ch, side="right") - 1, 0, len(LEGS) - 1)
    return [LEGS[int(i)].style for i in idx]


def build_drive_path(
    lat: FloatArray,
    lon: FloatArray,
    cum: FloatArray,
    starts: list[int],
    placed: list[PlacedBox],
    rng: np.random.Generator,
) -> DrivePath:
    """The route with the one bend cut short, corners rounded, stops marked."""
    apex = next(pb for pb in placed if pb.feature.missed)
    i_leave = int(np.searchsorted(cum, apex.chainage_m - SHORTCUT_HALF_M))
    i_join = int(np.searchsorted(cum, apex.chainage_m + SHORTCUT_HALF_M))
    la, lo = float(lat[i_leave]), float(lon[i_leave])
    az, dist = geodesy.inverse(la, lo, float(lat[i_join]), float(lon[i_join]))
    # Bulge toward the apex: the crew drifts that way before seeing the piste again.
    to_apex = geodesy.bearing_deg(la, lo, float(lat[apex.vertex]), float(lon[apex.vertex]))
    side = 1.0 if wrap180(to_apex - az) > 0 else -1.0
    m = max(2, math.ceil(dist / STEP_M))
    sc_lat, sc_lon = [], []
    for k in range(1, m):
        s = k * dist / m
        p = geodesy.forward(la, lo, az, s)
        off = SHORTCUT_BULGE_M * math.sin(math.pi * s / dist) + float(rng.normal(0.0, 1.0))
        p = geodesy.forward(p[0], p[1], az + 90.0 * side, off)
        sc_lat.append(p[0])
        sc_lon.append(p[1])
    n_sc = len(sc_lat)
    dlat = np.concatenate([lat[: i_leave + 1], sc_lat, lat[i_join:]])
    dlon = np.concatenate([lon[: i_leave + 1], sc_lon, lon[i_join:]])
    route_ch = np.concatenate([cum[: i_leave + 1], np.full(n_sc, np.nan), cum[i_join:]])
    # Round the corners a little, as a driver does (light smoothing in a local plane).
    proj = geodesy.LocalProjection.around(dlat, dlon)
    x, y = proj.to_xy(dlat, dlon)
    for _ in range(2):
        x[1:-1] = (x[:-2] + x[1:-1] + x[2:]) / 3.0
        y[1:-1] = (y[:-2] + y[1:-1] + y[2:]) / 3.0
    dlat, dlon = proj.to_latlon(x, y)
    starts_ch = cum[np.array(starts[:-1])]
    styles = leg_style_at(starts_ch, np.nan_to_num(route_ch, nan=0.0))
    styles = ["hamada" if math.isnan(c) else s for c, s in zip(route_ch, styles, strict=True)]
    dwell = np.zeros(len(dlat))
    for pb in placed:
        if pb.feature.dwell_s or pb.feature.stop_s:
            i = int(np.nanargmin(np.abs(route_ch - pb.chainage_m)))
            dwell[i] = pb.feature.dwell_s or float(pb.feature.stop_s or 0)
    return DrivePath(np.asarray(dlat), np.asarray(dlon), route_ch, styles, dwell)


def speed_profile(
    path: DrivePath, zone: tuple[float, float], rng: np.random.Generator
) -> tuple[FloatArray, FloatArray]:
    """Vertex distances (m) and the speed (m/s) at each vertex along the drive path."""
    n = len(path.lat)
    az, ds = geodesy.inverse_arrays(path.lat[:-1], path.lon[:-1], path.lat[1:], path.lon[1:])
    s = np.concatenate([[0.0], np.cumsum(ds)])
    aim, lo, hi, spread = (np.array([SPEEDS[st][k] for st in path.style]) for k in range(4))
    # The driver's pace wanders with the terrain: smooth noise over a few hundred metres.
    pace = smooth_noise(rng, n, 12.0)
    target = np.clip(aim * (1.0 + spread * pace), lo, hi) / 3.6
    # Turn speed from the curvature over about 100 m: v = sqrt(a_lat * radius).
    dth = np.zeros(n)
    dth[1:-1] = np.radians((az[1:] - az[:-1] + 180.0) % 360.0 - 180.0)
    seg = np.concatenate([[0.0], ds, [0.0]])
    w = 2
    kern = np.ones(2 * w + 1)
    turn = np.abs(np.convolve(dth, kern, mode="same"))
    span = np.convolve(seg[:-1] + seg[1:], kern, mode="same") / 2.0
    with np.errstate(divide="ignore"):
        v_turn = np.sqrt(A_LAT * span / np.maximum(turn, 1e-9))
    target = np.minimum(target, v_turn)
    dz_ch, fz_ch = zone
    ch = path.route_ch
    in_zone = (ch >= dz_ch - 120.0) & (ch <= fz_ch + 50.0)
    target[in_zone] = (ZONE_DRIVE_KMH + 1.5 * np.sin(2 * np.pi * ch[in_zone] / 700.0)) / 3.6
    over = (ch >= dz_ch + OVERSPEED_FROM_M) & (ch <= dz_ch + OVERSPEED_TO_M)
    target[over] = (OVERSPEED_KMH + 1.0 * np.sin(2 * np.pi * ch[over] / 300.0)) / 3.6
    target[path.dwell_s > 0] = 0.0
    target[0] = target[-1] = 0.0
    v = target.copy()
    for i in range(n - 1):
        v[i + 1] = min(v[i + 1], math.sqrt(v[i] ** 2 + 2 * A_ACC * ds[i]))
    for i in range(n - 2, -1, -1):
        v[i] = min(v[i], math.sqrt(v[i + 1] ** 2 + 2 * A_DEC * ds[i]))
    return s, v


def smooth_noise(rng: np.random.Generator, n: int, width: float) -> FloatArray:
    """White noise low-passed with a Gaussian of ``width`` samples, scaled to unit std."""
    half = int(4 * width)
    kern = np.exp(-0.5 * (np.arange(-half, half + 1) / width) ** 2)
    out = np.convolve(rng.standard_normal(n + 2 * half), kern, mode="valid")
    return np.asarray(out / out.std())


def sample_drive(s: FloatArray, v: FloatArray, dwell: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Distance along the path and true speed (m/s) at each whole second of the drive."""
    ds = np.diff(s)
    dt = 2.0 * ds / (v[:-1] + v[1:])  # constant acceleration between vertices
    acc = (v[1:] - v[:-1]) / dt
    t_dep = np.zeros(len(s))
    t_dep[0] = dwell[0]
    t_dep[1:] = dwell[0] + np.cumsum(dt + dwell[1:])
    t = np.arange(0.0, math.floor(t_dep[-1]) + 1.0)
    i = np.searchsorted(t_dep, t, side="right") - 1
    pos = np.empty_like(t)
    spd = np.zeros_like(t)
    before = i < 0
    pos[before] = 0.0
    at_end = i >= len(s) - 1
    pos[at_end] = s[-1]
    mv = ~before & ~at_end
    im = i[mv]
    tau = t[mv] - t_dep[im]
    moving = tau < dt[im]
    tau_c = np.minimum(tau, dt[im])
    pos[mv] = np.where(moving, s[im] + v[im] * tau_c + 0.5 * acc[im] * tau_c**2, s[im + 1])
    spd[mv] = np.where(moving, v[im] + acc[im] * tau_c, 0.0)
    return pos, spd


def terrain_m(lat: FloatArray, lon: FloatArray) -> FloatArray:
    """A plausible ground height: the hamada sloping down toward the erg, with undulations."""
    t = (31.40 - lat) / 0.4
    u = (lon + 4.30) / 0.5
    return (
        860.0
        - 70.0 * t
        - 55.0 * u
        + 12.0 * np.sin(lat * 140.0) * np.cos(lon * 110.0)
        + 5.0 * np.sin(lat * 400.0 + lon * 300.0)
    )


def ar1(rng: np.random.Generator, n: int, sigma: float, tau_s: float) -> FloatArray:
    """A slowly wandering error: AR(1) with stationary std ``sigma`` and time constant ``tau_s``."""
    phi = math.exp(-1.0 / tau_s)
    e = rng.standard_normal(n) * sigma * math.sqrt(1.0 - phi * phi)
    out = np.empty(n)
    acc = float(rng.standard_normal()) * sigma
    for k in range(n):
        acc = phi * acc + float(e[k])
        out[k] = acc
    return out


def build_track(path: DrivePath, zone: tuple[float, float], rng: np.random.Generator) -> Track:
    """The recorded 1 Hz track: true motion plus GPS position, height and speed noise."""
    s, v = speed_profile(path, zone, rng)
    pos, spd = sample_drive(s, v, path.dwell_s)
    geom = geodesy.RouteGeometry(path.lat, path.lon)
    n = len(pos)
    true = [geom.point_at(float(p)) for p in pos]
    bias_e, bias_n = ar1(rng, n, 3.0, 90.0), ar1(rng, n, 3.0, 90.0)
    white = rng.normal(0.0, 1.5, (n, 2))
    lat = np.empty(n)
    lon = np.empty(n)
    for k, (la, lo) in enumerate(true):
        e = bias_e[k] + white[k, 0]
        no = bias_n[k] + white[k, 1]
        lat[k], lon[k] = geodesy.forward(la, lo, math.degrees(math.atan2(e, no)), math.hypot(e, no))
    # Dunes add their own relief on top of the ground.
    dune = np.array([st == "dunes" for st in path.style], dtype=float)
    dune_h = dune * 18.0 * (1.0 + np.sin(2 * np.pi * s / 260.0))
    ground = np.interp(pos, s, terrain_m(path.lat, path.lon) + dune_h)
    ele = ground + ar1(rng, n, 3.5, 120.0) + rng.normal(0.0, 1.2, n)
    kmh = spd * 3.6
    rec = np.where(kmh > 1.0, kmh + rng.normal(0.0, 0.35, n), np.abs(rng.normal(0.0, 0.25, n)))
    return Track(
        time=START_TIME + np.arange(n, dtype=np.float64),
        lat=np.round(lat, 7),
        lon=np.round(lon, 7),
        ele=np.round(np.clip(ele, 700.0, 900.0), 1).astype(np.float64),
        # Receivers report speed in m/s with centimetre resolution.
        speed=np.round(np.maximum(rec, 0.0) / 3.6, 2) * 3.6,
        segment_starts=np.zeros(1, dtype=np.int64),
        name=DRIVE_NAME,
    )


# --------------------------------------------------------------------------- checks


def closest_approach_m(track: Track, lat: float, lon: float) -> float:
    """Closest distance (m) of the track to a point, interpolated between fixes."""
    proj = geodesy.LocalProjection(lat, lon)  # azimuthal equidistant: radial distance is geodesic
    x, y = proj.to_xy(track.lat, track.lon)
    x0, y0, dx, dy = x[:-1], y[:-1], np.diff(x), np.diff(y)
    d2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.clip(np.where(d2 > 0, -(x0 * dx + y0 * dy) / d2, 0.0), 0.0, 1.0)
    return float(np.min(np.hypot(x0 + t * dx, y0 + t * dy)))


def overspeed_runs(
    track: Track, geom: geodesy.RouteGeometry, zone: tuple[float, float], limit: float
) -> list[tuple[int, int]]:
    """Index ranges [start, end) where the recorded speed inside the zone exceeds ``limit``."""
    loc = geom.locate(track.lat, track.lon)
    inside = (loc.chainage_m >= zone[0]) & (loc.chainage_m <= zone[1]) & (loc.offset_m < 100.0)
    assert track.speed is not None
    over = inside & (track.speed > limit)
    edges = np.diff(np.concatenate([[0], over.astype(np.int8), [0]]))
    return list(
        zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist(), strict=True)
    )


# --------------------------------------------------------------------------- main


def build() -> tuple[Roadbook, Track, list[str]]:
    """The demo roadbook, its recorded drive and a printable summary."""
    rng = np.random.default_rng(SEED)
    lat, lon, starts, placed = build_route(rng)
    lat, lon = np.round(lat, 7), np.round(lon, 7)
    geom = geodesy.RouteGeometry(lat, lon)
    measure_boxes(geom, placed, rng)
    boxes = make_boxes(placed, lat, lon)
    length_km = round(geom.length_m / 1000.0, 2)
    roadbook = Roadbook(
        name=STAGE_NAME,
        units=Units.METRIC,
        boxes=boxes,
        route=RouteLine(lat, lon),
        metadata=Metadata(
            description="Invented practice stage near Erg Chebbi, Morocco: pistes, a wadi, "
            "a village speed zone and a dune crossing. Generated by tools/make_demo.py.",
            author="navapp demo generator",
            total_km=length_km,
        ),
    )
    dz = next(pb for pb in placed if pb.feature.waypoint is W.DZ)
    fz = next(pb for pb in placed if pb.feature.waypoint is W.FZ)
    zone = (dz.chainage_m, fz.chainage_m)
    path = build_drive_path(lat, lon, geom.cum_m, starts, placed, rng)
    track = build_track(path, zone, rng)

    summary = [f"{STAGE_NAME}: {length_km:.2f} km, {len(boxes)} boxes, drive {len(track)} s"]
    missed = []
    for b in boxes:
        wp = b.waypoint
        if wp is None or b.lat is None or b.lon is None:
            continue
        d = closest_approach_m(track, b.lat, b.lon)
        ok = wp.clear_m is not None and d <= wp.clear_m
        if not ok:
            missed.append(wp.name)
        summary.append(
            f"  box {b.index:2d} {wp.name:5s} {b.total_km:6.2f} km  clear {wp.clear_m:5.0f} m  "
            f"closest {d:7.1f} m{'' if ok else '  MISSED'}"
        )
    runs = overspeed_runs(track, geom, zone, ZONE_KMH)
    assert track.speed is not None
    for a, b_ in runs:
        summary.append(
            f"  zone overspeed: {b_ - a} s, max {track.speed[a:b_].max():.1f} km/h "
            f"(limit {ZONE_KMH}) from t+{a} s"
        )
    # The promises the tests rely on: fail here, loudly, if a change breaks them.
    cut = boxes[next(i for i, pb in enumerate(placed) if pb.feature.missed)].waypoint
    assert cut is not None and missed == [cut.name], missed
    assert len(runs) == 1, runs
    return roadbook, track, summary


def main(argv: list[str] | None = None) -> int:
    """Write the demo files; print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "roadbooks", help="output folder")
    args = parser.parse_args(argv)
    roadbook, track, summary = build()
    from navapp.io.gpxwrite import write_track
    from navapp.io.openrally import write_openrally

    args.out.mkdir(parents=True, exist_ok=True)
    write_openrally(roadbook, args.out / "demo_stage.gpx")
    write_track(track, args.out / "demo_drive.gpx", name=DRIVE_NAME)
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
