"""File › Add waypoint list…: an organiser's separate list places the waypoints of the roadbook
shown (a PDF roadbook, or one whose boxes have no coordinates, like the official OpenRally
example at 0,0).

The list is attached in core (:func:`navapp.core.waypoint_list.attach_waypoints`); the drive
starts again on the placed roadbook as when a roadbook is opened. Which list a roadbook was
shown with is remembered, so opening it again from File › Open recent brings its list back;
File › Open reads a roadbook alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QStatusBar

from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.model import Roadbook
from navapp.core.waypoint_list import attach_waypoints
from navapp.errors import NavappError
from navapp.gui.shell.menus import rebuild_recent_menu
from navapp.gui.shell.settings import load_waypoint_list, remember_waypoint_list

if TYPE_CHECKING:
    from navapp.gui.shell.main_window import MainWindow

ADD_TEXT = QT_TRANSLATE_NOOP("WaypointListAction", "Add &waypoint list…")
ENABLED_TIP = QT_TRANSLATE_NOOP(
    "WaypointListAction",
    "Place the roadbook's waypoints from the organiser's list (GPX, KML/KMZ, CSV)",
)
DISABLED_TIP = QT_TRANSLATE_NOOP(
    "WaypointListAction",
    "Open a roadbook first: a waypoint list places the waypoints of a roadbook",
)
RESTART_TITLE = QT_TRANSLATE_NOOP("WaypointListAction", "Add the waypoint list?")
RESTART_QUESTION = QT_TRANSLATE_NOOP(
    "WaypointListAction",
    "The stage starts again from zero with the list's positions: trip, box and waypoints. "
    "Add the list now?",
)


def _tr(text: str) -> str:
    """One of the texts above, in the user's language."""
    return QCoreApplication.translate("WaypointListAction", text)


def waypoint_list_filter() -> str:
    """The dialog's filter: every waypoint list navapp reads."""
    from navapp.io.waypointlist import WAYPOINT_LIST_EXTENSIONS

    patterns = " ".join(f"*{e} *{e.upper()}" for e in WAYPOINT_LIST_EXTENSIONS)
    lists = QCoreApplication.translate("WaypointListAction", "Waypoint lists ({patterns})")
    every = QCoreApplication.translate("WaypointListAction", "All files (*)")
    return f"{lists.format(patterns=patterns)};;{every}"


@dataclass(frozen=True)
class _Attached:
    """A roadbook placed from a list: as read, as placed, and the list's file."""

    read: Roadbook
    placed: Roadbook
    list_path: str


class WaypointListAction(QObject):
    """The menu item, the status bar's "+ waypoints from NAME" and which list is attached."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._attached: _Attached | None = None
        self.action = QAction(_tr(ADD_TEXT), window)
        self.action.triggered.connect(self.choose)
        self.label = QLabel()
        self.label.setContentsMargins(8, 0, 8, 0)
        self.label.hide()
        window.roadbook_changed.connect(self._on_roadbook)
        self._show_enabled()

    # -- what is shown ------------------------------------------------------------------

    def list_name(self, roadbook: Roadbook | None) -> str:
        """The file name of the list ``roadbook`` was placed from ("" when none)."""
        a = self._attached
        return Path(a.list_path).name if a is not None and roadbook is a.placed else ""

    def list_path(self, roadbook: Roadbook | None) -> str | None:
        """The list file ``roadbook`` was placed from (None when none)."""
        a = self._attached
        return a.list_path if a is not None and roadbook is a.placed else None

    def title_suffix(self, roadbook: Roadbook | None) -> str:
        """What the window title adds when the positions came from a list."""
        name = self.list_name(roadbook)
        return self.tr(" + waypoints from {list}").format(list=name) if name else ""

    def add_status(self, bar: QStatusBar) -> None:
        """Put the "+ waypoints from NAME" label in the status bar."""
        self.label.setFont(bar.font())
        bar.addPermanentWidget(self.label)

    def remembered(self, roadbook_path: str) -> str | None:
        """The list ``roadbook_path`` was last shown with (for File › Open recent)."""
        return load_waypoint_list(self._w._settings, roadbook_path)

    # -- attaching ----------------------------------------------------------------------

    def attach(self, roadbook: Roadbook, list_path: str) -> Roadbook:
        """``roadbook`` placed from the list file ``list_path`` (raises on a bad list); shown
        as placed from it once the window sets it."""
        from navapp.io.waypointlist import read_waypoint_list

        placed = attach_waypoints(roadbook, read_waypoint_list(list_path))
        self._attached = _Attached(roadbook, placed, str(list_path))
        return placed

    def choose(self) -> None:
        """File › Add waypoint list…: pick a list and place the roadbook shown from it."""
        w = self._w
        shown = w.roadbook()
        if shown is None:
            return
        a = self._attached
        # A second list replaces the first: placed again from the roadbook as read.
        read = a.read if a is not None and shown is a.placed else shown
        start = str(Path(w.path()).parent) if w.path() else ""
        path, _ = QFileDialog.getOpenFileName(
            w, self.tr("Add waypoint list"), start, waypoint_list_filter()
        )
        if not path:
            return
        session = w.session
        started = session is not None and session.stage_started
        if started and not w._ask(_tr(RESTART_TITLE), _tr(RESTART_QUESTION)):
            return
        try:
            placed = self.attach(read, path)
        except (NavappError, OSError) as e:
            w._show_error(str(e), self.tr("Cannot read waypoint list"))
            return
        w.set_roadbook(placed, w.path())
        boxes = [b for b in placed.boxes if b.waypoints]
        where = sum(b.has_position for b in boxes)
        said = self.tr("Waypoints from {list}: {placed} of {count} waypoint boxes placed")
        w.statusBar().showMessage(
            said.format(list=Path(path).name, placed=where, count=len(boxes)), 5000
        )
        w._show_warnings(placed.warnings[len(read.warnings) :], self.tr("Waypoint list"))

    # -- following the window -----------------------------------------------------------

    def _on_roadbook(self, roadbook: Roadbook, path: str) -> None:
        a = self._attached
        if a is not None and roadbook is not a.placed:
            self._attached = a = None
        if path:
            remember_waypoint_list(self._w._settings, path, a.list_path if a else None)
            rebuild_recent_menu(self._w)
        name = self.list_name(roadbook)
        self.label.setText(self.tr("+ waypoints from {list}").format(list=name) if name else "")
        self.label.setToolTip(a.list_path if a else "")
        self.label.setVisible(bool(name))
        self._show_enabled()

    def _show_enabled(self) -> None:
        on = self._w.roadbook() is not None
        self.action.setEnabled(on)
        tip = _tr(ENABLED_TIP if on else DISABLED_TIP)
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
