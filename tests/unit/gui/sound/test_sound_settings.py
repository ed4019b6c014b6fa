"""Sound settings kept between runs: per-cue volume and mute, master mute, spoken calls."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from navapp.core.cues import Cue, CueOptions
from navapp.gui.shell.settings import (
    DEFAULT_VOLUME,
    SOUND_MUTED_KEY,
    SoundSettings,
    sound_key,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


def test_everything_audible_at_the_default_volume_when_nothing_is_saved(
    settings: QSettings,
) -> None:
    sound = SoundSettings.load(settings)
    assert sound == SoundSettings()
    assert all(sound.volume(c) == DEFAULT_VOLUME and sound.audible(c) for c in Cue)
    assert not sound.speak_boxes


def test_round_trip_through_an_ini_file(tmp_path: Path, settings: QSettings) -> None:
    volumes = {**SoundSettings().volumes, Cue.OVERSPEED: 100, Cue.WP_OPENED: 0}
    sound = SoundSettings(
        muted=True,
        speak_boxes=True,
        volumes=volumes,
        muted_cues=frozenset({Cue.BOX_NEAR, Cue.OFF_ROUTE}),
        box_near_m=500,
        off_route_m=80,
        overspeed_repeat_s=5,
        danger_level=2,
    )
    sound.save(settings)
    settings.sync()
    again = SoundSettings.load(QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat))
    assert again == sound
    assert settings.value("sound/overspeed/volume") in (100, "100")
    assert not again.audible(Cue.WP_OPENED)  # volume 0 is silent
    assert not again.audible(Cue.GPS_LOST)  # the master mute


def test_unreadable_or_out_of_range_values_get_their_defaults(settings: QSettings) -> None:
    settings.setValue(sound_key(Cue.WP_MISSED, "volume"), "loud")
    settings.setValue(sound_key(Cue.GPS_LOST, "volume"), 250)
    settings.setValue(sound_key(Cue.GPS_BACK, "muted"), "perhaps")
    settings.setValue(SOUND_MUTED_KEY, "yes")
    settings.setValue("sound/box_near_m", -3)
    settings.setValue("sound/danger_level", 7)
    sound = SoundSettings.load(settings)
    d = SoundSettings()
    assert sound.volume(Cue.WP_MISSED) == sound.volume(Cue.GPS_LOST) == DEFAULT_VOLUME
    assert Cue.GPS_BACK not in sound.muted_cues
    assert sound.muted
    assert (sound.box_near_m, sound.danger_level) == (d.box_near_m, d.danger_level)


def test_the_planner_gets_the_distances_and_the_spoken_calls(settings: QSettings) -> None:
    sound = SoundSettings(
        speak_boxes=True, box_near_m=450, off_route_m=60, overspeed_repeat_s=7, danger_level=1
    )
    assert sound.cue_options() == CueOptions(
        box_near_m=450.0,
        off_route_m=60.0,
        overspeed_repeat_s=7.0,
        danger_level=1,
        speak_boxes=True,
    )
    assert SoundSettings().cue_options() == CueOptions(speak_boxes=False)
