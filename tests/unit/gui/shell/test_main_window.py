"""The main window and its box table, on roadbooks built from the model (known content)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from navapp.core.model import (
    Box,
    Drawing,
    Metadata,
    Roadbook,
    Units,
    Waypoint,
    WaypointType,
    number_boxes,
)
from navapp.gui.common.box_table import HIGHLIGHT, CloseNextRole, Column
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.settings import MAX_RECENT
from navapp.io.errors import InputError

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform plugin says this whenever a top-level window with a minimum size
    # is shown; it is about the test platform, not about navapp.
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

NS = {"o": "http://www.openrally.org/xmlschemas/GpxExtensions/v1.0.3"}


def example_drawings(data_dir: Path) -> list[Drawing]:
    tree = etree.parse(str(data_dir / "openrally_v1.0.3_example.gpx"))
    return [Drawing(el.text.strip()) for el in tree.xpath("//o:tulip | //o:notes", namespaces=NS)]


def stage(data_dir: Path, units: Units = Units.METRIC, with_positions: bool = False) -> Roadbook:
    """A short stage: DSS, a speed zone, dangers, waypoints, a reset, boxes 250 m apart."""
    png, svg_png, circle, text_svg = example_drawings(data_dir)
    pos = {"lat": 25.0, "lon": 45.0} if with_positions else {}
    boxes = [
        Box(0, 0.0, cap=12, waypoints=(Waypoint(WaypointType.DSS),), tulip=circle, **pos),
        Box(0, 1.25, cap=95, notes_text="Track left of the well", tulip=png, notes=svg_png),
        Box(
            0,
            3.4,
            cap=180,
            waypoints=(Waypoint(WaypointType.DZ),),
            speed_limit_kmh=50.0,
            notes_text="Village",
            tulip=circle,
        ),
        Box(0, 3.65, cap=181, danger=3, notes_text="Deep ditch", notes=text_svg),
        Box(0, 5.0, waypoints=(Waypoint(WaypointType.FZ),), tulip=png),
        Box(0, 12.345, cap=0, waypoints=(Waypoint(WaypointType.WPM, name="3"),), danger=1),
        Box(0, 12.5, cap=359, danger=2, reset_km=0.0, stop_s=3, notes_text="Reset at the tree"),
        Box(0, 4.0, waypoints=(Waypoint(WaypointType.ASS),), flags=("fuel",)),
    ]
    return Roadbook(
        "Stage 3 — Erg Chebbi",
        units,
        number_boxes(boxes),
        metadata=Metadata(total_km=16.5),
    )


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings) -> MainWindow:
    w = MainWindow(settings=settings, loader=_no_loader)
    qtbot.addWidget(w)
    return w


def _no_loader(path: str) -> Roadbook:
    raise InputError(path, "no reader in this test")


def cell(window: MainWindow, row: int, col: Column, role: int = Qt.ItemDataRole.DisplayRole):
    model = window.table.model()
    return model.data(model.index(row, col), role)


def test_one_row_per_box_with_printed_values(window: MainWindow, data_dir: Path) -> None:
    rb = stage(data_dir)
    window.set_roadbook(rb)
    model = window.table.model()
    assert model.rowCount() == len(rb.boxes) == 8
    assert window.windowTitle().startswith("Stage 3 — Erg Chebbi")

    assert [cell(window, r, Column.NUMBER) for r in range(8)] == [str(i) for i in range(1, 9)]
    assert [cell(window, r, Column.TOTAL) for r in range(8)] == [
        f"{b.total_km:.2f}" for b in rb.boxes
    ]
    assert cell(window, 1, Column.TOTAL) == "1.25"
    assert cell(window, 2, Column.PARTIAL) == "2.15"  # 3.40 - 1.25
    assert cell(window, 5, Column.TOTAL) == "12.35"  # 12.345 rounds half-even-free
    assert cell(window, 7, Column.PARTIAL) == "4.00"  # after the reset to 0 at box 7

    assert cell(window, 0, Column.CAP) == "C.12"
    assert cell(window, 5, Column.CAP) == "C.0"
    assert cell(window, 4, Column.CAP) == ""

    assert cell(window, 0, Column.WAYPOINT) == "DSS"
    assert cell(window, 2, Column.WAYPOINT) == "DZ 50"
    assert cell(window, 4, Column.WAYPOINT) == "FZ"
    assert cell(window, 5, Column.WAYPOINT) == "WPM 3"
    assert cell(window, 7, Column.WAYPOINT) == "ASS"
    assert cell(window, 1, Column.WAYPOINT) == ""

    assert cell(window, 1, Column.NOTES) == "Track left of the well"
    assert cell(window, 3, Column.NOTES) == "!!! Deep ditch"
    assert cell(window, 5, Column.NOTES) == "!"
    assert cell(window, 6, Column.NOTES) == "!! Reset at the tree\nReset 0.00 · Stop 3 s"
    assert cell(window, 7, Column.NOTES) == "Fuel"

    # drawings are images; boxes without one have none
    tulip = cell(window, 0, Column.TULIP, Qt.ItemDataRole.DecorationRole)
    assert tulip is not None and tulip.width() == 100
    assert cell(window, 1, Column.NOTES_DRAWING, Qt.ItemDataRole.DecorationRole) is not None
    assert cell(window, 5, Column.TULIP, Qt.ItemDataRole.DecorationRole) is None
    assert window.table.rowHeight(0) >= 100


def test_status_bar(window: MainWindow, data_dir: Path) -> None:
    window.set_roadbook(stage(data_dir))
    assert window.units_label.text() == "km"
    assert window.count_label.text() == "8 boxes"
    assert window.total_label.text() == "Stage 16.50 km"
    assert window.coords_label.text() == "no coordinates"

    window.set_roadbook(stage(data_dir, with_positions=True))
    assert window.coords_label.text() == ""


def test_statute_roadbook_shows_miles(window: MainWindow, data_dir: Path) -> None:
    window.set_roadbook(stage(data_dir, units=Units.STATUTE))
    assert cell(window, 1, Column.TOTAL) == f"{1.25 / 1.609344:.2f}" == "0.78"
    assert cell(window, 2, Column.WAYPOINT) == "DZ 31"
    assert window.total_label.text() == "Stage 10.25 mi"


def test_distance_highlight_when_next_box_is_within_300_m(
    window: MainWindow, data_dir: Path
) -> None:
    window.set_roadbook(stage(data_dir))
    # box 3 (3.40) is followed by box 4 at 3.65: 250 m; box 6 (12.345) by 12.5: 155 m
    close = [cell(window, r, Column.TOTAL, CloseNextRole) for r in range(8)]
    assert close == [False, False, True, False, False, True, False, False]
    assert cell(window, 2, Column.TOTAL, Qt.ItemDataRole.BackgroundRole) == HIGHLIGHT
    assert cell(window, 2, Column.PARTIAL, Qt.ItemDataRole.BackgroundRole) == HIGHLIGHT
    assert cell(window, 2, Column.NOTES, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(window, 1, Column.TOTAL, Qt.ItemDataRole.BackgroundRole) is None
    assert isinstance(HIGHLIGHT, QColor)


def test_bad_file_shows_one_line_and_keeps_the_roadbook(
    qtbot: QtBot, settings: QSettings, data_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.gpx"
    bad.write_text("<gpx><wpt>")
    message = f"{bad}:1: not valid XML: premature end of data"

    def loader(path: str) -> Roadbook:
        raise InputError(path, "not valid XML: premature end of data", 1)

    window = MainWindow(settings=settings, loader=loader)
    qtbot.addWidget(window)
    window.show()
    rb = stage(data_dir)
    window.set_roadbook(rb, "")

    with qtbot.waitSignal(window.load_failed) as blocker:
        assert window.open_path(bad) is False
    assert blocker.args == [message]
    assert window.roadbook() is rb
    assert window.table.model().rowCount() == 8
    assert window.statusBar().currentMessage() == message
    box = window.error_box()
    assert box is not None
    assert box.text() == message
    assert "Traceback" not in box.text() and "\n" not in box.text()
    box.accept()
    qtbot.waitUntil(lambda: window.error_box() is None)
    assert window.recent_files() == []


def test_real_reader_error_is_shown_too(qtbot: QtBot, settings: QSettings, tmp_path: Path) -> None:
    pytest.importorskip("navapp.io.registry")
    bad = tmp_path / "garbage.gpx"
    bad.write_bytes(b"\x00\x01 not a roadbook")
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.load_failed) as blocker:
        assert window.open_path(bad) is False
    assert blocker.args[0].startswith(str(bad))
    assert "\n" not in blocker.args[0]
    assert window.roadbook() is None


def test_opened_files_go_to_recent_newest_first(
    qtbot: QtBot, settings: QSettings, data_dir: Path, tmp_path: Path
) -> None:
    rb = stage(data_dir)
    window = MainWindow(settings=settings, loader=lambda path: rb)
    qtbot.addWidget(window)
    paths = [tmp_path / f"stage{i}.gpx" for i in range(MAX_RECENT + 2)]
    with qtbot.waitSignal(window.roadbook_changed):
        assert window.open_path(paths[0])
    for p in paths[1:]:
        window.open_path(p)
    window.open_path(paths[3])
    recent = window.recent_files()
    assert len(recent) == MAX_RECENT
    assert recent[0] == str(paths[3].resolve())
    assert recent[1] == str(paths[-1].resolve())
    assert len(window.recent_menu.actions()) == MAX_RECENT
    # a new window reads the same list back
    other = MainWindow(settings=settings, loader=lambda path: rb)
    qtbot.addWidget(other)
    assert other.recent_files() == recent


def test_screenshots(
    qtbot: QtBot, settings: QSettings, data_dir: Path, screenshot_dir: Path
) -> None:
    window = MainWindow(settings=settings, loader=_no_loader)
    qtbot.addWidget(window)
    window.set_roadbook(stage(data_dir))
    window.show()
    qtbot.waitUntil(window.isVisible)
    for w, h in ((1024, 600), (1920, 1080)):
        window.resize(w, h)
        path = screenshot_dir / f"main_window_{w}x{h}.png"
        assert window.grab().save(str(path))
        assert path.stat().st_size > 0


def test_official_example_file(
    qtbot: QtBot, settings: QSettings, data_dir: Path, screenshot_dir: Path
) -> None:
    pytest.importorskip("navapp.io.registry")
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    assert window.open_path(data_dir / "openrally_v1.0.3_example.gpx")
    rb = window.roadbook()
    assert rb is not None
    assert window.table.model().rowCount() == len(rb.boxes)
    assert window.total_label.text() == "Stage 33.86 km"
    assert window.coords_label.text() == "no coordinates"
    for row, box in enumerate(rb.boxes):
        assert cell(window, row, Column.TOTAL) == f"{box.total_km:.2f}"
        for col, drawing in ((Column.TULIP, box.tulip), (Column.NOTES_DRAWING, box.notes)):
            pixmap = cell(window, row, col, Qt.ItemDataRole.DecorationRole)
            assert (pixmap is not None) == (drawing is not None)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(window.isVisible)
    # the last boxes hold the drawings
    window.table.scrollToBottom()
    assert window.grab().save(str(screenshot_dir / "main_window_openrally_example.png"))


def test_application_identity(qtbot: QtBot) -> None:
    from navapp.gui.shell.app import app_icon, create_application

    app = create_application()
    assert app.applicationName() == "navapp"
    assert app.organizationName() == "navapp"
    assert not app_icon().isNull()
    assert not app.windowIcon().isNull()


def test_app_opens_the_demo_stage(
    qtbot: QtBot, tmp_path: Path, screenshot_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `make run` shows: the bundled demo stage, every box with its tulip."""
    from navapp.gui.shell.app import create_application, open_main_window
    from navapp.io.registry import read_roadbook
    from navapp.paths import demo_roadbook

    create_application()
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=tmp_path)
    qtbot.addWidget(window)
    open_main_window(None, window=window)
    # The demo drive replays at 5x in practice mode, as `make run` shows it.
    source = window.session.source if window.session else None
    assert source is not None and source.speed == 5.0 and not window.session.live
    source.pause()
    window.show_roadbook()
    qtbot.waitUntil(window.isVisible)
    demo = read_roadbook(demo_roadbook())
    shown = window.roadbook()
    assert shown == demo and len(demo.boxes) >= 30
    assert window.path() == str(demo_roadbook())
    assert "Erg Chebbi" in window.windowTitle()
    for row, box in enumerate(demo.boxes):
        assert cell(window, row, Column.TOTAL) == f"{box.total_km:.2f}"
        assert cell(window, row, Column.TULIP, Qt.ItemDataRole.DecorationRole) is not None
    for w, h in ((1024, 600), (1920, 1080)):
        window.resize(w, h)
        assert window.grab().save(str(screenshot_dir / f"roadbook_list_{w}x{h}.png"))
