"""Remote and keyboard control: co-driver actions, key bindings and the press/hold state machine.

Handlebar remotes are Bluetooth keyboards. They send media keys (volume ±, next/previous, play/
pause) or plain characters, and the rider uses a short press, a hold (~500 ms) and the keyboard's
auto-repeat. This module is Qt-free: keys are *portable names* (see :func:`normalize_key`), times
are integer milliseconds given by the caller, and :class:`PressTracker` turns key-down/key-up
events and clock ticks into :class:`Action` values deterministically.

A key that is down is followed by its *physical key*: any hashable value the caller can give
for both its press and its release (a scan code). The name is not enough: Shift+= types "+"
but, once Shift is up, its release says "=". Nothing can repeat on its own: a repeat stops on
the release of its physical key, on :meth:`PressTracker.cancel` (focus lost) and, should the
release never come, :data:`DEFAULT_MAX_HOLD_MS` after the press.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum

from navapp.core.i18n import QT_TRANSLATE_NOOP, translate


class Action(Enum):
    """Everything a co-driver does on the drive screen; the value is the serialised name."""

    TRIP_UP = "trip_up"
    TRIP_DOWN = "trip_down"
    RESET_PARTIAL = "reset_partial"
    SET_TOTAL_TO_BOX = "set_total_to_box"
    NEXT_BOX = "next_box"
    PREV_BOX = "prev_box"
    RESUME_AUTO = "resume_auto"
    NIGHT_MODE = "night_mode"
    WAYPOINT_LIST = "waypoint_list"
    FULL_SCREEN = "full_screen"
    PAUSE_REPLAY = "pause_replay"
    DIMMER_DARKER = "dimmer_darker"
    DIMMER_BRIGHTER = "dimmer_brighter"
    MAP_VIEW = "map_view"
    MAP_ZOOM_IN = "map_zoom_in"
    MAP_ZOOM_OUT = "map_zoom_out"
    MAP_COURSE_UP = "map_course_up"
    MAP_RECENTRE = "map_recentre"

    @property
    def label(self) -> str:
        """Short human name, as the menus and the settings show it, in the user's language."""
        return translate("Action", _LABELS[self])


_LABELS: dict[Action, str] = {
    Action.TRIP_UP: QT_TRANSLATE_NOOP("Action", "Trip +"),
    Action.TRIP_DOWN: QT_TRANSLATE_NOOP("Action", "Trip −"),
    Action.RESET_PARTIAL: QT_TRANSLATE_NOOP("Action", "Reset partial"),
    Action.SET_TOTAL_TO_BOX: QT_TRANSLATE_NOOP("Action", "Set total to box"),
    Action.NEXT_BOX: QT_TRANSLATE_NOOP("Action", "Next box"),
    Action.PREV_BOX: QT_TRANSLATE_NOOP("Action", "Previous box"),
    Action.RESUME_AUTO: QT_TRANSLATE_NOOP("Action", "Resume auto-advance"),
    Action.NIGHT_MODE: QT_TRANSLATE_NOOP("Action", "Night mode"),
    Action.WAYPOINT_LIST: QT_TRANSLATE_NOOP("Action", "Waypoint list"),
    Action.FULL_SCREEN: QT_TRANSLATE_NOOP("Action", "Full screen"),
    Action.PAUSE_REPLAY: QT_TRANSLATE_NOOP("Action", "Pause replay"),
    Action.DIMMER_DARKER: QT_TRANSLATE_NOOP("Action", "Dimmer: darker"),
    Action.DIMMER_BRIGHTER: QT_TRANSLATE_NOOP("Action", "Dimmer: brighter"),
    Action.MAP_VIEW: QT_TRANSLATE_NOOP("Action", "Map"),
    Action.MAP_ZOOM_IN: QT_TRANSLATE_NOOP("Action", "Map: zoom in"),
    Action.MAP_ZOOM_OUT: QT_TRANSLATE_NOOP("Action", "Map: zoom out"),
    Action.MAP_COURSE_UP: QT_TRANSLATE_NOOP("Action", "Map: course up / north up"),
    Action.MAP_RECENTRE: QT_TRANSLATE_NOOP("Action", "Map: re-centre on the car"),
}


class Press(Enum):
    """How a key is pressed: released before the hold time, or held past it."""

    SHORT = "short"
    HOLD = "hold"


#: Actions that repeat while their key is held (the trip meter ± corrections).
REPEATING: frozenset[Action] = frozenset({Action.TRIP_UP, Action.TRIP_DOWN})

#: Modifier prefixes of a key name, in their canonical order.
MODIFIERS: tuple[str, ...] = ("Ctrl", "Alt", "Shift", "Meta")

_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")


def split_key(name: str) -> tuple[frozenset[str], str]:
    """The modifiers and the base of a key name, unchecked: ``"Ctrl++"`` → ``({"Ctrl"}, "+")``."""
    rest = name
    mods: set[str] = set()
    while True:
        for mod in MODIFIERS:
            # "Ctrl++" is Ctrl with "+": only strip a prefix that leaves a base behind.
            if rest.startswith(mod + "+") and len(rest) > len(mod) + 1:
                mods.add(mod)
                rest = rest[len(mod) + 1 :]
                break
        else:
            return frozenset(mods), rest


def normalize_key(name: str) -> str:
    """The canonical portable name of a key, or ``ValueError`` if ``name`` is not one.

    A name is optional modifiers (``Ctrl+``, ``Alt+``, ``Shift+``, ``Meta+``, put in that order)
    and a base: one printable character (``"+"``, ``"r"``) or a key name (``"VolumeUp"``,
    ``"MediaNext"``, ``"PageDown"``, ``"F11"``…). A lone letter is lower case (a remote with caps
    lock on must still work); a letter with modifiers is upper case, as in ``"Ctrl+N"``. A space
    is ``"Space"``.
    """
    mods, base = split_key(name)
    if base == " ":
        base = "Space"
    if len(base) == 1:
        if not base.isprintable() or base.isspace():
            raise ValueError(f"not a key name: {name!r}")
        if base.isalpha():
            base = base.upper() if mods else base.lower()
    elif not _NAME.match(base):
        raise ValueError(f"not a key name: {name!r}")
    return "".join(m + "+" for m in MODIFIERS if m in mods) + base


@dataclass(frozen=True)
class KeyBinding:
    """One key (portable name) pressed one way."""

    key: str
    press: Press = Press.SHORT

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", normalize_key(self.key))

    def __str__(self) -> str:
        return f"{self.key}:{self.press.value}"


class KeyMap(Mapping[KeyBinding, Action]):
    """An immutable mapping from key bindings to actions.

    A binding maps to one action; an action may have many bindings (a remote and a keyboard).
    """

    def __init__(self, bindings: Mapping[KeyBinding, Action] | None = None) -> None:
        self._map: dict[KeyBinding, Action] = dict(bindings or {})
        self._keys = frozenset(b.key for b in self._map)

    # -- Mapping -------------------------------------------------------------------------

    def __getitem__(self, binding: KeyBinding) -> Action:
        return self._map[binding]

    def __iter__(self) -> Iterator[KeyBinding]:
        return iter(self._map)

    def __len__(self) -> int:
        return len(self._map)

    def __repr__(self) -> str:
        return f"KeyMap({self._map!r})"

    # -- queries -------------------------------------------------------------------------

    def action(self, key: str, press: Press) -> Action | None:
        """The action bound to ``key`` pressed that way, if any (``key`` must be canonical)."""
        return self._map.get(KeyBinding(key, press))

    def keys_for(self, action: Action, press: Press) -> list[str]:
        """The keys bound to ``action`` for ``press``, in binding order."""
        return [b.key for b, a in self._map.items() if a is action and b.press is press]

    def bound_keys(self) -> frozenset[str]:
        """Every key that has at least one binding."""
        return self._keys

    def conflict(
        self, binding: KeyBinding, action: Action, name: Callable[[str], str] = str
    ) -> str | None:
        """Why binding ``binding`` to ``action`` would clash with this map, or ``None``.

        A key+press bound to another action clashes. So does a hold binding on a key whose short
        press is a repeating action (holding that key already repeats it), and the reverse.
        ``name`` turns a key name into the words the message uses for it.
        """
        key = name(binding.key)
        current = self._map.get(binding)
        if current is not None and current is not action:
            if binding.press is Press.SHORT:
                text = translate("Remote", "{key} (short press) is already bound to “{action}”.")
            else:
                text = translate("Remote", "{key} (hold) is already bound to “{action}”.")
            return text.format(key=key, action=current.label)
        if binding.press is Press.HOLD:
            short = self._map.get(KeyBinding(binding.key, Press.SHORT))
            if short is not None and short in REPEATING and short is not action:
                return translate("Remote", "Holding {key} already repeats “{action}”.").format(
                    key=key, action=short.label
                )
        elif action in REPEATING:
            hold = self._map.get(KeyBinding(binding.key, Press.HOLD))
            if hold is not None and hold is not action:
                return translate(
                    "Remote", "{key} is held for “{held}”, so it cannot repeat “{action}”."
                ).format(key=key, held=hold.label, action=action.label)
        return None

    # -- edits (return new maps) ---------------------------------------------------------

    def with_binding(self, binding: KeyBinding, action: Action) -> KeyMap:
        """A copy with ``binding`` mapped to ``action`` (replacing what it had)."""
        new = dict(self._map)
        new[binding] = action
        return KeyMap(new)

    def without(self, *bindings: KeyBinding) -> KeyMap:
        """A copy without ``bindings`` (missing ones are fine)."""
        return KeyMap({b: a for b, a in self._map.items() if b not in bindings})

    # -- serialisation -------------------------------------------------------------------

    def to_strings(self) -> list[str]:
        """One ``"key:press=action"`` string per binding, e.g. ``"VolumeUp:short=trip_up"``."""
        return [f"{b}={a.value}" for b, a in self._map.items()]

    @classmethod
    def from_strings(cls, lines: Iterable[str]) -> tuple[KeyMap, list[str]]:
        """Parse :meth:`to_strings` output; bad entries are skipped and described in warnings."""
        bindings: dict[KeyBinding, Action] = {}
        warnings: list[str] = []
        for line in lines:
            # Split from the right: the key itself may be ":" or "=".
            left, eq, action_name = line.rpartition("=")
            key, colon, press_name = left.rpartition(":")
            if not eq or not colon:
                warnings.append(
                    translate(
                        "Remote", "ignored key binding {line}: expected key:press=action"
                    ).format(line=f"{line!r}")
                )
                continue
            try:
                binding = KeyBinding(key, Press(press_name))
                action = Action(action_name)
            except ValueError as exc:
                warnings.append(
                    translate("Remote", "ignored key binding {line}: {reason}").format(
                        line=f"{line!r}", reason=exc
                    )
                )
                continue
            if binding in bindings and bindings[binding] is not action:
                warnings.append(
                    translate(
                        "Remote", "ignored key binding {line}: {binding} is bound twice"
                    ).format(line=f"{line!r}", binding=binding)
                )
                continue
            bindings[binding] = action
        return cls(bindings), warnings


def _defaults() -> KeyMap:
    s, h = Press.SHORT, Press.HOLD
    pairs: list[tuple[str, Press, Action]] = [
        # Remotes: volume ± is the trip meter correction (holding repeats it) ...
        ("VolumeUp", s, Action.TRIP_UP),
        ("VolumeDown", s, Action.TRIP_DOWN),
        # ... next/previous track walks the roadbook ...
        ("MediaNext", s, Action.NEXT_BOX),
        ("MediaPrevious", s, Action.PREV_BOX),
        # ... play/pause resumes auto-advance, held it resets the partial. Remotes send either
        # one toggle key or Play and Pause alternately, so all three do the same.
        ("MediaTogglePlayPause", s, Action.RESUME_AUTO),
        ("MediaTogglePlayPause", h, Action.RESET_PARTIAL),
        ("MediaPlay", s, Action.RESUME_AUTO),
        ("MediaPlay", h, Action.RESET_PARTIAL),
        ("MediaPause", s, Action.RESUME_AUTO),
        ("MediaPause", h, Action.RESET_PARTIAL),
        # Character remotes and keyboards.
        ("+", s, Action.TRIP_UP),
        ("-", s, Action.TRIP_DOWN),
        ("r", s, Action.RESET_PARTIAL),
        ("r", h, Action.SET_TOTAL_TO_BOX),
        ("Down", s, Action.NEXT_BOX),
        ("Up", s, Action.PREV_BOX),
        ("PageDown", s, Action.NEXT_BOX),
        ("PageUp", s, Action.PREV_BOX),
        ("a", s, Action.RESUME_AUTO),
        ("n", s, Action.NIGHT_MODE),
        ("w", s, Action.WAYPOINT_LIST),
        ("F11", s, Action.FULL_SCREEN),
        ("Space", s, Action.PAUSE_REPLAY),
        ("[", s, Action.DIMMER_DARKER),
        ("]", s, Action.DIMMER_BRIGHTER),
        # The car's map. Plain + and - are the trip meter's: zooming takes Ctrl with them,
        # so a co-driver correcting the trip never zooms the map by mistake.
        ("m", s, Action.MAP_VIEW),
        ("Ctrl++", s, Action.MAP_ZOOM_IN),
        ("Ctrl+=", s, Action.MAP_ZOOM_IN),
        ("Ctrl+-", s, Action.MAP_ZOOM_OUT),
        ("c", s, Action.MAP_COURSE_UP),
        ("Home", s, Action.MAP_RECENTRE),
    ]
    return KeyMap({KeyBinding(k, p): a for k, p, a in pairs})


#: The bindings a fresh install starts with; every action has at least one key.
DEFAULT_KEYMAP: KeyMap = _defaults()

DEFAULT_HOLD_MS = 500
DEFAULT_REPEAT_MS = 150

#: A repeat stops by itself this long after its key was pressed; only a new press starts it
#: again. A release can be lost (a remote out of range, a window manager grabbing it), and a
#: trip meter correction repeating on its own moves the total by some 70 m a second.
DEFAULT_MAX_HOLD_MS = 10_000


@dataclass
class _Held:
    """A key that is down: its name, what its release fires, and what fires at ``next_ms``."""

    key: str
    on_release: Action | None
    at_deadline: Action | None
    repeats: bool
    next_ms: int | None
    until_ms: int


class PressTracker:
    """Turns key-down/key-up events and clock ticks into actions: short press, hold, repeat.

    - A key with only a short binding fires on press (no wait for the release).
    - A key with a short and a hold binding fires the short action on a release before
      ``hold_ms``, or the hold action once at ``hold_ms``; the later release fires nothing.
    - A key with only a hold binding fires at ``hold_ms``, nothing on an earlier release.
    - A repeating action (:data:`REPEATING`) bound to a key's short press fires on press, then
      again at ``hold_ms`` and every ``repeat_ms`` after that while the key is held; bound to a
      hold, it repeats every ``repeat_ms`` after firing at ``hold_ms``.
    - OS auto-repeat events (``auto_repeat=True``, including the release/press pairs X11 sends)
      are never new presses; they only advance the clock like :meth:`tick`. A pair the platform
      left unflagged is mended with :meth:`undo_release` before its press.
    - A key is released by its physical key (``physical`` given at the press, the name by
      default), whatever it is called at the release. Repeats stop ``max_hold_ms`` after the
      press even if the release never comes; the key then has to be pressed again.

    Deadlines that passed are caught up on the next event, so the number of repeats depends
    only on how long the key was held, not on how often :meth:`tick` is called. Times are
    milliseconds from any monotonic origin; a time earlier than one already seen counts as the
    latest one seen.
    """

    def __init__(
        self,
        keymap: KeyMap = DEFAULT_KEYMAP,
        hold_ms: int = DEFAULT_HOLD_MS,
        repeat_ms: int = DEFAULT_REPEAT_MS,
        max_hold_ms: int = DEFAULT_MAX_HOLD_MS,
    ) -> None:
        if hold_ms <= 0 or repeat_ms <= 0 or max_hold_ms <= 0:
            raise ValueError(
                f"hold_ms, repeat_ms and max_hold_ms must be positive: "
                f"{hold_ms}, {repeat_ms}, {max_hold_ms}"
            )
        self.hold_ms = hold_ms
        self.repeat_ms = repeat_ms
        self.max_hold_ms = max_hold_ms
        self._keymap = keymap
        self._held: dict[Hashable, _Held] = {}
        # The last release of each key that fired nothing, while it may still be taken back.
        self._released: dict[Hashable, _Held] = {}
        self._now = -(2**62)

    # -- queries -------------------------------------------------------------------------

    @property
    def keymap(self) -> KeyMap:
        """The bindings in use."""
        return self._keymap

    def set_keymap(self, keymap: KeyMap) -> None:
        """Use ``keymap`` from now on; keys held now are forgotten."""
        self._keymap = keymap
        self.cancel()

    def handles(self, key: str) -> bool:
        """Whether ``key`` (canonical name) has any binding."""
        return key in self._keymap.bound_keys()

    def is_held(self, key: str) -> bool:
        """Whether a key pressed as ``key`` (a name) is down as far as the tracker knows."""
        return any(held.key == key for held in self._held.values())

    def is_down(self, physical: Hashable) -> bool:
        """Whether the physical key ``physical`` is down as far as the tracker knows."""
        return physical in self._held

    def needs_tick(self) -> bool:
        """Whether a held key still has a hold or repeat to come (so the caller should tick)."""
        return any(h.next_ms is not None for h in self._held.values())

    # -- events --------------------------------------------------------------------------

    def key_down(
        self, key: str, t_ms: int, auto_repeat: bool = False, physical: Hashable | None = None
    ) -> list[Action]:
        """Physical key ``physical`` (``key`` if ``None``) went down at ``t_ms`` as ``key``.

        The actions that fire now.
        """
        fired = self.tick(t_ms)
        if auto_repeat:
            return fired
        pid = key if physical is None else physical
        # A second real press without a release in between (the release went to another
        # window, or came under another name): start over, whatever the key types now.
        self.forget(pid)
        if not self.handles(key):
            return fired
        short = self._keymap.action(key, Press.SHORT)
        hold = self._keymap.action(key, Press.HOLD)
        t = self._now
        until = t + self.max_hold_ms
        if short is not None and (hold is None or hold is short):
            fired.append(short)
            if short in REPEATING:
                self._held[pid] = _Held(key, None, short, True, t + self.hold_ms, until)
            else:
                self._held[pid] = _Held(key, None, None, False, None, until)
        else:
            self._held[pid] = _Held(key, short, hold, hold in REPEATING, t + self.hold_ms, until)
        return fired

    def key_up(self, physical: Hashable, t_ms: int, auto_repeat: bool = False) -> list[Action]:
        """Physical key ``physical`` (as given to :meth:`key_down`) went up at ``t_ms``.

        The actions that fire now.
        """
        fired = self.tick(t_ms)
        if auto_repeat:
            return fired
        held = self._held.pop(physical, None)
        if held is not None and held.on_release is not None:
            fired.append(held.on_release)
        elif held is not None:
            self._released[physical] = held
        return fired

    def undo_release(self, physical: Hashable) -> bool:
        """Take back the last release of ``physical``: it and the press coming now were one OS
        auto-repeat pair the platform failed to flag (X11 does, for the first repeats).

        Whether the key is held again, as if it had never been released: only when that
        release fired nothing and the key was not pressed since. Its repeats due meanwhile are
        caught up on the next event or tick, and its hold bound still counts from its press.
        """
        held = self._released.pop(physical, None)
        if held is None or physical in self._held:
            return False
        self._held[physical] = held
        return True

    def tick(self, t_ms: int) -> list[Action]:
        """The clock reads ``t_ms``: the holds and repeats due by then, in time order."""
        self._now = max(self._now, t_ms)
        due: list[tuple[int, int, Action]] = []
        for order, held in enumerate(self._held.values()):
            while held.next_ms is not None and held.next_ms <= self._now:
                assert held.at_deadline is not None
                due.append((held.next_ms, order, held.at_deadline))
                held.on_release = None
                held.next_ms = held.next_ms + self.repeat_ms if held.repeats else None
                if held.next_ms is not None and held.next_ms > held.until_ms:
                    # Held too long: the release is probably lost. Stop until a new press.
                    held.next_ms = None
        due.sort(key=lambda d: (d[0], d[1]))
        return [action for _, _, action in due]

    def forget(self, physical: Hashable) -> None:
        """Forget physical key ``physical`` without firing anything (its release was lost)."""
        self._held.pop(physical, None)
        self._released.pop(physical, None)

    def cancel(self) -> None:
        """Forget every held key without firing anything (focus lost, keymap changed)."""
        self._held.clear()
        self._released.clear()
