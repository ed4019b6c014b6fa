"""Every window and dialog fits a 1024×600 tablet with its title bar; the settings dialog's
Save button stays on screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from navapp.core.model import Units
from navapp.core.summary import DriveSummary
from navapp.gui.common import screen
from navapp.gui.common.screen import FRAME_ALLOWANCE, fit_to_screen, fitted_size

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

TABLET = QRect(0, 0, 1024, 600)
ROOT = Path(__file__).parents[4]


def test_fitted_size_shrinks_to_the_available_rect_less_the_frame() -> None:
    assert fitted_size(QSize(1280, 800), QSize(1024, 600), QSize(8, 36)) == QSize(1016, 564)
    assert fitted_size(QSize(620, 420), QSize(1024, 600), QSize(8, 36)) == QSize(620, 420)
    assert fitted_size(QSize(960, 720), QSize(1024, 600), QSize(8, 36)) == QSize(960, 564)
    assert fitted_size(QSize(500, 500), QSize(4, 4), QSize(8, 36)) == QSize(1, 1)


def test_fit_to_screen_uses_the_injected_available_geometry(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screen, "available_geometry", lambda _w: QRect(0, 24, 1024, 576))
    w = QWidget()
    qtbot.addWidget(w)
    assert fit_to_screen(w, (1280, 800)) == QSize(1016, 540)
    assert w.size() == QSize(1016, 540)
    monkeypatch.setattr(screen, "available_geometry", lambda _w: None)
    assert fit_to_screen(w, (300, 200)) == QSize(300, 200)
    assert w.size() == QSize(300, 200)


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


def _settings_dialog(tmp_path: Path) -> QWidget:
    from navapp.gui.shell.settings_dialog import SettingsDialog

    return SettingsDialog(_settings(tmp_path))


def _review(tmp_path: Path) -> QWidget:
    from navapp.core.review import review
    from navapp.gui.review import ReviewWindow
    from navapp.io.registry import read_roadbook, read_track
    from navapp.paths import demo_drive, demo_roadbook

    roadbook, drive = read_roadbook(demo_roadbook()), read_track(demo_drive())
    return ReviewWindow(roadbook, [(drive, review(roadbook, drive))])


def _editor(tmp_path: Path) -> QWidget:
    from navapp.gui.editor.window import EditorWindow

    return EditorWindow(
        settings=_settings(tmp_path), data_dir=tmp_path / "data", ask=lambda *_: "cancel"
    )


def _main(tmp_path: Path) -> QWidget:
    from navapp.gui.shell.main_window import MainWindow

    return MainWindow(settings=_settings(tmp_path), data_dir=tmp_path / "d", ask=lambda *_: False)


def _source(tmp_path: Path) -> QWidget:
    from navapp.gui.gps.source_dialog import SourceDialog

    return SourceDialog(_settings(tmp_path), ports=list)


def _generate(tmp_path: Path) -> QWidget:
    from navapp.core.recordings import split_recordings
    from navapp.gui.editor.files import GenerateDialog, GenerateOptions
    from navapp.io.registry import read_track

    data = ROOT / "tests" / "data" / "gpsbabel_skytraq_two_recordings.gpx"
    return GenerateDialog(GenerateOptions(), None, split_recordings(read_track(data)))


def _tulip(tmp_path: Path) -> QWidget:
    from navapp.gui.editor.tulip.dialog import TulipEditorDialog

    return TulipEditorDialog(None)


def _summary(tmp_path: Path) -> QWidget:
    from navapp.gui.drive.summary import SummaryDialog

    return SummaryDialog(DriveSummary((), (), (), 123.4, 5400.0), Units.METRIC)


def _about(tmp_path: Path) -> QWidget:
    from navapp.gui.shell.about import open_about

    parent = QWidget()
    box = open_about(parent)
    box.setParent(None)
    return box


WINDOWS: dict[str, Callable[[Path], QWidget]] = {
    "settings": _settings_dialog,
    "review": _review,
    "editor": _editor,
    "main": _main,
    "source": _source,
    "generate": _generate,
    "tulip": _tulip,
    "summary": _summary,
    "about": _about,
}


@pytest.mark.parametrize("name", list(WINDOWS))
def test_each_window_fits_a_1024x600_tablet_with_its_title_bar(
    name: str, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screen, "available_geometry", lambda _w: QRect(TABLET))
    w = WINDOWS[name](tmp_path)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    size = w.size()
    assert size.width() + FRAME_ALLOWANCE.width() <= TABLET.width(), (name, size)
    assert size.height() + FRAME_ALLOWANCE.height() <= TABLET.height(), (name, size)
    buttons = getattr(w, "buttons", None)
    if isinstance(buttons, QWidget):  # OK/Save inside the window, not cut off
        assert buttons.isVisible()
        bottom = buttons.mapTo(w, buttons.rect().bottomRight())
        assert bottom.y() < size.height() and bottom.x() < size.width(), (name, bottom)


def test_the_settings_dialog_scrolls_rather_than_pushing_save_off_screen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screen, "available_geometry", lambda _w: QRect(0, 0, 800, 400))
    from navapp.gui.shell.settings_dialog import SettingsDialog

    d = _settings_dialog(tmp_path)
    assert isinstance(d, SettingsDialog)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    assert d.height() + FRAME_ALLOWANCE.height() <= 400
    assert d.page_scroll.widget() is d.tabs
    assert d.buttons.geometry().bottom() < d.height()


@pytest.mark.parametrize(
    ("tag", "width", "height", "scale"), [("tablet", 1024, 600, "1"), ("desk15", 1280, 800, "1.5")]
)
def test_windows_fit_a_real_offscreen_screen(
    tag: str, width: int, height: int, scale: str, tmp_path: Path, screenshot_dir: Path
) -> None:
    """A configured offscreen screen (a real QScreen), and Qt's own scaling: sizes and PNGs."""
    config = tmp_path / "screen.json"
    one = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**one, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
    }
    out = subprocess.run(
        [sys.executable, "-m", "tests.unit.gui.common.fit_shots", str(screenshot_dir), tag],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    sizes = json.loads(out.stdout.strip().splitlines()[-1])
    avail_w, avail_h = sizes["screen"]
    assert (avail_w, avail_h) == (round(width / float(scale)), round(height / float(scale)))
    for name in ("settings", "review", "editor", "main"):
        assert sizes[name][0] <= avail_w and sizes[name][1] <= avail_h, (name, sizes)
    assert sizes["save_bottom"] <= sizes["settings_inner"][1]
    for name in ("settings", "review", "editor", "main"):
        assert (screenshot_dir / f"fit_{tag}_{name}.png").stat().st_size > 0
