"""Post-stage review reports: one self-contained HTML file, and the section table as CSV.

The HTML holds everything inline (CSS, two SVG drawings: the map and the speed profile) and
refers to nothing outside itself, so it can be mailed, archived and printed. It renders the
:class:`~navapp.core.review_model.Review` values as they are; nothing is judged again here.
Every text that comes from a file (stage, crew, waypoint names, notes) is escaped.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import numpy as np

from navapp.core import geodesy
from navapp.core.model import FloatArray, IntArray, Roadbook, Track, Units
from navapp.core.navstate import WaypointStatus
from navapp.core.review_model import Comparison, Review, Section, WaypointOutcome
from navapp.io.atomic import atomic_write_bytes

NO_TIMES = "no times in this track"
DASH = "—"

# Map and profile budgets: enough to see every bend at page scale, small enough that a
# 100-hour 1 Hz log still gives a file one can mail.
MAX_MAP_SEGMENTS = 3000
MAX_ROUTE_POINTS = 5000
MAX_PROFILE_POINTS = 2000
MAX_HIGHLIGHT_POINTS = 400

# Speed buckets (in the roadbook's speed unit) and their colours. Red is kept for
# violations and missed waypoints, magenta for off-route periods, so neither is in the scale.
SPEED_EDGES = (20.0, 40.0, 60.0, 80.0, 100.0, 120.0)
SPEED_COLOURS = (
    "#3b4cc0",
    "#2c8fd6",
    "#12a79d",
    "#5e9e0d",
    "#c99700",
    "#ea6a0c",
    "#6b2f12",
)
UNKNOWN_SPEED_COLOUR = "#9ca3af"
VIOLATION_COLOUR = "#e11d48"
OFF_ROUTE_COLOUR = "#c026d3"
ROUTE_COLOUR = "#9ca3af"
CREW_COLOURS = ("#111827", "#2563eb", "#d97706", "#059669", "#7c3aed", "#0891b2", "#be185d")

SVG_NS = "http://www.w3.org/2000/svg"
MAP_WIDTH = 1000.0
MAP_MAX_HEIGHT = 760.0
MAP_PAD = 30.0
LEGEND_HEIGHT = 56.0
PROFILE_WIDTH = 1000.0
PROFILE_HEIGHT = 330.0
PROFILE_MARGIN = (56.0, 16.0, 20.0, 40.0)  # left, right, top, bottom
LOSSES_HIGHLIGHTED = 3  # per crew, the sections where it lost most


# --------------------------------------------------------------------------- public API


def write_html(
    path: str | Path,
    roadbook: Roadbook,
    tracks: Sequence[Track],
    reviews: Sequence[Review],
    comparison: Comparison | None = None,
) -> None:
    """Write the review of one or more crews' tracks as one self-contained HTML file.

    ``tracks[i]`` is the track ``reviews[i]`` was made from. The file is replaced atomically.
    """
    atomic_write_bytes(path, render_html(roadbook, tracks, reviews, comparison).encode("utf-8"))


def render_html(
    roadbook: Roadbook,
    tracks: Sequence[Track],
    reviews: Sequence[Review],
    comparison: Comparison | None = None,
) -> str:
    """The HTML report as text (see :func:`write_html`)."""
    if len(tracks) != len(reviews):
        raise ValueError(f"{len(tracks)} tracks but {len(reviews)} reviews")
    crews = [
        _Crew(t, r, i, roadbook.units) for i, (t, r) in enumerate(zip(tracks, reviews, strict=True))
    ]
    title = roadbook.name or "Stage"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Review — {escape(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        _header_html(roadbook, crews),
        '<section id="map-section"><h2>Map</h2>',
        map_svg(roadbook, crews),
        "</section>",
        '<section id="profile-section"><h2>Speed profile</h2>',
        profile_svg(crews, roadbook.units),
        "</section>",
    ]
    parts += [_crew_html(c) for c in crews]
    if comparison is not None:
        parts.append(_comparison_html(comparison))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def section_columns(units: Units = Units.METRIC) -> tuple[str, ...]:
    """The CSV header: distances and speeds carry the unit they are written in."""
    d, v = units.distance_label, "kmh" if units is Units.METRIC else "mph"
    return (
        "from_box",
        "to_box",
        f"partial_{d}",
        f"driven_{d}",
        f"drift_{d}",
        "time_s",
        f"avg_{v}",
        f"max_{v}",
    )


def section_rows(review: Review, units: Units = Units.METRIC) -> list[dict[str, object]]:
    """The section table, one dict per section keyed by :func:`section_columns`.

    Distances have three decimals (metres), times and speeds one; None where not known.
    """
    cols = section_columns(units)
    rows: list[dict[str, object]] = []
    for s in review.sections:
        values = (
            s.from_box,
            s.to_box,
            _round(units.km_to_display(s.partial_km), 3),
            _round(_dist(s.driven_km, units), 3),
            _round(_dist(s.drift_km, units), 3),
            _round(s.time_s, 1),
            _round(_dist(s.avg_kmh, units), 1),
            _round(_dist(s.max_kmh, units), 1),
        )
        rows.append(dict(zip(cols, values, strict=True)))
    return rows


def write_csv(path: str | Path, review: Review, units: Units = Units.METRIC) -> None:
    """Write the section table as CSV (header row, empty cells where unknown), atomically."""
    cols = section_columns(units)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=cols)
    writer.writeheader()
    for row in section_rows(review, units):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    atomic_write_bytes(path, out.getvalue().encode("utf-8"))


# --------------------------------------------------------------------------- formatting


def _round(v: float | None, digits: int) -> float | None:
    return None if v is None or not math.isfinite(v) else round(v, digits)


def _dist(km: float | None, units: Units) -> float | None:
    """km (or km/h) in the display unit; the same factor converts speeds."""
    return None if km is None else units.km_to_display(km)


def _num(v: float | None, digits: int = 1) -> str:
    return DASH if v is None or not math.isfinite(v) else f"{v:.{digits}f}"


def _hms(s: float | None) -> str:
    """A duration as h:mm:ss."""
    if s is None or not math.isfinite(s):
        return DASH
    sign, s = ("-" if s < 0 else ""), abs(s)
    t = round(s)
    return f"{sign}{t // 3600}:{t // 60 % 60:02d}:{t % 60:02d}"


def _mss(s: float | None) -> str:
    """A duration as m:ss (minutes may exceed 59): how penalties and gaps are quoted."""
    if s is None:
        return DASH
    if math.isinf(s):
        return "EXCLUSION"
    t = round(abs(s))
    return f"{'-' if s < 0 else ''}{t // 60}:{t % 60:02d}"


def _gap(s: float | None) -> str:
    if s is None or not math.isfinite(s):
        return DASH
    return "±0:00" if round(s) == 0 else ("+" if s > 0 else "") + _mss(s)


def _penalty(s: float, excluded: bool = False) -> str:
    return "EXCLUSION" if excluded or math.isinf(s) else _mss(s)


def _clock(t: float | None) -> str:
    """An epoch time as a UTC clock time."""
    if t is None or not math.isfinite(t):
        return DASH
    return datetime.fromtimestamp(t, UTC).strftime("%H:%M:%S")


def _first_time(track: Track) -> float | None:
    finite = track.time[np.isfinite(track.time)]
    return float(finite[0]) if len(finite) else None


# --------------------------------------------------------------------------- per-crew data


@dataclass
class _Crew:
    """One crew's track and review, with what the drawings need derived once."""

    track: Track
    review: Review
    number: int
    units: Units

    def __post_init__(self) -> None:
        self.name = self.review.track_name or self.track.name or f"Crew {self.number + 1}"
        self.colour = CREW_COLOURS[self.number % len(CREW_COLOURS)]
        self.has_time = self.track.has_time
        self.start = _first_time(self.track)
        # The speed the zones were judged on, where the review gives it for every point.
        judged = self.review.speed_kmh
        speed = judged if judged.shape == (len(self.track),) else display_speed(self.track)
        self.speed = speed * self.units.km_to_display(1.0)


def display_speed(track: Track, window: int = 2) -> FloatArray:
    """Speed (km/h) at each point for drawing: the log's own, else from positions.

    Used for a Review made without per-point speeds: across ``window`` points either side,
    because fix-to-fix speeds from noisy positions jump.
    """
    n = len(track)
    if track.speed is not None and np.isfinite(track.speed).any():
        return np.asarray(track.speed, dtype=np.float64)
    if n < 2 or not track.has_time:
        return np.full(n, np.nan)
    cum = geodesy.cumulative_m(track.lat, track.lon)
    i = np.arange(n)
    lo, hi = np.clip(i - window, 0, n - 1), np.clip(i + window, 0, n - 1)
    dt = track.time[hi] - track.time[lo]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(dt > 0, (cum[hi] - cum[lo]) / dt * 3.6, np.nan)


def decimate(n: int, limit: int, keep: Iterable[int] = ()) -> IntArray:
    """Indices of at most about ``limit`` + 1 evenly spaced points out of ``n``.

    The first and last points and every index in ``keep`` (segment ends) are always kept.
    """
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    stride = max(1, math.ceil((n - 1) / max(limit, 1)))
    extra = np.array([n - 1, *keep], dtype=np.int64)
    extra = extra[(extra >= 0) & (extra < n)]
    return np.union1d(np.arange(0, n, stride, dtype=np.int64), extra)


def _breaks(track: Track) -> IntArray:
    """Segment starts after the first: no line is drawn from the point before each."""
    s = np.asarray(track.segment_starts, dtype=np.int64)
    return s[s > 0]


# --------------------------------------------------------------------------- the map


@dataclass(frozen=True)
class MapFrame:
    """Plane metres to SVG units: one scale for both axes, x east, y up = north."""

    projection: geodesy.LocalProjection
    x_min: float
    y_max: float
    scale: float  # SVG units per metre
    left: float
    top: float

    def to_svg(self, lat: FloatArray, lon: FloatArray) -> tuple[FloatArray, FloatArray]:
        x, y = self.projection.to_xy(lat, lon)
        sx = self.left + (np.asarray(x) - self.x_min) * self.scale
        sy = self.top + (self.y_max - np.asarray(y)) * self.scale
        return sx, sy


def _map_frame(roadbook: Roadbook, crews: Sequence[_Crew]) -> tuple[MapFrame, float] | None:
    """The frame fitting route, boxes, waypoint circles and tracks; and the map height."""
    lats: list[FloatArray] = []
    lons: list[FloatArray] = []
    if roadbook.route is not None and len(roadbook.route):
        lats.append(roadbook.route.lat)
        lons.append(roadbook.route.lon)
    boxes = [b for b in roadbook.boxes if b.has_position]
    if boxes:
        lats.append(np.array([b.lat for b in boxes], dtype=np.float64))
        lons.append(np.array([b.lon for b in boxes], dtype=np.float64))
    centre_lat = np.concatenate(lats) if lats else None
    centre_lon = np.concatenate(lons) if lons else None
    for c in crews:
        if len(c.track):
            idx = decimate(len(c.track), MAX_MAP_SEGMENTS)
            lats.append(c.track.lat[idx])
            lons.append(c.track.lon[idx])
    if not lats:
        return None
    lat, lon = np.concatenate(lats), np.concatenate(lons)
    ok = np.isfinite(lat) & np.isfinite(lon)
    if not ok.any():
        return None
    # Centred on the route (the stage), not on wherever a track wandered.
    if centre_lat is None or centre_lon is None:
        centre_lat, centre_lon = lat[ok], lon[ok]
    proj = geodesy.LocalProjection.around(centre_lat, centre_lon)
    x, y = proj.to_xy(lat[ok], lon[ok])
    radius = max((w.clear_m or 0.0 for c in crews for w in c.review.waypoints), default=0.0)
    x0, x1 = float(np.min(x)) - radius, float(np.max(x)) + radius
    y0, y1 = float(np.min(y)) - radius, float(np.max(y)) + radius
    span_x, span_y = max(x1 - x0, 100.0), max(y1 - y0, 100.0)
    inner_w = MAP_WIDTH - 2 * MAP_PAD
    scale = min(inner_w / span_x, (MAP_MAX_HEIGHT - 2 * MAP_PAD) / span_y)
    left = MAP_PAD + (inner_w - (x1 - x0) * scale) / 2.0
    height = max((y1 - y0) * scale + 2 * MAP_PAD, 200.0)
    top = (height - (y1 - y0) * scale) / 2.0
    return MapFrame(proj, x0, y1, scale, left, top), height


def _points(x: FloatArray, y: FloatArray) -> str:
    return " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(x.tolist(), y.tolist(), strict=True))


def _speed_bucket(v: FloatArray) -> IntArray:
    """Bucket number of each speed; len(SPEED_COLOURS) for unknown speeds."""
    b = np.searchsorted(np.array(SPEED_EDGES), np.nan_to_num(v, nan=0.0), side="right")
    return np.where(np.isfinite(v), b, len(SPEED_COLOURS)).astype(np.int64)


def _speed_paths(frame: MapFrame, crew: _Crew) -> list[str]:
    """The crew's track as one path per speed bucket (runs of equal colour joined)."""
    track = crew.track
    n = len(track)
    if n < 2:
        return []
    breaks = _breaks(track)
    idx = decimate(n, MAX_MAP_SEGMENTS, [*breaks.tolist(), *(breaks - 1).tolist()])
    sx, sy = frame.to_svg(track.lat[idx], track.lon[idx])
    # A decimated segment shows the highest speed inside it, so short overspeeds stay visible.
    with np.errstate(invalid="ignore"):
        seg_speed = np.fmax.reduceat(crew.speed, idx[:-1]) if len(idx) > 1 else crew.speed[:0]
    bucket = _speed_bucket(seg_speed)
    broken = np.isin(idx[1:], breaks)
    runs: dict[int, list[str]] = {}
    k = 0
    while k < len(idx) - 1:
        if broken[k] or not (np.isfinite(sx[k]) and np.isfinite(sx[k + 1])):
            k += 1
            continue
        b, j = int(bucket[k]), k + 1
        while j < len(idx) - 1 and bucket[j] == b and not broken[j] and np.isfinite(sx[j + 1]):
            j += 1
        pts = [f"{sx[m]:.1f} {sy[m]:.1f}" for m in range(k, j + 1)]
        runs.setdefault(b, []).append("M" + pts[0] + "L" + " ".join(pts[1:]))
        k = j
    colours = (*SPEED_COLOURS, UNKNOWN_SPEED_COLOUR)
    return [
        f'<path class="speed b{b}" stroke="{colours[b]}" d="{"".join(d)}"/>'
        for b, d in sorted(runs.items())
    ]


def _casing_d(frame: MapFrame, crew: _Crew) -> str:
    """The whole track as path data, a new sub-path at each segment start."""
    breaks = _breaks(crew.track)
    idx = decimate(len(crew.track), MAX_MAP_SEGMENTS, [*breaks.tolist(), *(breaks - 1).tolist()])
    sx, sy = frame.to_svg(crew.track.lat[idx], crew.track.lon[idx])
    starts = np.isin(idx, breaks)
    starts[0] = True
    return "".join(
        f"{'M' if new else 'L'}{x:.1f} {y:.1f}"
        for new, x, y in zip(starts.tolist(), sx.tolist(), sy.tolist(), strict=True)
    )


def _stretch(frame: MapFrame, track: Track, a: int, b: int, cls: str, tip: str) -> str:
    """A highlight over track points ``a``..``b`` (a violation, an off-route period)."""
    a, b = max(a, 0), min(b, len(track) - 1)
    if b <= a:
        b = min(a + 1, len(track) - 1)
    idx = a + decimate(b - a + 1, MAX_HIGHLIGHT_POINTS)
    sx, sy = frame.to_svg(track.lat[idx], track.lon[idx])
    return (
        f'<polyline class="{cls}" points="{_points(sx, sy)}"><title>{escape(tip)}</title>'
        "</polyline>"
    )


def _crew_layer(frame: MapFrame, crew: _Crew) -> str:
    """A crew's coloured track with its off-route periods and violations on top."""
    r = crew.review
    out = [f'<g class="crew" data-crew="{crew.number}"><title>{escape(crew.name)}</title>']
    # Off-route periods as a halo under the track: the speed colours stay readable on top.
    for o in r.off_route:
        tip = f"{crew.name}: off route {_clock(o.start)}–{_clock(o.end)}, up to {o.max_m:.0f} m"
        out.append(_stretch(frame, crew.track, o.start_index, o.end_index, "offroute", tip))
    if len(crew.track) >= 2:
        # A casing in the crew's colour tells crews apart under the shared speed scale.
        out.append(f'<path class="casing" stroke="{crew.colour}" d="{_casing_d(frame, crew)}"/>')
    out += _speed_paths(frame, crew)
    for z in r.zones:
        for v in z.violations:
            tip = (
                f"{crew.name}: {_clock(v.start)}–{_clock(v.end)} max {v.max_kmh:.1f} km/h "
                f"in the {z.limit_kmh:g} zone, penalty {_penalty(v.penalty_s)}"
            )
            out.append(_stretch(frame, crew.track, v.start_index, v.end_index, "violation", tip))
    out.append("</g>")
    return "\n".join(out)


def _waypoint_layer(frame: MapFrame, crews: Sequence[_Crew]) -> str:
    """Clear-radius circles to scale; a red cross where any crew missed the waypoint."""
    out = ['<g class="waypoints">']
    outcomes = crews[0].review.waypoints if crews else ()
    for k, w in enumerate(outcomes):
        (x,), (y,) = frame.to_svg(np.array([w.lat]), np.array([w.lon]))
        if not (math.isfinite(x) and math.isfinite(y)):
            continue
        missed = [c for c in crews if _outcome(c, k, w).status is WaypointStatus.MISSED]
        cls = "wp missed" if missed else "wp"
        r = (w.clear_m or 0.0) * frame.scale
        tip = f"Box {w.box} {w.label}: clear radius {_num(w.clear_m, 0)} m"
        if missed:
            tip += "; missed by " + ", ".join(
                f"{c.name} ({_outcome(c, k, w).closest_m:.0f} m)" for c in missed
            )
        out.append(f'<g class="{cls}"><title>{escape(tip)}</title>')
        out.append(f'<circle class="clear" cx="{x:.1f}" cy="{y:.1f}" r="{r:.2f}"/>')
        out.append(f'<circle class="centre" cx="{x:.1f}" cy="{y:.1f}" r="2.5"/>')
        if missed:
            d = 7.0
            out.append(
                f'<path class="cross" d="M{x - d:.1f} {y - d:.1f}L{x + d:.1f} {y + d:.1f}'
                f'M{x - d:.1f} {y + d:.1f}L{x + d:.1f} {y - d:.1f}"/>'
            )
        out.append(
            f'<text class="wplabel" x="{x + 9:.1f}" y="{y - 7:.1f}">{escape(w.label)}</text></g>'
        )
    out.append("</g>")
    return "\n".join(out)


def _outcome(crew: _Crew, k: int, w: WaypointOutcome) -> WaypointOutcome:
    """The crew's outcome for the waypoint at position ``k`` (matched by box and type)."""
    wps = crew.review.waypoints
    if k < len(wps) and wps[k].box == w.box and wps[k].type is w.type:
        return wps[k]
    return next((o for o in wps if o.box == w.box and o.type is w.type), w)


def _box_layer(frame: MapFrame, roadbook: Roadbook) -> str:
    boxes = [b for b in roadbook.boxes if b.has_position]
    if not boxes:
        return ""
    sx, sy = frame.to_svg(
        np.array([b.lat for b in boxes], dtype=np.float64),
        np.array([b.lon for b in boxes], dtype=np.float64),
    )
    out = ['<g class="boxes">']
    for b, x, y in zip(boxes, sx.tolist(), sy.tolist(), strict=True):
        out.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3"><title>Box {b.index} '
            f"({b.total_km:.2f})</title></circle>"
            f'<text x="{x - 5:.1f}" y="{y + 12:.1f}">{b.index}</text>'
        )
    out.append("</g>")
    return "\n".join(out)


def nice_scale_km(target_km: float) -> float:
    """The 1-2-5 length in km closest below ``target_km`` (at least 0.01 km)."""
    best = 0.01
    for exp in range(-2, 5):
        for m in (1.0, 2.0, 5.0):
            v = m * 10.0**exp
            if v <= target_km:
                best = v
    return best


def _scale_bar(frame: MapFrame, top: float) -> str:
    km = nice_scale_km((MAP_WIDTH - 2 * MAP_PAD) / 5.0 / frame.scale / 1000.0)
    x0, x1 = MAP_WIDTH - MAP_PAD - km * 1000.0 * frame.scale, MAP_WIDTH - MAP_PAD
    y = top + 22.0
    return (
        f'<g id="scalebar" data-km="{km:g}">'
        f'<line x1="{x0:.2f}" y1="{y:.1f}" x2="{x1:.2f}" y2="{y:.1f}"/>'
        f'<line x1="{x0:.2f}" y1="{y - 5:.1f}" x2="{x0:.2f}" y2="{y + 5:.1f}"/>'
        f'<line x1="{x1:.2f}" y1="{y - 5:.1f}" x2="{x1:.2f}" y2="{y + 5:.1f}"/>'
        f'<text x="{(x0 + x1) / 2:.1f}" y="{y - 8:.1f}" text-anchor="middle">{km:g} km</text></g>'
    )


def _legend(top: float, units: Units) -> str:
    """Speed scale and symbol key below the map, where it hides nothing."""
    labels = [f"<{SPEED_EDGES[0]:g}"]
    labels += [f"{a:g}–{b:g}" for a, b in itertools.pairwise(SPEED_EDGES)]
    labels.append(f"≥{SPEED_EDGES[-1]:g}")
    out = [f'<g class="legend" transform="translate({MAP_PAD:.0f},{top:.1f})">']
    out.append(f'<text x="0" y="14">speed {units.speed_label}</text>')
    for i, (label, colour) in enumerate(zip(labels, SPEED_COLOURS, strict=True)):
        x = 78 + i * 58
        out.append(f'<rect x="{x}" y="4" width="52" height="12" fill="{colour}"/>')
        out.append(f'<text x="{x + 26}" y="30" text-anchor="middle">{label}</text>')
    out.append(
        '<line class="violation" x1="0" y1="46" x2="26" y2="46"/>'
        '<text x="32" y="50">violation</text>'
        '<line class="offroute" x1="104" y1="46" x2="130" y2="46"/>'
        '<text x="136" y="50">off route</text>'
        '<line class="route" x1="208" y1="46" x2="234" y2="46"/>'
        '<text x="240" y="50">roadbook route</text>'
        '<circle class="clear" cx="352" cy="46" r="6"/><text x="364" y="50">clear radius</text>'
        '<path class="cross" d="M446 40L458 52M446 52L458 40"/>'
        '<text x="464" y="50">missed</text>'
        '<circle cx="520" cy="46" r="3" class="boxdot"/><text x="528" y="50">box</text>'
    )
    out.append("</g>")
    return "\n".join(out)


def map_svg(roadbook: Roadbook, crews: Sequence[_Crew]) -> str:
    """The map as one inline SVG element (``id="map"``)."""
    fitted = _map_frame(roadbook, crews)
    if fitted is None:
        return (
            f'<svg id="map" xmlns="{SVG_NS}" viewBox="0 0 {MAP_WIDTH:.0f} 60">'
            '<text x="20" y="35">no positions to draw</text></svg>'
        )
    frame, height = fitted
    total = height + LEGEND_HEIGHT
    out = [
        f'<svg id="map" xmlns="{SVG_NS}" viewBox="0 0 {MAP_WIDTH:.0f} {total:.0f}" '
        f'data-scale="{frame.scale:.6g}">',
        f'<rect class="bg" x="0" y="0" width="{MAP_WIDTH:.0f}" height="{height:.1f}"/>',
    ]
    route = roadbook.route
    if route is not None and len(route) >= 2:
        idx = decimate(len(route), MAX_ROUTE_POINTS)
        sx, sy = frame.to_svg(route.lat[idx], route.lon[idx])
        out.append(f'<polyline class="route" points="{_points(sx, sy)}"/>')
    out += [_crew_layer(frame, c) for c in crews]
    # Boxes under the waypoints: a waypoint's circle and cross sit on its box's dot.
    out.append(_box_layer(frame, roadbook))
    out.append(_waypoint_layer(frame, crews))
    out.append(_north_arrow())
    out.append(_scale_bar(frame, height))
    out.append(_legend(height, roadbook.units))
    out.append("</svg>")
    return "\n".join(out)


def _north_arrow() -> str:
    x, y = MAP_PAD, MAP_PAD
    return (
        f'<g class="north"><path d="M{x} {y + 22}L{x + 7} {y + 26}L{x} {y}L{x - 7} {y + 26}Z"/>'
        f'<text x="{x}" y="{y + 40}" text-anchor="middle">N</text></g>'
    )


# --------------------------------------------------------------------------- the profile


@dataclass(frozen=True)
class _Axes:
    """Data to SVG units for the profile plot."""

    x_max: float
    y_max: float

    @property
    def width(self) -> float:
        return PROFILE_WIDTH - PROFILE_MARGIN[0] - PROFILE_MARGIN[1]

    @property
    def height(self) -> float:
        return PROFILE_HEIGHT - PROFILE_MARGIN[2] - PROFILE_MARGIN[3]

    def x(self, v: FloatArray | float) -> FloatArray:
        return np.asarray(PROFILE_MARGIN[0] + np.asarray(v) / self.x_max * self.width)

    def y(self, v: FloatArray | float) -> FloatArray:
        return np.asarray(PROFILE_MARGIN[2] + (1.0 - np.asarray(v) / self.y_max) * self.height)


def _profile_x(crew: _Crew, by_time: bool) -> FloatArray:
    """Seconds since the crew's first fix, or km along its track when not ``by_time``."""
    if by_time:
        return crew.track.time - (crew.start or 0.0)
    if len(crew.track) == 0:
        return np.zeros(0)
    return geodesy.cumulative_m(crew.track.lat, crew.track.lon) / 1000.0


def _nice_step(span: float, ticks: int, steps: Sequence[float]) -> float:
    raw = span / max(ticks, 1)
    return next((s for s in steps if s >= raw), steps[-1])


def profile_svg(crews: Sequence[_Crew], units: Units) -> str:
    """Speed against time (distance when no track has times), one line per crew."""
    by_time = any(c.has_time for c in crews)
    drawable = [c for c in crews if np.isfinite(c.speed).any() and (c.has_time or not by_time)]
    head = f'<svg id="profile" xmlns="{SVG_NS}" viewBox="0 0 {PROFILE_WIDTH:.0f} '
    if not drawable:
        why = NO_TIMES if crews else "no track"
        return head + f'60"><text x="20" y="35">{why}: no speed profile</text></svg>'
    xs = {c.number: _profile_x(c, by_time) for c in drawable}
    x_max = max(float(np.nanmax(xs[c.number])) for c in drawable) or 1.0
    v_max = max(float(np.nanmax(c.speed)) for c in drawable)
    limits = [units.km_to_display(z.limit_kmh) for c in drawable for z in c.review.zones]
    y_max = max(20.0, math.ceil(max([v_max, *limits]) * 1.05 / 20.0) * 20.0)
    ax = _Axes(x_max, y_max)
    out = [head + f'{PROFILE_HEIGHT:.0f}">']
    if by_time:
        out += _zone_shading(ax, drawable, units)
    out += _profile_grid(ax, by_time, units)
    for c in drawable:
        out.append(_profile_line(ax, c, xs[c.number]))
    missing = [c.name for c in crews if c not in drawable]
    if missing:
        note = f"{', '.join(missing)}: {NO_TIMES}"
        out.append(f'<text class="note" x="{PROFILE_MARGIN[0] + 8}" y="34">{escape(note)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def _zone_shading(ax: _Axes, crews: Sequence[_Crew], units: Units) -> list[str]:
    """Each zone's time span shaded with its limit drawn across it."""
    out: list[str] = []
    labelled: set[int] = set()
    for c in crews:
        for z in c.review.zones:
            if z.entered is None or z.left is None or c.start is None:
                continue
            x0, x1 = float(ax.x(z.entered - c.start)), float(ax.x(z.left - c.start))
            y = float(ax.y(units.km_to_display(z.limit_kmh)))
            label = f"zone {z.start_box}–{z.end_box or '?'}: {z.limit_kmh:g} km/h ({c.name})"
            limit = units.km_to_display(z.limit_kmh)
            # One limit figure per zone: the crews' shadings overlap.
            figure = (
                ""
                if z.start_box in labelled
                else f'<text x="{x0 + 2:.1f}" y="{y - 4:.1f}">{limit:g}</text>'
            )
            out.append(
                f'<g class="zone"><title>{escape(label)}</title>'
                f'<rect x="{x0:.1f}" y="{PROFILE_MARGIN[2]}" width="{max(x1 - x0, 1.5):.1f}" '
                f'height="{ax.height:.1f}"/>'
                f'<line class="limit" x1="{x0:.1f}" y1="{y:.1f}" x2="{x1:.1f}" y2="{y:.1f}"/>'
                f"{figure}</g>"
            )
            labelled.add(z.start_box)
    return out


def _profile_grid(ax: _Axes, by_time: bool, units: Units) -> list[str]:
    left, top = PROFILE_MARGIN[0], PROFILE_MARGIN[2]
    bottom = top + ax.height
    out = ['<g class="grid">']
    y_step = _nice_step(ax.y_max, 6, (10.0, 20.0, 25.0, 50.0, 100.0))
    for v in np.arange(0.0, ax.y_max + 1e-9, y_step):
        y = float(ax.y(v))
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + ax.width}" y2="{y:.1f}"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{v:g}</text>')
    if by_time:
        steps = (60.0, 300.0, 600.0, 900.0, 1800.0, 3600.0, 7200.0, 14400.0, 43200.0)
        x_step = _nice_step(ax.x_max, 10, steps)
    else:
        x_step = _nice_step(ax.x_max, 10, (0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0))
    for v in np.arange(0.0, ax.x_max + 1e-9, x_step):
        x = float(ax.x(v))
        label = _hms(float(v))[:-3] if by_time else f"{v:g}"
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom:.1f}"/>')
        out.append(f'<text x="{x:.1f}" y="{bottom + 16:.1f}" text-anchor="middle">{label}</text>')
    x_label = "time since the first fix (h:mm)" if by_time else "distance along the track (km)"
    out.append(
        f'<text x="{left + ax.width / 2:.1f}" y="{PROFILE_HEIGHT - 4:.1f}" '
        f'text-anchor="middle">{x_label}</text>'
        f'<text x="14" y="{top + ax.height / 2:.1f}" text-anchor="middle" '
        f'transform="rotate(-90 14 {top + ax.height / 2:.1f})">{units.speed_label}</text>'
    )
    out.append(
        f'<rect class="frame" x="{left}" y="{top}" width="{ax.width}" height="{ax.height}"/>'
    )
    out.append("</g>")
    return out


def _profile_line(ax: _Axes, crew: _Crew, x: FloatArray) -> str:
    """The crew's speed line (bucket maxima, so peaks survive) with violations in red."""
    n = len(crew.track)
    idx = decimate(n, MAX_PROFILE_POINTS)
    with np.errstate(invalid="ignore"):
        peak = np.fmax.reduceat(crew.speed, idx) if len(idx) else crew.speed[:0]
    ok = np.isfinite(peak) & np.isfinite(x[idx])
    px, py = ax.x(x[idx][ok]), ax.y(peak[ok])
    out = [
        f'<g class="speedline"><title>{escape(crew.name)}</title>'
        f'<polyline stroke="{crew.colour}" points="{_points(px, py)}"/>'
    ]
    for z in crew.review.zones:
        for v in z.violations:
            a, b = max(v.start_index, 0), min(v.end_index, n - 1)
            sel = np.arange(a, b + 1)
            sel = sel[np.isfinite(crew.speed[sel]) & np.isfinite(x[sel])]
            if len(sel) == 0:
                continue
            sel = sel[decimate(len(sel), MAX_HIGHLIGHT_POINTS)]
            vx, vy = ax.x(x[sel]), ax.y(crew.speed[sel])
            out.append(f'<polyline class="violation" points="{_points(vx, vy)}"/>')
    out.append("</g>")
    return "\n".join(out)


# --------------------------------------------------------------------------- tables


def _table(
    caption: str, head: Sequence[str], rows: Sequence[Sequence[str]], cls: str = "", left: int = 1
) -> str:
    """A table of already-escaped cells (a :class:`_Row` carries a row class).

    The first ``left`` columns hold text and are aligned left; the rest are numbers.
    """
    if not rows:
        return f'<h3>{escape(caption)}</h3><p class="none">None.</p>'

    def cell(tag: str, i: int, c: str) -> str:
        return f'<{tag} class="text">{c}</{tag}>' if i < left else f"<{tag}>{c}</{tag}>"

    th = "".join(cell("th", i, h) for i, h in enumerate(head))
    body = []
    for r in rows:
        row_cls = r.cls if isinstance(r, _Row) else ""
        attr = f' class="{row_cls}"' if row_cls else ""
        body.append(f"<tr{attr}>" + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>")
    table_cls = f' class="{cls}"' if cls else ""
    return (
        f"<h3>{escape(caption)}</h3><table{table_cls}><thead><tr>{th}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )


class _Row(tuple[str, ...]):
    """Table cells with a CSS class for the row."""

    cls: str

    def __new__(cls, cells: Iterable[str], row_class: str = "") -> _Row:
        row = super().__new__(cls, cells)
        row.cls = row_class
        return row


def _header_html(roadbook: Roadbook, crews: Sequence[_Crew]) -> str:
    starts = [c.start for c in crews if c.start is not None]
    date = datetime.fromtimestamp(min(starts), UTC).strftime("%Y-%m-%d") if starts else DASH
    d = roadbook.units.distance_label
    names = ", ".join(escape(c.name) for c in crews) or DASH
    rows = []
    for c in crews:
        s = c.review.summary
        elapsed = _hms(s.elapsed_s) if c.has_time else NO_TIMES
        rows.append(
            _Row(
                [
                    f'<span class="swatch" style="background:{c.colour}"></span>{escape(c.name)}',
                    _num(roadbook.units.km_to_display(s.driven_km), 2),
                    elapsed,
                    f"{s.validated} / {s.missed}",
                    str(s.violations),
                    _penalty(s.penalty_s, s.excluded),
                ],
                "bad" if s.excluded else "",
            )
        )
    head = ["Crew", f"Driven {d}", "Elapsed", "Validated / missed", "Violations", "Penalty"]
    return (
        f"<header><h1>{escape(roadbook.name or 'Stage')}</h1>"
        f'<p class="meta">Crews: {names} · Date: {date} · Roadbook '
        f"{roadbook.units.km_to_display(roadbook.total_km):.2f} {d}, {len(roadbook.boxes)} boxes"
        " · Clock times are UTC</p></header>"
        f'<section id="summary">{_table("Summary", head, rows, "summary")}</section>'
    )


def _crew_html(crew: _Crew) -> str:
    r = crew.review
    notes = "".join(f"<li>{escape(n)}</li>" for n in r.notes)
    return "\n".join(
        [
            f'<section class="crew"><h2><span class="swatch" style="background:{crew.colour}">'
            f"</span>{escape(crew.name)}</h2>",
            f'<ul class="notes">{notes}</ul>' if notes else "",
            f'<p class="notes">{NO_TIMES}: times, speeds, zones and stops cannot be judged.</p>'
            if not crew.has_time
            else "",
            _waypoint_table(crew),
            _zone_table(crew),
            _off_route_table(crew),
            _stop_table(crew),
            _neutral_table(crew),
            _section_table(crew),
            "</section>",
        ]
    )


def _time_cell(crew: _Crew, t: float | None) -> str:
    return _clock(t) if crew.has_time else NO_TIMES


def _waypoint_table(crew: _Crew) -> str:
    rows = [
        _Row(
            [
                str(w.box),
                escape(w.label),
                w.status.value,
                _num(w.closest_m, 0),
                _time_cell(crew, w.time),
            ],
            "bad" if w.status is WaypointStatus.MISSED else "",
        )
        for w in crew.review.waypoints
    ]
    return _table("Waypoints", ["Box", "Waypoint", "Status", "Closest m", "Time"], rows, left=3)


def _zone_table(crew: _Crew) -> str:
    if not crew.has_time:
        return f'<h3>Speed zones</h3><p class="none">{NO_TIMES}</p>'
    u = crew.units
    rows: list[_Row] = []
    for z in crew.review.zones:
        zone = [
            f"{z.start_box}–{z.end_box if z.end_box is not None else '?'}",
            _num(u.km_to_display(z.limit_kmh), 0),
            _clock(z.entered),
            _clock(z.left),
            _num(u.km_to_display(z.max_kmh), 1),
        ]
        if not z.violations:
            rows.append(_Row([*zone, "none", "", "", ""]))
        for v in z.violations:
            cells = [_clock(v.start), _clock(v.end), _num(u.km_to_display(v.max_kmh), 1)]
            rows.append(_Row([*zone, *cells, _penalty(v.penalty_s)], "bad"))
    s = u.speed_label
    head = ["Zone", f"Limit {s}", "Entered", "Left", f"Zone max {s}"]
    head += ["Violation start", "End", f"Peak {s}", "Penalty"]
    return _table("Speed zones", head, rows)


def _off_route_table(crew: _Crew) -> str:
    rows = [
        _Row(
            [
                _time_cell(crew, o.start),
                _time_cell(crew, o.end),
                _hms(o.end - o.start) if o.start is not None and o.end is not None else DASH,
                _num(o.max_m, 0),
            ]
        )
        for o in crew.review.off_route
    ]
    return _table("Off route", ["Start", "End", "Duration", "Farthest m"], rows)


def _stop_table(crew: _Crew) -> str:
    if not crew.has_time:
        return f'<h3>Stops</h3><p class="none">{NO_TIMES}</p>'
    rows = [
        _Row([_clock(s.start), _clock(s.end), _hms(s.end - s.start), str(s.box)])
        for s in crew.review.stops
    ]
    return _table("Stops", ["Start", "End", "Duration", "After box"], rows)


def _neutral_table(crew: _Crew) -> str:
    rows = [
        _Row(
            [
                str(n.start_box),
                str(n.end_box) if n.end_box is not None else DASH,
                _hms(n.required_s),
                _hms(n.taken_s) if crew.has_time else NO_TIMES,
                _mss(n.early_s) if n.early_s > 0 else "on time",
            ],
            "bad" if n.early_s > 0 else "",
        )
        for n in crew.review.neutralizations
    ]
    return _table("Neutralisations", ["DN box", "FN box", "Required", "Taken", "Early by"], rows)


def _section_table(crew: _Crew) -> str:
    u = crew.units
    d, s = u.distance_label, u.speed_label
    rows = [_section_row(sec, crew, u) for sec in crew.review.sections]
    head = ["From", "To", f"Roadbook {d}", f"Driven {d}", f"Drift {d}", "Time"]
    head += [f"Avg {s}", f"Max {s}"]
    return _table("Sections", head, rows, "sections")


def _section_row(sec: Section, crew: _Crew, u: Units) -> _Row:
    drift = _dist(sec.drift_km, u)
    return _Row(
        [
            str(sec.from_box),
            str(sec.to_box),
            _num(u.km_to_display(sec.partial_km), 2),
            _num(_dist(sec.driven_km, u), 2),
            DASH if drift is None else f"{round(drift, 2) + 0.0:+.2f}",  # no "-0.00"
            _hms(sec.time_s) if crew.has_time else NO_TIMES,
            _num(_dist(sec.avg_kmh, u), 1),
            _num(_dist(sec.max_kmh, u), 1),
        ],
        "warn" if drift is not None and abs(drift) >= 0.1 else "",
    )


def _comparison_html(comp: Comparison) -> str:
    names = [escape(n) for n in comp.names]
    box_rows = []
    for i, per_crew in enumerate(comp.box_elapsed_s):
        if any(t is not None for t in per_crew):
            best = min((t for t in per_crew if t is not None), default=None)
            cells = [
                _hms(t) if t is None or best is None else f"{_hms(t)} ({_gap(t - best)})"
                for t in per_crew
            ]
            box_rows.append(_Row([str(i + 1), *cells]))
    losses = _biggest_losses(comp)
    sec_rows = []
    for k, g in enumerate(comp.sections):
        cells = [f"{g.from_box}–{g.to_box}"]
        for c, (t, gap) in enumerate(zip(g.times_s, g.gaps_s, strict=True)):
            cls = ' class="loss"' if (k, c) in losses else ""
            cells.append(f"<span{cls}>{_hms(t)} ({_gap(gap)})</span>")
        sec_rows.append(_Row(cells))
    sec_rows.append(_Row(["Total gap", *(_gap(t) for t in comp.total_gap_s)], "total"))
    return (
        '<section id="comparison"><h2>Crew comparison</h2>'
        + _table("Time since the start at each box (gap to the leader)", ["Box", *names], box_rows)
        + _table("Sections: time (gap to the fastest)", ["Section", *names], sec_rows)
        + f'<p class="hint">Highlighted: each crew\'s {LOSSES_HIGHLIGHTED} biggest losses.</p>'
        + "</section>"
    )


def _biggest_losses(comp: Comparison) -> set[tuple[int, int]]:
    """(section, crew) pairs of each crew's largest positive gaps."""
    out: set[tuple[int, int]] = set()
    for c in range(len(comp.names)):
        gaps = [(g.gaps_s[c], k) for k, g in enumerate(comp.sections)]
        lost = sorted(((v, k) for v, k in gaps if v is not None and v >= 1.0), reverse=True)
        out.update((k, c) for _v, k in lost[:LOSSES_HIGHLIGHTED])
    return out


_CSS = """
:root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; }
body { max-width: 1100px; margin: 0 auto; padding: 16px 24px; font-size: 14px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 28px 0 8px;
  border-bottom: 2px solid #e5e7eb; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.meta, .hint, .none { color: #4b5563; margin: 4px 0; }
table { border-collapse: collapse; margin: 4px 0 8px; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #d1d5db; padding: 3px 8px; text-align: right; white-space: nowrap; }
th { background: #f3f4f6; font-weight: 600; }
td.text, th.text { text-align: left; }
tr.bad td { background: #fee2e2; } tr.warn td { background: #fef9c3; }
tr.total td { font-weight: 600; }
span.loss { background: #fecaca; font-weight: 600; padding: 0 3px; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; border-radius: 2px; }
ul.notes, p.notes { color: #92400e; }
svg { width: 100%; height: auto; display: block; font-size: 12px; }
#map .bg { fill: #fbfaf7; stroke: #d1d5db; }
#map .route { fill: none; stroke: #9ca3af; stroke-width: 7; stroke-linejoin: round;
  stroke-linecap: round; opacity: 0.45; }
#map .casing { fill: none; stroke-width: 4.5; stroke-linejoin: round; opacity: 0.55; }
#map path.speed { fill: none; stroke-width: 2.2; stroke-linejoin: round; stroke-linecap: round; }
#map .violation, #profile .violation { fill: none; stroke: #e11d48; stroke-width: 6;
  stroke-linecap: round; opacity: 0.85; }
#map .offroute { fill: none; stroke: #c026d3; stroke-width: 12; stroke-linecap: round;
  stroke-linejoin: round; opacity: 0.45; }
#map .clear { fill: rgba(37, 99, 235, 0.10); stroke: #2563eb; stroke-width: 1;
  stroke-dasharray: 3 2; }
#map .centre { fill: #2563eb; }
#map .missed .clear { fill: rgba(225, 29, 72, 0.12); stroke: #e11d48; }
#map .missed .centre { fill: #e11d48; }
#map .cross { stroke: #e11d48; stroke-width: 3; fill: none; }
#map .wplabel { font-size: 11px; font-weight: 600; fill: #1e3a8a; paint-order: stroke;
  stroke: #fff; stroke-width: 3px; }
#map .missed .wplabel { fill: #be123c; }
#map .boxes circle, #map .boxdot { fill: #fff; stroke: #374151; stroke-width: 1.2; }
#map .boxes text { font-size: 9px; fill: #374151; paint-order: stroke; stroke: #fff;
  stroke-width: 2.5px; }
#map .north path { fill: #374151; } #map .north text { font-weight: 700; }
#map #scalebar line { stroke: #111827; stroke-width: 2; }
#map .legend text { font-size: 11px; }
#map .legend .route, #map .legend .offroute { stroke-width: 7; }
#profile .grid line { stroke: #e5e7eb; } #profile .grid text { fill: #4b5563; font-size: 11px; }
#profile .frame { fill: none; stroke: #9ca3af; }
#profile .zone rect { fill: rgba(234, 179, 8, 0.16); }
#profile .zone .limit { stroke: #b45309; stroke-width: 1.5; stroke-dasharray: 5 3; }
#profile .zone text { fill: #b45309; font-size: 11px; font-weight: 600; }
#profile .speedline polyline { fill: none; stroke-width: 1.2; stroke-linejoin: round; }
#profile .violation { stroke-width: 3; }
#profile .note { fill: #92400e; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  section, table, svg { break-inside: avoid; }
  h2 { break-after: avoid; }
}
"""
