"""The start benchmark's measuring aid: the first paint of the main window is told, then it closes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from navapp.gui.shell.app import _QuitOnFirstPaint

pytestmark = pytest.mark.gui


def test_first_paint_of_the_window_is_told_once_and_closes_it(qtbot, capsys) -> None:
    window = QWidget()
    QLabel("box 1", window)
    qtbot.addWidget(window)
    other = QWidget()
    qtbot.addWidget(other)
    watcher = _QuitOnFirstPaint(window)
    app = QApplication.instance()
    app.installEventFilter(watcher)
    try:
        other.show()
        qtbot.waitExposed(other)
        assert "first paint" not in capsys.readouterr().err  # another window does not count
        window.show()
        qtbot.waitUntil(lambda: not window.isVisible())
    finally:
        app.removeEventFilter(watcher)
    assert capsys.readouterr().err.count("navapp: first paint") == 1
