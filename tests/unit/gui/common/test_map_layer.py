"""The tile layer against real map files and a real tile server on 127.0.0.1: the colour on
screen is the tile expected at that lon/lat and zoom (north up and turned), the zoom chosen,
parents shown while children load, opacity, offline, and errors as one status line."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from navapp.core.geodesy import LocalProjection
from navapp.gui.common.map_layer import NIGHT_MAP_DIM, TileLayer
from navapp.maps.cache import TileCache
from navapp.maps.files import open_map_file
from navapp.maps.tiles import TileId, parent
from navapp.maps.xyz import XyzSource, tile_server
from tests.unit.gui.common.maplayer_helpers import (
    LAT0,
    LON0,
    PAPER,
    clear_points,
    mbtiles,
    paint,
    pmtiles,
    rgb,
    view,
    zoom_mpp,
)
from tests.unit.maps.tilefiles import colour_of
from tests.unit.maps.tileserver import TileHttpServer

WAIT_MS = 5000
W, H = 320, 240
BIG_W, BIG_H = 1280, 800


@pytest.fixture
def layers() -> Iterator[list[TileLayer]]:
    made: list[TileLayer] = []
    yield made
    for layer in made:
        layer.close()


@pytest.fixture
def http() -> Iterator[TileHttpServer]:
    server = TileHttpServer()
    yield server
    server.stop()


def loaded(qtbot: QtBot, layer: TileLayer, *args: object) -> object:
    """Paint (the tiles are asked for; after a zoom, the last drawing is stretched until the
    view rests), wait for them, and paint again until all is drawn."""
    for _ in range(3):
        paint(layer, *args)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: not layer.busy, timeout=WAIT_MS)
    return paint(layer, *args)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["mbtiles", "pmtiles"])
@pytest.mark.parametrize("rotation", [0.0, 30.0])
def test_each_pixel_shows_the_tile_at_its_lon_lat(
    qtbot: QtBot, tmp_path: Path, layers: list[TileLayer], kind: str, rotation: float
) -> None:
    write = mbtiles if kind == "mbtiles" else pmtiles
    path = write(tmp_path / f"erg.{kind}", range(10, 13))
    layer = TileLayer()
    layers.append(layer)
    layer.set_source(open_map_file(path))
    # A local plane centred off the view, so the tiles are warped as in a real stage.
    projection = LocalProjection(LAT0 + 0.05, LON0 - 0.05)
    cx, cy = projection.to_xy(LAT0, LON0)
    mpp = zoom_mpp(12) * 1.1
    t = view(W, H, mpp, rotation, cx, cy)
    image = loaded(qtbot, layer, t, W, H, mpp, projection)
    assert layer.zoom() == 12
    points = clear_points(t, projection, W, H, 12)
    assert len(points) > 80
    wrong = [(x, y, tile) for x, y, tile in points if rgb(image, x, y) != colour_of(*tile)]  # type: ignore[arg-type]
    assert wrong == []


@pytest.mark.parametrize(
    ("factor", "zoom"),
    [(1.0, 12), (1.3, 12), (1.5, 11), (0.7, 13), (0.2, 14), (40.0, 8)],
)
def test_the_zoom_follows_the_scale_within_the_source(
    qtbot: QtBot, tmp_path: Path, layers: list[TileLayer], factor: float, zoom: int
) -> None:
    path = mbtiles(tmp_path / "erg.mbtiles", range(8, 15))
    layer = TileLayer()
    layers.append(layer)
    layer.set_source(open_map_file(path))
    projection = LocalProjection(LAT0, LON0)
    mpp = zoom_mpp(12) * factor
    t = view(W, H, mpp)
    image = loaded(qtbot, layer, t, W, H, mpp, projection)
    assert layer.zoom() == zoom
    points = clear_points(t, projection, W, H, zoom, step=7)
    x, y, tile = min(points, key=lambda q: (q[0] - W / 2) ** 2 + (q[1] - H / 2) ** 2)
    assert rgb(image, x, y) == colour_of(*tile)  # type: ignore[arg-type]


def test_past_the_last_level_its_tiles_are_enlarged(
    qtbot: QtBot, tmp_path: Path, layers: list[TileLayer]
) -> None:
    path = mbtiles(tmp_path / "erg.mbtiles", range(9, 12))
    layer = TileLayer()
    layers.append(layer)
    layer.set_source(open_map_file(path))
    projection = LocalProjection(LAT0, LON0)
    mpp = zoom_mpp(14)
    t = view(W, H, mpp)
    image = loaded(qtbot, layer, t, W, H, mpp, projection)
    assert layer.zoom() == 11
    for x, y, tile in clear_points(t, projection, W, H, 11):
        assert rgb(image, x, y) == colour_of(*tile)


def test_a_loading_tile_shows_its_loaded_parent(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, layers: list[TileLayer]
) -> None:
    server = tile_server("Test tiles", http.url, "© test", 18)
    layer = TileLayer()
    layers.append(layer)
    layer.settle_ms = 0  # every frame drawn exactly: the zoom below is drawn at once
    layer.set_source(XyzSource(server, TileCache(tmp_path, 5)))
    projection = LocalProjection(LAT0, LON0)
    far = zoom_mpp(11)
    t_far = view(W, H, far)
    loaded(qtbot, layer, t_far, W, H, far, projection)
    assert layer.zoom() == 11
    # Closer in, the zoom 12 tiles are held by the server: their parents show meanwhile.
    http.default = "slow"
    near = zoom_mpp(12)
    t_near = view(W, H, near)
    image = paint(layer, t_near, W, H, near, projection)
    assert layer.zoom() == 12 and layer.busy
    points = clear_points(t_near, projection, W, H, 12)
    assert points
    for x, y, tile in points:
        assert rgb(image, x, y) == colour_of(*parent(tile))
    http.release.set()
    qtbot.waitUntil(lambda: not layer.busy, timeout=WAIT_MS)
    image = paint(layer, t_near, W, H, near, projection)
    for x, y, tile in points:
        assert rgb(image, x, y) == colour_of(*tile)


def test_nothing_loaded_shows_nothing_and_never_waits(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, layers: list[TileLayer]
) -> None:
    http.default = "slow"
    server = tile_server("Test tiles", http.url, "© test", 18)
    layer = TileLayer()
    layers.append(layer)
    layer.set_source(XyzSource(server, TileCache(tmp_path, 5)))
    projection = LocalProjection(LAT0, LON0)
    mpp = zoom_mpp(12)
    image = paint(layer, view(W, H, mpp), W, H, mpp, projection)
    assert {rgb(image, x, y) for x in range(0, W, 40) for y in range(0, H, 40)} == {PAPER}
    qtbot.waitUntil(lambda: len(http.requests) == 2, timeout=WAIT_MS)  # two at a time
    # The centre tile is wanted first, then outwards (the loader's two workers read them in
    # that order; which answer comes back first is up to the threads).
    wanted = layer.wanted()
    assert wanted[0] == TileId(12, *_centre_tile(12))
    from navapp.maps.tiles import lonlat_to_pixel

    px, py = lonlat_to_pixel(LON0, LAT0, 12)
    away = [math.hypot(t.x + 0.5 - px / 256, t.y + 0.5 - py / 256) for t in wanted]
    assert away == sorted(away)
    assert set(http.paths()) <= {f"/12/{t.x}/{t.y}.png" for t in wanted}


def _centre_tile(z: int) -> tuple[int, int]:
    from navapp.maps.tiles import tile_at

    t = tile_at(LON0, LAT0, z)
    return t.x, t.y


def test_opacity_mixes_the_map_with_the_paper(
    qtbot: QtBot, tmp_path: Path, layers: list[TileLayer]
) -> None:
    path = mbtiles(tmp_path / "erg.mbtiles", range(12, 13))
    layer = TileLayer()
    layers.append(layer)
    layer.set_source(open_map_file(path))
    projection = LocalProjection(LAT0, LON0)
    mpp = zoom_mpp(12)
    t = view(W, H, mpp)
    loaded(qtbot, layer, t, W, H, mpp, projection)
    x, y, tile = clear_points(t, projection, W, H, 12)[0]
    for opacity in (0.0, 0.5, 1.0):
        layer.set_opacity(opacity)
        got = rgb(paint(layer, t, W, H, mpp, projection), x, y)
        want = [p + (c - p) * opacity for p, c in zip(PAPER, colour_of(*tile), strict=True)]
        assert got == pytest.approx(want, abs=2)


def test_at_night_the_map_is_dimmed(qtbot: QtBot, tmp_path: Path, layers: list[TileLayer]) -> None:
    from navapp.gui.common.night import theme_controller

    path = mbtiles(tmp_path / "erg.mbtiles", range(12, 13))
    layer = TileLayer()
    layers.append(layer)
    layer.set_source(open_map_file(path))
    projection = LocalProjection(LAT0, LON0)
    mpp = zoom_mpp(12)
    t = view(W, H, mpp)
    loaded(qtbot, layer, t, W, H, mpp, projection)
    x, y, tile = clear_points(t, projection, W, H, 12)[0]
    theme_controller().set_theme("night")
    got = rgb(paint(layer, t, W, H, mpp, projection), x, y)
    k = NIGHT_MAP_DIM
    want = [p + (c - p) * k for p, c in zip(PAPER, colour_of(*tile), strict=True)]
    assert got == pytest.approx(want, abs=3)  # (opacity is kept in 8 bits)


def test_offline_asks_the_server_nothing(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, layers: list[TileLayer]
) -> None:
    server = tile_server("Test tiles", http.url, "© test", 18)
    layer = TileLayer()
    layers.append(layer)
    layer.set_offline(True)
    layer.set_source(XyzSource(server, TileCache(tmp_path, 5)))
    projection = LocalProjection(LAT0, LON0)
    mpp = zoom_mpp(12)
    t = view(W, H, mpp)
    image = loaded(qtbot, layer, t, W, H, mpp, projection)
    assert http.requests == []
    assert rgb(image, W // 2, H // 2) == PAPER
    # Back online, the missing tiles are fetched.
    layer.set_offline(False)
    loaded(qtbot, layer, t, W, H, mpp, projection)
    image = loaded(qtbot, layer, t, W, H, mpp, projection)  # (and the margin round the view)
    assert sorted(http.paths()) == sorted(f"/{z}/{x}/{y}.png" for z, x, y in layer.wanted())
    x, y, tile = clear_points(t, projection, W, H, 12)[0]
    assert rgb(image, x, y) == colour_of(*tile)


def test_a_failing_server_is_one_status_line(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, layers: list[TileLayer]
) -> None:
    http.default = "500"
    server = tile_server("Test tiles", http.url, "© test", 18)
    layer = TileLayer()
    layers.append(layer)
    lines: list[str] = []
    layer.status.connect(lines.append)
    layer.set_source(XyzSource(server, TileCache(tmp_path, 5)))
    projection = LocalProjection(LAT0, LON0)
    mpp = zoom_mpp(12)
    loaded(qtbot, layer, view(W, H, mpp), W, H, mpp, projection)
    assert len(http.requests) == len(layer.wanted()) >= 4
    assert [line for line in lines if line] == ["tiles: Test tiles: HTTP 500"]


def test_a_map_file_elsewhere_says_so(
    qtbot: QtBot, tmp_path: Path, layers: list[TileLayer]
) -> None:
    path = mbtiles(tmp_path / "erg.mbtiles", range(10, 12))
    layer = TileLayer()
    layers.append(layer)
    lines: list[str] = []
    layer.status.connect(lines.append)
    layer.set_source(open_map_file(path))
    projection = LocalProjection(45.0, 6.0)  # the Alps
    mpp = zoom_mpp(11)
    paint(layer, view(W, H, mpp), W, H, mpp, projection)
    assert lines[-1] == "map: Erg test does not cover this place"
    assert layer.attribution() == "© test survey"
    layer.set_source(None)
    assert lines[-1] == "" and layer.attribution() == ""


class EveryTile:
    """A map source (the TileSource interface) with every tile of the world, coloured by
    :func:`colour_of`, generated when read."""

    name = "Every tile"
    attribution = "© test"
    min_zoom = 0
    max_zoom = 18
    bounds = None

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        from tests.unit.maps.tilefiles import png

        return png(colour_of(z, x, y))

    def close(self) -> None:
        pass


@pytest.mark.parametrize("rotation", [0.0, 75.0])
def test_across_the_antimeridian(qtbot: QtBot, layers: list[TileLayer], rotation: float) -> None:
    # Taveuni, Fiji: the 180th meridian runs across the island.
    layer = TileLayer()
    layers.append(layer)
    layer.set_source(EveryTile())  # type: ignore[arg-type]
    projection = LocalProjection(-16.8, 179.99)
    mpp = zoom_mpp(12, -16.8)
    t = view(W, H, mpp, rotation)
    image = loaded(qtbot, layer, t, W, H, mpp, projection)
    assert {tile.x for tile in layer.wanted()} >= {0, 4095}  # both sides of the meridian
    points = clear_points(t, projection, W, H, 12)
    assert len(points) > 80
    assert [(x, y) for x, y, tile in points if rgb(image, x, y) != colour_of(*tile)] == []


def test_the_tile_cache_stays_within_its_limit(
    qtbot: QtBot, http: TileHttpServer, tmp_path: Path, layers: list[TileLayer]
) -> None:
    cache = TileCache(tmp_path, 500 / (1024 * 1024))  # 500 bytes: six of the test's tiles
    server = tile_server("Test tiles", http.url, "© test", 18)
    layer = TileLayer()
    layers.append(layer)
    layer.set_source(XyzSource(server, cache))
    projection = LocalProjection(LAT0, LON0)
    mpp = zoom_mpp(13)
    fetched = 0
    for step in range(4):  # panning east, a screen at a time
        t = view(W, H, mpp, cx=step * W * mpp)
        loaded(qtbot, layer, t, W, H, mpp, projection)
        fetched = len(http.requests)
        assert cache.size_bytes <= cache.limit_bytes
    assert fetched > len(cache) > 0


@pytest.mark.parametrize("rotation", [0.0, 30.0])
def test_a_pan_moves_the_drawn_map_without_drawing_tiles_again(
    qtbot: QtBot, tmp_path: Path, layers: list[TileLayer], rotation: float
) -> None:
    path = mbtiles(tmp_path / "erg.mbtiles", range(11, 13))
    layer = TileLayer()
    layers.append(layer)
    layer.set_source(open_map_file(path))
    projection = LocalProjection(LAT0, LON0)
    mpp = zoom_mpp(12) * 1.1
    loaded(qtbot, layer, view(W, H, mpp, rotation), W, H, mpp, projection)
    loaded(qtbot, layer, view(W, H, mpp, rotation, cx=1.0), W, H, mpp, projection)
    drawn: list[int] = []
    draw = layer._draw
    layer._draw = lambda *a: (drawn.append(1), draw(*a))[1]  # type: ignore[method-assign]
    for step in range(1, 8):  # a drag: 30 px right and 20 px down a frame
        t = view(W, H, mpp, rotation, cx=-30.0 * step * mpp, cy=20.0 * step * mpp)
        image = paint(layer, t, W, H, mpp, projection)
        points = clear_points(t, projection, W, H, 12, step=31)
        assert [(x, y) for x, y, tile in points if rgb(image, x, y) != colour_of(*tile)] == []
    assert len(drawn) <= 1  # once past the margin at most


def test_another_plane_is_drawn_anew(qtbot: QtBot, tmp_path: Path, layers: list[TileLayer]) -> None:
    path = mbtiles(tmp_path / "erg.mbtiles", range(11, 13))
    layer = TileLayer()
    layers.append(layer)
    layer.set_source(open_map_file(path))
    mpp = zoom_mpp(12)
    t = view(W, H, mpp)
    plane = LocalProjection(LAT0, LON0)
    loaded(qtbot, layer, t, W, H, mpp, plane)
    loaded(qtbot, layer, t, W, H, mpp, plane)  # and the margin: nothing left to arrive
    # The same screen transform in a plane centred 5 km further north (a new route).
    moved = LocalProjection(LAT0 + 0.045, LON0)
    image = loaded(qtbot, layer, t, W, H, mpp, moved)
    points = clear_points(t, moved, W, H, 12)
    assert [(x, y) for x, y, tile in points if rgb(image, x, y) != colour_of(*tile)] == []


def test_a_zoom_stretches_the_last_drawing_until_the_view_rests(
    qtbot: QtBot, tmp_path: Path, layers: list[TileLayer]
) -> None:
    path = mbtiles(tmp_path / "erg.mbtiles", range(10, 13))
    layer = TileLayer()
    layers.append(layer)
    layer.set_source(open_map_file(path))
    projection = LocalProjection(LAT0, LON0)
    mpp = zoom_mpp(12)
    loaded(qtbot, layer, view(W, H, mpp), W, H, mpp, projection)
    drawn: list[int] = []
    draw = layer._draw
    layer._draw = lambda *a: (drawn.append(1), draw(*a))[1]  # type: ignore[method-assign]
    # A wheel step out: the zoom 12 drawing, smaller, still in the right places.
    far = mpp * 1.6
    t = view(W, H, far)
    image = paint(layer, t, W, H, far, projection)
    assert drawn == [] and layer.busy and layer.zoom() == 12
    points = clear_points(t, projection, W, H, 12)
    assert len(points) > 40
    assert [(x, y) for x, y, tile in points if rgb(image, x, y) != colour_of(*tile)] == []
    # At rest, the zoom 11 tiles are drawn.
    image = loaded(qtbot, layer, t, W, H, far, projection)
    assert drawn and layer.zoom() == 11
    points = clear_points(t, projection, W, H, 11)
    assert [(x, y) for x, y, tile in points if rgb(image, x, y) != colour_of(*tile)] == []


@pytest.mark.parametrize("rotation", [0.0, 30.0])
def test_zooming_out_shows_no_blank_edge_when_tiles_are_in_memory(
    qtbot: QtBot, tmp_path: Path, layers: list[TileLayer], rotation: float
) -> None:
    path = mbtiles(tmp_path / "erg.mbtiles", range(10, 14))
    layer = TileLayer()
    layers.append(layer)
    layer.set_source(open_map_file(path))
    projection = LocalProjection(LAT0, LON0)
    # A car-sized view: zoomed out twice, it reaches well past the margin drawn round it.
    # Seen from far first (zoom 11 in memory), then close (zoom 13 drawn).
    far = zoom_mpp(11)
    loaded(qtbot, layer, view(BIG_W, BIG_H, far, rotation), BIG_W, BIG_H, far, projection)
    near = zoom_mpp(13)
    loaded(qtbot, layer, view(BIG_W, BIG_H, near, rotation), BIG_W, BIG_H, near, projection)
    assert layer.zoom() == 13
    # Zoom out twice as far in one step, at once: the zoom 12 tiles are not loaded yet, yet
    # every pixel shows the map (their zoom 11 parents, the last drawing), none the paper.
    out = near * 2
    t = view(BIG_W, BIG_H, out, rotation)
    image = paint(layer, t, BIG_W, BIG_H, out, projection)
    blank = [
        (x, y)
        for y in range(0, BIG_H, 11)
        for x in range(0, BIG_W, 11)
        if rgb(image, x, y) == PAPER
    ]
    assert blank == []
    corners = [(0, 0), (BIG_W - 1, 0), (0, BIG_H - 1), (BIG_W - 1, BIG_H - 1)]
    assert [c for c in corners if rgb(image, *c) == PAPER] == []


@pytest.mark.parametrize("rotation", [0.0, 30.0])
def test_a_pan_past_the_margin_keeps_every_tile_in_its_place(
    qtbot: QtBot, tmp_path: Path, layers: list[TileLayer], rotation: float
) -> None:
    """Past the drawn margin the buffer is drawn again: the tiles it already held are copied
    from the last one, the others drawn; every pixel still shows the tile at its lon/lat."""
    path = mbtiles(tmp_path / "erg.mbtiles", range(10, 15))
    layer = TileLayer()
    layers.append(layer)
    layer.set_source(open_map_file(path))
    projection = LocalProjection(LAT0, LON0)
    mpp = zoom_mpp(13) * 1.1
    drawn: list[int] = []
    draw = layer._draw
    layer._draw = lambda p, loader, tiles, *a: (
        drawn.append(len(tiles)),
        draw(p, loader, tiles, *a),
    )[1]  # type: ignore[method-assign]
    loaded(qtbot, layer, view(W, H, mpp, rotation), W, H, mpp, projection)
    before = layer.wanted()
    for step in range(1, 4):
        # 270 px a step east and 60 px north: past the margin each time.
        cx, cy = step * 270.0 * mpp, step * 60.0 * mpp
        t = view(W, H, mpp, rotation, cx, cy)
        drawn.clear()
        image = loaded(qtbot, layer, t, W, H, mpp, projection)
        points = clear_points(t, projection, W, H, 13, step=5)
        assert len(points) > 40
        assert [(x, y) for x, y, tile in points if rgb(image, x, y) != colour_of(*tile)] == []
        # Fewer tiles drawn than the buffer holds: those still in it were copied.
        assert drawn and drawn[0] < len(layer.wanted())
    assert layer.wanted() != before
