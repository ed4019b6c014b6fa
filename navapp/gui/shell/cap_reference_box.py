"""The settings group choosing which north CAP and course are shown from."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QRadioButton,
    QWidget,
)

from navapp.core.declination import FIXED_RANGE_DEG, CapReference, NorthReference


class CapReferenceBox(QGroupBox):
    """True north / Magnetic (WMM) / Magnetic, fixed declination [spin box]."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("CAP and course"), parent)
        # as big a target as the dialog's check boxes: pressed with a gloved finger
        self.setStyleSheet(
            "QRadioButton { min-height: 40px; }"
            "QRadioButton::indicator { width: 24px; height: 24px; }"
        )
        self.true_north = QRadioButton(self.tr("True north (as roadbooks print them)"), self)
        self.wmm = QRadioButton(
            self.tr("Magnetic (World Magnetic Model at the car's position)"), self
        )
        self.fixed = QRadioButton(self.tr("Magnetic, fixed declination"), self)
        self.group = QButtonGroup(self)
        for button in (self.true_north, self.wmm, self.fixed):
            self.group.addButton(button)
        self.declination = QDoubleSpinBox(self)
        self.declination.setRange(*FIXED_RANGE_DEG)
        self.declination.setDecimals(1)
        self.declination.setSingleStep(0.5)
        self.declination.setSuffix(" ° E")
        self.declination.setToolTip(self.tr("Degrees east of true north; west is negative."))
        self.declination.setMinimumWidth(160)
        self.fixed.toggled.connect(self.declination.setEnabled)
        grid = QGridLayout(self)
        grid.addWidget(self.true_north, 0, 0, 1, 2)
        grid.addWidget(self.wmm, 1, 0, 1, 2)
        grid.addWidget(self.fixed, 2, 0)
        grid.addWidget(self.declination, 2, 1)
        grid.setColumnStretch(2, 1)
        self.set_values(CapReference())

    def values(self) -> CapReference:
        """The choice as edited."""
        if self.wmm.isChecked():
            north = NorthReference.MAGNETIC_WMM
        elif self.fixed.isChecked():
            north = NorthReference.MAGNETIC_FIXED
        else:
            north = NorthReference.TRUE
        return CapReference(north, round(self.declination.value(), 1))

    def set_values(self, reference: CapReference) -> None:
        """Show ``reference``."""
        button = {
            NorthReference.TRUE: self.true_north,
            NorthReference.MAGNETIC_WMM: self.wmm,
            NorthReference.MAGNETIC_FIXED: self.fixed,
        }[reference.north]
        button.setChecked(True)
        self.declination.setValue(reference.fixed_deg)
        self.declination.setEnabled(reference.north is NorthReference.MAGNETIC_FIXED)
