"""Garmin FIT activity files (bike computers, watches, handhelds) read as a :class:`Track`.

Decoding is left to ``fitdecode``, a maintained pure-Python FIT decoder that reads any FIT
profile and, unlike a strict reader, hands back each message as it goes: a file cut off or
with a bad checksum still yields the records before the damage.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from navapp.core.i18n import translate
from navapp.core.model import Track
from navapp.io.errors import InputError
from navapp.io.files import read_bytes

if TYPE_CHECKING:
    import fitdecode

# A FIT file header: size byte, protocol, profile (2), data size (4), then ".FIT".
FIT_MAGIC = b".FIT"
FIT_EXTENSIONS = (".fit",)
# Positions are signed 32-bit "semicircles": 2^31 of them make 180 degrees.
_DEG_PER_SEMICIRCLE = 180.0 / 2**31


def is_fit(head: bytes) -> bool:
    """True when the bytes begin a FIT file."""
    return len(head) >= 12 and head[8:12] == FIT_MAGIC


def _value(msg: fitdecode.FitDataMessage, *names: str) -> float:
    """The first of the named fields the message has a number for, else NaN."""
    for name in names:
        v = msg.get_value(name, fallback=None)
        if isinstance(v, int | float):
            return float(v)
    return np.nan


# Timer events that pause a recording; the next timer start resumes it in a new segment.
_TIMER_STOPS = frozenset({"stop", "stop_all", "stop_disable", "stop_disable_all"})


def read_fit(path: str | Path) -> Track:
    """The ``record`` messages of a FIT file as a track; see :func:`read_fit_file`."""
    return read_fit_file(path)[0]


def read_fit_file(path: str | Path) -> tuple[Track, list[tuple[float, float, str]]]:
    """The ``record`` messages of a FIT file as a track (speed in km/h), and its course
    points (a course file's named points: turns, summits, water) as (lat, lon, name).

    A timer restart after a pause (timer ``stop``/``stop_all`` then ``start`` events)
    begins a segment at the first record after it. Records without a position (the logger
    still searching, or a sensor-only sample) are skipped and counted in a warning. A file
    cut off or damaged is read up to the damage, with a warning; one with no positioned
    record raises :class:`InputError`.
    """
    # The decoder and the GPX reader's units are loaded only when a FIT file is read.
    import fitdecode

    from navapp.io.gpxtrack import MS_TO_KMH

    data = read_bytes(path)
    if not data:
        raise InputError(path, translate("Fit", "file is empty"))
    if not is_fit(data[:12]):
        raise InputError(path, translate("Fit", "not a FIT file (no '.FIT' header)"))
    time: list[float] = []
    lat: list[float] = []
    lon: list[float] = []
    ele: list[float] = []
    speed: list[float] = []
    no_position = 0
    damage: str | None = None
    # Index of the first record of each segment, and whether the timer is paused.
    starts: list[int] = [0]
    paused = False
    course: list[tuple[int, int, str]] = []
    reader = fitdecode.FitReader(
        data,
        check_crc=fitdecode.CrcCheck.RAISE,
        error_handling=fitdecode.ErrorHandling.RAISE,
    )
    # Some devices (action cameras) stamp records in seconds since power-on; other
    # messages say when that was: timestamp_correlation, else the file's creation time.
    relative: list[float] = []
    power_on: float | None = None
    created: float | None = None
    try:
        for frame in reader:
            if not isinstance(frame, fitdecode.FitDataMessage):
                continue
            if frame.name == "timestamp_correlation":
                utc = frame.get_value("timestamp", fallback=None)
                system = frame.get_value("system_timestamp", fallback=None)
                if isinstance(utc, datetime) and isinstance(system, int | float):
                    power_on = utc.timestamp() - system
            elif frame.name == "file_id":
                made = frame.get_value("time_created", fallback=None)
                created = made.timestamp() if isinstance(made, datetime) else None
            elif frame.name == "event" and frame.get_value("event", fallback=None) == "timer":
                kind = frame.get_value("event_type", fallback=None)
                if kind in _TIMER_STOPS:
                    paused = True
                elif kind == "start" and paused:
                    paused = False
                    if lat and starts[-1] != len(lat):
                        starts.append(len(lat))
            elif frame.name == "course_point":
                _course_point(frame, course)
            if frame.name != "record":
                continue
            la = frame.get_value("position_lat", fallback=None)
            lo = frame.get_value("position_long", fallback=None)
            if not isinstance(la, int) or not isinstance(lo, int):
                no_position += 1
                continue
            stamp = frame.get_value("timestamp", fallback=None)
            time.append(stamp.timestamp() if isinstance(stamp, datetime) else np.nan)
            relative.append(stamp if isinstance(stamp, int) else np.nan)
            lat.append(la)
            lon.append(lo)
            ele.append(_value(frame, "enhanced_altitude", "altitude"))
            speed.append(_value(frame, "enhanced_speed", "speed"))
    except fitdecode.FitCRCError:
        damage = translate("Fit", "bad checksum")
    except fitdecode.FitEOFError:
        damage = translate("Fit", "the file ends early")
    except (fitdecode.FitError, ValueError, KeyError, IndexError, TypeError) as e:
        damage = translate("Fit", "damaged ({reason})").format(
            reason=str(e).splitlines()[0][:80] if str(e) else type(e).__name__
        )
    finally:
        reader.close()
    if not lat:
        if damage is not None:
            raise InputError(
                path,
                translate("Fit", "{damage}; no positioned record before it").format(damage=damage),
            )
        raise InputError(path, translate("Fit", "no records with a position"))
    warnings: list[str] = []
    if damage is not None:
        warnings.append(
            str(
                InputError(
                    path,
                    translate("Fit", "{damage}; read {count} points").format(
                        damage=damage, count=len(lat)
                    ),
                )
            )
        )
    if no_position:
        warnings.append(
            str(
                InputError(
                    path,
                    translate("Fit", "{no_position} records without a position skipped").format(
                        no_position=no_position
                    ),
                )
            )
        )
    times = np.asarray(time, dtype=np.float64)
    since_power_on = np.asarray(relative, dtype=np.float64)
    if np.isfinite(since_power_on).any():
        start = power_on if power_on is not None else created
        if start is None:
            warnings.append(
                str(
                    InputError(
                        path, translate("Fit", "times relative to power-on, not dated: dropped")
                    )
                )
            )
        else:
            times = np.where(np.isfinite(since_power_on), start + since_power_on, times)
    lat_deg = np.asarray(lat, dtype=np.float64) * _DEG_PER_SEMICIRCLE
    lon_deg = np.asarray(lon, dtype=np.float64) * _DEG_PER_SEMICIRCLE
    # 0x7FFFFFFF is FIT's "invalid" and decoders differ on passing it through.
    bad = (np.abs(lat_deg) > 90.0) | (np.abs(lon_deg) > 180.0)
    speed_kmh = np.asarray(speed, dtype=np.float64) * MS_TO_KMH
    keep = ~bad
    if bad.any():
        warnings.append(
            str(
                InputError(
                    path,
                    translate("Fit", "{count} records out of range skipped").format(
                        count=int(bad.sum())
                    ),
                )
            )
        )
    if not keep.any():
        raise InputError(path, translate("Fit", "no records with a position"))
    # Segment starts counted in records kept; a start whose records were all skipped goes.
    kept_before = np.concatenate(([0], np.cumsum(keep)))
    segment_starts = np.unique(kept_before[np.asarray(starts, dtype=np.int64)])
    segment_starts = segment_starts[segment_starts < int(keep.sum())]
    points = [
        (la * _DEG_PER_SEMICIRCLE, lo * _DEG_PER_SEMICIRCLE, name)
        for la, lo, name in course
        if abs(la * _DEG_PER_SEMICIRCLE) <= 90.0 and abs(lo * _DEG_PER_SEMICIRCLE) <= 180.0
    ]
    if len(points) < len(course):
        out = len(course) - len(points)
        warnings.append(
            str(
                InputError(
                    path,
                    translate("Fit", "{out} course points out of range skipped").format(out=out),
                )
            )
        )
    track = Track(
        time=times[keep],
        lat=lat_deg[keep],
        lon=lon_deg[keep],
        ele=np.asarray(ele, dtype=np.float64)[keep],
        speed=speed_kmh[keep] if np.isfinite(speed_kmh).any() else None,
        segment_starts=segment_starts.astype(np.int64),
        name=Path(path).stem,
        warnings=tuple(warnings),
    )
    return track, points


def _course_point(frame: fitdecode.FitDataMessage, out: list[tuple[int, int, str]]) -> None:
    """Add a course point with a position: its name, else its kind ("Left", "Summit")."""
    la = frame.get_value("position_lat", fallback=None)
    lo = frame.get_value("position_long", fallback=None)
    if not isinstance(la, int) or not isinstance(lo, int):
        return
    name = frame.get_value("name", fallback=None)
    kind = frame.get_value("type", fallback=None)
    if isinstance(name, str) and name.strip():
        label = name.strip()
    else:
        label = str(kind).replace("_", " ").capitalize() if kind is not None else "Course point"
    out.append((la, lo, label))
