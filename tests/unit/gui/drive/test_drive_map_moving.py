"""The car's map tiles while the car moves and turns at 10 Hz, never resting: after every fix
each pixel shows the tile at its lon/lat (or something drawn over the map), and no corner is
blank paper while its tile is loaded.

The drive is a circle of known radius driven at a known speed, course up, so the map turns a
few degrees and moves a few metres with every fix.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from navapp.core.model import Fix, Roadbook
from navapp.core.navigator import Navigator
from navapp.gui.common.map_layer import MARGIN_PX
from navapp.gui.common.map_view import MAP_BACKGROUND
from navapp.gui.drive.drive_map import DriveMap
from navapp.maps.files import open_map_file
from navapp.maps.tiles import LonLatBox, TileId, tile_at
from tests.builders import offset
from tests.unit.gui.common.maplayer_helpers import mbtiles
from tests.unit.gui.drive.test_drive_map import LAT0, LON0, stage
from tests.unit.maps.tilefiles import colour_of

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

HZ = 10.0
SPEED_KMH = 90.0
TURN_DEG = 6.0  # per fix: a full circle in 6 s, a radius of 24 m
W, H = 640, 400
TOL = 3  # per colour channel


def close(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return all(abs(u - v) <= TOL for u, v in zip(a, b, strict=True))


def rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    c = image.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


def drive_fixes(turning: int, straight: int) -> list[Fix]:
    """Fixes at 10 Hz from the stage's start heading east: ``turning`` of them round a circle,
    then ``straight`` ones on."""
    fixes = []
    step = SPEED_KMH / 3.6 / HZ
    lat, lon, course = LAT0, LON0, 90.0
    for i in range(turning + straight):
        fixes.append(
            Fix(1_767_225_600.0 + i / HZ, lat, lon, speed_kmh=SPEED_KMH, course_deg=course)
        )
        lat, lon = offset(lat, lon, course, step)
        if i < turning:
            course = (course + TURN_DEG) % 360.0
    return fixes


class Check:
    """Samples one frame of the map: what each sampled pixel should be."""

    def __init__(self, m: DriveMap) -> None:
        self.m = m
        self.paper = QColor(MAP_BACKGROUND)
        self.paper_rgb = (self.paper.red(), self.paper.green(), self.paper.blue())

    def tile_under(self, x: float, y: float, z: int) -> TileId:
        assert self.m.projection is not None
        lat, lon = self.m.projection.to_latlon(*self.m.screen_to_world(QPointF(x, y)))
        return tile_at(float(lon), float(lat), z)

    def wrong(self, image: QImage, points: list[tuple[int, int]]) -> list[str]:
        """The sampled points showing another tile or the paper where a loaded tile is."""
        m, z = self.m, self.m.tiles.zoom()
        assert z is not None
        loader = m.tiles._loader
        assert loader is not None
        out = []
        for x, y in points:
            tile = self.tile_under(x, y, z)
            around = {self.tile_under(x + dx, y + dy, z) for dx in (-3, 3) for dy in (-3, 3)}
            if around != {tile} or loader.image(tile) is None:
                continue  # at a tile edge (smoothed), or not loaded yet: not judged
            got, want = rgb(image, x, y), colour_of(*tile)
            if close(got, want):
                continue
            others = [colour_of(z, tile.x + i, tile.y + j) for i in (-1, 0, 1) for j in (-1, 0, 1)]
            if close(got, self.paper_rgb) or any(close(got, o) for o in others):
                out.append(f"({x},{y}) shows {got}, tile {tuple(tile)} is {want}")
        return out


@pytest.fixture
def rb() -> Roadbook:
    return stage()


@pytest.mark.parametrize("mpp", [4.0, 0.5])
def test_course_up_at_10_hz_shows_the_right_tile_everywhere_after_every_fix(
    qtbot: QtBot, tmp_path: Path, rb: Roadbook, mpp: float
) -> None:
    box = LonLatBox(LON0 - 0.2, LAT0 - 0.2, LON0 + 0.2, LAT0 + 0.2)
    path = mbtiles(tmp_path / "erg.mbtiles", range(10, 15), box)
    m = DriveMap(rb)
    qtbot.addWidget(m)
    m.resize(W, H)
    m.show()
    qtbot.waitExposed(m)
    m.set_tile_source(open_map_file(path))
    m.set_course_up(True)
    for button in m.controls.values():
        button.hide()  # their grey could pass for a tile's colour
    nav = Navigator(rb)
    # Close in, the straight part leaves the drawn margin: tiles are drawn again on the way.
    fixes = drive_fixes(40, 80 if mpp < 1 else 0)
    m.set_state(nav.update(fixes[0]))
    m.zoom_by(m.metres_per_pixel() / mpp)
    m.grab()  # the tiles on screen (and round it) are asked for
    qtbot.waitUntil(lambda: not m.tiles.busy, timeout=5000)
    check = Check(m)
    grid = [(x, y) for y in range(6, H - 6, 29) for x in range(6, W - 6, 31)]
    corners = [(1, 1), (W - 2, 1), (1, H - 2), (W - 2, H - 2)]
    start = m.position()
    assert start is not None
    turned = []
    for fix in fixes[1:]:
        m.set_state(nav.update(fix))  # no waiting: the next fix comes 100 ms later
        image = m.grab().toImage()
        turned.append(m.up_bearing())
        assert check.wrong(image, grid + corners) == [], f"course {m.up_bearing():.0f}°"
        assert [c for c in corners if close(rgb(image, *c), check.paper_rgb)] == []
    # The map did turn all the way round and move (by construction: 39 fixes of 6°).
    assert max(turned) - min(turned) > 180.0
    end = m.position()
    assert end is not None
    moved_px = math.hypot(end[0] - start[0], end[1] - start[1]) / mpp
    assert moved_px > (MARGIN_PX if mpp < 1 else 0)


def test_after_a_zoom_step_the_tiles_of_the_new_scale_come_while_fixes_keep_coming(
    qtbot: QtBot, tmp_path: Path, rb: Roadbook
) -> None:
    """A zoom shows the drawn map scaled until the view rests; in the car the fixes never
    let it rest, so a fix alone must not put off the drawing at the new scale."""
    box = LonLatBox(LON0 - 0.2, LAT0 - 0.2, LON0 + 0.2, LAT0 + 0.2)
    path = mbtiles(tmp_path / "erg.mbtiles", range(10, 15), box)
    m = DriveMap(rb)
    qtbot.addWidget(m)
    m.resize(W, H)
    m.show()
    qtbot.waitExposed(m)
    m.set_tile_source(open_map_file(path))
    m.set_course_up(True)
    nav = Navigator(rb)
    fixes = iter(drive_fixes(2000, 0))
    for _ in range(5):  # under way: the map turned
        m.set_state(nav.update(next(fixes)))
    m.zoom_by(m.metres_per_pixel() / 60.0)  # 60 m/px: zoom 11
    for _ in range(3):
        m.grab()
        qtbot.waitUntil(lambda: not m.tiles.busy, timeout=5000)
    assert m.tiles.zoom() == 11 and m.up_bearing() != 0.0
    m.zoom_by(1.5)  # a key step in: 40 m/px, zoom 12

    def fix_and_frame() -> bool:
        m.set_state(nav.update(next(fixes)))  # a fix at every look, as at 10 Hz or faster
        m.grab()
        return m.tiles.zoom() == 12

    qtbot.waitUntil(fix_and_frame, timeout=3000)
