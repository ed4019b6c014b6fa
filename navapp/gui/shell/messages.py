"""The questions and warnings the main window puts to the co-driver."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from navapp.core.model import Units
from navapp.io.session import Session

KEEP_STAGE = "Keep the stage"
NEW_STAGE = "Start a new stage"


def open_warning(parent: QWidget, title: str, message: str) -> QMessageBox:
    """A warning box, shown without blocking (the drive goes on behind it); it deletes itself
    when closed."""
    # Not exec(): a window-modal box leaves the event loop (and any tests) running.
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def keep_stage_box(parent: QWidget, description: str) -> QMessageBox:
    """The question asked when the GPS source changes mid-stage; its default button keeps the
    stage."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "GPS source changed",
        f"The GPS source changes to {description} during the stage.",
        parent=parent,
    )
    box.setInformativeText(
        "Keep the stage: the trip, the box and the waypoints go on from here.\n"
        "Start a new stage: everything starts again from zero."
    )
    keep = box.addButton(KEEP_STAGE, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(NEW_STAGE, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    return box


def resume_question(saved: Session, units: Units) -> str:
    """Whether to resume a stage that navapp left when it stopped, with where it was."""
    snap = saved.snapshot
    return (
        f"navapp stopped during this stage (trip {units.km_to_display(snap.total_km):.2f} "
        f"{units.distance_label}, box {snap.box}). Resume where it stopped?"
    )
