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
    body = data[start:stop]
    points = _POINT.findall(body)
    # One tuple per column, made in C: the columns are converted by numpy, not point by point.
    columns = list(zip(*points, strict=True)) if points else []
    # The points tile the segment: nothing else (a comment, an entity, a <fix>) is in it.
    if not points or sum(map(len, columns[0])) != len(body.rstrip()):
        return None
    prefixes = set(columns[5]) - {b""}
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
    lat = _floats(columns[1])
    lon = _floats(columns[2])
    if not ((np.abs(lat) <= 90.0).all() and (np.abs(lon) <= 180.0).all()):
        return None  # the streaming loader names the point
    seconds = _seconds(columns[4])
    if seconds is None:
        return None
    speed = _floats(columns[6]) * 3.6 if prefixes else None
    return Track(
        time=seconds,
        lat=lat,
        lon=lon,
        ele=_floats(columns[3]),
        speed=speed,
        segment_starts=np.zeros(1, dtype=np.int64),
        name=reader.trk.name,
    )
