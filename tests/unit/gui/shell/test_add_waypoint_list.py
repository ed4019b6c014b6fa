"""File › Add waypoint list…: an organiser's list places the waypoints of the roadbook shown.

The roadbooks are generated without coordinates (a paper stage, a PDF roadbook); the lists
give each waypoint its position on the generated line, so where the waypoints are, and how a
drive along the line meets them, is known by construction.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook
from navapp.core.navstate import WaypointStatus
from navapp.gui.drive.waypoint_list import STATUS
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.settings import (
    MAX_RECENT,
    WAYPOINT_LISTS_KEY,
    load_waypoint_list,
    remember_recent,
    remember_waypoint_list,
)
from navapp.gui.shell.waypoint_list_action import (
    DISABLED_TIP,
    ENABLED_TIP,
    RESTART_TITLE,
    waypoint_list_filter,
)
from tests.unit.cli.test_formats import LINE, _paper
from tests.unit.gui import generated_stage
from tests.unit.gui.drive.pdf_rolls import printed_roll
from tests.unit.gui.drive.test_session import FakeGps

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        r"^This plugin does not support propagateSizeHints\(\)$",
        # the File menu popped up offscreen, to ask for its tooltip
        r"^This plugin does not support raise\(\)$",
        r"^This plugin does not support grabbing the keyboard$",
    ),
]


class Dialog:
    """QFileDialog.getOpenFileName answering with ``path``; remembers what it was asked."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, parent: QWidget, caption: str, start: str, filters: str) -> tuple[str, str]:
        self.asked.append((caption, start, filters))
        return self.path, ""


def _window(qtbot: QtBot, tmp_path: Path, answers: list[bool] | None = None) -> MainWindow:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    asked = answers if answers is not None else []

    def ask(_title: str, _question: str) -> bool:
        return asked.pop(0) if asked else True

    w = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=ask)
    qtbot.addWidget(w)
    return w


def _add(w: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> Dialog:
    dialog = Dialog(str(path))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    w.waypoint_lists.action.trigger()
    return dialog


def test_greyed_with_the_reason_until_a_roadbook_is_open(qtbot: QtBot, tmp_path: Path) -> None:
    w = _window(qtbot, tmp_path)
    action = w.waypoint_lists.action
    assert not action.isEnabled() and action.toolTip() == DISABLED_TIP
    # In the File menu, whose tooltips show (a greyed item says why).
    file_menu = next(m for m in w.menuBar().findChildren(QMenu) if m.title() == "&File")
    assert action in file_menu.actions() and file_menu.toolTipsVisible()
    file_menu.popup(QPoint(0, 0))
    qtbot.waitExposed(file_menu)
    at = file_menu.actionGeometry(action).center()
    QApplication.sendEvent(
        file_menu, QHelpEvent(QEvent.Type.ToolTip, at, file_menu.mapToGlobal(at))
    )
    assert QToolTip.text() == DISABLED_TIP
    file_menu.close()
    stage, _wps, _drive = _paper(tmp_path)
    assert w.open_path(stage)
    assert action.isEnabled() and action.toolTip() == ENABLED_TIP


def test_the_filter_offers_every_list_the_reader_reads() -> None:
    wanted = waypoint_list_filter().split(";;")[0]
    for ext in (".gpx", ".kml", ".kmz", ".csv"):
        assert f"*{ext} *{ext.upper()}" in wanted


def test_the_list_places_the_roadbook_and_leftovers_are_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage, wps, _drive = _paper(tmp_path)
    w = _window(qtbot, tmp_path)
    assert w.open_path(stage)
    before = w.roadbook()
    assert before is not None and not before.has_coordinates and not before.warnings
    dialog = _add(w, monkeypatch, wps)
    caption, start, filters = dialog.asked[0]
    assert (
        caption == "Add waypoint list"
        and start == str(tmp_path)
        and filters == waypoint_list_filter()
    )
    rb = w.roadbook()
    assert rb is not None and rb.has_coordinates and w.path() == str(stage)
    # WPM 1 at km 5 of the line, by construction (1e-7 degrees: about 1 cm).
    assert (rb.boxes[1].lat, rb.boxes[1].lon) == pytest.approx(LINE.point_at(5000.0), abs=1e-7)
    assert rb.boxes[2].lat is None  # a plain direction box stays as it was
    # The drive starts again on the placed roadbook.
    assert w.session is not None and w.session.roadbook.boxes[1].lat == rb.boxes[1].lat
    # Where the positions came from is seen.
    assert w.windowTitle() == "SS2 + waypoints from wps.csv — navapp"
    assert w.waypoint_lists.label.text() == "+ waypoints from wps.csv"
    assert not w.waypoint_lists.label.isHidden() and w.coords_label.isHidden()
    # The leftovers, one line each, as a reader's warnings are shown.
    box = w.error_box()
    assert box is not None and box.windowTitle() == "Waypoint list"
    assert box.text().splitlines() == [
        f"{wps}:6: waypoint list entry 'CP 7' matches no box",
        "SS2: box 1 (DSS) has no entry in the waypoint list; it stays without coordinates",
    ]
    # A second list replaces the first: the roadbook is placed again from the file's boxes.
    second = tmp_path / "second.csv"
    lat, lon = LINE.point_at(16_400.0)
    second.write_text(f"name;lat;lon\nWPE 3;{lat:.8f};{lon:.8f}\n")
    _add(w, monkeypatch, second)
    again = w.roadbook()
    assert again is not None and again.boxes[1].lat is None
    assert (again.boxes[4].lat, again.boxes[4].lon) == pytest.approx((lat, lon), abs=1e-7)
    assert w.windowTitle() == "SS2 + waypoints from second.csv — navapp"
    assert len(again.warnings) == 4  # its own leftovers only: DSS, WPM 1, WPV 2, ASS


def test_the_official_openrally_example_at_0_0_takes_a_kml_list(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    w = _window(qtbot, tmp_path)
    assert w.open_path(data_dir / "openrally_v1.0.3_example.gpx")
    shown = w.roadbook()
    assert shown is not None and not any(b.has_position for b in shown.boxes)
    placemarks = "".join(
        f"<Placemark><name>{label}</name><Point><coordinates>{5.0 + k / 10:.1f},23.1,0"
        "</coordinates></Point></Placemark>"
        for k, label in enumerate(["WPM 1", "WPS 2", "WPC 3", "WPV 4", "WPE 5", "WPN 6"], 1)
    )
    kml = tmp_path / "ss1.kml"
    kml.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        f"<Document>{placemarks}</Document></kml>"
    )
    _add(w, monkeypatch, kml)
    rb = w.roadbook()
    assert rb is not None
    # Boxes 12-17 hold WPM 1 ... WPN 6: each at its placemark.
    placed = {b.index: (b.lat, b.lon) for b in rb.boxes if b.has_position}
    assert placed == {11 + k: pytest.approx((23.1, 5.0 + k / 10), abs=1e-9) for k in range(1, 7)}
    box = w.error_box()
    assert box is not None
    # The waypoint boxes the list does not name, one line each.
    assert box.text().splitlines() == [
        f"openrally_v1.0.3_example: box {label} has no entry in the waypoint list; "
        "it stays without coordinates"
        for label in ("4 (WPS)", "18 (WPP 7)", "21 (DSS)")
    ]
    assert w.windowTitle() == "openrally_v1.0.3_example + waypoints from ss1.kml — navapp"


def test_a_bad_list_says_why_in_one_line_and_keeps_the_roadbook(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage, _wps, _drive = _paper(tmp_path)
    w = _window(qtbot, tmp_path)
    assert w.open_path(stage)
    shown, session, title = w.roadbook(), w.session, w.windowTitle()
    bad = tmp_path / "broken.kml"
    bad.write_text("<kml><Document><Placemark>")
    _add(w, monkeypatch, bad)
    box = w.error_box()
    assert box is not None and box.windowTitle() == "Cannot read waypoint list"
    assert len(box.text().splitlines()) == 1 and box.text().startswith(str(bad))
    assert w.roadbook() is shown and w.session is session and w.windowTitle() == title
    assert w.waypoint_lists.label.isHidden()
    # Nor does a file that is no waypoint list, or one that is gone.
    (tmp_path / "notes.txt").write_text("hello")
    for path in (tmp_path / "notes.txt", tmp_path / "gone.csv"):
        box.close()
        _add(w, monkeypatch, path)
        box = w.error_box()
        assert box is not None and len(box.text().splitlines()) == 1
        assert w.roadbook() is shown
    # Cancelling the dialog changes nothing.
    box.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", Dialog(""))
    w.waypoint_lists.action.trigger()
    assert w.roadbook() is shown and w.error_box() is None


def test_mid_stage_the_co_driver_is_asked_first(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage, wps, _drive = _paper(tmp_path)
    asked: list[str] = []
    answers = [False, True]

    w = _window(qtbot, tmp_path)
    assert w.open_path(stage)

    def ask(title: str, _question: str) -> bool:
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(w, "_ask", ask)
    gps = FakeGps()
    w.start_source(gps)
    gps.send(generated_stage.fixes()[0])
    assert w.session is not None and w.session.stage_started
    shown, session = w.roadbook(), w.session
    _add(w, monkeypatch, wps)
    assert asked == [RESTART_TITLE]
    assert w.roadbook() is shown and w.session is session  # "no": the stage goes on
    _add(w, monkeypatch, wps)
    assert asked == [RESTART_TITLE, RESTART_TITLE]
    placed = w.roadbook()
    assert w.session is not session and placed is not None and placed.has_coordinates


def test_recent_files_reopen_the_roadbook_with_its_list(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage, wps, _drive = _paper(tmp_path)
    w = _window(qtbot, tmp_path)
    assert w.open_path(stage)
    _add(w, monkeypatch, wps)
    item = w.recent_menu.actions()[0]
    assert item.text() == "&1 paper.gpx + wps.csv"
    w.close()
    # Another start of navapp, the same settings: File › Open recent brings the list back.
    again = _window(qtbot, tmp_path)
    item = again.recent_menu.actions()[0]
    assert item.text() == "&1 paper.gpx + wps.csv"
    item.trigger()
    rb = again.roadbook()
    assert rb is not None and rb.has_coordinates
    assert again.windowTitle() == "SS2 + waypoints from wps.csv — navapp"
    # File › Open reads the roadbook alone; from then on the recent item does too.
    assert again.open_path(stage)
    assert again.recent_menu.actions()[0].text() == "&1 paper.gpx"
    assert again.windowTitle() == "SS2 — navapp"
    # A list moved away since: the one-line error names it; the roadbook shown stays.
    assert again.open_path(stage, str(wps))
    wps.unlink()
    shown = again.roadbook()
    again.recent_menu.actions()[0].trigger()
    box = again.error_box()
    assert box is not None and str(wps) in box.text() and again.roadbook() is shown


# -- a PDF roadbook driven with its list ----------------------------------------------------


@pytest.fixture
def pdf_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, Path]]:
    """The generated stage printed and read back as a PDF roadbook whose boxes carry their
    waypoints but no positions; its list (shuffled, one entry too many) as a CSV."""
    stage = generated_stage.stage()
    pdf = tmp_path / "stage.pdf"
    printed = printed_roll(stage, pdf, "a5")
    paper = tuple(replace(b, lat=None, lon=None) for b in stage.boxes)
    book = replace(printed, boxes=paper)
    assert book.pdf is not None and not book.has_coordinates and book.route is None
    rows = ["name;lat;lon"]
    for b in reversed(stage.boxes):
        wp = b.waypoint
        assert wp is not None
        rows.append(f"{wp.type.label} {wp.name};{b.lat:.8f};{b.lon:.8f}")
    rows.append("CP 9;31.5;-3.5")
    wps = tmp_path / "organiser.csv"
    wps.write_text("\n".join(rows) + "\n")

    def loader(path: str) -> Roadbook:
        assert path == str(pdf)
        return book

    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, data_dir=tmp_path / "data", loader=loader)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(pdf)
    _add(w, monkeypatch, wps)
    yield w, wps
    w.close()


def test_a_pdf_roadbook_validates_its_waypoints_at_the_lists_positions(
    pdf_window: tuple[MainWindow, Path], qtbot: QtBot, screenshot_dir: Path
) -> None:
    w, wps = pdf_window
    rb = w.roadbook()
    assert rb is not None and rb.pdf is not None  # still the roll
    box = w.error_box()
    assert box is not None and box.text() == f"{wps}:9: waypoint list entry 'CP 9' matches no box"
    box.close()
    w.resize(1024, 600)
    w.waypoint_dock.show()
    gps = FakeGps()
    w.start_source(gps)
    for fix in generated_stage.fixes():  # 11.7 km along the line at 60 km/h
        gps.send(fix)
    assert w.session is not None
    results = w.session.navigator.waypoint_results()
    # By construction (see generated_stage): WPM 1 40 m beside the line, WPM 2 260 m (outside
    # its 200 m circle), WPM 3 on it; WPM 4, 300 m ahead, open.
    assert [r.status for r in results] == [
        WaypointStatus.VALIDATED,
        WaypointStatus.VALIDATED,
        WaypointStatus.MISSED,
        WaypointStatus.VALIDATED,
        WaypointStatus.OPEN,
        WaypointStatus.LOCKED,
        WaypointStatus.LOCKED,
    ]
    assert results[1].closest_m == pytest.approx(40.0, abs=1.0)
    assert results[2].closest_m == pytest.approx(260.0, abs=1.0)
    # The dock's rows say the same.
    dock = w.waypoints
    assert [dock.item(i, STATUS).text() for i in range(3)] == ["validated", "validated", "missed"]
    assert dock.closest_text(1) == "40 m" and dock.closest_text(2) == "260 m"
    # The arrow points ahead (the car drives east, WPM 4 is east) 300 m to go.
    view = w.drive_view
    assert view is not None and view.waypoint.arrow_shown()
    state = w.session.navigator.state
    assert state.waypoint is not None and state.waypoint.label == "WPM 4"
    assert state.waypoint.distance_m == pytest.approx(300.0, abs=17.0)
    assert state.waypoint.bearing_deg == pytest.approx(90.0, abs=0.5)
    assert view.waypoint.counts_text() == "✓ 3  ✗ 1  of 7"
    qtbot.waitUntil(lambda: not view.total.is_animating() and not view.partial.is_animating())
    QApplication.processEvents()
    w.grab().save(str(screenshot_dir / "pdf_roadbook_with_waypoint_list_1024x600.png"))


def test_remembered_lists_are_kept_for_recent_roadbooks_only(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    a, b, listed = tmp_path / "a.gpx", tmp_path / "b.pdf", tmp_path / "wps.csv"
    assert load_waypoint_list(settings, str(a)) is None
    remember_recent(settings, str(a))
    remember_waypoint_list(settings, str(a), str(listed))
    remember_recent(settings, str(b))
    remember_waypoint_list(settings, str(b), str(listed))
    assert load_waypoint_list(settings, str(a)) == str(listed)
    assert load_waypoint_list(settings, str(b)) == str(listed)
    remember_waypoint_list(settings, str(a), None)
    assert load_waypoint_list(settings, str(a)) is None
    assert load_waypoint_list(settings, str(b)) == str(listed)
    # A roadbook gone from the recent files takes its list with it.
    for k in range(MAX_RECENT):
        remember_recent(settings, str(tmp_path / f"other{k}.gpx"))
    remember_waypoint_list(settings, str(tmp_path / "other0.gpx"), None)
    assert load_waypoint_list(settings, str(b)) is None
    assert settings.value(WAYPOINT_LISTS_KEY) is None
    # A value edited by hand: an odd one out is ignored, one pair still reads.
    settings.setValue(WAYPOINT_LISTS_KEY, [str(a.resolve()), str(listed), "stray"])
    assert load_waypoint_list(settings, str(a)) == str(listed)
    settings.setValue(WAYPOINT_LISTS_KEY, 42)
    assert load_waypoint_list(settings, str(a)) is None
