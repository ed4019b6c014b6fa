"""A roadbook generated from a recorded track: boxes where the route turns, at the track's
waypoints and at a maximum spacing, with totals, partials, CAPs and tulips from the route."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from navapp.core import geodesy
from navapp.core.edit import on_route
from navapp.core.i18n import translate
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
from navapp.core.recordings import (
    Recording,
    RecordingError,
    choose,
    positions,
    recording_track,
    recordings_note,
    split_recordings,
)
from navapp.core.rules import rule_for, waypoint_from_label
from navapp.core.tulip import tulip_for_turn
from navapp.core.turn import LOOK_M, route_turns, turn_words
from navapp.errors import NavappError

FloatArray = npt.NDArray[np.float64]


class GenerateError(NavappError, ValueError):
    """The track cannot make a roadbook (the message says why, in one line)."""


@dataclass(frozen=True)
class GenerateSettings:
    """Where boxes go."""

    heading_change_deg: float = 35.0  # a turn at least this sharp gets a box
    turn_window_m: float = LOOK_M  # a turn is measured along the route this far either side
    max_spacing_km: float = 5.0  # no two boxes farther apart than this
    min_spacing_m: float = 150.0  # turns closer than this to another box are left out
    route_step_m: float = 10.0  # the route line keeps a point about this often
    waypoint_max_offset_m: float = 500.0  # a track waypoint farther off the route is left out
    name: str = ""


@dataclass(frozen=True)
class Generated:
    """A generated roadbook, the recordings its track held, the one it is made from, and
    what the co-driver should be told about it (one line each)."""

    roadbook: Roadbook
    recordings: tuple[Recording, ...]
    recording: Recording
    notes: tuple[str, ...]
    waypoints_left_out: int = 0


def _route(track: Track, step_m: float) -> RouteLine:
    lat, lon = track.lat, track.lon
    if lat.size < 2:
        raise GenerateError(
            translate("Generate", "the track needs at least two positions (it has {size})").format(
                size=lat.size
            )
        )
    cum = geodesy.cumulative_m(lat, lon)
    if cum[-1] < 100.0:
        raise GenerateError(
            translate("Generate", "the track is only {length} m long").format(
                length=f"{cum[-1]:.0f}"
            )
        )
    # One point per step of distance: the route keeps the track's shape without its jitter.
    bucket = np.floor(cum / step_m)
    keep = np.concatenate([[True], bucket[1:] != bucket[:-1]])
    keep[-1] = True
    return RouteLine(lat[keep].copy(), lon[keep].copy())


def _turns(line: geodesy.RouteGeometry, s: GenerateSettings) -> list[float]:
    """The chainage of the sharpest point of each turn of the route."""
    c = line.cum_m
    w = s.turn_window_m
    idx = np.nonzero((c >= w) & (c <= c[-1] - w))[0]
    if idx.size == 0:
        return []
    turn = route_turns(line, c[idx], w).angle_deg
    sharp = np.abs(turn) >= s.heading_change_deg
    edges = np.diff(np.concatenate([[0], sharp.astype(np.int8), [0]]))
    out = []
    for a, b in zip(np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0], strict=True):
        k = a + int(np.argmax(np.abs(turn[a:b])))
        out.append(float(c[idx[k]]))
    return out


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
    segment: int | None = None,
) -> Roadbook:
    """A roadbook along one recording of ``track`` (``segment``, 1-based; the longest when
    None); ``waypoints`` are the track file's (lat, lon, name)."""
    return generate_with_notes(track, waypoints, settings, segment).roadbook


def generate_with_notes(
    track: Track,
    waypoints: Sequence[tuple[float, float, str]] = (),
    settings: GenerateSettings | None = None,
    segment: int | None = None,
) -> Generated:
    """:func:`generate`, with the recordings found and the notes for the co-driver."""
    s = settings or GenerateSettings()
    numbers = (s.heading_change_deg, s.turn_window_m, s.max_spacing_km, s.min_spacing_m)
    if not all(np.isfinite(numbers)) or s.max_spacing_km < 0.05 or s.heading_change_deg <= 0:
        raise GenerateError(
            translate("Generate", "spacing and turn settings must be positive numbers")
        )
    usable = int(positions(track).sum())
    if usable == 0 and len(track):
        raise GenerateError(
            translate(
                "Generate",
                "none of the track's {count} points is a position (the receiver had no fix)",
            ).format(count=len(track))
        )
    if usable < 2:
        raise GenerateError(
            translate(
                "Generate", "the track needs at least two positions (it has {usable})"
            ).format(usable=usable)
        )
    found = split_recordings(track)
    try:
        chosen = choose(found, segment)
    except RecordingError as e:
        raise GenerateError(str(e)) from None
    notes = recordings_note(found, chosen)
    part = recording_track(track, chosen)
    try:
        route = _route(part, s.route_step_m)
    except GenerateError as e:
        if len(found) < 2:
            raise
        raise GenerateError(
            translate("Generate", "recording {number} of {count}: {error}").format(
                number=chosen.number, count=len(found), error=e
            )
        ) from None
    line = geodesy.RouteGeometry(route.lat, route.lon)
    end = line.length_m
    dss, ass = rule_for(WaypointType.DSS), rule_for(WaypointType.ASS)
    stops = [
        _Stop(0.0, 0, Waypoint(WaypointType.DSS, "", dss.open_m, dss.clear_m), notes="Start"),
        _Stop(end, 0, Waypoint(WaypointType.ASS, "", ass.open_m, ass.clear_m), notes="Finish"),
    ]
    marks, left_out = _waypoint_stops(line, waypoints, s.waypoint_max_offset_m)
    stops += marks
    if left_out:
        notes.append(
            translate(
                "Generate",
                "{left_out} of the file's {count} waypoints are more than "
                "{distance} m from this route and were left out",
            ).format(
                left_out=left_out,
                count=len(waypoints),
                distance=f"{s.waypoint_max_offset_m:.0f}",
            )
        )
    stops += [_Stop(c, 2) for c in _turns(line, s)]
    kept = _fill(_thin(stops, s.min_spacing_m), s.max_spacing_km * 1000.0)
    # One turn per box, measured once: its tulip, its CAP and its note all come from it.
    turns = route_turns(line, np.array([st.chainage for st in kept]), s.turn_window_m)
    boxes = []
    for i, st in enumerate(kept):
        lat0, lon0 = on_route(line, st.chainage)
        angle = float(round(turns.angle_deg[i]))  # whole degrees, as the tulip draws it
        tulip = tulip_for_turn(float(turns.entry_deg[i]), angle)
        words = turn_words(angle)
        note = st.notes or words
        if st.priority == 1 and words != "Straight on":
            note = f"{st.notes} – {words}"
        boxes.append(
            Box(
                0,
                round(st.chainage / 1000.0, 2),
                cap=turns.cap(i) if st.chainage < end - 1.0 else None,
                lat=lat0,
                lon=lon0,
                waypoints=(st.waypoint,) if st.waypoint else (),
                tulip=Drawing(tulip.to_svg()),
                notes_text=note,
                name=st.name,
            )
        )
    name = s.name or track.name or "Generated roadbook"
    meta = Metadata(total_km=round(end / 1000.0, 2), description="generated by navapp from a track")
    roadbook = Roadbook(name, Units.METRIC, number_boxes(boxes), route, meta)
    return Generated(roadbook, found, chosen, tuple(notes), left_out)


def _waypoint_stops(
    line: geodesy.RouteGeometry,
    waypoints: Sequence[tuple[float, float, str]],
    max_offset_m: float,
) -> tuple[list[_Stop], int]:
    """A stop for each track waypoint on the route, and how many are not (farther than
    ``max_offset_m``: marks of another recording, or places beside the road)."""
    lat = np.array([w[0] for w in waypoints], dtype=np.float64)
    lon = np.array([w[1] for w in waypoints], dtype=np.float64)
    ok = np.isfinite(lat) & np.isfinite(lon)
    if not ok.any():
        return [], len(waypoints)
    located = line.locate(lat[ok], lon[ok])
    near = located.offset_m <= max_offset_m
    named = [w[2] for w, k in zip(waypoints, ok.tolist(), strict=True) if k]
    stops = [
        _Stop(c, 1, waypoint_from_label(None, name), name, name)
        for name, c, n in zip(named, located.chainage_m.tolist(), near.tolist(), strict=True)
        if n
    ]
    return stops, len(waypoints) - len(stops)


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
        out += [_Stop(start + gap * k / pieces, 3) for k in range(1, pieces)]
        out.append(nxt)
    return out
