"""The nearest segment of a route line to many points at once, in its plane, on a grid.

Each segment is filed under every grid cell within :data:`REACH_M` of it; a point then only
measures the segments filed under its own cell, and the nearest of them is the nearest of
all when it lies within that reach (any nearer segment would be filed there too). Points with
nothing that near are left for the caller's exact search (the route's STRtree): on a track
that follows its route, nearly none. Vectorised throughout: for a 100,000-point track a few
times faster than a tree query per point.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

CELL_M = 50.0
REACH_M = 50.0
# Lines whose filing would take more than this many entries (long straight segments across
# many cells) are left to the tree.
MAX_ENTRIES = 4_000_000


class SegmentGrid:
    """Segments (x[i], y[i]) → (x[i+1], y[i+1]) filed by grid cell."""

    def __init__(self, x: FloatArray, y: FloatArray) -> None:
        self.x, self.y = x, y
        reach = REACH_M
        x0 = np.minimum(x[:-1], x[1:]) - reach
        x1 = np.maximum(x[:-1], x[1:]) + reach
        y0 = np.minimum(y[:-1], y[1:]) - reach
        y1 = np.maximum(y[:-1], y[1:]) + reach
        self.ox, self.oy = float(x0.min()), float(y0.min())
        cx0 = ((x0 - self.ox) // CELL_M).astype(np.int64)
        cx1 = ((x1 - self.ox) // CELL_M).astype(np.int64)
        cy0 = ((y0 - self.oy) // CELL_M).astype(np.int64)
        cy1 = ((y1 - self.oy) // CELL_M).astype(np.int64)
        self.nx = int(cx1.max()) + 1
        self.ny = int(cy1.max()) + 1
        wide, high = cx1 - cx0 + 1, cy1 - cy0 + 1
        counts = wide * high
        total = int(counts.sum())
        self.usable = total <= MAX_ENTRIES
        if not self.usable:
            return
        seg = np.repeat(np.arange(x0.size, dtype=np.int64), counts)
        # The k-th cell of a segment's box: row k // wide, column k % wide.
        k = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
        w = np.repeat(wide, counts)
        cell = (np.repeat(cx0, counts) + k % w) * self.ny + np.repeat(cy0, counts) + k // w
        order = np.lexsort((seg, cell))
        self.cells, starts = np.unique(cell[order], return_index=True)
        self.starts = np.append(starts, total).astype(np.int64)
        self.segs = seg[order]

    def nearest(self, px: FloatArray, py: FloatArray) -> tuple[IntArray, FloatArray]:
        """Per point, the nearest segment (-1 where none is within reach) and its distance."""
        n = px.size
        best = np.full(n, -1, dtype=np.int64)
        dist = np.full(n, np.inf)
        if not self.usable or n == 0:
            return best, dist
        with np.errstate(invalid="ignore"):
            gx = np.floor((px - self.ox) / CELL_M)
            gy = np.floor((py - self.oy) / CELL_M)
        inside = (gx >= 0) & (gx < self.nx) & (gy >= 0) & (gy < self.ny)
        cell = np.where(inside, gx, 0).astype(np.int64) * self.ny + np.where(inside, gy, 0).astype(
            np.int64
        )
        at = np.searchsorted(self.cells, cell)
        at = np.minimum(at, self.cells.size - 1)
        found = inside & (self.cells[at] == cell)
        lo = np.where(found, self.starts[at], 0)
        count = np.where(found, self.starts[at + 1] - self.starts[at], 0)
        total = int(count.sum())
        if total == 0:
            return best, dist
        point = np.repeat(np.arange(n, dtype=np.int64), count)
        first = np.cumsum(count) - count
        slot = np.arange(total, dtype=np.int64) - np.repeat(first, count) + np.repeat(lo, count)
        seg = self.segs[slot]
        ax, ay = self.x[seg], self.y[seg]
        dx, dy = self.x[seg + 1] - ax, self.y[seg + 1] - ay
        qx, qy = px[point], py[point]
        d2 = dx * dx + dy * dy
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.clip(np.where(d2 > 0, ((qx - ax) * dx + (qy - ay) * dy) / d2, 0.0), 0.0, 1.0)
        ex, ey = ax + t * dx - qx, ay + t * dy - qy
        e2 = ex * ex + ey * ey
        has = count > 0
        starts = first[has]
        low = np.minimum.reduceat(e2, starts)
        # The first candidate (the lowest segment number) at the lowest distance.
        hit = np.flatnonzero(e2 <= np.repeat(low, count[has]))
        pick = hit[np.searchsorted(hit, starts)]
        within = np.sqrt(low) <= REACH_M
        rows = np.flatnonzero(has)[within]
        best[rows] = seg[pick[within]]
        dist[rows] = np.sqrt(low[within])
        return best, dist
