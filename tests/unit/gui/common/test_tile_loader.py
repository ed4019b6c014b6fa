"""The tile loader against a real tile server on 127.0.0.1 and a real MBTiles file: tiles
arrive decoded with the right pixels, the User-Agent, the caches, offline, errors as one
status line, timeouts, the requests-in-flight limit, and stale requests dropped."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from navapp import __version__
from navapp.gui.common.tile_loader import TileLoader
from navapp.maps.cache import TileCache
from navapp.maps.mbtiles import MBTilesSource
from navapp.maps.tiles import TileId
from navapp.maps.xyz import XyzSource, tile_server
from tests.unit.maps.tilefiles import colour_of, png, write_mbtiles
from tests.unit.maps.tileserver import TileHttpServer

WAIT_MS = 5000


@pytest.fixture
def http() -> Iterator[TileHttpServer]:
    server = TileHttpServer()
    yield server
    server.stop()


@pytest.fixture
def loaders() -> Iterator[list[TileLoader]]:
    made: list[TileLoader] = []
    yield made
    for loader in made:
        loader.close()


def xyz(http: TileHttpServer, cache_dir: Path, *, offline: bool = False) -> XyzSource:
    server = tile_server("Test tiles", http.url, "© test", 18)
    return XyzSource(server, TileCache(cache_dir, 5), offline=offline, agent="navapp-test/1")


def make(loaders: list[TileLoader], source: object, **kw: int) -> TileLoader:
    loader = TileLoader(source, **kw)  # type: ignore[arg-type]
    loaders.append(loader)
    return loader


def pixel(image: object) -> tuple[int, int, int]:
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    c = image.pixelColor(0, 0)
    return c.red(), c.green(), c.blue()


def collect(loader: TileLoader) -> dict[TileId, tuple[int, int, int]]:
    got: dict[TileId, tuple[int, int, int]] = {}
    loader.tile_ready.connect(lambda z, x, y, im: got.__setitem__(TileId(z, x, y), pixel(im)))
    return got


TILES = [TileId(12, 2050, 1400), TileId(12, 2051, 1400), TileId(12, 2050, 1401)]


def test_tiles_arrive_with_their_pixels_and_the_user_agent(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, loaders: list[TileLoader]
) -> None:
    loader = make(loaders, xyz(http, tmp_path))
    got = collect(loader)
    loader.want(TILES)
    qtbot.waitUntil(lambda: len(got) == 3, timeout=WAIT_MS)
    assert got == {t: colour_of(*t) for t in TILES}
    assert sorted(http.paths()) == sorted(f"/{t.z}/{t.x}/{t.y}.png" for t in TILES)
    assert {agent for _, agent in http.requests} == {"navapp-test/1"}
    image = loader.image(TILES[0])
    assert image is not None and image.width() == 4
    assert not loader.busy


def test_the_default_agent_names_navapp(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, loaders: list[TileLoader]
) -> None:
    server = tile_server("Test tiles", http.url, "© test", 18)
    loader = make(loaders, XyzSource(server, TileCache(tmp_path, 5)))
    with qtbot.waitSignal(loader.tile_ready, timeout=WAIT_MS):
        loader.want(TILES[:1])
    assert http.requests[0][1] == f"navapp/{__version__}"


def test_cached_tiles_do_not_hit_the_server_again(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, loaders: list[TileLoader]
) -> None:
    loader = make(loaders, xyz(http, tmp_path))
    got = collect(loader)
    loader.want(TILES)
    qtbot.waitUntil(lambda: len(got) == 3 and not loader.busy, timeout=WAIT_MS)
    assert len(http.requests) == 3
    got.clear()
    loader.want(TILES)  # from memory, at once
    assert got == {t: colour_of(*t) for t in TILES}
    # A new loader (a new run) finds them fresh in the disk cache.
    again = make(loaders, xyz(http, tmp_path))
    got2 = collect(again)
    again.want(TILES)
    qtbot.waitUntil(lambda: len(got2) == 3 and not again.busy, timeout=WAIT_MS)
    assert got2 == {t: colour_of(*t) for t in TILES}
    assert len(http.requests) == 3


def test_the_memory_cache_is_bounded(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, loaders: list[TileLoader]
) -> None:
    loader = make(loaders, xyz(http, tmp_path), memory_tiles=2)
    got = collect(loader)
    loader.want(TILES)
    qtbot.waitUntil(lambda: len(got) == 3 and not loader.busy, timeout=WAIT_MS)
    assert sum(loader.image(t) is not None for t in TILES) == 2


def test_offline_reads_the_cache_only(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, loaders: list[TileLoader]
) -> None:
    cache = TileCache(tmp_path, 5)
    cache.put(xyz(http, tmp_path).server.key, TILES[0], png((7, 8, 9)))
    loader = make(loaders, xyz(http, tmp_path, offline=True))
    got = collect(loader)
    loader.want(TILES)
    qtbot.waitUntil(lambda: not loader.busy, timeout=WAIT_MS)
    assert got == {TILES[0]: (7, 8, 9)}
    assert http.requests == []


def test_switching_offline_drops_the_fetches(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, loaders: list[TileLoader]
) -> None:
    http.default = "slow"
    loader = make(loaders, xyz(http, tmp_path))
    got = collect(loader)
    loader.want(TILES)
    qtbot.waitUntil(lambda: len(http.requests) == 2, timeout=WAIT_MS)
    loader.set_offline(True)
    assert not loader.busy
    http.release.set()
    loader.want(TILES)
    qtbot.waitUntil(lambda: not loader.busy, timeout=WAIT_MS)
    assert got == {}
    assert len(http.requests) == 2


@pytest.mark.parametrize(
    ("mode", "line"),
    [
        ("500", "tiles: Test tiles: HTTP 500"),
        ("close", "tiles: Test tiles: the server closed the connection"),
        ("garbage", "tiles: Test tiles: a tile is not a PNG, JPEG or WebP image"),
    ],
)
def test_errors_give_one_status_line(
    qtbot: QtBot,
    http: TileHttpServer,
    tmp_path: Path,
    loaders: list[TileLoader],
    mode: str,
    line: str,
) -> None:
    http.default = mode
    loader = make(loaders, xyz(http, tmp_path))
    got = collect(loader)
    lines: list[str] = []
    loader.status.connect(lines.append)
    loader.want(TILES)
    qtbot.waitUntil(lambda: not loader.busy, timeout=WAIT_MS)
    assert len(set(http.paths())) == 3  # (Qt sends a GET again once on a closed connection)
    assert lines == [line]  # three tiles failed, one line
    assert got == {}
    # Garbage is not cached: nothing shows offline.
    assert loader.source.tile(*TILES[0]) is None


def test_a_missing_tile_gives_nothing(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, loaders: list[TileLoader]
) -> None:
    http.modes[tuple(TILES[1])] = "404"  # type: ignore[index]
    loader = make(loaders, xyz(http, tmp_path))
    got = collect(loader)
    lines: list[str] = []
    loader.status.connect(lines.append)
    loader.want(TILES)
    qtbot.waitUntil(lambda: len(http.requests) == 3 and not loader.busy, timeout=WAIT_MS)
    assert set(got) == {TILES[0], TILES[2]}
    assert lines == []


def test_connection_refused_is_one_line(
    qtbot: QtBot, tmp_path: Path, loaders: list[TileLoader]
) -> None:
    # A port just closed: nobody listens there.
    closed = TileHttpServer()
    closed.stop()
    loader = make(loaders, xyz(closed, tmp_path))
    with qtbot.waitSignal(loader.status, timeout=WAIT_MS) as blocker:
        loader.want(TILES[:1])
    assert blocker.args == ["tiles: Test tiles: connection refused"]


def test_a_slow_request_times_out(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, loaders: list[TileLoader]
) -> None:
    http.default = "slow"
    loader = make(loaders, xyz(http, tmp_path), timeout_ms=200)
    with qtbot.waitSignal(loader.status, timeout=WAIT_MS) as blocker:
        loader.want(TILES[:1])
    assert blocker.args == ["tiles: Test tiles: no answer in 0.2 s"]
    qtbot.waitUntil(lambda: not loader.busy, timeout=WAIT_MS)


def test_at_most_n_requests_fly_and_stale_ones_are_dropped(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, loaders: list[TileLoader]
) -> None:
    for t in TILES:
        http.modes[tuple(t)] = "slow"  # type: ignore[index]
    loader = make(loaders, xyz(http, tmp_path), max_in_flight=2)
    got = collect(loader)
    loader.want(TILES)
    qtbot.waitUntil(lambda: len(http.requests) == 2, timeout=WAIT_MS)
    assert len(loader.in_flight) == 2 and loader.busy
    # The view moved: the old tiles are dropped, the new ones fetched at once.
    fresh = [TileId(12, 3000, 1500), TileId(12, 3001, 1500)]
    loader.want(fresh)
    assert set(loader.in_flight) <= set(fresh)
    qtbot.waitUntil(lambda: len(got) == 2 and not loader.busy, timeout=WAIT_MS)
    assert got == {t: colour_of(*t) for t in fresh}
    assert len(http.requests) == 4  # the third old tile was never asked for
    http.release.set()
    # Wanted again, a dropped tile is fetched at once (not held back as a failure).
    http.modes.clear()
    loader.want(TILES[:1])
    qtbot.waitUntil(lambda: TILES[0] in got, timeout=WAIT_MS)
    assert got[TILES[0]] == colour_of(*TILES[0])


def test_an_mbtiles_file_is_read_in_a_worker(
    qtbot: QtBot, tmp_path: Path, loaders: list[TileLoader]
) -> None:
    tiles = {tuple(t): png(colour_of(*t)) for t in TILES[:2]}
    path = write_mbtiles(
        tmp_path / "map.mbtiles",
        tiles,  # type: ignore[arg-type]
        {"name": "Erg", "format": "png", "minzoom": "0", "maxzoom": "14"},
    )
    source = MBTilesSource(path)
    loader = make(loaders, source)
    gui_thread = threading.get_ident()
    readers: list[int] = []
    read = source.tile

    def spying(z: int, x: int, y: int) -> bytes | None:
        readers.append(threading.get_ident())
        return read(z, x, y)

    source.tile = spying  # type: ignore[method-assign]
    got = collect(loader)
    lines: list[str] = []
    loader.status.connect(lines.append)
    loader.want(TILES)
    qtbot.waitUntil(lambda: not loader.busy, timeout=WAIT_MS)
    assert got == {t: colour_of(*t) for t in TILES[:2]}  # the third is missing: nothing
    assert lines == []
    assert len(readers) == 3 and gui_thread not in readers
    source.close()


class HeldMapFile:
    """A map file (the :class:`TileSource` interface) whose reads of ``held`` tiles wait
    until the test releases them; ``reads`` is every tile read."""

    name = "Held"
    attribution = ""
    min_zoom = 0
    max_zoom = 18
    bounds = None

    def __init__(self, held: set[TileId]) -> None:
        self.held = held
        self.release = threading.Event()
        self.reads: list[TileId] = []

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        t = TileId(z, x, y)
        self.reads.append(t)
        if t in self.held:
            self.release.wait()
        return png(colour_of(z, x, y))

    def close(self) -> None:
        self.release.set()


class _Releaser:
    """Stands first in the loaders to close: lets held reads go."""

    def __init__(self, source: HeldMapFile) -> None:
        self.source = source

    def close(self) -> None:
        self.source.release.set()


def test_reads_the_view_no_longer_wants_are_skipped(
    qtbot: QtBot, loaders: list[TileLoader]
) -> None:
    old = [TileId(10, i, 7) for i in range(4)]
    source = HeldMapFile(set(old[:2]))
    loader = make(loaders, source)
    # Held reads are let go before the loader closes (waiting for its workers), pass or fail.
    loaders.insert(0, _Releaser(source))  # type: ignore[arg-type]
    got = collect(loader)
    loader.want(old)
    # Both workers are busy with the first two; the other two wait their turn.
    qtbot.waitUntil(lambda: len(source.reads) == 2, timeout=WAIT_MS)
    new = [TileId(10, 9, 7), old[3]]
    loader.want(new)
    source.release.set()
    qtbot.waitUntil(lambda: not loader.busy, timeout=WAIT_MS)
    assert got == {t: colour_of(*t) for t in new}
    assert old[2] not in source.reads  # skipped: no longer wanted when its turn came
    # The ones read meanwhile are kept in memory: panning back shows them at once.
    got.clear()
    loader.want(old[:2])
    assert got == {t: colour_of(*t) for t in old[:2]}


def test_a_tile_is_decoded_only_by_its_own_format_s_reader(qtbot: QtBot) -> None:
    from PySide6.QtGui import QImage

    from navapp.gui.common.tile_loader import _decode

    # An SVG served as a tile is not a map tile: Qt would draw it, but asking every image
    # plugin (the SVG one connects a signal in a worker) can hang a closing window for good.
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>'
    assert not QImage.fromData(svg).isNull()
    assert _decode(svg) is None
    image = _decode(png((10, 20, 30)))
    assert image is not None and pixel(image) == (10, 20, 30)
