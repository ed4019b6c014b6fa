"""A drive session: source → navigator → view, track log and crash recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from navapp.core.model import Fix
from navapp.core.navstate import NavState
from navapp.gps.silence import Feed
from navapp.gui.drive.session import NO_SOURCE, DriveSession
from navapp.gui.gps.sources import QtFixSource, ReplaySource
from navapp.io.gpxtrack import load_track
from navapp.io.registry import read_fixes, read_roadbook
from navapp.paths import demo_drive, demo_roadbook

pytestmark = pytest.mark.gui


class FakeGps(QtFixSource):
    """A live source the test feeds by hand."""

    def start(self) -> None:
        self._set_link("fake gps ready")

    def stop(self) -> None:
        pass

    @property
    def description(self) -> str:
        return "fake"

    def send(self, fix: Fix) -> None:
        self.fix_received.emit(fix)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def fixes() -> list[Fix]:
    return read_fixes(demo_drive())


def test_replay_drives_the_navigator_and_ends_with_a_summary(
    qtbot: QtBot, tmp_path: Path, fixes: list[Fix]
) -> None:
    rb = read_roadbook(demo_roadbook())
    session = DriveSession(rb, str(demo_roadbook()), tmp_path)
    clock = Clock()
    source = ReplaySource(fixes, speed=50.0, clock=clock)
    states: list[NavState] = []
    session.state_changed.connect(states.append)
    session.start(source)
    assert not session.live and session.track_log is None
    with qtbot.waitSignal(session.finished, timeout=5000) as blocker:
        clock.now = 1e6  # long past the end of the drive at 50×
        source.tick()
    summary = blocker.args[0]
    assert [(w.box.index, w.waypoint.name) for w in summary.missed] == [(32, "7")]
    assert len(summary.validated) == 13
    (over,) = summary.overspeeds
    assert over.box == 17 and 60.0 < over.max_kmh < 70.0 and 25 <= over.end - over.start <= 40
    assert summary.trip_km == pytest.approx(48.9, abs=0.2)
    # The drive ends at the ASS, a few seconds before the log does.
    assert fixes[-1].time - fixes[0].time - 30 < summary.elapsed_s <= fixes[-1].time - fixes[0].time
    assert states[-1].finished
    assert not (tmp_path / "session.json").exists()  # practice replays are not saved


def test_live_drive_logs_saves_and_resumes(qtbot: QtBot, tmp_path: Path, fixes: list[Fix]) -> None:
    rb = read_roadbook(demo_roadbook())
    session = DriveSession(rb, str(demo_roadbook()), tmp_path)
    gps = FakeGps()
    statuses: list[str] = []
    session.status_changed.connect(statuses.append)
    session.start(gps)
    assert session.live and statuses == ["fake gps ready"]
    half = len(fixes) // 2
    for f in fixes[:half]:
        gps.send(f)
    assert session.track_log is not None
    log_path = session.track_log.path
    session.track_log.flush()
    # Power cut now: the session file and the track log are what is left.
    assert session.session_path.exists()
    assert len(load_track(log_path)) >= half - 200
    trip, box = session.navigator.state.trip.total_km, session.navigator.state.box

    after = DriveSession(rb, str(demo_roadbook()), tmp_path)
    saved = after.saved_session()
    assert saved is not None and saved.track_log == str(log_path)
    after.resume(saved)
    assert after.navigator.state.box == box
    assert after.navigator.state.trip.total_km == pytest.approx(trip, abs=0.3)

    other = read_roadbook(demo_roadbook())
    other = other.__class__(other.name, other.units, other.boxes[:-1], other.route, other.metadata)
    assert DriveSession(other, "x.gpx", tmp_path).saved_session() is None

    session.stop()  # a clean stop forgets the saved state
    assert not session.session_path.exists()


def test_commands_reach_the_navigator(qtbot: QtBot, tmp_path: Path) -> None:
    session = DriveSession(read_roadbook(demo_roadbook()), "demo", tmp_path)
    states: list[NavState] = []
    session.state_changed.connect(states.append)
    session.adjust(0.1)
    session.adjust(-0.01)
    assert states[-1].trip.total_km == pytest.approx(0.09)
    session.step_box(3)
    assert states[-1].box == 4 and not states[-1].auto_advance
    session.resume_auto()
    assert states[-1].auto_advance and states[-1].box == 1
    session.set_calibration(1.5)
    assert states[-1].trip.calibration_pct == 1.5
    session.reset_partial()
    assert states[-1].trip.partial_km == 0.0


def test_a_silent_live_gps_is_reported(qtbot: QtBot, tmp_path: Path, fixes: list[Fix]) -> None:
    clock = Clock()
    session = DriveSession(read_roadbook(demo_roadbook()), "demo", tmp_path, clock=clock)
    gps = FakeGps()
    statuses: list[str] = []
    session.status_changed.connect(statuses.append)
    session.start(gps)
    gps.send(fixes[0])
    clock.now += 2.0
    session._check_silence()
    assert statuses == ["fake gps ready", "fake — fix"]
    assert session.feed.feed is Feed.LIVE
    clock.now += 5.0
    session._check_silence()
    assert statuses[-1] == "no GPS data for 7 s — fake has gone silent"
    assert session.feed.feed is Feed.NO_GPS and session.feed.indicator == "NO GPS 7 s"
    # The next fix takes the message away: nothing sticks.
    gps.send(fixes[1])
    assert statuses[-1] == "fake — fix" and session.feed.live
    session.stop()
    assert statuses[-1] == NO_SOURCE and session.feed.feed is Feed.NONE


def test_resuming_mends_a_torn_track_log(qtbot: QtBot, tmp_path: Path, fixes: list[Fix]) -> None:
    rb = read_roadbook(demo_roadbook())
    session = DriveSession(rb, str(demo_roadbook()), tmp_path)
    gps = FakeGps()
    session.start(gps)
    for f in fixes[:300]:
        gps.send(f)
    assert session.track_log is not None
    session.track_log.flush()
    log = session.track_log.path
    session.save()
    torn = log.read_bytes()[:-40]  # the crash cut the last write short
    log.write_bytes(torn)
    after = DriveSession(rb, str(demo_roadbook()), tmp_path)
    saved = after.saved_session()
    assert saved is not None
    after.resume(saved)
    assert len(load_track(log)) >= 250
    session.stop()  # the test's "crashed" session still holds the file open
