"""What the navigator tells its readers: the state and events of each fix, how each waypoint
went, and the snapshot a stage resumes from.

These are the contract between :mod:`navapp.core.navigator` and everything that shows or
records navigation (drive view, ``navapp simulate``, tests): plain frozen values, and the one
rule for the CAP turn so every reader shows the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from navapp.core.declination import cap_shown, north_label, to_shown
from navapp.core.model import Box, Fix, Units, Waypoint, WaypointType


def cap_turn_deg(cap: int | None, course_deg: float | None) -> float | None:
    """The turn to make to follow the CAP: ``cap − course`` in (−180, 180], + = right.

    None when either is unknown (no CAP printed, or too slow for a course).
    """
    if cap is None or course_deg is None:
        return None
    d = (cap - course_deg) % 360.0
    return d - 360.0 if d > 180.0 else d


class WaypointStatus(Enum):
    """Where a waypoint stands in its state machine."""

    LOCKED = "locked"  # not yet open: no arrow
    OPEN = "open"  # next in sequence and revealed (arrow + distance may show)
    VALIDATED = "validated"  # passed inside its clear radius
    MISSED = "missed"  # passed by, or a later waypoint was validated first


class EventType(Enum):
    """Things that happen during a drive; values are the ``simulate --json`` names."""

    BOX = "box"  # the current box changed (auto-advance)
    WP_OPEN = "wp_open"
    WP_VALIDATED = "wp_validated"
    WP_MISSED = "wp_missed"
    ZONE_ENTER = "zone_enter"
    ZONE_EXIT = "zone_exit"
    OVERSPEED_START = "overspeed_start"
    OVERSPEED_END = "overspeed_end"
    NEUTRAL_START = "neutral_start"
    NEUTRAL_END = "neutral_end"  # FN reached; detail says early or on time
    TRIP_RESET = "trip_reset"  # the trip total was set (reset box, or set on validation)
    FIX_LOST = "fix_lost"
    FIX_REGAINED = "fix_regained"
    FIX_REJECTED = "fix_rejected"  # a jump, time going backwards: not used


@dataclass(frozen=True)
class NavEvent:
    """One event, at the time of the fix that caused it; ``odo_km`` is the trip total then."""

    time: float
    type: EventType
    box: int | None
    name: str | None
    odo_km: float
    detail: str = ""


@dataclass(frozen=True)
class TripState:
    """The trip meter as shown: km, after calibration and corrections (convert for display)."""

    total_km: float
    partial_km: float
    calibration_pct: float
    units: Units


@dataclass(frozen=True)
class WaypointState:
    """The waypoint to look for next (or one just dealt with).

    ``distance_m``/``bearing_deg`` are geodesic from the last fix; ``show_arrow`` says whether
    the rules of its type allow the screen to show the arrow and distance now.
    """

    box: int
    type: WaypointType
    name: str
    status: WaypointStatus
    open_m: float | None
    clear_m: float | None
    distance_m: float | None
    bearing_deg: float | None
    show_arrow: bool
    closest_m: float | None  # closest approach so far

    @property
    def label(self) -> str:
        return f"{self.type.label} {self.name}".strip()


@dataclass(frozen=True)
class ZoneState:
    """The speed zone the crew is in."""

    start_box: int
    end_box: int | None
    limit_kmh: float
    tolerance_kmh: float
    speed_kmh: float | None
    over: bool


@dataclass(frozen=True)
class NeutralState:
    """A neutralisation under way (DN reached, FN not yet)."""

    start_box: int
    duration_s: float
    elapsed_s: float

    @property
    def remaining_s(self) -> float:
        return max(0.0, self.duration_s - self.elapsed_s)


@dataclass(frozen=True)
class GpsState:
    """How the position feed is doing."""

    has_fix: bool  # the last report was a usable position
    fix_time: float | None  # time of the last usable fix
    satellites: int | None
    hdop: float | None
    rejected: int  # fixes refused so far (jumps, time going backwards, repeats)


@dataclass(frozen=True)
class NavState:
    """Everything the passenger seat shows, after one update.

    ``box`` is the current box (1-based; the last box the trip meter has reached).
    ``to_next_km`` is the printed distance still to go to the next box by the trip meter.
    ``course_deg`` is None below walking speed (the course means nothing there).
    ``events`` holds only the events of this update.
    """

    time: float
    fix: Fix | None
    gps: GpsState
    speed_kmh: float | None
    course_deg: float | None
    trip: TripState
    box: int
    auto_advance: bool
    to_next_km: float | None
    cap: int | None
    cap_diff_deg: float | None  # the turn to the CAP: CAP minus course in (-180, 180], + = right
    waypoint: WaypointState | None
    validated: int
    missed: int
    waypoints_total: int
    zone: ZoneState | None
    neutral: NeutralState | None
    finished: bool
    events: tuple[NavEvent, ...]
    # Set when CAP and course are shown magnetic (degrees east); None: shown true.
    declination_deg: float | None = None

    @property
    def north_label(self) -> str:
        """``M`` when CAP and course are shown magnetic, ``T`` when true."""
        return north_label(self.declination_deg)

    @property
    def cap_shown(self) -> int | None:
        """The CAP in the shown reference, whole degrees 0–359."""
        return cap_shown(self.cap, self.declination_deg)

    @property
    def course_shown_deg(self) -> float | None:
        """The course over ground in the shown reference, degrees in [0, 360)."""
        return to_shown(self.course_deg, self.declination_deg)


@dataclass(frozen=True)
class WaypointResult:
    """How one waypoint went: status, closest approach (m) and time of validation."""

    box: Box
    waypoint: Waypoint
    status: WaypointStatus
    closest_m: float | None
    time: float | None


@dataclass(frozen=True)
class NavSnapshot:
    """What must survive a crash or power cut to resume a stage where it was."""

    total_km: float
    partial_km: float
    calibration_pct: float
    box: int
    auto_advance: bool
    statuses: tuple[str, ...]
    closest_m: tuple[float | None, ...]
    reached: int  # boxes 1..reached have been reached
    zone_start: int | None
    neutral_start: tuple[int, float] | None
    validated_time: tuple[float | None, ...]
    time: float
    driven_m: float = 0.0  # GPS distance driven (the waypoint order rule needs it)
    order_from_km: float = 0.0  # roadbook distance of the last validated waypoint
    order_from_driven_m: float = 0.0  # distance driven when it was validated
