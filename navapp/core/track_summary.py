"""What a recorded track holds, in figures: points, segments, times, distance, extent."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from navapp.core import geodesy
from navapp.core.model import Track
from navapp.core.recordings import positions


@dataclass(frozen=True)
class TrackSummary:
    """The figures ``navapp info`` shows for a track.

    ``distance_km`` adds the geodesic steps between consecutive positions within each
    segment (never across a segment break). ``start_time``/``end_time`` are the earliest and
    latest point times (seconds since the epoch), NaN when no point has a time. The bounding
    box is (south, west, north, east) of the positions, None when there are none.
    """

    points: int
    positions: int
    no_fix: int
    segments: int
    start_time: float
    end_time: float
    distance_km: float
    bounds: tuple[float, float, float, float] | None
    has_speed: bool
    has_elevation: bool

    @property
    def without_position(self) -> int:
        """Points that are not positions: no coordinates, or marked as no fix."""
        return self.points - self.positions

    @property
    def duration_s(self) -> float:
        return self.end_time - self.start_time


def summarize_track(track: Track, dropped: int = 0) -> TrackSummary:
    """The figures of ``track`` (vectorised: no per-point Python work).

    ``dropped`` counts reports the reader left out of the track for having no position (an
    NMEA log's no-fix and dead-reckoning reports): they count as points without position.
    """
    n = len(track)
    ok = positions(track)
    idx = np.nonzero(ok)[0]
    finite = np.isfinite(track.lat) & np.isfinite(track.lon)
    no_fix = int((finite & ~track.valid).sum()) if track.valid is not None else 0
    starts = track.segment_starts if len(track.segment_starts) else np.zeros(1, dtype=np.int64)
    distance_m = 0.0
    if idx.size > 1:
        segment = np.searchsorted(starts, idx, side="right")
        steps = geodesy.step_lengths(track.lat[idx], track.lon[idx])
        distance_m = float(steps[segment[1:] == segment[:-1]].sum())
    times = track.time[np.isfinite(track.time)]
    bounds = None
    if idx.size:
        lat, lon = track.lat[idx], track.lon[idx]
        bounds = (float(lat.min()), float(lon.min()), float(lat.max()), float(lon.max()))
    return TrackSummary(
        points=n + dropped,
        positions=int(idx.size),
        no_fix=no_fix,
        segments=len(track.segment_starts) if n else 0,
        start_time=float(times.min()) if times.size else math.nan,
        end_time=float(times.max()) if times.size else math.nan,
        distance_km=distance_m / 1000.0,
        bounds=bounds,
        has_speed=track.speed is not None and bool(np.isfinite(track.speed).any()),
        has_elevation=bool(np.isfinite(track.ele).any()),
    )
