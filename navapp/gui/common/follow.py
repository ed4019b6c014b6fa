"""Keep a table's current row in view without fighting the co-driver's own scrolling.

The row is put at the top of the view (the boxes to come below it) whenever it is asked to
follow, unless the co-driver scrolled the table by hand (wheel, scroll bar, drag, a click that
scrolls) in the last ``grace_s`` seconds: then it waits, and follows again after that.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableView

# How long a hand scroll keeps the table where the co-driver put it.
USER_GRACE_S = 10.0


class RowFollower(QObject):
    """Scrolls ``view`` so the row it follows is at the top, leaving hand scrolls alone."""

    def __init__(
        self,
        view: QTableView,
        clock: Callable[[], float] = time.monotonic,
        grace_s: float = USER_GRACE_S,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._clock = clock
        self._grace_s = grace_s
        self._scrolling = False  # the value changes because we set it
        self._clamping = False  # the value changes because the range shrank under it
        self._user_at: float | None = None
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self._on_value)
        bar.rangeChanged.connect(self._on_range)

    def follow(self, row: int) -> bool:
        """Bring ``row`` to the top unless the co-driver scrolled lately; True when it moved."""
        if row < 0 or self.user_scrolled():
            return False
        bar = self._view.verticalScrollBar()
        target = min(self._view.verticalHeader().sectionPosition(row), bar.maximum())
        if target < 0 or bar.value() == target:
            return False
        self._scrolling = True
        try:
            bar.setValue(target)
        finally:
            self._scrolling = False
        return True

    def user_scrolled(self) -> bool:
        """Whether the co-driver scrolled by hand less than ``grace_s`` ago."""
        return self._user_at is not None and self._clock() - self._user_at < self._grace_s

    def forget_user(self) -> None:
        """Follow again at once (a new roadbook: the old scroll means nothing)."""
        self._user_at = None

    def _on_range(self, low: int, high: int) -> None:
        # Emitted before the slider re-bounds its value: a value outside the new range is
        # about to be clamped, which is no one's scrolling.
        self._clamping = not low <= self._view.verticalScrollBar().value() <= high

    def _on_value(self, _value: int) -> None:
        if self._clamping:
            self._clamping = False
            return
        if not self._scrolling:
            self._user_at = self._clock()
