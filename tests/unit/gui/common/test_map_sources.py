"""The app-wide map choice kept in the settings, and the bar over the map views: choosing,
adding a map file, a bad one as one status line, opacity, offline, and bad saved entries."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from navapp.gui.common.map_layer import TileLayer
from navapp.gui.common.map_sources import ADD_FILE, NO_MAP, MapSourceBar, MapSources, map_sources
from navapp.gui.shell.settings import (
    MAPS_ADDED_KEY,
    MAPS_CACHE_MB_KEY,
    MAPS_CHOSEN_KEY,
    MapSettings,
)
from navapp.maps.catalog import known_specs, server_spec
from navapp.maps.mbtiles import MBTilesSource
from navapp.maps.tiles import TileId
from navapp.maps.xyz import XyzSource
from tests.unit.gui.common.maplayer_helpers import mbtiles

TEMPLATE = "http://127.0.0.1:9/{z}/{x}/{y}.png"


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def sources(tmp_path: Path) -> MapSources:
    return MapSources(settings=ini(tmp_path), cache_folder=tmp_path / "tiles")


@pytest.fixture
def layers() -> Iterator[list[TileLayer]]:
    made: list[TileLayer] = []
    yield made
    for layer in made:
        layer.close()


def bar_for(qtbot: QtBot, sources: MapSources, layers: list[TileLayer]) -> MapSourceBar:
    layer = TileLayer()
    layers.append(layer)
    bar = MapSourceBar(layer, sources)
    qtbot.addWidget(bar)
    return bar


def test_the_choice_is_kept_in_the_settings(tmp_path: Path, sources: MapSources) -> None:
    assert [s.name for s in sources.specs()] == ["OpenStreetMap", "OpenTopoMap"]
    assert sources.chosen() is None and not sources.offline()
    server = server_spec("Test", TEMPLATE, "© test", 15)
    sources.add(server)
    spec = sources.add_file(mbtiles(tmp_path / "erg.mbtiles", range(10, 12)))
    assert spec.name == "Erg test" and spec.max_zoom == 11
    assert sources.chosen() == spec
    sources.set_offline(True)
    sources.set_opacity(0.4)
    sources.set_cache_limit_mb(50)
    again = MapSources(settings=ini(tmp_path), cache_folder=tmp_path / "tiles")
    assert again.added() == [server, spec]
    assert again.chosen() == spec and again.offline()
    assert again.opacity() == 0.4 and again.cache_limit_mb() == 50
    assert again.dropped() == []
    again.remove(spec)
    assert again.chosen() is None and again.added() == [server]


def test_bad_saved_maps_are_dropped_and_said_why(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    good = server_spec("Test", TEMPLATE, "© test", 15)
    entries = [
        good.to_dict(),
        {"kind": "server", "name": "Bad", "template": "x", "attribution": "a"},
        5,
    ]
    settings.setValue(MAPS_ADDED_KEY, json.dumps(entries))
    settings.setValue(MAPS_CACHE_MB_KEY, "-3")
    settings.setValue(MAPS_CHOSEN_KEY, good.key)
    state, reasons = MapSettings.load(settings)
    assert state.added == (good,) and state.chosen == good.key
    assert state.cache_mb == MapSettings().cache_mb
    assert reasons == [
        "Bad: the address must start with https:// or http://",
        "a map entry is not a table of values",
    ]
    settings.setValue(MAPS_ADDED_KEY, "{not json")
    state, reasons = MapSettings.load(settings)
    assert state.added == () and reasons[0] == "the list of added maps could not be read"


def test_the_app_wide_choice_is_the_tests_own() -> None:
    # (tests/unit/gui/conftest.py: no test reads the user's settings or their map choice)
    assert map_sources().chosen() is None
    assert "maps" in str(map_sources().cache_folder())


def test_the_bar_opens_the_chosen_map(
    qtbot: QtBot, tmp_path: Path, sources: MapSources, layers: list[TileLayer]
) -> None:
    bar = bar_for(qtbot, sources, layers)
    combo = bar.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        NO_MAP,
        "OpenStreetMap",
        "OpenTopoMap",
        ADD_FILE,
    ]
    assert bar.layer.source() is None
    assert bar.add_map_file(mbtiles(tmp_path / "erg.mbtiles", range(10, 12)))
    assert isinstance(bar.layer.source(), MBTilesSource)
    assert combo.currentText() == "Erg test"
    assert bar.attribution_text() == "© test survey"
    # Another window's bar follows the same choice with its own opened source.
    other = bar_for(qtbot, sources, layers)
    assert other.combo.currentText() == "Erg test"
    assert other.layer.source() is not bar.layer.source()
    # Choosing a tile server from the combo opens it, offline as switched.
    other.offline.setChecked(True)
    assert sources.offline() and bar.offline.isChecked() and bar.layer.offline()
    combo.setCurrentIndex(combo.findText("OpenStreetMap"))
    combo.activated.emit(combo.currentIndex())
    source = bar.layer.source()
    assert isinstance(source, XyzSource) and source.offline
    assert source.request(3, 1, 1) is None  # offline: no request to tile.openstreetmap.org
    assert bar.attribution_text() == known_specs()[0].attribution
    assert other.combo.currentText() == "OpenStreetMap"
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert bar.layer.source() is None and not bar.attribution.isVisible()


def test_a_bad_map_file_is_one_status_line(
    qtbot: QtBot, tmp_path: Path, sources: MapSources, layers: list[TileLayer]
) -> None:
    bar = bar_for(qtbot, sources, layers)
    bad = tmp_path / "notes.mbtiles"
    bad.write_text("hello")
    assert not bar.add_map_file(bad)
    assert bar.status_text() == f"{bad}: not a map file navapp reads (MBTiles or PMTiles)"
    assert bar.layer.source() is None and bar.combo.currentText() == NO_MAP
    # A map file that went away since it was added: one line, and no map.
    gone = tmp_path / "gone.mbtiles"
    mbtiles(gone, range(10, 11))
    sources.add_file(gone)
    assert isinstance(bar.layer.source(), MBTilesSource)
    sources.choose(None)
    gone.unlink()
    sources.choose(sources.added()[-1])
    assert bar.status_text() == f"{gone}: no such file"
    assert bar.layer.source() is None


def test_the_opacity_slider_sets_every_layer(
    qtbot: QtBot, sources: MapSources, layers: list[TileLayer]
) -> None:
    bar = bar_for(qtbot, sources, layers)
    other = bar_for(qtbot, sources, layers)
    bar.opacity.setValue(35)
    assert sources.opacity() == 0.35
    assert bar.layer.opacity() == other.layer.opacity() == 0.35
    assert other.opacity.value() == 35


def test_the_cache_size_and_clearing(sources: MapSources) -> None:
    from navapp.maps.catalog import cache_for

    cache = cache_for(sources.cache_folder(), sources.cache_limit_mb())
    cache.put("test-abc", TileId(3, 1, 1), b"x" * 3000)
    assert sources.cache_size_bytes() == 3000
    sources.clear_cache()
    assert sources.cache_size_bytes() == 0


def test_notices_are_plain_and_errors_red_on_the_one_status_line(
    qtbot: QtBot, tmp_path: Path, sources: MapSources, layers: list[TileLayer]
) -> None:
    from navapp.core.geodesy import LocalProjection
    from tests.unit.gui.common.maplayer_helpers import LAT0, LON0, paint, view, zoom_mpp

    bar = bar_for(qtbot, sources, layers)
    sources.add_file(mbtiles(tmp_path / "erg.mbtiles", range(14, 15)))
    # From far away the map file's tiles are too small to draw: a notice, not an error.
    far = zoom_mpp(4)
    paint(bar.layer, view(320, 240, far), 320, 240, far, LocalProjection(LAT0, LON0))
    assert bar.status_text() == "map: zoom in to see Erg test (its tiles start at zoom 14)"
    assert not bar.status_is_error()
    assert bar.status.palette().color(bar.status.foregroundRole()) == bar.palette().color(
        bar.foregroundRole()
    )
    assert "#b03020" not in bar.status.styleSheet()
    # A map file that cannot be read: an error, in red, on the same line.
    bad = tmp_path / "notes.mbtiles"
    bad.write_text("hello")
    assert not bar.add_map_file(bad)
    assert bar.status_is_error() and "#b03020" in bar.status.styleSheet()
    assert bar.status_text().endswith("not a map file navapp reads (MBTiles or PMTiles)")
