"""NMEA 0183 logs and streams: RMC, GGA, VTG and ZDA sentences merged into one fix per epoch.

An *epoch* is the run of consecutive sentences that report the same time of day; VTG, which has
no time field, belongs to the epoch in progress. Each epoch that holds an RMC or GGA sentence
becomes one :class:`~navapp.core.model.Fix`. Fixes without a usable position (no fix, dead
reckoning or estimated, bad coordinates) are kept in the list of fixes with ``valid=False`` and
never enter the track. Each sentence's fields are read by :mod:`navapp.io.nmea_fields`.
"""

from __future__ import annotations

import codecs
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from navapp.core.i18n import translate
from navapp.core.model import Fix, Track
from navapp.io.errors import InputError
from navapp.io.files import read_bytes
from navapp.io.nmea_fields import (
    ADDRESS_RE,
    HEX_DIGITS,
    BadPosition,
    Malformed,
    checksum,
    day_number,
    ddmmyy,
    integer,
    number,
    position,
    time_of_day,
)

__all__ = [
    "FILE_EXTENSIONS",
    "KMH_PER_KNOT",
    "NmeaLog",
    "NmeaParser",
    "NmeaStats",
    "decode_log",
    "is_nmea",
    "read_nmea",
]

KMH_PER_KNOT = 1.852
FILE_EXTENSIONS = (".nmea", ".log", ".txt")

_TALKERS = frozenset({"GP", "GN", "GL", "GA", "GB", "BD", "GQ"})
_DAY_S = 86400.0
# A time of day smaller than the previous one by more than this is the next day, not a step back.
_ROLLOVER_S = 43200.0
# Valid fixes further apart than this start a new track segment.
_MAX_GAP_S = 10.0
# A file with more NUL bytes than this share is binary: only checksummed sentences count there.
_BINARY_NUL_SHARE = 0.01

# A sentence of one of our talkers, as seen when telling a log from other files by content.
_SENTENCE_RE = re.compile(r"\$(?:GP|GN|GL|GA|GB|BD|GQ)[A-Z]{3},", re.ASCII)
# How much of a file's start is looked at to tell its text encoding.
_SNIFF_BYTES = 4096


@dataclass
class NmeaStats:
    """What a parser made of its input.

    ``sentences`` counts every candidate sentence (each ``$`` and each other non-blank,
    non-comment line) and equals ``used + bad_checksum + malformed + ignored``.
    ``unchecked`` counts sentences that had no checksum (they are also counted in one of the
    four above); ``bad_position`` counts sentences whose coordinates were missing while a fix
    was claimed, unreadable or out of range. ``no_fix`` and ``dead_reckoning`` count fixes
    (epochs), not sentences.
    """

    sentences: int = 0
    used: int = 0
    bad_checksum: int = 0
    unchecked: int = 0
    malformed: int = 0
    ignored: int = 0
    no_fix: int = 0
    dead_reckoning: int = 0
    bad_position: int = 0


@dataclass(frozen=True, eq=False)
class NmeaLog:
    """A whole NMEA log read from a file.

    ``track`` holds the valid fixes only (``speed`` always present, NaN where unknown);
    ``fixes`` holds every fix in file order, invalid ones included. ``date_known`` is False
    when no RMC or ZDA sentence ever gave the date; every time is then NaN.
    """

    track: Track
    fixes: tuple[Fix, ...]
    stats: NmeaStats
    date_known: bool


class _Epoch:
    """Everything the sentences of one time of day said, merged."""

    __slots__ = (
        "course",
        "day",
        "dead_reckoning",
        "ele",
        "has_fix_sentence",
        "hdop",
        "key",
        "lat",
        "lon",
        "no_fix",
        "satellites",
        "speed",
        "tod",
    )

    def __init__(self, key: int, tod: float) -> None:
        self.key = key
        self.tod = tod
        self.day: int | None = None  # days since 1970-01-01, when a sentence of this epoch said
        self.lat = math.nan
        self.lon = math.nan
        self.speed: float | None = None
        self.course: float | None = None
        self.ele: float | None = None
        self.hdop: float | None = None
        self.satellites: dict[str, int] = {}
        self.has_fix_sentence = False
        self.no_fix = False
        self.dead_reckoning = False

    @property
    def has_position(self) -> bool:
        return not math.isnan(self.lat)

    @property
    def valid(self) -> bool:
        return self.has_position and not self.no_fix and not self.dead_reckoning

    def set_position(self, pos: tuple[float, float] | None) -> None:
        if pos is not None and not self.has_position:
            self.lat, self.lon = pos

    def to_fix(self, time: float) -> Fix:
        sats: int | None = None
        if "GN" in self.satellites:
            sats = self.satellites["GN"]
        elif self.satellites:
            # Receivers that send one GGA per constellation (SiRFstarV: GPGGA + GLGGA) count
            # each constellation's satellites separately.
            sats = sum(self.satellites.values())
        return Fix(
            time=time,
            lat=self.lat,
            lon=self.lon,
            speed_kmh=self.speed,
            course_deg=self.course,
            ele_m=self.ele,
            hdop=self.hdop,
            satellites=sats,
            valid=self.valid,
        )


class _Assembler:
    """Turns lines into completed epochs, counting into ``stats``."""

    def __init__(self, stats: NmeaStats) -> None:
        self.stats = stats
        self.pending: _Epoch | None = None
        self.verified = 0  # sentences whose checksum matched, whatever their type

    def feed(self, line: str, out: list[_Epoch]) -> None:
        """Parse one line, appending the epochs it completes to ``out``."""
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            return
        pieces = stripped.split("$")
        if len(pieces) == 1:
            self.stats.sentences += 1
            # AIS and other "!" encapsulated sentences are NMEA, just not ours.
            if stripped.startswith("!"):
                self.stats.ignored += 1
            else:
                self.stats.malformed += 1
            return
        # Anything before the first "$" is line noise; a "$" inside a line starts a new
        # sentence (the previous one was cut short).
        for piece in pieces[1:]:
            self.stats.sentences += 1
            self._sentence(piece.rstrip(), out)

    def flush(self, out: list[_Epoch]) -> None:
        """Complete the epoch in progress, if any."""
        if self.pending is not None:
            self._complete(self.pending, out)
            self.pending = None

    def _sentence(self, text: str, out: list[_Epoch]) -> None:
        stats = self.stats
        star = text.find("*")
        if star < 0:
            body = text
            stats.unchecked += 1
        else:
            body = text[:star]
            given = text[star + 1 : star + 3]
            if len(given) != 2 or not (given[0] in HEX_DIGITS and given[1] in HEX_DIGITS):
                stats.malformed += 1
                return
            if int(given, 16) != checksum(body):
                stats.bad_checksum += 1
                return
            self.verified += 1
        fields = body.split(",")
        address = fields[0]
        if not ADDRESS_RE.fullmatch(address):
            stats.malformed += 1
            return
        kind = address[2:]
        if address[0] == "P" or len(address) != 5 or address[:2] not in _TALKERS:
            stats.ignored += 1
            return
        try:
            if kind == "RMC":
                used = self._rmc(fields, out)
            elif kind == "GGA":
                used = self._gga(fields, out)
            elif kind == "VTG":
                used = self._vtg(fields)
            elif kind == "ZDA":
                used = self._zda(fields, out)
            else:
                stats.ignored += 1
                return
        except Malformed:
            stats.malformed += 1
            return
        if used:
            stats.used += 1
        else:
            stats.ignored += 1

    def _epoch(self, when: tuple[int, float], out: list[_Epoch]) -> _Epoch:
        """The epoch for a time of day, completing the pending one if the time changed."""
        pending = self.pending
        if pending is not None and pending.key == when[0]:
            return pending
        if pending is not None:
            self._complete(pending, out)
        self.pending = _Epoch(*when)
        return self.pending

    def _complete(self, epoch: _Epoch, out: list[_Epoch]) -> None:
        if epoch.has_fix_sentence:
            if epoch.no_fix:
                self.stats.no_fix += 1
            elif epoch.dead_reckoning:
                self.stats.dead_reckoning += 1
        out.append(epoch)

    def _checked_position(self, fields: list[str], claims_fix: bool) -> tuple[float, float] | None:
        pos = position(*fields)
        if isinstance(pos, BadPosition) or (pos is None and claims_fix):
            self.stats.bad_position += 1
            return None
        return pos

    def _rmc(self, f: list[str], out: list[_Epoch]) -> bool:
        # time, status, lat, N/S, lon, E/W, knots, course, ddmmyy, magvar, E/W[, mode[, nav status]]
        if len(f) < 12:
            raise Malformed
        when = time_of_day(f[1])
        status = f[2]
        if status not in ("A", "V"):
            raise Malformed
        mode = f[12] if len(f) > 12 else ""
        no_fix = status == "V" or mode == "N"
        knots = number(f[7])
        course = number(f[8])
        day = ddmmyy(f[9])
        if when is None:
            # Receivers without time yet send empty sentences; one claiming a fix is broken.
            if no_fix:
                return True
            raise Malformed
        pos = self._checked_position(f[3:7], not no_fix)
        e = self._epoch(when, out)
        e.has_fix_sentence = True
        e.no_fix |= no_fix
        e.dead_reckoning |= mode == "E"
        e.set_position(pos)
        if e.day is None:
            e.day = day
        if e.speed is None and knots is not None and knots >= 0:
            e.speed = knots * KMH_PER_KNOT
        if e.course is None and course is not None:
            e.course = course % 360.0
        return True

    def _gga(self, f: list[str], out: list[_Epoch]) -> bool:
        # time, lat, N/S, lon, E/W, quality, satellites, hdop, altitude, M, geoid, M, age, station
        if len(f) < 15:
            raise Malformed
        when = time_of_day(f[1])
        quality = integer(f[6])
        if quality is None:
            raise Malformed
        satellites = integer(f[7])
        hdop = number(f[8])
        altitude = number(f[9])
        if f[10] not in ("M", ""):
            altitude = None
        if when is None:
            if quality == 0:
                return True
            raise Malformed
        pos = self._checked_position(f[2:6], quality != 0)
        e = self._epoch(when, out)
        e.has_fix_sentence = True
        e.no_fix |= quality == 0
        e.dead_reckoning |= quality == 6
        e.set_position(pos)
        if satellites is not None:
            e.satellites.setdefault(f[0][:2], satellites)
        if e.hdop is None:
            e.hdop = hdop
        if e.ele is None:
            e.ele = altitude
        return True

    def _vtg(self, f: list[str]) -> bool:
        # course true, T, course magnetic, M, knots, N, km/h, K[, mode]
        if len(f) < 9 or f[2] not in ("T", ""):
            raise Malformed
        course = number(f[1])
        knots = number(f[5])
        kmh = number(f[7])
        mode = f[9] if len(f) > 9 else ""
        e = self.pending
        if e is None or mode == "N":
            return False
        if kmh is None and knots is not None:
            kmh = knots * KMH_PER_KNOT
        if e.speed is None and kmh is not None and kmh >= 0:
            e.speed = kmh
        if e.course is None and course is not None:
            e.course = course % 360.0
        return True

    def _zda(self, f: list[str], out: list[_Epoch]) -> bool:
        # time, day, month, year, zone hours, zone minutes
        if len(f) < 5:
            raise Malformed
        when = time_of_day(f[1])
        d, m, y = integer(f[2]), integer(f[3]), integer(f[4])
        if d is None or m is None or y is None:
            if d is None and m is None and y is None:
                day = None
            else:
                raise Malformed
        else:
            day = day_number(y, m, d)
        if when is None:
            return True
        e = self._epoch(when, out)
        if e.day is None:
            e.day = day
        return True


class _Calendar:
    """Days relative to the first epoch, advanced at each midnight rollover."""

    def __init__(self) -> None:
        self.prev_tod: float | None = None
        self.index = 0

    def advance(self, tod: float) -> int:
        if self.prev_tod is not None:
            if tod < self.prev_tod - _ROLLOVER_S:
                self.index += 1
            elif tod > self.prev_tod + _ROLLOVER_S:
                self.index -= 1
        self.prev_tod = tod
        return self.index


class NmeaParser:
    """An incremental NMEA parser for live streams: feed lines, get completed fixes.

    A fix is complete when a sentence of another time of day arrives (or on :meth:`flush`).
    Fixes carry a time only once the date is known from an RMC or ZDA sentence; before that
    their time is NaN. Bad input is counted in :attr:`stats`, never raised.
    """

    def __init__(self) -> None:
        self.stats = NmeaStats()
        self._assembler = _Assembler(self.stats)
        self._calendar = _Calendar()
        self._offset: int | None = None  # date (days since 1970) minus calendar index

    def feed(self, line: str) -> list[Fix]:
        """Parse one line; return the fixes it completed (usually none or one)."""
        epochs: list[_Epoch] = []
        self._assembler.feed(line, epochs)
        return self._fixes(epochs)

    def flush(self) -> list[Fix]:
        """Complete and return the fix in progress (at the end of a stream)."""
        epochs: list[_Epoch] = []
        self._assembler.flush(epochs)
        return self._fixes(epochs)

    def _fixes(self, epochs: list[_Epoch]) -> list[Fix]:
        fixes = []
        for e in epochs:
            index = self._calendar.advance(e.tod)
            if e.day is not None:
                self._offset = e.day - index
            if e.has_fix_sentence:
                time = math.nan
                if self._offset is not None:
                    time = (index + self._offset) * _DAY_S + e.tod
                fixes.append(e.to_fix(time))
        return fixes


def _is_binary(text: str) -> bool:
    return text.count("\x00") > len(text) * _BINARY_NUL_SHARE


def _bomless_utf16(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte of ``head`` is NUL (ASCII as UTF-16)."""
    even, odd = head[0::2], head[1::2]
    if len(odd) < 8:
        return None
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_log(data: bytes) -> str:
    """A log's text: ASCII or UTF-8 (with or without a BOM), or UTF-16 (with a BOM, or without
    one when every other byte is NUL, as Windows tools save it); what is not text becomes
    U+FFFD, which no sentence can hold."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    else:
        encoding = _bomless_utf16(data[:_SNIFF_BYTES])
        if encoding is not None:
            return data.decode(encoding, errors="replace")
    return data.decode("ascii", errors="replace")


def is_nmea(head: bytes) -> bool:
    """Whether the start of a file holds an NMEA sentence (in any encoding read here)."""
    return _SENTENCE_RE.search(decode_log(head)) is not None


def read_nmea(path: str | Path) -> NmeaLog:
    """Read an NMEA log file (``.nmea``, ``.log``, ``.txt`` or any name), ASCII or UTF-16.

    Raises :class:`InputError` when the file cannot be read or holds no NMEA sentence.
    """
    text = decode_log(read_bytes(path))
    binary = _is_binary(text)
    stats = NmeaStats()
    assembler = _Assembler(stats)
    epochs: list[_Epoch] = []
    for line in text.splitlines():
        assembler.feed(line, epochs)
    assembler.flush(epochs)
    # In binary data an unchecked "$..." is more likely noise than a sentence.
    if assembler.verified == 0 and (binary or stats.used == 0):
        raise InputError(path, translate("Nmea", "no NMEA sentences found"))
    return _build_log(epochs, stats, Path(path).stem)


def _build_log(epochs: list[_Epoch], stats: NmeaStats, name: str) -> NmeaLog:
    n = len(epochs)
    calendar = _Calendar()
    index = np.empty(n, dtype=np.int64)
    tod = np.empty(n, dtype=np.float64)
    offsets: list[int | None] = []
    offset: int | None = None
    for i, e in enumerate(epochs):
        index[i] = calendar.advance(e.tod)
        tod[i] = e.tod
        if e.day is not None:
            offset = e.day - int(index[i])
        offsets.append(offset)
    first = next((o for o in offsets if o is not None), None)
    if first is not None:
        # Epochs before the first dated sentence take that date, counted backwards.
        day = np.array([first if o is None else o for o in offsets], dtype=np.int64) + index
        times = day * _DAY_S + tod
        # Segments follow absolute times when known, so that a jump in the date also breaks.
        order = times
    else:
        times = np.full(n, math.nan)
        order = index * _DAY_S + tod

    keep = [i for i, e in enumerate(epochs) if e.has_fix_sentence]
    fixes = tuple(epochs[i].to_fix(float(times[i])) for i in keep)
    good = [i for i in keep if epochs[i].valid]
    valid = np.array(good, dtype=np.int64)

    lat = np.array([epochs[i].lat for i in good], dtype=np.float64)
    lon = np.array([epochs[i].lon for i in good], dtype=np.float64)
    ele = np.array([_nan(epochs[i].ele) for i in good], dtype=np.float64)
    speed = np.array([_nan(epochs[i].speed) for i in good], dtype=np.float64)
    step = np.diff(order[valid])
    # A new segment where time stands still or goes back (file order is kept, never
    # re-sorted) or where the receiver stopped giving valid fixes for a while.
    breaks = np.flatnonzero((step <= 0) | (step > _MAX_GAP_S)) + 1
    starts = np.concatenate([np.zeros(1 if good else 0, dtype=np.int64), breaks])
    track = Track(
        time=times[valid],
        lat=lat,
        lon=lon,
        ele=ele,
        speed=speed,
        segment_starts=starts.astype(np.int64),
        name=name,
    )
    return NmeaLog(track=track, fixes=fixes, stats=stats, date_known=first is not None)


def _nan(value: float | None) -> float:
    return math.nan if value is None else value
