"""Map files written by other tools chosen in the editor and the review window, as a roadbook
designer and a team analyst choose them: QGIS's Mount Whitney PMTiles (512 px WebP tiles)
shows at the summit's screen point the summit's pixel of its tile; node-mbtiles' world MBTiles
(TMS rows) shows north up; node-mbtiles' damaged file gives one status line and a blank map.
The expected colours come from the files' tiles decoded here with QImage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook, Units
from navapp.gui.common.map_view import MetricMapView
from navapp.gui.editor import EditorWindow
from navapp.gui.review import ReviewWindow
from navapp.maps.files import open_map_file
from navapp.maps.tiles import TileId, lonlat_to_pixel, tile_at
from tests import builders
from tests.unit.gui.editor.co_driver import Ask

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

DATA = Path(__file__).resolve().parents[2] / "data"
WHITNEY = DATA / "protomaps_usgs-mt-whitney-8-15-webp-512.pmtiles"
WORLD = DATA / "node-mbtiles_plain_1.mbtiles"
CORRUPT = DATA / "node-mbtiles_corrupt.mbtiles"
SUMMIT_LAT, SUMMIT_LON = 36.5785, -118.2923
WAIT_MS = 8000
# Per channel, between the screen and the tile's pixel blended over the paper: smooth
# scaling mixes a pixel with its neighbours, and the blend is 8-bit.
TOLERANCE = 24


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[EditorWindow]:
    ask = Ask()
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    w = EditorWindow(settings=settings, data_dir=tmp_path / "data", ask=ask)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    ask.answers[:] = ["discard"] * 3


def grab_loaded(qtbot: QtBot, view: MetricMapView) -> QImage:
    layer = view.tile_layer
    assert layer is not None
    for _ in range(3):
        view.grab()
        qtbot.waitUntil(lambda: not layer.busy, timeout=WAIT_MS)
    return view.grab().toImage()


def rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    c = image.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


class Tiles:
    """A map file's tiles decoded here, and the colour its map has at a lon/lat."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._images: dict[TileId, QImage] = {}

    def image(self, tile: TileId) -> QImage:
        if tile not in self._images:
            src = open_map_file(self.path)
            try:
                data = src.tile(*tile)
            finally:
                src.close()
            assert data is not None, tile
            image = QImage.fromData(data)
            assert not image.isNull()
            self._images[tile] = image
        return self._images[tile]

    def colours(self, lon: float, lat: float, z: int, row: int | None = None) -> list[tuple]:
        """The tile pixel at ``lon``, ``lat`` and its neighbours (from the tile in ``row`` when
        given: another row's pixel at the same place in its tile)."""
        tile = tile_at(lon, lat, z)
        image = self.image(tile if row is None else TileId(z, tile.x, row))
        size = image.width()
        px, py = lonlat_to_pixel(lon, lat, z, size)
        ix, iy = int(px) - tile.x * size, int(py) - tile.y * size
        return [
            rgb(image, min(size - 1, max(0, ix + dx)), min(size - 1, max(0, iy + dy)))
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
        ]


def blended(colour: tuple, paper: tuple, opacity: float) -> tuple[float, ...]:
    return tuple(p + (c - p) * opacity for c, p in zip(colour, paper, strict=True))


def near(got: tuple, choices: list[tuple[float, ...]]) -> bool:
    return any(max(abs(g - c) for g, c in zip(got, w, strict=True)) <= TOLERANCE for w in choices)


def screen_of(view: MetricMapView, projection: object, lat: float, lon: float) -> QPointF:
    x, y = projection.to_xy(lat, lon)  # type: ignore[attr-defined]
    return view.world_to_screen(float(x), float(y))


def lonlat_of(view: MetricMapView, projection: object, x: float, y: float) -> tuple[float, float]:
    wx, wy = view.screen_to_world(QPointF(x, y))
    lat, lon = projection.to_latlon(wx, wy)  # type: ignore[attr-defined]
    return float(lon), float(lat)


def paper_and_map(qtbot: QtBot, view: MetricMapView) -> tuple[QImage, QImage, float]:
    """The view with its map loaded, the same view without the map, and the map's opacity."""
    image = grab_loaded(qtbot, view)
    layer = view.tile_layer
    assert layer is not None
    opacity = layer.opacity()
    layer.set_opacity(0.0)
    plain = view.grab().toImage()
    layer.set_opacity(opacity)
    return image, plain, opacity


def test_the_editor_shows_the_summit_pixel_of_whitneys_tile(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    # A designer's start: an empty roadbook, Go to the summit, the QGIS map file added.
    editor.go_to(f"{SUMMIT_LAT}, {SUMMIT_LON}")
    assert editor.map_bar.add_map_file(WHITNEY)
    assert editor.map_bar.status_text() == ""
    view = editor.map
    layer = view.tile_layer
    assert layer is not None
    image, plain, opacity = paper_and_map(qtbot, view)
    z = layer.zoom()
    assert layer.tile_size() == 512 and z is not None and 8 <= z <= 15
    projection = view._projection  # type: ignore[attr-defined]
    at = screen_of(view, projection, SUMMIT_LAT, SUMMIT_LON)
    x, y = round(at.x()), round(at.y())
    assert 0 <= x < view.width() and 0 <= y < view.height()
    tiles = Tiles(WHITNEY)
    want = [blended(c, rgb(plain, x, y), opacity) for c in tiles.colours(SUMMIT_LON, SUMMIT_LAT, z)]
    assert near(rgb(image, x, y), want), (rgb(image, x, y), want)
    # And round it, wherever nothing is drawn over the map: most of the view is the map's.
    shown = checked = 0
    for sy in range(y - 120, y + 121, 20):
        for sx in range(x - 160, x + 161, 20):
            lon, lat = lonlat_of(view, projection, sx, sy)
            b = layer.source().bounds  # type: ignore[union-attr]
            if not (b.west < lon < b.east and b.south < lat < b.north):
                continue
            checked += 1
            paper = rgb(plain, sx, sy)
            cs = [blended(c, paper, opacity) for c in tiles.colours(lon, lat, z)]
            shown += near(rgb(image, sx, sy), cs)
    assert checked > 100 and shown >= 0.9 * checked


def test_the_review_window_over_whitney_shows_the_summit_pixel(qtbot: QtBot) -> None:
    # A team analyst's stage: 3 km from the summit down the trail's side, the map chosen.
    route = builders.straight_route(SUMMIT_LAT, SUMMIT_LON, 200.0, 3000.0, step_m=100.0)
    rb = Roadbook("Whitney", Units.METRIC, (), route)
    w = ReviewWindow(rb, [])
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    assert w.map_bar.add_map_file(WHITNEY)
    view = w.map
    layer = view.tile_layer
    assert layer is not None
    image, plain, opacity = paper_and_map(qtbot, view)
    z = layer.zoom()
    assert z is not None
    projection = view.model.projection  # type: ignore[attr-defined]
    # A point 60 m off the route (the route's line covers the summit itself).
    lat, lon = builders.offset(SUMMIT_LAT, SUMMIT_LON, 110.0, 60.0)
    at = screen_of(view, projection, lat, lon)
    x, y = round(at.x()), round(at.y())
    want = [blended(c, rgb(plain, x, y), opacity) for c in Tiles(WHITNEY).colours(lon, lat, z)]
    assert near(rgb(image, x, y), want), (rgb(image, x, y), want)


def test_the_world_mbtiles_tms_rows_show_north_up(qtbot: QtBot, editor: EditorWindow) -> None:
    # Zoom 4 of node-mbtiles' world round 60 N 10 E (Norway): each screen pixel is the pixel
    # of the tile in the row at its latitude, not of the row mirrored (60 S, the ocean).
    editor.go_to("60, 10")
    assert editor.map_bar.add_map_file(WORLD)
    view = editor.map
    cx, cy, _mpp = view.view()
    view.set_view(cx, cy, 4900.0)  # zoom 4's 256 px tiles at their own size at 60 N
    layer = view.tile_layer
    assert layer is not None
    image, plain, opacity = paper_and_map(qtbot, view)
    assert layer.zoom() == 4
    projection = view._projection  # type: ignore[attr-defined]
    tiles = Tiles(WORLD)
    right = mirrored = checked = 0
    x0, y0 = view.width() // 2, view.height() // 2
    for sy in range(y0 - 60, y0 + 61, 6):
        for sx in range(x0 - 60, x0 + 61, 6):
            lon, lat = lonlat_of(view, projection, sx, sy)
            tile = tile_at(lon, lat, 4)
            flipped = (1 << 4) - 1 - tile.y
            got, paper = rgb(image, sx, sy), rgb(plain, sx, sy)
            north = [blended(c, paper, opacity) for c in tiles.colours(lon, lat, 4)]
            south = [blended(c, paper, opacity) for c in tiles.colours(lon, lat, 4, flipped)]
            checked += 1
            right += near(got, north)
            mirrored += near(got, south) and not near(got, north)
    assert right >= 0.9 * checked
    assert mirrored == 0
    # 60 N is land in this map (Scandinavia): the map there is not one flat colour.
    assert len({tuple(round(v) for v in c[4]) for c in [tiles.colours(10.0, 60.0, 4)]}) == 1
    colours = {rgb(image, sx, y0) for sx in range(x0 - 60, x0 + 61, 6)}
    assert len(colours) > 3


def test_the_damaged_map_file_is_one_status_line_and_a_blank_map(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    editor.go_to(f"{SUMMIT_LAT}, {SUMMIT_LON}")
    view = editor.map
    before = view.grab().toImage()
    assert not editor.map_bar.add_map_file(CORRUPT)
    line = editor.map_bar.status_text()
    assert line == f"{CORRUPT}: the map file is damaged (malformed database)"
    assert "\n" not in line
    assert editor.map_bar.status.isVisible()
    layer = view.tile_layer
    assert layer is None or layer.source() is None
    assert view.grab().toImage() == before  # the map as it was: blank
    # A good map file after it: shown, the line gone.
    assert editor.map_bar.add_map_file(WHITNEY)
    assert editor.map_bar.status_text() == ""


def test_closing_the_review_window_closes_its_replay_map_too(qtbot: QtBot) -> None:
    import gc

    from navapp.gui.common.map_sources import map_sources
    from navapp.maps.pmtiles import PMTilesSource

    def open_sources() -> list[PMTilesSource]:
        gc.collect()
        return [o for o in gc.get_objects() if isinstance(o, PMTilesSource) and not o._map.closed]

    route = builders.straight_route(SUMMIT_LAT, SUMMIT_LON, 200.0, 3000.0, step_m=100.0)
    w = ReviewWindow(Roadbook("Whitney", Units.METRIC, (), route), [])
    qtbot.addWidget(w)
    w.show()
    assert w.map_bar.add_map_file(WHITNEY)
    # the review map and the replay's car map each draw the map
    assert w.drive_view.map_bar.layer.source() is not None
    w.close()
    assert open_sources() == []
    # a map chosen in another window after it closed leaves its file closed
    map_sources().choose(None)
    map_sources().choose(map_sources().specs()[-1])
    assert open_sources() == []


def test_the_editor_route_stands_out_over_the_topo_map(qtbot: QtBot, editor: EditorWindow) -> None:
    # A route due north up the map's middle: without a map it is the plain beige line; over
    # the topo map, whose contours are that beige-brown, it is magenta on a white casing.
    route = builders.straight_route(SUMMIT_LAT - 0.01, SUMMIT_LON, 0.0, 2000.0, step_m=100.0)
    editor.set_roadbook(Roadbook("Whitney", Units.METRIC, (), route))
    view = editor.map
    projection = view._projection  # type: ignore[attr-defined]
    lat, lon = builders.offset(SUMMIT_LAT - 0.01, SUMMIT_LON, 0.0, 1000.0)

    def route_pixel() -> tuple[int, int, int]:
        image = grab_loaded(qtbot, view) if view.tile_layer.source() else view.grab().toImage()  # type: ignore[union-attr]
        at = screen_of(view, projection, lat, lon)
        return rgb(image, round(at.x()), round(at.y()))

    plain = route_pixel()
    assert editor.map_bar.add_map_file(WHITNEY)
    r, g, b = route_pixel()
    assert r > 150 and g < 80 and b > 90, (r, g, b)  # magenta, no map colour
    assert plain != (r, g, b)
