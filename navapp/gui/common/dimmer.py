"""The night dimmer: a translucent black pane over every window of the app, for night stages.

Even the night theme's amber can be too bright on a dark liaison or a stage at 3 a.m., and a
tablet's own backlight often does not go low enough. The dimmer lays a black pane of 0–80 %
opacity over each window's contents (the drive view, the roadbook table and the docks, the
driver display, the review, the editor, a dialog).

A pane rather than darker theme colours: it dims everything alike, the tulip drawings, the maps
and the photos of a roadbook as much as the text, with one fill per repaint and no style sheet
to rebuild. It never takes an input: mouse and touch go through it
(``WA_TransparentForMouseEvents``) and it never takes the focus, so keys and remotes reach the
widget they always did. It only works at night: in daylight a dimmed screen is unreadable, and a
level left from the night before must not greet the crew at the morning stage.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from navapp.gui.common.night import app_held, is_night, theme_controller
from navapp.gui.common.theme import Theme

#: The dimmer goes from off to this much black (percent); more would hide the road book.
MAX_LEVEL_PCT = 80
#: One press of dimmer − or + moves it this much (percent).
STEP_PCT = 10

# Windows that get no pane: menus, tool tips and the like come and go in a moment.
_UNDIMMED = frozenset({Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.Desktop})


def clamp_level(pct: float) -> int:
    """``pct`` as a dimmer level: a whole percent in 0…:data:`MAX_LEVEL_PCT` (0 for NaN)."""
    if not math.isfinite(pct):
        return 0
    return int(min(MAX_LEVEL_PCT, max(0, round(pct))))


class DimPane(QWidget):
    """The black pane over one window; every input goes through it to the widgets below."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("dim_pane")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._host = host
        self._pct = 0
        host.installEventFilter(self)
        self.setGeometry(host.rect())
        self.hide()

    def level(self) -> int:
        """The opacity shown, in percent (0 when hidden)."""
        return self._pct if self.isVisible() else 0

    def set_level(self, pct: int) -> None:
        """Show the pane at ``pct`` percent black, or hide it at 0 (or while docked)."""
        self._pct = pct
        # A dock floated on its own has a pane; docked again, its window's pane covers it
        # (and must come back on top of it: docking puts the dock above its siblings).
        on = pct > 0 and self._host.isWindow()
        if on:
            self.setGeometry(self._host.rect())
            self.raise_()
        else:
            outer = self._host.window().findChild(
                DimPane, "dim_pane", Qt.FindChildOption.FindDirectChildrenOnly
            )
            if outer is not None and outer is not self and outer.isVisible():
                outer.raise_()
        self.setVisible(on)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        elif kind == QEvent.Type.ChildAdded and self.isVisible():
            # a widget added to the window later (a dock, a status bar) must stay under it
            self.raise_()
        elif kind in (QEvent.Type.ParentChange, QEvent.Type.Show) and self._pct:
            # floated or docked (a dock changes from window to child and back)
            self.set_level(self._pct)
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(event.rect(), QColor(0, 0, 0, round(self._pct * 255 / 100)))


class Dimmer(QObject):
    """The app's dimmer level, shown as a pane over every window while the app is at night."""

    # The level changed (percent, as set, whether or not it shows now).
    changed = Signal(int)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._level = 0
        self._watching = False
        theme_controller().changed.connect(self._on_theme)

    def level(self) -> int:
        """The level set, percent (it shows only at night)."""
        return self._level

    def shown_level(self) -> int:
        """The level the windows are dimmed by now: the level at night, 0 by day."""
        return self._level if is_night() else 0

    def set_level(self, pct: float) -> int:
        """Set the level (clamped to 0…:data:`MAX_LEVEL_PCT`); returns the level set."""
        level = clamp_level(pct)
        if level != self._level:
            self._level = level
            self._apply()
            self.changed.emit(level)
        return level

    def step(self, steps: int) -> int:
        """Dim by ``steps`` steps of :data:`STEP_PCT` (negative: brighter); returns the level."""
        return self.set_level(self._level + steps * STEP_PCT)

    def pane(self, window: QWidget) -> DimPane | None:
        """The pane over ``window``, if it has one."""
        return window.findChild(DimPane, "dim_pane", Qt.FindChildOption.FindDirectChildrenOnly)

    def _on_theme(self, _theme: Theme) -> None:
        self._apply()

    def _apply(self) -> None:
        level = self.shown_level()
        # Windows opened while dimmed get their pane when first shown.
        if level > 0 and not self._watching:
            self._app.installEventFilter(self)
            self._watching = True
        elif level == 0 and self._watching:
            self._app.removeEventFilter(self)
            self._watching = False
        for window in self._app.topLevelWidgets():
            self._dim(window, level)

    def _dim(self, window: QWidget, level: int) -> None:
        pane = self.pane(window)
        if pane is None:
            if level == 0 or window.windowType() in _UNDIMMED or not window.isWindow():
                return
            pane = DimPane(window)
        pane.set_level(level)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not isinstance(watched, DimPane)
        ):
            self._dim(watched, self.shown_level())
        return False


def dimmer() -> Dimmer:
    """The app's dimmer (made on first use; needs a QApplication)."""
    return app_held(Dimmer)
