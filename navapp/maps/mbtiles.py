"""MBTiles map files (raster): an SQLite database of tiles, opened read-only.

The file is untrusted: a missing table, a bad metadata value, a non-image or huge blob gives a
:class:`MapSourceError` naming the file, and bad metadata that can be done without gives a
warning instead. Rows are TMS-numbered (y up from the south); callers use XYZ numbers.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from pathlib import Path

from navapp.core.i18n import translate
from navapp.maps.source import (
    MAX_TILE_BYTES,
    MapSourceError,
    checked_tile,
    open_map,
    tile_size_of,
    tile_size_of_text,
)
from navapp.maps.tiles import (
    MAX_LAT,
    MAX_ZOOM,
    MIN_ZOOM,
    TILE_SIZE,
    LonLatBox,
    TileId,
    is_valid,
    tms_row,
)

RASTER_FORMATS = {"png": "png", "jpg": "jpg", "jpeg": "jpg", "webp": "webp"}
# The largest file whose tiles are counted (``navapp info``): counting reads the tile index,
# a second or so per gigabyte of map.
COUNT_UP_TO_BYTES = 1024 * 1024 * 1024
# Metadata values longer than this are not a name or an attribution.
_MAX_TEXT = 2000


class MBTilesSource:
    """A raster MBTiles file as a :class:`~navapp.maps.source.TileSource`.

    Safe to call from several threads (one connection behind a lock). ``warnings`` says what
    was wrong in the metadata and how navapp did without it.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.warnings: list[str] = []
        self._lock = threading.Lock()
        self._db = _connect(self.path)
        try:
            meta = self._metadata()
            self.format = self._format(meta)
            self.name = _text(meta.get("name")) or self.path.stem
            self.attribution = _text(meta.get("attribution"))
            self.min_zoom, self.max_zoom = self._zooms(meta)
            self.bounds = self._read_bounds(meta.get("bounds"))
            self._check_index()
            self.tile_size = self._tile_size(meta)
        except BaseException:
            self._db.close()
            raise

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The image of XYZ tile ``z/x/y``; None when the file does not have it."""
        t = TileId(z, x, y)
        if not is_valid(t) or not self.min_zoom <= z <= self.max_zoom:
            return None
        # The length first, so a huge blob is never loaded.
        row = self._query(
            "SELECT length(tile_data), CASE WHEN length(tile_data) <= ? THEN tile_data END"
            " FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ? LIMIT 1",
            (MAX_TILE_BYTES, z, x, tms_row(t)),
        )
        if not row or row[0][0] is None:
            return None
        size, data = row[0]
        if data is None:
            raise MapSourceError(
                self.path,
                translate(
                    "Mbtiles",
                    "tile {z}/{x}/{y} is {size} bytes, over the {limit} limit",
                ).format(z=z, x=x, y=y, size=size, limit=MAX_TILE_BYTES),
            )
        if not isinstance(data, bytes):
            raise MapSourceError(
                self.path,
                translate("Mbtiles", "tile {z}/{x}/{y} is not an image but text").format(
                    z=z, x=x, y=y
                ),
            )
        return checked_tile(self.path, t, data)

    def tile_count(self) -> int | None:
        """How many tiles the file holds, when that is cheap to know: counted in files up to
        :data:`COUNT_UP_TO_BYTES` (a count reads the whole tile index), else None."""
        try:
            if self.path.stat().st_size > COUNT_UP_TO_BYTES:
                return None
        except OSError:
            return None
        row = self._query("SELECT count(*) FROM tiles")
        return _int(row[0][0]) if row else None

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._db.close()

    def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        try:
            with self._lock:
                return list(self._db.execute(sql, args))
        except (sqlite3.Error, UnicodeDecodeError) as e:
            raise MapSourceError(self.path, _sqlite_message(e)) from None

    def _metadata(self) -> dict[str, object]:
        tables = {str(r[0]) for r in self._query("SELECT name FROM sqlite_master")}
        if "tiles" not in tables:
            raise MapSourceError(
                self.path, translate("Mbtiles", "not an MBTiles map: it has no tiles table")
            )
        if "metadata" not in tables:
            self.warnings.append(
                translate("Mbtiles", "no metadata table: name, zooms and bounds are guessed")
            )
            return {}
        meta: dict[str, object] = {}
        for row in self._query("SELECT name, value FROM metadata LIMIT 1000"):
            if len(row) >= 2 and isinstance(row[0], str):
                meta[row[0].strip().lower()] = row[1]
        return meta

    def _format(self, meta: dict[str, object]) -> str:
        fmt = _text(meta.get("format")).lower()
        if fmt in ("pbf", "mvt"):
            raise MapSourceError(
                self.path, translate("Mbtiles", "holds vector tiles; navapp draws raster maps only")
            )
        if fmt in RASTER_FORMATS:
            return RASTER_FORMATS[fmt]
        if fmt:
            raise MapSourceError(
                self.path,
                translate("Mbtiles", "unknown tile format {fmt}").format(fmt=f"{fmt[:20]!r}"),
            )
        if meta:  # without a metadata table at all, that one warning says it
            self.warnings.append(
                translate("Mbtiles", "no tile format in the metadata: taken from each tile")
            )
        return ""

    def _zooms(self, meta: dict[str, object]) -> tuple[int, int]:
        low, high = _int(meta.get("minzoom")), _int(meta.get("maxzoom"))
        if low is None or high is None or not MIN_ZOOM <= low <= high <= MAX_ZOOM:
            if "minzoom" in meta or "maxzoom" in meta:
                self.warnings.append(
                    translate(
                        "Mbtiles", "bad minzoom/maxzoom in the metadata: taken from the tiles"
                    )
                )
            row = self._query("SELECT min(zoom_level), max(zoom_level) FROM tiles")
            low, high = (_int(v) for v in row[0]) if row else (None, None)
            if low is None or high is None:
                raise MapSourceError(self.path, translate("Mbtiles", "the map has no tiles"))
        if not MIN_ZOOM <= low <= high <= MAX_ZOOM:
            raise MapSourceError(
                self.path,
                translate("Mbtiles", "zoom levels {low}..{high} are out of range").format(
                    low=low, high=high
                ),
            )
        return low, high

    def _tile_size(self, meta: dict[str, object]) -> int:
        """The pixels along a tile's edge: read from one tile's header, else the metadata's
        ``tilesize`` (some tools write it), else 256."""
        row = self._query(
            "SELECT CASE WHEN length(tile_data) <= ? THEN tile_data END FROM tiles"
            " WHERE zoom_level = ? LIMIT 1",
            (MAX_TILE_BYTES, self.min_zoom),
        )
        data = row[0][0] if row else None
        edge = tile_size_of(data) if isinstance(data, bytes) else None
        return edge or tile_size_of_text(meta.get("tilesize")) or TILE_SIZE

    def _check_index(self) -> None:
        plan = self._query(
            "EXPLAIN QUERY PLAN SELECT tile_data FROM tiles"
            " WHERE zoom_level = 0 AND tile_column = 0 AND tile_row = 0"
        )
        # Each tile would read the whole table: a big map then loads a tile in seconds.
        if any("SCAN" in str(r[-1]) and "INDEX" not in str(r[-1]) for r in plan):
            self.warnings.append(
                translate("Mbtiles", "no tile index: tiles load slowly from a large file")
            )

    def _read_bounds(self, value: object) -> LonLatBox | None:
        if value is None:
            return None
        box = parse_bounds(_text(value))
        if box is None:
            self.warnings.append(
                translate("Mbtiles", "bad bounds {text} in the metadata: ignored").format(
                    text=f"{_text(value)[:60]!r}"
                )
            )
        return box


def parse_bounds(text: str) -> LonLatBox | None:
    """The box of an MBTiles ``bounds`` value ``"west,south,east,north"``; None when bad."""
    try:
        w, s, e, n = (float(v) for v in text.split(","))
    except ValueError:
        return None
    if not all(math.isfinite(v) for v in (w, s, e, n)):
        return None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s < n <= 90):
        return None
    return LonLatBox(w, max(s, -MAX_LAT), e, min(n, MAX_LAT))


def _connect(path: Path) -> sqlite3.Connection:
    open_map(path).close()  # a missing, unreadable or folder path said as for any map file
    # Read-only through a URI, so a damaged or hostile file is never written or grown; the
    # connection is shared by the map view's worker threads behind the source's lock.
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        db = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error as e:
        raise MapSourceError(path, _sqlite_message(e)) from None
    try:
        # A damaged name or attribution reads with replacement marks, not as a failure.
        db.text_factory = lambda raw: raw.decode("utf-8", "replace")
        db.execute("PRAGMA query_only = ON")
        # Any read: a file that is not SQLite fails here, not at the first tile.
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlite3.Error, UnicodeDecodeError) as e:
        db.close()
        raise MapSourceError(path, _sqlite_message(e)) from None
    return db


def _sqlite_message(e: sqlite3.Error | UnicodeDecodeError) -> str:
    if isinstance(e, UnicodeDecodeError):  # SQLite's own message about a damaged file
        return translate("Mbtiles", "the map file is damaged (unreadable database)")
    text = str(e)  # SQLite's own words, in English whatever the language
    if "not a database" in text:
        return translate("Mbtiles", "not an MBTiles map (not an SQLite database)")
    if "malformed" in text:
        return translate("Mbtiles", "the map file is damaged (malformed database)")
    if "no such table" in text or "no such column" in text:
        return translate("Mbtiles", "not an MBTiles map ({reason})").format(reason=text)
    return translate("Mbtiles", "cannot read the map file: {reason}").format(reason=text)


def _text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return value.strip()[:_MAX_TEXT] if isinstance(value, str) else ""


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(_text(value))
    except ValueError:
        return None
