"""The map under the route: tiles of one map source drawn into a map view in local metres.

Tiles are Web Mercator squares; the views draw in a local azimuthal-equidistant plane
(:class:`~navapp.core.geodesy.LocalProjection`). Each tile is drawn warped: its four corners
projected to metres, then to the screen, and the tile image mapped onto that quad. Painting
never waits: it draws what is decoded in memory, a tile still loading shows its loaded parent
enlarged (or nothing), and the :class:`~navapp.gui.common.tile_loader.TileLoader` is told
which tiles to fetch; ``changed`` asks for a repaint when they arrive.

The tiles are drawn once into a north-up buffer reaching a margin beyond the view (beyond the
circle round it once the view has turned), and each frame draws that buffer moved, turned or
scaled: a car's course-up map that moves and turns with every fix costs one image draw a
frame, and is drawn again only when the view leaves the buffer or its scale changes. A tile
arriving is drawn into the buffer in its place; one still missing shows what the last buffer
showed there, or a loaded parent.
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
# Pixels drawn beyond each edge of the view (of the circle round it once it has turned): a pan
# within them moves the drawn map without drawing a tile again, and their tiles are loaded
# before they come on screen.
MARGIN_PX = 256
# How long after the last frame of a zoom the tiles are drawn again for its scale.
SETTLE_MS = 120
# Screen points sampled on each edge to find the visible lon/lat box (corners alone miss the
# bulge of a long edge in the warped plane).
_EDGE_SAMPLES = 5


class TileLayer(QObject):
    """One map source's tiles, for a map view to paint under its route and tracks.

    The layer owns the source set on it: it is closed when replaced or when the layer closes.
    ``changed`` asks the view to repaint (tiles arrived, the source or the opacity changed);
    ``status`` carries one line when something goes wrong or needs saying (``""`` when it is
    right again); :meth:`status_is_notice` tells a notice ("zoom in to see…") from an error.
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
        self._notice = False  # the status line is a notice, not an error
        self._grid_cache: tuple[tuple[object, ...], FloatArray, FloatArray] | None = None
        self._buffer: _Buffer | None = None
        self._asking = False
        # While the view zooms, frames show the last drawing scaled; the tiles are drawn
        # again for the new scale this long after the last such frame (0: at once).
        self.settle_ms = SETTLE_MS
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._on_settled)
        self._settled = False
        self._frame_mpp = 0.0  # the scale of the last frame painted

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

        Never waits: tiles not yet decoded are asked for and drawn when they come. A pan or
        a turn within the drawn buffer costs one image copy; a zoom shows the buffer scaled
        and draws the tiles for the new scale once the view rests (at once past a factor 2).
        """
        source, loader = self._source, self._loader
        if source is None or loader is None or self._opacity <= 0.0:
            return
        if not (math.isfinite(mpp) and mpp > 0) or size.isEmpty():
            return
        buffer = self._buffer
        plane = (id(projection), projection.lat0, projection.lon0)
        scaled = False
        if buffer is not None and buffer.covers(world_to_screen, size, plane):
            ratio = buffer.scale_ratio(world_to_screen)
            scaled = abs(ratio - 1.0) > 1e-6
            if scaled and (self.settle_ms <= 0 or self._settled):
                buffer = None
            elif scaled and (mpp != self._frame_mpp or not self._settle.isActive()):
                # Only a change of scale puts the drawing off: a car's map moves with every
                # fix and would never rest.
                self._settle.start(self.settle_ms)
        else:
            buffer = None
        if buffer is None:
            self._settle.stop()
            self._settled = False
            scaled = False
            buffer = self._render(source, loader, world_to_screen, size, mpp, projection, p)
            if buffer is None:
                return
        self._frame_mpp = mpp
        p.save()
        p.setOpacity(p.opacity() * self._opacity * (NIGHT_MAP_DIM if is_night() else 1.0))
        shift = buffer.shift(world_to_screen)
        if shift is not None and not scaled:
            # The same scale and turn: a whole-pixel copy (at most half a pixel off the route).
            p.drawImage(QPointF(*shift), buffer.image)
        else:
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            p.setTransform(buffer.to_screen(world_to_screen) * p.transform())
            p.drawImage(QPointF(0, 0), buffer.image)
        p.restore()

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
        """Draw the tiles round the view into a new buffer, north up and unturned, reaching
        :data:`MARGIN_PX` beyond the view (beyond the circle round it once the view has
        turned, so any turn is inside); the tiles not loaded are asked for. What is not in
        memory yet shows the last buffer, or a loaded parent. None: nothing to draw."""
        last, self._buffer = self._buffer, None
        plane = (id(projection), projection.lat0, projection.lon0)
        if last is not None and last.plane != plane:
            last = None
        inverse, ok = world_to_screen.inverted()
        if not ok:
            return None
        w, h = size.width(), size.height()
        centre = inverse.map(QPointF(w / 2, h / 2))
        turned = _turned(world_to_screen) or (last is not None and last.square)
        if turned:
            w = h = math.ceil(math.hypot(w, h))
        w, h = w + 2 * MARGIN_PX, h + 2 * MARGIN_PX
        s = 1.0 / mpp
        # World metres to buffer pixels: north up, the view's centre in the middle.
        drawn = QTransform(s, 0.0, 0.0, -s, w / 2 - centre.x() * s, h / 2 + centre.y() * s)
        device = p.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        # At the last buffer's scale (a pan past the margin), this one is put a whole number
        # of pixels from it: the tiles drawn there are copied, not drawn again.
        shift = last.whole_shift(drawn, ratio, turned) if last is not None else None
        if last is not None and shift is not None:
            b = last.drawn
            drawn = QTransform(s, 0.0, 0.0, -s, b.dx() + shift[0], b.dy() + shift[1])
        to_world, _ok = drawn.inverted()
        box, centre_lat = _visible_box(to_world, QSizeF(w, h), projection)
        if box is None:
            return None
        try:
            z = source_zoom(mpp, centre_lat, source.min_zoom, source.max_zoom, self._tile_size)
        except ZoomedOutError:
            self._say(
                f"map: zoom in to see {source.name} (its tiles start at zoom {source.min_zoom})",
                notice=True,
            )
            return None
        except TileRangeError:
            return None
        self._zoom = z
        tiles = self._tiles_for(source, box, z)
        if tiles is None:
            return None
        tiles = _nearest_first(tiles, projection, centre.x(), centre.y())
        if tiles != self._wanted:
            self._wanted = tiles
            self._asking = True  # tiles already in memory come back at once: drawn below
            try:
                loader.want(tiles)
            finally:
                self._asking = False
        image = QImage(
            math.ceil(w * ratio), math.ceil(h * ratio), QImage.Format.Format_ARGB32_Premultiplied
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        buffer = _Buffer(image, drawn, QSizeF(w, h), plane, turned, set(tiles))
        painter = QPainter(image)
        copied: set[TileId] = set()
        if last is not None and shift is not None:
            painter.drawImage(QPointF(*shift), last.image)
            inside = QRectF(QPointF(*shift), last.size).adjusted(1, 1, -1, -1)
            kept = [t for t in last.own if t in buffer.tiles]
            if kept:
                grid = _screen_grid(self, tiles, drawn, projection)
                copied = {
                    t
                    for t in kept
                    if grid.holds(t) and inside.contains(grid.quad(t).boundingRect())
                }
        elif last is not None:
            # What was on screen stays until its tiles come (zooming out: the edges too).
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.setTransform(last.to_screen(drawn))
            painter.drawImage(QPointF(0, 0), last.image)
            painter.resetTransform()
        buffer.own = set(copied)
        if tiles:
            todo = [t for t in tiles if t not in copied] if copied else tiles
            buffer.grid = self._draw(painter, loader, todo, drawn, projection, tiles)
            buffer.own |= {t for t in todo if loader.image(t) is not None}
        painter.end()
        self._buffer = buffer
        return buffer

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
                self._say(f"map: {source.name} does not cover this place", notice=True)
                return []
            box = clipped
        try:
            tiles = tiles_covering(box, z, MAX_VIEW_TILES)
        except TileRangeError:
            self._say(f"map: zoom in to see {source.name}", notice=True)
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
        block: list[TileId] | None = None,
    ) -> _Grid:
        """Draw ``tiles`` through ``world_to_screen``: each loaded one over what is there,
        a loaded parent only where nothing is; the screen corners of the grid of ``block``
        (the tiles of the buffer; ``tiles`` when None)."""
        block = block or tiles
        grid = _screen_grid(self, block, world_to_screen, projection)
        if not tiles:
            return grid
        stand_ins = _draw_tiles(p, loader, tiles, grid, own=True)
        if stand_ins:
            _draw_tiles(p, loader, stand_ins, grid, own=False)
        return grid

    def _on_tile(self, z: int, x: int, y: int, image: QImage) -> None:
        edge = image.width()
        if edge != self._tile_size and edge == image.height() and 64 <= edge <= 2048:
            # The tiles are not the size the source said (a tile server's 512 px tiles): the
            # zoom is chosen again so a tile pixel stays about a screen pixel.
            self._tile_size = edge
            self._buffer = None
            if not self._asking:
                self.changed.emit()
            return
        if self._asking:
            return
        buffer, loader = self._buffer, self._loader
        tile = TileId(z, x, y)
        grid = buffer.grid if buffer is not None else None
        if buffer is not None and loader is not None and grid is not None and tile in buffer.tiles:
            # Drawn into the buffer where it belongs: no redraw of the others.
            p = QPainter(buffer.image)
            _draw_tiles(p, loader, [tile], grid, own=True)
            p.end()
            buffer.own.add(tile)
        self.changed.emit()

    def status_line(self) -> str:
        """The last status line ("" when all is right)."""
        return self._status

    def status_is_notice(self) -> bool:
        """Whether the status line is a notice (how to see the map), not an error."""
        return self._notice and bool(self._status)

    def _say(self, line: str, notice: bool = False) -> None:
        if line != self._status or notice != self._notice:
            self._status, self._notice = line, notice
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
