"""All distances and azimuths navapp computes: WGS84 geodesics through ``pyproj.Geod``.

Nothing else in navapp computes a distance. Line work (nearest point on a route, chainage)
is done with shapely in a local azimuthal-equidistant projection centred on the line, then
turned back into geodesic metres, so it is right in either hemisphere, at any longitude and
across the antimeridian.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import overload

import numpy as np
import numpy.typing as npt
import shapely
from pyproj import Geod, Transformer

from navapp.core.segment_grid import SegmentGrid

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

GEOD = Geod(ellps="WGS84")

# A line's projection may be one already made for a line centred at most this far away
# (metres): the plane is then within a few parts per million of one centred on the line, and
# setting up a projection is the slow part of building a line (milliseconds).
PROJECTION_REUSE_M = 10_000.0
# From this many points a locate goes through the segment grid before the tree.
GRID_POINTS = 1000


def inverse(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    """Initial azimuth (degrees true, [0, 360)) and distance (m) from point 1 to point 2."""
    az, _back, dist = GEOD.inv(lon1, lat1, lon2, lat2)
    return float(az) % 360.0, float(dist)


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance in metres."""
    return inverse(lat1, lon1, lat2, lon2)[1]


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic initial azimuth from point 1 to point 2, degrees true in [0, 360)."""
    return inverse(lat1, lon1, lat2, lon2)[0]


def forward(lat: float, lon: float, azimuth: float, dist_m: float) -> tuple[float, float]:
    """The point ``dist_m`` metres from (lat, lon) along ``azimuth``; lon in [-180, 180)."""
    lon2, lat2, _ = GEOD.fwd(lon, lat, azimuth, dist_m)
    return float(lat2), wrap_lon(float(lon2))


def forward_arrays(
    lat: FloatArray, lon: FloatArray, azimuth: FloatArray, dist_m: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """Vectorised :func:`forward`: the points reached, lon in [-180, 180)."""
    if len(lat) == 0:
        z = np.zeros(0, dtype=np.float64)
        return z, z.copy()
    lon2, lat2, _ = GEOD.fwd(
        np.asarray(lon, dtype=np.float64),
        np.asarray(lat, dtype=np.float64),
        np.asarray(azimuth, dtype=np.float64),
        np.asarray(dist_m, dtype=np.float64),
    )
    lon2 = np.asarray(lon2, dtype=np.float64)
    return np.asarray(lat2, dtype=np.float64), (lon2 + 180.0) % 360.0 - 180.0


def wrap_lon(lon: float) -> float:
    """Longitude folded into [-180, 180)."""
    return (lon + 180.0) % 360.0 - 180.0


def inverse_arrays(
    lat1: FloatArray, lon1: FloatArray, lat2: FloatArray, lon2: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """Vectorised :func:`inverse`: azimuths in [0, 360) and distances (m)."""
    if len(lat1) == 0:
        z = np.zeros(0, dtype=np.float64)
        return z, z.copy()
    az, _back, dist = GEOD.inv(
        np.asarray(lon1, dtype=np.float64),
        np.asarray(lat1, dtype=np.float64),
        np.asarray(lon2, dtype=np.float64),
        np.asarray(lat2, dtype=np.float64),
    )
    return np.mod(np.asarray(az, dtype=np.float64), 360.0), np.asarray(dist, dtype=np.float64)


def closest_on_step(
    lat: float, lon: float, a_lat: float, a_lon: float, b_lat: float, b_lon: float
) -> float:
    """Closest approach (m) of the straight step a→b to the point (lat, lon).

    Both ends are placed by their geodesic distance and azimuth from the point (an
    azimuthal-equidistant plane centred on it, exact for distances from the centre), so a
    step that jumps over a small circle between two fixes still counts. The navigator calls
    this once or twice a fix, hence plain floats; :func:`closest_on_steps` is the same
    formula on arrays.
    """
    az_a, d_a = inverse(lat, lon, a_lat, a_lon)
    if a_lat == b_lat and a_lon == b_lon:
        return d_a
    az_b, d_b = inverse(lat, lon, b_lat, b_lon)
    ax, ay = d_a * math.sin(math.radians(az_a)), d_a * math.cos(math.radians(az_a))
    bx, by = d_b * math.sin(math.radians(az_b)), d_b * math.cos(math.radians(az_b))
    dx, dy = bx - ax, by - ay
    d2 = dx * dx + dy * dy
    t = 0.0 if d2 == 0 else min(max(-(ax * dx + ay * dy) / d2, 0.0), 1.0)
    return math.hypot(ax + t * dx, ay + t * dy)


def closest_on_steps(
    lat: float,
    lon: float,
    a_lat: FloatArray,
    a_lon: FloatArray,
    b_lat: FloatArray,
    b_lon: FloatArray,
) -> FloatArray:
    """Vectorised :func:`closest_on_step`: the closest approach (m) of each step a→b."""
    m = len(a_lat)
    here_lat, here_lon = np.full(m, lat), np.full(m, lon)
    az_a, d_a = inverse_arrays(here_lat, here_lon, a_lat, a_lon)
    az_b, d_b = inverse_arrays(here_lat, here_lon, b_lat, b_lon)
    ax, ay = d_a * np.sin(np.radians(az_a)), d_a * np.cos(np.radians(az_a))
    bx, by = d_b * np.sin(np.radians(az_b)), d_b * np.cos(np.radians(az_b))
    dx, dy = bx - ax, by - ay
    d2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(d2 > 0, np.clip(-(ax * dx + ay * dy) / d2, 0.0, 1.0), 0.0)
    return np.asarray(np.hypot(ax + t * dx, ay + t * dy), dtype=np.float64)


def step_lengths(lat: FloatArray, lon: FloatArray) -> FloatArray:
    """Geodesic length (m) of each step between consecutive points (n-1 values)."""
    return inverse_arrays(lat[:-1], lon[:-1], lat[1:], lon[1:])[1]


def cumulative_m(lat: FloatArray, lon: FloatArray) -> FloatArray:
    """Geodesic distance (m) from the first point to each point along the polyline."""
    out = np.zeros(len(lat), dtype=np.float64)
    if len(lat) > 1:
        np.cumsum(step_lengths(lat, lon), out=out[1:])
    return out


def circular_mean_deg(values: FloatArray) -> float:
    """Mean of angles in degrees, right across the 180/-180 seam."""
    r = np.radians(values)
    return math.degrees(math.atan2(float(np.sin(r).mean()), float(np.cos(r).mean())))


class LocalProjection:
    """An azimuthal-equidistant plane centred on a place, in metres."""

    def __init__(self, lat0: float, lon0: float) -> None:
        self.lat0 = lat0
        self.lon0 = lon0
        self._fwd = Transformer.from_proj(
            "EPSG:4326",
            f"+proj=aeqd +lat_0={lat0} +lon_0={lon0} +ellps=WGS84 +units=m",
            always_xy=True,
        )

    @classmethod
    def around(
        cls, lat: FloatArray, lon: FloatArray, reuse: LocalProjection | None = None
    ) -> LocalProjection:
        """A projection centred on the middle of the given points: ``reuse`` when it is
        centred within :data:`PROJECTION_REUSE_M` of that middle."""
        lat0 = float((np.nanmin(lat) + np.nanmax(lat)) / 2.0)
        lon0 = circular_mean_deg(lon)
        if reuse is not None and distance_m(reuse.lat0, reuse.lon0, lat0, lon0) <= (
            PROJECTION_REUSE_M
        ):
            return reuse
        return cls(lat0, lon0)

    @overload
    def to_xy(self, lat: float, lon: float) -> tuple[float, float]: ...
    @overload
    def to_xy(self, lat: FloatArray, lon: FloatArray) -> tuple[FloatArray, FloatArray]: ...
    def to_xy(self, lat, lon):  # type: ignore[no-untyped-def]
        """Metres east/north of the centre."""
        return self._fwd.transform(lon, lat)

    @overload
    def to_latlon(self, x: float, y: float) -> tuple[float, float]: ...
    @overload
    def to_latlon(self, x: FloatArray, y: FloatArray) -> tuple[FloatArray, FloatArray]: ...
    def to_latlon(self, x, y):  # type: ignore[no-untyped-def]
        """WGS84 latitude and longitude of plane coordinates."""
        lon, lat = self._fwd.transform(x, y, direction="INVERSE")
        return lat, lon


@dataclass(frozen=True)
class Located:
    """Where points lie against a route line (arrays of one value per point).

    ``chainage_m``: geodesic distance along the line from its start to the nearest position;
    ``offset_m``: geodesic distance from the point to that position; ``segment``: index of
    the segment it lies on (between vertex ``segment`` and ``segment + 1``).
    """

    chainage_m: FloatArray
    offset_m: FloatArray
    segment: IntArray


def _same_ends(
    lat0: FloatArray, lon0: FloatArray, lat1: FloatArray, lon1: FloatArray
) -> tuple[int, int]:
    """How many points two lines share at their start and, after those, at their end."""
    m = min(len(lat0), len(lat1))
    differ = (lat0[:m] != lat1[:m]) | (lon0[:m] != lon1[:m])
    head = int(np.argmax(differ)) if differ.any() else m
    left = m - head
    differ = (lat0[::-1][:left] != lat1[::-1][:left]) | (lon0[::-1][:left] != lon1[::-1][:left])
    tail = int(np.argmax(differ)) if differ.any() else left
    return head, tail


class RouteGeometry:
    """A route line ready for chainage queries: an STRtree over its segments.

    One query costs O(log n) whatever the length of the line, unlike projecting onto one long
    LineString (about 6 ms a query on 200k vertices).
    """

    def __init__(
        self, lat: FloatArray, lon: FloatArray, previous: RouteGeometry | None = None
    ) -> None:
        """The line through (lat, lon). ``previous``, the line this one was edited from, lends
        its projection when that suits this line (see :meth:`LocalProjection.around`), and
        then the plane coordinates and step lengths of the points the edit left alone."""
        lat = np.asarray(lat, dtype=np.float64)
        lon = np.asarray(lon, dtype=np.float64)
        if len(lat) < 2:
            raise ValueError("a route line needs at least two points")
        self.lat = lat
        self.lon = lon
        self.projection: LocalProjection = LocalProjection.around(
            lat, lon, previous.projection if previous is not None else None
        )
        if previous is not None and previous.projection is self.projection:
            head, tail = _same_ends(previous.lat, previous.lon, lat, lon)
        else:
            previous, head, tail = None, 0, 0
        n = len(lat)
        # Points [head, n - tail) are new; segments [a, n - 1 - b) touch one of them.
        a, b = max(head - 1, 0), max(tail - 1, 0)
        mid_x, mid_y = self.projection.to_xy(lat[head : n - tail], lon[head : n - tail])
        mid_steps = step_lengths(lat[a : n - b], lon[a : n - b])
        if previous is None:
            self.x, self.y, steps = mid_x, mid_y, mid_steps
        else:
            m = len(previous.lat)
            self.x = np.concatenate([previous.x[:head], mid_x, previous.x[m - tail :]])
            self.y = np.concatenate([previous.y[:head], mid_y, previous.y[m - tail :]])
            old_steps = previous._steps
            steps = np.concatenate([old_steps[:a], mid_steps, old_steps[m - 1 - b :]])
        self._steps: FloatArray = steps
        self.cum_m = np.zeros(n, dtype=np.float64)
        np.cumsum(steps, out=self.cum_m[1:])
        x0, y0 = self.x[a : n - b], self.y[a : n - b]
        coords = np.stack(
            [np.column_stack([x0[:-1], y0[:-1]]), np.column_stack([x0[1:], y0[1:]])], axis=1
        )
        segments = shapely.linestrings(coords)
        if previous is not None:
            old_segments = previous._segments
            segments = np.concatenate([old_segments[:a], segments, old_segments[m - 1 - b :]])
        self._segments: npt.NDArray[np.object_] = segments
        self._tree = shapely.STRtree(self._segments)
        self._segment_grid: SegmentGrid | None = None  # made for the first whole track

    def _grid(self) -> SegmentGrid:
        if self._segment_grid is None:
            self._segment_grid = SegmentGrid(self.x, self.y)
        return self._segment_grid

    @property
    def length_m(self) -> float:
        return float(self.cum_m[-1])

    def locate(
        self,
        lat: FloatArray,
        lon: FloatArray,
        xy: tuple[FloatArray, FloatArray] | None = None,
        planar_offset: bool = False,
    ) -> Located:
        """Chainage and offset of each point against the line (vectorised).

        ``xy`` passes the points already in :attr:`projection`. With ``planar_offset`` the
        offsets are measured in that plane (within 0.1 % up to 300 km from its centre) and
        the chainage from the fraction along each segment's geodesic length: for judging
        whole tracks against a threshold, several times faster than the exact answer.
        """
        lat = np.atleast_1d(np.asarray(lat, dtype=np.float64))
        lon = np.atleast_1d(np.asarray(lon, dtype=np.float64))
        px, py = xy if xy is not None else self.projection.to_xy(lat, lon)
        px = np.asarray(px, dtype=np.float64)
        py = np.asarray(py, dtype=np.float64)
        seg = np.full(len(lat), -1, dtype=np.int64)
        if len(lat) >= GRID_POINTS:
            # A whole track: the grid finds the nearest segment of most points at once.
            seg = self._grid().nearest(px, py)[0]
        left = np.flatnonzero(seg < 0)
        if left.size:
            pts = shapely.points(px[left], py[left])
            idx = self._tree.query_nearest(pts, all_matches=False)
            # query_nearest returns (input index, tree index) pairs, one per input point here.
            seg[left[idx[0]]] = idx[1]
        if planar_offset:
            return self._locate_in_plane(px, py, seg)
        return self._locate_on_segments(lat, lon, px, py, seg)

    def _locate_in_plane(self, px: FloatArray, py: FloatArray, seg: IntArray) -> Located:
        ax, ay = self.x[seg], self.y[seg]
        dx, dy = self.x[seg + 1] - ax, self.y[seg + 1] - ay
        d2 = dx * dx + dy * dy
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.clip(np.where(d2 > 0, ((px - ax) * dx + (py - ay) * dy) / d2, 0.0), 0.0, 1.0)
        chainage = self.cum_m[seg] + t * (self.cum_m[seg + 1] - self.cum_m[seg])
        offset = np.hypot(ax + t * dx - px, ay + t * dy - py)
        return Located(chainage, offset, seg)

    def locate_near(
        self, lat: float, lon: float, around_m: float, window_m: float = 2000.0
    ) -> Located:
        """Locate one point searching only segments within ``window_m`` of chainage ``around_m``.

        For the navigator: cost does not grow with the route length and the answer cannot jump
        to another part of a route that crosses or doubles back on itself.
        """
        lo = int(np.searchsorted(self.cum_m, around_m - window_m, side="right")) - 1
        hi = int(np.searchsorted(self.cum_m, around_m + window_m, side="left"))
        lo = max(lo, 0)
        hi = min(max(hi, lo + 1), len(self.cum_m) - 1)
        px, py = self.projection.to_xy(lat, lon)
        seg = self._nearest_in_range(float(px), float(py), lo, hi)
        return self._locate_on_segments(
            np.array([lat]), np.array([lon]), np.array([px]), np.array([py]), np.array([seg])
        )

    def _nearest_in_range(self, px: float, py: float, lo: int, hi: int) -> int:
        ax, ay = self.x[lo:hi], self.y[lo:hi]
        bx, by = self.x[lo + 1 : hi + 1], self.y[lo + 1 : hi + 1]
        dx, dy = bx - ax, by - ay
        d2 = dx * dx + dy * dy
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.clip(np.where(d2 > 0, ((px - ax) * dx + (py - ay) * dy) / d2, 0.0), 0.0, 1.0)
        ex, ey = ax + t * dx - px, ay + t * dy - py
        return lo + int(np.argmin(ex * ex + ey * ey))

    def _locate_on_segments(
        self, lat: FloatArray, lon: FloatArray, px: FloatArray, py: FloatArray, seg: IntArray
    ) -> Located:
        ax, ay = self.x[seg], self.y[seg]
        dx, dy = self.x[seg + 1] - ax, self.y[seg + 1] - ay
        d2 = dx * dx + dy * dy
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.clip(np.where(d2 > 0, ((px - ax) * dx + (py - ay) * dy) / d2, 0.0), 0.0, 1.0)
        # The foot of the perpendicular, back on the ellipsoid for geodesic metres.
        flat, flon = self.projection.to_latlon(ax + t * dx, ay + t * dy)
        seg_len = self.cum_m[seg + 1] - self.cum_m[seg]
        along = inverse_arrays(self.lat[seg], self.lon[seg], flat, flon)[1]
        chainage = self.cum_m[seg] + np.minimum(along, seg_len)
        offset = inverse_arrays(lat, lon, flat, flon)[1]
        return Located(chainage, offset, seg)

    def point_at(self, chainage_m: float) -> tuple[float, float]:
        """The position on the line at a chainage (clamped to the line)."""
        c = min(max(chainage_m, 0.0), self.length_m)
        i = int(np.searchsorted(self.cum_m, c, side="right")) - 1
        i = min(max(i, 0), len(self.cum_m) - 2)
        az, seg_len = inverse(self.lat[i], self.lon[i], self.lat[i + 1], self.lon[i + 1])
        if seg_len <= 0:
            return float(self.lat[i]), float(self.lon[i])
        return forward(float(self.lat[i]), float(self.lon[i]), az, c - float(self.cum_m[i]))

    def points_at(self, chainage_m: FloatArray) -> tuple[FloatArray, FloatArray]:
        """Vectorised :meth:`point_at`: the positions at many chainages (clamped to the line)."""
        c = np.clip(np.asarray(chainage_m, dtype=np.float64), 0.0, self.length_m)
        i = np.clip(np.searchsorted(self.cum_m, c, side="right") - 1, 0, len(self.cum_m) - 2)
        az, seg_len = inverse_arrays(self.lat[i], self.lon[i], self.lat[i + 1], self.lon[i + 1])
        lat, lon = forward_arrays(self.lat[i], self.lon[i], az, c - self.cum_m[i])
        still = seg_len <= 0
        return np.where(still, self.lat[i], lat), np.where(still, self.lon[i], lon)

    def heading_at(self, chainage_m: float) -> float:
        """Azimuth (degrees true) of the line at a chainage.

        A zero-length segment (a point logged twice) has no direction: the nearest segment
        before it that has one gives the heading (or after it, at the very start).
        """
        c = min(max(chainage_m, 0.0), self.length_m)
        i = int(np.searchsorted(self.cum_m, c, side="right")) - 1
        i = min(max(i, 0), len(self.cum_m) - 2)
        seg = np.diff(self.cum_m)
        moving = np.nonzero(seg > 0)[0]
        if moving.size and seg[i] <= 0:
            before = moving[moving <= i]
            i = int(before[-1]) if before.size else int(moving[0])
        return bearing_deg(self.lat[i], self.lon[i], self.lat[i + 1], self.lon[i + 1])
