"""Bugs are told apart from bad files: a bug gives the crash dialog and a log, a bad file one line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook
from navapp.errors import CRASH_FOLDER
from navapp.gui.shell.crash import CRASH_TITLE, CrashHandler, install_crash_handler
from navapp.gui.shell.main_window import MainWindow
from navapp.io import registry

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def handler(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CrashHandler:
    """The app's crash handler as sys.excepthook, logging under tmp_path/data (restored after)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return install_crash_handler(lambda: tmp_path / "data")


def _open_from_menu(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """File › Open… as the co-driver does it: the action's slot runs from Qt's event loop."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    window.open_action.trigger()


@pytest.mark.qt_no_exception_capture
def test_a_bad_file_still_shows_its_one_line_and_writes_no_log(
    qtbot: QtBot,
    settings: QSettings,
    tmp_path: Path,
    handler: CrashHandler,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = tmp_path / "garbage.gpx"
    bad.write_bytes(b"\x00\x01 not a roadbook")
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.load_failed) as blocker:
        _open_from_menu(window, bad, monkeypatch)
    assert blocker.args[0].startswith(f"{bad}:")
    assert "\n" not in blocker.args[0]
    box = window.error_box()
    assert box is not None and box.windowTitle() == "Cannot open roadbook"
    assert box.text() == blocker.args[0]
    box.accept()
    assert handler.dialogs == []
    assert not (tmp_path / "data").exists()


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_gives_the_crash_dialog_and_a_log_with_its_traceback(
    qtbot: QtBot,
    settings: QSettings,
    tmp_path: Path,
    handler: CrashHandler,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = tmp_path / "stage.gpx"
    good.write_text("<gpx/>")

    def broken_reader(path: str) -> Roadbook:
        raise RuntimeError("injected bug: the reader lost its index")

    monkeypatch.setattr(registry, "read_roadbook", broken_reader)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    failed: list[str] = []
    window.load_failed.connect(failed.append)

    _open_from_menu(window, good, monkeypatch)

    # Not "Cannot open": the co-driver is told it is a bug and where the log is.
    assert failed == []
    assert window.error_box() is None
    assert len(handler.dialogs) == 1
    dialog = handler.dialogs[0]
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == CRASH_TITLE
    assert "bug" in dialog.text()
    log = handler.last_log
    assert log is not None and log.parent == tmp_path / "data" / CRASH_FOLDER
    assert str(log) in dialog.informativeText()
    assert "RuntimeError: injected bug: the reader lost its index" in dialog.informativeText()
    text = log.read_text("utf-8")
    assert "Traceback (most recent call last)" in text
    assert "broken_reader" in text and "open_dialog" in text
    assert text.rstrip().endswith("RuntimeError: injected bug: the reader lost its index")
    # Whoever started navapp from a terminal sees it too.
    assert "injected bug" in capsys.readouterr().err
    dialog.done(0)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The app goes on. The same bug again (a paint, a fix stream) is counted, not logged or
    # shown again; another bug gets its own log and dialog.
    _open_from_menu(window, good, monkeypatch)
    assert len(handler.dialogs) == 1 and not dialog.isVisible()
    assert list(handler.seen.values()) == [2]
    assert sorted((tmp_path / "data" / CRASH_FOLDER).iterdir()) == [log]

    def other_bug(path: str) -> Roadbook:
        raise KeyError("another injected bug")

    monkeypatch.setattr(registry, "read_roadbook", other_bug)
    _open_from_menu(window, good, monkeypatch)
    assert handler.last_log is not None and handler.last_log != log
    assert "KeyError: 'another injected bug'" in handler.last_log.read_text("utf-8")
    assert len(list((tmp_path / "data" / CRASH_FOLDER).glob("crash-*.log"))) == 2
    assert handler.dialogs[-1] is not dialog and handler.dialogs[-1].isVisible()
    handler.dialogs[-1].done(0)


def _raise_and_report(handler: CrashHandler, exc: Exception) -> None:
    try:
        raise exc
    except Exception:
        handler(*sys.exc_info())


@pytest.mark.qt_no_exception_capture
def test_one_crash_dialog_at_a_time_and_every_bug_logged(
    qtbot: QtBot, handler: CrashHandler, tmp_path: Path, screenshot_dir: Path
) -> None:
    _raise_and_report(handler, RuntimeError("first bug"))
    _raise_and_report(handler, KeyError("second bug"))
    assert len(list((tmp_path / "data" / CRASH_FOLDER).iterdir())) == 2
    assert len(handler.dialogs) == 1
    dialog = handler.dialogs[0]
    qtbot.waitUntil(dialog.isVisible)
    assert "RuntimeError: first bug" in dialog.informativeText()
    dialog.grab().save(str(screenshot_dir / "crash_dialog.png"))
    dialog.done(0)


@pytest.mark.qt_no_exception_capture
def test_a_log_that_cannot_be_written_is_said_in_the_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handler = install_crash_handler(lambda: blocker)
    _raise_and_report(handler, RuntimeError("bug"))
    assert handler.last_log is None
    dialog = handler.dialogs[0]
    assert "could not be saved" in dialog.informativeText()
    dialog.done(0)


@pytest.mark.qt_no_exception_capture
def test_a_bug_while_the_app_opens_its_roadbook_gets_the_crash_dialog(
    qtbot: QtBot,
    settings: QSettings,
    tmp_path: Path,
    handler: CrashHandler,
    data_dir: Path,
) -> None:
    from navapp.gui.shell.app import create_application, start_gui

    def broken_loader(path: str) -> Roadbook:
        raise RuntimeError("injected bug while opening")

    create_application()
    window = MainWindow(settings=settings, data_dir=tmp_path, loader=broken_loader)
    qtbot.addWidget(window)
    assert start_gui(str(data_dir / "openrally_v1.0.3_example.gpx"), window=window) is window
    assert window.isVisible() and handler.dialogs == []
    qtbot.waitUntil(lambda: bool(handler.dialogs))
    assert "injected bug while opening" in handler.dialogs[0].informativeText()
    assert handler.last_log is not None and "broken_loader" in handler.last_log.read_text("utf-8")
    assert window.isVisible()
    handler.dialogs[0].done(0)
