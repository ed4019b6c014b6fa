"""The tile cache: size bound, least recently used out first, ages, whole files only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from navapp.maps.cache import MB, CacheError, TileCache
from navapp.maps.tiles import TileId

KB = 1024


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def blob(n: int, fill: int) -> bytes:
    return bytes([fill]) * n


def files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_put_then_get_with_the_fetch_time(tmp_path: Path) -> None:
    clock = Clock()
    cache = TileCache(tmp_path, 1, clock)
    assert cache.get("osm", TileId(3, 1, 2)) is None
    assert cache.put("osm", TileId(3, 1, 2), b"abc")
    got = cache.get("osm", TileId(3, 1, 2))
    assert got is not None and got.data == b"abc" and got.fetched == clock.now
    assert files(tmp_path) == {"osm/3/1/2.tile"}
    assert os.stat(tmp_path / "osm/3/1/2.tile").st_mtime == clock.now
    assert cache.size_bytes == 3 and len(cache) == 1
    # Another source keeps its own tiles.
    assert cache.get("topo", TileId(3, 1, 2)) is None


def test_the_least_recently_used_goes_first_and_the_size_stays_bounded(tmp_path: Path) -> None:
    clock = Clock()
    cache = TileCache(tmp_path, 100 * KB / MB, clock)  # 100 KiB
    for i in range(4):  # 4 x 30 KiB: the fourth pushes out the oldest
        clock.now += 1
        assert cache.put("osm", TileId(5, i, 0), blob(30 * KB, i))
    assert cache.get("osm", TileId(5, 0, 0)) is None
    assert cache.size_bytes == 90 * KB
    # Using tile 1 makes tile 2 the least recently used.
    assert cache.get("osm", TileId(5, 1, 0)) is not None
    assert cache.put("osm", TileId(5, 4, 0), blob(30 * KB, 4))
    assert cache.get("osm", TileId(5, 2, 0)) is None
    assert files(tmp_path) == {"osm/5/1/0.tile", "osm/5/3/0.tile", "osm/5/4/0.tile"}
    assert cache.size_bytes == 90 * KB <= cache.limit_bytes
    # A big tile pushes out as many as it takes.
    assert cache.put("osm", TileId(5, 5, 0), blob(70 * KB, 5))
    assert files(tmp_path) == {"osm/5/4/0.tile", "osm/5/5/0.tile"}
    assert cache.size_bytes == 100 * KB
    # One bigger than the whole cache is not kept and pushes nothing out.
    assert not cache.put("osm", TileId(5, 6, 0), blob(101 * KB, 6))
    assert files(tmp_path) == {"osm/5/4/0.tile", "osm/5/5/0.tile"}


def test_replacing_a_tile_counts_its_size_once(tmp_path: Path) -> None:
    cache = TileCache(tmp_path, 1, Clock())
    cache.put("osm", TileId(1, 0, 0), blob(1000, 1))
    cache.put("osm", TileId(1, 0, 0), blob(400, 2))
    assert cache.size_bytes == 400
    got = cache.get("osm", TileId(1, 0, 0))
    assert got is not None and got.data == blob(400, 2)


def test_a_reopened_cache_finds_its_tiles_oldest_fetched_first_out(tmp_path: Path) -> None:
    clock = Clock()
    cache = TileCache(tmp_path, 1, clock)
    for i, when in enumerate([50.0, 10.0, 30.0]):
        cache.put("osm", TileId(4, i, 0), blob(300 * KB, i), fetched=when)
    # Temporaries and stray files are not tiles.
    (tmp_path / "osm/4/0/.0.tile.abcd1234.tmp").write_bytes(b"x" * 10)
    (tmp_path / "osm/4/0/notes.txt").write_text("hello")
    (tmp_path / "Bad Name").mkdir()
    again = TileCache(tmp_path, 1, clock)
    assert len(again) == 3 and again.size_bytes == 900 * KB
    got = again.get("osm", TileId(4, 2, 0))
    assert got is not None and got.fetched == 30.0
    # Reopened smaller: the oldest fetched (tile 1, then tile 2) go first; use is not kept.
    small = TileCache(tmp_path, 0.5, clock)
    assert small.size_bytes == 300 * KB
    assert small.get("osm", TileId(4, 0, 0)) is not None


def test_a_tile_removed_behind_the_caches_back_is_just_missing(tmp_path: Path) -> None:
    cache = TileCache(tmp_path, 1, Clock())
    cache.put("osm", TileId(2, 1, 1), b"png")
    (tmp_path / "osm/2/1/1.tile").unlink()
    assert cache.get("osm", TileId(2, 1, 1)) is None
    assert cache.size_bytes == 0 and len(cache) == 0


def test_remove(tmp_path: Path) -> None:
    cache = TileCache(tmp_path, 1, Clock())
    cache.put("osm", TileId(2, 1, 1), b"png")
    cache.remove("osm", TileId(2, 1, 1))
    assert files(tmp_path) == set() and cache.size_bytes == 0


def test_a_write_that_fails_keeps_the_old_tile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = TileCache(tmp_path, 1, Clock())
    cache.put("osm", TileId(2, 1, 1), b"old")

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("navapp.maps.cache.atomic_write_bytes", full_disk)
    assert not cache.put("osm", TileId(2, 1, 1), b"new")
    assert (tmp_path / "osm/2/1/1.tile").read_bytes() == b"old"


def test_bad_names_limits_and_folders_are_one_line(tmp_path: Path) -> None:
    cache = TileCache(tmp_path, 1, Clock())
    for bad in ("", "../up", "A", ".hidden", "a/b"):
        with pytest.raises(CacheError, match="bad tile cache source name"):
            cache.put(bad, TileId(0, 0, 0), b"x")
    with pytest.raises(CacheError, match="no tile 1/2/0"):
        cache.get("osm", TileId(1, 2, 0))
    with pytest.raises(CacheError, match="limit must be over 0 MB, not 0"):
        TileCache(tmp_path, 0)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(CacheError, match="cannot make the tile cache"):
        TileCache(blocker / "cache", 1)
