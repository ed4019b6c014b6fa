"""The disk cache of tiles fetched from tile servers: bounded in size, least recently used
out first, every tile written whole or not at all.

Layout: ``FOLDER/SOURCE/Z/X/Y.tile``; a tile file's modification time is when it was fetched.
The index of sizes and use order lives in memory, built from the folder when the cache opens
(the use order of a previous run is taken as its fetch order). One navapp uses a folder at a
time; a tile removed behind its back is simply fetched again.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from navapp.core.i18n import translate
from navapp.errors import NavappError
from navapp.io.atomic import atomic_write_bytes
from navapp.maps.tiles import TileId, is_valid

MB = 1024 * 1024
# A cache folder name for a source: what :func:`navapp.maps.xyz.TileServer.key` makes.
_SOURCE_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,79}")
_TILE_FILE = re.compile(r"(\d{1,8})\.tile")

_Key = tuple[str, int, int, int]


class CachedTile(NamedTuple):
    """A tile from the cache: its bytes and when it was fetched (epoch seconds)."""

    data: bytes
    fetched: float


class _Entry(NamedTuple):
    size: int
    fetched: float


class CacheError(NavappError):
    """A cache navapp cannot use (a bad limit, a folder it cannot make)."""


class TileCache:
    """Tiles on disk under ``folder``, at most ``limit_mb`` megabytes of them.

    ``clock`` gives the time in epoch seconds (tests inject theirs). Safe to call from several
    threads.
    """

    def __init__(
        self, folder: str | Path, limit_mb: float, clock: Callable[[], float] = time.time
    ) -> None:
        if not limit_mb > 0:
            raise CacheError(
                translate("Cache", "the tile cache limit must be over 0 MB, not {limit}").format(
                    limit=limit_mb
                )
            )
        self.folder = Path(folder)
        self.limit_bytes = int(limit_mb * MB)
        self._clock = clock
        self._lock = threading.Lock()
        self._index: OrderedDict[_Key, _Entry] = OrderedDict()
        self._size = 0
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise CacheError(
                translate("Cache", "{folder}: cannot make the tile cache: {reason}").format(
                    folder=self.folder, reason=e.strerror
                )
            ) from None
        self._scan()
        with self._lock:
            self._evict()

    @property
    def size_bytes(self) -> int:
        """The bytes of tiles the cache holds now."""
        return self._size

    def __len__(self) -> int:
        return len(self._index)

    def get(self, source: str, tile: TileId) -> CachedTile | None:
        """The cached tile, whatever its age, or None; it becomes the most recently used."""
        key = _key(source, tile)
        with self._lock:
            entry = self._index.get(key)
            if entry is None:
                return None
            self._index.move_to_end(key)
        try:
            data = self._path(key).read_bytes()
        except OSError:  # removed behind our back: fetch it again
            self._forget(key)
            return None
        return CachedTile(data, entry.fetched)

    def put(self, source: str, tile: TileId, data: bytes, fetched: float | None = None) -> bool:
        """Keep ``data`` as ``tile`` of ``source``, fetched at ``fetched`` (now when None);
        drop the least recently used tiles past the limit. False when it was not kept (bigger
        than the whole cache, or the disk refused)."""
        key = _key(source, tile)
        when = self._clock() if fetched is None else fetched
        if len(data) > self.limit_bytes:
            return False
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, data)
            os.utime(path, (when, when))
        except OSError:
            # A full or read-only disk loses a cached tile, never the map: it is fetched again.
            self._forget(key)
            return False
        with self._lock:
            old = self._index.pop(key, None)
            if old is not None:
                self._size -= old.size
            self._index[key] = _Entry(len(data), when)
            self._size += len(data)
            self._evict()
        return True

    def set_limit(self, limit_mb: float) -> None:
        """Hold at most ``limit_mb`` megabytes from now on (the least recently used tiles past
        it are dropped at once)."""
        if not limit_mb > 0:
            raise CacheError(
                translate("Cache", "the tile cache limit must be over 0 MB, not {limit}").format(
                    limit=limit_mb
                )
            )
        with self._lock:
            self.limit_bytes = int(limit_mb * MB)
            self._evict()

    def clear(self) -> None:
        """Drop every tile of every source."""
        with self._lock:
            keys = list(self._index)
            self._index.clear()
            self._size = 0
        for key in keys:
            with contextlib.suppress(OSError):
                self._path(key).unlink()

    def remove(self, source: str, tile: TileId) -> None:
        """Drop one tile."""
        key = _key(source, tile)
        with contextlib.suppress(OSError):
            self._path(key).unlink()
        self._forget(key)

    def _forget(self, key: _Key) -> None:
        with self._lock:
            old = self._index.pop(key, None)
            if old is not None:
                self._size -= old.size

    def _evict(self) -> None:
        # Called with the lock held.
        while self._size > self.limit_bytes and self._index:
            key, entry = self._index.popitem(last=False)
            self._size -= entry.size
            with contextlib.suppress(OSError):
                self._path(key).unlink()

    def _path(self, key: _Key) -> Path:
        source, z, x, y = key
        return self.folder / source / str(z) / str(x) / f"{y}.tile"

    def _scan(self) -> None:
        found: list[tuple[float, _Key, int]] = []
        for source in _subfolders(self.folder):
            if not _SOURCE_KEY.fullmatch(source.name):
                continue
            for zdir in _subfolders(source):
                for xdir in _subfolders(zdir):
                    found.extend(_tiles_in(source.name, zdir.name, xdir))
        found.sort()
        with self._lock:
            for fetched, key, size in found:
                self._index[key] = _Entry(size, fetched)
                self._size += size


def _key(source: str, tile: TileId) -> _Key:
    if not _SOURCE_KEY.fullmatch(source):
        raise CacheError(
            translate("Cache", "bad tile cache source name {source}").format(
                source=f"{source[:80]!r}"
            )
        )
    if not is_valid(tile):
        raise CacheError(
            translate("Cache", "no tile {z}/{x}/{y}").format(z=tile.z, x=tile.x, y=tile.y)
        )
    return (source, tile.z, tile.x, tile.y)


def _subfolders(folder: Path) -> list[Path]:
    try:
        return [Path(e.path) for e in os.scandir(folder) if e.is_dir(follow_symlinks=False)]
    except OSError:
        return []


def _tiles_in(source: str, zname: str, xdir: Path) -> list[tuple[float, _Key, int]]:
    out: list[tuple[float, _Key, int]] = []
    if not (zname.isdigit() and xdir.name.isdigit()):
        return out
    try:
        entries = list(os.scandir(xdir))
    except OSError:
        return out
    for e in entries:
        m = _TILE_FILE.fullmatch(e.name)
        if not m:
            continue  # temporaries of a save cut short, and anything else
        try:
            st = e.stat(follow_symlinks=False)
        except OSError:
            continue
        tile = TileId(int(zname), int(xdir.name), int(m.group(1)))
        if is_valid(tile):
            out.append((st.st_mtime, (source, *tile), st.st_size))
    return out
