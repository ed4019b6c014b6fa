"""Day or night for the whole app: one theme held app-wide that every window follows.

Night is set as the application's palette, so every window and dialog opened afterwards (a
message box, the settings, a review, the editor) is born dark without knowing about it, and the
open ones change at once. Widgets that paint their own colours (maps, the roadbook table) read
:func:`current_theme` when they paint, or register with :func:`follow_theme` to be told.

No application style sheet is set: one would restyle and resize every widget of the drive view,
whose fonts follow the window (the drive view and the driver display carry their own).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from navapp.gui.common.theme import DAY, Theme, palette, theme, tool_button_style

H = TypeVar("H", bound=QObject)


class ThemeController(QObject):
    """The app's theme: sets the application palette and says when it changes."""

    # The theme changed (the new Theme).
    changed = Signal(object)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        # Day is the desktop's own palette, as navapp always looked by day.
        self._day_palette = QPalette(app.palette())
        self._day_no_native = app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        self.theme: Theme = DAY

    def set_theme(self, name: str) -> Theme:
        """Make ``name`` ("day" or "night") the app's theme; ValueError for anything else."""
        t = theme(name)
        if t is self.theme:
            return t
        self.theme = t
        self._app.setPalette(self._day_palette if t is DAY else app_palette(t))
        # Qt posts the change to each widget; deliver it now, so that everything that follows
        # (the changed signal, a grab, a test) sees the new colours.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
        # A widget under a style sheet keeps the palette it was polished with: polish it again.
        for widget in self._app.allWidgets():
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)
        # At night Qt's own file and colour dialogs, which follow the palette: the desktop's
        # native ones would open white in a dark cabin.
        self._app.setAttribute(
            Qt.ApplicationAttribute.AA_DontUseNativeDialogs, t is not DAY or self._day_no_native
        )
        self.changed.emit(t)
        return t


def app_palette(t: Theme) -> QPalette:
    """The palette of the app's windows and dialogs in a dark theme.

    As the theme's, but the window a shade above black and the fields black: Qt's own style
    outlines a field or a tick box in a colour darker than the window, which on a black window
    leaves nothing to see; a field darker than its window shows where it is.
    """
    pal = palette(t)
    pal.setColor(QPalette.ColorRole.Window, QColor(t.panel_current))
    pal.setColor(QPalette.ColorRole.Base, QColor(t.window))
    return pal


# The app-wide objects (theme controller, dimmer), each a child of the QApplication it serves.
_held: dict[type[QObject], QObject] = {}


def app_held(kind: type[H]) -> H:
    """The one ``kind`` of the running QApplication, made as ``kind(app)`` on first use."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError(f"{kind.__name__} needs a QApplication")
    held = _held.get(kind)
    if held is None or held.parent() is not app:
        held = _held[kind] = kind(app)
    return cast(H, held)


def theme_controller() -> ThemeController:
    """The app's theme controller (made on first use; needs a QApplication)."""
    return app_held(ThemeController)


def current_theme() -> Theme:
    """The theme the app is in now (day when there is no application yet)."""
    held = _held.get(ThemeController)
    if not isinstance(held, ThemeController) or held.parent() is not QApplication.instance():
        return DAY
    return held.theme


def is_night() -> bool:
    """True when the app is in a dark theme."""
    return current_theme() is not DAY


class _Follower(QObject):
    """Calls back on each theme change while its widget lives (it dies with the widget)."""

    def __init__(self, widget: QWidget, apply: Callable[[Theme], None]) -> None:
        super().__init__(widget)
        self._apply = apply

    @Slot(object)
    def on_changed(self, t: Theme) -> None:
        self._apply(t)


def follow_theme(widget: QWidget, apply: Callable[[Theme], None]) -> None:
    """Call ``apply`` with the current theme now and with each new one while ``widget`` lives."""
    follower = _Follower(widget, apply)
    theme_controller().changed.connect(follower.on_changed)
    apply(current_theme())


def themed_style(widget: QWidget, style: Callable[[Theme], str]) -> None:
    """Give ``widget`` the style sheet ``style(theme)``, now and on each theme change."""
    follow_theme(widget, lambda t: widget.setStyleSheet(style(t)))


def themed_tool_buttons(widget: QWidget) -> None:
    """Give the tool buttons in ``widget`` a checked look that shows in the current theme."""
    themed_style(widget, tool_button_style)


def themed_colour(day: str, night_role: str) -> QColor:
    """``day`` by day; at night the theme colour called ``night_role`` (``"danger"``,
    ``"text_dim"``…): a dark ink kept at night would vanish on black."""
    t = current_theme()
    return QColor(day) if t is DAY else QColor(getattr(t, night_role))
