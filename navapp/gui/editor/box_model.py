"""The editor's box list: one row per box with its validation findings beside it.

Read-only: the detail panel, the map and the menus edit; this model only shows. The
roadbook is validated every time it is set, which is after every edit.
"""

from __future__ import annotations

from collections import defaultdict
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QWidget,
)

from navapp.core import format as fmt
from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.model import Box, Drawing, Roadbook
from navapp.core.validate import Finding, validate
from navapp.gui.common.box_table import (
    HIGHLIGHT,
    RoadbookTableModel,
    next_box_is_close,
    night_table_style,
    notes_label,
    set_up_box_view,
)
from navapp.gui.common.drawing import themed_drawing
from navapp.gui.common.night import current_theme, is_night, themed_colour, themed_style
from navapp.gui.common.theme import DAY, Theme

# Thumbnails are small: the editor shows many rows; the detail panel shows the tulip large.
THUMB = QSize(48, 48)
ROW_HEIGHT = THUMB.height() + 6

# Findings in dark red on a pale red cell: it reads as "fix me" without hiding the text.
FINDING_TEXT = QColor("#9b0015")
FINDING_BACKGROUND = QColor("#ffe3e3")


def style_findings(label: QLabel) -> None:
    """The status bar's count of findings: in the findings' red (level "danger") when any."""

    def style(t: Theme) -> str:
        ink = FINDING_TEXT.name() if t is DAY else t.danger
        return f'QLabel[level="danger"] {{ color: {ink}; font-weight: bold; }}'

    themed_style(label, style)


# The findings of a row (list[Finding]) for tests and delegates.
FindingsRole = Qt.ItemDataRole.UserRole + 10

_Index = QModelIndex | QPersistentModelIndex


class EditorColumn(IntEnum):
    """The editor table's columns."""

    NUMBER = 0
    TOTAL = 1
    PARTIAL = 2
    TULIP = 3
    CAP = 4
    WAYPOINT = 5
    NOTES = 6
    FINDINGS = 7


HEADERS = {
    EditorColumn.NUMBER: "#",
    EditorColumn.TOTAL: QT_TRANSLATE_NOOP("EditorBoxModel", "Total"),
    EditorColumn.PARTIAL: QT_TRANSLATE_NOOP("EditorBoxModel", "Partial"),
    EditorColumn.TULIP: QT_TRANSLATE_NOOP("EditorBoxModel", "Tulip"),
    # as the roadbook prints it, from true north
    EditorColumn.CAP: QT_TRANSLATE_NOOP("EditorBoxModel", "CAP °T"),
    EditorColumn.WAYPOINT: QT_TRANSLATE_NOOP("EditorBoxModel", "Waypoint"),
    EditorColumn.NOTES: QT_TRANSLATE_NOOP("EditorBoxModel", "Notes"),
    EditorColumn.FINDINGS: QT_TRANSLATE_NOOP("EditorBoxModel", "Check"),
}

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_ALIGN = {
    EditorColumn.NUMBER: _CENTER,
    EditorColumn.TOTAL: _RIGHT,
    EditorColumn.PARTIAL: _RIGHT,
    EditorColumn.CAP: _CENTER,
    EditorColumn.TULIP: _CENTER,
}


class EditorBoxModel(RoadbookTableModel):
    """The boxes of the roadbook being edited, with the findings of :func:`validate`."""

    columns = EditorColumn
    headers = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: dict[int, list[Finding]] = {}
        self._roadbook_findings: list[Finding] = []
        # Keyed by the drawing itself: after an edit most tulips are unchanged and an SVG
        # render per row per edit would make typing in the detail panel stutter.
        self._thumbs: dict[tuple[Drawing, str | None], QPixmap | None] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._total_font = QFont()
        self._total_font.setBold(True)
        self._total_font.setPointSizeF(self._total_font.pointSizeF() * 1.25)

    # -- content ------------------------------------------------------------------------

    def set_roadbook(self, roadbook: Roadbook | None) -> None:
        """Show ``roadbook`` and validate it."""
        self.beginResetModel()
        self._roadbook = roadbook
        self._findings = defaultdict(list)
        self._roadbook_findings = []
        if roadbook is not None:
            for f in validate(roadbook):
                if f.box is None:
                    self._roadbook_findings.append(f)
                else:
                    self._findings[f.box].append(f)
            live = {b.tulip for b in roadbook.boxes if b.tulip is not None}
            self._thumbs = {k: p for k, p in self._thumbs.items() if k[0] in live}
        self.endResetModel()

    def findings(self, row: int) -> list[Finding]:
        """The findings of the box in ``row``."""
        return list(self._findings.get(row + 1, []))

    def roadbook_findings(self) -> list[Finding]:
        """Findings about the whole roadbook (not tied to a box)."""
        return list(self._roadbook_findings)

    def finding_count(self) -> int:
        """How many findings there are, box and roadbook ones."""
        return sum(len(v) for v in self._findings.values()) + len(self._roadbook_findings)

    # -- Qt model interface ---------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        head = super().headerData(section, orientation, role)
        return QCoreApplication.translate("EditorBoxModel", head) if isinstance(head, str) else head

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rb = self._roadbook
        if rb is None or not index.isValid():
            return None
        row, col = index.row(), EditorColumn(index.column())
        box = rb.boxes[row]
        findings = self._findings.get(box.index, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(box, col, findings)
        if role == FindingsRole:
            return list(findings)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col is EditorColumn.FINDINGS or (findings and col is EditorColumn.NUMBER):
                # What the cell says, each followed by how to fix it.
                return "\n\n".join(f"{f.message}\n{f.advice}".strip() for f in findings) or None
            if col in (EditorColumn.WAYPOINT, EditorColumn.NOTES):
                return self._text(box, col, findings) or None
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if col is EditorColumn.TULIP and box.tulip is not None:
                return self._thumb(box.tulip)
            if col is EditorColumn.FINDINGS and findings:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if col is EditorColumn.TOTAL:
                return self._total_font
            if col in (EditorColumn.CAP, EditorColumn.WAYPOINT):
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN.get(col, _LEFT)
        if role == Qt.ItemDataRole.BackgroundRole:
            if findings and col in (EditorColumn.NUMBER, EditorColumn.FINDINGS):
                return themed_colour(FINDING_BACKGROUND.name(), "wheel_fraction")
            if col in (EditorColumn.TOTAL, EditorColumn.PARTIAL) and next_box_is_close(
                rb.boxes, row
            ):
                return themed_colour(HIGHLIGHT.name(), "highlight")
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col is EditorColumn.FINDINGS or (findings and col is EditorColumn.NUMBER):
                return themed_colour(FINDING_TEXT.name(), "wheel_fraction_text")
            close = col in (EditorColumn.TOTAL, EditorColumn.PARTIAL) and next_box_is_close(
                rb.boxes, row
            )
            if close and is_night():
                return QColor(current_theme().highlight_text)
            if col is EditorColumn.PARTIAL:
                return themed_colour("#444444", "text_dim")
            return None
        return None

    def _text(self, box: Box, col: EditorColumn, findings: list[Finding]) -> str | None:
        assert self._roadbook is not None
        units = self._roadbook.units
        if col is EditorColumn.NUMBER:
            return str(box.index)
        if col is EditorColumn.TOTAL:
            return fmt.distance(box.total_km, units)
        if col is EditorColumn.PARTIAL:
            return fmt.distance(box.partial_km, units)
        if col is EditorColumn.CAP:
            return fmt.cap(box.cap)
        if col is EditorColumn.WAYPOINT:
            return fmt.waypoint_label(box, units)
        if col is EditorColumn.NOTES:
            return notes_label(box, units)
        if col is EditorColumn.FINDINGS:
            return "\n".join(f.message for f in findings)
        return None

    def _thumb(self, drawing: Drawing) -> QPixmap | None:
        key = (drawing, current_theme().drawing_tint)
        if key not in self._thumbs:
            self._thumbs[key] = themed_drawing(drawing, THUMB)
        return self._thumbs[key]


class EditorBoxView(QTableView):
    """The box list: compact rows, whole-row single selection, readable columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_up_box_view(self, THUMB, ROW_HEIGHT, 32, stretch_last=False)
        themed_style(self, lambda t: _STYLE if t is DAY else night_table_style(t, "padding: 4px;"))

    def setModel(self, model: Any) -> None:
        """Set the model and give each column a width that fits what it shows."""
        super().setModel(model)
        widths = {
            EditorColumn.NUMBER: 36,
            EditorColumn.TOTAL: 78,
            EditorColumn.PARTIAL: 56,
            EditorColumn.TULIP: THUMB.width() + 10,
            EditorColumn.CAP: 58,
            EditorColumn.WAYPOINT: 78,
            EditorColumn.FINDINGS: 120,
        }
        header = self.horizontalHeader()
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(col, width)
        # The notes take what is left: the findings column stays in view at any width.
        header.setSectionResizeMode(EditorColumn.NOTES, QHeaderView.ResizeMode.Stretch)

    def select_row(self, row: int) -> None:
        """Select ``row`` (or nothing when out of range) and scroll it into view."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            self.clearSelection()
            return
        if self.currentIndex().row() != row or not self.selectionModel().isRowSelected(row):
            self.selectRow(row)
        self.scrollTo(model.index(row, 0))


# Like the printed page: black on white, a pale blue selection that keeps the text black.
_STYLE = """
QTableView {
    background: white;
    color: black;
    gridline-color: #b0b0b0;
    selection-background-color: #cfe3ff;
    selection-color: black;
}
QHeaderView::section {
    background: #202020;
    color: white;
    padding: 4px;
    border: none;
    border-right: 1px solid #555555;
    font-weight: bold;
}
"""
