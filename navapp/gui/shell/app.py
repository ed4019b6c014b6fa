"""Start the desktop application."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from navapp.gui.common.language import chosen_language, install_language
from navapp.gui.shell.crash import install_crash_handler
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.night import restore_theme
from navapp.gui.shell.welcome import is_first_run, open_welcome
from navapp.paths import demo_drive, demo_roadbook, resources_dir

APP_NAME = "navapp"
ORGANISATION = "navapp"
# Matches packaging/navapp.desktop so Wayland compositors find the icon and name.
DESKTOP_FILE = "navapp"
# Set (to anything) by bench/bench_start.py to time the start: on the main window's first paint
# the app says "navapp: first paint" on stderr and quits. A measuring aid, not a feature.
FIRST_PAINT_ENV = "NAVAPP_QUIT_ON_FIRST_PAINT"


class _QuitOnFirstPaint(QObject):
    """Says when anything in ``window`` is first painted, then quits the application."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._painted
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._painted = True
            print("navapp: first paint", file=sys.stderr, flush=True)
            # Quit once the paint is done, as closing the window would.
            QTimer.singleShot(0, self._window.close)
        return False


def app_icon() -> QIcon:
    """The application icon (PNG and, where Qt can draw it, SVG)."""
    icon = QIcon()
    icons = resources_dir() / "icons"
    for name in ("navapp.png", "navapp.svg"):
        if (icons / name).is_file():
            icon.addFile(str(icons / name))
    return icon


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up with navapp's name (for QSettings) and icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName("navapp")
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())
    language = install_language(chosen_language(QSettings()))
    if language.warning:
        print(f"navapp: {language.warning}", file=sys.stderr)
    return app


def open_main_window(
    roadbook_path: str | None,
    replay: str | None = None,
    speed: float = 5.0,
    practice: Sequence[str] = (),
    window: MainWindow | None = None,
    waypoints: str | None = None,
    reverse: bool | None = None,
    from_last_page: bool | None = None,
) -> MainWindow:
    """A shown main window on ``roadbook_path``, replaying ``replay`` when given, its boxes
    placed from the waypoint list ``waypoints`` when given, a PDF one read bottom to top
    (``reverse`` True) or top to bottom (False) when said, from its last page
    (``from_last_page`` True) or page by page (False) when said.

    With no roadbook the bundled demo stage opens, its recorded drive replaying at ``speed``:
    what a newcomer should see first.
    """
    window = window or MainWindow()
    # Shown before loading so an error message has a visible window to sit on.
    window.show()
    path = roadbook_path
    if path is None:
        try:
            demo = demo_roadbook()
        except FileNotFoundError:
            demo = None
        if demo is not None and demo.is_file():
            path = str(demo)
            if replay is None and demo_drive().is_file():
                replay = str(demo_drive())
    window.set_practice("masked" in practice, "no-cap" in practice, "distance-only" in practice)
    opened = path is not None and window.open_path(path, waypoints, reverse, from_last_page)
    if opened and replay is not None:
        window.replay(replay, speed)
    return window


def run_gui(
    roadbook_path: str | None,
    replay: str | None = None,
    speed: float = 5.0,
    practice: Sequence[str] = (),
    waypoints: str | None = None,
    reverse: bool | None = None,
    from_last_page: bool | None = None,
) -> int:
    """Open the main window on a roadbook (or the demo stage) and run until it closes."""
    app = create_application()
    install_crash_handler()
    # Held in a name until exec() returns: an unreferenced window is collected and closes.
    _window = start_gui(
        roadbook_path,
        replay,
        speed,
        practice,
        waypoints=waypoints,
        reverse=reverse,
        from_last_page=from_last_page,
    )
    if os.environ.get(FIRST_PAINT_ENV):
        app.installEventFilter(_QuitOnFirstPaint(_window))
    return app.exec()


def start_gui(
    roadbook_path: str | None,
    replay: str | None = None,
    speed: float = 5.0,
    practice: Sequence[str] = (),
    window: MainWindow | None = None,
    waypoints: str | None = None,
    reverse: bool | None = None,
    from_last_page: bool | None = None,
) -> MainWindow:
    """The main window, shown, opening its roadbook as soon as the event loop runs.

    Opened from the loop rather than before it, so that a bug while opening reaches the crash
    handler (a dialog and a log) like a bug in any slot, instead of ending the app with a
    traceback no one in the car sees.
    """
    window = window or MainWindow()
    window.show()
    shown = window
    if roadbook_path is None and replay is None and is_first_run(window._settings):
        # A first start: the welcome page offers the demo stage rather than replaying it unasked.
        QTimer.singleShot(0, shown, lambda: open_welcome(shown))
        return shown
    QTimer.singleShot(
        0,
        shown,
        lambda: open_main_window(
            roadbook_path, replay, speed, practice, shown, waypoints, reverse, from_last_page
        ),
    )
    return shown


def run_editor(roadbook_path: str | None) -> int:
    """Open the roadbook editor (offering a crashed session back first) and run until closed."""
    from navapp.gui.editor.window import EditorWindow

    app = create_application()
    install_crash_handler()
    restore_theme(QSettings())  # night if the app was left at night
    editor = EditorWindow()
    editor.show()

    def open_first() -> None:
        if not editor.offer_recovery() and roadbook_path is not None:
            editor.open_path(roadbook_path)

    # From the event loop, as in run_gui: a bug while opening gets the crash dialog.
    QTimer.singleShot(0, editor, open_first)
    return app.exec()
