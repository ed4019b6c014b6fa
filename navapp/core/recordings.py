"""The recordings a track file holds: one drive each, split where the logger stopped.

A logger that is switched off and on again, or a file that gathers several days, holds more
than one recording in one track. A roadbook is made from one of them: joining them would draw
a straight "road" across the gap (8,700 km from Germany to Texas in one real file).
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from navapp.core import geodesy
from navapp.core.fixpath import fix_path
from navapp.core.i18n import translate
from navapp.core.model import Track
from navapp.errors import NavappError

BoolArray = npt.NDArray[np.bool_]

# Two consecutive points further apart than this in time or distance start a new recording.
MAX_GAP_S = 3600.0
MAX_GAP_KM = 5.0


class RecordingError(NavappError, ValueError):
    """The recording asked for is not in the file (the message says which ones are)."""


@dataclass(frozen=True)
class Recording:
    """One recording of a track: points ``start`` up to (not including) ``stop`` of the track.

    ``points`` counts the positions in it (points the receiver marked as no fix are not
    positions); ``start_time``/``end_time`` are seconds since the epoch, NaN when unknown;
    ``lat``/``lon`` is where it starts.
    """

    number: int  # 1-based, in file order
    start: int
    stop: int
    points: int
    length_km: float
    start_time: float
    end_time: float
    lat: float
    lon: float


def positions(track: Track) -> BoolArray:
    """Which points of ``track`` are positions: finite coordinates the receiver did not mark
    as no fix. The one place generation decides which points count."""
    ok = np.isfinite(track.lat) & np.isfinite(track.lon)
    if track.valid is not None:
        ok &= track.valid
    return ok


def split_recordings(
    track: Track, max_gap_s: float = MAX_GAP_S, max_gap_km: float = MAX_GAP_KM
) -> tuple[Recording, ...]:
    """The recordings of ``track`` in file order, split between consecutive positions more
    than ``max_gap_s`` seconds (either way: a file may hold a later drive first) or
    ``max_gap_km`` apart. Empty when the track has no position."""
    idx = np.nonzero(positions(track))[0]
    if idx.size == 0:
        return ()
    lat, lon, t = track.lat[idx], track.lon[idx], track.time[idx]
    step = geodesy.step_lengths(lat, lon)
    dt = np.abs(np.diff(t))
    with np.errstate(invalid="ignore"):
        gap = (step > max_gap_km * 1000.0) | (dt > max_gap_s)
    first = np.concatenate([[0], np.nonzero(gap)[0] + 1])
    last = np.concatenate([first[1:] - 1, [idx.size - 1]])
    # Length driven within each recording: the steps between its own points only.
    cum = np.concatenate([[0.0], np.cumsum(np.where(gap, 0.0, step))])
    length = cum[last] - cum[first]
    out = []
    for n, (a, b) in enumerate(zip(first.tolist(), last.tolist(), strict=True)):
        times = t[a : b + 1]
        known = times[np.isfinite(times)]
        out.append(
            Recording(
                number=n + 1,
                start=int(idx[a]),
                stop=int(idx[b]) + 1,
                points=b - a + 1,
                length_km=float(length[n]) / 1000.0,
                start_time=float(known[0]) if known.size else math.nan,
                end_time=float(known[-1]) if known.size else math.nan,
                lat=float(lat[a]),
                lon=float(lon[a]),
            )
        )
    return tuple(out)


def longest(recordings: Sequence[Recording]) -> Recording:
    """The recording with the most distance driven (the first of equals)."""
    return max(recordings, key=lambda r: (r.length_km, -r.number))


def choose(recordings: Sequence[Recording], number: int | None = None) -> Recording:
    """Recording ``number`` (1-based), or the longest when None."""
    if not recordings:
        raise RecordingError(translate("Recordings", "the track has no positions"))
    if number is None:
        return longest(recordings)
    if not 1 <= number <= len(recordings):
        held = "1 recording" if len(recordings) == 1 else f"{len(recordings)} recordings"
        raise RecordingError(
            translate(
                "Recordings", "there is no recording {number} (the track holds {held})"
            ).format(number=number, held=held)
        )
    return recordings[number - 1]


def recording_track(track: Track, recording: Recording) -> Track:
    """The positions of one recording as a track of their own."""
    keep = np.zeros(len(track), dtype=bool)
    keep[recording.start : recording.stop] = True
    keep &= positions(track)
    idx = np.nonzero(keep)[0]
    # A segment of the file starts at its first kept point.
    seg_of = np.searchsorted(track.segment_starts, idx, side="right") - 1
    starts = np.nonzero(np.concatenate([[True], seg_of[1:] != seg_of[:-1]]))[0]
    piece = Track(
        track.time[idx],
        track.lat[idx],
        track.lon[idx],
        track.ele[idx],
        track.speed[idx] if track.speed is not None else None,
        starts.astype(np.int64) if idx.size else np.zeros(0, dtype=np.int64),
        track.name,
        None,
    )
    # Within the recording, the trip meter's rule: cold-start positions and GPS jumps go
    # too, so no box stands on a stale point. Too few reports to confirm anything: kept as
    # they are, for generate to refuse with its own reason.
    good = fix_path(piece).idx
    if good.size == 0:
        return piece
    seg_of = np.searchsorted(piece.segment_starts, good, side="right") - 1
    starts = np.nonzero(np.concatenate([[True], seg_of[1:] != seg_of[:-1]]))[0]
    return Track(
        piece.time[good],
        piece.lat[good],
        piece.lon[good],
        piece.ele[good],
        piece.speed[good] if piece.speed is not None else None,
        starts.astype(np.int64),
        piece.name,
        None,
    )


def _when(seconds: float) -> str:
    if not math.isfinite(seconds):
        return translate("Recordings", "time unknown")
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(seconds))


def _where(lat: float, lon: float) -> str:
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    return translate("Recordings", "from {lat} {lon}").format(
        lat=f"{abs(lat):.4f}°{ns}", lon=f"{abs(lon):.4f}°{ew}"
    )


def describe(recording: Recording) -> str:
    """One line for the co-driver: number, start date and time, points, km, where."""
    return translate("Recordings", "{number}: {when}, {points} points, {km} km, {where}").format(
        number=recording.number,
        when=_when(recording.start_time),
        points=recording.points,
        km=f"{recording.length_km:.2f}",
        where=_where(recording.lat, recording.lon),
    )


def recordings_note(recordings: Sequence[Recording], chosen: Recording) -> list[str]:
    """Lines saying which recordings a file holds and which one the roadbook is made from;
    empty when there is only one."""
    if len(recordings) < 2:
        return []
    lines = [
        translate(
            "Recordings",
            "the track holds {count} recordings "
            "(gaps of more than {hours} h or {km} km between them):",
        ).format(count=len(recordings), hours=f"{MAX_GAP_S / 3600:g}", km=f"{MAX_GAP_KM:g}")
    ]
    lines += [("* " if r.number == chosen.number else "  ") + describe(r) for r in recordings]
    if chosen.number == longest(recordings).number:
        made = translate("Recordings", "the roadbook is made from recording {number} (the longest)")
    else:
        made = translate("Recordings", "the roadbook is made from recording {number}")
    lines.append(made.format(number=chosen.number))
    return lines
