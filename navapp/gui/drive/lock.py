"""The screen lock: rain on the glass and bumps of the car do nothing to the drive view.

While locked, a see-through cover over the whole drive view takes every touch, click and wheel
turn and does nothing with them, except a long press on its unlock control. The instruments stay
readable through it, framed in amber with a LOCKED badge. Keys and the remote go on working: the
cover never takes the keyboard focus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from navapp.gui.common.theme import DAY, Theme, ui_font
from navapp.gui.drive.touch_button import LOCK_GLYPH, TouchButton

#: How long the unlock control must be held: longer than any bump or drop of rain.
UNLOCK_MS = 1500
#: How much of the controls' faces the lock's veil hides.
VEIL_ALPHA = 0.8
#: How often the long press is looked at while it lasts.
TICK_MS = 50

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TouchCancel,
        QEvent.Type.ContextMenu,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.TabletRelease,
        QEvent.Type.Gesture,
    }
)


class ScreenLock(QWidget):
    """A cover over ``view`` that swallows touches and clicks while the screen is locked.

    ``clock`` gives monotonic milliseconds (injected in tests, which call :meth:`tick`).
    """

    # The screen was locked (True) or unlocked (False).
    locked_changed = Signal(bool)

    def __init__(self, view: QWidget, clock: Callable[[], int]) -> None:
        super().__init__(view)
        self.setObjectName("screenLock")
        self._view = view
        self._clock = clock
        self._theme: Theme = DAY
        self._locked = False
        self._pressed_at: int | None = None
        self._veiled: list[QRect] = []
        self._labels: list[tuple[QRect, str]] = []
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unlock_button = TouchButton(
            "unlock", LOCK_GLYPH, self.tr("HOLD"), hold=True, parent=self
        )
        self.unlock_button.pressed.connect(self._unlock_pressed)
        self.unlock_button.released.connect(self._unlock_released)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        view.installEventFilter(self)
        self.hide()

    # -- API --------------------------------------------------------------------------------

    def engage(
        self,
        anchor: QRect,
        veiled: Sequence[QRect] = (),
        labels: Sequence[tuple[QRect, str]] = (),
    ) -> None:
        """Lock the screen, the unlock control over ``anchor``.

        The controls in ``veiled`` are greyed out, so they plainly do nothing now; ``labels``
        say LOCKED and how to unlock where they fit (else a badge goes left of the unlock
        control). All in view coordinates.
        """
        self._veiled = [QRect(r) for r in veiled]
        self._labels = [(QRect(r), text) for r, text in labels]
        self.update()
        self.unlock_button.set_side(min(anchor.width(), anchor.height()))
        self.unlock_button.move(anchor.topLeft())
        self.setGeometry(self._view.rect())
        if not self._locked:
            self._locked = True
            self.show()
            self.raise_()
            self.locked_changed.emit(True)

    def unlock(self) -> None:
        """Unlock the screen: touches reach the drive view again."""
        if self._locked:
            self._locked = False
            self.hide()
            self.locked_changed.emit(False)

    def is_locked(self) -> bool:
        return self._locked

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.unlock_button.set_theme(theme)
        self.update()

    def tick(self) -> None:
        """Unlock once the unlock control has been held for :data:`UNLOCK_MS`."""
        if self._pressed_at is None:
            self._timer.stop()
            return
        fraction = (self._clock() - self._pressed_at) / UNLOCK_MS
        self.unlock_button.set_progress(fraction)
        if fraction >= 1.0:
            self.unlock()

    # -- Qt ---------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            # Locked: a touch or click anywhere but on the unlock control does nothing at all.
            event.accept()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Resize and self._locked:
            self.setGeometry(self._view.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self._theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        veil = QColor(t.window)
        veil.setAlphaF(VEIL_ALPHA)
        for rect in self._veiled:
            p.fillRect(rect, veil)
        side = self.unlock_button.width()
        frame = max(5.0, side / 7)
        p.setPen(QPen(QColor(t.warn), frame))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(self.rect()).adjusted(frame / 2, frame / 2, -frame / 2, -frame / 2))
        if self._labels:
            # Upright along the empty part of the columns: nothing of the roadbook is covered.
            for rect, text in self._labels:
                _badge(p, t, QRectF(rect), text, vertical=True)
        else:
            button = QRectF(self.unlock_button.geometry())
            text = self.tr("LOCKED · HOLD TO UNLOCK")
            p.setFont(ui_font(side * 0.3, bold=True))
            width = p.fontMetrics().horizontalAdvance(text) + side * 0.5
            # a longer language must not run off the left edge: the badge shrinks its words
            width = min(width, button.left() - side * 0.3)
            badge = QRectF(button.left() - width - side * 0.15, 0, width, side * 0.6)
            badge.moveTop(button.center().y() - badge.height() / 2)
            _badge(p, t, badge, text, vertical=False)
        p.end()

    # -- internals --------------------------------------------------------------------------

    def _unlock_pressed(self) -> None:
        self._pressed_at = self._clock()
        self._timer.start()

    def _unlock_released(self) -> None:
        self._pressed_at = None
        self._timer.stop()


def _badge(p: QPainter, t: Theme, rect: QRectF, text: str, vertical: bool) -> None:
    """``text`` on an amber badge filling ``rect``, read bottom to top when ``vertical``."""
    if rect.width() < 8 or rect.height() < 8:
        return
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(t.warn))
    radius = min(rect.width(), rect.height()) * 0.15
    p.drawRoundedRect(rect, radius, radius)
    p.translate(rect.center())
    if vertical:
        p.rotate(-90)
        rect = QRectF(-rect.height() / 2, -rect.width() / 2, rect.height(), rect.width())
    else:
        rect = QRectF(-rect.width() / 2, -rect.height() / 2, rect.width(), rect.height())
    size = rect.height() * 0.55
    p.setFont(ui_font(size, bold=True))
    advance = p.fontMetrics().horizontalAdvance(text) or 1
    if advance > rect.width() * 0.9:
        p.setFont(ui_font(size * rect.width() * 0.9 / advance, bold=True))
    p.setPen(QColor(t.warn_text))
    p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    p.restore()
