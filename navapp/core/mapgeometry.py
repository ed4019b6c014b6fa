"""A stage and its tracks in a local metric plane, ready for a map to draw (no Qt here).

:class:`RoadbookPlane` projects the roadbook once (route, boxes, waypoints, speed zones);
:class:`TrackPlane` projects a crew's track once and simplifies it at a few tolerances
(Douglas–Peucker, vectorised in shapely) so a map draws the level whose tolerance is under a
pixel; a grid of cells finds the track point nearest a click. The review map turns these
arrays into Qt paths; everything here is tested without a display.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
import shapely

from navapp.core import geodesy
from navapp.core.model import Roadbook, Track, WaypointType
from navapp.core.zones import speed_zones

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
# xmin, ymin, xmax, ymax in metres
Extent = tuple[float, float, float, float]

# Simplification tolerances (m) of the prebuilt levels, finest first.
LEVEL_TOLERANCES_M: tuple[float, ...] = (0.5, 2.0, 8.0, 32.0, 128.0, 512.0, 2048.0)
GRID_CELL_M = 40.0
MAX_GRID_CELLS = 4096  # beyond this many cells a pick searches a simplified level instead


@dataclass(frozen=True)
class SimplifiedLevel:
    """A polyline simplified at one tolerance: kept vertices, their input indices and whether
    each starts a piece."""

    tolerance_m: float
    x: FloatArray
    y: FloatArray
    index: IntArray
    first: BoolArray


def simplify_levels(
    x: FloatArray,
    y: FloatArray,
    piece: IntArray,
    tolerances: Sequence[float] = LEVEL_TOLERANCES_M,
) -> list[SimplifiedLevel]:
    """Douglas–Peucker levels of a polyline cut into pieces (track segments).

    ``piece`` numbers the piece of each vertex (non-decreasing). Returns, per tolerance, the
    kept vertices, their indices in the input and whether each kept vertex starts a piece.
    The index travels as the Z coordinate, which GEOS keeps on the vertices it retains.
    """
    n = len(x)
    idx = np.arange(n, dtype=np.float64)
    counts = np.bincount(piece) if n else np.zeros(0, dtype=np.int64)
    keep = counts[piece] >= 2 if n else np.zeros(0, dtype=bool)
    lines = shapely.linestrings(np.column_stack([x[keep], y[keep], idx[keep]]), indices=piece[keep])
    lines = lines[~shapely.is_missing(lines)] if len(lines) else lines
    out = []
    for tol in tolerances:
        simple = shapely.simplify(lines, tol, preserve_topology=False)
        coords, which = shapely.get_coordinates(simple, include_z=True, return_index=True)
        first = np.ones(len(which), dtype=bool)
        first[1:] = which[1:] != which[:-1]
        out.append(
            SimplifiedLevel(
                float(tol),
                coords[:, 0].copy(),
                coords[:, 1].copy(),
                coords[:, 2].astype(np.int64),
                first,
            )
        )
    return out


def segment_runs(
    x: FloatArray, y: FloatArray, seg: IntArray
) -> tuple[FloatArray, FloatArray, BoolArray]:
    """The segments ``seg[k]`` (vertex ``seg[k]`` to ``seg[k] + 1``) as polyline vertices.

    Runs of consecutive segments become one polyline; ``connect[i]`` says whether vertex ``i``
    joins the one before (else it starts a new polyline).
    """
    if len(seg) == 0:
        z = np.zeros(0, dtype=np.float64)
        return z, z.copy(), np.zeros(0, dtype=bool)
    start = np.ones(len(seg), dtype=bool)
    start[1:] = seg[1:] != seg[:-1] + 1
    end_pos = np.cumsum(1 + start.astype(np.int64)) - 1
    n = int(end_pos[-1]) + 1
    ex, ey = np.empty(n), np.empty(n)
    connect = np.ones(n, dtype=bool)
    ex[end_pos], ey[end_pos] = x[seg + 1], y[seg + 1]
    start_pos = end_pos[start] - 1
    ex[start_pos], ey[start_pos] = x[seg[start]], y[seg[start]]
    connect[start_pos] = False
    return ex, ey, connect


RUN_LENGTH = 16  # segments in a box of a SegmentIndex, and boxes in a box of the tier above


class SegmentIndex:
    """The segments of a polyline near a rectangle, found with work that grows with what is
    found rather than with the polyline.

    Consecutive segments of a track lie close together, so runs of :data:`RUN_LENGTH`
    segments get a bounding box, runs of those boxes a box of their own, and so on up to a
    few boxes; a query walks down from the top through the boxes that meet the rectangle and
    ends with a test of each segment left. Segment k joins vertices k and k + 1; segments
    not ``drawn`` are never found.
    """

    def __init__(self, x: FloatArray, y: FloatArray, drawn: BoolArray | None = None) -> None:
        self.x, self.y = x, y
        nseg = max(len(x) - 1, 0)
        self.drawn: BoolArray = (
            np.ones(nseg, dtype=bool) if drawn is None else np.asarray(drawn, dtype=bool)
        )
        # Box of every run of segments; a run with nothing drawn gets an empty (inverted) box.
        x0 = np.where(self.drawn, np.minimum(x[:-1], x[1:]), np.inf) if nseg else np.zeros(0)
        y0 = np.where(self.drawn, np.minimum(y[:-1], y[1:]), np.inf) if nseg else np.zeros(0)
        x1 = np.where(self.drawn, np.maximum(x[:-1], x[1:]), -np.inf) if nseg else np.zeros(0)
        y1 = np.where(self.drawn, np.maximum(y[:-1], y[1:]), -np.inf) if nseg else np.zeros(0)
        boxes = np.column_stack([x0, y0, x1, y1]) if nseg else np.zeros((0, 4))
        self._tiers: list[FloatArray] = []  # coarsest first; the last holds runs of segments
        while len(boxes) > 1:
            boxes = _run_boxes(boxes)
            self._tiers.insert(0, boxes)
            if len(boxes) <= RUN_LENGTH:
                break

    def __len__(self) -> int:
        return len(self.drawn)

    def query(self, x0: float, y0: float, x1: float, y1: float) -> IntArray:
        """Indices (ascending) of the drawn segments whose bounding box meets the rectangle."""
        nseg = len(self.drawn)
        if nseg == 0:
            return np.zeros(0, dtype=np.int64)
        cand = np.arange(len(self._tiers[0]) if self._tiers else nseg, dtype=np.int64)
        below = [len(t) for t in self._tiers[1:]] + [nseg] if self._tiers else []
        for tier, n_below in zip(self._tiers, below, strict=True):
            b = tier[cand]
            hit = cand[(b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1) & (b[:, 3] >= y0)]
            # The children of each box hit: the next tier's boxes, or segments at the bottom.
            cand = (hit[:, None] * RUN_LENGTH + np.arange(RUN_LENGTH)).ravel()
            cand = cand[cand < n_below]
        sx, sy = self.x[cand], self.y[cand]
        ex, ey = self.x[cand + 1], self.y[cand + 1]
        meet = (
            self.drawn[cand]
            & (np.minimum(sx, ex) <= x1)
            & (np.maximum(sx, ex) >= x0)
            & (np.minimum(sy, ey) <= y1)
            & (np.maximum(sy, ey) >= y0)
        )
        return cand[meet]

    def runs(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        group: IntArray,
        tolerance_m: float = 0.0,
    ) -> Runs:
        """The drawn segments near the rectangle as :func:`block_runs` polylines, split where
        ``group`` (one value a segment) changes. With a ``tolerance_m``, each run is simplified
        within it and whole blocks are taken: a block comes out the same in every view."""
        seg = self.query(x0, y0, x1, y1)
        if tolerance_m > 0 and len(seg):
            blocks = np.unique(seg // RUN_LENGTH)
            seg = (blocks[:, None] * RUN_LENGTH + np.arange(RUN_LENGTH)).ravel()
            seg = seg[seg < len(self.drawn)]
            seg = seg[self.drawn[seg]]
        return block_runs(self.x, self.y, seg, group[seg], tolerance_m)


def _run_boxes(boxes: FloatArray) -> FloatArray:
    """The bounding box of each run of :data:`RUN_LENGTH` consecutive ``boxes``."""
    starts = np.arange(0, len(boxes), RUN_LENGTH)
    return np.column_stack(
        [
            np.minimum.reduceat(boxes[:, 0], starts),
            np.minimum.reduceat(boxes[:, 1], starts),
            np.maximum.reduceat(boxes[:, 2], starts),
            np.maximum.reduceat(boxes[:, 3], starts),
        ]
    )


class Runs(NamedTuple):
    """Polylines as vertex arrays: ``connect[i]`` says whether vertex ``i`` joins the one
    before; ``group`` and ``block`` are those of the run each vertex is on."""

    x: FloatArray
    y: FloatArray
    connect: BoolArray
    group: IntArray
    block: IntArray  # the block of RUN_LENGTH segments (segment // RUN_LENGTH)


def block_runs(
    x: FloatArray, y: FloatArray, seg: IntArray, group: IntArray, tolerance_m: float = 0.0
) -> Runs:
    """The segments ``seg`` (ascending) as polylines, each simplified within ``tolerance_m``.

    A polyline is a run of consecutive segments with the same ``group`` value (``group[k]``
    for segment ``seg[k]``) inside one block of :data:`RUN_LENGTH` segments: the blocks are
    fixed, so a run comes out the same whichever part of the line is asked for.
    """
    if len(seg) == 0:
        z = np.zeros(0, dtype=np.float64)
        none = np.zeros(0, dtype=np.int64)
        return Runs(z, z.copy(), np.zeros(0, dtype=bool), none, none.copy())
    start = np.ones(len(seg), dtype=bool)
    start[1:] = (
        (seg[1:] != seg[:-1] + 1)
        | (group[1:] != group[:-1])
        | (seg[1:] // RUN_LENGTH != seg[:-1] // RUN_LENGTH)
    )
    run = np.cumsum(start) - 1
    # Each run's vertices: the first vertex of each of its segments, then its last end.
    last = np.ones(len(seg), dtype=bool)
    last[:-1] = start[1:]
    n = len(seg) + int(run[-1]) + 1
    vi = np.empty(n, dtype=np.int64)
    vrun = np.empty(n, dtype=np.int64)
    at = np.arange(len(seg)) + run
    vi[at], vrun[at] = seg, run
    at = np.flatnonzero(last) + run[last] + 1
    vi[at], vrun[at] = seg[last] + 1, run[last]
    vx, vy = x[vi], y[vi]
    run_group, run_block = group[start], seg[start] // RUN_LENGTH
    if tolerance_m > 0:
        lines = shapely.linestrings(np.column_stack([vx, vy]), indices=vrun)
        simple = shapely.simplify(lines, tolerance_m, preserve_topology=False)
        coords, vrun = shapely.get_coordinates(simple, return_index=True)
        vx, vy = coords[:, 0].copy(), coords[:, 1].copy()
    connect = np.ones(len(vx), dtype=bool)
    connect[0] = False
    connect[1:] = vrun[1:] == vrun[:-1]
    return Runs(vx, vy, connect, run_group[vrun], run_block[vrun])


def segment_means(values: FloatArray, index: IntArray) -> FloatArray:
    """Mean of the finite ``values`` each simplified segment stands for.

    Segment k joins kept vertices ``index[k]`` and ``index[k + 1]`` and replaces every point
    between them (both ends included); NaN where none of them has a value.
    """
    good = np.isfinite(values)
    csum = np.concatenate([[0.0], np.cumsum(np.where(good, values, 0.0))])
    ccount = np.concatenate([[0], np.cumsum(good)])
    a, b = index[:-1], index[1:] + 1
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray((csum[b] - csum[a]) / (ccount[b] - ccount[a]), dtype=np.float64)


def scale_bar(metres_per_pixel: float, target_px: float = 120.0) -> tuple[float, str]:
    """The longest round length (1, 2 or 5 × 10ⁿ m) within ``target_px``, and its label."""
    target = target_px * metres_per_pixel
    exp = 10 ** math.floor(math.log10(target))
    length = float(max(m * exp for m in (1, 2, 5) if m * exp <= target))
    label = f"{length / 1000:g} km" if length >= 1000 else f"{length:g} m"
    return length, label


class PointGrid:
    """Points binned in square cells (sorted by cell key) for nearest-point queries."""

    def __init__(self, x: FloatArray, y: FloatArray, cell_m: float = GRID_CELL_M) -> None:
        ok = np.isfinite(x) & np.isfinite(y)
        self.cell = cell_m
        self.points = np.flatnonzero(ok)
        px, py = x[ok], y[ok]
        self.x0 = float(px.min()) if len(px) else 0.0
        self.y0 = float(py.min()) if len(py) else 0.0
        ix = ((px - self.x0) // cell_m).astype(np.int64)
        iy = ((py - self.y0) // cell_m).astype(np.int64)
        self.nx = int(ix.max()) + 1 if len(ix) else 1
        self.ny = int(iy.max()) + 1 if len(iy) else 1
        key = ix * self.ny + iy
        order = np.argsort(key, kind="stable")
        self.keys = key[order]
        self.points = self.points[order]

    def cells(self, px: float, py: float, r: float) -> int:
        """How many cells a query of radius ``r`` would visit."""
        return (int(2 * r // self.cell) + 2) ** 2

    def candidates(self, px: float, py: float, r: float) -> IntArray:
        """Indices of the points in the cells within ``r`` of (px, py)."""
        ix0 = max(int((px - r - self.x0) // self.cell), 0)
        ix1 = min(int((px + r - self.x0) // self.cell), self.nx - 1)
        iy0 = max(int((py - r - self.y0) // self.cell), 0)
        iy1 = min(int((py + r - self.y0) // self.cell), self.ny - 1)
        if ix0 > ix1 or iy0 > iy1:
            return np.zeros(0, dtype=np.int64)
        rows = np.arange(ix0, ix1 + 1, dtype=np.int64) * self.ny
        # Within one column of cells the keys of iy0..iy1 are contiguous: one range per column.
        lo = np.searchsorted(self.keys, rows + iy0, side="left")
        hi = np.searchsorted(self.keys, rows + iy1, side="right")
        parts = [self.points[a:b] for a, b in zip(lo.tolist(), hi.tolist(), strict=True) if b > a]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


class TrackPlane:
    """One crew's track in the plane: simplified levels, an axis and a pick index.

    ``axis`` is the value a profile and cursors use for each point: the time (s since the
    epoch) when the track has times, else the distance from its start (m). ``simplified``
    holds the levels finest first, their indices into the whole track.
    """

    def __init__(
        self,
        track: Track,
        projection: geodesy.LocalProjection,
        tolerances: Sequence[float] = LEVEL_TOLERANCES_M,
    ) -> None:
        self.track = track
        n = len(track)
        x, y = projection.to_xy(track.lat, track.lon)
        self.x: FloatArray = np.asarray(x, dtype=np.float64)
        self.y: FloatArray = np.asarray(y, dtype=np.float64)
        self.axis_is_time = track.has_time
        if self.axis_is_time:
            t = np.asarray(track.time, dtype=np.float64)
            ok = np.isfinite(t)
            # Points without a time sit between their neighbours.
            self.axis = t if ok.all() else np.interp(np.arange(n), np.flatnonzero(ok), t[ok])
        else:
            self.axis = geodesy.cumulative_m(track.lat, track.lon)
        piece = np.zeros(n, dtype=np.int64)
        starts = np.asarray(track.segment_starts, dtype=np.int64)
        starts = starts[(starts > 0) & (starts < n)]
        piece[starts] += 1
        piece = np.cumsum(piece)
        ok = np.isfinite(self.x) & np.isfinite(self.y)
        # Invalid points (no fix) are dropped; the piece numbering keeps the break.
        keep = np.flatnonzero(ok)
        self.simplified = [
            replace(lv, index=keep[lv.index])
            for lv in simplify_levels(self.x[keep], self.y[keep], piece[keep], tolerances)
        ]
        self._grid = PointGrid(self.x, self.y)
        self.extent: Extent | None = None
        if len(keep):
            fx, fy = self.x[ok], self.y[ok]
            self.extent = (float(fx.min()), float(fy.min()), float(fx.max()), float(fy.max()))

    def level_number(self, metres_per_pixel: float) -> int:
        """The coarsest level whose tolerance is within a pixel (else the finest, 0)."""
        best = 0
        for k, lv in enumerate(self.simplified):
            if lv.tolerance_m <= metres_per_pixel:
                best = k
        return best

    def nearest(self, x: float, y: float, radius_m: float, pick_px: float) -> int | None:
        """Index of the track point nearest (x, y) within ``radius_m``, else None.

        ``pick_px``: the radius in pixels, so a wide search uses the level drawn at that scale.
        """
        if self._grid.cells(x, y, radius_m) > MAX_GRID_CELLS:
            # Zoomed far out: the level drawn at this scale is within a pixel of the track.
            cand = self.simplified[self.level_number(radius_m / pick_px)].index
        else:
            cand = self._grid.candidates(x, y, radius_m)
        if not len(cand):
            return None
        d2 = (self.x[cand] - x) ** 2 + (self.y[cand] - y) ** 2
        k = int(np.argmin(d2))
        return int(cand[k]) if d2[k] <= radius_m * radius_m else None

    def index_at(self, value: float) -> int:
        """Index of the last point at or before axis ``value`` (clamped)."""
        i = int(np.searchsorted(self.axis, value, side="right")) - 1
        return min(max(i, 0), len(self.axis) - 1)

    def position_at(self, value: float) -> tuple[float, float] | None:
        """Map position (m) at axis ``value``, interpolated between points; None off the track."""
        if not len(self.axis) or not (self.axis[0] <= value <= self.axis[-1]):
            return None
        i = self.index_at(value)
        j = min(i + 1, len(self.axis) - 1)
        span = self.axis[j] - self.axis[i]
        f = (value - self.axis[i]) / span if span > 0 else 0.0
        px = self.x[i] + f * (self.x[j] - self.x[i])
        py = self.y[i] + f * (self.y[j] - self.y[i])
        return (float(px), float(py)) if math.isfinite(px) and math.isfinite(py) else None

    def slice_xy(self, i0: int, i1: int, tolerance_m: float = 2.0) -> tuple[FloatArray, FloatArray]:
        """Points ``i0..i1`` as one simplified polyline (violations, off-route periods)."""
        xs, ys = self.x[i0 : i1 + 1], self.y[i0 : i1 + 1]
        ok = np.isfinite(xs) & np.isfinite(ys)
        xs, ys = xs[ok], ys[ok]
        if len(xs) >= 3:
            line = shapely.simplify(
                shapely.linestrings(xs, ys), tolerance_m, preserve_topology=False
            )
            c = shapely.get_coordinates(line)
            xs, ys = c[:, 0], c[:, 1]
        return xs, ys


@dataclass(frozen=True)
class WaypointMark:
    """A waypoint where the map draws its circles (zone markers are drawn as the zone)."""

    box: int
    label: str
    x: float
    y: float
    open_m: float | None
    clear_m: float | None


@dataclass(frozen=True)
class ZoneLine:
    """A speed zone along the route, from its DZ box to its FZ box, with its limit as text."""

    label: str
    x: FloatArray
    y: FloatArray


class RoadbookPlane:
    """The roadbook in map metres: route, boxes, waypoints and zones (projected once).

    The plane is centred on the route line, else on the boxes; a roadbook with neither gets
    one from the first track added (:meth:`ensure_projection`).
    """

    def __init__(self, roadbook: Roadbook) -> None:
        self.roadbook = roadbook
        self.projection: geodesy.LocalProjection | None = None
        self.route_xy: tuple[FloatArray, FloatArray] | None = None
        self.route_simplified: list[SimplifiedLevel] = []
        self.boxes: list[tuple[int, float, float]] = []
        self.waypoints: list[WaypointMark] = []
        self.zone_lines: list[ZoneLine] = []
        self._geometry: geodesy.RouteGeometry | None = None
        route = roadbook.route
        if route is not None and len(route) >= 2:
            self._geometry = geodesy.RouteGeometry(route.lat, route.lon)
            self.projection = self._geometry.projection
        elif roadbook.has_coordinates:
            placed = [b for b in roadbook.boxes if b.has_position]
            lat = np.array([b.lat for b in placed], dtype=np.float64)
            lon = np.array([b.lon for b in placed], dtype=np.float64)
            self.projection = geodesy.LocalProjection.around(lat, lon)
        if self.projection is not None:
            self._project()

    def ensure_projection(self, track: Track) -> geodesy.LocalProjection:
        """The plane, made from ``track`` when the roadbook could not give one."""
        if self.projection is None:
            ok = np.isfinite(track.lat) & np.isfinite(track.lon)
            self.projection = geodesy.LocalProjection.around(track.lat[ok], track.lon[ok])
            self._project()
        return self.projection

    def to_xy(self, lat: float, lon: float) -> tuple[float, float]:
        """Map metres of a WGS84 position (0, 0 before any projection exists)."""
        if self.projection is None:
            return 0.0, 0.0
        x, y = self.projection.to_xy(lat, lon)
        return float(x), float(y)

    def extent(self) -> Extent | None:
        """What the roadbook covers on the map (route and boxes), None when nothing."""
        xs: list[float] = [b[1] for b in self.boxes]
        ys: list[float] = [b[2] for b in self.boxes]
        if self.route_xy is not None:
            xs += [float(self.route_xy[0].min()), float(self.route_xy[0].max())]
            ys += [float(self.route_xy[1].min()), float(self.route_xy[1].max())]
        if not xs:
            return None
        return min(xs), min(ys), max(xs), max(ys)

    def _project(self) -> None:
        rb = self.roadbook
        if self._geometry is not None:
            gx, gy = self._geometry.x, self._geometry.y
            self.route_xy = (gx, gy)
            self.route_simplified = simplify_levels(gx, gy, np.zeros(len(gx), dtype=np.int64))
        for b in rb.boxes:
            if b.lat is None or b.lon is None:
                continue
            x, y = self.to_xy(b.lat, b.lon)
            self.boxes.append((b.index, x, y))
            for w in b.waypoints:
                if w.type in (WaypointType.DZ, WaypointType.FZ):
                    continue  # zone markers are drawn as the zone itself
                label = f"{w.type.label} {w.name}".strip()
                self.waypoints.append(WaypointMark(b.index, label, x, y, w.open_m, w.clear_m))
        self.zone_lines = self._zone_lines()

    def _zone_lines(self) -> list[ZoneLine]:
        rb = self.roadbook
        out = []
        for zone in speed_zones(rb.boxes):
            if zone.end_box is None:
                continue
            b, end = rb.boxes[zone.start_box - 1], rb.boxes[zone.end_box - 1]
            if b.lat is None or b.lon is None or end.lat is None or end.lon is None:
                continue
            ax, ay = self.to_xy(b.lat, b.lon)
            bx, by = self.to_xy(end.lat, end.lon)
            xs, ys = [ax], [ay]
            if self._geometry is not None:
                seg = self._geometry.locate(
                    np.array([b.lat, end.lat]), np.array([b.lon, end.lon])
                ).segment
                s0, s1 = int(seg[0]), int(seg[1])
                if s1 >= s0:
                    # The route between the two boxes, ends pinned on the boxes themselves.
                    xs += self._geometry.x[s0 + 1 : s1 + 1].tolist()
                    ys += self._geometry.y[s0 + 1 : s1 + 1].tolist()
            xs.append(bx)
            ys.append(by)
            label = f"{zone.limit_kmh:g} {rb.units.speed_label}"
            out.append(ZoneLine(label, np.array(xs), np.array(ys)))
        return out
