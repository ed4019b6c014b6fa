"""The view of a map drawn in metres: centre, scale, pan, zoom about the cursor, fit.

The editor's map pane and the review map share it; what they draw and how clicks pick things
is theirs. The view never knows the projection: it maps metres to pixels, north up.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QWidget


class MetricMapView(QWidget):
    """A widget looking at a plane in metres; subclasses paint and say what :meth:`fit` shows."""

    # The centre or the scale changed (a pan, a zoom, a fit).
    view_changed = Signal()

    min_mpp = 0.05  # metres per pixel at the closest zoom
    max_mpp = 5000.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cx = self._cy = 0.0
        self._mpp = 10.0
        # Until the user pans or zooms, the map keeps fitting itself to any size.
        self._user_moved = False

    # -- the view ---------------------------------------------------------------------------

    def view(self) -> tuple[float, float, float]:
        """Centre x, centre y (m) and metres per pixel."""
        return self._cx, self._cy, self._mpp

    def metres_per_pixel(self) -> float:
        return self._mpp

    def set_view(self, cx: float, cy: float, mpp: float) -> None:
        """Look at (cx, cy) metres at ``mpp`` metres per pixel."""
        self._cx, self._cy = cx, cy
        self._mpp = min(max(mpp, self.min_mpp), self.max_mpp)
        self._user_moved = True
        self.update()
        self.view_changed.emit()

    def fit(self) -> None:
        """Show everything there is to see (subclasses say what that is)."""
        raise NotImplementedError

    def fit_rect(self, rect: QRectF, margin_x: float, margin_y: float) -> None:
        """Show ``rect`` (metres) with margins (pixels) left for labels and overlays."""
        w, h = max(self.width() - margin_x, 40.0), max(self.height() - margin_y, 40.0)
        mpp = max(rect.width() / w, rect.height() / h, 1.0)
        self.set_view(rect.center().x(), rect.center().y(), mpp)
        self._user_moved = False

    def transform(self) -> QTransform:
        """Metres to widget pixels (y up on the map, down on the screen)."""
        s = 1.0 / self._mpp
        return QTransform(
            s, 0.0, 0.0, -s, self.width() / 2 - self._cx * s, self.height() / 2 + self._cy * s
        )

    def world_to_screen(self, x: float, y: float) -> QPointF:
        return self.transform().map(QPointF(x, y))

    def screen_to_world(self, p: QPointF) -> tuple[float, float]:
        x = self._cx + (p.x() - self.width() / 2) * self._mpp
        y = self._cy - (p.y() - self.height() / 2) * self._mpp
        return x, y

    def visible_rect(self) -> QRectF:
        """The part of the map on screen, in metres."""
        x0, y1 = self.screen_to_world(QPointF(0, 0))
        x1, y0 = self.screen_to_world(QPointF(self.width(), self.height()))
        return QRectF(QPointF(x0, y0), QPointF(x1, y1))

    def zoom_at(self, pos: QPointF, factor: float) -> None:
        """Zoom by ``factor`` (> 1 closer) keeping the map point under ``pos`` where it is."""
        wx, wy = self.screen_to_world(pos)
        mpp = min(max(self._mpp / factor, self.min_mpp), self.max_mpp)
        cx = wx - (pos.x() - self.width() / 2) * mpp
        cy = wy + (pos.y() - self.height() / 2) * mpp
        self.set_view(cx, cy, mpp)

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by (dx, dy) pixels, as a drag does."""
        self.set_view(self._cx - dx * self._mpp, self._cy + dy * self._mpp, self._mpp)

    # -- Qt events ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        if not self._user_moved:
            self.fit()
        super().resizeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_at(event.position(), 1.25**steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        centre = QPointF(self.width() / 2, self.height() / 2)
        if key == Qt.Key.Key_Home:
            self.fit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_at(centre, 1.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom_at(centre, 1 / 1.5)
        else:
            super().keyPressEvent(event)
