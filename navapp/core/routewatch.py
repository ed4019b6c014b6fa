"""How far the crew is from the route line, one fix at a time, for the off-route cue.

A fix is matched only against a window of the route: around where the last fix matched, and
around the current box when that match is not close. The work per fix depends on the window,
never on the length of the route, and a route that crosses or doubles back on itself (a loop,
an out-and-back) does not make the match jump to the other leg.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from navapp.core import geodesy
from navapp.core.model import Box, FloatArray, RouteLine
from navapp.core.wporder import box_chainage_km

__all__ = ["WINDOW_M", "RouteWatch", "box_route_chainage"]

# Route searched either side of the last match: more than a car covers between two fixes
# a few seconds apart, little enough to stay on the leg the crew is on.
WINDOW_M = 2000.0


def box_route_chainage(line: geodesy.RouteGeometry, boxes: Sequence[Box]) -> FloatArray:
    """The chainage (m) on ``line`` of each box, in box order.

    The roadbook distance (partials added up across resets, scaled to the line's length) says
    roughly where a box is; a box with a position is then placed at its nearest point within
    :data:`WINDOW_M` of that, so the ASS of a loop is not put beside the DSS.
    """
    if not boxes:
        return np.zeros(0, dtype=np.float64)
    km = np.asarray(box_chainage_km(boxes), dtype=np.float64)
    scale = line.length_m / (km[-1] * 1000.0) if km[-1] > 0 else 0.0
    out = km * 1000.0 * scale
    for i, b in enumerate(boxes):
        if b.lat is not None and b.lon is not None:
            out[i] = float(line.locate_near(b.lat, b.lon, float(out[i]), WINDOW_M).chainage_m[0])
    return out


class RouteWatch:
    """The crew's distance from a route line, fix after fix.

    :meth:`offset_m` matches a fix within ``window_m`` of the last match and, when that is not
    within ``near_m`` of the line, also within the stretch of the current box; the first fix
    (and the first after :meth:`forget`) with no box stretch known is matched against the
    whole line through its spatial index (logarithmic in its length).
    """

    def __init__(self, route: RouteLine, boxes: Sequence[Box], window_m: float = WINDOW_M) -> None:
        self.line = geodesy.RouteGeometry(route.lat, route.lon)
        self.window_m = float(window_m)
        self.box_chainage_m = box_route_chainage(self.line, boxes)
        self._last: float | None = None

    @property
    def last_chainage_m(self) -> float | None:
        """Where on the line the last fix matched (m from its start), None before any."""
        return self._last

    def forget(self) -> None:
        """Forget the last match (the GPS was lost: the crew may be anywhere now)."""
        self._last = None

    def offset_m(self, lat: float, lon: float, box: int = 0, near_m: float = 0.0) -> float:
        """Distance (m) from the fix at ``lat``/``lon`` to the route line.

        ``box`` is the current box (1-based, 0 when unknown); ``near_m`` is the offset under
        which the match around the last one is taken without looking at the box's stretch.
        """
        line = self.line
        px, py = line.projection.to_xy(lat, lon)
        best: tuple[int, float, float] | None = None  # segment, chainage, offset
        if self._last is not None:
            best = self._match(lat, lon, px, py, self._last, self.window_m)
        if best is None or best[2] > near_m:
            stretch = self._box_stretch(box)
            if stretch is not None:
                there = self._match(lat, lon, px, py, *stretch)
                if best is None or there[2] < best[2]:
                    best = there
        if best is None:
            found = line.locate(np.array([lat]), np.array([lon]), (np.array([px]), np.array([py])))
            best = (int(found.segment[0]), float(found.chainage_m[0]), float(found.offset_m[0]))
        self._last = best[1]
        return best[2]

    def _match(
        self, lat: float, lon: float, px: float, py: float, centre_m: float, half_m: float
    ) -> tuple[int, float, float]:
        """The segment nearest the fix among those within ``half_m`` of chainage ``centre_m``,
        the chainage of the fix's foot on it and the fix's geodesic distance from it.

        The nearest is chosen in the line's plane (vectorised over the window); the distance
        is then measured geodesically to that one segment.
        """
        line = self.line
        cum = line.cum_m
        lo = max(int(np.searchsorted(cum, centre_m - half_m, side="right")) - 1, 0)
        hi = min(
            max(int(np.searchsorted(cum, centre_m + half_m, side="left")), lo + 1), len(cum) - 1
        )
        ax, ay = line.x[lo:hi], line.y[lo:hi]
        dx, dy = line.x[lo + 1 : hi + 1] - ax, line.y[lo + 1 : hi + 1] - ay
        d2 = dx * dx + dy * dy
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.clip(np.where(d2 > 0, ((px - ax) * dx + (py - ay) * dy) / d2, 0.0), 0.0, 1.0)
        ex, ey = ax + t * dx - px, ay + t * dy - py
        k = int(np.argmin(ex * ex + ey * ey))
        seg = lo + k
        chainage = float(cum[seg] + t[k] * (cum[seg + 1] - cum[seg]))
        a_lat, a_lon = float(line.lat[seg]), float(line.lon[seg])
        b_lat, b_lon = float(line.lat[seg + 1]), float(line.lon[seg + 1])
        return seg, chainage, geodesy.closest_on_step(lat, lon, a_lat, a_lon, b_lat, b_lon)

    def _box_stretch(self, box: int) -> tuple[float, float] | None:
        """Centre and half-width (m) of the route from box ``box`` to the next, with margin."""
        c = self.box_chainage_m
        if not 1 <= box <= len(c):
            return None
        start = float(c[box - 1])
        end = float(c[box]) if box < len(c) else start
        if not (math.isfinite(start) and math.isfinite(end)):
            return None
        lo, hi = min(start, end), max(start, end)
        return (lo + hi) / 2.0, (hi - lo) / 2.0 + self.window_m
