"""The review's tables in the window: the reference crew's sections and the crews compared,
drawn from the same core tables as the HTML report."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from navapp.core.model import Units
from navapp.core.review_model import Comparison, Review
from navapp.core.review_tables import (
    CREW_COLUMNS,
    Table,
    box_time_table,
    section_gap_table,
    section_table,
    standings_table,
)
from navapp.gui.common.night import follow_theme, themed_colour

_MARK_ROLE = {"warn": "warn", "bad": "danger"}


class TableView(QTableWidget):
    """A read-only table of a core :class:`Table`: marked rows and lost time in colour."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setAlternatingRowColors(True)
        self.table: Table | None = None
        follow_theme(self, lambda _t: self.show_table(self.table))  # colours of the theme

    def show_table(self, table: Table | None) -> None:
        self.table = table
        self.clear()
        if table is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        self.setColumnCount(len(table.head))
        self.setHorizontalHeaderLabels(list(table.head))
        self.setRowCount(len(table.rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for r, row in enumerate(table.rows):
            for c, text in enumerate(row.cells):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.mark == "total":
                    item.setFont(bold)
                elif row.mark in _MARK_ROLE:
                    item.setForeground(QBrush(themed_colour("#9a5b00", _MARK_ROLE[row.mark])))
                if (r, c) in table.losses:
                    item.setFont(bold)
                    item.setForeground(QBrush(themed_colour("#b00000", "danger")))
                    item.setBackground(QBrush(QColor(208, 0, 0, 40)))
                    item.setToolTip(self.tr("One of this crew's biggest losses"))
                self.setItem(r, c, item)


class SectionsPane(TableView):
    """The reference crew's section table: partial against distance driven, time, speeds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("reviewSections", parent)

    def set_review(self, review: Review | None, units: Units, has_time: bool) -> None:
        self.show_table(section_table(review, units, has_time) if review is not None else None)


class ComparisonPane(QStackedWidget):
    """The crews compared: time at each box and each section's gap, biggest losses marked;
    a line saying what is missing while there is nothing to compare."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewComparison")
        self.empty = QLabel(self.tr("Add a second judged crew's track to compare crews."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.standings = TableView("reviewStandings")
        self.boxes = TableView("reviewBoxTimes")
        self.sections = TableView("reviewSectionGaps")
        tables = QWidget()
        layout = QVBoxLayout(tables)
        layout.setContentsMargins(0, 0, 0, 0)
        self.standings_caption = QLabel()
        self.sections_caption = QLabel()
        self.boxes_caption = QLabel()
        for caption, view in (
            (self.standings_caption, self.standings),
            (self.sections_caption, self.sections),
            (self.boxes_caption, self.boxes),
        ):
            caption.setWordWrap(True)
            # Three tables share the tab: each may shrink to a few rows on a small screen.
            view.setMinimumHeight(view.verticalHeader().defaultSectionSize() * 2 + 8)
            layout.addWidget(caption)
            # A field's standings (shown only then) get the most room: a row per crew.
            layout.addWidget(view, 3 if view is self.standings else 1)
        self.addWidget(self.empty)
        self.addWidget(tables)

    def set_comparison(
        self,
        comparison: Comparison | None,
        note: str | None = None,
        reviews: Sequence[Review] = (),
    ) -> None:
        """Show ``comparison`` (of ``reviews``: a row per crew on top); without one, ``note``
        (or what is missing) says why."""
        if comparison is None:
            self.empty.setText(
                note or self.tr("Add a second judged crew's track to compare crews.")
            )
            self.boxes.show_table(None)
            self.sections.show_table(None)
            self.standings.show_table(None)
            self.setCurrentWidget(self.empty)
            return
        gaps, boxes = section_gap_table(comparison), box_time_table(comparison)
        self.sections_caption.setText(
            self.tr("{table} — in red, where each crew lost most").format(table=gaps.title)
        )
        self.boxes_caption.setText(boxes.title)
        # A field: a row per crew on top; a few crews read well in the column-per-crew tables.
        field = len(comparison.names) > CREW_COLUMNS and len(reviews) == len(comparison.names)
        standings = standings_table(comparison, reviews) if field else None
        self.standings_caption.setText(standings.title if standings is not None else "")
        self.standings_caption.setVisible(standings is not None)
        self.standings.setVisible(standings is not None)
        self.standings.show_table(standings)
        self.sections.show_table(gaps)
        self.boxes.show_table(boxes)
        self.setCurrentIndex(1)
