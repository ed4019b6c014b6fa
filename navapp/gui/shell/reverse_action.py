"""View › Reverse roadbook (bottom to top): the crew says which way a PDF roadbook is read.

A PDF roadbook is read as its printed totals say; a scan has none, so a reverse roadbook
(read bottom to top) must be said to be one. Toggling reads the PDF again that way, keeping
its waypoint list, and the drive starts again as when a roadbook is opened. The choice is
remembered for the file, so opening it again reads it the same way; a PDF never set is read
as its totals say. A reverse roadbook is read page by page, each page bottom to top, or, with
View › Start from the last page, the whole document from the foot of its last page up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.model import Roadbook
from navapp.core.pdfroll import PdfRoll
from navapp.gui.shell.settings import load_last_page, load_reverse, remember_reverse

if TYPE_CHECKING:
    from navapp.gui.shell.main_window import MainWindow

REVERSE_TEXT = QT_TRANSLATE_NOOP("ReverseAction", "Re&verse roadbook (bottom to top)")
ENABLED_TIP = QT_TRANSLATE_NOOP(
    "ReverseAction",
    "Read this PDF roadbook bottom to top (checked) or top to bottom; remembered for it",
)
DISABLED_TIP = QT_TRANSLATE_NOOP(
    "ReverseAction", "Open a PDF roadbook first: only a PDF roadbook is read bottom to top"
)
LAST_PAGE_TEXT = QT_TRANSLATE_NOOP("ReverseAction", "Start from the &last page")
LAST_PAGE_TIP = QT_TRANSLATE_NOOP(
    "ReverseAction",
    "Read this reverse roadbook from the foot of its last page up to page 1 (checked) or each "
    "page bottom to top in page order; remembered for it",
)
LAST_PAGE_DISABLED_TIP = QT_TRANSLATE_NOOP(
    "ReverseAction", "Check Reverse roadbook first: only a reverse PDF roadbook starts there"
)
RESTART_TITLE = QT_TRANSLATE_NOOP("ReverseAction", "Read the roadbook the other way?")
RESTART_QUESTION = QT_TRANSLATE_NOOP(
    "ReverseAction",
    "The stage starts again from zero with the rows read {way}: trip, box and waypoints. "
    "Read it {way} now?",
)


def way(reverse: bool, last_page: bool = False) -> str:
    """How a roll is read, in the crew's words."""
    if reverse and last_page:
        return QCoreApplication.translate("ReverseAction", "bottom to top from the last page")
    if reverse:
        return QCoreApplication.translate("ReverseAction", "bottom to top")
    return QCoreApplication.translate("ReverseAction", "top to bottom")


def _tr(text: str) -> str:
    """One of the texts above, in the user's language."""
    return QCoreApplication.translate("ReverseAction", text)


class ReverseAction(QObject):
    """The checkable menu items, and reading a PDF roadbook the way its crew chose."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self.action = QAction(_tr(REVERSE_TEXT), window)
        self.action.setCheckable(True)
        # triggered, not toggled: showing the roll's direction must not read the file again
        self.action.triggered.connect(self.choose)
        self.last_page_action = QAction(_tr(LAST_PAGE_TEXT), window)
        self.last_page_action.setCheckable(True)
        self.last_page_action.triggered.connect(self.choose_last_page)
        window.roadbook_changed.connect(self._on_roadbook)
        self._show(None, "")

    def read(
        self, path: str, reverse: bool | None = None, from_last_page: bool | None = None
    ) -> Roadbook | None:
        """The PDF roadbook at ``path`` read bottom to top (``reverse`` True) or top to bottom
        (False), from its last page (``from_last_page`` True) or page by page (False); with
        both None, the way the crew last chose for it. None when no way is chosen (or
        ``path`` is no PDF): the window reads it as usual. A bad file raises as reading
        does."""
        if Path(path).suffix.lower() != ".pdf":
            return None
        if reverse is None and from_last_page is None:
            settings = self._w._settings
            reverse = load_reverse(settings, path)
            from_last_page = load_last_page(settings, path)
        if reverse is None and from_last_page is None:
            return None
        from navapp.io.registry import read_roadbook_reading

        return read_roadbook_reading(path, reverse, from_last_page)

    def remember(self, path: str, reverse: bool | None, from_last_page: bool | None = None) -> None:
        """Keep the way the crew chose to read the PDF ``path``, once it is shown that way."""
        if from_last_page:
            reverse = True
        if reverse is not None and Path(path).suffix.lower() == ".pdf":
            remember_reverse(self._w._settings, path, reverse, from_last_page)

    def choose(self, reverse: bool) -> None:
        """The item was toggled: read the PDF shown the other way (asking first mid-stage)."""
        roll = self._roll()
        if roll is None or roll.reverse == reverse:
            self._show(self._w.roadbook(), self._w.path())
            return
        self._read_again(reverse, None)

    def choose_last_page(self, last_page: bool) -> None:
        """The last-page item was toggled: read the reverse PDF shown from its last page or
        page by page (asking first mid-stage)."""
        roll = self._roll()
        if roll is None or not roll.reverse or roll.last_page_first == last_page:
            self._show(self._w.roadbook(), self._w.path())
            return
        self._read_again(True, last_page)

    def _roll(self) -> PdfRoll | None:
        shown = self._w.roadbook()
        return shown.pdf if shown is not None and self._w.path() else None

    def _read_again(self, reverse: bool, from_last_page: bool | None) -> None:
        w = self._w
        shown = w.roadbook()
        path = w.path()
        assert shown is not None
        session = w.session
        started = session is not None and session.stage_started
        question = _tr(RESTART_QUESTION).format(way=way(reverse, bool(from_last_page)))
        if started and not w._ask(_tr(RESTART_TITLE), question):
            self._show(shown, path)
            return
        if w.open_path(path, w.waypoint_lists.list_path(shown), reverse, from_last_page):
            read = w.roadbook()
            roll = read.pdf if read is not None else None
            said = way(reverse, roll is not None and roll.last_page_first)
            # What the reader warned of stays in the status line with it.
            warnings = read.warnings if read is not None else ()
            read_way = self.tr("{file} read {way}").format(file=Path(path).name, way=said)
            told = "; ".join((read_way, *warnings))
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
        tip = _tr(ENABLED_TIP if on else DISABLED_TIP)
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        reverse = on and roll is not None and roll.reverse
        self.last_page_action.setEnabled(reverse)
        self.last_page_action.setChecked(reverse and roll is not None and roll.last_page_first)
        tip = _tr(LAST_PAGE_TIP if reverse else LAST_PAGE_DISABLED_TIP)
        self.last_page_action.setToolTip(tip)
        self.last_page_action.setStatusTip(tip)
