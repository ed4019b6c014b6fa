"""The speed-zone banner (``DZ 50`` · current speed, red when over) and the DN countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from navapp.core import format as fmt
from navapp.core.model import Units
from navapp.core.navstate import NavState, NeutralState, ZoneState
from navapp.gui.common.theme import reserve_width, set_label_text, set_level, ui_font


class ZoneBanner(QFrame):
    """``DZ 50 │ 62 km/h`` in a speed zone (red when over), ``DN 04:32`` in a neutralisation.

    Hidden outside both. The drive view puts it just above the waypoint panel, which gives up
    the room, so the odometers and CAP never move when a zone starts.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 2, 14, 2)
        row.setSpacing(16)
        self.zone_label = QLabel("")
        self.speed_label = QLabel("")
        self.neutral_label = QLabel("")
        row.addWidget(self.zone_label)
        row.addStretch(1)
        row.addWidget(self.speed_label)
        row.addWidget(self.neutral_label)
        self.speed_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.neutral_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label in (self.zone_label, self.speed_label, self.neutral_label):
            label.setVisible(False)  # shown by set_zone for what is under way
        self.set_scale(1.0)
        self.setVisible(False)

    def set_state(self, state: NavState) -> None:
        """Show the state's zone and neutralisation, or hide."""
        self.set_zone(state.zone, state.neutral, state.trip.units)

    def set_zone(self, zone: ZoneState | None, neutral: NeutralState | None, units: Units) -> None:
        """Show a zone and/or a neutralisation (either may be None)."""
        if zone is None and neutral is None:
            if not self.isHidden():
                self.setVisible(False)
            return
        if zone is not None:
            limit = round(units.km_to_display(zone.limit_kmh))
            set_label_text(self.zone_label, f"DZ {limit}")
            set_label_text(self.speed_label, fmt.speed(zone.speed_kmh, units))
        else:
            set_label_text(self.zone_label, "")
            set_label_text(self.speed_label, "")
        if neutral is not None:
            set_label_text(self.neutral_label, f"DN {fmt.countdown(neutral.remaining_s)}")
        else:
            set_label_text(self.neutral_label, "")
        self.zone_label.setVisible(zone is not None)
        self.speed_label.setVisible(zone is not None)
        self.neutral_label.setVisible(neutral is not None)
        if zone is not None and zone.over:
            level = "danger"
        elif zone is None and neutral is not None and neutral.remaining_s <= 0:
            level = "ok"  # the neutralisation time is served: the crew may leave
        else:
            level = ""
        set_level(self, level)
        if self.isHidden():
            self.setVisible(True)

    def is_over(self) -> bool:
        """Whether the banner shows an over-speed alarm."""
        return not self.isHidden() and self.property("level") == "danger"

    def text(self) -> str:
        """Everything the banner shows, in reading order (empty when hidden)."""
        if self.isHidden():
            return ""
        parts = (self.zone_label, self.speed_label, self.neutral_label)
        return " ".join(label.text() for label in parts if label.text())

    def set_scale(self, scale: float) -> None:
        """Font sizes for a drive view ``scale`` times the 600 px reference height."""
        big = ui_font(34 * scale, bold=True)
        for label, widest in (
            (self.zone_label, "DZ 130"),
            (self.speed_label, "188 km/h"),
            (self.neutral_label, "DN 88:88"),
        ):
            label.setFont(big)
            reserve_width(label, widest)
