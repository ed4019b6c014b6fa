"""The editor's files: saves that fail safely, opens and imports, autosave and recovery, the
unsaved-changes question, a new roadbook and PDF export."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook
from navapp.gui.editor import EditorWindow
from navapp.gui.editor.files import RECOVERY_TITLE
from navapp.io.registry import read_roadbook
from navapp.paths import demo_drive
from tests.unit.gui.editor.co_driver import Ask, type_into

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


def test_killed_save_leaves_old_file_and_window_modified(
    window: EditorWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "stage.gpx"
    assert window.save_as(out)
    old = out.read_bytes()
    window.select_row(2)
    type_into(qtbot, window.detail.cap, "45")

    def boom(*_a: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    assert not window.save()
    monkeypatch.undo()
    assert out.read_bytes() == old
    assert window.is_modified() and window.isWindowModified()
    assert "disk full" in window.statusBar().currentMessage()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    box = window.error_box()
    assert box is not None
    box.close()


def test_bad_open_leaves_the_roadbook(window: EditorWindow, demo: Roadbook, tmp_path: Path) -> None:
    bad = tmp_path / "broken.gpx"
    bad.write_text("<gpx", "utf-8")
    window.select_row(3)
    window.update_box(3, cap=12)
    edited = window.roadbook()
    with pytest.MonkeyPatch.context():
        assert not window.open_path(bad)
    assert window.roadbook() == edited
    assert window.is_modified()
    assert "broken.gpx" in window.statusBar().currentMessage()
    window.error_box().close()  # type: ignore[union-attr]


def test_autosave_then_recovery_after_a_crash(
    make_window: Callable[[Ask], EditorWindow], demo: Roadbook, tmp_path: Path
) -> None:
    path = tmp_path / "stage.gpx"
    crashed = make_window(Ask("discard"))
    crashed.set_roadbook(demo, str(path))
    assert crashed.save()
    assert not crashed.autosave_now()  # nothing unsaved: no autosave
    crashed.update_box(6, cap=33)
    assert crashed.autosave_now()
    assert crashed.autosave.path.is_file()
    edited = crashed.roadbook()
    # The crash: the window never closes; a new one starts on the same data folder.
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, crashed.autosave.path.stat().st_mtime_ns - 10**9))

    ask = Ask("save")
    fresh = make_window(ask)
    assert fresh.offer_recovery()
    assert ask.asked[0][0] == RECOVERY_TITLE
    assert fresh.roadbook().boxes[6].cap == 33
    assert [b.total_km for b in fresh.roadbook().boxes] == [b.total_km for b in edited.boxes]
    assert fresh.path() == str(path)
    assert fresh.is_modified() and fresh.isWindowModified()
    assert fresh.save()
    assert not fresh.autosave.path.exists()
    assert not fresh.offer_recovery()


def test_recovery_not_offered_when_file_is_newer_and_discard_removes(
    make_window: Callable[[Ask], EditorWindow], demo: Roadbook, tmp_path: Path
) -> None:
    path = tmp_path / "stage.gpx"
    w = make_window(Ask("discard"))
    w.set_roadbook(demo, str(path))
    w.update_box(6, cap=33)
    assert w.autosave_now()
    w.autosave.path.touch()
    w.save_as(path)  # a clean save removes the autosave
    assert not w.autosave.path.exists()

    w.update_box(6, cap=34)
    assert w.autosave_now()
    later = Ask("discard")
    other = make_window(later)
    assert not other.offer_recovery()
    assert len(later.asked) == 1
    assert not other.autosave.path.exists()


def test_unsaved_changes_prompt_on_close(
    make_window: Callable[[Ask], EditorWindow], demo: Roadbook, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "stage.gpx"
    ask = Ask("cancel")
    w = make_window(ask)
    w.set_roadbook(demo, str(out))
    w.show()
    w.update_box(2, cap=1)
    assert w.autosave_now()
    assert not w.close()  # cancel keeps it open
    assert w.isVisible() and w.is_modified()
    assert ask.asked[-1][0] == "Unsaved changes"

    ask.answers = ["save"]
    assert w.close()
    assert not w.isVisible()
    assert read_roadbook(out).boxes[2].cap == 1
    assert not w.autosave.path.exists()

    ask2 = Ask("discard")
    w2 = make_window(ask2)
    w2.set_roadbook(demo, str(out))
    w2.show()
    w2.update_box(2, cap=7)
    assert w2.autosave_now()
    assert w2.close()
    assert read_roadbook(out).boxes[2].cap == 1  # discarded, not written
    assert not w2.autosave.path.exists()

    ask3 = Ask()
    w3 = make_window(ask3)
    w3.set_roadbook(demo)
    w3.show()
    assert w3.close()  # nothing to save: no question
    assert ask3.asked == []


def test_new_and_export_pdf(window: EditorWindow, tmp_path: Path) -> None:
    pytest.importorskip("navapp.gui.common.printing")
    out = tmp_path / "stage.pdf"
    assert window.export_pdf(out, "a5")
    assert out.read_bytes().startswith(b"%PDF")
    assert "page" in window.statusBar().currentMessage()
    window.new_roadbook()
    assert window.roadbook().boxes == ()
    assert window.path() == ""
    assert not window.is_modified()


def test_import_gpx_opens_unsaved(window: EditorWindow, data_dir: Path) -> None:
    path = data_dir / "openrally_v1.0.3_example.gpx"
    assert window.import_gpx(path)
    assert window.roadbook() == read_roadbook(path)
    assert window.path() == "" and window.is_modified() and window.isWindowModified()


KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Test stage</name>
<Placemark><name>DSS</name><Point><coordinates>{a}</coordinates></Point></Placemark>
<Placemark><name>WPM 1</name><Point><coordinates>{b}</coordinates></Point></Placemark>
<Placemark><name>ASS</name><Point><coordinates>{c}</coordinates></Point></Placemark>
</Document></kml>
"""


def test_import_kml(window: EditorWindow, demo: Roadbook, tmp_path: Path) -> None:
    kml = pytest.importorskip("navapp.io.kml")
    b = demo.boxes
    pts = [f"{x.lon},{x.lat},0" for x in (b[0], b[9], b[-1])]
    path = tmp_path / "stage.kml"
    path.write_text(KML.format(a=pts[0], b=pts[1], c=pts[2]), "utf-8")
    assert window.import_kml(path, demo_drive())
    expected = kml.read_kml_roadbook(path, demo_drive())
    assert window.roadbook() == expected
    assert window.path() == "" and window.is_modified()
    assert window.undo_stack.count() == 0

    bad = tmp_path / "bad.kml"
    bad.write_text("<kml>", "utf-8")
    assert not window.import_kml(bad)
    assert window.roadbook() == expected
    window.error_box().close()  # type: ignore[union-attr]


def test_quit_asks_every_editor_window_like_closing(
    make_window: Callable[[Ask], EditorWindow], demo: Roadbook, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "first.gpx"
    ask1, ask2, ask3 = Ask(), Ask("cancel"), Ask()
    w1, w2, w3 = make_window(ask1), make_window(ask2), make_window(ask3)
    w1.set_roadbook(demo, str(out))
    w2.set_roadbook(demo)
    w3.set_roadbook(demo)
    other = QMainWindow()  # the drive window, say
    qtbot.addWidget(other)
    for w in (w1, w2, w3, other):
        w.show()
    w1.update_box(2, cap=11)
    w2.update_box(2, cap=22)
    quit_action = w2.menus.quit_action
    assert quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert quit_action.text() == "&Quit"

    # Cancel in the window quitting: everything stays open, no other window is asked.
    quit_action.trigger()
    assert [w.isVisible() for w in (w1, w2, w3, other)] == [True] * 4
    assert ask2.asked[-1][0] == "Unsaved changes" and ask1.asked == []

    # Cancel in another editor: the one quitting has closed (as it was told), the rest stay.
    ask2.answers = ["discard"]
    ask1.answers = ["cancel"]
    assert not w2.menus.quit()
    assert not w2.isVisible()
    assert w1.isVisible() and other.isVisible()  # the clean w3 may have closed before
    assert len(ask1.asked) == 1

    # Save in it: every window closes, the clean one without a question.
    ask1.answers = ["save"]
    assert w1.menus.quit()
    assert [w.isVisible() for w in (w1, w3, other)] == [False] * 3
    assert read_roadbook(out).boxes[2].cap == 11
    assert ask3.asked == []


@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_quit_from_the_editor_asks_before_ending_a_live_drive(
    make_window: Callable[[Ask], EditorWindow],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    from types import SimpleNamespace

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from navapp.gui.shell.main_window import MainWindow

    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *a: True)
    qtbot.addWidget(main)
    main.show()
    stopped: list[bool] = []
    # A drive following a real GPS (the session's own start needs a receiver).
    main.session = SimpleNamespace(live=True, stop=lambda: stopped.append(True))  # type: ignore[assignment]
    editor = make_window(Ask())
    editor.show()
    asked: list[str] = []

    def question(_parent: object, title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    quitted = editor.menus.quit()
    assert len(asked) == 1 and "drive" in asked[0]
    if answer == "No":
        # Nothing closes and the drive goes on.
        assert not quitted and editor.isVisible() and main.isVisible() and stopped == []
    else:
        assert quitted and not editor.isVisible() and not main.isVisible() and stopped == [True]
    main.session = None
