"""A trip-meter counter whose digit wheels roll like a mechanical rally odometer.

The counter shows a distance in the roadbook's units with one or two decimals. Digits turn when
the distance is *reached* (the value is truncated, not rounded), as on a mechanical trip meter:
``12.349`` km shows ``012.34``. Leading zeros are kept, dimmed, so the counter never changes width
while driving.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from navapp.core import format as fmt
from navapp.core.model import Units
from navapp.gui.common.theme import DAY, Theme, ui_font

# Short enough that the wheels settle between two 10 Hz updates' worth of reading.
ANIMATION_MS = 200
MIN_INT_DIGITS = 3
# Absorbs binary float noise (0.29 * 100 = 28.999…) before truncating to the last digit.
_EPSILON = 1e-6

_DIGITS = tuple(str(i) for i in range(10))
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_LEFT_BOTTOM = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
_LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def odometer_text(value_display: float, decimals: int) -> str:
    """The counter's digits for a value already in display units (``−`` for negatives)."""
    count = _count(value_display, decimals)
    return _format(count, decimals, _int_digits(count, decimals))


def _count(value: float, decimals: int) -> int:
    """The value in units of the last digit, truncated toward zero."""
    scaled = abs(value) * 10.0**decimals + _EPSILON
    n = math.floor(scaled)
    return -n if value < 0 else n


def _int_digits(count: int, decimals: int) -> int:
    return max(MIN_INT_DIGITS, len(str(abs(count) // 10**decimals)))


def _format(count: int, decimals: int, int_digits: int) -> str:
    digits = str(abs(count)).rjust(int_digits + decimals, "0")
    sign = fmt.MINUS if count < 0 else ""
    return f"{sign}{digits[:int_digits]}.{digits[int_digits:]}"


class OdometerWidget(QWidget):
    """A caption, rolling digit wheels and the unit; set with :meth:`set_value` (km)."""

    def __init__(
        self,
        caption: str | None = None,
        decimals: int = 2,
        units: Units = Units.METRIC,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._caption = self.tr("TOTAL") if caption is None else caption
        self._units = units
        self._decimals = 2 if decimals == 2 else 1
        self._value_km = 0.0
        self._count = 0
        self._int_digits = MIN_INT_DIGITS
        self._text = _format(0, self._decimals, self._int_digits)
        n = self._wheel_count()
        # wheel positions: digit value as a float, fractional while rolling; index 0 = leftmost
        self._from = [0.0] * n
        self._to = [0.0] * n
        self._progress = 1.0
        self._dim = [True] * n
        self._anim = QVariantAnimation(self)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.setDuration(ANIMATION_MS)
        self._anim.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._anim.valueChanged.connect(self._on_progress)
        self._anim.finished.connect(self._on_finished)
        # geometry and paint objects, rebuilt on resize/theme only: painting allocates nothing
        self._digit_font = QFont()
        self._caption_font = QFont()
        self._unit_font = QFont()
        self._wheel_rects: list[QRectF] = []
        self._sign_rect = QRectF()
        self._dot_rect = QRectF()
        self._unit_rect = QRectF()
        self._caption_rect = QRectF()
        self._scratch = QRectF()
        self._cell_h = 0.0
        self._radius = 0.0
        self._colours: dict[str, QColor] = {}
        # "GPS LOST", "PAUSED" …: the counter is not advancing; "" while it is.
        self._mark = ""
        self._mark_level = ""
        self._mark_rect = QRectF()
        self._wheels_rect = QRectF()
        self.set_theme(DAY)
        self._update_dim()
        self._relayout()

    # -- API --------------------------------------------------------------------------------

    def set_value(self, km: float, animate: bool = True) -> None:
        """Show ``km`` in the units set; the wheels roll to it unless ``animate`` is False."""
        self._value_km = km
        count = _count(self._units.km_to_display(km), self._decimals)
        if count == self._count:
            return
        int_digits = _int_digits(count, self._decimals)
        sign_changed = (count < 0) != (self._count < 0)
        if int_digits != self._int_digits or sign_changed or not animate or not self.isVisible():
            self._jump(count, int_digits)
            return
        self._roll(count)

    def value(self) -> float:
        """The last value set, in km."""
        return self._value_km

    def text(self) -> str:
        """The digits the counter shows (or is rolling to), e.g. ``"038.15"``."""
        return self._text

    def caption(self) -> str:
        return self._caption

    def set_mark(self, mark: str, level: str = "danger") -> None:
        """Mark the counter as not advancing: dimmed, hatched wheels and ``mark`` (``GPS LOST``)
        in a ``level`` (``danger`` or ``warn``) badge; "" takes the mark away."""
        if (mark, level) != (self._mark, self._mark_level):
            self._mark, self._mark_level = mark, level
            self._relayout()

    def mark(self) -> str:
        """The mark shown ("" when the counter is advancing)."""
        return self._mark

    def shown_caption(self) -> str:
        """The caption as painted: cut short with "…" where a long language would run into
        the mark's badge or out of the widget."""
        rect = self._caption_rect
        room = rect.width()
        if self._mark:
            room = min(room, self._mark_rect.left() - rect.left() - 4)
        metrics = QFontMetricsF(self._caption_font)
        return metrics.elidedText(self._caption, Qt.TextElideMode.ElideRight, max(0.0, room))

    def set_caption(self, caption: str) -> None:
        """The small title above the digits (``TOTAL``, ``PARTIAL`` …)."""
        if caption != self._caption:
            self._caption = caption
            self.update()

    def set_units(self, units: Units) -> None:
        """Show km or miles; the digits jump to the converted value."""
        if units is not self._units:
            self._units = units
            self._reset_count()
            self.update()

    def units(self) -> Units:
        return self._units

    def set_decimals(self, decimals: int) -> None:
        """One (tenths) or two (hundredths) digits after the point."""
        decimals = 2 if decimals == 2 else 1
        if decimals != self._decimals:
            self._decimals = decimals
            self._reset_count()

    def decimals(self) -> int:
        return self._decimals

    def is_animating(self) -> bool:
        """Whether the wheels are still rolling."""
        return self._anim.state() is QVariantAnimation.State.Running

    def set_theme(self, theme: Theme) -> None:
        """Take the wheel and text colours of ``theme``."""
        self._colours = {
            "wheel": QColor(theme.wheel),
            "wheel_text": QColor(theme.wheel_text),
            "fraction": QColor(theme.wheel_fraction),
            "fraction_text": QColor(theme.wheel_fraction_text),
            "caption": QColor(theme.caption),
            "text": QColor(theme.text),
            "danger": QColor(theme.danger),
            "danger_text": QColor(theme.danger_text),
            "warn": QColor(theme.warn),
            "warn_text": QColor(theme.warn_text),
        }
        # leading zeros: the wheel text faded toward the wheel colour
        dim = QColor(theme.wheel_text)
        wheel = QColor(theme.wheel)
        dim.setRgbF(
            0.45 * dim.redF() + 0.55 * wheel.redF(),
            0.45 * dim.greenF() + 0.55 * wheel.greenF(),
            0.45 * dim.blueF() + 0.55 * wheel.blueF(),
        )
        self._colours["dim"] = dim
        self.update()

    # -- Qt ---------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(360, 120)

    def minimumSizeHint(self) -> QSize:
        return QSize(180, 60)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        c = self._colours
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            p.setFont(self._caption_font)
            p.setPen(c["caption"])
            p.drawText(self._caption_rect, _LEFT_TOP, self.shown_caption())
            if self._mark:
                # Not advancing: the last value stays readable, faded behind the hatching.
                p.setOpacity(0.5)
            p.setFont(self._digit_font)
            if self._count < 0:
                p.setPen(c["text"])
                p.drawText(self._sign_rect, _CENTER, fmt.MINUS)
            n_int = self._int_digits
            t = self._progress
            scratch = self._scratch
            h = self._cell_h
            for i, rect in enumerate(self._wheel_rects):
                fraction = i >= n_int
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(c["fraction"] if fraction else c["wheel"])
                p.drawRoundedRect(rect, self._radius, self._radius)
                if fraction:
                    p.setPen(c["fraction_text"])
                else:
                    p.setPen(c["dim"] if self._dim[i] else c["wheel_text"])
                pos = self._from[i] + (self._to[i] - self._from[i]) * t
                base = math.floor(pos)
                offset = (pos - base) * h
                if offset < 0.5:
                    p.drawText(rect, _CENTER, _DIGITS[base % 10])
                    continue
                # rolling: the wheel shows the bottom of one digit and the top of the next
                p.setClipRect(rect)
                scratch.setRect(rect.x(), rect.y() - offset, rect.width(), h)
                p.drawText(scratch, _CENTER, _DIGITS[base % 10])
                scratch.setRect(rect.x(), rect.y() + h - offset, rect.width(), h)
                p.drawText(scratch, _CENTER, _DIGITS[(base + 1) % 10])
                p.setClipping(False)
            p.setPen(c["text"])
            p.drawText(self._dot_rect, _CENTER, ".")
            p.setFont(self._unit_font)
            p.setPen(c["caption"])
            p.drawText(self._unit_rect, _LEFT_BOTTOM, self._units.distance_label)
            if self._mark:
                p.setOpacity(1.0)
                self._paint_mark(p)
        finally:
            p.end()

    def _paint_mark(self, p: QPainter) -> None:
        """Hatching across the wheels and the badge, in the colour of the mark's level."""
        c = self._colours
        fill = c["warn"] if self._mark_level == "warn" else c["danger"]
        text = c["warn_text"] if self._mark_level == "warn" else c["danger_text"]
        area = self._wheels_rect
        # Sparse, thin stripes: unmistakable at arm's length, the last value still readable.
        step = max(8.0, 0.5 * self._cell_h)
        pen = QPen(fill, max(2.0, 0.04 * self._cell_h))
        p.setPen(pen)
        p.setClipRect(area)
        x = area.left() - area.height()
        while x < area.right():
            p.drawLine(QPointF(x, area.bottom()), QPointF(x + area.height(), area.top()))
            x += step
        p.setClipping(False)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        r = self._mark_rect
        p.drawRoundedRect(r, 0.2 * r.height(), 0.2 * r.height())
        p.setFont(self._caption_font)
        p.setPen(text)
        p.drawText(r, _CENTER, self._mark)

    # -- internals --------------------------------------------------------------------------

    def _wheel_count(self) -> int:
        return self._int_digits + self._decimals

    def _wheel_digits(self, count: int) -> list[int]:
        digits = str(abs(count)).rjust(self._wheel_count(), "0")
        return [int(ch) for ch in digits]

    def _reset_count(self) -> None:
        count = _count(self._units.km_to_display(self._value_km), self._decimals)
        self._jump(count, _int_digits(count, self._decimals))

    def _jump(self, count: int, int_digits: int) -> None:
        """Show ``count`` at once (no roll)."""
        self._anim.stop()
        layout_changed = (
            int_digits != self._int_digits
            or len(self._to) != int_digits + self._decimals
            or (count < 0) != (self._count < 0)
        )
        self._count = count
        self._int_digits = int_digits
        self._text = _format(count, self._decimals, int_digits)
        digits = [float(d) for d in self._wheel_digits(count)]
        self._from = digits
        self._to = list(digits)
        self._progress = 1.0
        self._update_dim()
        if layout_changed:
            self._relayout()
        self.update()

    def _roll(self, count: int) -> None:
        """Start rolling each wheel from where it is now to the digit of ``count``."""
        up = count > self._count
        old_targets = self._wheel_digits(self._count)
        new_targets = self._wheel_digits(count)
        t = self._progress
        for i, (old, new) in enumerate(zip(old_targets, new_targets, strict=True)):
            current = self._from[i] + (self._to[i] - self._from[i]) * t
            steps = (new - old) % 10 if up else -((old - new) % 10)
            # keep the numbers small: shift both ends by whole turns
            turns = math.floor(current / 10)
            self._from[i] = current - 10 * turns
            self._to[i] = self._to[i] - 10 * turns + steps
        self._count = count
        self._text = _format(count, self._decimals, self._int_digits)
        self._update_dim()
        self._progress = 0.0
        self._anim.stop()
        self._anim.start()

    def _on_progress(self, value: float) -> None:
        self._progress = float(value)
        self.update()

    def _on_finished(self) -> None:
        self._progress = 1.0
        for i, to in enumerate(self._to):
            self._from[i] = self._to[i] = float(round(to) % 10)
        self.update()

    def _update_dim(self) -> None:
        """Leading zeros of the integer part are dimmed (never the units digit)."""
        digits = self._wheel_digits(self._count)
        dim = []
        leading = True
        for i, d in enumerate(digits):
            if i >= self._int_digits - 1 or d != 0:
                leading = False
            dim.append(leading)
        self._dim = dim

    def _relayout(self) -> None:
        """Fit caption, wheels, point and unit into the widget; sizes follow its height."""
        w, h = float(self.width()), float(self.height())
        if w <= 0 or h <= 0:
            return
        pad = max(2.0, 0.04 * h)
        caption_h = 0.2 * h
        n_wheels = self._wheel_count()
        sign_cells = 0.45 if self._count < 0 else 0.0
        # width in cell heights: wheels 0.7 wide, the point, the minus, the unit (~0.5)
        width_factor = 0.7 * (n_wheels + 0.32 + 0.12 + sign_cells) + 0.5
        cell_h = min(h - caption_h - 2 * pad, (w - 2 * pad) / width_factor)
        cell_w = 0.7 * cell_h
        gap = 0.05 * cell_w
        self._cell_h = cell_h
        self._radius = 0.1 * cell_w
        self._caption_font = ui_font(caption_h * 0.75, bold=True)
        self._digit_font = ui_font(cell_h * 0.8, bold=True)
        self._unit_font = ui_font(cell_h * 0.34, bold=True)
        metrics = QFontMetricsF(self._caption_font)
        self._caption_rect = QRectF(pad, pad * 0.5, w - 2 * pad, metrics.height())
        top = h - pad - cell_h
        x = pad
        self._sign_rect = QRectF(x, top, sign_cells * cell_w, cell_h)
        x += sign_cells * cell_w
        rects = []
        for i in range(n_wheels):
            if i == self._int_digits:
                self._dot_rect = QRectF(x, top, 0.32 * cell_w, cell_h)
                x += 0.32 * cell_w
            rects.append(QRectF(x, top, cell_w - gap, cell_h))
            x += cell_w
        self._wheel_rects = rects
        self._unit_rect = QRectF(x + 0.12 * cell_w, top, max(0.0, w - x), cell_h)
        self._wheels_rect = QRectF(pad, top, x - pad, cell_h)
        if self._mark:
            # The badge sits on the caption line, right-aligned over the wheels, as tall as
            # the caption allows: it reads at arm's length without hiding the digits.
            bw = metrics.horizontalAdvance(self._mark) + 1.2 * metrics.height()
            bh = min(metrics.height() * 1.15, top - pad * 0.25)
            right = x - gap
            self._mark_rect = QRectF(max(pad, right - bw), pad * 0.25, min(bw, right - pad), bh)
        self.update()
