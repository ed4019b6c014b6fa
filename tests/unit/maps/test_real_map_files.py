"""Map files written by other tools: QGIS's PMTiles of Mount Whitney, the PMTiles project's
Stamen Toner world, and node-mbtiles' world MBTiles and damaged file."""

from __future__ import annotations

from pathlib import Path

import pytest

from navapp.maps.files import open_map_file
from navapp.maps.source import (
    MapSourceError,
    image_format,
    image_size,
    tile_size,
    tile_size_of,
)
from navapp.maps.tiles import (
    ZoomedOutError,
    ground_resolution,
    source_zoom,
    tile_at,
    tiles_covering,
)

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


WHITNEY = DATA / "protomaps_usgs-mt-whitney-8-15-webp-512.pmtiles"
SUMMIT = (36.5785, -118.2923)


@pytest.mark.parametrize(
    ("name", "edge"),
    [
        ("protomaps_usgs-mt-whitney-8-15-webp-512.pmtiles", 512),
        ("protomaps_stamen_toner_z3.pmtiles", 256),
        ("node-mbtiles_plain_1.mbtiles", 256),
    ],
)
def test_the_tile_size_is_read_from_the_tiles(name: str, edge: int) -> None:
    src = open_map_file(DATA / name)
    try:
        assert src.tile_size == edge
        assert tile_size(src) == edge
        t = tile_at(SUMMIT[1], SUMMIT[0], src.max_zoom)
        data = src.tile(*t) or src.tile(src.min_zoom, 0, 0)
        assert image_size(data or b"") == (edge, edge)
    finally:
        src.close()


def test_image_sizes_from_headers_of_each_format() -> None:
    from tests.unit.maps.tilefiles import png

    assert image_size(png((1, 2, 3), 256)) == (256, 256)
    assert tile_size_of(png((1, 2, 3), 256)) == 256
    assert image_size(png((1, 2, 3))) == (4, 4)
    assert tile_size_of(png((1, 2, 3))) is None  # no map's tile: taken as the usual 256
    # A baseline JPEG's header: SOI, an APP0 segment, then SOF0 with 8-bit samples, 300 x 200.
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = b"\xff\xc0\x00\x11\x08" + (200).to_bytes(2, "big") + (300).to_bytes(2, "big") + b"\x03"
    assert image_size(b"\xff\xd8" + app0 + sof0 + b"\x00" * 12) == (300, 200)
    # A lossless WebP of 512 x 512 (14-bit sizes less one).
    bits = (511 | (511 << 14)).to_bytes(4, "little")
    vp8l = b"RIFF\x00\x00\x00\x00WEBPVP8L\x00\x00\x00\x00\x2f" + bits + b"\x00" * 8
    assert image_size(vp8l) == (512, 512)
    assert tile_size_of(vp8l) == 512
    assert image_size(b"GIF89a" + b"\x00" * 40) is None
    assert tile_size_of(b"\xff\xd8" + app0 + sof0 + b"\x00" * 12) is None  # not square


@pytest.mark.parametrize(
    ("view_zoom", "expected"),
    # A view's zoom as 256 px tiles would give it; the 512 px tiles are one level coarser.
    [(15.0, 14), (14.0, 13), (16.0, 15), (19.0, 15), (9.0, 8), (8.0, 8)],
)
def test_512_px_tiles_are_drawn_one_level_coarser(view_zoom: float, expected: int) -> None:
    mpp = ground_resolution(SUMMIT[0], view_zoom)
    assert source_zoom(mpp, SUMMIT[0], 8, 15, 512) == expected
    # a tile pixel is then about one screen pixel: between 0.71 and 1.41
    if 9.0 <= view_zoom <= 16.0:
        assert 0.7 < ground_resolution(SUMMIT[0], expected, 512) / mpp < 1.42


def test_a_view_far_coarser_than_the_first_zoom_shows_no_tiles() -> None:
    # 512 px tiles from zoom 8: a view at 256 px zoom 8 is one level out (drawn at half size);
    # two levels out is too far.
    assert source_zoom(ground_resolution(SUMMIT[0], 8.0), SUMMIT[0], 8, 15, 512) == 8
    with pytest.raises(ZoomedOutError, match="its tiles start at zoom 8; this view is at zoom 5"):
        source_zoom(ground_resolution(SUMMIT[0], 6.0), SUMMIT[0], 8, 15, 512)
