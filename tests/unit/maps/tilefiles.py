"""Map files and tiles made by the tests: small PNGs whose colour names the tile, and MBTiles
and PMTiles files holding them."""

from __future__ import annotations

import sqlite3
import struct
import zlib
from pathlib import Path

from pmtiles.tile import Compression, TileType, zxy_to_tileid
from pmtiles.writer import Writer


def png(rgb: tuple[int, int, int], size: int = 4) -> bytes:
    """A ``size`` x ``size`` PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * size
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(row * size))
        + chunk(b"IEND", b"")
    )


def png_colour(data: bytes) -> tuple[int, int, int]:
    """The colour of the first pixel of a PNG made by :func:`png`."""
    assert data.startswith(b"\x89PNG")
    at = data.index(b"IDAT")
    length = struct.unpack(">I", data[at - 4 : at])[0]
    pixels = zlib.decompress(data[at + 4 : at + 4 + length])
    return pixels[1], pixels[2], pixels[3]


def colour_of(z: int, x: int, y: int) -> tuple[int, int, int]:
    """The colour the test tiles give XYZ tile z/x/y, so a tile read back tells which it is:
    unique for 256 columns and rows, and neighbours far apart (a tile one off on screen shows
    even through a blend with the paper)."""
    return (z * 10 % 256, x * 37 % 256, y * 53 % 256)


def write_mbtiles(
    path: Path,
    tiles: dict[tuple[int, int, int], bytes | str],
    metadata: dict[str, str] | None = None,
    *,
    with_metadata: bool = True,
    with_index: bool = True,
) -> Path:
    """An MBTiles file holding ``tiles`` (keyed by XYZ z, x, y; stored TMS rows), with the
    tile index the specification asks for unless ``with_index`` is False."""
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
        " tile_data BLOB)"
    )
    if with_index:
        db.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
    for (z, x, y), data in tiles.items():
        db.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, (1 << z) - 1 - y, data))
    if with_metadata:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        for k, v in (metadata or {}).items():
            db.execute("INSERT INTO metadata VALUES (?, ?)", (k, v))
    db.commit()
    db.close()
    return path


def write_pmtiles(
    path: Path,
    tiles: dict[tuple[int, int, int], bytes],
    metadata: dict[str, object] | None = None,
    tile_type: TileType = TileType.PNG,
    bounds: tuple[float, float, float, float] = (-180.0, -85.0, 180.0, 85.0),
) -> Path:
    """A PMTiles v3 file holding ``tiles`` (XYZ z, x, y), written by the pmtiles package."""
    with path.open("wb") as fh:
        writer = Writer(fh)
        for tile_id, data in sorted((zxy_to_tileid(*k), v) for k, v in tiles.items()):
            writer.write_tile(tile_id, data)
        w, s, e, n = bounds
        writer.finalize(
            {
                "tile_type": tile_type,
                "tile_compression": Compression.NONE,
                "min_lon_e7": int(w * 1e7),
                "min_lat_e7": int(s * 1e7),
                "max_lon_e7": int(e * 1e7),
                "max_lat_e7": int(n * 1e7),
            },
            metadata or {},
        )
    return path
