"""The review window as the analyst opens it: every pane filled, warnings, tables, labels."""

from __future__ import annotations

import dataclasses
import math

import pytest
from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook, Track
from navapp.gui.review import ReviewWindow
from navapp.gui.review.map_marks import closest_label_rect
from navapp.io.registry import read_roadbook, read_track
from navapp.paths import demo_drive, demo_roadbook

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


@pytest.fixture(scope="module")
def roadbook() -> Roadbook:
    return read_roadbook(demo_roadbook())


@pytest.fixture(scope="module")
def drive() -> Track:
    return read_track(demo_drive())


def opened(qtbot: QtBot, roadbook: Roadbook, *paths: object) -> ReviewWindow:
    """As Review › Open drives does: an empty window, then each track added by path."""
    window = ReviewWindow(roadbook, [])
    qtbot.addWidget(window)
    for path in paths:
        assert window.add_track_path(path)  # type: ignore[arg-type]
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_opens_with_the_first_crew_and_every_pane_filled(
    qtbot: QtBot, roadbook: Roadbook
) -> None:
    window = opened(qtbot, roadbook, demo_drive(), demo_drive())
    assert window.crew_list.currentRow() == 0
    assert window.map.reference() == 0
    assert window.profile.has_crew()
    assert window.events.events_model.rowCount() > 0
    assert window.slider.maximum() == len(window.tracks[0]) - 1
    assert window.time_label.text() != "—"
    QApplication.processEvents()


def test_a_track_elsewhere_gets_a_visible_warning(
    qtbot: QtBot, roadbook: Roadbook, drive: Track
) -> None:
    from navapp.core.review import review

    away = dataclasses.replace(drive, lat=drive.lat + 0.045, name="Crew elsewhere")
    window = ReviewWindow(roadbook, [(drive, review(roadbook, drive))])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.fit_banner.isVisible()
    window.add_track(away)
    assert "not this stage" in window.crew_list.item(1).text()
    assert "not this stage" not in window.crew_list.item(0).text()
    window.crew_list.setCurrentRow(1)
    assert window.fit_banner.isVisible()
    text = window.fit_banner.text()
    assert text.startswith("⚠ Crew elsewhere:") and "km from the route" in text
    assert "waypoints missed" in text
    # Over the map, not hidden behind it: the banner sits above the map's top edge.
    top_of_map = window.map.mapTo(window, window.map.rect().topLeft()).y()
    assert window.fit_banner.mapTo(window, window.fit_banner.rect().bottomLeft()).y() < top_of_map
    window.crew_list.setCurrentRow(0)
    assert not window.fit_banner.isVisible()


def _gap(centre: QPointF, rect: QRectF) -> float:
    """Distance from a point to the nearest point of a rect (0 inside it)."""
    dx = max(rect.left() - centre.x(), 0.0, centre.x() - rect.right())
    dy = max(rect.top() - centre.y(), 0.0, centre.y() - rect.bottom())
    return math.hypot(dx, dy)


@pytest.mark.parametrize(
    "q", [(0.0, 0.0), (3.0, 0.0), (0.0, -2.0), (-5.0, 5.0), (40.0, 1.0), (-200.0, -90.0)]
)
def test_the_closest_label_stays_off_its_mark(q: tuple[float, float]) -> None:
    c = QPointF(300.0, 200.0)
    end = c + QPointF(*q)
    for radius in (16.0, 60.0):
        rect = closest_label_rect(c, end, QSizeF(110.0, 17.0), radius)
        assert _gap(c, rect) > radius
        # Beside the end of the line, not thrown across the map.
        assert _gap(end, rect) <= max(radius, math.hypot(*q)) + 10.0


def test_the_closest_label_on_the_map_never_covers_the_waypoint(
    qtbot: QtBot, roadbook: Roadbook
) -> None:
    window = opened(qtbot, roadbook, demo_drive())
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    missed = next(w for w in window.reviews[0].waypoints if w.status.value == "missed")  # type: ignore[union-attr]
    for mpp in (None, 60.0, 15.0, 4.0, 1.0):
        if mpp is None:
            window.map.fit()
        else:
            window.map.center_on(missed.lat, missed.lon, mpp)
        window.map.grab()  # paints a frame
        assert window.map.missed_labels, mpp
        for centre, radius, rect in window.map.missed_labels:
            assert radius >= 16.0
            assert _gap(centre, rect) > radius, (mpp, centre, radius, rect)
