"""Every file dialog offers the formats the io registry reads: a new one appears everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QTreeView
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook
from navapp.gui.common.file_filters import (
    drive_filter,
    roadbook_filter,
    save_filters,
    track_filter,
)
from navapp.gui.editor import EditorWindow
from navapp.gui.gps.source_dialog import SourceDialog
from navapp.gui.review.window import ReviewWindow
from navapp.gui.shell.main_window import MainWindow
from navapp.io import registry
from navapp.io.registry import read_roadbook
from navapp.paths import demo_roadbook

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


class Dialogs:
    """QFileDialog's static functions, answering Cancel and keeping what they were given."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.filters: list[str] = []
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._one))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(self._many))

    def _one(self, _parent: Any, _caption: str, _dir: str, filt: str, *_a: Any) -> tuple[str, str]:
        self.filters.append(filt)
        return "", ""

    def _many(self, *args: Any) -> tuple[list[str], str]:
        self._one(*args)
        return [], ""


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


def _new_formats(monkeypatch: pytest.MonkeyPatch) -> None:
    """One new line in the registry's roadbook table, and one new track extension."""

    def reader(path: str | Path) -> Roadbook:
        raise AssertionError("not read here")

    monkeypatch.setitem(registry._OTHER_ROADBOOKS, ".xyz", ("xyz", reader))
    monkeypatch.setattr(registry, "ROADBOOK_EXTENSIONS", (".gpx", *registry._OTHER_ROADBOOKS))
    monkeypatch.setattr(registry, "TRACK_EXTENSIONS", (*registry.TRACK_EXTENSIONS, ".gpz"))


def test_filter_strings() -> None:
    entries = roadbook_filter().split(";;")
    every = " ".join(f"*{e} *{e.upper()}" for e in registry.ROADBOOK_EXTENSIONS)
    assert entries[0] == f"All roadbooks ({every})"
    assert "*.rn2 *.RN2" in entries[0]
    assert "Rally Navigator (*.rn2 *.RN2)" in entries
    assert entries[-1] == "All files (*)"
    for ext in registry.TRACK_EXTENSIONS:
        assert f"*{ext} *{ext.upper()}" in track_filter().split(";;")[0]
        assert f"*{ext} *{ext.upper()}" in drive_filter().split(";;")[0]
    filters, writers = save_filters()
    assert filters.split(";;") == list(writers)
    assert writers == {
        "OpenRally GPX (*.gpx *.GPX)": "openrally",
        "Plain GPX (*.gpx *.GPX)": "gpx",
        "Rally Navigator (*.rn2 *.RN2)": "rn2",
    }


def test_main_window_open_and_review_offer_every_format(
    qtbot: QtBot, settings: QSettings, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.open_action.trigger()
    assert "*.rn2 *.RN2" in dialogs.filters[-1].split(";;")[0]
    assert "Rally Navigator (*.rn2 *.RN2)" in dialogs.filters[-1]
    _new_formats(monkeypatch)
    window.open_action.trigger()
    assert "XYZ files (*.xyz *.XYZ)" in dialogs.filters[-1].split(";;")
    window.review_dialog()
    assert dialogs.filters[-1] == drive_filter() and "*.GPZ" in dialogs.filters[-1]


def test_editor_dialogs_offer_every_format(
    qtbot: QtBot,
    settings: QSettings,
    tmp_path: Path,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _new_formats(monkeypatch)
    editor = EditorWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *_: "discard")
    qtbot.addWidget(editor)
    menus = editor.menus
    menus._open_dialog()
    menus._import_gpx_dialog()
    assert dialogs.filters == [roadbook_filter()] * 2
    assert "*.xyz" in dialogs.filters[0]
    menus._generate_dialog()
    menus._route_dialog()
    assert dialogs.filters[2:] == [track_filter()] * 2
    assert "*.GPZ" in dialogs.filters[2]
    assert not menus.save_as_dialog()
    assert dialogs.filters[-1] == save_filters()[0]


def test_replay_and_review_dialogs_offer_every_track_format(
    qtbot: QtBot, settings: QSettings, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_formats(monkeypatch)
    source = SourceDialog(settings, ports=list)
    qtbot.addWidget(source)
    source._browse()
    review = ReviewWindow(read_roadbook(demo_roadbook()), [])
    qtbot.addWidget(review)
    review._ask_add_track()
    assert dialogs.filters == [drive_filter()] * 2
    assert "*.gpz *.GPZ" in dialogs.filters[0] and "*.igc *.IGC" in dialogs.filters[0]


def test_main_window_opens_an_rn2_from_the_dialog(
    qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    rn2 = Path(__file__).parents[3] / "data" / "roadbooknavi_minimal.rn2"
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(rn2), ""))
    )
    window.open_action.trigger()
    shown = window.roadbook()
    assert shown is not None and shown == read_roadbook(rn2)


def test_the_dialog_lists_each_entry(
    qtbot: QtBot, tmp_path: Path, screenshot_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_formats(monkeypatch)
    for name in ("stage.gpx", "OTHER.RN2", "list.xyz", "notes.txt"):
        (tmp_path / name).write_text("x", "utf-8")
    dialog = QFileDialog(None, "Open roadbook", str(tmp_path), roadbook_filter())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert dialog.nameFilters() == roadbook_filter().split(";;")
    dialog.resize(900, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.findChild(QTreeView)
    assert view is not None

    def listed() -> list[str]:
        model, root = view.model(), view.rootIndex()
        return sorted(model.index(r, 0, root).data() for r in range(model.rowCount(root)))

    # Both cases and the new format shown; a file of no roadbook format is not.
    qtbot.waitUntil(lambda: listed() == ["OTHER.RN2", "list.xyz", "stage.gpx"])
    assert dialog.grab().save(str(screenshot_dir / "open_roadbook_dialog.png"))
