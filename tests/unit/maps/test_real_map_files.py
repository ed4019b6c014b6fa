"""Map files written by other tools: QGIS's PMTiles of Mount Whitney, the PMTiles project's
Stamen Toner world, and node-mbtiles' world MBTiles and damaged file."""

from __future__ import annotations

from pathlib import Path

import pytest

from navapp.maps.files import open_map_file
from navapp.maps.source import MapSourceError, image_format
from navapp.maps.tiles import tile_at, tiles_covering

DATA = Path(__file__).resolve().parents[2] / "data"


def test_qgis_pmtiles_of_mount_whitney() -> None:
    src = open_map_file(DATA / "protomaps_usgs-mt-whitney-8-15-webp-512.pmtiles")
    try:
        assert (src.min_zoom, src.max_zoom) == (8, 15)
        b = src.bounds
        assert b is not None
        # Mount Whitney's summit, 36.5785 N 118.2923 W, is inside the map
        assert b.west < -118.2923 < b.east and b.south < 36.5785 < b.north
        assert b.east - b.west == pytest.approx(0.0591, abs=1e-3)
        assert "QGIS" in src.attribution
        summit = tile_at(-118.2923, 36.5785, 15)
        data = src.tile(*summit)
        assert data is not None and image_format(data) == "webp"
        # every tile covering the bounds at the closest zoom is in the file
        tiles = tiles_covering(b, 15)
        assert len(tiles) == 30
        assert all(src.tile(*t) is not None for t in tiles)
        # outside the map: no tile, no error
        assert src.tile(*tile_at(2.35, 48.85, 15)) is None
    finally:
        src.close()


def test_stamen_toner_world_pmtiles() -> None:
    src = open_map_file(DATA / "protomaps_stamen_toner_z3.pmtiles")
    try:
        assert (src.min_zoom, src.max_zoom) == (0, 3)
        tiles = tiles_covering(src.bounds, 3) if src.bounds else []
        assert len(tiles) == 64
        data = src.tile(3, 4, 3)
        assert data is not None and image_format(data) == "png"
        assert src.tile(4, 8, 8) is None  # beyond its zooms
    finally:
        src.close()


def test_node_mbtiles_world() -> None:
    src = open_map_file(DATA / "node-mbtiles_plain_1.mbtiles")
    try:
        assert (src.min_zoom, src.max_zoom) == (0, 4)
        assert src.name == "plain_1"
        # rows are stored TMS (south up) and read XYZ: tile y=0 is the north
        n, s = src.tile(2, 1, 0), src.tile(2, 1, 3)
        assert n is not None and s is not None and n != s
        assert image_format(n) == "png"
        assert sum(src.tile(4, x, y) is not None for x in range(16) for y in range(16)) == 208
    finally:
        src.close()


def test_node_mbtiles_damaged_file_is_one_line() -> None:
    with pytest.raises(MapSourceError) as e:
        open_map_file(DATA / "node-mbtiles_corrupt.mbtiles")
    assert "damaged" in str(e.value) and "\n" not in str(e.value)
