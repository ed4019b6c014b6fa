"""The driver display: a second window with what the driver glances at from the wheel.

Speed very large, the zone limit, a red flashing band when over it, the turn to the CAP and
the distance to the next box. It shows the drive session's own states (no second navigator)
and, like the drive view, hides what would be stale while the GPS feed is not live.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from navapp.core import format as fmt
from navapp.core.navstate import NavState
from navapp.gps.silence import FeedStatus, shown_state
from navapp.gui.common.theme import DAY, Theme, apply_theme, set_label_text, set_level, ui_font
from navapp.gui.drive.session import DriveSession

# How fast the over-speed band flashes (half a period).
FLASH_MS = 400
# Fonts are designed for this height and scaled from it.
_REFERENCE_HEIGHT = 600


def turn_text(cap_diff_deg: float | None) -> str:
    """The turn to make as an arrow and degrees (``→ 35°``), ``—`` when unknown."""
    if cap_diff_deg is None:
        return fmt.DASH
    deg = round(cap_diff_deg)
    if deg == 0:
        return "↑ 0°"
    return f"{'→' if deg > 0 else '←'} {abs(deg)}°"


class DriverDisplay(QWidget):
    """A top-level window following a drive session; closing it stops nothing."""

    # The window was closed by the user (the View menu item unticks itself).
    closed = Signal()

    def __init__(self, session: DriveSession | None = None) -> None:
        super().__init__(None)
        self.setObjectName("driverDisplay")
        self.setWindowTitle(self.tr("navapp — driver"))
        self._session: DriveSession | None = None
        self._state: NavState | None = None
        self._feed: FeedStatus | None = None
        self._theme: Theme = DAY
        self._over = False

        self.speed_label = QLabel(fmt.DASH)
        self.unit_label = QLabel("")
        self.limit_label = QLabel("")
        self.gps_label = QLabel("")
        self.turn_label = QLabel(fmt.DASH)
        self.next_label = QLabel(fmt.DASH)
        # a glance from the wheel must tell the turn from the distance without reading digits
        self.turn_caption = QLabel(self.tr("TURN"))
        self.next_caption = QLabel(self.tr("NEXT BOX"))
        self.band = QFrame()
        self.band.setProperty("role", "banner")
        self.band_label = QLabel("", self.band)
        band_row = QHBoxLayout(self.band)
        band_row.addWidget(self.band_label, 0, Qt.AlignmentFlag.AlignCenter)
        for label in (
            self.speed_label,
            self.turn_label,
            self.next_label,
            self.limit_label,
            self.turn_caption,
            self.next_caption,
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gps_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gps_label.setProperty("role", "badge")
        # an empty badge still paints its colour: hidden while live, its room kept
        policy = self.gps_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.gps_label.setSizePolicy(policy)
        self.unit_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.limit_label, 1)
        top.addWidget(self.gps_label, 1)
        bottom = QHBoxLayout()
        for caption, value in (
            (self.turn_caption, self.turn_label),
            (self.next_caption, self.next_label),
        ):
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(value, 1)
            bottom.addLayout(column, 1)
        root = QVBoxLayout(self)
        # Fonts follow the window's size: the fonts of a big window must not stop it shrinking.
        root.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        root.addLayout(top)
        root.addWidget(self.band)
        root.addWidget(self.speed_label, 3)
        root.addWidget(self.unit_label)
        root.addLayout(bottom, 2)

        # The flash runs only while over the limit: nothing ticks on a calm screen.
        self.flash = QTimer(self)
        self.flash.setInterval(FLASH_MS)
        self.flash.timeout.connect(self._toggle_flash)
        self._flash_on = True
        self.band.setVisible(False)
        self.set_theme("day")
        self.set_session(session)

    # -- API ----------------------------------------------------------------------------------

    def set_session(self, session: DriveSession | None) -> None:
        """Follow ``session``'s states and feed (None: nothing to show)."""
        if self._session is not None:
            self._session.state_changed.disconnect(self.set_state)
            self._session.feed_changed.disconnect(self.set_feed)
        self._session = session
        self._state = None
        if session is not None:
            session.state_changed.connect(self.set_state)
            session.feed_changed.connect(self.set_feed)
            self._feed = session.feed
            self.set_state(session.navigator.state)
        else:
            self._feed = None
            self._show_nothing()

    def set_feed(self, feed: FeedStatus | None) -> None:
        """How the GPS feed is doing; when not live the values go to ``—`` with NO GPS."""
        self._feed = feed
        if self._state is not None:
            self.set_state(self._state)

    def set_state(self, state: NavState) -> None:
        """Show ``state`` (as the feed allows)."""
        self._state = state
        live = self._feed is None or self._feed.live
        if self._feed is not None:
            state = shown_state(state, self._feed)
        units = state.trip.units
        speed = state.speed_kmh
        set_label_text(
            self.speed_label,
            fmt.DASH if speed is None else str(round(units.km_to_display(speed))),
        )
        set_label_text(self.unit_label, units.speed_label)
        zone = state.zone
        if zone is not None:
            limit = round(units.km_to_display(zone.limit_kmh))
            set_label_text(self.limit_label, self.tr("LIMIT {limit}").format(limit=limit))
        else:
            set_label_text(self.limit_label, "")
        mark = "" if live or self._feed is None else self.tr("NO GPS")
        set_label_text(self.gps_label, mark)
        set_level(self.gps_label, "danger" if mark else "")
        self.gps_label.setVisible(bool(mark))
        set_label_text(self.turn_label, turn_text(state.cap_diff_deg))
        nxt = state.to_next_km
        set_label_text(
            self.next_label,
            fmt.DASH if nxt is None else fmt.distance(nxt, units, unit=True),
        )
        over = zone is not None and zone.over and live
        if zone is not None and over:
            set_label_text(self.band_label, self.tr("OVER {limit}").format(limit=limit))
        self._set_over(over)

    def is_over(self) -> bool:
        """Whether the over-speed band is up."""
        return self._over

    def set_theme(self, name: str) -> None:
        """``"day"`` or ``"night"``."""
        self._theme = apply_theme(self, name)
        self._apply_scale()

    def theme(self) -> Theme:
        return self._theme

    def show_on_best_screen(self) -> None:
        """Full screen on a second screen when there is one, else a normal window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            others = [s for s in screens if s is not QGuiApplication.primaryScreen()]
            screen = others[0] if others else screens[1]
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            if not self.isVisible():
                self.resize(1024, 600)
            self.show()
        self.raise_()

    # -- Qt -----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing only hides the window: the session drives on.
        self.flash.stop()
        super().closeEvent(event)
        self.closed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    # -- internals ----------------------------------------------------------------------------

    def _show_nothing(self) -> None:
        for label in (self.speed_label, self.turn_label, self.next_label):
            set_label_text(label, fmt.DASH)
        set_label_text(self.limit_label, "")
        set_label_text(self.gps_label, self.tr("NO GPS"))
        set_level(self.gps_label, "danger")
        self.gps_label.setVisible(True)
        self._set_over(False)

    def _set_over(self, over: bool) -> None:
        if over == self._over:
            return
        self._over = over
        set_level(self.band, "danger" if over else "")
        set_level(self.speed_label, "danger" if over else "")
        self.band.setVisible(over)
        if over:
            self._flash_on = True
            self.flash.start()
        else:
            self.flash.stop()

    def _toggle_flash(self) -> None:
        self._flash_on = not self._flash_on
        set_level(self.band, "danger" if self._flash_on else "")

    def _apply_scale(self) -> None:
        s = max(0.5, min(3.0, min(self.height() / _REFERENCE_HEIGHT, self.width() / 1024)))
        self.speed_label.setFont(ui_font(200 * s, bold=True))
        self.unit_label.setFont(ui_font(28 * s))
        for label in (self.turn_caption, self.next_caption):
            label.setFont(ui_font(28 * s, bold=True))
        for label in (self.limit_label, self.gps_label, self.band_label):
            label.setFont(ui_font(44 * s, bold=True))
        # the top row's labels would otherwise be squeezed and cut by the huge speed
        for label in (self.limit_label, self.gps_label):
            label.setMinimumHeight(round(62 * s))
        for label in (self.turn_label, self.next_label):
            label.setFont(ui_font(72 * s, bold=True))
        self.band.setFixedHeight(round(70 * s))
