"""What the co-driver hears: the cues of a drive, as plain values.

A cue is decided in core from the navigator's state, so which cue sounds and when is the same
on every machine and can be tested on a generated drive; the GUI only plays them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

import numpy as np

from navapp.core.cue_speech import box_call, danger_call, spoken_turn, tulip_turn
from navapp.core.declination import to_shown
from navapp.core.i18n import QT_TRANSLATE_NOOP, translate
from navapp.core.model import Roadbook
from navapp.core.navstate import EventType, NavState
from navapp.core.routewatch import RouteWatch
from navapp.core.turn import route_turns


class Cue(Enum):
    """A sound the co-driver can hear; values are the names of the sound files and settings."""

    WP_OPENED = "wp_opened"  # a waypoint's arrow and distance are shown
    WP_VALIDATED = "wp_validated"
    WP_MISSED = "wp_missed"
    ZONE_ENTER = "zone_enter"  # entering a speed zone
    ZONE_EXIT = "zone_exit"
    OVERSPEED = "overspeed"  # repeats while over the limit
    COUNTDOWN_END = "countdown_end"  # a neutralisation's (DN) time has run out
    DANGER_BOX = "danger_box"  # a box marked dangerous (!, !!, !!!) is near
    BOX_NEAR = "box_near"  # the next box is closer than the set distance
    GPS_LOST = "gps_lost"
    GPS_BACK = "gps_back"
    OFF_ROUTE = "off_route"  # further from the route line than the set distance

    @property
    def label(self) -> str:
        """The cue's name as the settings show it."""
        return translate("Cue", _LABELS[self])


_LABELS = {
    Cue.WP_OPENED: QT_TRANSLATE_NOOP("Cue", "Waypoint opened"),
    Cue.WP_VALIDATED: QT_TRANSLATE_NOOP("Cue", "Waypoint validated"),
    Cue.WP_MISSED: QT_TRANSLATE_NOOP("Cue", "Waypoint missed"),
    Cue.ZONE_ENTER: QT_TRANSLATE_NOOP("Cue", "Entering a speed zone"),
    Cue.ZONE_EXIT: QT_TRANSLATE_NOOP("Cue", "Leaving a speed zone"),
    Cue.OVERSPEED: QT_TRANSLATE_NOOP("Cue", "Over the speed limit"),
    Cue.COUNTDOWN_END: QT_TRANSLATE_NOOP("Cue", "Neutralisation time ended"),
    Cue.DANGER_BOX: QT_TRANSLATE_NOOP("Cue", "Danger box ahead"),
    Cue.BOX_NEAR: QT_TRANSLATE_NOOP("Cue", "Next box near"),
    Cue.GPS_LOST: QT_TRANSLATE_NOOP("Cue", "GPS lost"),
    Cue.GPS_BACK: QT_TRANSLATE_NOOP("Cue", "GPS back"),
    Cue.OFF_ROUTE: QT_TRANSLATE_NOOP("Cue", "Off the route"),
}


@dataclass(frozen=True)
class CueEvent:
    """One cue to play: when (the fix time, s), which, for which box, and what a voice would say."""

    time: float
    cue: Cue
    box: int | None = None
    speech: str = ""  # e.g. "three hundred metres, left, CAP 120"; empty when nothing to say


@dataclass(frozen=True)
class CueOptions:
    """When the distance and repeat cues sound.

    ``box_near_m``: the next box is announced when the trip meter says it is closer than this;
    ``off_route_m``: further than this from the route line is off the route;
    ``overspeed_repeat_s``: the overspeed cue repeats this often while over the limit;
    ``danger_level``: boxes marked at least this dangerous (1 = !, 3 = !!!) get the danger cue;
    ``speak_boxes``: box cues carry the words a voice says (else their ``speech`` is empty).
    """

    box_near_m: float = 300.0
    off_route_m: float = 150.0
    overspeed_repeat_s: float = 3.0
    danger_level: int = 3
    speak_boxes: bool = True

    def __post_init__(self) -> None:
        for name in ("box_near_m", "off_route_m", "overspeed_repeat_s"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
                raise ValueError(f"{name} must be a positive number, not {value!r}")
        if self.danger_level not in (1, 2, 3):
            raise ValueError(f"danger_level must be 1, 2 or 3, not {self.danger_level!r}")


# A box announced is announced again only after the trip meter puts it this many times
# box_near_m away again (a correction backwards), never for jitter around the threshold.
BOX_REARM = 2.0
# Off the route, the cue is armed again only once the crew is back within this share of
# off_route_m: driving along the threshold does not repeat it.
ROUTE_REARM = 0.6

_FROM_EVENT = {
    EventType.WP_OPEN: Cue.WP_OPENED,
    EventType.WP_VALIDATED: Cue.WP_VALIDATED,
    EventType.WP_MISSED: Cue.WP_MISSED,
    EventType.ZONE_ENTER: Cue.ZONE_ENTER,
    EventType.ZONE_EXIT: Cue.ZONE_EXIT,
}


class CuePlanner:
    """Decides the cues of a drive from the navigator's states, deterministically.

    Call :meth:`update` with every state the navigator returns and whether the GPS feed is live
    (:attr:`navapp.gps.silence.FeedStatus.live`), and :meth:`update_feed` while no states
    arrive (the GPS silent) so the loss is heard. Times are those of the fixes (``state.time``;
    for :meth:`update_feed`, the last fix time plus the silence so far): no wall clock here.

    The rules, cue by cue:

    * WP_OPENED, WP_VALIDATED, WP_MISSED, ZONE_ENTER, ZONE_EXIT: at the state whose events say
      so, once per update however many waypoints the event concerns (the first one's box).
    * OVERSPEED: when the zone's speed goes over the limit, then every ``overspeed_repeat_s``
      while it stays over (on the first state at or after each due time); it stops at once
      when under, out of the zone, or the GPS is not live.
    * COUNTDOWN_END: once per neutralisation, at the first state whose remaining time is 0
      (a DN without a time has no countdown).
    * BOX_NEAR: once per box, when the trip meter's distance to the next box is under
      ``box_near_m``; ``speech`` is the box call ("three hundred metres, left, CAP 120": the
      distance said, the turn from the box's tulip or the route, the CAP as shown). Announced
      again only after the box is put ``BOX_REARM`` times that distance away (a correction).
      Only while the current box follows the trip meter: a box scrolled to by hand is the
      co-driver's, not the car's.
    * DANGER_BOX: with the same rule, for a box of at least ``danger_level``, just before its
      BOX_NEAR; ``speech`` "danger three".
    * GPS_LOST: once when the feed stops being live after having been live; GPS_BACK once
      when it is live again after a GPS_LOST (the first fix of a drive is not "back").
    * OFF_ROUTE: when a usable fix is further than ``off_route_m`` from the roadbook's route
      line; armed again only once back within ``ROUTE_REARM`` of that distance. Never for a
      roadbook without a route line (boxes joined straight are not a road to follow).

    No cue while the feed is not live or on a paused or ended replay (``paused``: neither lost
    nor back). The state that ends the stage (the ASS validated, or the drive ended by hand)
    gives only its events' cues, and no cue follows it.
    """

    def __init__(self, roadbook: Roadbook, options: CueOptions | None = None) -> None:
        self.roadbook = roadbook
        self.options = options or CueOptions()
        boxes = roadbook.boxes
        route = roadbook.route
        self._route = RouteWatch(route, boxes) if route is not None and len(route) >= 2 else None
        self._turns = self._box_turns()
        self._ever_live = False
        self._lost = False
        self._over_due: float | None = None  # the next OVERSPEED repeat while over
        self._countdown_done: set[int] = set()  # DN boxes whose countdown end was heard
        self._near_done: set[int] = set()  # boxes announced
        self._off_route = False
        self._finished = False

    def _box_turns(self) -> list[str]:
        """The spoken turn at each box: its navapp tulip, else the route there, else ""."""
        boxes = self.roadbook.boxes
        angles: list[float | None] = [tulip_turn(b) for b in boxes]
        if self._route is not None:
            placed = [i for i, (b, a) in enumerate(zip(boxes, angles, strict=True)) if a is None]
            placed = [i for i in placed if boxes[i].has_position]
            if placed:
                chain = self._route.box_chainage_m[np.array(placed, dtype=np.int64)]
                turns = route_turns(self._route.line, chain)
                for i, a in zip(placed, turns.angle_deg.tolist(), strict=True):
                    angles[i] = a
        return ["" if a is None else spoken_turn(a) for a in angles]

    # --- public API ----------------------------------------------------------------------------

    def update(self, state: NavState, gps_live: bool, *, paused: bool = False) -> list[CueEvent]:
        """The cues of one navigator state (``gps_live``: the feed's live flag now)."""
        out = self._feed(state.time, gps_live, paused)
        if paused or not gps_live or self._finished:
            self._over_due = None
            return out
        self._from_events(state, out)
        if state.finished:
            # The ASS validated or the drive ended: its own events are heard, then nothing.
            self._finished = True
            self._over_due = None
            return out
        self._overspeed(state, out)
        self._countdown(state, out)
        self._box_near(state, out)
        self._off_route_cue(state, out)
        return out

    def update_feed(self, time: float, gps_live: bool, *, paused: bool = False) -> list[CueEvent]:
        """The cues of the feed alone at ``time`` (GPS_LOST/GPS_BACK), while no state arrives."""
        out = self._feed(time, gps_live, paused)
        if paused or not gps_live:
            self._over_due = None
        return out

    # --- rules ---------------------------------------------------------------------------------

    def _feed(self, time: float, live: bool, paused: bool) -> list[CueEvent]:
        if paused or self._finished:
            return []
        if live:
            self._ever_live = True
            if self._lost:
                self._lost = False
                return [CueEvent(time, Cue.GPS_BACK)]
            return []
        if self._ever_live and not self._lost:
            self._lost = True
            if self._route is not None:
                self._route.forget()
            return [CueEvent(time, Cue.GPS_LOST)]
        return []

    def _from_events(self, state: NavState, out: list[CueEvent]) -> None:
        heard: set[Cue] = set()
        for e in state.events:
            cue = _FROM_EVENT.get(e.type)
            if cue is not None and cue not in heard:
                heard.add(cue)
                out.append(CueEvent(state.time, cue, e.box))

    def _overspeed(self, state: NavState, out: list[CueEvent]) -> None:
        zone = state.zone
        if zone is None or not zone.over:
            self._over_due = None
            return
        t = state.time
        due = self._over_due
        if due is not None and not t >= due:
            return
        out.append(CueEvent(t, Cue.OVERSPEED, zone.start_box))
        repeat = self.options.overspeed_repeat_s
        # Keep the rhythm when fixes come a little late; start afresh after a long gap.
        self._over_due = due + repeat if due is not None and t < due + repeat else t + repeat

    def _countdown(self, state: NavState, out: list[CueEvent]) -> None:
        n = state.neutral
        if n is None or n.duration_s <= 0 or n.start_box in self._countdown_done:
            return
        if n.remaining_s <= 0:
            self._countdown_done.add(n.start_box)
            out.append(CueEvent(state.time, Cue.COUNTDOWN_END, n.start_box))

    def _box_near(self, state: NavState, out: list[CueEvent]) -> None:
        boxes = self.roadbook.boxes
        to_next = state.to_next_km
        if not state.auto_advance or to_next is None or not 0 <= state.box < len(boxes):
            return
        box = boxes[state.box]  # the next box (state.box is 1-based)
        metres = to_next * 1000.0
        near = self.options.box_near_m
        if box.index in self._near_done:
            if metres > near * BOX_REARM:
                self._near_done.discard(box.index)
            return
        if not metres < near:
            return
        self._near_done.add(box.index)
        speak = self.options.speak_boxes
        if box.danger is not None and box.danger >= self.options.danger_level:
            speech = danger_call(box.danger) if speak else ""
            out.append(CueEvent(state.time, Cue.DANGER_BOX, box.index, speech))
        speech = ""
        if speak:
            shown = to_shown(box.cap, state.declination_deg)
            cap = None if shown is None else round(shown) % 360
            turn = self._turns[box.index - 1]
            speech = box_call(max(metres, 0.0), self.roadbook.units, turn, cap)
        out.append(CueEvent(state.time, Cue.BOX_NEAR, box.index, speech))

    def _off_route_cue(self, state: NavState, out: list[CueEvent]) -> None:
        fix = state.fix
        if self._route is None or fix is None or not fix.valid:
            return
        if not (math.isfinite(fix.lat) and math.isfinite(fix.lon)):
            return
        limit = self.options.off_route_m
        offset = self._route.offset_m(fix.lat, fix.lon, state.box, limit * ROUTE_REARM)
        if self._off_route:
            if offset <= limit * ROUTE_REARM:
                self._off_route = False
            return
        if offset > limit:
            self._off_route = True
            out.append(CueEvent(state.time, Cue.OFF_ROUTE, state.box or None))
