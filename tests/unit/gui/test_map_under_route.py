"""The map under the route in the review window and the editor, from a real MBTiles file and a
real tile server on 127.0.0.1: every pixel of the grabbed map shows the tile expected at its
lon/lat and zoom, or something drawn over the map; the attribution in the corner; opacity;
offline; a failing server as one status line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook, Track
from navapp.gui.common.map_sources import map_sources
from navapp.gui.common.map_view import MetricMapView
from navapp.gui.editor import EditorWindow
from navapp.gui.review import ReviewWindow
from navapp.io.registry import read_roadbook, read_track
from navapp.maps.catalog import server_spec
from navapp.maps.tiles import LonLatBox, TileId, tile_at
from navapp.paths import demo_drive, demo_roadbook
from tests.unit.gui.common.maplayer_helpers import mbtiles
from tests.unit.gui.editor.co_driver import Ask
from tests.unit.maps.tilefiles import colour_of
from tests.unit.maps.tileserver import TileHttpServer

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

WAIT_MS = 8000
# The demo stage (31.01..31.39 N, 4.30..3.85 W) with room around it.
DEMO_BOX = LonLatBox(-4.8, 30.7, -3.3, 31.7)


@pytest.fixture(scope="module")
def roadbook() -> Roadbook:
    return read_roadbook(demo_roadbook())


@pytest.fixture(scope="module")
def drive() -> Track:
    return read_track(demo_drive())


@pytest.fixture(scope="module")
def demo_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mbtiles(tmp_path_factory.mktemp("map") / "demo.mbtiles", range(8, 14), DEMO_BOX)


@pytest.fixture
def http() -> Iterator[TileHttpServer]:
    server = TileHttpServer()
    yield server
    server.stop()


@pytest.fixture
def review(qtbot: QtBot, roadbook: Roadbook, drive: Track) -> ReviewWindow:
    w = ReviewWindow(roadbook, [(drive, None)])
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path, roadbook: Roadbook) -> Iterator[EditorWindow]:
    from PySide6.QtCore import QSettings

    ask = Ask()
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    w = EditorWindow(settings=settings, data_dir=tmp_path / "data", ask=ask)
    qtbot.addWidget(w)
    w.set_roadbook(roadbook, str(demo_roadbook()))
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    ask.answers[:] = ["discard"] * 3


def projection_of(view: MetricMapView) -> object:
    model = getattr(view, "model", None)
    return model.projection if model is not None else view._projection  # type: ignore[attr-defined]


def lonlat_at_pixel(view: MetricMapView, x: float, y: float) -> tuple[float, float]:
    wx, wy = view.screen_to_world(QPointF(x, y))
    lat, lon = projection_of(view).to_latlon(wx, wy)  # type: ignore[attr-defined]
    return lon, lat


def tile_at_pixel(view: MetricMapView, x: float, y: float, z: int) -> TileId:
    return tile_at(*lonlat_at_pixel(view, x, y), z)


def in_map(view: MetricMapView, x: float, y: float) -> bool:
    """Whether the map (the file's or the server's tiles) covers that pixel."""
    source = view.tile_layer.source() if view.tile_layer is not None else None
    box = source.bounds if source is not None else None
    if box is None:
        return True
    lon, lat = lonlat_at_pixel(view, x, y)
    return box.west <= lon <= box.east and box.south <= lat <= box.north


def rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    c = image.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


def grab_loaded(qtbot: QtBot, view: MetricMapView) -> QImage:
    layer = view.tile_layer
    assert layer is not None
    # A paint asks for the tiles; after a zoom it shows the last drawing stretched and draws
    # the tiles again once the view rests; then they arrive.
    for _ in range(3):
        view.grab()
        qtbot.waitUntil(lambda: not layer.busy, timeout=WAIT_MS)
    return view.grab().toImage()


def check_tiles_shown(qtbot: QtBot, view: MetricMapView) -> int:
    """Every sampled pixel well inside a tile shows that tile's colour, or is covered by what
    the view draws over the map (the same pixel differs from the paper with no map). Returns
    how many pixels showed their tile."""
    image = grab_loaded(qtbot, view)
    layer = view.tile_layer
    assert layer is not None
    z = layer.zoom()
    assert z is not None
    source = layer.source()
    opacity = layer.opacity()  # (the map bar's: 80 % unless the user moved it)
    layer.set_opacity(0.0)
    plain = view.grab().toImage()
    layer.set_opacity(opacity)
    paper = rgb(plain, 2, plain.height() // 2)
    shown = covered = 0
    for y in range(6, view.height() - 6, 17):
        for x in range(6, view.width() - 6, 17):
            t = tile_at_pixel(view, x, y, z)
            if not in_map(view, x, y):
                continue
            if {tile_at_pixel(view, x + d, y + e, z) for d in (-3, 3) for e in (-3, 3)} != {t}:
                continue
            want = [p + (c - p) * opacity for p, c in zip(paper, colour_of(*t), strict=True)]
            got = rgb(image, x, y)
            if all(abs(g - w) <= 4 for g, w in zip(got, want, strict=True)):  # 8-bit blending
                shown += 1
            else:
                assert rgb(plain, x, y) != paper, (x, y, got, want, source)
                covered += 1
    assert shown > 3 * covered
    return shown


def test_the_review_map_shows_the_tile_at_each_place(
    qtbot: QtBot, review: ReviewWindow, demo_map: Path
) -> None:
    assert review.map_bar.add_map_file(demo_map)
    assert check_tiles_shown(qtbot, review.map) > 400
    layer = review.map.tile_layer
    assert layer is not None and layer.zoom() in (10, 11)
    assert review.map_bar.attribution_text() == "© test survey"


def test_the_review_map_zooms_its_tiles_with_the_view(
    qtbot: QtBot, review: ReviewWindow, demo_map: Path
) -> None:
    review.map_bar.add_map_file(demo_map)
    layer = review.map.tile_layer
    assert layer is not None
    cx, cy, mpp = review.map.view()
    review.map.set_view(cx, cy, mpp / 4)
    check_tiles_shown(qtbot, review.map)
    near = layer.zoom()
    review.map.set_view(cx, cy, mpp * 4)
    check_tiles_shown(qtbot, review.map)
    assert layer.zoom() == near - 4 or layer.zoom() == 8  # 8: the file's first level


def test_the_editor_map_shows_the_tile_at_each_place(
    qtbot: QtBot, editor: EditorWindow, demo_map: Path
) -> None:
    assert editor.map_bar.add_map_file(demo_map)
    assert check_tiles_shown(qtbot, editor.map) > 150
    # The same choice is the review's too (app-wide), and the opacity.
    assert map_sources().chosen() is not None
    editor.map_bar.opacity.setValue(50)
    assert editor.map.tile_layer is not None and editor.map.tile_layer.opacity() == 0.5
    assert review_opacity() == 0.5
    check_tiles_shown(qtbot, editor.map)


def test_the_attribution_is_on_the_map_corner(
    qtbot: QtBot, review: ReviewWindow, demo_map: Path
) -> None:
    review.map_bar.add_map_file(demo_map)
    view = review.map
    plain_layer = view.tile_layer
    assert plain_layer is not None
    with_map = grab_loaded(qtbot, view)
    w, h = with_map.width(), with_map.height()
    # Text pixels (dark on the light box) in the bottom right corner.
    dark = sum(
        1
        for x in range(w - 90, w - 2)
        for y in range(h - 14, h - 2)
        if max(rgb(with_map, x, y)) < 90
    )
    assert dark > 20
    map_sources().choose(None)
    bare = view.grab().toImage()
    assert all(
        max(rgb(bare, x, y)) > 90 for x in range(w - 90, w - 2, 3) for y in range(h - 14, h - 2, 3)
    )


def test_a_tile_server_offline_is_not_asked(
    qtbot: QtBot, review: ReviewWindow, editor: EditorWindow, http: TileHttpServer
) -> None:
    sources = map_sources()
    sources.set_offline(True)
    spec = server_spec("Test tiles", http.url, "© test tiles", 18)
    sources.add(spec)
    sources.choose(spec)
    for view in (review.map, editor.map):
        grab_loaded(qtbot, view)
    assert http.requests == []
    assert review.map_bar.offline.isChecked() and editor.map_bar.offline.isChecked()
    # Online, both windows fetch, and show the tiles.
    editor.map_bar.offline.setChecked(False)
    check_tiles_shown(qtbot, review.map)
    check_tiles_shown(qtbot, editor.map)
    assert http.requests
    assert {agent for _, agent in http.requests} == {f"navapp/{_version()}"}


def review_opacity() -> float:
    return map_sources().opacity()


def _version() -> str:
    from navapp import __version__

    return __version__


def test_a_failing_server_is_one_status_line(
    qtbot: QtBot, review: ReviewWindow, http: TileHttpServer
) -> None:
    http.default = "500"
    spec = server_spec("Test tiles", http.url, "© test tiles", 18)
    map_sources().add(spec)
    map_sources().choose(spec)
    grab_loaded(qtbot, review.map)
    assert len(http.requests) > 4
    assert review.map_bar.status_text() == "tiles: Test tiles: HTTP 500"
    assert review.map_bar.status.isVisible()


def test_a_map_file_gone_is_one_status_line(
    qtbot: QtBot,
    review: ReviewWindow,
    tmp_path: Path,
    make_map: Callable[[Path], Path] = lambda p: mbtiles(p, range(8, 10), DEMO_BOX),
) -> None:
    path = make_map(tmp_path / "gone.mbtiles")
    sources = map_sources()
    spec = sources.add_file(path)
    sources.choose(None)
    path.unlink()
    sources.choose(spec)
    assert review.map_bar.status_text() == f"{path}: no such file"
    assert review.map.tile_layer is not None and review.map.tile_layer.source() is None


def test_closing_the_window_closes_its_map(
    qtbot: QtBot, review: ReviewWindow, editor: EditorWindow, demo_map: Path
) -> None:
    review.map_bar.add_map_file(demo_map)
    layer = review.map.tile_layer
    assert layer is not None and layer.source() is not None
    review.close()
    assert layer.source() is None
    assert editor.map.tile_layer is not None and editor.map.tile_layer.source() is not None


def test_a_new_route_redraws_the_map_in_its_plane(
    qtbot: QtBot, editor: EditorWindow, demo_map: Path
) -> None:
    import dataclasses

    import numpy as np

    from navapp.core.model import RouteLine

    editor.map_bar.add_map_file(demo_map)
    cx, cy, mpp = editor.map.view()
    editor.map.set_view(cx, cy, mpp / 4)
    check_tiles_shown(qtbot, editor.map)
    rb = editor.roadbook()
    assert rb.route is not None
    # The same stage moved 0.05 degree north: a new plane, the view kept where it is.
    route = rb.route
    moved = dataclasses.replace(route, lat=np.asarray(route.lat) + 0.05)
    assert isinstance(moved, RouteLine)
    before = editor.map.view()
    editor.map.set_roadbook(dataclasses.replace(rb, route=moved))
    editor.map.set_view(*before)  # the same screen transform, in another plane
    check_tiles_shown(qtbot, editor.map)


def test_a_long_map_name_and_attribution_keep_the_tablet_size(
    qtbot: QtBot, review: ReviewWindow, editor: EditorWindow
) -> None:
    import dataclasses

    from navapp.maps.catalog import known_specs

    sources = map_sources()
    sources.set_offline(True)
    topo = known_specs()[1]  # the longest attribution navapp lists
    name = "Erg Chebbi and the dunes south of Merzouga, 1:50000, edition of 2024 (scan)"
    long_named = dataclasses.replace(topo, name=name, template=f"{topo.template}?v=2")
    sources.add(long_named)
    sources.choose(long_named)
    for window in (review, editor):
        window.resize(1024, 600)
        assert window.minimumSizeHint().width() <= 1024
        qtbot.waitUntil(lambda window=window: window.width() == 1024)  # type: ignore[misc]
    assert review.map_bar.combo.currentText() == name
    assert review.map_bar.attribution_text() == topo.attribution
    assert review.map_bar.attribution.toolTip() == topo.attribution
