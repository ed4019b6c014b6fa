"""What the co-driver hears: the cues of a drive, as plain values.

A cue is decided in core from the navigator's state, so which cue sounds and when is the same
on every machine and can be tested on a generated drive; the GUI only plays them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


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
        return _LABELS[self]


_LABELS = {
    Cue.WP_OPENED: "Waypoint opened",
    Cue.WP_VALIDATED: "Waypoint validated",
    Cue.WP_MISSED: "Waypoint missed",
    Cue.ZONE_ENTER: "Entering a speed zone",
    Cue.ZONE_EXIT: "Leaving a speed zone",
    Cue.OVERSPEED: "Over the speed limit",
    Cue.COUNTDOWN_END: "Neutralisation time ended",
    Cue.DANGER_BOX: "Danger box ahead",
    Cue.BOX_NEAR: "Next box near",
    Cue.GPS_LOST: "GPS lost",
    Cue.GPS_BACK: "GPS back",
    Cue.OFF_ROUTE: "Off the route",
}


@dataclass(frozen=True)
class CueEvent:
    """One cue to play: when (the fix time, s), which, for which box, and what a voice would say."""

    time: float
    cue: Cue
    box: int | None = None
    speech: str = ""  # e.g. "three hundred metres, left, CAP 120"; empty when nothing to say
