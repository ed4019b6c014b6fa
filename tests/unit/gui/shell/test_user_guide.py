"""Help › User guide: the shipped guide, its sections, and search in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.user_guide import UserGuide, guide_html

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(w)
    return w


def test_the_guide_covers_what_a_newcomer_needs() -> None:
    html = guide_html()
    for section in ("first", "remote", "gps", "map", "review", "editor"):
        assert f'<h2 id="{section}">' in html
    # The menu items it sends the reader to are the app's.
    for item in ("GPS › Source…", "Settings › Settings…", "File › Review a drive…"):
        assert item in html


def test_help_menu_opens_the_guide_and_search_finds_each_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.guide_action.text() == "&User guide"
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.guide_action.trigger()
    (guide,) = [g for g in window.findChildren(UserGuide) if g.isVisible()]
    assert "Remote and keys set-up" in guide.browser.toPlainText()
    qtbot.keyClicks(guide.search, "baud rate")
    qtbot.keyClick(guide.search, Qt.Key.Key_Return)
    assert guide.browser.textCursor().selectedText() == "baud rate"
    guide.search.setText("replay")
    assert guide.find_next()
    first = guide.browser.textCursor().position()
    assert guide.find_next()  # the next "replay"...
    assert guide.browser.textCursor().position() > first
    while guide.browser.textCursor().position() != first:  # ...and round to the first again
        assert guide.find_next()
    guide.search.setText("zzzz-nowhere")
    assert not guide.find_next() and guide.found.text() == "Not found"
    guide.close()


def test_the_guide_is_read_in_the_language_it_is_translated_into(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QLocale

    from navapp.gui.shell import user_guide

    help_dir = tmp_path / "help"
    help_dir.mkdir()
    (help_dir / "guide.html").write_text("<p>English</p>", "utf-8")
    (help_dir / "guide.fr.html").write_text("<p>Français</p>", "utf-8")
    monkeypatch.setattr(user_guide, "resources_dir", lambda: tmp_path)
    assert user_guide.guide_html("fr") == "<p>Français</p>"
    assert user_guide.guide_html("de") == "<p>English</p>"  # no German guide: English
    assert user_guide.guide_html("") == "<p>English</p>"
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("fr_FR"))
        assert user_guide.guide_path() == help_dir / "guide.fr.html"
        QLocale.setDefault(QLocale("es_ES"))
        assert user_guide.guide_path() == help_dir / "guide.html"
    finally:
        QLocale.setDefault(before)
