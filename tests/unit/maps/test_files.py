"""Offline map files are opened by their content, whatever their name."""

from __future__ import annotations

from pathlib import Path

import pytest

from navapp.maps.files import open_map_file
from navapp.maps.mbtiles import MBTilesSource
from navapp.maps.pmtiles import PMTilesSource
from navapp.maps.source import MapSourceError
from tests.unit.maps.tilefiles import png, write_mbtiles, write_pmtiles


def test_each_kind_is_known_by_its_content(tmp_path: Path) -> None:
    tiles = {(0, 0, 0): png((9, 9, 9))}
    mb = open_map_file(write_mbtiles(tmp_path / "map.dat", dict(tiles), {"format": "png"}))
    assert isinstance(mb, MBTilesSource) and mb.tile(0, 0, 0) == png((9, 9, 9))
    mb.close()
    pm = open_map_file(write_pmtiles(tmp_path / "map.mbtiles", tiles))
    assert isinstance(pm, PMTilesSource) and pm.tile(0, 0, 0) == png((9, 9, 9))
    pm.close()


def test_anything_else_is_one_line(tmp_path: Path) -> None:
    other = tmp_path / "photo.pmtiles"
    other.write_bytes(png((1, 1, 1)))
    with pytest.raises(MapSourceError) as err:
        open_map_file(other)
    assert str(err.value) == f"{other}: not a map file navapp reads (MBTiles or PMTiles)"
    with pytest.raises(MapSourceError, match="no such file"):
        open_map_file(tmp_path / "none.mbtiles")
    with pytest.raises(MapSourceError, match="is a folder"):
        open_map_file(tmp_path)


def test_worker_threads_read_one_file_at_once(tmp_path: Path) -> None:
    # The map view decodes tiles off the GUI thread: several readers share one source.
    from concurrent.futures import ThreadPoolExecutor

    from tests.unit.maps.tilefiles import colour_of, png_colour

    tiles = {(4, x, y): png(colour_of(4, x, y)) for x in range(16) for y in range(16)}
    for path in (
        write_mbtiles(tmp_path / "t.mbtiles", dict(tiles), {"format": "png"}),
        write_pmtiles(tmp_path / "t.pmtiles", tiles),
    ):
        src = open_map_file(path)
        with ThreadPoolExecutor(4) as pool:
            got = list(pool.map(lambda k, s=src: s.tile(*k), list(tiles) * 4))
        assert [png_colour(g) for g in got if g is not None] == [
            colour_of(*k) for k in list(tiles) * 4
        ]
        src.close()
