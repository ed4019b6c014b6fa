"""GPS position sources for the live session, behind one small Qt interface: :class:`FixSource`.

Each source emits :attr:`FixSource.fix_received` with a :class:`~navapp.core.model.Fix` for
every position report (invalid ones too, so the navigator sees no-fix periods) and
:attr:`FixSource.status_changed` with a short line for the status bar. The parsing and the
replay timing are Qt-free (:mod:`navapp.io.nmea`, :mod:`navapp.gps`); this module only moves
bytes and time into them. Live sources never give up: a port or connection that goes away
is retried every two seconds until it is back.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QTcpSocket
from PySide6.QtPositioning import QGeoPositionInfo, QGeoPositionInfoSource
from PySide6.QtSerialPort import QSerialPort, QSerialPortInfo

from navapp.core import format as fmt
from navapp.core.model import Fix, Track
from navapp.gps.gpsd import DEFAULT_HOST, DEFAULT_PORT, KMH_PER_MS, WATCH_COMMAND, GpsdParser
from navapp.gps.replay import MAX_SPEED, MIN_SPEED, ReplaySchedule
from navapp.gps.silence import fix_line
from navapp.io.errors import InputError
from navapp.io.nmea import NmeaParser
from navapp.io.registry import Drive, read_drive

__all__ = [
    "ANSWER_MS",
    "BAUD_RATES",
    "KINDS",
    "NO_BACKEND",
    "FixSource",
    "GpsdSource",
    "ReplaySource",
    "SerialNmeaSource",
    "SourceConfig",
    "SystemSource",
    "available_ports",
    "make_source",
    "position_to_fix",
]

BAUD_RATES = (4800, 9600, 19200, 38400, 57600, 115200)
KINDS = ("replay", "serial", "gpsd", "system")
RETRY_MS = 2000
# A line longer than this holds no NMEA sentence or gpsd report: drop it instead of growing.
_MAX_LINE = 256 * 1024
# An NMEA fix is complete only when the next epoch starts; after this much silence the
# receiver has finished its burst, so the fix is handed on without waiting a whole second.
_NMEA_QUIET_MS = 300
# Qt Positioning gives an accuracy in metres, a Fix holds an HDOP: divide by a typical user
# range error (m, 1 sigma) of a consumer GNSS receiver to estimate it.
_UERE_M = 5.0


def _retry_text(ms: int) -> str:
    return f"{ms / 1000:g} s"


class _Lines:
    """Bytes in, complete text lines out; an endless line is dropped, not kept."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[str]:
        self._buffer += data
        *lines, rest = self._buffer.split(b"\n")
        self._buffer = bytearray(rest) if len(rest) <= _MAX_LINE else bytearray()
        return [line.decode("ascii", errors="replace") for line in lines if len(line) <= _MAX_LINE]

    def clear(self) -> None:
        self._buffer.clear()


class FixSource(QObject):
    """A source of GPS fixes: :meth:`start` it, listen to its signals, :meth:`stop` it."""

    # A position report: a navapp.core.model.Fix, valid or not.
    fix_received = Signal(object)
    # A short human status line, e.g. "gpsd localhost:2947 lost — reconnecting in 2 s".
    status_changed = Signal(str)
    # A line about the port or connection itself (not about a fix): each time it is said.
    link_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = ""
        self._link = ""

    @property
    def description(self) -> str:
        """What this source is, e.g. ``gpsd localhost:2947``."""
        raise NotImplementedError

    @property
    def status(self) -> str:
        """The last status line emitted."""
        return self._status

    @property
    def link(self) -> str:
        """The last line said about the port or connection (the reason when fixes stop)."""
        return self._link

    @property
    def paused(self) -> bool:
        """Whether the co-driver holds this source (a replay paused or ended)."""
        return False

    def start(self) -> None:
        """Start delivering fixes."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop delivering fixes (a stopped source can be started again)."""
        raise NotImplementedError

    def _set_status(self, text: str) -> None:
        if text != self._status:
            self._status = text
            self.status_changed.emit(text)

    def _set_link(self, text: str) -> None:
        """Say what the port or connection is doing (also the status line)."""
        self._link = text
        self.link_changed.emit(text)
        self._set_status(text)

    def _deliver(self, fixes: Sequence[Fix]) -> None:
        """Emit live fixes and say whether the receiver has a fix."""
        for fix in fixes:
            self.fix_received.emit(fix)
        if fixes:
            self._set_status(fix_line(self.description, fixes[-1]))


class ReplaySource(FixSource):
    """A recorded drive replayed at 1× to 50× (see :class:`~navapp.gps.replay.ReplaySchedule`).

    A timer polls the schedule every ``interval_ms`` with ``clock()`` (monotonic seconds,
    injectable so that tests drive :meth:`tick` themselves). Fixes are delivered with their
    recorded times; after a backward :meth:`seek` those times go back too.
    """

    # Track time reached and total track time, in seconds, after each tick.
    progress = Signal(float, float)
    # The last fix has been delivered.
    finished = Signal()

    def __init__(
        self,
        fixes: Sequence[Fix] | Track,
        speed: float = 1.0,
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
        *,
        name: str = "",
        interval_ms: int = 50,
        warnings: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._schedule = ReplaySchedule(fixes, speed)
        self._clock = clock or time.monotonic
        self._name = name
        # What the file's reader had to say (a file cut off early …), for the user to see.
        self.warnings = tuple(warnings)
        self._done = False  # finished has been emitted
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    @property
    def description(self) -> str:
        return f"replay {self._name}" if self._name else "replay"

    @property
    def schedule(self) -> ReplaySchedule:
        return self._schedule

    @property
    def speed(self) -> float:
        return self._schedule.speed

    @property
    def running(self) -> bool:
        """True while the timer runs (started, not paused, not finished)."""
        return self._timer.isActive()

    @property
    def paused(self) -> bool:
        return self._schedule.paused and not self._schedule.finished

    def start(self) -> None:
        now = self._clock()
        if self._schedule.started:
            self._schedule.resume(now)
        else:
            self._schedule.start(now)
        self._timer.start()
        self.tick()

    def stop(self) -> None:
        self.pause()

    def pause(self) -> None:
        """Hold the replay where it is."""
        self._schedule.pause(self._clock())
        self._timer.stop()
        self._show_progress()

    def resume(self) -> None:
        """Go on after :meth:`pause` (the same as :meth:`start`)."""
        self.start()

    def set_speed(self, speed: float) -> None:
        """Replay at ``speed`` (clamped to 1..50) from the position reached."""
        self._schedule.set_speed(speed, self._clock())
        self._show_progress()

    def seek(self, track_time: float) -> None:
        """Jump to ``track_time`` seconds after the first fix; fixes there are due at once."""
        self._schedule.seek(track_time, self._clock())
        if not self._schedule.finished:
            self._done = False
        if self._schedule.paused:
            self._show_progress()
        else:
            self.tick()

    def tick(self) -> None:
        """Deliver the fixes due now (the timer's slot; tests call it directly)."""
        for fix in self._schedule.due(self._clock()):
            self.fix_received.emit(fix)
        self._show_progress()
        if self._schedule.finished:
            self._timer.stop()
            if not self._done:
                self._done = True
                self.finished.emit()

    def _show_progress(self) -> None:
        s = self._schedule
        self.progress.emit(s.position, s.duration)
        state = " paused" if s.paused and not s.finished else ""
        if s.finished:
            state = " finished"
        self._set_link(
            f"replay {s.speed:g}×{state} — {fmt.short_duration(s.position)}"
            f" / {fmt.short_duration(s.duration)}"
        )


def available_ports() -> list[str]:
    """The serial ports of this machine: device paths on Linux and macOS, COM names on Windows."""
    infos = QSerialPortInfo.availablePorts()
    if sys.platform == "win32":
        return [info.portName() for info in infos]
    return [info.systemLocation() for info in infos]


class SerialNmeaSource(FixSource):
    """NMEA 0183 from a serial port (USB GPS mouse, Bluetooth SPP, a pty), reopened when lost."""

    def __init__(
        self,
        port_name: str,
        baud: int = 4800,
        parent: QObject | None = None,
        *,
        retry_ms: int = RETRY_MS,
    ) -> None:
        super().__init__(parent)
        self._name = port_name
        self._baud = baud
        self._parser = NmeaParser()
        self._lines = _Lines()
        self._running = False
        self._opening = False  # inside open(): its errors are handled by _open
        self._was_open = False
        self._port = QSerialPort(self)
        self._port.setPortName(port_name)
        self._port.setBaudRate(baud)
        self._port.readyRead.connect(self._read)
        self._port.errorOccurred.connect(self._error)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self._open)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(_NMEA_QUIET_MS)
        self._quiet.timeout.connect(self._flush)

    @property
    def description(self) -> str:
        return f"serial {self._name}"

    @property
    def parser(self) -> NmeaParser:
        """The NMEA parser (its ``stats`` count the bad sentences seen)."""
        return self._parser

    @property
    def is_open(self) -> bool:
        return self._port.isOpen()

    def start(self) -> None:
        self._running = True
        self._open()

    def stop(self) -> None:
        self._running = False
        self._retry.stop()
        self._quiet.stop()
        if self._port.isOpen():
            self._port.close()
        self._lines.clear()
        self._set_link(f"{self.description} stopped")

    def _open(self) -> None:
        if not self._running or self._port.isOpen():
            return
        self._opening = True
        try:
            ok = self._port.open(QSerialPort.OpenModeFlag.ReadOnly)
        finally:
            self._opening = False
        if ok:
            self._was_open = True
            self._port.setBaudRate(self._baud)
            self._set_link(f"{self.description} at {self._baud} baud — waiting for data")
        else:
            self._retry_later(self._port.errorString())

    def _retry_later(self, reason: str) -> None:
        if self._port.isOpen():
            self._port.close()
        self._lines.clear()
        self._quiet.stop()
        # The epoch in progress is complete as far as it will ever be: hand it on now rather
        # than with a stale time after the reconnection.
        self._flush()
        wait = _retry_text(self._retry.interval())
        if self._was_open:
            self._set_link(f"{self.description}: port gone — reconnecting in {wait}")
        else:
            self._set_link(f"{self.description}: {reason} — retrying in {wait}")
        if self._running:
            self._retry.start()

    def _error(self, error: QSerialPort.SerialPortError) -> None:
        if error == QSerialPort.SerialPortError.NoError or self._opening or not self._running:
            return
        # The device went away (unplugged, Bluetooth out of range, pty closed).
        if error in (
            QSerialPort.SerialPortError.ResourceError,
            QSerialPort.SerialPortError.ReadError,
            QSerialPort.SerialPortError.NotOpenError,
            QSerialPort.SerialPortError.UnknownError,
        ):
            self._retry_later(self._port.errorString())

    def _read(self) -> None:
        data = bytes(self._port.readAll().data())
        fixes: list[Fix] = []
        for line in self._lines.feed(data):
            fixes += self._parser.feed(line)
        self._deliver(fixes)
        self._quiet.start()

    def _flush(self) -> None:
        self._deliver(self._parser.flush())


class GpsdSource(FixSource):
    """Reports from a gpsd daemon over TCP (``?WATCH`` JSON), reconnecting when it drops."""

    def __init__(
        self,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        parent: QObject | None = None,
        *,
        retry_ms: int = RETRY_MS,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._port = port
        self._parser = GpsdParser()
        self._lines = _Lines()
        self._running = False
        self._socket = QTcpSocket(self)
        self._socket.connected.connect(self._connected)
        self._socket.readyRead.connect(self._read)
        self._socket.disconnected.connect(self._dropped)
        self._socket.errorOccurred.connect(self._error)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self._connect)

    @property
    def description(self) -> str:
        return f"gpsd {self._host}:{self._port}"

    @property
    def parser(self) -> GpsdParser:
        """The gpsd parser (its ``stats`` count the bad reports seen)."""
        return self._parser

    @property
    def connected(self) -> bool:
        return self._socket.state() == QAbstractSocket.SocketState.ConnectedState

    def start(self) -> None:
        self._running = True
        self._connect()

    def stop(self) -> None:
        self._running = False
        self._retry.stop()
        self._socket.abort()
        self._lines.clear()
        self._set_link(f"{self.description} stopped")

    def _connect(self) -> None:
        if not self._running:
            return
        self._lines.clear()
        self._set_link(f"connecting to {self._host}:{self._port}…")
        self._socket.abort()
        self._socket.connectToHost(self._host, self._port)

    def _connected(self) -> None:
        self._socket.write(WATCH_COMMAND.encode("ascii"))
        self._set_link(f"{self.description} — waiting for data")

    def _read(self) -> None:
        data = bytes(self._socket.readAll().data())
        fixes: list[Fix] = []
        for line in self._lines.feed(data):
            fixes += self._parser.feed(line)
        self._deliver(fixes)

    def _dropped(self) -> None:
        self._retry_later("lost")

    def _error(self, error: QAbstractSocket.SocketError) -> None:
        if error == QAbstractSocket.SocketError.RemoteHostClosedError:
            return  # disconnected follows
        self._retry_later(self._socket.errorString())

    def _retry_later(self, reason: str) -> None:
        # Started first: abort() may emit disconnected, which then finds the retry pending.
        if not self._running or self._retry.isActive():
            return
        self._retry.start()
        self._socket.abort()
        self._set_link(
            f"{self.description} {reason} — reconnecting in {_retry_text(self._retry.interval())}"
        )


def position_to_fix(info: QGeoPositionInfo) -> Fix:
    """A Qt Positioning update as a Fix (speed in km/h, course, altitude, epoch time).

    The horizontal accuracy (metres), when given, becomes an estimated HDOP (accuracy divided
    by a typical 5 m range error) since a Fix has no accuracy field.
    """
    coord = info.coordinate()
    stamp = info.timestamp()
    t = stamp.toMSecsSinceEpoch() / 1000.0 if stamp.isValid() else math.nan
    attr = QGeoPositionInfo.Attribute

    def attribute(which: QGeoPositionInfo.Attribute) -> float | None:
        if not info.hasAttribute(which):
            return None
        value = float(info.attribute(which))
        return value if math.isfinite(value) else None

    speed = attribute(attr.GroundSpeed)
    course = attribute(attr.Direction)
    accuracy = attribute(attr.HorizontalAccuracy)
    alt = coord.altitude()
    return Fix(
        time=t,
        lat=coord.latitude(),
        lon=coord.longitude(),
        speed_kmh=speed * KMH_PER_MS if speed is not None and speed >= 0 else None,
        course_deg=course % 360.0 if course is not None else None,
        ele_m=alt if math.isfinite(alt) else None,
        hdop=accuracy / _UERE_M if accuracy is not None and accuracy >= 0 else None,
        # Not info.isValid(): that also wants a timestamp, and a position without one is
        # still a position.
        valid=coord.isValid(),
    )


# Qt Positioning can offer a backend (GeoClue) whose service never answers: after this long
# with neither a position nor an error, the source says so instead of waiting in silence.
ANSWER_MS = 10_000
NO_BACKEND = "no position service on this machine (Qt Positioning has no backend)"


class SystemSource(FixSource):
    """The operating system's position service through Qt Positioning (GeoClue on Linux)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        update_interval_ms: int = 1000,
        answer_ms: int = ANSWER_MS,
    ) -> None:
        super().__init__(parent)
        self._problem = ""
        self._source: QGeoPositionInfoSource | None = None
        try:
            # desktopId names the app to GeoClue, which otherwise logs a warning.
            self._source = QGeoPositionInfoSource.createDefaultSource({"desktopId": "navapp"}, self)
        except Exception as e:  # a broken plugin must not stop the app: say what it said
            self._problem = f"system position unavailable: {e}".splitlines()[0]
        if self._source is None:
            self._problem = self._problem or NO_BACKEND
            self._set_link(self._problem)
            return
        self._answered = False
        self._answer = QTimer(self)
        self._answer.setSingleShot(True)
        self._answer.setInterval(answer_ms)
        self._answer.timeout.connect(self._no_answer)
        self._source.setUpdateInterval(update_interval_ms)
        self._source.positionUpdated.connect(self._position)
        self._source.errorOccurred.connect(self._error)

    @property
    def available(self) -> bool:
        """Whether this machine has a Qt Positioning backend."""
        return self._source is not None

    @property
    def description(self) -> str:
        if self._source is None:
            return "system position"
        return f"system position ({self._source.sourceName()})"

    def start(self) -> None:
        if self._source is None:
            self._set_link(self._problem)
            return
        self._set_link(f"{self.description} — waiting for a fix")
        self._answered = False
        self._answer.start()
        self._source.startUpdates()

    def stop(self) -> None:
        if self._source is not None:
            self._answer.stop()
            self._source.stopUpdates()
            self._set_link(f"{self.description} stopped")

    def _no_answer(self) -> None:
        if not self._answered:
            seconds = _retry_text(self._answer.interval())
            self._set_link(
                f"{self.description}: no answer from the position service in {seconds}"
                " — is it running? Or choose serial or gpsd in GPS › Source…"
            )

    def _position(self, info: QGeoPositionInfo) -> None:
        self._answered = True
        self._deliver([position_to_fix(info)])

    def _error(self, error: QGeoPositionInfoSource.Error) -> None:
        e = QGeoPositionInfoSource.Error
        if error == e.NoError:
            return
        self._answered = True
        text = {
            e.AccessError: "access denied",
            e.ClosedError: "service closed",
            e.UpdateTimeoutError: "no fix",
            e.UnknownSourceError: "unknown error",
        }.get(error, "error")
        if text == "no fix":
            self._set_status("no fix")
        else:
            self._set_link(f"{self.description}: {text}")


@dataclass
class SourceConfig:
    """The GPS source chosen by the user, as stored in QSettings (group ``gps``).

    ``kind`` is one of :data:`KINDS`; ``path`` and ``speed`` are for replay, ``port`` and
    ``baud`` for serial, ``host`` and ``tcp_port`` for gpsd.
    """

    kind: str = "replay"
    path: str = ""
    speed: float = 1.0
    port: str = ""
    baud: int = 4800
    host: str = DEFAULT_HOST
    tcp_port: int = DEFAULT_PORT

    GROUP = "gps"

    @classmethod
    def load(cls, settings: QSettings) -> SourceConfig:
        """The stored choice; missing or unreadable values take their defaults."""
        default = cls()
        values: dict[str, object] = {}
        settings.beginGroup(cls.GROUP)
        try:
            for f in fields(cls):
                fallback = getattr(default, f.name)
                raw = settings.value(f.name, fallback)
                try:
                    # Ini files give back every value as a string.
                    value = type(fallback)(raw)
                except (TypeError, ValueError):
                    value = fallback
                if isinstance(value, float) and not math.isfinite(value):
                    value = fallback
                values[f.name] = value
        finally:
            settings.endGroup()
        config = cls(**values)  # type: ignore[arg-type]
        if config.kind not in KINDS:
            config.kind = default.kind
        config.speed = min(MAX_SPEED, max(MIN_SPEED, config.speed))
        if config.baud <= 0:
            config.baud = default.baud
        if not 0 < config.tcp_port < 65536:
            config.tcp_port = default.tcp_port
        return config

    def save(self, settings: QSettings) -> None:
        """Store this choice."""
        settings.beginGroup(self.GROUP)
        try:
            for f in fields(self):
                settings.setValue(f.name, getattr(self, f.name))
        finally:
            settings.endGroup()


def _replay_drive(path: str) -> Drive:
    if not path:
        raise InputError(None, "no replay file chosen")
    # NMEA logs give invalid fixes too, so no-fix periods replay as they happened.
    return read_drive(path)


def make_source(config: SourceConfig, parent: QObject | None = None) -> FixSource:
    """The source a config describes, not started.

    A replay file is read here: a file navapp cannot use raises :class:`InputError`, whose
    ``str()`` is the one line to show. Live sources only open their device on ``start()``.
    """
    if config.kind == "replay":
        drive = _replay_drive(config.path)
        return ReplaySource(
            drive.fixes,
            config.speed,
            parent=parent,
            name=Path(config.path).name,
            warnings=drive.warnings,
        )
    if config.kind == "serial":
        return SerialNmeaSource(config.port, config.baud, parent)
    if config.kind == "gpsd":
        return GpsdSource(config.host, config.tcp_port, parent)
    if config.kind == "system":
        return SystemSource(parent)
    raise ValueError(f"unknown GPS source kind {config.kind!r} (known: {', '.join(KINDS)})")
