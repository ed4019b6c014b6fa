"""PMTiles files written by the pmtiles package in the test: tiles, metadata, bounds, damage."""

from __future__ import annotations

import gzip
import json
import struct
from pathlib import Path

import pytest
from pmtiles.tile import TileType

from navapp.maps.pmtiles import PMTilesSource
from navapp.maps.source import MapSourceError
from navapp.maps.tiles import LonLatBox
from tests.unit.maps.tilefiles import colour_of, png, png_colour, write_pmtiles

META = {"name": "Erg Chebbi", "attribution": "© OpenStreetMap contributors"}


def pyramid(low: int, high: int) -> dict[tuple[int, int, int], bytes]:
    return {
        (z, x, y): png(colour_of(z, x, y))
        for z in range(low, high + 1)
        for x in range(1 << z)
        for y in range(1 << z)
    }


@pytest.fixture
def pmtiles(tmp_path: Path) -> Path:
    return write_pmtiles(
        tmp_path / "erg.pmtiles", pyramid(1, 3), META, bounds=(-4.1, 30.9, -3.9, 31.3)
    )


def one_line(err: pytest.ExceptionInfo[MapSourceError], path: Path, text: str) -> None:
    assert str(err.value) == f"{path}: {text}"
    assert err.value.where == str(path)


def test_tiles_come_back_by_xyz_number(pmtiles: Path) -> None:
    src = PMTilesSource(pmtiles)
    for z, x, y in [(1, 0, 0), (1, 1, 0), (2, 1, 3), (3, 5, 2), (3, 7, 0), (3, 0, 7)]:
        data = src.tile(z, x, y)
        assert data is not None
        assert png_colour(data) == colour_of(z, x, y)
    src.close()


def test_header_and_metadata(pmtiles: Path) -> None:
    src = PMTilesSource(pmtiles)
    assert src.name == "Erg Chebbi"
    assert src.attribution == "© OpenStreetMap contributors"
    assert src.format == "png"
    assert (src.min_zoom, src.max_zoom) == (1, 3)
    assert src.bounds is not None
    assert tuple(src.bounds) == pytest.approx((-4.1, 30.9, -3.9, 31.3), abs=1e-7)
    assert src.warnings == []
    src.close()


def test_missing_tiles_are_none(tmp_path: Path) -> None:
    tiles = pyramid(2, 2)
    del tiles[(2, 1, 1)]
    src = PMTilesSource(write_pmtiles(tmp_path / "holes.pmtiles", tiles, {}))
    assert src.tile(2, 1, 1) is None
    assert src.tile(1, 0, 0) is None
    assert src.tile(3, 0, 0) is None
    assert src.tile(2, 9, 0) is None
    assert src.name == "holes"  # no name in the metadata: the file's
    assert src.bounds == LonLatBox(-180.0, -85.0, 180.0, 85.0)
    src.close()


def test_many_tiles_go_through_leaf_directories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The writer splits into leaves of 500 entries (real files do past 16 KiB of root).
    import pmtiles.writer

    monkeypatch.setattr(
        pmtiles.writer,
        "optimize_directories",
        lambda entries, _target: pmtiles.writer.build_roots_leaves(entries, 500),
    )
    tiles = {(6, x, y): png(colour_of(6, x, y)) for x in range(64) for y in range(64)}
    path = write_pmtiles(tmp_path / "leaves.pmtiles", tiles, META)
    src = PMTilesSource(path)
    assert src._header["leaf_directory_length"] > 0
    assert len(src._root) == 9  # 4096 tiles in leaves of 500
    for x, y in [(0, 0), (63, 63), (17, 40), (40, 17), (31, 32)]:
        data = src.tile(6, x, y)
        assert data is not None and png_colour(data) == colour_of(6, x, y)
    assert src.tile(6, 64, 0) is None
    src.close()


def test_vector_pmtiles_are_refused_in_one_line(tmp_path: Path) -> None:
    path = write_pmtiles(tmp_path / "v.pmtiles", {(0, 0, 0): b"\x1a\x00"}, META, TileType.MVT)
    with pytest.raises(MapSourceError) as err:
        PMTilesSource(path)
    one_line(err, path, "holds vector tiles; navapp draws raster maps only")


def test_files_that_are_not_pmtiles_get_one_line(tmp_path: Path) -> None:
    cases = {
        "none.pmtiles": None,
        "empty.pmtiles": b"",
        "text.pmtiles": b"hello world, not a map" * 20,
        "short.pmtiles": b"PMTiles\x03" + bytes(20),
        "v2.pmtiles": b"PMTiles\x02" + bytes(200),
    }
    expected = {
        "none.pmtiles": "no such file",
        "empty.pmtiles": "not a PMTiles map file (empty)",
        "text.pmtiles": "not a PMTiles map file",
        "short.pmtiles": "the PMTiles header is cut off",
        "v2.pmtiles": "PMTiles version 2; navapp reads version 3",
    }
    for name, data in cases.items():
        path = tmp_path / name
        if data is not None:
            path.write_bytes(data)
        with pytest.raises(MapSourceError) as err:
            PMTilesSource(path)
        one_line(err, path, expected[name])


def test_a_cut_off_file_is_one_line(pmtiles: Path) -> None:
    data = pmtiles.read_bytes()
    pmtiles.write_bytes(data[:200])
    with pytest.raises(MapSourceError) as err:
        src = PMTilesSource(pmtiles)
        src.tile(3, 7, 7)
    assert "past the end of the file (cut off?)" in str(err.value)
    assert str(err.value).startswith(f"{pmtiles}: ")


def header_field(path: Path, offset: int, fmt: str, value: int) -> None:
    data = bytearray(path.read_bytes())
    struct.pack_into(fmt, data, offset, value)
    path.write_bytes(bytes(data))


def test_a_huge_tile_length_is_refused_before_reading(tmp_path: Path) -> None:
    # A tile whose directory entry claims 3 GB.
    from pmtiles.tile import Entry, serialize_directory, zxy_to_tileid

    path = write_pmtiles(tmp_path / "huge.pmtiles", pyramid(0, 0), META)
    data = path.read_bytes()
    new_root = serialize_directory([Entry(zxy_to_tileid(0, 0, 0), 0, 3_000_000_000, 1)])
    patched = bytearray(data + new_root)  # the new root at the end of the file
    struct.pack_into("<QQ", patched, 8, len(data), len(new_root))
    path.write_bytes(bytes(patched))
    src = PMTilesSource(path)
    with pytest.raises(MapSourceError) as err:
        src.tile(0, 0, 0)
    one_line(err, path, "tile 0/0/0 is 3000000000 bytes, over the 4194304 limit")
    src.close()


def test_a_gzip_bomb_directory_is_refused(tmp_path: Path) -> None:
    path = write_pmtiles(tmp_path / "bomb.pmtiles", pyramid(0, 0), META)
    data = path.read_bytes()
    bomb = gzip.compress(bytes(80 * 1024 * 1024), compresslevel=1, mtime=0)
    # The bomb becomes the root directory at the end of the file.
    patched = bytearray(data + bomb)
    struct.pack_into("<QQ", patched, 8, len(data), len(bomb))
    path.write_bytes(bytes(patched))
    with pytest.raises(MapSourceError) as err:
        PMTilesSource(path)
    one_line(err, path, "a directory inflates past 67108864 bytes")


def test_a_non_image_tile_and_bad_metadata(tmp_path: Path) -> None:
    tiles = pyramid(1, 1)
    tiles[(1, 0, 0)] = b"<html>not found</html>"
    path = write_pmtiles(tmp_path / "d.pmtiles", tiles, META)
    data = bytearray(path.read_bytes())
    meta_at, meta_len = struct.unpack_from("<QQ", data, 24)
    data[meta_at : meta_at + meta_len] = bytes(meta_len)  # zeroed: not gzip any more
    path.write_bytes(bytes(data))
    src = PMTilesSource(path)
    assert src.warnings == ["unreadable metadata: name and attribution unknown"]
    assert src.name == "d"
    with pytest.raises(MapSourceError) as err:
        src.tile(1, 0, 0)
    one_line(err, path, "tile 1/0/0 is not a PNG, JPEG or WebP image")
    assert src.tile(1, 1, 1) is not None
    src.close()


def test_metadata_that_is_not_an_object_is_ignored(tmp_path: Path) -> None:
    path = write_pmtiles(tmp_path / "l.pmtiles", pyramid(0, 0), META)
    data = path.read_bytes()
    listed = gzip.compress(json.dumps([1, 2]).encode(), mtime=0)
    patched = bytearray(data + listed)
    struct.pack_into("<QQ", patched, 24, len(data), len(listed))
    path.write_bytes(bytes(patched))
    src = PMTilesSource(path)
    assert src.warnings == ["metadata is not a JSON object: ignored"]
    assert src.tile(0, 0, 0) is not None
    src.close()
