"""The main window: one roadbook shown as a list of boxes, opened from the File menu."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from navapp.core.model import Roadbook, Units
from navapp.core.navigator import NavSettings
from navapp.core.navstate import EventType, NavState
from navapp.core.remote import Action
from navapp.core.summary import DriveSummary
from navapp.errors import NavappError
from navapp.gui.common import file_filters
from navapp.gui.common.box_table import BoxTableModel, BoxTableView
from navapp.gui.common.file_drops import FileDrops
from navapp.gui.common.screen import fit_to_screen
from navapp.gui.common.window_drops import drop_on_main
from navapp.gui.drive import DriveOptions, DriveView
from navapp.gui.drive.driver_display import DriverDisplay
from navapp.gui.drive.session import DriveSession, no_source_text
from navapp.gui.drive.summary import SummaryDialog
from navapp.gui.drive.waypoint_list import WaypointList
from navapp.gui.gps.source_dialog import SourceDialog
from navapp.gui.gps.sources import QtFixSource, ReplaySource, make_source
from navapp.gui.shell import other_windows
from navapp.gui.shell.map_action import MapAction
from navapp.gui.shell.menus import build_menus, label_action, rebuild_recent_menu
from navapp.gui.shell.messages import keep_stage_box, open_warning, resume_question, window_title
from navapp.gui.shell.night import DIMMER_STEPS, NightControl
from navapp.gui.shell.remote import RemoteController
from navapp.gui.shell.reverse_action import ReverseAction
from navapp.gui.shell.settings import (
    SoundSettings,
    SourceConfig,
    TripSettings,
    load_cap_reference,
    load_recent,
    remember_recent,
)
from navapp.gui.shell.settings_dialog import SettingsDialog
from navapp.gui.shell.status_bar import RoadbookStatus
from navapp.gui.shell.touch_setup import apply_touch_settings, connect_touch
from navapp.gui.shell.waypoint_list_action import WaypointListAction
from navapp.gui.sound.player import CuePlayer
from navapp.io.session import Session

Loader = Callable[[str], Roadbook]
# Asks the co-driver a yes/no question (replaced in tests).
Asker = Callable[[str, str], bool]
# Asks, when the GPS source changes mid-stage, whether to keep the stage (True) or start a new
# one (replaced in tests).
StageAsker = Callable[[str], bool]

# Events after which the waypoint list is refreshed.
_WAYPOINT_EVENTS = frozenset({EventType.WP_OPEN, EventType.WP_VALIDATED, EventType.WP_MISSED})


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

    # Menu items, made by navapp.gui.shell.menus.build_menus.
    open_action: QAction
    recent_menu: QMenu
    edit_action: QAction
    review_action: QAction
    quit_action: QAction
    source_action: QAction
    night_action: QAction
    driver_action: QAction
    masked_action: QAction
    no_cap_action: QAction
    distance_only_action: QAction
    zoom_action: QAction
    about_action: QAction
    guide_action: QAction
    welcome_action: QAction

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
        # (file, warning) the crew has been shown in a box this session.
        self._told: set[tuple[str, str]] = set()
        self.trip_settings = TripSettings.load(self._settings)
        self.options = DriveOptions(
            decimals=self.trip_settings.decimals, countdown=self.trip_settings.countdown
        )
        self.theme_name = "day"
        self.session: DriveSession | None = None
        self.drive_view: DriveView | None = None
        self.driver_display: DriverDisplay | None = None
        self.summary_dialog: SummaryDialog | None = None
        self.review_windows: list[QMainWindow] = []
        self.editor_windows: list[QMainWindow] = []
        self.cue_player = CuePlayer(SoundSettings.load(self._settings), self)

        self.model = BoxTableModel(self)
        self.table = BoxTableView(self, clock=clock)
        self.table.setModel(self.model)
        self.placeholder = QLabel(self.tr("Open a roadbook: File › Open…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.table)
        self.setCentralWidget(self.stack)
        self.waypoints = WaypointList(self)
        self.waypoint_dock = QDockWidget(self.tr("Waypoints"), self)
        self.waypoint_dock.setObjectName("waypoints")
        self.waypoint_dock.setWidget(self.waypoints)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.waypoint_dock)
        self.waypoint_dock.hide()
        self.waypoint_dock.visibilityChanged.connect(self._show_waypoints)

        self.remote = RemoteController(parent=self)
        self.remote.apply_settings(self._settings)
        self.remote.attach(self)
        self.remote.action_triggered.connect(self.trigger)

        # The menu items of co-driver actions, relabelled when the keys change.
        self.action_items: list[QAction] = []
        # File › Add waypoint list…, and which list placed the roadbook shown.
        self.waypoint_lists = WaypointListAction(self)
        # View › Reverse roadbook: which way a PDF roadbook is read.
        self.reverse = ReverseAction(self)
        # View › Map: the car's map in the drive view.
        self.map_action = MapAction(self)
        build_menus(self)
        self.night = NightControl(self, self._settings)
        self._build_status_bar()
        self.file_drops = FileDrops(self, lambda d: drop_on_main(self, d))
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
            cap_reference=load_cap_reference(self._settings),
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
        view.options_changed.connect(self._on_view_options)
        connect_touch(view, self.trigger, self._settings)
        if self.drive_view is not None:
            self.stack.removeWidget(self.drive_view)
            self.drive_view.release()
            self.drive_view.deleteLater()
        self.stack.insertWidget(0, view)
        self.drive_view = view
        self.session = session
        session.state_changed.connect(self._on_state)
        session.status_changed.connect(self._on_gps_status)
        session.feed_changed.connect(view.set_feed)
        session.finished.connect(self._on_finished)
        session.cue_planner.options = self.cue_player.settings.cue_options()
        session.cues.connect(self.cue_player.enqueue)
        session.hush.connect(self.cue_player.hush)
        if self.driver_display is not None:
            self.driver_display.set_session(session)
        view.set_state(session.navigator.state, animate=False)
        self.table.show_state(session.navigator.state)
        view.set_feed(session.feed)
        self._show_waypoints()
        self.gps_label.setText(no_source_text())
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
        except (NavappError, OSError) as e:
            self.gps_label.setText(self.tr("GPS: {error}").format(error=e))
            return
        self.start_source(source)

    def _fit_screen(self) -> None:
        """Open at 1280×800, or smaller on a smaller screen (a 1024×600 tablet)."""
        fit_to_screen(self, (1280, 800))

    # -- driving ---------------------------------------------------------------------------

    def start_source(self, source: QtFixSource) -> None:
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
        saved = session.saved_session() if source.live else None
        session.start(source)
        if saved is not None and self._offer_resume(saved):
            session.resume(saved)

    def _ask_keep_stage_user(self, description: str) -> bool:
        box = self.keep_stage_box(description)
        box.exec()
        return box.clickedButton() is box.defaultButton()

    def keep_stage_box(self, description: str) -> QMessageBox:
        """The question asked when the GPS source changes mid-stage (default: keep it)."""
        return keep_stage_box(self, description)

    def _offer_resume(self, saved: Session) -> bool:
        units = self.session.roadbook.units if self.session else Units.METRIC
        return self._ask(self.tr("Resume the stage?"), resume_question(saved, units))

    def _ask_user(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def replay(self, path: str | Path, speed: float = 5.0) -> bool:
        """Practice: replay a recorded drive (GPX or NMEA) of the current roadbook."""
        from navapp.io.registry import read_drive

        try:
            drive = read_drive(path)
        except (NavappError, OSError) as e:
            self._show_error(str(e), self.tr("Cannot replay drive"))
            return False
        if not drive.fixes:
            no_fixes = self.tr("{file}: no GPS fixes").format(file=path)
            self._show_error(no_fixes, self.tr("Cannot replay drive"))
            return False
        source = ReplaySource(
            drive.fixes, speed, parent=self, name=Path(path).name, warnings=drive.warnings
        )
        self.start_source(source)
        self._show_warnings(source.warnings, self.tr("Replaying a damaged drive"))
        return True

    def choose_source(self) -> None:
        """GPS › Source…: pick and start a GPS source."""
        dialog = SourceDialog(self._settings, self)
        if dialog.exec() and dialog.source() is not None:
            source = dialog.source()
            assert source is not None
            source.setParent(self)
            self.start_source(source)
            self._show_warnings(source.warnings, self.tr("Replaying a damaged drive"))

    def trigger(self, action: Action) -> None:
        """Carry out one co-driver action (from a remote key, the keyboard or a menu)."""
        if action is Action.NIGHT_MODE:
            self.night.toggle()
            return
        if action in DIMMER_STEPS:
            self.night.dim(action)
            return
        if action is Action.FULL_SCREEN:
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
            return
        if action is Action.WAYPOINT_LIST:
            self.waypoint_dock.setVisible(not self.waypoint_dock.isVisible())
            return
        if self.map_action.take(action):
            return
        if self.drive_view is not None and self.drive_view.take_action(action):
            return  # a box key on a PDF roll without distances: it walks the rows
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
        if source is not None:
            source.toggle_pause()

    def set_theme(self, name: str) -> None:
        """Day or night, for the whole app (every window follows; remembered)."""
        self.night.set_theme(name)

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

    def practice_changed(self) -> None:
        """A View › Practice item was toggled."""
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
        for item in self.action_items:
            label_action(self, item)
        old_miles = self.trip_settings.miles
        self.trip_settings = TripSettings.load(self._settings)
        self.options = replace(
            self.options,
            decimals=self.trip_settings.decimals,
            countdown=self.trip_settings.countdown,
        )
        if self.drive_view is not None:
            self.drive_view.set_options(self.options)
            apply_touch_settings(self.drive_view, self._settings)
        self.cue_player.set_settings(SoundSettings.load(self._settings))
        session = self.session
        if session is not None:
            session.navigator.settings = self._nav_settings()
            session.cue_planner.options = self.cue_player.settings.cue_options()
            session.set_calibration(self.trip_settings.calibration_pct)
            rb = self.roadbook()
            if rb is not None and old_miles != self.trip_settings.miles and session.source is None:
                self._start_session(rb, self._path)

    def _on_view_options(self, options: DriveOptions) -> None:
        """The drive view changed an option itself (the map's zoom): kept for the session."""
        self.options = options

    def _on_state(self, state: NavState) -> None:
        self.table.show_state(state)
        view = self.drive_view
        if view is None:
            return
        if self.session is not None:
            view.set_stage_start(self.session.stage_time.start)
        view.set_state(state)
        # The closest approach changes with every fix: refreshed live while the list is seen.
        if self.waypoint_dock.isVisible() or any(e.type in _WAYPOINT_EVENTS for e in state.events):
            self._show_waypoints()

    def _show_waypoints(self, seen: bool = True) -> None:
        if self.session is not None and seen:
            results = self.session.navigator.waypoint_results()
            self.waypoints.show_results(results, self.session.roadbook.units)

    def _on_gps_status(self, text: str) -> None:
        self.status_labels.show_gps(text)

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
        if self.driver_display is not None:
            self.driver_display.close()
        if self.drive_view is not None:
            self.drive_view.release()
        super().closeEvent(event)

    def open_path(
        self,
        path: str | Path,
        waypoints: str | None = None,
        reverse: bool | None = None,
        from_last_page: bool | None = None,
    ) -> bool:
        """Read and show a roadbook file (its boxes placed from the waypoint list file
        ``waypoints`` when given; a PDF read bottom to top with ``reverse`` True, top to bottom
        with False, from its last page with ``from_last_page`` True, else as last chosen for
        it); on failure say why and keep the current one."""
        path = str(path)
        try:
            chosen = self.reverse.read(path, reverse, from_last_page)
            roadbook = chosen if chosen is not None else self._loader(path)
            if waypoints is not None:
                roadbook = self.waypoint_lists.attach(roadbook, waypoints)
        except (NavappError, OSError) as e:
            self._show_error(str(e))
            return False
        self.set_roadbook(roadbook, path)
        self.reverse.remember(path, reverse, from_last_page)
        self.statusBar().showMessage(self.tr("Opened {file}").format(file=Path(path).name), 5000)
        self._show_warnings(roadbook.warnings, self.tr("Roadbook damaged"), path)
        return True

    def recent_files(self) -> list[str]:
        """Recently opened files, newest first."""
        return load_recent(self._settings)

    # -- actions ------------------------------------------------------------------------

    def open_dialog(self) -> None:
        """File › Open…: pick a roadbook file."""
        start = str(Path(self._path).parent) if self._path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open roadbook"), start, file_filters.roadbook_filter()
        )
        if path:
            self.open_path(path)

    def open_editor(self) -> QMainWindow:
        """File › Edit roadbook…: the roadbook editor, on the roadbook shown here."""
        return other_windows.open_editor(self)

    def review_dialog(self) -> None:
        """File › Review a drive…: pick recorded drives."""
        other_windows.review_dialog(self)

    def open_review(self, paths: list[str]) -> QMainWindow | None:
        """File › Review a drive…: recorded tracks against the roadbook, in a review window."""
        return other_windows.open_review(self, paths)

    def _show_error(self, message: str, title: str = "") -> None:
        title = title or self.tr("Cannot open roadbook")
        self.statusBar().showMessage(message)
        self.load_failed.emit(message)
        self._error_box = open_warning(self, title, message)

    def _show_warnings(self, warnings: tuple[str, ...], title: str, path: str = "") -> None:
        """What a reader had to say about a file: in the status bar and in a box (not modal).

        Of the file ``path``, a warning is boxed once a session: reading it again (the other
        way up, or opened anew) keeps it in the status bar only.
        """
        if not warnings:
            return
        self.statusBar().showMessage("; ".join(warnings))
        key = str(Path(path).resolve()) if path else ""
        new = [w for w in warnings if not key or (key, w) not in self._told]
        if new:
            self._told.update((key, w) for w in new if key)
            self._error_box = open_warning(self, title, "\n".join(new))

    def error_box(self) -> QMessageBox | None:
        """The last error message box shown, while it is open."""
        box = self._error_box
        try:
            return box if box is not None and box.isVisible() else None
        except RuntimeError:  # already deleted by Qt
            return None

    def _remember(self, path: str) -> None:
        remember_recent(self._settings, path)
        rebuild_recent_menu(self)

    # -- building -----------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.status_labels = RoadbookStatus(self.statusBar())
        # The labels, for the tests and the screenshots.
        self.gps_label = self.status_labels.gps_label
        self.units_label = self.status_labels.units_label
        self.count_label = self.status_labels.count_label
        self.total_label = self.status_labels.total_label
        self.coords_label = self.status_labels.coords_label
        self.waypoint_lists.add_status(self.statusBar())

    def _update_title(self) -> None:
        rb = self.roadbook()
        listed = self.waypoint_lists.title_suffix(rb) if rb is not None else ""
        self.setWindowTitle(window_title(rb, listed))

    def _update_status(self) -> None:
        self.status_labels.show_roadbook(self.roadbook())
