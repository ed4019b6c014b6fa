"""The route of the car's map, prebuilt in pieces so a frame draws only what is on screen."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

from navapp.core.mapgeometry import RoadbookPlane
from navapp.core.model import Roadbook
from navapp.gui.common.map_view import polyline_path

FloatArray = npt.NDArray[np.float64]

#: Vertices in one prebuilt piece of the route.
CHUNK_VERTICES = 512


class RoutePaths(RoadbookPlane):
    """The roadbook in map metres, with the route prebuilt per simplification level as paths
    of :data:`CHUNK_VERTICES` vertices with their bounding boxes: a frame draws the pieces on
    screen, so a long route costs a close-up map no more than a short one."""

    def __init__(self, roadbook: Roadbook) -> None:
        self.route_levels: list[tuple[float, list[QPainterPath], FloatArray]] = []
        super().__init__(roadbook)

    def route_for(self, metres_per_pixel: float, seen: QRectF) -> list[QPainterPath]:
        """The pieces of the route meeting ``seen`` (metres), at the coarsest level within a
        pixel."""
        best = None
        for level in self.route_levels:
            if best is None or level[0] <= metres_per_pixel:
                best = level
        if best is None:
            return []
        _, paths, b = best
        hit = (
            (b[:, 0] <= seen.right())
            & (b[:, 2] >= seen.left())
            & (b[:, 1] <= seen.bottom())
            & (b[:, 3] >= seen.top())
        )
        return [paths[i] for i in np.flatnonzero(hit).tolist()]

    def _project(self) -> None:
        super()._project()
        self.route_levels = [(lv.tolerance_m, *_pieces(lv.x, lv.y)) for lv in self.route_simplified]


def _pieces(x: FloatArray, y: FloatArray) -> tuple[list[QPainterPath], FloatArray]:
    """A polyline cut into paths of :data:`CHUNK_VERTICES` vertices (each sharing its first
    vertex with the last of the one before), and their boxes: xmin, ymin, xmax, ymax."""
    n = len(x)
    starts = range(0, max(n - 1, 1), CHUNK_VERTICES)
    paths, boxes = [], []
    for s in starts:
        e = min(s + CHUNK_VERTICES + 1, n)
        px, py = x[s:e], y[s:e]
        paths.append(polyline_path(px, py))
        boxes.append((px.min(), py.min(), px.max(), py.max()))
    return paths, np.array(boxes, dtype=np.float64).reshape(-1, 4)
