"""The main window's night mode and dimmer: settings, menu items and the windows they reach."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from navapp.core.remote import Action
from navapp.gui.common.dimmer import dimmer
from navapp.gui.common.night import theme_controller
from navapp.gui.common.theme import Theme
from navapp.gui.shell.settings import load_dimmer, load_theme, save_dimmer, save_theme

if TYPE_CHECKING:
    from navapp.gui.shell.main_window import MainWindow

#: The co-driver actions of the dimmer and the steps they move it by.
DIMMER_STEPS: dict[Action, int] = {Action.DIMMER_DARKER: 1, Action.DIMMER_BRIGHTER: -1}


def restore_theme(settings: QSettings) -> None:
    """Put the app in the theme and dimmer level saved last (day, undimmed, the first time)."""
    dimmer().set_level(load_dimmer(settings))
    theme_controller().set_theme(load_theme(settings))


class NightControl(QObject):
    """Keeps a main window, its drive view and driver display in the app's theme, and turns
    the night mode and dimmer actions into settings."""

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        theme_controller().changed.connect(self._on_theme)
        restore_theme(settings)
        self._on_theme(theme_controller().theme)

    def set_theme(self, name: str) -> None:
        """Day or night for the whole app; remembered."""
        theme_controller().set_theme(name)
        save_theme(self._settings, name)

    def toggle(self) -> None:
        """Night mode on or off."""
        self.set_theme("night" if theme_controller().theme.name == "day" else "day")

    def dim(self, action: Action) -> None:
        """Dimmer darker or brighter (at night; by day the status bar says why nothing happens)."""
        bar = self._window.statusBar()
        if theme_controller().theme.name == "day":
            bar.showMessage(self.tr("The dimmer works at night: View › Night mode"), 4000)
            return
        level = dimmer().step(DIMMER_STEPS[action])
        save_dimmer(self._settings, level)
        said = self.tr("Dimmer {level} %").format(level=level) if level else self.tr("Dimmer off")
        bar.showMessage(said, 3000)

    def _on_theme(self, t: Theme) -> None:
        w = self._window
        w.theme_name = t.name
        if w.drive_view is not None:
            w.drive_view.set_theme(t.name)
        if w.driver_display is not None:
            w.driver_display.set_theme(t.name)
        w.night_action.setChecked(t.name == "night")
        for item in w.action_items:  # the dimmer works at night only
            if item.data() in DIMMER_STEPS:
                item.setEnabled(t.name == "night")
        w.waypoints.set_theme(t)
        w.table.set_current_colours(t)
