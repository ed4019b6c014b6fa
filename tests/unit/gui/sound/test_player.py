"""The cue player queues, plays and speaks as the settings say, with or without a sound card.

Offscreen test machines have no sound device: the queue is checked, not the audio. Each cue
holds the queue for the length of its sound file plus the gap, so the waits here are bounded by
those lengths (under a second a cue), never by a sleep.
"""

from __future__ import annotations

import wave
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from navapp.core.cues import Cue, CueEvent
from navapp.gui.shell.settings import SoundSettings
from navapp.gui.sound import speech
from navapp.gui.sound.player import GAP_MS, NO_OUTPUT, CuePlayer, gain, sounds_dir

pytestmark = pytest.mark.gui


def ev(cue: Cue, t: float = 0.0, speech: str = "") -> CueEvent:
    return CueEvent(t, cue, speech=speech)


def played(player: CuePlayer) -> list[Cue]:
    return [p.cue for p in player.history]


@pytest.fixture
def player(qtbot: QtBot) -> CuePlayer:
    return CuePlayer(SoundSettings())


def test_gain_is_even_to_the_ear() -> None:
    assert gain(0) == 0.0
    assert gain(100) == pytest.approx(1.0)
    assert gain(50) == pytest.approx(0.1)  # -20 dB
    assert gain(-5) == 0.0 and gain(150) == pytest.approx(1.0)


def test_a_cue_in_progress_finishes_and_the_next_waits(qtbot: QtBot, player: CuePlayer) -> None:
    player.enqueue([ev(Cue.WP_VALIDATED), ev(Cue.ZONE_ENTER)])
    assert player.current == ev(Cue.WP_VALIDATED)
    assert player.waiting() == [Cue.ZONE_ENTER]
    assert played(player) == [Cue.WP_VALIDATED]
    # A new cue joins the end of the queue; it does not cut the one playing.
    player.enqueue([ev(Cue.GPS_LOST)])
    assert player.current == ev(Cue.WP_VALIDATED)
    assert player.waiting() == [Cue.ZONE_ENTER, Cue.GPS_LOST]
    qtbot.waitUntil(lambda: player.current is None, timeout=5000)
    assert played(player) == [Cue.WP_VALIDATED, Cue.ZONE_ENTER, Cue.GPS_LOST]
    assert player.waiting() == []


def test_a_repeating_overspeed_does_not_pile_up(qtbot: QtBot, player: CuePlayer) -> None:
    player.enqueue([ev(Cue.WP_OPENED)])
    for t in range(10):
        player.enqueue([ev(Cue.OVERSPEED, float(t))])
    assert player.waiting() == [Cue.OVERSPEED]
    qtbot.waitUntil(lambda: player.current is None, timeout=5000)
    assert played(player) == [Cue.WP_OPENED, Cue.OVERSPEED]
    assert player.history[-1].event.time == 0.0  # the first one waiting is the one heard


def test_each_cue_plays_at_its_own_volume(qtbot: QtBot) -> None:
    volumes = {**SoundSettings().volumes, Cue.WP_MISSED: 35}
    player = CuePlayer(SoundSettings(volumes=volumes))
    player.enqueue([ev(Cue.WP_MISSED), ev(Cue.WP_OPENED)])
    qtbot.waitUntil(lambda: player.current is None, timeout=5000)
    assert [(p.cue, p.volume) for p in player.history] == [
        (Cue.WP_MISSED, 35),
        (Cue.WP_OPENED, 80),
    ]


def test_muted_cues_and_the_master_mute_are_never_played(qtbot: QtBot) -> None:
    volumes = {**SoundSettings().volumes, Cue.ZONE_EXIT: 0}
    settings = SoundSettings(muted_cues=frozenset({Cue.BOX_NEAR}), volumes=volumes)
    player = CuePlayer(settings)
    player.enqueue([ev(Cue.BOX_NEAR), ev(Cue.ZONE_EXIT)])
    assert player.current is None and player.waiting() == [] and not player.history
    player.set_settings(replace(settings, muted=True))
    player.enqueue([ev(c) for c in Cue])
    assert player.current is None and not player.history
    player.set_settings(replace(settings, muted=False))
    player.enqueue([ev(Cue.BOX_NEAR), ev(Cue.DANGER_BOX)])
    assert played(player) == [Cue.DANGER_BOX]


def test_muting_drops_the_waiting_cues_but_not_the_one_playing(
    qtbot: QtBot, player: CuePlayer
) -> None:
    player.enqueue([ev(Cue.GPS_LOST), ev(Cue.OFF_ROUTE), ev(Cue.ZONE_EXIT)])
    player.set_settings(replace(player.settings, muted_cues=frozenset({Cue.OFF_ROUTE})))
    assert player.current == ev(Cue.GPS_LOST)
    assert player.waiting() == [Cue.ZONE_EXIT]
    player.set_settings(replace(player.settings, muted=True))
    assert player.waiting() == []
    qtbot.waitUntil(lambda: player.current is None, timeout=5000)
    assert played(player) == [Cue.GPS_LOST]


def test_hush_drops_what_waits(qtbot: QtBot, player: CuePlayer) -> None:
    player.enqueue([ev(Cue.OVERSPEED), ev(Cue.OVERSPEED, 3.0), ev(Cue.ZONE_EXIT)])
    player.hush()
    assert player.waiting() == []
    qtbot.waitUntil(lambda: player.current is None, timeout=5000)
    assert played(player) == [Cue.OVERSPEED]


def test_the_test_button_plays_a_muted_cue_at_the_volume_shown(
    qtbot: QtBot, player: CuePlayer
) -> None:
    player.set_settings(replace(player.settings, muted=True))
    player.preview(Cue.COUNTDOWN_END, 55)
    assert [(p.cue, p.volume) for p in player.history] == [(Cue.COUNTDOWN_END, 55)]
    qtbot.waitUntil(lambda: player.current is None, timeout=5000)


def test_a_cue_holds_the_queue_for_its_sound_and_the_gap(qtbot: QtBot, player: CuePlayer) -> None:
    with wave.open(str(sounds_dir() / "countdown_end.wav"), "rb") as w:
        length_ms = 1000 * w.getnframes() / w.getframerate()
    player.enqueue([ev(Cue.COUNTDOWN_END)])
    assert player._timer.isActive()
    # the interval, not remainingTime(): a coarse timer may report up to 5 % more under load
    assert player._timer.interval() == pytest.approx(length_ms + GAP_MS, abs=1)


def test_without_a_sound_device_the_cues_go_through_silently(
    qtbot: QtBot, player: CuePlayer
) -> None:
    if player.has_output:
        pytest.skip("this machine has a sound device")
    assert player.problem == NO_OUTPUT  # and every sound file was read
    cues = [Cue.GPS_LOST, Cue.GPS_BACK, Cue.OFF_ROUTE]
    player.enqueue([ev(c) for c in cues])
    qtbot.waitUntil(lambda: player.current is None, timeout=5000)
    assert played(player) == cues
    assert not any(p.audible for p in player.history)


def test_with_a_sound_device_every_cue_loads_and_is_heard(qtbot: QtBot, player: CuePlayer) -> None:
    if not player.has_output:
        pytest.skip("no sound device on this machine")
    effects = player._effects
    qtbot.waitUntil(lambda: all(e.isLoaded() for e in effects.values()), timeout=5000)
    assert set(effects) == set(Cue) and player.problem == ""
    player.enqueue([ev(Cue.WP_VALIDATED)])
    assert effects[Cue.WP_VALIDATED].volume() == pytest.approx(gain(80), abs=1e-3)
    assert player.history[-1].audible
    qtbot.waitUntil(lambda: player.current is None, timeout=5000)


def test_a_missing_sound_file_is_said_and_its_cue_still_passes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    for cue in (Cue.WP_OPENED, Cue.WP_VALIDATED):
        (tmp_path / f"{cue.value}.wav").write_bytes(
            (sounds_dir() / f"{cue.value}.wav").read_bytes()
        )
    (tmp_path / "wp_missed.wav").write_bytes(b"RIFF not really")
    player = CuePlayer(SoundSettings(), folder=tmp_path)
    assert "“Waypoint missed” unreadable" in player.problem
    assert "“GPS lost” unreadable" in player.problem
    player.enqueue([ev(Cue.WP_MISSED), ev(Cue.WP_VALIDATED)])
    qtbot.waitUntil(lambda: player.current is None, timeout=5000)
    assert played(player) == [Cue.WP_MISSED, Cue.WP_VALIDATED]


def test_box_calls_are_spoken_only_when_asked_and_a_voice_exists(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    call = "three hundred metres, left, CAP 120"
    monkeypatch.setattr(speech, "speech_engine", lambda: None)
    player = CuePlayer(SoundSettings(speak_boxes=True))
    player.enqueue([ev(Cue.BOX_NEAR, speech=call)])
    assert player.history[-1].speech == ""  # no voice here: the sound alone
    qtbot.waitUntil(lambda: player.current is None, timeout=5000)

    # Qt's test engine stands in for a voice.
    monkeypatch.setattr(speech, "speech_engine", lambda: "mock")
    quiet = CuePlayer(SoundSettings(speak_boxes=False))
    quiet.enqueue([ev(Cue.BOX_NEAR, speech=call)])
    assert quiet.history[-1].speech == ""
    talker = CuePlayer(SoundSettings(speak_boxes=True))
    talker.enqueue([ev(Cue.BOX_NEAR, speech=call), ev(Cue.WP_OPENED)])
    assert talker.history[-1].speech == call
    qtbot.waitUntil(lambda: talker.current is None, timeout=15000)
    assert played(talker) == [Cue.BOX_NEAR, Cue.WP_OPENED]
