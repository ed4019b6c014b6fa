"""The editor opens every roadbook format, never saves one over its file in another format,
and saves in every writer's format, saying what a format could not hold."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook
from navapp.gui.editor import EditorWindow
from navapp.io.registry import read_roadbook, roadbook_format, write_roadbook
from navapp.paths import demo_roadbook

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

DATA = Path(__file__).parents[3] / "data"
RN2 = DATA / "roadbooknavi_minimal.rn2"
OPENRALLY = "OpenRally GPX (*.gpx *.GPX)"
PLAIN = "Plain GPX (*.gpx *.GPX)"
RALLY_NAVIGATOR = "Rally Navigator (*.rn2 *.RN2)"


class SaveDialog:
    """QFileDialog.getSaveFileName answering from a queue; remembers what it was given."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[tuple[str, str]] = []
        self.asked: list[tuple[str, str, str]] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self._ask))

    def _ask(
        self, _parent: Any, _caption: str, start: str, filters: str, selected: str = "", *_a: Any
    ) -> tuple[str, str]:
        self.asked.append((start, filters, selected))
        return self.answers.pop(0) if self.answers else ("", "")


@pytest.fixture
def dialog(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    return SaveDialog(monkeypatch)


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[EditorWindow]:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    # Closing at teardown discards; no test here is asked anything else.
    w = EditorWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *_: "discard")
    qtbot.addWidget(w)
    w.resize(1280, 800)
    yield w


def _copy(src: Path, dest: Path) -> Path:
    dest.write_bytes(src.read_bytes())
    return dest


def _same_stage(a: Roadbook, b: Roadbook) -> None:
    """Boxes, distances (1 m), positions (1e-7°), CAPs and waypoint types kept."""
    assert len(a.boxes) == len(b.boxes)
    for x, y in zip(a.boxes, b.boxes, strict=True):
        assert math.isclose(x.total_km, y.total_km, abs_tol=0.001)
        assert math.isclose(x.lat or 0.0, y.lat or 0.0, abs_tol=1e-7)
        assert math.isclose(x.lon or 0.0, y.lon or 0.0, abs_tol=1e-7)
        assert x.cap == y.cap
        assert [w.type for w in x.waypoints] == [w.type for w in y.waypoints]


def test_rally_navigator_file_opens_as_new_and_save_never_writes_over_it(
    editor: EditorWindow, dialog: SaveDialog, tmp_path: Path
) -> None:
    src = _copy(RN2, tmp_path / "minimal.rn2")
    before = src.read_bytes()
    assert editor.open_path(src)
    opened = read_roadbook(src)
    assert editor.roadbook() == opened
    # navapp does not keep all of this file (a curve, a free line): it opens as new, and
    # closing without an edit loses nothing.
    assert opened.warnings and not editor.is_modified()
    assert editor.path() == "" and editor.document.source() == str(src)
    assert "from minimal.rn2, not saved" in editor.windowTitle()
    assert "not kept from the tulips and notes" in editor.statusBar().currentMessage()

    # Save asks for a name, beside the file, as OpenRally .gpx; Cancel writes nothing.
    assert not editor.save()
    start, filters, selected = dialog.asked[-1]
    assert start == str(tmp_path / "minimal.gpx") and selected == OPENRALLY
    assert RALLY_NAVIGATOR in filters.split(";;")
    assert src.read_bytes() == before
    assert editor.update_box(0, notes_text="edited")
    assert not editor.save() and editor.is_modified()
    assert src.read_bytes() == before

    # Saved as OpenRally: the .gpx is the file now, the .rn2 untouched.
    dialog.answers.append((str(tmp_path / "minimal"), OPENRALLY))
    assert editor.save()
    out = tmp_path / "minimal.gpx"
    assert editor.path() == str(out) and not editor.is_modified()
    assert roadbook_format(out) == "openrally"
    assert read_roadbook(out) == replace(editor.roadbook(), warnings=())
    assert src.read_bytes() == before
    assert "minimal.gpx" in editor.windowTitle() and "from" not in editor.windowTitle()


def test_save_as_rn2_and_plain_gpx_read_back(
    editor: EditorWindow, dialog: SaveDialog, tmp_path: Path
) -> None:
    assert editor.open_path(RN2)
    opened = editor.roadbook()
    dialog.answers.append((str(tmp_path / "again"), RALLY_NAVIGATOR))
    assert editor.menus.save_as_dialog()
    rn2 = tmp_path / "again.rn2"
    assert editor.path() == str(rn2) and editor.document.format() == "rn2"
    back = read_roadbook(rn2)
    _same_stage(back, opened)
    assert back.warnings == ()  # what navapp keeps, it writes and reads back whole
    assert not editor.error_box()  # nothing lost: no message

    # The next plain Save writes .rn2 again, with the edit.
    assert editor.update_box(0, cap=123)
    assert editor.save()
    assert read_roadbook(rn2).boxes[0].cap == 123
    assert dialog.asked == [dialog.asked[0]]  # Save did not ask again

    # Plain GPX chosen by its entry, the name typed with .gpx.
    dialog.answers.append((str(tmp_path / "plain.gpx"), PLAIN))
    assert editor.menus.save_as_dialog()
    plain = tmp_path / "plain.gpx"
    assert dialog.asked[-1][2] == RALLY_NAVIGATOR  # the dialog starts on the file's format
    assert roadbook_format(plain) == "gpx" and editor.document.format() == "gpx"
    back = read_roadbook(plain)
    assert [(b.lat, b.lon) for b in back.boxes] == [(b.lat, b.lon) for b in editor.roadbook().boxes]


def test_a_file_navapp_wrote_saves_back_in_its_format(
    editor: EditorWindow, dialog: SaveDialog, tmp_path: Path
) -> None:
    mine = tmp_path / "mine.rn2"
    write_roadbook(read_roadbook(RN2), mine, "rn2")
    assert editor.open_path(mine)
    assert editor.path() == str(mine) and editor.document.format() == "rn2"
    assert not editor.is_modified() and "mine.rn2" in editor.windowTitle()
    assert editor.update_box(0, notes_text="careful")
    assert editor.save()
    assert dialog.asked == []
    assert read_roadbook(mine).boxes[0].notes_text == "careful"
    assert mine.read_bytes()[:1] == b"{"  # still .rn2, not GPX under an .rn2 name

    # Changed by another program in a way navapp does not read: Save asks instead.
    text = mine.read_text("utf-8").replace('"coordFormat":1', '"coordFormat":2')
    mine.write_text(text, "utf-8")
    assert editor.open_path(mine)
    assert editor.path() == "" and not editor.is_modified()
    assert "from mine.rn2, not saved" in editor.windowTitle()
    assert not editor.save()
    assert mine.read_text("utf-8") == text


def test_what_rn2_cannot_hold_is_shown_in_a_message(
    editor: EditorWindow, dialog: SaveDialog, tmp_path: Path, qtbot: QtBot
) -> None:
    editor.open_path(demo_roadbook())
    dialog.answers.append((str(tmp_path / "demo.rn2"), OPENRALLY))  # the typed name decides
    assert editor.menus.save_as_dialog()
    assert roadbook_format(tmp_path / "demo.rn2") == "rn2"
    box = editor.error_box()
    assert box is not None and box.windowTitle() == "Saved without some of the roadbook"
    assert "not written to .rn2:" in box.text() and "danger (7 of the boxes)" in box.text()
    assert "Traceback" not in box.text()
    assert "not written to .rn2" in editor.statusBar().currentMessage()
    box.close()


def test_a_refused_save_is_one_line_and_writes_nothing(
    editor: EditorWindow, dialog: SaveDialog, tmp_path: Path
) -> None:
    # The OpenRally example has no positions; .rn2 needs them.
    assert editor.open_path(DATA / "openrally_v1.0.3_example.gpx")
    dialog.answers.append((str(tmp_path / "x.rn2"), RALLY_NAVIGATOR))
    assert not editor.menus.save_as_dialog()
    assert not (tmp_path / "x.rn2").exists()
    box = editor.error_box()
    assert box is not None and "box 1 has no coordinates; .rn2 needs them" in box.text()
    assert "\n" not in box.text()
    box.close()


def test_recovered_autosave_of_an_rn2_asks_where_to_save(
    editor: EditorWindow,
    dialog: SaveDialog,
    tmp_path: Path,
    make_editor: Callable[[], EditorWindow],
) -> None:
    mine = tmp_path / "mine.rn2"
    write_roadbook(read_roadbook(RN2), mine, "rn2")
    assert editor.open_path(mine) and editor.document.format() == "rn2"
    assert editor.update_box(0, cap=45)
    assert editor.autosave_now()
    # The next editor finds the autosave of a session that stopped.
    again = make_editor()
    assert again.offer_recovery()
    assert again.roadbook().boxes[0].cap == 45
    assert again.path() == "" and again.document.source() == str(mine)
    assert again.save() is False  # Save asks (the dialog answers Cancel): nothing written
    assert read_roadbook(mine).boxes[0].cap != 45


def test_recovered_autosave_of_a_foreign_file_names_it_and_stays_new(
    editor: EditorWindow, make_editor: Callable[[], EditorWindow]
) -> None:
    assert editor.open_path(RN2) and not editor.autosave_now()  # nothing to keep yet
    assert editor.update_box(0, cap=200)
    assert editor.autosave_now()
    again = make_editor()
    question = again.document.recovery_question()
    assert question is not None and question[0] == "roadbooknavi_minimal.rn2"
    assert again.offer_recovery()
    assert again.path() == "" and again.document.source() == str(RN2)
    assert "from roadbooknavi_minimal.rn2, not saved" in again.windowTitle()
    assert again.roadbook().boxes[0].cap == 200


@pytest.fixture
def make_editor(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[], EditorWindow]]:
    made: list[EditorWindow] = []

    def make() -> EditorWindow:
        settings = QSettings(str(tmp_path / "navapp2.ini"), QSettings.Format.IniFormat)
        answers = ["save"]
        w = EditorWindow(
            settings=settings,
            data_dir=tmp_path / "data",
            ask=lambda *_: answers.pop(0) if answers else "discard",
        )
        qtbot.addWidget(w)
        made.append(w)
        return w

    yield make


@pytest.mark.parametrize("which", ["minimal", "demo"])
def test_screenshot_with_an_rn2_open(
    editor: EditorWindow, qtbot: QtBot, screenshot_dir: Path, tmp_path: Path, which: str
) -> None:
    if which == "minimal":
        path = RN2
    else:
        path = tmp_path / "demo.rn2"
        write_roadbook(read_roadbook(demo_roadbook()), path, "rn2")
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.open_path(path)
    # Rally Navigator's sample is not what navapp writes back byte for byte: it opens as new.
    # navapp's own .rn2 is (the box points its route holds are not written twice): it opens
    # as itself, and Save writes it in place.
    new = f"from {path.name}, not saved" in editor.windowTitle()
    assert new == (which == "minimal"), editor.windowTitle()
    assert editor.statusBar().currentMessage().startswith("Opened")
    QApplication.processEvents()  # the status line is painted
    assert editor.grab().save(str(screenshot_dir / f"editor_rn2_{which}.png"))
