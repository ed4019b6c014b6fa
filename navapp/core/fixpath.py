"""The trip meter's rule applied to a whole recorded track at once.

:class:`~navapp.core.tripmeter.TripMeter` takes fixes one by one in the car; the review and
``generate`` take a recorded track whole. Both must agree on which reports are positions and
which steps are driven distance, so this module is the trip meter's twin, vectorised: whole
arrays for the common case, a Python loop only over the few places where something happens
(a jump, a cold start, a stop). ``tests/unit/core/test_fixpath.py`` holds the two together.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from navapp.core import geodesy
from navapp.core.i18n import QT_TRANSLATE_NOOP, translate
from navapp.core.model import Track
from navapp.core.tripmeter import GateSettings

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class LeftOut:
    """How many reports of a track are not positions, by reason."""

    no_fix: int = 0  # the receiver said so (no fix, or no coordinates)
    time: int = 0  # a time that does not move forward
    cold_start: int = 0  # a first position never confirmed (a stale or jumping cold start)
    jump: int = 0  # an implausible jump

    @property
    def total(self) -> int:
        return self.no_fix + self.time + self.cold_start + self.jump

    def describe(self) -> str:
        """One line for the crew, or '' when nothing was left out."""
        if not self.total:
            return ""
        parts = [
            translate("FixPath", text).format(count=n)
            for n, text in (
                (
                    self.no_fix,
                    QT_TRANSLATE_NOOP("FixPath", "{count} marked no-fix by the receiver"),
                ),
                (self.cold_start, QT_TRANSLATE_NOOP("FixPath", "{count} cold-start")),
                (self.jump, QT_TRANSLATE_NOOP("FixPath", "{count} in GPS jumps")),
                (self.time, QT_TRANSLATE_NOOP("FixPath", "{count} with a time going back")),
            )
            if n
        ]
        if not parts:
            return ""
        return translate(
            "FixPath", "{total} points are not positions and were left out: {reasons}"
        ).format(total=self.total, reasons=", ".join(parts))


@dataclass(frozen=True)
class FixPath:
    """The positions of a track as the trip meter takes them.

    ``idx`` indexes the track; ``joined[k]`` is False when the step into position k is not a
    driven step (the first position, a relocation after a jump); ``counted_m[k]`` is the
    distance that step adds to the trip; ``cum_m`` their running sum.
    """

    idx: IntArray
    lat: FloatArray
    lon: FloatArray
    t: FloatArray
    joined: BoolArray
    step_m: FloatArray  # geodesic length of each step into a position (0 when not joined)
    counted_m: FloatArray
    cum_m: FloatArray
    left_out: LeftOut

    def __len__(self) -> int:
        return int(self.idx.size)


def fix_path(track: Track, gate: GateSettings | None = None) -> FixPath:
    """The positions of ``track`` and the distance driven, by the trip meter's rule."""
    g = gate or GateSettings()
    n = len(track)
    t_all = track.time
    finite = np.isfinite(track.lat) & np.isfinite(track.lon)
    receiver = finite if track.valid is None else finite & track.valid
    # A report at or before a time already seen (with a position) is refused.
    seen = np.maximum.accumulate(np.where(receiver & np.isfinite(t_all), t_all, -np.inf))
    earlier = np.concatenate([[-np.inf], seen[:-1]]) if n else seen
    timely = receiver & ~(np.isfinite(t_all) & (t_all <= earlier))
    base = np.nonzero(timely)[0].astype(np.int64)
    base_step = geodesy.step_lengths(track.lat[base], track.lon[base])
    accepted, joined, cold, jumped = _positions(track, base, base_step, g)
    idx = base[accepted]
    lat, lon, t = track.lat[idx], track.lon[idx], t_all[idx]
    step = np.zeros(idx.size)
    if idx.size == base.size:
        step[1:] = base_step  # every report taken: the steps are already measured
    elif idx.size > 1:
        step[1:] = geodesy.step_lengths(lat, lon)
    step = np.where(joined, step, 0.0)
    speed = track.speed[idx] if track.speed is not None else np.full(idx.size, np.nan)
    counted = _counted(lat, lon, t, speed, joined, step, g)
    left = LeftOut(
        no_fix=int(n - receiver.sum()),
        time=int(receiver.sum() - timely.sum()),
        cold_start=cold,
        jump=jumped,
    )
    return FixPath(idx, lat, lon, t, joined, step, counted, np.cumsum(counted), left)


def _consistent(d: FloatArray, t: FloatArray, max_kmh: float) -> BoolArray:
    """For each step (``d`` metres) between consecutive points: could a car do it (the trip
    meter's test)."""
    dt = np.diff(t)
    with np.errstate(divide="ignore", invalid="ignore"):
        ok_timed = (dt > 0) & (d / dt * 3.6 <= max_kmh)
    return np.where(np.isfinite(dt), ok_timed, d < 1000.0)


def _one_consistent(track: Track, a: int, b: int, max_kmh: float) -> bool:
    d = geodesy.distance_m(track.lat[a], track.lon[a], track.lat[b], track.lon[b])
    dt = float(track.time[b] - track.time[a])
    if math.isfinite(dt):
        return dt > 0 and d / dt * 3.6 <= max_kmh
    return d < 1000.0


def _positions(
    track: Track, base: IntArray, base_step: FloatArray, g: GateSettings
) -> tuple[BoolArray, BoolArray, int, int]:
    """Which base points the trip meter accepts, and whether the step into each is joined.

    Returns (accepted mask over base, joined per accepted point, cold-start count, jump count).
    """
    m = base.size
    accepted = np.zeros(m, dtype=bool)
    joined_at = np.zeros(m, dtype=bool)
    if m == 0:
        return accepted, joined_at[accepted], 0, 0
    lat, lon, t = track.lat[base], track.lon[base], track.time[base]
    ok = _consistent(base_step, t, g.max_speed_kmh)  # ok[k]: base k → k+1
    breaks = np.nonzero(~ok)[0] + 1  # points inconsistent with the one before
    anchor = -1  # base index of the last accepted point
    chain: list[int] = []
    frozen = False  # the unconfirmed first position came again unchanged: stale
    cold = jumped = 0
    k = 0
    while k < m:
        if anchor >= 0 and not chain:
            # Normal driving: everything up to the next inconsistent point is taken.
            nb = int(np.searchsorted(breaks, k, side="left"))
            stop = int(breaks[nb]) if nb < breaks.size else m
            if stop > k:
                accepted[k:stop] = True
                joined_at[k:stop] = True
                anchor = stop - 1
                k = stop
                continue
            chain.append(k)  # k jumps away from the anchor
            k += 1
            continue
        if chain:
            last = chain[-1]
            if anchor < 0 and _same(lat, lon, last, k):
                cold += 1  # a frozen receiver repeating its stale position
                frozen = True
                k += 1
                continue
            if anchor >= 0 and _one_consistent(
                track, int(base[anchor]), int(base[k]), g.max_speed_kmh
            ):
                jumped += len(chain)  # out and straight back: a spike
                chain.clear()
                accepted[k] = joined_at[k] = True
                anchor = k
                k += 1
                continue
            follows = not frozen and (
                bool(ok[k - 1])
                if last == k - 1
                else _one_consistent(track, int(base[last]), int(base[k]), g.max_speed_kmh)
            )
            if follows:
                chain.append(k)
            else:
                frozen = False
                if anchor < 0:
                    cold += len(chain)
                else:
                    jumped += len(chain)
                chain[:] = [k]
        else:
            chain.append(k)
        if len(chain) >= g.reanchor_after:
            accepted[chain] = True
            joined_at[chain[1:]] = True
            anchor = chain[-1]
            chain.clear()
        k += 1
    if chain:
        if anchor < 0:
            cold += len(chain)
        else:
            jumped += len(chain)
    return accepted, joined_at[accepted], cold, jumped


def _same(lat: FloatArray, lon: FloatArray, a: int, b: int) -> bool:
    return bool(lat[a] == lat[b] and lon[a] == lon[b])


def _trailing_speed(
    lat: FloatArray, lon: FloatArray, t: FloatArray, rest: BoolArray, window_s: float
) -> FloatArray:
    """Speed (km/h) over the last window at each position, as the trip meter's Motion sees
    it: from the newest position at least a window old in the same run (NaN: none)."""
    n = t.size
    out = np.full(n, np.nan)
    if n == 0:
        return out
    # Runs restart at a position reached without a driven step, and at a position with no time.
    starts = rest | ~np.isfinite(t)
    run_start = np.maximum.accumulate(np.where(starts, np.arange(n), 0))
    tt = np.where(np.isfinite(t), t, -np.inf)
    # Times only grow within a run (refused otherwise), so one search over the whole array
    # works once the result is kept inside the run.
    mono = np.maximum.accumulate(tt)
    j = np.searchsorted(mono, tt - window_s, side="right") - 1
    has = (j >= run_start) & np.isfinite(t)
    jj = np.where(has, j, 0)
    _az, d = geodesy.inverse_arrays(lat[jj], lon[jj], lat, lon)
    with np.errstate(divide="ignore", invalid="ignore"):
        speed = d / (t - t[jj]) * 3.6
    out[has] = speed[has]
    return out


def _counted(
    lat: FloatArray,
    lon: FloatArray,
    t: FloatArray,
    speed: FloatArray,
    joined: BoolArray,
    step: FloatArray,
    g: GateSettings,
) -> FloatArray:
    """Metres each step adds to the trip (the trip meter's rule, module docstring there)."""
    n = t.size
    counted = np.zeros(n)
    if n < 2:
        return counted
    timed = np.isfinite(t) & np.concatenate([[False], np.isfinite(t[:-1])])
    doppler = np.isfinite(speed)
    # Steps whose outcome does not depend on moving or stopped, and what they leave behind.
    timeless = joined & ~timed
    by_speed = joined & timed & doppler
    free = joined & timed & ~doppler  # judged by the moving/stopped state
    counted[timeless] = step[timeless]
    fast = by_speed & (np.nan_to_num(speed, nan=0.0) >= g.min_speed_kmh)
    counted[fast] = step[fast]
    # Only runs of positions judged by the stopped/moving state need a walk; the state at the
    # start of each run is set by the position just before it.
    edges = np.diff(np.concatenate([[0], free.astype(np.int8), [0]]))
    if not free.any():
        return counted  # the receiver gave its speed everywhere
    trail = _trailing_speed(lat, lon, t, ~joined, g.window_s)
    slows = np.nonzero(free & np.isfinite(trail) & (trail < g.stop_kmh))[0]
    for a, b in zip(
        np.nonzero(edges == 1)[0].tolist(), np.nonzero(edges == -1)[0].tolist(), strict=True
    ):
        before = a - 1  # never free: the first position is always reached without a step
        moving = bool(timeless[before] or fast[before])
        stop_at = before
        k = a
        while k < b:
            if moving:
                ns = int(np.searchsorted(slows, k))
                end = int(slows[ns]) if ns < slows.size and slows[ns] < b else b
                counted[k:end] = step[k:end]
                if end < b:
                    moving, stop_at = False, end
                k = end + 1
            else:
                found = _leaves(lat, lon, stop_at, k, b, g.start_m)
                if found is None:
                    break
                p, away = found
                counted[p] = away
                moving = True
                k = p + 1
    return counted


def _leaves(
    lat: FloatArray, lon: FloatArray, origin: int, lo: int, hi: int, start_m: float
) -> tuple[int, float] | None:
    """The first position in [lo, hi) at least ``start_m`` from ``origin``, and the distance
    its way out counts: straight from the stop to the last position that came no nearer to
    it, then along the positions since (the trip meter's departure)."""
    chunk = 64
    first = lo
    while lo < hi:
        end = min(hi, lo + chunk)
        m = end - lo
        _az, d = geodesy.inverse_arrays(
            np.full(m, lat[origin]), np.full(m, lon[origin]), lat[lo:end], lon[lo:end]
        )
        far = np.nonzero(d >= start_m)[0]
        if far.size:
            p = lo + int(far[0])
            return p, _departure(lat, lon, origin, first, p)
        lo = end
        chunk = min(chunk * 4, 65536)
    return None


def _departure(lat: FloatArray, lon: FloatArray, origin: int, lo: int, p: int) -> float:
    """Metres of the way out of a stop at ``origin`` that reaches position ``p``."""
    q = p
    d_q = geodesy.distance_m(lat[origin], lon[origin], lat[q], lon[q])
    while q > lo:
        d_prev = geodesy.distance_m(lat[origin], lon[origin], lat[q - 1], lon[q - 1])
        if not d_q > d_prev:
            break
        q, d_q = q - 1, d_prev
    if q == p:
        return d_q
    along = geodesy.step_lengths(lat[q : p + 1], lon[q : p + 1])
    return d_q + float(sum(along.tolist()))
