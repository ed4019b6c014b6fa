"""The main window driving a stage: replay, remote actions, crash recovery, summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.core.model import Fix
from navapp.core.remote import Action
from navapp.gui.gps.sources import ReplaySource
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.remote import RemoteController
from navapp.io.registry import read_fixes
from navapp.paths import demo_drive, demo_roadbook
from tests.unit.gui.drive.test_session import Clock, FakeGps

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


@pytest.fixture(scope="module")
def fixes() -> list[Fix]:
    return read_fixes(demo_drive())


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *a: True)
    qtbot.addWidget(w)
    assert w.open_path(demo_roadbook())
    w.show()
    qtbot.waitUntil(w.isVisible)
    return w


def _replay_to(
    window: MainWindow, fixes: list[Fix], seconds: float, pause: bool = True
) -> tuple[ReplaySource, Clock]:
    clock = Clock()
    source = ReplaySource(fixes, speed=10.0, clock=clock, parent=window)
    window.start_source(source)
    clock.now = seconds / 10.0
    source.tick()
    if pause:
        source.pause()
    return source, clock


def _resize(qtbot: QtBot, window: MainWindow, w: int, h: int) -> None:
    """Resize as a window manager would, letting fonts follow before the next step."""
    for _ in range(3):
        window.resize(w, h)
        qtbot.wait(10)
    assert (window.width(), window.height()) == (w, h)


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    """Let the odometer wheels finish rolling before a screenshot."""
    view = window.drive_view
    assert view is not None
    qtbot.waitUntil(lambda: not view.total.is_animating() and not view.partial.is_animating())


def test_replay_moves_the_drive_view(
    window: MainWindow, qtbot: QtBot, fixes: list[Fix], screenshot_dir: Path
) -> None:
    # in the village speed zone, over the limit
    source, _clock = _replay_to(window, fixes, 2050, pause=False)
    assert window.session is not None and window.drive_view is not None
    state = window.session.navigator.state
    assert state.zone is not None and state.zone.over
    view = window.drive_view
    assert view.state() is state
    total = view.total.text().replace("−", "-")
    assert float(total) == pytest.approx(state.trip.total_km, abs=0.01)
    assert view.banner.is_over()
    assert window.stack.currentWidget() is view
    # Paused, the replay says so: no speed, no over-speed alarm, the counters marked.
    source.pause()
    assert view.status.gps_label.text() == "REPLAY PAUSED"
    assert view.total.mark() == view.partial.mark() == "PAUSED"
    assert not view.banner.is_over() and view.status.speed_label.text() == "— km/h"
    assert window.gps_label.text().startswith("replay 10× paused — ")
    for theme in ("day", "night"):
        window.set_theme(theme)
        for w, h in ((1024, 600), (1920, 1080)):
            _resize(qtbot, window, w, h)
            _settle(qtbot, window)
            assert window.grab().save(str(screenshot_dir / f"window_drive_{theme}_{w}x{h}.png"))


def test_remote_actions_reach_the_navigator(
    window: MainWindow, qtbot: QtBot, fixes: list[Fix]
) -> None:
    _replay_to(window, fixes, 600)
    session = window.session
    assert session is not None
    before = session.navigator.state.trip.total_km
    window.trigger(Action.TRIP_UP)
    window.trigger(Action.TRIP_UP)
    window.trigger(Action.TRIP_DOWN)
    assert session.navigator.state.trip.total_km == pytest.approx(before + 0.01)
    qtbot.keyClick(window, "+")
    assert session.navigator.state.trip.total_km == pytest.approx(before + 0.02)
    box = session.navigator.state.box
    qtbot.keyClick(window, Qt.Key.Key_MediaNext)
    assert session.navigator.state.box == box + 1 and not session.navigator.state.auto_advance
    window.trigger(Action.RESUME_AUTO)
    assert session.navigator.state.auto_advance and session.navigator.state.box == box
    window.trigger(Action.RESET_PARTIAL)
    assert session.navigator.state.trip.partial_km == 0.0
    window.trigger(Action.NIGHT_MODE)
    assert window.theme_name == "night" and window.night_action.isChecked()
    window.trigger(Action.WAYPOINT_LIST)
    assert window.waypoint_dock.isVisible()
    assert window.waypoints.rowCount() == session.navigator.state.waypoints_total
    validated = [window.waypoints.item(r, 2).text() for r in range(window.waypoints.rowCount())]
    assert validated.count("validated") == session.navigator.state.validated
    window.trigger(Action.PAUSE_REPLAY)
    assert isinstance(session.source, ReplaySource) and session.source.running


def test_plus_typed_with_shift_stops_on_its_release_as_equal(
    window: MainWindow, fixes: list[Fix]
) -> None:
    """Shift↓ =↓ ("+") Shift↑ =↑ ("="), replay paused: the trip meter stops with the key."""
    source, _ = _replay_to(window, fixes, 600)
    session = window.session
    assert session is not None and not source.running
    # The window's own controller, on a clock the test moves (the app's runs on real time).
    window.remote.detach()
    clock = Clock()
    remote = RemoteController(clock=lambda: int(clock.now), parent=window)
    remote.attach(window)
    remote.action_triggered.connect(window.trigger)
    before = session.navigator.state.trip.total_km

    def key(etype: QEvent.Type, k: int, mods: Qt.KeyboardModifier, text: str, scan: int) -> None:
        QApplication.sendEvent(window, QKeyEvent(etype, k, mods, scan, 0, 0, text, False, 1))

    def run_to(t_ms: int) -> float:
        for t in range(int(clock.now), t_ms + 1, 50):
            clock.now = t
            remote.tick()  # as its timer would
        return session.navigator.state.trip.total_km

    press, release = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
    key(press, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier, "", 50)
    key(press, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier, "+", 21)
    run_to(300)
    key(release, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier, "", 50)
    run_to(1000)
    key(release, Qt.Key.Key_Equal, Qt.KeyboardModifier.NoModifier, "=", 21)
    step = window.trip_settings.step_km
    after = session.navigator.state.trip.total_km
    assert after == pytest.approx(before + 5 * step)  # on press, at 500, 650, 800, 950 ms
    assert not remote.is_ticking()
    assert run_to(60_000) == after  # a minute later: not a metre more
    assert not source.running


def test_practice_modes(
    window: MainWindow, qtbot: QtBot, fixes: list[Fix], screenshot_dir: Path
) -> None:
    _replay_to(window, fixes, 1300)
    window.masked_action.setChecked(True)
    assert window.drive_view is not None and window.drive_view.options().masked
    _resize(qtbot, window, 1024, 600)
    _settle(qtbot, window)
    assert window.grab().save(str(screenshot_dir / "window_practice_masked_1024x600.png"))
    window.set_practice(False, True, True)
    opts = window.drive_view.options()
    assert (opts.masked, opts.no_cap, opts.distance_only) == (False, True, True)
    assert not window.masked_action.isChecked() and window.no_cap_action.isChecked()


def test_end_of_replay_shows_the_summary(
    window: MainWindow, qtbot: QtBot, fixes: list[Fix], screenshot_dir: Path
) -> None:
    clock = Clock()
    source = ReplaySource(fixes, speed=50.0, clock=clock, parent=window)
    window.start_source(source)
    with qtbot.waitSignal(window.drive_finished, timeout=5000) as done:
        clock.now = 1e6
        source.tick()
    summary = done.args[0]
    assert len(summary.missed) == 1 and len(summary.overspeeds) == 1
    dialog = window.summary_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.text()
    assert "WPM 7" in text and "1</b> missed" in text and "Overspeeds" in text
    (missed,) = summary.missed
    assert missed.closest_m is not None and 600 < missed.closest_m < 800
    assert f"closest {missed.closest_m:.0f} m" in text
    assert dialog.grab().save(str(screenshot_dir / "drive_summary.png"))


def test_a_crashed_live_stage_is_offered_back(
    qtbot: QtBot, tmp_path: Path, fixes: list[Fix]
) -> None:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(first)
    first.open_path(demo_roadbook())
    gps = FakeGps(first)
    first.start_source(gps)
    for f in fixes[:2500]:
        gps.send(f)
    assert first.session is not None
    crashed = first.session.navigator.state
    # No clean stop: the app "crashes" here, leaving its saved state behind.
    asked: list[str] = []
    second = MainWindow(
        settings=settings, data_dir=tmp_path / "data", ask=lambda t, q: asked.append(q) or True
    )
    qtbot.addWidget(second)
    second.open_path(demo_roadbook())
    second.start_source(FakeGps(second))
    assert asked and f"box {crashed.box}" in asked[0]
    assert second.session is not None
    resumed = second.session.navigator.state
    assert resumed.box == crashed.box and resumed.validated == crashed.validated
    assert resumed.trip.total_km == pytest.approx(crashed.trip.total_km, abs=0.3)
    # Declining starts afresh.
    third = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda t, q: False)
    qtbot.addWidget(third)
    third.open_path(demo_roadbook())
    third.start_source(FakeGps(third))
    assert third.session is not None and third.session.navigator.state.validated == 0


def test_a_bad_replay_file_is_one_line(window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "drive.gpx"
    bad.write_text("<gpx><trk><trkseg><trkpt lat='95' lon='0'/></trkseg></trk></gpx>")
    messages: list[str] = []
    window.load_failed.connect(messages.append)
    assert not window.replay(bad)
    assert messages == [f"{bad}:1: latitude out of range: 95"] or (
        len(messages) == 1 and messages[0].startswith(f"{bad}:1:") and "\n" not in messages[0]
    )


def test_review_a_drive_from_the_main_window(window: MainWindow) -> None:
    review_window = window.open_review([str(demo_drive())])
    assert review_window is not None and review_window.isVisible()
    (review,) = review_window.reviews
    assert review is not None
    assert [w.label for w in review.waypoints if w.status.value == "missed"] == ["WPM 7"]
    review_window.close()


def test_edit_the_roadbook_from_the_main_window(window: MainWindow) -> None:
    editor = window.open_editor()
    assert editor.isVisible()
    rb = editor.roadbook()  # type: ignore[attr-defined]
    assert rb is not None and rb == window.roadbook()
    editor.close()
