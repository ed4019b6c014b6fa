"""The main window: one roadbook shown as a list of boxes, opened from the File menu."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from navapp.core import format as fmt
from navapp.core.model import Roadbook, Units
from navapp.core.navigator import NavSettings
from navapp.core.navstate import EventType, NavState
from navapp.core.remote import Action, Press
from navapp.core.summary import DriveSummary
from navapp.gui.common.box_table import BoxTableModel, BoxTableView
from navapp.gui.common.theme import palette, theme
from navapp.gui.drive import DriveOptions, DriveView
from navapp.gui.drive.session import NO_SOURCE, DriveSession
from navapp.gui.drive.summary import SummaryDialog
from navapp.gui.drive.waypoint_list import WaypointList
from navapp.gui.gps.source_dialog import SourceDialog
from navapp.gui.gps.sources import FixSource, ReplaySource, SourceConfig, make_source
from navapp.gui.shell.remote import RemoteController, key_label
from navapp.gui.shell.settings_dialog import SettingsDialog, TripSettings
from navapp.io.errors import InputError
from navapp.io.session import Session

Loader = Callable[[str], Roadbook]
# Asks the co-driver a yes/no question (replaced in tests).
Asker = Callable[[str, str], bool]
# Asks, when the GPS source changes mid-stage, whether to keep the stage (True) or start a new
# one (replaced in tests).
StageAsker = Callable[[str], bool]
KEEP_STAGE = "Keep the stage"
NEW_STAGE = "Start a new stage"

RECENT_KEY = "recent_files"
# Events after which the waypoint list is refreshed.
_WAYPOINT_EVENTS = frozenset({EventType.WP_OPEN, EventType.WP_VALIDATED, EventType.WP_MISSED})
MAX_RECENT = 8


def _default_loader(path: str) -> Roadbook:
    # Imported on first use: the registry pulls in every reader, and a window opened on a
    # Roadbook object (tests, later the editor) never needs it.
    from navapp.io.registry import read_roadbook

    return read_roadbook(path)


class MainWindow(QMainWindow):
    """One roadbook: the drive view fed by a GPS source, and the list of its boxes.

    File › Open replaces the roadbook (a bad file leaves it in place); GPS › Source… picks
    what feeds the navigator; every co-driver action also works from a remote or the keyboard.
    """

    # A roadbook is now shown (the Roadbook, the path it came from or "").
    roadbook_changed = Signal(object, str)
    # A file could not be opened (the one-line InputError text).
    load_failed = Signal(str)
    # A drive ended (its DriveSummary).
    drive_finished = Signal(object)

    def __init__(
        self,
        settings: QSettings | None = None,
        loader: Loader | None = None,
        parent: QWidget | None = None,
        data_dir: Path | None = None,
        ask: Asker | None = None,
        ask_keep_stage: StageAsker | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock  # monotonic seconds for the GPS silence rule (injected in tests)
        self._settings = settings if settings is not None else QSettings()
        self._loader = loader or _default_loader
        self._data_dir = data_dir or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )
        self._ask = ask or self._ask_user
        self._ask_keep_stage = ask_keep_stage or self._ask_keep_stage_user
        self._path = ""
        self._error_box: QMessageBox | None = None
        self.trip_settings = TripSettings.load(self._settings)
        self.options = DriveOptions(
            decimals=self.trip_settings.decimals, countdown=self.trip_settings.countdown
        )
        self.theme_name = "day"
        self.session: DriveSession | None = None
        self.drive_view: DriveView | None = None
        self.summary_dialog: SummaryDialog | None = None
        self.review_windows: list[QMainWindow] = []
        self.editor_windows: list[QMainWindow] = []

        self.model = BoxTableModel(self)
        self.table = BoxTableView(self)
        self.table.setModel(self.model)
        self.placeholder = QLabel("Open a roadbook: File › Open…")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.table)
        self.setCentralWidget(self.stack)
        self.waypoints = WaypointList(self)
        self.waypoint_dock = QDockWidget("Waypoints", self)
        self.waypoint_dock.setObjectName("waypoints")
        self.waypoint_dock.setWidget(self.waypoints)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.waypoint_dock)
        self.waypoint_dock.hide()

        self.remote = RemoteController(parent=self)
        self.remote.apply_settings(self._settings)
        self.remote.attach(self)
        self.remote.action_triggered.connect(self.trigger)

        self._build_menus()
        self._build_status_bar()
        self._fit_screen()
        self._update_title()

    # -- public API ---------------------------------------------------------------------

    def roadbook(self) -> Roadbook | None:
        """The roadbook shown, if any."""
        return self.model.roadbook()

    def path(self) -> str:
        """The file the shown roadbook came from ("" when it was given as an object)."""
        return self._path

    def set_roadbook(self, roadbook: Roadbook, path: str = "") -> None:
        """Show ``roadbook``, read from ``path`` if it came from a file; a drive under way stops."""
        self._path = path
        self.model.set_roadbook(roadbook)
        self._start_session(roadbook, path)
        self._start_remembered_source()
        self._update_title()
        self._update_status()
        if path:
            self._remember(path)
        self.roadbook_changed.emit(roadbook, path)

    def _display_roadbook(self, roadbook: Roadbook) -> Roadbook:
        # The miles setting shows everything in miles; otherwise the roadbook's own units.
        return replace(roadbook, units=Units.STATUTE) if self.trip_settings.miles else roadbook

    def _nav_settings(self) -> NavSettings:
        t = self.trip_settings
        return NavSettings(
            reset_on_validation=t.reset_on_validation,
            zone_tolerance_kmh=t.zone_tolerance_kmh,
            calibration_pct=t.calibration_pct,
        )

    def _start_session(self, roadbook: Roadbook, path: str) -> None:
        if self.session is not None:
            self.session.stop()
            self.session.deleteLater()
        shown = self._display_roadbook(roadbook)
        session = DriveSession(
            shown, path, self._data_dir, self._nav_settings(), self, clock=self._clock
        )
        view = DriveView(shown, self.options)
        view.set_theme(self.theme_name)
        if self.drive_view is not None:
            self.stack.removeWidget(self.drive_view)
            self.drive_view.deleteLater()
        self.stack.insertWidget(0, view)
        self.drive_view = view
        self.session = session
        session.state_changed.connect(self._on_state)
        session.status_changed.connect(self._on_gps_status)
        session.feed_changed.connect(view.set_feed)
        session.finished.connect(self._on_finished)
        view.set_state(session.navigator.state, animate=False)
        view.set_feed(session.feed)
        self.waypoints.show_results(session.navigator.waypoint_results())
        self.gps_label.setText(NO_SOURCE)
        self.show_drive()

    def _start_remembered_source(self) -> None:
        """Start the live source chosen last time (serial, gpsd, system position).

        A remembered replay is not started on its own: a practice drive must never move the
        counters of a real stage unasked.
        """
        config = SourceConfig.load(self._settings)
        if config.kind == "replay":
            return
        try:
            source = make_source(config, self)
        except (InputError, ValueError) as e:
            self.gps_label.setText(f"GPS: {e}")
            return
        self.start_source(source)

    def _fit_screen(self) -> None:
        """Open at 1280×800, or smaller on a smaller screen (a 1024×600 tablet)."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 800
        if screen is not None and screen.width() > 0 and screen.height() > 0:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)

    # -- driving ---------------------------------------------------------------------------

    def start_source(self, source: FixSource) -> None:
        """Feed the current roadbook's navigator from ``source`` (resuming a crashed stage).

        Mid-stage (a fix has come), the co-driver chooses between keeping the stage (trip, box
        and waypoints go on, stage time too) and starting a new one.
        """
        session = self.session
        if session is None:
            return
        if session.stage_started:
            if self._ask_keep_stage(source.description):
                session.switch(source)
                return
            rb = self.roadbook()
            if rb is None:
                return
            self._start_session(rb, self._path)
            session = self.session
            assert session is not None
        saved = session.saved_session() if not isinstance(source, ReplaySource) else None
        session.start(source)
        if saved is not None and self._offer_resume(saved):
            session.resume(saved)

    def _ask_keep_stage_user(self, description: str) -> bool:
        box = self.keep_stage_box(description)
        box.exec()
        return box.clickedButton() is box.defaultButton()

    def keep_stage_box(self, description: str) -> QMessageBox:
        """The question asked when the GPS source changes mid-stage; its default button keeps
        the stage."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "GPS source changed",
            f"The GPS source changes to {description} during the stage.",
            parent=self,
        )
        box.setInformativeText(
            "Keep the stage: the trip, the box and the waypoints go on from here.\n"
            "Start a new stage: everything starts again from zero."
        )
        keep = box.addButton(KEEP_STAGE, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(NEW_STAGE, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        return box

    def _offer_resume(self, saved: Session) -> bool:
        snap = saved.snapshot
        units = self.session.roadbook.units if self.session else Units.METRIC
        question = (
            f"navapp stopped during this stage (trip {units.km_to_display(snap.total_km):.2f} "
            f"{units.distance_label}, box {snap.box}). Resume where it stopped?"
        )
        return self._ask("Resume the stage?", question)

    def _ask_user(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def replay(self, path: str | Path, speed: float = 5.0) -> bool:
        """Practice: replay a recorded drive (GPX or NMEA) of the current roadbook."""
        from navapp.io.registry import read_drive

        try:
            drive = read_drive(path)
        except InputError as e:
            self._show_error(str(e), "Cannot replay drive")
            return False
        if not drive.fixes:
            self._show_error(f"{path}: no GPS fixes", "Cannot replay drive")
            return False
        source = ReplaySource(
            drive.fixes, speed, parent=self, name=Path(path).name, warnings=drive.warnings
        )
        self.start_source(source)
        self._show_warnings(source.warnings, "Replaying a damaged drive")
        return True

    def choose_source(self) -> None:
        """GPS › Source…: pick and start a GPS source."""
        dialog = SourceDialog(self._settings, self)
        if dialog.exec() and dialog.source() is not None:
            source = dialog.source()
            assert source is not None
            source.setParent(self)
            self.start_source(source)
            if isinstance(source, ReplaySource):
                self._show_warnings(source.warnings, "Replaying a damaged drive")

    def trigger(self, action: Action) -> None:
        """Carry out one co-driver action (from a remote key, the keyboard or a menu)."""
        if action is Action.NIGHT_MODE:
            self.set_theme("night" if self.theme_name == "day" else "day")
            return
        if action is Action.FULL_SCREEN:
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
            return
        if action is Action.WAYPOINT_LIST:
            self.waypoint_dock.setVisible(not self.waypoint_dock.isVisible())
            return
        session = self.session
        if session is None:
            return
        step = self.trip_settings.step_km
        commands = {
            Action.TRIP_UP: lambda: session.adjust(step),
            Action.TRIP_DOWN: lambda: session.adjust(-step),
            Action.RESET_PARTIAL: session.reset_partial,
            Action.SET_TOTAL_TO_BOX: session.set_total_to_box,
            Action.NEXT_BOX: lambda: session.step_box(1),
            Action.PREV_BOX: lambda: session.step_box(-1),
            Action.RESUME_AUTO: session.resume_auto,
            Action.PAUSE_REPLAY: self._toggle_pause,
        }
        commands[action]()

    def _toggle_pause(self) -> None:
        source = self.session.source if self.session else None
        if isinstance(source, ReplaySource):
            if source.running:
                source.pause()
            else:
                source.resume()

    def set_theme(self, name: str) -> None:
        """Day or night, for the whole window."""
        self.theme_name = name
        # The palette only: the theme's style sheet is the drive view's own, and cascading it
        # from the window would restyle (and resize) every widget inside.
        self.setPalette(palette(theme(name)))
        if self.drive_view is not None:
            self.drive_view.set_theme(name)
        self.night_action.setChecked(name == "night")

    def set_practice(self, masked: bool, no_cap: bool, distance_only: bool) -> None:
        """Practice modes of the drive view."""
        self.options = replace(
            self.options, masked=masked, no_cap=no_cap, distance_only=distance_only
        )
        for act, on in (
            (self.masked_action, masked),
            (self.no_cap_action, no_cap),
            (self.distance_only_action, distance_only),
        ):
            act.setChecked(on)
        if self.drive_view is not None:
            self.drive_view.set_options(self.options)

    def _practice_changed(self) -> None:
        self.set_practice(
            self.masked_action.isChecked(),
            self.no_cap_action.isChecked(),
            self.distance_only_action.isChecked(),
        )

    def show_drive(self) -> None:
        if self.drive_view is not None:
            self.stack.setCurrentWidget(self.drive_view)

    def show_roadbook(self) -> None:
        self.stack.setCurrentWidget(self.table)

    def open_settings(self) -> None:
        """Settings…: remote keys and trip meter; applied at once."""
        dialog = SettingsDialog(self._settings, self)
        if dialog.exec():
            self.apply_settings()

    def apply_settings(self) -> None:
        """Take the saved settings into the remote, the drive view and the navigator."""
        self.remote.apply_settings(self._settings)
        for item in self._action_items:
            self._label_action(item)
        old_miles = self.trip_settings.miles
        self.trip_settings = TripSettings.load(self._settings)
        self.options = replace(
            self.options,
            decimals=self.trip_settings.decimals,
            countdown=self.trip_settings.countdown,
        )
        if self.drive_view is not None:
            self.drive_view.set_options(self.options)
        session = self.session
        if session is not None:
            session.navigator.settings = self._nav_settings()
            session.set_calibration(self.trip_settings.calibration_pct)
            rb = self.roadbook()
            if rb is not None and old_miles != self.trip_settings.miles and session.source is None:
                self._start_session(rb, self._path)

    def _on_state(self, state: NavState) -> None:
        view = self.drive_view
        if view is None:
            return
        if self.session is not None:
            view.set_stage_start(self.session.stage_time.start)
        view.set_state(state)
        if self.session is not None and any(e.type in _WAYPOINT_EVENTS for e in state.events):
            self.waypoints.show_results(self.session.navigator.waypoint_results())

    def _on_gps_status(self, text: str) -> None:
        if self.gps_label.text() != text:
            self.gps_label.setText(text)

    def _on_finished(self, summary: DriveSummary) -> None:
        units = self.session.roadbook.units if self.session else Units.METRIC
        dialog = SummaryDialog(summary, units, self)
        dialog.setModal(False)
        dialog.show()
        self.summary_dialog = dialog
        self.drive_finished.emit(summary)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A clean close ends the drive (and forgets its crash-recovery state).
        if self.session is not None:
            self.session.stop()
        super().closeEvent(event)

    def open_path(self, path: str | Path) -> bool:
        """Read and show a roadbook file; on failure say why and keep the current one."""
        path = str(path)
        try:
            roadbook = self._loader(path)
        except InputError as e:
            self._show_error(str(e))
            return False
        self.set_roadbook(roadbook, path)
        self.statusBar().showMessage(f"Opened {Path(path).name}", 5000)
        self._show_warnings(roadbook.warnings, "Roadbook damaged")
        return True

    def recent_files(self) -> list[str]:
        """Recently opened files, newest first."""
        value = self._settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings gives a lone entry back as a plain string
            value = [value]
        return [str(v) for v in value or []][:MAX_RECENT]

    # -- actions ------------------------------------------------------------------------

    def _open_dialog(self) -> None:
        start = str(Path(self._path).parent) if self._path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, "Open roadbook", start, "Roadbooks (*.gpx *.GPX);;All files (*)"
        )
        if path:
            self.open_path(path)

    def open_editor(self) -> QMainWindow:
        """File › Edit roadbook…: the roadbook editor, on the roadbook shown here."""
        from navapp.gui.editor.window import EditorWindow

        editor = EditorWindow(settings=self._settings, data_dir=self._data_dir / "editor")
        if not editor.offer_recovery():
            roadbook = self.roadbook()
            if self._path:
                editor.open_path(self._path)
            elif roadbook is not None:
                editor.set_roadbook(roadbook)
        editor.show()
        self.editor_windows.append(editor)
        return editor

    def _review_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            "Review recorded drives",
            str(Path(self._path).parent) if self._path else "",
            "Recorded drives (*.gpx *.nmea *.log *.txt);;All files (*)",
        )
        if paths:
            self.open_review(paths)

    def open_review(self, paths: list[str]) -> QMainWindow | None:
        """File › Review a drive…: recorded tracks against the roadbook, in a review window."""
        roadbook = self.roadbook()
        if roadbook is None:
            self._show_error("open a roadbook first, then review drives against it", "Review")
            return None
        from navapp.gui.review.window import ReviewWindow

        window = ReviewWindow(roadbook, [], parent=self)
        window.failed.connect(lambda message: self._show_error(message, "Review"))
        for path in paths:
            window.add_track_path(path)
        window.show()
        self.review_windows.append(window)
        return window

    def _show_error(self, message: str, title: str = "Cannot open roadbook") -> None:
        self.statusBar().showMessage(message)
        self.load_failed.emit(message)
        # Not exec(): a window-modal box leaves the event loop (and any tests) running.
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(box.deleteLater)
        self._error_box = box
        box.open()

    def _show_warnings(self, warnings: tuple[str, ...], title: str) -> None:
        """What a reader had to say about a file: in the status bar and in a box (not modal)."""
        if not warnings:
            return
        message = "\n".join(warnings)
        self.statusBar().showMessage("; ".join(warnings))
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(box.deleteLater)
        self._error_box = box
        box.open()

    def error_box(self) -> QMessageBox | None:
        """The last error message box shown, while it is open."""
        box = self._error_box
        try:
            return box if box is not None and box.isVisible() else None
        except RuntimeError:  # already deleted by Qt
            return None

    def _remember(self, path: str) -> None:
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_files() if p != path]
        recent.insert(0, path)
        self._settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        self._rebuild_recent_menu()

    # -- building -----------------------------------------------------------------------

    def _build_menus(self) -> None:
        font = QFont()
        font.setPointSizeF(12)
        self.menuBar().setFont(font)
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction("&Open…", self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._open_dialog)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.edit_action = file_menu.addAction("&Edit roadbook…")
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.open_editor)
        self.review_action = file_menu.addAction("&Review a drive…")
        self.review_action.setShortcut(QKeySequence("Ctrl+R"))
        self.review_action.triggered.connect(self._review_dialog)
        file_menu.addSeparator()
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        self._rebuild_recent_menu()

        self._action_items: list[QAction] = []
        gps = self.menuBar().addMenu("&GPS")
        self.source_action = gps.addAction("&Source…")
        self.source_action.setShortcut(QKeySequence("Ctrl+G"))
        self.source_action.triggered.connect(self.choose_source)
        self._action_item(gps, Action.PAUSE_REPLAY)
        stop = gps.addAction("S&top")
        stop.triggered.connect(lambda: self.session.stop() if self.session else None)

        trip = self.menuBar().addMenu("&Trip")
        for action in (
            Action.TRIP_UP,
            Action.TRIP_DOWN,
            Action.RESET_PARTIAL,
            Action.SET_TOTAL_TO_BOX,
            Action.NEXT_BOX,
            Action.PREV_BOX,
            Action.RESUME_AUTO,
        ):
            self._action_item(trip, action)

        view = self.menuBar().addMenu("&View")
        drive = view.addAction("&Drive view")
        drive.triggered.connect(self.show_drive)
        boxes = view.addAction("&Roadbook boxes")
        boxes.triggered.connect(self.show_roadbook)
        view.addSeparator()
        self.night_action = self._action_item(view, Action.NIGHT_MODE)
        self.night_action.setCheckable(True)
        self._action_item(view, Action.FULL_SCREEN)
        self._action_item(view, Action.WAYPOINT_LIST)
        practice = view.addMenu("&Practice")
        self.masked_action = practice.addAction("&Masked: only the current box")
        self.no_cap_action = practice.addAction("&No CAP")
        self.distance_only_action = practice.addAction("&Distance only")
        for act in (self.masked_action, self.no_cap_action, self.distance_only_action):
            act.setCheckable(True)
            act.toggled.connect(self._practice_changed)

        settings = self.menuBar().addMenu("&Settings")
        prefs = settings.addAction("&Settings…")
        prefs.setShortcut(QKeySequence.StandardKey.Preferences)
        prefs.triggered.connect(self.open_settings)

    def _action_item(self, menu: Any, action: Action) -> QAction:
        """A menu item carrying out a co-driver action, with its keys shown."""
        item = menu.addAction(action.label)
        item.setData(action)
        item.triggered.connect(lambda _checked=False, a=action: self.trigger(a))
        self._action_items.append(item)
        self._label_action(item)
        return item

    def _label_action(self, item: QAction) -> None:
        action = item.data()
        keymap = self.remote.tracker.keymap
        keys = [key_label(k) for k in keymap.keys_for(action, Press.SHORT)]
        keys += [f"hold {key_label(k)}" for k in keymap.keys_for(action, Press.HOLD)]
        item.setText(f"{action.label}\t{', '.join(keys[:3])}" if keys else action.label)

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for i, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{i} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    def _build_status_bar(self) -> None:
        font = QFont()
        font.setPointSizeF(12)
        self.statusBar().setFont(font)
        self.units_label = QLabel()
        self.count_label = QLabel()
        self.total_label = QLabel()
        self.coords_label = QLabel()
        self.gps_label = QLabel()
        self.statusBar().addPermanentWidget(self.gps_label, 1)
        for label in (self.coords_label, self.units_label, self.count_label, self.total_label):
            label.setFont(font)
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        self.coords_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self._update_status()

    def _update_title(self) -> None:
        rb = self.roadbook()
        self.setWindowTitle(f"{rb.name or 'Untitled roadbook'} — navapp" if rb else "navapp")

    def _update_status(self) -> None:
        rb = self.roadbook()
        if rb is None:
            for label in (self.units_label, self.count_label, self.total_label):
                label.setText("")
            self.coords_label.setText("")
            self.count_label.setText("No roadbook — File › Open…")
            return
        unit = rb.units.distance_label
        self.units_label.setText(unit)
        n = len(rb.boxes)
        self.count_label.setText(f"{n} box" if n == 1 else f"{n} boxes")
        self.total_label.setText(f"Stage {fmt.distance(rb.total_km, rb.units)} {unit}")
        self.coords_label.setText("" if rb.has_coordinates else "no coordinates")
        self.coords_label.setVisible(not rb.has_coordinates)
