"""The one interface every map source offers, its error, and the checks every tile passes.

A source is an offline map file (MBTiles, PMTiles) or a tile server behind the disk cache. The
map view asks it for tiles by XYZ number and never knows which kind it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Protocol

from navapp.errors import NavappError
from navapp.maps.tiles import LonLatBox, TileId

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


def checked_tile(where: str | Path, tile: TileId, data: bytes) -> bytes:
    """``data`` when it is a drawable image of a sane size, else a :class:`MapSourceError`."""
    name = f"tile {tile.z}/{tile.x}/{tile.y}"
    if len(data) > MAX_TILE_BYTES:
        raise MapSourceError(where, f"{name} is {len(data)} bytes, over the {MAX_TILE_BYTES} limit")
    if image_format(data) is None:
        raise MapSourceError(where, f"{name} is not a PNG, JPEG or WebP image")
    return data


def open_map(path: Path) -> BinaryIO:
    """The map file at ``path`` open for binary reading, or a :class:`MapSourceError` saying
    why it cannot be."""
    try:
        if path.is_dir():
            raise MapSourceError(path, "is a folder, not a map file")
        return path.open("rb")
    except FileNotFoundError:
        raise MapSourceError(path, "no such file") from None
    except PermissionError:
        raise MapSourceError(path, "permission denied") from None
    except OSError as e:
        raise MapSourceError(path, f"cannot read: {e.strerror or e}") from None
