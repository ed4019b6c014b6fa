"""Whether a track's times can be used at all.

A logger whose clock never started (or stood still) stamps every point with the same time.
Such times say nothing about speed or duration, and taken at their word they make every
point after the first a repeat: the drive would measure 0 km. They are treated like no
times at all, and the user is told.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from navapp.core.model import Track


def frozen_time_note(track: Track) -> str | None:
    """A one-line note when every timed point of ``track`` has the same time, else None."""
    time = track.time
    timed = time[np.isfinite(time)]
    if timed.size < 2 or timed.min() != timed.max():
        return None
    which = f"{timed.size} points" if timed.size == len(time) else f"{timed.size} timed points"
    return f"all {which} have the same time: speeds, zones, stops and section times skipped"


def without_frozen_times(track: Track) -> tuple[Track, str | None]:
    """``track`` with its times dropped (NaN) when they are all the same, and the note."""
    note = frozen_time_note(track)
    if note is None:
        return track, None
    return replace(track, time=np.full(len(track), np.nan)), note
