"""The roadbook the editor works on: its undo stack, its file, its unsaved state and autosave.

Every change goes through :meth:`EditorDocument.run`: one core edit function from
:mod:`navapp.core.edit` runs once, and its before/after roadbooks become one
:class:`~navapp.gui.editor.commands.RoadbookCommand` on the undo stack. The document is
modified whenever the stack is away from its clean index, or when a roadbook arrived unsaved
without a command (an import, a recovery). The window shows what :attr:`applied` carries.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from navapp.core.model import Roadbook, Units
from navapp.errors import NavappError
from navapp.gui.editor.commands import Edit, make_command
from navapp.gui.editor.files import AUTOSAVE_INTERVAL_MS, Autosaved, AutosaveStore
from navapp.io.registry import write_roadbook

# Errors a file operation may raise that the co-driver sees as one line.
FILE_ERRORS = (NavappError, OSError)


def empty_roadbook() -> Roadbook:
    """The roadbook File › New starts from."""
    name = QCoreApplication.translate("EditorDocument", "Untitled roadbook")
    return Roadbook(name, Units.METRIC, ())


class EditorDocument(QObject):
    """One roadbook under edit, with its undo history, file and autosave."""

    # show this roadbook and select this row (-1: none): an edit, undo, redo or load
    applied = Signal(object, int)
    # the file or the unsaved state changed
    state_changed = Signal()
    # the timed autosave could not write; carries the reason
    autosave_failed = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roadbook = empty_roadbook()
        self._path = ""
        # The writer a plain Save uses on the file.
        self._format = "openrally"
        # The file the roadbook was read from when Save may not write over it ("" for none).
        self._source = ""
        # Set when a roadbook arrives unsaved without a command (import, recovery).
        self._forced_modified = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self.state_changed)
        self.undo_stack.indexChanged.connect(self.state_changed)
        self.autosave = AutosaveStore(data_dir)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()

    def roadbook(self) -> Roadbook:
        """The roadbook as edited so far."""
        return self._roadbook

    def path(self) -> str:
        """The file the roadbook is saved to ("" until it has one)."""
        return self._path

    def format(self) -> str:
        """The writer a plain Save uses (a name in the io registry's WRITERS)."""
        return self._format

    def source(self) -> str:
        """The file the roadbook was read from when that is not its file: a format navapp
        cannot write back unchanged, or the readable part of a damaged file ("" for none)."""
        return self._source

    def is_modified(self) -> bool:
        """Whether there are changes not yet saved."""
        return self._forced_modified or not self.undo_stack.isClean()

    def run(self, text: str, fn: Edit, row_before: int) -> bool:
        """Run one core edit as one undoable command; False when it changed nothing.

        Raises :class:`~navapp.core.edit.EditError` when the core refuses it (nothing pushed).
        """
        cmd = make_command(text, self._roadbook, fn, self._apply, row_before)
        if cmd.after == cmd.before:
            return False
        self.undo_stack.push(cmd)
        return True

    def load(
        self,
        rb: Roadbook,
        path: str,
        modified: bool = False,
        fmt: str = "openrally",
        source: str = "",
    ) -> None:
        """Edit ``rb`` from ``path`` ("" for none), which a plain Save writes in writer
        ``fmt``; ``source`` names the file it was read from when Save may not write there.
        The undo history starts afresh."""
        self.undo_stack.clear()
        self._path = path
        self._format = fmt
        self._source = source
        self._forced_modified = modified
        self._apply(rb, 0 if rb.boxes else -1)
        self.state_changed.emit()

    def save_as(self, path: str, fmt: str = "openrally") -> list[str]:
        """Write the roadbook to ``path`` in writer ``fmt``; the file becomes the roadbook's
        file and ``fmt`` the writer of a plain Save. Returns the lines saying what the file
        could not hold; raises one of :data:`FILE_ERRORS` when it cannot write. An untitled
        roadbook is named after the file."""
        rb = self._roadbook
        if not rb.name and Path(path).stem:
            rb = replace(rb, name=Path(path).stem)
        lost = write_roadbook(rb, path, fmt)
        self._path = path
        self._format = fmt
        self._source = ""
        self._forced_modified = False
        self.undo_stack.setClean()
        self.autosave.clear()
        self.state_changed.emit()
        return lost

    def autosave_now(self) -> bool:
        """Write the autosave if there are unsaved changes; True when written."""
        if not self.is_modified():
            return False
        try:
            self.autosave.write(self._roadbook, self._path, self._source)
        except FILE_ERRORS as e:
            self.autosave_failed.emit(str(e))
            return False
        return True

    def recovery_question(self) -> tuple[str, str] | None:
        """What an autosave left by a session that did not close cleanly holds, and the
        question offering it: (the file's name or "a new roadbook", question); None: none."""
        if not self.autosave.pending():
            return None
        original = self.autosave.original_path() or self.autosave.source()
        where = Path(original).name if original else self.tr("a new roadbook")
        stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.autosave.path.stat().st_mtime))
        return where, self.tr(
            "Unsaved changes to {file} were kept at {time} when the editor last stopped. "
            "Recover them?"
        ).format(file=where, time=stamp)

    def recover(self) -> Autosaved:
        """Open the autosave as the roadbook, unsaved; raises one of :data:`FILE_ERRORS`."""
        saved = self.autosave.load()
        original = saved.original_path
        if original and Path(original).suffix.lower() != ".gpx":
            # Which writer it was saved with is not kept: Save asks rather than guess.
            self.load(saved.roadbook, "", modified=True, source=original)
        else:
            self.load(saved.roadbook, original, modified=True, source=saved.source)
        return saved

    def close(self) -> None:
        """The editor closes with nothing unsaved: stop autosaving and drop the autosave."""
        self.autosave_timer.stop()
        self.autosave.clear()

    def _apply(self, rb: Roadbook, row: int) -> None:
        # commands call this on redo and undo
        self._roadbook = rb
        self.applied.emit(rb, row)
