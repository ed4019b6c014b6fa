"""Every settings page fits a 1024×600 screen across: no horizontal scroll bar under the pages,
from the first frame on, and nothing cut off at the side."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.gui.common.map_sources import MapSources
from navapp.gui.shell.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.mark.parametrize("page", range(4))
@pytest.mark.parametrize("theme", ["day", "night"])
def test_each_page_fits_across_at_1024x600(
    qtbot: QtBot, tmp_path: Path, screenshot_dir: Path, page: int, theme: str
) -> None:
    from navapp.gui.common.night import theme_controller

    theme_controller().set_theme(theme)
    maps = MapSources(
        settings=QSettings(str(tmp_path / "maps.ini"), QSettings.Format.IniFormat),
        cache_folder=tmp_path / "tiles",
    )
    dialog = SettingsDialog(
        QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat), maps=maps
    )
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(page)
    dialog.maps_page.say("Home: the address needs {z}, {x} and {y}")
    dialog.resize(1024, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    name = dialog.tabs.tabText(page).replace("&&", "and").replace(" ", "_").lower()
    assert dialog.grab().save(str(screenshot_dir / f"settings_{name}_{theme}_1024x600.png"))
    scroll = dialog.page_scroll
    # the first frame, as grabbed: no bar across
    assert not scroll.horizontalScrollBar().isVisible()
    QApplication.processEvents()
    assert not scroll.horizontalScrollBar().isVisible()
    # and the page is whole across: the viewport is at least the page's least width
    shown = dialog.tabs.widget(page)
    assert shown.minimumSizeHint().width() <= shown.width()
    assert dialog.tabs.width() <= scroll.viewport().width()
    # the dialog cannot be made so narrow that a page is cut off at the side
    assert dialog.minimumSizeHint().width() >= dialog.tabs.minimumSizeHint().width()
    # the page shown is plain in the tab bar, by day and at night
    bar = dialog.tabs.tabBar()
    shown_fill = mean_colour(bar.grab(bar.tabRect(page).adjusted(4, 4, -4, -4)).toImage())
    other = (page + 1) % bar.count()
    other_fill = mean_colour(bar.grab(bar.tabRect(other).adjusted(4, 4, -4, -4)).toImage())
    assert max(abs(a - b) for a, b in zip(shown_fill, other_fill, strict=True)) >= 40


def mean_colour(image: QImage) -> tuple[float, float, float]:
    a = image.convertToFormat(QImage.Format.Format_RGB32)
    px = np.frombuffer(a.constBits(), np.uint8).reshape(a.height(), a.width(), 4)
    return float(px[:, :, 2].mean()), float(px[:, :, 1].mean()), float(px[:, :, 0].mean())
