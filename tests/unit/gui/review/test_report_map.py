"""The review window's exported report is drawn on the map the window shows, at its opacity;
a tile server's tiles come from the disk cache only (the window never waits on the network)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook, Track
from navapp.core.review import review
from navapp.gui.common.map_sources import map_sources
from navapp.gui.review import ReviewWindow
from navapp.io.registry import read_roadbook, read_track
from navapp.maps.catalog import cache_for, server_spec
from navapp.maps.tiles import TileId
from navapp.maps.xyz import tile_server
from navapp.paths import demo_drive, demo_roadbook
from tests.unit.cli.test_map_commands import demo_tiles
from tests.unit.maps.tilefiles import colour_of, png, write_mbtiles
from tests.unit.maps.tileserver import TileHttpServer

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture(scope="module")
def roadbook() -> Roadbook:
    return read_roadbook(demo_roadbook())


@pytest.fixture(scope="module")
def drive() -> Track:
    return read_track(demo_drive())


@pytest.fixture
def window(qtbot: QtBot, roadbook: Roadbook, drive: Track) -> ReviewWindow:
    w = ReviewWindow(roadbook, [(drive, review(roadbook, drive))])
    qtbot.addWidget(w)
    return w


@pytest.fixture
def http() -> Iterator[TileHttpServer]:
    server = TileHttpServer()
    yield server
    server.stop()


def test_the_report_is_drawn_on_the_windows_map_file(
    window: ReviewWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    meta = {
        "name": "Demo map",
        "format": "png",
        "minzoom": "10",
        "maxzoom": "12",
        "attribution": "© Demo map makers",
    }
    path = write_mbtiles(tmp_path / "demo.mbtiles", demo_tiles(range(10, 13)), meta)
    sources = map_sources()
    sources.add_file(path)
    sources.set_opacity(0.35)
    assert window.map_bar.layer.source() is not None
    out = tmp_path / "r.html"
    with qtbot.waitSignal(window.report_written):
        assert window.export_report(out)
    doc = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    group = doc.xpath("//g[@class='maptiles']")[0]
    assert group.get("opacity") == "0.35" and group.get("data-zoom") == "11"
    assert len(group.xpath("image")) >= 4
    assert doc.xpath("//text[@class='attribution']")[0].text_content() == "© Demo map makers"
    assert window.statusBar().currentMessage() == f"Report written: {out}"
    # No map chosen: the plain report, as before.
    sources.choose(None)
    assert window.export_report(out)
    assert not lxml.html.fromstring(out.read_text(encoding="utf-8")).xpath("//g[@class='maptiles']")


def choose_server(http: TileHttpServer, cached: list[TileId]) -> None:
    sources = map_sources()
    spec = server_spec("Local", http.url, "© Local", 18)
    key = tile_server("Local", http.url, "© Local", 18).key
    cache = cache_for(sources.cache_folder(), sources.cache_limit_mb())
    for t in cached:
        cache.put(key, t, png(colour_of(*t)))
    sources.add(spec)
    sources.choose(spec)


def test_offline_a_tile_servers_report_tiles_come_from_the_cache_only(
    window: ReviewWindow, http: TileHttpServer, tmp_path: Path
) -> None:
    cached = TileId(11, 1001, 837)
    map_sources().set_offline(True)
    choose_server(http, [cached])
    out = tmp_path / "r.html"
    assert window.export_report(out)  # written at once: nothing to fetch
    assert http.requests == []
    doc = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    tiles = [i.get("data-tile") for i in doc.xpath("//g[@class='maptiles']/image")]
    assert tiles == ["11/1001/837"]
    warning = doc.xpath("//p[@class='warning']")[0].text_content()
    assert warning.startswith("Local: offline, ")
    assert warning.endswith(" tiles are not in the cache; they are blank")
    assert window.statusBar().currentMessage() == f"Report written: {out} ({warning})"


def test_online_the_report_is_written_in_the_background_once_its_tiles_are_fetched(
    window: ReviewWindow, qtbot: QtBot, http: TileHttpServer, tmp_path: Path
) -> None:
    failing = TileId(11, 1000, 837)
    http.modes[tuple(failing)] = "500"
    choose_server(http, [])
    out = tmp_path / "r.html"
    with qtbot.waitSignal(window.report_written, timeout=10_000) as written:
        assert window.export_report(out)
        # The window goes on; exporting again waits until this report is written.
        assert not window.export_action.isEnabled()
        assert window.statusBar().currentMessage() == "Fetching the map for the report r.html…"
    assert written.args == [str(out)]
    assert window.export_action.isEnabled()
    asked = sorted(p for p in http.paths() if p.startswith("/11/"))
    doc = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    tiles = sorted(f"/{i.get('data-tile')}.png" for i in doc.xpath("//g[@class='maptiles']/image"))
    assert tiles == [p for p in asked if p != "/11/1000/837.png"] and len(tiles) >= 4
    warning = doc.xpath("//p[@class='warning']")[0].text_content()
    assert "11/1000/837: HTTP 500" in warning
    assert window.statusBar().currentMessage() == f"Report written: {out} ({warning})"
    # A report that cannot be written says why, in one line, from the background too.
    with qtbot.waitSignal(window.failed, timeout=10_000) as failed:
        assert window.export_report(tmp_path / "missing" / "r.html")
    assert "\n" not in failed.args[0] and str(tmp_path / "missing") in failed.args[0]
    assert window.export_action.isEnabled()
