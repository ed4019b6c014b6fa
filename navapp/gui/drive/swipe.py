"""Swipes on the box strip scroll the roadbook, as a finger scrolls a paper roll.

Finger up brings the next boxes, finger down the previous ones: one box per ``step_px`` of
travel, counted from where the finger landed, so a long swipe walks several boxes and going back
over the same ground takes them back. Only touches count (a mouse drag does nothing).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QTouchEvent
from PySide6.QtWidgets import QWidget

from navapp.core.remote import Action
from navapp.gui.drive.touch_button import TOUCH_EVENTS


class BoxSwipe(QObject):
    """Watches touches on ``strip`` and asks for :attr:`Action.NEXT_BOX` / ``PREV_BOX``."""

    # A co-driver action to perform (NEXT_BOX or PREV_BOX).
    action_triggered = Signal(object)

    def __init__(self, strip: QWidget, step_px: int) -> None:
        super().__init__(strip)
        self._strip = strip
        self._step = max(1, step_px)
        self._finger: int | None = None
        self._start = QPointF()
        self._steps = 0  # boxes walked by the finger on the strip now (+ forward)
        strip.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        strip.installEventFilter(self)

    def set_step(self, px: int) -> None:
        """Finger travel (pixels) that walks one box."""
        self._step = max(1, px)

    def step(self) -> int:
        return self._step

    def cancel(self) -> None:
        """Forget the swipe under way: nothing more comes of it."""
        self._finger = None
        self._steps = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._strip or event.type() not in TOUCH_EVENTS:
            return False
        assert isinstance(event, QTouchEvent)
        etype = event.type()
        points = event.points()
        if etype == QEvent.Type.TouchCancel:
            self.cancel()
        elif etype == QEvent.Type.TouchBegin:
            self.cancel()
            if points:
                self._finger = points[0].id()
                self._start = points[0].position()
        else:
            for point in points:
                if point.id() == self._finger:
                    self._follow(point.position().y() - self._start.y())
                    if point.state() == point.State.Released:
                        self.cancel()
            if etype == QEvent.Type.TouchEnd:
                self.cancel()
        event.accept()
        return True

    def _follow(self, dy: float) -> None:
        steps = int(-dy / self._step)  # finger up (dy < 0) walks forward
        while self._steps < steps:
            self._steps += 1
            self.action_triggered.emit(Action.NEXT_BOX)
        while self._steps > steps:
            self._steps -= 1
            self.action_triggered.emit(Action.PREV_BOX)
