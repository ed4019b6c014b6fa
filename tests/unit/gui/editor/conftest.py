"""The editor window the editor tests work in: the demo stage, opened from its file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook
from navapp.gui.editor import EditorWindow
from navapp.io.registry import read_roadbook
from navapp.paths import demo_roadbook
from tests.unit.gui.editor.co_driver import Ask


@pytest.fixture(scope="module")
def demo() -> Roadbook:
    return read_roadbook(demo_roadbook())


@pytest.fixture
def ask() -> Ask:
    return Ask()


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Callable[[Ask], EditorWindow]:
    def make(ask: Ask) -> EditorWindow:
        settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
        w = EditorWindow(settings=settings, data_dir=tmp_path / "data", ask=ask)
        qtbot.addWidget(w)
        return w

    return make


@pytest.fixture
def window(
    make_window: Callable[[Ask], EditorWindow], ask: Ask, demo: Roadbook, qtbot: QtBot
) -> EditorWindow:
    w = make_window(ask)
    w.set_roadbook(demo, str(demo_roadbook()))
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    ask.answers[:] = ["discard"] * 3  # teardown closes the window without saving
