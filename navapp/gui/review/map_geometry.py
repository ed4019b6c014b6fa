"""The stage and crews' tracks as Qt paths in the map's metric plane, ready to draw."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from navapp.core import geodesy
from navapp.core.mapgeometry import (
    LEVEL_TOLERANCES_M,
    Extent,
    RoadbookPlane,
    Runs,
    SegmentIndex,
    TrackPlane,
    segment_means,
)
from navapp.core.model import Roadbook, Track, Units
from navapp.core.speedscale import speed_bucket
from navapp.gui.common.map_view import path_from_arrays, polyline_path

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# A frame simplifies its level further when at least this much of a pixel is left over
# (with less, the blocks' own ends cost more vertices than it removes).
FRAME_SLACK_PX = 0.6
# Blocks of segments (RUN_LENGTH each) drawn as one path.
PIECE_BLOCKS = 8


def _runs(
    index: SegmentIndex, group: IntArray, tolerance_m: float, rect: QRectF, mpp: float
) -> Runs:
    """The segments of a level (simplified within ``tolerance_m``) meeting ``rect`` (world
    metres), as polylines split where ``group`` changes, simplified further within what is
    left of a pixel at ``mpp``: the level is within its tolerance of the line, the frame
    within a pixel, as a level picked for the scale is."""
    slack = mpp - tolerance_m
    if slack < FRAME_SLACK_PX * mpp:
        slack = 0.0
    return index.runs(rect.left(), rect.top(), rect.right(), rect.bottom(), group, slack)


def _pieces(runs: Runs) -> list[QPainterPath]:
    """``runs`` as paths of :data:`PIECE_BLOCKS` blocks of segments each.

    Qt fills a wide pen's outline much faster in pieces than as one long tangled path (a
    frame on a knot of a noisy track, 6,000 vertices: 85 ms as one path, 41 ms in pieces);
    pieces cut at fixed blocks of the level, so every view cuts a line at the same places.
    """
    piece = runs.block // PIECE_BLOCKS
    cuts = [0, *(np.flatnonzero(piece[1:] != piece[:-1]) + 1).tolist(), len(piece)]
    return [
        path_from_arrays(runs.x[a:b], runs.y[a:b], runs.connect[a:b])
        for a, b in itertools.pairwise(cuts)
        if b > a
    ]


@dataclass
class TrackFrame:
    """What one frame draws of a track level: the whole run of segments (the crew's casing)
    and the paths of each speed colour, with the vertices handed to the painter."""

    casing: list[QPainterPath]
    buckets: list[tuple[int, QPainterPath]]
    vertices: int


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
    segments: SegmentIndex = field(init=False)

    def __post_init__(self) -> None:
        self.segments = SegmentIndex(self.x, self.y, self.bucket >= 0)

    def frame(self, rect: QRectF, metres_per_pixel: float) -> TrackFrame:
        """The paths of the segments meeting ``rect`` (world metres) at a scale."""
        runs = _runs(self.segments, self.bucket, self.tolerance_m, rect, metres_per_pixel)
        buckets = []
        for k in np.unique(runs.group).tolist():
            sel = runs.group == k
            colour = Runs(*(a[sel] for a in runs))
            buckets += [(int(k), path) for path in _pieces(colour)]
        return TrackFrame(_pieces(runs), buckets, 2 * len(runs.x))


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


class TrackGeometry(TrackPlane):
    """One crew's track, projected once (:class:`~navapp.core.mapgeometry.TrackPlane`), with
    its speeds and each simplified level as chunks of Qt paths."""

    def __init__(
        self,
        track: Track,
        projection: geodesy.LocalProjection,
        tolerances: Sequence[float] = LEVEL_TOLERANCES_M,
        judged_kmh: FloatArray | None = None,
        units: Units = Units.METRIC,
        plane: TrackPlane | None = None,
    ) -> None:
        """``plane``: this track already laid in ``projection`` at ``tolerances`` (made in a
        worker process), taken as it is."""
        same = plane is not None and plane.track is track
        if (
            plane is not None
            and same
            and [lv.tolerance_m for lv in plane.simplified] == list(tolerances)
        ):
            self.__dict__.update(plane.__dict__)
        else:
            super().__init__(track, projection, tolerances)
        # The speed the review judged (Review.speed_kmh), coloured on the report's scale.
        if judged_kmh is not None and judged_kmh.shape == (len(track),):
            self.speed = judged_kmh
        else:
            self.speed = _smoothed_speed(track)
        self.units = units
        self.levels: list[TrackLevel] = [
            self._level(lv.tolerance_m, lv.x, lv.y, lv.index, lv.first) for lv in self.simplified
        ]
        self.bounds = _rect(self.extent)

    def _level(
        self,
        tol: float,
        x: FloatArray,
        y: FloatArray,
        index: IntArray,
        first: npt.NDArray[np.bool_],
    ) -> TrackLevel:
        nseg = max(len(x) - 1, 0)
        mean = segment_means(self.speed, index)
        bucket = speed_bucket(mean, self.units) if nseg else np.zeros(0, dtype=np.int64)
        if nseg:
            bucket[first[1:]] = -1  # the step into a new piece is a break, not a segment
        return TrackLevel(tol, x, y, index, bucket)

    def level_for(self, metres_per_pixel: float) -> TrackLevel:
        """The coarsest level whose tolerance is within a pixel (else the finest)."""
        return self.levels[self.level_number(metres_per_pixel)]

    def slice_path(self, i0: int, i1: int, tolerance_m: float = 2.0) -> QPainterPath:
        """Points ``i0..i1`` as one simplified polyline (violations, off-route periods)."""
        return polyline_path(*self.slice_xy(i0, i1, tolerance_m))


@dataclass(frozen=True)
class _Zone:
    label: str
    path: QPainterPath
    anchor: QPointF


class MapModel(RoadbookPlane):
    """The roadbook in map metres (:class:`~navapp.core.mapgeometry.RoadbookPlane`), with its
    route levels and zones as Qt paths."""

    def __init__(self, roadbook: Roadbook) -> None:
        self.route_levels: list[tuple[float, SegmentIndex]] = []
        self.zones: list[_Zone] = []
        super().__init__(roadbook)

    @property
    def bounds(self) -> QRectF:
        """What the roadbook covers on the map (route and boxes), in metres."""
        return _rect(self.extent())

    def route_for(self, metres_per_pixel: float, rect: QRectF) -> QPainterPath | None:
        """The route line meeting ``rect`` (world metres), within a pixel at the scale."""
        best: tuple[float, SegmentIndex] | None = None
        for tol, index in self.route_levels:
            if best is None or tol <= metres_per_pixel:
                best = (tol, index)
        if best is None:
            return None
        tol, index = best
        one_line = np.zeros(len(index), dtype=np.int64)
        runs = _runs(index, one_line, tol, rect, metres_per_pixel)
        return path_from_arrays(runs.x, runs.y, runs.connect)

    def _project(self) -> None:
        super()._project()
        self.route_levels = [
            (lv.tolerance_m, SegmentIndex(lv.x, lv.y)) for lv in self.route_simplified
        ]
        self.zones = [
            _Zone(z.label, polyline_path(z.x, z.y), QPointF(float(z.x[0]), float(z.y[0])))
            for z in self.zone_lines
        ]


def _rect(extent: Extent | None) -> QRectF:
    """A Qt rectangle of an extent (an empty one for None)."""
    if extent is None:
        return QRectF()
    x0, y0, x1, y1 = extent
    return QRectF(QPointF(x0, y0), QPointF(x1, y1))
