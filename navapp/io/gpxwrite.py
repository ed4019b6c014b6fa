"""Recorded tracks written as GPX 1.1: one ``<trk>``, a ``<trkseg>`` per segment, atomically.

The points are formatted a block at a time from the track's numpy columns (no per-point
objects), so a 2,000,000-point log is written in flat memory; :mod:`navapp.io.tracklog` formats
its points with the same code, and :func:`navapp.io.gpxtrack.load_track` reads both.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np

import navapp
from navapp.core.model import FloatArray, Track
from navapp.io.atomic import atomic_writer
from navapp.io.gpxtrack import MS_TO_KMH

GPX11 = "http://www.topografix.com/GPX/1/1"
TPX2 = "http://www.garmin.com/xmlschemas/TrackPointExtension/v2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
GPX_SCHEMA_LOCATION = f"{GPX11} http://www.topografix.com/GPX/1/1/gpx.xsd"
TPX2_SCHEMA_LOCATION = f"{TPX2} http://www.garmin.com/xmlschemas/TrackPointExtensionv2.xsd"

# Points formatted per write call: big enough to amortise the call, small enough to stay flat.
_WRITE_CHUNK = 8_192
_NAN = math.nan


def _segments(track: Track) -> list[tuple[int, int]]:
    n = len(track)
    starts = sorted({0, *(int(s) for s in track.segment_starts if 0 < s < n)})
    return list(zip(starts, [*starts[1:], n], strict=True))


def _time_strings(time: FloatArray) -> list[str]:
    """ISO-8601 UTC strings with ``Z``, milliseconds only where the time has a fraction."""
    finite = np.isfinite(time)
    ms = np.zeros(len(time), dtype=np.int64)
    ms[finite] = np.round(time[finite] * 1000.0).astype(np.int64)
    stamps = ms.astype("datetime64[ms]")
    whole = np.datetime_as_string(stamps, unit="s", timezone="UTC")
    if (ms[finite] % 1000).any():
        fractional = np.datetime_as_string(stamps, unit="ms", timezone="UTC")
        whole = np.where(ms % 1000 == 0, whole, fractional)
    out: list[str] = whole.tolist()
    return out


def _fmt(value: float, digits: int) -> str:
    text = f"{value:.{digits}f}".rstrip("0")
    return text[:-1] if text.endswith(".") else text


def format_points(track: Track, start: int, stop: int) -> Iterator[str]:
    for lo in range(start, stop, _WRITE_CHUNK):
        hi = min(lo + _WRITE_CHUNK, stop)
        lats = track.lat[lo:hi].tolist()
        lons = track.lon[lo:hi].tolist()
        eles = track.ele[lo:hi].tolist()
        times = track.time[lo:hi]
        stamps = _time_strings(times)
        has_time = np.isfinite(times).tolist()
        if track.speed is not None:
            speeds = (track.speed[lo:hi] / MS_TO_KMH).tolist()
        else:
            speeds = [_NAN] * (hi - lo)
        fixed = [True] * (hi - lo) if track.valid is None else track.valid[lo:hi].tolist()
        parts: list[str] = []
        add = parts.append
        for lat, lon, ele, stamp, timed, speed, fix in zip(
            lats, lons, eles, stamps, has_time, speeds, fixed, strict=True
        ):
            add(f'<trkpt lat="{_fmt(lat, 9)}" lon="{_fmt(lon, 9)}">')
            if ele - ele == 0.0:  # finite
                add(f"<ele>{_fmt(ele, 3)}</ele>")
            if timed:
                add(f"<time>{stamp}</time>")
            if not fix:
                add("<fix>none</fix>")
            if speed - speed == 0.0:
                add(
                    "<extensions><gpxtpx:TrackPointExtension>"
                    f"<gpxtpx:speed>{_fmt(speed, 3)}</gpxtpx:speed>"
                    "</gpxtpx:TrackPointExtension></extensions>"
                )
            add("</trkpt>\n")
        yield "".join(parts)


def write_track(track: Track, path: str | Path, name: str = "") -> None:
    """Write ``track`` as one GPX 1.1 ``<trk>`` with a ``<trkseg>`` per segment, atomically.

    ``name`` (else the track's own name) becomes the track name. Times are UTC with ``Z``;
    elevation is written where finite; speed, when the track has it, goes in m/s in a Garmin
    TrackPointExtension v2. Raises ValueError for a point without a finite lat/lon, OSError
    when the file cannot be written (the old file is then left as it was).
    """
    if not (np.isfinite(track.lat).all() and np.isfinite(track.lon).all()):
        raise ValueError("every track point needs a finite lat/lon")
    title = name or track.name
    speed = track.speed is not None
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<gpx version="1.1" creator="navapp {navapp.__version__}" xmlns="{GPX11}"',
        f' xmlns:gpxtpx="{TPX2}"' if speed else "",
        f' xmlns:xsi="{XSI}" xsi:schemaLocation="{GPX_SCHEMA_LOCATION}',
        f" {TPX2_SCHEMA_LOCATION}" if speed else "",
        '">',
        "\n<trk>\n",
        f"<name>{escape(title)}</name>\n" if title else "",
    ]
    with atomic_writer(path) as fh:
        fh.write("".join(head).encode())
        for start, stop in _segments(track):
            fh.write(b"<trkseg>\n")
            for text in format_points(track, start, stop):
                fh.write(text.encode())
            fh.write(b"</trkseg>\n")
        fh.write(b"</trk>\n</gpx>\n")
