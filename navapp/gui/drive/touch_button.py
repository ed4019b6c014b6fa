"""One on-screen control for a gloved finger, and how big such a control must be.

A control reports presses only (``pressed``, then exactly one ``released``); what a press does,
after how long and how often, is decided by whoever listens (:mod:`navapp.gui.drive.touch`).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QHideEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QScreen,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from navapp.gui.common.theme import DAY, Theme, ui_font

#: The smallest side of a control: a gloved fingertip in a shaking car.
MIN_TOUCH_MM = 12.0
#: Screens that give no believable size (some drivers, virtual screens) are taken as the
#: 10" 1024×600 tablet the drive view was drawn for.
FALLBACK_DPI = 120.0
_PLAUSIBLE_DPI = (50.0, 600.0)
MM_PER_INCH = 25.4

#: The smallest caption on a control, as the box strip's texts: read at arm's length.
MIN_CAPTION_PX = 14.0

#: How far a finger may slide off a control (as a share of its side) before the press ends.
SLIDE_MARGIN = 0.25

# The events of a finger on the screen, which a touch control takes for itself.
TOUCH_EVENTS = (
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
)
LOCK_GLYPH = "lock"  # drawn, not typed: no font on a car tablet is sure to have a padlock


def screen_dpi(screen: QScreen | None) -> float:
    """Logical pixels per physical inch of ``screen`` (Qt 6 gives it in logical pixels).

    :data:`FALLBACK_DPI` when the screen is unknown or reports a size no real screen has.
    """
    if screen is None:
        return FALLBACK_DPI
    dpi = screen.physicalDotsPerInch()
    low, high = _PLAUSIBLE_DPI
    return dpi if low <= dpi <= high else FALLBACK_DPI


def touch_px(dpi: float, mm: float = MIN_TOUCH_MM) -> int:
    """The side in pixels of a control ``mm`` millimetres wide at ``dpi`` (rounded up)."""
    return int(-(-mm * dpi // MM_PER_INCH))


def min_touch_px(widget: QWidget | None = None, mm: float = MIN_TOUCH_MM) -> int:
    """The side in pixels of a ``mm`` control on ``widget``'s screen (the primary one if none)."""
    screen = widget.screen() if widget is not None else None
    return touch_px(screen_dpi(screen or QGuiApplication.primaryScreen()), mm)


class TouchButton(QWidget):
    """A square control with a big glyph and a short caption, pressed by a finger or the mouse.

    Every press ends with exactly one ``released``: when the finger lifts or slides off, when
    the touch is cancelled, when the button is hidden or disabled, and when its window is
    deactivated. A control that needs a long press is marked ``hold`` and shows how far the
    press has got (:meth:`set_progress`).
    """

    pressed = Signal()
    released = Signal()

    def __init__(
        self,
        name: str,
        glyph: str,
        caption: str,
        hold: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.glyph = glyph
        self.caption = caption
        self.hold = hold
        self._theme: Theme = DAY
        self._down = False
        self._touch_id: int | None = None
        self._progress = 0.0
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        # Keys stay with the window and the remote.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(f"{caption} {glyph}".strip() if glyph != LOCK_GLYPH else caption)
        self.set_side(min_touch_px(self))

    # -- API --------------------------------------------------------------------------------

    def set_side(self, px: int) -> None:
        """Make the control ``px`` pixels square."""
        self.setFixedSize(QSize(px, px))

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def is_down(self) -> bool:
        """Whether a finger (or the mouse) is on the control now."""
        return self._down

    def cancel(self) -> None:
        """End the press under way, if any (``released`` is emitted)."""
        self._touch_id = None
        if self._down:
            self._down = False
            self._progress = 0.0
            self.update()
            self.released.emit()

    def set_progress(self, fraction: float) -> None:
        """How far a long press has got, 0 to 1 (drawn as a fill rising from the bottom)."""
        fraction = min(1.0, max(0.0, fraction))
        if fraction != self._progress:
            self._progress = fraction
            self.update()

    # -- Qt ---------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        etype = event.type()
        if etype in TOUCH_EVENTS:
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            event.accept()
            return True
        if etype == QEvent.Type.WindowDeactivate:
            # The lift of the finger may go to another window now: never let a press hang on.
            self.cancel()
        elif etype == QEvent.Type.EnabledChange and not self.isEnabled():
            self.cancel()
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        etype = event.type()
        if etype == QEvent.Type.TouchCancel:
            self.cancel()
            return
        points = event.points()
        if etype == QEvent.Type.TouchBegin and not self._down and points:
            self._touch_id = points[0].id()
            self._begin()
            return
        for point in points:
            if point.id() != self._touch_id:
                continue
            lifted = point.state() == point.State.Released or etype == QEvent.Type.TouchEnd
            if lifted or not self._holds(point.position()):
                self.cancel()
            return
        if etype == QEvent.Type.TouchEnd:
            self.cancel()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._down:
            self._touch_id = None
            self._begin()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._down and self._touch_id is None and not self._holds(event.position()):
            self.cancel()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._touch_id is None:
            self.cancel()
        event.accept()

    def hideEvent(self, event: QHideEvent) -> None:
        self.cancel()
        super().hideEvent(event)

    def caption_lines(self) -> list[str]:
        """The caption as painted: a control without a glyph puts each word on a line."""
        return self.caption.split() if not self.glyph else [self.caption]

    def caption_font(self) -> QFont:
        """The caption's font: :data:`MIN_CAPTION_PX` or more, smaller only when the face is
        too narrow for the caption's longest line."""
        side = float(self.width())
        room = side - 2.5 * max(2.0, side / 28)  # inside the border, a little air kept
        font = ui_font(max(MIN_CAPTION_PX, side * 0.2), bold=True)
        metrics = QFontMetricsF(font)
        widest = max((metrics.horizontalAdvance(x) for x in self.caption_lines()), default=1.0)
        if widest > room:
            # whole pixels, rounded down: a rounded-up size would stick out of the face
            font = ui_font(math.floor(font.pixelSize() * room / widest), bold=True)
        if not self.glyph:  # words only, one a line: a longer language may need more lines
            tall = len(self.caption_lines()) * QFontMetricsF(font).lineSpacing()
            if tall > room:
                font = ui_font(math.floor(font.pixelSize() * room / tall), bold=True)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self._theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = float(self.width())
        pen_w = max(2.0, side / 28)
        rect = QRectF(self.rect()).adjusted(pen_w / 2, pen_w / 2, -pen_w / 2, -pen_w / 2)
        radius = side / 8
        face, ink = (t.accent, t.accent_text) if self._down else (t.panel, t.text)
        p.setPen(QPen(QColor(t.warn if self.hold else t.border), pen_w))
        p.setBrush(QColor(face))
        p.drawRoundedRect(rect, radius, radius)
        if self._progress > 0:
            fill = QRectF(rect)
            fill.setTop(rect.bottom() - rect.height() * self._progress)
            clip = QPainterPath()
            clip.addRoundedRect(rect, radius, radius)
            p.save()
            p.setClipPath(clip)
            p.fillRect(fill, QColor(t.warn))
            p.restore()
            if self._progress >= 0.5:
                ink = t.warn_text
        p.setPen(QColor(ink))
        font, lines = self.caption_font(), self.caption_lines()
        p.setFont(font)
        caption_h = len(lines) * QFontMetricsF(font).lineSpacing()
        if not self.glyph:  # words only: they take the face
            caption_h = rect.height() - 2 * pen_w
        glyph_rect = QRectF(rect.x(), rect.y() + pen_w, rect.width(), side - caption_h - 2 * pen_w)
        if self.glyph == LOCK_GLYPH:
            _draw_padlock(p, glyph_rect, QColor(ink), pen_w)
        elif self.glyph:
            p.setFont(ui_font(min(side * 0.5, glyph_rect.height()), bold=True))
            p.drawText(glyph_rect, int(Qt.AlignmentFlag.AlignCenter), self.glyph)
            p.setFont(font)
        caption_rect = QRectF(rect.x(), rect.bottom() - caption_h - pen_w, rect.width(), caption_h)
        p.drawText(caption_rect, int(Qt.AlignmentFlag.AlignCenter), "\n".join(lines))
        p.end()

    # -- internals --------------------------------------------------------------------------

    def _begin(self) -> None:
        self._down = True
        self._progress = 0.0
        self.update()
        self.pressed.emit()

    def _holds(self, pos: QPointF) -> bool:
        """Whether a finger at ``pos`` is still on the control (give or take a slide)."""
        margin = self.width() * SLIDE_MARGIN
        return QRectF(self.rect()).adjusted(-margin, -margin, margin, margin).contains(pos)


def _draw_padlock(p: QPainter, cell: QRectF, ink: QColor, pen_w: float) -> None:
    """A padlock centred in ``cell``: a shackle over a filled body."""
    size = min(cell.width(), cell.height()) * 0.62
    body = QRectF(0, 0, size * 0.8, size * 0.55)
    body.moveCenter(QPointF(cell.center().x(), cell.center().y() + size * 0.2))
    shackle = QRectF(0, 0, size * 0.5, size * 0.6)
    shackle.moveCenter(QPointF(body.center().x(), body.top()))
    p.save()
    p.setPen(QPen(ink, max(pen_w, size * 0.11)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(shackle, 0, 180 * 16)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    p.drawRoundedRect(body, size * 0.06, size * 0.06)
    p.restore()
