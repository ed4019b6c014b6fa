"""The waypoint being looked for: arrow, distance and label when the rules allow, and the tally.

The arrow, the distance and the waypoint's name show only when ``WaypointState.show_arrow`` is
True; otherwise the panel shows just the type of the next waypoint (``WPM``), so a masked or
control waypoint never gives away where it is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from navapp.core import format as fmt
from navapp.core.navstate import NavState, WaypointState, WaypointStatus
from navapp.gui.common.theme import DAY, Theme, set_label_text, set_level, ui_font
from navapp.gui.drive.cap import NO_VALUE, ArrowWidget

# How long the panel lights up after a validation, in seconds of fix time (no wall clock).
FLASH_S = 3.0


def relative_bearing(bearing_deg: float | None, course_deg: float | None) -> float | None:
    """Where the waypoint is from the car's nose: ``bearing − course``; absolute without course."""
    if bearing_deg is None:
        return None
    if course_deg is None:
        return bearing_deg % 360.0
    return (bearing_deg - course_deg) % 360.0


class WaypointPanel(QFrame):
    """Arrow · ``WPM 7`` · ``850 m`` · ``✓ 3  ✗ 1  / 9``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        self._theme = DAY
        self._arrow_hidden = False
        self._flash_from: tuple[int, float] | None = None  # (box, time) of the last validation
        self._arrow_visible = False
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.setSpacing(12)
        self.arrow = ArrowWidget()
        self.arrow.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        row.addWidget(self.arrow)
        column = QVBoxLayout()
        column.setSpacing(0)
        row.addLayout(column, 1)
        self.caption = QLabel(self.tr("WAYPOINT"))
        self.caption.setProperty("role", "caption")
        self.label = QLabel(NO_VALUE)
        self.distance_label = QLabel("")
        self.validated_label = QLabel("✓ 0")
        self.validated_label.setProperty("level", "ok")
        self.missed_label = QLabel("✗ 0")
        self.total_label = QLabel(self.tr("of {count}").format(count=0))
        self.total_label.setProperty("role", "dim")
        counts = QHBoxLayout()
        counts.setSpacing(14)
        counts.addWidget(self.validated_label)
        counts.addWidget(self.missed_label)
        counts.addWidget(self.total_label)
        counts.addStretch(1)
        # caption on top, tally at the bottom, label and distance together in the middle
        column.addWidget(self.caption)
        column.addStretch(1)
        column.addWidget(self.label)
        column.addWidget(self.distance_label)
        column.addStretch(1)
        column.addLayout(counts)
        for label in (self.label, self.distance_label):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.set_scale(1.0)
        self.set_theme(DAY)

    # -- API --------------------------------------------------------------------------------

    def set_state(self, state: NavState) -> None:
        """Show the state's waypoint and the validated/missed tally."""
        wp = state.waypoint
        units = state.trip.units
        set_label_text(self.validated_label, f"✓ {state.validated}")
        set_label_text(self.missed_label, f"✗ {state.missed}")
        set_level(self.missed_label, "danger" if state.missed else "")
        set_label_text(self.total_label, self.tr("of {count}").format(count=state.waypoints_total))
        if wp is None:
            self._show(None, self.tr("WAYPOINT"), NO_VALUE, "", "")
            return
        flashing = self._flashing(wp, state.time)
        reveal = wp.show_arrow and not self._arrow_hidden
        angle = relative_bearing(wp.bearing_deg, state.course_deg) if reveal else None
        north_up = reveal and state.course_deg is None
        self.arrow.set_angle(angle, north_up=north_up)
        if wp.status is WaypointStatus.VALIDATED:
            caption, level = self.tr("VALIDATED"), "flash" if flashing else "ok"
        elif wp.status is WaypointStatus.MISSED:
            caption, level = self.tr("MISSED"), "danger"
        elif wp.status is WaypointStatus.OPEN:
            caption, level = self.tr("WAYPOINT OPEN"), "ok"
        else:
            caption, level = self.tr("NEXT WAYPOINT"), ""
        if wp.show_arrow:
            label = wp.label
            distance = "" if self._arrow_hidden else fmt.waypoint_distance(wp.distance_m, units)
        else:
            # the rules hide this waypoint: its type only, nothing that locates it
            label, distance = wp.type.label, ""
        self._show(angle, caption, label, distance, level)

    def set_arrow_hidden(self, hidden: bool) -> None:
        """Distance-only practice: never show the arrow or the distance."""
        self._arrow_hidden = hidden
        if hidden:
            self.arrow.set_angle(None)
            set_label_text(self.distance_label, "")

    def arrow_shown(self) -> bool:
        """Whether an arrow is drawn now."""
        return self.arrow.angle() is not None

    def counts_text(self) -> str:
        """The tally as shown, e.g. ``✓ 3  ✗ 1  of 9``."""
        return "  ".join(
            label.text() for label in (self.validated_label, self.missed_label, self.total_label)
        )

    def set_scale(self, scale: float) -> None:
        """Font sizes for a drive view ``scale`` times the 600 px reference height."""
        self.caption.setFont(ui_font(14 * scale, bold=True))
        self.label.setFont(ui_font(30 * scale, bold=True))
        self.distance_label.setFont(ui_font(36 * scale, bold=True))
        small = ui_font(20 * scale, bold=True)
        for label in (self.validated_label, self.missed_label, self.total_label):
            label.setFont(small)
        self.arrow.setFixedWidth(round(112 * scale))

    def set_theme(self, theme: Theme) -> None:
        """Take the arrow colours of ``theme``."""
        self._theme = theme
        self._colour_arrow(force=True)

    # -- internals --------------------------------------------------------------------------

    def _show(
        self, angle: float | None, caption: str, label: str, distance: str, level: str
    ) -> None:
        set_label_text(self.caption, caption)
        set_label_text(self.label, label)
        set_label_text(self.distance_label, distance)
        if set_level(self, level):
            self._colour_arrow()
        if angle is None:
            self.arrow.set_angle(None)

    def _flashing(self, wp: WaypointState, now: float) -> bool:
        if wp.status is not WaypointStatus.VALIDATED:
            return False
        if self._flash_from is None or self._flash_from[0] != wp.box:
            self._flash_from = (wp.box, now)
        return now - self._flash_from[1] < FLASH_S

    def _colour_arrow(self, force: bool = False) -> None:
        t = self._theme
        level = self.property("level") or ""
        fill = QColor(t.accent_text if level == "flash" else t.accent if level == "ok" else t.text)
        if force or self.arrow.fill_colour() != fill:
            self.arrow.set_colours(fill, QColor(t.border))
