"""Tiles are kept in the format the screen is painted in, whatever the file holds: a palette
PNG (most tile servers' format) drawn as decoded is converted again at every draw."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from navapp.gui.common.tile_loader import TileLoader
from navapp.maps.mbtiles import MBTilesSource
from navapp.maps.tiles import TileId
from tests.unit.maps.tilefiles import write_mbtiles

WAIT_MS = 5000


def _png(colour: QColor, fmt: QImage.Format) -> bytes:
    opaque = colour.alpha() == 255
    image = QImage(8, 8, QImage.Format.Format_RGB32 if opaque else QImage.Format.Format_ARGB32)
    image.fill(colour)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.convertToFormat(fmt).save(buf, "PNG")
    return bytes(data.data())


def test_tiles_are_kept_in_the_format_the_screen_is_painted_in(
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
            QImage.Format.Format_ARGB32_Premultiplied
        ] * 3
        for image, colour in zip(images, (opaque, opaque, see_through), strict=True):
            assert image is not None
            got = image.pixelColor(3, 3)
            assert (got.red(), got.green(), got.blue(), got.alpha()) == colour.getRgb()
    finally:
        loader.close()
        loader.source.close()
