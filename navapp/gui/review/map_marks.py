"""The stage marks on the review map: boxes with their labels, waypoint circles coloured by
the reference crew's results, missed waypoints with their closest approach, and the crews'
cursors. Drawn in screen pixels except the circles (metres, under the map transform).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from navapp.core.model import WaypointType
from navapp.core.navstate import WaypointStatus
from navapp.gui.common.map_view import map_halo, map_label_fill, map_text
from navapp.gui.common.map_view import map_pen as _pen
from navapp.gui.common.night import is_night

if TYPE_CHECKING:
    from navapp.gui.review.map_canvas import MapCanvas

VALIDATED_COLOUR = "#0a7a2f"
MISSED_COLOUR = "#d00000"
PENDING_COLOUR = "#2b5c9e"


def waypoint_statuses(canvas: MapCanvas) -> dict[int, WaypointStatus]:
    """Each box's waypoint result for the reference crew (a box's worst one)."""
    if not canvas.crews:
        return {}
    review = canvas.crews[min(canvas.reference(), len(canvas.crews) - 1)].review
    if review is None:
        return {}
    out: dict[int, WaypointStatus] = {}
    for w in review.waypoints:
        if w.type in (WaypointType.DZ, WaypointType.FZ):
            continue
        # A box with several waypoints shows its worst result.
        if out.get(w.box) is not WaypointStatus.MISSED:
            out[w.box] = w.status
    return out


def paint_circles(
    p: QPainter,
    canvas: MapCanvas,
    statuses: dict[int, WaypointStatus],
    *,
    open_circles: bool = True,
    clear_circles: bool = True,
) -> None:
    """Each waypoint's clear circle (and dashed open circle once it is big enough), by
    result; either kind alone when the other is not asked for."""
    for w in canvas.model.waypoints:
        colour = QColor(
            {
                WaypointStatus.VALIDATED: VALIDATED_COLOUR,
                WaypointStatus.MISSED: MISSED_COLOUR,
            }.get(statuses.get(w.box, WaypointStatus.LOCKED), PENDING_COLOUR)
        )
        centre = QPointF(w.x, w.y)
        # The open circle only matters once it is bigger than a dot.
        if (
            open_circles
            and w.open_m is not None
            and math.isfinite(w.open_m)
            and w.open_m / canvas.metres_per_pixel() > 6
        ):
            pen = _pen(colour, 1.2, alpha=170)
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(centre, w.open_m, w.open_m)
        if clear_circles and w.clear_m is not None and w.clear_m / canvas.metres_per_pixel() > 2:
            fill = QColor(colour)
            fill.setAlpha(45)
            p.setPen(_pen(colour, 1.5))
            p.setBrush(QBrush(fill))
            p.drawEllipse(centre, w.clear_m, w.clear_m)


def paint_boxes(
    p: QPainter,
    canvas: MapCanvas,
    statuses: dict[int, WaypointStatus],
    small: QFont,
    bold: QFont,
) -> None:
    """Box dots with their numbers and waypoint names, coloured by result."""
    t = canvas.transform()
    fm, fm_bold = QFontMetricsF(small), QFontMetricsF(bold)
    taken: list[QRectF] = []
    wp_labels = {w.box: w.label for w in canvas.model.waypoints}
    bounds = QRectF(canvas.rect()).adjusted(-20, -20, 20, 20)
    # What every box shares, made once a frame rather than once a box.
    halo = QPen(map_halo(), 1.5)
    label_fill = QColor(255, 255, 255, 200) if not is_night() else map_label_fill()
    plain = QColor("#222222")
    plain_text = map_text(plain)
    by_status = {
        WaypointStatus.VALIDATED: QColor(VALIDATED_COLOUR),
        WaypointStatus.MISSED: QColor(MISSED_COLOUR),
    }
    pending = QColor(PENDING_COLOUR)
    height = fm.height()
    # Labels are placed in order; one that would overlap an earlier one is left out
    # rather than piled on top of it (zoom in to see it).
    for index, x, y in canvas.model.boxes:
        pt = t.map(QPointF(x, y))
        if not bounds.contains(pt):
            continue
        wp = wp_labels.get(index)
        colour = plain
        if wp is not None:
            colour = by_status.get(statuses.get(index, WaypointStatus.LOCKED), pending)
        r = 6.5 if wp else 4.5
        p.setPen(halo)
        p.setBrush(colour)
        p.drawEllipse(pt, r, r)
        text = f"{index}" + (f" {wp}" if wp else "")
        w = (fm_bold if wp else fm).horizontalAdvance(text) + 6
        rect = QRectF(pt.x() + r + 2, pt.y() - height / 2 - 1, w, height + 2)
        if any(rect.intersects(o) for o in taken):
            continue
        taken.append(rect)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(label_fill)
        p.drawRoundedRect(rect, 3, 3)
        p.setFont(bold if wp else small)
        p.setPen(map_text(colour) if wp else plain_text)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


# The red cross of a missed waypoint reaches this far from its centre, halo included.
_CROSS_REACH_PX = 16.0
_LABEL_GAP_PX = 6.0


def _gap(c: QPointF, rect: QRectF) -> float:
    """Distance from a point to the nearest point of a rect (0 inside it)."""
    dx = max(rect.left() - c.x(), 0.0, c.x() - rect.right())
    dy = max(rect.top() - c.y(), 0.0, c.y() - rect.bottom())
    return math.hypot(dx, dy)


def closest_label_rect(c: QPointF, q: QPointF, size: QSizeF, mark_radius: float) -> QRectF:
    """Where the "closest … m" label of a missed waypoint at ``c`` goes: past the closest
    approach ``q``, on the far side from the waypoint, wholly outside the mark's circle
    (``mark_radius`` around ``c``) however near ``q`` is at this zoom."""
    d = q - c
    length = math.hypot(d.x(), d.y())
    # Straight on top of the waypoint: the label goes up and to the right.
    ux, uy = (d.x() / length, d.y() / length) if length > 1e-6 else (0.7071, -0.7071)
    reach = max(length, mark_radius) + _LABEL_GAP_PX
    u = QPointF(ux, uy)
    corner = QPointF(size.width() / 2, size.height() / 2)

    def gap(s: float) -> float:
        # How far the rect centred ``s`` along the direction is from the waypoint.
        m = c + u * s
        dx = max(abs(m.x() - c.x()) - corner.x(), 0.0)
        dy = max(abs(m.y() - c.y()) - corner.y(), 0.0)
        return math.hypot(dx, dy)

    # The nearest centre that keeps the whole rect ``reach`` away (the gap grows with s).
    lo, hi = 0.0, reach + abs(ux) * corner.x() + abs(uy) * corner.y() + 1.0
    for _ in range(24):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if gap(mid) < reach else (lo, mid)
    centre = c + u * hi
    return QRectF(centre - corner, size)


def paint_missed(p: QPainter, canvas: MapCanvas, bold: QFont) -> None:
    """A red cross on each missed waypoint, a dashed line to the closest approach and its
    distance past that end, clear of the mark."""
    canvas.missed_labels = []
    if not canvas.crews:
        return
    ref = canvas.crews[min(canvas.reference(), len(canvas.crews) - 1)]
    if ref.review is None or not ref.visible:
        return
    t = canvas.transform()
    g = ref.geometry
    fm = QFontMetricsF(bold)
    taken: list[QRectF] = []
    missed = [w for w in ref.review.waypoints if w.status is WaypointStatus.MISSED]
    centres = [t.map(QPointF(*canvas.model.to_xy(w.lat, w.lon))) for w in missed]
    for w, c in zip(missed, centres, strict=True):
        if 0 <= w.closest_index < len(g.x) and math.isfinite(g.x[w.closest_index]):
            q = t.map(QPointF(float(g.x[w.closest_index]), float(g.y[w.closest_index])))
            pen = QPen(QColor(MISSED_COLOUR), 1.5, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(c, q)
            text = QCoreApplication.translate("MapCanvas", "closest {distance} m").format(
                distance=f"{w.closest_m:,.0f}"
            )
            clear_px = (w.clear_m or 0.0) / canvas.metres_per_pixel()
            radius = max(_CROSS_REACH_PX, clear_px if math.isfinite(clear_px) else 0.0)
            size = QSizeF(fm.horizontalAdvance(text) + 8, 17)
            rect = closest_label_rect(c, q, size, radius)
            # As the box labels: one that would pile onto an earlier label or cover another
            # missed waypoint's cross waits for a zoom in.
            if not any(rect.intersects(o) for o in taken) and all(
                _gap(o, rect) > _CROSS_REACH_PX for o in centres
            ):
                taken.append(rect)
                canvas.missed_labels.append((c, radius, rect))
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(255, 255, 255, 215) if not is_night() else map_label_fill())
                p.drawRoundedRect(rect, 3, 3)
                p.setFont(bold)
                p.setPen(map_text(QColor(MISSED_COLOUR)))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        s = 9.0
        for width, colour in ((6.0, map_halo()), (3.0, QColor(MISSED_COLOUR))):
            p.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(c + QPointF(-s, -s), c + QPointF(s, s))
            p.drawLine(c + QPointF(-s, s), c + QPointF(s, -s))


def paint_cursors(p: QPainter, canvas: MapCanvas) -> None:
    """Where each visible crew is at the cursor time (the reference crew's marker larger)."""
    if canvas.cursor_time() is None:
        return
    for ci, c in enumerate(canvas.crews):
        if not c.visible:
            continue
        pos = canvas.cursor_position(ci)
        if pos is None:
            continue
        pt = canvas.world_to_screen(*pos)
        r = 9.0 if ci == canvas.reference() else 6.5
        p.setPen(QPen(map_halo(), 3.0))
        p.setBrush(c.colour)
        p.drawEllipse(pt, r, r)
        p.setPen(QPen(QColor("black") if not is_night() else map_text(), 1.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(pt, r + 1.5, r + 1.5)
