"""The roadbook as a table: a Qt model over a :class:`Roadbook`'s boxes, and its view.

The model is a pure adapter: it formats what the core holds and decides nothing about
navigation. The text helpers are plain functions so the drive view and printing reuse them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from navapp.core import format as fmt
from navapp.core.declination import cap_shown, north_label
from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.model import Box, Drawing, Roadbook, Units
from navapp.core.navstate import NavState
from navapp.gui.common.drawing import themed_drawing
from navapp.gui.common.follow import RowFollower
from navapp.gui.common.night import current_theme, is_night, themed_style
from navapp.gui.common.theme import DAY, Theme

# DOMAIN.md: a distance cell is highlighted when the next box is closer than 300 m.
CLOSE_NEXT_BOX_KM = 0.300

# Tulip and notes drawings are shown at this size; rows are a little taller.
IMAGE_SIZE = QSize(100, 100)
# Notes drawings are usually wider than tall (text lines beside symbols).
NOTES_IMAGE_SIZE = QSize(200, 100)
ROW_HEIGHT = IMAGE_SIZE.height() + 8

# Amber like a highlighter pen on paper; black text on it keeps full contrast.
HIGHLIGHT = QColor("#ffc533")

# Notes of a box with danger marks: dark red, still readable on the amber/white rows.
DANGER = QColor("#b00020")

# Asked of the model by views and tests: does the next box come within 300 m? (bool)
CloseNextRole = Qt.ItemDataRole.UserRole + 1
# Asked of the model by views and tests: is this the current box's row? (bool)
CurrentRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The table's columns, in a paper roadbook's reading order."""

    NUMBER = 0
    TOTAL = 1
    PARTIAL = 2
    TULIP = 3
    NOTES_DRAWING = 4
    CAP = 5
    WAYPOINT = 6
    NOTES = 7


HEADERS = {
    Column.NUMBER: "#",
    Column.TOTAL: QT_TRANSLATE_NOOP("BoxTable", "Total"),
    Column.PARTIAL: QT_TRANSLATE_NOOP("BoxTable", "Partial"),
    Column.TULIP: QT_TRANSLATE_NOOP("BoxTable", "Tulip"),
    Column.NOTES_DRAWING: QT_TRANSLATE_NOOP("BoxTable", "Notes drawing"),
    Column.CAP: "CAP",
    Column.WAYPOINT: QT_TRANSLATE_NOOP("BoxTable", "Waypoint"),
    Column.NOTES: QT_TRANSLATE_NOOP("BoxTable", "Notes"),
}


def notes_label(box: Box, units: Units) -> str:
    """The notes text with its danger marks first (``!!! text``), then the box's orders."""
    lines = []
    first = box.notes_text.strip()
    if box.danger:
        first = ("!" * box.danger + " " + first).strip()
    if first:
        lines.append(first)
    orders = []
    if box.reset_km is not None:
        reset = QCoreApplication.translate("BoxTable", "Reset {distance}")
        orders.append(reset.format(distance=fmt.distance(box.reset_km, units)))
    if box.stop_s is not None:
        stop = QCoreApplication.translate("BoxTable", "Stop {seconds} s").format(seconds=box.stop_s)
        orders.append(stop if box.stop_s else QCoreApplication.translate("BoxTable", "Stop"))
    if box.neutralization_s is not None:
        neutral = QCoreApplication.translate("BoxTable", "Neutralisation {duration}")
        orders.append(neutral.format(duration=_duration(box.neutralization_s)))
    for allowed in box.time_controls:
        control = QCoreApplication.translate("BoxTable", "Time control {minutes} min")
        plain = QCoreApplication.translate("BoxTable", "Time control")
        orders.append(control.format(minutes=allowed) if allowed else plain)
    if "fuel" in box.flags:
        orders.append(QCoreApplication.translate("BoxTable", "Fuel"))
    if orders:
        lines.append(" · ".join(orders))
    return "\n".join(lines)


def _duration(seconds: int) -> str:
    if seconds % 60 == 0 and seconds >= 60:
        return f"{seconds // 60} min"
    return f"{seconds} s"


def next_box_is_close(boxes: tuple[Box, ...], row: int) -> bool:
    """Whether the box after ``boxes[row]`` comes less than 300 m later on the trip meter."""
    if row + 1 >= len(boxes):
        return False
    return boxes[row + 1].partial_km < CLOSE_NEXT_BOX_KM


def _mix(a: str, b: str, share_b: float) -> str:
    pa, pb = QColor(a), QColor(b)
    parts = (
        round(x * (1.0 - share_b) + y * share_b)
        for x, y in (
            (pa.red(), pb.red()),
            (pa.green(), pb.green()),
            (pa.blue(), pb.blue()),
        )
    )
    return "#" + "".join(f"{p:02x}" for p in parts)


def current_fill(t: Theme) -> str:
    """The background of the current box's row: the theme's current-box panel, or, where
    that is the plain panel (the day's drive view marks its current box otherwise), the panel
    with a pale touch of the accent."""
    if t.panel_current != t.panel:
        return t.panel_current
    return _mix(t.panel, t.accent, 0.12)


def _image_size(col: Column) -> QSize:
    return NOTES_IMAGE_SIZE if col is Column.NOTES_DRAWING else IMAGE_SIZE


class RoadbookTableModel(QAbstractTableModel):
    """A read-only table with one row per box; subclasses name their columns and headers."""

    columns: type[IntEnum]
    headers: Mapping[Any, str]  # marked with QT_TRANSLATE_NOOP in ``headers_context``
    headers_context = "BoxTable"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roadbook: Roadbook | None = None

    def roadbook(self) -> Roadbook | None:
        """The roadbook shown, if any."""
        return self._roadbook

    def box(self, row: int) -> Box:
        """The box shown in ``row``."""
        assert self._roadbook is not None
        return self._roadbook.boxes[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._roadbook is None:
            return 0
        return len(self._roadbook.boxes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(
                self.headers_context, self.headers[self.columns(section)]
            )
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class BoxTableModel(RoadbookTableModel):
    """One row per box of a roadbook, one column per :class:`Column`."""

    columns = Column
    headers = HEADERS

    def __init__(self, parent: QObject | None = None, base_point_size: float = 13.0) -> None:
        super().__init__(parent)
        # Drawings are rendered when first shown and kept: scrolling must not re-parse SVG.
        self._pixmaps: dict[tuple[int, Column, str | None], QPixmap | None] = {}
        self._current = -1  # the current box's row (-1: none)
        self._current_theme = DAY
        self._declination: float | None = None  # CAPs are shown true while None
        self._fonts = _fonts(base_point_size)
        self._danger_font = QFont(self._fonts[Column.NOTES])
        self._danger_font.setBold(True)

    # -- content ------------------------------------------------------------------------

    def set_roadbook(self, roadbook: Roadbook | None) -> None:
        """Show ``roadbook`` (or nothing)."""
        self.beginResetModel()
        self._roadbook = roadbook
        self._pixmaps.clear()
        self._current = -1
        self.endResetModel()

    def current_row(self) -> int:
        """The current box's row (-1: none)."""
        return self._current

    def set_current_row(self, row: int) -> None:
        """Mark ``row`` as the current box's (-1: none)."""
        if row == self._current:
            return
        old, self._current = self._current, row
        for r in (old, row):
            if 0 <= r < self.rowCount():
                self.dataChanged.emit(self.index(r, 0), self.index(r, len(Column) - 1))

    def set_current_colours(self, t: Theme) -> None:
        """Mark the current row with ``t``'s colours."""
        self._current_theme = t
        if 0 <= self._current < self.rowCount():
            last = len(Column) - 1
            self.dataChanged.emit(self.index(self._current, 0), self.index(self._current, last))

    def set_declination(self, declination_deg: float | None) -> None:
        """Show CAPs from magnetic north by ``declination_deg`` (None: true north, as printed),
        the navigator's ``NavState.declination_deg``, so every CAP reads like the drive view's."""
        if declination_deg == self._declination:
            return
        relabel = north_label(declination_deg) != north_label(self._declination)
        self._declination = declination_deg
        if self.rowCount():
            cap = self.index(0, Column.CAP), self.index(self.rowCount() - 1, Column.CAP)
            self.dataChanged.emit(*cap, [Qt.ItemDataRole.DisplayRole])
        if relabel:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.CAP, Column.CAP)

    def north(self) -> str:
        """``T`` or ``M``: the north the CAP column is shown from."""
        return north_label(self._declination)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        text = super().headerData(section, orientation, role)
        if text is not None and orientation is Qt.Orientation.Horizontal and section == Column.CAP:
            return f"{text} °{self.north()}"
        return text

    # -- Qt model interface ---------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rb = self._roadbook
        if rb is None or not index.isValid():
            return None
        row, col = index.row(), Column(index.column())
        box = rb.boxes[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(box, col, rb.units)
        if role == Qt.ItemDataRole.ToolTipRole and col in (Column.WAYPOINT, Column.NOTES):
            # the full text when a crowded box does not fit its cell
            return self._text(box, col, rb.units) or None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._drawing(row, col, box)
        if role == Qt.ItemDataRole.FontRole:
            if col is Column.NOTES and box.danger:
                return self._danger_font
            return self._fonts.get(col, self._fonts[Column.NOTES])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN.get(col, _LEFT)
        if role == CloseNextRole:
            return next_box_is_close(rb.boxes, row)
        if role == CurrentRole:
            return row == self._current
        if role == Qt.ItemDataRole.BackgroundRole:
            if col in (Column.TOTAL, Column.PARTIAL) and next_box_is_close(rb.boxes, row):
                return HIGHLIGHT if not is_night() else QColor(current_theme().highlight)
            if row == self._current:
                return self._current_colours(box, col)[1]
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row == self._current and not (
                col in (Column.TOTAL, Column.PARTIAL) and next_box_is_close(rb.boxes, row)
            ):
                return self._current_colours(box, col)[0]
            return self._ink(row, col, box)
        if role == Qt.ItemDataRole.SizeHintRole and col in (Column.TULIP, Column.NOTES_DRAWING):
            return QSize(_image_size(col).width() + 8, ROW_HEIGHT)
        return None

    def _ink(self, row: int, col: Column, box: Box) -> QColor | None:
        """A cell's text colour when it is not the table's own: by day as on paper; at night
        the theme's inks, never dark on dark."""
        t = current_theme()
        if t is not DAY and col in (Column.TOTAL, Column.PARTIAL):
            assert self._roadbook is not None
            if next_box_is_close(self._roadbook.boxes, row):
                return QColor(t.highlight_text)
        if col is Column.PARTIAL:
            return QColor("#444444") if t is DAY else QColor(t.text_dim)
        if col is Column.NOTES and box.danger:
            return DANGER if t is DAY else QColor(t.danger)
        return None

    def _text(self, box: Box, col: Column, units: Units) -> str | None:
        if col is Column.NUMBER:
            return str(box.index)
        if col is Column.TOTAL:
            return fmt.distance(box.total_km, units)
        if col is Column.PARTIAL:
            return fmt.distance(box.partial_km, units)
        if col is Column.CAP:
            return fmt.cap(cap_shown(box.cap, self._declination))
        if col is Column.WAYPOINT:
            return fmt.waypoint_label(box, units)
        if col is Column.NOTES:
            return notes_label(box, units)
        return None

    def _current_colours(self, box: Box, col: Column) -> tuple[QColor, QColor]:
        """Text and background of a cell of the current row: the number on the accent, the
        rest on the current-row fill in the theme's inks."""
        t = self._current_theme
        if col is Column.NUMBER:
            return QColor(t.accent_text), QColor(t.accent)
        ink = t.text
        if col is Column.PARTIAL:
            ink = t.text_dim
        elif col is Column.NOTES and box.danger:
            ink = t.danger
        return QColor(ink), QColor(current_fill(t))

    def _drawing(self, row: int, col: Column, box: Box) -> QPixmap | None:
        drawing: Drawing | None
        if col is Column.TULIP:
            drawing = box.tulip
        elif col is Column.NOTES_DRAWING:
            drawing = box.notes
        else:
            return None
        if drawing is None:
            return None
        tint = current_theme().drawing_tint
        key = (row, col, tint)
        if key not in self._pixmaps:
            self._pixmaps[key] = themed_drawing(drawing, _image_size(col))
        return self._pixmaps[key]


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_ALIGN = {
    Column.NUMBER: _CENTER,
    Column.TOTAL: _RIGHT,
    Column.PARTIAL: _RIGHT,
    Column.TULIP: _CENTER,
    Column.NOTES_DRAWING: _CENTER,
    Column.CAP: _CENTER,
}


def _fonts(base: float) -> dict[Column, QFont]:
    def font(scale: float, bold: bool = False) -> QFont:
        f = QFont()
        f.setPointSizeF(base * scale)
        f.setBold(bold)
        return f

    return {
        Column.NUMBER: font(1.0),
        Column.TOTAL: font(1.7, bold=True),
        Column.PARTIAL: font(1.0),
        Column.CAP: font(1.3, bold=True),
        Column.WAYPOINT: font(1.1, bold=True),
        Column.NOTES: font(1.1),
    }


def set_up_box_view(
    view: QTableView, icon: QSize, row_height: int, min_section: int, stretch_last: bool
) -> None:
    """A read-only list of boxes: whole-row single selection, fixed rows with room for the
    drawings, wrapped text, smooth scrolling (the drive's roadbook list and the editor's)."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.setIconSize(icon)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(min_section)
    header.setStretchLastSection(stretch_last)


class BoxTableView(QTableView):
    """A read-only roadbook list: big rows with room for the drawings.

    During a drive it marks the current box (accent frame and number, tinted row) and keeps
    it at the top, the boxes to come below, unless the co-driver has just scrolled by hand.
    """

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        set_up_box_view(self, IMAGE_SIZE, ROW_HEIGHT, 40, stretch_last=True)
        self.setAlternatingRowColors(False)
        themed_style(self, table_style)
        self.follower = RowFollower(self, clock)
        self._frame = QPen(QColor(DAY.accent), 4)

    def show_state(self, state: NavState) -> None:
        """Mark and follow the navigator's current box; CAPs from the north it shows."""
        model = self.model()
        if not isinstance(model, BoxTableModel) or model.roadbook() is None:
            return
        model.set_declination(state.declination_deg)
        row = state.box - 1
        if row != model.current_row():
            model.set_current_row(row)
        self.follower.follow(row)

    def set_current_colours(self, t: Theme) -> None:
        """Mark the current box with ``t``'s accent and current-row fill."""
        self._frame = QPen(QColor(t.accent), 4)
        model = self.model()
        if isinstance(model, BoxTableModel):
            model.set_current_colours(t)
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # More or fewer rows fit now: the current box goes back to the top.
        model = self.model()
        if isinstance(model, BoxTableModel):
            self.follower.follow(model.current_row())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        row = model.current_row() if isinstance(model, BoxTableModel) else -1
        if row < 0:
            return
        top = self.rowViewportPosition(row)
        if top + self.rowHeight(row) < 0 or top > self.viewport().height():
            return
        left = self.columnViewportPosition(0)
        width = sum(self.columnWidth(c) for c in range(model.columnCount()))
        p = QPainter(self.viewport())
        try:
            p.setPen(self._frame)
            p.drawRect(left + 2, top + 2, width - 4, self.rowHeight(row) - 4)
        finally:
            p.end()

    def setModel(self, model: Any) -> None:
        """Set the model and lay out its columns for reading at arm's length."""
        super().setModel(model)
        # A new roadbook: a hand scroll in the old one must not hold the new one back.
        model.modelReset.connect(self.follower.forget_user)
        header = self.horizontalHeader()
        widths = {
            Column.NUMBER: 52,
            Column.TOTAL: 130,
            Column.PARTIAL: 96,
            Column.TULIP: IMAGE_SIZE.width() + 12,
            Column.NOTES_DRAWING: NOTES_IMAGE_SIZE.width() + 12,
            Column.CAP: 96,
            Column.WAYPOINT: 170,
        }
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(col, width)


def table_style(t: Theme) -> str:
    """The roadbook table's style sheet: the printed page by day, the night inks at night."""
    return _STYLE if t is DAY else night_table_style(t, "padding: 6px; font-size: 12pt;")


def night_table_style(t: Theme, header: str) -> str:
    """A box list's style sheet at night (``header``: the header sections' size rules)."""
    return f"""
QTableView {{
    background: {t.panel};
    color: {t.text};
    gridline-color: {t.border};
    selection-background-color: {t.border};
    selection-color: {t.text};
}}
QHeaderView::section {{
    background: {t.window};
    color: {t.caption};
    {header}
    border: none;
    border-right: 1px solid {t.border};
    border-bottom: 1px solid {t.border};
    font-weight: bold;
}}
"""


# Light, high-contrast, like the printed page: a co-driver reads it in sunlight.
_STYLE = """
QTableView {
    background: white;
    color: black;
    gridline-color: #9a9a9a;
    selection-background-color: #cfe3ff;
    selection-color: black;
}
QHeaderView::section {
    background: #202020;
    color: white;
    padding: 6px;
    border: none;
    border-right: 1px solid #555555;
    font-weight: bold;
    font-size: 12pt;
}
"""
