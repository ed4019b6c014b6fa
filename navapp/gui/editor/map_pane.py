"""The editor's map: the route and the boxes in a local metric plane, north up.

Click on the route to ask for a new box there; drag a box and it follows the route (a preview
while the button is down, one request on release). The pane edits nothing itself: it emits
requests and shows whatever roadbook it is given next. Positions go through the route's
:class:`~navapp.core.geodesy.LocalProjection` (or one around the boxes when there is no route).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolButton, QWidget

from navapp.core import edit, geodesy
from navapp.core import format as fmt
from navapp.core.model import Roadbook
from navapp.gui.common.map_view import (
    MetricMapView,
    map_halo,
    map_label_fill,
    map_text,
    polyline_path,
)
from navapp.gui.common.night import is_night

# A click this close to the route line (pixels) inserts a box there.
ROUTE_PICK_PX = 8.0
# A press this close to a box (pixels) picks the box (to select or drag it).
BOX_PICK_PX = 10.0
# Movement (pixels) that turns a press into a drag.
DRAG_START_PX = 4.0
BOX_COLOUR = "#1f3f7a"
WAYPOINT_COLOUR = "#0a7a2f"
SELECTED_COLOUR = "#d0002a"
PREVIEW_COLOUR = "#ff8c00"


class MapPane(MetricMapView):
    """Route and boxes of the roadbook being edited; requests edits by signals."""

    # The co-driver picked the box in this row (0-based).
    box_clicked = Signal(int)
    # A click on the route line here (lat, lon): insert a box.
    route_clicked = Signal(float, float)
    # A box (row) was dragged and released here (lat, lon): slide it along the route.
    box_dragged = Signal(int, float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(200, 160)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMouseTracking(False)
        self._roadbook: Roadbook | None = None
        self._route_line: object | None = None  # the RouteLine the geometry was built from
        self.geometry_: geodesy.RouteGeometry | None = None
        self._projection: geodesy.LocalProjection | None = None
        self._route_path: QPainterPath | None = None
        self._box_xy: list[tuple[float, float] | None] = []
        self._selected = -1
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self._drag_row = -1
        self._dragging = False
        self._preview: tuple[float, float, str] | None = None  # x, y, label
        self._font = QFont()
        self._bold = QFont()
        self._bold.setBold(True)
        self.fit_button = QToolButton(self)
        self.fit_button.setText("Fit")
        self.fit_button.setToolTip("Show the whole route (Home)")
        self.fit_button.clicked.connect(self.fit)

    # -- content ------------------------------------------------------------------------------

    def set_roadbook(self, roadbook: Roadbook | None) -> None:
        """Show ``roadbook``; the view stays where it is unless the route changed."""
        self._roadbook = roadbook
        route = roadbook.route if roadbook is not None else None
        changed = route is not self._route_line
        if changed:
            self._route_line = route
            self._build_route(roadbook)
        elif self._projection is None and roadbook is not None:
            self._build_route(roadbook)
            changed = self._projection is not None
        self._project_boxes()
        if changed or not self._user_moved:
            self.fit()
        self.update()

    def set_selected(self, row: int) -> None:
        """Highlight the box in ``row`` (-1: none)."""
        if row != self._selected:
            self._selected = row
            self.update()

    def selected(self) -> int:
        return self._selected

    def _build_route(self, roadbook: Roadbook | None) -> None:
        self.geometry_ = None
        self._route_path = None
        self._projection = None
        if roadbook is None:
            return
        if roadbook.route is not None and len(roadbook.route) >= 2:
            self.geometry_ = geodesy.RouteGeometry(roadbook.route.lat, roadbook.route.lon)
            self._projection = self.geometry_.projection
            self._route_path = polyline_path(self.geometry_.x, self.geometry_.y)
            return
        placed = [b for b in roadbook.boxes if b.has_position]
        if placed:
            lat = np.array([b.lat for b in placed], dtype=np.float64)
            lon = np.array([b.lon for b in placed], dtype=np.float64)
            self._projection = geodesy.LocalProjection.around(lat, lon)

    def _project_boxes(self) -> None:
        rb, proj = self._roadbook, self._projection
        self._box_xy = []
        if rb is None:
            return
        if proj is None:
            self._box_xy = [None] * len(rb.boxes)
            return
        placed = [i for i, b in enumerate(rb.boxes) if b.has_position]
        xy: list[tuple[float, float] | None] = [None] * len(rb.boxes)
        if placed:
            lat = np.array([rb.boxes[i].lat for i in placed], dtype=np.float64)
            lon = np.array([rb.boxes[i].lon for i in placed], dtype=np.float64)
            x, y = proj.to_xy(lat, lon)
            for i, xi, yi in zip(placed, np.atleast_1d(x), np.atleast_1d(y), strict=True):
                xy[i] = (float(xi), float(yi))
        self._box_xy = xy

    # -- view ---------------------------------------------------------------------------------

    def _bounds(self) -> QRectF:
        xs: list[float] = []
        ys: list[float] = []
        if self.geometry_ is not None:
            xs += [float(self.geometry_.x.min()), float(self.geometry_.x.max())]
            ys += [float(self.geometry_.y.min()), float(self.geometry_.y.max())]
        for p in self._box_xy:
            if p is not None:
                xs.append(p[0])
                ys.append(p[1])
        if not xs:
            return QRectF()
        return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))

    def fit(self) -> None:
        """Show the whole route and every placed box."""
        rect = self._bounds()
        if not any(xy is not None for xy in self._box_xy) and self.geometry_ is None:
            return
        # Room for labels beside the outermost boxes and for the hint and scale bar.
        self.fit_rect(rect, 120, 90)

    def screen_point(self, lat: float, lon: float) -> QPointF | None:
        """Where a WGS84 position is on the widget (None without a projection)."""
        if self._projection is None:
            return None
        x, y = self._projection.to_xy(lat, lon)
        return self.world_to_screen(float(x), float(y))

    def latlon_at(self, p: QPointF) -> tuple[float, float] | None:
        """The WGS84 position under a widget point (None without a projection)."""
        if self._projection is None:
            return None
        lat, lon = self._projection.to_latlon(*self.screen_to_world(p))
        return float(lat), float(lon)

    # -- picking -----------------------------------------------------------------------------

    def box_at(self, p: QPointF) -> int:
        """The row of the box drawn nearest ``p`` within the pick radius (-1: none).

        The selected box wins a tie: it is the one the co-driver is working on.
        """
        best, best_d = -1, BOX_PICK_PX
        for row, xy in enumerate(self._box_xy):
            if xy is None:
                continue
            s = self.world_to_screen(*xy)
            d = math.hypot(s.x() - p.x(), s.y() - p.y())
            if d < best_d or (d <= best_d and row == self._selected):
                best, best_d = row, d
        return best

    def route_near(self, p: QPointF) -> tuple[float, float] | None:
        """The position under ``p`` when the route passes within a few pixels of it."""
        if self.geometry_ is None:
            return None
        ll = self.latlon_at(p)
        if ll is None:
            return None
        located = self.geometry_.locate(np.array([ll[0]]), np.array([ll[1]]))
        if float(located.offset_m[0]) > ROUTE_PICK_PX * self._mpp:
            return None
        return ll

    def preview(self) -> tuple[float, float, str] | None:
        """The dragged box's preview (x, y in metres, label), while a drag is under way."""
        return self._preview

    def _update_preview(self, p: QPointF) -> None:
        rb, line = self._roadbook, self.geometry_
        ll = self.latlon_at(p)
        if rb is None or line is None or ll is None:
            return
        try:
            # The same core function the release will run: the preview shows what will be.
            moved = edit.slide_box(rb, self._drag_row + 1, *ll)
        except edit.EditError:
            return
        box = moved.boxes[self._drag_row]
        assert box.lat is not None and box.lon is not None
        assert self._projection is not None
        x, y = self._projection.to_xy(box.lat, box.lon)
        cap = "" if box.cap is None else f"  {fmt.cap(box.cap)}"
        self._preview = (float(x), float(y), f"{fmt.distance(box.total_km, rb.units)}{cap}")
        self.update()

    # -- events ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit_button.move(self.width() - self.fit_button.sizeHint().width() - 6, 6)
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._press = self._last = event.position()
        self._dragging = False
        self._drag_row = self.box_at(event.position())
        if self._drag_row >= 0:
            self.box_clicked.emit(self._drag_row)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._last is None:
            return
        pos = event.position()
        d = pos - self._press
        if not self._dragging and abs(d.x()) + abs(d.y()) <= DRAG_START_PX:
            return
        self._dragging = True
        if self._drag_row >= 0:
            if self.geometry_ is not None:
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._update_preview(pos)
        else:
            step = pos - self._last
            self.pan_by(step.x(), step.y())
        self._last = pos

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        self.unsetCursor()
        pos = event.position()
        row, dragged = self._drag_row, self._dragging
        self._press = self._last = None
        self._drag_row = -1
        self._dragging = False
        had_preview = self._preview is not None
        self._preview = None
        if row >= 0:
            if dragged and had_preview:
                ll = self.latlon_at(pos)
                if ll is not None:
                    self.box_dragged.emit(row, *ll)
            self.update()
            return
        if not dragged:
            ll = self.route_near(pos)
            if ll is not None:
                self.route_clicked.emit(*ll)

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        self.paint_background(p)
        self.paint_tiles(p, self._projection)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rb = self._roadbook
        if rb is None or self._projection is None:
            p.setPen(map_text(QColor("#555555")))
            text = "No roadbook" if rb is None else "The boxes have no positions to map"
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
            p.end()
            return
        if self._route_path is not None:
            p.setTransform(self.transform())
            self.paint_route(p, self._route_path, cased=True)
            p.resetTransform()
        self._paint_boxes(p, rb)
        self._paint_preview(p)
        self.paint_scale_bar(p, self._bold, ticks=False)
        self._paint_hint(p)
        self.paint_attribution(p, self._font)
        p.end()

    def _paint_boxes(self, p: QPainter, rb: Roadbook) -> None:
        p.setFont(self._bold)
        fm = p.fontMetrics()
        # Labels that would overlap one already drawn are left out: the selected box's
        # first, then waypoints, then plain box numbers.
        taken: list[QRectF] = []
        sel_xy = self._box_xy[self._selected] if 0 <= self._selected < len(self._box_xy) else None
        if sel_xy is not None:
            s = self.world_to_screen(*sel_xy)
            taken.append(QRectF(s.x() - 12, s.y() - 30, 160, 44))
        labels: list[tuple[int, QPointF, str, QColor]] = []
        # Numbers of every box once they no longer overlap (about 30 px apart on screen).
        spacing_px = 1000.0 * rb.total_km / max(len(rb.boxes), 1) / self._mpp if rb.boxes else 0.0
        all_labels = spacing_px > 30
        for row, xy in enumerate(self._box_xy):
            if xy is None or row == self._selected:
                continue
            box = rb.boxes[row]
            s = self.world_to_screen(*xy)
            wp = box.waypoint
            colour = QColor(WAYPOINT_COLOUR if wp else BOX_COLOUR)
            r = 6.0 if wp else 4.0
            p.setPen(QPen(map_halo(), 1.5))
            p.setBrush(colour)
            p.drawEllipse(s, r, r)
            if wp or all_labels:
                label = f"{box.index} {wp.type.label}" if wp else str(box.index)
                labels.append((0 if wp else 1, s + QPointF(r + 3, -r - 2), label, colour))
        for _prio, at, label, colour in sorted(labels, key=lambda t: t[0]):
            rect = _label_rect(fm, at, label)
            if any(rect.intersects(t) for t in taken):
                continue
            taken.append(rect)
            _label(p, fm, at, label, colour)
        if 0 <= self._selected < len(self._box_xy) and self._box_xy[self._selected] is not None:
            xy = self._box_xy[self._selected]
            assert xy is not None
            box = rb.boxes[self._selected]
            s = self.world_to_screen(*xy)
            p.setPen(QPen(QColor(SELECTED_COLOUR), 3.0))
            p.setBrush(map_halo())
            p.drawEllipse(s, 10.0, 10.0)
            p.setBrush(QColor(SELECTED_COLOUR))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(s, 4.5, 4.5)
            total = rb.units.km_to_display(box.total_km)
            text = f"Box {box.index} · {total:.2f}"
            _label(p, fm, s + QPointF(13, -12), text, QColor(SELECTED_COLOUR))

    def _paint_preview(self, p: QPainter) -> None:
        if self._preview is None:
            return
        x, y, text = self._preview
        s = self.world_to_screen(x, y)
        p.setPen(QPen(QColor(PREVIEW_COLOUR), 3.0, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(s, 11.0, 11.0)
        _label(p, p.fontMetrics(), s + QPointF(14, 18), text, QColor(PREVIEW_COLOUR).darker(140))

    def _paint_hint(self, p: QPainter) -> None:
        if self.geometry_ is None:
            hint = "No route line: boxes cannot be placed on the map"
        else:
            hint = "Click the route to add a box · drag a box along the route"
        p.setFont(self._font)
        fm = p.fontMetrics()
        w = fm.horizontalAdvance(hint) + 12
        rect = QRectF(6, 6, w, fm.height() + 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 200) if not is_night() else map_label_fill())
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(map_text(QColor("#333333")))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, hint)


def _label_rect(fm: QFontMetrics, at: QPointF, text: str) -> QRectF:
    """Where :func:`_label` draws."""
    w = fm.horizontalAdvance(text) + 6
    return QRectF(at.x() - 3, at.y() - fm.ascent() - 1, w, fm.height() + 2)


def _label(p: QPainter, fm: QFontMetrics, at: QPointF, text: str, colour: QColor) -> None:
    """Text on a white halo so it reads over the route."""
    rect = _label_rect(fm, at, text)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255, 215) if not is_night() else map_label_fill())
    p.drawRoundedRect(rect, 3, 3)
    p.setPen(map_text(colour))
    p.drawText(at, text)
