"""The first-run page: shown once on a first start, again from Help › Welcome page; its
buttons open the demo stage, the GPS source and the remote set-up, by keyboard too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from navapp.gui.shell.app import start_gui
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.settings import remember_recent
from navapp.gui.shell.welcome import BUTTON_HEIGHT_PX, WELCOME_SHOWN_KEY, WelcomePage
from navapp.paths import demo_roadbook

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(w)
    return w


def _page(w: MainWindow) -> WelcomePage | None:
    pages = [p for p in w.findChildren(WelcomePage) if p.isVisible()]
    assert len(pages) <= 1
    return pages[0] if pages else None


def test_a_first_start_shows_the_page_once_instead_of_replaying_the_demo(
    qtbot: QtBot, tmp_path: Path
) -> None:
    w = _window(qtbot, tmp_path)
    assert start_gui(None, window=w) is w
    qtbot.waitUntil(lambda: _page(w) is not None)
    page = _page(w)
    assert page is not None and w.roadbook() is None and w.session is None
    assert w._settings.value(WELCOME_SHOWN_KEY) in (True, "true")
    page.close_button.click()
    # The next start opens the demo stage as before, no page.
    again = MainWindow(settings=w._settings, data_dir=tmp_path / "data")
    qtbot.addWidget(again)
    start_gui(None, window=again)
    qtbot.waitUntil(lambda: again.roadbook() is not None)
    assert _page(again) is None
    assert again.session is not None
    again.session.stop()


def test_no_page_when_there_is_a_recent_roadbook(qtbot: QtBot, tmp_path: Path) -> None:
    w = _window(qtbot, tmp_path)
    remember_recent(w._settings, str(demo_roadbook()))
    start_gui(None, window=w)
    qtbot.waitUntil(lambda: w.roadbook() is not None)
    assert _page(w) is None
    assert w.session is not None
    w.session.stop()


def test_enter_on_the_page_opens_the_demo_stage_replaying(qtbot: QtBot, tmp_path: Path) -> None:
    w = _window(qtbot, tmp_path)
    w.welcome_action.trigger()
    page = _page(w)
    assert page is not None
    buttons = (page.demo_button, page.gps_button, page.remote_button, page.open_button)
    assert all(b.minimumHeight() >= BUTTON_HEIGHT_PX for b in buttons)
    assert [b.text().split("\n")[0] for b in buttons] == [
        "Open the &demo stage",
        "Choose a &GPS source…",
        "Set up the &remote and keys…",
        "&Open a roadbook…",
    ]
    qtbot.keyClick(page.demo_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _page(w) is None)
    assert w.path() == str(demo_roadbook())
    assert w.session is not None and w.session.source is not None
    assert w.session.source.speed == 5.0 and not w.session.live
    w.session.stop()


def test_the_gps_and_remote_buttons_open_their_dialogs(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = _window(qtbot, tmp_path)
    opened: list[str] = []
    monkeypatch.setattr(w, "choose_source", lambda: opened.append("gps"))
    monkeypatch.setattr(w, "open_settings", lambda: opened.append("settings"))
    w.welcome_action.trigger()
    page = _page(w)
    assert page is not None
    qtbot.keyClick(page.gps_button, Qt.Key.Key_Space)
    assert opened == ["gps"] and _page(w) is None
    w.welcome_action.trigger()
    page = _page(w)
    assert page is not None
    qtbot.keyClick(page.remote_button, Qt.Key.Key_Space)
    assert opened == ["gps", "settings"]
    w.welcome_action.trigger()
    page = _page(w)
    assert page is not None
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert _page(w) is None and opened == ["gps", "settings"] and w.roadbook() is None
