"""The segment grid finds the same nearest segment as the route's tree, or leaves the point."""

from __future__ import annotations

import numpy as np
import shapely

from navapp.core import geodesy
from navapp.core.segment_grid import REACH_M, SegmentGrid


def _winding(n: int = 3000) -> tuple[np.ndarray, np.ndarray]:
    """A route that winds, doubles back and crosses itself, a vertex every ~25 m."""
    s = np.arange(n) * 25.0
    x = 4000.0 * np.sin(s / 9000.0) + 300.0 * np.sin(s / 700.0)
    y = 3000.0 * np.sin(s / 5000.0)
    return x, y


def test_grid_agrees_with_the_tree_near_and_far() -> None:
    x, y = _winding()
    rng = np.random.default_rng(3)
    k = rng.integers(0, x.size - 1, 20_000)
    near_x = x[k] + rng.normal(0, 20, k.size)
    near_y = y[k] + rng.normal(0, 20, k.size)
    far_x = rng.uniform(-9000, 9000, 2000)
    far_y = rng.uniform(-9000, 9000, 2000)
    px, py = np.concatenate([near_x, far_x]), np.concatenate([near_y, far_y])
    grid = SegmentGrid(x, y)
    assert grid.usable
    best, dist = grid.nearest(px, py)
    tree = shapely.STRtree(
        shapely.linestrings(np.stack([np.c_[x[:-1], y[:-1]], np.c_[x[1:], y[1:]]], 1))
    )
    want = tree.query_nearest(shapely.points(px, py), all_matches=False, return_distance=True)
    exact = np.empty(px.size)
    exact[want[0][0]] = want[1]
    found = best >= 0
    # Every point within reach is found, at the tree's distance; the others are left alone.
    assert np.array_equal(found, exact <= REACH_M - 1e-9) or found[exact <= REACH_M - 1e-9].all()
    assert np.allclose(dist[found], exact[found], rtol=0, atol=1e-9)
    assert found[: near_x.size].mean() > 0.99 and not found[exact > REACH_M].any()


def test_locate_of_a_whole_track_matches_point_by_point() -> None:
    route = geodesy.RouteGeometry(*_latlon(*_winding()))
    rng = np.random.default_rng(4)
    i = rng.integers(0, route.lat.size, 5000)
    lat = route.lat[i] + rng.normal(0, 2e-4, i.size)
    lon = route.lon[i] + rng.normal(0, 2e-4, i.size)
    whole = route.locate(lat, lon, planar_offset=True)
    one_by_one = [
        route.locate(lat[j : j + 1], lon[j : j + 1], planar_offset=True) for j in range(0, 5000, 97)
    ]
    assert np.allclose(whole.offset_m[::97], [o.offset_m[0] for o in one_by_one], atol=1e-9)
    assert np.allclose(whole.chainage_m[::97], [o.chainage_m[0] for o in one_by_one], atol=1e-6)


def _latlon(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return geodesy.LocalProjection(24.0, 46.0).to_latlon(x, y)
