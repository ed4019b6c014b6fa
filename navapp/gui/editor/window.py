"""The roadbook editor window: box list, detail panel and map over one document.

Every change to the roadbook goes through :meth:`EditorWindow.run_edit`, which hands it to the
:class:`~navapp.gui.editor.document.EditorDocument` as one undoable command. The window is
modified ("*" in the title) whenever the document has unsaved changes. Its file flows (open,
import, save, export, recovery) and the messages saying how they went are in its base,
:class:`~navapp.gui.editor.file_window.FileWindow`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QItemSelection, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QUndoView,
    QWidget,
)

from navapp.core import edit, route_edit
from navapp.core.edit import EditError
from navapp.core.model import Drawing, Roadbook, RouteLine, Units, Waypoint
from navapp.gui.common.file_drops import FileDrops
from navapp.gui.common.map_sources import map_with_bar
from navapp.gui.common.screen import fit_to_screen
from navapp.gui.common.theme import set_level
from navapp.gui.common.window_drops import drop_on_editor
from navapp.gui.editor.box_model import EditorBoxModel, EditorBoxView, style_findings
from navapp.gui.editor.commands import Edit
from navapp.gui.editor.detail import BoxDetail
from navapp.gui.editor.document import EditorDocument
from navapp.gui.editor.file_window import FileWindow
from navapp.gui.editor.files import Asker, GenerateOptions, RecentFiles, ask_with_message_box
from navapp.gui.editor.map_pane import MapPane
from navapp.gui.editor.menus import EditorMenus
from navapp.gui.editor.tulip import TulipDialogFactory, make_tulip_dialog
from navapp.gui.shell.settings import (
    load_editor_map_share,
    load_editor_view,
    save_editor_map_share,
    save_editor_view,
)
from navapp.io.csvwaypoints import parse_position
from navapp.io.registry import read_route_track

# From this window width on the table and the map stand side by side.
WIDE_PX = 1500
# The map's part of the table-and-map column until the designer drags the splitter: with the
# table above it (a small screen) the map gets the larger part, room to draw a route on.
MAP_SHARE = {"beside": 0.45, "above": 0.6}


class EditorWindow(FileWindow):
    """Edit one roadbook: table of boxes, the selected box's fields, the map of the route."""

    # The roadbook shown changed (an edit, undo, redo, open); carries the Roadbook.
    roadbook_changed = Signal(object)

    def __init__(
        self,
        settings: QSettings | None = None,
        data_dir: Path | None = None,
        ask: Asker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self._data_dir = Path(
            data_dir
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )
        self._ask = ask or ask_with_message_box(self)
        self.document = EditorDocument(self._data_dir, self)
        self.document.applied.connect(self._apply)
        self.document.state_changed.connect(self._state_changed)
        self.document.autosave_failed.connect(
            # a status line only: a box every 30 s would stop the co-driver working
            lambda why: self.show_status(self.tr("Autosave failed: {reason}").format(reason=why))
        )
        self.recent = RecentFiles(self._settings)
        self.tulip_dialog_factory: TulipDialogFactory = make_tulip_dialog
        self.generate_options = GenerateOptions()
        self._syncing = False
        self._error_box: QMessageBox | None = None

        self.model = EditorBoxModel(self)
        self.table = EditorBoxView(self)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.detail = BoxDetail()
        self.detail.changes_requested.connect(self._detail_changes)
        self.detail.waypoints_requested.connect(self._detail_waypoints)
        self.detail.tulip_requested.connect(self.edit_tulip)
        self.detail.invalid.connect(self.show_status)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setMinimumWidth(self.detail.minimumSizeHint().width() + 24)
        self.map = MapPane()
        self.map.box_clicked.connect(self.select_row)
        self.map.route_clicked.connect(self.insert_on_route)
        self.map.box_dragged.connect(self.slide_box)
        self.map.point_added.connect(self.add_route_point)
        self.map.point_prepended.connect(self.prepend_route_point)
        self.map.point_inserted.connect(self.insert_route_point)
        self.map.point_moved.connect(self.move_route_point)
        self.map.point_deleted.connect(self.delete_route_point)
        self.map_box, self.map_bar = map_with_bar(self.map)

        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(self.table)
        self.left.addWidget(self.map_box)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        # Where the designer drags the table/map splitter is kept (a drag only: the window
        # laying itself out sets sizes without this signal).
        self.left.splitterMoved.connect(self._keep_map_share)

        self.undo_view = QUndoView(self.undo_stack)
        self.undo_view.setEmptyLabel(self.tr("Opened"))
        self.undo_dock = QDockWidget(self.tr("Undo history"), self)
        self.undo_dock.setObjectName("undo_history")
        self.undo_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.undo_dock)
        self.undo_dock.hide()

        self.menus = EditorMenus(self)
        self.map.set_actions(self.menus.draw_action, self.menus.go_to_action)
        self.map.drawing_changed.connect(self.menus.draw_action.setChecked)
        self.findings_label = QLabel()
        self.findings_label.setContentsMargins(8, 0, 8, 0)
        style_findings(self.findings_label)
        self.count_label = QLabel()
        self.count_label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.findings_label)
        self.statusBar().addPermanentWidget(self.count_label)

        self._sized_for = 0
        fit_to_screen(self, (1280, 800))
        # Roadbooks, tracks and map files dropped from the file manager.
        self.file_drops = FileDrops(self, lambda d: drop_on_editor(self, d))
        self._apply(self.roadbook(), -1)
        self._update_title()
        self._restore_view()

    # -- public API -----------------------------------------------------------------------

    @property
    def undo_stack(self) -> QUndoStack:
        """The document's undo history."""
        return self.document.undo_stack

    def current_row(self) -> int:
        """The selected box's row (0-based), -1 when none is selected."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        """Select the box in ``row`` in the table, the detail panel and the map."""
        self.table.select_row(row)
        self._show_row(self.current_row())

    def set_roadbook(self, rb: Roadbook, path: str = "") -> None:
        """Edit ``rb`` (from ``path`` when it came from a file); undo history starts afresh."""
        self._load(rb, str(path) if path else "")

    # -- edits: each one command ----------------------------------------------------------

    def run_edit(self, text: str, fn: Edit, row: int | None = None) -> bool:
        """Run one core edit on the roadbook as one undoable command.

        ``fn`` returns the edited roadbook, or (roadbook, 1-based box number to select).
        A refused edit (EditError) shows one status line and pushes nothing; an edit that
        changes nothing pushes nothing either.
        """
        row_before = self.current_row() if row is None else row
        try:
            changed = self.document.run(text, fn, row_before)
        except EditError as e:
            self.show_status(self.tr("{edit}: {error}").format(edit=text, error=e))
            self.failed.emit(str(e))
            return False
        if not changed:
            self._show_row(self.current_row())
        return changed

    def update_box(self, row: int, text: str = "", **changes: Any) -> bool:
        """Change fields of the box in ``row`` (edit.update_box)."""
        return self.run_edit(
            text or self.tr("Edit box {number}").format(number=row + 1),
            lambda rb: edit.update_box(rb, row + 1, **changes),
            row,
        )

    def set_waypoints(self, row: int, waypoints: tuple[Waypoint, ...], text: str = "") -> bool:
        """Give the box in ``row`` these waypoints (edit.set_waypoints)."""
        return self.run_edit(
            text or self.tr("Waypoint of box {number}").format(number=row + 1),
            lambda rb: edit.set_waypoints(rb, row + 1, waypoints),
            row,
        )

    def insert_box_after(self, row: int | None = None) -> bool:
        """A new box after ``row`` (the selected box; at the end when none), same total."""
        row = self.current_row() if row is None else row
        if row < 0:
            row = len(self.roadbook().boxes) - 1

        def fn(rb: Roadbook) -> tuple[Roadbook, int]:
            after, position = edit.insert_after(rb, row + 1)
            return after, position - 1

        return self.run_edit(self.tr("Insert box {number}").format(number=row + 2), fn, row)

    def delete_box(self, row: int | None = None) -> bool:
        """Delete the box in ``row`` (the selected box)."""
        row = self.current_row() if row is None else row
        after = min(row, len(self.roadbook().boxes) - 2)
        return self.run_edit(
            self.tr("Delete box {number}").format(number=row + 1),
            lambda rb: (edit.delete_box(rb, row + 1), after),
            row,
        )

    def move_box(self, row: int | None, delta: int) -> bool:
        """Move the box in ``row`` up (-1) or down (+1)."""
        row = self.current_row() if row is None else row
        target = row + delta
        text = self.tr("Move box {number} up") if delta < 0 else self.tr("Move box {number} down")
        return self.run_edit(
            text.format(number=row + 1),
            lambda rb: (edit.move_box(rb, row + 1, target + 1), target),
            row,
        )

    def insert_on_route(self, lat: float, lon: float) -> bool:
        """A new box where the route passes nearest (lat, lon) (edit.insert_on_route)."""

        def fn(rb: Roadbook) -> tuple[Roadbook, int]:
            after, position = edit.insert_on_route(rb, lat, lon)
            return after, position - 1

        return self.run_edit(self.tr("Insert box on the route"), fn)

    def slide_box(self, row: int, lat: float, lon: float) -> bool:
        """Slide the box in ``row`` along the route to nearest (lat, lon) (edit.slide_box)."""
        return self.run_edit(
            self.tr("Slide box {number}").format(number=row + 1),
            lambda rb: (edit.slide_box(rb, row + 1, lat, lon), row),
            row,
        )

    def recompute(self) -> bool:
        """Totals, partials and CAPs of every placed box from the route (edit.recompute)."""
        return self.run_edit(self.tr("Recompute from route"), edit.recompute)

    def set_stage(
        self, name: str | None = None, units: Units | None = None, description: str | None = None
    ) -> bool:
        """Change the stage's name, units and description, as one command (edit.set_stage)."""
        return self.run_edit(
            self.tr("Stage properties"),
            lambda rb: edit.set_stage(rb, name, units, description),
        )

    def set_route(self, route: RouteLine | None, text: str = "") -> bool:
        """Give the roadbook this route line (edit.set_route)."""
        label = text or (self.tr("Remove route") if route is None else self.tr("Set route"))
        return self.run_edit(label, lambda rb: edit.set_route(rb, route))

    def set_route_from_file(self, path: str | Path) -> bool:
        """The route line from a recorded track or route file, as one command."""
        read = self._read(lambda: read_route_track(path), self.tr("Cannot read route"))
        if read is None:
            return False
        ok = self.set_route(read[0], self.tr("Set route from {file}").format(file=Path(path).name))
        if ok and read[1]:
            self._warn(read[1], self.tr("Route set from {file}").format(file=Path(path).name))
        return ok

    # -- drawing the route: each point edit one command (route_edit) ----------------------

    def set_drawing(self, on: bool) -> None:
        """Switch the map's route drawing mode on or off."""
        self.map.set_drawing(on)
        self.menus.draw_action.setChecked(on)
        self.show_status(
            self.tr(
                "Drawing: click adds at the end, Shift+click before the start, click on the line "
                "inserts, drag moves, Del or right-click removes, Esc ends"
            )
            if on
            else self.tr("Route drawing ended")
        )

    def add_route_point(self, lat: float, lon: float) -> bool:
        """A route point at the end of the route (route_edit.append_point)."""
        added: list[int] = []

        def fn(rb: Roadbook) -> Roadbook:
            after, k = route_edit.append_point(rb, lat, lon)
            added.append(k)
            return after

        n = 0 if self.roadbook().route is None else len(self.roadbook().route or ())
        return self._route_edit(self.tr("Add route point {number}").format(number=n + 1), fn, added)

    def prepend_route_point(self, lat: float, lon: float) -> bool:
        """A route point before the start of the route (route_edit.prepend_point)."""
        return self._route_edit(
            self.tr("Add route point before the start"),
            lambda rb: route_edit.prepend_point(rb, lat, lon)[0],
            [0],
        )

    def insert_route_point(self, lat: float, lon: float) -> bool:
        """A route point on the line where it passes nearest (lat, lon)
        (route_edit.insert_point)."""
        added: list[int] = []

        def fn(rb: Roadbook) -> Roadbook:
            after, k = route_edit.insert_point(rb, lat, lon)
            added.append(k)
            return after

        return self._route_edit(self.tr("Insert route point"), fn, added)

    def move_route_point(self, index: int, lat: float, lon: float) -> bool:
        """Move route point ``index`` (0-based) to (lat, lon) (route_edit.move_point)."""
        return self._route_edit(
            self.tr("Move route point {number}").format(number=index + 1),
            lambda rb: route_edit.move_point(rb, index, lat, lon),
            [index],
        )

    def delete_route_point(self, index: int) -> bool:
        """Remove route point ``index`` (0-based) (route_edit.delete_point)."""
        return self._route_edit(
            self.tr("Delete route point {number}").format(number=index + 1),
            lambda rb: route_edit.delete_point(rb, index),
            [index - 1 if index > 0 else 0],
        )

    def _route_edit(self, text: str, fn: Edit, picked: list[int]) -> bool:
        ok = self.run_edit(text, fn)
        if ok and picked:
            self.map.set_route_point(picked[0])
        return ok

    def go_to(self, text: str) -> bool:
        """Centre the map on a typed "latitude, longitude"; a bad one is one status line."""
        try:
            lat, lon = parse_position(text)
        except ValueError as e:
            self.show_status(self.tr("Go to: {error}").format(error=e))
            return False
        self.map.go_to(lat, lon)
        self.show_status(
            self.tr("Map centred on {position}").format(position=f"{lat:.5f}, {lon:.5f}")
        )
        return True

    def set_tulip(self, row: int, tulip: Any) -> bool:
        """Store a vector tulip in the box in ``row`` as its SVG drawing."""
        text = self.tr("Tulip of box {number}").format(number=row + 1)
        return self.update_box(row, text, tulip=Drawing(tulip.to_svg()))

    def edit_tulip(self, row: int | None = None) -> bool:
        """Edit the tulip of the box in ``row`` in the tulip editor; True when it changed."""
        row = self.current_row() if row is None else row
        rb = self.roadbook()
        if not 0 <= row < len(rb.boxes):
            self.show_status(self.tr("Select a box to draw its tulip"))
            return False
        from navapp.core.tulip import tulip_from_svg

        box = rb.boxes[row]
        current = tulip_from_svg(box.tulip.text) if box.tulip is not None else None
        dialog = self.tulip_dialog_factory(current, self, edit.route_tulip(rb, row + 1))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        result = dialog.tulip()
        if result is None:
            return False
        return self.set_tulip(row, result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.commit()
        if not self.maybe_save():
            event.ignore()
            return
        self.document.close()
        self._keep_view()
        self.map_bar.release()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # An Esc no field or table used (focus left the map while drawing) ends drawing too.
        if event.key() == Qt.Key.Key_Escape and self.map.drawing():
            self.set_drawing(False)
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._lay_out_panes()

    def _lay_out_panes(self) -> None:
        """Table beside the map on a wide screen, above it on a small one; detail on the right.

        Done again only when the window crosses the width that changes the arrangement, so a
        co-driver's own splitter positions stay.
        """
        width = self.width()
        wide = width >= WIDE_PX
        kind = 2 if wide else 1
        if kind == self._sized_for:
            return
        self._sized_for = kind
        detail_w = max(self.detail_scroll.minimumWidth(), min(480, width // 4 + 40))
        self.splitter.setSizes([width - detail_w, detail_w])
        left_w = width - detail_w
        if wide:
            self.left.setOrientation(Qt.Orientation.Horizontal)
            room = left_w
        else:
            self.left.setOrientation(Qt.Orientation.Vertical)
            room = max(self.height() - 60, 200)
        arrangement = self._arrangement()
        share = load_editor_map_share(self._settings, arrangement) or MAP_SHARE[arrangement]
        map_px = round(room * share)
        self.left.setSizes([room - map_px, map_px])

    def _arrangement(self) -> str:
        """ "beside" when the table stands beside the map, "above" when above it."""
        return "beside" if self.left.orientation() == Qt.Orientation.Horizontal else "above"

    def _keep_map_share(self) -> None:
        table, map_px = self.left.sizes()
        if self.table.isVisible() and table + map_px > 0:
            save_editor_map_share(self._settings, self._arrangement(), map_px / (table + map_px))

    def set_large_map(self, on: bool) -> None:
        """View › Large map: the map takes the table's room too (the box detail stays), or
        gives it back. Only ever by this command: drawing on the map never moves it."""
        self.table.setVisible(not on)
        if self.menus.large_map_action.isChecked() != on:
            self.menus.large_map_action.setChecked(on)

    # -- internals ------------------------------------------------------------------------

    def _keep_view(self) -> None:
        """Remember where the map looks, for the next empty map."""
        where = self.map.view_position()
        if where is not None:
            save_editor_view(self._settings, *where)

    def _restore_view(self) -> None:
        """The empty map at start looks where the map looked last (rather than at the whole
        map source)."""
        where = load_editor_view(self._settings)
        if where is not None:
            self.map.go_to(*where)

    def _apply(self, rb: Roadbook, row: int) -> None:
        """Show ``rb`` everywhere and select ``row`` (after an edit, undo, redo or load)."""
        self._syncing = True
        try:
            self.model.set_roadbook(rb)
            self.map.set_roadbook(rb)
            row = min(row, len(rb.boxes) - 1)
            self.table.select_row(row)
        finally:
            self._syncing = False
        self._show_row(self.current_row())
        n = len(rb.boxes)
        self.count_label.setText(
            (self.tr("1 box") if n == 1 else self.tr("{count} boxes")).format(count=n)
        )
        found = self.model.finding_count()
        self.findings_label.setText(
            self.tr("No findings")
            if not found
            else (self.tr("⚠ 1 finding") if found == 1 else self.tr("⚠ {count} findings")).format(
                count=found
            )
        )
        set_level(self.findings_label, "danger" if found else "")
        self.findings_label.setToolTip(self._findings_tip())
        self._update_title()
        self.roadbook_changed.emit(rb)

    def _show_row(self, row: int) -> None:
        rb = self.roadbook()
        box = rb.boxes[row] if 0 <= row < len(rb.boxes) else None
        self.detail.set_box(box, rb.units)
        self.detail.set_findings(self.model.findings(row) if box is not None else [])
        self.map.set_selected(row if box is not None else -1)
        for action in self.menus.box_actions:
            action.setEnabled(box is not None)

    def _findings_tip(self) -> str:
        """Every finding, where it is and how to fix it, for the status bar's count."""
        on_roadbook = self.tr("Roadbook: {finding}")
        lines = [on_roadbook.format(finding=f.explained) for f in self.model.roadbook_findings()]
        on_box = self.tr("Box {number}: {finding}")
        rb = self.roadbook()
        for row in range(len(rb.boxes)):
            lines += [
                on_box.format(number=row + 1, finding=f.explained) for f in self.model.findings(row)
            ]
        return "\n\n".join(lines)

    def _table_selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        if not self._syncing:
            self._show_row(self.current_row())

    def _detail_changes(self, text: str, changes: dict[str, Any]) -> None:
        row = self.current_row()
        if row >= 0:
            self.update_box(row, text, **changes)

    def _detail_waypoints(self, text: str, waypoints: tuple[Waypoint, ...]) -> None:
        row = self.current_row()
        if row >= 0:
            self.set_waypoints(row, waypoints, text)

    def _state_changed(self) -> None:
        # The document is a child: QWidget deletes it (and its stack emits) while the window
        # itself is half destroyed.
        if shiboken6.isValid(self):
            self._update_title()

    def _update_title(self) -> None:
        source = self.document.source()
        where = (
            Path(self.path()).name
            if self.path()
            else self.tr("from {file}, not saved").format(file=Path(source).name)
            if source
            else self.tr("not saved")
        )
        name = self.roadbook().name or self.tr("Untitled")
        title = self.tr("{roadbook}[*] — {where} — Roadbook editor")
        self.setWindowTitle(title.format(roadbook=name, where=where))
        self.setWindowModified(self.is_modified())
