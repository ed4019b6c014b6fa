"""The waypoint list: every waypoint in order with its status, for a glance mid-stage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from navapp.core.navstate import WaypointResult, WaypointStatus
from navapp.gui.common.night import themed_colour

_COLOURS = {
    WaypointStatus.VALIDATED: QColor("#1b7f3b"),
    WaypointStatus.MISSED: QColor("#b00020"),
    WaypointStatus.OPEN: QColor("#b36b00"),
}
_NIGHT_ROLES = {
    WaypointStatus.VALIDATED: "accent",
    WaypointStatus.MISSED: "danger",
    WaypointStatus.OPEN: "warn",
}


class WaypointList(QTableWidget):
    """Box, waypoint, status and closest approach of each waypoint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(["Box", "Waypoint", "Status", "Closest"])
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = self.font()
        font.setPointSizeF(13)
        self.setFont(font)

    def show_results(self, results: list[WaypointResult]) -> None:
        """Show every waypoint's status (cheap enough to call on each waypoint event)."""
        self.setRowCount(len(results))
        for row, r in enumerate(results):
            label = f"{r.waypoint.type.label} {r.waypoint.name}".strip()
            closest = f"{r.closest_m:.0f} m" if r.closest_m is not None else ""
            for col, text in enumerate((str(r.box.index), label, r.status.value, closest)):
                item = self.item(row, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.setItem(row, col, item)
                item.setText(text)
                colour = _COLOURS.get(r.status)
                if colour is not None:  # at night the theme's green, amber and red
                    colour = themed_colour(colour.name(), _NIGHT_ROLES[r.status])
                item.setForeground(colour if colour is not None else self.palette().text().color())
