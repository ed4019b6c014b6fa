"""The map under the route: tiles of one map source drawn into a map view in local metres.

Tiles are Web Mercator squares; the views draw in a local azimuthal-equidistant plane
(:class:`~navapp.core.geodesy.LocalProjection`). Each tile is drawn warped: its four corners
projected to metres, then to the screen, and the tile image mapped onto that quad. Painting
never waits: it draws what is decoded in memory, a tile still loading shows its loaded parent
enlarged (or nothing), and the :class:`~navapp.gui.common.tile_loader.TileLoader` is told
which tiles to fetch; ``changed`` asks for a repaint when they arrive.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPolygonF, QTransform

from navapp.core.geodesy import LocalProjection
from navapp.gui.common.night import is_night
from navapp.gui.common.tile_loader import TileLoader
from navapp.maps.source import TileSource, tile_size
from navapp.maps.tiles import (
    MAX_LAT,
    TILE_SIZE,
    LonLatBox,
    TileId,
    TileRangeError,
    ZoomedOutError,
    source_zoom,
    tiles_covering,
)

__all__ = ["MAX_VIEW_TILES", "NIGHT_MAP_DIM", "TileLayer"]

FloatArray = npt.NDArray[np.float64]

# The most tiles one view draws: a 1920x1080 view at its own zoom needs about 130 (tiles are
# drawn from 0.71x to 1.41x); more means the source has no level coarse enough (a map file
# made for zooms 10..14 seen from far away): its tiles would be too small to see anyway.
MAX_VIEW_TILES = 400
# Zoom levels up a tile still loading looks for a loaded parent to show enlarged.
PARENT_LEVELS = 6
# At night the map is drawn at this fraction of its opacity over the dark map paper: a bright
# map would blind the crew and hide the night marks on it.
NIGHT_MAP_DIM = 0.3
# Pixels drawn beyond each edge of the view: a pan within them moves the drawn map without
# drawing a tile again, and their tiles are loaded before they come on screen.
MARGIN_PX = 256
# How long after the last frame of a zoom or a turn the tiles are drawn again for it.
SETTLE_MS = 120
# Screen points sampled on each edge to find the visible lon/lat box (corners alone miss the
# bulge of a long edge in the warped plane).
_EDGE_SAMPLES = 5


class TileLayer(QObject):
    """One map source's tiles, for a map view to paint under its route and tracks.

    The layer owns the source set on it: it is closed when replaced or when the layer closes.
    ``changed`` asks the view to repaint (tiles arrived, the source or the opacity changed);
    ``status`` carries one line when something goes wrong (``""`` when it is right again).
    """

    changed = Signal()
    status = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: TileSource | None = None
        self._loader: TileLoader | None = None
        self._opacity = 1.0
        self._offline = False
        self._wanted: list[TileId] = []
        self._zoom: int | None = None
        self._tile_size = TILE_SIZE
        self._status = ""
        self._grid_cache: tuple[tuple[object, ...], FloatArray, FloatArray] | None = None
        self._buffer: _Buffer | None = None
        self._version = 0  # counts the tiles arrived: a buffer drawn before is out of date
        self._asking = False
        # While the view zooms or turns, frames show the last drawing stretched; the tiles
        # are drawn again this long after the last such frame (0: every frame drawn exactly).
        self.settle_ms = SETTLE_MS
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._on_settled)
        self._settled = False

    # -- the source --------------------------------------------------------------------------

    def source(self) -> TileSource | None:
        """The map source drawn, or None for no map."""
        return self._source

    def set_source(self, source: TileSource | None) -> None:
        """Draw ``source`` (None: no map); the previous source is closed."""
        if source is self._source:
            return
        self._drop_source()
        self._source = source
        self._tile_size = tile_size(source)
        if source is not None:
            self._loader = TileLoader(source, parent=self)
            self._loader.tile_ready.connect(self._on_tile)
            self._loader.status.connect(self._say)
            self._loader.set_offline(self._offline)
        self._say("")
        self.changed.emit()

    def attribution(self) -> str:
        """Whose map it is, as the source asks to be credited ("" without a map)."""
        return self._source.attribution if self._source is not None else ""

    def set_opacity(self, opacity: float) -> None:
        """How opaque the map is drawn, 0 (not at all) to 1."""
        value = min(1.0, max(0.0, float(opacity))) if math.isfinite(opacity) else 1.0
        if value != self._opacity:
            self._opacity = value
            self.changed.emit()

    def opacity(self) -> float:
        return self._opacity

    def set_offline(self, offline: bool) -> None:
        """Read a tile server's disk cache only (True), or fetch what is missing (False)."""
        self._offline = offline
        if self._loader is not None:
            self._loader.set_offline(offline)
        self._wanted = []  # ask again: going online fetches what the cache lacks
        self._buffer = None
        self.changed.emit()

    def offline(self) -> bool:
        return self._offline

    def zoom(self) -> int | None:
        """The tile level of the last paint (None before one, or without a map)."""
        return self._zoom

    def tile_size(self) -> int:
        """The pixels along a tile's edge of the source, as its tiles have them."""
        return self._tile_size

    def wanted(self) -> list[TileId]:
        """The tiles the last paint asked for, most wanted (nearest the centre) first."""
        return list(self._wanted)

    @property
    def busy(self) -> bool:
        """Whether tiles the view wants are still on their way, or the map shown stretched
        waits to be drawn again for the view's new scale."""
        return self._settle.isActive() or (self._loader is not None and self._loader.busy)

    def close(self) -> None:
        """Stop loading and close the source."""
        self._drop_source()
        self._source = None

    # -- painting ----------------------------------------------------------------------------

    def paint(
        self,
        p: QPainter,
        world_to_screen: QTransform,
        size: QSizeF,
        mpp: float,
        projection: LocalProjection,
    ) -> None:
        """Draw the tiles seen in a view of ``size`` pixels where ``world_to_screen`` maps
        ``projection``'s metres to the screen (it may rotate) at ``mpp`` metres per pixel.

        Never waits: tiles not yet decoded are asked for and drawn when they come.
        """
        source, loader = self._source, self._loader
        if source is None or loader is None or self._opacity <= 0.0:
            return
        if not (math.isfinite(mpp) and mpp > 0) or size.isEmpty():
            return
        buffer = self._buffer
        plane = (id(projection), projection.lat0, projection.lon0, self._version)
        stretch: QTransform | None = None
        if buffer is not None and buffer.shows(world_to_screen, size, plane):
            pass  # a pan: the drawn map moved
        elif buffer is not None and self._may_stretch(buffer, world_to_screen, size, plane):
            # Zooming or turning: the last drawing stretched now, the tiles drawn again for
            # the new scale once the view rests (no frame waits for a whole redraw).
            stretch = buffer.stretched_to(world_to_screen)
            self._settle.start(self.settle_ms)
        else:
            self._settle.stop()
            buffer = self._render(source, loader, world_to_screen, size, mpp, projection, p)
            if buffer is None:
                return
        p.save()
        p.setOpacity(p.opacity() * self._opacity * (NIGHT_MAP_DIM if is_night() else 1.0))
        if stretch is not None:
            p.setTransform(stretch * p.transform())
            p.drawImage(QPointF(0, 0), buffer.image)
        else:
            dx, dy = buffer.offset(world_to_screen)
            p.drawImage(QPointF(dx - buffer.margin, dy - buffer.margin), buffer.image)
        p.restore()

    def _may_stretch(
        self, buffer: _Buffer, transform: QTransform, size: QSizeF, plane: tuple[object, ...]
    ) -> bool:
        if self.settle_ms <= 0 or self._settled or plane != buffer.plane or size != buffer.size:
            self._settled = False
            return False
        b = buffer.transform
        scale = math.sqrt(abs(transform.determinant()) / max(abs(b.determinant()), 1e-300))
        return 0.5 <= scale <= 2.0

    def _on_settled(self) -> None:
        self._settled = True
        self.changed.emit()

    def _render(
        self,
        source: TileSource,
        loader: TileLoader,
        world_to_screen: QTransform,
        size: QSizeF,
        mpp: float,
        projection: LocalProjection,
        p: QPainter,
    ) -> _Buffer | None:
        """Draw the tiles of the view into a new buffer (asking for those not loaded); None
        when there is nothing to draw. While the view pans, a margin round it is drawn too;
        while it zooms or turns, only the view (each frame is drawn anew anyway)."""
        last, self._buffer = self._buffer, None
        margin = MARGIN_PX if last is not None and last.turned_alike(world_to_screen, size) else 0
        w, h = size.width() + 2 * margin, size.height() + 2 * margin
        shifted = world_to_screen * QTransform.fromTranslate(margin, margin)
        inverse, ok = shifted.inverted()
        if not ok:
            return None
        box, centre_lat = _visible_box(inverse, QSizeF(w, h), projection)
        if box is None:
            return None
        try:
            z = source_zoom(mpp, centre_lat, source.min_zoom, source.max_zoom, self._tile_size)
        except ZoomedOutError:
            self._say(
                f"map: zoom in to see {source.name} (its tiles start at zoom {source.min_zoom})"
            )
            return None
        except TileRangeError:
            return None
        self._zoom = z
        tiles = self._tiles_for(source, box, z)
        if tiles is None:
            return None
        centre = inverse.map(QPointF(w / 2, h / 2))
        tiles = _nearest_first(tiles, projection, centre.x(), centre.y())
        plane = (id(projection), projection.lat0, projection.lon0, self._version)
        if tiles != self._wanted:
            self._wanted = tiles
            self._asking = True  # tiles already in memory come back at once: drawn below
            try:
                loader.want(tiles)
            finally:
                self._asking = False
        device = p.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        image = QImage(
            math.ceil(w * ratio), math.ceil(h * ratio), QImage.Format.Format_ARGB32_Premultiplied
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        if tiles:
            painter = QPainter(image)
            self._draw(painter, loader, tiles, shifted, projection)
            painter.end()
        self._buffer = _Buffer(image, QTransform(world_to_screen), QSizeF(size), plane, margin)
        return self._buffer

    def paint_attribution(self, p: QPainter, size: QSizeF, font: QFont | None = None) -> None:
        """Whose map it is, in a small box at the bottom right corner (OpenStreetMap and most
        tile servers ask for it on the map itself)."""
        text = self.attribution()
        if not text:
            return
        f = QFont(font) if font is not None else QFont()
        if f.pixelSize() > 0:
            f.setPixelSize(max(10, round(f.pixelSize() * 0.9)))
        else:
            f.setPointSizeF(max(7.5, f.pointSizeF() * 0.85))
        metrics = QFontMetricsF(f)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideLeft, max(40.0, size.width() - 16))
        w, h = metrics.horizontalAdvance(text) + 8, metrics.height() + 2
        box = QRectF(size.width() - w, size.height() - h, w, h)
        p.save()
        p.resetTransform()
        night = is_night()
        p.fillRect(box, QColor(0, 0, 0, 170) if night else QColor(255, 255, 255, 190))
        p.setPen(QColor("#b0a58f") if night else QColor("#333333"))
        p.setFont(f)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        p.restore()

    # -- inside ------------------------------------------------------------------------------

    def _tiles_for(self, source: TileSource, box: LonLatBox, z: int) -> list[TileId] | None:
        if source.bounds is not None:
            clipped = _clip(box, source.bounds)
            if clipped is None:
                self._say(f"map: {source.name} does not cover this place")
                return []
            box = clipped
        try:
            tiles = tiles_covering(box, z, MAX_VIEW_TILES)
        except TileRangeError:
            self._say(f"map: zoom in to see {source.name}")
            return None
        if self._status.startswith("map: "):
            self._say("")
        return tiles

    def _draw(
        self,
        p: QPainter,
        loader: TileLoader,
        tiles: list[TileId],
        world_to_screen: QTransform,
        projection: LocalProjection,
    ) -> None:
        xs, ys = _corner_grid(self, tiles, projection)
        x0, y0 = _west_column(tiles), min(t.y for t in tiles)
        n = 1 << tiles[0].z
        # World metres to screen pixels for every grid corner at once (the transform is affine).
        t = world_to_screen
        sx = t.m11() * xs + t.m21() * ys + t.dx()
        sy = t.m12() * xs + t.m22() * ys + t.dy()
        p.save()
        base = p.transform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # no seams between tiles
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for tile in tiles:
            image, src = _image_or_parent(loader, tile)
            if image is None:
                continue
            i, j = (tile.x - x0) % n, tile.y - y0
            quad = QPolygonF(
                [
                    QPointF(sx[j, i], sy[j, i]),
                    QPointF(sx[j, i + 1], sy[j, i + 1]),
                    QPointF(sx[j + 1, i + 1], sy[j + 1, i + 1]),
                    QPointF(sx[j + 1, i], sy[j + 1, i]),
                ]
            )
            square = QPolygonF([src.topLeft(), src.topRight(), src.bottomRight(), src.bottomLeft()])
            warp = QTransform()
            if not QTransform.quadToQuad(square, quad, warp):
                continue
            p.setTransform(_affine(warp, src) * base)
            p.drawImage(src, image, src)
        p.restore()

    def _on_tile(self, _z: int, _x: int, _y: int, image: QImage) -> None:
        edge = image.width()
        if edge != self._tile_size and edge == image.height() and 64 <= edge <= 2048:
            # The tiles are not the size the source said (a tile server's 512 px tiles): the
            # zoom is chosen again so a tile pixel stays about a screen pixel.
            self._tile_size = edge
            self._version += 1
        if not self._asking:
            self._version += 1
            self.changed.emit()

    def _say(self, line: str) -> None:
        if line != self._status:
            self._status = line
            self.status.emit(line)

    def _drop_source(self) -> None:
        if self._loader is not None:
            self._loader.tile_ready.disconnect(self._on_tile)
            self._loader.status.disconnect(self._say)
            self._loader.close()
            self._loader.deleteLater()
            self._loader = None
        if self._source is not None:
            self._source.close()
        self._wanted = []
        self._zoom = None
        self._grid_cache = None
        self._buffer = None
        self._settle.stop()


class _Buffer:
    """The tiles drawn for a view and a margin round it, and the view they were drawn for."""

    def __init__(
        self,
        image: QImage,
        transform: QTransform,
        size: QSizeF,
        plane: tuple[object, ...],
        margin: int,
    ) -> None:
        self.image = image
        self.transform = transform
        self.size = size
        self.plane = plane  # the projection drawn in, and the count of tiles arrived then
        self.margin = margin

    def stretched_to(self, transform: QTransform) -> QTransform:
        """From this buffer's pixels to the screen of a view through ``transform``."""
        drawn = self.transform * QTransform.fromTranslate(self.margin, self.margin)
        inverse, _ok = drawn.inverted()
        return inverse * transform

    def turned_alike(self, transform: QTransform, size: QSizeF) -> bool:
        """Whether ``transform`` has this buffer's scale and turn, for a view of its size."""
        t, b = transform, self.transform
        same = (t.m11(), t.m12(), t.m21(), t.m22()) == (b.m11(), b.m12(), b.m21(), b.m22())
        return same and size == self.size

    def shows(self, transform: QTransform, size: QSizeF, plane: tuple[object, ...]) -> bool:
        """Whether this buffer, moved, is the view through ``transform``: the same plane,
        scale and turn, moved no further than its margin, no tile arrived since."""
        if plane != self.plane or not self.turned_alike(transform, size):
            return False
        dx, dy = self.offset(transform)
        return abs(dx) <= self.margin and abs(dy) <= self.margin

    def offset(self, transform: QTransform) -> tuple[float, float]:
        """How far the map moved since the buffer was drawn, in whole pixels (the map is
        at most half a pixel off the route: invisible, and a whole-pixel copy is fast)."""
        return (
            float(round(transform.dx() - self.transform.dx())),
            float(round(transform.dy() - self.transform.dy())),
        )


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
