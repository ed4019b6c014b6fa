"""Night everywhere: every window and dialog follows the app's theme; the night dimmer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from navapp.core.remote import Action
from navapp.gui.common.box_table import CloseNextRole, Column
from navapp.gui.common.dimmer import MAX_LEVEL_PCT, DimPane, dimmer
from navapp.gui.common.night import app_palette, current_theme, theme_controller
from navapp.gui.common.theme import NIGHT, Theme, palette
from navapp.gui.gps.source_dialog import SourceDialog
from navapp.gui.shell.about import open_about
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.messages import open_warning
from navapp.gui.shell.settings import DIMMER_KEY, THEME_KEY, load_dimmer, load_theme
from navapp.gui.shell.settings_dialog import SettingsDialog
from navapp.io.registry import read_roadbook
from navapp.paths import demo_drive, demo_roadbook
from tests.unit.gui.shell.test_main_window import stage

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform cannot resize to hints nor raise a window (a driver display, a
    # floated dock): about the test platform, not about navapp.
    pytest.mark.qt_log_ignore(
        r"^This plugin does not support propagateSizeHints\(\)$",
        r"^This plugin does not support raise\(\)$",
    ),
]

R = QPalette.ColorRole


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, tmp_path: Path) -> MainWindow:
    w = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(w)
    w.set_roadbook(read_roadbook(demo_roadbook()))
    w.resize(1024, 600)
    w.show()
    qtbot.waitExposed(w)
    return w


def is_night_palette(widget: QWidget) -> bool:
    """The night's: a window a shade above black, black fields, the night's amber ink."""
    pal = widget.palette()
    return (
        pal.color(R.Window) == QColor(NIGHT.panel_current)
        and pal.color(R.Window).lightness() < 30
        and pal.color(R.WindowText) == QColor(NIGHT.text)
        and pal.color(R.Base) == QColor(NIGHT.window)
        and pal.color(R.Text) == QColor(NIGHT.text)
    )


def luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# -- the theme held app-wide ------------------------------------------------------------------


def test_every_window_and_dialog_opened_at_night_is_dark(
    window: MainWindow, qtbot: QtBot, settings: QSettings
) -> None:
    window.trigger(Action.NIGHT_MODE)
    assert current_theme() is NIGHT and window.night_action.isChecked()
    assert is_night_palette(window)
    # the waypoint list and the roadbook table take the theme's inks themselves
    assert window.waypoints.theme() is NIGHT
    assert window.waypoints.palette().color(R.Text) == QColor(NIGHT.text)
    assert window.waypoints.palette().color(R.Base).lightness() < 30
    opened: list[QWidget] = [
        SettingsDialog(settings, window),
        SourceDialog(settings, window),
        open_about(window),
        open_warning(window, "Cannot open roadbook", "bad.gpx: not a GPX file"),
        QMessageBox(),  # a box with no parent, as the crash handler may show
    ]
    review = window.open_review([str(demo_drive())])
    editor = window.open_editor()
    assert review is not None
    opened += [review, editor, review.map, review.profile, editor.map]
    for w in opened:
        assert is_night_palette(w), type(w).__name__
    # the editor's box list and the roadbook table are drawn in the night inks too
    for table in (window.table, editor.table):
        assert NIGHT.panel in table.styleSheet() and "white" not in table.styleSheet()
    for w in (review, editor):
        w.close()


def test_a_window_opened_after_switching_follows_and_day_comes_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    before = QDialog()
    qtbot.addWidget(before)
    day_window = before.palette().color(R.Window)
    window.set_theme("night")
    after = QDialog()
    qtbot.addWidget(after)
    assert is_night_palette(before) and is_night_palette(after)
    # file dialogs: Qt's own at night, which follows the palette (a native one opens white)
    assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    window.set_theme("day")
    assert not QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    assert not is_night_palette(after)
    assert after.palette().color(R.Window) == day_window
    assert not window.night_action.isChecked()


def test_night_is_remembered(settings: QSettings, qtbot: QtBot, tmp_path: Path) -> None:
    first = MainWindow(settings=settings, data_dir=tmp_path)
    qtbot.addWidget(first)
    first.trigger(Action.NIGHT_MODE)
    assert settings.value(THEME_KEY) == "night"
    theme_controller().set_theme("day")  # as at the next start of the app
    second = MainWindow(settings=settings, data_dir=tmp_path)
    qtbot.addWidget(second)
    assert current_theme() is NIGHT and second.theme_name == "night"
    assert second.night_action.isChecked()
    settings.setValue(THEME_KEY, "dusk")
    assert load_theme(settings) == "day"


def test_review_and_editor_follow_a_switch_while_open(window: MainWindow, qtbot: QtBot) -> None:
    review = window.open_review([str(demo_drive())])
    editor = window.open_editor()
    assert review is not None
    window.set_theme("night")
    assert is_night_palette(review) and is_night_palette(editor)
    assert review.drive_view.property("theme") == "night"
    # the maps: no bright paper at night
    for canvas in (review.map, editor.map):
        canvas.resize(400, 300)
        image = canvas.grab().toImage()
        corner = image.pixelColor(3, image.height() // 2)
        assert corner.lightness() < 40, type(canvas).__name__
    image = review.profile.grab().toImage()
    assert image.pixelColor(image.width() - 3, 3).lightness() < 40
    window.set_theme("day")
    assert review.drive_view.property("theme") == "day"
    image = editor.map.grab().toImage()
    assert image.pixelColor(3, image.height() // 2).lightness() > 200
    for w in (review, editor):
        w.close()


def test_the_roadbook_table_uses_the_night_inks(window: MainWindow, data_dir: Path) -> None:
    window.set_roadbook(stage(data_dir))
    model = window.model
    rb = window.roadbook()
    assert rb is not None
    close = next(r for r in range(len(rb.boxes)) if model.index(r, 0).data(CloseNextRole))
    window.set_theme("night")
    fg = model.index(close, Column.TOTAL).data(Qt.ItemDataRole.ForegroundRole)
    bg = model.index(close, Column.TOTAL).data(Qt.ItemDataRole.BackgroundRole)
    assert bg == QColor(NIGHT.highlight) and fg == QColor(NIGHT.highlight_text)
    assert contrast(fg, bg) >= 4.5
    partial = model.index(0, Column.PARTIAL).data(Qt.ItemDataRole.ForegroundRole)
    assert contrast(partial, QColor(NIGHT.panel)) >= 4.5
    # a tulip is drawn in amber ink on the dark row, not on a white square
    row = next(r for r, b in enumerate(rb.boxes) if b.tulip is not None)
    image = model.index(row, Column.TULIP).data(Qt.ItemDataRole.DecorationRole).toImage()
    assert image.pixelColor(0, 0).alpha() == 0


@pytest.mark.parametrize("make", [palette, app_palette], ids=["drive view", "windows"])
def test_night_text_reads_on_its_background(make: Callable[[Theme], QPalette]) -> None:
    """Every text/background pair Qt paints with the night palettes: menus, headers, tabs,
    selections, tool tips, greyed-out items."""
    pal = make(NIGHT)
    pairs = [
        (R.WindowText, R.Window, 4.5),
        (R.Text, R.Base, 4.5),
        (R.Text, R.AlternateBase, 4.5),
        (R.ButtonText, R.Button, 4.5),
        (R.HighlightedText, R.Highlight, 4.5),
        (R.HighlightedText, R.Accent, 4.5),  # what Qt's own style selects rows with
        (R.ToolTipText, R.ToolTipBase, 4.5),
        (R.PlaceholderText, R.Base, 3.0),
        (R.Link, R.Base, 4.5),
    ]
    for fg, bg, least in pairs:
        assert contrast(pal.color(fg), pal.color(bg)) >= least, (fg, bg)
    disabled = pal.color(QPalette.ColorGroup.Disabled, R.WindowText)
    assert (
        3.0
        <= contrast(disabled, pal.color(R.Window))
        < contrast(pal.color(R.WindowText), pal.color(R.Window))
    )
    disabled_button = pal.color(QPalette.ColorGroup.Disabled, R.Button)
    assert contrast(disabled, disabled_button) >= 3.0
    # nothing brighter than the night's amber: no white anywhere in the palette
    for role in R:
        if role in (R.NColorRoles, R.NoRole):
            continue
        c = pal.color(role)
        assert not (c.red() > 240 and c.green() > 240 and c.blue() > 240), role


# -- the dimmer -------------------------------------------------------------------------------


def test_the_dimmer_darkens_every_window_at_night_and_is_remembered(
    window: MainWindow, qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    items = [
        a for a in window.action_items if a.data() in (Action.DIMMER_DARKER, Action.DIMMER_BRIGHTER)
    ]
    assert len(items) == 2 and not any(a.isEnabled() for a in items)
    window.trigger(Action.DIMMER_DARKER)  # by day (a key): nothing, and the status bar says why
    assert dimmer().level() == 0 and "night" in window.statusBar().currentMessage()
    window.set_theme("night")
    assert all(a.isEnabled() for a in items)
    window.trigger(Action.DIMMER_DARKER)
    window.trigger(Action.DIMMER_DARKER)
    pane = dimmer().pane(window)
    assert pane is not None and pane.level() == 20 and pane.isVisible()
    assert pane.geometry() == window.rect()
    assert load_dimmer(settings) == 20 and window.statusBar().currentMessage() == "Dimmer 20 %"
    # the pane darkens what is under it by its level
    image = window.grab().toImage()
    assert image.pixelColor(pane.width() // 2, pane.height() // 2).lightness() < 256 * 0.8
    # a window opened while dimmed is dimmed too (the driver display, a dialog)
    window.driver_action.setChecked(True)
    assert window.driver_display is not None
    qtbot.waitExposed(window.driver_display)
    display_pane = dimmer().pane(window.driver_display)
    assert display_pane is not None and display_pane.level() == 20
    for _ in range(20):
        window.trigger(Action.DIMMER_DARKER)
    assert dimmer().level() == MAX_LEVEL_PCT == load_dimmer(settings)
    window.trigger(Action.DIMMER_BRIGHTER)
    assert pane.level() == MAX_LEVEL_PCT - 10
    # day hides it, night brings the level back
    window.set_theme("day")
    assert pane.level() == 0 and not pane.isVisible()
    window.set_theme("night")
    assert pane.level() == MAX_LEVEL_PCT - 10
    window.driver_action.setChecked(False)
    # remembered: the next start comes back as dim as it was left
    dimmer().set_level(0)
    again = MainWindow(settings=settings, data_dir=tmp_path)
    qtbot.addWidget(again)
    assert dimmer().level() == MAX_LEVEL_PCT - 10
    settings.setValue(DIMMER_KEY, "200")
    assert load_dimmer(settings) == MAX_LEVEL_PCT
    settings.setValue(DIMMER_KEY, "nan")
    assert load_dimmer(settings) == 0


def test_a_click_and_a_key_go_through_the_dimmer(window: MainWindow, qtbot: QtBot) -> None:
    window.set_theme("night")
    dimmer().set_level(MAX_LEVEL_PCT)
    dialog = QDialog(window)
    layout = QVBoxLayout(dialog)
    button = QPushButton("Validate", dialog)
    field = QLineEdit(dialog)
    layout.addWidget(button)
    layout.addWidget(field)
    dialog.resize(300, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    pane = dimmer().pane(dialog)
    assert pane is not None and pane.isVisible()
    assert pane.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert pane.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    # what the pointer hits is the button under the pane, not the pane
    centre = button.mapTo(dialog, button.rect().center())
    assert dialog.childAt(centre) is button
    with qtbot.waitSignal(button.clicked, timeout=1000):
        QTest.mouseClick(dialog.windowHandle(), Qt.MouseButton.LeftButton, pos=centre)
    # keys reach the focused field through the window
    field.setFocus()
    QTest.keyClicks(field, "km 12")
    assert field.text() == "km 12"
    assert QApplication.focusWidget() is not pane
    dialog.close()
    # and a remote key on the dimmed main window still acts
    rb_session = window.session
    assert rb_session is not None
    window.activateWindow()
    window.setFocus()
    main_pane = dimmer().pane(window)
    assert main_pane is not None and main_pane.isVisible()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_BracketRight)
    assert dimmer().level() == MAX_LEVEL_PCT - 10
    # a click on the window's table, under the pane
    window.show_roadbook()
    cell = window.table.visualRect(window.model.index(1, Column.NOTES)).center()
    at = window.table.viewport().mapTo(window, cell)
    assert window.childAt(at) is window.table.viewport()
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=at)
    assert window.table.currentIndex().row() == 1


def test_panes_never_stack_on_a_docked_dock(window: MainWindow, qtbot: QtBot) -> None:
    window.set_theme("night")
    window.trigger(Action.WAYPOINT_LIST)
    dimmer().set_level(40)
    window.waypoint_dock.setFloating(True)
    qtbot.waitUntil(lambda: window.waypoint_dock.isVisible())
    window.waypoint_dock.show()
    floating = dimmer().pane(window.waypoint_dock)
    assert floating is not None and floating.level() == 40
    window.waypoint_dock.setFloating(False)
    assert floating.level() == 0  # the main window's pane covers it now
    main_pane = dimmer().pane(window)
    assert main_pane is not None and main_pane.level() == 40
    assert isinstance(main_pane, DimPane)
    # on top of every widget of the window, the dock that came back included
    on_top = [c for c in window.children() if isinstance(c, QWidget) and c.isVisible()]
    assert on_top[-1] is main_pane


def test_the_waypoint_list_and_the_settings_read_after_a_switch(
    window: MainWindow, settings: QSettings
) -> None:
    dialog = SettingsDialog(settings, window)
    window.set_theme("night")
    waypoints = window.waypoints
    assert waypoints.rowCount() > 0
    for row in range(waypoints.rowCount()):
        ink = waypoints.item(row, 2).foreground().color()
        assert contrast(ink, QColor(NIGHT.panel)) >= 4.5, waypoints.item(row, 2).text()
    # the settings' greyed-out "repeats" cells are filled again in the night's grey
    table = dialog.remote_page.table
    greys = [
        table.item(r, c).foreground().color()
        for r in range(table.rowCount())
        for c in (1, 2)
        if table.item(r, c).text() == "repeats"
    ]
    assert greys and all(contrast(g, QColor(NIGHT.panel)) >= 3.0 for g in greys)
    dialog.close()


def test_map_labels_are_made_light_enough_at_night() -> None:
    from navapp.gui.common.map_view import map_text

    for day in ("#222222", "#1f4fbf", "#9b0015", "#0a7a2f", "#ffb340"):
        assert map_text(QColor(day)) == QColor(day)  # by day as they are
    theme_controller().set_theme("night")
    for day in ("#222222", "#1f4fbf", "#9b0015", "#0a7a2f", "#000000"):
        assert contrast(map_text(QColor(day)), QColor("#000000")) >= 4.5, day
    assert map_text(QColor("#ffd27a")) == QColor("#ffd27a")  # light already: kept


def test_the_editor_on_its_own_opens_in_the_theme_left(
    settings: QSettings, qtbot: QtBot, tmp_path: Path
) -> None:
    """``navapp edit`` has no main window: it takes the theme saved last (as run_editor does)."""
    from navapp.gui.editor.window import EditorWindow
    from navapp.gui.shell.night import restore_theme

    settings.setValue(THEME_KEY, "night")
    settings.setValue(DIMMER_KEY, 30)
    restore_theme(settings)
    editor = EditorWindow(settings=settings, data_dir=tmp_path / "editor")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert is_night_palette(editor)
    pane = dimmer().pane(editor)
    assert pane is not None and pane.level() == 30


def test_a_touch_goes_through_the_dimmer(qtbot: QtBot, settings: QSettings, tmp_path: Path) -> None:
    """A gloved finger on trip + at night, under the darkest pane: the trip meter moves."""
    from navapp.io.registry import read_fixes
    from tests.unit.gui.drive.test_touch import MsClock, _replay_to, tap, touch

    w = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *a: True)
    qtbot.addWidget(w)
    assert w.open_path(demo_roadbook())
    w.show()
    qtbot.waitExposed(w)
    w.resize(1024, 600)
    _replay_to(w, read_fixes(demo_drive()), 600)  # mid-stage, the replay paused
    w.set_theme("night")
    dimmer().set_level(MAX_LEVEL_PCT)
    pane = dimmer().pane(w)
    assert pane is not None and pane.isVisible()
    controls = touch(w, MsClock())
    assert w.session is not None
    before = w.session.navigator.state.trip.total_km
    finger = QTest.createTouchDevice()
    tap(finger, controls.buttons[Action.TRIP_UP])
    assert w.session.navigator.state.trip.total_km == pytest.approx(before + 0.01)
    w.close()
