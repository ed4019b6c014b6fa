"""MBTiles files made by the test: tiles by XYZ number, the TMS row flip, metadata, damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from navapp.maps.mbtiles import MBTilesSource, parse_bounds
from navapp.maps.source import MAX_TILE_BYTES, MapSourceError
from navapp.maps.tiles import LonLatBox
from tests.unit.maps.tilefiles import colour_of, png, png_colour, write_mbtiles

META = {
    "name": "Erg Chebbi",
    "attribution": "Map data © OpenStreetMap contributors",
    "format": "png",
    "minzoom": "1",
    "maxzoom": "3",
    "bounds": "-4.1,30.9,-3.9,31.3",
}


def pyramid(low: int, high: int) -> dict[tuple[int, int, int], bytes | str]:
    return {
        (z, x, y): png(colour_of(z, x, y))
        for z in range(low, high + 1)
        for x in range(1 << z)
        for y in range(1 << z)
    }


@pytest.fixture
def mbtiles(tmp_path: Path) -> Path:
    return write_mbtiles(tmp_path / "erg.mbtiles", pyramid(1, 3), META)


def test_tiles_come_back_by_xyz_number_with_the_tms_row_flipped(mbtiles: Path) -> None:
    src = MBTilesSource(mbtiles)
    for z, x, y in [(1, 0, 0), (1, 1, 0), (2, 1, 3), (3, 5, 2), (3, 7, 0)]:
        data = src.tile(z, x, y)
        assert data is not None
        assert png_colour(data) == colour_of(z, x, y)
    # Stored as TMS: the raw row of XYZ 3/5/2 is 8 - 1 - 2 = 5.
    db = sqlite3.connect(mbtiles)
    raw = db.execute(
        "SELECT tile_data FROM tiles WHERE zoom_level=3 AND tile_column=5 AND tile_row=5"
    ).fetchone()[0]
    db.close()
    assert src.tile(3, 5, 2) == raw
    src.close()


def test_metadata_name_attribution_format_zooms_and_bounds(mbtiles: Path) -> None:
    src = MBTilesSource(mbtiles)
    assert src.name == "Erg Chebbi"
    assert src.attribution == "Map data © OpenStreetMap contributors"
    assert src.format == "png"
    assert (src.min_zoom, src.max_zoom) == (1, 3)
    assert src.bounds == LonLatBox(-4.1, 30.9, -3.9, 31.3)
    assert src.warnings == []
    src.close()


def test_missing_tiles_and_zooms_outside_the_file_are_none(mbtiles: Path) -> None:
    src = MBTilesSource(mbtiles)
    assert src.tile(0, 0, 0) is None  # below minzoom
    assert src.tile(4, 0, 0) is None  # above maxzoom
    assert src.tile(2, 4, 0) is None  # off the world
    assert src.tile(-1, 0, 0) is None
    src.close()


def test_the_file_is_opened_read_only(mbtiles: Path) -> None:
    before = mbtiles.read_bytes()
    src = MBTilesSource(mbtiles)
    with pytest.raises(sqlite3.Error):
        src._db.execute("DELETE FROM tiles")
    src.close()
    assert mbtiles.read_bytes() == before


def test_without_metadata_zooms_come_from_the_tiles_with_a_warning(tmp_path: Path) -> None:
    path = write_mbtiles(tmp_path / "bare.mbtiles", pyramid(2, 2), with_metadata=False)
    src = MBTilesSource(path)
    assert src.name == "bare"
    assert (src.min_zoom, src.max_zoom) == (2, 2)
    assert src.bounds is None
    assert src.warnings == ["no metadata table: name, zooms and bounds are guessed"]
    assert src.tile(2, 1, 1) is not None
    src.close()


def test_bad_zooms_and_bounds_in_the_metadata_are_warned_and_done_without(tmp_path: Path) -> None:
    meta = {**META, "minzoom": "x", "bounds": "1,2,3"}
    src = MBTilesSource(write_mbtiles(tmp_path / "m.mbtiles", pyramid(1, 2), meta))
    assert (src.min_zoom, src.max_zoom) == (1, 2)
    assert src.bounds is None
    assert src.warnings == [
        "bad minzoom/maxzoom in the metadata: taken from the tiles",
        "bad bounds '1,2,3' in the metadata: ignored",
    ]
    src.close()


def test_parse_bounds() -> None:
    assert parse_bounds("-4.1, 30.9, -3.9, 31.3") == LonLatBox(-4.1, 30.9, -3.9, 31.3)
    assert parse_bounds("-180,-90,180,90") == LonLatBox(
        -180, -85.0511287798066, 180, 85.0511287798066
    )
    for bad in ("", "a,b,c,d", "0,10,1,5", "0,0,200,1", "nan,0,1,1", "1,2,3,4,5"):
        assert parse_bounds(bad) is None


def one_line(err: pytest.ExceptionInfo[MapSourceError], path: Path, text: str) -> None:
    assert str(err.value) == f"{path}: {text}"
    assert "\n" not in str(err.value)
    assert err.value.where == str(path)


def test_files_that_are_not_mbtiles_get_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "none.mbtiles"
    with pytest.raises(MapSourceError) as err:
        MBTilesSource(missing)
    one_line(err, missing, "no such file")

    text = tmp_path / "text.mbtiles"
    text.write_text("hello, not a database at all " * 10)
    with pytest.raises(MapSourceError) as err:
        MBTilesSource(text)
    one_line(err, text, "not an MBTiles map (not an SQLite database)")

    other = tmp_path / "other.mbtiles"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE roads (id INTEGER)")
    db.commit()
    db.close()
    with pytest.raises(MapSourceError) as err:
        MBTilesSource(other)
    one_line(err, other, "not an MBTiles map: it has no tiles table")

    wrong = tmp_path / "wrong.mbtiles"
    db = sqlite3.connect(wrong)
    db.execute("CREATE TABLE tiles (a, b)")
    db.commit()
    db.close()
    with pytest.raises(MapSourceError) as err:
        MBTilesSource(wrong)
    one_line(err, wrong, "not an MBTiles map (no such column: zoom_level)")

    with pytest.raises(MapSourceError) as err:
        MBTilesSource(tmp_path)
    one_line(err, tmp_path, "is a folder, not a map file")


def test_vector_and_unknown_formats_are_refused(tmp_path: Path) -> None:
    path = write_mbtiles(tmp_path / "v.mbtiles", pyramid(0, 0), {**META, "format": "pbf"})
    with pytest.raises(MapSourceError) as err:
        MBTilesSource(path)
    one_line(err, path, "holds vector tiles; navapp draws raster maps only")
    path = write_mbtiles(tmp_path / "t.mbtiles", pyramid(0, 0), {**META, "format": "tiff"})
    with pytest.raises(MapSourceError) as err:
        MBTilesSource(path)
    one_line(err, path, "unknown tile format 'tiff'")


def test_damaged_tiles_are_one_line_errors(tmp_path: Path) -> None:
    tiles = pyramid(1, 1)
    tiles[(1, 0, 0)] = b"GIF89a not what a map file should hold"
    tiles[(1, 0, 1)] = "some text"
    tiles[(1, 1, 0)] = b"\x89PNG\r\n\x1a\n" + bytes(MAX_TILE_BYTES)
    path = write_mbtiles(tmp_path / "d.mbtiles", tiles, {**META, "minzoom": "1", "maxzoom": "1"})
    src = MBTilesSource(path)
    with pytest.raises(MapSourceError) as err:
        src.tile(1, 0, 0)
    one_line(err, path, "tile 1/0/0 is not a PNG, JPEG or WebP image")
    with pytest.raises(MapSourceError) as err:
        src.tile(1, 0, 1)
    one_line(err, path, "tile 1/0/1 is not an image but text")
    with pytest.raises(MapSourceError) as err:
        src.tile(1, 1, 0)
    one_line(
        err, path, f"tile 1/1/0 is {MAX_TILE_BYTES + 8} bytes, over the {MAX_TILE_BYTES} limit"
    )
    assert src.tile(1, 1, 1) is not None  # the good tile beside them still reads
    src.close()


def test_a_truncated_file_is_one_line(tmp_path: Path) -> None:
    big = {(4, x, y): png(colour_of(4, x, y), 32) for x in range(16) for y in range(16)}
    path = write_mbtiles(tmp_path / "cut.mbtiles", big, {**META, "minzoom": "4", "maxzoom": "4"})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(MapSourceError) as err:
        src = MBTilesSource(path)
        for x in range(16):
            for y in range(16):
                src.tile(4, x, y)
    assert str(err.value).startswith(f"{path}: ")
    assert "\n" not in str(err.value)


def test_a_file_name_with_uri_characters_opens(tmp_path: Path) -> None:
    # The read-only URI must quote the name, or "?" and "#" would cut it short.
    folder = tmp_path / "maps 100% ok"
    folder.mkdir()
    path = write_mbtiles(folder / "erg?mode=rw#1.mbtiles", pyramid(1, 1), META)
    src = MBTilesSource(path)
    assert src.tile(1, 0, 0) is not None
    src.close()
    assert sorted(p.name for p in folder.iterdir()) == ["erg?mode=rw#1.mbtiles"]


def test_a_file_without_the_tile_index_is_warned_about(tmp_path: Path) -> None:
    path = write_mbtiles(tmp_path / "slow.mbtiles", pyramid(1, 1), META, with_index=False)
    src = MBTilesSource(path)
    assert src.warnings == ["no tile index: tiles load slowly from a large file"]
    assert src.tile(1, 1, 1) is not None
    src.close()


def test_the_common_schema_of_a_tiles_view_over_map_and_images(tmp_path: Path) -> None:
    # What mbutil and other tools write: de-duplicated images, and "tiles" as a view.
    path = tmp_path / "view.mbtiles"
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT);
        CREATE TABLE images (tile_data BLOB, tile_id TEXT);
        CREATE UNIQUE INDEX map_index ON map (zoom_level, tile_column, tile_row);
        CREATE UNIQUE INDEX images_id ON images (tile_id);
        CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column,
            map.tile_row AS tile_row, images.tile_data AS tile_data
            FROM map JOIN images ON images.tile_id = map.tile_id;
        CREATE TABLE metadata (name TEXT, value TEXT);
        INSERT INTO metadata VALUES ('format', 'png');
        """
    )
    for (z, x, y), data in pyramid(0, 2).items():
        db.execute("INSERT INTO map VALUES (?, ?, ?, ?)", (z, x, (1 << z) - 1 - y, f"{z}-{x}-{y}"))
        db.execute("INSERT INTO images VALUES (?, ?)", (data, f"{z}-{x}-{y}"))
    db.commit()
    db.close()
    src = MBTilesSource(path)
    assert src.warnings == []
    assert (src.min_zoom, src.max_zoom) == (0, 2)
    data = src.tile(2, 3, 0)
    assert data is not None and png_colour(data) == colour_of(2, 3, 0)
    src.close()
