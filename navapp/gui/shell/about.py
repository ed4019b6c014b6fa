"""Help › About navapp: what this program is, its version and its licence."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

import navapp

LICENCE = "GPL-3.0-or-later"


def about_text() -> str:
    """The About box's text."""
    return (
        f"navapp {navapp.__version__}\n\n"
        "Navigation and roadbook app for rally-raid crews.\n\n"
        f"Licence: GNU General Public License, version 3 or later ({LICENCE})."
    )


def open_about(parent: QWidget) -> QMessageBox:
    """The About box, shown without blocking; it deletes itself when closed."""
    box = QMessageBox(QMessageBox.Icon.Information, "About navapp", about_text(), parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
