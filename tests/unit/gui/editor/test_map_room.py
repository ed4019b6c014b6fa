"""The editor's map at 1024×600: room to draw a route without dragging the splitter, a Large
map command for more, the designer's own split kept, and nothing moves when drawing toggles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook
from navapp.gui.editor import EditorWindow
from navapp.gui.shell.settings import load_editor_map_share
from navapp.paths import demo_roadbook
from tests.unit.gui.editor.co_driver import Ask

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def small(
    make: Callable[[Ask], EditorWindow], ask: Ask, demo: Roadbook, qtbot: QtBot
) -> EditorWindow:
    w = make(ask)
    w.set_roadbook(demo, str(demo_roadbook()))
    w.resize(1024, 600)
    w.show()
    qtbot.waitExposed(w)
    QApplication.processEvents()
    return w


def on_screen(w: EditorWindow) -> QRect:
    return QRect(w.map.mapTo(w, w.map.rect().topLeft()), w.map.size())


def test_the_map_has_room_at_1024x600_and_stays_put_while_drawing(
    make_window: Callable[[Ask], EditorWindow],
    ask: Ask,
    demo: Roadbook,
    qtbot: QtBot,
    screenshot_dir: Path,
) -> None:
    w = small(make_window, ask, demo, qtbot)
    before = on_screen(w)
    # the table above, the map under it: the map the larger part (was about 220 px)
    assert before.height() >= 280, before
    assert w.table.height() >= 150  # three boxes or so still show
    assert w.grab().save(str(screenshot_dir / "editor_map_room_1024x600.png"))
    w.menus.draw_action.trigger()
    QApplication.processEvents()
    assert w.map.drawing() and on_screen(w) == before
    w.menus.draw_action.trigger()
    QApplication.processEvents()
    assert not w.map.drawing() and on_screen(w) == before
    # View › Large map: the map takes the table's room; drawing still moves nothing
    w.menus.large_map_action.trigger()
    QApplication.processEvents()
    large = on_screen(w)
    assert not w.table.isVisible() and large.height() >= 440, large
    assert w.grab().save(str(screenshot_dir / "editor_large_map_1024x600.png"))
    w.menus.draw_action.trigger()
    QApplication.processEvents()
    assert on_screen(w) == large
    w.set_drawing(False)
    w.menus.large_map_action.trigger()
    QApplication.processEvents()
    assert w.table.isVisible() and on_screen(w) == before
    ask.answers[:] = ["discard"] * 3


def test_the_designers_split_is_kept_for_the_next_window(
    make_window: Callable[[Ask], EditorWindow],
    ask: Ask,
    demo: Roadbook,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    w = small(make_window, ask, demo, qtbot)
    table, map_box = w.left.sizes()
    # the designer drags the handle 100 px up (what a drag does: moveSplitter, splitterMoved)
    w.left.moveSplitter(table - 100, 1)
    w.left.splitterMoved.emit(table - 100, 1)
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    share = load_editor_map_share(settings, "above")
    assert share == pytest.approx((map_box + 100) / (table + map_box), abs=0.01)
    ask.answers[:] = ["discard"] * 3
    w.close()
    again = small(make_window, ask, demo, qtbot)
    t2, m2 = again.left.sizes()
    assert m2 / (t2 + m2) == pytest.approx(share, abs=0.02)
    ask.answers[:] = ["discard"] * 3


def test_a_bad_kept_split_is_ignored(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    for bad in ("nan", "2", "-1", "abc", "0.01"):
        settings.setValue("editor/map_share/above", bad)
        assert load_editor_map_share(settings, "above") is None, bad
    settings.setValue("editor/map_share/above", "0.7")
    assert load_editor_map_share(settings, "above") == pytest.approx(0.7)
