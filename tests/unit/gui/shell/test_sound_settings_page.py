"""Settings › Sound: each cue's volume, mute and test button, spoken calls, the distance cues."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.core.cues import Cue
from navapp.gui.common import screen
from navapp.gui.common.screen import FRAME_ALLOWANCE
from navapp.gui.common.theme import palette
from navapp.gui.common.theme import theme as theme_named
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.settings import SoundSettings
from navapp.gui.shell.settings_dialog import SettingsDialog
from navapp.gui.sound import speech
from navapp.gui.sound.speech import NO_ENGINE

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


def again(settings: QSettings) -> QSettings:
    settings.sync()
    return QSettings(settings.fileName(), QSettings.Format.IniFormat)


@pytest.fixture
def voice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's test engine stands in for a speech engine."""
    monkeypatch.setattr(speech, "speech_engine", lambda: "mock")


@pytest.fixture
def no_voice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech, "speech_engine", lambda: None)


def test_the_page_shows_and_saves_every_sound_setting(
    qtbot: QtBot, settings: QSettings, voice: None
) -> None:
    volumes = {**SoundSettings().volumes, Cue.WP_MISSED: 40}
    saved = SoundSettings(
        speak_boxes=True,
        volumes=volumes,
        muted_cues=frozenset({Cue.BOX_NEAR}),
        box_near_m=400,
        off_route_m=90,
        overspeed_repeat_s=4,
        danger_level=2,
    )
    saved.save(settings)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    page = dialog.sound_page
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "Sound"
    assert page.values() == saved
    assert page.rows[Cue.WP_MISSED].figure.text() == "40"
    assert page.rows[Cue.BOX_NEAR].muted.isChecked()
    assert not page.rows[Cue.BOX_NEAR].volume.isEnabled()  # a muted cue's volume is greyed
    assert page.speak.isEnabled() and page.speak.isChecked()

    page.rows[Cue.OVERSPEED].volume.setValue(100)
    page.rows[Cue.GPS_LOST].muted.setChecked(True)
    page.rows[Cue.BOX_NEAR].muted.setChecked(False)
    page.all_muted.setChecked(True)
    page.off_route.setValue(200)
    page.danger_level.setCurrentIndex(page.danger_level.findData(1))
    dialog.save()
    stored = SoundSettings.load(again(settings))
    assert stored.volume(Cue.OVERSPEED) == 100 and stored.volume(Cue.WP_MISSED) == 40
    assert stored.muted_cues == frozenset({Cue.GPS_LOST})
    assert stored.muted and stored.off_route_m == 200 and stored.danger_level == 1
    assert settings.value("sound/gps_lost/muted") in (True, "true")


def test_spoken_calls_are_off_and_say_why_without_a_speech_engine(
    qtbot: QtBot, settings: QSettings, no_voice: None
) -> None:
    SoundSettings(speak_boxes=True).save(settings)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    page = dialog.sound_page
    assert not page.speak.isEnabled() and not page.speak.isChecked()
    assert page.speech_note.text() == NO_ENGINE and page.speak.toolTip() == NO_ENGINE


def test_the_test_button_plays_the_cue_at_the_volume_shown_even_muted(
    qtbot: QtBot, settings: QSettings, voice: None
) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    page = dialog.sound_page
    row = page.rows[Cue.DANGER_BOX]
    row.volume.setValue(65)
    row.muted.setChecked(True)
    page.all_muted.setChecked(True)
    page.speak.setChecked(True)
    qtbot.mouseClick(row.test, Qt.MouseButton.LeftButton)
    last = page.player.history[-1]
    assert (last.cue, last.volume, last.speech) == (Cue.DANGER_BOX, 65, "danger three")
    qtbot.waitUntil(lambda: page.player.current is None, timeout=15000)
    page.speak.setChecked(False)
    qtbot.mouseClick(page.rows[Cue.WP_OPENED].test, Qt.MouseButton.LeftButton)
    last = page.player.history[-1]
    assert (last.cue, last.volume, last.speech) == (Cue.WP_OPENED, 80, "")
    qtbot.waitUntil(lambda: page.player.current is None, timeout=5000)


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
@pytest.mark.parametrize("theme", ["day", "night"])
def test_sound_page_screenshots(
    qtbot: QtBot,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    screenshot_dir: Path,
    size: tuple[int, int],
    theme: str,
) -> None:
    w, h = size
    monkeypatch.setattr(screen, "available_geometry", lambda _w: QRect(0, 0, w, h))
    window = MainWindow(settings=settings, data_dir=tmp_path / "d", ask=lambda *_: False)
    qtbot.addWidget(window)
    window.set_theme(theme)
    # Night is held app-wide: every window, dialogs included, takes the theme's palette.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    day = app.palette()
    app.setPalette(palette(theme_named(theme)))
    try:
        _shoot(qtbot, settings, window, screenshot_dir, f"{theme}_{w}x{h}", w, h)
    finally:
        app.setPalette(day)


def _shoot(
    qtbot: QtBot,
    settings: QSettings,
    window: MainWindow,
    screenshot_dir: Path,
    tag: str,
    w: int,
    h: int,
) -> None:
    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.sound_page)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The page fits the width: no sideways scrolling, once the layout has settled.
    bar = dialog.page_scroll.horizontalScrollBar()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)
    assert dialog.width() + FRAME_ALLOWANCE.width() <= w
    assert dialog.height() + FRAME_ALLOWANCE.height() <= h
    assert dialog.buttons.geometry().bottom() < dialog.height()  # Save stays on screen
    # Every row's test button is reachable: within the page, the page scrolls to it.
    page = dialog.sound_page
    for row in page.rows.values():
        assert page.rect().contains(row.test.mapTo(page, row.test.rect().bottomRight()))
    assert dialog.grab().save(str(screenshot_dir / f"settings_sound_{tag}.png"))
    dialog.page_scroll.verticalScrollBar().setValue(
        dialog.page_scroll.verticalScrollBar().maximum()
    )
    assert dialog.grab().save(str(screenshot_dir / f"settings_sound_{tag}_end.png"))
