"""The live session's own GPX track log, appended as the drive goes and readable after a crash.

The file is a complete GPX document at every moment the app could die: it is written as a
header plus the trailer ``</trkseg></trk></gpx>``, and each write seeks back over the trailer,
writes the new ``<trkpt>`` elements and the trailer again in one call, then flushes to the
operating system. Appends are buffered (a write at most about once a second, or every
``flush_points`` points) so a 10 Hz receiver does not cost a write per fix; ``fsync`` runs at
most every ``fsync_interval_s`` and on close. A killed process therefore loses at most the
points of the last second; a power cut, at most those since the last fsync. Should the
process die in the middle of a write, :func:`repair` cuts the torn tail off.

The points are formatted by the same code as :func:`navapp.io.gpxwrite.write_track`, so a log
and a written track look alike and :func:`~navapp.io.gpxtrack.load_track` reads both.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Self
from xml.sax.saxutils import escape

import numpy as np

import navapp
from navapp.core.i18n import translate
from navapp.core.model import Fix, Track
from navapp.io.atomic import atomic_write_bytes
from navapp.io.errors import InputError
from navapp.io.gpxwrite import (
    GPX11,
    GPX_SCHEMA_LOCATION,
    TPX2,
    TPX2_SCHEMA_LOCATION,
    XSI,
    format_points,
)

__all__ = ["TrackLog", "repair"]

_TRAILER = b"</trkseg>\n</trk>\n</gpx>\n"
_NEW_SEGMENT = b"</trkseg>\n<trkseg>\n"
_POINT_END = b"</trkpt>\n"
_FIRST_SEGMENT = b"<trkseg>\n"

Opener = Callable[[Path], IO[bytes]]


def _create(path: Path) -> IO[bytes]:
    # "x": a track log never replaces an earlier file.
    return open(path, "xb")


def _header(name: str) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<gpx version="1.1" creator="navapp {navapp.__version__}" xmlns="{GPX11}"',
        f' xmlns:gpxtpx="{TPX2}" xmlns:xsi="{XSI}"',
        f' xsi:schemaLocation="{GPX_SCHEMA_LOCATION} {TPX2_SCHEMA_LOCATION}">\n',
        "<trk>\n",
        f"<name>{escape(name)}</name>\n" if name else "",
        "<trkseg>\n",
    ]
    return "".join(parts).encode()


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


class TrackLog:
    """A GPX track log being recorded; append fixes, then :meth:`close`.

    Only valid fixes with finite coordinates are logged. After invalid fixes (a no-fix
    period) the next valid fix starts a new ``<trkseg>``, as does :meth:`new_segment`.
    ``clock`` (monotonic seconds) decides when buffered points are due to be written and
    synced; ``opener`` creates the file (tests wrap it to count writes). The file is created
    at once and must not exist yet. Used as a context manager, it closes itself.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        name: str = "",
        flush_interval_s: float = 1.0,
        flush_points: int = 100,
        fsync_interval_s: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        opener: Opener = _create,
    ) -> None:
        self.path = Path(path)
        self.flush_interval_s = flush_interval_s
        self.flush_points = max(1, flush_points)
        self.fsync_interval_s = fsync_interval_s
        self._clock = clock
        self._fh: IO[bytes] | None = opener(self.path)
        self._pending: list[Fix] = []
        self._pending_since = 0.0  # clock time of the oldest buffered point
        self._split = False  # the next point written starts a new segment
        self._in_gap = False  # invalid fixes came after the last valid one
        self._points = 0  # points written to the file
        now = clock()
        self._last_sync = now
        try:
            head = _header(name)
            self._end = len(head)  # where the trailer starts: the next points go here
            self._fh.write(head + _TRAILER)
            self._fh.flush()
            os.fsync(self._fh.fileno())
        except BaseException:
            self._fh.close()
            raise

    @classmethod
    def new_in(
        cls,
        folder: str | Path,
        start_time: float | datetime,
        *,
        name: str = "",
        flush_interval_s: float = 1.0,
        flush_points: int = 100,
        fsync_interval_s: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        opener: Opener = _create,
    ) -> TrackLog:
        """A new log in ``folder`` (created if missing) named ``navapp-YYYYMMDD-HHMMSS.gpx``.

        ``start_time`` is epoch seconds (named in UTC) or a datetime (an aware one is named in
        UTC, a naive one as given). A taken name gets ``-2``, ``-3``, … appended.
        """
        if isinstance(start_time, datetime):
            when = start_time.astimezone(UTC) if start_time.tzinfo else start_time
        else:
            when = datetime.fromtimestamp(start_time, UTC)
        base = when.strftime("navapp-%Y%m%d-%H%M%S")
        where = Path(folder)
        where.mkdir(parents=True, exist_ok=True)
        n = 1
        while True:
            path = where / (f"{base}.gpx" if n == 1 else f"{base}-{n}.gpx")
            try:
                return cls(
                    path,
                    name=name,
                    flush_interval_s=flush_interval_s,
                    flush_points=flush_points,
                    fsync_interval_s=fsync_interval_s,
                    clock=clock,
                    opener=opener,
                )
            except FileExistsError:
                n += 1

    @property
    def closed(self) -> bool:
        return self._fh is None

    @property
    def points_written(self) -> int:
        """Points in the file so far (not counting those still buffered)."""
        return self._points

    @property
    def pending(self) -> int:
        """Points appended but not yet written."""
        return len(self._pending)

    def append(self, fix: Fix) -> None:
        """Log ``fix`` if it is a valid position; writes when the buffer is due."""
        if self._fh is None:
            raise ValueError("track log is closed")
        now = self._clock()
        if fix.valid and math.isfinite(fix.lat) and math.isfinite(fix.lon):
            if self._in_gap:
                self.new_segment()
            if not self._pending:
                self._pending_since = now
            self._pending.append(fix)
        else:
            self._in_gap = self._in_gap or bool(self._points or self._pending)
        # Checked on invalid fixes too, so points are not held back through a no-fix period.
        if self._pending and (
            len(self._pending) >= self.flush_points
            or now - self._pending_since >= self.flush_interval_s
        ):
            self.flush()

    def new_segment(self) -> None:
        """Start a new ``<trkseg>`` with the next point (nothing happens before any point)."""
        self._in_gap = False
        if self._points or self._pending:
            self.flush()
            self._split = True

    def flush(self, *, sync: bool = False) -> None:
        """Write the buffered points now; ``sync`` also forces them to disk."""
        fh = self._fh
        if fh is None:
            return
        if self._pending:
            data = self._format(self._pending)
            if self._split and self._points:
                data = _NEW_SEGMENT + data
            self._split = False
            fh.seek(self._end)
            fh.write(data + _TRAILER)
            fh.flush()
            self._end += len(data)
            self._points += len(self._pending)
            self._pending.clear()
        now = self._clock()
        if sync or now - self._last_sync >= self.fsync_interval_s:
            os.fsync(fh.fileno())
            self._last_sync = now

    def close(self) -> None:
        """Write what is buffered, sync and close; closing twice does nothing."""
        if self._fh is None:
            return
        try:
            self.flush(sync=True)
        finally:
            fh, self._fh = self._fh, None
            fh.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @staticmethod
    def _format(fixes: list[Fix]) -> bytes:
        speeds = [_nan(f.speed_kmh) for f in fixes]
        track = Track(
            time=np.array([f.time for f in fixes], dtype=np.float64),
            lat=np.array([f.lat for f in fixes], dtype=np.float64),
            lon=np.array([f.lon for f in fixes], dtype=np.float64),
            ele=np.array([_nan(f.ele_m) for f in fixes], dtype=np.float64),
            speed=np.array(speeds, dtype=np.float64),
        )
        return "".join(format_points(track, 0, len(fixes))).encode()


def repair(path: str | Path) -> bool:
    """Make a log torn by a crash in the middle of a write a complete GPX file again.

    Cuts the file after its last complete point (or after the first ``<trkseg>`` when it has
    none) and writes the trailer back; returns False when the file was already complete.
    Atomic: a failure leaves the file as it was. Raises OSError when it cannot be read or
    written, InputError when it is not a navapp track log.
    """
    data = Path(path).read_bytes()
    if data.endswith(_TRAILER):
        return False
    if not data.startswith(b"<?xml") or b'creator="navapp' not in data[:2048]:
        raise InputError(path, translate("Tracklog", "not a navapp track log"))
    cut = data.rfind(_POINT_END)
    if cut >= 0:
        cut += len(_POINT_END)
    else:
        cut = data.find(_FIRST_SEGMENT)
        if cut < 0:
            raise InputError(path, translate("Tracklog", "not a navapp track log"))
        cut += len(_FIRST_SEGMENT)
    atomic_write_bytes(path, data[:cut] + _TRAILER)
    return True
