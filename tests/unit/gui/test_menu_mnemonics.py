"""Alt+letter opens one thing: no two siblings in a menu bar or a menu share a mnemonic.

Walks every menu, submenus too, of the editor, the main window and the review window.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook, Units
from navapp.gui.editor import EditorWindow
from navapp.gui.review import ReviewWindow
from navapp.gui.shell.main_window import MainWindow
from navapp.io.registry import read_roadbook
from navapp.paths import demo_roadbook
from tests.unit.gui.editor.co_driver import Ask

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), lower case; None: none."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def clashes(title: str, widget: QWidget) -> Iterator[str]:
    """Every mnemonic two visible siblings of ``widget`` share, and so on down its menus."""
    seen: dict[str, str] = {}
    for action in widget.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter is not None:
            if letter in seen:
                yield f"{title}: {seen[letter]!r} and {action.text()!r} share Alt+{letter.upper()}"
            else:
                seen[letter] = action.text()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from clashes(f"{title} › {action.text()}", menu)


def no_letter(title: str, widget: QWidget) -> Iterator[str]:
    """The top-level menus without a mnemonic: Alt cannot open them at all."""
    for action in widget.actions():
        if action.menu() is not None and mnemonic(action.text()) is None:
            yield f"{title}: {action.text()!r} has no Alt letter"


def check(window: QMainWindow, title: str) -> None:
    bar = window.menuBar()
    assert bar.actions(), f"{title} has no menus"
    problems = list(clashes(title, bar)) + list(no_letter(title, bar))
    assert problems == [], "\n".join(problems)


def test_mnemonic_reader() -> None:
    assert mnemonic("&File") == "f"
    assert mnemonic("Save &as…") == "a"
    assert mnemonic("Fish && &Chips") == "c"
    assert mnemonic("Remove route") is None


def test_editor_menus_have_unique_mnemonics(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    settings.setValue("editor/recent", [str(demo_roadbook())] * 1)
    w = EditorWindow(settings=settings, data_dir=tmp_path / "data", ask=Ask())
    qtbot.addWidget(w)
    w.set_roadbook(read_roadbook(demo_roadbook()), str(demo_roadbook()))
    w.menus.add_recent(str(demo_roadbook()))
    check(w, "Editor")


def test_main_window_menus_have_unique_mnemonics(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *a: True)
    qtbot.addWidget(w)
    check(w, "Main window")


def test_review_window_menus_have_unique_mnemonics(qtbot: QtBot) -> None:
    w = ReviewWindow(Roadbook("Review", Units.METRIC, ()), [])
    qtbot.addWidget(w)
    check(w, "Review")
