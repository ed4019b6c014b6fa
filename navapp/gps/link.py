"""What a live GPS source does with its port or connection, without Qt: the bytes it reads cut
into lines, when it tries again after losing the device, and the lines it says meanwhile.

A live source never gives up: a port or connection that goes away is retried every
:data:`RETRY_MS` until it is back. The Qt transports (:mod:`navapp.gui.gps.sources`) only move
bytes and time into these.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from navapp.core.i18n import QT_TRANSLATE_NOOP, translate
from navapp.core.model import Fix

__all__ = [
    "ANSWER_MS",
    "MAX_LINE",
    "NMEA_QUIET_MS",
    "NO_BACKEND",
    "RETRY_MS",
    "LineBuffer",
    "LineFeed",
    "Reconnect",
    "hdop_from_accuracy",
    "no_answer_line",
    "no_backend_line",
    "retry_text",
]

# A lost port or connection is tried again this often (ms); no backoff: a GPS that comes back
# must be used at once, and one attempt every two seconds costs nothing.
RETRY_MS = 2000
# A line longer than this holds no NMEA sentence or gpsd report: drop it instead of growing.
MAX_LINE = 256 * 1024
# An NMEA fix is complete only when the next epoch starts; after this much silence (ms) the
# receiver has finished its burst, so the fix is handed on without waiting a whole second.
NMEA_QUIET_MS = 300
# Qt Positioning can offer a backend (GeoClue) whose service never answers: after this long
# (ms) with neither a position nor an error, the source says so instead of waiting in silence.
ANSWER_MS = 10_000
NO_BACKEND = QT_TRANSLATE_NOOP(
    "GpsLink", "no position service on this machine (Qt Positioning has no backend)"
)


def no_backend_line() -> str:
    """:data:`NO_BACKEND` in the user's language, as the status line shows it."""
    return translate("GpsLink", NO_BACKEND)


# An accuracy in metres becomes an HDOP divided by a typical user range error (m, 1 sigma) of a
# consumer GNSS receiver.
_UERE_M = 5.0


def retry_text(ms: int) -> str:
    """A delay in milliseconds as said to the user: ``2 s``, ``0.1 s``."""
    return translate("GpsLink", "{seconds} s").format(seconds=f"{ms / 1000:g}")


def hdop_from_accuracy(accuracy_m: float | None) -> float | None:
    """An estimated HDOP from a horizontal accuracy in metres (None when unknown or negative)."""
    return accuracy_m / _UERE_M if accuracy_m is not None and accuracy_m >= 0 else None


def no_answer_line(description: str, waited_ms: int) -> str:
    """What a system position source says when its service has not answered in ``waited_ms``."""
    return translate(
        "GpsLink",
        "{source}: no answer from the position service in {wait}"
        " — is it running? Or choose serial or gpsd in GPS › Source…",
    ).format(source=description, wait=retry_text(waited_ms))


class LineBuffer:
    """Bytes in, complete text lines out; an endless line is dropped, not kept."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[str]:
        """The lines completed by ``data`` (a partial last line waits for the next bytes)."""
        self._buffer += data
        *lines, rest = self._buffer.split(b"\n")
        self._buffer = bytearray(rest) if len(rest) <= MAX_LINE else bytearray()
        return [line.decode("ascii", errors="replace") for line in lines if len(line) <= MAX_LINE]

    def clear(self) -> None:
        """Forget a partial line (the device was closed)."""
        self._buffer.clear()


class LineFeed:
    """Bytes from a device into fixes: a :class:`LineBuffer` feeding a line parser
    (:class:`~navapp.io.nmea.NmeaParser`, :class:`~navapp.gps.gpsd.GpsdParser`)."""

    def __init__(self, parse: Callable[[str], Sequence[Fix]]) -> None:
        self._lines = LineBuffer()
        self._parse = parse

    def feed(self, data: bytes) -> list[Fix]:
        """The fixes completed by ``data``."""
        fixes: list[Fix] = []
        for line in self._lines.feed(data):
            fixes += self._parse(line)
        return fixes

    def clear(self) -> None:
        """Forget a partial line."""
        self._lines.clear()


class Reconnect:
    """The reconnect policy of one live source and what it says about its link.

    ``description`` names the source (``serial /dev/ttyUSB0``); ``retry_ms`` is the wait before
    the next attempt. Once the device has been open, losing it is said as ``port gone``.
    """

    def __init__(self, description: str, retry_ms: int = RETRY_MS) -> None:
        if retry_ms <= 0:
            raise ValueError(f"the retry delay must be positive, not {retry_ms!r}")
        self.description = description
        self.retry_ms = retry_ms
        self.was_open = False

    @property
    def wait(self) -> str:
        """The wait before the next attempt, as said."""
        return retry_text(self.retry_ms)

    def opened(self, detail: str = "") -> str:
        """The device is open (``detail`` e.g. `` at 9600 baud``): waiting for its data."""
        self.was_open = True
        return translate("GpsLink", "{source}{detail} — waiting for data").format(
            source=self.description, detail=detail
        )

    def port_lost(self, reason: str) -> str:
        """A port could not be opened (``reason``) or went away: the next attempt is coming."""
        if self.was_open:
            return translate("GpsLink", "{source}: port gone — reconnecting in {wait}").format(
                source=self.description, wait=self.wait
            )
        return translate("GpsLink", "{source}: {reason} — retrying in {wait}").format(
            source=self.description, reason=reason, wait=self.wait
        )

    def connection_lost(self, reason: str) -> str:
        """A connection dropped or was refused (``reason``): the next attempt is coming."""
        return translate("GpsLink", "{source} {reason} — reconnecting in {wait}").format(
            source=self.description, reason=reason, wait=self.wait
        )

    def stopped(self) -> str:
        """The user stopped the source."""
        return translate("GpsLink", "{source} stopped").format(source=self.description)
