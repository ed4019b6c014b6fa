"""The review window as the analyst opens it: every pane filled, warnings, tables, labels."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.core import format as fmt
from navapp.core.model import Roadbook, Track
from navapp.core.review_model import Review
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


def test_opens_with_the_first_crew_and_every_pane_filled(qtbot: QtBot, roadbook: Roadbook) -> None:
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


def _crews(roadbook: Roadbook, drive: Track, names: list[str]) -> list[tuple[Track, Review]]:
    from navapp.core.review import review

    rv = review(roadbook, drive)
    return [
        (dataclasses.replace(drive, name=n), dataclasses.replace(rv, track_name=n)) for n in names
    ]


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
@pytest.mark.parametrize("count", [2, 12])
def test_the_crew_list_is_not_cut_off(
    qtbot: QtBot, roadbook: Roadbook, drive: Track, size: tuple[int, int], count: int
) -> None:
    names = [
        f"#{i + 101} Team Sahara Overland Racing — Jean-Baptiste Dupont-Moreau / "
        f"Maria Fernández de la Vega ({i})"
        for i in range(count)
    ]
    window = ReviewWindow(roadbook, _crews(roadbook, drive, names))
    qtbot.addWidget(window)
    window.show()
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    crews = window.crew_list
    assert crews.horizontalScrollBar().maximum() == 0 or not crews.horizontalScrollBar().isVisible()
    # Two crews both whole in view; a field of twelve shows three whole and scrolls.
    assert crews.shown_rows() >= min(count, 3)
    view = crews.viewport().rect()
    for row in range(min(count, 3)):
        rect = crews.visualItemRect(crews.item(row))
        assert view.contains(rect), (row, rect, view)
    # The figures line fits the width; the long name is elided, whole in the tooltip.
    fm = crews.fontMetrics()
    figures = crews.item(0).text().split("\n")[1]
    assert fm.horizontalAdvance(figures) + crews.iconSize().width() + 30 <= view.width()
    assert names[0] in crews.item(0).toolTip()
    crews.scrollToItem(crews.item(count - 1))
    assert view.contains(crews.visualItemRect(crews.item(count - 1)))


@pytest.mark.parametrize("theme", ["day", "night"])
def test_screenshots_of_a_field(
    qtbot: QtBot, roadbook: Roadbook, drive: Track, screenshot_dir: Path, theme: str
) -> None:
    from navapp.gui.common.night import theme_controller

    names = [f"#{i + 101} Dupont-Moreau / Fernández de la Vega" for i in range(8)]
    crews = _crews(roadbook, drive, names)
    theme_controller().set_theme(theme)
    try:
        window = ReviewWindow(roadbook, crews)
        qtbot.addWidget(window)
        window.show()
        window.add_track(dataclasses.replace(drive, lat=drive.lat + 0.045, name="#199 Elsewhere"))
        window.crew_list.setCurrentRow(8)
        for w, h in ((1024, 600), (1920, 1080)):
            window.resize(w, h)
            qtbot.waitUntil(lambda w=w, h=h: (window.width(), window.height()) == (w, h))
            window.map.fit()
            assert window.grab().save(str(screenshot_dir / f"review_field_{w}x{h}_{theme}.png"))
            for tab in (1, 2):
                window.tabs.setCurrentIndex(tab)
                shot = screenshot_dir / f"review_field_{w}x{h}_{theme}_tab{tab}.png"
                assert window.grab().save(str(shot))
            window.tabs.setCurrentIndex(0)
        assert window.fit_banner.isVisible()
    finally:
        theme_controller().set_theme("day")


def test_many_missed_labels_neither_pile_up_nor_cover_a_cross(
    qtbot: QtBot, roadbook: Roadbook, drive: Track
) -> None:
    window = ReviewWindow(roadbook, [])
    qtbot.addWidget(window)
    window.add_track(dataclasses.replace(drive, lat=drive.lat + 0.045, name="elsewhere"))
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    window.map.fit()
    window.map.grab()
    labels = window.map.missed_labels
    assert labels  # some are shown, not all (14 crosses on a 20 km-wide screen)
    rects = [r for _c, _r, r in labels]
    assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    crosses = [c for c, _r, _rect in labels]
    assert all(_gap(c, r) > 16.0 for c in crosses for r in rects)


def test_the_section_table_and_the_comparison_are_in_the_window(
    qtbot: QtBot, roadbook: Roadbook, drive: Track
) -> None:
    from navapp.core.compare import compare
    from navapp.core.review import review
    from navapp.core.review_tables import section_gap_table, section_table

    window = ReviewWindow(roadbook, [])
    qtbot.addWidget(window)
    window.add_track(drive)
    window.show()
    qtbot.waitExposed(window)
    rv = window.reviews[0]
    assert rv is not None
    sections = window.sections
    assert sections.rowCount() == len(rv.sections) > 10
    expected = section_table(rv, roadbook.units)
    for r in (0, 5, len(rv.sections) - 1):
        cells = [sections.item(r, c).text() for c in range(sections.columnCount())]
        assert tuple(cells) == expected.rows[r].cells
    # Driven against partial: the demo drive's first section, within 10 m of the roadbook.
    first = rv.sections[0]
    assert sections.item(0, 3).text() == f"{first.driven_km:.2f}"
    assert abs(float(sections.item(0, 4).text())) < 0.05
    # One crew: nothing to compare, said so.
    assert window.comparison_pane.currentWidget() is window.comparison_pane.empty

    # Crew B loses 95 s standing still after fix 2500: that section is its biggest loss.
    n = len(drive)
    slower = dataclasses.replace(
        drive, time=drive.time + np.where(np.arange(n) > 2500, 95.0, 0.0), name="Crew B"
    )
    window.add_track(slower)
    gaps = window.comparison_pane.sections
    assert window.comparison is not None
    assert gaps.rowCount() == len(window.comparison.sections) + 1  # and the total
    table = section_gap_table(compare([rv, review(roadbook, slower)]))
    assert gaps.table == table
    lost = [k for k, c in table.losses if c == 2]
    assert len(lost) == 1
    k = lost[0]
    sec = window.comparison.sections[k]
    assert sec.gaps_s[1] == pytest.approx(95.0, abs=1.0)
    assert rv.box_index[sec.from_box - 1] <= 2501 <= rv.box_index[sec.to_box - 1]
    assert gaps.item(k, 2).font().bold() and "(+1:35)" in gaps.item(k, 2).text()
    assert gaps.item(gaps.rowCount() - 1, 2).text() == "+1:35"
    assert window.comparison_pane.boxes.rowCount() == len(roadbook.boxes)
    window.tabs.setCurrentWidget(window.comparison_pane)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert gaps.isVisible() and gaps.viewport().height() > 2 * gaps.rowHeight(0)


def late_start(drive: Track, lead_s: int = 600) -> Track:
    """The demo drive with a liaison before it: ``lead_s`` seconds at 18 km/h from 3 km south
    straight up to the DSS, so its DSS comes ``lead_s`` s after the track starts."""
    k = np.arange(lead_s, dtype=np.float64) / lead_s
    lat = np.concatenate([drive.lat[0] - 0.027 * (1 - k), drive.lat])
    lon = np.concatenate([np.full(lead_s, drive.lon[0]), drive.lon])
    time = np.concatenate([drive.time[0] - lead_s + np.arange(lead_s), drive.time])
    ele = np.concatenate([np.full(lead_s, drive.ele[0]), drive.ele])
    return Track(time, lat, lon, ele, None, name="late start")


def test_the_time_axis_can_count_from_each_crews_dss(
    qtbot: QtBot, roadbook: Roadbook, drive: Track, screenshot_dir: Path
) -> None:
    late = late_start(drive)
    window = ReviewWindow(roadbook, [])
    qtbot.addWidget(window)
    window.add_track(drive)
    window.add_track(late)
    window.show()
    qtbot.waitExposed(window)
    rv = window.reviews[1]
    assert rv is not None and rv.dss_time is not None
    # Validated on entering its clear circle, driven into at 5 m/s.
    clear = roadbook.boxes[0].waypoints[0].clear_m
    assert clear is not None
    assert rv.dss_time - late.time[0] == pytest.approx(600.0 - clear / 5.0, abs=2.0)
    window.crew_list.setCurrentRow(1)
    assert window.profile.origin() == late.time[0]
    i = 1600  # 1000 s into the drive proper
    window.seek_index(i)
    assert window.time_label.text().startswith("0:26:40")  # from the track's start
    far = window.map.cursor_position(0), window.map.cursor_position(1)

    window.dss_box.setChecked(True)
    assert window.dss_action.isChecked()
    assert window.profile.origin() == rv.dss_time
    assert window.slider.value() == i  # the moment stays, only its count changes
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert window.grab().save(str(screenshot_dir / "review_from_dss_1024x600.png"))
    expected = fmt.hms(float(late.time[i]) - rv.dss_time)
    assert window.time_label.text().startswith(expected)
    assert float(late.time[i]) - rv.dss_time == pytest.approx(1000.0 + clear / 5.0, abs=2.0)
    # The crews are aligned on their DSS on the map: the other crew's marker is where it
    # was at the same count from its own DSS (600 s of liaison apart before).
    rv0 = window.reviews[0]
    assert rv0 is not None and rv0.dss_time == pytest.approx(float(drive.time[0]), abs=1.0)
    count = float(late.time[i]) - rv.dss_time
    expected_a = window.map.crews[0].geometry.position_at(rv0.dss_time + count)
    a = window.map.cursor_position(0)
    assert a is not None and far[0] is not None
    assert math.dist(a, expected_a) < 1.0
    assert math.dist(a, far[0]) > 1000.0
    window.dss_action.setChecked(False)
    assert not window.dss_box.isChecked() and window.profile.origin() == late.time[0]
