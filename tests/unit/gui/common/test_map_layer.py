"""The tile layer against real map files and a real tile server on 127.0.0.1: the colour on
screen is the tile expected at that lon/lat and zoom (north up and turned), the zoom chosen,
parents shown while children load, opacity, offline, and errors as one status line."""

from __future__ import annotations

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
    """Paint once (the tiles are asked for), wait for them, paint again."""
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
    # The centre tile is asked for first.
    assert http.paths()[0] in {f"/12/{t.x}/{t.y}.png" for t in layer.wanted()[:2]}
    assert layer.wanted()[0] == TileId(12, *_centre_tile(12))


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
    assert got == pytest.approx(want, abs=2)


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
    image = loaded(qtbot, layer, t, W, H, mpp, projection)
    assert len(http.requests) == len(layer.wanted())
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
