"""The gpsd JSON protocol: report lines in, fixes out.

gpsd (https://gpsd.gitlab.io/gpsd/gpsd_json.html) answers :data:`WATCH_COMMAND` with one JSON
object per line. A ``TPV`` report becomes one :class:`~navapp.core.model.Fix`; a ``SKY``
report gives the satellites used and the HDOP, which are attached to the fixes that follow
it. Everything else (``VERSION``, ``DEVICES``, ``WATCH``, …) is ignored. Bad input is counted
in :attr:`GpsdParser.stats`, never raised.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from navapp.core.model import Fix
from navapp.io.gpxtrack import parse_time

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "KMH_PER_MS",
    "WATCH_COMMAND",
    "GpsdParser",
    "GpsdStats",
]

DEFAULT_HOST = "localhost"
DEFAULT_PORT = 2947
WATCH_COMMAND = '?WATCH={"enable":true,"json":true}\n'
KMH_PER_MS = 3.6

# TPV "status" 5 is dead reckoning alone: like NMEA mode E, not a position to navigate by.
_STATUS_DEAD_RECKONING = 5
# Longer lines are not gpsd reports (a SKY with 100 satellites is about 10 KB).
_MAX_LINE = 256 * 1024


@dataclass
class GpsdStats:
    """What a parser made of its input.

    ``lines`` counts every non-blank line and equals ``tpv + sky + ignored + malformed``.
    ``no_fix`` counts the TPV reports that became invalid fixes.
    """

    lines: int = 0
    tpv: int = 0
    sky: int = 0
    ignored: int = 0
    malformed: int = 0
    no_fix: int = 0


class _Malformed(Exception):
    """A report whose fields have the wrong type or range."""


def _number(obj: dict[str, Any], key: str) -> float | None:
    """A finite number field, None when absent; _Malformed for any other type or value."""
    value = obj.get(key)
    if value is None:
        return None
    # bool is an int in Python, but true is not a number in JSON.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Malformed
    try:
        number = float(value)
    except OverflowError:  # an integer too big for a float
        raise _Malformed from None
    if not math.isfinite(number):
        raise _Malformed
    return number


def _integer(obj: dict[str, Any], key: str) -> int | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Malformed
    return value


def _time(obj: dict[str, Any]) -> float:
    value = obj.get("time")
    if value is None:
        return math.nan
    if not isinstance(value, str):
        raise _Malformed
    try:
        return parse_time(value)
    except (ValueError, OverflowError):
        raise _Malformed from None


class GpsdParser:
    """An incremental gpsd JSON parser: feed report lines, get fixes."""

    def __init__(self) -> None:
        self.stats = GpsdStats()
        # The last SKY report's values, attached to every following fix.
        self._hdop: float | None = None
        self._satellites: int | None = None

    def feed(self, line: str) -> list[Fix]:
        """Parse one line; return the fix it reports (a list of none or one)."""
        text = line.strip()
        if not text:
            return []
        self.stats.lines += 1
        if len(text) > _MAX_LINE:
            self.stats.malformed += 1
            return []
        try:
            obj = json.loads(text)
        # ValueError covers bad JSON and integers too long to convert; deep nesting recurses.
        except (ValueError, RecursionError):
            self.stats.malformed += 1
            return []
        if not isinstance(obj, dict):
            self.stats.malformed += 1
            return []
        kind = obj.get("class")
        try:
            if kind == "TPV":
                fix = self._tpv(obj)
                self.stats.tpv += 1
                if not fix.valid:
                    self.stats.no_fix += 1
                return [fix]
            if kind == "SKY":
                self._sky(obj)
                self.stats.sky += 1
                return []
        except _Malformed:
            self.stats.malformed += 1
            return []
        self.stats.ignored += 1
        return []

    def _tpv(self, obj: dict[str, Any]) -> Fix:
        mode = _integer(obj, "mode") or 0
        status = _integer(obj, "status")
        time = _time(obj)
        lat = _number(obj, "lat")
        lon = _number(obj, "lon")
        if lat is not None and not -90.0 <= lat <= 90.0:
            raise _Malformed
        if lon is not None and not -180.0 <= lon <= 180.0:
            raise _Malformed
        speed = _number(obj, "speed")
        course = _number(obj, "track")
        alt = _number(obj, "altMSL")
        if alt is None:
            alt = _number(obj, "alt")  # before gpsd 3.20 "alt" was the only altitude
        valid = (
            mode >= 2 and lat is not None and lon is not None and status != _STATUS_DEAD_RECKONING
        )
        return Fix(
            time=time,
            lat=math.nan if lat is None else lat,
            lon=math.nan if lon is None else lon,
            speed_kmh=speed * KMH_PER_MS if speed is not None and speed >= 0.0 else None,
            course_deg=course % 360.0 if course is not None else None,
            # A 2D fix has no altitude worth keeping, whatever the field says.
            ele_m=alt if mode >= 3 else None,
            hdop=self._hdop,
            satellites=self._satellites,
            valid=valid,
        )

    def _sky(self, obj: dict[str, Any]) -> None:
        hdop = _number(obj, "hdop")
        used = _integer(obj, "uSat")
        if used is None:
            sats = obj.get("satellites")
            if sats is not None:
                if not isinstance(sats, list):
                    raise _Malformed
                used = sum(1 for s in sats if isinstance(s, dict) and s.get("used") is True)
        # gpsd sends partial SKY reports (e.g. without satellites): keep what they lack.
        if hdop is not None:
            self._hdop = hdop
        if used is not None:
            self._satellites = used
