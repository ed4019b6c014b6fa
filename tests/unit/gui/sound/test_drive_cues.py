"""A drive through the main window is heard: the planner's cues reach the player, as set.

The roadbook and drive are generated, so which cues come, and in which order, is known by
construction: a straight 6 km route east, a WPM at 3 km, boxes at 1.5 km and 5 km, driven at
72 km/h (20 m a fix, one fix a second) by a live GPS the test feeds by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from navapp.core import geodesy
from navapp.core.cues import Cue, CueEvent
from navapp.core.model import Box, Fix, Roadbook, WaypointType
from navapp.gps.silence import Feed
from navapp.gui.gps.sources import ReplaySource
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.settings import SoundSettings
from tests.builders import drive, roadbook, straight_route, waypoint
from tests.unit.gui.drive.test_session import Clock, FakeGps

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

ROUTE = straight_route(31.0, -4.0, 90.0, 6_000.0, step_m=50.0)
LINE = geodesy.RouteGeometry(ROUTE.lat, ROUTE.lon)
V = 72.0


def box_at(km: float, *wps: object) -> Box:
    lat, lon = LINE.point_at(km * 1000)
    return Box(0, km, lat=lat, lon=lon, cap=90, waypoints=wps)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def stage() -> Roadbook:
    return roadbook(
        [box_at(0.0), box_at(1.5), box_at(3.0, waypoint(WaypointType.WPM, "1")), box_at(5.0)],
        ROUTE,
    )


@pytest.fixture(scope="module")
def fixes() -> list[Fix]:
    return drive(ROUTE, V)


def open_window(
    qtbot: QtBot, tmp_path: Path, clock: Clock, stage: Roadbook, sound: SoundSettings | None = None
) -> MainWindow:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    if sound is not None:
        sound.save(settings)
    window = MainWindow(settings=settings, data_dir=tmp_path / "data", clock=clock)
    qtbot.addWidget(window)
    window.set_roadbook(stage)
    return window


def decided(window: MainWindow) -> list[CueEvent]:
    """Every cue the planner decides from now on."""
    out: list[CueEvent] = []
    assert window.session is not None
    window.session.cues.connect(out.extend)
    return out


def feed(gps: FakeGps, clock: Clock, fixes: list[Fix]) -> None:
    for fix in fixes:
        clock.now += 1.0
        gps.send(fix)


def heard(qtbot: QtBot, window: MainWindow) -> list[tuple[Cue, int | None]]:
    """Let the player play everything queued; what it played, with the box."""
    player = window.cue_player
    qtbot.waitUntil(lambda: player.current is None, timeout=20_000)
    return [(p.cue, p.event.box) for p in player.history]


# The cues of the drive to 3.4 km, by construction: box 2 (1.5 km) is near 300 m before it at
# 1.2 km; the WPM of box 3 (3 km) opens 800 m before it, box 3 is near at 2.7 km, and the WPM is
# validated 200 m before it, at 2.8 km.
EXPECTED = [
    (Cue.BOX_NEAR, 2),
    (Cue.WP_OPENED, 3),
    (Cue.BOX_NEAR, 3),
    (Cue.WP_VALIDATED, 3),
]


def test_a_generated_drive_is_heard_in_order(
    qtbot: QtBot, tmp_path: Path, stage: Roadbook, fixes: list[Fix]
) -> None:
    clock = Clock()
    window = open_window(qtbot, tmp_path, clock, stage)
    cues = decided(window)
    gps = FakeGps(window)
    window.start_source(gps)
    feed(gps, clock, fixes[:170])  # to 3.4 km
    t0 = fixes[0].time
    assert [(c.cue, c.box) for c in cues] == EXPECTED
    assert [c.time - t0 for c in cues] == pytest.approx([60, 111, 135, 141], abs=1)
    # The fixes came faster than the sounds play: the first plays, the others wait their turn.
    player = window.cue_player
    assert player.current is not None and player.current.cue is Cue.BOX_NEAR
    assert player.waiting() == [Cue.WP_OPENED, Cue.BOX_NEAR, Cue.WP_VALIDATED]
    assert heard(qtbot, window) == EXPECTED
    assert all(p.volume == SoundSettings().volume(p.cue) for p in player.history)


def test_a_muted_cue_is_decided_but_not_played(
    qtbot: QtBot, tmp_path: Path, stage: Roadbook, fixes: list[Fix]
) -> None:
    volumes = {**SoundSettings().volumes, Cue.WP_OPENED: 30}
    sound = SoundSettings(volumes=volumes, muted_cues=frozenset({Cue.WP_VALIDATED}))
    clock = Clock()
    window = open_window(qtbot, tmp_path, clock, stage, sound)
    cues = decided(window)
    gps = FakeGps(window)
    window.start_source(gps)
    feed(gps, clock, fixes[:170])
    assert [(c.cue, c.box) for c in cues] == EXPECTED
    played = window.cue_player.history
    assert heard(qtbot, window) == [e for e in EXPECTED if e[0] is not Cue.WP_VALIDATED]
    assert [p.volume for p in played if p.cue is Cue.WP_OPENED] == [30]


def test_settings_saved_mid_drive_apply_at_once(
    qtbot: QtBot, tmp_path: Path, stage: Roadbook, fixes: list[Fix]
) -> None:
    clock = Clock()
    window = open_window(qtbot, tmp_path, clock, stage)
    gps = FakeGps(window)
    window.start_source(gps)
    feed(gps, clock, fixes[:100])  # box 2 near at 1.2 km
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    settings.setValue("sound/muted", True)
    settings.setValue("sound/box_near_m", 150)
    settings.sync()
    window.apply_settings()
    assert window.session is not None
    assert window.session.cue_planner.options.box_near_m == 150
    feed(gps, clock, fixes[100:170])
    assert heard(qtbot, window) == [(Cue.BOX_NEAR, 2)]  # all muted after it


def test_gps_lost_and_back_are_heard(
    qtbot: QtBot, tmp_path: Path, stage: Roadbook, fixes: list[Fix]
) -> None:
    clock = Clock()
    window = open_window(qtbot, tmp_path, clock, stage)
    session = window.session
    assert session is not None
    gps = FakeGps(window)
    window.start_source(gps)
    feed(gps, clock, fixes[:10])
    clock.now += 5.0  # silent past the 3 s rule: the heartbeat finds it
    session._check_silence()
    assert session.feed.feed is Feed.NO_GPS
    feed(gps, clock, fixes[10:12])
    assert heard(qtbot, window) == [(Cue.GPS_LOST, None), (Cue.GPS_BACK, None)]


def test_a_paused_replay_is_silent(
    qtbot: QtBot, tmp_path: Path, stage: Roadbook, fixes: list[Fix]
) -> None:
    clock = Clock()
    window = open_window(qtbot, tmp_path, clock, stage)
    session = window.session
    assert session is not None
    cues = decided(window)
    source = ReplaySource(fixes, speed=10.0, clock=clock, parent=window)
    window.start_source(source)
    clock.now = 137 / 10.0  # 137 s into the drive: three cues decided, two of them waiting
    source.tick()
    assert [c.cue for c in cues] == [Cue.BOX_NEAR, Cue.WP_OPENED, Cue.BOX_NEAR]
    player = window.cue_player
    assert player.waiting() == [Cue.WP_OPENED, Cue.BOX_NEAR]
    source.pause()
    assert session.feed.feed is Feed.PAUSED
    assert player.waiting() == []  # what waited is dropped; the cue playing ends by itself
    clock.now += 60.0  # a long pause is not a GPS lost
    session._check_silence()
    source.tick()
    assert len(cues) == 3
    assert heard(qtbot, window) == [(Cue.BOX_NEAR, 2)]
