"""Tile maths against values worked out by hand and from mercantile's documentation."""

from __future__ import annotations

import pytest

from navapp.maps.tiles import (
    MAX_LAT,
    LonLatBox,
    TileId,
    TileRangeError,
    check_zoom,
    clamp_zoom,
    ground_resolution,
    lonlat_to_pixel,
    parent,
    pixel_to_lonlat,
    tile_at,
    tile_bounds,
    tile_zoom,
    tiles_covering,
    tms_row,
    world_pixels,
    zoom_for_resolution,
)

PARIS = (2.3522, 48.8566)


def test_paris_is_in_tile_518_352_at_zoom_10() -> None:
    # x = floor((2.3522 + 180) / 360 * 1024) = 518; y from the Mercator row formula = 352.35.
    assert tile_at(*PARIS, 10) == TileId(10, 518, 352)
    assert tile_at(*PARIS, 0) == TileId(0, 0, 0)


def test_tile_bounds_match_mercantiles_documented_example() -> None:
    # mercantile's README: bounds(486, 332, 10).
    b = tile_bounds(TileId(10, 486, 332))
    assert b.west == pytest.approx(-9.140625, abs=1e-12)
    assert b.east == pytest.approx(-8.7890625, abs=1e-12)
    assert b.north == pytest.approx(53.33087298301705, abs=1e-9)
    assert b.south == pytest.approx(53.12040528310657, abs=1e-9)


def test_the_world_tile_reaches_the_mercator_edge() -> None:
    b = tile_bounds(TileId(0, 0, 0))
    assert (b.west, b.east) == (-180.0, 180.0)
    assert b.north == pytest.approx(MAX_LAT, abs=1e-9)
    assert b.south == pytest.approx(-MAX_LAT, abs=1e-9)


def test_tiles_covering_a_box_row_by_row() -> None:
    # The four tiles of zoom 1 meet at 0,0; a box around it touches all of them.
    box = LonLatBox(-1.0, -1.0, 1.0, 1.0)
    assert sorted(tiles_covering(box, 1)) == [
        TileId(1, 0, 0),
        TileId(1, 0, 1),
        TileId(1, 1, 0),
        TileId(1, 1, 1),
    ]
    # A tile's own bounds give exactly that tile.
    t = TileId(10, 518, 352)
    assert tiles_covering(tile_bounds(t), 10) == [t]


def test_tiles_covering_crosses_the_antimeridian_and_clamps_the_poles() -> None:
    box = LonLatBox(170.0, 80.0, -170.0, 89.9)
    found = tiles_covering(box, 2)
    assert sorted(found) == [TileId(2, 0, 0), TileId(2, 3, 0)]


def test_too_many_tiles_or_a_bad_box_is_refused_in_one_line() -> None:
    with pytest.raises(TileRangeError, match="more than 4096 tiles at zoom 12"):
        tiles_covering(LonLatBox(-180, -80, 180, 80), 12)
    with pytest.raises(TileRangeError, match="north of its north"):
        tiles_covering(LonLatBox(0, 10, 1, 5), 3)
    with pytest.raises(TileRangeError, match="not finite"):
        tiles_covering(LonLatBox(0, float("nan"), 1, 5), 3)


def test_zoom_limits() -> None:
    assert check_zoom(0) == 0
    assert check_zoom(22) == 22
    for bad in (-1, 23):
        with pytest.raises(TileRangeError, match=f"zoom {bad} is outside 0..22"):
            check_zoom(bad)
    assert clamp_zoom(25) == 22
    assert clamp_zoom(-3) == 0
    assert clamp_zoom(15, 3, 12) == 12
    assert clamp_zoom(1, 3, 12) == 3
    with pytest.raises(TileRangeError):
        tile_bounds(TileId(2, 4, 0))


def test_pixels_at_zoom_0_and_round_trip() -> None:
    assert world_pixels(0) == 256
    assert world_pixels(10) == 256 * 1024
    px, py = lonlat_to_pixel(0.0, 0.0, 0)
    assert (px, py) == pytest.approx((128.0, 128.0), abs=1e-9)
    px, py = lonlat_to_pixel(-180.0, MAX_LAT, 3)
    assert (px, py) == pytest.approx((0.0, 0.0), abs=1e-6)
    # Paris at zoom 10 lies inside tile 518/352, 256 px to a tile.
    px, py = lonlat_to_pixel(*PARIS, 10)
    assert 518 * 256 <= px < 519 * 256
    assert 352 * 256 <= py < 353 * 256
    lon, lat = pixel_to_lonlat(px, py, 10)
    assert (lon, lat) == pytest.approx(PARIS, abs=1e-9)
    # A fractional zoom and a 512 px tile scale the same world.
    assert lonlat_to_pixel(*PARIS, 10.5, 512)[0] == pytest.approx(px * 2 * 2**0.5, rel=1e-12)


def test_parent_and_tms_row() -> None:
    assert parent(TileId(10, 518, 352)) == TileId(9, 259, 176)
    assert parent(TileId(10, 518, 352), 10) == TileId(0, 0, 0)
    with pytest.raises(TileRangeError):
        parent(TileId(1, 0, 0), 2)
    assert tms_row(TileId(10, 518, 352)) == 1023 - 352
    assert tms_row(TileId(0, 0, 0)) == 0


def test_ground_resolution_and_the_zoom_for_a_view() -> None:
    # The well-known 156543.034 m per pixel of the equator at zoom 0.
    assert ground_resolution(0.0, 0) == pytest.approx(156543.03392804097, rel=1e-12)
    assert ground_resolution(60.0, 3) == pytest.approx(156543.03392804097 / 2 / 8, rel=1e-12)
    assert zoom_for_resolution(156543.03392804097 / 1024, 0.0) == pytest.approx(10.0, abs=1e-12)
    # A view of 10 m per pixel at Paris's latitude: zoom log2(156543.03 * cos(48.8566) / 10).
    assert zoom_for_resolution(10.0, PARIS[1]) == pytest.approx(13.3303, abs=1e-4)
    assert tile_zoom(10.0, PARIS[1]) == 13
    assert tile_zoom(10.0, PARIS[1], high=12) == 12
    assert tile_zoom(1e7, 0.0) == 0
    assert tile_zoom(1e-6, 0.0) == 22
    with pytest.raises(TileRangeError, match=r"no zoom for 0\.0 metres per pixel"):
        zoom_for_resolution(0.0, 0.0)
