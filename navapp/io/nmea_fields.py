"""The fields of NMEA 0183 sentences: checksum, address, time of day, numbers, dates, positions.

Each reader takes one field's text and gives its value, None for an empty field, or raises
:class:`Malformed` when the field cannot be read (the sentence is then dropped and counted).
:mod:`navapp.io.nmea` merges the sentences read with these into fixes.
"""

from __future__ import annotations

import math
import re
from datetime import date

UNIX_ORDINAL = date(1970, 1, 1).toordinal()

_TIME_RE = re.compile(r"(\d\d)(\d\d)(\d\d(?:\.\d{0,6})?)", re.ASCII)
_NUM_RE = re.compile(r"[+-]?(?:\d{1,12}(?:\.\d{0,12})?|\.\d{1,12})", re.ASCII)
_COORD_RE = re.compile(r"\d{1,5}(?:\.\d{0,12})?", re.ASCII)
# A sentence's address: talker and sentence type (``GPRMC``), or a proprietary ``P…``.
ADDRESS_RE = re.compile(r"[A-Z][A-Z0-9]{1,15}", re.ASCII)
HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


class Malformed(Exception):
    """A sentence whose fields cannot be read."""


def checksum(body: str) -> int:
    """The XOR of the characters between ``$`` and ``*``."""
    value = 0
    for ch in body:
        value ^= ord(ch)
    return value


def time_of_day(text: str) -> tuple[int, float] | None:
    """``hhmmss[.sss]`` as (milliseconds key, seconds of day); None when the field is empty."""
    if not text:
        return None
    m = _TIME_RE.fullmatch(text)
    if not m:
        raise Malformed
    h, mi, s = int(m.group(1)), int(m.group(2)), float(m.group(3))
    if h > 23 or mi > 59 or s >= 61.0:
        raise Malformed
    tod = h * 3600 + mi * 60 + s
    return round(tod * 1000), tod


def number(text: str) -> float | None:
    """A decimal number (sign and fraction allowed)."""
    if not text:
        return None
    if not _NUM_RE.fullmatch(text):
        raise Malformed
    return float(text)


def integer(text: str) -> int | None:
    """A whole number of up to nine digits."""
    if not text:
        return None
    if len(text) > 9 or not text.isascii() or not text.isdigit():
        raise Malformed
    return int(text)


def day_number(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a calendar date."""
    try:
        return date(year, month, day).toordinal() - UNIX_ORDINAL
    except (ValueError, OverflowError):
        raise Malformed from None


def ddmmyy(text: str) -> int | None:
    """Days since 1970-01-01 of a ``ddmmyy`` date field."""
    if not text:
        return None
    if len(text) != 6 or not text.isascii() or not text.isdigit():
        raise Malformed
    yy = int(text[4:])
    # NMEA has two-digit years; GPS receivers did not exist before 1980.
    year = 2000 + yy if yy < 80 else 1900 + yy
    return day_number(year, int(text[2:4]), int(text[:2]))


class BadPosition:
    """Marker for coordinates present but unusable."""


BAD_POSITION = BadPosition()


def _angle(text: str, hemi: str, positive: str, negative: str, limit: float) -> float | None:
    if not _COORD_RE.fullmatch(text) or hemi not in (positive, negative):
        return None
    value = float(text)
    degrees = math.floor(value / 100.0)
    minutes = value - degrees * 100.0
    if minutes >= 60.0:
        return None
    angle = degrees + minutes / 60.0
    if angle > limit:
        return None
    return -angle if hemi == negative else angle


def position(lat: str, ns: str, lon: str, ew: str) -> tuple[float, float] | BadPosition | None:
    """Coordinates from their four fields.

    None when all four are empty, :data:`BAD_POSITION` when present but unusable.
    """
    if not (lat or ns or lon or ew):
        return None
    la = _angle(lat, ns, "N", "S", 90.0)
    lo = _angle(lon, ew, "E", "W", 180.0)
    if la is None or lo is None:
        return BAD_POSITION
    return la, lo
