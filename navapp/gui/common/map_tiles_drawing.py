"""Where a map layer's tiles fall on screen, and drawing them there."""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPainter, QPolygonF, QTransform

from navapp.core.geodesy import LocalProjection
from navapp.gui.common.tile_loader import TileLoader
from navapp.maps.tiles import MAX_LAT, LonLatBox, TileId

if TYPE_CHECKING:
    from navapp.gui.common.map_layer import TileLayer

FloatArray = npt.NDArray[np.float64]

# Zoom levels up a tile still loading looks for a loaded parent to show enlarged.
PARENT_LEVELS = 6
# Screen points sampled on each edge to find the visible lon/lat box (corners alone miss the
# bulge of a long edge in the warped plane).
_EDGE_SAMPLES = 5


class _Grid:
    """The screen corners of a block of tiles (``[row, column]``) and the block's place."""

    def __init__(self, sx: FloatArray, sy: FloatArray, x0: int, y0: int, n: int) -> None:
        self.sx, self.sy = sx, sy
        self.x0, self.y0, self.n = x0, y0, n

    def holds(self, tile: TileId) -> bool:
        i, j = (tile.x - self.x0) % self.n, tile.y - self.y0
        rows, cols = int(self.sx.shape[0]), int(self.sx.shape[1])
        return 0 <= j < rows - 1 and 0 <= i < cols - 1

    def quad(self, tile: TileId) -> QPolygonF:
        i, j = (tile.x - self.x0) % self.n, tile.y - self.y0
        sx, sy = self.sx, self.sy
        return QPolygonF(
            [
                QPointF(sx[j, i], sy[j, i]),
                QPointF(sx[j, i + 1], sy[j, i + 1]),
                QPointF(sx[j + 1, i + 1], sy[j + 1, i + 1]),
                QPointF(sx[j + 1, i], sy[j + 1, i]),
            ]
        )


class _Buffer:
    """The tiles drawn north up round a view, and how world metres map to its pixels."""

    def __init__(
        self,
        image: QImage,
        drawn: QTransform,
        size: QSizeF,
        plane: tuple[object, ...],
        square: bool,
        tiles: set[TileId],
    ) -> None:
        self.image = image
        self.drawn = drawn  # world metres to the buffer's (logical) pixels
        self.size = size
        self.plane = plane  # the projection drawn in
        self.square = square  # drawn for a view that turns: any turn is inside
        self.tiles = tiles  # the tiles it shows (a tile arriving is drawn in if it is one)
        self.grid: _Grid | None = None
        self.own: set[TileId] = set()  # the tiles drawn from their own image (not a stand-in)

    def whole_shift(
        self, drawn: QTransform, ratio: float, square: bool
    ) -> tuple[float, float] | None:
        """How far a buffer through ``drawn`` (this one's scale, north up) is from this one,
        rounded to whole pixels; None when its scale, shape or pixel ratio differ."""
        b = self.drawn
        if (drawn.m11(), drawn.m22()) != (b.m11(), b.m22()) or square != self.square:
            return None
        if ratio != round(ratio) or self.image.devicePixelRatio() != ratio:
            return None
        return float(round(drawn.dx() - b.dx())), float(round(drawn.dy() - b.dy()))

    def to_screen(self, transform: QTransform) -> QTransform:
        """From this buffer's pixels to the screen of a view through ``transform``."""
        inverse, _ok = self.drawn.inverted()
        return inverse * transform

    def scale_ratio(self, transform: QTransform) -> float:
        """Screen pixels per buffer pixel in a view through ``transform``."""
        return math.sqrt(abs(transform.determinant()) / max(abs(self.drawn.determinant()), 1e-300))

    def covers(self, transform: QTransform, size: QSizeF, plane: tuple[object, ...]) -> bool:
        """Whether the whole view through ``transform`` is inside this buffer, in its plane,
        at no more than twice or half its scale."""
        if plane != self.plane or not 0.5 <= self.scale_ratio(transform) <= 2.0:
            return False
        inverse, ok = transform.inverted()
        if not ok:
            return False
        back = inverse * self.drawn
        w, h = self.size.width() + 0.5, self.size.height() + 0.5
        for x, y in ((0, 0), (size.width(), 0), (0, size.height()), (size.width(), size.height())):
            q = back.map(QPointF(x, y))
            if not (-0.5 <= q.x() <= w and -0.5 <= q.y() <= h):
                return False
        return True

    def shift(self, transform: QTransform) -> tuple[float, float] | None:
        """Where the buffer goes on a view through ``transform`` that has its scale and turn,
        in whole pixels; None when the view is turned or scaled from it."""
        t, b = transform, self.drawn
        scale = max(abs(b.m11()), abs(b.m22()), 1e-300)
        if any(abs(u - v) > 1e-9 * scale for u, v in _linear_pairs(t, b)):
            return None
        return float(round(t.dx() - b.dx())), float(round(t.dy() - b.dy()))


def _linear_pairs(t: QTransform, b: QTransform) -> list[tuple[float, float]]:
    return [(t.m11(), b.m11()), (t.m12(), b.m12()), (t.m21(), b.m21()), (t.m22(), b.m22())]


def _turned(transform: QTransform) -> bool:
    """Whether a view through ``transform`` is turned from north up."""
    scale = max(abs(transform.m11()), abs(transform.m22()), abs(transform.m12()), 1e-300)
    return abs(transform.m12()) > 1e-9 * scale or abs(transform.m21()) > 1e-9 * scale


def _screen_grid(
    layer: TileLayer, tiles: list[TileId], world_to_screen: QTransform, projection: LocalProjection
) -> _Grid:
    """The screen corners of the block of ``tiles`` through ``world_to_screen``."""
    xs, ys = _corner_grid(layer, tiles, projection)
    # World metres to screen pixels for every grid corner at once (the transform is affine).
    t = world_to_screen
    return _Grid(
        t.m11() * xs + t.m21() * ys + t.dx(),
        t.m12() * xs + t.m22() * ys + t.dy(),
        _west_column(tiles),
        min(tile.y for tile in tiles),
        1 << tiles[0].z,
    )


def _draw_tiles(
    p: QPainter, loader: TileLoader, tiles: list[TileId], grid: _Grid, own: bool
) -> list[TileId]:
    """Draw each of ``tiles`` into its quad of ``grid``: with ``own``, the tiles loaded,
    replacing what is there, and the rest returned; else their loaded parents, only where
    nothing is drawn yet (the last buffer's sharper map stays)."""
    p.save()
    base = p.transform()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # no seams between tiles
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    p.setCompositionMode(
        QPainter.CompositionMode.CompositionMode_Source
        if own
        else QPainter.CompositionMode.CompositionMode_DestinationOver
    )
    missing = []
    for tile in tiles:
        if not grid.holds(tile):
            continue
        if own:
            image = loader.image(tile)
            src = QRectF(0, 0, image.width(), image.height()) if image is not None else QRectF()
        else:
            image, src = _image_or_parent(loader, tile)
        if image is None:
            missing.append(tile)
            continue
        square = QPolygonF([src.topLeft(), src.topRight(), src.bottomRight(), src.bottomLeft()])
        warp = QTransform()
        if not QTransform.quadToQuad(square, grid.quad(tile), warp):
            continue
        affine = _affine(warp, src)
        if _upright(affine, src):
            # Only scaled and moved: Qt's scaled copy, far faster than a turned image.
            p.setTransform(base)
            p.drawImage(affine.mapRect(src), image, src)
        else:
            p.setTransform(affine * base)
            p.drawImage(src, image, src)
    p.restore()
    return missing


def _visible_box(
    inverse: QTransform, size: QSizeF, projection: LocalProjection
) -> tuple[LonLatBox | None, float]:
    """The lon/lat box seen through a view of ``size`` (points along its four edges turned
    back to lon/lat: right for a rotated view too), and the latitude at its centre."""
    w, h = size.width(), size.height()
    f = np.linspace(0.0, 1.0, _EDGE_SAMPLES)
    px = np.concatenate([f * w, np.full_like(f, w), f * w, np.zeros_like(f), [w / 2]])
    py = np.concatenate([np.zeros_like(f), f * h, np.full_like(f, h), f * h, [h / 2]])
    wx = inverse.m11() * px + inverse.m21() * py + inverse.dx()
    wy = inverse.m12() * px + inverse.m22() * py + inverse.dy()
    lat, lon = projection.to_latlon(wx, wy)
    lat, lon = np.asarray(lat, dtype=np.float64), np.asarray(lon, dtype=np.float64)
    if not (np.all(np.isfinite(lat)) and np.all(np.isfinite(lon))):
        return None, 0.0
    # Longitudes unwrapped around the view's centre: a view across the antimeridian gives a
    # box with west > east, as tiles_covering takes it.
    lon_c = float(lon[-1])
    d = (lon - lon_c + 180.0) % 360.0 - 180.0
    west, east = lon_c + float(d.min()), lon_c + float(d.max())
    if east - west >= 360.0:
        west, east = -180.0, 180.0
    else:
        west, east = _wrap(west), _wrap(east)
        if east == -180.0:
            east = 180.0
    south = max(-MAX_LAT, float(lat.min()))
    north = min(MAX_LAT, float(lat.max()))
    if south >= north:
        return None, float(lat[-1])
    return LonLatBox(west, south, east, north), float(lat[-1])


def _wrap(lon: float) -> float:
    return (lon + 180.0) % 360.0 - 180.0


def _clip(box: LonLatBox, bounds: LonLatBox) -> LonLatBox | None:
    """``box`` cut to a source's ``bounds``; None when they do not meet. (A box across the
    antimeridian, or bounds across it, is kept whole: the tiles the source lacks are blank.)"""
    if box.west > box.east or bounds.west > bounds.east:
        return box
    west, east = max(box.west, bounds.west), min(box.east, bounds.east)
    south, north = max(box.south, bounds.south), min(box.north, bounds.north)
    if west > east or south > north:
        return None
    return LonLatBox(west, south, east, north)


def _nearest_first(
    tiles: list[TileId], projection: LocalProjection, cx: float, cy: float
) -> list[TileId]:
    """``tiles`` with the one under the view's centre first, then outwards."""
    if len(tiles) < 2:
        return tiles
    z = tiles[0].z
    lat, lon = projection.to_latlon(cx, cy)
    n = 1 << z
    fx = (lon + 180.0) / 360.0 * n
    s = math.sin(math.radians(max(-MAX_LAT, min(MAX_LAT, lat))))
    fy = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * n

    def distance(t: TileId) -> float:
        dx = abs(t.x + 0.5 - fx)
        return min(dx, n - dx) ** 2 + (t.y + 0.5 - fy) ** 2

    return sorted(tiles, key=distance)


def _corner_grid(
    layer: TileLayer, tiles: list[TileId], projection: LocalProjection
) -> tuple[FloatArray, FloatArray]:
    """Metres of every tile corner of the block ``tiles`` spans, as ``[row, column]`` grids;
    kept while the block and the projection stay (the usual case from frame to frame)."""
    z = tiles[0].z
    n = 1 << z
    x0, y0 = _west_column(tiles), min(t.y for t in tiles)
    cols = max((t.x - x0) % n for t in tiles) + 2
    rows = max(t.y for t in tiles) - y0 + 2
    key = (z, x0, y0, cols, rows, id(projection), projection.lat0, projection.lon0)
    cached = layer._grid_cache
    if cached is not None and cached[0] == key:
        return cached[1], cached[2]
    gx = (x0 + np.arange(cols, dtype=np.float64)) / n * 360.0 - 180.0
    gy = y0 + np.arange(rows, dtype=np.float64)
    lat_rows = np.degrees(np.arctan(np.sinh(np.pi * (1.0 - 2.0 * gy / n))))
    lon, lat = np.meshgrid(gx, lat_rows)
    # Corners past the antimeridian are the same meridians one turn round.
    lon = (lon + 180.0) % 360.0 - 180.0
    xs, ys = projection.to_xy(lat, lon)
    xs, ys = np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
    layer._grid_cache = (key, xs, ys)
    return xs, ys


def _west_column(tiles: list[TileId]) -> int:
    """The westmost column of a block of tiles: past the widest gap between the columns used
    (a block across the antimeridian runs from high columns on to 0)."""
    columns = sorted({t.x for t in tiles})
    n = 1 << tiles[0].z
    gaps = [(columns[0] + n - columns[-1], columns[0])]
    gaps += [(b - a, b) for a, b in itertools.pairwise(columns)]
    return max(gaps)[1]


def _image_or_parent(loader: TileLoader, tile: TileId) -> tuple[QImage | None, QRectF]:
    """The decoded image of ``tile`` and the whole of it, or of its nearest loaded parent and
    the part of it that is ``tile``; (None, empty) when neither is in memory."""
    image = loader.image(tile)
    if image is not None:
        return image, QRectF(0, 0, image.width(), image.height())
    for k in range(1, min(PARENT_LEVELS, tile.z) + 1):
        up = TileId(tile.z - k, tile.x >> k, tile.y >> k)
        image = loader.image(up)
        if image is not None:
            part = 1 << k
            w, h = image.width() / part, image.height() / part
            ox, oy = tile.x - (up.x << k), tile.y - (up.y << k)
            return image, QRectF(ox * w, oy * h, w, h)
    return None, QRectF()


def _upright(t: QTransform, src: QRectF) -> bool:
    """Whether ``t`` turns or shears ``src`` by less than a quarter pixel at its far corners
    (a north-up view near the plane's centre: the meridians' convergence is that small)."""
    if t.type().value > QTransform.TransformationType.TxScale.value:
        return (
            abs(t.m12()) * src.width() < 0.25
            and abs(t.m21()) * src.height() < 0.25
            and t.m11() > 0
            and t.m22() > 0
        )
    return True


def _affine(warp: QTransform, src: QRectF) -> QTransform:
    """``warp`` without its perspective terms when they move no corner of ``src`` by a
    hundredth of a pixel (always so at tile scale): affine images draw much faster."""
    if warp.m33() == 0:
        return warp
    span = max(abs(src.right()), abs(src.bottom()), 1.0)
    if abs(warp.m13()) * span + abs(warp.m23()) * span > 1e-5 * abs(warp.m33()):
        return warp
    s = 1.0 / warp.m33()
    return QTransform(
        warp.m11() * s, warp.m12() * s, warp.m21() * s, warp.m22() * s, warp.dx() * s, warp.dy() * s
    )
