"""The waypoint list: every waypoint in order with its status, for a glance mid-stage.

The closest approach shown is the navigator's (``WaypointResult.closest_m``, the closest so
far); a locked waypoint shows ``—``: nothing about it counts yet. Colours come from the theme:
validated in the accent colour, the open one and a missed one filled (amber, red), locked rows
in the dim ink, which keeps its contrast at night.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from navapp.core import format as fmt
from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.model import Units
from navapp.core.navstate import WaypointResult, WaypointStatus
from navapp.gui.common.theme import DAY, Theme, palette

HEADERS = (
    QT_TRANSLATE_NOOP("WaypointList", "Box"),
    QT_TRANSLATE_NOOP("WaypointList", "Waypoint"),
    QT_TRANSLATE_NOOP("WaypointList", "Status"),
    QT_TRANSLATE_NOOP("WaypointList", "Closest"),
)
# The status words shown, by status (the enum's values are for files and code, not people).
STATUS_WORDS = {
    WaypointStatus.LOCKED: QT_TRANSLATE_NOOP("WaypointList", "locked"),
    WaypointStatus.OPEN: QT_TRANSLATE_NOOP("WaypointList", "open"),
    WaypointStatus.VALIDATED: QT_TRANSLATE_NOOP("WaypointList", "validated"),
    WaypointStatus.MISSED: QT_TRANSLATE_NOOP("WaypointList", "missed"),
}
BOX, LABEL, STATUS, CLOSEST = range(4)
# The widest text each column must show whole (the waypoint column takes what is left).
_WIDEST = {BOX: "999", LABEL: "WPM 99", CLOSEST: "9.99 km"}  # and the widest status word
_CELL_PADDING = 12  # the style's margins either side of a cell's text, and the grid line
FONT_POINTS = 13.0
HEADER_POINTS = 10.0
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def status_colours(status: WaypointStatus, t: Theme) -> tuple[str, str | None]:
    """The text colour and the fill (None: the list's own background) of a status cell."""
    if status is WaypointStatus.VALIDATED:
        return t.accent, None
    if status is WaypointStatus.OPEN:
        return t.warn_text, t.warn
    if status is WaypointStatus.MISSED:
        return t.danger_text, t.danger
    return t.text_dim, None


def row_ink(status: WaypointStatus, t: Theme) -> str:
    """The text colour of a row's other cells: dim while locked."""
    return t.text_dim if status is WaypointStatus.LOCKED else t.text


class WaypointList(QTableWidget):
    """Box, waypoint, status and closest approach of each waypoint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(False)
        # Columns are sized to their texts and the list is never narrower than they need:
        # nothing is cut, so there is nothing to scroll sideways to.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        font = self.font()
        font.setPointSizeF(FONT_POINTS)
        self.setFont(font)
        self._bold = QFont(font)
        self._bold.setBold(True)
        header = self.horizontalHeader()
        small = QFont(self._bold)
        small.setPointSizeF(HEADER_POINTS)
        header.setFont(small)
        for col in (BOX, STATUS, CLOSEST):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self._theme = DAY
        self._results: list[WaypointResult] = []
        self._units = Units.METRIC

    # -- API --------------------------------------------------------------------------------

    def show_results(self, results: list[WaypointResult], units: Units = Units.METRIC) -> None:
        """Show every waypoint's status and closest approach (cheap enough for every fix:
        only cells whose text or colour changed are touched)."""
        self._results = results
        self._units = units
        if self.rowCount() != len(results):
            self.setRowCount(len(results))
        for row, r in enumerate(results):
            self._show_row(row, r)

    def closest_text(self, row: int) -> str:
        """The closest approach shown in ``row``."""
        item = self.item(row, CLOSEST)
        return item.text() if item is not None else ""

    def set_theme(self, t: Theme) -> None:
        """Colour the rows with ``t``'s inks on its panel background."""
        self._theme = t
        self.setPalette(palette(t))
        for row, r in enumerate(self._results):
            self._show_row(row, r)

    def theme(self) -> Theme:
        return self._theme

    def min_column_widths(self) -> dict[int, int]:
        """The width each column needs to show its widest text whole, pixels."""
        widths = {}
        metrics = QFontMetrics(self.font())
        heads = QFontMetrics(self.horizontalHeader().font())
        words = (self.tr(w) for w in STATUS_WORDS.values())
        widest = {**_WIDEST, STATUS: max(words, key=metrics.horizontalAdvance)}
        for col, text in sorted(widest.items()):
            head = heads.horizontalAdvance(self.tr(HEADERS[col]))
            widths[col] = max(metrics.horizontalAdvance(text), head) + _CELL_PADDING
        return widths

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        width = sum(self.min_column_widths().values()) + bar + 2 * self.frameWidth()
        return QSize(width, hint.height())

    def sizeHint(self) -> QSize:
        return QSize(self.minimumSizeHint().width(), super().sizeHint().height())

    # -- rows -------------------------------------------------------------------------------

    def _show_row(self, row: int, r: WaypointResult) -> None:
        t = self._theme
        label = f"{r.waypoint.type.label} {r.waypoint.name}".strip()
        locked = r.status is WaypointStatus.LOCKED
        closest = fmt.DASH if locked else fmt.waypoint_distance(r.closest_m, self._units)
        ink = QColor(row_ink(r.status, t))
        status_ink, fill = status_colours(r.status, t)
        cells = (
            (str(r.box.index), ink, None),
            (label, ink, None),
            (
                self.tr(STATUS_WORDS[r.status]),
                QColor(status_ink),
                None if fill is None else QColor(fill),
            ),
            (closest, ink, None),
        )
        bold = r.status is WaypointStatus.OPEN
        for col, (text, colour, background) in enumerate(cells):
            item = self.item(row, col)
            if item is None:
                item = QTableWidgetItem()
                if col in (BOX, CLOSEST):
                    item.setTextAlignment(_RIGHT)
                self.setItem(row, col, item)
            if item.text() != text:
                item.setText(text)
            if item.foreground().color() != colour:
                item.setForeground(colour)
            if item.data(Qt.ItemDataRole.BackgroundRole) != background:
                item.setData(Qt.ItemDataRole.BackgroundRole, background)
            if item.font().bold() != bold:
                item.setFont(self._bold if bold else self.font())
