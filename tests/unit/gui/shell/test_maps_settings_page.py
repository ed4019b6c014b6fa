"""Settings › Maps: add a tile server (its address checked) or a map file, remove one, the
offline switch, the cache limit, the cache's size and "Clear cache"; a bad address or file is
one line in the dialog; Cancel keeps nothing, Save keeps it all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from navapp.gui.common.map_sources import MapSources
from navapp.gui.shell.settings_dialog import SettingsDialog
from navapp.maps.catalog import cache_for, server_spec
from navapp.maps.tiles import TileId
from tests.unit.gui.common.maplayer_helpers import mbtiles

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

TEMPLATE = "http://127.0.0.1:9/{z}/{x}/{y}.png"


@pytest.fixture
def sources(tmp_path: Path) -> MapSources:
    settings = QSettings(str(tmp_path / "maps.ini"), QSettings.Format.IniFormat)
    return MapSources(settings=settings, cache_folder=tmp_path / "tiles")


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path, sources: MapSources) -> SettingsDialog:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    d = SettingsDialog(settings, maps=sources)
    qtbot.addWidget(d)
    return d


def test_add_a_server_and_a_file_then_save(
    dialog: SettingsDialog, sources: MapSources, tmp_path: Path
) -> None:
    page = dialog.maps_page
    assert page.maps.count() == 2  # the known servers
    assert not page.message.isVisibleTo(page)
    page.server_name.setText("Topo at home")
    page.server_url.setText(TEMPLATE)
    page.server_attribution.setText("© home")
    page.server_max_zoom.setValue(16)
    assert page.add_server_from_fields()
    assert page.server_url.text() == ""
    path = mbtiles(tmp_path / "erg.mbtiles", range(10, 12))
    assert page.add_map_file(path)
    assert [page.maps.item(i).text() for i in range(page.maps.count())] == [
        "OpenStreetMap  (tile server, built in)",
        "OpenTopoMap  (tile server, built in)",
        "Topo at home  (tile server)",
        "Erg test  (map file)",
    ]
    page.offline.setChecked(True)
    page.cache_mb.setValue(120)
    assert sources.added() == []  # nothing kept before Save
    dialog.accept()
    assert [s.name for s in sources.added()] == ["Topo at home", "Erg test"]
    assert sources.added()[0] == server_spec("Topo at home", TEMPLATE, "© home", 16)
    assert sources.offline() and sources.cache_limit_mb() == 120


def test_remove_and_cancel(qtbot: QtBot, tmp_path: Path, sources: MapSources) -> None:
    spec = server_spec("Topo at home", TEMPLATE, "© home", 16)
    sources.add(spec)
    sources.choose(spec)
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings, maps=sources)
    qtbot.addWidget(dialog)
    page = dialog.maps_page
    page.maps.setCurrentRow(0)
    assert not page.remove.isEnabled()  # a known server stays
    page.maps.setCurrentRow(2)
    assert page.remove.isEnabled()
    page.remove_selected()
    assert page.added() == []
    dialog.reject()
    assert sources.added() == [spec]  # Cancel kept nothing
    again = SettingsDialog(settings, maps=sources)
    qtbot.addWidget(again)
    again.maps_page.maps.setCurrentRow(2)
    again.maps_page.remove_selected()
    again.accept()
    assert sources.added() == [] and sources.chosen() is None


@pytest.mark.parametrize(
    ("name", "url", "attribution", "line"),
    [
        (
            "Home",
            "tiles.example.org/{z}/{x}/{y}",
            "©",
            "Home: the address must start with https:// or http://",
        ),
        (
            "Home",
            "https://t.example.org/{z}/{x}.png",
            "©",
            "Home: the address needs {z}, {x} and {y}",
        ),
        ("Home", TEMPLATE, "", "Home: say whose map it is (the attribution the server asks for)"),
        ("", TEMPLATE, "©", "give the tile server a name (up to 80 characters)"),
        (
            "OSM again",
            "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
            "©",
            "OSM again: navapp already lists this server",
        ),
    ],
)
def test_a_bad_server_is_one_line(
    dialog: SettingsDialog, name: str, url: str, attribution: str, line: str
) -> None:
    page = dialog.maps_page
    page.server_name.setText(name)
    page.server_url.setText(url)
    page.server_attribution.setText(attribution)
    assert not page.add_server_from_fields()
    assert page.message.text() == line and page.message.isVisibleTo(page)
    assert page.added() == [] and page.server_url.text() == url  # kept to be corrected


def test_a_bad_file_is_one_line(dialog: SettingsDialog, tmp_path: Path) -> None:
    page = dialog.maps_page
    bad = tmp_path / "photo.pmtiles"
    bad.write_bytes(b"\x89PNG\r\n\x1a\nnot a map")
    assert not page.add_map_file(bad)
    assert page.message.text() == f"{bad}: not a map file navapp reads (MBTiles or PMTiles)"
    assert page.added() == []


def test_the_cache_size_and_clear(dialog: SettingsDialog, sources: MapSources) -> None:
    page = dialog.maps_page
    cache = cache_for(sources.cache_folder(), sources.cache_limit_mb())
    cache.put("test-abc", TileId(3, 1, 1), b"x" * 300 * 1024)
    page.load()
    assert page.cache_size.text() == "0.3 MB"
    page.clear_cache.click()
    assert page.cache_size.text() == "0 kB"
    assert sources.cache_size_bytes() == 0


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_screenshot(
    dialog: SettingsDialog, qtbot: QtBot, screenshot_dir: Path, size: tuple[int, int]
) -> None:
    dialog.tabs.setCurrentWidget(dialog.maps_page)
    dialog.maps_page.say("Home: the address needs {z}, {x} and {y}")
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(screenshot_dir / f"settings_maps_{size[0]}x{size[1]}.png"))
