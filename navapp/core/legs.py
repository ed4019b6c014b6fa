"""What lies between boxes: the leg to the next box and the box's place on the route line."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from navapp.core import geodesy
from navapp.core.model import Roadbook


@dataclass(frozen=True)
class BoxLeg:
    """Geometry of one box. Each value is None when the positions needed are missing.

    ``leg_m``/``bearing_next``: geodesic distance and initial azimuth (degrees true) to the next
    box; ``route_m``: distance along the route line from its start to the box;
    ``offset_m``: distance from the box to the route line.
    """

    leg_m: float | None
    bearing_next: float | None
    route_m: float | None
    offset_m: float | None


def box_legs(roadbook: Roadbook) -> tuple[BoxLeg, ...]:
    """One :class:`BoxLeg` per box, computed for all boxes at once."""
    boxes = roadbook.boxes
    n = len(boxes)
    lat = np.array([b.lat if b.lat is not None else np.nan for b in boxes], dtype=np.float64)
    lon = np.array([b.lon if b.lon is not None else np.nan for b in boxes], dtype=np.float64)
    placed = np.isfinite(lat) & np.isfinite(lon)

    leg = np.full(n, np.nan)
    bearing = np.full(n, np.nan)
    if n > 1:
        pair = placed[:-1] & placed[1:]
        idx = np.nonzero(pair)[0]
        az, dist = geodesy.inverse_arrays(lat[idx], lon[idx], lat[idx + 1], lon[idx + 1])
        leg[idx], bearing[idx] = dist, az

    route_m = np.full(n, np.nan)
    offset_m = np.full(n, np.nan)
    route = roadbook.route
    if route is not None and len(route) >= 2 and placed.any():
        located = route.geometry().locate(lat[placed], lon[placed])
        route_m[placed], offset_m[placed] = located.chainage_m, located.offset_m

    def opt(a: np.ndarray, i: int) -> float | None:
        v = float(a[i])
        return v if np.isfinite(v) else None

    return tuple(
        BoxLeg(opt(leg, i), opt(bearing, i), opt(route_m, i), opt(offset_m, i)) for i in range(n)
    )


def straight_legs(lat: np.ndarray, lon: np.ndarray) -> tuple[list[float], list[int | None]]:
    """Totals (km) and CAPs of points joined by straight legs, for roadbooks with no route.

    The CAP of a point is the bearing to the next one; the last point, and a point at the
    same place as the next, have none.
    """
    n = len(lat)
    if n == 0:
        return [], []
    totals = (geodesy.cumulative_m(lat, lon) / 1000.0).round(3).tolist()
    az, dist = geodesy.inverse_arrays(lat[:-1], lon[:-1], lat[1:], lon[1:])
    caps: list[int | None] = [
        round(float(a)) % 360 if d > 0.5 else None for a, d in zip(az, dist, strict=True)
    ]
    return totals, [*caps, None]
