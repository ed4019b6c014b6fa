"""Fetching tiles without Qt against a real tile server on 127.0.0.1: tiles land in the cache
with navapp's User-Agent, two requests at a time, failures and timeouts as one line, a run of
failures or a spent budget stops the asking, and offline nothing is asked."""

from __future__ import annotations

import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from navapp.maps.cache import TileCache
from navapp.maps.fetch import FetchResult, fetch_tiles, prepare_tiles
from navapp.maps.tiles import TileId
from navapp.maps.xyz import XyzSource, tile_server, user_agent
from tests.unit.maps.tilefiles import colour_of, png, png_colour
from tests.unit.maps.tileserver import TileHttpServer

TILES = [TileId(10, 500 + i, 400 + j) for i in range(3) for j in range(2)]


class CountingOpener(urllib.request.OpenerDirector):
    """urllib without proxies, counting the requests open at once."""

    def __init__(self) -> None:
        super().__init__()
        self._inner = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        self._lock = threading.Lock()
        self.open_now = 0
        self.most = 0

    def open(self, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            self.open_now += 1
            self.most = max(self.most, self.open_now)
        try:
            return self._inner.open(*args, **kwargs)
        finally:
            with self._lock:
                self.open_now -= 1


@pytest.fixture
def http() -> Iterator[TileHttpServer]:
    server = TileHttpServer()
    yield server
    server.stop()


def source(http: TileHttpServer, tmp_path: Path, offline: bool = False) -> XyzSource:
    server = tile_server("Test server", http.url, "© test", 18)
    return XyzSource(server, TileCache(tmp_path / "cache", 50), offline=offline)


def test_tiles_are_fetched_into_the_cache_with_navapps_user_agent(
    http: TileHttpServer, tmp_path: Path
) -> None:
    src = source(http, tmp_path)
    opener = CountingOpener()
    result = fetch_tiles(src, TILES, opener=opener)
    assert result == FetchResult(len(TILES), (), 0, 0)
    assert result.warning("Test server") is None
    for t in TILES:
        data = src.tile(*t)
        assert data is not None and png_colour(data) == colour_of(*t)
    assert sorted(http.paths()) == sorted(f"/{t.z}/{t.x}/{t.y}.png" for t in TILES)
    assert {agent for _p, agent in http.requests} == {user_agent()}
    assert 1 <= opener.most <= 2
    # Fresh in the cache: asked for nothing again.
    again = fetch_tiles(src, TILES, opener=opener)
    assert again == FetchResult(0, (), 0, len(TILES))
    assert len(http.requests) == len(TILES)


def test_two_requests_at_once_and_a_silent_server_is_given_up(
    http: TileHttpServer, tmp_path: Path
) -> None:
    http.default = "slow"
    opener = CountingOpener()
    result = fetch_tiles(source(http, tmp_path), TILES, opener=opener, timeout_s=0.3)
    assert opener.most == 2
    # The two first requests time out together; at most one more had started by then.
    assert 2 <= len(result.failed) <= 3
    assert all(line.endswith("no answer in 0.3 s") for line in result.failed)
    assert result.skipped == len(TILES) - len(result.failed)
    assert len(http.requests) == len(result.failed)


def test_failures_are_one_line_and_the_tiles_stay_blank(
    http: TileHttpServer, tmp_path: Path
) -> None:
    src = source(http, tmp_path)
    modes = ["404", "500", "garbage", "close"]
    for t, mode in zip(TILES, modes, strict=False):
        http.modes[tuple(t)] = mode
    result = fetch_tiles(src, TILES, opener=CountingOpener())
    assert result.fetched == 2 and result.skipped == 0
    assert sorted(result.failed) == sorted(
        [
            "10/500/400: HTTP 404",
            "10/500/401: HTTP 500",
            "10/501/400: tile 10/501/400 is not a PNG, JPEG or WebP image",
            "10/501/401: the server closed the connection",
        ]
    )
    for t in TILES[:4]:
        assert src.tile(*t) is None
    line = result.warning("Test server")
    assert line is not None and "\n" not in line
    assert line.startswith("Test server: 4 of 6 tiles could not be fetched (")
    assert line.endswith("; 2 more failed); they are blank")
    # Failed tiles are not asked again at once (the source's retry policy).
    before = len(http.requests)
    assert fetch_tiles(src, TILES[:4], opener=CountingOpener()).not_needed == 4
    assert len(http.requests) == before


def test_a_server_that_is_down_is_given_up_after_a_run_of_failures(
    http: TileHttpServer, tmp_path: Path
) -> None:
    http.default = "500"
    many = [TileId(12, x, 1000) for x in range(2000, 2030)]
    result = fetch_tiles(source(http, tmp_path), many, max_failures=6, opener=CountingOpener())
    # The two in flight when the sixth failure came in may still be answered.
    assert 6 <= len(result.failed) <= 7
    assert result.skipped == len(many) - len(result.failed)
    assert len(http.requests) == len(result.failed)
    line = result.warning("Test server")
    assert line is not None and f"{result.skipped} not asked after that" in line


def test_a_spent_budget_stops_the_asking(http: TileHttpServer, tmp_path: Path) -> None:
    now = [0.0]

    def clock() -> float:
        now[0] += 40.0  # each look at the clock: 40 s later
        return now[0]

    result = fetch_tiles(
        source(http, tmp_path),
        TILES,
        budget_s=60.0,
        in_flight=1,
        clock=clock,
        opener=CountingOpener(),
    )
    assert result.fetched == 1 and result.skipped == len(TILES) - 1
    assert len(http.requests) == 1


def test_offline_nothing_is_asked(http: TileHttpServer, tmp_path: Path) -> None:
    online = source(http, tmp_path)
    TileCache(tmp_path / "cache", 50).put(online.server.key, TILES[0], png((9, 9, 9)))
    src = source(http, tmp_path, offline=True)
    assert fetch_tiles(src, TILES, opener=CountingOpener()) == FetchResult(0, (), 0, len(TILES))
    note = prepare_tiles(src, TILES, opener=CountingOpener())
    assert note == "Test server: offline, 5 of 6 tiles are not in the cache; they are blank"
    assert http.requests == []
    assert prepare_tiles(src, TILES[:1]) is None
