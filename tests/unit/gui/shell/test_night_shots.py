"""Screenshots of every window by day, at night and dimmed, for a person to judge at night."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from navapp.core.remote import Action
from navapp.core.review import review as review_drive
from navapp.core.tulip import Road, RoadType, Tulip
from navapp.gui.common.dimmer import dimmer
from navapp.gui.editor.tulip.dialog import TulipEditorDialog
from navapp.gui.review import ReviewWindow
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.settings_dialog import SettingsDialog
from navapp.io.registry import read_roadbook, read_track
from navapp.paths import demo_drive, demo_roadbook

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        r"^This plugin does not support propagateSizeHints\(\)$",
        r"^This plugin does not support raise\(\)$",
        r"^This plugin does not support grabbing the keyboard$",
    ),
]

SIZES = ((1024, 600), (1920, 1080))
# day, night, and night with the dimmer at half
LOOKS = (("day", 0), ("night", 0), ("night", 50))


def _shoot(qtbot: QtBot, widget: QWidget, size: tuple[int, int], path: Path) -> None:
    widget.resize(*size)
    QApplication.processEvents()
    qtbot.wait(1)  # a posted layout request after the resize
    assert widget.grab().save(str(path))


def test_every_window_by_day_at_night_and_dimmed(
    qtbot: QtBot, tmp_path: Path, screenshot_dir: Path
) -> None:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.set_roadbook(read_roadbook(demo_roadbook()))
    window.show()
    qtbot.waitExposed(window)
    window.trigger(Action.WAYPOINT_LIST)
    drive = read_track(demo_drive())
    review = ReviewWindow(window.roadbook(), [(drive, review_drive(window.roadbook(), drive))])
    qtbot.addWidget(review)
    review.show()
    review.slider.setValue(2040)  # over the limit in the village zone
    editor = window.open_editor()
    dialog = SettingsDialog(settings, window)
    dialog.show()
    for name, level in LOOKS:
        window.set_theme(name)
        dimmer().set_level(level)
        look = f"{name}{'_dim' + str(level) if level else ''}"
        for w, h in SIZES:
            window.show_drive()
            _shoot(qtbot, window, (w, h), screenshot_dir / f"night_main_drive_{look}_{w}x{h}.png")
            window.show_roadbook()
            _shoot(qtbot, window, (w, h), screenshot_dir / f"night_main_table_{look}_{w}x{h}.png")
            _shoot(qtbot, review, (w, h), screenshot_dir / f"night_review_{look}_{w}x{h}.png")
            _shoot(qtbot, editor, (w, h), screenshot_dir / f"night_editor_{look}_{w}x{h}.png")
        _shoot(qtbot, dialog, (760, 560), screenshot_dir / f"night_settings_{look}.png")
        tulip = TulipEditorDialog(
            Tulip(entry=RoadType.TRACK, exit=Road(60.0), others=(Road(-45.0),)), window
        )
        tulip.show()
        _shoot(qtbot, tulip, (900, 600), screenshot_dir / f"night_tulip_{look}.png")
        tulip.close()
        view_menu = next(
            a.menu() for a in window.menuBar().actions() if a.text() == "&View" and a.menu()
        )
        view_menu.popup(window.mapToGlobal(QPoint(80, 30)))
        qtbot.waitExposed(view_menu)
        assert view_menu.grab().save(str(screenshot_dir / f"night_menu_{look}.png"))
        view_menu.close()
    dialog.close()
    review.close()
    editor.close()
