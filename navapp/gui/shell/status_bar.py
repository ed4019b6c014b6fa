"""The main window's status bar: the GPS line and what the roadbook shown is (units, boxes,
stage length, a warning when it has no coordinates)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QStatusBar

from navapp.core import format as fmt
from navapp.core.model import Roadbook
from navapp.gui.common.night import themed_style
from navapp.gui.common.theme import DAY

FONT_PT = 12


class RoadbookStatus:
    """The permanent labels of a status bar; :meth:`show_roadbook` fills them."""

    def __init__(self, bar: QStatusBar) -> None:
        font = QFont()
        font.setPointSizeF(FONT_PT)
        bar.setFont(font)
        self.units_label = QLabel()
        self.count_label = QLabel()
        self.total_label = QLabel()
        self.coords_label = QLabel()
        # The GPS line takes the room left: it says why the fixes stopped.
        self.gps_label = QLabel()
        bar.addPermanentWidget(self.gps_label, 1)
        # It would squeeze a passing message (a file opened, a drop refused) to nothing: it
        # steps aside while one is shown, and comes back when the message times out or clears.
        bar.messageChanged.connect(lambda message: self.gps_label.setVisible(not message))
        for label in (self.coords_label, self.units_label, self.count_label, self.total_label):
            label.setFont(font)
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        themed_style(
            self.coords_label,
            lambda t: f"color: {'#b00020' if t is DAY else t.danger}; font-weight: bold;",
        )
        self.show_roadbook(None)

    def show_gps(self, text: str) -> None:
        """The GPS feed's line."""
        if self.gps_label.text() != text:
            self.gps_label.setText(text)

    def show_roadbook(self, rb: Roadbook | None) -> None:
        """Units, box count and stage length of ``rb``; how to open one when there is none."""
        if rb is None:
            for label in (self.units_label, self.count_label, self.total_label):
                label.setText("")
            self.coords_label.setText("")
            self.count_label.setText(
                QCoreApplication.translate("RoadbookStatus", "No roadbook — File › Open…")
            )
            return
        unit = rb.units.distance_label
        self.units_label.setText(unit)
        n = len(rb.boxes)
        one = QCoreApplication.translate("RoadbookStatus", "1 box")
        many = QCoreApplication.translate("RoadbookStatus", "{count} boxes")
        self.count_label.setText(one if n == 1 else many.format(count=n))
        stage = QCoreApplication.translate("RoadbookStatus", "Stage {distance} {unit}")
        self.total_label.setText(
            stage.format(distance=fmt.distance(rb.total_km, rb.units), unit=unit)
        )
        no_coords = QCoreApplication.translate("RoadbookStatus", "no coordinates")
        self.coords_label.setText("" if rb.has_coordinates else no_coords)
        self.coords_label.setVisible(not rb.has_coordinates)
