"""NavState factories for drive-view tests: states a navigator could produce on a roadbook.

The values are consistent with the roadbook (``to_next_km`` from the box totals, CAP from the box,
waypoint counts from its waypoints), so screenshots look like a real stage.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from navapp.core.model import Fix, Roadbook, WaypointType
from navapp.core.navstate import (
    GpsState,
    NavState,
    NeutralState,
    TripState,
    WaypointState,
    WaypointStatus,
    ZoneState,
    cap_turn_deg,
)
from navapp.io.registry import read_roadbook
from navapp.paths import demo_roadbook as demo_path

# 2025-01-10 10:23:45 UTC; the stage started 1 h 23 min 45 s earlier.
T0 = 1_736_504_625.0
STAGE_START = T0 - 5025.0

NAVIGATION_TYPES = frozenset(
    {
        WaypointType.WPV,
        WaypointType.WPM,
        WaypointType.WPE,
        WaypointType.WPS,
        WaypointType.WPN,
        WaypointType.WPP,
        WaypointType.WPC,
        WaypointType.CP,
    }
)


@functools.cache
def demo_roadbook() -> Roadbook:
    """The bundled demo stage (39 boxes with SVG tulips and notes)."""
    return read_roadbook(demo_path())


def waypoints_total(rb: Roadbook) -> int:
    """How many boxes carry a waypoint that must be validated."""
    return sum(1 for b in rb.boxes if any(w.type in NAVIGATION_TYPES for w in b.waypoints))


def gps(
    time: float = T0, has_fix: bool = True, age_s: float = 1.0, satellites: int | None = 9
) -> GpsState:
    """A GPS feed whose last fix is ``age_s`` old at ``time``."""
    return GpsState(
        has_fix=has_fix,
        fix_time=time - age_s,
        satellites=satellites,
        hdop=0.9 if satellites else None,
        rejected=0,
    )


def waypoint(
    rb: Roadbook,
    box: int,
    status: WaypointStatus = WaypointStatus.OPEN,
    distance_m: float | None = 850.0,
    bearing_deg: float | None = 135.0,
    show_arrow: bool = True,
) -> WaypointState:
    """The navigation waypoint of ``box`` (1-based) in ``status``."""
    b = rb.boxes[box - 1]
    wp = next(w for w in b.waypoints if w.type in NAVIGATION_TYPES)
    return WaypointState(
        box=box,
        type=wp.type,
        name=wp.name,
        status=status,
        open_m=wp.open_m,
        clear_m=wp.clear_m,
        distance_m=distance_m,
        bearing_deg=bearing_deg,
        show_arrow=show_arrow,
        closest_m=distance_m,
    )


def zone(
    start_box: int, limit_kmh: float = 50.0, speed_kmh: float | None = 48.0, over: bool = False
) -> ZoneState:
    return ZoneState(
        start_box=start_box,
        end_box=None,
        limit_kmh=limit_kmh,
        tolerance_kmh=0.0,
        speed_kmh=speed_kmh,
        over=over,
    )


def neutral(start_box: int, duration_s: float = 600.0, elapsed_s: float = 327.4) -> NeutralState:
    return NeutralState(start_box=start_box, duration_s=duration_s, elapsed_s=elapsed_s)


def nav_state(
    rb: Roadbook,
    box: int,
    odo_km: float,
    *,
    partial_km: float | None = None,
    speed_kmh: float | None = 74.0,
    course_deg: float | None = 128.0,
    auto_advance: bool = True,
    wp: WaypointState | None = None,
    validated: int = 0,
    missed: int = 0,
    zone_state: ZoneState | None = None,
    neutral_state: NeutralState | None = None,
    time: float = T0,
    gps_state: GpsState | None = None,
) -> NavState:
    """The state at trip total ``odo_km`` with ``box`` (1-based) current."""
    b = rb.boxes[box - 1]
    to_next = rb.boxes[box].total_km - odo_km if box < len(rb.boxes) else None
    cap_diff = cap_turn_deg(b.cap, course_deg)
    g = gps_state if gps_state is not None else gps(time)
    fix = None
    if g.has_fix and b.lat is not None and b.lon is not None:
        fix = Fix(time, b.lat, b.lon, speed_kmh, course_deg)
    return NavState(
        time=time,
        fix=fix,
        gps=g,
        speed_kmh=speed_kmh,
        course_deg=course_deg,
        trip=TripState(
            total_km=odo_km,
            partial_km=odo_km - b.total_km if partial_km is None else partial_km,
            calibration_pct=0.0,
            units=rb.units,
        ),
        box=box,
        auto_advance=auto_advance,
        to_next_km=to_next,
        cap=b.cap,
        cap_diff_deg=cap_diff,
        waypoint=wp,
        validated=validated,
        missed=missed,
        waypoints_total=waypoints_total(rb),
        zone=zone_state,
        neutral=neutral_state,
        finished=False,
        events=(),
    )


def dunes_state(rb: Roadbook | None = None) -> NavState:
    """Demo stage, box 24 ("!! Enter dunes"), 1.12 km before WPS 5; five waypoints validated."""
    rb = rb or demo_roadbook()
    return nav_state(
        rb,
        24,
        7.47,
        course_deg=128.0,
        wp=waypoint(rb, 25, distance_m=1120.0, bearing_deg=135.0),
        validated=5,
    )


def village_over_state(rb: Roadbook | None = None) -> NavState:
    """Demo stage, box 18 in the Ksar Tamellalt 50 km/h zone, at 63 km/h."""
    rb = rb or demo_roadbook()
    return nav_state(
        rb,
        18,
        39.84,
        speed_kmh=63.0,
        course_deg=141.0,
        wp=waypoint(
            rb, 21, WaypointStatus.LOCKED, distance_m=4300.0, bearing_deg=110.0, show_arrow=False
        ),
        validated=3,
        zone_state=zone(17, 50.0, 63.0, over=True),
    )


def drive_along(
    rb: Roadbook, n: int, start_box: int = 2, step_km: float = 0.07
) -> Iterator[NavState]:
    """``n`` states 10 Hz apart driving from ``start_box`` (auto-advance on box totals)."""
    box = start_box
    odo = rb.boxes[box - 1].total_km
    for i in range(n):
        odo += step_km
        while (
            box < len(rb.boxes) and odo >= rb.boxes[box].total_km and not rb.boxes[box - 1].is_reset
        ):
            box += 1
        yield nav_state(
            rb,
            box,
            odo,
            speed_kmh=60.0 + (i % 20),
            course_deg=float((100 + 3 * i) % 360),
            time=T0 + 0.1 * i,
        )
