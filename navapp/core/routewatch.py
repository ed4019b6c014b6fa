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
        best: geodesy.Located | None = None
        if self._last is not None:
            best = self.line.locate_near(lat, lon, self._last, self.window_m)
        if best is None or float(best.offset_m[0]) > near_m:
            stretch = self._box_stretch(box)
            if stretch is not None:
                centre, half = stretch
                there = self.line.locate_near(lat, lon, centre, half)
                if best is None or float(there.offset_m[0]) < float(best.offset_m[0]):
                    best = there
        if best is None:
            best = self.line.locate(np.array([lat]), np.array([lon]))
        self._last = float(best.chainage_m[0])
        return float(best.offset_m[0])

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
