"""Touch and gloves: the drive view's on-screen controls, box-strip swipes and the screen lock,
driven with Qt touch events on a window whose session state is checked after each gesture."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPointingDevice, QTouchEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from navapp.core.model import Fix
from navapp.core.navstate import NavState
from navapp.core.remote import DEFAULT_HOLD_MS, DEFAULT_MAX_HOLD_MS, DEFAULT_REPEAT_MS, Action
from navapp.gui.drive.lock import UNLOCK_MS
from navapp.gui.drive.touch import (
    CONTROLS,
    LONG_PRESS_MS,
    REFERENCE_SIDE_PX,
    TouchControls,
    control_side,
)
from navapp.gui.drive.touch_button import (
    FALLBACK_DPI,
    MIN_CAPTION_PX,
    MIN_TOUCH_MM,
    MM_PER_INCH,
    TouchButton,
    min_touch_px,
    screen_dpi,
    touch_px,
)
from navapp.gui.drive.view import DriveView
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.settings import TOUCH_CONTROLS_KEY, load_touch_controls
from navapp.gui.shell.settings_dialog import SettingsDialog
from navapp.io.registry import read_fixes
from navapp.paths import demo_drive, demo_roadbook
from tests.unit.gui.drive.test_view import make_view
from tests.unit.gui.shell.test_main_window_drive import _replay_to, _resize, _settle

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

STEP_KM = 0.01  # the default correction step


class MsClock:
    """Milliseconds the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_000

    def __call__(self) -> int:
        return self.now


@pytest.fixture(scope="module")
def fixes() -> list[Fix]:
    return read_fixes(demo_drive())


@pytest.fixture(scope="module")
def finger() -> QPointingDevice:
    return QTest.createTouchDevice()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, fixes: list[Fix]
) -> Iterator[MainWindow]:
    w = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *a: True)
    qtbot.addWidget(w)
    assert w.open_path(demo_roadbook())
    w.show()
    qtbot.waitExposed(w)
    _resize(qtbot, w, 1024, 600)
    # mid-stage, the replay paused: only the co-driver moves the trip now
    _replay_to(w, fixes, 600)
    yield w
    w.close()


def touch(window: MainWindow, clock: MsClock | None = None) -> TouchControls:
    view = window.drive_view
    assert view is not None
    if clock is not None:
        view.touch.clock = clock
    return view.touch


def state(window: MainWindow) -> NavState:
    assert window.session is not None
    return window.session.navigator.state


def press(device: QPointingDevice, widget: QWidget, pos: QPoint | None = None, i: int = 0) -> None:
    pos = pos or widget.rect().center()
    _onto_screen(widget, pos)
    QTest.touchEvent(widget, device).press(i, pos, widget).commit()


def _onto_screen(widget: QWidget, pos: QPoint) -> None:
    """Slide the window so that ``pos`` of ``widget`` is on the screen: Qt drops a touch that
    lands beside every screen, and the offscreen test screen is only 800 px wide."""
    screen = widget.screen().geometry()
    spot = widget.mapToGlobal(pos)
    window = widget.window()
    if spot.x() > screen.right() - 150:
        window.move(window.x() - (spot.x() - screen.right() + 150), window.y())
    elif spot.x() < screen.left() + 150:
        window.move(window.x() + (screen.left() + 150 - spot.x()), window.y())
    assert screen.contains(widget.mapToGlobal(pos))


def move(device: QPointingDevice, widget: QWidget, pos: QPoint, i: int = 0) -> None:
    QTest.touchEvent(widget, device).move(i, pos, widget).commit()


def lift(device: QPointingDevice, widget: QWidget, pos: QPoint | None = None, i: int = 0) -> None:
    QTest.touchEvent(widget, device).release(i, pos or widget.rect().center(), widget).commit()


def tap(device: QPointingDevice, widget: QWidget) -> None:
    press(device, widget)
    lift(device, widget)


def run_to(controls: TouchControls, clock: MsClock, t_ms: int) -> None:
    """Move the clock to ``t_ms`` in timer-sized steps, ticking as the timers would."""
    while clock.now < t_ms:
        clock.now = min(t_ms, clock.now + 50)
        controls.tick()


# -- the size rule ---------------------------------------------------------------------------


def test_twelve_millimetres_from_the_screen_dpi(qtbot: QtBot) -> None:
    # 12 mm at 120 dpi (a 10" 1024×600 tablet) is 56.7 px: 57; at 96 dpi 45.4: 46
    assert touch_px(120.0) == 57
    assert touch_px(96.0) == 46
    assert touch_px(170.0) == 81  # a 7" 1024×600 tablet
    assert touch_px(120.0, mm=20.0) == 95
    assert screen_dpi(None) == FALLBACK_DPI
    screen = QApplication.primaryScreen()
    dpi = screen.physicalDotsPerInch()
    assert screen_dpi(screen) == (dpi if 50 <= dpi <= 600 else FALLBACK_DPI)
    # the controls grow with the view, never below the 12 mm of the screen
    assert control_side(1.0, 40) == REFERENCE_SIDE_PX
    assert control_side(0.5, 57) == 57
    assert control_side(1.8, 57) == round(REFERENCE_SIDE_PX * 1.8)


class _Screen:
    def __init__(self, dpi: float) -> None:
        self._dpi = dpi

    def physicalDotsPerInch(self) -> float:
        return self._dpi


@pytest.mark.parametrize("dpi", [0.0, 1.0, 5000.0, float("nan")])
def test_a_screen_without_a_believable_size_is_taken_as_the_reference_tablet(dpi: float) -> None:
    assert screen_dpi(_Screen(dpi)) == FALLBACK_DPI  # type: ignore[arg-type]


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_every_control_is_at_least_12_mm_and_fits_the_view(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    view = make_view(qtbot, QSize(*size))
    # the columns take their width and place for the new size on the next layout passes
    column = view.touch.box_column
    qtbot.waitUntil(
        lambda: column.width() == view.touch.side() and view.rect().contains(column.geometry())
    )
    assert (view.width(), view.height()) == size  # the controls never push the window wider
    mm = MIN_TOUCH_MM * screen_dpi(view.screen()) / MM_PER_INCH
    buttons = [*view.touch.buttons.values(), view.touch.lock_button]
    assert len(buttons) == len(CONTROLS) + 1
    rects = []
    for button in buttons:
        assert button.isVisible()
        assert button.width() >= mm - 0.5 and button.height() >= mm - 0.5
        assert button.width() >= min_touch_px(view)
        rect = button.rect().translated(button.mapTo(view, QPoint(0, 0)))
        assert view.rect().contains(rect)
        assert all(not rect.intersects(other) for other in rects)
        rects.append(rect)
    # the instruments keep most of their reference size (fonts follow a scale above 0.8)
    assert view.total.height() >= 0.8 * 140 * min(size[1] / 600, 1.0)


# -- controls, through the main window -------------------------------------------------------


def test_trip_plus_and_minus_by_touch(window: MainWindow, finger: QPointingDevice) -> None:
    controls = touch(window, MsClock())
    before = state(window).trip.total_km
    tap(finger, controls.buttons[Action.TRIP_UP])
    tap(finger, controls.buttons[Action.TRIP_UP])
    assert state(window).trip.total_km == pytest.approx(before + 2 * STEP_KM)
    tap(finger, controls.buttons[Action.TRIP_DOWN])
    assert state(window).trip.total_km == pytest.approx(before + STEP_KM)
    assert not controls.is_repeating()


def test_holding_trip_plus_repeats_and_stops_when_the_finger_lifts(
    window: MainWindow, finger: QPointingDevice
) -> None:
    clock = MsClock()
    controls = touch(window, clock)
    assert controls.timing() == (DEFAULT_HOLD_MS, DEFAULT_REPEAT_MS)
    button = controls.buttons[Action.TRIP_UP]
    before = state(window).trip.total_km
    start = clock.now
    press(finger, button)
    assert button.is_down()
    run_to(controls, clock, start + 950)
    # on press, at 500, 650, 800 and 950 ms
    assert state(window).trip.total_km == pytest.approx(before + 5 * STEP_KM)
    lift(finger, button)
    assert not button.is_down() and not controls.is_repeating()
    run_to(controls, clock, start + 5_000)
    assert state(window).trip.total_km == pytest.approx(before + 5 * STEP_KM)


def test_sliding_off_a_control_ends_its_press(window: MainWindow, finger: QPointingDevice) -> None:
    clock = MsClock()
    controls = touch(window, clock)
    button = controls.buttons[Action.TRIP_DOWN]
    before = state(window).trip.total_km
    press(finger, button)
    move(finger, button, QPoint(button.width() // 2, button.height() * 3))
    assert not button.is_down() and not controls.is_repeating()
    run_to(controls, clock, clock.now + 3_000)
    assert state(window).trip.total_km == pytest.approx(before - STEP_KM)
    lift(finger, button, QPoint(button.width() // 2, button.height() * 3))


def _cut_short(kind: str, window: MainWindow, controls: TouchControls, button: TouchButton) -> None:
    if kind == "cancel":
        event = QTouchEvent(QEvent.Type.TouchCancel, QTest.createTouchDevice())
        QApplication.sendEvent(button, event)
    elif kind == "window":
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    elif kind == "application":
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    elif kind == "hidden":
        assert window.drive_view is not None
        window.drive_view.set_touch_controls(False)
    elif kind == "roadbook list":
        window.show_roadbook()
    elif kind == "lock":
        controls.lock()
    else:
        raise AssertionError(kind)


@pytest.mark.parametrize(
    "kind", ["cancel", "window", "application", "hidden", "roadbook list", "lock"]
)
def test_a_held_control_stops_when_the_touch_is_cut_short(
    window: MainWindow, finger: QPointingDevice, kind: str
) -> None:
    clock = MsClock()
    controls = touch(window, clock)
    button = controls.buttons[Action.TRIP_UP]
    before = state(window).trip.total_km
    press(finger, button)
    run_to(controls, clock, clock.now + 600)  # on press and at 500 ms
    assert controls.is_repeating()
    _cut_short(kind, window, controls, button)
    assert not button.is_down()
    assert not controls.is_repeating()
    run_to(controls, clock, clock.now + 5_000)
    assert state(window).trip.total_km == pytest.approx(before + 2 * STEP_KM)


def test_a_hold_whose_lift_never_comes_stops_after_ten_seconds(
    window: MainWindow, finger: QPointingDevice
) -> None:
    clock = MsClock()
    controls = touch(window, clock)
    button = controls.buttons[Action.TRIP_UP]
    before = state(window).trip.total_km
    start = clock.now
    press(finger, button)
    run_to(controls, clock, start + DEFAULT_MAX_HOLD_MS + 60_000)
    presses = 1 + 1 + (DEFAULT_MAX_HOLD_MS - DEFAULT_HOLD_MS) // DEFAULT_REPEAT_MS
    assert state(window).trip.total_km == pytest.approx(before + presses * STEP_KM)
    assert not controls.is_repeating()
    lift(finger, button)


def test_reset_partial_needs_a_long_press(window: MainWindow, finger: QPointingDevice) -> None:
    clock = MsClock()
    controls = touch(window, clock)
    button = controls.buttons[Action.RESET_PARTIAL]
    partial = state(window).trip.partial_km
    assert partial > 0.1
    # a bump: a short touch does nothing
    press(finger, button)
    run_to(controls, clock, clock.now + LONG_PRESS_MS - 100)
    lift(finger, button)
    run_to(controls, clock, clock.now + 3_000)
    assert state(window).trip.partial_km == partial
    # held: reset once, shown filling as the press goes on
    press(finger, button)
    run_to(controls, clock, clock.now + LONG_PRESS_MS // 2)
    assert state(window).trip.partial_km == partial
    assert button._progress == pytest.approx(0.5)
    run_to(controls, clock, clock.now + LONG_PRESS_MS // 2)
    assert state(window).trip.partial_km == 0.0
    lift(finger, button)
    assert button._progress == 0.0


def test_set_total_to_box_needs_a_long_press(window: MainWindow, finger: QPointingDevice) -> None:
    clock = MsClock()
    controls = touch(window, clock)
    session = window.session
    assert session is not None
    session.adjust(0.37)  # the trip is off: the co-driver sets it at the box
    before = state(window)
    tap(finger, controls.buttons[Action.SET_TOTAL_TO_BOX])
    assert state(window).trip.total_km == before.trip.total_km
    press(finger, controls.buttons[Action.SET_TOTAL_TO_BOX])
    run_to(controls, clock, clock.now + LONG_PRESS_MS)
    lift(finger, controls.buttons[Action.SET_TOTAL_TO_BOX])
    box = session.roadbook.boxes[before.box - 1]
    assert state(window).trip.total_km == pytest.approx(box.total_km)
    assert state(window).trip.total_km != pytest.approx(before.trip.total_km)


def test_previous_next_box_and_resume_auto_advance(
    window: MainWindow, finger: QPointingDevice
) -> None:
    controls = touch(window, MsClock())
    box = state(window).box
    assert state(window).auto_advance
    tap(finger, controls.buttons[Action.NEXT_BOX])
    tap(finger, controls.buttons[Action.NEXT_BOX])
    assert state(window).box == box + 2 and not state(window).auto_advance
    assert window.drive_view is not None and window.drive_view.boxes.is_auto_off()
    tap(finger, controls.buttons[Action.PREV_BOX])
    assert state(window).box == box + 1
    tap(finger, controls.buttons[Action.RESUME_AUTO])
    assert state(window).auto_advance and state(window).box == box


def test_a_swipe_on_the_box_strip_scrolls_boxes(
    window: MainWindow, finger: QPointingDevice
) -> None:
    controls = touch(window, MsClock())
    assert window.drive_view is not None
    strip = window.drive_view.boxes
    box = state(window).box
    step = controls.swipe.step()
    # from the middle of the current box's row (a child of the strip): finger up 2.5 steps
    row = strip.rows[0]
    start = row.mapTo(strip, row.rect().center())
    start.setY(strip.height() - 20)
    press(finger, strip, start)
    for k in range(1, 6):
        move(finger, strip, start - QPoint(0, k * step // 2))
    assert state(window).box == box + 2 and not state(window).auto_advance
    # back down one step before lifting: one box back
    move(finger, strip, start - QPoint(0, 3 * step // 2))
    lift(finger, strip, start - QPoint(0, 3 * step // 2))
    assert state(window).box == box + 1
    # a swipe down goes back
    top = QPoint(start.x(), 20)
    press(finger, strip, top)
    move(finger, strip, top + QPoint(0, step + 5))
    lift(finger, strip, top + QPoint(0, step + 5))
    assert state(window).box == box
    # a touch that hardly moves scrolls nothing
    press(finger, strip, top)
    move(finger, strip, top + QPoint(0, step // 3))
    lift(finger, strip, top + QPoint(0, step // 3))
    assert state(window).box == box


def test_the_lock_ignores_touches_and_clicks_but_not_keys(
    window: MainWindow, qtbot: QtBot, finger: QPointingDevice
) -> None:
    clock = MsClock()
    controls = touch(window, clock)
    view = window.drive_view
    assert view is not None
    tap(finger, controls.lock_button)
    assert controls.is_locked() and controls.screen_lock.isVisible()
    before = state(window)
    # touches and clicks on every control and the strip do nothing
    for button in controls.buttons.values():
        press(finger, button)
        run_to(controls, clock, clock.now + 2 * LONG_PRESS_MS)
        lift(finger, button)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    strip = view.boxes
    press(finger, strip, QPoint(strip.width() // 2, strip.height() - 10))
    move(finger, strip, QPoint(strip.width() // 2, 10))
    lift(finger, strip, QPoint(strip.width() // 2, 10))
    after = state(window)
    assert (after.trip, after.box, after.auto_advance) == (
        before.trip,
        before.box,
        before.auto_advance,
    )
    # the keyboard and the remote still act
    qtbot.keyClick(window, "+")
    assert state(window).trip.total_km == pytest.approx(before.trip.total_km + STEP_KM)
    qtbot.keyClick(window, Qt.Key.Key_MediaNext)
    assert state(window).box == before.box + 1
    assert controls.is_locked()


def test_a_long_press_unlocks(window: MainWindow, finger: QPointingDevice) -> None:
    clock = MsClock()
    controls = touch(window, clock)
    controls.lock()
    unlock = controls.screen_lock.unlock_button
    assert unlock.isVisible()
    # the unlock control takes the lock's place
    assert unlock.mapToGlobal(QPoint(0, 0)) == controls.lock_button.mapToGlobal(QPoint(0, 0))
    # a tap, or a press shorter than the unlock time, keeps the lock
    tap(finger, unlock)
    press(finger, unlock)
    run_to(controls, clock, clock.now + UNLOCK_MS - 100)
    lift(finger, unlock)
    run_to(controls, clock, clock.now + 5_000)
    assert controls.is_locked()
    # as does a press cut short by a touch cancel
    press(finger, unlock)
    QApplication.sendEvent(unlock, QTouchEvent(QEvent.Type.TouchCancel, QTest.createTouchDevice()))
    run_to(controls, clock, clock.now + 5_000)
    assert controls.is_locked()
    # held long enough: unlocked, and the controls act again
    press(finger, unlock)
    run_to(controls, clock, clock.now + UNLOCK_MS)
    assert not controls.is_locked() and not controls.screen_lock.isVisible()
    before = state(window).trip.total_km
    tap(finger, controls.buttons[Action.TRIP_UP])
    assert state(window).trip.total_km == pytest.approx(before + STEP_KM)


def test_controls_can_be_hidden_for_a_keys_only_setup(
    window: MainWindow, qtbot: QtBot, settings: QSettings, finger: QPointingDevice
) -> None:
    view = window.drive_view
    assert view is not None
    assert load_touch_controls(settings)
    shown_height = view.total.height()
    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    assert dialog.remote_page.touch_controls.isChecked()
    dialog.remote_page.touch_controls.setChecked(False)
    dialog.save()
    assert settings.value(TOUCH_CONTROLS_KEY) in (False, "false")
    window.apply_settings()
    assert not view.touch.trip_column.isVisible() and not view.touch.box_column.isVisible()
    assert view.width() == 1024
    # the instruments take the room back: fonts follow the view's size alone again
    qtbot.waitUntil(lambda: view.total.height() > shown_height)
    scale = min(view.height() / 600, view.width() / 1024)
    assert view.total.height() == round(140 * scale)
    # a new stage keeps the choice, and the dialog shows it
    assert window.open_path(demo_roadbook())
    assert window.drive_view is not None and window.drive_view is not view
    assert not window.drive_view.touch.is_visible()
    assert not SettingsDialog(settings, window).touch_controls()
    # keys work, and swipes still scroll the boxes
    before = state(window).trip.total_km
    qtbot.keyClick(window, "+")
    assert state(window).trip.total_km == pytest.approx(before + STEP_KM)
    strip = window.drive_view.boxes
    box = state(window).box
    start = QPoint(strip.width() // 2, strip.height() - 20)
    end = start - QPoint(0, window.drive_view.touch.swipe.step() + 5)
    press(finger, strip, start)
    move(finger, strip, end)
    lift(finger, strip, end)
    assert state(window).box == box + 1


def test_trip_plus_and_minus_take_the_remotes_timing(
    window: MainWindow, settings: QSettings
) -> None:
    from navapp.gui.shell.settings import save_timing

    save_timing(settings, 800, 100)
    window.apply_settings()
    assert touch(window).timing() == (800, 100)


# -- screenshots -----------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_touch_screenshots(
    window: MainWindow, qtbot: QtBot, screenshot_dir: Path, size: tuple[int, int]
) -> None:
    _resize(qtbot, window, *size)
    view = window.drive_view
    assert isinstance(view, DriveView)
    _settle(qtbot, window)
    w, h = size
    for theme in ("day", "night"):
        window.set_theme(theme)
        view.grab().save(str(screenshot_dir / f"touch_{w}x{h}_{theme}.png"))
        view.touch.lock()
        view.grab().save(str(screenshot_dir / f"touch_{w}x{h}_{theme}_locked.png"))
        view.touch.unlock()


def test_a_mouse_works_the_controls_too(window: MainWindow, qtbot: QtBot) -> None:
    """On a desktop, or a touch screen driven as a mouse: the same press, hold and slide-off."""
    clock = MsClock()
    controls = touch(window, clock)
    button = controls.buttons[Action.TRIP_UP]
    before = state(window).trip.total_km
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert state(window).trip.total_km == pytest.approx(before + STEP_KM)
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    run_to(controls, clock, clock.now + 600)  # on press and at 500 ms
    qtbot.mouseMove(button, QPoint(button.width() // 2, button.height() * 3))
    assert not button.is_down() and not controls.is_repeating()
    run_to(controls, clock, clock.now + 3_000)
    assert state(window).trip.total_km == pytest.approx(before + 3 * STEP_KM)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    # and the reset still needs its hold
    reset = controls.buttons[Action.RESET_PARTIAL]
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert state(window).trip.partial_km > 0
    qtbot.mousePress(reset, Qt.MouseButton.LeftButton)
    run_to(controls, clock, clock.now + LONG_PRESS_MS)
    qtbot.mouseRelease(reset, Qt.MouseButton.LeftButton)
    assert state(window).trip.partial_km == 0.0


def test_the_unlock_control_follows_the_lock_when_the_window_changes_size(
    window: MainWindow, qtbot: QtBot, finger: QPointingDevice
) -> None:
    clock = MsClock()
    controls = touch(window, clock)
    controls.lock()
    _resize(qtbot, window, 1280, 800)
    unlock, lock = controls.screen_lock.unlock_button, controls.lock_button
    qtbot.waitUntil(lambda: unlock.mapToGlobal(QPoint(0, 0)) == lock.mapToGlobal(QPoint(0, 0)))
    assert unlock.size() == lock.size()
    assert controls.screen_lock.geometry() == controls.screen_lock.parentWidget().rect()
    press(finger, unlock)
    run_to(controls, clock, clock.now + UNLOCK_MS)
    lift(finger, unlock)
    assert not controls.is_locked()


@pytest.mark.parametrize("size", [QSize(1024, 600), QSize(1920, 1080)])
def test_captions_are_read_at_arm_s_length(qtbot: QtBot, size: QSize) -> None:
    """Every caption fits its control and is 14 px or more, except where even the shortest
    co-driver word is wider than a 12 mm face at 14 px (PARTIAL on a 1024×600 screen)."""
    view = make_view(qtbot, size)
    controls = view.touch
    set_total = controls.buttons[Action.SET_TOTAL_TO_BOX]
    assert set_total.caption_lines() == ["SET", "TOTAL"]
    for button in controls.buttons.values():
        font = button.caption_font()
        metrics = QFontMetricsF(font)
        widest = max(metrics.horizontalAdvance(x) for x in button.caption_lines())
        assert widest <= button.width() - 2 * max(2.0, button.width() / 28), button.caption
        assert metrics.lineSpacing() * len(button.caption_lines()) < button.height() * 0.75
        if button.caption != "PARTIAL" or size.width() > 1024:
            assert font.pixelSize() >= MIN_CAPTION_PX, button.caption
        else:  # as large as the face holds
            assert font.pixelSize() >= 10
