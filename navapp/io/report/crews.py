"""One crew's track and review prepared once for the report's drawings and tables, and the
decimation that keeps a 100-hour log drawable."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from navapp.core import geodesy
from navapp.core.model import FloatArray, IntArray, Track, Units
from navapp.core.review_model import Review
from navapp.core.review_tables import NO_TIMES as NO_TIMES  # the report's wording, from core

SVG_NS = "http://www.w3.org/2000/svg"
CREW_COLOURS = ("#111827", "#2563eb", "#d97706", "#059669", "#7c3aed", "#0891b2", "#be185d")
# Drawing budgets: enough to see every bend at page scale, small enough that a 100-hour
# 1 Hz log still gives a file one can mail.
MAX_MAP_SEGMENTS = 3000
MAX_ROUTE_POINTS = 5000
MAX_PROFILE_POINTS = 2000
MAX_HIGHLIGHT_POINTS = 400


@dataclass
class Crew:
    """One crew's track and review, with what the drawings need derived once."""

    track: Track
    review: Review
    number: int
    units: Units

    def __post_init__(self) -> None:
        self.name = self.review.track_name or self.track.name or f"Crew {self.number + 1}"
        self.colour = CREW_COLOURS[self.number % len(CREW_COLOURS)]
        self.has_time = self.track.has_time
        finite = self.track.time[np.isfinite(self.track.time)]
        self.start = float(finite[0]) if len(finite) else None
        # The speed the zones were judged on, where the review gives it for every point.
        judged = self.review.speed_kmh
        self.speed_kmh = judged if judged.shape == (len(self.track),) else display_speed(self.track)
        self.speed = self.speed_kmh * self.units.km_to_display(1.0)  # in the roadbook's unit


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


def segment_breaks(track: Track) -> IntArray:
    """Segment starts after the first: no line is drawn from the point before each."""
    s = np.asarray(track.segment_starts, dtype=np.int64)
    return s[s > 0]


def points(x: FloatArray, y: FloatArray) -> str:
    """SVG ``points`` text of vertex arrays."""
    return " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(x.tolist(), y.tolist(), strict=True))
