"""The status strip: clock of the last fix, stage time, speed and the GPS feed's health.

Times come from the state (``NavState.time``) and from the stage start given to the strip; the
strip never reads the wall clock, so the same state always gives the same picture.
"""

from __future__ import annotations

import math
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from navapp.core import format as fmt
from navapp.core.model import Units
from navapp.core.navstate import GpsState, NavState
from navapp.gps.silence import SILENCE_S, FeedStatus
from navapp.gui.common.theme import reserve_width, set_label_text, set_level, ui_font

# A fix older than this is stale: the numbers on screen no longer follow the car.
STALE_FIX_S = SILENCE_S
NO_TIME = "--:--:--"


def format_gps(gps: GpsState, now: float) -> tuple[str, str]:
    """The GPS text and its level (``ok``/``warn``/``danger``)."""
    age = None
    if gps.fix_time is not None and math.isfinite(now):
        age = max(0.0, now - gps.fix_time)
    if not gps.has_fix:
        if age is None:
            return QCoreApplication.translate("StatusStrip", "NO FIX"), "danger"
        text = QCoreApplication.translate("StatusStrip", "NO FIX · {age} s")
        return text.format(age=f"{age:.0f}"), "danger"
    parts = ["GPS"]
    if gps.satellites is not None:
        parts.append(_satellites(gps.satellites))
    if gps.hdop is not None:
        parts.append(f"HDOP {gps.hdop:.1f}")
    if age is not None:
        parts.append(f"{age:.0f} s")
    stale = age is not None and age >= STALE_FIX_S
    return " · ".join(parts), "warn" if stale else "ok"


def _satellites(count: int | str) -> str:
    return QCoreApplication.translate("StatusStrip", "{count} sat").format(count=count)


class StatusStrip(QFrame):
    """``10:23:45   STAGE 1:23:45   87 km/h            GPS · 9 sat · HDOP 0.9 · 1 s``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "strip")
        self._stage_start: float | None = None
        self._tz: tzinfo | None = None
        self._last: NavState | None = None
        self._feed: FeedStatus | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 2, 12, 2)
        row.setSpacing(10)
        self.clock_label = QLabel(NO_TIME)
        self.stage_caption = QLabel(self.tr("STAGE"))
        self.stage_caption.setProperty("role", "caption")
        self.stage_label = QLabel(NO_TIME)
        self.speed_label = QLabel(fmt.speed(None, Units.METRIC))
        self.gps_label = QLabel(self.tr("NO FIX"))
        self.gps_label.setProperty("role", "status")
        self.gps_label.setProperty("level", "danger")
        row.addWidget(self.clock_label)
        row.addSpacing(24)
        row.addWidget(self.stage_caption)
        row.addWidget(self.stage_label)
        row.addSpacing(24)
        row.addWidget(self.speed_label)
        row.addStretch(1)
        row.addWidget(self.gps_label)
        self.set_scale(1.0)

    def set_state(self, state: NavState) -> None:
        """Show the state's time, speed and GPS health."""
        self._last = state
        set_label_text(self.clock_label, fmt.clock(state.time, self._tz, unknown=NO_TIME))
        elapsed = state.time - self._stage_start if self._stage_start is not None else math.nan
        # A fix time before the start (a replay sought back, a new source) is no negative
        # stage time: the stage clock reads zero until its start.
        elapsed = max(0.0, elapsed) if math.isfinite(elapsed) else elapsed
        set_label_text(self.stage_label, fmt.hms(elapsed, "down", unknown=NO_TIME))
        set_label_text(self.speed_label, fmt.speed(state.speed_kmh, state.trip.units))
        feed = self._feed
        if feed is not None and not feed.live:
            text, level = feed.indicator, feed.level
        else:
            text, level = format_gps(state.gps, state.time)
        set_label_text(self.gps_label, text)
        set_level(self.gps_label, level)

    def set_feed(self, feed: FeedStatus | None) -> None:
        """The feed's health: when not live, its indicator (``NO GPS 12 s``) replaces the GPS
        figures of the last state. The caller blanks the state's stale values."""
        self._feed = feed
        if self._last is not None:
            self.set_state(self._last)
        elif feed is not None and not feed.live:
            set_label_text(self.gps_label, feed.indicator)
            set_level(self.gps_label, feed.level)

    def set_stage_start(self, epoch_s: float | None) -> None:
        """When the stage started (epoch seconds), for the stage time; None hides it."""
        if epoch_s == self._stage_start:
            return
        self._stage_start = epoch_s
        if self._last is not None:
            self.set_state(self._last)

    def set_timezone(self, tz: tzinfo | None) -> None:
        """The zone of the clock (None: the computer's local time)."""
        self._tz = tz
        if self._last is not None:
            self.set_state(self._last)

    def set_scale(self, scale: float) -> None:
        """Font sizes for a drive view ``scale`` times the 600 px reference height."""
        value = ui_font(22 * scale, bold=True)
        for label, widest in (
            (self.clock_label, "88:88:88"),
            (self.stage_label, "88:88:88"),
            (self.speed_label, "888 km/h"),
            (self.gps_label, f"GPS · {_satellites(88)} · HDOP 8.8 · 88 s"),
        ):
            label.setFont(value)
            reserve_width(label, widest)
        self.stage_caption.setFont(ui_font(14 * scale, bold=True))
