"""Remote control in Qt: key names, the controller on a window, QSettings, the settings dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from navapp.core.remote import DEFAULT_KEYMAP, Action, KeyBinding, KeyMap, Press
from navapp.core.tripmeter import TripMeter
from navapp.gui.shell.remote import RemoteController, key_label, key_name, physical_key
from navapp.gui.shell.settings import (
    HOLD_MS_KEY,
    KEYMAP_KEY,
    REPEAT_MS_KEY,
    TRIP_CALIBRATION_KEY,
    TRIP_DECIMALS_KEY,
    TRIP_RESET_ON_VALIDATION_KEY,
    TRIP_STEP_KEY,
    ZONE_TOLERANCE_KEY,
    TripSettings,
    load_keymap,
    load_timing,
    save_keymap,
    save_timing,
)
from navapp.gui.shell.settings_dialog import CAPTURE_TEXT, SettingsDialog

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform plugin says this whenever a top-level window with a minimum size
    # is shown; it is about the test platform, not about navapp.
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

K = Qt.Key
M = Qt.KeyboardModifier
KP, KR = QEvent.Type.KeyPress, QEvent.Type.KeyRelease


class FakeClock:
    """Milliseconds that only move when the test says so."""

    def __init__(self) -> None:
        self.now = 0

    def __call__(self) -> int:
        return self.now


class Window(QWidget):
    """A stand-in main window: a text field, and a record of the keys that reach it."""

    def __init__(self) -> None:
        super().__init__()
        self.line_edit = QLineEdit(self)
        self.pane = QWidget(self)
        self.pane.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.pane)
        self.reached: list[int] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.reached.append(event.key())


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    w = Window()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def controller(window: Window, clock: FakeClock) -> RemoteController:
    c = RemoteController(hold_ms=500, repeat_ms=150, clock=clock, parent=window)
    c.attach(window)
    return c


@pytest.fixture
def fired(controller: RemoteController) -> list[Action]:
    out: list[Action] = []
    controller.action_triggered.connect(out.append)
    return out


def send(widget: QWidget, etype: QEvent.Type, key: int, text: str = "", auto: bool = False) -> bool:
    """Deliver one key event as the platform would; whether something accepted it."""
    event = QKeyEvent(etype, key, M.NoModifier, text, auto)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


# -- key names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "mods", "text", "name"),
    [
        (K.Key_VolumeUp, M.NoModifier, "", "VolumeUp"),
        (K.Key_VolumeDown, M.NoModifier, "", "VolumeDown"),
        (K.Key_MediaNext, M.NoModifier, "", "MediaNext"),
        (K.Key_MediaPrevious, M.NoModifier, "", "MediaPrevious"),
        (K.Key_MediaPlay, M.NoModifier, "", "MediaPlay"),
        (K.Key_MediaPause, M.NoModifier, "", "MediaPause"),
        (K.Key_MediaTogglePlayPause, M.NoModifier, "", "MediaTogglePlayPause"),
        (K.Key_Up, M.NoModifier, "", "Up"),
        (K.Key_Down, M.KeypadModifier, "", "Down"),
        (K.Key_Left, M.NoModifier, "", "Left"),
        (K.Key_Right, M.NoModifier, "", "Right"),
        (K.Key_PageUp, M.NoModifier, "", "PageUp"),
        (K.Key_PageDown, M.NoModifier, "", "PageDown"),
        (K.Key_Space, M.NoModifier, " ", "Space"),
        (K.Key_Return, M.NoModifier, "\r", "Return"),
        (K.Key_Enter, M.KeypadModifier, "\r", "Return"),
        (K.Key_Escape, M.NoModifier, "\x1b", "Escape"),
        (K.Key_F1, M.NoModifier, "", "F1"),
        (K.Key_F11, M.NoModifier, "", "F11"),
        (K.Key_F12, M.NoModifier, "", "F12"),
        (K.Key_Plus, M.ShiftModifier, "+", "+"),  # Shift is part of the character
        (K.Key_Plus, M.KeypadModifier, "+", "+"),
        (K.Key_Minus, M.NoModifier, "-", "-"),
        (K.Key_R, M.NoModifier, "r", "r"),
        (K.Key_R, M.ShiftModifier, "R", "r"),  # caps lock or Shift: same key
        (K.Key_N, M.ControlModifier, "\x0e", "Ctrl+N"),
        (K.Key_N, M.ControlModifier | M.ShiftModifier, "\x0e", "Ctrl+N"),
        (K.Key_Up, M.ShiftModifier, "", "Shift+Up"),
        (K.Key_F5, M.ControlModifier | M.AltModifier, "", "Ctrl+Alt+F5"),
        (K.Key_Plus, M.ControlModifier, "", "Ctrl++"),
        (K.Key_LaunchMail, M.NoModifier, "", "LaunchMail"),
        (K.Key_Shift, M.ShiftModifier, "", None),
        (K.Key_Control, M.ControlModifier, "", None),
    ],
)
def test_key_name(key: int, mods: Qt.KeyboardModifier, text: str, name: str | None) -> None:
    assert key_name(QKeyEvent(KP, key, mods, text)) == name


def test_key_label() -> None:
    assert key_label("VolumeUp") == "Vol +"
    assert key_label("MediaNext") == "Next track"
    assert key_label("Ctrl+Up") == "Ctrl+↑"
    assert key_label("r") == "R"
    assert key_label("+") == "+"


# -- the controller ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "action"),
    [
        (K.Key_VolumeUp, Action.TRIP_UP),
        (K.Key_VolumeDown, Action.TRIP_DOWN),
        (K.Key_MediaNext, Action.NEXT_BOX),
        (K.Key_MediaPrevious, Action.PREV_BOX),
        (K.Key_MediaTogglePlayPause, Action.RESUME_AUTO),
        (K.Key_MediaPlay, Action.RESUME_AUTO),
        (K.Key_Down, Action.NEXT_BOX),
        (K.Key_PageUp, Action.PREV_BOX),
        (K.Key_F11, Action.FULL_SCREEN),
        (K.Key_Space, Action.PAUSE_REPLAY),
        (K.Key_R, Action.RESET_PARTIAL),
        (K.Key_N, Action.NIGHT_MODE),
        (K.Key_W, Action.WAYPOINT_LIST),
        (K.Key_A, Action.RESUME_AUTO),
    ],
)
def test_a_key_click_triggers_its_action(
    qtbot: QtBot, window: Window, fired: list[Action], key: int, action: Action
) -> None:
    if key == K.Key_MediaTogglePlayPause:
        # QTest warns it has no text for this key; send the events themselves.
        assert send(window.pane, KP, key)
        assert send(window.pane, KR, key)
    else:
        qtbot.keyClick(window.pane, key)
    assert fired == [action]
    assert window.reached == []  # consumed


def test_characters_plus_and_minus(qtbot: QtBot, window: Window, fired: list[Action]) -> None:
    qtbot.keyClick(window.pane, "+")
    qtbot.keyClick(window.pane, "-")
    qtbot.keyClick(window, "+")  # the window itself, not only its children
    assert fired == [Action.TRIP_UP, Action.TRIP_DOWN, Action.TRIP_UP]


def test_a_short_only_key_fires_on_press(window: Window, fired: list[Action]) -> None:
    assert send(window.pane, KP, K.Key_MediaNext)
    assert fired == [Action.NEXT_BOX]
    assert send(window.pane, KR, K.Key_MediaNext)
    assert fired == [Action.NEXT_BOX]


def test_unbound_keys_pass_through(qtbot: QtBot, window: Window, fired: list[Action]) -> None:
    qtbot.keyClick(window.pane, K.Key_Q)
    qtbot.keyClick(window.pane, K.Key_Tab, M.ControlModifier)
    assert fired == []
    assert K.Key_Q in window.reached


def test_holding_plus_repeats_on_timer_ticks(
    controller: RemoteController, clock: FakeClock, window: Window, fired: list[Action]
) -> None:
    hold_ms, repeat_ms, held_ms = 500, 150, 1000
    QTest.keyPress(window.pane, K.Key_Plus)
    assert fired == [Action.TRIP_UP]
    assert controller.is_ticking()
    for clock.now in range(0, held_ms + 1, 50):
        controller.tick()  # what the QTimer does every 50 ms
    QTest.keyRelease(window.pane, K.Key_Plus)
    assert not controller.is_ticking()
    assert (
        fired
        == [Action.TRIP_UP] * (1 + 1 + (held_ms - hold_ms) // repeat_ms)
        == [Action.TRIP_UP] * 5
    )


def test_holding_volume_up_with_os_auto_repeat(
    controller: RemoteController, clock: FakeClock, window: Window, fired: list[Action]
) -> None:
    """A Bluetooth remote held down: X11 sends release/press pairs flagged auto-repeat."""
    send(window.pane, KP, K.Key_VolumeUp)
    for clock.now in range(250, 1000, 33):
        assert send(window.pane, KR, K.Key_VolumeUp, auto=True)
        assert send(window.pane, KP, K.Key_VolumeUp, auto=True)
    clock.now = 1000
    send(window.pane, KR, K.Key_VolumeUp)
    assert fired == [Action.TRIP_UP] * 5
    assert not controller.is_ticking()


def test_hold_play_resets_the_partial_and_short_play_resumes(
    controller: RemoteController, clock: FakeClock, window: Window, fired: list[Action]
) -> None:
    send(window.pane, KP, K.Key_MediaPlay)
    assert fired == []  # it has a hold binding: wait
    clock.now = 200
    send(window.pane, KR, K.Key_MediaPlay)
    assert fired == [Action.RESUME_AUTO]

    fired.clear()
    clock.now = 1000
    send(window.pane, KP, K.Key_MediaPlay)
    clock.now = 1499
    controller.tick()
    assert fired == []
    clock.now = 1500
    controller.tick()
    assert fired == [Action.RESET_PARTIAL]
    for clock.now in range(1550, 3000, 50):
        controller.tick()
        send(window.pane, KP, K.Key_MediaPlay, auto=True)
    send(window.pane, KR, K.Key_MediaPlay)
    assert fired == [Action.RESET_PARTIAL]


def test_typing_in_a_text_field_is_not_hijacked(
    qtbot: QtBot, window: Window, fired: list[Action]
) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.line_edit.setFocus()
    assert QApplication.focusWidget() is window.line_edit
    qtbot.keyClicks(window.line_edit, "r+n- wa")
    qtbot.keyClick(window.line_edit, K.Key_Left)
    qtbot.keyClick(window.line_edit, K.Key_Up)  # ignored by the line edit: still not ours
    qtbot.keyClick(window.line_edit, K.Key_Space)
    assert window.line_edit.text() == "r+n- w a"
    assert fired == []
    # a remote's volume key types nothing, so it still works there
    qtbot.keyClick(window.line_edit, K.Key_VolumeUp)
    assert fired == [Action.TRIP_UP]


def test_keys_of_other_windows_are_left_alone(
    qtbot: QtBot, controller: RemoteController, fired: list[Action]
) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    qtbot.keyClick(other, K.Key_MediaNext)
    assert fired == []
    controller.detach()
    assert fired == []


def test_the_remote_wins_over_a_menu_shortcut(
    qtbot: QtBot, window: Window, fired: list[Action]
) -> None:
    menu_action = QAction("Full screen", window)
    menu_action.setShortcut(K.Key_F11)
    window.addAction(menu_action)
    triggered: list[str] = []
    menu_action.triggered.connect(lambda: triggered.append("menu"))
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.pane.setFocus()
    qtbot.keyClick(window.pane, K.Key_F11)
    assert fired == [Action.FULL_SCREEN]
    assert triggered == []
    # in a text field the key is not ours: the menu gets it
    window.line_edit.setFocus()
    qtbot.keyClick(window.line_edit, K.Key_F11)
    assert fired == [Action.FULL_SCREEN]
    assert triggered == ["menu"]


def test_losing_the_window_forgets_a_held_key(
    controller: RemoteController, clock: FakeClock, window: Window, fired: list[Action]
) -> None:
    send(window.pane, KP, K.Key_R)
    assert controller.is_ticking()
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    assert not controller.is_ticking()
    clock.now = 5000
    controller.tick()
    send(window.pane, KR, K.Key_R)
    assert fired == []


def test_a_ctrl_key_released_after_ctrl(
    window: Window, fired: list[Action], controller: RemoteController
) -> None:
    controller.set_keymap(KeyMap({KeyBinding("Ctrl+N", Press.SHORT): Action.NIGHT_MODE}))
    QApplication.sendEvent(window.pane, QKeyEvent(KP, K.Key_N, M.ControlModifier, "\x0e"))
    assert fired == [Action.NIGHT_MODE]
    # Ctrl went up first: the release has no modifier but is still the same key, consumed
    assert send(window.pane, KR, K.Key_N, "n")
    assert not controller.tracker.is_held("Ctrl+N")


# -- keys that cannot run away -------------------------------------------------------------------

# One key event as the platform delivers it: (t_ms, type, key, modifiers, text, scan code, auto).
Step = tuple[int, QEvent.Type, int, Qt.KeyboardModifier, str, int, bool]
STEP_KM = 0.01
# X11 scan codes (keycodes) of a US keyboard; 0 is what platforms without them give.
SHIFT, EQUAL, MINUS = 50, 21, 20
SERVER_TIME_MS = 4_000_000


def shift(t: int, etype: QEvent.Type, scan: bool) -> Step:
    mods = M.ShiftModifier if etype == KP else M.NoModifier
    return (t, etype, K.Key_Shift, mods, "", SHIFT if scan else 0, False)


def equal(t: int, etype: QEvent.Type, shifted: bool, scan: bool, auto: bool = False) -> Step:
    """The "=" key, which types "+" with Shift down."""
    key, mods, text = (
        (K.Key_Plus, M.ShiftModifier, "+") if shifted else (K.Key_Equal, M.NoModifier, "=")
    )
    return (t, etype, key, mods, text, EQUAL if scan else 0, auto)


def minus(t: int, etype: QEvent.Type, shifted: bool, scan: bool) -> Step:
    """The "-" key, which types "_" with Shift down."""
    key, mods, text = (
        (K.Key_Underscore, M.ShiftModifier, "_") if shifted else (K.Key_Minus, M.NoModifier, "-")
    )
    return (t, etype, key, mods, text, MINUS if scan else 0, False)


class Drive:
    """A controller on a window working a core trip meter, on a fake clock ticked as the timer is."""

    def __init__(self, controller: RemoteController, clock: FakeClock, window: Window) -> None:
        self.controller, self.clock, self.window = controller, clock, window
        self.meter = TripMeter()
        controller.action_triggered.connect(self._act)

    def _act(self, action: Action) -> None:
        if action is Action.TRIP_UP:
            self.meter.adjust(STEP_KM)
        elif action is Action.TRIP_DOWN:
            self.meter.adjust(-STEP_KM)

    def run_to(self, t_ms: int) -> float:
        """Let the clock run to ``t_ms``, the timer ticking every 50 ms; the total then (km)."""
        for t in range(self.clock.now, t_ms + 1, 50):
            self.clock.now = t
            if self.controller.is_ticking():
                self.controller.tick()
        self.clock.now = t_ms
        return self.meter.total_km

    def play(self, steps: list[Step]) -> float:
        for t, etype, key, mods, text, scan, auto in steps:
            self.run_to(t)
            event = QKeyEvent(etype, key, mods, scan, 0, 0, text, auto, 1)
            event.setTimestamp(SERVER_TIME_MS + t)  # the X server's time of the event
            QApplication.sendEvent(self.window.pane, event)
        return self.meter.total_km

    def typed(self) -> list[int]:
        """The keys that reached the window, but Shift (never ours)."""
        return [k for k in self.window.reached if k != K.Key_Shift]

    def assert_stopped(self) -> None:
        """Nothing is left repeating: a minute later the total has not moved."""
        total = self.meter.total_km
        assert not self.controller.is_ticking()
        assert self.run_to(self.clock.now + 60_000) == total


@pytest.fixture
def drive(controller: RemoteController, clock: FakeClock, window: Window) -> Drive:
    return Drive(controller, clock, window)


def trips(n: int) -> float:
    return pytest.approx(n * STEP_KM, abs=1e-9)


@pytest.mark.parametrize("scan", [True, False], ids=["scan-code", "no-scan-code"])
def test_plus_typed_with_shift_released_after_shift(drive: Drive, scan: bool) -> None:
    """Shift↓ =↓ (as "+") Shift↑ =↑ (as "="): the issue's runaway trip meter."""
    total = drive.play(
        [
            shift(0, KP, scan),
            equal(100, KP, True, scan),
            shift(400, KR, scan),
            equal(1100, KR, False, scan),
        ]
    )
    assert total == trips(5)  # on press, then at 500, 650, 800, 950 ms after it
    drive.assert_stopped()
    assert drive.typed() == []


@pytest.mark.parametrize("scan", [True, False], ids=["scan-code", "no-scan-code"])
def test_plus_released_before_shift(drive: Drive, scan: bool) -> None:
    total = drive.play(
        [
            shift(0, KP, scan),
            equal(100, KP, True, scan),
            equal(1100, KR, True, scan),
            shift(1400, KR, scan),
        ]
    )
    assert total == trips(5)
    drive.assert_stopped()


@pytest.mark.parametrize("scan", [True, False], ids=["scan-code", "no-scan-code"])
def test_os_auto_repeat_under_both_names(drive: Drive, scan: bool) -> None:
    """X11 auto-repeat pairs say "+" while Shift is down, "=" after: one key held all along."""
    steps = [shift(0, KP, scan), equal(100, KP, True, scan)]
    for t in range(600, 1000, 33):
        steps += [equal(t, KR, True, scan, auto=True), equal(t, KP, True, scan, auto=True)]
    steps.append(shift(1000, KR, scan))
    for t in range(1033, 2000, 33):
        steps += [equal(t, KR, False, scan, auto=True), equal(t, KP, False, scan, auto=True)]
    steps.append(equal(2100, KR, False, scan))
    assert drive.play(steps) == trips(1 + 1 + (2000 - 500) // 150)
    drive.assert_stopped()
    assert drive.typed() == []  # the auto-repeated "=" typed nothing either


@pytest.mark.parametrize("scan", [True, False], ids=["scan-code", "no-scan-code"])
@pytest.mark.parametrize("plus_first", [True, False], ids=["plus-up-first", "minus-up-first"])
def test_two_keys_held_and_released_in_either_order(
    drive: Drive, scan: bool, plus_first: bool
) -> None:
    """-↓ Shift↓ =↓ ("+"), then each released under another name than it was pressed with."""
    drive.play([minus(0, KP, False, scan), shift(100, KP, scan), equal(200, KP, True, scan)])
    if plus_first:
        drive.play([shift(1000, KR, scan), equal(1500, KR, False, scan)])
        assert drive.controller.is_ticking()  # "-" is still held
        drive.play([shift(1800, KP, scan), minus(2000, KR, True, scan), shift(2200, KR, scan)])
    else:
        drive.play([minus(1500, KR, True, scan)])  # "-" goes up as "_": Shift is down
        assert drive.controller.is_ticking()  # "+" is still held
        drive.play([shift(1800, KR, scan), equal(2000, KR, False, scan)])
    drive.assert_stopped()
    assert drive.typed() == []


@pytest.mark.parametrize("lost", ["window", "application"])
def test_focus_lost_while_held_stops_the_repeat(drive: Drive, lost: str) -> None:
    drive.play([shift(0, KP, True), equal(100, KP, True, True)])
    total = drive.run_to(1100)
    assert total == trips(5)
    if lost == "window":
        QApplication.sendEvent(drive.window, QEvent(QEvent.Type.WindowDeactivate))
    else:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    drive.assert_stopped()
    # the release goes elsewhere, or comes late here: still nothing, and it is not ours
    drive.play(
        [shift(drive.clock.now + 100, KR, True), equal(drive.clock.now + 200, KR, False, True)]
    )
    assert drive.meter.total_km == total


@pytest.mark.parametrize("scan", [True, False], ids=["scan-code", "no-scan-code"])
def test_a_release_that_never_comes_stops_after_ten_seconds(drive: Drive, scan: bool) -> None:
    """The release is lost (a window manager took it): the repeat is bounded, then needs a press."""
    drive.play([shift(0, KP, scan), equal(100, KP, True, scan), shift(400, KR, scan)])
    total = drive.run_to(100 + 10_000)
    assert total == trips(1 + 1 + (10_000 - 500) // 150)
    drive.assert_stopped()
    # a new press of that key starts afresh
    t = drive.clock.now
    assert drive.play([equal(t, KR, False, scan), shift(t + 100, KP, scan)]) == total
    assert drive.play([equal(t + 200, KP, True, scan)]) == pytest.approx(total + STEP_KM)
    drive.play([equal(t + 300, KR, True, scan), shift(t + 400, KR, scan)])
    drive.assert_stopped()


def test_auto_repeat_pairs_qt_left_unflagged_are_still_repeats(drive: Drive) -> None:
    """What Qt delivered under X11 (xdotool on Xvfb): the first three repeat pairs of the held
    key came as a real release and a real press, with the same server time."""
    steps = [shift(0, KP, True), equal(130, KP, True, True)]
    for t in (790, 830, 870):
        steps += [equal(t, KR, True, True), equal(t, KP, True, True)]
    for t in range(910, 1150, 40):
        steps += [equal(t, KR, True, True, auto=True), equal(t, KP, True, True, auto=True)]
    steps.append(shift(1150, KR, True))
    for t in range(1155, 1670, 40):
        steps += [equal(t, KR, False, True, auto=True), equal(t, KP, False, True, auto=True)]
    steps.append(equal(1670, KR, False, True))
    held_ms = 1670 - 130
    assert drive.play(steps) == trips(1 + 1 + (held_ms - 500) // 150)  # not one more per pair
    drive.assert_stopped()
    assert drive.typed() == []


def test_a_quick_second_press_is_a_new_press(drive: Drive) -> None:
    """A real release and press have different server times: two presses, two steps."""
    drive.play([shift(200, KP, True), equal(300, KP, True, True), equal(340, KR, True, True)])
    drive.play([equal(380, KP, True, True), equal(420, KR, True, True), shift(500, KR, True)])
    assert drive.meter.total_km == trips(2)
    drive.play([equal(600, KP, False, False), equal(640, KR, False, False)])
    drive.play([equal(640, KP, False, False), equal(700, KR, False, False)])  # same clock tick
    assert drive.meter.total_km == trips(2)  # "=" alone is not bound
    drive.assert_stopped()


def test_a_new_press_of_a_held_key_ends_it_whatever_it_types(drive: Drive) -> None:
    """The release of "+" was lost; pressing that key again as "=" (unbound) ends the repeat."""
    drive.play([shift(0, KP, True), equal(100, KP, True, True), shift(400, KR, True)])
    total = drive.run_to(2000)
    drive.play([equal(2000, KP, False, True)])
    assert drive.typed() == [K.Key_Equal]  # not ours: it types "="
    assert not drive.controller.is_ticking()
    assert drive.run_to(60_000) == total
    drive.play([equal(60_000, KR, False, True)])
    assert drive.meter.total_km == total


@pytest.mark.parametrize(
    ("pressed", "released"),
    [
        ((K.Key_Plus, M.ShiftModifier, "+"), (K.Key_Equal, M.NoModifier, "=")),
        ((K.Key_Minus, M.NoModifier, "-"), (K.Key_Underscore, M.ShiftModifier, "_")),
        ((K.Key_Asterisk, M.ShiftModifier, "*"), (K.Key_8, M.NoModifier, "8")),
        ((K.Key_N, M.ControlModifier, "\x0e"), (K.Key_N, M.NoModifier, "n")),
        ((K.Key_R, M.ShiftModifier, "R"), (K.Key_R, M.NoModifier, "r")),
    ],
)
def test_physical_key_is_the_same_for_press_and_release(
    pressed: tuple[int, Qt.KeyboardModifier, str], released: tuple[int, Qt.KeyboardModifier, str]
) -> None:
    for scan in (0, 38):
        press = QKeyEvent(KP, pressed[0], pressed[1], scan, 0, 0, pressed[2], False, 1)
        release = QKeyEvent(KR, released[0], released[1], scan, 0, 0, released[2], False, 1)
        assert physical_key(press) == physical_key(release)


def test_physical_keys_differ_between_keys() -> None:
    def pk(key: int, mods: Qt.KeyboardModifier, text: str, scan: int) -> object:
        return physical_key(QKeyEvent(KP, key, mods, scan, 0, 0, text, False, 1))

    assert pk(K.Key_Plus, M.ShiftModifier, "+", 21) != pk(K.Key_Plus, M.KeypadModifier, "+", 86)
    assert pk(K.Key_Plus, M.ShiftModifier, "+", 0) != pk(K.Key_Plus, M.KeypadModifier, "+", 0)
    assert pk(K.Key_Plus, M.NoModifier, "+", 0) != pk(K.Key_Minus, M.NoModifier, "-", 0)


# -- QSettings ---------------------------------------------------------------------------------


def test_keymap_defaults_when_nothing_is_saved(settings: QSettings) -> None:
    assert load_keymap(settings) == (DEFAULT_KEYMAP, [])
    assert load_timing(settings) == (500, 150)


def test_keymap_round_trip_through_an_ini_file(settings: QSettings, tmp_path: Path) -> None:
    keymap = DEFAULT_KEYMAP.with_binding(KeyBinding("F5", Press.HOLD), Action.NIGHT_MODE)
    save_keymap(settings, keymap)
    save_timing(settings, 700, 100)
    settings.sync()
    again = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    assert load_keymap(again) == (keymap, [])
    assert load_timing(again) == (700, 100)


@pytest.mark.parametrize("size", [0, 1])
def test_empty_and_single_binding_maps_survive_the_ini_format(
    settings: QSettings, tmp_path: Path, size: int
) -> None:
    keymap = KeyMap(dict(list(DEFAULT_KEYMAP.items())[:size]))
    save_keymap(settings, keymap)
    settings.sync()
    again = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    assert load_keymap(again) == (keymap, [])


def test_bad_saved_values(settings: QSettings, controller: RemoteController) -> None:
    settings.setValue(KEYMAP_KEY, ["n:short=night_mode", "F5:short=make_coffee"])
    settings.setValue(HOLD_MS_KEY, "soon")
    settings.setValue(REPEAT_MS_KEY, 5)
    warnings = controller.apply_settings(settings)
    assert len(warnings) == 1 and "make_coffee" in warnings[0]
    assert controller.tracker.keymap == KeyMap({KeyBinding("n"): Action.NIGHT_MODE})
    assert (controller.tracker.hold_ms, controller.tracker.repeat_ms) == (500, 150)


# -- the settings dialog -----------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot, settings: QSettings) -> SettingsDialog:
    d = SettingsDialog(settings)
    qtbot.addWidget(d)
    with qtbot.waitExposed(d):
        d.show()
    return d


def click_cell(qtbot: QtBot, dialog: SettingsDialog, action: Action, press: Press) -> None:
    table = dialog.remote_page.table
    row = list(Action).index(action)
    col = 1 if press is Press.SHORT else 2
    index = table.model().index(row, col)
    table.scrollTo(index)  # as a person would, before clicking
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def cell(dialog: SettingsDialog, action: Action, press: Press) -> str:
    table = dialog.remote_page.table
    return table.item(list(Action).index(action), 1 if press is Press.SHORT else 2).text()


def test_dialog_shows_the_defaults(dialog: SettingsDialog) -> None:
    assert dialog.keymap() == DEFAULT_KEYMAP
    assert cell(dialog, Action.TRIP_UP, Press.SHORT) == "Vol +,  +"
    assert cell(dialog, Action.TRIP_UP, Press.HOLD) == "repeats"
    assert cell(dialog, Action.SET_TOTAL_TO_BOX, Press.HOLD) == "R"
    assert cell(dialog, Action.NEXT_BOX, Press.SHORT) == "Next track,  ↓,  Page Down"
    assert dialog.trip_settings() == TripSettings()
    assert (dialog.hold_ms(), dialog.repeat_ms()) == (500, 150)


def test_capture_a_key_and_save_it(
    qtbot: QtBot, dialog: SettingsDialog, settings: QSettings, tmp_path: Path
) -> None:
    click_cell(qtbot, dialog, Action.NIGHT_MODE, Press.HOLD)
    assert cell(dialog, Action.NIGHT_MODE, Press.HOLD) == CAPTURE_TEXT
    assert dialog.remote_page.capturing() == (Action.NIGHT_MODE, Press.HOLD)
    qtbot.keyClick(dialog.remote_page.table, K.Key_Shift)  # a lone modifier: keep waiting
    qtbot.keyClick(dialog.remote_page.table, K.Key_MediaStop)
    assert dialog.remote_page.capturing() is None
    assert dialog.keymap().action("MediaStop", Press.HOLD) is Action.NIGHT_MODE
    assert cell(dialog, Action.NIGHT_MODE, Press.HOLD) == "Stop"
    assert dialog.isVisible()

    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    again = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    assert "MediaStop:hold=night_mode" in again.value(KEYMAP_KEY)
    other = SettingsDialog(again)
    qtbot.addWidget(other)
    assert other.keymap() == dialog.keymap()


def test_a_conflict_is_refused_with_a_message(qtbot: QtBot, dialog: SettingsDialog) -> None:
    click_cell(qtbot, dialog, Action.NIGHT_MODE, Press.SHORT)
    qtbot.keyClick(dialog.remote_page.table, K.Key_MediaNext)
    assert dialog.keymap() == DEFAULT_KEYMAP
    message = dialog.remote_page.message
    assert message.isVisible()
    assert message.text() == (
        "Next track (short press) is already bound to “Next box”. Clear it there first."
    )
    assert cell(dialog, Action.NIGHT_MODE, Press.SHORT) == "N"

    # a hold on "+" would take its auto-repeat away
    click_cell(qtbot, dialog, Action.WAYPOINT_LIST, Press.HOLD)
    qtbot.keyClick(dialog.remote_page.table, "+")
    assert dialog.keymap() == DEFAULT_KEYMAP
    assert "repeats" in message.text()


def test_escape_cancels_the_capture_not_the_dialog(qtbot: QtBot, dialog: SettingsDialog) -> None:
    click_cell(qtbot, dialog, Action.FULL_SCREEN, Press.SHORT)
    qtbot.keyClick(dialog.remote_page.table, K.Key_Escape)
    assert dialog.isVisible()
    assert dialog.remote_page.capturing() is None
    assert cell(dialog, Action.FULL_SCREEN, Press.SHORT) == "F11"
    assert dialog.keymap() == DEFAULT_KEYMAP


def test_backspace_clears_and_restore_defaults(qtbot: QtBot, dialog: SettingsDialog) -> None:
    click_cell(qtbot, dialog, Action.TRIP_UP, Press.SHORT)
    qtbot.keyClick(dialog.remote_page.table, K.Key_Backspace)
    assert dialog.keymap().keys_for(Action.TRIP_UP, Press.SHORT) == []
    assert cell(dialog, Action.TRIP_UP, Press.SHORT) == ""
    dialog.remote_page.hold_ms.setValue(800)
    dialog.remote_page.defaults_button.click()
    assert dialog.keymap() == DEFAULT_KEYMAP
    assert dialog.hold_ms() == 500


def test_the_key_table_works_without_a_mouse(qtbot: QtBot, dialog: SettingsDialog) -> None:
    table = dialog.remote_page.table
    table.setFocus()
    table.setCurrentCell(list(Action).index(Action.PAUSE_REPLAY), 1)
    qtbot.keyClick(table, K.Key_Return)  # starts the capture, does not press "Save"
    assert dialog.isVisible()
    assert dialog.remote_page.capturing() == (Action.PAUSE_REPLAY, Press.SHORT)
    qtbot.keyClick(table, K.Key_P)
    assert dialog.keymap().keys_for(Action.PAUSE_REPLAY, Press.SHORT) == ["Space", "p"]
    qtbot.keyClick(table, K.Key_Delete)  # clears the current cell
    assert dialog.keymap().keys_for(Action.PAUSE_REPLAY, Press.SHORT) == []


def test_trip_settings_persist(qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path) -> None:
    page = dialog.trip_page
    page.step.setCurrentIndex(page.step.findData(0.1))
    page.calibration.setValue(-3.456)
    page.decimals.setCurrentIndex(page.decimals.findData(1))
    page.units.setCurrentIndex(1)
    page.countdown.setChecked(True)
    page.reset_on_validation.setChecked(False)
    page.zone_tolerance.setValue(3)
    dialog.remote_page.repeat_ms.setValue(200)
    dialog.accept()
    again = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    assert TripSettings.load(again) == TripSettings(
        step_km=0.1,
        calibration_pct=-3.46,
        decimals=1,
        miles=True,
        countdown=True,
        reset_on_validation=False,
        zone_tolerance_kmh=3.0,
    )
    assert load_timing(again) == (500, 200)


def test_cancel_saves_nothing(qtbot: QtBot, dialog: SettingsDialog, settings: QSettings) -> None:
    dialog.trip_page.countdown.setChecked(True)
    dialog.reject()
    assert settings.allKeys() == []


def test_trip_settings_defaults_and_bad_values(settings: QSettings) -> None:
    assert TripSettings.load(settings) == TripSettings()
    assert TripSettings().reset_on_validation
    settings.setValue(TRIP_STEP_KEY, 0.05)
    settings.setValue(TRIP_CALIBRATION_KEY, 45)
    settings.setValue(TRIP_DECIMALS_KEY, 3)
    settings.setValue(TRIP_RESET_ON_VALIDATION_KEY, "maybe")
    settings.setValue(ZONE_TOLERANCE_KEY, "fast")
    assert TripSettings.load(settings) == TripSettings()


def test_screenshots(qtbot: QtBot, dialog: SettingsDialog, screenshot_dir: Path) -> None:
    dialog.resize(960, 720)
    click_cell(qtbot, dialog, Action.TRIP_DOWN, Press.HOLD)  # a capture in progress
    assert dialog.remote_page.table.isVisible()
    assert dialog.grab().save(str(screenshot_dir / "settings_remote_capture.png"))
    click_cell(qtbot, dialog, Action.NIGHT_MODE, Press.SHORT)
    qtbot.keyClick(dialog.remote_page.table, K.Key_MediaNext)  # a refused conflict
    dialog.remote_page.table.scrollToTop()
    assert dialog.grab().save(str(screenshot_dir / "settings_remote.png"))
    dialog.tabs.setCurrentWidget(dialog.trip_page)
    assert dialog.grab().save(str(screenshot_dir / "settings_trip.png"))
