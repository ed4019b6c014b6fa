"""The stage and tracks in the map plane, without Qt: levels, picking, zones, scale bar."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
import shapely

from navapp.core import geodesy
from navapp.core.mapgeometry import (
    LEVEL_TOLERANCES_M,
    RUN_LENGTH,
    RoadbookPlane,
    SegmentIndex,
    TrackPlane,
    block_runs,
    scale_bar,
    segment_means,
    segment_runs,
    simplify_levels,
)
from navapp.core.model import Box, Track, WaypointType
from tests.builders import roadbook, straight_route, waypoint

PLANE = geodesy.LocalProjection(31.0, -4.0)


def _zigzag(n: int) -> Track:
    """A drive zigzagging 3 m either side of a straight north-going line, a point a metre,
    recorded as two segments."""
    y = np.arange(n, dtype=np.float64)
    x = np.where(np.arange(n) % 2 == 0, -3.0, 3.0)
    lat, lon = PLANE.to_latlon(x, y)
    t = 1.7e9 + np.arange(n, dtype=np.float64)
    return Track(t, lat, lon, np.full(n, np.nan), segment_starts=np.array([0, n // 2]))


def test_levels_keep_the_shape_within_their_tolerance_and_the_pieces_apart() -> None:
    x = np.linspace(0.0, 1000.0, 1001)
    y = np.sin(x / 50.0) * 20.0
    piece = np.where(np.arange(1001) < 500, 0, 1)
    levels = simplify_levels(x, y, piece)
    assert [lv.tolerance_m for lv in levels] == list(LEVEL_TOLERANCES_M)
    for lv in levels:
        assert np.array_equal(lv.x, x[lv.index]) and np.array_equal(lv.y, y[lv.index])
        assert np.flatnonzero(lv.first).tolist() == [0, int(np.searchsorted(lv.index, 500))]
        for k in (0, 1):
            kept = piece[lv.index] == k
            full = shapely.linestrings(x[piece == k], y[piece == k])
            simple = shapely.linestrings(lv.x[kept], lv.y[kept])
            assert shapely.hausdorff_distance(simple, full) <= lv.tolerance_m * 1.001
    sizes = [len(lv.x) for lv in levels]
    assert sizes == sorted(sizes, reverse=True)


def test_segment_runs_join_consecutive_segments() -> None:
    x = np.arange(10, dtype=np.float64)
    y = x * 2
    ex, ey, connect = segment_runs(x, y, np.array([1, 2, 3, 6, 8]))
    assert ex.tolist() == [1, 2, 3, 4, 6, 7, 8, 9]
    assert ey.tolist() == [2 * v for v in ex.tolist()]
    assert connect.tolist() == [False, True, True, True, False, True, False, True]
    assert [len(a) for a in segment_runs(x, y, np.zeros(0, dtype=np.int64))] == [0, 0, 0]


def test_segment_means_average_the_points_each_segment_replaces() -> None:
    values = np.array([10.0, 20.0, np.nan, 40.0, np.nan, np.nan, 70.0])
    means = segment_means(values, np.array([0, 3, 5, 6]))
    assert means[0] == pytest.approx((10 + 20 + 40) / 3)
    assert means[1] == pytest.approx(40.0)  # points 3..5: only 40 is known
    assert means[2] == pytest.approx(70.0)  # points 5..6
    assert means.shape == (3,)


def test_segment_means_nan_only_where_nothing_is_known() -> None:
    means = segment_means(np.array([np.nan, np.nan, 5.0]), np.array([0, 1, 2]))
    assert math.isnan(means[0]) and means[1] == pytest.approx(5.0)


@pytest.mark.parametrize(
    ("mpp", "length", "label"),
    [(1.0, 100.0, "100 m"), (0.3, 20.0, "20 m"), (10.0, 1000.0, "1 km"), (45.0, 5000.0, "5 km")],
)
def test_scale_bar_is_a_round_length_within_the_target(
    mpp: float, length: float, label: str
) -> None:
    assert scale_bar(mpp) == (length, label)
    assert length / mpp <= 120.0


def test_track_plane_picks_the_nearest_point_and_follows_the_axis() -> None:
    track = _zigzag(4000)
    plane = TrackPlane(track, PLANE)
    assert plane.axis_is_time and plane.extent is not None
    x0, y0, x1, y1 = plane.extent
    assert (x0, y0, x1, y1) == pytest.approx((-3.0, 0.0, 3.0, 3999.0), abs=1e-6)
    i = 1234
    assert plane.nearest(float(plane.x[i]) + 0.2, float(plane.y[i]), 5.0, 14.0) == i
    assert plane.nearest(100.0, 0.0, 5.0, 14.0) is None
    # A search wider than the grid allows (714 m a pixel) looks at the level drawn at that
    # scale: of a straight line, only the ends of each recorded segment are kept.
    far = plane.nearest(float(plane.x[i]), float(plane.y[i]), 10_000.0, 14.0)
    assert plane.simplified[-1].index.tolist() == [0, 1999, 2000, 3999]
    assert far == 1999
    assert plane.index_at(track.time[10] + 0.5) == 10
    pos = plane.position_at(track.time[10] + 0.5)
    assert pos is not None and pos[0] == pytest.approx(0.0, abs=0.01)
    assert plane.position_at(track.time[0] - 1.0) is None
    # The break between the two recorded segments is kept on every level.
    for lv in plane.simplified:
        assert 2000 in lv.index.tolist() and lv.first[lv.index.tolist().index(2000)]
    assert plane.level_number(0.1) == 0 and plane.level_number(1e6) == len(LEVEL_TOLERANCES_M) - 1
    xs, _ys = plane.slice_xy(100, 200, tolerance_m=10.0)
    assert 2 <= len(xs) < 101


def test_roadbook_plane_draws_each_zone_along_the_route_between_its_boxes() -> None:
    route = straight_route(24.0, 54.0, 90.0, 10_000.0)
    line = geodesy.RouteGeometry(route.lat, route.lon)
    boxes = []
    for k, (km, wps, limit) in enumerate(
        [
            (0.0, (), None),
            (2.0, (waypoint(WaypointType.DZ),), 50.0),
            (4.5, (waypoint(WaypointType.FZ),), None),
            (6.0, (waypoint(WaypointType.WPM, "A"),), None),
            (8.0, (waypoint(WaypointType.DZ),), 30.0),  # never ended: no line to draw
        ]
    ):
        lat, lon = line.point_at(km * 1000.0)
        boxes.append(Box(k + 1, km, lat=lat, lon=lon, waypoints=wps, speed_limit_kmh=limit))
    plane = RoadbookPlane(roadbook(boxes, route))
    (zone,) = plane.zone_lines
    assert zone.label == "50 km/h"
    assert (zone.x[0], zone.y[0]) == pytest.approx(plane.boxes[1][1:])
    assert (zone.x[-1], zone.y[-1]) == pytest.approx(plane.boxes[2][1:])
    length = float(np.hypot(np.diff(zone.x), np.diff(zone.y)).sum())
    assert length == pytest.approx(2500.0, rel=0.002)
    assert [w.label for w in plane.waypoints] == ["WPM A"]  # zone markers are the zone
    extent = plane.extent()
    assert extent is not None and extent[2] - extent[0] == pytest.approx(10_000.0, rel=0.002)
    assert len(plane.route_simplified) == len(LEVEL_TOLERANCES_M)


@pytest.mark.parametrize("n", [0, 1, 2, RUN_LENGTH, RUN_LENGTH + 2, RUN_LENGTH**2 + 5, 20_000])
def test_segment_index_finds_the_segments_whose_box_meets_a_rectangle(n: int) -> None:
    rng = np.random.default_rng(n)
    heading = np.cumsum(rng.normal(0, 0.3, n))
    x, y = np.cumsum(np.sin(heading)), np.cumsum(np.cos(heading))
    drawn = rng.random(max(n - 1, 0)) > 0.2
    index = SegmentIndex(x, y, drawn)
    assert len(index) == max(n - 1, 0)
    x0, x1 = np.minimum(x[:-1], x[1:]), np.maximum(x[:-1], x[1:])
    y0, y1 = np.minimum(y[:-1], y[1:]), np.maximum(y[:-1], y[1:])
    mx, my = (float(np.mean(x)), float(np.mean(y))) if n else (0.0, 0.0)
    for _ in range(25):
        cx, cy = mx + rng.uniform(-40, 40), my + rng.uniform(-40, 40)
        r = float(rng.uniform(0.1, 30.0))
        found = index.query(cx - r, cy - r, cx + r, cy + r)
        brute = np.flatnonzero(
            drawn & (x0 <= cx + r) & (x1 >= cx - r) & (y0 <= cy + r) & (y1 >= cy - r)
        )
        assert found.tolist() == brute.tolist()


def test_segment_index_finds_a_window_of_a_long_line() -> None:
    # A straight 100 km line, a segment a metre: a 50 m window finds its 50-odd segments.
    n = 100_001
    x = np.arange(n, dtype=np.float64)
    index = SegmentIndex(x, np.zeros(n))
    assert index.query(5_000.5, -1.0, 5_050.5, 1.0).tolist() == list(range(5_000, 5_051))
    assert len(index.query(-10.0, 5.0, 10.0, 6.0)) == 0


def test_block_runs_split_at_gaps_colours_and_blocks() -> None:
    x = np.arange(40, dtype=np.float64)
    y = np.zeros(40)
    seg = np.array([1, 2, 3, 5, 6, 14, 15, 16, 17])
    group = np.array([0, 0, 1, 1, 1, 2, 2, 2, 2])
    vx, _vy, connect, vgroup, vblock = block_runs(x, y, seg, group)
    runs = np.split(vx, np.flatnonzero(~connect)[1:])
    # A gap (4), a colour change (3) and a block boundary (16) each start a new run.
    assert [r.tolist() for r in runs] == [[1, 2, 3], [3, 4], [5, 6, 7], [14, 15, 16], [16, 17, 18]]
    assert vgroup.tolist() == [0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]
    assert vblock.tolist() == [0] * 11 + [1] * 3
    assert len(block_runs(x, y, seg[:0], group[:0])[0]) == 0


def test_frame_runs_stay_within_their_tolerance_and_alike_in_every_view() -> None:
    rng = np.random.default_rng(4)
    n = 5_000
    heading = np.cumsum(rng.normal(0, 0.05, n))
    x = np.cumsum(2 * np.sin(heading)) + rng.normal(0, 0.5, n)
    y = np.cumsum(2 * np.cos(heading)) + rng.normal(0, 0.5, n)
    group = (np.arange(n - 1) // 300) % 3
    index = SegmentIndex(x, y)
    cx, cy = float(x[2500]), float(y[2500])
    tol = 1.5

    def runs(r: float) -> dict[tuple[float, float], list[tuple[float, float]]]:
        vx, vy, connect, _, _ = index.runs(cx - r, cy - r, cx + r, cy + r, group, tol)
        starts = [*np.flatnonzero(~connect).tolist(), len(vx)]
        pts = list(zip(vx.tolist(), vy.tolist(), strict=True))
        return {pts[a]: pts[a:b] for a, b in itertools.pairwise(starts)}

    near, far = runs(50.0), runs(400.0)
    assert 0 < len(near) < len(far)
    # A run seen in the small view is the same run in the large one.
    assert all(far[k] == v for k, v in near.items())
    # Simplified within the tolerance: every segment of the view is near its run.
    seg = index.query(cx - 50, cy - 50, cx + 50, cy + 50)
    drawn = shapely.multilinestrings([shapely.linestrings(r) for r in far.values()])
    assert float(shapely.distance(shapely.points(x[seg], y[seg]), drawn).max()) <= tol + 1e-9
    assert sum(len(r) for r in far.values()) < 0.5 * len(
        index.query(cx - 400, cy - 400, cx + 400, cy + 400)
    )
