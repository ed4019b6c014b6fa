"""Qt side of remote and keyboard control: key names and the controller (the key map and timing
are stored by :mod:`navapp.gui.shell.settings`)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.remote import (
    DEFAULT_HOLD_MS,
    DEFAULT_KEYMAP,
    DEFAULT_MAX_HOLD_MS,
    DEFAULT_REPEAT_MS,
    MODIFIERS,
    Action,
    KeyMap,
    PressTracker,
    normalize_key,
    split_key,
)
from navapp.gui.shell.settings import load_keymap, load_timing

#: How often the controller polls the tracker while a key is held for a hold or a repeat.
TICK_MS = 50

K = Qt.Key
_NAMED: dict[int, str] = {
    K.Key_VolumeUp: "VolumeUp",
    K.Key_VolumeDown: "VolumeDown",
    K.Key_VolumeMute: "VolumeMute",
    K.Key_MediaNext: "MediaNext",
    K.Key_MediaPrevious: "MediaPrevious",
    K.Key_MediaPlay: "MediaPlay",
    K.Key_MediaPause: "MediaPause",
    K.Key_MediaTogglePlayPause: "MediaTogglePlayPause",
    K.Key_MediaStop: "MediaStop",
    K.Key_Up: "Up",
    K.Key_Down: "Down",
    K.Key_Left: "Left",
    K.Key_Right: "Right",
    K.Key_PageUp: "PageUp",
    K.Key_PageDown: "PageDown",
    K.Key_Home: "Home",
    K.Key_End: "End",
    K.Key_Insert: "Insert",
    K.Key_Delete: "Delete",
    K.Key_Backspace: "Backspace",
    K.Key_Tab: "Tab",
    K.Key_Space: "Space",
    K.Key_Return: "Return",
    # The keypad Enter: remotes and keyboards use either for "OK".
    K.Key_Enter: "Return",
    K.Key_Escape: "Escape",
    K.Key_Back: "Back",
    K.Key_Forward: "Forward",
}
_NAMED.update({K.Key_F1 + i: f"F{i + 1}" for i in range(24)})

_MODIFIER_KEYS = frozenset(
    {
        K.Key_Shift,
        K.Key_Control,
        K.Key_Alt,
        K.Key_AltGr,
        K.Key_Meta,
        K.Key_Super_L,
        K.Key_Super_R,
        K.Key_Hyper_L,
        K.Key_Hyper_R,
        K.Key_CapsLock,
        K.Key_NumLock,
        K.Key_ScrollLock,
        K.Key_unknown,
    }
)

#: Keys that do nothing in a text field, so they reach the controller even while one has focus.
_REMOTE_ONLY = frozenset(
    {
        "VolumeUp",
        "VolumeDown",
        "VolumeMute",
        "MediaNext",
        "MediaPrevious",
        "MediaPlay",
        "MediaPause",
        "MediaTogglePlayPause",
        "MediaStop",
    }
)

#: Widgets where the keyboard is for typing: the controller leaves their keys alone.
TEXT_INPUT_TYPES: tuple[type[QWidget], ...] = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
)

Mod = Qt.KeyboardModifier

#: Shifted characters and the key that types them on a US keyboard, for platforms that give no
#: scan code: Shift+= is pressed as "+" and, once Shift is up, released as "=".
_UNSHIFTED: dict[int, int] = {
    K.Key_AsciiTilde: K.Key_QuoteLeft,
    K.Key_Exclam: K.Key_1,
    K.Key_At: K.Key_2,
    K.Key_NumberSign: K.Key_3,
    K.Key_Dollar: K.Key_4,
    K.Key_Percent: K.Key_5,
    K.Key_AsciiCircum: K.Key_6,
    K.Key_Ampersand: K.Key_7,
    K.Key_Asterisk: K.Key_8,
    K.Key_ParenLeft: K.Key_9,
    K.Key_ParenRight: K.Key_0,
    K.Key_Underscore: K.Key_Minus,
    K.Key_Plus: K.Key_Equal,
    K.Key_BraceLeft: K.Key_BracketLeft,
    K.Key_BraceRight: K.Key_BracketRight,
    K.Key_Bar: K.Key_Backslash,
    K.Key_Colon: K.Key_Semicolon,
    K.Key_QuoteDbl: K.Key_Apostrophe,
    K.Key_Less: K.Key_Comma,
    K.Key_Greater: K.Key_Period,
    K.Key_Question: K.Key_Slash,
}


def physical_key(event: QKeyEvent) -> Hashable:
    """Which key of the keyboard ``event`` comes from: the same for its press and its release.

    The scan code where the platform gives one (X11, Wayland, Windows), whatever the modifiers
    made of the key in between. Without one, the Qt key with shifted characters taken back to
    the key that types them, so "+" pressed with Shift and released as "=" still match (on a
    US layout; other layouts rely on the hold bound of ``navapp.core.remote``).
    """
    scan = event.nativeScanCode()
    if scan:
        return ("scan", scan)
    key = event.key()
    return ("key", _UNSHIFTED.get(key, key), bool(event.modifiers() & Mod.KeypadModifier))


def key_name(event: QKeyEvent) -> str | None:
    """The portable key name of ``event`` (see ``navapp.core.remote.normalize_key``).

    ``None`` for a lone modifier or a key with no usable name. Shift is part of a typed
    character ("+" is Shift+= on many layouts), so it is only kept for named keys ("Shift+Up").
    """
    key = event.key()
    if key in _MODIFIER_KEYS:
        return None
    mods = event.modifiers()
    prefix = "".join(
        name + "+"
        for name, flag in (("Ctrl", Mod.ControlModifier), ("Alt", Mod.AltModifier))
        if mods & flag
    )
    meta = "Meta+" if mods & Mod.MetaModifier else ""
    base = _NAMED.get(key)
    if base is not None:
        shift = "Shift+" if mods & Mod.ShiftModifier else ""
        return normalize_key(prefix + shift + meta + base)
    text = event.text()
    if not prefix and not meta and len(text) == 1 and text.isprintable() and not text.isspace():
        return normalize_key(text)
    if 0x20 < key < 0x7F:
        # With Ctrl or Alt the text is a control character or empty: name the key itself,
        # which Qt gives as the upper-case ASCII code.
        return normalize_key(prefix + meta + chr(key))
    # Some other special key (a remote's "camera" or "home page" button): Qt's own name.
    fallback = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
    try:
        return normalize_key(prefix + meta + fallback.replace(" ", ""))
    except ValueError:
        return None


def _in_text_field(watched: QObject) -> bool:
    focus = QApplication.focusWidget()
    return isinstance(watched, TEXT_INPUT_TYPES) or isinstance(focus, TEXT_INPUT_TYPES)


class RemoteController(QObject):
    """Turns key presses on one window into co-driver actions, for remotes and keyboards.

    ``attach(window)`` filters the application's key events that go to that window or its
    children (a filter on the window alone would miss keys its focused children accept). Bound
    keys are consumed; others pass through. Typing in a text field is left alone, except for
    media and volume keys, which never type anything.

    A held key is followed by its :func:`physical_key`, so its auto-repeats and its release are
    ours whatever they type by then. Nothing stays held when the window or the application
    loses the focus, nor longer than ``max_hold_ms`` (see ``navapp.core.remote``).
    """

    # A co-driver action to perform (a navapp.core.remote.Action).
    action_triggered = Signal(object)

    def __init__(
        self,
        keymap: KeyMap = DEFAULT_KEYMAP,
        hold_ms: int = DEFAULT_HOLD_MS,
        repeat_ms: int = DEFAULT_REPEAT_MS,
        clock: Callable[[], int] | None = None,
        parent: QObject | None = None,
        max_hold_ms: int = DEFAULT_MAX_HOLD_MS,
    ) -> None:
        super().__init__(parent)
        self.tracker = PressTracker(keymap, hold_ms, repeat_ms, max_hold_ms)
        self._widget: QWidget | None = None
        # The physical key and server time of the last release of a held key.
        self._last_release: tuple[Hashable, int] | None = None
        if clock is None:
            elapsed = QElapsedTimer()
            elapsed.start()
            clock = elapsed.elapsed
            self._elapsed = elapsed  # keep it alive with the controller
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    # -- set-up --------------------------------------------------------------------------

    def attach(self, widget: QWidget) -> None:
        """Handle the keys that go to ``widget``'s window from now on."""
        app = QApplication.instance()
        assert isinstance(app, QGuiApplication), "a QApplication must exist"
        if self._widget is None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._application_state_changed)
        self._widget = widget

    def detach(self) -> None:
        """Stop handling keys."""
        app = QApplication.instance()
        if self._widget is not None and isinstance(app, QGuiApplication):
            app.removeEventFilter(self)
            app.applicationStateChanged.disconnect(self._application_state_changed)
        self._widget = None
        self._release_all()

    def set_keymap(self, keymap: KeyMap) -> None:
        """Use ``keymap`` from now on."""
        self.tracker.set_keymap(keymap)
        self._release_all()

    def set_timing(self, hold_ms: int, repeat_ms: int) -> None:
        """Change the hold time and the repeat interval (milliseconds)."""
        if hold_ms <= 0 or repeat_ms <= 0:
            raise ValueError(f"hold_ms and repeat_ms must be positive: {hold_ms}, {repeat_ms}")
        self.tracker.hold_ms = hold_ms
        self.tracker.repeat_ms = repeat_ms

    def apply_settings(self, settings: QSettings) -> list[str]:
        """Load the key map and timing saved in ``settings``; warnings about bad entries."""
        keymap, warnings = load_keymap(settings)
        self.set_keymap(keymap)
        self.set_timing(*load_timing(settings))
        return warnings

    def press(self, name: str, physical: Hashable) -> None:
        """Press ``name`` on a control that is no key (an on-screen button), down as ``physical``
        until :meth:`release`: the same short press, hold, repeat and hold bound as a key."""
        self._pass_time(self.tracker.key_down(name, self._clock(), False, physical))

    def release(self, physical: Hashable) -> None:
        """Release what :meth:`press` put down as ``physical`` (nothing if it is not down)."""
        if self.tracker.is_down(physical):
            self._pass_time(self.tracker.key_up(physical, self._clock()))

    def release_all(self) -> None:
        """Forget every key held, firing nothing: no hold or repeat is left to come."""
        self._release_all()

    def is_ticking(self) -> bool:
        """Whether the hold/repeat timer runs (only while a key with a hold or repeat is down)."""
        return self._timer.isActive()

    # -- events --------------------------------------------------------------------------

    def tick(self) -> None:
        """Fire the holds and repeats due now (called by the timer); stop when none are left."""
        self._pass_time(self.tracker.tick(self._clock()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Consume the bound keys going to the attached window; let everything else through."""
        etype = event.type()
        widget = self._widget
        if widget is None:
            return False
        if etype == QEvent.Type.WindowDeactivate and watched is widget.window():
            # The release of a held key will go to another window: do not let it hold forever.
            self._release_all()
            return False
        if etype not in (
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.ShortcutOverride,
        ) or not isinstance(watched, QWidget):
            return False
        if watched is not widget and not widget.isAncestorOf(watched):
            return False
        assert isinstance(event, QKeyEvent)
        physical = physical_key(event)
        if etype == QEvent.Type.KeyRelease:
            return self._key_release(event, physical)
        if self._unflagged_repeat(event, physical):
            # Qt flags an X11 repeat pair only if the press was already queued when it read the
            # release; same key, same server time: a repeat all the same.
            if etype == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            self._last_release = None
            if self.tracker.undo_release(physical):
                self._pass_time(self.tracker.tick(self._clock()))
                return True
        if self.tracker.is_down(physical):
            if event.isAutoRepeat():
                # Our held key repeating, whatever it types now (Shift may have gone up).
                if etype == QEvent.Type.KeyPress:
                    self._pass_time(self.tracker.tick(self._clock()))
                event.accept()
                return True
            # A new press of a key we thought held: its release was lost. Its old hold ends
            # here, whatever the key does this time.
            self.tracker.forget(physical)
            self._update_timer()
        name = key_name(event)
        if name is None or not self.tracker.handles(name):
            return False
        if _in_text_field(watched) and name not in _REMOTE_ONLY:
            return False
        if etype == QEvent.Type.ShortcutOverride:
            # Accepting the override makes Qt deliver the key as a KeyPress instead of
            # triggering a menu shortcut on the same key: the remote mapping wins.
            event.accept()
            return True
        if not event.isAutoRepeat():
            # (An auto-repeat of a press we never saw went to a text field or another window:
            # it is consumed, and starts nothing.)
            self._pass_time(self.tracker.key_down(name, self._clock(), False, physical))
        return True

    def _key_release(self, event: QKeyEvent, physical: Hashable) -> bool:
        if not self.tracker.is_down(physical):
            return False
        if not event.isAutoRepeat():
            self._last_release = (physical, event.timestamp())
        self._pass_time(self.tracker.key_up(physical, self._clock(), event.isAutoRepeat()))
        return True

    def _unflagged_repeat(self, event: QKeyEvent, physical: Hashable) -> bool:
        """Whether ``event``, a press not flagged as a repeat, follows the release of the same
        key at the same (known) server time: one auto-repeat pair."""
        stamp = event.timestamp()
        return not event.isAutoRepeat() and stamp != 0 and self._last_release == (physical, stamp)

    def _pass_time(self, actions: Sequence[Action]) -> None:
        self._emit(actions)
        self._update_timer()

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            # Another application has the keyboard: a held key's release will not come here.
            self._release_all()

    def _release_all(self) -> None:
        self._last_release = None
        self.tracker.cancel()
        self._timer.stop()

    def _update_timer(self) -> None:
        if self.tracker.needs_tick():
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

    def _emit(self, actions: Sequence[Action]) -> None:
        for action in actions:
            self.action_triggered.emit(action)


_KEY_LABELS: dict[str, str] = {
    "VolumeUp": QT_TRANSLATE_NOOP("KeyLabel", "Vol +"),
    "VolumeDown": QT_TRANSLATE_NOOP("KeyLabel", "Vol −"),
    "VolumeMute": QT_TRANSLATE_NOOP("KeyLabel", "Mute"),
    "MediaNext": QT_TRANSLATE_NOOP("KeyLabel", "Next track"),
    "MediaPrevious": QT_TRANSLATE_NOOP("KeyLabel", "Prev. track"),
    "MediaPlay": QT_TRANSLATE_NOOP("KeyLabel", "Play"),
    "MediaPause": QT_TRANSLATE_NOOP("KeyLabel", "Pause"),
    "MediaTogglePlayPause": QT_TRANSLATE_NOOP("KeyLabel", "Play/Pause"),
    "MediaStop": QT_TRANSLATE_NOOP("KeyLabel", "Stop"),
    "Up": "↑",
    "Down": "↓",
    "Left": "←",
    "Right": "→",
    "PageUp": QT_TRANSLATE_NOOP("KeyLabel", "Page Up"),
    "PageDown": QT_TRANSLATE_NOOP("KeyLabel", "Page Down"),
    "Return": QT_TRANSLATE_NOOP("KeyLabel", "Enter"),
    "Escape": QT_TRANSLATE_NOOP("KeyLabel", "Esc"),
}


def key_label(name: str) -> str:
    """A short human label for a portable key name ("VolumeUp" → "Vol +", "Ctrl+Up" → "Ctrl+↑")."""
    mods, base = split_key(name)
    known = _KEY_LABELS.get(base)
    if known:
        base = QCoreApplication.translate("KeyLabel", known)
    elif len(base) == 1:
        base = base.upper()
    return "".join(m + "+" for m in MODIFIERS if m in mods) + base
