"""Plays the cues the planner decided, one after the other, as the settings say.

Cues come in as :class:`~navapp.core.cues.CueEvent` values and wait in a queue: a cue that has
started is heard to its end, then a short gap, then the next, so two cues never cut each other.
A cue already waiting is not queued twice (a repeating overspeed never piles up), and a muted
cue is never queued. The time a cue takes is the length of its sound file, so the queue moves
on the same way with or without a sound card; where there is none (or Qt cannot play the
files) the cues go through the queue silently and :attr:`CuePlayer.problem` says why.

A box call (``three hundred metres, left, CAP 120``) is said after its sound when spoken calls
are on and :func:`~navapp.gui.sound.speech.speech_engine` found a voice; otherwise only the
sound plays.
"""

from __future__ import annotations

import math
import wave
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from navapp.core.cues import Cue, CueEvent
from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.gui.shell.settings import SoundSettings
from navapp.gui.sound import speech
from navapp.paths import resources_dir

__all__ = ["GAP_MS", "CuePlayer", "Played", "gain", "sounds_dir"]

# Silence between two cues, so that two cues are heard as two.
GAP_MS = 150
# The longest a spoken call may hold the queue, should the engine never say it is done.
SPEECH_MAX_MS = 8000
# What the player remembers of the cues it played (for the tests and a look back).
HISTORY = 64
NO_OUTPUT = QT_TRANSLATE_NOOP(
    "CuePlayer", "No sound output on this computer: the cues are not heard."
)


def sounds_dir() -> Path:
    """The shipped cue sounds, ``<cue>.wav`` each (made by ``tools/make_sounds.py``)."""
    return resources_dir() / "sounds"


def gain(volume: int) -> float:
    """The linear gain (0–1) of a volume setting (0–100) on a scale the ear hears as even:
    40 dB from 1 to 100, 0 is silent."""
    v = max(0, min(100, volume))
    return 0.0 if v == 0 else 10.0 ** (2.0 * (v - 100) / 100.0)


@dataclass(frozen=True)
class Played:
    """One cue as the player played it: at which volume, what was said, whether a sound
    device and a loaded sound were there to make it heard."""

    event: CueEvent
    volume: int
    speech: str
    audible: bool

    @property
    def cue(self) -> Cue:
        return self.event.cue


def _length_ms(path: Path) -> int:
    """How long a WAV file plays (ms); a missing or damaged file raises OSError."""
    try:
        with wave.open(str(path), "rb") as w:
            rate = w.getframerate()
            if rate <= 0:
                raise OSError(f"{path.name}: no sample rate")
            return math.ceil(1000 * w.getnframes() / rate)
    except (wave.Error, EOFError) as e:
        raise OSError(f"{path.name}: {e}") from e


class CuePlayer(QObject):
    """Queues cues and plays them through one preloaded QSoundEffect per cue."""

    # A cue started (its Played record).
    started = Signal(object)

    def __init__(
        self,
        settings: SoundSettings | None = None,
        parent: QObject | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or SoundSettings()
        self.folder = folder or sounds_dir()
        self.history: deque[Played] = deque(maxlen=HISTORY)
        self._problems: list[str] = []
        self._lengths: dict[Cue, int] = {}
        for cue in Cue:
            try:
                self._lengths[cue] = _length_ms(self.folder / f"{cue.value}.wav")
            except OSError as e:
                self._problems.append(
                    self.tr("sound of “{cue}” unreadable: {error}").format(cue=cue.label, error=e)
                )
        self._waiting: deque[tuple[CueEvent, int | None]] = deque()
        self._current: CueEvent | None = None
        self._speech = ""  # what is said after the current cue's sound
        self._speech_volume = 0
        self._speaking = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._sound_done)
        self._effects: dict[Cue, QSoundEffect] = {}
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._load_effects)
        self._load_effects()
        self._speaker: speech.Speaker | None = None
        self._wake_voice()

    # -- state --------------------------------------------------------------------------------

    @property
    def has_output(self) -> bool:
        """Whether there is a sound device to play on."""
        return bool(self._effects)

    @property
    def problem(self) -> str:
        """Why some or all cues are not heard ("" when nothing is wrong)."""
        problems = ([] if self.has_output else [self.tr(NO_OUTPUT)]) + self._problems
        return " ".join(problems)

    @property
    def current(self) -> CueEvent | None:
        """The cue being played (its sound, its gap or its spoken call)."""
        return self._current

    def waiting(self) -> list[Cue]:
        """The cues waiting their turn, first to play first."""
        return [event.cue for event, _ in self._waiting]

    def set_settings(self, settings: SoundSettings) -> None:
        """New volumes and mutes; cues waiting that are now muted are dropped."""
        self.settings = settings
        self._waiting = deque(
            (e, v) for e, v in self._waiting if v is not None or settings.audible(e.cue)
        )
        quiet = settings.muted or not settings.speak_boxes
        if quiet and self._speaking and self._speaker is not None:
            self._speaker.stop()
        self._wake_voice()

    def _wake_voice(self) -> None:
        # Started with the setting, not at the first box call: an engine may take a while.
        if self.settings.speak_boxes:
            self._voice()

    # -- queue --------------------------------------------------------------------------------

    def enqueue(self, events: Iterable[CueEvent]) -> None:
        """Queue ``events`` in order; muted cues and cues already waiting are left out."""
        for event in events:
            if not self.settings.audible(event.cue):
                continue
            if any(waiting.cue is event.cue for waiting, _ in self._waiting):
                continue
            self._waiting.append((event, None))
        self._start_next()

    def preview(self, cue: Cue, volume: int, call: str = "") -> None:
        """Play ``cue`` at ``volume`` next, muted or not (the settings' test button); what
        was waiting is dropped."""
        self._waiting.clear()
        self._waiting.append((CueEvent(0.0, cue, speech=call), max(0, min(100, volume))))
        self._start_next()

    def hush(self) -> None:
        """Drop every cue waiting (a replay paused, the drive stopped); the one playing ends
        by itself, a spoken call is cut."""
        self._waiting.clear()
        if self._speaking and self._speaker is not None:
            self._speaker.stop()

    def _start_next(self) -> None:
        if self._current is not None or not self._waiting:
            return
        event, override = self._waiting.popleft()
        volume = override if override is not None else self.settings.volume(event.cue)
        effect = self._effects.get(event.cue)
        if effect is not None:
            effect.setVolume(gain(volume))
            effect.play()
        said = event.speech if self._may_speak(event, override) else ""
        self._current = event
        self._speech = said
        self._speech_volume = volume
        played = Played(event, volume, said, effect is not None)
        self.history.append(played)
        self._timer.start(self._lengths.get(event.cue, 0) + GAP_MS)
        self.started.emit(played)

    def _may_speak(self, event: CueEvent, override: int | None) -> bool:
        if not event.speech or (override is None and not self.settings.speak_boxes):
            return False
        speaker = self._voice()
        return speaker is not None and speaker.ok

    def _voice(self) -> speech.Speaker | None:
        if self._speaker is None:
            engine = speech.speech_engine()
            if engine is None:
                return None
            self._speaker = speech.Speaker(engine, self)
            self._speaker.done.connect(self._speech_done)
        return self._speaker

    def _sound_done(self) -> None:
        """The sound and its gap have ended (or a call took too long): say the call, or go on."""
        if self._current is None:
            return
        if self._speaking:  # the engine never said it was done
            self._speaking = False
            if self._speaker is not None:
                self._speaker.stop()
        elif self._speech and self._speaker is not None:
            self._speaking = True
            self._timer.start(SPEECH_MAX_MS)
            self._speaker.say(self._speech, self._speech_volume)
            return
        self._next()

    def _speech_done(self) -> None:
        if self._speaking:
            self._speaking = False
            self._timer.stop()
            self._next()

    def _next(self) -> None:
        self._current = None
        self._start_next()

    # -- sound device -------------------------------------------------------------------------

    def _load_effects(self) -> None:
        """One QSoundEffect per cue on the default output, loaded now so a cue starts at once."""
        for effect in self._effects.values():
            effect.deleteLater()
        self._effects = {}
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return
        for cue in self._lengths:
            effect = QSoundEffect(device, self)
            effect.statusChanged.connect(lambda cue=cue: self._status_changed(cue))
            effect.setSource(QUrl.fromLocalFile(str(self.folder / f"{cue.value}.wav")))
            self._effects[cue] = effect

    def _status_changed(self, cue: Cue) -> None:
        effect = self._effects.get(cue)
        if effect is not None and effect.status() is QSoundEffect.Status.Error:
            # Qt cannot play it here: the cue goes on through the queue without a sound.
            del self._effects[cue]
            effect.deleteLater()
            self._problems.append(
                self.tr("“{cue}” cannot be played on this sound device.").format(cue=cue.label)
            )
