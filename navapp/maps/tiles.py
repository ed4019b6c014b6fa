"""Web Mercator tile maths: which tiles cover a box, a tile's bounds, pixels and lon/lat.

A thin layer over ``mercantile`` so the rest of navapp speaks ``TileId(z, x, y)`` (XYZ
numbering, y down from the north) and never mercantile's own types.
"""

from __future__ import annotations

import itertools
import math
from typing import NamedTuple

import mercantile

from navapp.core.i18n import translate
from navapp.errors import NavappError

# The zoom levels navapp asks any source for: 0 is the world in one tile; beyond 22 a tile is
# under 4 cm, which no map source offers and no screen needs.
MIN_ZOOM = 0
MAX_ZOOM = 22
# The latitudes Web Mercator can show (the square world's edge).
MAX_LAT = 85.0511287798066
# Pixels along a tile's edge.
TILE_SIZE = 256
# How many levels coarser than a source's first zoom a view may be and still show that zoom's
# tiles (shrunk to 0.35x-0.71x). Further out the tiles would be too small to read and there
# would be 16 times as many per level: the map shows nothing and asks to zoom in.
ZOOM_OUT_LEVELS = 1
# Most tiles one request may cover: a 4K screen at any zoom needs under 600.
MAX_TILES = 4096

_HALF_WORLD_M: float = math.pi * mercantile.RE  # metres from the Mercator origin to the edge


class TileId(NamedTuple):
    """One tile: zoom ``z``, column ``x`` from the antimeridian eastward, row ``y`` from the
    north edge southward (the XYZ scheme)."""

    z: int
    x: int
    y: int


class LonLatBox(NamedTuple):
    """A box in degrees (WGS84): west, south, east, north."""

    west: float
    south: float
    east: float
    north: float


class TileRangeError(NavappError):
    """A tile request navapp refuses: a zoom out of range, a tile off the world, too many."""


class ZoomedOutError(TileRangeError):
    """A view too far out for a source's first zoom (see :data:`ZOOM_OUT_LEVELS`)."""


def check_zoom(z: int) -> int:
    """``z`` when it is a zoom navapp uses, else a :class:`TileRangeError`."""
    if not MIN_ZOOM <= z <= MAX_ZOOM:
        raise TileRangeError(
            translate("Tiles", "zoom {zoom} is outside {low}..{high}").format(
                zoom=z, low=MIN_ZOOM, high=MAX_ZOOM
            )
        )
    return z


def clamp_zoom(z: int, low: int = MIN_ZOOM, high: int = MAX_ZOOM) -> int:
    """``z`` brought within ``low``..``high`` (and within navapp's own limits)."""
    return max(MIN_ZOOM, low, min(MAX_ZOOM, high, z))


def is_valid(tile: TileId) -> bool:
    """Whether ``tile`` is a tile of the world at a zoom navapp uses."""
    z, x, y = tile
    return MIN_ZOOM <= z <= MAX_ZOOM and 0 <= x < (1 << z) and 0 <= y < (1 << z)


def tile_at(lon: float, lat: float, z: int) -> TileId:
    """The tile holding ``lon``, ``lat`` at zoom ``z`` (latitudes clamped to the map's edge)."""
    t = mercantile.tile(lon, max(-MAX_LAT, min(MAX_LAT, lat)), check_zoom(z))
    # mercantile gives the tile past the edge for lon 180 or lat -MAX_LAT exactly.
    n = (1 << z) - 1
    return TileId(z, min(t.x, n), min(t.y, n))


def tiles_covering(box: LonLatBox, z: int, limit: int = MAX_TILES) -> list[TileId]:
    """The tiles at zoom ``z`` that overlap ``box``, row by row from the north-west.

    A box crossing the antimeridian has ``west > east``. Latitudes beyond the map's edge are
    clamped. More than ``limit`` tiles is a :class:`TileRangeError`, never a long wait.
    """
    check_zoom(z)
    if not all(math.isfinite(v) for v in box):
        raise TileRangeError(translate("Tiles", "box {box} is not finite").format(box=tuple(box)))
    if box.south > box.north:
        raise TileRangeError(
            translate("Tiles", "box south {south} is north of its north {north}").format(
                south=box.south, north=box.north
            )
        )
    tiles = mercantile.tiles(box.west, box.south, box.east, box.north, [z], truncate=True)
    found = [TileId(t.z, t.x, t.y) for t in itertools.islice(tiles, limit + 1)]
    if len(found) > limit:
        raise TileRangeError(
            translate("Tiles", "the box needs more than {limit} tiles at zoom {zoom}").format(
                limit=limit, zoom=z
            )
        )
    return found


def tile_bounds(tile: TileId) -> LonLatBox:
    """The box ``tile`` covers, in degrees."""
    if not is_valid(tile):
        raise TileRangeError(
            translate("Tiles", "no tile {z}/{x}/{y}").format(z=tile.z, x=tile.x, y=tile.y)
        )
    b = mercantile.bounds(tile.x, tile.y, tile.z)
    return LonLatBox(b.west, b.south, b.east, b.north)


def world_pixels(z: int, tile_size: int = TILE_SIZE) -> int:
    """The width (and height) of the whole world in pixels at zoom ``z``."""
    return tile_size << check_zoom(z)


def lonlat_to_pixel(
    lon: float, lat: float, z: float, tile_size: int = TILE_SIZE
) -> tuple[float, float]:
    """The world pixel of ``lon``, ``lat`` at zoom ``z``: from the north-west corner of the
    world, x east and y south. ``z`` may be fractional (a zoom between two tile levels)."""
    mx, my = mercantile.xy(lon, max(-MAX_LAT, min(MAX_LAT, lat)))
    scale = tile_size * math.pow(2.0, z) / (2 * _HALF_WORLD_M)
    return (mx + _HALF_WORLD_M) * scale, (_HALF_WORLD_M - my) * scale


def pixel_to_lonlat(
    px: float, py: float, z: float, tile_size: int = TILE_SIZE
) -> tuple[float, float]:
    """The lon/lat of the world pixel ``px``, ``py`` at zoom ``z`` (the inverse of
    :func:`lonlat_to_pixel`)."""
    scale = tile_size * math.pow(2.0, z) / (2 * _HALF_WORLD_M)
    ll = mercantile.lnglat(px / scale - _HALF_WORLD_M, _HALF_WORLD_M - py / scale)
    return ll.lng, ll.lat


def ground_resolution(lat: float, z: float, tile_size: int = TILE_SIZE) -> float:
    """Metres on the ground per tile pixel at latitude ``lat`` and zoom ``z``."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    return math.cos(math.radians(lat)) * 2 * _HALF_WORLD_M / (tile_size * math.pow(2.0, z))


def zoom_for_resolution(m_per_px: float, lat: float, tile_size: int = TILE_SIZE) -> float:
    """The (fractional) zoom at which a tile pixel covers ``m_per_px`` metres at ``lat``: the
    inverse of :func:`ground_resolution`, for a map view drawn in metres."""
    if not (math.isfinite(m_per_px) and m_per_px > 0):
        raise TileRangeError(
            translate("Tiles", "no zoom for {m_per_px} metres per pixel").format(m_per_px=m_per_px)
        )
    return math.log2(ground_resolution(lat, 0, tile_size) / m_per_px)


def tile_zoom(
    m_per_px: float,
    lat: float,
    low: int = MIN_ZOOM,
    high: int = MAX_ZOOM,
    tile_size: int = TILE_SIZE,
) -> int:
    """The tile level to draw a view of ``m_per_px`` metres per pixel at ``lat`` with: the
    nearest level (tiles drawn at 0.71x to 1.41x), within ``low``..``high`` (a source's
    zooms; past its last level its tiles are drawn enlarged)."""
    return clamp_zoom(round(zoom_for_resolution(m_per_px, lat, tile_size)), low, high)


def source_zoom(
    m_per_px: float, lat: float, low: int, high: int, tile_size: int = TILE_SIZE
) -> int:
    """The tile level of a source with zooms ``low``..``high`` and tiles of ``tile_size``
    pixels to draw a view of ``m_per_px`` at ``lat`` with: :func:`tile_zoom`, past the last
    level that level enlarged; a :class:`ZoomedOutError` when the view is more than
    :data:`ZOOM_OUT_LEVELS` coarser than the first level."""
    z = round(zoom_for_resolution(m_per_px, lat, tile_size))
    if z < low - ZOOM_OUT_LEVELS:
        raise ZoomedOutError(
            translate("Tiles", "its tiles start at zoom {low}; this view is at zoom {zoom}").format(
                low=low, zoom=max(z, 0)
            )
        )
    return clamp_zoom(z, low, high)


def parent(tile: TileId, levels: int = 1) -> TileId:
    """The tile ``levels`` zooms up that holds ``tile`` (to draw scaled while it loads)."""
    if not is_valid(tile) or not 0 <= levels <= tile.z:
        raise TileRangeError(
            translate("Tiles", "no parent {levels} up of tile {z}/{x}/{y}").format(
                levels=levels, z=tile.z, x=tile.x, y=tile.y
            )
        )
    return TileId(tile.z - levels, tile.x >> levels, tile.y >> levels)


def tms_row(tile: TileId) -> int:
    """The row of ``tile`` in the TMS scheme (y up from the south), as MBTiles stores it."""
    return (1 << tile.z) - 1 - tile.y
