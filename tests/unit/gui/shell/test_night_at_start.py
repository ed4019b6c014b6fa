"""Started at night (night saved from the last run): every window is dark from its first frame,
as dark as after pressing ``n`` — not dark panels on the day's light grey."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from navapp.core.review import review as review_drive
from navapp.gui.common.map_sources import map_sources
from navapp.gui.editor import EditorWindow
from navapp.gui.review import ReviewWindow
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.night import restore_theme
from navapp.gui.shell.settings import THEME_KEY
from navapp.io.registry import read_roadbook, read_track
from navapp.maps.tiles import LonLatBox
from navapp.paths import demo_drive, demo_roadbook
from tests.unit.gui.common.maplayer_helpers import terrain_mbtiles

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

DEMO_BOX = LonLatBox(-4.8, 30.8, -3.4, 31.6)


def light_grey_pixels(image: QImage, skip: list[QRect] | None = None) -> int:
    """How many pixels are a light grey (lightness over 150, nearly no colour): a day
    background. The night's brightest ink is amber, its alarms red: never grey."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    a = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4)
    rgb = a[:, :, :3].astype(np.int16)  # BGR: order does not matter for grey
    hi, lo = rgb.max(axis=2), rgb.min(axis=2)
    grey = ((hi + lo) / 2 > 150) & (hi - lo < 30)
    for r in skip or []:
        grey[r.top() : r.bottom() + 1, r.left() : r.right() + 1] = False
    return int(grey.sum())


def shoot(qtbot: QtBot, window: QWidget, path: Path) -> QImage:
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    image = window.grab().toImage()
    image.save(str(path))
    return image


def in_window(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def test_the_drive_view_starts_at_night_all_dark(
    qtbot: QtBot, tmp_path: Path, screenshot_dir: Path
) -> None:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    settings.setValue(THEME_KEY, "night")
    window = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.set_roadbook(read_roadbook(demo_roadbook()))
    started = shoot(qtbot, window, screenshot_dir / "night_start_drive_1024x600.png")
    assert light_grey_pixels(started) == 0
    # and the same as after a switch to day and back
    window.set_theme("day")
    window.set_theme("night")
    toggled = window.grab().toImage()
    assert light_grey_pixels(toggled) == 0
    assert started.pixelColor(5, 300) == toggled.pixelColor(5, 300)
    view = window.drive_view
    assert view is not None
    assert view.palette().color(view.backgroundRole()).lightness() < 30


def test_review_and_editor_start_at_night_all_dark_over_a_map(
    qtbot: QtBot, tmp_path: Path, screenshot_dir: Path
) -> None:
    map_sources().add_file(terrain_mbtiles(tmp_path / "desert.mbtiles", range(8, 11), DEMO_BOX))
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    settings.setValue(THEME_KEY, "night")
    restore_theme(settings)
    roadbook = read_roadbook(demo_roadbook())
    drive = read_track(demo_drive())
    rv = ReviewWindow(roadbook, [(drive, review_drive(roadbook, drive))])
    ed = EditorWindow(settings=settings, data_dir=tmp_path / "editor")
    ed.set_roadbook(roadbook, str(demo_roadbook()))
    for name, window, view in (("review", rv, rv.map), ("editor", ed, ed.map)):
        qtbot.addWidget(window)
        image = shoot(qtbot, window, screenshot_dir / f"night_start_{name}_1024x600.png")
        # the map's own tiles are the terrain's colours (dimmed): only the rest is checked
        assert light_grey_pixels(image, skip=[in_window(window, view)]) == 0, name
