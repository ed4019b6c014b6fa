"""The command line and maps: ``navapp info`` on a map file, and ``navapp review --html``
drawn on a map file or a tile server (``--map``, ``--map-opacity``, ``--offline``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import numpy as np
import pytest
from pmtiles.tile import TileType

from navapp.cli import main
from navapp.io.registry import read_track
from navapp.maps.tiles import LonLatBox, tiles_covering
from navapp.paths import demo_drive, demo_roadbook
from tests.unit.maps.tilefiles import colour_of, png, write_mbtiles, write_pmtiles
from tests.unit.maps.tileserver import TileHttpServer


def demo_tiles(zooms: range) -> dict[tuple[int, int, int], bytes]:
    track = read_track(demo_drive())
    box = LonLatBox(
        float(np.nanmin(track.lon)) - 0.3,
        float(np.nanmin(track.lat)) - 0.3,
        float(np.nanmax(track.lon)) + 0.3,
        float(np.nanmax(track.lat)) + 0.3,
    )
    return {t: png(colour_of(*t)) for z in zooms for t in tiles_covering(box, z, 100_000)}


@pytest.fixture(scope="module")
def demo_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    meta = {
        "name": "Demo map",
        "format": "png",
        "minzoom": "9",
        "maxzoom": "12",
        "bounds": "-4.6,30.7,-3.5,31.7",
        "attribution": "© Demo map makers",
    }
    return write_mbtiles(
        tmp_path_factory.mktemp("map") / "demo.mbtiles", demo_tiles(range(9, 13)), meta
    )


def test_info_describes_an_mbtiles_map(demo_map: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(demo_map)]) == 0
    count = len(demo_tiles(range(9, 13)))
    assert capsys.readouterr().out.splitlines() == [
        f"Demo map  ·  MBTiles map  ·  raster PNG, 256 px tiles  ·  zoom 9–12  ·  {count} tiles",
        f"file         {demo_map}",
        "bounds       lat 30.70000 to 31.70000, lon -4.60000 to -3.50000",
        "attribution  © Demo map makers",
    ]
    assert main(["info", str(demo_map), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "kind": "map",
        "format": "mbtiles",
        "tile_format": "png",
        "tile_size": 256,
        "name": "Demo map",
        "min_zoom": 9,
        "max_zoom": 12,
        "bounds": {"south": 30.7, "west": -4.6, "north": 31.7, "east": -3.5},
        "tile_count": count,
        "attribution": "© Demo map makers",
        "warnings": [],
    }


def test_info_describes_a_pmtiles_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tiles = {(z, x, y): png(colour_of(z, x, y)) for z in (3, 4) for x in range(2) for y in range(3)}
    path = write_pmtiles(
        tmp_path / "m.pmtiles", tiles, {"name": "Small"}, bounds=(-10.0, 20.0, 10.0, 40.0)
    )
    assert main(["info", str(path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "pmtiles" and doc["tile_format"] == "png"
    assert (doc["min_zoom"], doc["max_zoom"], doc["tile_count"]) == (3, 4, 12)
    assert doc["bounds"] == {"south": 20.0, "west": -10.0, "north": 40.0, "east": 10.0}
    assert doc["attribution"] is None
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Small  ·  PMTiles map  ·  raster PNG, 256 px tiles  ·  zoom 3–4  ·  12 tiles"
    assert out[-1] == "attribution  none given"


def test_info_gives_the_tile_size_of_qgis_512_px_tiles(capsys: pytest.CaptureFixture[str]) -> None:
    whitney = DATA / "protomaps_usgs-mt-whitney-8-15-webp-512.pmtiles"
    assert main(["info", str(whitney)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "raster WEBP, 512 px tiles  ·  zoom 8–15  ·  50 tiles" in first
    assert main(["info", str(whitney), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tile_size"] == 512
    assert main(["info", str(DATA / "node-mbtiles_plain_1.mbtiles"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tile_size"] == 256


def test_info_refuses_a_vector_map_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_mbtiles(
        tmp_path / "v.mbtiles", {(0, 0, 0): b"\x1a\x00"}, {"name": "Vector", "format": "pbf"}
    )
    assert main(["info", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"navapp: error: {path}: holds vector tiles; navapp draws raster maps only\n"
    assert main(["info", str(path), "--waypoints", "w.csv"]) == 2
    assert "a map file, not a roadbook: --waypoints does not apply" in capsys.readouterr().err
    vector = write_pmtiles(tmp_path / "v.pmtiles", {(0, 0, 0): b"\x1a\x00"}, tile_type=TileType.MVT)
    assert main(["info", str(vector), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"navapp: error: {vector}: holds vector tiles; navapp draws raster maps only\n"
    )


def review(tmp_path: Path, *extra: str) -> list[str]:
    return [
        "review",
        str(demo_roadbook()),
        str(demo_drive()),
        "--html",
        str(tmp_path / "r.html"),
        *extra,
    ]


def test_review_report_on_a_map_file(
    demo_map: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(review(tmp_path, "--map", str(demo_map), "--map-opacity", "0.4")) == 1
    assert capsys.readouterr().err == ""
    doc = lxml.html.fromstring((tmp_path / "r.html").read_text(encoding="utf-8"))
    group = doc.xpath("//g[@class='maptiles']")[0]
    assert group.get("opacity") == "0.40" and group.get("data-zoom") == "11"
    assert 4 <= len(group.xpath("image")) <= 64
    assert doc.xpath("//text[@class='attribution']")[0].text_content() == "© Demo map makers"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--map", "nowhere"],
            "no map 'nowhere': give a map file (.mbtiles, .pmtiles), a tile "
            "server address with {z}/{x}/{y}, or one of openstreetmap (osm), opentopomap (otm)",
        ),
        (
            ["--map", "https://t.example.org/{z}/{x}/{y}.png"],
            "a tile server address needs its "
            "attribution (whose map it is): give --map-attribution TEXT",
        ),
        (
            ["--map", "https://t.example.org/{x}/{y}.png", "--map-attribution", "© t"],
            "t.example.org: the address needs {z}, {x} and {y}",
        ),
        (["--map", "missing.mbtiles"], "missing.mbtiles: no such file"),
        (["--offline"], "--offline goes with --map"),
    ],
)
def test_review_bad_map_options_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    assert main(review(tmp_path, *extra)) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert err.endswith(f"{message}\n")
    assert not (tmp_path / "r.html").exists()


def test_map_opacity_out_of_range_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(review(tmp_path, "--map", "osm", "--map-opacity", "1.5"))
    assert stop.value.code == 2
    assert "argument --map-opacity: must be between 0 and 1: 1.5" in capsys.readouterr().err


def test_map_without_html_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["review", str(demo_roadbook()), str(demo_drive()), "--map", "osm"]
    assert main(args) == 2
    assert "--map draws the HTML report's map: give --html FILE too" in capsys.readouterr().err


@pytest.fixture
def http() -> Iterator[TileHttpServer]:
    server = TileHttpServer()
    yield server
    server.stop()


def test_review_report_on_a_tile_server_offline_asks_nothing(
    http: TileHttpServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    extra = ["--map", http.url, "--map-attribution", "© Local", "--offline"]
    assert main(review(tmp_path, *extra)) == 1
    assert http.requests == []
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith("navapp: warning: 127.0.0.1: offline, ")
    assert err[0].endswith(" tiles are not in the cache; they are blank")
    doc = lxml.html.fromstring((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert [p.text_content() for p in doc.xpath("//p[@class='warning']")] == [
        err[0].removeprefix("navapp: warning: ")
    ]
    # Online, the same map fetches its tiles into the cache (one failing)...
    http.modes[(11, 1001, 837)] = "500"
    assert main(review(tmp_path, *extra[:-1])) == 1
    fetched = len(http.requests)
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "11/1001/837: HTTP 500" in err[0]
    doc = lxml.html.fromstring((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert len(doc.xpath("//g[@class='maptiles']/image")) == fetched - 1
    # ...and offline again, the report is drawn from that cache, asking nothing.
    assert main(review(tmp_path, *extra)) == 1
    assert len(http.requests) == fetched
    assert capsys.readouterr().err.splitlines() == [
        f"navapp: warning: 127.0.0.1: offline, 1 of {fetched} tiles are not in the cache; "
        "they are blank"
    ]
    doc = lxml.html.fromstring((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert len(doc.xpath("//g[@class='maptiles']/image")) == fetched - 1


DATA = Path(__file__).resolve().parents[2] / "data"


def test_info_on_map_files_from_other_tools(capsys: pytest.CaptureFixture[str]) -> None:
    whitney = DATA / "protomaps_usgs-mt-whitney-8-15-webp-512.pmtiles"
    assert main(["info", str(whitney), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["format"], doc["tile_format"], doc["min_zoom"], doc["max_zoom"]) == (
        "pmtiles",
        "webp",
        8,
        15,
    )
    assert doc["tile_count"] == 50
    assert doc["bounds"]["west"] < -118.2923 < doc["bounds"]["east"]
    # node-mbtiles' world: no format in its metadata, said once on stderr; tiles counted.
    world = DATA / "node-mbtiles_plain_1.mbtiles"
    assert main(["info", str(world)]) == 0
    out, err = capsys.readouterr()
    assert err == "navapp: warning: no tile format in the metadata: taken from each tile\n"
    assert out.splitlines()[0] == (
        "plain_1  ·  MBTiles map  ·  raster format read from each tile, 256 px tiles  ·  zoom 0–4"
        "  ·  285 tiles"
    )
    corrupt = DATA / "node-mbtiles_corrupt.mbtiles"
    assert main(["info", str(corrupt)]) == 2
    assert capsys.readouterr().err == (
        f"navapp: error: {corrupt}: the map file is damaged (malformed database)\n"
    )
