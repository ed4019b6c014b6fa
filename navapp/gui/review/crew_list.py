"""The review's crew list: a check box, colour and two lines per crew (name, then what the
review found), never wider than its panel and tall enough for a few crews at once."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

SHOWN_ROWS = 3  # crews in view at once; more scroll


class _FitWidth(QStyledItemDelegate):
    """Rows as wide as the list's viewport: a long name is elided, not scrolled to."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(min(hint.width(), self._view.viewport().width()), hint.height())


class CrewList(QListWidget):
    """Crews as two-line rows: the name (elided when long, whole in the
    tooltip) over its figures; vertical scrolling only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewCrews")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setItemDelegate(_FitWidth(self))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.model().rowsInserted.connect(self.updateGeometry)
        self.model().rowsRemoved.connect(self.updateGeometry)

    def row_height(self) -> int:
        """Height of one crew's row (two lines of text)."""
        if self.count():
            return max(self.sizeHintForRow(0), 1)
        return self.fontMetrics().lineSpacing() * 2 + 4

    def sizeHint(self) -> QSize:
        rows = min(max(self.count(), 1), SHOWN_ROWS)
        return QSize(260, rows * self.row_height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def shown_rows(self) -> int:
        """Whole rows in view now."""
        return self.viewport().height() // self.row_height()
