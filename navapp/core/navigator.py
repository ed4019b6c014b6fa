"""The navigator: a deterministic state machine from GPS fixes to what the co-driver sees.

``Navigator.update(fix)`` returns a :class:`NavState` with the events of that fix. There is no
clock, no thread and no I/O here: the drive view, ``navapp simulate`` and the tests drive the
same code. The work per fix does not grow with the track, and only logarithmically with the
roadbook (waypoint candidates come from a sorted index, not a scan).
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

import numpy as np

from navapp.core import geodesy
from navapp.core.declination import CapReference, declination_at_fix
from navapp.core.model import Box, Fix, Roadbook, Waypoint, WaypointType
from navapp.core.navstate import (
    EventType,
    GpsState,
    NavEvent,
    NavSnapshot,
    NavState,
    NeutralState,
    TripState,
    WaypointResult,
    WaypointState,
    WaypointStatus,
    ZoneState,
    cap_turn_deg,
)
from navapp.core.rules import rule_for
from navapp.core.tripmeter import GateSettings, StepResult, TripMeter
from navapp.core.wporder import OrderSettings, WaypointOrder, box_chainage_km
from navapp.core.zones import Neutralization, SpeedZone, neutralizations, speed_zones

_PENDING = (WaypointStatus.LOCKED, WaypointStatus.OPEN)
# Reports that are not positions yet, and not worth an event either.
_QUIET = (StepResult.REPEAT, StepResult.TENTATIVE, StepResult.STALE)
# Course from positions needs at least this much movement to mean anything.
_COURSE_MIN_M = 8.0


@dataclass(frozen=True)
class NavSettings:
    """Navigator behaviour a crew may change."""

    reset_on_validation: bool = True  # FIM 80.11.2: trip set to the box distance on validation
    zone_tolerance_kmh: float = 0.0
    walking_kmh: float = 5.0  # below this the course over ground is meaningless
    calibration_pct: float = 0.0
    gate: GateSettings = field(default_factory=GateSettings)
    order: OrderSettings = field(default_factory=OrderSettings)
    cap_reference: CapReference = field(default_factory=CapReference)


@dataclass
class _Wp:
    """One waypoint in the order it must be passed."""

    seq: int
    box: Box
    wp: Waypoint
    lat: float
    lon: float
    x: float
    y: float
    status: WaypointStatus = WaypointStatus.LOCKED
    closest_m: float = math.inf
    time: float | None = None


class Navigator:
    """Follows a roadbook from GPS fixes: trip meter, current box, waypoints, zones."""

    def __init__(self, roadbook: Roadbook, settings: NavSettings | None = None) -> None:
        self.roadbook = roadbook
        self.settings = settings or NavSettings()
        self.trip = TripMeter(self.settings.calibration_pct, self.settings.gate)
        boxes = roadbook.boxes
        self._boxes = boxes
        self._box = 1 if boxes else 0
        self._auto = True
        self._reached = 1 if boxes else 0  # boxes 1.._reached have been reached
        self._build_waypoints()
        self._zones = speed_zones(boxes)
        self._zone_ptr = 0  # the next zone not yet entered
        self._zone: SpeedZone | None = None
        self._over = False
        self._neutrals: tuple[Neutralization, ...] = neutralizations(boxes)
        self._neutral_ptr = 0  # the next neutralisation not yet started
        self._neutral: tuple[int, float] | None = None  # (DN box, start time)
        self._finished = False
        self._events: list[NavEvent] = []
        self._last_fix: Fix | None = None
        self._has_fix = False
        self._fix_time: float | None = None
        self._rejected = 0
        self._time = math.nan
        self._speed: float | None = None
        self._course: float | None = None
        self._state = self._make_state()

    # --- set-up --------------------------------------------------------------------------------

    def _build_waypoints(self) -> None:
        placed = [(b, w) for b in self._boxes if b.has_position for w in b.waypoints]
        chainage = box_chainage_km(self._boxes)
        self._order = WaypointOrder([chainage[b.index - 1] for b, _ in placed], self.settings.order)
        self._wps: list[_Wp] = []
        self._next_seq = 0  # waypoints before this one are validated or missed
        self._counts = {WaypointStatus.VALIDATED: 0, WaypointStatus.MISSED: 0}
        if not placed:
            self._proj = None
            self._by_x: list[tuple[float, int]] = []
            self._search_m = 0.0
            return
        lat = np.array([b.lat for b, _ in placed], dtype=np.float64)
        lon = np.array([b.lon for b, _ in placed], dtype=np.float64)
        self._proj = geodesy.LocalProjection.around(lat, lon)
        xs, ys = self._proj.to_xy(lat, lon)
        for i, ((b, w), la, lo, x, y) in enumerate(
            zip(placed, lat.tolist(), lon.tolist(), xs.tolist(), ys.tolist(), strict=True)
        ):
            self._wps.append(_Wp(i, b, w, la, lo, x, y))
        self._by_x = sorted((w.x, w.seq) for w in self._wps)
        clears = [w.wp.clear_m or 0.0 for w in self._wps]
        # The plane is exact only near its centre: search generously, then judge geodesically.
        self._search_m = max(clears) * 1.02 + 50.0

    # --- public API ----------------------------------------------------------------------------

    @property
    def state(self) -> NavState:
        """The state after the last update or command."""
        return self._state

    def update(self, fix: Fix) -> NavState:
        """Take one GPS report and return the new state with its events."""
        self._events = []
        if math.isfinite(fix.time):
            self._time = fix.time
        step = self.trip.feed(fix)
        if step.result is StepResult.NO_FIX:
            if self._has_fix:
                self._emit(EventType.FIX_LOST, None, None)
            self._has_fix = False
            self._speed = None
            self._course = None
            return self._finish_update(fix)
        if not self._has_fix and self._last_fix is not None:
            self._emit(EventType.FIX_REGAINED, None, None)
        self._has_fix = True
        if not step.accepted:
            if step.result not in (StepResult.TENTATIVE, StepResult.STALE):
                self._rejected += 1
            if step.result not in _QUIET:
                self._emit(EventType.FIX_REJECTED, None, None, step.result.value)
            return self._finish_update(fix)
        driven = self.trip.driven_m - step.step_m
        for position in step.positions:
            # Positions confirmed together (a first fix, a relocation) are judged in turn.
            driven += position.counted_m
            pos = position.fix
            previous = self._last_fix if position.joined else None
            self._fix_time = pos.time if math.isfinite(pos.time) else self._fix_time
            self._last_fix = pos
            self._measure_motion(pos)
            self._check_waypoints(previous, pos, driven)
        self._advance_boxes()
        self._check_zones()
        return self._finish_update(fix)

    def adjust(self, delta_km: float) -> NavState:
        """± correction of the trip meter."""
        self._events = []
        self.trip.adjust(delta_km)
        self._advance_boxes()
        return self._finish_update(self._last_fix)

    def reset_partial(self) -> NavState:
        self.trip.reset_partial()
        return self._command()

    def set_total_to_box(self) -> NavState:
        """Set the trip total to the current box's printed distance."""
        if self._box:
            self.trip.set_total(self._boxes[self._box - 1].total_km)
        return self._command()

    def set_calibration(self, pct: float) -> NavState:
        self.trip.calibration_pct = pct
        return self._command()

    def show_box(self, index: int) -> NavState:
        """Scroll by hand to a box: auto-advance pauses until :meth:`resume_auto`."""
        if self._boxes:
            self._box = min(max(index, 1), len(self._boxes))
            self._auto = False
        return self._command()

    def step_box(self, delta: int) -> NavState:
        """Scroll by hand one or more boxes forward (positive) or back."""
        return self.show_box(self._box + delta)

    def resume_auto(self) -> NavState:
        """Re-enable auto-advance: the current box follows the trip meter again."""
        self._auto = True
        self._box = self._reached
        return self._command()

    def finish(self) -> NavState:
        """End of the drive: waypoints never reached are missed, an open zone is left."""
        self._events = []
        for w in self._wps:
            if w.status in _PENDING:
                self._set_status(w, WaypointStatus.MISSED)
        self._leave_zone()
        self._finished = True
        return self._finish_update(self._last_fix)

    # --- crash recovery ------------------------------------------------------------------------

    def snapshot(self) -> NavSnapshot:
        """The state to save so the stage can resume after a crash."""
        return NavSnapshot(
            total_km=self.trip.total_km,
            partial_km=self.trip.partial_km,
            calibration_pct=self.trip.calibration_pct,
            box=self._box,
            auto_advance=self._auto,
            statuses=tuple(w.status.value for w in self._wps),
            closest_m=tuple(w.closest_m if math.isfinite(w.closest_m) else None for w in self._wps),
            reached=self._reached,
            zone_start=self._zone.start_box if self._zone else None,
            neutral_start=self._neutral,
            validated_time=tuple(w.time for w in self._wps),
            time=self._time,
            driven_m=self.trip.driven_m,
            order_from_km=self._order.from_km,
            order_from_driven_m=self._order.from_driven_m,
        )

    def restore(self, snap: NavSnapshot) -> NavState:
        """Resume from a snapshot of the same roadbook."""
        if len(snap.statuses) != len(self._wps):
            raise ValueError("snapshot belongs to another roadbook")
        self.trip.total_km = snap.total_km
        self.trip.partial_km = snap.partial_km
        self.trip.calibration_pct = snap.calibration_pct
        self.trip.driven_m = snap.driven_m
        self._order.from_km = snap.order_from_km
        self._order.from_driven_m = snap.order_from_driven_m
        self.trip.forget_position()
        self._box = min(max(snap.box, 0), len(self._boxes))
        self._auto = snap.auto_advance
        for w, name, closest, t in zip(
            self._wps, snap.statuses, snap.closest_m, snap.validated_time, strict=True
        ):
            w.status = WaypointStatus(name)
            w.closest_m = math.inf if closest is None else closest
            w.time = t
        self._reached = min(max(snap.reached, 0), len(self._boxes))
        self._next_seq = next((w.seq for w in self._wps if w.status in _PENDING), len(self._wps))
        for counted in self._counts:
            self._counts[counted] = sum(w.status is counted for w in self._wps)
        reached = self._reached
        self._zone = next((z for z in self._zones if z.start_box == snap.zone_start), None)
        self._zone_ptr = sum(z.start_box <= reached for z in self._zones)
        self._neutral = snap.neutral_start
        self._neutral_ptr = sum(n.start_box <= reached for n in self._neutrals)
        self._time = snap.time
        self._last_fix = None
        return self._command()

    # --- per fix -------------------------------------------------------------------------------

    def _measure_motion(self, fix: Fix) -> None:
        speed = fix.speed_kmh
        course = fix.course_deg
        # Else positions a few seconds apart, as the trip meter measures them: fix-to-fix
        # steps would add the receiver's noise to the speed.
        motion = self.trip.motion
        if speed is None:
            speed = motion.speed_kmh
        if course is None and motion.moved_m >= _COURSE_MIN_M:
            course = motion.course_deg
        self._speed = speed
        self._course = course if speed is not None and speed >= self.settings.walking_kmh else None

    def _candidates(self, a: Fix, b: Fix) -> list[_Wp]:
        """Waypoints near the step from ``a`` to ``b`` (a superset; judged exactly later)."""
        if self._proj is None:
            return []
        (xa, ya), (xb, yb) = self._proj.to_xy(a.lat, a.lon), self._proj.to_xy(b.lat, b.lon)
        r = self._search_m
        lo = bisect.bisect_left(self._by_x, (min(xa, xb) - r, -1))
        hi = bisect.bisect_right(self._by_x, (max(xa, xb) + r, len(self._wps)))
        y0, y1 = min(ya, yb) - r, max(ya, yb) + r
        found = [self._wps[seq] for _x, seq in self._by_x[lo:hi]]
        return sorted((w for w in found if y0 <= w.y <= y1), key=lambda w: w.seq)

    def _check_waypoints(self, previous: Fix | None, fix: Fix, driven_m: float) -> None:
        a = previous if previous is not None else fix
        inside = []
        for w in self._candidates(a, fix):
            if w.status is WaypointStatus.MISSED:  # it keeps the closest approach that missed it
                continue
            # Measured on after validation too: the crew gets closer than where it validated.
            closest = geodesy.closest_on_step(w.lat, w.lon, a.lat, a.lon, fix.lat, fix.lon)
            w.closest_m = min(w.closest_m, closest)
            if w.status in _PENDING and w.wp.clear_m is not None and closest <= w.wp.clear_m:
                inside.append(w)
        # The first of them that the crew can have reached in order validates, then again:
        # validating one may let another (of the same box) follow on the same step.
        while True:
            ready = next(
                (
                    w
                    for w in inside
                    if w.status in _PENDING and self._order.may_validate(w.seq, driven_m)
                ),
                None,
            )
            if ready is None:
                break
            self._validate(ready, fix)
            self._order.validated(ready.seq, driven_m)
        nxt = self._next_wp()
        if nxt is not None:
            # The next waypoint's closest approach is kept even when it is far (for the
            # summary of a miss), at the cost of one more step check per fix.
            closest = geodesy.closest_on_step(nxt.lat, nxt.lon, a.lat, a.lon, fix.lat, fix.lon)
            nxt.closest_m = min(nxt.closest_m, closest)
            locked = nxt.status is WaypointStatus.LOCKED
            if locked and self._shows_arrow(nxt, self._distance_to(nxt)):
                self._set_status(nxt, WaypointStatus.OPEN)

    def _validate(self, w: _Wp, fix: Fix) -> None:
        for earlier in self._wps[self._next_seq : w.seq]:
            # Waypoints of the same box (a DZ with a WPM, different radii) may still be passed.
            if earlier.status in _PENDING and earlier.box.index < w.box.index:
                self._set_status(earlier, WaypointStatus.MISSED)
        w.time = fix.time
        self._set_status(w, WaypointStatus.VALIDATED)
        if self.settings.reset_on_validation:
            # The waypoint says exactly where the crew is: the trip meter and the boxes it had
            # reached (maybe ahead, maybe behind) follow it.
            box = w.box
            # At a reset box the printed total is before the reset; the meter goes on after it.
            km = box.reset_km if box.reset_km is not None else box.total_km
            km += self._along_to(w, fix)
            self.trip.set_total(km)
            self._emit(EventType.TRIP_RESET, box.index, None, f"set to {km:.2f} km")
            self._reached = min(self._reached, w.box.index)
        self._reach_box(w.box.index)
        if w.wp.type is WaypointType.ASS:
            self._finished = True

    def _along_to(self, w: _Wp, fix: Fix) -> float:
        """Km the crew is past (+) or short of (−) the waypoint, along its course.

        Validation happens on entering the clear circle, up to its radius before the box:
        the trip meter is set to where the crew is, not to where the box is.
        """
        if self._course is None:
            return 0.0
        bearing, dist = geodesy.inverse(fix.lat, fix.lon, w.lat, w.lon)
        along = dist * math.cos(math.radians(bearing - self._course))
        return -along / 1000.0

    def _set_status(self, w: _Wp, status: WaypointStatus) -> None:
        w.status = status
        kind = {
            WaypointStatus.OPEN: EventType.WP_OPEN,
            WaypointStatus.VALIDATED: EventType.WP_VALIDATED,
            WaypointStatus.MISSED: EventType.WP_MISSED,
        }[status]
        self._emit(kind, w.box.index, _wp_label(w.wp))
        if status in self._counts:
            self._counts[status] += 1
            wps = self._wps
            while self._next_seq < len(wps) and wps[self._next_seq].status not in _PENDING:
                self._next_seq += 1

    def _next_wp(self) -> _Wp | None:
        return self._wps[self._next_seq] if self._next_seq < len(self._wps) else None

    def _shows_arrow(self, w: _Wp, dist: float | None) -> bool:
        """Whether the rules of the waypoint's type let the screen show arrow and distance,
        ``dist`` metres from it (None: no fix yet)."""
        shows = rule_for(w.wp.type).shows
        if shows == "always":
            return True
        if shows in ("never", "none"):
            return False
        inside = w.wp.open_m is not None and dist is not None and dist <= w.wp.open_m
        if shows == "after_previous_or_inside_open":
            prev = self._wps[w.seq - 1] if w.seq else None
            return inside or prev is None or prev.status is WaypointStatus.VALIDATED
        return inside

    def _distance_to(self, w: _Wp) -> float | None:
        fix = self._last_fix
        if fix is None:
            return None
        return geodesy.distance_m(fix.lat, fix.lon, w.lat, w.lon)

    # --- boxes, zones, neutralisations ---------------------------------------------------------

    def _advance_boxes(self) -> None:
        boxes = self._boxes
        last = self._reached
        while last < len(boxes) and self.trip.total_km >= boxes[last].total_km:
            nxt = boxes[last]
            self._reach_box(nxt.index)
            last = nxt.index

    def _reach_box(self, index: int) -> None:
        """The trip meter or a waypoint says the crew is at box ``index`` (and all before)."""
        before = self._reached
        if index <= before:
            if self._auto and index == before and self._box != index:
                self._box = index
                self._emit(EventType.BOX, index, None)
            return
        for i in range(before + 1, index + 1):
            self._reached = i
            box = self._boxes[i - 1]
            if box.reset_km is not None:
                self.trip.set_total(box.reset_km)
                self._emit(EventType.TRIP_RESET, i, None, f"reset to {box.reset_km:g}")
        if self._auto:
            self._box = index
            self._emit(EventType.BOX, index, None)

    def _check_zones(self) -> None:
        reached = self._reached
        zone = self._zone
        if zone is not None and zone.end_box is not None and reached >= zone.end_box:
            self._leave_zone()
        if self._zone is None and self._zone_ptr < len(self._zones):
            z = self._zones[self._zone_ptr]
            if z.start_box <= reached:
                self._zone_ptr += 1
                if z.end_box is None or reached < z.end_box:
                    self._zone = z
                    self._emit(EventType.ZONE_ENTER, z.start_box, f"DZ {z.limit_kmh:g}")
        if self._zone is not None and self._speed is not None:
            over = self._speed > self._zone.limit_kmh + self.settings.zone_tolerance_kmh
            if over != self._over:
                self._over = over
                kind = EventType.OVERSPEED_START if over else EventType.OVERSPEED_END
                self._emit(kind, self._zone.start_box, None, f"{self._speed:.1f} km/h")
        self._check_neutral(reached)

    def _leave_zone(self) -> None:
        if self._zone is None:
            return
        if self._over:
            self._over = False
            self._emit(EventType.OVERSPEED_END, self._zone.start_box, None)
        self._emit(EventType.ZONE_EXIT, self._zone.end_box, None)
        self._zone = None

    def _check_neutral(self, reached: int) -> None:
        if self._neutral is None and self._neutral_ptr < len(self._neutrals):
            dn = self._neutrals[self._neutral_ptr]
            if dn.start_box <= reached:
                self._neutral_ptr += 1
                self._neutral = (dn.start_box, self._time)
                self._emit(EventType.NEUTRAL_START, dn.start_box, None, f"{dn.duration_s} s")
        if self._neutral is not None:
            start, t0 = self._neutral
            end = self._neutrals[self._neutral_ptr - 1].end_box
            if end is not None and reached >= end:
                duration = self._boxes[start - 1].neutralization_s or 0
                elapsed = self._time - t0
                early = elapsed < duration
                detail = f"left {duration - elapsed:.0f} s early" if early else "on time"
                self._emit(EventType.NEUTRAL_END, end, None, detail)
                self._neutral = None

    # --- state ---------------------------------------------------------------------------------

    def _emit(self, kind: EventType, box: int | None, name: str | None, detail: str = "") -> None:
        self._events.append(NavEvent(self._time, kind, box, name, self.trip.total_km, detail))

    def _command(self) -> NavState:
        self._events = []
        return self._finish_update(self._last_fix)

    def _finish_update(self, fix: Fix | None) -> NavState:
        self._state = self._make_state(fix)
        return self._state

    def _make_state(self, fix: Fix | None = None) -> NavState:
        boxes = self._boxes
        box = boxes[self._box - 1] if self._box else None
        nxt = boxes[self._box] if self._box and self._box < len(boxes) else None
        to_next = nxt.total_km - self.trip.total_km if nxt is not None else None
        cap = box.cap if box else None
        validated = self._counts[WaypointStatus.VALIDATED]
        missed = self._counts[WaypointStatus.MISSED]
        return NavState(
            time=self._time,
            fix=fix,
            gps=GpsState(
                has_fix=self._has_fix,
                fix_time=self._fix_time,
                satellites=fix.satellites if fix else None,
                hdop=fix.hdop if fix else None,
                rejected=self._rejected,
            ),
            speed_kmh=self._speed,
            course_deg=self._course,
            trip=TripState(
                self.trip.total_km,
                self.trip.partial_km,
                self.trip.calibration_pct,
                self.roadbook.units,
            ),
            box=self._box,
            auto_advance=self._auto,
            to_next_km=to_next,
            cap=cap,
            cap_diff_deg=cap_turn_deg(cap, self._course),
            waypoint=self._waypoint_state(),
            validated=validated,
            missed=missed,
            waypoints_total=len(self._wps),
            zone=self._zone_state(),
            neutral=self._neutral_state(),
            finished=self._finished,
            events=tuple(self._events),
            declination_deg=declination_at_fix(
                self.settings.cap_reference, fix or self._last_fix, self._fix_time
            ),
        )

    def _waypoint_state(self) -> WaypointState | None:
        w = self._next_wp()
        if w is None:
            return None
        fix = self._last_fix
        dist = bearing = None
        if fix is not None:
            bearing, dist = geodesy.inverse(fix.lat, fix.lon, w.lat, w.lon)
        show = self._shows_arrow(w, dist) and fix is not None
        return WaypointState(
            box=w.box.index,
            type=w.wp.type,
            name=w.wp.name,
            status=w.status,
            open_m=w.wp.open_m,
            clear_m=w.wp.clear_m,
            distance_m=dist,
            bearing_deg=bearing,
            show_arrow=show,
            closest_m=w.closest_m if math.isfinite(w.closest_m) else None,
        )

    def _zone_state(self) -> ZoneState | None:
        z = self._zone
        if z is None:
            return None
        return ZoneState(
            z.start_box,
            z.end_box,
            z.limit_kmh,
            self.settings.zone_tolerance_kmh,
            self._speed,
            self._over,
        )

    def _neutral_state(self) -> NeutralState | None:
        if self._neutral is None:
            return None
        start, t0 = self._neutral
        duration = float(self._boxes[start - 1].neutralization_s or 0)
        elapsed = self._time - t0 if math.isfinite(self._time - t0) else 0.0
        return NeutralState(start, duration, elapsed)

    def waypoint_results(self) -> list[WaypointResult]:
        """Every waypoint in the order it must be passed, as it stands now."""
        return [
            WaypointResult(
                w.box, w.wp, w.status, w.closest_m if math.isfinite(w.closest_m) else None, w.time
            )
            for w in self._wps
        ]


def _wp_label(wp: Waypoint) -> str:
    return f"{wp.type.label} {wp.name}".strip()
