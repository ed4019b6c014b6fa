"""GPS sources: replay with a fake clock, gpsd over loopback TCP, serial NMEA over a pty pair,
Qt Positioning, the stored choice and the dialog that makes it."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QSettings
from PySide6.QtNetwork import QHostAddress, QTcpServer, QTcpSocket
from PySide6.QtPositioning import QGeoCoordinate, QGeoPositionInfo
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from navapp.core.model import Fix
from navapp.gps.gpsd import WATCH_COMMAND
from navapp.gui.gps.source_dialog import SourceDialog
from navapp.gui.gps.sources import (
    BAUD_RATES,
    FixSource,
    GpsdSource,
    ReplaySource,
    SerialNmeaSource,
    SourceConfig,
    SystemSource,
    _Lines,
    available_ports,
    make_source,
    position_to_fix,
)
from navapp.io.errors import InputError
from navapp.io.nmea import read_nmea

pytestmark = pytest.mark.gui

T0 = 1_700_000_000.0
TIMEOUT = 5000  # ms: generous, the waits end as soon as the signal comes


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Recorder:
    """Collects what a source emits."""

    def __init__(self, source: FixSource) -> None:
        self.fixes: list[Fix] = []
        self.statuses: list[str] = []
        source.fix_received.connect(self.fixes.append)
        source.status_changed.connect(self.statuses.append)


def drive(n: int = 11) -> list[Fix]:
    return [Fix(T0 + i, 45.0 + i * 1e-4, 6.0) for i in range(n)]


# --- replay ---------------------------------------------------------------------------------


def test_replay_source_with_fake_clock(qtbot: QtBot) -> None:
    clock = FakeClock()
    src = ReplaySource(drive(), speed=5, clock=clock, name="ss3.gpx")
    rec = Recorder(src)
    progress: list[tuple[float, float]] = []
    src.progress.connect(lambda p, d: progress.append((p, d)))
    assert src.description == "replay ss3.gpx"
    src.start()
    assert [f.time - T0 for f in rec.fixes] == [0.0]
    assert src.running
    clock.now += 0.4
    src.tick()
    assert [f.time - T0 for f in rec.fixes] == [0.0, 1.0, 2.0]
    assert progress[-1] == pytest.approx((2.0, 10.0))
    assert rec.statuses[-1] == "replay 5× — 0:02 / 0:10"
    src.pause()
    assert not src.running
    assert rec.statuses[-1] == "replay 5× paused — 0:02 / 0:10"
    clock.now += 100
    src.resume()
    src.set_speed(50)
    clock.now += 0.1
    src.tick()
    assert [f.time - T0 for f in rec.fixes][-1] == 7.0
    src.seek(3.0)  # back: 3.0 is due again at once
    assert [f.time - T0 for f in rec.fixes][-1] == 3.0
    with qtbot.waitSignal(src.finished, timeout=0, raising=True):
        clock.now += 1
        src.tick()
    assert not src.running
    assert rec.statuses[-1] == "replay 50× finished — 0:10 / 0:10"
    assert len(rec.fixes) == 1 + 2 + 5 + 8
    src.stop()


def test_replay_source_timer_drives_it(qtbot: QtBot) -> None:
    """The real timer polls the schedule (the clock stays fake: it delivers what is due)."""
    clock = FakeClock()
    src = ReplaySource(drive(3), clock=clock, interval_ms=1)
    rec = Recorder(src)
    src.start()
    clock.now += 5
    with qtbot.waitSignal(src.finished, timeout=TIMEOUT):
        pass
    assert len(rec.fixes) == 3


# --- gpsd over loopback ---------------------------------------------------------------------

TPV = (
    '{{"class":"TPV","device":"/dev/ttyACM0","mode":3,"time":"2023-05-07T10:15:{s:02d}.000Z",'
    '"lat":43.2961,"lon":5.3699,"altMSL":33.4,"track":271.3,"speed":12.5}}\n'
)
TPV_NOFIX = '{"class":"TPV","device":"/dev/ttyACM0","mode":1}\n'


class FakeGpsd:
    """A QTcpServer on 127.0.0.1 (random port) that records what clients send."""

    def __init__(self) -> None:
        self.server = QTcpServer()
        assert self.server.listen(QHostAddress(QHostAddress.SpecialAddress.LocalHost), 0)
        self.port = self.server.serverPort()
        self.clients: list[QTcpSocket] = []
        self.received = b""
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            client = self.server.nextPendingConnection()
            client.readyRead.connect(lambda c=client: self._read(c))
            self.clients.append(client)

    def _read(self, client: QTcpSocket) -> None:
        self.received += bytes(client.readAll().data())

    def send(self, text: str) -> None:
        self.clients[-1].write(text.encode())
        self.clients[-1].flush()


@pytest.fixture
def gpsd() -> Iterator[FakeGpsd]:
    fake = FakeGpsd()
    yield fake
    for c in fake.clients:
        c.abort()
    fake.server.close()


def test_gpsd_source_receives_fixes_and_reconnects(qtbot: QtBot, gpsd: FakeGpsd) -> None:
    src = GpsdSource("127.0.0.1", gpsd.port, retry_ms=100)
    rec = Recorder(src)
    assert src.description == f"gpsd 127.0.0.1:{gpsd.port}"
    with qtbot.waitSignal(gpsd.server.newConnection, timeout=TIMEOUT):
        src.start()
    assert rec.statuses[0] == f"connecting to 127.0.0.1:{gpsd.port}…"
    qtbot.waitUntil(lambda: gpsd.received == WATCH_COMMAND.encode(), timeout=TIMEOUT)
    assert src.connected

    with qtbot.waitSignal(src.fix_received, timeout=TIMEOUT) as blocker:
        gpsd.send('{"class":"VERSION","release":"3.25"}\n' + TPV.format(s=1))
    fix = blocker.args[0]
    assert fix.valid and fix.lat == 43.2961 and fix.speed_kmh == pytest.approx(45.0)
    # A report split across packets, a no-fix report and garbage.
    gpsd.send(TPV.format(s=2)[:40])
    gpsd.send(TPV.format(s=2)[40:] + "{garbage\n" + TPV_NOFIX)
    qtbot.waitUntil(lambda: len(rec.fixes) == 3, timeout=TIMEOUT)
    assert [f.valid for f in rec.fixes] == [True, True, False]
    assert rec.statuses[-1] == "no fix"
    assert src.parser.stats.malformed == 1

    # gpsd goes away: the source says so and connects again.
    with qtbot.waitSignal(
        src.status_changed, timeout=TIMEOUT, check_params_cb=lambda s: "reconnecting" in s
    ) as blocker:
        gpsd.clients[-1].disconnectFromHost()
    assert blocker.args == [f"gpsd 127.0.0.1:{gpsd.port} lost — reconnecting in 0.1 s"]
    with qtbot.waitSignal(gpsd.server.newConnection, timeout=TIMEOUT):
        pass
    qtbot.waitUntil(lambda: src.connected, timeout=TIMEOUT)
    with qtbot.waitSignal(src.fix_received, timeout=TIMEOUT):
        gpsd.send(TPV.format(s=3))
    src.stop()
    assert not src.connected


def test_gpsd_source_retries_until_gpsd_listens(qtbot: QtBot, gpsd: FakeGpsd) -> None:
    port = gpsd.port
    gpsd.server.close()
    src = GpsdSource("127.0.0.1", port, retry_ms=100)
    rec = Recorder(src)
    with qtbot.waitSignal(
        src.status_changed, timeout=TIMEOUT, check_params_cb=lambda s: "reconnecting" in s
    ):
        src.start()
    assert "refused" in rec.statuses[-1].lower()
    # Retries keep failing quietly, then gpsd starts.
    with qtbot.waitSignal(
        src.status_changed, timeout=TIMEOUT, check_params_cb=lambda s: s.startswith("connecting")
    ):
        pass
    assert gpsd.server.listen(QHostAddress(QHostAddress.SpecialAddress.LocalHost), port)
    with qtbot.waitSignal(gpsd.server.newConnection, timeout=TIMEOUT):
        pass
    qtbot.waitUntil(lambda: src.connected, timeout=TIMEOUT)
    src.stop()
    assert src.status.endswith("stopped")


# --- serial NMEA over a socat pty pair ------------------------------------------------------

SOCAT = shutil.which("socat")


def nmea(body: str) -> str:
    checksum = 0
    for ch in body:
        checksum ^= ord(ch)
    return f"${body}*{checksum:02X}\r\n"


def epoch(s: int) -> str:
    t = f"1015{s:02d}.00"
    return nmea(f"GPRMC,{t},A,4317.766,N,00522.194,E,024.3,271.3,070523,,,A") + nmea(
        f"GPGGA,{t},4317.766,N,00522.194,E,1,08,1.1,33.4,M,47.0,M,,"
    )


class PtyPair:
    """socat joining two pseudo-terminals: the source opens ``port``, the test writes ``feed``."""

    def __init__(self, folder: Path) -> None:
        self.port = folder / "gps"
        self.feed_path = folder / "feed"
        self.proc: subprocess.Popen[bytes] | None = None
        self.fd: int | None = None

    def start(self, qtbot: QtBot) -> None:
        assert SOCAT is not None
        self.proc = subprocess.Popen(
            [
                SOCAT,
                "-d",
                "-d",
                f"pty,raw,echo=0,link={self.port}",
                f"pty,raw,echo=0,link={self.feed_path}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        qtbot.waitUntil(lambda: self.port.exists() and self.feed_path.exists(), timeout=TIMEOUT)
        self.fd = os.open(self.feed_path, os.O_WRONLY | os.O_NOCTTY)

    def write(self, text: str | bytes) -> None:
        assert self.fd is not None
        os.write(self.fd, text.encode() if isinstance(text, str) else text)

    def kill(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


@pytest.fixture
def pty_pair(tmp_path: Path) -> Iterator[PtyPair]:
    if SOCAT is None:
        pytest.skip("socat is not installed: no pty pair to stand in for a serial GPS")
    pair = PtyPair(tmp_path)
    yield pair
    pair.kill()


def test_serial_source_reads_nmea_and_survives_a_vanished_port(
    qtbot: QtBot, pty_pair: PtyPair
) -> None:
    pty_pair.start(qtbot)
    src = SerialNmeaSource(str(pty_pair.port), 9600, retry_ms=100)
    rec = Recorder(src)
    src.start()
    assert src.is_open
    assert rec.statuses[-1] == f"serial {pty_pair.port} at 9600 baud — waiting for data"

    bad = nmea("GPRMC,101510.00,A,4317.766,N,00522.194,E,024.3,271.3,070523,,,A")
    bad = bad.replace("*", "*0")[:-3] + "\r\n"  # wrong checksum
    pty_pair.write(epoch(1) + bad + "\x00\xff garbage $$$\r\n" + epoch(2))
    # The last epoch completes when the receiver falls quiet.
    qtbot.waitUntil(lambda: len(rec.fixes) == 2, timeout=TIMEOUT)
    assert all(f.valid for f in rec.fixes)
    assert rec.fixes[0].lat == pytest.approx(43 + 17.766 / 60)
    assert rec.fixes[1].time - rec.fixes[0].time == 1.0
    assert rec.fixes[0].speed_kmh == pytest.approx(24.3 * 1.852)
    assert src.parser.stats.bad_checksum == 1
    assert rec.statuses[-1] == f"serial {pty_pair.port} — fix, 8 satellites"

    # The device goes away.
    with qtbot.waitSignal(
        src.status_changed, timeout=TIMEOUT, check_params_cb=lambda s: "port gone" in s
    ) as blocker:
        pty_pair.kill()
    assert blocker.args == [f"serial {pty_pair.port}: port gone — reconnecting in 0.1 s"]
    assert src.link == blocker.args[0]
    assert not src.is_open

    # ... and comes back.
    pty_pair.start(qtbot)
    qtbot.waitUntil(lambda: src.is_open, timeout=TIMEOUT)
    pty_pair.write(epoch(3) + epoch(4))
    qtbot.waitUntil(lambda: len(rec.fixes) == 4, timeout=TIMEOUT)
    src.stop()
    assert not src.is_open


def test_serial_source_retries_a_missing_port(qtbot: QtBot, tmp_path: Path) -> None:
    src = SerialNmeaSource(str(tmp_path / "nothing"), retry_ms=100)
    rec = Recorder(src)
    src.start()
    assert not src.is_open
    assert rec.statuses[-1].startswith(f"serial {tmp_path / 'nothing'}: ")
    assert rec.statuses[-1].endswith("retrying in 0.1 s")
    src.stop()


def test_line_splitter_drops_endless_lines() -> None:
    lines = _Lines()
    assert lines.feed(b"$GPRMC,1") == []
    assert lines.feed(b"23\r\n$GP") == ["$GPRMC,123\r"]
    assert lines.feed(b"x" * 300_000) == []  # no newline in sight: dropped, not kept
    assert lines.feed(b"tail\nok\n") == ["tail", "ok"]


def test_available_ports_and_baud_rates() -> None:
    assert all(isinstance(p, str) for p in available_ports())
    assert BAUD_RATES == (4800, 9600, 19200, 38400, 57600, 115200)


# --- Qt Positioning -------------------------------------------------------------------------


def test_system_source_constructs_offscreen(qtbot: QtBot) -> None:
    src = SystemSource()
    rec = Recorder(src)
    src.start()
    if not src.available:
        assert rec.statuses == ["no system position source"]
    src.stop()


def test_position_to_fix() -> None:
    info = QGeoPositionInfo(
        QGeoCoordinate(43.2961, 5.3699, 33.4), QDateTime.fromMSecsSinceEpoch(1683454532500)
    )
    info.setAttribute(QGeoPositionInfo.Attribute.GroundSpeed, 12.5)
    info.setAttribute(QGeoPositionInfo.Attribute.Direction, 361.0)
    info.setAttribute(QGeoPositionInfo.Attribute.HorizontalAccuracy, 10.0)
    fix = position_to_fix(info)
    assert fix.valid and (fix.lat, fix.lon, fix.ele_m) == (43.2961, 5.3699, 33.4)
    assert fix.time == 1683454532.5
    assert fix.speed_kmh == pytest.approx(45.0) and fix.course_deg == pytest.approx(1.0)
    assert fix.hdop == 2.0
    flat = position_to_fix(QGeoPositionInfo(QGeoCoordinate(43.0, 5.0), QDateTime()))
    assert flat.valid and flat.ele_m is None and math.isnan(flat.time)
    assert (flat.speed_kmh, flat.course_deg, flat.hdop) == (None, None, None)
    assert not position_to_fix(QGeoPositionInfo()).valid


# --- the stored choice ----------------------------------------------------------------------


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


def test_source_config_roundtrip(tmp_path: Path) -> None:
    assert SourceConfig.load(ini(tmp_path)) == SourceConfig()
    config = SourceConfig("gpsd", "/x/y.gpx", 7.0, "/dev/ttyUSB1", 38400, "pi.local", 2948)
    s = ini(tmp_path)
    config.save(s)
    s.sync()
    assert SourceConfig.load(ini(tmp_path)) == config


def test_source_config_ignores_garbage(tmp_path: Path) -> None:
    s = ini(tmp_path)
    for key, value in [
        ("kind", "carrier-pigeon"),
        ("speed", "fast"),
        ("baud", "-3"),
        ("tcp_port", "99999"),
    ]:
        s.setValue(f"gps/{key}", value)
    s.sync()
    assert SourceConfig.load(ini(tmp_path)) == SourceConfig()
    s.setValue("gps/speed", "500")
    assert SourceConfig.load(s).speed == 50.0


def test_make_source_kinds(data_dir: Path) -> None:
    gpx = make_source(SourceConfig("replay", str(data_dir / "gpxpy_around-visnjan-with-car.gpx")))
    assert isinstance(gpx, ReplaySource)
    log = data_dir / "gpsd_rx210_ublox8_fix_acquisition.log"
    src = make_source(SourceConfig("replay", str(log), speed=10))
    assert isinstance(src, ReplaySource) and src.speed == 10
    # NMEA replays every fix, the no-fix ones included.
    assert list(src.schedule.fixes) == list(read_nmea(log).fixes)
    assert isinstance(make_source(SourceConfig("serial", port="/dev/ttyUSB0")), SerialNmeaSource)
    assert isinstance(make_source(SourceConfig("gpsd")), GpsdSource)
    assert isinstance(make_source(SourceConfig("system")), SystemSource)


@pytest.mark.parametrize("name", ["", "missing.gpx", "bad.gpx", "bad.nmea", "track.kml"])
def test_make_source_bad_replay_file_is_one_line(tmp_path: Path, name: str) -> None:
    (tmp_path / "bad.gpx").write_text("<gpx><trk><trkseg><trkpt lat=")
    (tmp_path / "bad.nmea").write_text("hello\n")
    (tmp_path / "track.kml").write_text("<kml/>")
    path = str(tmp_path / name) if name else ""
    with pytest.raises(InputError) as err:
        make_source(SourceConfig("replay", path))
    assert "\n" not in str(err.value) and str(err.value)


# --- the dialog -----------------------------------------------------------------------------


# The offscreen platform says this when a window is shown; it is about the test platform.
@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")
def test_dialog_saves_and_restores_the_choice(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, screenshot_dir: Path
) -> None:
    settings = ini(tmp_path)
    dialog = SourceDialog(settings, ports=lambda: ["/dev/ttyUSB0", "/dev/ttyACM0"])
    qtbot.addWidget(dialog)
    assert dialog.tabs.currentIndex() == 0  # replay by default
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no file yet
    dialog.path_edit.setText(str(data_dir / "gpxpy_korita-zbevnica.gpx"))
    assert ok.isEnabled()
    dialog.speed_spin.setValue(20)
    dialog.resize(520, 220)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(screenshot_dir / "source_dialog.png"))
    dialog.accept()
    assert dialog.result() == SourceDialog.DialogCode.Accepted
    assert isinstance(dialog.source(), ReplaySource)
    settings.sync()

    again = SourceDialog(ini(tmp_path), ports=lambda: ["/dev/ttyUSB0", "/dev/ttyACM0"])
    qtbot.addWidget(again)
    assert again.config() == SourceConfig(
        "replay", str(data_dir / "gpxpy_korita-zbevnica.gpx"), 20.0
    )
    # Now serial at 38400 on the second port.
    again.tabs.setCurrentIndex(1)
    assert [again.port_combo.itemText(i) for i in range(again.port_combo.count())] == [
        "/dev/ttyUSB0",
        "/dev/ttyACM0",
    ]
    again.port_combo.setCurrentIndex(1)
    again.baud_combo.setCurrentIndex(BAUD_RATES.index(38400))
    again.accept()
    third = SourceDialog(ini(tmp_path), ports=list)
    qtbot.addWidget(third)
    config = third.config()
    assert (config.kind, config.port, config.baud) == ("serial", "/dev/ttyACM0", 38400)
    assert config.path == str(data_dir / "gpxpy_korita-zbevnica.gpx")  # kept for next time


def test_dialog_shows_a_bad_file_inline(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "broken.gpx"
    bad.write_text("<gpx><trk><trkseg><trkpt lat='1' lon='2'>")
    dialog = SourceDialog(ini(tmp_path), ports=list)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(bad))
    dialog.accept()
    assert dialog.result() != SourceDialog.DialogCode.Accepted
    assert dialog.source() is None
    assert str(bad) in dialog.error_label.text()
    assert "\n" not in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    assert SourceConfig.load(ini(tmp_path)) == SourceConfig()  # nothing stored
    dialog.path_edit.setText(str(bad) + "x")  # editing clears the error
    assert dialog.error_label.isHidden()


def test_dialog_ok_needs_port_and_host(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SourceDialog(ini(tmp_path), ports=list)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.tabs.setCurrentIndex(1)
    assert not ok.isEnabled()
    dialog.port_combo.setCurrentText("/dev/rfcomm0")
    assert ok.isEnabled()
    dialog.tabs.setCurrentIndex(2)
    assert ok.isEnabled()
    dialog.host_edit.setText("")
    assert not ok.isEnabled()
    dialog.tabs.setCurrentIndex(3)
    assert ok.isEnabled()
