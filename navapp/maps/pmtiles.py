"""PMTiles map files (raster): one file of tiles with a Hilbert-ordered directory.

The ``pmtiles`` package decodes the header and directories; this module bounds what an
untrusted file can make it read or inflate, keeps the directories it has read, and turns every
failure into a :class:`MapSourceError` naming the file. Vector PMTiles are refused.
"""

from __future__ import annotations

import gzip
import itertools
import json
import mmap
import threading
import zlib
from collections import OrderedDict
from pathlib import Path
from typing import BinaryIO

from pmtiles.tile import (
    Compression,
    Entry,
    HeaderDict,
    TileType,
    deserialize_directory,
    deserialize_header,
    find_tile,
    tileid_to_zxy,
    zxy_to_tileid,
)

from navapp.core.i18n import QT_TRANSLATE_NOOP, translate
from navapp.maps.source import (
    MAX_TILE_BYTES,
    MapSourceError,
    checked_tile,
    open_map,
    tile_size_of,
    tile_size_of_text,
)
from navapp.maps.tiles import MAX_LAT, MAX_ZOOM, MIN_ZOOM, TILE_SIZE, LonLatBox, TileId, is_valid

_HEADER_BYTES = 127
# The spec keeps the header and root directory in the first 16 KiB; leaves and metadata of real
# planet-wide files stay far under these bounds, which only stop a hostile file.
_MAX_DIRECTORY_BYTES = 4 * 1024 * 1024
_MAX_INFLATED_BYTES = 64 * 1024 * 1024
_MAX_METADATA_BYTES = 1024 * 1024
# Leaf directories kept decoded (the root is kept apart).
_CACHED_LEAVES = 64
# The spec's deepest directory chain (root and three leaf levels).
_MAX_DEPTH = 4

RASTER_TYPES = {TileType.PNG: "png", TileType.JPEG: "jpg", TileType.WEBP: "webp"}


class PMTilesSource:
    """A raster PMTiles file as a :class:`~navapp.maps.source.TileSource`.

    Safe to call from several threads. ``warnings`` says what was wrong in the metadata.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.warnings: list[str] = []
        self._lock = threading.Lock()
        self._leaves: OrderedDict[tuple[int, int], list[Entry]] = OrderedDict()
        self._file, self._map = _open_mapped(self.path)
        try:
            self._header = self._read_header()
            self.format = self._raster_format()
            meta = self._metadata()
            self._root = self._directory(self._header["root_offset"], self._header["root_length"])
        except BaseException:
            self.close()
            raise
        self.name = _text(meta.get("name")) or self.path.stem
        self.attribution = _text(meta.get("attribution"))
        self.min_zoom = self._header["min_zoom"]
        self.max_zoom = self._header["max_zoom"]
        self.bounds = _bounds(self._header)
        self.tile_size = self._tile_size(meta)

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The image of XYZ tile ``z/x/y``; None when the file does not have it."""
        t = TileId(z, x, y)
        if not is_valid(t) or not self.min_zoom <= z <= self.max_zoom:
            return None
        tile_id = zxy_to_tileid(z, x, y)
        h = self._header
        entries = self._root
        for _ in range(_MAX_DEPTH):
            entry = find_tile(entries, tile_id)
            if entry is None:
                return None
            if entry.run_length > 0:
                return self._tile_data(t, h["tile_data_offset"] + entry.offset, entry.length)
            entries = self._leaf(h["leaf_directory_offset"] + entry.offset, entry.length)
        raise MapSourceError(
            self.path,
            translate("Pmtiles", "tile {z}/{x}/{y}: directories nest too deep").format(
                z=z, x=x, y=y
            ),
        )

    def tile_count(self) -> int | None:
        """How many tiles the file addresses, as its header says; None when it does not."""
        return self._header["addressed_tiles_count"] or None

    def _tile_size(self, meta: dict[str, object]) -> int:
        """The pixels along a tile's edge: read from the first tile's header (QGIS and others
        make 512 px tiles), else the metadata's ``tileSize``, else 256."""
        first = next((e for e in self._root if e.run_length > 0), None)
        if first is not None:
            try:
                edge = tile_size_of(self.tile(*tileid_to_zxy(first.tile_id)))
            except (MapSourceError, ValueError):
                edge = None
            if edge is not None:
                return edge
        return tile_size_of_text(meta.get("tileSize")) or TILE_SIZE

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            if not self._map.closed:
                self._map.close()
            self._file.close()

    def _bytes(self, offset: int, length: int, what: str) -> bytes:
        with self._lock:
            if self._map.closed:
                raise MapSourceError(self.path, translate("Pmtiles", "the map file is closed"))
            size = len(self._map)
            if offset < 0 or length < 0 or offset + length > size:
                raise MapSourceError(
                    self.path,
                    translate("Pmtiles", "{what} lies past the end of the file (cut off?)").format(
                        what=translate("Pmtiles", what)
                    ),
                )
            return self._map[offset : offset + length]

    def _read_header(self) -> HeaderDict:
        data = self._bytes(
            0, min(_HEADER_BYTES, len(self._map)), QT_TRANSLATE_NOOP("Pmtiles", "the header")
        )
        if not data.startswith(b"PMTiles"):
            raise MapSourceError(self.path, translate("Pmtiles", "not a PMTiles map file"))
        if len(data) < _HEADER_BYTES:
            raise MapSourceError(self.path, translate("Pmtiles", "the PMTiles header is cut off"))
        if data[7] != 3:
            raise MapSourceError(
                self.path,
                translate("Pmtiles", "PMTiles version {version}; navapp reads version 3").format(
                    version=data[7]
                ),
            )
        try:
            header = deserialize_header(data)
        except ValueError as e:  # an unknown compression or tile type code
            raise MapSourceError(
                self.path, translate("Pmtiles", "bad PMTiles header ({error})").format(error=e)
            ) from None
        if not MIN_ZOOM <= header["min_zoom"] <= header["max_zoom"] <= MAX_ZOOM:
            low, high = header["min_zoom"], header["max_zoom"]
            raise MapSourceError(
                self.path,
                translate("Pmtiles", "zoom levels {low}..{high} are out of range").format(
                    low=low, high=high
                ),
            )
        return header

    def _raster_format(self) -> str:
        kind = self._header["tile_type"]
        if kind in (TileType.MVT, TileType.MLT):
            raise MapSourceError(
                self.path, translate("Pmtiles", "holds vector tiles; navapp draws raster maps only")
            )
        if kind not in RASTER_TYPES:
            raise MapSourceError(
                self.path,
                translate("Pmtiles", "tile type {name} is not PNG, JPEG or WebP").format(
                    name=kind.name
                ),
            )
        if self._header["tile_compression"] not in (Compression.NONE, Compression.UNKNOWN):
            # Raster tiles are stored as they are; an archiver compressing them is unheard of.
            name = self._header["tile_compression"].name
            raise MapSourceError(
                self.path,
                translate("Pmtiles", "tiles are {name}-compressed; navapp reads plain ones").format(
                    name=name
                ),
            )
        return RASTER_TYPES[kind]

    def _inflate(self, data: bytes, limit: int, what: str) -> bytes:
        compression = self._header["internal_compression"]
        if compression in (Compression.NONE, Compression.UNKNOWN):
            return data
        if compression != Compression.GZIP:
            raise MapSourceError(
                self.path,
                translate("Pmtiles", "{what} compressed with {name}").format(
                    what=translate("Pmtiles", what), name=compression.name
                ),
            )
        # Bounded, so a small hostile directory cannot inflate to gigabytes.
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out = inflater.decompress(data, limit + 1)
        except zlib.error:
            raise MapSourceError(
                self.path,
                translate("Pmtiles", "{what} is damaged (bad gzip data)").format(
                    what=translate("Pmtiles", what)
                ),
            ) from None
        if len(out) > limit:
            raise MapSourceError(
                self.path,
                translate("Pmtiles", "{what} inflates past {limit} bytes").format(
                    what=translate("Pmtiles", what), limit=limit
                ),
            )
        return out

    def _metadata(self) -> dict[str, object]:
        h = self._header
        if h["metadata_length"] > _MAX_METADATA_BYTES:
            self.warnings.append(translate("Pmtiles", "metadata too large: ignored"))
            return {}
        raw = self._bytes(
            h["metadata_offset"], h["metadata_length"], QT_TRANSLATE_NOOP("Pmtiles", "the metadata")
        )
        try:
            meta = json.loads(
                self._inflate(
                    raw, _MAX_METADATA_BYTES, QT_TRANSLATE_NOOP("Pmtiles", "the metadata")
                )
                or b"{}"
            )
        except (MapSourceError, ValueError):
            self.warnings.append(
                translate("Pmtiles", "unreadable metadata: name and attribution unknown")
            )
            return {}
        if not isinstance(meta, dict):
            self.warnings.append(translate("Pmtiles", "metadata is not a JSON object: ignored"))
            return {}
        return meta

    def _directory(self, offset: int, length: int) -> list[Entry]:
        if length > _MAX_DIRECTORY_BYTES:
            raise MapSourceError(
                self.path,
                translate("Pmtiles", "a directory of {length} bytes is over the limit").format(
                    length=length
                ),
            )
        raw = self._bytes(offset, length, QT_TRANSLATE_NOOP("Pmtiles", "a directory"))
        plain = self._inflate(raw, _MAX_INFLATED_BYTES, QT_TRANSLATE_NOOP("Pmtiles", "a directory"))
        try:
            # The package inflates gzip itself; hand it the checked bytes, recompressed cheaply.
            entries = deserialize_directory(gzip.compress(plain, compresslevel=0, mtime=0))
        except (EOFError, ValueError, IndexError, OSError):
            raise MapSourceError(
                self.path, translate("Pmtiles", "a directory is damaged")
            ) from None
        # Sorted tile ids are what find_tile's binary search needs; a shuffled one is damage.
        if any(a.tile_id >= b.tile_id for a, b in itertools.pairwise(entries)):
            raise MapSourceError(
                self.path, translate("Pmtiles", "a directory is out of order (damaged)")
            )
        return entries

    def _leaf(self, offset: int, length: int) -> list[Entry]:
        key = (offset, length)
        with self._lock:
            if key in self._leaves:
                self._leaves.move_to_end(key)
                return self._leaves[key]
        entries = self._directory(offset, length)
        with self._lock:
            self._leaves[key] = entries
            while len(self._leaves) > _CACHED_LEAVES:
                self._leaves.popitem(last=False)
        return entries

    def _tile_data(self, t: TileId, offset: int, length: int) -> bytes:
        name = f"tile {t.z}/{t.x}/{t.y}"
        if length > MAX_TILE_BYTES:
            raise MapSourceError(
                self.path,
                translate("Pmtiles", "{name} is {length} bytes, over the {limit} limit").format(
                    name=name, length=length, limit=MAX_TILE_BYTES
                ),
            )
        return checked_tile(self.path, t, self._bytes(offset, length, name))


def _open_mapped(path: Path) -> tuple[BinaryIO, mmap.mmap]:
    fh = open_map(path)
    try:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # an empty file cannot be mapped
        fh.close()
        raise MapSourceError(path, translate("Pmtiles", "not a PMTiles map file (empty)")) from None
    return fh, mapped


def _bounds(h: HeaderDict) -> LonLatBox | None:
    w, s = h["min_lon_e7"] / 1e7, h["min_lat_e7"] / 1e7
    e, n = h["max_lon_e7"] / 1e7, h["max_lat_e7"] / 1e7
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s < n <= 90):
        return None
    return LonLatBox(w, max(s, -MAX_LAT), e, min(n, MAX_LAT))


def _text(value: object) -> str:
    return value.strip()[:2000] if isinstance(value, str) else ""
