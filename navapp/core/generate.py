"""A roadbook generated from a recorded track: boxes where the route turns, at the track's
waypoints and at a maximum spacing, with totals, partials, CAPs and tulips from the route."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from navapp.core import geodesy
from navapp.core.edit import cap_at, on_route
from navapp.core.model import (
    Box,
    Drawing,
    Metadata,
    Roadbook,
    RouteLine,
    Track,
    Units,
    Waypoint,
    WaypointType,
    number_boxes,
)
from navapp.core.rules import rule_for, waypoint_from_label
from navapp.core.tulip import auto_tulip

FloatArray = npt.NDArray[np.float64]


class GenerateError(ValueError):
    """The track cannot make a roadbook (the message says why, in one line)."""


@dataclass(frozen=True)
class GenerateSettings:
    """Where boxes go."""

    heading_change_deg: float = 35.0  # a turn at least this sharp gets a box
    turn_window_m: float = 60.0  # a turn is measured between the route this far either side
    max_spacing_km: float = 5.0  # no two boxes farther apart than this
    min_spacing_m: float = 150.0  # turns closer than this to another box are left out
    route_step_m: float = 10.0  # the route line keeps a point about this often
    name: str = ""


def _route(track: Track, step_m: float) -> RouteLine:
    ok = np.isfinite(track.lat) & np.isfinite(track.lon)
    lat, lon = track.lat[ok], track.lon[ok]
    if lat.size < 2:
        raise GenerateError("the track needs at least two positions")
    cum = geodesy.cumulative_m(lat, lon)
    if cum[-1] < 100.0:
        raise GenerateError(f"the track is only {cum[-1]:.0f} m long")
    # One point per step of distance: the route keeps the track's shape without its jitter.
    bucket = np.floor(cum / step_m)
    keep = np.concatenate([[True], bucket[1:] != bucket[:-1]])
    keep[-1] = True
    return RouteLine(lat[keep].copy(), lon[keep].copy())


def _turns(line: geodesy.RouteGeometry, s: GenerateSettings) -> list[tuple[float, float]]:
    """(chainage, turn angle) at the sharpest point of each turn of the route."""
    c = line.cum_m
    w = s.turn_window_m
    inner = (c >= w) & (c <= c[-1] - w)
    idx = np.nonzero(inner)[0]
    if idx.size == 0:
        return []
    before = np.searchsorted(c, c[idx] - w)
    after = np.clip(np.searchsorted(c, c[idx] + w), 0, c.size - 1)
    az_in, _ = geodesy.inverse_arrays(
        line.lat[before], line.lon[before], line.lat[idx], line.lon[idx]
    )
    az_out, _ = geodesy.inverse_arrays(
        line.lat[idx], line.lon[idx], line.lat[after], line.lon[after]
    )
    turn = (az_out - az_in + 180.0) % 360.0 - 180.0
    sharp = np.abs(turn) >= s.heading_change_deg
    out = []
    edges = np.diff(np.concatenate([[0], sharp.astype(np.int8), [0]]))
    for a, b in zip(np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0], strict=True):
        k = a + int(np.argmax(np.abs(turn[a:b])))
        out.append((float(c[idx[k]]), float(turn[k])))
    return out


def _turn_words(angle: float) -> str:
    side = "right" if angle > 0 else "left"
    a = abs(angle)
    if a < 20:
        return "Straight on"
    if a < 60:
        return f"Bear {side}"
    if a < 120:
        return f"Turn {side}"
    return f"Sharp {side}"


@dataclass(frozen=True)
class _Stop:
    chainage: float
    priority: int  # 0 start/end, 1 track waypoint, 2 turn, 3 spacing filler
    waypoint: Waypoint | None = None
    name: str = ""
    notes: str = ""


def generate(
    track: Track,
    waypoints: Sequence[tuple[float, float, str]] = (),
    settings: GenerateSettings | None = None,
) -> Roadbook:
    """A roadbook along ``track``; ``waypoints`` are the track file's (lat, lon, name)."""
    s = settings or GenerateSettings()
    numbers = (s.heading_change_deg, s.turn_window_m, s.max_spacing_km, s.min_spacing_m)
    if not all(np.isfinite(numbers)) or s.max_spacing_km < 0.05 or s.heading_change_deg <= 0:
        raise GenerateError("spacing and turn settings must be positive numbers")
    route = _route(track, s.route_step_m)
    line = geodesy.RouteGeometry(route.lat, route.lon)
    end = line.length_m
    dss, ass = rule_for(WaypointType.DSS), rule_for(WaypointType.ASS)
    stops = [
        _Stop(0.0, 0, Waypoint(WaypointType.DSS, "", dss.open_m, dss.clear_m), notes="Start"),
        _Stop(end, 0, Waypoint(WaypointType.ASS, "", ass.open_m, ass.clear_m), notes="Finish"),
    ]
    if waypoints:
        lat = np.array([w[0] for w in waypoints], dtype=np.float64)
        lon = np.array([w[1] for w in waypoints], dtype=np.float64)
        for (_la, _lo, name), c in zip(
            waypoints, line.locate(lat, lon).chainage_m.tolist(), strict=True
        ):
            stops.append(_Stop(c, 1, waypoint_from_label(None, name), name, name))
    stops += [_Stop(c, 2, notes=_turn_words(a)) for c, a in _turns(line, s)]
    kept = _thin(stops, s.min_spacing_m)
    kept = _fill(kept, s.max_spacing_km * 1000.0)
    boxes = []
    for st in kept:
        lat0, lon0 = on_route(line, st.chainage)
        tulip = auto_tulip(line, st.chainage)
        boxes.append(
            Box(
                0,
                round(st.chainage / 1000.0, 2),
                cap=cap_at(line, st.chainage) if st.chainage < end - 1.0 else None,
                lat=lat0,
                lon=lon0,
                waypoints=(st.waypoint,) if st.waypoint else (),
                tulip=Drawing(tulip.to_svg()),
                notes_text=st.notes,
                name=st.name,
            )
        )
    name = s.name or track.name or "Generated roadbook"
    meta = Metadata(total_km=round(end / 1000.0, 2), description="generated by navapp from a track")
    return Roadbook(name, Units.METRIC, number_boxes(boxes), route, meta)


# A track waypoint this close to the start or finish is that box, not another one.
_SAME_PLACE_M = 20.0


def _thin(stops: list[_Stop], min_spacing_m: float) -> list[_Stop]:
    """Stops in route order: turns dropped when too close to a stop that matters more, and a
    track waypoint at the start or finish merged into that box."""
    chosen: list[_Stop] = []
    for st in sorted(stops, key=lambda x: (x.priority, x.chainage)):
        same = next(
            (
                o
                for o in chosen
                if o.priority == 0 and abs(st.chainage - o.chainage) < _SAME_PLACE_M
            ),
            None,
        )
        if st.priority == 1 and same is not None:
            chosen[chosen.index(same)] = replace(
                same, name=st.name, notes=f"{same.notes} {st.notes}"
            )
            continue
        near = any(abs(st.chainage - o.chainage) < min_spacing_m for o in chosen)
        if st.priority < 2 or not near:
            chosen.append(st)
    return sorted(chosen, key=lambda x: (x.chainage, x.priority))


def _fill(stops: list[_Stop], max_spacing_m: float) -> list[_Stop]:
    """Boxes added evenly where two neighbours are farther apart than the maximum spacing."""
    out = [stops[0]]
    for nxt in stops[1:]:
        gap = nxt.chainage - out[-1].chainage
        pieces = int(np.ceil(gap / max_spacing_m - 1e-9))
        start = out[-1].chainage
        out += [_Stop(start + gap * k / pieces, 3, notes="Straight on") for k in range(1, pieces)]
        out.append(nxt)
    return out
