"""View › Map: the car's map in the drive view, its zoom, north up / course up and re-centre.

The map's settings live in the window's :class:`~navapp.gui.drive.view.DriveOptions`, so a
new drive view (a roadbook opened, a stage started again) shows the map as the crew left it.
Keys, the remote, the menu and the touch controls all come here as co-driver actions.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from navapp.core.remote import Action
from navapp.gui.drive.drive_map import ZOOM_STEP
from navapp.gui.drive.view import DriveOptions

if TYPE_CHECKING:
    from navapp.gui.shell.main_window import MainWindow

MAP_ACTIONS = frozenset(
    {
        Action.MAP_VIEW,
        Action.MAP_ZOOM_IN,
        Action.MAP_ZOOM_OUT,
        Action.MAP_COURSE_UP,
        Action.MAP_RECENTRE,
    }
)


class MapAction(QObject):
    """The View menu's map items, and the map actions carried out on the window's drive view."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self.items: dict[Action, QAction] = {}

    def add_to(self, menu: QMenu) -> None:
        """Put View › Map and its Map controls submenu in ``menu`` (keys shown beside)."""
        from navapp.gui.shell.menus import action_item

        item = action_item(self._w, menu, Action.MAP_VIEW)
        item.setCheckable(True)
        self.items[Action.MAP_VIEW] = item
        controls = menu.addMenu(self.tr("Map &controls"))
        for action in (
            Action.MAP_ZOOM_IN,
            Action.MAP_ZOOM_OUT,
            Action.MAP_COURSE_UP,
            Action.MAP_RECENTRE,
        ):
            self.items[action] = action_item(self._w, controls, action)
        self.items[Action.MAP_COURSE_UP].setCheckable(True)
        # The map under the car's route (the drive view has no map bar: no combo for gloves).
        self.source_menu = menu.addMenu(self.tr("Map &source"))
        self.source_menu.aboutToShow.connect(self._fill_sources)
        self._show()

    def _fill_sources(self) -> None:
        """No map, each map to choose from, and the offline switch; the chosen one ticked."""
        from navapp.gui.common.map_sources import map_sources, no_map_text

        sources = map_sources()
        menu = self.source_menu
        menu.clear()
        group = QActionGroup(menu)
        chosen = sources.chosen()
        for spec in [None, *sources.specs()]:
            item = menu.addAction(no_map_text() if spec is None else spec.name)
            item.setCheckable(True)
            item.setChecked(spec == chosen)
            item.triggered.connect(lambda _on=False, s=spec: sources.choose(s))
            group.addAction(item)
        menu.addSeparator()
        offline = menu.addAction(self.tr("Offline"))
        offline.setCheckable(True)
        offline.setChecked(sources.offline())
        offline.toggled.connect(sources.set_offline)

    def take(self, action: Action) -> bool:
        """Carry out ``action`` if it is the map's; whether it was (then nothing else is to
        be done). Resume auto-advance also re-centres a map shown, as it ends AUTO OFF, and
        goes on to the navigator."""
        w = self._w
        o = w.options
        if action is Action.RESUME_AUTO and w.drive_view is not None and o.map_shown:
            w.drive_view.map.recentre()
        if action not in MAP_ACTIONS:
            return False
        if action is Action.MAP_VIEW:
            self._set_options(replace(o, map_shown=not o.map_shown))
        elif action is Action.MAP_COURSE_UP:
            self._set_options(replace(o, course_up=not o.course_up))
        elif w.drive_view is not None and o.map_shown:
            # Zoom and re-centre act on a map that is seen, never on a hidden one.
            drive_map = w.drive_view.map
            if action is Action.MAP_ZOOM_IN:
                drive_map.zoom_by(ZOOM_STEP)
            elif action is Action.MAP_ZOOM_OUT:
                drive_map.zoom_by(1 / ZOOM_STEP)
            else:
                drive_map.recentre()
        return True

    def _set_options(self, options: DriveOptions) -> None:
        w = self._w
        w.options = options
        if w.drive_view is not None:
            w.drive_view.set_options(options)
        self._show()

    def _show(self) -> None:
        o = self._w.options
        self.items[Action.MAP_VIEW].setChecked(o.map_shown)
        self.items[Action.MAP_COURSE_UP].setChecked(o.course_up)
