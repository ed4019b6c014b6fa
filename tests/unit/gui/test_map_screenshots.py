"""Screenshots of the review window and the editor over a generated desert map (MBTiles), at
the tablet's and a desktop's size, by day and at night, for a person to look at."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from navapp.core.review import review
from navapp.gui.common.map_sources import map_sources
from navapp.gui.common.night import theme_controller
from navapp.gui.editor import EditorWindow
from navapp.gui.review import ReviewWindow
from navapp.io.registry import read_roadbook, read_track
from navapp.maps.tiles import LonLatBox
from navapp.paths import demo_drive, demo_roadbook
from tests.unit.gui.common.maplayer_helpers import terrain_mbtiles
from tests.unit.gui.editor.co_driver import Ask

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

DEMO_BOX = LonLatBox(-4.8, 30.8, -3.4, 31.6)
SIZES = [(1024, 600), (1920, 1080)]


@pytest.fixture(scope="module")
def desert(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return terrain_mbtiles(
        tmp_path_factory.mktemp("desert") / "desert.mbtiles", range(8, 13), DEMO_BOX
    )


@pytest.fixture
def windows(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[ReviewWindow, EditorWindow]]:
    roadbook = read_roadbook(demo_roadbook())
    drive = read_track(demo_drive())
    rv = ReviewWindow(roadbook, [(drive, review(roadbook, drive))])
    ask = Ask()
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    ed = EditorWindow(settings=settings, data_dir=tmp_path / "data", ask=ask)
    ed.set_roadbook(roadbook, str(demo_roadbook()))
    for w in (rv, ed):
        qtbot.addWidget(w)
    yield rv, ed
    ask.answers[:] = ["discard"] * 3


@pytest.mark.parametrize("theme", ["day", "night"])
def test_screenshots_over_a_map(
    qtbot: QtBot,
    windows: tuple[ReviewWindow, EditorWindow],
    desert: Path,
    screenshot_dir: Path,
    theme: str,
) -> None:
    rv, ed = windows
    map_sources().add_file(desert)
    theme_controller().set_theme(theme)
    for name, window, view in (("review", rv, rv.map), ("editor", ed, ed.map)):
        for w, h in SIZES:
            window.resize(w, h)
            window.show()
            qtbot.waitExposed(window)
            view.fit()
            layer = view.tile_layer
            assert layer is not None
            window.grab()
            qtbot.waitUntil(lambda layer=layer: not layer.busy, timeout=15000)  # type: ignore[misc]
            path = screenshot_dir / f"map_{name}_{w}x{h}_{theme}.png"
            assert window.grab().save(str(path))
