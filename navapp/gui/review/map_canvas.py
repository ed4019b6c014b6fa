"""The review map: route, boxes, waypoints, zones and crews' tracks in a local metric plane.

Everything is projected once, in :class:`MapModel` and :class:`TrackGeometry` (the only users
of :class:`~navapp.core.geodesy.LocalProjection` here); :class:`MapCanvas` draws metres through
one world-to-screen transform, north up, and never sees latitudes except in ``center_on``.

Tracks of millions of points stay smooth: each track is simplified once at a few tolerances
(Douglas–Peucker, vectorised in shapely), each level is cut into chunks with bounding boxes and
one pre-built ``QPainterPath`` per speed colour, and a frame draws only the visible chunks of
the level whose tolerance is under a pixel.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import shapely
from PySide6.QtCore import QByteArray, QDataStream, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolButton, QWidget

from navapp.core import geodesy
from navapp.core.model import Roadbook, Track, Units, WaypointType
from navapp.core.navstate import WaypointStatus
from navapp.core.review_model import Review
from navapp.core.speedscale import (
    SPEED_COLOURS,
    SPEED_EDGES,
    UNKNOWN_SPEED_COLOUR,
    speed_bucket,
)
from navapp.gui.common.map_view import MetricMapView

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# Simplification tolerances (m) of the prebuilt levels, finest first.
LEVEL_TOLERANCES_M: tuple[float, ...] = (0.5, 2.0, 8.0, 32.0, 128.0)
# Outline ("casing") colour of each crew, in the order crews are added.
CREW_COLOURS: tuple[str, ...] = (
    "#102a54",
    "#c2185b",
    "#00796b",
    "#6d4c41",
    "#5e35b1",
    "#455a64",
)
VIOLATION_COLOUR = "#e00000"
OFF_ROUTE_COLOUR = "#b000b5"
ZONE_COLOUR = "#ffb000"
ROUTE_COLOUR = "#a89a80"
MAP_BACKGROUND = "#f3efe6"
VALIDATED_COLOUR = "#0a7a2f"
MISSED_COLOUR = "#d00000"
PENDING_COLOUR = "#2b5c9e"

CHUNK_SEGMENTS = 2048  # segments per drawable chunk of a level
PICK_RADIUS_PX = 14.0  # a click this close to a track picks its nearest point
_GRID_CELL_M = 40.0
_MAX_GRID_CELLS = 4096  # beyond this many cells a pick searches a simplified level instead


def path_from_arrays(x: FloatArray, y: FloatArray, connect: npt.NDArray[np.bool_]) -> QPainterPath:
    """A QPainterPath from vertex arrays without a per-point Python call.

    ``connect[i]`` says whether vertex ``i`` is joined to the one before (else a move-to).
    Built through QDataStream's path format: int32 count, then (int32 type, f64 x, f64 y) per
    element, then int32 cStart and fill rule, all big-endian.
    """
    n = len(x)
    path = QPainterPath()
    if n == 0:
        return path
    arr = np.empty(n, dtype=[("c", ">i4"), ("x", ">f8"), ("y", ">f8")])
    arr["c"] = connect.astype(np.int32)
    arr["c"][0] = 0
    arr["x"] = x
    arr["y"] = y
    data = np.array([n], ">i4").tobytes() + arr.tobytes() + np.array([0, 0], ">i4").tobytes()
    stream = QDataStream(QByteArray(data))
    stream >> path
    return path


def polyline_path(x: FloatArray, y: FloatArray) -> QPainterPath:
    """One connected polyline as a path."""
    return path_from_arrays(x, y, np.ones(len(x), dtype=bool))


def _segments_path(x: FloatArray, y: FloatArray, seg: IntArray) -> QPainterPath:
    """The segments ``seg[k]`` (vertex ``seg[k]`` to ``seg[k] + 1``) as one path.

    Runs of consecutive segments become one polyline (a move-to, then line-tos).
    """
    if len(seg) == 0:
        return QPainterPath()
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
    return path_from_arrays(ex, ey, connect)


@dataclass
class _Chunk:
    """A run of a level's segments: bounding box, whole-run path and one path per colour."""

    bbox: tuple[float, float, float, float]  # xmin, ymin, xmax, ymax in metres
    casing: QPainterPath
    buckets: list[tuple[int, QPainterPath]]


@dataclass
class TrackLevel:
    """A track simplified at one tolerance, ready to draw.

    ``index`` maps each kept vertex to its track point; ``bucket[k]`` is the speed colour of
    segment k (from the mean of the vertex speeds it replaces), -1 where the track breaks.
    """

    tolerance_m: float
    x: FloatArray
    y: FloatArray
    index: IntArray
    bucket: IntArray
    chunks: list[_Chunk] = field(default_factory=list)
    bboxes: FloatArray = field(default_factory=lambda: np.zeros((0, 4)))

    def visible_chunks(self, rect: QRectF) -> list[_Chunk]:
        """The chunks whose box meets ``rect`` (world metres)."""
        b = self.bboxes
        if not len(b):
            return []
        hit = (
            (b[:, 0] <= rect.right())
            & (b[:, 2] >= rect.left())
            & (b[:, 1] <= rect.bottom())
            & (b[:, 3] >= rect.top())
        )
        return [self.chunks[i] for i in np.flatnonzero(hit).tolist()]


def simplify_levels(
    x: FloatArray,
    y: FloatArray,
    piece: IntArray,
    tolerances: Sequence[float] = LEVEL_TOLERANCES_M,
) -> list[tuple[float, FloatArray, FloatArray, IntArray, npt.NDArray[np.bool_]]]:
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
            (
                float(tol),
                coords[:, 0].copy(),
                coords[:, 1].copy(),
                coords[:, 2].astype(np.int64),
                first,
            )
        )
    return out


class _Grid:
    """Points binned in square cells (sorted by cell key) for nearest-point queries."""

    def __init__(self, x: FloatArray, y: FloatArray, cell_m: float = _GRID_CELL_M) -> None:
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


def _smoothed_speed(track: Track, window_s: float = 5.0) -> FloatArray:
    """Speed (km/h) per point: the log's own where given, else positions over a time window."""
    n = len(track)
    speed = np.full(n, np.nan)
    if track.speed is not None:
        speed = np.asarray(track.speed, dtype=np.float64).copy()
    missing = ~np.isfinite(speed)
    if n < 2 or not missing.any() or not track.has_time:
        return speed
    cum = geodesy.cumulative_m(track.lat, track.lon)
    t = track.time
    # Straight displacement over a few seconds: fix-to-fix speeds carry the receiver's noise.
    lo = np.searchsorted(t, t - window_s / 2, side="left").clip(0, n - 1)
    hi = (np.searchsorted(t, t + window_s / 2, side="right") - 1).clip(0, n - 1)
    dt = t[hi] - t[lo]
    with np.errstate(invalid="ignore", divide="ignore"):
        derived = np.where(dt > 0, (cum[hi] - cum[lo]) / dt * 3.6, np.nan)
    speed[missing] = derived[missing]
    return speed


class TrackGeometry:
    """One crew's track, projected once: simplified levels, speeds and a pick index.

    ``axis`` is the value the profile and cursors use for each point: the time (s since the
    epoch) when the track has times, else the distance from its start (m).
    """

    def __init__(
        self,
        track: Track,
        projection: geodesy.LocalProjection,
        tolerances: Sequence[float] = LEVEL_TOLERANCES_M,
        judged_kmh: FloatArray | None = None,
        units: Units = Units.METRIC,
    ) -> None:
        self.track = track
        n = len(track)
        x, y = projection.to_xy(track.lat, track.lon)
        self.x = np.asarray(x, dtype=np.float64)
        self.y = np.asarray(y, dtype=np.float64)
        # The speed the review judged (Review.speed_kmh), coloured on the report's scale.
        if judged_kmh is not None and judged_kmh.shape == (n,):
            self.speed = judged_kmh
        else:
            self.speed = _smoothed_speed(track)
        self.units = units
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
        self.levels: list[TrackLevel] = []
        for tol, lx, ly, lidx, first in simplify_levels(
            self.x[keep], self.y[keep], piece[keep], tolerances
        ):
            self.levels.append(self._level(tol, lx, ly, keep[lidx], first))
        self._grid = _Grid(self.x, self.y)
        finite = self.x[ok], self.y[ok]
        self.bounds = (
            QRectF(
                QPointF(float(finite[0].min()), float(finite[1].min())),
                QPointF(float(finite[0].max()), float(finite[1].max())),
            )
            if len(keep)
            else QRectF()
        )

    def _level(
        self,
        tol: float,
        x: FloatArray,
        y: FloatArray,
        index: IntArray,
        first: npt.NDArray[np.bool_],
    ) -> TrackLevel:
        nseg = max(len(x) - 1, 0)
        sp = self.speed
        good = np.isfinite(sp)
        csum = np.concatenate([[0.0], np.cumsum(np.where(good, sp, 0.0))])
        ccount = np.concatenate([[0], np.cumsum(good)])
        a, b = index[:-1], index[1:] + 1
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = (csum[b] - csum[a]) / (ccount[b] - ccount[a])
        bucket = speed_bucket(mean, self.units) if nseg else np.zeros(0, dtype=np.int64)
        if nseg:
            bucket[first[1:]] = -1  # the step into a new piece is a break, not a segment
        level = TrackLevel(tol, x, y, index, bucket)
        boxes = []
        for c0 in range(0, nseg, CHUNK_SEGMENTS):
            c1 = min(c0 + CHUNK_SEGMENTS, nseg)
            seg = np.arange(c0, c1, dtype=np.int64)
            bk = bucket[c0:c1]
            drawn = seg[bk >= 0]
            if not len(drawn):
                continue
            vx, vy = x[c0 : c1 + 1], y[c0 : c1 + 1]
            paths = [
                (int(k), _segments_path(x, y, drawn[bk[bk >= 0] == k]))
                for k in np.unique(bk[bk >= 0]).tolist()
            ]
            level.chunks.append(
                _Chunk(
                    (float(vx.min()), float(vy.min()), float(vx.max()), float(vy.max())),
                    _segments_path(x, y, drawn),
                    paths,
                )
            )
            boxes.append(level.chunks[-1].bbox)
        level.bboxes = np.array(boxes, dtype=np.float64).reshape(-1, 4)
        return level

    def level_for(self, metres_per_pixel: float) -> TrackLevel:
        """The coarsest level whose tolerance is within a pixel (else the finest)."""
        best = self.levels[0]
        for lv in self.levels:
            if lv.tolerance_m <= metres_per_pixel:
                best = lv
        return best

    def nearest(self, x: float, y: float, radius_m: float) -> int | None:
        """Index of the track point nearest (x, y) within ``radius_m``, else None."""
        if self._grid.cells(x, y, radius_m) > _MAX_GRID_CELLS:
            # Zoomed far out: the level drawn at this scale is within a pixel of the track.
            lv = self.level_for(radius_m / PICK_RADIUS_PX)
            cand = lv.index
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

    def slice_path(self, i0: int, i1: int, tolerance_m: float = 2.0) -> QPainterPath:
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
        return polyline_path(xs, ys)


@dataclass(frozen=True)
class _Zone:
    label: str
    path: QPainterPath
    anchor: QPointF


@dataclass(frozen=True)
class _WaypointMark:
    box: int
    label: str
    x: float
    y: float
    open_m: float | None
    clear_m: float | None


class MapModel:
    """The roadbook in map metres: route, boxes, waypoints and zones (projected once).

    The plane is centred on the route line, else on the boxes; a roadbook with neither gets
    one from the first track added (:meth:`ensure_projection`).
    """

    def __init__(self, roadbook: Roadbook) -> None:
        self.roadbook = roadbook
        self.projection: geodesy.LocalProjection | None = None
        self.route_levels: list[tuple[float, QPainterPath]] = []
        self.route_xy: tuple[FloatArray, FloatArray] | None = None
        self.boxes: list[tuple[int, float, float]] = []
        self.waypoints: list[_WaypointMark] = []
        self.zones: list[_Zone] = []
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

    @property
    def bounds(self) -> QRectF:
        """What the roadbook covers on the map (route and boxes), in metres."""
        xs: list[float] = [b[1] for b in self.boxes]
        ys: list[float] = [b[2] for b in self.boxes]
        if self.route_xy is not None:
            xs += [float(self.route_xy[0].min()), float(self.route_xy[0].max())]
            ys += [float(self.route_xy[1].min()), float(self.route_xy[1].max())]
        if not xs:
            return QRectF()
        return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))

    def route_for(self, metres_per_pixel: float) -> QPainterPath | None:
        """The route line at the coarsest level within a pixel."""
        best = None
        for tol, path in self.route_levels:
            if best is None or tol <= metres_per_pixel:
                best = path
        return best

    def _project(self) -> None:
        assert self.projection is not None
        rb = self.roadbook
        if self._geometry is not None:
            gx, gy = self._geometry.x, self._geometry.y
            self.route_xy = (gx, gy)
            levels = simplify_levels(gx, gy, np.zeros(len(gx), dtype=np.int64))
            self.route_levels = [(tol, polyline_path(lx, ly)) for tol, lx, ly, _i, _f in levels]
        for b in rb.boxes:
            if not b.has_position:
                continue
            assert b.lat is not None and b.lon is not None
            x, y = self.to_xy(b.lat, b.lon)
            self.boxes.append((b.index, x, y))
            for w in b.waypoints:
                if w.type in (WaypointType.DZ, WaypointType.FZ):
                    continue  # zone markers are drawn as the zone itself
                label = f"{w.type.label} {w.name}".strip()
                self.waypoints.append(_WaypointMark(b.index, label, x, y, w.open_m, w.clear_m))
        self._make_zones()

    def _make_zones(self) -> None:
        rb = self.roadbook
        for b in rb.boxes:
            if not (b.starts_zone and b.speed_limit_kmh is not None and b.has_position):
                continue
            end = next((e for e in rb.boxes[b.index :] if e.ends_zone), None)
            if end is None or not end.has_position:
                continue
            assert b.lat is not None and b.lon is not None
            assert end.lat is not None and end.lon is not None
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
            path = polyline_path(np.array(xs), np.array(ys))
            label = f"{b.speed_limit_kmh:g} {rb.units.speed_label}"
            self.zones.append(_Zone(label, path, QPointF(ax, ay)))


@dataclass
class Crew:
    """A track on the map with its review and how it is drawn."""

    name: str
    geometry: TrackGeometry
    review: Review | None
    colour: QColor
    visible: bool = True
    violations: list[QPainterPath] = field(default_factory=list)
    off_route: list[QPainterPath] = field(default_factory=list)
    start: float = 0.0  # first axis value: crews are aligned on it for the cursor


class MapCanvas(MetricMapView):
    """The review map (north up, metres): pan by dragging, zoom with the wheel, Home fits.

    The view is a centre (map metres) and a scale (metres per pixel).
    """

    # The user clicked near a track: the picked point's time on the reference crew's clock.
    time_clicked = Signal(float)
    # (view_changed, from MetricMapView: the centre or scale changed.)

    min_mpp = 0.02

    def __init__(self, roadbook: Roadbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewMap")
        self.model = MapModel(roadbook)
        self.crews: list[Crew] = []
        self._reference = 0
        self._cursor: float | None = None
        self._press: QPointF | None = None
        self._dragged = False
        self.show_legend = True
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(200, 150)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.fit_button = QToolButton(self)
        self.fit_button.setText("Fit")
        self.fit_button.setToolTip("Show the whole stage (Home)")
        self.fit_button.move(8, 8)
        self.fit_button.clicked.connect(self.fit)
        self._small = QFont()
        self._small.setPixelSize(11)
        self._bold = QFont(self._small)
        self._bold.setBold(True)

    # -- crews ------------------------------------------------------------------------------

    def add_crew(self, track: Track, review: Review | None, name: str = "") -> int:
        """Overlay a track (and what its review found); returns its crew index."""
        projection = self.model.ensure_projection(track)
        judged = review.speed_kmh if review is not None else None
        geom = TrackGeometry(track, projection, judged_kmh=judged, units=self.model.roadbook.units)
        colour = QColor(CREW_COLOURS[len(self.crews) % len(CREW_COLOURS)])
        crew = Crew(name or track.name or f"Crew {len(self.crews) + 1}", geom, review, colour)
        crew.start = float(geom.axis[0]) if len(geom.axis) else 0.0
        if review is not None:
            for z in review.zones:
                for v in z.violations:
                    crew.violations.append(geom.slice_path(v.start_index, v.end_index))
            for o in review.off_route:
                crew.off_route.append(geom.slice_path(o.start_index, o.end_index))
        self.crews.append(crew)
        if len(self.crews) == 1:
            self.fit()
        self.update()
        return len(self.crews) - 1

    def set_crew_visible(self, index: int, visible: bool) -> None:
        """Show or hide one crew's track."""
        self.crews[index].visible = visible
        self.update()

    def set_reference(self, index: int) -> None:
        """The crew whose clock the cursor follows and whose waypoint results are shown."""
        self._reference = index
        self.update()

    def reference(self) -> int:
        return self._reference

    # -- view -------------------------------------------------------------------------------

    def fit(self) -> None:
        """Show the roadbook and every visible crew."""
        rect = self.model.bounds
        for c in self.crews:
            if c.visible and not c.geometry.bounds.isNull():
                rect = c.geometry.bounds if rect.isNull() else rect.united(c.geometry.bounds)
        if rect.isNull() and not self.model.boxes:
            return
        self.fit_rect(rect, 60, 60)

    def center_on(self, lat: float, lon: float, metres_per_pixel: float | None = None) -> None:
        """Centre the map on a WGS84 position (optionally at a given scale)."""
        x, y = self.model.to_xy(lat, lon)
        self.set_view(x, y, metres_per_pixel or self._mpp)

    def set_cursor_time(self, t: float | None) -> None:
        """Mark where each crew was at ``t`` (reference clock; others aligned on their start)."""
        self._cursor = t
        self.update()

    def cursor_time(self) -> float | None:
        return self._cursor

    def cursor_position(self, crew: int | None = None) -> tuple[float, float] | None:
        """Map metres of a crew's cursor marker (the reference crew by default)."""
        if self._cursor is None or not self.crews:
            return None
        c = self.crews[self._reference if crew is None else crew]
        ref = self.crews[self._reference]
        return c.geometry.position_at(self._cursor - ref.start + c.start)

    def pick(self, pos: QPointF) -> tuple[int, int] | None:
        """(crew, point index) of the visible track point nearest ``pos``, if close enough."""
        wx, wy = self.screen_to_world(pos)
        radius = PICK_RADIUS_PX * self._mpp
        best: tuple[float, int, int] | None = None
        for ci, c in enumerate(self.crews):
            if not c.visible:
                continue
            i = c.geometry.nearest(wx, wy, radius)
            if i is None:
                continue
            d = math.hypot(c.geometry.x[i] - wx, c.geometry.y[i] - wy)
            if best is None or d < best[0]:
                best = (d, ci, i)
        return None if best is None else (best[1], best[2])

    # -- Qt events ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragged = False
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        d = event.position() - self._press
        if self._dragged or abs(d.x()) + abs(d.y()) > 4:
            self._dragged = True
            self._press = event.position()
            self.pan_by(d.x(), d.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        self.unsetCursor()
        clicked = not self._dragged
        self._press = None
        if clicked:
            hit = self.pick(event.position())
            if hit is not None:
                ci, i = hit
                c, ref = self.crews[ci], self.crews[self._reference]
                # Another crew's point is shown on the reference crew's clock.
                self.time_clicked.emit(float(c.geometry.axis[i]) - c.start + ref.start)

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(MAP_BACKGROUND))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        view = self.visible_rect()
        # Chunks are culled against the view plus the widest pen.
        margin = 12 * self._mpp
        cull = view.adjusted(-margin, -margin, margin, margin)
        p.setTransform(self.transform())
        self._paint_route(p)
        self._paint_circles(p)
        # Casings of every crew first, then the speed colours: a crossing crew never hides
        # another one's colours, and each crew keeps its own outline.
        levels = [(c, c.geometry.level_for(self._mpp)) for c in self.crews if c.visible]
        chunks = [(c, lv.visible_chunks(cull)) for c, lv in levels]
        p.setBrush(Qt.BrushStyle.NoBrush)  # paths are lines: a brush would fill their loops
        for c, visible in chunks:
            pen = _pen(c.colour, 7.0)
            p.setPen(pen)
            for ch in visible:
                p.drawPath(ch.casing)
        pens = [_pen(QColor(col), 3.4) for col in (*SPEED_COLOURS, UNKNOWN_SPEED_COLOUR)]
        for _c, visible in chunks:
            for ch in visible:
                for k, path in ch.buckets:
                    p.setPen(pens[k])
                    p.drawPath(path)
        # Violations and off-route periods go over the colours: they are what one looks for.
        for c in self.crews:
            if c.visible:
                self._paint_crew_marks(p, c)
        p.resetTransform()
        self._paint_boxes(p)
        self._paint_missed(p)
        self._paint_cursor(p)
        self._paint_scale_bar(p)
        if self.show_legend:
            self._paint_legend(p)
        p.end()

    def _paint_route(self, p: QPainter) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        zone_pen = _pen(QColor(ZONE_COLOUR), 16.0, alpha=110)
        for z in self.model.zones:
            p.setPen(zone_pen)
            p.drawPath(z.path)
        route = self.model.route_for(self._mpp)
        if route is not None:
            p.setPen(_pen(QColor(ROUTE_COLOUR), 4.0))
            p.drawPath(route)

    def _paint_circles(self, p: QPainter) -> None:
        statuses = self._statuses()
        for w in self.model.waypoints:
            colour = QColor(
                {
                    WaypointStatus.VALIDATED: VALIDATED_COLOUR,
                    WaypointStatus.MISSED: MISSED_COLOUR,
                }.get(statuses.get(w.box, WaypointStatus.LOCKED), PENDING_COLOUR)
            )
            centre = QPointF(w.x, w.y)
            # The open circle only matters once it is bigger than a dot.
            if w.open_m is not None and math.isfinite(w.open_m) and w.open_m / self._mpp > 6:
                pen = _pen(colour, 1.2, alpha=170)
                pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(centre, w.open_m, w.open_m)
            if w.clear_m is not None and w.clear_m / self._mpp > 2:
                fill = QColor(colour)
                fill.setAlpha(45)
                p.setPen(_pen(colour, 1.5))
                p.setBrush(QBrush(fill))
                p.drawEllipse(centre, w.clear_m, w.clear_m)

    def _paint_crew_marks(self, p: QPainter, c: Crew) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(_pen(QColor(VIOLATION_COLOUR), 6.0, alpha=230))
        for path in c.violations:
            p.drawPath(path)
        pen = _pen(QColor(OFF_ROUTE_COLOUR), 5.0, alpha=220)
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        for path in c.off_route:
            p.drawPath(path)

    def _statuses(self) -> dict[int, WaypointStatus]:
        if not self.crews:
            return {}
        review = self.crews[min(self._reference, len(self.crews) - 1)].review
        if review is None:
            return {}
        out: dict[int, WaypointStatus] = {}
        for w in review.waypoints:
            if w.type in (WaypointType.DZ, WaypointType.FZ):
                continue
            # A box with several waypoints shows its worst result.
            if out.get(w.box) is not WaypointStatus.MISSED:
                out[w.box] = w.status
        return out

    def _paint_boxes(self, p: QPainter) -> None:
        t = self.transform()
        fm = QFontMetricsF(self._small)
        taken: list[QRectF] = []
        statuses = self._statuses()
        wp_labels = {w.box: w.label for w in self.model.waypoints}
        bounds = QRectF(self.rect()).adjusted(-20, -20, 20, 20)
        # Labels are placed in order; one that would overlap an earlier one is left out
        # rather than piled on top of it (zoom in to see it).
        for index, x, y in self.model.boxes:
            pt = t.map(QPointF(x, y))
            if not bounds.contains(pt):
                continue
            wp = wp_labels.get(index)
            colour = QColor("#222222")
            if wp is not None:
                colour = QColor(
                    {
                        WaypointStatus.VALIDATED: VALIDATED_COLOUR,
                        WaypointStatus.MISSED: MISSED_COLOUR,
                    }.get(statuses.get(index, WaypointStatus.LOCKED), PENDING_COLOUR)
                )
            r = 6.5 if wp else 4.5
            p.setPen(QPen(QColor("white"), 1.5))
            p.setBrush(colour)
            p.drawEllipse(pt, r, r)
            text = f"{index}" + (f" {wp}" if wp else "")
            font = self._bold if wp else self._small
            w = QFontMetricsF(font).horizontalAdvance(text) + 6
            rect = QRectF(pt.x() + r + 2, pt.y() - fm.height() / 2 - 1, w, fm.height() + 2)
            if any(rect.intersects(o) for o in taken):
                continue
            taken.append(rect)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(255, 255, 255, 200))
            p.drawRoundedRect(rect, 3, 3)
            p.setFont(font)
            p.setPen(colour if wp else QColor("#222222"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_missed(self, p: QPainter) -> None:
        """A red cross on each missed waypoint and a dashed line to the closest approach."""
        if not self.crews:
            return
        ref = self.crews[min(self._reference, len(self.crews) - 1)]
        if ref.review is None or not ref.visible:
            return
        t = self.transform()
        g = ref.geometry
        for w in ref.review.waypoints:
            if w.status is not WaypointStatus.MISSED:
                continue
            wx, wy = self.model.to_xy(w.lat, w.lon)
            c = t.map(QPointF(wx, wy))
            if 0 <= w.closest_index < len(g.x) and math.isfinite(g.x[w.closest_index]):
                q = t.map(QPointF(float(g.x[w.closest_index]), float(g.y[w.closest_index])))
                pen = QPen(QColor(MISSED_COLOUR), 1.5, Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.drawLine(c, q)
                mid = (c + q) / 2
                text = f"closest {w.closest_m:,.0f} m"
                fm = QFontMetricsF(self._bold)
                rect = QRectF(mid.x() + 6, mid.y() - 8, fm.horizontalAdvance(text) + 8, 17)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(255, 255, 255, 215))
                p.drawRoundedRect(rect, 3, 3)
                p.setFont(self._bold)
                p.setPen(QColor(MISSED_COLOUR))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            s = 9.0
            for width, colour in ((6.0, "white"), (3.0, MISSED_COLOUR)):
                p.setPen(
                    QPen(QColor(colour), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
                )
                p.drawLine(c + QPointF(-s, -s), c + QPointF(s, s))
                p.drawLine(c + QPointF(-s, s), c + QPointF(s, -s))

    def _paint_cursor(self, p: QPainter) -> None:
        if self._cursor is None:
            return
        for ci, c in enumerate(self.crews):
            if not c.visible:
                continue
            pos = self.cursor_position(ci)
            if pos is None:
                continue
            pt = self.world_to_screen(*pos)
            r = 9.0 if ci == self._reference else 6.5
            p.setPen(QPen(QColor("white"), 3.0))
            p.setBrush(c.colour)
            p.drawEllipse(pt, r, r)
            p.setPen(QPen(QColor("black"), 1.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(pt, r + 1.5, r + 1.5)

    def _paint_scale_bar(self, p: QPainter) -> None:
        target = 120 * self._mpp
        exp = 10 ** math.floor(math.log10(target))
        length = max(m * exp for m in (1, 2, 5) if m * exp <= target)
        px = length / self._mpp
        x0, y0 = 12.0, self.height() - 18.0
        label = f"{length / 1000:g} km" if length >= 1000 else f"{length:g} m"
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 210))
        p.drawRoundedRect(QRectF(x0 - 6, y0 - 20, px + 12, 30), 4, 4)
        p.setPen(QPen(QColor("#222222"), 2.0))
        p.drawLine(QPointF(x0, y0), QPointF(x0 + px, y0))
        p.drawLine(QPointF(x0, y0 - 5), QPointF(x0, y0 + 4))
        p.drawLine(QPointF(x0 + px, y0 - 5), QPointF(x0 + px, y0 + 4))
        p.setFont(self._bold)
        p.drawText(QRectF(x0, y0 - 19, px, 14), Qt.AlignmentFlag.AlignCenter, label)

    def _paint_legend(self, p: QPainter) -> None:
        fm = QFontMetricsF(self._small)
        line = fm.height() + 3
        crews = [c for c in self.crews if c.visible]
        keys = [
            ("band", VIOLATION_COLOUR, "over the speed limit"),
            ("dash", OFF_ROUTE_COLOUR, "off route"),
            ("band", ZONE_COLOUR, "speed zone"),
            ("cross", MISSED_COLOUR, "missed waypoint"),
        ]
        w = 196.0
        h = 50 + line * (len(crews) + len(keys)) - 4
        x0, y0 = self.width() - w - 10, 10.0
        p.setPen(QPen(QColor("#9a9080"), 1.0))
        p.setBrush(QColor(255, 255, 255, 225))
        p.drawRoundedRect(QRectF(x0, y0, w, h), 5, 5)
        p.setFont(self._bold)
        p.setPen(QColor("#222222"))
        p.drawText(QPointF(x0 + 8, y0 + 15), f"Speed ({self.model.roadbook.units.speed_label})")
        # The report's colour scale as a row of swatches with its breaks under it.
        sw = (w - 16) / len(SPEED_COLOURS)
        for k, col in enumerate(SPEED_COLOURS):
            p.fillRect(QRectF(x0 + 8 + k * sw, y0 + 21, sw, 9), QColor(col))
        p.setFont(self._small)
        for k, edge in enumerate(SPEED_EDGES):
            cx = x0 + 8 + (k + 1) * sw
            p.drawText(QRectF(cx - 15, y0 + 31, 30, 12), Qt.AlignmentFlag.AlignCenter, f"{edge:g}")
        y = y0 + 58
        for c in crews:
            p.setPen(_pen(c.colour, 6.0, cosmetic=False))
            p.drawLine(QPointF(x0 + 10, y - 4), QPointF(x0 + 34, y - 4))
            p.setPen(_pen(QColor(SPEED_COLOURS[4]), 2.5, cosmetic=False))
            p.drawLine(QPointF(x0 + 10, y - 4), QPointF(x0 + 34, y - 4))
            p.setPen(QColor("#222222"))
            p.drawText(
                QPointF(x0 + 42, y), fm.elidedText(c.name, Qt.TextElideMode.ElideRight, w - 50)
            )
            y += line
        for kind, col, text in keys:
            if kind == "band":
                p.setPen(_pen(QColor(col), 8.0, alpha=150, cosmetic=False))
                p.drawLine(QPointF(x0 + 10, y - 4), QPointF(x0 + 34, y - 4))
            elif kind == "dash":
                pen = _pen(QColor(col), 6.0, alpha=150, cosmetic=False)
                pen.setStyle(Qt.PenStyle.DashLine)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                p.setPen(pen)
                p.drawLine(QPointF(x0 + 10, y - 4), QPointF(x0 + 34, y - 4))
            else:
                p.setPen(QPen(QColor(col), 2.5))
                p.drawLine(QPointF(x0 + 18, y - 9), QPointF(x0 + 26, y + 1))
                p.drawLine(QPointF(x0 + 18, y + 1), QPointF(x0 + 26, y - 9))
            p.setPen(QColor("#222222"))
            p.drawText(QPointF(x0 + 42, y), text)
            y += line


def _pen(colour: QColor, width: float, alpha: int = 255, cosmetic: bool = True) -> QPen:
    """A round-capped pen; cosmetic pens are ``width`` pixels wide whatever the zoom."""
    c = QColor(colour)
    c.setAlpha(alpha)
    pen = QPen(c, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    pen.setCosmetic(cosmetic)
    return pen
