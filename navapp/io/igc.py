"""IGC flight logs (FAI gliding and paragliding loggers) read as a :class:`Track`.

An IGC file is lines of records, one letter first: ``A`` the logger, ``H`` headers (the date
is ``HFDTE``), ``B`` one fix each. A ``B`` record is fixed-width::

    B HHMMSS DDMMmmm N DDDMMmmm E V PPPPP GGGGG
      time   lat       lon        |  |     GNSS altitude (m)
                                  |  pressure altitude (m)
                                  A: 3D fix, V: no fix (2D or none)
"""

from __future__ import annotations

import re
from calendar import timegm
from pathlib import Path

import numpy as np

from navapp.core.i18n import translate
from navapp.core.model import Track
from navapp.io.errors import InputError
from navapp.io.files import read_bytes

IGC_EXTENSIONS = (".igc",)
_B = re.compile(rb"^B(\d{6})(\d{7})([NS])(\d{8})([EW])([AV])([-\d]\d{4})([-\d]\d{4})", re.MULTILINE)
_ANY_B = re.compile(rb"^B", re.MULTILINE)
_DATE = re.compile(rb"^HFDTE(?:DATE:)?(\d{2})(\d{2})(\d{2})", re.MULTILINE)
_FIRST_B = re.compile(rb"^B\d{6}\d{7}[NS]\d{8}[EW][AV]", re.MULTILINE)


def _lines(data: bytes) -> bytes:
    """The bytes with every line ending as LF: loggers write CRLF, old ones and classic Mac
    tools CR alone."""
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def is_igc(head: bytes) -> bool:
    """True when the bytes begin an IGC log: an ``A`` record first, then ``H`` or ``B`` ones."""
    text = _lines(head).lstrip(b"\xef\xbb\xbf \t\n")
    if not text.startswith(b"A"):
        return False
    return bool(re.search(rb"^H[FOP]", text, re.MULTILINE) or _FIRST_B.search(text))


def _day_start(data: bytes) -> float | None:
    """Epoch seconds of the flight's date (``HFDTE``) at 00:00 UTC, None when absent."""
    m = _DATE.search(data)
    if m is None:
        return None
    day, month, yy = (int(g) for g in m.groups())
    # Two-digit years: the format dates from 1990s loggers.
    year = 1900 + yy if yy >= 80 else 2000 + yy
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return float(timegm((year, month, day, 0, 0, 0)))


def _first_bad(data: bytes) -> int | None:
    """The line number of the first ``B`` record that does not read."""
    for number, line in enumerate(data.splitlines(), 1):
        if line.startswith(b"B") and _B.match(line) is None:
            return number
    return None


def _degrees(whole: np.ndarray, minutes_milli: np.ndarray, south: np.ndarray) -> np.ndarray:
    deg = whole + minutes_milli / 60000.0
    return np.where(south, -deg, deg)


def read_igc(path: str | Path) -> Track:
    """The ``B`` records of an IGC log as a track.

    Times come from the ``HFDTE`` date; a time of day earlier than the one before it is the
    next day (a flight across midnight UTC). ``V`` fixes (no 3D fix) are kept, marked False
    in ``valid``. Elevation is the GNSS altitude, or the pressure altitude when the logger
    records no GNSS altitude. Unreadable ``B`` lines are skipped with a warning; a file with
    no ``B`` record raises :class:`InputError`.
    """
    data = _lines(read_bytes(path))
    if not data.strip():
        raise InputError(path, translate("Igc", "file is empty"))
    # One pass of the regex engine over the whole file, not a Python loop per line.
    fields = _B.findall(data)
    bad = len(_ANY_B.findall(data)) - len(fields)
    if not fields:
        raise InputError(path, translate("Igc", "no fixes (IGC B records)"))
    cols = list(zip(*fields, strict=True))

    def numbers(i: int) -> np.ndarray:
        return np.array(cols[i], dtype="S8").astype(np.float64)

    hms = np.array(cols[0], dtype="S6").view(np.uint8).reshape(-1, 6).astype(np.int64) - 48
    seconds = (hms[:, 0] * 10 + hms[:, 1]) * 3600 + (hms[:, 2] * 10 + hms[:, 3]) * 60
    seconds += hms[:, 4] * 10 + hms[:, 5]
    lat_raw = numbers(1)
    lon_raw = numbers(3)
    lat = _degrees(lat_raw // 100000, lat_raw % 100000, np.array(cols[2]) == b"S")
    lon = _degrees(lon_raw // 100000, lon_raw % 100000, np.array(cols[4]) == b"W")
    valid = np.array(cols[5]) == b"A"
    pressure = numbers(6)
    gnss = numbers(7)
    # A logger without a sensor writes zeros: no altitude at all.
    ele = gnss if gnss.any() else pressure if pressure.any() else np.full(len(lat), np.nan)

    warnings: list[str] = []
    if bad:
        warnings.append(
            str(
                InputError(
                    path,
                    translate("Igc", "{bad} unreadable fixes skipped").format(bad=bad),
                    _first_bad(data),
                )
            )
        )
    day = _day_start(data)
    if day is None:
        warnings.append(
            str(InputError(path, translate("Igc", "no flight date (HFDTE): times dropped")))
        )
        time = np.full(len(lat), np.nan)
    else:
        rollover = np.concatenate(([0], np.cumsum(np.diff(seconds) < 0)))
        time = day + (rollover * 86400 + seconds).astype(np.float64)
    out_of_range = (np.abs(lat) > 90.0) | (np.abs(lon) > 180.0)
    if out_of_range.any():
        skipped = InputError(
            path,
            translate("Igc", "{count} fixes out of range skipped").format(
                count=int(out_of_range.sum())
            ),
        )
        warnings.append(str(skipped))
        keep = ~out_of_range
        time, lat, lon, ele, valid = time[keep], lat[keep], lon[keep], ele[keep], valid[keep]
        if not len(lat):
            raise InputError(path, translate("Igc", "no fixes (IGC B records) in range"))
    return Track(
        time=time,
        lat=lat,
        lon=lon,
        ele=ele,
        speed=None,
        segment_starts=np.zeros(1, dtype=np.int64),
        name=Path(path).stem,
        valid=None if valid.all() else valid,
        warnings=tuple(warnings),
    )
