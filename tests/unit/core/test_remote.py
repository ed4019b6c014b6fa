"""Key bindings and the press/hold/repeat state machine, on synthetic timelines (no Qt, no clock)."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from navapp.core.remote import (
    DEFAULT_KEYMAP,
    DEFAULT_MAX_HOLD_MS,
    REPEATING,
    Action,
    KeyBinding,
    KeyMap,
    Press,
    PressTracker,
    normalize_key,
)
from navapp.core.tripmeter import TripMeter

S, H = Press.SHORT, Press.HOLD

# (kind, key, t_ms, auto_repeat); kind is "down", "up" or "tick" (key ignored).
Event = tuple[str, str, int, bool]


def run(tracker: PressTracker, events: list[Event]) -> list[tuple[int, Action]]:
    """Feed ``events``; every action fired, with the time of the event that fired it."""
    fired: list[tuple[int, Action]] = []
    for kind, key, t, auto in events:
        if kind == "down":
            out = tracker.key_down(key, t, auto)
        elif kind == "up":
            out = tracker.key_up(key, t, auto)
        else:
            out = tracker.tick(t)
        fired += [(t, a) for a in out]
    return fired


def ticks(start: int, stop: int, every: int = 50) -> list[Event]:
    return [("tick", "", t, False) for t in range(start, stop, every)]


def x11_repeat(key: str, start: int, stop: int, every: int = 33) -> list[Event]:
    """What X11 sends for a held key: release/press pairs flagged auto-repeat."""
    events: list[Event] = []
    for t in range(start, stop, every):
        events += [("up", key, t, True), ("down", key, t, True)]
    return events


def actions(fired: list[tuple[int, Action]]) -> list[Action]:
    return [a for _, a in fired]


# -- short press, hold -------------------------------------------------------------------------


def test_short_only_key_fires_on_press_and_never_again() -> None:
    tracker = PressTracker()
    fired = run(
        tracker,
        [
            ("down", "MediaNext", 100, False),
            *ticks(150, 2000),
            *x11_repeat("MediaNext", 600, 2000),
            ("up", "MediaNext", 2000, False),
        ],
    )
    assert fired == [(100, Action.NEXT_BOX)]
    assert not tracker.is_held("MediaNext")


def test_short_only_key_does_not_need_ticks() -> None:
    tracker = PressTracker()
    tracker.key_down("MediaNext", 0)
    assert tracker.is_held("MediaNext")
    assert not tracker.needs_tick()


@pytest.mark.parametrize("released_at", [10, 250, 499])
def test_short_press_of_a_key_with_a_hold_fires_on_release(released_at: int) -> None:
    tracker = PressTracker(hold_ms=500)
    fired = run(
        tracker,
        [
            ("down", "r", 1000, False),
            *ticks(1000, 1000 + released_at),
            ("up", "r", 1000 + released_at, False),
        ],
    )
    assert fired == [(1000 + released_at, Action.RESET_PARTIAL)]


def test_hold_fires_once_at_hold_time_and_release_fires_nothing() -> None:
    tracker = PressTracker(hold_ms=500)
    fired = run(tracker, [("down", "r", 0, False), *ticks(0, 3000, 10), ("up", "r", 3000, False)])
    assert fired == [(500, Action.SET_TOTAL_TO_BOX)]
    assert not tracker.needs_tick()


def test_hold_is_reached_exactly_at_hold_ms() -> None:
    tracker = PressTracker(hold_ms=500)
    assert run(tracker, [("down", "r", 0, False), ("up", "r", 500, False)]) == [
        (500, Action.SET_TOTAL_TO_BOX)
    ]


def test_hold_fires_on_os_auto_repeat_without_ticks() -> None:
    tracker = PressTracker(hold_ms=500)
    fired = run(
        tracker,
        [("down", "MediaPlay", 0, False), ("down", "MediaPlay", 250, True)]
        + [("down", "MediaPlay", t, True) for t in range(283, 1500, 33)]
        + [("up", "MediaPlay", 1500, False)],
    )
    # the first auto-repeat event at or after 500 ms fires the hold, once
    assert fired == [(514, Action.RESET_PARTIAL)]


def test_x11_release_press_pairs_are_not_presses() -> None:
    tracker = PressTracker(hold_ms=500)
    # A short press with an early X11 pair (delay shorter than the hold): still one short press.
    fired = run(
        tracker,
        [("down", "r", 0, False), *x11_repeat("r", 200, 400), ("up", "r", 400, False)],
    )
    assert fired == [(400, Action.RESET_PARTIAL)]
    # A long hold drowned in pairs: one hold, nothing on release.
    fired = run(
        tracker,
        [("down", "r", 1000, False), *x11_repeat("r", 1250, 2500), ("up", "r", 2500, False)],
    )
    assert actions(fired) == [Action.SET_TOTAL_TO_BOX]


def test_hold_only_binding() -> None:
    keymap = KeyMap({KeyBinding("x", H): Action.NIGHT_MODE})
    tracker = PressTracker(keymap, hold_ms=400)
    assert run(tracker, [("down", "x", 0, False), ("up", "x", 399, False)]) == []
    assert run(tracker, [("down", "x", 1000, False), *ticks(1000, 2000)]) == [
        (1400, Action.NIGHT_MODE)
    ]


def test_unbound_key_and_stray_events_fire_nothing() -> None:
    tracker = PressTracker()
    assert not tracker.handles("q")
    fired = run(
        tracker,
        [
            ("down", "q", 0, False),
            ("up", "q", 900, False),
            # auto-repeat of a press never seen (it went to another window), then its release
            ("down", "MediaNext", 1000, True),
            ("up", "MediaNext", 1100, False),
            ("up", "r", 1200, False),
        ],
    )
    assert fired == []
    assert not tracker.is_held("MediaNext")


def test_cancel_forgets_held_keys() -> None:
    tracker = PressTracker()
    tracker.key_down("r", 0)
    tracker.key_down("+", 0)
    assert tracker.needs_tick()
    tracker.cancel()
    assert not tracker.needs_tick()
    assert run(tracker, [*ticks(0, 2000), ("up", "r", 2000, False), ("up", "+", 2000, False)]) == []


def test_changing_the_keymap_forgets_held_keys() -> None:
    tracker = PressTracker()
    tracker.key_down("r", 0)
    tracker.set_keymap(KeyMap({KeyBinding("r", S): Action.NIGHT_MODE}))
    assert tracker.key_up("r", 100) == []
    assert tracker.key_down("r", 200) == [Action.NIGHT_MODE]


def test_a_second_press_without_release_starts_over() -> None:
    tracker = PressTracker(hold_ms=500)
    fired = run(
        tracker, [("down", "r", 0, False), ("down", "r", 300, False), ("up", "r", 700, False)]
    )
    assert fired == [(700, Action.RESET_PARTIAL)]  # 400 ms after the second press: short


def test_time_going_backwards_counts_as_the_latest_time() -> None:
    tracker = PressTracker(hold_ms=500)
    fired = run(
        tracker, [("down", "r", 1000, False), ("tick", "", 10, False), ("up", "r", 20, False)]
    )
    assert fired == [(20, Action.RESET_PARTIAL)]


def test_bad_timing_is_refused() -> None:
    with pytest.raises(ValueError):
        PressTracker(hold_ms=0)
    with pytest.raises(ValueError):
        PressTracker(repeat_ms=-5)
    with pytest.raises(ValueError):
        PressTracker(max_hold_ms=0)


# -- repeating ± -------------------------------------------------------------------------------


def expected_count(held_ms: int, hold_ms: int, repeat_ms: int) -> int:
    """One on press, then one at hold_ms and one every repeat_ms after that while held."""
    if held_ms < hold_ms:
        return 1
    return 1 + 1 + (held_ms - hold_ms) // repeat_ms


@pytest.mark.parametrize(
    ("hold_ms", "repeat_ms", "held_ms"),
    [
        (500, 150, 1000),
        (500, 150, 499),
        (500, 150, 500),
        (500, 150, 650),
        (500, 100, 3000),
        (300, 50, 1234),
        (700, 200, 5000),
    ],
)
@pytest.mark.parametrize("key", ["+", "VolumeUp"])
@pytest.mark.parametrize("driver", ["ticks", "os-repeat", "x11-pairs", "release-only"])
def test_holding_plus_repeats(
    key: str, hold_ms: int, repeat_ms: int, held_ms: int, driver: str
) -> None:
    tracker = PressTracker(hold_ms=hold_ms, repeat_ms=repeat_ms)
    middle: list[Event] = {
        "ticks": ticks(0, held_ms, 50),
        "os-repeat": [("down", key, t, True) for t in range(250, held_ms, 33)],
        "x11-pairs": x11_repeat(key, 250, held_ms),
        "release-only": [],
    }[driver]
    fired = run(tracker, [("down", key, 0, False), *middle, ("up", key, held_ms, False)])
    assert actions(fired) == [Action.TRIP_UP] * expected_count(held_ms, hold_ms, repeat_ms)
    assert fired[0] == (0, Action.TRIP_UP)  # the first one on press, no waiting


def test_plus_held_one_second_counts_one_plus_four() -> None:
    hold_ms, repeat_ms, held_ms = 500, 150, 1000
    tracker = PressTracker(hold_ms=hold_ms, repeat_ms=repeat_ms)
    fired = run(
        tracker, [("down", "+", 0, False), *ticks(0, held_ms, 10), ("up", "+", held_ms, False)]
    )
    repeats = range(hold_ms, held_ms + 1, repeat_ms)  # 500, 650, 800, 950
    assert [t for t, _ in fired] == [0, *repeats]
    assert len(fired) == 1 + 4


def test_minus_repeats_too_and_release_stops_it() -> None:
    tracker = PressTracker(hold_ms=500, repeat_ms=150)
    fired = run(tracker, [("down", "VolumeDown", 0, False), ("up", "VolumeDown", 800, False)])
    assert actions(fired) == [Action.TRIP_DOWN] * 4  # 0, 500, 650, 800
    assert run(tracker, ticks(800, 5000)) == []
    assert not tracker.needs_tick()


def test_hold_binding_to_a_repeating_action_repeats_after_the_hold() -> None:
    keymap = KeyMap({KeyBinding("x", H): Action.TRIP_UP})
    tracker = PressTracker(keymap, hold_ms=500, repeat_ms=100)
    fired = run(tracker, [("down", "x", 0, False), ("up", "x", 750, False)])
    assert fired == [(750, Action.TRIP_UP)] * 3  # due at 500, 600, 700; caught up at release


def test_a_repeating_key_and_another_key_together() -> None:
    tracker = PressTracker(hold_ms=500, repeat_ms=150)
    fired = run(
        tracker,
        [
            ("down", "+", 0, False),
            *ticks(0, 600),
            ("down", "MediaNext", 600, False),
            *ticks(600, 1000),
            ("up", "MediaNext", 700, False),
            ("up", "+", 1000, False),
        ],
    )
    assert actions(fired).count(Action.TRIP_UP) == expected_count(1000, 500, 150)
    assert actions(fired).count(Action.NEXT_BOX) == 1


# -- nothing runs away ---------------------------------------------------------------------------

STEP_KM = 0.01  # the trip meter's default ± step


class Trip:
    """A core trip meter worked by a tracker, as the drive screen does with each action."""

    def __init__(self, tracker: PressTracker) -> None:
        self.tracker = tracker
        self.meter = TripMeter()

    def apply(self, out: list[Action]) -> None:
        for action in out:
            if action is Action.TRIP_UP:
                self.meter.adjust(STEP_KM)
            elif action is Action.TRIP_DOWN:
                self.meter.adjust(-STEP_KM)

    def down(self, key: str, t: int, physical: object = None, auto: bool = False) -> None:
        self.apply(self.tracker.key_down(key, t, auto, physical))

    def up(self, physical: object, t: int, auto: bool = False) -> None:
        self.apply(self.tracker.key_up(physical, t, auto))

    def tick_until(self, start: int, stop: int, every: int = 50) -> float:
        """Tick the clock from ``start`` to ``stop``; the total (km) at the end."""
        for t in range(start, stop + 1, every):
            self.apply(self.tracker.tick(t))
        return self.meter.total_km


# Physical keys as scan codes, as X11 numbers them on a US keyboard.
EQUAL, MINUS, VOLUME_UP = 21, 20, 123


def test_plus_released_as_equal_after_shift_stops_the_trip() -> None:
    """Shift↓ =↓ (types "+") Shift↑ =↑ (says "="): the physical key releases it."""
    trip = Trip(PressTracker(hold_ms=500, repeat_ms=150))
    trip.down("+", 0, EQUAL)
    total = trip.tick_until(0, 1000)
    assert total == pytest.approx(STEP_KM * expected_count(1000, 500, 150), abs=1e-9)
    trip.up(EQUAL, 1000)
    assert trip.tick_until(1000, 60_000) == total  # stops changing
    assert not trip.tracker.needs_tick()
    assert not trip.tracker.is_down(EQUAL)


def test_two_keys_held_released_in_either_order() -> None:
    for first, second in ((EQUAL, MINUS), (MINUS, EQUAL)):
        trip = Trip(PressTracker(hold_ms=500, repeat_ms=150))
        trip.down("+", 0, EQUAL)
        trip.down("-", 100, MINUS)
        trip.tick_until(0, 2000)
        trip.up(first, 2000)
        trip.tick_until(2000, 3000)
        assert trip.tracker.is_down(second) and trip.tracker.needs_tick()
        trip.up(second, 3000)
        total = trip.meter.total_km
        assert trip.tick_until(3000, 60_000) == total
        assert not trip.tracker.needs_tick()


@pytest.mark.parametrize("driver", ["ticks", "os-repeat", "x11-pairs"])
def test_a_release_that_never_comes_stops_after_max_hold(driver: str) -> None:
    hold_ms, repeat_ms, max_hold_ms = 500, 150, 10_000
    tracker = PressTracker(hold_ms=hold_ms, repeat_ms=repeat_ms, max_hold_ms=max_hold_ms)
    middle: list[Event] = {
        "ticks": ticks(0, 60_000),
        "os-repeat": [("down", "+", t, True) for t in range(250, 60_000, 33)],
        "x11-pairs": x11_repeat("+", 250, 60_000),
    }[driver]
    fired = run(tracker, [("down", "+", 0, False), *middle])
    assert actions(fired) == [Action.TRIP_UP] * expected_count(max_hold_ms, hold_ms, repeat_ms)
    assert fired[-1][0] <= max_hold_ms + 50  # nothing fired after the bound (plus one event gap)
    assert not tracker.needs_tick()
    # Still down as far as we know, so its late release fires nothing; a new press starts again.
    assert tracker.is_held("+")
    assert run(tracker, [("up", "+", 70_000, False)]) == []
    assert run(tracker, [("down", "+", 71_000, False)]) == [(71_000, Action.TRIP_UP)]


def test_max_hold_default_is_ten_seconds() -> None:
    assert DEFAULT_MAX_HOLD_MS == 10_000
    trip = Trip(PressTracker())
    trip.down("VolumeUp", 0, VOLUME_UP)
    total = trip.tick_until(0, DEFAULT_MAX_HOLD_MS)
    assert total == pytest.approx(STEP_KM * expected_count(10_000, 500, 150), abs=1e-9)
    assert trip.tick_until(DEFAULT_MAX_HOLD_MS, 600_000, 1000) == total


def test_max_hold_bounds_a_repeat_bound_to_a_hold() -> None:
    keymap = KeyMap({KeyBinding("x", H): Action.TRIP_UP})
    tracker = PressTracker(keymap, hold_ms=500, repeat_ms=100, max_hold_ms=1000)
    fired = run(tracker, [("down", "x", 0, False), *ticks(0, 5000)])
    assert [t for t, _ in fired] == list(range(500, 1001, 100))
    assert not tracker.needs_tick()


def test_a_new_press_of_a_held_key_ends_its_repeat_whatever_it_types() -> None:
    """The release was lost; the next press of that key (now "=", unbound) ends the repeat."""
    trip = Trip(PressTracker(hold_ms=500, repeat_ms=150))
    trip.down("+", 0, EQUAL)
    trip.tick_until(0, 2000)
    trip.down("=", 2000, EQUAL)
    assert not trip.tracker.is_down(EQUAL)
    total = trip.meter.total_km
    assert trip.tick_until(2000, 60_000) == total


def test_forget_ends_one_held_key_and_fires_nothing() -> None:
    trip = Trip(PressTracker(hold_ms=500, repeat_ms=150))
    trip.down("+", 0, EQUAL)
    trip.down("r", 0, 27)
    trip.tracker.forget(EQUAL)
    assert trip.tick_until(0, 5000) == trips(1)
    assert trip.tracker.is_down(27) and not trip.tracker.is_down(EQUAL)


def trips(n: int) -> float:
    return pytest.approx(n * STEP_KM, abs=1e-9)


def test_an_unflagged_auto_repeat_pair_is_taken_back() -> None:
    """X11 leaves the first repeat pairs of a held key unflagged: release and press, same time."""
    trip = Trip(PressTracker(hold_ms=500, repeat_ms=150))
    trip.down("+", 0, EQUAL)
    for t in range(660, 800, 40):  # the X server's repeat: 660 ms delay, 25 a second
        trip.up(EQUAL, t)
        assert trip.tracker.undo_release(EQUAL)
        trip.down("+", t, EQUAL, auto=True)
    trip.up(EQUAL, 1000)
    total = trip.meter.total_km
    assert total == trips(expected_count(1000, 500, 150))  # not one more per pair
    assert trip.tick_until(1000, 60_000) == total


def test_a_release_cannot_be_taken_back_after_a_press_or_when_it_fired() -> None:
    tracker = PressTracker(hold_ms=500)
    tracker.key_down("+", 0, physical=EQUAL)
    tracker.key_up(EQUAL, 100)
    tracker.key_down("+", 200, physical=EQUAL)  # a real new press in between
    tracker.key_up(EQUAL, 300)
    tracker.key_down("-", 400, physical=MINUS)  # another key does not matter
    assert tracker.undo_release(EQUAL)
    assert not tracker.undo_release(EQUAL)  # once
    tracker.key_up(EQUAL, 500)
    tracker.cancel()
    assert not tracker.undo_release(EQUAL)
    # "r" released before the hold fired its short action: that cannot be undone
    assert tracker.key_down("r", 1000, physical=27) == []
    assert tracker.key_up(27, 1100) == [Action.RESET_PARTIAL]
    assert not tracker.undo_release(27)


def test_a_taken_back_release_keeps_the_hold_bound() -> None:
    tracker = PressTracker(hold_ms=500, repeat_ms=150, max_hold_ms=10_000)
    fired = run(tracker, [("down", "+", 0, False), *ticks(0, 9000)])
    tracker.key_up("+", 9000)
    assert tracker.undo_release("+")
    fired += run(tracker, ticks(9000, 60_000))
    assert len(fired) == expected_count(10_000, 500, 150)
    assert not tracker.needs_tick()


def test_cancel_stops_a_repeat_and_its_late_release_fires_nothing() -> None:
    trip = Trip(PressTracker(hold_ms=500, repeat_ms=150))
    trip.down("+", 0, EQUAL)
    trip.tick_until(0, 1000)
    trip.tracker.cancel()  # focus lost
    total = trip.meter.total_km
    assert trip.tick_until(1000, 30_000) == total
    trip.up(EQUAL, 30_000)
    assert trip.meter.total_km == total


# -- key names, bindings, the default map ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("+", "+"),
        ("-", "-"),
        ("r", "r"),
        ("R", "r"),
        (" ", "Space"),
        ("VolumeUp", "VolumeUp"),
        ("F11", "F11"),
        ("Ctrl+N", "Ctrl+N"),
        ("Ctrl+n", "Ctrl+N"),
        ("Shift+Ctrl+Up", "Ctrl+Shift+Up"),
        ("Ctrl++", "Ctrl++"),
        (":", ":"),
        ("=", "="),
    ],
)
def test_normalize_key(name: str, canonical: str) -> None:
    assert normalize_key(name) == canonical


@pytest.mark.parametrize("name", ["", "\t", "\x07", "Volume Up", "Ctrl+", "Ctrl+F 1", "1abc"])
def test_bad_key_names(name: str) -> None:
    with pytest.raises(ValueError):
        normalize_key(name)


def test_key_binding_is_frozen_and_canonical() -> None:
    binding = KeyBinding("R", H)
    assert binding == KeyBinding("r", H)
    assert str(binding) == "r:hold"
    with pytest.raises(FrozenInstanceError):
        binding.key = "x"  # type: ignore[misc]


def test_action_labels() -> None:
    labels = [a.label for a in Action]
    assert len(set(labels)) == len(labels) == 18
    assert Action.TRIP_UP.label == "Trip +"
    assert Action.RESET_PARTIAL.label == "Reset partial"
    assert {Action.TRIP_UP, Action.TRIP_DOWN} == REPEATING


def test_every_action_has_a_default_key() -> None:
    assert set(DEFAULT_KEYMAP.values()) == set(Action)


@pytest.mark.parametrize(
    ("key", "press", "action"),
    [
        ("VolumeUp", S, Action.TRIP_UP),
        ("VolumeDown", S, Action.TRIP_DOWN),
        ("VolumeUp", H, None),  # holding ± repeats the correction
        ("VolumeDown", H, None),
        ("MediaNext", S, Action.NEXT_BOX),
        ("MediaPrevious", S, Action.PREV_BOX),
        ("MediaPlay", S, Action.RESUME_AUTO),
        ("MediaPlay", H, Action.RESET_PARTIAL),
        ("MediaPause", S, Action.RESUME_AUTO),
        ("MediaTogglePlayPause", S, Action.RESUME_AUTO),
        ("MediaTogglePlayPause", H, Action.RESET_PARTIAL),
        ("+", S, Action.TRIP_UP),
        ("-", S, Action.TRIP_DOWN),
        ("r", S, Action.RESET_PARTIAL),
        ("r", H, Action.SET_TOTAL_TO_BOX),
        ("Up", S, Action.PREV_BOX),
        ("Down", S, Action.NEXT_BOX),
        ("PageUp", S, Action.PREV_BOX),
        ("PageDown", S, Action.NEXT_BOX),
        ("n", S, Action.NIGHT_MODE),
        ("w", S, Action.WAYPOINT_LIST),
        ("a", S, Action.RESUME_AUTO),
        ("F11", S, Action.FULL_SCREEN),
        ("Space", S, Action.PAUSE_REPLAY),
    ],
)
def test_default_keymap(key: str, press: Press, action: Action | None) -> None:
    assert DEFAULT_KEYMAP.action(key, press) is action


def test_default_keymap_has_no_conflicts() -> None:
    for binding, action in DEFAULT_KEYMAP.items():
        assert DEFAULT_KEYMAP.without(binding).conflict(binding, action) is None


def test_keymap_queries_and_edits() -> None:
    keymap = DEFAULT_KEYMAP
    assert keymap.keys_for(Action.TRIP_UP, S) == ["VolumeUp", "+"]
    assert keymap.keys_for(Action.SET_TOTAL_TO_BOX, H) == ["r"]
    assert "F11" in keymap.bound_keys()
    edited = keymap.with_binding(KeyBinding("F12", S), Action.NIGHT_MODE)
    assert edited.action("F12", S) is Action.NIGHT_MODE
    assert keymap.action("F12", S) is None  # the original is untouched
    assert edited.without(KeyBinding("F12", S)) == keymap
    assert len(edited) == len(keymap) + 1


def test_conflicts() -> None:
    keymap = DEFAULT_KEYMAP
    problem = keymap.conflict(KeyBinding("MediaNext", S), Action.NIGHT_MODE)
    assert problem is not None and "Next box" in problem
    # same binding, same action: nothing to refuse
    assert keymap.conflict(KeyBinding("MediaNext", S), Action.NEXT_BOX) is None
    # a hold on "+" would take away its auto-repeat
    problem = keymap.conflict(KeyBinding("+", H), Action.NIGHT_MODE)
    assert problem is not None and "repeats" in problem
    # and a repeating action cannot go on a key that has a hold
    assert keymap.conflict(KeyBinding("r", S), Action.TRIP_UP) is not None
    # a free key is fine for any press
    assert keymap.conflict(KeyBinding("F5", H), Action.NIGHT_MODE) is None


# -- serialisation -------------------------------------------------------------------------------


def test_round_trip_through_strings() -> None:
    lines = DEFAULT_KEYMAP.to_strings()
    assert "VolumeUp:short=trip_up" in lines
    assert "r:hold=set_total_to_box" in lines
    keymap, warnings = KeyMap.from_strings(lines)
    assert warnings == []
    assert keymap == DEFAULT_KEYMAP


def test_odd_keys_round_trip() -> None:
    keymap = KeyMap(
        {
            KeyBinding(":", S): Action.NIGHT_MODE,
            KeyBinding("=", H): Action.TRIP_UP,
            KeyBinding("Ctrl++", S): Action.TRIP_UP,
            KeyBinding("Ctrl+Shift+F3", H): Action.FULL_SCREEN,
        }
    )
    assert KeyMap.from_strings(keymap.to_strings()) == (keymap, [])


def test_unknown_entries_are_ignored_with_warnings() -> None:
    keymap, warnings = KeyMap.from_strings(
        [
            "VolumeUp:short=trip_up",
            "VolumeUp:short=next_box",  # bound twice
            "F5:short=make_coffee",  # unknown action
            "F6:long=night_mode",  # unknown press
            "Volume Up:short=trip_up",  # not a key name
            "garbage",
            "",
            "n:short=night_mode",
        ]
    )
    assert keymap == KeyMap(
        {KeyBinding("VolumeUp", S): Action.TRIP_UP, KeyBinding("n", S): Action.NIGHT_MODE}
    )
    assert len(warnings) == 6
    assert any("make_coffee" in w for w in warnings)


# -- random event sequences ----------------------------------------------------------------------

KEYS = ["+", "-", "r", "x", "VolumeUp", "MediaNext", "F1", "Ctrl+N"]
bindings_st = st.dictionaries(
    st.builds(KeyBinding, st.sampled_from(KEYS), st.sampled_from(list(Press))),
    st.sampled_from(list(Action)),
    max_size=10,
)
events_st = st.lists(
    st.tuples(
        st.sampled_from(["down", "up", "tick"]),
        st.sampled_from(KEYS),
        st.integers(min_value=-50, max_value=800),  # time step, sometimes backwards
        st.booleans(),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(
    bindings=bindings_st,
    events=events_st,
    hold_ms=st.integers(1, 1000),
    repeat_ms=st.integers(1, 500),
)
def test_random_sequences_never_raise_nor_fire_unbound_actions(
    bindings: dict[KeyBinding, Action],
    events: list[tuple[str, str, int, bool]],
    hold_ms: int,
    repeat_ms: int,
) -> None:
    keymap = KeyMap(bindings)
    tracker = PressTracker(keymap, hold_ms=hold_ms, repeat_ms=repeat_ms)
    t = 0
    for kind, key, step, auto in events:
        t += step
        # only keys that are down, or the key of this event, may fire
        allowed = {a for b, a in keymap.items() if tracker.is_held(b.key) or b.key == key}
        if kind == "down":
            out = tracker.key_down(key, t, auto)
        elif kind == "up":
            out = tracker.key_up(key, t, auto)
        else:
            out = tracker.tick(t)
        assert set(out) <= allowed
        if not keymap:
            assert out == []
    # every key released: nothing left to tick
    for key in KEYS:
        tracker.key_up(key, t)
    assert not tracker.needs_tick()


@settings(max_examples=300, deadline=None)
@given(
    events=st.lists(
        st.tuples(
            st.sampled_from(["down", "up", "tick"]),
            st.sampled_from(KEYS),
            st.integers(0, 3),  # the physical key, not tied to the name
            st.integers(min_value=-50, max_value=3000),
            st.booleans(),
        ),
        max_size=60,
    ),
    hold_ms=st.integers(1, 1000),
    repeat_ms=st.integers(1, 500),
    max_hold_ms=st.integers(1, 20_000),
)
def test_no_sequence_repeats_past_max_hold(
    events: list[tuple[str, str, int, int, bool]], hold_ms: int, repeat_ms: int, max_hold_ms: int
) -> None:
    """Whatever presses and releases came (or never came), repeats end by themselves."""
    tracker = PressTracker(DEFAULT_KEYMAP, hold_ms=hold_ms, repeat_ms=repeat_ms)
    tracker.max_hold_ms = max_hold_ms
    t = latest = 0
    for kind, key, physical, step, auto in events:
        t += step
        latest = max(latest, t)  # the tracker counts an earlier time as the latest one
        if kind == "down":
            tracker.key_down(key, t, auto, physical)
        elif kind == "up":
            tracker.key_up(physical, t, auto)
        else:
            tracker.tick(t)
    tracker.tick(latest + max(hold_ms, max_hold_ms))
    assert not tracker.needs_tick()
    assert tracker.tick(latest + 10 * max_hold_ms + 10_000) == []
