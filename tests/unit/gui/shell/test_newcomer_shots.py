"""Screenshots of the welcome page, the user guide and the About box by day and at night, at
1024×600 and 1920×1080, for a person to judge; each fits the smaller screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.user_guide import UserGuide
from navapp.gui.shell.welcome import WelcomePage

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

SIZES = ((1024, 600), (1920, 1080))


def _shoot(qtbot: QtBot, widget: QWidget, size: tuple[int, int], path: Path) -> None:
    hint = widget.sizeHint()
    # A dialog as it would open on that screen: its own size, never more than the screen.
    w, h = (
        min(max(hint.width(), widget.width()), size[0]),
        min(max(hint.height(), widget.height()), size[1]),
    )
    if isinstance(widget, MainWindow):
        w, h = size
    widget.resize(w, h)
    qtbot.wait(1)  # let the layout settle (event loop turn, not a timing dependency)
    assert widget.grab().save(str(path))


def test_newcomer_windows_by_day_and_at_night(
    qtbot: QtBot, tmp_path: Path, screenshot_dir: Path
) -> None:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    window.welcome_action.trigger()
    window.guide_action.trigger()
    window.about_action.trigger()
    (page,) = window.findChildren(WelcomePage)
    (guide,) = window.findChildren(UserGuide)
    (about,) = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    # Everything on the welcome page fits a 1024×600 tablet.
    assert page.sizeHint().height() <= 600 and page.sizeHint().width() <= 1024
    for theme in ("day", "night"):
        window.set_theme(theme)
        for size in SIZES:
            tag = f"{theme}_{size[0]}x{size[1]}"
            _shoot(qtbot, window, size, screenshot_dir / f"newcomer_main_{tag}.png")
            _shoot(qtbot, page, size, screenshot_dir / f"newcomer_welcome_{tag}.png")
            _shoot(qtbot, guide, size, screenshot_dir / f"newcomer_guide_{tag}.png")
        _shoot(qtbot, about, (1024, 600), screenshot_dir / f"newcomer_about_{theme}.png")
    for widget in (page, guide, about):
        widget.close()
