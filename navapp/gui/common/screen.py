"""Window sizes that fit the screen: every window and dialog opens whole, title bar and Save
button included, on a 1024×600 car tablet as well as on a desktop.

One rule for all: the preferred size, shrunk to the screen's available geometry (what the task
bar and panels leave) less the window frame.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Title bar and borders before the window manager has framed the window (width, height, px);
#: once framed, the real frame is used.
FRAME_ALLOWANCE = QSize(8, 36)


def available_geometry(widget: QWidget) -> QRect | None:
    """The available geometry of ``widget``'s screen (the primary one before it is shown)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    rect = screen.availableGeometry()
    return rect if rect.width() > 0 and rect.height() > 0 else None


def fitted_size(preferred: QSize, available: QSize, frame: QSize = FRAME_ALLOWANCE) -> QSize:
    """``preferred`` shrunk so that, with ``frame`` around it, it fits within ``available``."""
    return QSize(
        max(1, min(preferred.width(), available.width() - frame.width())),
        max(1, min(preferred.height(), available.height() - frame.height())),
    )


def _frame(widget: QWidget) -> QSize:
    if widget.isWindow() and widget.isVisible():
        extra = widget.frameGeometry().size() - widget.geometry().size()
        if extra.width() > 0 or extra.height() > 0:
            return extra
    return FRAME_ALLOWANCE


def fit_to_screen(widget: QWidget, preferred: QSize | tuple[int, int] | None = None) -> QSize:
    """Resize ``widget`` to ``preferred`` (its size hint if None), no larger than its screen's
    available geometry with the title bar; the size given."""
    want = preferred if isinstance(preferred, QSize) else QSize(*(preferred or (0, 0)))
    if preferred is None:
        want = widget.sizeHint()
    available = available_geometry(widget)
    if available is None:
        widget.resize(want)
        return want
    size = fitted_size(want, available.size(), _frame(widget))
    widget.resize(size)
    return size
