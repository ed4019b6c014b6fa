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

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from navapp.core.edit import EditError
from navapp.core.model import Roadbook
from navapp.gui.editor.commands import Edit
from navapp.gui.editor.document import FILE_ERRORS, EditorDocument, empty_roadbook
from navapp.gui.editor.files import RECOVERY_TITLE, Asker, AutosaveStore, GenerateOptions
from navapp.io.file_types import writes_back_unchanged
from navapp.io.registry import TrackFile, read_roadbook, read_track_file

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
    generate_options: GenerateOptions
    _ask: Asker
    _error_box: QMessageBox | None

    run_edit: Callable[[str, Edit, int | None], bool]  # EditorWindow's

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
        rb = self._read(lambda: read_roadbook(path), self.tr("Cannot open roadbook"))
        if rb is None:
            return False
        if Path(path).suffix.lower() == ".gpx":
            if rb.warnings:
                # What is whole of a damaged file opens as a new roadbook: a plain Save must
                # not write the part over the file, which the user may still get whole elsewhere.
                self._load(rb, "", modified=True, source=path)
                self._warn(
                    rb.warnings,
                    self.tr("Opened what is whole of {file}, unsaved").format(file=name),
                )
                return True
            self._load(rb, path)
        else:
            # Another program's file (reader warnings say what navapp did not keep) stays as it
            # is: it is the file only when navapp writes it back unchanged. Closing without an
            # edit loses nothing, so it does not count as unsaved work.
            fmt = None if rb.warnings else writes_back_unchanged(rb, path)
            if fmt is None:
                self._load(rb, "", source=path)
                done = self.tr(
                    "Opened {file}; Save asks for a new file and leaves this one as it is"
                ).format(file=name)
            else:
                self._load(rb, path, fmt=fmt)
                done = self.tr("Opened {file}").format(file=name)
            self._warn(rb.warnings, done)
            self.menus.add_recent(path)
            return True
        self.menus.add_recent(path)
        self.show_status(self.tr("Opened {file}").format(file=name))
        return True

    def new_roadbook(self) -> None:
        """Start an empty, untitled roadbook."""
        self._load(empty_roadbook(), "")

    def import_gpx(self, path: str | Path) -> bool:
        """Open a roadbook of any format as a new, unsaved one (Save then asks where to write
        it)."""
        rb = self._read(lambda: read_roadbook(path), self.tr("Cannot import roadbook"))
        if rb is None:
            return False
        self._load(rb, "", modified=True)
        self._warn(rb.warnings, self.tr("Imported {file}").format(file=Path(path).name))
        return True

    def import_kml(self, path: str | Path, route_path: str | Path | None = None) -> bool:
        """A new, unsaved roadbook from an organiser's KML waypoints (and a route file)."""
        from navapp.io.kml import read_kml_roadbook

        rb = self._read(
            lambda: read_kml_roadbook(path, route_path or None), self.tr("Cannot import KML")
        )
        if rb is None:
            return False
        self._load(rb, "", modified=True)
        self.show_status(
            self.tr("Imported {count} waypoints from {file}").format(
                count=len(rb.boxes), file=Path(path).name
            )
        )
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
            message = f"{path}: {e}" if str(path) not in str(e) else str(e)
            self._error(message, self.tr("Cannot export PDF"))
            return False
        done = (
            self.tr("Exported 1 page to {file}")
            if pages == 1
            else self.tr("Exported {pages} pages to {file}")
        )
        self.show_status(done.format(pages=pages, file=Path(path).name))
        return True

    def generate_from_track(
        self,
        path: str | Path,
        options: GenerateOptions | None = None,
        source: TrackFile | None = None,
    ) -> bool:
        """Replace the boxes by a roadbook generated from one recording of a track (the
        options' ``segment``, else the longest), as one command. ``source`` is the file's
        track and waypoints when they have been read already."""
        from navapp.core.generate import GenerateError, generate_with_notes

        o = options or self.generate_options
        source = source or self._read(lambda: read_track_file(path), self.tr("Cannot generate"))
        if source is None:
            return False
        track = source.track
        notes: list[str] = []

        def fn(_rb: Roadbook) -> tuple[Roadbook, int]:
            try:
                made = generate_with_notes(track, source.waypoints, o.settings(), o.segment)
            except GenerateError as e:  # a track that cannot make a roadbook
                raise EditError(str(e)) from e
            if len(made.recordings) > 1:
                notes.append(
                    self.tr("recording {number} of {count}").format(
                        number=made.recording.number, count=len(made.recordings)
                    )
                )
            if made.waypoints_left_out:
                notes.append(
                    self.tr("waypoints far from it left out: {count}").format(
                        count=made.waypoints_left_out
                    )
                )
            return made.roadbook, 0

        name = Path(path).name
        ok = self.run_edit(self.tr("Generate from {file}").format(file=name), fn, None)
        if ok:
            n = len(self.roadbook().boxes)
            done = (
                self.tr("Generated {count} boxes from {file} ({notes})")
                if notes
                else self.tr("Generated {count} boxes from {file}")
            ).format(count=n, file=name, notes="; ".join(notes))
            self._warn(track.warnings, done)
        return ok

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
        answer = self._ask(QCoreApplication.translate("FileWindow", RECOVERY_TITLE), question)
        if answer == "discard":
            self.autosave.clear()
            return False
        if answer != "save":
            return False
        try:
            self.document.recover()
        except FILE_ERRORS as e:
            self._error(self.tr("Cannot recover: {error}").format(error=e), self.tr("Recovery"))
            return False
        self.map.fit()
        self.show_status(self.tr("Recovered unsaved changes to {file}").format(file=where))
        return True

    # -- unsaved changes --------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to go on (saved or discarded)."""
        if not self.is_modified():
            return True
        self.detail.commit()
        name = self.roadbook().name
        question = (
            self.tr("{roadbook} has changes that are not saved. Save them?").format(roadbook=name)
            if name
            else self.tr("The roadbook has changes that are not saved. Save them?")
        )
        answer = self._ask(self.tr("Unsaved changes"), question)
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
        self.statusBar().showMessage(
            self.tr("{done} — warning: {warnings}").format(done=done, warnings="; ".join(warnings))
        )

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
            self._error(message, self.tr("Cannot save roadbook"))
            return False
        self.menus.add_recent(path)
        if lost:
            self._message("\n".join(lost), self.tr("Saved without some of the roadbook"))
            self.statusBar().showMessage(
                self.tr("Saved {file} — {lost}").format(file=Path(path).name, lost="; ".join(lost))
            )
        else:
            self.show_status(self.tr("Saved {file}").format(file=Path(path).name))
        self.roadbook_saved.emit(path)
        return True
