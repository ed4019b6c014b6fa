"""Help › About, and the one settings module: recent roadbooks kept, bad values refused."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import navapp
from navapp.gui.shell.about import LICENCE, about_text
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.settings import (
    MAX_RECENT,
    RECENT_KEY,
    SourceConfig,
    TripSettings,
    load_recent,
    remember_recent,
)

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

ROOT = Path(__file__).resolve().parents[4]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


def test_about_says_the_version_and_the_licence_of_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == LICENCE
    assert navapp.__version__ == project["version"]
    text = about_text()
    assert f"navapp {project['version']}" in text and LICENCE in text


def test_help_menu_opens_the_about_box(qtbot: QtBot, settings: QSettings) -> None:
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "&Help"
    assert window.about_action.text() == "&About navapp"
    window.about_action.trigger()
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and boxes[0].text() == about_text()
    boxes[0].accept()


def test_recent_roadbooks_newest_first_without_repeats(tmp_path: Path, settings: QSettings) -> None:
    assert load_recent(settings) == []
    paths = [tmp_path / f"ss{i}.gpx" for i in range(MAX_RECENT + 3)]
    for p in paths:
        remember_recent(settings, str(p))
    remember_recent(settings, str(paths[2]))
    recent = load_recent(settings)
    assert len(recent) == MAX_RECENT
    assert recent[0] == str(paths[2].resolve()) and recent[1] == str(paths[-1].resolve())
    assert len(set(recent)) == MAX_RECENT
    settings.setValue(RECENT_KEY, "/one/lone.gpx")  # ini files give a lone entry as a string
    assert load_recent(settings) == ["/one/lone.gpx"]


def test_every_setting_comes_back_as_saved(settings: QSettings) -> None:
    trip = TripSettings(0.1, 2.5, 1, True, True, False, 10.0)
    trip.save(settings)
    gps = SourceConfig("serial", port="/dev/ttyUSB1", baud=38400)
    gps.save(settings)
    settings.sync()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert TripSettings.load(again) == trip
    assert SourceConfig.load(again) == gps


def test_about_details_credit_the_sample_data_maps_and_libraries(
    qtbot: QtBot, settings: QSettings
) -> None:
    from navapp.gui.shell.about import LIBRARIES, details_text, library_licence

    details = details_text()
    # Every licence holder of the sample and map files in tests/data/SOURCES.md is credited.
    for credit in (
        "OpenRally.org, CC BY 4.0",
        "gpxpy, Apache-2.0",
        "gpsd project, BSD-2-Clause",
        "GPSBabel",
        "RoadbookNavi",
        "Stamen Design, CC BY 3.0",
        "OpenStreetMap contributors, ODbL",
        "USGS, public domain",
        "node-mbtiles",
    ):
        assert credit in details
    for name in LIBRARIES:
        ver, licence = library_licence(name)
        assert ver and f"{name} {ver} — {licence}" in details
    assert library_licence("pyproj")[1] == "MIT"
    assert library_licence("no-such-package-navapp")[1] == "not installed"
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.about_action.trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert box.detailedText() == details
    box.accept()
