"""A voice for the box calls, where the machine has a speech engine.

QtTextToSpeech lists the engines it has plug-ins for, but a listed engine may still fail to
start (``speechd`` without a running speech-dispatcher): an engine counts only once one has
started. The test engine ``mock`` never counts. The answer is found once per run.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

from navapp.core.i18n import QT_TRANSLATE_NOOP

# Qt's stand-in engine for its own tests: it speaks nothing.
_NOT_A_VOICE = frozenset({"mock"})
NO_ENGINE = QT_TRANSLATE_NOOP(
    "Speaker", "No speech engine on this computer (on Linux: install and start speech-dispatcher)."
)


def no_engine_text() -> str:
    """:data:`NO_ENGINE` in the user's language, for where it is shown."""
    return QCoreApplication.translate("Speaker", NO_ENGINE)


@cache
def speech_engine() -> str | None:
    """The name of the first speech engine that starts here, or None."""
    for name in QTextToSpeech.availableEngines():
        if name in _NOT_A_VOICE:
            continue
        probe = QTextToSpeech(name)
        ok = probe.state() is not QTextToSpeech.State.Error
        probe.deleteLater()
        if ok:
            return name
    return None


def voice_locale(available: list[QLocale], wanted: QLocale) -> QLocale | None:
    """The engine's locale to speak ``wanted``'s language in: the same country first, else any
    country of that language; None when the engine has no voice for it."""
    same = [loc for loc in available if loc.language() == wanted.language()]
    exact = [loc for loc in same if loc.territory() == wanted.territory()]
    chosen = exact or same
    return chosen[0] if chosen else None


class Speaker(QObject):
    """Says one line at a time on :func:`speech_engine`; ``done`` when it has been said."""

    # The line has been said (or the engine gave up on it).
    done = Signal()

    def __init__(self, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts = QTextToSpeech(engine, self)
        # Calls are made in the app's language: speak them with a voice of that language.
        voice = voice_locale(self._tts.availableLocales(), QLocale())
        if voice is not None:
            self._tts.setLocale(voice)
        self._speaking = False
        self._tts.stateChanged.connect(self._state_changed)

    @property
    def ok(self) -> bool:
        """Whether the engine can speak."""
        return self._tts.state() is not QTextToSpeech.State.Error

    def say(self, text: str, volume: int) -> None:
        """Say ``text`` at ``volume`` (0–100)."""
        self._tts.setVolume(max(0, min(100, volume)) / 100.0)
        self._speaking = True
        self._tts.say(text)

    def stop(self) -> None:
        """Stop talking at once."""
        self._tts.stop()

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if self._speaking and state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._speaking = False
            self.done.emit()
