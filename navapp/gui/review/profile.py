"""Speed and elevation against time (or distance, for a track without times).

The curves are reduced to one min/max pair per pixel column (vectorised), so a
two-million-point track draws as fast as a short one. Speed zones are shaded with their limit,
violations are red, waypoints are ticks along the top.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from navapp.core import format as fmt
from navapp.core.model import WaypointType
from navapp.core.navstate import WaypointStatus
from navapp.core.review_model import Review
from navapp.gui.common.map_view import map_label_fill, map_text
from navapp.gui.common.night import is_night
from navapp.gui.common.theme import NIGHT
from navapp.gui.review.map_canvas import VIOLATION_COLOUR, ZONE_COLOUR
from navapp.gui.review.map_geometry import TrackGeometry
from navapp.gui.review.map_marks import MISSED_COLOUR, VALIDATED_COLOUR

FloatArray = npt.NDArray[np.float64]

_MARGIN_L, _MARGIN_R, _MARGIN_T, _MARGIN_B = 52.0, 14.0, 20.0, 24.0
_GAP = 10.0  # between the speed and the elevation plot
_SPEED_SHARE = 0.62  # of the plot height
SPEED_LINE = "#1d4f91"
ELE_FILL = "#c9b89a"


# The profile's greys by day and what stands for them at night (the rest are mixed light).
_NIGHT_INKS = {
    "#ffffff": NIGHT.map_background,
    ELE_FILL: NIGHT.border,  # the ground under the track, no pale sand at night
    "#e4e4e4": "#2a1f10",
    "#9a9a9a": NIGHT.border,
    "#888888": NIGHT.text_dim,
    "#666666": NIGHT.text_dim,
    "#444444": NIGHT.caption,
    "#000000": NIGHT.text,
}


def _ink(day: str) -> QColor:
    """The colour painted for ``day`` in the current theme."""
    if not is_night():
        return QColor(day)
    return QColor(_NIGHT_INKS[day]) if day in _NIGHT_INKS else map_text(QColor(day))


def column_envelope(
    axis: FloatArray, values: FloatArray, a0: float, a1: float, columns: int
) -> tuple[FloatArray, FloatArray]:
    """Min and max of ``values`` in each of ``columns`` equal slices of ``[a0, a1]``.

    ``axis`` must be non-decreasing. Empty columns hold NaN.
    """
    lo = np.full(columns, np.nan)
    hi = np.full(columns, np.nan)
    ok = np.isfinite(values) & np.isfinite(axis)
    if columns <= 0 or a1 <= a0 or not ok.any():
        return lo, hi
    ax, v = axis[ok], values[ok]
    col = ((ax - a0) / (a1 - a0) * columns).astype(np.int64).clip(0, columns - 1)
    # The axis is sorted, so each column's samples are one contiguous run.
    present, starts = np.unique(col, return_index=True)
    lo[present] = np.minimum.reduceat(v, starts)
    hi[present] = np.maximum.reduceat(v, starts)
    return lo, hi


def _nice_step(span: float, target: int, steps: tuple[float, ...]) -> float:
    for s in steps:
        if span / s <= target:
            return s
    return steps[-1]


class ProfileWidget(QWidget):
    """Speed (top) and elevation (bottom) of one crew, with a cursor shared with the map."""

    # The mouse is over the plot at this axis value (time in s, or distance in m).
    time_hovered = Signal(float)
    # The plot was clicked at this axis value.
    time_clicked = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewProfile")
        self.setMouseTracking(True)
        self.setMinimumHeight(150)
        self._geom: TrackGeometry | None = None
        self._review: Review | None = None
        self._name = ""
        self._origin: float | None = None
        self._cursor: float | None = None
        self._cache: tuple[int, tuple[FloatArray, ...]] | None = None
        self._font = QFont()
        self._font.setPixelSize(11)
        self._bold = QFont(self._font)
        self._bold.setBold(True)

    # -- API ------------------------------------------------------------------------------------

    def set_crew(
        self,
        geometry: TrackGeometry | None,
        review: Review | None,
        name: str,
        origin: float | None = None,
    ) -> None:
        """Show one crew's track (its projected geometry carries axis and speeds); times
        count from ``origin`` (its DSS, say), from the track's start when None."""
        self._origin = origin
        self._geom = geometry
        self._review = review
        self._name = name
        self._cache = None
        self.update()

    def has_crew(self) -> bool:
        """Whether a crew's track is drawn (not the empty "No track" face)."""
        return self._geom is not None and len(self._geom.axis) >= 2

    def set_cursor_time(self, t: float | None) -> None:
        """Mark the moment ``t`` (same axis as the signals)."""
        self._cursor = t
        self.update()

    def cursor_time(self) -> float | None:
        return self._cursor

    def origin(self) -> float:
        """The axis value counted as 0 (the crew's DSS, or the track's start)."""
        return self.axis_range()[0] if self._origin is None else self._origin

    def axis_range(self) -> tuple[float, float]:
        """First and last axis value shown."""
        g = self._geom
        if g is None or not len(g.axis):
            return 0.0, 1.0
        a0, a1 = float(g.axis[0]), float(g.axis[-1])
        return a0, (a1 if a1 > a0 else a0 + 1.0)

    def plot_rect(self) -> QRectF:
        """Where the curves are drawn, in widget pixels (both plots)."""
        return QRectF(
            _MARGIN_L,
            _MARGIN_T,
            max(self.width() - _MARGIN_L - _MARGIN_R, 10.0),
            max(self.height() - _MARGIN_T - _MARGIN_B, 10.0),
        )

    def x_for(self, value: float) -> float:
        """Widget x of an axis value."""
        r = self.plot_rect()
        a0, a1 = self.axis_range()
        return r.left() + (value - a0) / (a1 - a0) * r.width()

    def value_at(self, x: float) -> float:
        """Axis value under widget x (clamped to the track)."""
        r = self.plot_rect()
        a0, a1 = self.axis_range()
        f = min(max((x - r.left()) / r.width(), 0.0), 1.0)
        return a0 + f * (a1 - a0)

    # -- Qt -------------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._geom is not None and self.plot_rect().adjusted(0, -10, 0, 10).contains(
            event.position()
        ):
            self.time_hovered.emit(self.value_at(event.position().x()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._geom is not None:
            self.time_clicked.emit(self.value_at(event.position().x()))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), _ink("#ffffff"))
        g = self._geom
        if g is None or len(g.axis) < 2:
            p.setPen(_ink("#666666"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No track"))
            p.end()
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.plot_rect()
        speed_h = (r.height() - _GAP) * _SPEED_SHARE
        sp_rect = QRectF(r.left(), r.top(), r.width(), speed_h)
        el_rect = QRectF(r.left(), sp_rect.bottom() + _GAP, r.width(), r.height() - speed_h - _GAP)
        cols = max(int(r.width()), 1)
        s_lo, s_hi, e_lo, e_hi = self._envelopes(cols)
        vmax = float(np.nanmax(s_hi)) if np.isfinite(s_hi).any() else 50.0
        limits = [z.limit_kmh for z in self._review.zones] if self._review else []
        top = max([vmax, *limits]) * 1.08
        top = _nice_step(top, 1, (20, 40, 60, 80, 100, 120, 140, 160, 200, 250, 300, 400))
        self._paint_zones(p, sp_rect, top)
        self._paint_band(p, sp_rect, s_lo, s_hi, 0.0, top, _ink(SPEED_LINE), fill=False)
        if np.isfinite(e_hi).any():
            e0, e1 = float(np.nanmin(e_lo)), float(np.nanmax(e_hi))
            pad = max((e1 - e0) * 0.1, 5.0)
            self._paint_band(p, el_rect, e_lo, e_hi, e0 - pad, e1 + pad, _ink(ELE_FILL), fill=True)
            self._y_axis(p, el_rect, e0 - pad, e1 + pad, "m")
        else:
            p.setPen(_ink("#888888"))
            p.setFont(self._font)
            p.drawText(el_rect, Qt.AlignmentFlag.AlignCenter, self.tr("no elevation in this track"))
        self._y_axis(p, sp_rect, 0.0, top, "km/h")
        self._x_axis(p, r)
        self._paint_waypoints(p, r)
        p.setPen(QPen(_ink("#9a9a9a"), 1.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(sp_rect)
        p.drawRect(el_rect)
        self._paint_cursor(p, r, sp_rect)
        p.end()

    # -- painting helpers ---------------------------------------------------------------------

    def _envelopes(self, cols: int) -> tuple[FloatArray, ...]:
        if self._cache is not None and self._cache[0] == cols:
            return self._cache[1]
        g = self._geom
        assert g is not None
        a0, a1 = self.axis_range()
        s = column_envelope(g.axis, g.speed, a0, a1, cols)
        e = column_envelope(g.axis, np.asarray(g.track.ele, dtype=np.float64), a0, a1, cols)
        self._cache = (cols, (*s, *e))
        return self._cache[1]

    def _paint_band(
        self,
        p: QPainter,
        rect: QRectF,
        lo: FloatArray,
        hi: FloatArray,
        v0: float,
        v1: float,
        colour: QColor,
        fill: bool,
    ) -> None:
        """The min/max envelope per column: a filled area (elevation) or a thick line."""
        ok = np.isfinite(lo) & np.isfinite(hi)
        if not ok.any():
            return
        xs = rect.left() + np.arange(len(lo)) + 0.5
        k = rect.height() / (v1 - v0)
        y_hi = rect.bottom() - (hi - v0) * k
        y_lo = rect.bottom() - (lo - v0) * k
        p.setClipRect(rect)
        if fill:
            idx = np.flatnonzero(ok)
            pts = [QPointF(float(xs[i]), float(y_hi[i])) for i in idx.tolist()]
            poly = QPolygonF(
                [
                    QPointF(float(xs[idx[0]]), rect.bottom()),
                    *pts,
                    QPointF(float(xs[idx[-1]]), rect.bottom()),
                ]
            )
            p.setPen(QPen(colour.darker(140), 1.2))
            p.setBrush(colour)
            p.drawPolygon(poly)
        else:
            # Columns with a spread draw it as a vertical stroke; the line joins the maxima.
            p.setPen(QPen(colour, 1.0))
            for i in np.flatnonzero(ok & (y_lo - y_hi > 1.0)).tolist():
                p.drawLine(
                    QPointF(float(xs[i]), float(y_lo[i])), QPointF(float(xs[i]), float(y_hi[i]))
                )
            p.setPen(QPen(colour, 1.6))
            p.setBrush(Qt.BrushStyle.NoBrush)
            for run in np.split(
                np.flatnonzero(ok), np.flatnonzero(np.diff(np.flatnonzero(ok)) > 1) + 1
            ):
                if len(run):
                    p.drawPolyline(
                        QPolygonF([QPointF(float(xs[i]), float(y_hi[i])) for i in run.tolist()])
                    )
        p.setClipping(False)

    def _paint_zones(self, p: QPainter, rect: QRectF, top: float) -> None:
        rv = self._review
        g = self._geom
        if rv is None or g is None or not g.axis_is_time:
            return
        k = rect.height() / top
        p.setFont(self._bold)
        for z in rv.zones:
            if z.entered is None:
                continue
            x0 = self.x_for(z.entered)
            x1 = self.x_for(z.left if z.left is not None else float(g.axis[-1]))
            fill = QColor(ZONE_COLOUR)
            fill.setAlpha(60)
            p.fillRect(QRectF(x0, rect.top(), max(x1 - x0, 2.0), rect.height()), fill)
            y = rect.bottom() - z.limit_kmh * k
            pen = QPen(_ink("#b07000"), 1.5, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x0, y), QPointF(x1, y))
            p.setPen(_ink("#8a5600"))
            p.drawText(QPointF(x0 + 3, y - 4), f"DZ {z.limit_kmh:g}")
            for v in z.violations:
                vx0, vx1 = self.x_for(v.start), self.x_for(v.end)
                red = QColor(VIOLATION_COLOUR)
                red.setAlpha(70)
                p.fillRect(QRectF(vx0, rect.top(), max(vx1 - vx0, 3.0), rect.height()), red)
                p.setPen(QColor(VIOLATION_COLOUR))
                p.drawText(
                    QPointF(vx1 + 3, rect.top() + 14),
                    self.tr("max {speed}").format(speed=f"{v.max_kmh:.0f}"),
                )

    def _paint_waypoints(self, p: QPainter, r: QRectF) -> None:
        rv, g = self._review, self._geom
        if rv is None or g is None:
            return
        p.setFont(self._font)
        fm = QFontMetricsF(self._font)
        last_right = -1e9
        for w in rv.waypoints:
            if w.type in (WaypointType.DZ, WaypointType.FZ):
                continue
            idx = w.closest_index
            if not (0 <= idx < len(g.axis)):
                continue
            value = w.time if w.time is not None and g.axis_is_time else float(g.axis[idx])
            x = self.x_for(value)
            missed = w.status is WaypointStatus.MISSED
            colour = QColor(MISSED_COLOUR if missed else VALIDATED_COLOUR)
            p.setPen(QPen(colour, 1.0, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
            text = w.label + (" ✗" if missed else "")
            tw = fm.horizontalAdvance(text)
            # Ticks always show; names only where they do not run into the previous one.
            if x - tw / 2 > last_right + 4:
                p.setPen(colour)
                p.drawText(QPointF(x - tw / 2, r.top() - 6), text)
                last_right = x + tw / 2

    def _y_axis(self, p: QPainter, rect: QRectF, v0: float, v1: float, unit: str) -> None:
        p.setFont(self._font)
        span = v1 - v0
        step = _nice_step(
            span,
            max(int(rect.height() / 28), 2),
            (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000),
        )
        first = math.ceil(v0 / step) * step
        k = rect.height() / span
        v = first
        while v <= v1 + 1e-9:
            y = rect.bottom() - (v - v0) * k
            p.setPen(QPen(_ink("#e4e4e4"), 1.0))
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            p.setPen(_ink("#444444"))
            p.drawText(QRectF(0, y - 7, _MARGIN_L - 6, 14), Qt.AlignmentFlag.AlignRight, f"{v:g}")
            v += step
        p.save()
        p.translate(11, rect.center().y())
        p.rotate(-90)
        p.setPen(_ink("#444444"))
        p.drawText(QRectF(-40, -8, 80, 14), Qt.AlignmentFlag.AlignCenter, unit)
        p.restore()

    def _x_axis(self, p: QPainter, r: QRectF) -> None:
        g = self._geom
        assert g is not None
        a0, a1 = self.axis_range()
        o = self.origin()
        span = a1 - a0
        p.setFont(self._font)
        label: Callable[[float], str]
        if g.axis_is_time:
            step = _nice_step(
                span, max(int(r.width() / 80), 2), (60, 120, 300, 600, 900, 1800, 3600, 7200, 14400)
            )
            label = lambda v: fmt.hms(v - o)[:-3]  # noqa: E731 - h:mm since the origin
        else:
            step = _nice_step(
                span,
                max(int(r.width() / 80), 2),
                (100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000),
            )
            label = lambda v: f"{(v - o) / 1000:g} km"  # noqa: E731
        # Ticks at whole steps from the origin, which may be inside the track (the DSS).
        v = o + math.ceil((a0 - o) / step - 1e-9) * step
        while v <= a1 + 1e-9:
            x = self.x_for(v)
            p.setPen(QPen(_ink("#e4e4e4"), 1.0))
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
            p.setPen(_ink("#444444"))
            p.drawText(
                QRectF(x - 30, r.bottom() + 4, 60, 14), Qt.AlignmentFlag.AlignCenter, label(v)
            )
            v += step

    def _paint_cursor(self, p: QPainter, r: QRectF, sp_rect: QRectF) -> None:
        g = self._geom
        if self._cursor is None or g is None:
            return
        a0, a1 = self.axis_range()
        if not a0 <= self._cursor <= a1:
            return
        x = self.x_for(self._cursor)
        p.setPen(QPen(_ink("#000000"), 1.5))
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
        i = g.index_at(self._cursor)
        sp = g.speed[i]
        ele = g.track.ele[i]
        if g.axis_is_time:
            head = f"{fmt.hms(self._cursor - self.origin())}  ({fmt.clock(self._cursor)} UTC)"
        else:
            head = f"{(self._cursor - self.origin()) / 1000:.2f} km"
        parts = [head]
        if math.isfinite(sp):
            parts.append(f"{sp:.0f} km/h")
        if math.isfinite(ele):
            parts.append(f"{ele:.0f} m")
        text = "  ·  ".join(parts)
        fm = QFontMetricsF(self._bold)
        w = fm.horizontalAdvance(text) + 12
        bx = x + 8 if x + 8 + w < r.right() else x - 8 - w
        box = QRectF(bx, sp_rect.top() + 4, w, 18)
        p.setPen(QPen(_ink("#444444"), 1.0))
        p.setBrush(QColor(255, 255, 255, 235) if not is_night() else map_label_fill())
        p.drawRoundedRect(box, 3, 3)
        p.setFont(self._bold)
        p.setPen(_ink("#000000"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
