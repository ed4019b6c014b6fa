"""The editor's map: the route and the boxes in a local metric plane, north up.

Click on the route to ask for a new box there; drag a box and it follows the route (a preview
while the button is down, one request on release). In drawing mode (:meth:`MapPane.set_drawing`)
the clicks draw the route instead: a click adds a route point at the end, a Shift+click adds
one before the start, a click on the line inserts one there, a point dragged moves (one request
on release), Delete or a right-click removes the point, Esc leaves the mode; a click on a box
mark (not on a route point) selects the box and draws nothing, and a click on a route point
with a box there picks both. The pane edits nothing itself: it emits requests and shows
whatever roadbook it is given next.

Positions go through a :class:`~navapp.core.geodesy.LocalProjection` chosen when a roadbook with
a new route (or boxes) arrives: around the route, else the boxes. A roadbook changed by a
route point edit keeps the projection and the view, so the map never jumps while drawing; one
with nothing to map keeps the last one (or the place a Go to chose).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainterPath,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolButton, QWidget

from navapp.core import edit, geodesy, route_edit
from navapp.core import format as fmt
from navapp.core.model import Box, Roadbook, RouteLine
from navapp.gui.common.map_layer import TileLayer
from navapp.gui.common.map_view import polyline_path
from navapp.gui.common.night import themed_tool_buttons
from navapp.gui.editor.map_paint import MapPainting

# A click this close to the route line (pixels) inserts a box there.
ROUTE_PICK_PX = 8.0
# A press this close to a box (pixels) picks the box (to select or drag it).
BOX_PICK_PX = 10.0
# A press this close to a route point (pixels) picks it while drawing.
POINT_PICK_PX = 9.0
# Movement (pixels) that turns a press into a drag.
DRAG_START_PX = 4.0
# The scale a Go to shows when the map had none (metres per pixel).
GO_TO_MPP = 20.0


class MapPane(MapPainting):
    """Route and boxes of the roadbook being edited; requests edits by signals."""

    # The co-driver picked the box in this row (0-based).
    box_clicked = Signal(int)
    # A click on the route line here (lat, lon): insert a box.
    route_clicked = Signal(float, float)
    # A box (row) was dragged and released here (lat, lon): slide it along the route.
    box_dragged = Signal(int, float, float)
    # Drawing mode was switched on or off (by the pane's Esc, or set_drawing).
    drawing_changed = Signal(bool)
    # Drawing: a click away from the line here (lat, lon): a route point at the end.
    point_added = Signal(float, float)
    # Drawing: a Shift+click away from any point here (lat, lon): a route point before the start.
    point_prepended = Signal(float, float)
    # Drawing: a click on the line here (lat, lon): a route point inserted there.
    point_inserted = Signal(float, float)
    # Drawing: route point (index) dragged and released here (lat, lon).
    point_moved = Signal(int, float, float)
    # Drawing: remove route point (index).
    point_deleted = Signal(int)

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
        self._drag_box: Box | None = None  # the dragged box as it was when pressed
        self._dragging = False
        self._preview: tuple[float, float, str] | None = None  # x, y, label
        self._drawing = False
        # The route points in the pane's projection (metres), empty without a route.
        self._route_x = np.zeros(0)
        self._route_y = np.zeros(0)
        self._point = -1  # the route point picked last (Delete removes it)
        self._drag_point = -1
        self._extend_start = False  # the press held Shift: a click adds before the start
        self._press_box = -1  # drawing: the box under the press, selected by a click
        self._drag_to: tuple[float, float] | None = None  # where the dragged point is (m)
        self._font = QFont()
        self._bold = QFont()
        self._bold.setBold(True)
        self.fit_button = QToolButton(self)
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole route (Home)"))
        self.fit_button.clicked.connect(self.fit)
        # The window gives these their actions (Draw route, Go to), shared with its menus.
        self.draw_button = QToolButton(self)
        self.go_button = QToolButton(self)
        for button in (self.fit_button, self.draw_button, self.go_button):
            themed_tool_buttons(button)  # Draw route plainly pressed while drawing

    # -- content ------------------------------------------------------------------------------

    def set_roadbook(self, roadbook: Roadbook | None) -> None:
        """Show ``roadbook``; the view stays where it is unless the route changed other than
        by a route point edit."""
        self._roadbook = roadbook
        route = roadbook.route if roadbook is not None else None
        changed = route is not self._route_line
        refit = False
        if self._press is not None and (changed or self._dragged_box_changed(roadbook)):
            # The route or the dragged box changed under a drag (an undo by key): the drag no
            # longer means anything, and its row may now be another box.
            self._cancel_drag()
            if not self._drawing:
                self.unsetCursor()
        if changed:
            drawn = self._projection is not None and route_edit.is_point_edit(
                self._route_line if isinstance(self._route_line, RouteLine) else None, route
            )
            self._route_line = route
            refit = self._build_route(roadbook, keep_projection=drawn)
        elif self._projection is None and roadbook is not None:
            refit = self._build_route(roadbook, keep_projection=False)
        self._project_boxes()
        n = len(self._route_x)
        if self._point >= n:
            self._point = n - 1
        if refit or (not self._user_moved and not changed and not self._drawing):
            self.fit()
        self.update()

    def _dragged_box_changed(self, roadbook: Roadbook | None) -> bool:
        row = self._drag_row
        if row < 0:
            return False
        boxes = roadbook.boxes if roadbook is not None else ()
        return row >= len(boxes) or boxes[row] != self._drag_box

    def set_selected(self, row: int) -> None:
        """Highlight the box in ``row`` (-1: none)."""
        if row != self._selected:
            self._selected = row
            self.update()

    def selected(self) -> int:
        return self._selected

    def _build_route(self, roadbook: Roadbook | None, keep_projection: bool) -> bool:
        """Geometry and drawing of the route; a new projection unless ``keep_projection``.
        True when the projection changed (the view should fit the new content)."""
        self.geometry_ = None
        self._route_path = None
        self._route_x = self._route_y = np.zeros(0)
        if roadbook is None:
            return False
        route = roadbook.route
        n = 0 if route is None else len(route)
        if n >= 2:
            assert route is not None
            self.geometry_ = route.geometry()
        new_projection = False
        if not keep_projection:
            projection = self._projection_for(roadbook)
            # Nothing to map: keep the last place shown, where the designer may draw.
            if projection is not None:
                self._projection = projection
                new_projection = True
        if route is not None and n and self._projection is not None:
            if self.geometry_ is not None and self._projection is self.geometry_.projection:
                x, y = self.geometry_.x, self.geometry_.y
            else:
                x, y = self._projection.to_xy(route.lat, route.lon)
            self._route_x = np.atleast_1d(np.asarray(x, dtype=np.float64))
            self._route_y = np.atleast_1d(np.asarray(y, dtype=np.float64))
            if n >= 2:
                self._route_path = polyline_path(self._route_x, self._route_y)
        return new_projection

    def _projection_for(self, roadbook: Roadbook) -> geodesy.LocalProjection | None:
        if self.geometry_ is not None:
            return self.geometry_.projection
        route = roadbook.route
        if route is not None and len(route):
            return geodesy.LocalProjection(float(route.lat[0]), float(route.lon[0]))
        placed = [b for b in roadbook.boxes if b.has_position]
        if placed:
            lat = np.array([b.lat for b in placed], dtype=np.float64)
            lon = np.array([b.lon for b in placed], dtype=np.float64)
            return geodesy.LocalProjection.around(lat, lon)
        return None

    # -- drawing mode --------------------------------------------------------------------------

    def set_drawing(self, on: bool) -> None:
        """Switch drawing mode (clicks draw the route) on or off."""
        if on == self._drawing:
            return
        self._drawing = on
        self._cancel_drag()
        if on:
            self.setCursor(Qt.CursorShape.CrossCursor)
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.unsetCursor()
        self.update()
        self.drawing_changed.emit(on)

    def drawing(self) -> bool:
        return self._drawing

    def set_actions(self, draw: QAction, go_to: QAction) -> None:
        """The window's Draw route and Go to actions, on the pane's buttons."""
        self.draw_button.setDefaultAction(draw)
        self.go_button.setDefaultAction(go_to)
        self._place_buttons()

    def route_point(self) -> int:
        """The route point picked last (-1: none)."""
        return self._point

    def set_route_point(self, index: int) -> None:
        """Pick route point ``index`` (the one Delete removes; -1: none)."""
        self._point = index if 0 <= index < len(self._route_x) else -1
        self.update()

    def point_at(self, p: QPointF) -> int:
        """The route point drawn nearest ``p`` within the pick radius (-1: none)."""
        if not len(self._route_x):
            return -1
        cx, cy, mpp = self.view()
        sx = self.width() / 2 + (self._route_x - cx) / mpp
        sy = self.height() / 2 - (self._route_y - cy) / mpp
        d = np.hypot(sx - p.x(), sy - p.y())
        i = int(np.argmin(d))
        return i if float(d[i]) <= POINT_PICK_PX else -1

    def go_to(self, lat: float, lon: float, mpp: float | None = None) -> None:
        """Centre the map on (lat, lon); a map with nothing on it yet is laid out around it."""
        rb = self._roadbook
        empty = rb is None or (rb.route is None and not any(b.has_position for b in rb.boxes))
        if self._projection is None or empty:
            self._projection = geodesy.LocalProjection(lat, lon)
            self._route_line = self._roadbook.route if self._roadbook is not None else None
            self._build_route(self._roadbook, keep_projection=True)
            self._project_boxes()
            mpp = mpp or GO_TO_MPP
        x, y = self._projection.to_xy(lat, lon)
        self.set_view(float(x), float(y), mpp or self._mpp)

    def set_tile_layer(self, layer: TileLayer | None) -> None:
        if self.tile_layer is not None:
            self.tile_layer.changed.disconnect(self._place_on_map)
        super().set_tile_layer(layer)
        if layer is not None:
            layer.changed.connect(self._place_on_map)

    def _place_on_map(self) -> None:
        """A map with nothing on it and nowhere chosen looks at the whole chosen map source."""
        layer = self.tile_layer
        source = layer.source() if layer is not None else None
        box = source.bounds if source is not None else None
        if self._projection is not None or box is None:
            return
        lat, lon = (box.south + box.north) / 2.0, (box.west + box.east) / 2.0
        across = geodesy.distance_m(lat, box.west, lat, box.east)
        up = geodesy.distance_m(box.south, lon, box.north, lon)
        mpp = max(across / max(self.width(), 1), up / max(self.height(), 1), 1.0)
        self.go_to(lat, lon, mpp)

    def view_position(self) -> tuple[float, float, float] | None:
        """The centre of the view (lat, lon) and its metres per pixel; None without a map."""
        if self._projection is None:
            return None
        lat, lon = self._projection.to_latlon(self._cx, self._cy)
        return float(lat), float(lon), self._mpp

    def _cancel_drag(self) -> None:
        self._press = self._last = None
        self._drag_row = self._drag_point = -1
        self._drag_box = None
        self._drag_to = None
        self._dragging = False
        self._extend_start = False
        self._press_box = -1
        self._preview = None

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
        if len(self._route_x):
            xs += [float(self._route_x.min()), float(self._route_x.max())]
            ys += [float(self._route_y.min()), float(self._route_y.max())]
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
        if not any(xy is not None for xy in self._box_xy) and not len(self._route_x):
            return
        # Room for labels beside the outermost boxes and for the hint and scale bar (the
        # drawing hint takes two lines on a small screen).
        self.fit_rect(rect, 120, 140 if self._drawing else 90)

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
        self._place_buttons()
        super().resizeEvent(event)

    def _place_buttons(self) -> None:
        x = self.width() - 6
        for button in (self.fit_button, self.draw_button, self.go_button):
            if button.defaultAction() is None and button is not self.fit_button:
                button.hide()
                continue
            button.show()
            x -= button.sizeHint().width()
            button.move(x, 6)
            x -= 4

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drawing:
            self._drawing_press(event)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._press = self._last = pos
        self._dragging = False
        self._drag_row = self.box_at(pos)
        if self._drag_row >= 0:
            if self._roadbook is not None:
                self._drag_box = self._roadbook.boxes[self._drag_row]
            self.box_clicked.emit(self._drag_row)

    def _drawing_press(self, event: QMouseEvent) -> None:
        pos = event.position()
        point = self.point_at(pos)
        if event.button() == Qt.MouseButton.RightButton:
            if point >= 0 and self._press is None:
                self.point_deleted.emit(point)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._press = self._last = pos
        self._dragging = False
        self._drag_point = point
        self._extend_start = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        # A box mark takes the click from drawing; a route point handle is drawn on top of it.
        self._press_box = self.box_at(pos)
        if point >= 0:
            self.set_route_point(point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._last is None:
            return
        pos = event.position()
        d = pos - self._press
        if not self._dragging and abs(d.x()) + abs(d.y()) <= DRAG_START_PX:
            return
        self._dragging = True
        if self._drawing and self._drag_point >= 0:
            self._drag_to = self.screen_to_world(pos)
            self.update()
        elif self._drag_row >= 0:
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
        if not self._drawing:
            self.unsetCursor()
        pos = event.position()
        row, point, dragged = self._drag_row, self._drag_point, self._dragging
        extend_start, box = self._extend_start, self._press_box
        had_preview = self._preview is not None
        self._cancel_drag()
        if self._drawing:
            self.update()
            ll = self.latlon_at(pos)
            if ll is None:
                return
            if not dragged and box >= 0:
                self.box_clicked.emit(box)
            if point >= 0:
                if dragged:
                    self.point_moved.emit(point, *ll)
            elif box >= 0:
                return
            elif not dragged and extend_start:
                self.point_prepended.emit(*ll)
            elif not dragged:
                on_line = self.route_near(pos)
                if on_line is not None:
                    self.point_inserted.emit(*on_line)
                else:
                    self.point_added.emit(*ll)
            return
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._drawing and key == Qt.Key.Key_Escape:
            if self._press is not None:
                self._cancel_drag()  # Esc during a drag puts the point back
                self.update()
            else:
                self.set_drawing(False)
        elif self._drawing and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self._point >= 0 and self._press is None:
                self.point_deleted.emit(self._point)
        else:
            super().keyPressEvent(event)
