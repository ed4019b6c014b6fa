"""The roadbook editor's menu bar and the file dialogs its entries open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from navapp.core.recordings import split_recordings
from navapp.gui.common.file_filters import roadbook_filter, save_filters, track_filter
from navapp.gui.editor.document import FILE_ERRORS
from navapp.gui.editor.files import KML_FILTER, PDF_FILTER, GenerateDialog
from navapp.gui.editor.stage_dialog import StageDialog
from navapp.io.file_types import save_target
from navapp.io.registry import read_track_file

if TYPE_CHECKING:
    from navapp.gui.editor.window import EditorWindow


class EditorMenus:
    """File, Edit and View of an editor window; File's entries ask for their files here."""

    def __init__(self, window: EditorWindow) -> None:
        self.w = window
        self._build()

    def _start_dir(self) -> str:
        where = self.w.path() or self.w.document.source()
        return str(Path(where).parent) if where else ""

    def _open_dialog(self) -> None:
        if not self.w.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            QCoreApplication.translate("EditorMenus", "Open roadbook"),
            self._start_dir(),
            roadbook_filter(),
        )
        if path:
            self.w.open_path(path)

    def _new(self) -> None:
        if self.w.maybe_save():
            self.w.new_roadbook()

    def _open_recent(self, path: str) -> None:
        if self.w.maybe_save():
            self.w.open_path(path)

    def _import_gpx_dialog(self) -> None:
        if not self.w.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            QCoreApplication.translate("EditorMenus", "Import roadbook as new"),
            self._start_dir(),
            roadbook_filter(),
        )
        if path:
            self.w.import_gpx(path)

    def _import_kml_dialog(self) -> None:
        if not self.w.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            QCoreApplication.translate("EditorMenus", "Import KML waypoints"),
            self._start_dir(),
            QCoreApplication.translate("EditorFiles", KML_FILTER),
        )
        if not path:
            return
        route, _ = QFileDialog.getOpenFileName(
            self.w,
            QCoreApplication.translate(
                "EditorMenus", "Route for these waypoints (Cancel: none, or the KML's own line)"
            ),
            str(Path(path).parent),
            track_filter(),
        )
        self.w.import_kml(path, route or None)

    def _generate_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            QCoreApplication.translate("EditorMenus", "Generate from track"),
            self._start_dir(),
            track_filter(),
        )
        if not path:
            return
        try:
            source = read_track_file(path)
        except FILE_ERRORS as e:
            self.w._error(str(e), QCoreApplication.translate("EditorMenus", "Cannot generate"))
            return
        dialog = GenerateDialog(self.w.generate_options, self.w, split_recordings(source.track))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.options()
        # The recording belongs to this file; the next file starts from its longest.
        self.w.generate_options = replace(chosen, segment=None)
        self.w.generate_from_track(path, chosen, source)

    def _route_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            QCoreApplication.translate("EditorMenus", "Set route from track"),
            self._start_dir(),
            track_filter(),
        )
        if path:
            self.w.set_route_from_file(path)

    def stage_dialog(self) -> StageDialog:
        """Open the Stage properties dialog; OK applies what changed as one undo step."""
        dialog = StageDialog(self.w.roadbook(), self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.w.set_stage(dialog.name(), dialog.units(), dialog.description())
        )
        # Not exec(): a modal loop would stop tests and the autosave timer.
        dialog.open()
        return dialog

    def _go_to_dialog(self) -> None:
        where = self.w.map.view_position()
        start = f"{where[0]:.5f}, {where[1]:.5f}" if where is not None else ""
        text, ok = QInputDialog.getText(
            self.w,
            QCoreApplication.translate("EditorMenus", "Go to position"),
            QCoreApplication.translate("EditorMenus", "Latitude, longitude (e.g. 31.52, -4.21):"),
            text=start,
        )
        if ok:
            self.w.go_to(text)

    def save_as_dialog(self) -> bool:
        """Ask where to save the roadbook and save it there; False when not saved."""
        filters, writers = save_filters()
        source = self.w.document.source()
        if self.w.path():
            start, fmt = self.w.path(), self.w.document.format()
        elif source:
            # Beside the file it came from, as OpenRally: never that file's own name.
            start, fmt = str(Path(source).with_suffix(".gpx")), "openrally"
        else:
            start, fmt = str(Path(self._start_dir()) / f"{self.w.roadbook().name}.gpx"), "openrally"
        chosen = next((e for e, f in writers.items() if f == fmt), "")
        path, picked = QFileDialog.getSaveFileName(
            self.w,
            QCoreApplication.translate("EditorMenus", "Save roadbook as"),
            start,
            filters,
            chosen,
        )
        if not path:
            return False
        path, fmt = save_target(path, writers.get(picked, fmt))
        return self.w.save_as(path, fmt)

    def _export_pdf_dialog(self) -> None:
        layouts = ("a5", "roll")
        labels = [
            QCoreApplication.translate("EditorMenus", "A5 pages"),
            QCoreApplication.translate("EditorMenus", "Roll (roadbook reader)"),
        ]
        choice, ok = QInputDialog.getItem(
            self.w,
            QCoreApplication.translate("EditorMenus", "Export PDF"),
            QCoreApplication.translate("EditorMenus", "Layout"),
            labels,
            0,
            editable=False,
        )
        if not ok:
            return
        start = str(Path(self.w.path()).with_suffix(".pdf")) if self.w.path() else ""
        path, _ = QFileDialog.getSaveFileName(
            self.w, QCoreApplication.translate("EditorMenus", "Export PDF"), start, PDF_FILTER
        )
        if path:
            self.w.export_pdf(path, layouts[labels.index(choice)])

    def quit(self) -> bool:
        """File › Quit: close every open editor window, this one first, each asking about its
        unsaved changes as closing it does; then every other window, which ends navapp.
        False, with the windows not yet closed left open, when the co-driver cancels."""
        from navapp.gui.editor.window import EditorWindow

        if not self._may_end_drive():
            return False
        others = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, EditorWindow) and w is not self.w and w.isVisible()
        ]
        for editor in [self.w, *others]:
            if not editor.close():
                return False
        QApplication.closeAllWindows()
        return True

    def _may_end_drive(self) -> bool:
        """Whether quitting may end the drive a main window is following from a real GPS:
        asked first (No by default), since a designer's Ctrl+Q must not stop a crew's stage."""
        from navapp.gui.shell.main_window import MainWindow

        driving = any(
            isinstance(w, MainWindow) and w.session is not None and w.session.live
            for w in QApplication.topLevelWidgets()
        )
        if not driving:
            return True
        answer = QMessageBox.question(
            self.w,
            QCoreApplication.translate("EditorMenus", "Quit navapp"),
            QCoreApplication.translate(
                "EditorMenus", "A drive is following the GPS in the main window. End it and quit?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- menus -------------------------------------------------------------------------------

    def _action(
        self, menu: Any, text: str, slot: Callable[[], Any], keys: Any = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self.w)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build(self) -> None:
        bar = self.w.menuBar()
        f = bar.addMenu(QCoreApplication.translate("EditorMenus", "&File"))
        self._action(
            f,
            QCoreApplication.translate("EditorMenus", "&New"),
            self._new,
            QKeySequence.StandardKey.New,
        )
        self._action(
            f,
            QCoreApplication.translate("EditorMenus", "&Open…"),
            self._open_dialog,
            QKeySequence.StandardKey.Open,
        )
        self.recent_menu = f.addMenu(QCoreApplication.translate("EditorMenus", "Open &recent"))
        f.addSeparator()
        self._action(
            f,
            QCoreApplication.translate("EditorMenus", "&Import roadbook as new…"),
            self._import_gpx_dialog,
        )
        self._action(
            f,
            QCoreApplication.translate("EditorMenus", "Import &KML waypoints…"),
            self._import_kml_dialog,
        )
        self._action(
            f,
            QCoreApplication.translate("EditorMenus", "&Generate from track…"),
            self._generate_dialog,
        )
        f.addSeparator()
        self.save_action = self._action(
            f, QCoreApplication.translate("EditorMenus", "&Save"), self.w.save, "Ctrl+S"
        )
        self._action(
            f,
            QCoreApplication.translate("EditorMenus", "Save &as…"),
            self.save_as_dialog,
            "Ctrl+Shift+S",
        )
        self._action(
            f,
            QCoreApplication.translate("EditorMenus", "Export &PDF…"),
            self._export_pdf_dialog,
            "Ctrl+P",
        )
        f.addSeparator()
        self._action(
            f,
            QCoreApplication.translate("EditorMenus", "&Close"),
            self.w.close,
            QKeySequence.StandardKey.Close,
        )
        self.quit_action = self._action(
            f,
            QCoreApplication.translate("EditorMenus", "&Quit"),
            self.quit,
            "Ctrl+Q",
            tip=QCoreApplication.translate(
                "EditorMenus", "Close every editor window, asking about unsaved changes, and navapp"
            ),
        )

        e = bar.addMenu(QCoreApplication.translate("EditorMenus", "&Edit"))
        self.undo_action = self.w.undo_stack.createUndoAction(
            self.w, QCoreApplication.translate("EditorMenus", "&Undo")
        )
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.w.undo_stack.createRedoAction(
            self.w, QCoreApplication.translate("EditorMenus", "&Redo")
        )
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        e.addAction(self.undo_action)
        e.addAction(self.redo_action)
        e.addSeparator()
        self._action(
            e,
            QCoreApplication.translate("EditorMenus", "&Insert box after"),
            lambda: self.w.insert_box_after(),
            "Ctrl+I",
        )
        self.box_actions = [
            self._action(
                e,
                QCoreApplication.translate("EditorMenus", "&Delete box"),
                lambda: self.w.delete_box(),
                "Ctrl+Del",
            ),
            self._action(
                e,
                QCoreApplication.translate("EditorMenus", "&Move box up"),
                lambda: self.w.move_box(None, -1),
                "Ctrl+Up",
            ),
            self._action(
                e,
                QCoreApplication.translate("EditorMenus", "Move box d&own"),
                lambda: self.w.move_box(None, 1),
                "Ctrl+Down",
            ),
            self._action(
                e,
                QCoreApplication.translate("EditorMenus", "Edit &tulip…"),
                lambda: self.w.edit_tulip(),
                "Ctrl+T",
            ),
        ]
        e.addSeparator()
        self._action(
            e,
            QCoreApplication.translate("EditorMenus", "Stage &properties…"),
            self.stage_dialog,
            tip=QCoreApplication.translate(
                "EditorMenus", "The stage's name, units (km or miles) and description"
            ),
        )
        self._action(
            e,
            QCoreApplication.translate("EditorMenus", "Re&compute totals and CAPs from route"),
            self.w.recompute,
            tip=QCoreApplication.translate(
                "EditorMenus",
                "Every placed box gets its total, partial and CAP from the route line",
            ),
        )
        self._action(
            e,
            QCoreApplication.translate("EditorMenus", "Set route from trac&k…"),
            self._route_dialog,
        )
        self._action(
            e,
            QCoreApplication.translate("EditorMenus", "Remo&ve route"),
            lambda: self.w.set_route(None),
        )
        self.draw_action = QAction(QCoreApplication.translate("EditorMenus", "Dra&w route"), self.w)
        self.draw_action.setCheckable(True)
        self.draw_action.setShortcut(QKeySequence("Ctrl+D"))
        self.draw_action.setToolTip(
            QCoreApplication.translate(
                "EditorMenus", "Draw the route on the map (Ctrl+D; Esc on the map: done)"
            )
        )
        self.draw_action.setStatusTip(
            QCoreApplication.translate(
                "EditorMenus",
                "Click the map to add route points, drag them, Delete or right-click to remove",
            )
        )
        self.draw_action.toggled.connect(self.w.set_drawing)
        e.addAction(self.draw_action)

        v = bar.addMenu(QCoreApplication.translate("EditorMenus", "&View"))
        v.addAction(self.w.undo_dock.toggleViewAction())
        self._action(
            v, QCoreApplication.translate("EditorMenus", "&Fit map"), self.w.map.fit, "Ctrl+0"
        )
        self.go_to_action = self._action(
            v,
            QCoreApplication.translate("EditorMenus", "&Go to position…"),
            self._go_to_dialog,
            "Ctrl+G",
            tip=QCoreApplication.translate("EditorMenus", "Centre the map on a place"),
        )
        self.go_to_action.setText(QCoreApplication.translate("EditorMenus", "&Go to position…"))
        self.go_to_action.setIconText(QCoreApplication.translate("EditorMenus", "Go to…"))
        self.go_to_action.setToolTip(
            QCoreApplication.translate(
                "EditorMenus", "Centre the map on a typed latitude, longitude (Ctrl+G)"
            )
        )
        self.large_map_action = QAction(
            QCoreApplication.translate("EditorMenus", "&Large map"), self.w
        )
        self.large_map_action.setCheckable(True)
        self.large_map_action.setShortcut(QKeySequence("Ctrl+M"))
        self.large_map_action.setStatusTip(
            QCoreApplication.translate(
                "EditorMenus", "The map takes the box table's room too (Ctrl+M)"
            )
        )
        self.large_map_action.toggled.connect(self.w.set_large_map)
        v.addAction(self.large_map_action)
        self.rebuild_recent()

    def add_recent(self, path: str) -> None:
        """Put ``path`` first in Open recent."""
        self.w.recent.add(path)
        self.rebuild_recent()

    def rebuild_recent(self) -> None:
        """Make Open recent list the recent files as they are now."""
        self.recent_menu.clear()
        paths = self.w.recent.paths()
        for i, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{i} {Path(path).name}")
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self._open_recent(p))
        self.recent_menu.setEnabled(bool(paths))
