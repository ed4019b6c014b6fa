"""Draws the car map's marks over the map: the car arrow, the north needle and the scale bar."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from navapp.core.mapgeometry import scale_bar
from navapp.gui.common.map_view import map_pen
from navapp.gui.common.theme import DAY, Theme

ARROW_COLOUR = "#1565c0"
ARROW_NIGHT = "#3d8be0"  # lighter: the day blue sinks into the dimmed map at night
STALE_COLOUR = "#8c8c8c"


def paint_car(
    p: QPainter,
    at: QPointF,
    course: float | None,
    up_bearing: float,
    side: int,
    theme: Theme,
    stale: bool,
) -> None:
    """The car at ``at``: an arrow along ``course`` (a dot without one), grey when ``stale``."""
    size = max(20.0, side * 0.5)
    night = theme is not DAY
    colour = QColor(STALE_COLOUR if stale else ARROW_NIGHT if night else ARROW_COLOUR)
    halo = QColor("black") if night else QColor("white")
    p.save()
    p.translate(at)
    shape = QPainterPath()
    if course is not None:
        p.rotate(course - up_bearing)
        shape.addPolygon(
            QPolygonF(
                [
                    QPointF(0, -size),
                    QPointF(size * 0.62, size * 0.7),
                    QPointF(0, size * 0.35),
                    QPointF(-size * 0.62, size * 0.7),
                    QPointF(0, -size),
                ]
            )
        )
    else:
        shape.addEllipse(QPointF(0, 0), size * 0.55, size * 0.55)
    # A position that is not the car's now: grey, outlined in dashes, on a wide halo.
    p.setPen(map_pen(halo, 7.0 if stale else 3.0))
    p.setBrush(colour)
    p.drawPath(shape)
    if stale:
        danger = QColor(theme.danger)
        p.setPen(QPen(danger, 2.5, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(shape)
        # and a dashed ring: the car is somewhere around here by now
        p.setPen(QPen(danger, 3.0, Qt.PenStyle.DashLine))
        p.drawEllipse(QPointF(0, 0), size * 1.7, size * 1.7)
    p.restore()


def paint_scale_bar(
    p: QPainter, mpp: float, scale: float, height: int, theme: Theme, small: QFont
) -> None:
    """A round length bar at the bottom left, its label sized like the view's fonts."""
    t = theme
    fm = QFontMetricsF(small)
    length, label = scale_bar(mpp, target_px=120.0 * max(1.0, scale))
    px = length / mpp
    pad = fm.height() * 0.3
    w = max(px, fm.horizontalAdvance(label)) + 2 * pad
    h = fm.height() + 3 * pad
    box = QRectF(10, height - h - 10, w, h)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255, 215) if t is DAY else QColor(0, 0, 0, 190))
    p.drawRoundedRect(box, 4, 4)
    ink = QColor(t.text)
    p.setPen(QPen(ink, 2.5))
    y = box.bottom() - pad * 1.2
    x0 = box.left() + (w - px) / 2
    p.drawLine(QPointF(x0, y), QPointF(x0 + px, y))
    p.drawLine(QPointF(x0, y - pad), QPointF(x0, y + pad * 0.6))
    p.drawLine(QPointF(x0 + px, y - pad), QPointF(x0 + px, y + pad * 0.6))
    p.setFont(small)
    p.drawText(
        QRectF(box.left(), box.top() + pad * 0.5, w, fm.height()),
        Qt.AlignmentFlag.AlignCenter,
        label,
    )


def paint_north(p: QPainter, side: int, up_bearing: float, theme: Theme, small: QFont) -> None:
    """A north needle top left, turned with the map."""
    r = max(18.0, side * 0.4)
    centre = QPointF(10 + r, 10 + r)
    t = theme
    p.save()
    p.setPen(QPen(QColor(t.border), 2.0))
    p.setBrush(QColor(t.panel))
    p.drawEllipse(centre, r, r)
    p.translate(centre)
    p.rotate(-up_bearing)
    needle = QPolygonF([QPointF(0, -r * 0.8), QPointF(r * 0.3, 0), QPointF(-r * 0.3, 0)])
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(t.danger))
    p.drawPolygon(needle)
    p.setPen(QColor(t.text))
    p.setFont(small)
    p.drawText(QRectF(-r, 0, 2 * r, r * 0.85), Qt.AlignmentFlag.AlignCenter, "N")
    p.restore()
