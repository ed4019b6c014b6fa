"""The review window with a field of crews: reviewed in worker processes with a progress bar
and Cancel while the window stays live; the crew list and tables with every crew."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from navapp.gui.review import ReviewWindow, TrackGeometry
from navapp.gui.review.map_canvas import legend_crews
from tests.conftest import SCREENSHOTS
from tests.crew_field import loop_route, stage, write_crews

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


def _window(qtbot: QtBot) -> ReviewWindow:
    window = ReviewWindow(stage(loop_route()), [])
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    return window


def test_many_tracks_come_in_with_a_progress_bar(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot)
    paths = write_crews(tmp_path, loop_route(), 4)
    told: list[int] = []
    assert window.add_track_paths(paths, jobs=2)
    assert window.loader is not None and window.reviewing()
    window.loader.progressed.connect(lambda done, _total, _name: told.append(done))
    bar = window.crew_progress.bar
    assert window.crew_progress.isVisible() and bar.maximum() == 4
    SCREENSHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "review_many_crews_progress.png"))
    qtbot.waitUntil(lambda: not window.reviewing(), timeout=60_000)
    assert told == [1, 2, 3, 4] and bar.value() == 4
    assert not window.crew_progress.isVisible()
    # In the order given, each judged, compared once all are in.
    assert window.crew_list.count() == 4 and window.crew_list.currentRow() == 0
    assert [window.map.crews[i].name for i in range(4)] == [f"crew {k}" for k in (1, 2, 3, 4)]
    assert all(r is not None for r in window.reviews)
    assert window.comparison is not None and len(window.comparison.names) == 4
    assert window.comparison_pane.sections.columnCount() == 5
    assert window.statusBar().currentMessage() == "4 crews reviewed"
    # Each track was laid in the map's plane by its worker, as the map would have laid it.
    projection = window.map.model.projection
    assert projection is not None
    for i in range(4):
        rv = window.reviews[i]
        local = TrackGeometry(window.tracks[i], projection, judged_kmh=rv.speed_kmh if rv else None)
        drawn = window.map.crews[i].geometry
        assert np.array_equal(drawn.x, local.x) and np.array_equal(drawn.y, local.y)
        assert [lv.index.tolist() for lv in drawn.simplified] == [
            lv.index.tolist() for lv in local.simplified
        ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_cancel_keeps_the_crews_already_reviewed(qtbot: QtBot, tmp_path: Path, jobs: int) -> None:
    window = _window(qtbot)
    paths = write_crews(tmp_path, loop_route(), 6)
    assert window.add_track_paths(paths, jobs=jobs)
    loader = window.loader
    assert loader is not None
    # Cancel as soon as the first crew is done, as a user would click.
    loader.progressed.connect(
        lambda *_: window.crew_progress.cancel_button.click() if window.reviewing() else None
    )
    with qtbot.waitSignal(loader.finished, timeout=60_000) as finished:
        pass
    assert finished.args == [True]
    kept = window.crew_list.count()
    # One job reviews a crew a poll: exactly the first is kept. Two workers may have finished
    # more by the time the window looks (each crew is small): those are kept too.
    assert kept == 1 if jobs == 1 else 1 <= kept <= 6
    assert len(window.tracks) == kept and all(r is not None for r in window.reviews)
    assert window.statusBar().currentMessage() == f"Cancelled: {kept} of 6 crews reviewed"
    assert not window.crew_progress.isVisible() and not window.reviewing()
    # The window takes more crews afterwards.
    assert window.add_track_paths(paths[-1:])
    assert window.crew_list.count() == kept + 1


def test_a_bad_file_among_crews_is_one_status_line(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot)
    paths = write_crews(tmp_path, loop_route(), 2)
    bad = tmp_path / "broken.gpx"
    bad.write_text("<gpx><trk>", "utf-8")
    with qtbot.waitSignal(window.failed, timeout=60_000) as failed:
        window.add_track_paths([paths[0], bad, paths[1]], jobs=2)
    (line,) = failed.args
    assert line.startswith("2 crews reviewed — ") or line.startswith("3 crews reviewed — ")
    assert str(bad) in line and "\n" not in line
    assert window.crew_list.count() == 2


def test_crews_arriving_while_reviewing_wait_their_turn(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot)
    paths = write_crews(tmp_path, loop_route(), 3)
    window.add_track_paths(paths[:2], jobs=2)
    assert window.add_track_paths(paths[2:])  # queued behind the two being reviewed
    qtbot.waitUntil(
        lambda: window.crew_list.count() == 3 and not window.reviewing(), timeout=60_000
    )
    assert window.crew_list.item(2).checkState() == Qt.CheckState.Checked


def test_the_legend_of_a_field_names_a_few_crews_and_counts_the_rest(
    qtbot: QtBot, tmp_path: Path
) -> None:
    assert legend_crews(list(range(8))) == (list(range(8)), 0)
    assert legend_crews(list(range(100))) == (list(range(7)), 93)  # 7 named + "93 more" = 100
    window = _window(qtbot)
    assert window.add_track_paths(write_crews(tmp_path, loop_route(), 12), jobs=2)
    qtbot.waitUntil(lambda: not window.reviewing(), timeout=60_000)
    shown, more = legend_crews([c for c in window.map.crews if c.visible])
    assert [c.name for c in shown] == [f"crew {k}" for k in range(1, 8)] and more == 5
    SCREENSHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "review_field_legend_1024.png"))
