"""The main window: one roadbook shown as a list of boxes, opened from the File menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from navapp.core.model import Roadbook
from navapp.gui.box_table import BoxTableModel, BoxTableView, format_distance
from navapp.io.errors import InputError

Loader = Callable[[str], Roadbook]

RECENT_KEY = "recent_files"
MAX_RECENT = 8


def _default_loader(path: str) -> Roadbook:
    # Imported on first use: the registry pulls in every reader, and a window opened on a
    # Roadbook object (tests, later the editor) never needs it.
    from navapp.io.registry import read_roadbook

    return read_roadbook(path)


class MainWindow(QMainWindow):
    """Shows one roadbook; File › Open replaces it, a bad file leaves it in place."""

    # A roadbook is now shown (the Roadbook, the path it came from or "").
    roadbook_changed = Signal(object, str)
    # A file could not be opened (the one-line InputError text).
    load_failed = Signal(str)

    def __init__(
        self,
        settings: QSettings | None = None,
        loader: Loader | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self._loader = loader or _default_loader
        self._path = ""
        self._error_box: QMessageBox | None = None

        self.model = BoxTableModel(self)
        self.table = BoxTableView(self)
        self.table.setModel(self.model)
        self.setCentralWidget(self.table)

        self._build_menus()
        self._build_status_bar()
        self.resize(1280, 800)
        self._update_title()

    # -- public API ---------------------------------------------------------------------

    def roadbook(self) -> Roadbook | None:
        """The roadbook shown, if any."""
        return self.model.roadbook()

    def path(self) -> str:
        """The file the shown roadbook came from ("" when it was given as an object)."""
        return self._path

    def set_roadbook(self, roadbook: Roadbook, path: str = "") -> None:
        """Show ``roadbook``, read from ``path`` if it came from a file."""
        self._path = path
        self.model.set_roadbook(roadbook)
        self._update_title()
        self._update_status()
        if path:
            self._remember(path)
        self.roadbook_changed.emit(roadbook, path)

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

    def _show_error(self, message: str) -> None:
        self.statusBar().showMessage(message)
        self.load_failed.emit(message)
        # Not exec(): a window-modal box leaves the event loop (and any tests) running.
        box = QMessageBox(QMessageBox.Icon.Warning, "Cannot open roadbook", message, parent=self)
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
        file_menu.addSeparator()
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        self._rebuild_recent_menu()

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
        self.total_label.setText(f"Stage {format_distance(rb.total_km, rb.units)} {unit}")
        self.coords_label.setText("" if rb.has_coordinates else "no coordinates")
        self.coords_label.setVisible(not rb.has_coordinates)
