"""The selected box's detail panel: every field of a box, each change one edit request.

The panel never changes the roadbook itself. A field commits when editing finishes (Enter or
leaving the field) and only when its value really differs from the box; the window turns each
request into one undoable command and shows the box again from the result.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from navapp.core.model import KNOWN_FLAGS, Box, Units, Waypoint, WaypointType
from navapp.core.rules import rule_for
from navapp.core.validate import Finding
from navapp.gui.common.drawing import themed_drawing
from navapp.gui.common.night import follow_theme, themed_style
from navapp.gui.common.theme import DAY, set_level
from navapp.gui.editor.fields import (
    FieldError,
    danger_labels,
    flag_label,
    number_text,
    parse_float,
    parse_int,
    radius_placeholder,
)

TULIP_SIZE = QSize(132, 132)


class NotesEdit(QPlainTextEdit):
    """Multi-line notes that report when the co-driver leaves the field."""

    # Editing is over (focus left the field).
    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class BoxDetail(QWidget):
    """All the fields of one box; changes leave as requests, never as direct edits."""

    # Change these Box fields of the shown box (undo text, dict of field → value).
    changes_requested = Signal(str, object)
    # Give the shown box these waypoints (undo text, tuple of Waypoint).
    waypoints_requested = Signal(str, object)
    # The co-driver asked to draw the tulip of the shown box.
    tulip_requested = Signal()
    # A field holds something that is not a value (the one-line reason).
    invalid = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box: Box | None = None
        self._units = Units.METRIC
        self._loading = False
        self._build()
        self.set_box(None)
        follow_theme(self, lambda _t: self._show_tulip(self._box))

    # -- public -------------------------------------------------------------------------

    def box(self) -> Box | None:
        """The box shown."""
        return self._box

    def set_box(self, box: Box | None, units: Units = Units.METRIC) -> None:
        """Show ``box`` (or an empty, disabled panel)."""
        self._box = box
        self._units = units
        self._loading = True
        try:
            self._fill(box, units)
        finally:
            self._loading = False

    def set_findings(self, findings: list[Finding]) -> None:
        """Show what is wrong with the box and how to fix it (hidden when nothing is)."""
        self.findings.setText("\n\n".join(f"⚠ {f.explained}" for f in findings))
        self.findings.setVisible(bool(findings))

    def commit(self) -> None:
        """Commit every field now (as if the co-driver had left them all)."""
        for fn in self._committers:
            fn()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(6)
        self.title = QLabel(self.tr("No box selected"))
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        outer.addWidget(self.title)
        # What the checks found wrong with this box, each with how to fix it.
        self.findings = QLabel()
        self.findings.setObjectName("box_findings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        set_level(self.findings, "danger")
        self.findings.hide()
        outer.addWidget(self.findings)

        # Tulip beside the distance, CAP and danger: what a box is read by first.
        top = QHBoxLayout()
        tulip_col = QVBoxLayout()
        self.tulip_label = QLabel()
        self.tulip_label.setFixedSize(TULIP_SIZE)
        self.tulip_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tulip_label.setFrameShape(QFrame.Shape.Box)
        themed_style(
            self.tulip_label,
            lambda t: (
                "background: white; color: #777;"
                if t is DAY
                else f"background: {t.panel}; color: {t.text_dim};"
            ),
        )
        self.tulip_button = QPushButton(self.tr("Edit tulip…"))
        self.tulip_button.clicked.connect(self.tulip_requested)
        self.tulip_clear = QPushButton(self.tr("Remove tulip"))
        self.tulip_clear.clicked.connect(self._clear_tulip)
        tulip_col.addWidget(self.tulip_label)
        tulip_col.addWidget(self.tulip_button)
        tulip_col.addWidget(self.tulip_clear)
        tulip_col.addStretch(1)
        top.addLayout(tulip_col)

        main = QFormLayout()
        main.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.total = QLineEdit()
        self.total_label = QLabel()
        main.addRow(self.total_label, self.total)
        self.cap = QLineEdit()
        self.cap.setPlaceholderText(self.tr("none"))
        main.addRow(self.tr("CAP °"), self.cap)
        self.danger = QComboBox()
        self.danger.addItems(danger_labels())
        main.addRow(self.tr("Danger"), self.danger)
        reset_row = QHBoxLayout()
        self.reset_check = QCheckBox(self.tr("Reset to"))
        self.reset_value = QLineEdit()
        self.reset_value.setPlaceholderText("0")
        reset_row.addWidget(self.reset_check)
        reset_row.addWidget(self.reset_value, 1)
        main.addRow(self.tr("Trip"), reset_row)
        self.stop = QLineEdit()
        self.stop.setPlaceholderText(self.tr("none"))
        main.addRow(self.tr("Stop s"), self.stop)
        self.neutralization = QLineEdit()
        self.neutralization.setPlaceholderText(self.tr("none"))
        main.addRow(self.tr("Neutral. s"), self.neutralization)
        top.addLayout(main, 1)
        outer.addLayout(top)

        wp_box = QFormLayout()
        wp_box.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        wp_header = QLabel(self.tr("Waypoint"))
        wp_header.setStyleSheet("font-weight: bold;")
        outer.addWidget(wp_header)
        type_row = QHBoxLayout()
        self.wp_type = QComboBox()
        self.wp_type.addItem(self.tr("none"), None)
        for t in WaypointType:
            self.wp_type.addItem(t.label, t)
        self.wp_name = QLineEdit()
        self.wp_name.setPlaceholderText(self.tr("name / number"))
        type_row.addWidget(self.wp_type)
        type_row.addWidget(self.wp_name, 1)
        wp_box.addRow(self.tr("Type"), type_row)
        radii = QHBoxLayout()
        self.wp_open = QLineEdit()
        self.wp_clear = QLineEdit()
        for edit in (self.wp_open, self.wp_clear):
            # Greyed text is the rules-table default; only a typed value goes in the file.
            edit.setToolTip(
                self.tr("Empty: the default of the rules table (greyed). Type to override.")
            )
        radii.addWidget(QLabel(self.tr("open")))
        radii.addWidget(self.wp_open, 1)
        radii.addWidget(QLabel(self.tr("clear")))
        radii.addWidget(self.wp_clear, 1)
        wp_box.addRow(self.tr("Radii m"), radii)
        self.speed = QLineEdit()
        self.speed_label = QLabel()
        wp_box.addRow(self.speed_label, self.speed)
        self.more_waypoints = QLabel()
        themed_style(self.more_waypoints, lambda t: f"color: {'#555' if t is DAY else t.text_dim};")
        wp_box.addRow(self.more_waypoints)
        outer.addLayout(wp_box)

        notes_header = QLabel(self.tr("Notes"))
        notes_header.setStyleSheet("font-weight: bold;")
        outer.addWidget(notes_header)
        self.notes = NotesEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        outer.addWidget(self.notes)
        flags = QGridLayout()
        flags.setHorizontalSpacing(10)
        flags.setVerticalSpacing(2)
        self.flag_checks: dict[str, QCheckBox] = {}
        for i, flag in enumerate(KNOWN_FLAGS):
            check = QCheckBox(flag_label(flag))
            check.toggled.connect(lambda _on, f=flag: self._commit_flag(f))
            self.flag_checks[flag] = check
            flags.addWidget(check, i // 3, i % 3)
        outer.addLayout(flags)
        outer.addStretch(1)

        self.total.editingFinished.connect(self._commit_total)
        self.cap.editingFinished.connect(self._commit_cap)
        self.danger.activated.connect(lambda _i: self._commit_danger())
        self.reset_check.toggled.connect(lambda _on: self._commit_reset())
        self.reset_value.editingFinished.connect(self._commit_reset)
        self.stop.editingFinished.connect(self._commit_stop)
        self.neutralization.editingFinished.connect(self._commit_neutralization)
        self.wp_type.activated.connect(lambda _i: self._commit_waypoint())
        self.wp_name.editingFinished.connect(self._commit_waypoint)
        self.wp_open.editingFinished.connect(self._commit_waypoint)
        self.wp_clear.editingFinished.connect(self._commit_waypoint)
        self.speed.editingFinished.connect(self._commit_speed)
        self.notes.editing_finished.connect(self._commit_notes)
        self._committers = (
            self._commit_total,
            self._commit_cap,
            self._commit_reset,
            self._commit_stop,
            self._commit_neutralization,
            self._commit_waypoint,
            self._commit_speed,
            self._commit_notes,
        )
        self._fields: list[QWidget] = [
            self.total,
            self.cap,
            self.danger,
            self.reset_check,
            self.reset_value,
            self.stop,
            self.neutralization,
            self.wp_type,
            self.wp_name,
            self.wp_open,
            self.wp_clear,
            self.speed,
            self.notes,
            self.tulip_button,
            self.tulip_clear,
            *self.flag_checks.values(),
        ]

    # -- showing ------------------------------------------------------------------------

    def _fill(self, box: Box | None, units: Units) -> None:
        for w in self._fields:
            w.setEnabled(box is not None)
        self.total_label.setText(self.tr("Total {unit}").format(unit=units.distance_label))
        self.speed_label.setText(self.tr("Speed {unit}").format(unit=units.speed_label))
        if box is None:
            self.title.setText(self.tr("No box selected"))
            for edit in (self.total, self.cap, self.reset_value, self.stop, self.neutralization):
                edit.clear()
            for edit in (self.wp_name, self.wp_open, self.wp_clear, self.speed):
                edit.clear()
            self.notes.clear()
            self.tulip_label.setPixmap(QPixmap())
            self.tulip_label.setText("")
            self.more_waypoints.setText("")
            return
        title = (
            self.tr("Box {number}") if box.has_position else self.tr("Box {number}  (no position)")
        )
        self.title.setText(title.format(number=box.index))
        self.total.setText(f"{units.km_to_display(box.total_km):.2f}")
        self.cap.setText("" if box.cap is None else str(box.cap))
        self.danger.setCurrentIndex(box.danger if box.danger in (1, 2, 3) else 0)
        self.reset_check.setChecked(box.reset_km is not None)
        self.reset_value.setText(
            number_text(units.km_to_display(box.reset_km), 2) if box.reset_km else ""
        )
        self.reset_value.setEnabled(box.reset_km is not None)
        self.stop.setText("" if box.stop_s is None else str(box.stop_s))
        self.neutralization.setText(
            "" if box.neutralization_s is None else str(box.neutralization_s)
        )
        self._fill_waypoint(box, units)
        if self.notes.toPlainText() != box.notes_text:
            self.notes.setPlainText(box.notes_text)
        for flag, check in self.flag_checks.items():
            check.setChecked(flag in box.flags)
        self._show_tulip(box)

    def _show_tulip(self, box: Box | None) -> None:
        """The box's tulip in the theme's ink (again when the theme changes)."""
        if box is None:
            return
        pixmap = themed_drawing(box.tulip, TULIP_SIZE) if box.tulip is not None else None
        if pixmap is not None:
            self.tulip_label.setPixmap(pixmap)
        else:
            self.tulip_label.setPixmap(QPixmap())
            self.tulip_label.setText(
                self.tr("no tulip") if box.tulip is None else self.tr("cannot show")
            )
        self.tulip_clear.setEnabled(box.tulip is not None)

    def _fill_waypoint(self, box: Box, units: Units) -> None:
        wp = box.waypoint
        self.wp_type.setCurrentIndex(self.wp_type.findData(wp.type) if wp else 0)
        self.wp_name.setText(wp.name if wp else "")
        self.wp_open.setText(number_text(wp.open_m, 1) if wp and wp.open_from_file else "")
        self.wp_clear.setText(number_text(wp.clear_m, 1) if wp and wp.clear_from_file else "")
        wtype = wp.type if wp else None
        self.wp_open.setPlaceholderText(radius_placeholder(wtype, "open"))
        self.wp_clear.setPlaceholderText(radius_placeholder(wtype, "clear"))
        for w in (self.wp_name, self.wp_open, self.wp_clear):
            w.setEnabled(wp is not None)
        others = [w.type.label for w in box.waypoints if w is not wp]
        self.more_waypoints.setText(
            self.tr("also: {waypoints}").format(waypoints=", ".join(others)) if others else ""
        )
        self.more_waypoints.setVisible(bool(others))
        zone = box.starts_zone
        self.speed.setEnabled(zone)
        limit = box.speed_limit_kmh
        self.speed.setText(number_text(units.km_to_display(limit), 1) if limit is not None else "")
        self.speed.setPlaceholderText(self.tr("DZ limit") if zone else self.tr("only on a DZ box"))

    # -- committing -----------------------------------------------------------------------

    def _request(self, text: str, **changes: Any) -> None:
        box = self._box
        if self._loading or box is None:
            return
        changed = {k: v for k, v in changes.items() if getattr(box, k) != v}
        if changed:
            self.changes_requested.emit(text, changed)

    def _fail(self, err: FieldError) -> None:
        self.invalid.emit(str(err))
        self.set_box(self._box, self._units)

    def _commit_total(self) -> None:
        box = self._box
        if self._loading or box is None:
            return
        try:
            value = parse_float(self.total.text(), self.tr("total"))
        except FieldError as e:
            self._fail(e)
            return
        if value is None:
            self._fail(FieldError(self.tr("total: a box needs a total distance")))
            return
        # The field shows two decimals: an unchanged field must not round the stored total.
        if f"{self._units.km_to_display(box.total_km):.2f}" == self.total.text().strip():
            return
        km = self._units.display_to_km(value)
        self._request(self.tr("Total of box {number}").format(number=box.index), total_km=km)

    def _commit_cap(self) -> None:
        if self._loading or self._box is None:
            return
        try:
            value = parse_int(self.cap.text(), self.tr("CAP"))
        except FieldError as e:
            self._fail(e)
            return
        self._request(self.tr("CAP of box {number}").format(number=self._box.index), cap=value)

    def _commit_danger(self) -> None:
        if self._box is None:
            return
        level = self.danger.currentIndex()
        text = self.tr("Danger of box {number}").format(number=self._box.index)
        self._request(text, danger=level or None)

    def _commit_reset(self) -> None:
        if self._loading or self._box is None:
            return
        self.reset_value.setEnabled(self.reset_check.isChecked())
        if not self.reset_check.isChecked():
            self._request(self._box_text(self.tr("Reset of box {number}")), reset_km=None)
            return
        try:
            value = parse_float(self.reset_value.text(), self.tr("reset"))
        except FieldError as e:
            self._fail(e)
            return
        km = self._units.display_to_km(value or 0.0)
        self._request(self._box_text(self.tr("Reset of box {number}")), reset_km=km)

    def _box_text(self, template: str) -> str:
        """An undo text naming the shown box in its ``{number}`` field."""
        return template.format(number=self._box.index if self._box else "")

    def _commit_seconds(self, edit: QLineEdit, field: str, what: str, undo: str) -> None:
        if self._loading or self._box is None:
            return
        try:
            value = parse_int(edit.text(), what)
        except FieldError as e:
            self._fail(e)
            return
        self._request(self._box_text(undo), **{field: value})

    def _commit_stop(self) -> None:
        self._commit_seconds(self.stop, "stop_s", self.tr("stop"), self.tr("Stop of box {number}"))

    def _commit_neutralization(self) -> None:
        self._commit_seconds(
            self.neutralization,
            "neutralization_s",
            self.tr("neutralisation"),
            self.tr("Neutralisation of box {number}"),
        )

    def _commit_speed(self) -> None:
        if self._loading or self._box is None or not self._box.starts_zone:
            return
        try:
            value = parse_float(self.speed.text(), self.tr("speed limit"))
        except FieldError as e:
            self._fail(e)
            return
        kmh = None if value is None else self._units.display_to_km(value)
        old = self._box.speed_limit_kmh
        # Unchanged text must not round a statute limit through the display.
        shown = None if old is None else number_text(self._units.km_to_display(old), 1)
        if value is not None and shown == self.speed.text().strip():
            return
        self._request(self._box_text(self.tr("Speed limit of box {number}")), speed_limit_kmh=kmh)

    def _commit_notes(self) -> None:
        if self._loading or self._box is None:
            return
        text = self._box_text(self.tr("Notes of box {number}"))
        self._request(text, notes_text=self.notes.toPlainText())

    def _commit_flag(self, flag: str) -> None:
        box = self._box
        if self._loading or box is None:
            return
        # Keep unknown flags the file carried; known ones in writing order.
        wanted = {f for f, c in self.flag_checks.items() if c.isChecked()}
        others = tuple(f for f in box.flags if f not in self.flag_checks)
        flags = tuple(f for f in KNOWN_FLAGS if f in wanted) + others
        text = self.tr("{symbol} on box {number}").format(symbol=flag_label(flag), number=box.index)
        self._request(text, flags=flags)

    def _clear_tulip(self) -> None:
        if self._box is not None:
            self._request(self._box_text(self.tr("Remove tulip of box {number}")), tulip=None)

    def _commit_waypoint(self) -> None:
        box = self._box
        if self._loading or box is None:
            return
        try:
            waypoints = self._waypoints(box)
        except FieldError as e:
            self._fail(e)
            return
        if waypoints != box.waypoints:
            text = self.tr("Waypoint of box {number}").format(number=box.index)
            self.waypoints_requested.emit(text, waypoints)

    def _waypoints(self, box: Box) -> tuple[Waypoint, ...]:
        """The box's waypoints with the primary one as the fields say."""
        wtype: WaypointType | None = self.wp_type.currentData()
        primary = box.waypoint
        rest = list(box.waypoints)
        pos = rest.index(primary) if primary is not None else len(rest)
        if primary is not None:
            del rest[pos]
        if wtype is None:
            return tuple(rest)
        rule = rule_for(wtype)
        same_type = primary is not None and primary.type is wtype
        name = self.wp_name.text().strip() if primary is not None else ""
        open_typed = parse_float(self.wp_open.text(), self.tr("open radius")) if primary else None
        clear_typed = (
            parse_float(self.wp_clear.text(), self.tr("clear radius")) if primary else None
        )
        if not same_type and primary is not None:
            # A new type brings its own defaults; only radii the co-driver typed stay.
            open_typed = open_typed if primary.open_from_file else None
            clear_typed = clear_typed if primary.clear_from_file else None
        wp = Waypoint(
            wtype,
            name,
            open_m=open_typed if open_typed is not None else rule.open_m,
            clear_m=clear_typed if clear_typed is not None else rule.clear_m,
            open_from_file=open_typed is not None,
            clear_from_file=clear_typed is not None,
        )
        rest.insert(pos, wp)
        return tuple(rest)
