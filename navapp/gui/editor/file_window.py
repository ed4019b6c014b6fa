"""The editor window's files: New, Open, Import, Save, Save As and Export PDF, the autosave
and its recovery, the unsaved-changes question, and the status lines and message boxes that
say how each went.

:class:`FileWindow` is the base of :class:`~navapp.gui.editor.window.EditorWindow`, which
builds the document, menus and panes these flows use. The files themselves are kept by
:class:`~navapp.gui.editor.document.EditorDocument`; the file dialogs are in
:mod:`navapp.gui.editor.menus`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from navapp.core.model import Roadbook
from navapp.gui.editor.document import FILE_ERRORS, EditorDocument, empty_roadbook
from navapp.gui.editor.files import RECOVERY_TITLE, Asker, AutosaveStore
from navapp.io.file_types import writes_back_unchanged
from navapp.io.registry import read_roadbook

if TYPE_CHECKING:
    from navapp.gui.editor.detail import BoxDetail
    from navapp.gui.editor.map_pane import MapPane
    from navapp.gui.editor.menus import EditorMenus

_T = TypeVar("_T")


class FileWindow(QMainWindow):
    """The file half of the roadbook editor window."""

    # The roadbook was written to this path (File › Save / Save As).
    roadbook_saved = Signal(str)
    # An operation failed; carries the one line shown to the co-driver.
    failed = Signal(str)

    # Made by EditorWindow.__init__.
    document: EditorDocument
    menus: EditorMenus
    detail: BoxDetail
    map: MapPane
    _ask: Asker
    _error_box: QMessageBox | None

    # -- the document -----------------------------------------------------------------------

    @property
    def autosave(self) -> AutosaveStore:
        """Where the document's unsaved changes are kept in case the editor stops."""
        return self.document.autosave

    def roadbook(self) -> Roadbook:
        """The roadbook being edited."""
        return self.document.roadbook()

    def path(self) -> str:
        """The file the roadbook is saved to ("" until it has one)."""
        return self.document.path()

    def is_modified(self) -> bool:
        """Whether there are changes not yet saved."""
        return self.document.is_modified()

    # -- opening and saving -----------------------------------------------------------------

    def open_path(self, path: str | Path) -> bool:
        """Open a roadbook file in any format navapp reads; a bad file leaves the editor as
        it was.

        A plain Save writes only where nothing is lost: over a GPX file (as OpenRally), or
        over another format's file that navapp writes back byte for byte. Any other file
        opens as a new roadbook named after its source, and Save asks where to write it.
        """
        path = str(path)
        name = Path(path).name
        rb = self._read(lambda: read_roadbook(path), "Cannot open roadbook")
        if rb is None:
            return False
        if Path(path).suffix.lower() == ".gpx":
            if rb.warnings:
                # What is whole of a damaged file opens as a new roadbook: a plain Save must
                # not write the part over the file, which the user may still get whole elsewhere.
                self._load(rb, "", modified=True, source=path)
                self._warn(rb.warnings, f"Opened what is whole of {name}, unsaved")
                return True
            self._load(rb, path)
        else:
            # Another program's file (reader warnings say what navapp did not keep) stays as it
            # is: it is the file only when navapp writes it back unchanged. Closing without an
            # edit loses nothing, so it does not count as unsaved work.
            fmt = None if rb.warnings else writes_back_unchanged(rb, path)
            if fmt is None:
                self._load(rb, "", source=path)
                done = f"Opened {name}; Save asks for a new file and leaves this one as it is"
            else:
                self._load(rb, path, fmt=fmt)
                done = f"Opened {name}"
            self._warn(rb.warnings, done)
            self.menus.add_recent(path)
            return True
        self.menus.add_recent(path)
        self.show_status(f"Opened {name}")
        return True

    def new_roadbook(self) -> None:
        """Start an empty, untitled roadbook."""
        self._load(empty_roadbook(), "")

    def import_gpx(self, path: str | Path) -> bool:
        """Open a roadbook of any format as a new, unsaved one (Save then asks where to write
        it)."""
        rb = self._read(lambda: read_roadbook(path), "Cannot import roadbook")
        if rb is None:
            return False
        self._load(rb, "", modified=True)
        self._warn(rb.warnings, f"Imported {Path(path).name}")
        return True

    def import_kml(self, path: str | Path, route_path: str | Path | None = None) -> bool:
        """A new, unsaved roadbook from an organiser's KML waypoints (and a route file)."""
        from navapp.io.kml import read_kml_roadbook

        rb = self._read(lambda: read_kml_roadbook(path, route_path or None), "Cannot import KML")
        if rb is None:
            return False
        self._load(rb, "", modified=True)
        self.show_status(f"Imported {len(rb.boxes)} waypoints from {Path(path).name}")
        return True

    def save(self) -> bool:
        """Save to the roadbook's file in its format (asking for one when it has none)."""
        if not self.path():
            return self.menus.save_as_dialog()
        return self._write(self.path(), self.document.format())

    def save_as(self, path: str | Path, fmt: str = "openrally") -> bool:
        """Save to ``path`` in writer ``fmt`` (OpenRally v1.0.3 unless told), which becomes
        the roadbook's file; what the format could not hold is shown in a message."""
        return self._write(str(path), fmt)

    def export_pdf(self, path: str | Path, layout: str = "a5") -> bool:
        """Print the roadbook to a PDF ("a5" pages or a "roll")."""
        from navapp.gui.common.printing import export_pdf

        self.detail.commit()
        try:
            pages = export_pdf(self.roadbook(), path, layout)
        except FILE_ERRORS as e:
            self._error(f"{path}: {e}" if str(path) not in str(e) else str(e), "Cannot export PDF")
            return False
        self.show_status(f"Exported {pages} page{'s' if pages != 1 else ''} to {Path(path).name}")
        return True

    # -- autosave and recovery --------------------------------------------------------------

    def autosave_now(self) -> bool:
        """Write the autosave if there are unsaved changes; True when written."""
        return self.document.autosave_now()

    def offer_recovery(self) -> bool:
        """Offer the autosave of a session that did not close cleanly; True when recovered.

        Asks with the injected ``ask``: "save" recovers (the roadbook opens modified),
        "discard" deletes the autosave, "cancel" keeps it for next time.
        """
        offer = self.document.recovery_question()
        if offer is None:
            return False
        where, question = offer
        answer = self._ask(RECOVERY_TITLE, question)
        if answer == "discard":
            self.autosave.clear()
            return False
        if answer != "save":
            return False
        try:
            self.document.recover()
        except FILE_ERRORS as e:
            self._error(f"Cannot recover: {e}", "Recovery")
            return False
        self.map.fit()
        self.show_status(f"Recovered unsaved changes to {where}")
        return True

    # -- unsaved changes --------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to go on (saved or discarded)."""
        if not self.is_modified():
            return True
        self.detail.commit()
        answer = self._ask(
            "Unsaved changes",
            f"{self.roadbook().name or 'The roadbook'} has changes that are not saved. Save them?",
        )
        if answer == "save":
            return self.save()
        return answer == "discard"

    # -- status -----------------------------------------------------------------------------

    def show_status(self, message: str) -> None:
        """One line in the status bar."""
        self.statusBar().showMessage(message, 8000)

    def _warn(self, warnings: tuple[str, ...], done: str) -> None:
        """Say what was done and what the file's reader had to say about it (a file cut off
        early …); a warning stays in the status bar until the next line."""
        if not warnings:
            self.show_status(done)
            return
        self.statusBar().showMessage(f"{done} — warning: " + "; ".join(warnings))

    def error_box(self) -> QMessageBox | None:
        """The last error message box, while it is open."""
        box = self._error_box
        try:
            return box if box is not None and box.isVisible() else None
        except RuntimeError:  # already deleted by Qt
            return None

    def _read(self, read: Callable[[], _T], title: str) -> _T | None:
        """What ``read`` reads from a file, or None once the co-driver is told why not."""
        try:
            return read()
        except FILE_ERRORS as e:
            self._error(str(e), title)
            return None

    def _error(self, message: str, title: str) -> None:
        self.statusBar().showMessage(message)
        self.failed.emit(message)
        self._message(message, title)

    def _message(self, message: str, title: str) -> None:
        # Not exec(): a modal loop would stop tests and the autosave timer.
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(box.deleteLater)
        self._error_box = box
        box.open()

    # -- internals --------------------------------------------------------------------------

    def _load(
        self,
        rb: Roadbook,
        path: str,
        modified: bool = False,
        fmt: str = "openrally",
        source: str = "",
    ) -> None:
        self.document.load(rb, path, modified, fmt, source)
        self.map.fit()

    def _write(self, path: str, fmt: str) -> bool:
        self.detail.commit()
        try:
            lost = self.document.save_as(path, fmt)
        except FILE_ERRORS as e:
            message = str(e) if path in str(e) else f"{path}: {e}"
            self._error(message, "Cannot save roadbook")
            return False
        self.menus.add_recent(path)
        if lost:
            self._message("\n".join(lost), "Saved without some of the roadbook")
            self.statusBar().showMessage(f"Saved {Path(path).name} — " + "; ".join(lost))
        else:
            self.show_status(f"Saved {Path(path).name}")
        self.roadbook_saved.emit(path)
        return True
