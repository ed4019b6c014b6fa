"""The editor's files: autosave and recovery, recent files, and the small dialogs it asks with.

Autosave keeps the roadbook being edited in ``data_dir/autosave.gpx`` (OpenRally, written
atomically) with ``autosave.json`` beside it naming the file it came from; both go when the
roadbook is saved or the editor closes cleanly. At the next start an autosave newer than
its file is offered for recovery.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from navapp.core.generate import GenerateSettings
from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.model import Roadbook
from navapp.core.recordings import MAX_GAP_KM, MAX_GAP_S, Recording, describe, longest
from navapp.gui.common.screen import fit_to_screen
from navapp.io.atomic import atomic_write_bytes
from navapp.io.registry import read_roadbook, write_roadbook

# Asks the co-driver what to do with unsaved work: "save", "discard" or "cancel".
Asker = Callable[[str, str], str]

AUTOSAVE_NAME = "autosave.gpx"
AUTOSAVE_INFO = "autosave.json"
AUTOSAVE_INTERVAL_MS = 30_000
RECENT_KEY = "editor/recent_files"
MAX_RECENT = 8

# Roadbook, track and save filters come from the io registry: navapp.gui.common.file_filters.
KML_FILTER = QT_TRANSLATE_NOOP(
    "EditorFiles", "KML waypoint lists (*.kml *.KML *.kmz *.KMZ);;All files (*)"
)
PDF_FILTER = "PDF (*.pdf)"


@dataclass(frozen=True)
class Autosaved:
    """A roadbook found in the autosave, and where it came from ("" for a new one)."""

    roadbook: Roadbook
    original_path: str
    autosave_path: Path
    # The file it was read from when that was not its file (see EditorDocument.source).
    source: str = ""


class AutosaveStore:
    """The autosave files in one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)

    @property
    def path(self) -> Path:
        return self.data_dir / AUTOSAVE_NAME

    @property
    def info_path(self) -> Path:
        return self.data_dir / AUTOSAVE_INFO

    def write(self, roadbook: Roadbook, original_path: str, source: str = "") -> None:
        """Keep ``roadbook`` (atomically) with its file and the file it was read from when
        that is another; raises OSError when the folder cannot be written."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        write_roadbook(roadbook, self.path, "openrally")
        info = {"original_path": original_path, "name": roadbook.name, "source": source}
        atomic_write_bytes(self.info_path, json.dumps(info, indent=1).encode("utf-8"))

    def clear(self) -> None:
        """Remove the autosave (after a clean save or close)."""
        for p in (self.path, self.info_path):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()

    def original_path(self) -> str:
        """The file the autosaved roadbook came from, "" when unknown or new."""
        return self._info("original_path")

    def source(self) -> str:
        """The file the autosaved roadbook was read from when that was not its file."""
        return self._info("source")

    def _info(self, key: str) -> str:
        try:
            info = json.loads(self.info_path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            return ""
        value = info.get(key, "") if isinstance(info, dict) else ""
        return value if isinstance(value, str) else ""

    def pending(self) -> bool:
        """Whether there is an autosave worth offering: newer than the file it came from."""
        if not self.path.is_file():
            return False
        original = self.original_path()
        if not original:
            return True
        try:
            return self.path.stat().st_mtime_ns > Path(original).stat().st_mtime_ns
        except OSError:  # the original is gone: the autosave is all there is
            return True

    def load(self) -> Autosaved:
        """The autosaved roadbook; raises InputError for a damaged autosave."""
        return Autosaved(read_roadbook(self.path), self.original_path(), self.path, self.source())


class RecentFiles:
    """The last files opened or saved in the editor, newest first, in QSettings."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[str]:
        value: Any = self._settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings gives a lone entry back as a plain string
            value = [value]
        return [str(v) for v in value or []][:MAX_RECENT]

    def add(self, path: str) -> None:
        path = str(Path(path).resolve())
        recent = [p for p in self.paths() if p != path]
        recent.insert(0, path)
        self._settings.setValue(RECENT_KEY, recent[:MAX_RECENT])


# The title of the recovery question (translated where shown, in the "FileWindow" context):
# its "save" answer means "recover the autosave".
RECOVERY_TITLE = QT_TRANSLATE_NOOP("FileWindow", "Recover unsaved roadbook")


def ask_with_message_box(parent: QWidget | None) -> Asker:
    """The default asker: a Save / Discard / Cancel message box.

    For the recovery question the buttons read Recover / Discard / Later (same answers).
    """

    def ask(title: str, text: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        # Both sides come from the same source text, so this holds in every language.
        if title == QCoreApplication.translate("FileWindow", RECOVERY_TITLE):
            save.setText(QCoreApplication.translate("EditorFiles", "Recover"))
            cancel.setText(QCoreApplication.translate("EditorFiles", "Later"))
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return "save"
        if clicked is discard:
            return "discard"
        return "cancel"

    return ask


# The generate dialog starts from the core's own defaults.
_GEN = GenerateSettings()


@dataclass(frozen=True)
class GenerateOptions:
    """What the co-driver chose in the generate dialog. ``segment`` is the recording of the
    track file to use (1-based), None for the longest."""

    heading_change_deg: float = _GEN.heading_change_deg
    max_spacing_km: float = _GEN.max_spacing_km
    min_spacing_m: float = _GEN.min_spacing_m
    segment: int | None = None

    def settings(self) -> GenerateSettings:
        """Where the generated boxes go, as the core generator takes it."""
        return GenerateSettings(
            heading_change_deg=self.heading_change_deg,
            max_spacing_km=self.max_spacing_km,
            min_spacing_m=self.min_spacing_m,
        )


# Recordings listed in the dialog's note; the choice offers them all.
_LISTED = 10


class GenerateDialog(QDialog):
    """Generate from track: which recording of the file, and where boxes go (turn threshold,
    spacing). The recordings a file holds are listed; with several, a choice of them."""

    def __init__(
        self,
        options: GenerateOptions | None = None,
        parent: QWidget | None = None,
        recordings: Sequence[Recording] = (),
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Generate roadbook from track"))
        o = options or GenerateOptions()
        form = QFormLayout(self)
        self.recording: QComboBox | None = None
        self.note: QLabel | None = None
        if len(recordings) > 1:
            best = longest(recordings).number
            asked = o.segment if o.segment is not None and o.segment <= len(recordings) else None
            shown = [describe(r) for r in recordings[:_LISTED]]
            if len(recordings) > _LISTED:
                shown.append(self.tr("… and {count} more").format(count=len(recordings) - _LISTED))
            held = self.tr(
                "This file holds {count} recordings (split at gaps of more than {hours} h or "
                "{distance} km). A roadbook is made from one of them:"
            ).format(
                count=len(recordings), hours=f"{MAX_GAP_S / 3600:g}", distance=f"{MAX_GAP_KM:g}"
            )
            self.note = QLabel("\n".join([held, *shown]))
            self.note.setWordWrap(True)
            form.addRow(self.note)
            self.recording = QComboBox()
            for r in recordings:
                text = describe(r)
                if r.number == best:
                    text = self.tr("{recording}  (longest)").format(recording=text)
                self.recording.addItem(text, r.number)
            self.recording.setCurrentIndex((asked or best) - 1)
            self.recording.setToolTip(self.tr("The recording the roadbook is made from"))
            form.addRow(self.tr("Recording"), self.recording)
        self.heading = QDoubleSpinBox()
        self.heading.setRange(5.0, 170.0)
        self.heading.setDecimals(0)
        self.heading.setSuffix(" °")
        self.heading.setValue(o.heading_change_deg)
        self.heading.setToolTip(self.tr("A turn at least this sharp gets a box"))
        form.addRow(self.tr("Box at turns sharper than"), self.heading)
        self.max_spacing = QDoubleSpinBox()
        self.max_spacing.setRange(0.1, 100.0)
        self.max_spacing.setDecimals(1)
        self.max_spacing.setSuffix(" km")
        self.max_spacing.setValue(o.max_spacing_km)
        self.max_spacing.setToolTip(self.tr("No two boxes farther apart than this"))
        form.addRow(self.tr("Boxes at most every"), self.max_spacing)
        self.min_spacing = QDoubleSpinBox()
        self.min_spacing.setRange(0.0, 5000.0)
        self.min_spacing.setDecimals(0)
        self.min_spacing.setSuffix(" m")
        self.min_spacing.setValue(o.min_spacing_m)
        self.min_spacing.setToolTip(self.tr("Turns closer than this to another box are left out"))
        form.addRow(self.tr("Boxes at least"), self.min_spacing)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        fit_to_screen(self)

    def options(self) -> GenerateOptions:
        segment = int(self.recording.currentData()) if self.recording is not None else None
        return GenerateOptions(
            self.heading.value(), self.max_spacing.value(), self.min_spacing.value(), segment
        )
