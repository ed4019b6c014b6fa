"""The questions and warnings the main window puts to the co-driver."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.model import Roadbook, Units
from navapp.io.session import Session

KEEP_STAGE = QT_TRANSLATE_NOOP("Messages", "Keep the stage")
NEW_STAGE = QT_TRANSLATE_NOOP("Messages", "Start a new stage")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


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
        QCoreApplication.translate("Messages", "GPS source changed"),
        QCoreApplication.translate(
            "Messages", "The GPS source changes to {source} during the stage."
        ).format(source=description),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages",
            "Keep the stage: the trip, the box and the waypoints go on from here.\n"
            "Start a new stage: everything starts again from zero.",
        )
    )
    keep = box.addButton(_tr(KEEP_STAGE), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr(NEW_STAGE), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    return box


def resume_question(saved: Session, units: Units) -> str:
    """Whether to resume a stage that navapp left when it stopped, with where it was."""
    snap = saved.snapshot
    return QCoreApplication.translate(
        "Messages",
        "navapp stopped during this stage (trip {trip} {unit}, box {box}). "
        "Resume where it stopped?",
    ).format(
        trip=f"{units.km_to_display(snap.total_km):.2f}", unit=units.distance_label, box=snap.box
    )


def window_title(roadbook: Roadbook | None, listed: str) -> str:
    """The main window's title: the roadbook's name and its waypoint list (``listed``)."""
    if roadbook is None:
        return "navapp"
    name = roadbook.name or QCoreApplication.translate("MainWindow", "Untitled roadbook")
    title = QCoreApplication.translate("MainWindow", "{roadbook}{list} — navapp")
    return title.format(roadbook=name, list=listed)
