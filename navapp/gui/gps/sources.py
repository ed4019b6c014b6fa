"""The Qt transports of the GPS sources: serial port, gpsd socket, Qt Positioning, replay timer.

Every source here implements :class:`navapp.gps.source.FixSource` on :class:`QtFixSource`,
which emits :attr:`~QtFixSource.fix_received` with a :class:`~navapp.core.model.Fix` for every
position report (invalid ones too, so the navigator sees no-fix periods) and
:attr:`~QtFixSource.status_changed` with a short line for the status bar. Everything that needs
no Qt (lines and parsing, reconnect policy and wording, replay timing) is in :mod:`navapp.gps`
and :mod:`navapp.io.nmea`; this module only moves bytes and time into it.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QTcpSocket
from PySide6.QtPositioning import QGeoPositionInfo, QGeoPositionInfoSource
from PySide6.QtSerialPort import QSerialPort, QSerialPortInfo

from navapp.core.model import Fix, Track
from navapp.gps.gpsd import DEFAULT_HOST, DEFAULT_PORT, KMH_PER_MS, WATCH_COMMAND, GpsdParser
from navapp.gps.link import (
    ANSWER_MS,
    NMEA_QUIET_MS,
    RETRY_MS,
    LineFeed,
    Reconnect,
    hdop_from_accuracy,
    no_answer_line,
    no_backend_line,
)
from navapp.gps.replay import ReplaySchedule, replay_line
from navapp.gps.silence import fix_line
from navapp.gui.shell.settings import KINDS, SourceConfig
from navapp.io.errors import InputError
from navapp.io.nmea import NmeaParser
from navapp.io.registry import Drive, read_drive

__all__ = [
    "BAUD_RATES",
    "GpsdSource",
    "QtFixSource",
    "ReplaySource",
    "SerialNmeaSource",
    "SystemSource",
    "available_ports",
    "make_source",
    "position_to_fix",
]

BAUD_RATES = (4800, 9600, 19200, 38400, 57600, 115200)


class QtFixSource(QObject):
    """A :class:`~navapp.gps.source.FixSource` on Qt signals: :meth:`start` it, listen to its
    signals, :meth:`stop` it. A live GPS unless a subclass says otherwise."""

    # A position report: a navapp.core.model.Fix, valid or not.
    fix_received = Signal(object)
    # A short human status line, e.g. "gpsd localhost:2947 lost — reconnecting in 2 s".
    status_changed = Signal(str)
    # A line about the port or connection itself (not about a fix): each time it is said.
    link_changed = Signal(str)
    # The last fix has been delivered: only a source that is not live ever comes to an end.
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = ""
        self._link = ""

    @property
    def description(self) -> str:
        """What this source is, e.g. ``gpsd localhost:2947``."""
        raise NotImplementedError

    @property
    def live(self) -> bool:
        """True for a real GPS (see :attr:`navapp.gps.source.FixSource.live`)."""
        return True

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

    @property
    def warnings(self) -> tuple[str, ...]:
        """What the reader of a recorded drive said about its file; nothing for a live GPS."""
        return ()

    def start(self) -> None:
        """Start delivering fixes."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop delivering fixes (a stopped source can be started again)."""
        raise NotImplementedError

    def toggle_pause(self) -> None:
        """A live GPS cannot be held: the car moves on whatever the screen does."""

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


class ReplaySource(QtFixSource):
    """A recorded drive replayed at 1× to 50× (see :class:`~navapp.gps.replay.ReplaySchedule`).

    A timer polls the schedule every ``interval_ms`` with ``clock()`` (monotonic seconds,
    injectable so that tests drive :meth:`tick` themselves). Fixes are delivered with their
    recorded times; after a backward :meth:`seek` those times go back too.
    """

    # Track time reached and total track time, in seconds, after each tick.
    progress = Signal(float, float)

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
        self._warnings = tuple(warnings)
        self._done = False  # finished has been emitted
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    @property
    def description(self) -> str:
        return self.tr("replay {file}").format(file=self._name) if self._name else self.tr("replay")

    @property
    def live(self) -> bool:
        return False

    @property
    def warnings(self) -> tuple[str, ...]:
        return self._warnings

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
        self._schedule.go(self._clock())
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

    def toggle_pause(self) -> None:
        """Hold the replay while it runs, go on while it is held."""
        if self.running:
            self.pause()
        else:
            self.resume()

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
        self._set_link(replay_line(s))


def available_ports() -> list[str]:
    """The serial ports of this machine: device paths on Linux and macOS, COM names on Windows."""
    infos = QSerialPortInfo.availablePorts()
    if sys.platform == "win32":
        return [info.portName() for info in infos]
    return [info.systemLocation() for info in infos]


class SerialNmeaSource(QtFixSource):
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
        self._lines = LineFeed(self._parser.feed)
        self._running = False
        self._opening = False  # inside open(): its errors are handled by _open
        self._policy = Reconnect(self.description, retry_ms)
        self._port = QSerialPort(self)
        self._port.setPortName(port_name)
        self._port.setBaudRate(baud)
        self._port.readyRead.connect(self._read)
        self._port.errorOccurred.connect(self._error)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(self._policy.retry_ms)
        self._retry.timeout.connect(self._open)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(NMEA_QUIET_MS)
        self._quiet.timeout.connect(self._flush)

    @property
    def description(self) -> str:
        return self.tr("serial {port}").format(port=self._name)

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
        self._set_link(self._policy.stopped())

    def _open(self) -> None:
        if not self._running or self._port.isOpen():
            return
        self._opening = True
        try:
            ok = self._port.open(QSerialPort.OpenModeFlag.ReadOnly)
        finally:
            self._opening = False
        if ok:
            self._port.setBaudRate(self._baud)
            self._set_link(self._policy.opened(f" at {self._baud} baud"))
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
        self._set_link(self._policy.port_lost(reason))
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
        self._deliver(self._lines.feed(bytes(self._port.readAll().data())))
        self._quiet.start()

    def _flush(self) -> None:
        self._deliver(self._parser.flush())


class GpsdSource(QtFixSource):
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
        self._lines = LineFeed(self._parser.feed)
        self._running = False
        self._policy = Reconnect(self.description, retry_ms)
        self._socket = QTcpSocket(self)
        self._socket.connected.connect(self._connected)
        self._socket.readyRead.connect(self._read)
        self._socket.disconnected.connect(self._dropped)
        self._socket.errorOccurred.connect(self._error)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(self._policy.retry_ms)
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
        self._set_link(self._policy.stopped())

    def _connect(self) -> None:
        if not self._running:
            return
        self._lines.clear()
        self._set_link(
            self.tr("connecting to {host}:{port}…").format(host=self._host, port=self._port)
        )
        self._socket.abort()
        self._socket.connectToHost(self._host, self._port)

    def _connected(self) -> None:
        self._socket.write(WATCH_COMMAND.encode("ascii"))
        self._set_link(self._policy.opened())

    def _read(self) -> None:
        self._deliver(self._lines.feed(bytes(self._socket.readAll().data())))

    def _dropped(self) -> None:
        self._retry_later(self.tr("lost"))

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
        self._set_link(self._policy.connection_lost(reason))


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
        hdop=hdop_from_accuracy(accuracy),
        # Not info.isValid(): that also wants a timestamp, and a position without one is
        # still a position.
        valid=coord.isValid(),
    )


class SystemSource(QtFixSource):
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
        except (RuntimeError, OSError) as e:  # a broken plugin must not stop the app: say it
            self._problem = (
                self.tr("system position unavailable: {error}").format(error=e).splitlines()[0]
            )
        if self._source is None:
            self._problem = self._problem or no_backend_line()
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
            return self.tr("system position")
        return self.tr("system position ({service})").format(service=self._source.sourceName())

    def start(self) -> None:
        if self._source is None:
            self._set_link(self._problem)
            return
        self._set_link(self.tr("{source} — waiting for a fix").format(source=self.description))
        self._answered = False
        self._answer.start()
        self._source.startUpdates()

    def stop(self) -> None:
        if self._source is not None:
            self._answer.stop()
            self._source.stopUpdates()
            self._set_link(self.tr("{source} stopped").format(source=self.description))

    def _no_answer(self) -> None:
        if not self._answered:
            self._set_link(no_answer_line(self.description, self._answer.interval()))

    def _position(self, info: QGeoPositionInfo) -> None:
        self._answered = True
        self._deliver([position_to_fix(info)])

    def _error(self, error: QGeoPositionInfoSource.Error) -> None:
        e = QGeoPositionInfoSource.Error
        if error == e.NoError:
            return
        self._answered = True
        if error == e.UpdateTimeoutError:
            self._set_status(self.tr("no fix"))
            return
        text = {
            e.AccessError: self.tr("access denied"),
            e.ClosedError: self.tr("service closed"),
            e.UnknownSourceError: self.tr("unknown error"),
        }.get(error, self.tr("error"))
        self._set_link(self.tr("{source}: {problem}").format(source=self.description, problem=text))


def _replay_drive(path: str) -> Drive:
    if not path:
        raise InputError(None, QCoreApplication.translate("GpsSource", "no replay file chosen"))
    # NMEA logs give invalid fixes too, so no-fix periods replay as they happened.
    return read_drive(path)


def make_source(config: SourceConfig, parent: QObject | None = None) -> QtFixSource:
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
