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
