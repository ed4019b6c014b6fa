"""The one interface every map source offers, its error, and the checks every tile passes.

A source is an offline map file (MBTiles, PMTiles) or a tile server behind the disk cache. The
map view asks it for tiles by XYZ number and never knows which kind it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Protocol

from navapp.core.i18n import translate
from navapp.errors import NavappError
from navapp.maps.tiles import TILE_SIZE, LonLatBox, TileId

# The largest tile navapp takes: a 512 px photo tile is well under 1 MB; a bigger blob in a
# map file is damage or a trap, not a tile.
MAX_TILE_BYTES = 4 * 1024 * 1024

# Raster formats a map view can draw, by their first bytes.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpg"),
)


class MapSourceError(NavappError):
    """A map source navapp cannot use, or a damaged tile in it: ``FILE: what is wrong``.

    ``where`` is the file (or the tile server's name); ``str(err)`` is the one line to show.
    """

    def __init__(self, where: str | Path, message: str) -> None:
        self.where = str(where)
        self.message = message
        super().__init__(f"{self.where}: {message}")


class TileSource(Protocol):
    """A map source: what it is called, what it covers, and its tiles by XYZ number.

    ``tile`` returns the image bytes (PNG, JPEG or WebP), ``None`` for a tile the source does
    not have (drawn blank), and raises :class:`MapSourceError` for a damaged one.
    """

    @property
    def name(self) -> str: ...

    @property
    def attribution(self) -> str: ...

    @property
    def min_zoom(self) -> int: ...

    @property
    def max_zoom(self) -> int: ...

    @property
    def bounds(self) -> LonLatBox | None: ...

    def tile(self, z: int, x: int, y: int) -> bytes | None: ...

    def close(self) -> None: ...


def image_format(data: bytes) -> str | None:
    """``"png"``, ``"jpg"`` or ``"webp"`` by the first bytes of ``data``; None for anything else."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def image_size(data: bytes) -> tuple[int, int] | None:
    """The width and height of a PNG, JPEG or WebP image from its header alone (no decoding);
    None when the header does not say."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    if len(data) >= 30 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        chunk, body = data[12:16], data[20:30]
        if chunk == b"VP8 " and body[3:6] == b"\x9d\x01\x2a":  # lossy: the key frame's size
            w = int.from_bytes(body[6:8], "little") & 0x3FFF
            h = int.from_bytes(body[8:10], "little") & 0x3FFF
            return w, h
        if chunk == b"VP8L" and body[0] == 0x2F:  # lossless: 14-bit sizes less one
            bits = int.from_bytes(body[1:5], "little")
            return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        if chunk == b"VP8X":  # extended: 24-bit canvas sizes less one
            return int.from_bytes(body[4:7], "little") + 1, int.from_bytes(body[7:10], "little") + 1
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 <= len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            i += 2
            continue
        # A start-of-frame segment (not DHT, JPG or DAC, which share the range) has the size.
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            h = int.from_bytes(data[i + 5 : i + 7], "big")
            w = int.from_bytes(data[i + 7 : i + 9], "big")
            return w, h
        i += 2 + int.from_bytes(data[i + 2 : i + 4], "big")
    return None


def tile_size_of(data: bytes | None) -> int | None:
    """The edge in pixels of the square tile image ``data`` (a power of two from 64 to 2048,
    as tiles are made); None when it is not such a tile."""
    size = image_size(data) if data is not None else None
    if size is None or size[0] != size[1]:
        return None
    edge = size[0]
    return edge if 64 <= edge <= 2048 and edge & (edge - 1) == 0 else None


def tile_size_of_text(value: object) -> int | None:
    """A map file's metadata tile size (``"512"`` or 512) when it is a sane one, else None."""
    try:
        edge = int(str(value).strip()) if isinstance(value, (int, str)) else 0
    except ValueError:
        return None
    return edge if edge in (128, 256, 512, 1024) else None


def tile_size(source: object) -> int:
    """The pixels along a tile's edge of ``source`` (its ``tile_size`` when it knows it, as
    map files do from their tiles; 256, the usual size, otherwise)."""
    edge = getattr(source, "tile_size", None)
    if isinstance(edge, int) and not isinstance(edge, bool) and 64 <= edge <= 2048:
        return edge
    return TILE_SIZE


def checked_tile(where: str | Path, tile: TileId, data: bytes) -> bytes:
    """``data`` when it is a drawable image of a sane size, else a :class:`MapSourceError`."""
    name = f"tile {tile.z}/{tile.x}/{tile.y}"
    if len(data) > MAX_TILE_BYTES:
        raise MapSourceError(
            where,
            translate("MapSource", "{name} is {count} bytes, over the {limit} limit").format(
                name=name, count=len(data), limit=MAX_TILE_BYTES
            ),
        )
    if image_format(data) is None:
        raise MapSourceError(
            where,
            translate("MapSource", "{name} is not a PNG, JPEG or WebP image").format(name=name),
        )
    return data


def open_map(path: Path) -> BinaryIO:
    """The map file at ``path`` open for binary reading, or a :class:`MapSourceError` saying
    why it cannot be."""
    try:
        if path.is_dir():
            raise MapSourceError(path, translate("MapSource", "is a folder, not a map file"))
        return path.open("rb")
    except FileNotFoundError:
        raise MapSourceError(path, translate("MapSource", "no such file")) from None
    except PermissionError:
        raise MapSourceError(path, translate("MapSource", "permission denied")) from None
    except OSError as e:
        raise MapSourceError(
            path, translate("MapSource", "cannot read: {reason}").format(reason=e.strerror or e)
        ) from None
