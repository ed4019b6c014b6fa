"""The drive view's touch layer: on-screen controls, swipes on the box strip, the screen lock.

Trip − / + sit left of the odometers and repeat while held, like the remote's keys; reset partial
and set total to box need a long press (:data:`LONG_PRESS_MS`), so a bump cannot change the trip.
Previous / next box, resume auto-advance, the map and the lock sit right of the box strip.
Presses go through the remote's own hold/repeat machine
(:class:`~navapp.gui.shell.remote.RemoteController`) with a key of their own per control, so a
touch obeys the remote's rules: a repeat stops when the finger lifts or slides off, when the
touch is cancelled, the controls hidden, the screen locked, the window or the application
deactivated, and :data:`~navapp.core.remote.DEFAULT_MAX_HOLD_MS` after the press at the latest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QObject,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.remote import Action, KeyBinding, KeyMap, Press
from navapp.gui.common.theme import DAY, Theme
from navapp.gui.drive.lock import ScreenLock
from navapp.gui.drive.swipe import BoxSwipe
from navapp.gui.drive.touch_button import LOCK_GLYPH, TouchButton, min_touch_px
from navapp.gui.shell.remote import RemoteController

#: How long reset partial and set total to box must be held.
LONG_PRESS_MS = 1000
#: Side of a control at the 1024×600 reference size (grown with the view, never under 12 mm).
REFERENCE_SIDE_PX = 58
#: Finger travel on the box strip per box, in control sides.
SWIPE_STEP_SIDES = 1.5
#: The drive view's spacing between a column of controls and its neighbour.
COLUMN_GAP_PX = 12
#: Room kept between a LOCKED label and the controls around it.
LABEL_GAP_PX = 16
#: How often a long press's progress is redrawn.
PROGRESS_MS = 50


@dataclass(frozen=True)
class Control:
    """One on-screen control: its key for the hold/repeat machine, its action and its face."""

    key: str
    action: Action
    glyph: str
    caption: str  # marked for translation, translated on the control
    hold: bool = False  # fires only after LONG_PRESS_MS


TRIP_CONTROLS = (
    Control("TouchTripUp", Action.TRIP_UP, "+", QT_TRANSLATE_NOOP("TouchControls", "TRIP")),
    Control("TouchTripDown", Action.TRIP_DOWN, "−", QT_TRANSLATE_NOOP("TouchControls", "TRIP")),
    Control(
        "TouchResetPartial",
        Action.RESET_PARTIAL,
        "0",
        QT_TRANSLATE_NOOP("TouchControls", "PARTIAL"),
        hold=True,
    ),
    Control(
        "TouchSetTotal",
        Action.SET_TOTAL_TO_BOX,
        "",
        QT_TRANSLATE_NOOP("TouchControls", "SET TOTAL"),
        hold=True,
    ),
)
BOX_CONTROLS = (
    Control("TouchPrevBox", Action.PREV_BOX, "▲", QT_TRANSLATE_NOOP("TouchControls", "BOX")),
    Control("TouchNextBox", Action.NEXT_BOX, "▼", QT_TRANSLATE_NOOP("TouchControls", "BOX")),
    Control("TouchResumeAuto", Action.RESUME_AUTO, "A", QT_TRANSLATE_NOOP("TouchControls", "AUTO")),
    Control("TouchMap", Action.MAP_VIEW, "", QT_TRANSLATE_NOOP("TouchControls", "MAP")),
)
CONTROLS = TRIP_CONTROLS + BOX_CONTROLS


def _keymap(hold: bool) -> KeyMap:
    press = Press.HOLD if hold else Press.SHORT
    return KeyMap({KeyBinding(c.key, press): c.action for c in CONTROLS if c.hold == hold})


def control_side(scale: float, min_px: int) -> int:
    """Side of a control in a drive view ``scale`` times the reference size: it grows with the
    view, never below ``min_px`` (the 12 mm of the screen)."""
    return max(min_px, round(REFERENCE_SIDE_PX * scale))


class TouchControls(QObject):
    """The touch layer of one drive view: two columns of controls, the swipe and the lock.

    The view places :attr:`trip_column` and :attr:`box_column` in its layout. ``clock`` reads
    monotonic milliseconds; tests replace :attr:`clock` and call :meth:`tick`.
    """

    # A co-driver action asked for on the screen (a navapp.core.remote.Action).
    action_triggered = Signal(object)

    def __init__(self, view: QWidget, strip: QWidget, clock: Callable[[], int] | None = None):
        super().__init__(view)
        self._view = view
        if clock is None:
            elapsed = QElapsedTimer()
            elapsed.start()
            clock = elapsed.elapsed
            self._elapsed = elapsed  # kept alive with the controls
        self.clock = clock
        self._theme: Theme = DAY
        self._shown = True
        self._scale = 1.0

        # Taps and repeats follow the remote's timing; long presses their own.
        self._taps = RemoteController(_keymap(False), clock=self._now, parent=self)
        self._holds = RemoteController(
            _keymap(True), hold_ms=LONG_PRESS_MS, clock=self._now, parent=self
        )
        for machine in (self._taps, self._holds):
            machine.action_triggered.connect(self.action_triggered)

        self.buttons: dict[Action, TouchButton] = {}
        self.trip_column = self._column(TRIP_CONTROLS)
        self.box_column = self._column(BOX_CONTROLS)
        self.lock_button = TouchButton("lock", LOCK_GLYPH, self.tr("LOCK"), parent=self.box_column)
        layout = self.box_column.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addStretch(1)
        layout.addWidget(self.lock_button)
        self.lock_button.pressed.connect(self.lock)
        # While locked, the unlock control and the veils follow the controls they cover.
        for widget in (self.trip_column, self.box_column, self.lock_button):
            widget.installEventFilter(self)

        self.swipe = BoxSwipe(strip, 1)
        self.swipe.action_triggered.connect(self.action_triggered)
        self.screen_lock = ScreenLock(view, self._now)
        self.screen_lock.locked_changed.connect(self._locked_changed)

        self._progress = QTimer(self)
        self._progress.setInterval(PROGRESS_MS)
        self._progress.timeout.connect(self._show_progress)
        self._pressed_at: dict[Action, int] = {}

        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state_changed)
        self.set_scale(1.0)

    # -- API --------------------------------------------------------------------------------

    def set_timing(self, hold_ms: int, repeat_ms: int) -> None:
        """The remote's hold time and repeat interval (ms), for Trip − / + held down."""
        self._taps.set_timing(hold_ms, repeat_ms)

    def timing(self) -> tuple[int, int]:
        tracker = self._taps.tracker
        return tracker.hold_ms, tracker.repeat_ms

    def set_visible(self, shown: bool) -> None:
        """Show or hide the controls (hidden for a keys-only set-up); swipes keep working."""
        self._shown = shown
        self.trip_column.setVisible(shown)
        self.box_column.setVisible(shown)
        if not shown:
            self.release_all()
        if self.is_locked():
            self.lock()

    def is_visible(self) -> bool:
        """Whether the controls are meant to show (whatever the view's own visibility)."""
        return self._shown

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        for button in self._all_buttons():
            button.set_theme(theme)
        self.screen_lock.set_theme(theme)

    def set_scale(self, scale: float) -> None:
        """Size the controls for a view ``scale`` times the 1024×600 reference."""
        self._scale = scale
        side = self.side()
        for button in self._all_buttons():
            button.set_side(side)
        for column in (self.trip_column, self.box_column):
            column.setFixedWidth(side)
        self.swipe.set_step(round(side * SWIPE_STEP_SIDES))

    def width_taken(self, scale: float) -> int:
        """The drive view's width the two columns take at ``scale`` (0 while hidden)."""
        if not self._shown:
            return 0
        return 2 * (control_side(scale, min_touch_px(self._view)) + COLUMN_GAP_PX)

    def side(self) -> int:
        """The side of a control now, in pixels."""
        return control_side(self._scale, min_touch_px(self._view))

    def lock(self) -> None:
        """Lock the screen against rain and bumps (the unlock control takes the lock's place)."""
        anchor = QRect(
            self.lock_button.mapTo(self._view, self.lock_button.rect().topLeft()),
            self.lock_button.size(),
        )
        if not self._shown:
            side = self.side()
            anchor = QRect(
                self._view.width() - side - 10, self._view.height() - 2 * side, side, side
            )
        veiled = [c.geometry() for c in (self.trip_column, self.box_column)] if self._shown else []
        labels: list[tuple[QRect, str]] = []
        if veiled:
            trip = self.buttons[TRIP_CONTROLS[-1].action]
            box = self.buttons[BOX_CONTROLS[-1].action]
            for text, column, above, below in (
                (self.tr("LOCKED"), self.trip_column, trip, None),
                (self.tr("HOLD TO UNLOCK"), self.box_column, box, self.lock_button),
            ):
                top = above.geometry().bottom() + 1 + LABEL_GAP_PX
                bottom = (below.geometry().top() if below else column.height()) - LABEL_GAP_PX
                rect = QRect(0, top, column.width(), bottom - top)
                labels.append((rect.translated(column.pos()), text))
        self.screen_lock.engage(anchor, veiled, labels)

    def unlock(self) -> None:
        self.screen_lock.unlock()

    def is_locked(self) -> bool:
        return self.screen_lock.is_locked()

    def release_all(self) -> None:
        """End every press and swipe under way: nothing holds, repeats or scrolls any more."""
        for button in self._all_buttons():
            button.cancel()
        self._taps.release_all()
        self._holds.release_all()
        self.swipe.cancel()
        self._pressed_at.clear()
        self._progress.stop()

    def is_repeating(self) -> bool:
        """Whether any control still has a hold or a repeat to come."""
        return self._taps.is_ticking() or self._holds.is_ticking()

    def tick(self) -> None:
        """Fire the holds and repeats due by :attr:`clock` (the timers do it on their own)."""
        self._taps.tick()
        self._holds.tick()
        self.screen_lock.tick()
        self._show_progress()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize) and self.is_locked():
            self.lock()
        return False

    # -- internals --------------------------------------------------------------------------

    def _now(self) -> int:
        return self.clock()

    def _column(self, controls: tuple[Control, ...]) -> QWidget:
        column = QWidget(self._view)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for control in controls:
            caption = self.tr(control.caption)
            button = TouchButton(control.key, control.glyph, caption, control.hold, column)
            button.set_theme(self._theme)
            button.pressed.connect(lambda c=control: self._pressed(c))
            button.released.connect(lambda c=control: self._released(c))
            layout.addWidget(button)
            self.buttons[control.action] = button
        if controls is TRIP_CONTROLS:
            layout.addStretch(1)
        return column

    def _all_buttons(self) -> list[TouchButton]:
        return [*self.buttons.values(), self.lock_button]

    def _machine(self, control: Control) -> RemoteController:
        return self._holds if control.hold else self._taps

    def _pressed(self, control: Control) -> None:
        self._machine(control).press(control.key, control.key)
        if control.hold:
            self._pressed_at[control.action] = self._now()
            self._progress.start()

    def _released(self, control: Control) -> None:
        self._machine(control).release(control.key)
        if control.hold:
            self._pressed_at.pop(control.action, None)
            self.buttons[control.action].set_progress(0.0)

    def _show_progress(self) -> None:
        """Fill the long-press controls as their press goes on (full: done)."""
        if not self._pressed_at:
            self._progress.stop()
            return
        now = self._now()
        for action, since in self._pressed_at.items():
            self.buttons[action].set_progress((now - since) / LONG_PRESS_MS)

    def _locked_changed(self, locked: bool) -> None:
        if locked:
            # A finger on a control when the lock comes down lifts from under the cover.
            self.release_all()

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.release_all()
