"""Shared by the map layer tests: map files of coloured tiles around a place, a view of it, and
checks that the colour on screen is the tile expected at that lon/lat."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QPointF, QSizeF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from navapp.core.geodesy import LocalProjection
from navapp.gui.common.map_layer import TileLayer
from navapp.maps.tiles import LonLatBox, TileId, tile_at, tiles_covering
from tests.unit.maps.tilefiles import colour_of, png, write_mbtiles, write_pmtiles

# Merzouga, at the foot of Erg Chebbi.
LAT0, LON0 = 31.08, -4.01
BOX = LonLatBox(LON0 - 0.6, LAT0 - 0.5, LON0 + 0.6, LAT0 + 0.5)
PAPER = (1, 2, 3)  # what the test paints under the map: no tile has this colour


def tile_set(zooms: range, box: LonLatBox = BOX) -> dict[tuple[int, int, int], bytes]:
    """A PNG coloured by :func:`colour_of` for every tile over ``box`` at ``zooms``."""
    return {tuple(t): png(colour_of(*t)) for z in zooms for t in tiles_covering(box, z)}  # type: ignore[misc]


def mbtiles(path: Path, zooms: range, box: LonLatBox = BOX) -> Path:
    meta = {
        "name": "Erg test",
        "format": "png",
        "minzoom": str(zooms.start),
        "maxzoom": str(zooms.stop - 1),
        "attribution": "© test survey",
        "bounds": f"{box.west},{box.south},{box.east},{box.north}",
    }
    return write_mbtiles(path, tile_set(zooms, box), meta)  # type: ignore[arg-type]


def pmtiles(path: Path, zooms: range, box: LonLatBox = BOX) -> Path:
    return write_pmtiles(
        path,
        tile_set(zooms, box),
        {"name": "Erg pm"},
        bounds=(box.west, box.south, box.east, box.north),
    )


def view(
    w: int, h: int, mpp: float, rotation_deg: float = 0.0, cx: float = 0.0, cy: float = 0.0
) -> QTransform:
    """Metres to pixels as the map views make it (y up on the map), turned by
    ``rotation_deg`` clockwise about the screen centre (a course-up map)."""
    s = 1.0 / mpp
    t = QTransform()
    t.translate(w / 2, h / 2)
    t.rotate(rotation_deg)
    t.scale(s, -s)
    t.translate(-cx, -cy)
    return t


def paint(
    layer: TileLayer,
    transform: QTransform,
    w: int,
    h: int,
    mpp: float,
    projection: LocalProjection,
) -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(*PAPER))
    p = QPainter(image)
    layer.paint(p, transform, QSizeF(w, h), mpp, projection)
    p.end()
    return image


def rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    c = image.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


def tile_under(
    transform: QTransform, projection: LocalProjection, x: float, y: float, z: int
) -> TileId:
    inverse, _ok = transform.inverted()
    w = inverse.map(QPointF(x, y))
    lat, lon = projection.to_latlon(w.x(), w.y())
    return tile_at(lon, lat, z)


def clear_points(
    transform: QTransform, projection: LocalProjection, w: int, h: int, z: int, step: int = 23
) -> list[tuple[int, int, TileId]]:
    """Screen points well inside one tile (the same tile 3 px all round), with that tile."""
    out = []
    for y in range(4, h - 4, step):
        for x in range(4, w - 4, step):
            t = tile_under(transform, projection, x, y, z)
            around = {
                tile_under(transform, projection, x + dx, y + dy, z)
                for dx in (-3, 3)
                for dy in (-3, 3)
            }
            if around == {t}:
                out.append((x, y, t))
    return out


def zoom_mpp(z: int, lat: float = LAT0) -> float:
    """Metres per pixel at which tiles of zoom ``z`` are drawn at their own size."""
    return 2 * math.pi * 6378137.0 * math.cos(math.radians(lat)) / (256 * 2**z)


def terrain_png(z: int, x: int, y: int, size: int = 256) -> bytes:
    """A tile of a made-up desert: dunes and a few rocky ridges, shaded from the north-west,
    with contour lines; continuous across tiles and zooms (a function of lon/lat only)."""
    import numpy as np
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    n = 2**z
    i = np.arange(size, dtype=np.float64) + 0.5
    lon = (x + i[None, :] / size) / n * 360.0 - 180.0
    yy = (y + i[:, None] / size) / n
    lat = np.degrees(np.arctan(np.sinh(np.pi * (1.0 - 2.0 * yy))))
    lon, lat = np.broadcast_to(lon, (size, size)), np.broadcast_to(lat, (size, size))
    k = 2 * np.pi
    h = (
        300.0 * np.sin(k * lon * 1.3) * np.cos(k * lat * 1.1)
        + 120.0 * np.sin(k * (lon * 3.0 + lat * 2.0)) ** 2
        + 30.0 * np.sin(k * lon * 11.0 + 2.0 * np.sin(k * lat * 9.0))
        + 10.0 * np.sin(k * (lat * 31.0 - lon * 23.0))
    )
    # Hillshade from the metres per pixel of this zoom, so a slope looks the same at any zoom.
    mpp = 40_075_016.0 * np.cos(np.radians(lat)) / (256 * n)
    gy, gx = np.gradient(h)
    shade = np.clip(0.95 + (gx - gy) / mpp * 6.0, 0.7, 1.1)
    t = np.clip((h + 400.0) / 900.0, 0.0, 1.0)[..., None]
    low, high = np.array([238.0, 220.0, 180.0]), np.array([176.0, 120.0, 76.0])
    rgb = (low * (1 - t) + high * t) * shade[..., None]
    contour = np.abs(((h + 1000.0) % 100.0) - 50.0) > 48.5
    rgb[contour] *= 0.8
    pixels = np.ascontiguousarray(np.clip(rgb, 0, 255).astype(np.uint8))
    image = QImage(pixels.data, size, size, size * 3, QImage.Format.Format_RGB888).copy()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def terrain_mbtiles(path: Path, zooms: range, box: LonLatBox = BOX) -> Path:
    """An MBTiles file of :func:`terrain_png` tiles over ``box`` at ``zooms``."""
    tiles = {tuple(t): terrain_png(*t) for z in zooms for t in tiles_covering(box, z)}
    meta = {
        "name": "Generated desert",
        "format": "png",
        "minzoom": str(zooms.start),
        "maxzoom": str(zooms.stop - 1),
        "attribution": "Generated terrain (test)",
        "bounds": f"{box.west},{box.south},{box.east},{box.north}",
    }
    return write_mbtiles(path, tiles, meta)  # type: ignore[arg-type]
