"""View › Reverse roadbook (bottom to top): the crew says which way a PDF roadbook is read.

A PDF roadbook is read as its printed totals say; a scan has none, so a reverse roadbook
(read bottom to top) must be said to be one. Toggling reads the PDF again that way, keeping
its waypoint list, and the drive starts again as when a roadbook is opened. The choice is
remembered for the file, so opening it again reads it the same way; a PDF never set is read
as its totals say.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from navapp.core.model import Roadbook
from navapp.gui.shell.settings import load_reverse, remember_reverse

if TYPE_CHECKING:
    from navapp.gui.shell.main_window import MainWindow

REVERSE_TEXT = "Re&verse roadbook (bottom to top)"
ENABLED_TIP = "Read this PDF roadbook bottom to top (checked) or top to bottom; remembered for it"
DISABLED_TIP = "Open a PDF roadbook first: only a PDF roadbook is read bottom to top"
RESTART_TITLE = "Read the roadbook the other way?"
RESTART_QUESTION = (
    "The stage starts again from zero with the rows read {way}: trip, box and waypoints. "
    "Read it {way} now?"
)


def way(reverse: bool) -> str:
    """How a roll is read, in the crew's words."""
    return "bottom to top" if reverse else "top to bottom"


class ReverseAction(QObject):
    """The checkable menu item, and reading a PDF roadbook the way its crew chose."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self.action = QAction(REVERSE_TEXT, window)
        self.action.setCheckable(True)
        # triggered, not toggled: showing the roll's direction must not read the file again
        self.action.triggered.connect(self.choose)
        window.roadbook_changed.connect(self._on_roadbook)
        self._show(None, "")

    def read(self, path: str, reverse: bool | None = None) -> Roadbook | None:
        """The PDF roadbook at ``path`` read bottom to top (``reverse`` True) or top to bottom
        (False); with None, the way the crew last chose for it. None when no way is chosen
        (or ``path`` is no PDF): the window reads it as usual. A bad file raises as reading
        does."""
        if Path(path).suffix.lower() != ".pdf":
            return None
        remembered = load_reverse(self._w._settings, path)
        chosen = remembered if reverse is None else reverse
        if chosen is None:
            return None
        from navapp.io.registry import read_roadbook_reading

        return read_roadbook_reading(path, chosen)

    def remember(self, path: str, reverse: bool | None) -> None:
        """Keep the way the crew chose to read the PDF ``path``, once it is shown that way."""
        if reverse is not None and Path(path).suffix.lower() == ".pdf":
            remember_reverse(self._w._settings, path, reverse)

    def choose(self, reverse: bool) -> None:
        """The item was toggled: read the PDF shown the other way (asking first mid-stage)."""
        w = self._w
        shown = w.roadbook()
        path = w.path()
        roll = shown.pdf if shown is not None else None
        if shown is None or roll is None or not path or roll.reverse == reverse:
            self._show(shown, path)
            return
        session = w.session
        started = session is not None and session.stage_started
        question = RESTART_QUESTION.format(way=way(reverse))
        if started and not w._ask(RESTART_TITLE, question):
            self._show(shown, path)
            return
        if w.open_path(path, w.waypoint_lists.list_path(shown), reverse=reverse):
            read = w.roadbook()
            # What the reader warned of stays in the status line with it.
            warnings = read.warnings if read is not None else ()
            told = "; ".join((f"{Path(path).name} read {way(reverse)}", *warnings))
            w.statusBar().showMessage(told, 0 if warnings else 5000)
        else:
            self._show(shown, path)

    def _on_roadbook(self, roadbook: Roadbook, path: str) -> None:
        self._show(roadbook, path)

    def _show(self, roadbook: Roadbook | None, path: str) -> None:
        roll = roadbook.pdf if roadbook is not None else None
        on = roll is not None and bool(path)
        self.action.setEnabled(on)
        self.action.setChecked(roll is not None and roll.reverse)
        tip = ENABLED_TIP if on else DISABLED_TIP
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
