"""A truthful GPS status on the drive view, end to end: a real gpsd and a socat serial port
going silent and coming back, a paused replay, switching source mid-stage, the remembered
source, the system source without a backend, and screenshots of each state."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPositioning import QGeoPositionInfoSource
from pytestqt.qtbot import QtBot

from navapp.core.model import Fix
from navapp.core.remote import Action
from navapp.gps.link import NO_BACKEND
from navapp.gps.silence import Feed
from navapp.gui.drive.session import NO_SOURCE
from navapp.gui.gps.sources import GpsdSource, ReplaySource, SerialNmeaSource, SystemSource
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.messages import KEEP_STAGE, NEW_STAGE
from navapp.gui.shell.settings import SourceConfig
from navapp.io.registry import read_fixes
from navapp.paths import demo_drive, demo_roadbook
from tests.unit.gui.drive.test_session import Clock, FakeGps
from tests.unit.gui.gps.test_sources import SOCAT, PtyPair

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

GPSD = shutil.which("gpsd") or ("/usr/sbin/gpsd" if os.access("/usr/sbin/gpsd", os.X_OK) else None)
TIMEOUT = 10_000  # ms; the waits end as soon as the condition holds


def nmea_epochs(path: Path) -> list[bytes]:
    """The sentences of a real NMEA log, one block per epoch (a block ends with its RMC)."""
    epochs: list[bytes] = []
    block = b""
    for line in path.read_bytes().splitlines():
        if not line.startswith(b"$"):
            continue
        block += line + b"\r\n"
        if line[3:6] == b"RMC":
            epochs.append(block)
            block = b""
    return epochs


class Receiver:
    """Writes a real log into the feed end of a pty pair, one epoch per timer tick, like a
    GPS receiver; the writes never block (a full pty drops the epoch, as a serial line would)."""

    def __init__(self, feed: Path, epochs: list[bytes], interval_ms: int = 100) -> None:
        self.fd = os.open(feed, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK)
        self.epochs = epochs
        self.sent = 0
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        try:
            os.write(self.fd, self.epochs[self.sent % len(self.epochs)])
        except (BlockingIOError, OSError):
            return
        self.sent += 1

    def close(self) -> None:
        self.timer.stop()
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Gpsd:
    """A real gpsd reading ``device``, listening on loopback only (no ``-G``) on ``port``."""

    def __init__(self, device: Path, port: int) -> None:
        self.device = device
        self.port = port
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, qtbot: QtBot) -> None:
        assert GPSD is not None
        # -N foreground, -n read the device before any client, -b never write to it.
        self.proc = subprocess.Popen(
            [GPSD, "-N", "-n", "-b", "-S", str(self.port), str(self.device)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

        def listening() -> bool:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                return s.connect_ex(("127.0.0.1", self.port)) == 0

        qtbot.waitUntil(listening, timeout=TIMEOUT)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


@pytest.fixture
def pty_pair(tmp_path: Path) -> Iterator[PtyPair]:
    if SOCAT is None:
        pytest.skip("socat is not installed: no pty pair to stand in for a GPS receiver")
    pair = PtyPair(tmp_path)
    yield pair
    pair.kill()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


def make_window(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, clock: Clock | None = None, **kw: object
) -> MainWindow:
    extra: dict[str, object] = {"clock": clock} if clock is not None else {}
    window = MainWindow(
        settings=settings,
        data_dir=tmp_path / "data",
        ask=lambda *a: False,
        **extra,  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )
    qtbot.addWidget(window)
    return window


def lost(window: MainWindow) -> bool:
    view = window.drive_view
    assert view is not None
    return view.status.gps_label.text().startswith("NO GPS")


# --- a real gpsd, real time -----------------------------------------------------------------


def test_real_gpsd_goes_silent_and_comes_back(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, pty_pair: PtyPair, data_dir: Path
) -> None:
    """gpsd reads a real SiRFstarV log from a pty; navapp's gpsd source feeds the drive view.
    gpsd stops: after 3 s (the real rule, on the real clock) the view is red, the counters
    marked, the status bar says why; gpsd starts again: the view is live again."""
    if GPSD is None:
        pytest.skip("gpsd is not installed (apt-get install gpsd)")
    pty_pair.start(qtbot)
    receiver = Receiver(pty_pair.feed_path, nmea_epochs(data_dir / "gpsd_sirfstarv-nmea.log"))
    gpsd = Gpsd(pty_pair.port, free_port())
    window = make_window(qtbot, tmp_path, settings)
    try:
        receiver.timer.start()
        gpsd.start(qtbot)
        window.open_path(demo_roadbook())
        view = window.drive_view
        session = window.session
        assert view is not None and session is not None
        source = GpsdSource("127.0.0.1", gpsd.port, retry_ms=200)
        window.start_source(source)
        qtbot.waitUntil(lambda: session.feed.live, timeout=TIMEOUT)
        fix = session.navigator.state.fix
        assert fix is not None and fix.valid
        assert fix.lat == pytest.approx(44.0689, abs=1e-3)
        assert fix.lon == pytest.approx(-121.3143, abs=1e-3)
        qtbot.waitUntil(lambda: view.status.gps_label.text().startswith("GPS"), timeout=TIMEOUT)
        assert view.status.gps_label.property("level") == "ok"
        assert view.total.mark() == "" and view.partial.mark() == ""
        assert window.gps_label.text().startswith(f"gpsd 127.0.0.1:{gpsd.port} — fix")

        gpsd.stop()
        qtbot.waitUntil(lambda: lost(window), timeout=TIMEOUT)
        feed = session.feed
        assert feed.feed is Feed.NO_GPS and feed.silent_s is not None and feed.silent_s >= 3.0
        assert view.status.gps_label.property("level") == "danger"
        assert view.total.mark() == view.partial.mark() == "GPS LOST"
        assert view.status.speed_label.text() == "— km/h"
        assert view.cap.course_label.text() == "—"
        # The silence counts up, with the reason in the status bar.
        qtbot.waitUntil(lambda: view.status.gps_label.text() == "NO GPS 4 s", timeout=TIMEOUT)
        qtbot.waitUntil(lambda: "Connection refused" in window.gps_label.text(), timeout=TIMEOUT)
        assert window.gps_label.text().startswith("no GPS data for ")

        gpsd.start(qtbot)
        qtbot.waitUntil(lambda: session.feed.live, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: view.status.gps_label.text().startswith("GPS"), timeout=TIMEOUT)
        assert view.total.mark() == ""
        assert window.gps_label.text().startswith(f"gpsd 127.0.0.1:{gpsd.port} — fix")
    finally:
        window.close()  # stops the session and its source
        receiver.close()
        gpsd.stop()


# --- serial over a socat pty pair, with a fake clock ----------------------------------------


def test_serial_receiver_silent_then_port_gone(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, pty_pair: PtyPair, data_dir: Path
) -> None:
    clock = Clock()
    pty_pair.start(qtbot)
    epochs = nmea_epochs(data_dir / "gpsd_trimble_rtk_10hz.log")
    window = make_window(qtbot, tmp_path, settings, clock)
    window.open_path(demo_roadbook())
    session, view = window.session, window.drive_view
    assert session is not None and view is not None
    port = str(pty_pair.port)
    source = SerialNmeaSource(port, 9600, retry_ms=100)
    got: list[Fix] = []
    source.fix_received.connect(got.append)
    try:
        window.start_source(source)
        for block in epochs[:5]:
            pty_pair.write(block)
        # The last epoch is handed on when the receiver falls quiet.
        qtbot.waitUntil(lambda: len(got) == 5, timeout=TIMEOUT)
        assert session.feed.live and all(f.valid for f in got)
        assert window.gps_label.text().startswith(f"serial {port} — fix")
        # The receiver stops talking: 2.9 s is still live, 3 s is lost.
        clock.now += 2.9
        session._check_silence()
        assert session.feed.live
        clock.now += 0.1
        session._check_silence()
        assert view.status.gps_label.text() == "NO GPS 3 s"
        assert view.status.gps_label.property("level") == "danger"
        assert view.total.mark() == "GPS LOST"
        assert window.gps_label.text() == f"no GPS data for 3 s — serial {port} has gone silent"
        # The port goes away (unplugged): the reason follows.
        pty_pair.kill()
        qtbot.waitUntil(lambda: "port gone" in window.gps_label.text(), timeout=TIMEOUT)
        assert window.gps_label.text() == (
            f"no GPS data for 3 s — serial {port}: port gone — reconnecting in 0.1 s"
        )
        clock.now += 9.0
        session._check_silence()
        assert view.status.gps_label.text() == "NO GPS 12 s"
        # It comes back: live again, nothing sticks.
        pty_pair.start(qtbot)
        qtbot.waitUntil(lambda: source.is_open, timeout=TIMEOUT)
        for block in epochs[5:10]:
            pty_pair.write(block)
        qtbot.waitUntil(lambda: session.feed.live, timeout=TIMEOUT)
        assert view.status.gps_label.text().startswith("GPS")
        assert window.gps_label.text().startswith(f"serial {port} — fix")
        assert view.total.mark() == ""
    finally:
        window.close()


# --- replay, switching source, the remembered source ----------------------------------------


@pytest.fixture(scope="module")
def fixes() -> list[Fix]:
    return read_fixes(demo_drive())


def test_switching_source_mid_stage_keeps_or_restarts_it(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, fixes: list[Fix]
) -> None:
    """The reproduced bug: a replay, then the live receiver: stage time −164446:05:44."""
    answers: list[str] = []
    keep = True

    def ask_keep(description: str) -> bool:
        answers.append(description)
        return keep

    clock = Clock()
    window = make_window(qtbot, tmp_path, settings, clock, ask_keep_stage=ask_keep)
    window.open_path(demo_roadbook())
    view = window.drive_view
    assert view is not None
    replay_clock = Clock()
    replay = ReplaySource(fixes, speed=10.0, clock=replay_clock, parent=window)
    window.start_source(replay)
    assert answers == []  # nothing to keep yet: no question
    replay_clock.now = 120.0  # 20 stage minutes
    replay.tick()
    session = window.session
    assert session is not None
    trip = session.navigator.state.trip.total_km
    assert trip > 5.0
    assert view.status.stage_label.text() == "0:20:00"

    # Keep the stage: a live receiver on today's clock, years after the recording.
    gps = FakeGps(window)
    clock.now += 30.0
    window.start_source(gps)
    assert answers == ["fake"]
    assert window.session is session and session.source is gps
    live_t0 = fixes[0].time + 3 * 365 * 86400.0
    gps.send(Fix(live_t0, fixes[1200].lat, fixes[1200].lon, speed_kmh=50.0))
    assert view.status.stage_label.text() == "0:20:30"  # 20 min + the 30 s of the switch
    assert session.navigator.state.trip.total_km == pytest.approx(trip)
    # The new source's first position counts once three reports confirm it.
    gps.send(Fix(live_t0 + 30, fixes[1230].lat, fixes[1230].lon, speed_kmh=50.0))
    gps.send(Fix(live_t0 + 60, fixes[1260].lat, fixes[1260].lon, speed_kmh=50.0))
    assert view.status.stage_label.text() == "0:21:30"
    assert session.navigator.state.trip.total_km > trip  # the trip goes on

    # Start a new stage: back to a replay of an older drive; never a negative stage time.
    keep = False
    again = ReplaySource(fixes, speed=10.0, clock=replay_clock, parent=window)
    window.start_source(again)
    assert answers == ["fake", "replay"]
    assert window.session is not session
    new = window.session
    assert new is not None and new.source is again
    assert new.navigator.state.trip.total_km == 0.0
    assert window.drive_view is not None
    assert window.drive_view.status.stage_label.text() == "0:00:00"
    window.close()


def test_the_keep_or_restart_question(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, screenshot_dir: Path
) -> None:
    window = make_window(qtbot, tmp_path, settings)
    box = window.keep_stage_box("gpsd localhost:2947")
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    assert sorted(texts) == sorted([KEEP_STAGE, NEW_STAGE])
    assert box.defaultButton().text() == KEEP_STAGE
    assert "gpsd localhost:2947" in box.text()
    box.show()
    qtbot.waitExposed(box)
    assert box.grab().save(str(screenshot_dir / "gps_keep_stage_question.png"))
    box.close()


def test_a_paused_replay_is_marked(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, fixes: list[Fix]
) -> None:
    window = make_window(qtbot, tmp_path, settings, Clock())
    window.open_path(demo_roadbook())
    view = window.drive_view
    assert view is not None
    replay_clock = Clock()
    replay = ReplaySource(fixes, speed=10.0, clock=replay_clock, parent=window)
    window.start_source(replay)
    replay_clock.now = 60.0
    replay.tick()
    assert view.status.gps_label.text().startswith("GPS")
    assert view.status.speed_label.text() != "— km/h"
    window.trigger(Action.PAUSE_REPLAY)
    assert not replay.running
    assert view.status.gps_label.text() == "REPLAY PAUSED"
    assert view.status.gps_label.property("level") == "warn"
    assert view.total.mark() == view.partial.mark() == "PAUSED"
    assert view.status.speed_label.text() == "— km/h"
    assert window.gps_label.text().startswith("replay 10× paused — 10:00 / ")
    window.trigger(Action.PAUSE_REPLAY)
    assert replay.running and view.status.gps_label.text().startswith("GPS")
    assert view.total.mark() == ""
    window.close()


def test_the_remembered_live_source_starts_with_the_roadbook(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    port = free_port()  # nothing listens there: the source starts and says why it waits
    SourceConfig("gpsd", host="127.0.0.1", tcp_port=port).save(settings)
    window = make_window(qtbot, tmp_path, settings)
    assert window.session is None
    window.open_path(demo_roadbook())
    session = window.session
    assert session is not None and isinstance(session.source, GpsdSource)
    qtbot.waitUntil(lambda: "Connection refused" in window.gps_label.text(), timeout=TIMEOUT)
    window.close()
    assert session.source is None and session.feed.feed is Feed.NONE


def test_a_remembered_replay_is_not_started_on_its_own(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    SourceConfig("replay", path=str(demo_drive())).save(settings)
    window = make_window(qtbot, tmp_path, settings)
    window.open_path(demo_roadbook())
    assert window.session is not None and window.session.source is None
    assert window.gps_label.text() == NO_SOURCE
    assert window.drive_view is not None
    assert window.drive_view.status.gps_label.text() == "NO GPS"
    window.close()


# --- the system source ------------------------------------------------------------------------


def test_system_source_without_a_backend_says_so(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QGeoPositionInfoSource, "createDefaultSource", lambda *a: None)
    src = SystemSource()
    statuses: list[str] = []
    src.status_changed.connect(statuses.append)
    src.start()
    assert not src.available and src.link == NO_BACKEND

    def broken(*_args: object) -> None:
        raise RuntimeError("plugin geoclue2 failed to load\nmore details")

    monkeypatch.setattr(QGeoPositionInfoSource, "createDefaultSource", broken)
    src = SystemSource()
    assert src.link == "system position unavailable: plugin geoclue2 failed to load"


def test_system_source_that_never_answers_says_so(qtbot: QtBot) -> None:
    """GeoClue offered but not running (as on a machine without its service) answers nothing:
    after ``answer_ms`` the source says so instead of waiting in silence."""
    src = SystemSource(answer_ms=200)
    if not src.available:
        assert src.link == NO_BACKEND
        return
    fixes: list[Fix] = []
    src.fix_received.connect(fixes.append)
    src.start()
    qtbot.waitUntil(lambda: bool(fixes) or "no answer" in src.link, timeout=TIMEOUT)
    if not fixes:  # a machine with a working position service answers instead
        assert src.link.startswith(f"{src.description}: no answer from the position service")
    src.stop()


# --- screenshots ------------------------------------------------------------------------------


def _resize(qtbot: QtBot, window: MainWindow, w: int, h: int) -> None:
    for _ in range(3):
        window.resize(w, h)
        qtbot.wait(10)
    assert (window.width(), window.height()) == (w, h)


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    view = window.drive_view
    assert view is not None
    qtbot.waitUntil(lambda: not view.total.is_animating() and not view.partial.is_animating())


def test_screenshots_live_lost_and_paused(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, fixes: list[Fix], screenshot_dir: Path
) -> None:
    """The drive view as a co-driver sees it: live, GPS lost for 12 s, and a paused replay."""
    clock = Clock()
    window = make_window(qtbot, tmp_path, settings, clock)
    window.open_path(demo_roadbook())
    window.show()
    qtbot.waitUntil(window.isVisible)
    gps = FakeGps(window)
    window.start_source(gps)
    for f in fixes[:2050]:  # in the village speed zone
        clock.now += 1.0
        gps.send(f)
    session, view = window.session, window.drive_view
    assert session is not None and view is not None and session.feed.live

    def shoot(state: str) -> None:
        for theme in ("day", "night"):
            window.set_theme(theme)
            for w, h in ((1024, 600), (1920, 1080)):
                _resize(qtbot, window, w, h)
                _settle(qtbot, window)
                name = f"gps_{state}_{theme}_{w}x{h}.png"
                assert window.grab().save(str(screenshot_dir / name))

    shoot("live")
    clock.now += 12.0
    session._check_silence()
    assert view.status.gps_label.text() == "NO GPS 12 s"
    shoot("lost")
    window.close()

    paused = make_window(qtbot, tmp_path, settings, Clock())
    paused.open_path(demo_roadbook())
    paused.show()
    qtbot.waitUntil(paused.isVisible)
    replay_clock = Clock()
    replay = ReplaySource(fixes, speed=10.0, clock=replay_clock, parent=paused)
    paused.start_source(replay)
    replay_clock.now = 205.0
    replay.tick()
    replay.pause()
    assert paused.drive_view is not None
    assert paused.drive_view.status.gps_label.text() == "REPLAY PAUSED"
    window = paused
    shoot("paused")
    paused.close()
