"""Is the GPS feed alive? The silence rule, its wording, and what it hides on the drive view.

A GPS that goes quiet sends nothing to say so: only the age of the last usable fix, measured on
the computer's own monotonic clock when the fix *arrived*, tells. :class:`SilenceWatch` keeps
that age (time injected by the caller) together with the source's own line about its link
(``gpsd localhost:2947 Connection refused — reconnecting in 2 s``) and turns both into one
:class:`FeedStatus`: the indicator of the drive view (``NO GPS 12 s``), the status bar line that
keeps the reason, and whether the numbers on screen still follow the car.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from navapp.core.i18n import QT_TRANSLATE_NOOP, translate
from navapp.core.model import Fix
from navapp.core.navstate import NavState

__all__ = [
    "SILENCE_S",
    "Feed",
    "FeedStatus",
    "SilenceWatch",
    "fix_line",
    "shown_state",
]

# No usable fix for this long and the GPS is lost: what the screen shows no longer follows the car.
SILENCE_S = 3.0


class Feed(Enum):
    """What the position feed is doing."""

    NONE = "none"  # no source running
    LIVE = "live"  # usable fixes are arriving
    NO_GPS = "no_gps"  # nothing usable: no data at all, or none yet since the start
    NO_FIX = "no_fix"  # reports arrive, but the receiver has no position
    PAUSED = "paused"  # a replay held by the co-driver
    ENDED = "ended"  # a replay that has reached its end


_MARKS = {
    Feed.NONE: QT_TRANSLATE_NOOP("GpsFeed", "NO GPS"),
    Feed.NO_GPS: QT_TRANSLATE_NOOP("GpsFeed", "GPS LOST"),
    Feed.NO_FIX: QT_TRANSLATE_NOOP("GpsFeed", "GPS LOST"),
    Feed.PAUSED: QT_TRANSLATE_NOOP("GpsFeed", "PAUSED"),
    Feed.ENDED: QT_TRANSLATE_NOOP("GpsFeed", "REPLAY END"),
}


def fix_line(source: str, fix: Fix) -> str:
    """The status line of a source giving ``fix``: ``gpsd localhost:2947 — fix, 8 satellites``."""
    if not fix.valid:
        return translate("GpsFeed", "no fix")
    if fix.satellites is not None:
        return translate("GpsFeed", "{source} — fix, {count} satellites").format(
            source=source, count=fix.satellites
        )
    return translate("GpsFeed", "{source} — fix").format(source=source)


@dataclass(frozen=True)
class FeedStatus:
    """The feed at one moment: its state, the silence so far and the source's own words.

    ``silent_s`` is the time since the last usable fix arrived (since the start while none has),
    ``data_s`` since any report arrived; both are None with no source. ``link`` is the source's
    last line about its port or connection, ``fix`` the status line of the last usable fix.
    """

    feed: Feed
    silent_s: float | None = None
    data_s: float | None = None
    source: str = ""
    link: str = ""
    fix: str = ""
    link_news: bool = False  # the link line changed after the last report arrived
    replay: bool = False

    @property
    def live(self) -> bool:
        """Whether the numbers on screen follow the car (or the replay) now."""
        return self.feed is Feed.LIVE

    @property
    def mark(self) -> str:
        """The mark on counters that are not advancing (``GPS LOST``), "" while live."""
        mark = _MARKS.get(self.feed)
        return translate("GpsFeed", mark) if mark else ""

    @property
    def level(self) -> str:
        """``ok``, ``warn`` (replay held or ended) or ``danger``."""
        if self.feed is Feed.LIVE:
            return "ok"
        if self.feed in (Feed.PAUSED, Feed.ENDED):
            return "warn"
        return "danger"

    @property
    def indicator(self) -> str:
        """The drive view's GPS indicator when not live (``NO GPS 12 s``); "" while live."""
        if self.feed is Feed.NO_GPS:
            return translate("GpsFeed", "NO GPS {seconds} s").format(
                seconds=_seconds(self.silent_s)
            )
        if self.feed is Feed.NO_FIX:
            return translate("GpsFeed", "NO FIX {seconds} s").format(
                seconds=_seconds(self.silent_s)
            )
        if self.feed is Feed.PAUSED:
            return translate("GpsFeed", "REPLAY PAUSED")
        if self.feed is Feed.ENDED:
            return translate("GpsFeed", "REPLAY END")
        if self.feed is Feed.NONE:
            return translate("GpsFeed", "NO GPS")
        return ""

    @property
    def line(self) -> str:
        """The status bar line: what the source is doing and, when lost, why and for how long."""
        if self.feed is Feed.NONE:
            return translate("GpsFeed", "no GPS source")
        if self.replay and self.feed in (Feed.LIVE, Feed.PAUSED, Feed.ENDED):
            return self.link
        if self.feed is Feed.LIVE:
            return self.fix or self.link
        if self.feed in (Feed.PAUSED, Feed.ENDED):
            return self.link
        n = _seconds(self.silent_s)
        if self.feed is Feed.NO_FIX:
            return translate(
                "GpsFeed", "no fix for {seconds} s — {source} reports no position"
            ).format(seconds=n, source=self.source)
        link = self.link or translate("GpsFeed", "{source} — waiting for data").format(
            source=self.source
        )
        if self.data_s is None and (self.silent_s or 0.0) < SILENCE_S:
            return link  # just started: connecting, waiting for data
        if self.link_news or self.data_s is None:
            return translate("GpsFeed", "no GPS data for {seconds} s — {link}").format(
                seconds=n, link=link
            )
        return translate(
            "GpsFeed", "no GPS data for {seconds} s — {source} has gone silent"
        ).format(seconds=n, source=self.source)


def _seconds(value: float | None) -> int:
    return int(value) if value is not None and math.isfinite(value) else 0


class SilenceWatch:
    """Keeps the fix age of one source on an injected monotonic clock.

    Call :meth:`start` when a source starts, :meth:`on_fix` for every report it gives (usable or
    not), :meth:`on_link` with each line it says about its connection; :meth:`status` tells
    the feed at ``clock()``. ``threshold_s`` is the silence after which the GPS is lost.
    """

    def __init__(self, clock: Callable[[], float], threshold_s: float = SILENCE_S) -> None:
        if not threshold_s > 0:
            raise ValueError(f"the silence threshold must be positive, not {threshold_s!r}")
        self._clock = clock
        self.threshold_s = float(threshold_s)
        self._running = False
        self._replay = False
        self._source = ""
        self._started_at = math.nan
        self._fix_at = math.nan  # when the last usable fix arrived
        self._data_at = math.nan  # when the last report of any kind arrived
        # Which came last, a report or a line about the link: counted, not timed, so that two
        # at the same clock reading still have an order.
        self._events = 0
        self._link_event = self._data_event = 0
        self._link = ""
        self._fix: Fix | None = None  # the last usable fix; its line is made when shown
        self._paused = False
        self._paused_at = math.nan
        self._ended = False

    def start(self, source: str, *, replay: bool = False) -> None:
        """A new source ``source`` (its description) starts: nothing has arrived from it yet."""
        self._running = True
        self._replay = replay
        self._source = source
        self._started_at = self._clock()
        self._fix_at = self._data_at = math.nan
        self._link_event = self._data_event = 0
        self._link = ""
        self._fix = None
        self._paused = self._ended = False

    def stop(self) -> None:
        """No source any more."""
        self._running = False

    def on_fix(self, fix: Fix) -> None:
        """A report arrived now (usable or not)."""
        now = self._clock()
        self._data_at = now
        self._events += 1
        self._data_event = self._events
        if fix.valid and math.isfinite(fix.lat) and math.isfinite(fix.lon):
            self._fix_at = now
            self._fix = fix

    def on_link(self, text: str) -> None:
        """The source's latest line about its port or connection."""
        self._link = text
        self._events += 1
        self._link_event = self._events

    def set_paused(self, paused: bool) -> None:
        """A replay held (True) or running again (False); the time held is not silence."""
        if paused == self._paused:
            return
        self._paused = paused
        now = self._clock()
        if paused:
            self._paused_at = now
            return
        held = max(0.0, now - self._paused_at)
        self._started_at += held
        self._fix_at += held  # NaN stays NaN: still no fix
        self._data_at += held

    def set_ended(self) -> None:
        """A replay has delivered its last fix."""
        self._ended = True

    def status(self) -> FeedStatus:
        """The feed now."""
        if not self._running:
            return FeedStatus(Feed.NONE)
        now = self._clock()
        since = self._fix_at if math.isfinite(self._fix_at) else self._started_at
        silent = max(0.0, now - since)
        data = max(0.0, now - self._data_at) if math.isfinite(self._data_at) else None
        if self._ended:
            feed = Feed.ENDED
        elif self._paused:
            feed = Feed.PAUSED
        elif math.isfinite(self._fix_at) and silent < self.threshold_s:
            feed = Feed.LIVE
        elif data is not None and data < self.threshold_s:
            feed = Feed.NO_FIX
        else:
            feed = Feed.NO_GPS
        news = self._link_event > self._data_event
        return FeedStatus(
            feed,
            silent,
            data,
            self._source,
            self._link,
            fix_line(self._source, self._fix) if self._fix is not None else "",
            news,
            self._replay,
        )


def shown_state(state: NavState, feed: FeedStatus) -> NavState:
    """``state`` as the drive view may show it: without speed, course, turn, zone speed or
    waypoint distance and arrow while the feed is not live, since they would be stale."""
    if feed.live:
        return state
    zone = state.zone
    if zone is not None:
        zone = replace(zone, speed_kmh=None, over=False)
    waypoint = state.waypoint
    if waypoint is not None:
        waypoint = replace(waypoint, distance_m=None, bearing_deg=None, show_arrow=False)
    return replace(
        state,
        speed_kmh=None,
        course_deg=None,
        cap_diff_deg=None,
        zone=zone,
        waypoint=waypoint,
    )
