"""Over a map the review's speed zones and speeding stretches still stand out: a zone band has
an edge that shows on sand, by day and at night (the band alone is amber on amber sand)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from navapp.core.review import review
from navapp.gui.common.map_sources import map_sources
from navapp.gui.common.night import theme_controller
from navapp.gui.review import ReviewWindow
from navapp.io.registry import read_roadbook, read_track
from navapp.maps.tiles import LonLatBox, tiles_covering
from navapp.paths import demo_drive, demo_roadbook
from tests.unit.maps.tilefiles import png, write_mbtiles

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

DEMO_BOX = LonLatBox(-4.8, 30.8, -3.4, 31.6)
SAND = (216, 183, 138)  # a flat desert map: the worst case for an amber band


def luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture(scope="module")
def sand_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tiles = {tuple(t): png(SAND) for z in range(8, 13) for t in tiles_covering(DEMO_BOX, z)}
    meta = {"name": "Sand", "format": "png", "minzoom": "8", "maxzoom": "12"}
    return write_mbtiles(tmp_path_factory.mktemp("sand") / "sand.mbtiles", tiles, meta)  # type: ignore[arg-type]


@pytest.mark.parametrize("theme", ["day", "night"])
def test_a_speed_zone_has_an_edge_on_sand(
    qtbot: QtBot, sand_map: Path, screenshot_dir: Path, theme: str
) -> None:
    map_sources().add_file(sand_map)
    theme_controller().set_theme(theme)
    roadbook = read_roadbook(demo_roadbook())
    drive = read_track(demo_drive())
    rv = ReviewWindow(roadbook, [(drive, review(roadbook, drive))])
    qtbot.addWidget(rv)
    rv.resize(1024, 600)
    rv.show()
    qtbot.waitExposed(rv)
    canvas = rv.map
    zone = canvas.model.zones[0].path
    mid = zone.pointAtPercent(0.5)
    canvas.set_view(mid.x(), mid.y(), 20.0)
    layer = canvas.tile_layer
    assert layer is not None
    canvas.grab()
    qtbot.waitUntil(lambda: not layer.busy, timeout=15000)
    image = canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    image.save(str(screenshot_dir / f"review_zone_on_sand_{theme}.png"))
    sand = image.pixelColor(5, image.height() // 2)  # the map as shown (night dims it)
    # across the band, on both sides of the line: the strongest edge against the sand
    centre = canvas.world_to_screen(mid.x(), mid.y())
    angle = math.radians(zone.angleAtPercent(0.5))  # counter-clockwise, y up on the map
    normal = QPointF(math.sin(angle), math.cos(angle))  # on screen, y down
    best = 0.0
    for side in (1, -1):
        for d in np.arange(6.0, 13.0, 0.5):
            p = centre + normal * (side * d)
            best = max(best, contrast(image.pixelColor(p.toPoint()), sand))
    assert best >= 1.8, (theme, best, sand.name())


def test_view_legend_uncovers_the_map(qtbot: QtBot, sand_map: Path) -> None:
    map_sources().add_file(sand_map)
    roadbook = read_roadbook(demo_roadbook())
    drive = read_track(demo_drive())
    rv = ReviewWindow(roadbook, [(drive, review(roadbook, drive))])
    qtbot.addWidget(rv)
    rv.resize(1024, 600)
    rv.show()
    qtbot.waitExposed(rv)
    canvas = rv.map
    layer = canvas.tile_layer
    assert layer is not None
    canvas.grab()
    qtbot.waitUntil(lambda: not layer.busy, timeout=15000)
    corner = (canvas.width() - 60, 40)  # inside the legend, top right
    sand = canvas.grab().toImage().pixelColor(5, canvas.height() // 2)
    assert canvas.grab().toImage().pixelColor(*corner) != sand
    assert rv.legend_action.isChecked()
    rv.legend_action.trigger()
    assert not canvas.show_legend
    assert canvas.grab().toImage().pixelColor(*corner) == sand
    rv.legend_action.trigger()
    assert canvas.grab().toImage().pixelColor(*corner) != sand
