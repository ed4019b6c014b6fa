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

import math

from PySide6.QtCore import QObject, QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTransform

from navapp.core.geodesy import LocalProjection
from navapp.gui.common.map_tiles_drawing import (
    FloatArray,
    _Buffer,
    _clip,
    _draw_tiles,
    _Grid,
    _nearest_first,
    _screen_grid,
    _turned,
    _visible_box,
)
from navapp.gui.common.night import is_night
from navapp.gui.common.tile_loader import TileLoader
from navapp.maps.source import TileSource, tile_size
from navapp.maps.tiles import (
    TILE_SIZE,
    LonLatBox,
    TileId,
    TileRangeError,
    ZoomedOutError,
    source_zoom,
    tiles_covering,
)

__all__ = ["MAX_VIEW_TILES", "NIGHT_MAP_DIM", "TileLayer"]

# The most tiles one view draws: a 1920x1080 view at its own zoom needs about 130 (tiles are
# drawn from 0.71x to 1.41x); more means the source has no level coarse enough (a map file
# made for zooms 10..14 seen from far away): its tiles would be too small to see anyway.
MAX_VIEW_TILES = 400
# At night the map is drawn at this fraction of its opacity over the dark map paper: a bright
# map would blind the crew and hide the night marks on it.
NIGHT_MAP_DIM = 0.3
# Pixels drawn beyond each edge of the view (of the circle round it once it has turned): a pan
# within them moves the drawn map without drawing a tile again, and their tiles are loaded
# before they come on screen.
MARGIN_PX = 256
# How long after the last frame of a zoom the tiles are drawn again for its scale.
SETTLE_MS = 120


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
            line = self.tr("map: zoom in to see {map} (its tiles start at zoom {zoom})")
            self._say(line.format(map=source.name, zoom=source.min_zoom), notice=True)
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
                line = self.tr("map: {map} does not cover this place")
                self._say(line.format(map=source.name), notice=True)
                return []
            box = clipped
        try:
            tiles = tiles_covering(box, z, MAX_VIEW_TILES)
        except TileRangeError:
            self._say(self.tr("map: zoom in to see {map}").format(map=source.name), notice=True)
            return None
        if self._notice:  # this layer's own notice is over
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
