"""The report's map as one inline SVG: north up and to scale, the roadbook route, each crew's
track coloured by the speed the review judged (the scale shared with the review map on
screen), violations, off-route periods, waypoint circles, boxes, a scale bar and a legend."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import numpy as np

from navapp.core import format as fmt
from navapp.core import geodesy
from navapp.core.model import FloatArray, Roadbook, Track, Units
from navapp.core.navstate import WaypointStatus
from navapp.core.review_model import WaypointOutcome
from navapp.core.speedscale import SPEED_COLOURS, speed_bucket, speed_colour, speed_labels
from navapp.io.report.crews import (
    MAX_HIGHLIGHT_POINTS,
    MAX_MAP_SEGMENTS,
    MAX_ROUTE_POINTS,
    SVG_NS,
    Crew,
    decimate,
    points,
    segment_breaks,
)
from navapp.io.report.map_tiles import MapLayer, attribution_svg, tile_layer

MAP_WIDTH = 1000.0
MAP_MAX_HEIGHT = 760.0
MAP_PAD = 30.0
LEGEND_HEIGHT = 56.0


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

    def to_lonlat(self, sx: FloatArray, sy: FloatArray) -> tuple[FloatArray, FloatArray]:
        """The latitude and longitude of SVG points (the inverse of :meth:`to_svg`)."""
        x = self.x_min + (np.asarray(sx) - self.left) / self.scale
        y = self.y_max - (np.asarray(sy) - self.top) / self.scale
        lat, lon = self.projection.to_latlon(x, y)
        return np.asarray(lat), np.asarray(lon)


@dataclass(frozen=True)
class DrawnMap:
    """The map SVG and what went wrong drawing its map layer (one line each)."""

    svg: str
    warnings: tuple[str, ...] = ()


def map_frame(roadbook: Roadbook, crews: Sequence[Crew]) -> tuple[MapFrame, float] | None:
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


def _speed_paths(frame: MapFrame, crew: Crew) -> list[str]:
    """The crew's track as one path per speed bucket (runs of equal colour joined)."""
    track = crew.track
    n = len(track)
    if n < 2:
        return []
    breaks = segment_breaks(track)
    idx = decimate(n, MAX_MAP_SEGMENTS, [*breaks.tolist(), *(breaks - 1).tolist()])
    sx, sy = frame.to_svg(track.lat[idx], track.lon[idx])
    # A decimated segment shows the highest speed inside it, so short overspeeds stay visible.
    with np.errstate(invalid="ignore"):
        seg_speed = (
            np.fmax.reduceat(crew.speed_kmh, idx[:-1]) if len(idx) > 1 else crew.speed_kmh[:0]
        )
    bucket = speed_bucket(seg_speed, crew.units)
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
    return [
        f'<path class="speed b{b}" stroke="{speed_colour(b)}" d="{"".join(d)}"/>'
        for b, d in sorted(runs.items())
    ]


def _casing_d(frame: MapFrame, crew: Crew) -> str:
    """The whole track as path data, a new sub-path at each segment start."""
    breaks = segment_breaks(crew.track)
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
        f'<polyline class="{cls}" points="{points(sx, sy)}"><title>{escape(tip)}</title></polyline>'
    )


def _crew_layer(frame: MapFrame, crew: Crew) -> str:
    """A crew's coloured track with its off-route periods and violations on top."""
    r = crew.review
    out = [f'<g class="crew" data-crew="{crew.number}"><title>{escape(crew.name)}</title>']
    # Off-route periods as a halo under the track: the speed colours stay readable on top.
    for o in r.off_route:
        tip = (
            f"{crew.name}: off route {fmt.clock(o.start)}–{fmt.clock(o.end)}, up to {o.max_m:.0f} m"
        )
        out.append(_stretch(frame, crew.track, o.start_index, o.end_index, "offroute", tip))
    if len(crew.track) >= 2:
        # A casing in the crew's colour tells crews apart under the shared speed scale.
        out.append(f'<path class="casing" stroke="{crew.colour}" d="{_casing_d(frame, crew)}"/>')
    out += _speed_paths(frame, crew)
    for z in r.zones:
        for v in z.violations:
            tip = (
                f"{crew.name}: {fmt.clock(v.start)}–{fmt.clock(v.end)} max {v.max_kmh:.1f} km/h "
                f"in the {z.limit_kmh:g} zone, penalty {fmt.penalty(v.penalty_s)}"
            )
            out.append(_stretch(frame, crew.track, v.start_index, v.end_index, "violation", tip))
    out.append("</g>")
    return "\n".join(out)


def _waypoint_layer(frame: MapFrame, crews: Sequence[Crew]) -> str:
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
        tip = f"Box {w.box} {w.label}: clear radius {fmt.number(w.clear_m, 0)} m"
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


def _outcome(crew: Crew, k: int, w: WaypointOutcome) -> WaypointOutcome:
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
    labels = speed_labels()
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


def map_svg(roadbook: Roadbook, crews: Sequence[Crew], layer: MapLayer | None = None) -> str:
    """The map as one inline SVG element (``id="map"``), on ``layer`` when given."""
    return draw_map(roadbook, crews, layer).svg


def draw_map(roadbook: Roadbook, crews: Sequence[Crew], layer: MapLayer | None = None) -> DrawnMap:
    """The map (see :func:`map_svg`) and the warnings of its map layer."""
    fitted = map_frame(roadbook, crews)
    if fitted is None:
        return DrawnMap(
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
    tiles = None
    if layer is not None:
        tiles = tile_layer(frame, MAP_WIDTH, height, layer)
        out.append(tiles.svg)
    route = roadbook.route
    if route is not None and len(route) >= 2:
        idx = decimate(len(route), MAX_ROUTE_POINTS)
        sx, sy = frame.to_svg(route.lat[idx], route.lon[idx])
        out.append(f'<polyline class="route" points="{points(sx, sy)}"/>')
    out += [_crew_layer(frame, c) for c in crews]
    # Boxes under the waypoints: a waypoint's circle and cross sit on its box's dot.
    out.append(_box_layer(frame, roadbook))
    out.append(_waypoint_layer(frame, crews))
    out.append(_north_arrow())
    if layer is not None and tiles is not None and tiles.embedded:
        out.append(attribution_svg(layer.source, MAP_WIDTH, height))
    out.append(_scale_bar(frame, height))
    out.append(_legend(height, roadbook.units))
    out.append("</svg>")
    return DrawnMap("\n".join(out), tiles.warnings if tiles is not None else ())


def _north_arrow() -> str:
    x, y = MAP_PAD, MAP_PAD
    return (
        f'<g class="north"><path d="M{x} {y + 22}L{x + 7} {y + 26}L{x} {y}L{x - 7} {y + 26}Z"/>'
        f'<text x="{x}" y="{y + 40}" text-anchor="middle">N</text></g>'
    )
