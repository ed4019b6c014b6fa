"""Map specs: checked when made, kept as plain values, read back from untrusted settings with
bad entries dropped and said why, and opened into map sources (files, servers, the cache)."""

from __future__ import annotations

from pathlib import Path

import pytest

from navapp.maps.cache import MB
from navapp.maps.catalog import (
    MapSpec,
    MapSpecError,
    cache_for,
    file_spec,
    known_specs,
    open_spec,
    server_spec,
    specs_from_dicts,
)
from navapp.maps.mbtiles import MBTilesSource
from navapp.maps.pmtiles import PMTilesSource
from navapp.maps.source import MapSourceError
from navapp.maps.tiles import TileId
from navapp.maps.xyz import XyzSource
from tests.unit.maps.tilefiles import png, write_mbtiles, write_pmtiles

TEMPLATE = "http://127.0.0.1:9/{z}/{x}/{y}.png"


def test_known_specs_are_the_known_servers() -> None:
    specs = known_specs()
    assert [s.name for s in specs] == ["OpenStreetMap", "OpenTopoMap"]
    osm = specs[0]
    assert osm.kind == "server" and osm.path is None
    assert osm.template == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert osm.attribution == "© OpenStreetMap contributors"
    assert (osm.min_zoom, osm.max_zoom) == (0, 19)
    assert specs[1].max_zoom == 17 and "{s}" in (specs[1].template or "")


def test_a_spec_goes_through_a_dict_unchanged(tmp_path: Path) -> None:
    server = server_spec("Test", TEMPLATE, "© test", 16, 2)
    f = MapSpec("file", "Erg", tmp_path / "erg.mbtiles", None, "© erg", 3, 14)
    for spec in (server, f, *known_specs()):
        assert MapSpec.from_dict(spec.to_dict()) == spec
    assert server.to_dict() == {
        "kind": "server",
        "name": "Test",
        "template": TEMPLATE,
        "attribution": "© test",
        "min_zoom": 2,
        "max_zoom": 16,
    }
    assert server.key == f"server:{TEMPLATE}" and f.key == f"file:{tmp_path / 'erg.mbtiles'}"


def test_ini_text_numbers_are_read() -> None:
    d = server_spec("Test", TEMPLATE, "© test", 16).to_dict()
    d.update(min_zoom="1", max_zoom="15")
    spec = MapSpec.from_dict(d)
    assert (spec.min_zoom, spec.max_zoom) == (1, 15)


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ("text", "a map entry is not a table of values"),
        ({"kind": "wms", "name": "x"}, "a map entry has an unknown kind 'wms'"),
        ({"kind": "file", "name": ""}, "a map entry has no name"),
        ({"kind": "file", "name": "Erg"}, "Erg: the map entry has no file"),
        ({"kind": "file", "name": "Erg", "path": 7}, "Erg: its path is not one line of text"),
        (
            {"kind": "file", "name": "Erg", "path": "/a", "max_zoom": 40},
            "Erg: its max_zoom is not a zoom 0..22",
        ),
        (
            {"kind": "file", "name": "Erg", "path": "/a", "min_zoom": 9, "max_zoom": 3},
            "Erg: its zooms run backwards (9 > 3)",
        ),
        (
            {"kind": "server", "name": "S", "template": "ftp://x/{z}/{x}/{y}", "attribution": "a"},
            "S: the address must start with https:// or http://",
        ),
        (
            {"kind": "server", "name": "S", "template": "http://x/{z}/{x}.png", "attribution": "a"},
            "S: the address needs {z}, {x} and {y}",
        ),
        (
            {"kind": "server", "name": "S", "template": TEMPLATE, "attribution": ""},
            "S: say whose map it is (the attribution the server asks for)",
        ),
    ],
)
def test_bad_entries_are_dropped_with_their_reason(entry: object, reason: str) -> None:
    with pytest.raises(MapSpecError) as err:
        MapSpec.from_dict(entry)
    assert str(err.value) == reason
    good = server_spec("Test", TEMPLATE, "© test", 16)
    specs, reasons = specs_from_dicts([entry, good.to_dict(), good.to_dict()])
    assert specs == [good]
    assert reasons == [reason, "Test: listed twice"]


def test_server_spec_says_what_to_change() -> None:
    with pytest.raises(MapSpecError, match=r"unknown placeholder \{q\}"):
        server_spec("S", "https://t/{z}/{x}/{y}{q}.png", "a", 10)
    with pytest.raises(MapSpecError, match=r"the zooms must run"):
        server_spec("S", TEMPLATE, "a", 30)


def test_a_map_file_spec_reads_the_file(tmp_path: Path) -> None:
    path = write_mbtiles(
        tmp_path / "erg.mbtiles",
        {(3, 4, 2): png((1, 2, 3))},
        {
            "name": "Erg Chebbi",
            "attribution": "© survey",
            "format": "png",
            "minzoom": "3",
            "maxzoom": "9",
        },
    )
    spec = file_spec(path)
    assert spec == MapSpec("file", "Erg Chebbi", path, None, "© survey", 3, 9)
    source = open_spec(spec, tmp_path / "cache", 10, offline=True)
    assert isinstance(source, MBTilesSource) and source.tile(3, 4, 2) == png((1, 2, 3))
    source.close()
    pm = write_pmtiles(tmp_path / "dunes.pmtiles", {(0, 0, 0): png((4, 5, 6))})
    pm_spec = file_spec(pm)
    assert pm_spec.kind == "file" and pm_spec.name == "dunes"
    source = open_spec(pm_spec, tmp_path / "cache", 10, offline=True)
    assert isinstance(source, PMTilesSource) and source.tile(0, 0, 0) == png((4, 5, 6))
    source.close()


def test_a_file_that_is_not_a_map_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.mbtiles"
    bad.write_text("hello")
    with pytest.raises(MapSourceError) as err:
        file_spec(bad)
    assert str(err.value) == f"{bad}: not a map file navapp reads (MBTiles or PMTiles)"
    gone = MapSpec("file", "Gone", tmp_path / "gone.mbtiles")
    with pytest.raises(MapSourceError, match=r"gone\.mbtiles: no such file"):
        open_spec(gone, tmp_path / "cache", 10, offline=False)


def test_a_server_opens_behind_the_shared_cache(tmp_path: Path) -> None:
    spec = server_spec("Test", TEMPLATE, "© test", 16)
    source = open_spec(spec, tmp_path / "cache", 10, offline=True)
    assert isinstance(source, XyzSource)
    assert source.offline and source.max_zoom == 16 and source.attribution == "© test"
    assert source.request(3, 1, 1) is None  # offline: nothing to fetch
    online = open_spec(spec, tmp_path / "cache", 10, offline=False)
    assert isinstance(online, XyzSource) and online.request(3, 1, 1) is not None
    # One cache per folder, whichever server: the size limit holds for all of them.
    cache = cache_for(tmp_path / "cache", 10)
    assert cache_for(tmp_path / "cache", 10) is cache
    cache.put("a", TileId(1, 0, 0), b"x" * 600_000)
    cache.put("b", TileId(1, 0, 0), b"y" * 600_000)
    cache_for(tmp_path / "cache", 1)  # a smaller limit drops the oldest at once
    assert cache.limit_bytes == MB and cache.size_bytes == 600_000
    assert cache.get("a", TileId(1, 0, 0)) is None
    cache.clear()
    assert cache.size_bytes == 0 and len(cache) == 0
    assert not list((tmp_path / "cache").rglob("*.tile"))


def test_a_bad_server_spec_or_cache_is_one_line(tmp_path: Path) -> None:
    bad = MapSpec("server", "S", None, "gopher://x/{z}/{x}/{y}", "a", 0, 10)
    with pytest.raises(MapSourceError) as err:
        open_spec(bad, tmp_path, 10, offline=False)
    assert str(err.value) == "S: the address must start with https:// or http://"
    blocker = tmp_path / "file"
    blocker.write_text("")
    spec = server_spec("Test", TEMPLATE, "© test", 16)
    with pytest.raises(MapSourceError, match=r"^Test: .*cannot make the tile cache"):
        open_spec(spec, blocker / "cache", 10, offline=False)
