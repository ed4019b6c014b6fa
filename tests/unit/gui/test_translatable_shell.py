"""Every text the main window, its settings, About, the welcome page and the user guide show
(the parts built in navapp/gui/shell and navapp/gui/common) goes through Qt's translation.

A translator that wraps whatever it is asked for in ⟦⟧ is installed before the windows are
built: a text shown without those marks was never handed to it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from navapp.core.remote import Action
from navapp.gui.common.language import LANGUAGES
from navapp.gui.shell.about import open_about
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.settings_dialog import SettingsDialog
from navapp.gui.shell.user_guide import UserGuide
from navapp.gui.shell.welcome import WelcomePage
from navapp.maps.catalog import known_specs
from navapp.paths import demo_roadbook

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

OWNED = ("navapp.gui.shell", "navapp.gui.common")
# Numbers, units and rally terms alone are not translated.
_PLAIN = re.compile(r"^[\d\s.,:;%°+−\-/()×#!]*(km|km/h|m|s|ms|MB|kB|mi|° E|CAP|T|M)?[\d\s.]*$")


class Marking(QTranslator):
    """Wraps every text it is asked to translate in ⟦⟧."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def _owner(widget: QWidget) -> str:
    """The module of the nearest navapp class among ``widget`` and its parents."""
    w: QWidget | None = widget
    while w is not None:
        module = type(w).__module__
        if module.startswith("navapp."):
            return module
        w = w.parentWidget()
    return ""


def _texts(top: QWidget, skip: set[int]) -> Iterator[tuple[str, str]]:
    """(where, text) of every visible text of ``top`` and its children built in OWNED."""
    for w in [top, *top.findChildren(QWidget)]:
        if id(w) in skip or not _owner(w).startswith(OWNED):
            continue
        where = f"{type(w).__name__} {w.objectName()!r} in {_owner(w)}"
        if w.isWindow():
            yield where + " title", w.windowTitle()
        yield where + " tooltip", w.toolTip()
        if isinstance(w, QLabel | QAbstractButton):
            yield where, w.text()
        if isinstance(w, QGroupBox):
            yield where, w.title()
        if isinstance(w, QLineEdit):
            yield where + " placeholder", w.placeholderText()
        if isinstance(w, QTabWidget):
            yield from ((where + " tab", w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QComboBox):
            yield from ((where + " item", w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QMenu):
            yield where + " menu", w.title()
            for action in w.actions():
                # co-driver actions carry the core's labels; File › Open recent, file names
                if isinstance(action.data(), Action) or action.menu() is not None:
                    continue
                yield f"{where} item", action.text()
                yield f"{where} item tooltip", action.toolTip()


def _untranslated(texts: Iterator[tuple[str, str]], data: set[str]) -> list[str]:
    bad = []
    for where, text in texts:
        text = text.split("\t")[0]  # a menu item's keys follow a tab
        if not text or _PLAIN.match(text) or text in data:
            continue
        if not (text.startswith("⟦") and text.endswith("⟧")):
            bad.append(f"{where}: {text!r}")
    return bad


def test_shell_texts_all_go_through_the_translator(
    qtbot: QtBot, tmp_path: Path, marking: None
) -> None:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(demo_roadbook()))
    rb = window.roadbook()
    assert rb is not None
    # Data: the roadbook's name, the maps', an example tile server address, and each language
    # named in itself (a crew finds its own whatever language the app speaks).
    data = {rb.name, *(s.name for s in known_specs()), "https://tiles.example.org/{z}/{x}/{y}.png"}
    data |= set(LANGUAGES.values())
    # Texts of other folders' widgets or the core shown in shell widgets.
    skip = {id(window.gps_label), id(window.recent_menu)}
    bad = _untranslated(_texts(window, skip), data)
    for menu in window.menuBar().findChildren(QMenu):
        bad += _untranslated(_texts(menu, skip), data)
    # The window title and the status bar follow the roadbook opened.
    assert window.windowTitle().startswith("⟦") and window.count_label.text().startswith("⟦")

    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    sound = dialog.sound_page
    skip |= {id(sound.speech_note), id(sound.output_note), id(sound.speak)}
    skip |= {id(row.name) for row in sound.rows.values()}  # the core's cue names
    skip.add(id(dialog.language_page.sample))  # figures and a date, in the locale's words
    bad += _untranslated(_texts(dialog, skip), data)
    headers = dialog.remote_page.table
    for col in range(headers.columnCount()):
        item = headers.horizontalHeaderItem(col)
        bad += _untranslated(iter([("remote table header", item.text())]), data)

    about = open_about(window)
    bad += _untranslated(iter([("About", about.text()), ("About", about.windowTitle())]), data)
    about.close()
    for top in (WelcomePage(window), UserGuide(window)):
        qtbot.addWidget(top)
        bad += _untranslated(_texts(top, skip), data)
    assert bad == []


def test_the_table_headers_and_box_orders_are_translated(marking: None) -> None:
    from navapp.core.model import Units
    from navapp.gui.common.box_table import BoxTableModel, Column, notes_label
    from navapp.io.registry import read_roadbook

    rb = read_roadbook(demo_roadbook())
    model = BoxTableModel()
    model.set_roadbook(rb)
    for col in Column:
        text = model.headerData(col, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        assert text == "#" or text.startswith(("⟦", "CAP")), text
    stops = [b for b in rb.boxes if b.stop_s is not None or b.reset_km is not None]
    for box in stops:
        orders = notes_label(box, Units.METRIC).splitlines()[-1]
        assert all(o.startswith("⟦") for o in orders.split(" · ")), orders
