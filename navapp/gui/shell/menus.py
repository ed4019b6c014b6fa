"""The main window's menus: File, GPS, Trip, View, Settings and Help."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QMenu

from navapp.core.remote import Action, Press
from navapp.gui.drive.driver_display import DriverDisplay
from navapp.gui.shell.about import open_about
from navapp.gui.shell.remote import key_label
from navapp.gui.shell.user_guide import open_user_guide
from navapp.gui.shell.welcome import open_welcome

if TYPE_CHECKING:
    from navapp.gui.shell.main_window import MainWindow


def build_menus(w: MainWindow) -> None:
    """File, GPS, Trip, View, Settings and Help; co-driver actions show their keys."""
    font = QFont()
    font.setPointSizeF(12)
    w.menuBar().setFont(font)
    file_menu = w.menuBar().addMenu(QCoreApplication.translate("Menus", "&File"))
    w.open_action = QAction(QCoreApplication.translate("Menus", "&Open…"), w)
    w.open_action.setShortcut(QKeySequence.StandardKey.Open)
    w.open_action.triggered.connect(w.open_dialog)
    file_menu.addAction(w.open_action)
    w.recent_menu = file_menu.addMenu(QCoreApplication.translate("Menus", "Open re&cent"))
    file_menu.addAction(w.waypoint_lists.action)
    file_menu.setToolTipsVisible(True)  # why "Add waypoint list…" is greyed
    w.edit_action = file_menu.addAction(QCoreApplication.translate("Menus", "&Edit roadbook…"))
    w.edit_action.setShortcut(QKeySequence("Ctrl+E"))
    w.edit_action.triggered.connect(w.open_editor)
    w.review_action = file_menu.addAction(QCoreApplication.translate("Menus", "&Review a drive…"))
    w.review_action.setShortcut(QKeySequence("Ctrl+R"))
    w.review_action.triggered.connect(w.review_dialog)
    file_menu.addSeparator()
    w.quit_action = QAction(QCoreApplication.translate("Menus", "&Quit"), w)
    w.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    w.quit_action.triggered.connect(w.close)
    file_menu.addAction(w.quit_action)
    rebuild_recent_menu(w)

    gps = w.menuBar().addMenu(QCoreApplication.translate("Menus", "&GPS"))
    w.source_action = gps.addAction(QCoreApplication.translate("Menus", "&Source…"))
    w.source_action.setShortcut(QKeySequence("Ctrl+G"))
    w.source_action.triggered.connect(w.choose_source)
    action_item(w, gps, Action.PAUSE_REPLAY)
    stop = gps.addAction(QCoreApplication.translate("Menus", "S&top"))
    stop.triggered.connect(lambda: w.session.stop() if w.session else None)

    trip = w.menuBar().addMenu(QCoreApplication.translate("Menus", "&Trip"))
    for action in (
        Action.TRIP_UP,
        Action.TRIP_DOWN,
        Action.RESET_PARTIAL,
        Action.SET_TOTAL_TO_BOX,
        Action.NEXT_BOX,
        Action.PREV_BOX,
        Action.RESUME_AUTO,
    ):
        action_item(w, trip, action)

    view = w.menuBar().addMenu(QCoreApplication.translate("Menus", "&View"))
    drive = view.addAction(QCoreApplication.translate("Menus", "&Drive view"))
    drive.triggered.connect(w.show_drive)
    boxes = view.addAction(QCoreApplication.translate("Menus", "&Roadbook boxes"))
    boxes.triggered.connect(w.show_roadbook)
    view.addSeparator()
    w.night_action = action_item(w, view, Action.NIGHT_MODE)
    w.night_action.setCheckable(True)
    dim = view.addMenu(QCoreApplication.translate("Menus", "D&immer (night)"))
    action_item(w, dim, Action.DIMMER_DARKER)
    action_item(w, dim, Action.DIMMER_BRIGHTER)
    action_item(w, view, Action.FULL_SCREEN)
    action_item(w, view, Action.WAYPOINT_LIST)
    w.map_action.add_to(view)
    w.driver_action = view.addAction(QCoreApplication.translate("Menus", "Driver displa&y"))
    w.driver_action.setCheckable(True)
    w.driver_action.toggled.connect(lambda on: toggle_driver_display(w, on))
    practice = view.addMenu(QCoreApplication.translate("Menus", "&Practice"))
    w.masked_action = practice.addAction(
        QCoreApplication.translate("Menus", "&Masked: only the current box")
    )
    w.no_cap_action = practice.addAction(QCoreApplication.translate("Menus", "&No CAP"))
    w.distance_only_action = practice.addAction(
        QCoreApplication.translate("Menus", "&Distance only")
    )
    for act in (w.masked_action, w.no_cap_action, w.distance_only_action):
        act.setCheckable(True)
        act.toggled.connect(w.practice_changed)
    w.zoom_action = view.addAction(
        QCoreApplication.translate("Menus", "&Zoom PDF roll: distances / whole page")
    )
    w.zoom_action.setShortcut(QKeySequence("Z"))
    w.zoom_action.triggered.connect(lambda: toggle_zoom(w))
    w.zoom_action.setEnabled(False)
    w.roadbook_changed.connect(lambda *_: w.zoom_action.setEnabled(can_zoom(w)))
    view.addAction(w.reverse.action)
    view.addAction(w.reverse.last_page_action)
    view.setToolTipsVisible(True)  # why "Reverse roadbook" is greyed

    settings = w.menuBar().addMenu(QCoreApplication.translate("Menus", "&Settings"))
    prefs = settings.addAction(QCoreApplication.translate("Menus", "&Settings…"))
    prefs.setShortcut(QKeySequence.StandardKey.Preferences)
    prefs.triggered.connect(w.open_settings)

    help_menu = w.menuBar().addMenu(QCoreApplication.translate("Menus", "&Help"))
    w.guide_action = help_menu.addAction(QCoreApplication.translate("Menus", "&User guide"))
    w.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
    w.guide_action.triggered.connect(lambda: open_user_guide(w))
    w.welcome_action = help_menu.addAction(QCoreApplication.translate("Menus", "&Welcome page"))
    w.welcome_action.triggered.connect(lambda: open_welcome(w))
    w.about_action = help_menu.addAction(QCoreApplication.translate("Menus", "&About navapp"))
    w.about_action.triggered.connect(lambda: open_about(w))


def can_zoom(w: MainWindow) -> bool:
    """Whether the drive view shows a PDF roll that knows its distance column."""
    return w.drive_view is not None and w.drive_view.roll.roll.can_zoom()


def toggle_zoom(w: MainWindow) -> None:
    """View › Zoom PDF roll: the distance column, or whole pages again."""
    if can_zoom(w):
        assert w.drive_view is not None
        w.drive_view.roll.toggle_zoom()


def action_item(w: MainWindow, menu: QMenu, action: Action) -> QAction:
    """A menu item carrying out a co-driver action, with its keys shown."""
    item = menu.addAction(action.label)
    item.setData(action)
    item.triggered.connect(lambda _checked=False, a=action: w.trigger(a))
    w.action_items.append(item)
    label_action(w, item)
    return item


def label_action(w: MainWindow, item: QAction) -> None:
    """Show the keys that carry out ``item``'s action next to it."""
    action = item.data()
    keymap = w.remote.tracker.keymap
    keys = [key_label(k) for k in keymap.keys_for(action, Press.SHORT)]
    hold = QCoreApplication.translate("Menus", "hold {key}")
    keys += [hold.format(key=key_label(k)) for k in keymap.keys_for(action, Press.HOLD)]
    item.setText(f"{action.label}\t{', '.join(keys[:3])}" if keys else action.label)


def rebuild_recent_menu(w: MainWindow) -> None:
    """File › Open recent, newest first."""
    w.recent_menu.clear()
    recent = w.recent_files()
    for i, path in enumerate(recent, start=1):
        # A roadbook last shown with a waypoint list opens with it again.
        listed = w.waypoint_lists.remembered(path)
        extra = f" + {Path(listed).name}" if listed else ""
        action = w.recent_menu.addAction(f"&{i} {Path(path).name}{extra}")
        tip = path
        if listed:
            tip = QCoreApplication.translate("Menus", "{path}\n+ waypoints from {list}")
            tip = tip.format(path=path, list=listed)
        action.setToolTip(tip)
        action.setStatusTip(tip.replace("\n", " "))
        action.triggered.connect(
            lambda _checked=False, p=path: w.open_path(p, w.waypoint_lists.remembered(p))
        )
    w.recent_menu.setEnabled(bool(recent))


def toggle_driver_display(w: MainWindow, on: bool) -> None:
    """Open (once) or close the driver display; it follows the window's drive session."""
    display = w.driver_display
    if on:
        if display is None:
            display = DriverDisplay(w.session)
            display.set_theme(w.theme_name)
            display.closed.connect(lambda: w.driver_action.setChecked(False))
            w.driver_display = display
        display.show_on_best_screen()
    elif display is not None and display.isVisible():
        display.close()
