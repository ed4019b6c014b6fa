"""A checked tool button looks checked, by day and at night: the editor's Draw route button
while drawing, and the tulip editor's tool in use."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from navapp.core.tulip import Road, RoadType, Tulip
from navapp.gui.common.night import theme_controller
from navapp.gui.editor import EditorWindow
from navapp.gui.editor.tulip.dialog import TulipEditorDialog

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def fill(button: QToolButton) -> QColor:
    """The button's mean colour as it shows in its window (inside its outline)."""
    window = button.window()
    inner = QRect(button.mapTo(window, QPoint(0, 0)), button.size()).adjusted(3, 3, -3, -3)
    image = window.grab(inner).toImage().convertToFormat(QImage.Format.Format_RGB32)
    a = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4)
    b, g, r = (float(a[:, :, i].mean()) for i in range(3))
    return QColor(round(r), round(g), round(b))


def apart(a: QColor, b: QColor) -> int:
    """How far two fills are apart: the largest difference of a channel (0–255)."""
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


@pytest.mark.parametrize("theme", ["day", "night"])
def test_draw_route_looks_pressed_while_drawing(
    window: EditorWindow, qtbot: QtBot, screenshot_dir: Path, theme: str
) -> None:
    theme_controller().set_theme(theme)
    pane = window.map
    window.resize(1024, 600)
    QApplication.processEvents()
    off, other = fill(pane.draw_button), fill(pane.fit_button)
    size = pane.draw_button.size()
    window.menus.draw_action.trigger()
    QApplication.processEvents()
    assert pane.draw_button.isChecked()
    on = fill(pane.draw_button)
    assert apart(on, off) >= 50 and apart(on, other) >= 50, (on.name(), off.name(), theme)
    assert pane.draw_button.size() == size  # nothing moves when it checks
    top = pane.mapTo(window, pane.draw_button.geometry().topLeft())
    shot = window.grab().copy(0, top.y() - 40, window.width() // 2 + 200, 120)
    assert shot.save(str(screenshot_dir / f"editor_draw_checked_{theme}.png"))
    window.set_drawing(False)
    QApplication.processEvents()
    assert apart(fill(pane.draw_button), off) < 20


@pytest.mark.parametrize("theme", ["day", "night"])
def test_the_tulip_tool_in_use_looks_pressed(qtbot: QtBot, theme: str) -> None:
    theme_controller().set_theme(theme)
    dialog = TulipEditorDialog(Tulip(entry=RoadType.TRACK, exit=Road(60.0), others=()))
    buttons = dialog.editor.tool_buttons
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert buttons["select"].isChecked()
    assert apart(fill(buttons["select"]), fill(buttons["text"])) >= 50, theme
    # the tools keep the editor's large letters under their style sheet
    size = dialog.editor.font().pointSizeF()
    assert all(b.font().pointSizeF() == size for b in buttons.values())
