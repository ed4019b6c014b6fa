"""The Stage properties dialog: the stage's name, the units it is printed in, its description."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from navapp.core.model import Roadbook, Units


class StageDialog(QDialog):
    """Edit what the roadbook says about its stage; OK applies the changes as one undo step."""

    def __init__(self, roadbook: Roadbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stage properties"))
        self.name_edit = QLineEdit(roadbook.name)
        self.name_edit.setPlaceholderText(self.tr("e.g. Stage 3 Erfoud – Merzouga"))
        self.units_combo = QComboBox()
        self.units_combo.addItem(self.tr("Kilometres"), Units.METRIC)
        self.units_combo.addItem(self.tr("Miles"), Units.STATUTE)
        self.units_combo.setCurrentIndex(0 if roadbook.units is Units.METRIC else 1)
        self.description_edit = QPlainTextEdit(roadbook.metadata.description)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("What the crews should know about the stage")
        )
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout(self)
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name_edit)
        units_label = QLabel(self.tr("&Units"))
        units_label.setBuddy(self.units_combo)
        desc_label = QLabel(self.tr("&Description"))
        desc_label.setBuddy(self.description_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(units_label, self.units_combo)
        form.addRow(
            "",
            QLabel(self.tr("Distances stay the same; the roadbook prints them in these units.")),
        )
        form.addRow(desc_label, self.description_edit)
        form.addRow(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(460, 300)

    def name(self) -> str:
        """The name as typed."""
        return self.name_edit.text()

    def units(self) -> Units:
        """The units chosen."""
        units: Units = self.units_combo.currentData()
        return units

    def description(self) -> str:
        """The description as typed."""
        return self.description_edit.toPlainText()

    def _accept(self) -> None:
        # A blank name is refused here, where it can still be typed, not after the dialog closed.
        if not self.name().strip():
            self.error_label.setText(self.tr("The stage needs a name."))
            self.error_label.show()
            self.name_edit.setFocus()
            return
        self.accept()
