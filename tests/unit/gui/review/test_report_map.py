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


def test_a_tile_servers_report_tiles_come_from_the_cache_only(
    window: ReviewWindow, http: TileHttpServer, tmp_path: Path
) -> None:
    sources = map_sources()
    spec = server_spec("Local", http.url, "© Local", 18)
    cached = TileId(11, 1001, 837)
    key = tile_server("Local", http.url, "© Local", 18).key
    cache_for(sources.cache_folder(), sources.cache_limit_mb()).put(
        key, cached, png(colour_of(*cached))
    )
    sources.add(spec)
    sources.choose(spec)
    assert not sources.offline()
    out = tmp_path / "r.html"
    assert window.export_report(out)
    assert http.requests == []  # the window is not shown, so only the export could have asked
    doc = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    tiles = [i.get("data-tile") for i in doc.xpath("//g[@class='maptiles']/image")]
    assert tiles == ["11/1001/837"]
    warning = doc.xpath("//p[@class='warning']")[0].text_content()
    assert warning.startswith("Local: ") and warning.endswith(
        " tiles are not in the cache; they are blank"
    )
    assert window.statusBar().currentMessage() == f"Report written: {out} ({warning})"
