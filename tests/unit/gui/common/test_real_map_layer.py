"""The tile layer on map files written by other tools: QGIS's 512 px WebP tiles of Mount
Whitney drawn at the zoom where a tile pixel is about a screen pixel, enlarged past their last
zoom, and nothing (with a notice) far out of their first; the pixel at the summit is the
summit's pixel of the tile, decoded here with QImage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from navapp.core.geodesy import LocalProjection
from navapp.gui.common.map_layer import TileLayer
from navapp.maps.files import open_map_file
from navapp.maps.tiles import TileId, ground_resolution, lonlat_to_pixel, tile_at
from tests.unit.gui.common.maplayer_helpers import PAPER, paint, rgb, view

DATA = Path(__file__).resolve().parents[3] / "data"
WHITNEY = DATA / "protomaps_usgs-mt-whitney-8-15-webp-512.pmtiles"
SUMMIT_LAT, SUMMIT_LON = 36.5785, -118.2923
WAIT_MS = 5000
W, H = 400, 300
# Colour difference allowed per channel between the screen and the tile's pixel (smooth
# scaling mixes a pixel with its neighbours; a topo map's lines are one or two pixels wide).
TOLERANCE = 24


@pytest.fixture
def layer() -> Iterator[TileLayer]:
    made = TileLayer()
    yield made
    made.close()


def loaded(qtbot: QtBot, layer: TileLayer, *args: object) -> QImage:
    for _ in range(3):
        paint(layer, *args)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: not layer.busy, timeout=WAIT_MS)
    return paint(layer, *args)  # type: ignore[arg-type]


def tile_pixels(tile: TileId, lat: float, lon: float, size: int) -> list[tuple[int, int, int]]:
    """The colours of the tile's own pixel at ``lat``, ``lon`` and its eight neighbours, from
    the map file's tile decoded here."""
    src = open_map_file(WHITNEY)
    try:
        data = src.tile(*tile)
    finally:
        src.close()
    assert data is not None
    image = QImage.fromData(data)
    assert image.width() == size
    px, py = lonlat_to_pixel(lon, lat, tile.z, size)
    ix, iy = int(px) - tile.x * size, int(py) - tile.y * size
    return [rgb(image, ix + dx, iy + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]


def near(got: tuple[int, int, int], choices: list[tuple[int, int, int]]) -> bool:
    return any(max(abs(g - c) for g, c in zip(got, w, strict=True)) <= TOLERANCE for w in choices)


def summit_view(layer: TileLayer, qtbot: QtBot, mpp: float) -> QImage:
    layer.set_source(open_map_file(WHITNEY))
    projection = LocalProjection(SUMMIT_LAT, SUMMIT_LON)
    return loaded(qtbot, layer, view(W, H, mpp), W, H, mpp, projection)


def test_512_px_tiles_are_drawn_at_their_own_size(qtbot: QtBot, layer: TileLayer) -> None:
    # The scale of zoom 14's 512 px tiles (zoom 15 for 256 px tiles): zoom 14 is drawn, one
    # tile pixel a screen pixel, not zoom 15's four times as many tiles at half size.
    mpp = ground_resolution(SUMMIT_LAT, 14, 512)
    image = summit_view(layer, qtbot, mpp)
    assert layer.tile_size() == 512
    assert layer.zoom() == 14
    # a 400 x 300 view and its 256 px margin (912 x 812) need 3 x 3 tiles of 512 px at most
    assert 1 <= len(layer.wanted()) <= 9
    summit = tile_at(SUMMIT_LON, SUMMIT_LAT, 14)
    got = rgb(image, W // 2, H // 2)
    assert near(got, tile_pixels(summit, SUMMIT_LAT, SUMMIT_LON, 512)), got


def test_past_zoom_15_the_summit_tile_is_enlarged(qtbot: QtBot, layer: TileLayer) -> None:
    mpp = ground_resolution(SUMMIT_LAT, 17, 512)  # four times closer than zoom 15
    image = summit_view(layer, qtbot, mpp)
    assert layer.zoom() == 15
    summit = tile_at(SUMMIT_LON, SUMMIT_LAT, 15)
    # the view (and its margin) is a quarter of a tile across: the summit's and a neighbour
    assert summit in layer.wanted() and len(layer.wanted()) <= 4
    got = rgb(image, W // 2, H // 2)
    assert near(got, tile_pixels(summit, SUMMIT_LAT, SUMMIT_LON, 512)), got
    # not blank anywhere: the map covers the whole view
    blank = sum(rgb(image, x, y) == PAPER for x in range(0, W, 10) for y in range(0, H, 10))
    assert blank == 0


def test_far_out_of_zoom_8_nothing_is_drawn_and_a_notice_says_so(
    qtbot: QtBot, layer: TileLayer
) -> None:
    lines: list[str] = []
    layer.status.connect(lines.append)
    mpp = ground_resolution(SUMMIT_LAT, 5, 512)  # a whole stage of 400 km on 400 pixels
    image = summit_view(layer, qtbot, mpp)
    assert lines[-1] == (
        "map: zoom in to see protomaps_usgs-mt-whitney-8-15-webp-512 (its tiles start at zoom 8)"
    )
    assert layer.wanted() == []
    assert all(rgb(image, x, y) == PAPER for x in range(0, W, 7) for y in range(0, H, 7))
    # Zoomed in again: the notice goes, the map comes.
    mpp = ground_resolution(SUMMIT_LAT, 13, 512)
    image = loaded(
        qtbot, layer, view(W, H, mpp), W, H, mpp, LocalProjection(SUMMIT_LAT, SUMMIT_LON)
    )
    assert lines[-1] == "" and layer.zoom() == 13
    assert rgb(image, W // 2, H // 2) != PAPER


def test_one_zoom_out_of_zoom_8_shows_its_tiles_halved(qtbot: QtBot, layer: TileLayer) -> None:
    mpp = ground_resolution(SUMMIT_LAT, 7, 512)
    image = summit_view(layer, qtbot, mpp)
    assert layer.zoom() == 8
    assert rgb(image, W // 2, H // 2) != PAPER
