"""Post-stage review: a recorded track against its roadbook, all at once, vectorised.

Waypoints follow the navigator's rules exactly (validation judged on the path between fixes,
a later box's waypoint misses the earlier pending ones), so ``navapp simulate`` and
``navapp review`` agree; the work is done on whole arrays, with a sorted index to find the few
track points near each waypoint.
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass, field, replace
from functools import cache

import numpy as np
import numpy.typing as npt

from navapp.core import geodesy
from navapp.core.fixpath import FixPath, fix_path
from navapp.core.i18n import translate
from navapp.core.model import Box, Roadbook, Track, Waypoint
from navapp.core.navstate import WaypointStatus
from navapp.core.review_model import (
    NeutralReview,
    OffRoute,
    Review,
    ReviewSummary,
    Section,
    Stop,
    Violation,
    WaypointOutcome,
    ZoneReview,
)
from navapp.core.route_fit import route_fit
from navapp.core.tripmeter import GateSettings
from navapp.core.wporder import OrderSettings, WaypointOrder, box_chainage_km
from navapp.core.zones import neutralizations, speed_zones
from navapp.errors import NavappError
from navapp.paths import resources_dir

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


class ReviewError(NavappError, ValueError):
    """The roadbook or track cannot be reviewed (the message says why, in one line)."""


@dataclass(frozen=True)
class PenaltyProfile:
    """Speeding penalties: seconds per km/h over, by offence number; exclusion at an offence."""

    name: str
    per_kmh_s: tuple[float, ...]
    exclusion_at: int | None

    def penalty(self, offence: int, over_kmh: float) -> float:
        """Seconds for the ``offence``-th violation (1-based) ``over_kmh`` above the limit."""
        if self.exclusion_at is not None and offence >= self.exclusion_at:
            return math.inf
        rate = self.per_kmh_s[min(offence, len(self.per_kmh_s)) - 1]
        return rate * math.ceil(max(over_kmh, 0.0) - 1e-9)


@cache
def penalty_profiles() -> dict[str, PenaltyProfile]:
    """The penalty profiles shipped in ``resources/rules/penalties.json``."""
    raw = json.loads((resources_dir() / "rules" / "penalties.json").read_text("utf-8"))
    return {
        name: PenaltyProfile(name, tuple(float(x) for x in p["per_kmh_s"]), p["exclusion_at"])
        for name, p in raw["profiles"].items()
    }


def default_penalties() -> PenaltyProfile:
    return penalty_profiles()["dakar-2005"]


@dataclass(frozen=True)
class ReviewSettings:
    """What the review judges against."""

    off_route_m: float = 200.0
    tolerance_kmh: float = 0.0
    speed_window_s: float = 5.0  # speeds from positions are measured across this window
    stop_kmh: float = 2.0
    min_stop_s: float = 10.0
    max_speed_kmh: float = 300.0  # steps implying more are GPS jumps, as for the navigator
    order: OrderSettings = field(default_factory=OrderSettings)  # as the navigator's
    penalties: PenaltyProfile = field(default_factory=default_penalties)


def review(roadbook: Roadbook, track: Track, settings: ReviewSettings | None = None) -> Review:
    """Review ``track`` against ``roadbook``."""
    s = settings or ReviewSettings()
    if len(track) == 0:
        raise ReviewError(translate("Review", "the track has no points"))
    if not roadbook.has_coordinates:
        raise ReviewError(
            translate(
                "Review",
                "review needs box coordinates, and this roadbook has none "
                "(its waypoints are all at 0,0, like the official OpenRally example)",
            )
        )
    # A logger whose clock stood still: its times say nothing, the positions still do.
    track, frozen = track.without_frozen_times()
    notes: list[str] = []
    path = fix_path(track, replace(GateSettings(), max_speed_kmh=s.max_speed_kmh))
    if path.left_out.total:
        notes.append(path.left_out.describe())
    if len(path) == 0:
        raise ReviewError(
            translate("Review", "the track has no usable positions ({left_out})").format(
                left_out=path.left_out.describe()
            )
        )
    has_time = bool(np.isfinite(path.t).any())
    if not has_time:
        notes.append(
            frozen
            or translate(
                "Review",
                "the track has no times: speeds, zones, stops and section times need them",
            )
        )
    speed = _speeds(track, path, s.speed_window_s)

    route_lat, route_lon, has_route = _route(roadbook)
    if not has_route:
        notes.append(
            translate(
                "Review",
                "the roadbook has no route line: boxes are joined straight, off-route skipped",
            )
        )
    line = _route_line(route_lat, route_lon)
    # One projection of the whole track serves the waypoint search and the route.
    xy = line.projection.to_xy(path.lat, path.lon)
    waypoints = _waypoints(roadbook, path, line.projection, xy, s.order)
    located = line.locate(path.lat, path.lon, xy=xy, planar_offset=True)
    passage = _passages(roadbook, line, located.chainage_m, located.offset_m, xy)
    if np.all(located.offset_m > s.off_route_m):
        notes.append(
            translate(
                "Review",
                "the track never comes within {distance} m of the route: is it the right roadbook?",
            ).format(distance=f"{s.off_route_m:.0f}")
        )
    zones = _zones(roadbook, path, speed, passage, s) if has_time else ()
    off_route = _off_route(path, located.offset_m, s.off_route_m) if has_route else ()
    sections = _sections(roadbook, path, speed, passage)
    stops = _stops(path, speed, passage, s) if has_time else ()
    neutral = _neutralizations(roadbook, path, passage) if has_time else ()
    violations = [v for z in zones for v in z.violations]
    penalty = sum(v.penalty_s for v in violations)
    finite_t = path.t[np.isfinite(path.t)]
    summary = ReviewSummary(
        driven_km=float(path.cum_m[-1]) / 1000.0,
        elapsed_s=float(finite_t[-1] - finite_t[0]) if finite_t.size else None,
        validated=sum(w.status is WaypointStatus.VALIDATED for w in waypoints),
        missed=sum(w.status is WaypointStatus.MISSED for w in waypoints),
        violations=len(violations),
        penalty_s=float(penalty),
        excluded=math.isinf(penalty),
    )
    fit = route_fit(located.chainage_m, located.offset_m, line.length_m)
    if fit.warning is not None:
        notes.append(fit.warning)
    speed_all = np.full(len(track), np.nan)
    speed_all[path.idx] = speed
    return Review(
        track_name=track.name,
        waypoints=tuple(waypoints),
        zones=zones,
        off_route=off_route,
        sections=sections,
        stops=stops,
        neutralizations=neutral,
        box_times=tuple(_time_at(path, p) for p in passage.tolist()),
        box_index=tuple(int(path.idx[p]) if p >= 0 else -1 for p in passage.tolist()),
        summary=summary,
        notes=tuple(notes),
        speed_kmh=speed_all,
        fit=fit,
    )


# The route line last reviewed on, by its points: a field of crews on one stage (a worker
# reviewing crew after crew) sets up its projection, tree and grid once.
_last_line: tuple[bytes, geodesy.RouteGeometry] | None = None


def _route_line(lat: FloatArray, lon: FloatArray) -> geodesy.RouteGeometry:
    global _last_line
    key = lat.tobytes() + lon.tobytes()
    if _last_line is not None and _last_line[0] == key:
        return _last_line[1]
    line = geodesy.RouteGeometry(lat, lon)
    _last_line = (key, line)
    return line


def _speeds(track: Track, path: FixPath, window_s: float) -> FloatArray:
    """Speed at each usable point: the log's own, else the displacement across a window."""
    n = path.idx.size
    speed = np.full(n, np.nan) if track.speed is None else track.speed[path.idx].copy()
    # Only where the log has no speed of its own (all of a log without speeds).
    need = np.nonzero(~np.isfinite(speed))[0]
    t = path.t
    if need.size and np.isfinite(t).sum() > 1:
        # Straight displacement over a few seconds: fix-to-fix steps carry the receiver noise.
        tt = np.maximum.accumulate(np.where(np.isfinite(t), t, -np.inf))
        lo = np.searchsorted(tt, tt[need] - window_s / 2, side="left")
        hi = np.clip(np.searchsorted(tt, tt[need] + window_s / 2, side="right") - 1, 0, n - 1)
        _az, d = geodesy.inverse_arrays(path.lat[lo], path.lon[lo], path.lat[hi], path.lon[hi])
        with np.errstate(divide="ignore", invalid="ignore"):
            speed[need] = np.where(tt[hi] > tt[lo], d / (tt[hi] - tt[lo]) * 3.6, np.nan)
    return speed


def _time_at(path: FixPath, p: int) -> float | None:
    if p < 0:
        return None
    t = float(path.t[p])
    return t if math.isfinite(t) else None


# --- waypoints -----------------------------------------------------------------------------------


@dataclass
class _Hit:
    box: Box
    wp: Waypoint
    lat: float
    lon: float
    inside: IntArray  # positions whose arrival puts the path inside the clear radius, in order
    closest_m: float
    closest_point: int  # position nearest the closest approach


def _waypoints(
    roadbook: Roadbook,
    path: FixPath,
    proj: geodesy.LocalProjection,
    xy: tuple[FloatArray, FloatArray],
    order: OrderSettings,
) -> list[WaypointOutcome]:
    placed = [(b, w) for b in roadbook.boxes if b.has_position for w in b.waypoints]
    if not placed:
        return []
    px, py = xy
    order_x = np.argsort(px, kind="stable")
    sx = px[order_x]
    longest = float(path.step_m.max()) if path.step_m.size else 0.0
    hits = []
    for box, wp in placed:
        assert box.lat is not None and box.lon is not None
        hits.append(_hit(box, wp, box.lat, box.lon, path, proj, px, py, order_x, sx, longest))
    chainage = box_chainage_km(roadbook.boxes)
    rule = WaypointOrder([chainage[h.box.index - 1] for h in hits], order)
    return _resolve(hits, path, rule)


def _hit(
    box: Box,
    wp: Waypoint,
    lat: float,
    lon: float,
    path: FixPath,
    proj: geodesy.LocalProjection,
    px: FloatArray,
    py: FloatArray,
    order: IntArray,
    sx: FloatArray,
    longest: float,
) -> _Hit:
    """Where the path is inside the waypoint's clear circle, and its closest approach.

    As the navigator judges it: each position with the step that brought it there (a first
    position, or one after a relocation, on its own).
    """
    n = len(path)
    wx, wy = proj.to_xy(lat, lon)
    clear = wp.clear_m or 0.0
    # Positions near enough for a step to or from them to pass inside the circle: a generous
    # box in the plane (exact only near its centre), then an exact geodesic judgement.
    r = clear * 1.02 + 50.0 + longest
    lo, hi = np.searchsorted(sx, [wx - r, wx + r])
    near = order[lo:hi]
    near = near[np.abs(py[near] - wy) <= r]
    if near.size == 0:
        # Far from everything: the closest approach over the whole path. The plane is within a
        # fraction of a percent of the ellipsoid up to 1000 km out, so only points it puts within
        # 2 % of its closest can be the closest: only those are measured geodesically.
        planar = np.hypot(px - wx, py - wy)
        maybe = np.nonzero(planar <= float(planar.min()) * 1.02 + 10.0)[0]
        m = maybe.size
        _az, d = geodesy.inverse_arrays(
            np.full(m, lat), np.full(m, lon), path.lat[maybe], path.lon[maybe]
        )
        j = int(np.argmin(d))
        return _Hit(box, wp, lat, lon, np.zeros(0, dtype=np.int64), float(d[j]), int(maybe[j]))
    ends = np.unique(np.clip(np.concatenate([near, near + 1]), 0, n - 1))
    starts = np.where(path.joined[ends], np.maximum(ends - 1, 0), ends)
    dist = geodesy.closest_on_steps(
        lat, lon, path.lat[starts], path.lon[starts], path.lat[ends], path.lon[ends]
    )
    k = int(np.argmin(dist))
    return _Hit(box, wp, lat, lon, ends[dist <= clear], float(dist[k]), int(starts[k]))


def _resolve(hits: list[_Hit], path: FixPath, rule: WaypointOrder) -> list[WaypointOutcome]:
    """Validated or missed, in order, exactly as the navigator decides position by position.

    Nothing changes between the positions where some waypoint's clear circle is entered, so
    only those are visited: at each step the earliest position where a pending waypoint is
    inside and :class:`~navapp.core.wporder.WaypointOrder` allows it validates it (the lowest
    in sequence first); the pending waypoints of earlier boxes are then missed.
    """
    validated_at: list[int | None] = [None] * len(hits)
    pending = [True] * len(hits)
    cum = path.cum_m
    now = 0
    while True:
        best: tuple[int, int] | None = None
        for k, h in enumerate(hits):
            if not pending[k] or h.inside.size == 0:
                continue
            ins = h.inside[np.searchsorted(h.inside, now, side="left") :]
            if ins.size == 0:
                continue
            # The distance driven only grows: the first position far enough along is found
            # by a search.
            j = int(np.searchsorted(cum[ins], rule.needed_m(k) - 1e-6, side="left"))
            if j < ins.size and (best is None or int(ins[j]) < best[0]):
                best = (int(ins[j]), k)
        if best is None:
            break
        p, k = best
        for e in range(k):
            if pending[e] and hits[e].box.index < hits[k].box.index:
                pending[e] = False  # missed
        pending[k] = False
        validated_at[k] = p
        rule.validated(k, float(cum[p]))
        now = p
    out = []
    for h, v in zip(hits, validated_at, strict=True):
        when = None
        if v is not None:
            t = float(path.t[v])
            when = t if math.isfinite(t) else None
        out.append(
            WaypointOutcome(
                box=h.box.index,
                type=h.wp.type,
                name=h.wp.name,
                status=WaypointStatus.VALIDATED if v is not None else WaypointStatus.MISSED,
                closest_m=h.closest_m,
                time=when,
                closest_index=int(path.idx[h.closest_point]),
                lat=h.lat,
                lon=h.lon,
                open_m=h.wp.open_m,
                clear_m=h.wp.clear_m,
            )
        )
    return out


# --- along the route -----------------------------------------------------------------------------


def _route(roadbook: Roadbook) -> tuple[FloatArray, FloatArray, bool]:
    if roadbook.route is not None and len(roadbook.route) >= 2:
        return roadbook.route.lat, roadbook.route.lon, True
    placed = [b for b in roadbook.boxes if b.has_position]
    lat = np.array([b.lat for b in placed], dtype=np.float64)
    lon = np.array([b.lon for b in placed], dtype=np.float64)
    if lat.size < 2:
        # One positioned box: a tiny line through it keeps the geometry code simple.
        lat = np.array([lat[0], lat[0] + 1e-6])
        lon = np.array([lon[0], lon[0]])
    return lat, lon, False


# Points farther than this from the route line do not move the crew along it.
_PASSAGE_RANGE_M = 2000.0
# A box is passed where the track drives the route line by it: a liaison on a road alongside the
# route (within the range above) must not pass the stage's first boxes before its DSS.
_PASSAGE_ON_ROUTE_M = 200.0
# Fixes this much farther from a box than the closest one are as good as it.
_PASSAGE_JITTER_M = 10.0


def _passages(
    roadbook: Roadbook,
    line: geodesy.RouteGeometry,
    chainage: FloatArray,
    offset: FloatArray,
    xy: tuple[FloatArray, FloatArray],
) -> IntArray:
    """The usable-point index where each box is passed (-1: never, or no position).

    A box is passed when the furthest point reached along the route, on the route line, first
    gets to it; a shortcut off the route still passes the boxes it skips when it rejoins the
    route. Once there, the box is passed at the track's closest approach to it while still
    near it (arriving at a DSS from the side gets within range of the route's start before it
    reaches the box). Boxes the track never reaches on the line are passed when the furthest
    point within range of the route gets to them (a track driven beside a badly drawn route),
    never before an earlier box; a track elsewhere passes none.
    """
    out = np.full(len(roadbook.boxes), -1, dtype=np.int64)
    placed = [b for b in roadbook.boxes if b.has_position]
    if not placed:
        return out
    lat = np.array([b.lat for b in placed], dtype=np.float64)
    lon = np.array([b.lon for b in placed], dtype=np.float64)
    box_c = line.locate(lat, lon).chainage_m
    on_line = np.maximum.accumulate(np.where(offset <= _PASSAGE_ON_ROUTE_M, chainage, -np.inf))
    near = np.maximum.accumulate(np.where(offset <= _PASSAGE_RANGE_M, chainage, -np.inf))
    # Within a few metres counts: a box at the very end of the route is reached by arriving.
    first = np.searchsorted(on_line, box_c - 5.0, side="left")
    loose = np.searchsorted(near, box_c - 5.0, side="left")
    first = np.where(first < on_line.size, first, loose)
    first = np.where(first < on_line.size, first, -1)
    bx, by = line.projection.to_xy(lat, lon)
    for k, p in enumerate(first.tolist()):
        if p >= 0:
            first[k] = _closest_while_near(xy, p, float(bx[k]), float(by[k]))
    # In route order: a box is not passed before the one printed before it.
    passed = first >= 0
    if passed.any():
        first[passed] = np.maximum.accumulate(first[passed])
    for b, p in zip(placed, first.tolist(), strict=True):
        out[b.index - 1] = p
    return out


def _closest_while_near(xy: tuple[FloatArray, FloatArray], p: int, bx: float, by: float) -> int:
    """The point closest to (bx, by) among those from ``p`` on while the track stays near it."""
    x, y = xy
    if math.hypot(float(x[p]) - bx, float(y[p]) - by) > _PASSAGE_ON_ROUTE_M:
        return p
    # Scanned a block at a time: the run near one box is short next to the whole track.
    start = p
    near: list[FloatArray] = []
    while start < x.size:
        d = np.hypot(x[start : start + 256] - bx, y[start : start + 256] - by)
        far = np.nonzero(d > _PASSAGE_ON_ROUTE_M)[0]
        near.append(d[: far[0]] if far.size else d)
        if far.size:
            break
        start += 256
    run = np.concatenate(near)
    # The first point about as close as the closest: a crew waiting at the box passes it on
    # arrival, not at whichever fix the receiver's jitter put nearest.
    return p + int(np.argmax(run <= float(run.min()) + _PASSAGE_JITTER_M))


def _runs(mask: BoolArray) -> list[tuple[int, int]]:
    """(first, last) index of each run of True."""
    if mask.size == 0:
        return []
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    starts = np.nonzero(edges == 1)[0]
    ends = np.nonzero(edges == -1)[0] - 1
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def _zones(
    roadbook: Roadbook, path: FixPath, speed: FloatArray, passage: IntArray, s: ReviewSettings
) -> tuple[ZoneReview, ...]:
    out = []
    offence = 0
    n = path.idx.size
    for zone in speed_zones(roadbook.boxes):
        end = zone.end_box
        p0 = int(passage[zone.start_box - 1])
        p1 = int(passage[end - 1]) if end is not None else n - 1
        limit = zone.limit_kmh
        if p0 < 0:
            out.append(ZoneReview(zone.start_box, end, limit, math.nan, None, None, ()))
            continue
        if p1 < 0:
            p1 = n - 1
        inside = speed[p0 : p1 + 1]
        over = np.nan_to_num(inside, nan=-1.0) > limit + s.tolerance_kmh
        violations = []
        for r0, r1 in _runs(over):
            offence += 1
            peak = float(np.nanmax(inside[r0 : r1 + 1]))
            penalty = s.penalties.penalty(offence, peak - limit - s.tolerance_kmh)
            i0, i1 = p0 + r0, p0 + r1
            violations.append(
                Violation(
                    float(path.t[i0]),
                    float(path.t[i1]),
                    peak,
                    int(path.idx[i0]),
                    int(path.idx[i1]),
                    penalty,
                )
            )
        peak_all = float(np.nanmax(inside)) if np.isfinite(inside).any() else math.nan
        out.append(
            ZoneReview(
                zone.start_box,
                end,
                limit,
                peak_all,
                _time_at(path, p0),
                _time_at(path, p1) if end is not None else None,
                tuple(violations),
            )
        )
    return tuple(out)


def _off_route(path: FixPath, offset: FloatArray, threshold: float) -> tuple[OffRoute, ...]:
    out = []
    for r0, r1 in _runs(offset > threshold):
        out.append(
            OffRoute(
                _time_at(path, r0),
                _time_at(path, r1),
                float(offset[r0 : r1 + 1].max()),
                int(path.idx[r0]),
                int(path.idx[r1]),
            )
        )
    return tuple(out)


def _sections(
    roadbook: Roadbook, path: FixPath, speed: FloatArray, passage: IntArray
) -> tuple[Section, ...]:
    out = []
    boxes = roadbook.boxes
    for a, b in itertools.pairwise(boxes):
        p0, p1 = int(passage[a.index - 1]), int(passage[b.index - 1])
        if p0 < 0 or p1 < 0 or p1 < p0:
            out.append(Section(a.index, b.index, b.partial_km, None, None, None, None, None, None))
            continue
        driven = float(path.cum_m[p1] - path.cum_m[p0]) / 1000.0
        dt = float(path.t[p1] - path.t[p0])
        time_s = dt if math.isfinite(dt) else None
        piece = speed[p0 : p1 + 1]
        top = float(np.nanmax(piece)) if np.isfinite(piece).any() else None
        avg = driven / time_s * 3600.0 if time_s else None
        out.append(
            Section(
                a.index,
                b.index,
                b.partial_km,
                driven,
                time_s,
                avg,
                top,
                int(path.idx[p0]),
                int(path.idx[p1]),
            )
        )
    return tuple(out)


def _stops(
    path: FixPath, speed: FloatArray, passage: IntArray, s: ReviewSettings
) -> tuple[Stop, ...]:
    still = np.nan_to_num(speed, nan=np.inf) < s.stop_kmh
    passed_at = np.where(passage >= 0, passage, np.iinfo(np.int64).max)
    order = np.sort(passed_at)
    out = []
    for r0, r1 in _runs(still):
        t0, t1 = float(path.t[r0]), float(path.t[r1])
        if not (t1 - t0 >= s.min_stop_s):
            continue
        box = int(np.searchsorted(order, r0, side="right"))
        out.append(Stop(t0, t1, max(box, 1), int(path.idx[r0]), int(path.idx[r1])))
    return tuple(out)


def _neutralizations(
    roadbook: Roadbook, path: FixPath, passage: IntArray
) -> tuple[NeutralReview, ...]:
    out = []
    for dn in neutralizations(roadbook.boxes):
        t0 = _time_at(path, int(passage[dn.start_box - 1]))
        t1 = _time_at(path, int(passage[dn.end_box - 1])) if dn.end_box is not None else None
        taken = t1 - t0 if t0 is not None and t1 is not None else None
        early = max(0.0, dn.duration_s - taken) if taken is not None else 0.0
        out.append(NeutralReview(dn.start_box, dn.end_box, float(dn.duration_s), taken, early))
    return tuple(out)
