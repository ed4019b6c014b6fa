"""What keeps the map cheap to draw every frame: tiles kept in the painter's fastest formats,
and no smoothing while the view moves, then one smooth frame once it is still."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from navapp.core.geodesy import LocalProjection
from navapp.gui.common.map_layer import TileLayer
from navapp.gui.common.tile_loader import TileLoader
from navapp.maps.mbtiles import MBTilesSource
from navapp.maps.tiles import TileId
from tests.unit.gui.common.maplayer_helpers import (
    LAT0,
    LON0,
    clear_points,
    mbtiles,
    paint,
    rgb,
    view,
    zoom_mpp,
)
from tests.unit.maps.tilefiles import colour_of, write_mbtiles

WAIT_MS = 5000
W, H = 320, 240


@pytest.fixture
def layer() -> Iterator[TileLayer]:
    made = TileLayer()
    yield made
    made.close()


def _png(colour: QColor, fmt: QImage.Format) -> bytes:
    opaque = colour.alpha() == 255
    image = QImage(8, 8, QImage.Format.Format_RGB32 if opaque else QImage.Format.Format_ARGB32)
    image.fill(colour)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.convertToFormat(fmt).save(buf, "PNG")
    return bytes(data.data())


def test_tiles_are_kept_in_the_formats_the_painter_draws_fastest(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # A palette PNG (what most tile servers send), an opaque and a translucent true-colour one.
    opaque, see_through = QColor(200, 150, 60), QColor(0, 0, 255, 128)
    tiles = {
        (3, 1, 1): _png(opaque, QImage.Format.Format_Indexed8),
        (3, 1, 2): _png(opaque, QImage.Format.Format_RGB32),
        (3, 1, 3): _png(see_through, QImage.Format.Format_ARGB32),
    }
    path = write_mbtiles(
        tmp_path / "m.mbtiles",
        tiles,  # type: ignore[arg-type]
        {"name": "formats", "format": "png", "minzoom": "0", "maxzoom": "5"},
    )
    loader = TileLoader(MBTilesSource(path))
    try:
        wanted = [TileId(*t) for t in tiles]
        loader.want(wanted)
        qtbot.waitUntil(lambda: not loader.busy, timeout=WAIT_MS)
        images = [loader.image(t) for t in wanted]
        assert [i.format() if i is not None else None for i in images] == [
            QImage.Format.Format_RGB32,
            QImage.Format.Format_RGB32,
            QImage.Format.Format_ARGB32_Premultiplied,
        ]
        for image, colour in zip(images, (opaque, opaque, see_through), strict=True):
            assert image is not None
            got = image.pixelColor(3, 3)
            assert (got.red(), got.green(), got.blue(), got.alpha()) == colour.getRgb()
    finally:
        loader.close()
        loader.source.close()


def test_a_moving_view_draws_the_right_tiles_then_asks_for_a_still_frame(
    qtbot: QtBot, tmp_path: Path, layer: TileLayer
) -> None:
    layer.set_source(MBTilesSource(mbtiles(tmp_path / "erg.mbtiles", range(11, 13))))
    projection = LocalProjection(LAT0, LON0)
    mpp = zoom_mpp(12) * 1.2
    here = view(W, H, mpp, 10.0)
    there = view(W, H, mpp, 10.0, cx=37.0 * mpp, cy=-21.0 * mpp)
    for t in (here, there):
        paint(layer, t, W, H, mpp, projection)
        qtbot.waitUntil(lambda: not layer.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not layer.moving, timeout=WAIT_MS)
    paint(layer, there, W, H, mpp, projection)
    assert not layer.moving  # the same view again: still, drawn smooth
    asked: list[bool] = []
    layer.changed.connect(lambda: asked.append(layer.moving))
    image = paint(layer, here, W, H, mpp, projection)
    assert layer.moving
    # Unsmoothed, each pixel still shows the tile at its lon/lat.
    points = clear_points(here, projection, W, H, 12)
    assert len(points) > 50
    assert [(x, y) for x, y, t in points if rgb(image, x, y) != colour_of(*t)] == []
    # Once still, the layer asks for a frame, which is drawn smooth.
    qtbot.waitUntil(lambda: not layer.moving, timeout=WAIT_MS)
    assert asked[-1] is False
