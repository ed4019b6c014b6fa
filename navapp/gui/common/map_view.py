"""The view of a map drawn in metres: centre, scale, pan, zoom about the cursor, fit.

The editor's map pane and the review map share it, with what both draw the same way: the
map's colours, the route line, the scale bar and paths built from vertex arrays. What else
they draw and how clicks pick things is theirs. The view never knows the projection: it maps
metres to pixels, north up unless a subclass turns it (the car's course-up map does).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QByteArray, QDataStream, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from navapp.core.geodesy import LocalProjection
from navapp.core.mapgeometry import scale_bar
from navapp.gui.common.map_layer import TileLayer
from navapp.gui.common.night import current_theme
from navapp.gui.common.theme import DAY

FloatArray = npt.NDArray[np.float64]

MAP_BACKGROUND = "#f3efe6"
ROUTE_COLOUR = "#a89a80"
ROUTE_CASING_COLOUR = "#5a4a2a"
# Over a map's tiles (a topo map's contours and text are browns and greys, the colours of the
# plain route) the route takes the car map's magenta on a light casing in the editor, and a
# light band under the crews' tracks in the review.
ROUTE_ON_MAP_COLOUR = "#c2187a"
ROUTE_ON_MAP_CASING = "#ffffff"
ROUTE_ON_MAP_CASING_NIGHT = "#1a1a1a"
SCALE_BAR_TEXT = "#222222"


def map_text(colour: QColor | None = None) -> QColor:
    """The colour of a map label: ``colour`` (the theme's label ink when None), made light
    enough at night to read on the dark label box (mixed towards the night ink)."""
    t = current_theme()
    if colour is None:
        return QColor(t.map_label)
    if t is DAY:
        return colour
    ink = QColor(t.map_label)
    c = QColor(colour)
    for _ in range(4):
        if _luminance(c) >= 0.18:  # at least 4.6:1 on black
            break
        c = QColor(
            (c.red() + ink.red()) // 2, (c.green() + ink.green()) // 2, (c.blue() + ink.blue()) // 2
        )
    return c


def map_label_fill() -> QColor:
    """The translucent box behind a map label: white by day, black at night."""
    return QColor(current_theme().map_label_fill)


def map_halo() -> QColor:
    """The ring around a map mark, to part it from the map: white by day, the map at night."""
    t = current_theme()
    return QColor("white") if t is DAY else QColor(t.map_background)


def _luminance(c: QColor) -> float:
    """Relative luminance (WCAG) of ``c``."""

    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def path_from_arrays(x: FloatArray, y: FloatArray, connect: npt.NDArray[np.bool_]) -> QPainterPath:
    """A QPainterPath from vertex arrays without a per-point Python call.

    ``connect[i]`` says whether vertex ``i`` is joined to the one before (else a move-to).
    Built through QDataStream's path format: int32 count, then (int32 type, f64 x, f64 y) per
    element, then int32 cStart and fill rule, all big-endian.
    """
    n = len(x)
    path = QPainterPath()
    if n == 0:
        return path
    arr = np.empty(n, dtype=[("c", ">i4"), ("x", ">f8"), ("y", ">f8")])
    arr["c"] = connect.astype(np.int32)
    arr["c"][0] = 0
    arr["x"] = x
    arr["y"] = y
    data = np.array([n], ">i4").tobytes() + arr.tobytes() + np.array([0, 0], ">i4").tobytes()
    stream = QDataStream(QByteArray(data))
    stream >> path
    return path


def polyline_path(x: FloatArray, y: FloatArray) -> QPainterPath:
    """One connected polyline as a path."""
    return path_from_arrays(x, y, np.ones(len(x), dtype=bool))


def map_pen(colour: QColor, width: float, alpha: int = 255, cosmetic: bool = True) -> QPen:
    """A round-capped pen; cosmetic pens are ``width`` pixels wide whatever the zoom."""
    c = QColor(colour)
    c.setAlpha(alpha)
    pen = QPen(c, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    pen.setCosmetic(cosmetic)
    return pen


class MetricMapView(QWidget):
    """A widget looking at a plane in metres; subclasses paint and say what :meth:`fit` shows."""

    # The centre or the scale changed (a pan, a zoom, a fit).
    view_changed = Signal()

    min_mpp = 0.05  # metres per pixel at the closest zoom
    max_mpp = 5000.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cx = self._cy = 0.0
        self._mpp = 10.0
        # The bearing (degrees clockwise from north) that points up on the screen; 0: north up.
        self._up_deg = 0.0
        # Until the user pans or zooms, the map keeps fitting itself to any size.
        self._user_moved = False
        self.tile_layer: TileLayer | None = None

    # -- the view ---------------------------------------------------------------------------

    def view(self) -> tuple[float, float, float]:
        """Centre x, centre y (m) and metres per pixel."""
        return self._cx, self._cy, self._mpp

    def metres_per_pixel(self) -> float:
        return self._mpp

    def set_view(self, cx: float, cy: float, mpp: float) -> None:
        """Look at (cx, cy) metres at ``mpp`` metres per pixel."""
        self._cx, self._cy = cx, cy
        self._mpp = min(max(mpp, self.min_mpp), self.max_mpp)
        self._user_moved = True
        self.update()
        self.view_changed.emit()

    def up_bearing(self) -> float:
        """The bearing, degrees clockwise from north, that points up on the screen."""
        return self._up_deg

    def set_up_bearing(self, deg: float) -> None:
        """Turn the map so that ``deg`` (clockwise from north) points up; 0 is north up."""
        deg = deg % 360.0
        if deg != self._up_deg:
            self._up_deg = deg
            self.update()
            self.view_changed.emit()

    def fit(self) -> None:
        """Show everything there is to see (subclasses say what that is)."""
        raise NotImplementedError

    def fit_rect(self, rect: QRectF, margin_x: float, margin_y: float) -> None:
        """Show ``rect`` (metres) with margins (pixels) left for labels and overlays."""
        w, h = max(self.width() - margin_x, 40.0), max(self.height() - margin_y, 40.0)
        mpp = max(rect.width() / w, rect.height() / h, 1.0)
        self.set_view(rect.center().x(), rect.center().y(), mpp)
        self._user_moved = False

    def transform(self) -> QTransform:
        """Metres to widget pixels (y up on the map, down on the screen)."""
        s = 1.0 / self._mpp
        w2, h2 = self.width() / 2, self.height() / 2
        if not self._up_deg:
            return QTransform(s, 0.0, 0.0, -s, w2 - self._cx * s, h2 + self._cy * s)
        # Turn the plane by the up bearing about the centre, then scale with y flipped.
        b = math.radians(self._up_deg)
        c, n = math.cos(b) * s, math.sin(b) * s
        return QTransform(
            c,
            -n,
            -n,
            -c,
            w2 - (c * self._cx - n * self._cy),
            h2 + (n * self._cx + c * self._cy),
        )

    def world_to_screen(self, x: float, y: float) -> QPointF:
        return self.transform().map(QPointF(x, y))

    def _offset_to_world(self, dx: float, dy: float, mpp: float) -> tuple[float, float]:
        """The metres east and north of a screen offset (pixels right and down) at ``mpp``."""
        u, v = dx * mpp, -dy * mpp
        if not self._up_deg:
            return u, v
        b = math.radians(self._up_deg)
        c, n = math.cos(b), math.sin(b)
        return c * u + n * v, -n * u + c * v

    def screen_to_world(self, p: QPointF) -> tuple[float, float]:
        ex, ny = self._offset_to_world(
            p.x() - self.width() / 2, p.y() - self.height() / 2, self._mpp
        )
        return self._cx + ex, self._cy + ny

    def visible_rect(self) -> QRectF:
        """The part of the map on screen, in metres (what a turned screen covers, boxed)."""
        if not self._up_deg:
            x0, y1 = self.screen_to_world(QPointF(0, 0))
            x1, y0 = self.screen_to_world(QPointF(self.width(), self.height()))
            return QRectF(QPointF(x0, y0), QPointF(x1, y1))
        w, h = self.width(), self.height()
        corners = [self.screen_to_world(QPointF(a, b)) for a, b in ((0, 0), (w, 0), (0, h), (w, h))]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))

    def zoom_at(self, pos: QPointF, factor: float) -> None:
        """Zoom by ``factor`` (> 1 closer) keeping the map point under ``pos`` where it is."""
        wx, wy = self.screen_to_world(pos)
        mpp = min(max(self._mpp / factor, self.min_mpp), self.max_mpp)
        ex, ny = self._offset_to_world(pos.x() - self.width() / 2, pos.y() - self.height() / 2, mpp)
        self.set_view(wx - ex, wy - ny, mpp)

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by (dx, dy) pixels, as a drag does."""
        ex, ny = self._offset_to_world(dx, dy, self._mpp)
        self.set_view(self._cx - ex, self._cy - ny, self._mpp)

    # -- drawing shared by the maps ---------------------------------------------------------

    def paint_background(self, p: QPainter) -> None:
        """The map's paper colour over the whole widget."""
        t = current_theme()
        p.fillRect(self.rect(), QColor(MAP_BACKGROUND if t is DAY else t.map_background))

    def set_tile_layer(self, layer: TileLayer | None) -> None:
        """Draw ``layer``'s map under everything else (None: the plain paper)."""
        if self.tile_layer is not None:
            self.tile_layer.changed.disconnect(self.update)
        self.tile_layer = layer
        if layer is not None:
            layer.changed.connect(self.update)
        self.update()

    def over_map(self) -> bool:
        """Whether a map is chosen under the route (the route is drawn alike at any of the
        map's opacities, so the opacity slider never changes the route)."""
        layer = self.tile_layer
        return layer is not None and layer.source() is not None

    def paint_tiles(self, p: QPainter, projection: LocalProjection | None) -> None:
        """The map tiles over the paper (``projection``: the plane's; none yet, no map). The
        painter is in widget pixels."""
        if self.tile_layer is not None and projection is not None:
            size = QSizeF(self.width(), self.height())
            self.tile_layer.paint(p, self.transform(), size, self._mpp, projection)

    def paint_attribution(self, p: QPainter, font: QFont | None = None) -> None:
        """Whose map it is, at the bottom right corner, when a map is drawn."""
        if self.tile_layer is not None:
            self.tile_layer.paint_attribution(p, QSizeF(self.width(), self.height()), font)

    def paint_route(self, p: QPainter, path: QPainterPath, cased: bool = False) -> None:
        """The route line (``path`` in metres; the painter holds :meth:`transform`).

        ``cased``: a dark outline under a lighter line, for a map where the route is the main
        thing (the editor's); plain, it stays under the crews' tracks (the review's).
        """
        p.setBrush(Qt.BrushStyle.NoBrush)
        day = current_theme() is DAY
        # at night a dimmer line: the crews' tracks and the marks are what must stand out
        route = QColor(ROUTE_COLOUR) if day else QColor(ROUTE_COLOUR).darker(160)
        if self.over_map():
            casing = QColor(ROUTE_ON_MAP_CASING if day else ROUTE_ON_MAP_CASING_NIGHT)
            if cased:
                p.setPen(map_pen(casing, 7.0))
                p.drawPath(path)
                on_map = QColor(ROUTE_ON_MAP_COLOUR)
                p.setPen(map_pen(on_map if day else on_map.darker(130), 4.0))
            else:
                casing.setAlpha(200)
                p.setPen(map_pen(casing, 9.0))
                p.drawPath(path)
                p.setPen(map_pen(route, 3.0))
            p.drawPath(path)
            return
        if cased:
            p.setPen(map_pen(QColor(ROUTE_CASING_COLOUR), 6.0))
            p.drawPath(path)
            p.setPen(map_pen(route.lighter(115), 3.5))
        else:
            p.setPen(map_pen(route, 4.0))
        p.drawPath(path)

    def paint_scale_bar(self, p: QPainter, font: QFont, ticks: bool = True) -> None:
        """A round length bar at the bottom left, in screen pixels.

        ``ticks``: end marks on the bar, which take a little more room at the bottom.
        """
        length, label = scale_bar(self._mpp)
        px = length / self._mpp
        x0, y0 = 12.0, self.height() - (18.0 if ticks else 14.0)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 210) if current_theme() is DAY else map_label_fill())
        p.drawRoundedRect(QRectF(x0 - 6, y0 - 20, px + 12, 30 if ticks else 28), 4, 4)
        p.setPen(QPen(map_text(QColor(SCALE_BAR_TEXT)), 2.0))
        p.drawLine(QPointF(x0, y0), QPointF(x0 + px, y0))
        if ticks:
            p.drawLine(QPointF(x0, y0 - 5), QPointF(x0, y0 + 4))
            p.drawLine(QPointF(x0 + px, y0 - 5), QPointF(x0 + px, y0 + 4))
        p.setFont(font)
        p.drawText(QRectF(x0, y0 - 19, px, 14), Qt.AlignmentFlag.AlignCenter, label)

    # -- Qt events ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        if not self._user_moved:
            self.fit()
        super().resizeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_at(event.position(), 1.25**steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        centre = QPointF(self.width() / 2, self.height() / 2)
        if key == Qt.Key.Key_Home:
            self.fit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_at(centre, 1.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom_at(centre, 1 / 1.5)
        else:
            super().keyPressEvent(event)
