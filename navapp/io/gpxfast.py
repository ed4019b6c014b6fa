"""The quick way through a plain recorded GPX track: one segment of regular points, read
with one pattern over the bytes and converted by numpy, a few times faster than walking the
parsed points one by one.

It only takes files it reads exactly as :func:`navapp.io.gpxtrack.load_track` does: one
``<trkseg>`` whose points are nothing but ``<trkpt lat lon>`` with an optional ``<ele>``,
``<time>`` (UTC, ``Z``) and a Garmin-style speed extension, in plain numbers. Everything else in
the file (the document, its name, namespaces, a DTD refused) goes through the streaming
loader with the points left out. For any other file, None: the streaming loader reads it.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from lxml import etree

from navapp.core.model import FloatArray, Track
from navapp.errors import NavappError
from navapp.io.safexml import check_prolog

# Files up to this size are read whole (a 3-hour 10 Hz log is about 25 MB); bigger ones
# stream, in flat memory.
MAX_BYTES = 64 * 1024 * 1024

_NUM = rb"-?\d{1,4}(?:\.\d{1,15})?"
_POINT = re.compile(
    rb'(\s*<trkpt lat="(' + _NUM + rb')" lon="(' + _NUM + rb')">'
    rb"\s*(?:<ele>(" + _NUM + rb")</ele>\s*)?"
    rb"(?:<time>(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?)Z</time>\s*)?"
    rb"(?:<extensions>\s*<([A-Za-z_][\w.-]*):TrackPointExtension>\s*"
    rb"<\6:speed>(" + _NUM + rb")</\6:speed>\s*</\6:TrackPointExtension>\s*</extensions>\s*)?"
    rb"</trkpt>)"
)
_OPEN, _CLOSE = b"<trkseg>", b"</trkseg>"
_POINT_END = b"</trkpt>"
# Points are matched and converted this many bytes of file at a time (about 5,000 points).
_CHUNK_BYTES = 1 << 20
_EPOCH_US = np.datetime64(0, "us")
_SECOND = np.timedelta64(1, "s")


def _seconds(stamps: tuple[bytes, ...]) -> FloatArray | None:
    """UTC times matched without their ``Z`` as epoch seconds (NaN where a point has none);
    None when numpy cannot read one (the streaming loader then says which)."""
    a = np.array(stamps)
    if (a == b"").any():
        a = np.where(a == b"", b"NaT", a)
    try:
        when = a.astype("datetime64[us]")
    except ValueError:
        return None
    return np.asarray((when - _EPOCH_US) / _SECOND, dtype=np.float64)


def _floats(values: tuple[bytes, ...] | list[bytes]) -> FloatArray:
    """Plain numbers as float64 (as ``float`` reads them); empty ones NaN."""
    a = np.array(values)
    if a.size and (a == b"").any():
        a = np.where(a == b"", b"nan", a)
    return np.asarray(a.astype(np.float64), dtype=np.float64)


_Columns = tuple[FloatArray, FloatArray, FloatArray, FloatArray, FloatArray | None, set[bytes]]


def _read_points(data: bytes, start: int, stop: int) -> _Columns | None:
    """lat, lon, ele, time, speed (km/h, None when no point has one) and the speed
    extension's prefixes of the points tiling ``data[start:stop]``; None when something else
    is among them. Read a chunk of points at a time, so the matched texts never pile up."""
    parts: list[list[FloatArray]] = [[], [], [], [], []]
    prefixes: set[bytes] = set()
    end = _content_end(data, start, stop)
    pos = start
    while pos < end:
        cut = data.find(_POINT_END, min(pos + _CHUNK_BYTES, end) - len(_POINT_END))
        cut = end if cut < 0 or cut + len(_POINT_END) >= end else cut + len(_POINT_END)
        points = _POINT.findall(data, pos, cut)
        # The points tile the segment: nothing else (a comment, an entity, a <fix>) is in it.
        if not points:
            return None
        columns = list(zip(*points, strict=True))
        if sum(map(len, columns[0])) != cut - pos:
            return None
        seconds = _seconds(columns[4])
        if seconds is None:
            return None
        prefixes |= set(columns[5]) - {b""}
        for k, values in enumerate(
            (_floats(columns[1]), _floats(columns[2]), _floats(columns[3]), seconds)
        ):
            parts[k].append(values)
        parts[4].append(_floats(columns[6]) * 3.6)
        pos = cut
    if not parts[0]:
        return None
    lat, lon, ele, seconds = (np.concatenate(p) for p in parts[:4])
    speed = np.concatenate(parts[4]) if prefixes else None
    return lat, lon, ele, seconds, speed, prefixes


def _content_end(data: bytes, start: int, stop: int) -> int:
    """Where the segment's content ends, trailing white space left out."""
    end = stop
    while end > start and data[end - 1 : end].isspace():
        end -= 1
    return end


def fast_track(path: str | Path, data: bytes) -> Track | None:
    """The track of a regular one-segment GPX file (its whole ``data``), None when it is not
    one (then the streaming loader reads it, and says what is wrong with it)."""
    from navapp.io.gpxtrack import _HEAD_BYTES, _Reader

    try:
        # As the streaming loader does: a DTD is refused before any parser sees a byte.
        check_prolog(data[:_HEAD_BYTES], path)
    except NavappError:
        return None
    # One segment: the first <trkseg> and the </trkseg> after it, none in what follows (the
    # points tiling the body below leave none inside it).
    first = data.find(_OPEN)
    start = first + len(_OPEN)
    stop = data.find(_CLOSE, start) if first >= 0 else -1
    if stop < 0 or data.find(_OPEN, stop) >= 0 or data.find(_CLOSE, stop + 1) >= 0:
        return None
    columns = _read_points(data, start, stop)
    if columns is None:
        return None
    lat, lon, ele, seconds, speed, prefixes = columns
    head = data[:start]
    if any(b"xmlns:" + prefix + b'="' not in head for prefix in prefixes):
        return None
    # The document around the points, through the streaming loader: root, name, safety.
    reader = _Reader(str(path))
    try:
        reader.feed(head + data[stop:])
        reader.close()
    except (etree.XMLSyntaxError, NavappError):
        return None
    if reader.torn is not None or len(reader.trk):
        return None
    if not ((np.abs(lat) <= 90.0).all() and (np.abs(lon) <= 180.0).all()):
        return None  # the streaming loader names the point
    return Track(
        time=seconds,
        lat=lat,
        lon=lon,
        ele=ele,
        speed=speed,
        segment_starts=np.zeros(1, dtype=np.int64),
        name=reader.trk.name,
    )
