"""The painting of the editor's map: route points, boxes, labels, the drag preview and the hint."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QToolButton

from navapp.core import geodesy
from navapp.core.model import Roadbook
from navapp.gui.common.map_view import (
    FloatArray,
    MetricMapView,
    map_halo,
    map_label_fill,
    map_text,
)
from navapp.gui.common.night import is_night

# Route points drawn as handles at most (more in view: zoom in to see them).
MAX_HANDLES = 3000
BOX_COLOUR = "#1f3f7a"
WAYPOINT_COLOUR = "#0a7a2f"
SELECTED_COLOUR = "#d0002a"
PREVIEW_COLOUR = "#ff8c00"
DRAWING_COLOUR = "#c2410c"


class MapPainting(MetricMapView):
    """The painting of :class:`~navapp.gui.editor.map_pane.MapPane`, from the state it keeps."""

    _roadbook: Roadbook | None
    geometry_: geodesy.RouteGeometry | None
    _projection: geodesy.LocalProjection | None
    _route_path: QPainterPath | None
    _box_xy: list[tuple[float, float] | None]
    _selected: int
    _preview: tuple[float, float, str] | None
    _drawing: bool
    _route_x: FloatArray
    _route_y: FloatArray
    _point: int
    _drag_point: int
    _drag_to: tuple[float, float] | None
    _font: QFont
    _bold: QFont
    fit_button: QToolButton
    draw_button: QToolButton
    go_button: QToolButton

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        self.paint_background(p)
        self.paint_tiles(p, self._projection)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rb = self._roadbook
        if rb is None or self._projection is None:
            p.setPen(map_text(QColor("#555555")))
            if rb is None:
                text = self.tr("No roadbook")
            elif rb.boxes:
                text = self.tr("The boxes have no positions to map")
            else:
                text = self.tr("An empty map: Go to a place (Ctrl+G) to draw the route there")
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
            self._paint_frame(p)
            p.end()
            return
        if self._route_path is not None:
            p.setTransform(self.transform())
            self.paint_route(p, self._route_path, cased=True)
            p.resetTransform()
        self._paint_boxes(p, rb)
        self._paint_preview(p)
        if self._drawing:
            self._paint_points(p)
        self.paint_scale_bar(p, self._bold, ticks=False)
        self._paint_hint(p)
        self._paint_frame(p)
        self.paint_attribution(p, self._font)
        p.end()

    def _paint_points(self, p: QPainter) -> None:
        """The route points as handles, the picked one marked, a dragged one where it goes."""
        n = len(self._route_x)
        if not n:
            return
        cx, cy, mpp = self.view()
        sx = self.width() / 2 + (self._route_x - cx) / mpp
        sy = self.height() / 2 - (self._route_y - cy) / mpp
        inside = (sx > -10) & (sx < self.width() + 10) & (sy > -10) & (sy < self.height() + 10)
        shown = np.nonzero(inside)[0]
        accent = map_text(QColor(DRAWING_COLOUR))
        if shown.size <= MAX_HANDLES:
            p.setPen(QPen(accent, 2.0))
            p.setBrush(map_halo())
            for i in shown.tolist():
                p.drawEllipse(QPointF(float(sx[i]), float(sy[i])), 5.0, 5.0)
            # The start a Shift+click adds before (a square), the end a click adds to (a dot).
            p.setBrush(accent)
            p.drawRect(QRectF(float(sx[0]) - 6.0, float(sy[0]) - 6.0, 12.0, 12.0))
            p.drawEllipse(QPointF(float(sx[-1]), float(sy[-1])), 5.0, 5.0)
        if 0 <= self._point < n:
            # The point Delete removes: a wide ring in the drawing colour (red marks the box).
            at = QPointF(float(sx[self._point]), float(sy[self._point]))
            p.setPen(QPen(accent, 3.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(at, 13.0, 13.0)
        if self._drag_to is not None and 0 <= self._drag_point < n:
            k = self._drag_point
            to = self.world_to_screen(*self._drag_to)
            p.setPen(QPen(QColor(PREVIEW_COLOUR), 3.0, Qt.PenStyle.DashLine))
            for j in (k - 1, k + 1):
                if 0 <= j < n:
                    p.drawLine(QPointF(float(sx[j]), float(sy[j])), to)
            p.setBrush(QColor(PREVIEW_COLOUR))
            p.drawEllipse(to, 6.0, 6.0)

    def _paint_frame(self, p: QPainter) -> None:
        """A coloured border while drawing: the mode is on, whatever the hint says."""
        if not self._drawing:
            return
        p.setPen(QPen(map_text(QColor(DRAWING_COLOUR)), 4.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(self.rect()).adjusted(2, 2, -2, -2))

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
            text = self.tr("Box {number} · {total}").format(number=box.index, total=f"{total:.2f}")
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

    def drawing_hint(self) -> str:
        """What the map says while drawing: every click and key where the map has room for
        it, else one short line (the status bar says the rest), never a curtain."""
        full = self.tr(
            "Drawing the route · click: add at the end · Shift+click: add before the start · "
            "click the line: insert · click a box: select it · drag: move · Del or right-click: "
            "remove · Esc: done"
        )
        fm = QFontMetrics(self._bold)
        room = self._hint_room()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        height = fm.boundingRect(QRectF(0, 0, room - 12, 2000).toRect(), flags, full).height()
        if height > max(fm.height() * 1.5, self.height() / 8):
            return self.tr("Drawing the route · Esc: done")
        return full

    def _hint_room(self) -> int:
        """How wide the drawing hint may be (pixels): beside the scale bar."""
        return max(self.width() - 200, 120)

    def _paint_hint(self, p: QPainter) -> None:
        if self._drawing:
            hint = self.drawing_hint()
            ink, fill = map_text(QColor(DRAWING_COLOUR)), map_label_fill()
            if not is_night():
                fill = QColor(255, 255, 255, 225)
            p.setFont(self._bold)
        else:
            if self.geometry_ is None:
                hint = self.tr("No route line: draw one (Ctrl+D) to place boxes on the map")
            else:
                hint = self.tr("Click the route to add a box · drag a box along the route")
            ink = map_text(QColor("#333333"))
            fill = QColor(255, 255, 255, 200) if not is_night() else map_label_fill()
            p.setFont(self._font)
        fm = p.fontMetrics()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        if self._drawing:
            # Bottom right, beside the scale bar: the top of the map stays clear to draw on.
            room = self._hint_room()
            text = fm.boundingRect(QRectF(0, 0, room - 12, 400).toRect(), flags, hint)
            w, h = text.width() + 12, text.height() + 6
            # Above the map's attribution line when a map is drawn (about 0.8 of a line).
            credited = self.tile_layer is not None and bool(self.tile_layer.attribution())
            bottom = self.height() - 8 - (fm.height() if credited else 0)
            rect = QRectF(self.width() - 8 - w, bottom - h, w, h)
        else:
            buttons = min(
                (
                    b.x()
                    for b in (self.fit_button, self.draw_button, self.go_button)
                    if b.isVisible()
                ),
                default=self.width(),
            )
            room = max(buttons - 18, 80)
            text = fm.boundingRect(QRectF(0, 0, room - 12, 400).toRect(), flags, hint)
            rect = QRectF(6, 6, text.width() + 12, text.height() + 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(ink)
        p.drawText(rect.adjusted(6, 3, -6, -3), flags, hint)


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
