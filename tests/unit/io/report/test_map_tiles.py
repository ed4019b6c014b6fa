"""The report map's map layer: the tiles a map file or tile server has for the frame, at the
zoom matched to the SVG's scale, each placed where its corners project, embedded so the page
stays self-contained; the attribution on the map; missing tiles blank and failures one line."""

from __future__ import annotations

import base64
import functools
import math
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import numpy as np
import pytest

from navapp.core.model import Roadbook, Units
from navapp.io import report
from navapp.io.report.map_svg import MAP_WIDTH
from navapp.io.report.map_tiles import MAX_PLACEMENT_ERROR, place_tile
from navapp.maps.cache import TileCache
from navapp.maps.fetch import prepare_tiles
from navapp.maps.files import open_map_file
from navapp.maps.source import TileSource
from navapp.maps.tiles import (
    LonLatBox,
    TileId,
    ground_resolution,
    lonlat_to_pixel,
    pixel_to_lonlat,
    tile_at,
    tile_bounds,
    tiles_covering,
)
from navapp.maps.xyz import XyzSource, tile_server
from tests import builders
from tests.unit.io.report.known import LAT, LON
from tests.unit.maps.tilefiles import colour_of, png, png_colour, write_mbtiles, write_pmtiles
from tests.unit.maps.tileserver import TileHttpServer

# How far a placed tile's corner may be from its projected corner, in SVG units (the map is
# 1000 units across, shown about 1000 px wide): a quarter pixel, for a stage up to 50 km.
CORNER_TOLERANCE = 0.25
ATTRIBUTION = "© Test map contributors"
DATA = Path(__file__).resolve().parents[3] / "data"


def stage(length_m: float = 40_000.0, azimuth: float = 60.0) -> Roadbook:
    """A straight stage from (LAT, LON), its route only."""
    route = builders.straight_route(LAT, LON, azimuth, length_m, step_m=length_m / 40)
    return Roadbook("Tiled", Units.METRIC, (), route)


def matched_zoom(rb: Roadbook) -> int:
    """The zoom whose tile pixel is one SVG unit at the frame's centre, worked out here."""
    fitted = report.map_frame(rb, [])
    assert fitted is not None
    frame, _ = fitted
    return round(math.log2(ground_resolution(frame.projection.lat0, 0) * frame.scale))


def tiles_near(
    rb: Roadbook, zooms: range, margin_deg: float = 0.5
) -> dict[tuple[int, int, int], bytes]:
    """Tiles coloured by their number, covering the stage and a margin, at ``zooms``."""
    assert rb.route is not None
    box = LonLatBox(
        float(rb.route.lon.min()) - margin_deg,
        float(rb.route.lat.min()) - margin_deg,
        float(rb.route.lon.max()) + margin_deg,
        float(rb.route.lat.max()) + margin_deg,
    )
    return {t: png(colour_of(*t)) for z in zooms for t in tiles_covering(box, z, 100_000)}


def map_file(tmp_path: Path, kind: str, tiles: dict[tuple[int, int, int], bytes | str]) -> Path:
    zs = sorted({z for z, _, _ in tiles})
    if kind == "mbtiles":
        meta = {
            "name": "Test map",
            "format": "png",
            "minzoom": str(zs[0]),
            "maxzoom": str(zs[-1]),
            "attribution": f'<a href="https://example.org/copyright">{ATTRIBUTION}</a>',
        }
        return write_mbtiles(tmp_path / "map.mbtiles", tiles, meta)
    data = {k: v for k, v in tiles.items() if isinstance(v, bytes)}
    meta2: dict[str, object] = {"name": "Test map", "attribution": ATTRIBUTION}
    return write_pmtiles(tmp_path / "map.pmtiles", data, meta2)


def images(doc: lxml.html.HtmlElement) -> dict[TileId, lxml.html.HtmlElement]:
    """Each embedded tile's image (placed itself, or in the layer's defs for its pieces)."""
    found = doc.xpath("//svg[@id='map']/g[@class='maptiles']//image[@data-tile]")
    return {tile_of(i): i for i in found}


def tile_of(el: lxml.html.HtmlElement) -> TileId:
    return TileId(*(int(v) for v in el.get("data-tile").split("/")))


def parts(doc: lxml.html.HtmlElement) -> dict[TileId, list[tuple[np.ndarray, tuple[float, ...]]]]:
    """How each tile is drawn: (image units to SVG matrix, the part of the image it draws as
    x, y, width, height in image units), once for a whole tile, once a piece for a pieced one."""
    group = doc.xpath("//svg[@id='map']/g[@class='maptiles']")[0]
    out: dict[TileId, list[tuple[np.ndarray, tuple[float, ...]]]] = {}
    for image in group.xpath("image[@data-tile]"):
        whole = (0.0, 0.0, float(image.get("width")), float(image.get("height")))
        out[tile_of(image)] = [(matrix(image), whole)]
    for pieces in group.xpath("g[@class='pieces']"):
        drawn = []
        for use in pieces.xpath("use"):
            assert use.get("href") == f"#{images(doc)[tile_of(pieces)].get('id')}"
            clip = re.fullmatch(r"url\(#([^)]*)\)", use.get("clip-path"))
            assert clip
            rect = group.xpath(f"defs/*[@id='{clip.group(1)}']/rect")[0]
            drawn.append(
                (matrix(use), tuple(float(rect.get(k)) for k in ("x", "y", "width", "height")))
            )
        out[tile_of(pieces)] = drawn
    return out


def projected(frame: report.MapFrame, tile: TileId, u: float, v: float) -> np.ndarray:
    """Where the tile's point ``u`` across, ``v`` down (0..1, even in Web Mercator) projects."""
    lon, lat = pixel_to_lonlat((tile.x + u) * 256, (tile.y + v) * 256, tile.z)
    sx, sy = frame.to_svg(np.array([lat]), np.array([lon]))
    return np.array([sx[0], sy[0]])


def matrix(image: lxml.html.HtmlElement) -> np.ndarray:
    """The image's transform as a 3x3 matrix taking image units to SVG units."""
    m = re.fullmatch(r"matrix\(([^)]*)\)", image.get("transform"))
    assert m
    a, b, c, d, e, f = (float(v) for v in m.group(1).split())
    return np.array([[a, c, e], [b, d, f], [0.0, 0.0, 1.0]])


def placed(image: lxml.html.HtmlElement, u: float, v: float) -> np.ndarray:
    """Where the tile's point ``u`` across, ``v`` down (0..1) is drawn."""
    w, h = float(image.get("width")), float(image.get("height"))
    return (matrix(image) @ np.array([u * w, v * h, 1.0]))[:2]


def expected_tiles(frame: report.MapFrame, height: float, z: int) -> set[TileId]:
    """The tiles at ``z`` whose projected corners reach into the map's rectangle."""
    # Candidates: the box of points along the frame's edges, and a tenth more all round.
    t = np.linspace(0, 1, 21)
    sx = np.concatenate([t * MAP_WIDTH, np.full(21, MAP_WIDTH), t * MAP_WIDTH, np.zeros(21)])
    sy = np.concatenate([np.zeros(21), t * height, np.full(21, height), t * height])
    lat, lon = frame.to_lonlat(sx, sy)
    dlat, dlon = np.ptp(lat) / 10, np.ptp(lon) / 10
    around = LonLatBox(lon.min() - dlon, lat.min() - dlat, lon.max() + dlon, lat.max() + dlat)
    out = set()
    for t in tiles_covering(around, z, 1_000_000):
        b = tile_bounds(t)
        sx, sy = frame.to_svg(
            np.array([b.north, b.north, b.south, b.south]),
            np.array([b.west, b.east, b.west, b.east]),
        )
        if sx.max() > 0 and sx.min() < MAP_WIDTH and sy.max() > 0 and sy.min() < height:
            out.add(t)
    return out


def assert_self_contained(text: str) -> None:
    """Nothing in the page is fetched from elsewhere: every reference is inline or local."""
    doc = lxml.html.fromstring(text)
    for el in doc.iter():
        for name in ("href", "src", "xlink:href", "{http://www.w3.org/1999/xlink}href"):
            value = el.get(name)
            if value is not None:
                assert value.startswith(("data:", "#")), (el.tag, value[:80])
    assert not doc.xpath("//link | //script[@src] | //iframe | //object")
    assert all(u.startswith("#") for u in re.findall(r"url\(([^)]*)\)", text))


@pytest.mark.parametrize("kind", ["mbtiles", "pmtiles"])
def test_report_embeds_the_frames_tiles_placed_at_their_projected_corners(
    tmp_path: Path, kind: str
) -> None:
    rb = stage()
    z = matched_zoom(rb)
    source = open_map_file(map_file(tmp_path, kind, tiles_near(rb, range(z - 2, z + 3))))
    try:
        out = tmp_path / "report.html"
        warnings = report.write_html(out, rb, [], [], layer=report.MapLayer(source, 0.55))
    finally:
        source.close()
    text = out.read_text(encoding="utf-8")
    doc = lxml.html.fromstring(text)
    assert warnings == ()
    assert not doc.xpath("//p[@class='warning']")
    group = doc.xpath("//g[@class='maptiles']")[0]
    assert group.get("data-zoom") == str(z)
    assert group.get("opacity") == "0.55"
    fitted = report.map_frame(rb, [])
    assert fitted is not None
    frame, height = fitted
    shown = images(doc)
    assert set(shown) == expected_tiles(frame, height, z)
    assert 4 <= len(shown) <= report.MAX_REPORT_TILES
    assert not doc.xpath("//g[@class='pieces']")  # at 40 km one affine per tile is enough
    for tile, image in shown.items():
        # The right tile in the right element: its pixels are the tile's own colour.
        href = image.get("href")
        assert href.startswith("data:image/png;base64,")
        assert png_colour(base64.b64decode(href.split(",", 1)[1])) == colour_of(*tile)
        b = tile_bounds(tile)
        for u, v, lat, lon in [
            (0, 0, b.north, b.west),
            (1, 0, b.north, b.east),
            (0, 1, b.south, b.west),
            (1, 1, b.south, b.east),
        ]:
            sx, sy = frame.to_svg(np.array([lat]), np.array([lon]))
            gap = np.hypot(*(placed(image, u, v) - [sx[0], sy[0]]))
            assert gap < CORNER_TOLERANCE, (tile, u, v, gap)
    # Under the tiles, each tile again grown by over half a unit all round (no seams).
    bleed = group.xpath("g[@class='bleed']/use")
    assert [u.get("href") for u in bleed] == [f"#{i.get('id')}" for i in shown.values()]
    for use, image in zip(bleed, shown.values(), strict=True):
        m = re.fullmatch(r"matrix\(([^)]*)\)", use.get("transform"))
        assert m
        k, _b, _c, k2, e, f = (float(v) for v in m.group(1).split())
        assert k == k2
        centre = placed(image, 0.5, 0.5)
        assert k * centre + [e, f] == pytest.approx(centre, abs=1e-3)  # grown about its centre
        for u, v in [(0, 0), (1, 1)]:
            corner = placed(image, u, v)
            grown = np.hypot(*(k * corner + [e, f] - corner))
            assert 0.5 < grown < 1.0
    # A place on the route lands, through its tile's placement, where the route is drawn.
    assert rb.route is not None
    for k in (5, 20, 33):
        lat, lon = float(rb.route.lat[k]), float(rb.route.lon[k])
        tile = tile_at(lon, lat, z)
        px, py = lonlat_to_pixel(lon, lat, z)
        u, v = px / 256 - tile.x, py / 256 - tile.y
        sx, sy = frame.to_svg(np.array([lat]), np.array([lon]))
        assert np.hypot(*(placed(shown[tile], u, v) - [sx[0], sy[0]])) < CORNER_TOLERANCE
    attribution = doc.xpath("//svg[@id='map']/text[@class='attribution']")
    assert [a.text_content() for a in attribution] == [ATTRIBUTION]
    assert_self_contained(text)
    # The layer lies under the route, which is drawn after it.
    svg = text[text.index('<svg id="map"') :]
    assert svg.index('class="maptiles"') < svg.index('class="route"')


def test_missing_tiles_are_blank_and_a_map_elsewhere_says_so(tmp_path: Path) -> None:
    rb = stage()
    z = matched_zoom(rb)
    tiles = tiles_near(rb, range(z, z + 1))
    assert rb.route is not None
    gone = tile_at(float(rb.route.lon[20]), float(rb.route.lat[20]), z)
    del tiles[gone]
    source = open_map_file(map_file(tmp_path, "mbtiles", tiles))
    text, warnings = _render(rb, source)
    shown = images(lxml.html.fromstring(text))
    assert gone not in shown and len(shown) >= 4
    assert warnings == ()
    # A map of somewhere else: nothing to show, one line saying so, the route still drawn.
    far = write_mbtiles(
        tmp_path / "far.mbtiles",
        {(z, 0, 0): png((1, 2, 3))},
        {"name": "Far", "format": "png", "minzoom": str(z), "maxzoom": str(z)},
    )
    source = open_map_file(far)
    text, warnings = _render(rb, source)
    doc = lxml.html.fromstring(text)
    assert not images(doc)
    assert warnings == (f"Far has no tiles for this stage (zoom {z}); the map is blank",)
    assert [p.text_content() for p in doc.xpath("//p[@class='warning']")] == list(warnings)
    assert doc.xpath("//polyline[@class='route']")
    assert not doc.xpath("//text[@class='attribution']")


def _render(rb: Roadbook, source: TileSource, **kw: object) -> tuple[str, tuple[str, ...]]:
    try:
        rendered = report.render_report(rb, [], [], layer=report.MapLayer(source, **kw))  # type: ignore[arg-type]
    finally:
        source.close()
    assert_self_contained(rendered.html)
    return rendered.html, rendered.warnings


def test_a_damaged_tile_is_blank_with_one_warning_line(tmp_path: Path) -> None:
    rb = stage()
    z = matched_zoom(rb)
    tiles: dict[tuple[int, int, int], bytes | str] = dict(tiles_near(rb, range(z, z + 1)))
    assert rb.route is not None
    bad = tile_at(float(rb.route.lon[20]), float(rb.route.lat[20]), z)
    tiles[bad] = b"<html>not a tile</html>"
    text, warnings = _render(rb, open_map_file(map_file(tmp_path, "mbtiles", tiles)))
    shown = images(lxml.html.fromstring(text))
    assert bad not in shown and len(shown) >= 4
    assert len(warnings) == 1
    assert warnings[0].startswith(f"Test map: 1 of {len(shown) + 1} tiles are damaged (tile ")
    assert "\n" not in warnings[0]


def test_the_tile_count_is_bounded(tmp_path: Path) -> None:
    # A 600 km stage on a map from zoom 0: a coarser zoom, never more than the cap.
    rb = stage(600_000.0, 80.0)
    z = matched_zoom(rb)
    text, warnings = _render(
        rb, open_map_file(map_file(tmp_path, "mbtiles", tiles_near(rb, range(0, z + 1), 6.0)))
    )
    doc = lxml.html.fromstring(text)
    assert warnings == ()
    assert 4 <= len(images(doc)) <= report.MAX_REPORT_TILES
    # A map whose first zoom needs far more tiles than a report embeds: no map, one line.
    fine = write_mbtiles(
        tmp_path / "fine.mbtiles",
        {(16, 0, 0): png((1, 2, 3))},
        {"name": "Fine", "format": "png", "minzoom": "16", "maxzoom": "16"},
    )
    text, warnings = _render(rb, open_map_file(fine))
    doc = lxml.html.fromstring(text)
    assert not doc.xpath("//g[@class='maptiles']")
    assert warnings == (
        f"Fine: its first zoom (16) needs more than {report.MAX_REPORT_TILES} tiles for this "
        "map, more than a report embeds; no map drawn",
    )
    assert doc.xpath("//polyline[@class='route']")


def test_past_the_maps_last_zoom_its_tiles_are_drawn_enlarged(leg, tmp_path: Path) -> None:
    rb, tr, rv = leg
    assert matched_zoom(rb) > 12
    tiles = tiles_near(rb, range(10, 13))
    source = open_map_file(map_file(tmp_path, "pmtiles", tiles))
    rendered = report.render_report(rb, [tr], [rv], layer=report.MapLayer(source))
    source.close()
    doc = lxml.html.fromstring(rendered.html)
    assert doc.xpath("//g[@class='maptiles']")[0].get("data-zoom") == "12"
    drawn = parts(doc)
    assert 1 <= len(drawn) <= 4
    for pieces in drawn.values():
        for m, _part in pieces:
            # A 1 km leg fills the map: each zoom-12 tile is drawn over 4 times its size.
            assert np.hypot(m[0, 0], m[1, 0]) * 256 > 256 * 4


@pytest.mark.parametrize(
    ("lat", "length_km", "pieced"),
    [
        (0.0, 50, False),
        (31.0, 50, False),
        (60.0, 50, False),
        (70.0, 2, False),
        (31.0, 400, True),
        (60.0, 400, True),
        (70.0, 400, True),
    ],
)
def test_tiles_are_placed_within_half_a_unit_of_their_projection(
    lat: float, length_km: float, pieced: bool
) -> None:
    # One least-squares affine per tile misses its projected corners by a quarter of the
    # quad's twist: a fraction of an SVG unit at the matched zoom for a stage, but more for a
    # frame of hundreds of km (the projection bends the tiles), where they go in pieces.
    route = builders.straight_route(lat, 10.0, 0.0, length_km * 1000.0, step_m=length_km * 25.0)
    rb = Roadbook("x", Units.METRIC, (), route)
    fitted = report.map_frame(rb, [])
    assert fitted is not None
    frame, height = fitted
    z = matched_zoom(rb)
    whole, drawn = 0.0, 0.0
    for t in expected_tiles(frame, height, z):
        p = place_tile(frame, t)
        gaps = [
            np.hypot(*(np.array(p.corner(u, v)) - projected(frame, t, u, v)))
            for u, v in [(0, 0), (1, 0), (0, 1), (1, 1)]
        ]
        assert max(gaps) == pytest.approx(p.error, abs=1e-6)
        for q in p.pieces:
            corners = [(q.u0 + i * q.size, q.v0 + j * q.size) for i in (0, 1) for j in (0, 1)]
            gaps = [
                np.hypot(*(np.array(q.corner(u, v)) - projected(frame, t, u, v)))
                for u, v in corners
            ]
            assert max(gaps) == pytest.approx(q.error, abs=1e-6)
        assert bool(p.pieces) == (p.error > MAX_PLACEMENT_ERROR)
        whole, drawn = max(whole, p.error), max(drawn, p.drawn_error)
    assert drawn <= MAX_PLACEMENT_ERROR
    assert (whole > MAX_PLACEMENT_ERROR) == pieced


def test_a_large_frame_draws_its_tiles_in_pieces_each_where_it_projects(tmp_path: Path) -> None:
    # A 400 km stage at 60 N: each tile bent by the projection, drawn in pieces placed apart,
    # each within half a unit of where its corners project.
    route = builders.straight_route(60.0, 25.0, 0.0, 400_000.0, step_m=10_000.0)
    rb = Roadbook("North", Units.METRIC, (), route)
    z = matched_zoom(rb)
    text, warnings = _render(
        rb, open_map_file(map_file(tmp_path, "mbtiles", tiles_near(rb, range(z, z + 1), 8.0)))
    )
    assert warnings == ()
    doc = lxml.html.fromstring(text)
    fitted = report.map_frame(rb, [])
    assert fitted is not None
    frame, height = fitted
    drawn = parts(doc)
    assert set(drawn) == expected_tiles(frame, height, z)
    assert any(len(d) > 1 for d in drawn.values())
    for tile, pieces in drawn.items():
        image = images(doc)[tile]
        assert png_colour(base64.b64decode(image.get("href").split(",", 1)[1])) == colour_of(*tile)
        if len(pieces) > 1:
            # The image itself is not placed: only its pieces draw it, and they tile it.
            assert image.get("transform") is None
            assert sum(w * h for _m, (_x, _y, w, h) in pieces) == pytest.approx(256 * 256)
        for m, (x, y, w, h) in pieces:
            for ix, iy in [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]:
                at = (m @ np.array([ix, iy, 1.0]))[:2]
                gap = np.hypot(*(at - projected(frame, tile, ix / 256, iy / 256)))
                assert gap <= MAX_PLACEMENT_ERROR + 1e-3
    group = doc.xpath("//g[@class='maptiles']")[0]
    assert float(group.get("data-max-error")) <= MAX_PLACEMENT_ERROR
    assert len(group.xpath("g[@class='bleed']/use")) == len(drawn)


@pytest.fixture
def http() -> Iterator[TileHttpServer]:
    server = TileHttpServer()
    yield server
    server.stop()


def server_source(http: TileHttpServer, cache: Path, offline: bool = False) -> XyzSource:
    server = tile_server("Test server", http.url, ATTRIBUTION, 18)
    return XyzSource(server, TileCache(cache, 50), offline=offline, agent="navapp-test/1")


NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def test_a_tile_server_with_slow_and_failing_tiles_gives_a_warning_and_a_report(
    http: TileHttpServer, tmp_path: Path
) -> None:
    rb = stage()
    z = matched_zoom(rb)
    assert rb.route is not None
    slow = tile_at(float(rb.route.lon[5]), float(rb.route.lat[5]), z)
    failing = tile_at(float(rb.route.lon[35]), float(rb.route.lat[35]), z)
    http.modes[tuple(slow)] = "slow"
    http.modes[tuple(failing)] = "500"
    source = server_source(http, tmp_path / "cache")
    prepare = functools.partial(prepare_tiles, source, timeout_s=0.5, opener=NO_PROXY)
    out = tmp_path / "report.html"
    warnings = report.write_html(out, rb, [], [], layer=report.MapLayer(source, prepare=prepare))
    text = out.read_text(encoding="utf-8")
    assert_self_contained(text)
    shown = images(lxml.html.fromstring(text))
    assert slow not in shown and failing not in shown and len(shown) >= 4
    for tile, image in shown.items():
        assert png_colour(base64.b64decode(image.get("href").split(",", 1)[1])) == colour_of(*tile)
    assert len(warnings) == 1
    line = warnings[0]
    assert line.startswith(f"Test server: 2 of {len(shown) + 2} tiles could not be fetched (")
    assert f"{failing.z}/{failing.x}/{failing.y}: HTTP 500" in line
    assert f"{slow.z}/{slow.x}/{slow.y}: no answer in 0.5 s" in line
    assert line.endswith("they are blank")
    assert ATTRIBUTION in text and line.replace("&", "&amp;") in text
    assert all(agent == "navapp-test/1" for _path, agent in http.requests)


def test_offline_the_report_uses_only_the_cache(http: TileHttpServer, tmp_path: Path) -> None:
    rb = stage()
    z = matched_zoom(rb)
    assert rb.route is not None
    cached = {tile_at(float(rb.route.lon[k]), float(rb.route.lat[k]), z) for k in (0, 20, 40)}
    cache_dir = tmp_path / "cache"
    online = server_source(http, cache_dir)
    cache = TileCache(cache_dir, 50)
    for t in cached:
        cache.put(online.server.key, t, png(colour_of(*t)))
    source = server_source(http, cache_dir, offline=True)
    prepare = functools.partial(prepare_tiles, source, opener=NO_PROXY)
    rendered = report.render_report(rb, [], [], layer=report.MapLayer(source, prepare=prepare))
    assert http.requests == []
    shown = images(lxml.html.fromstring(rendered.html))
    assert set(shown) == cached
    fitted = report.map_frame(rb, [])
    assert fitted is not None
    total = len(expected_tiles(*fitted, z))
    assert rendered.warnings == (
        f"Test server: offline, {total - len(cached)} of {total} tiles are not in the cache; "
        "they are blank",
    )


def test_a_real_webp_pmtiles_map_of_mount_whitney() -> None:
    # QGIS's 512 px WebP tiles (zooms 8-15) under a 2.5 km leg from the summit: the last zoom,
    # each tile embedded as WebP, the summit's tile where the summit is drawn.
    summit = (36.5785, -118.2923)
    route = builders.straight_route(*summit, 250.0, 2500.0, step_m=100.0)
    rb = Roadbook("Whitney", Units.METRIC, (), route)
    source = open_map_file(DATA / "protomaps_usgs-mt-whitney-8-15-webp-512.pmtiles")
    text, warnings = _render(rb, source, opacity=0.9)
    assert warnings == ()
    doc = lxml.html.fromstring(text)
    assert doc.xpath("//g[@class='maptiles']")[0].get("data-zoom") == "15"
    shown = images(doc)
    assert len(shown) == 6
    assert all(i.get("href").startswith("data:image/webp;base64,UklGR") for i in shown.values())
    fitted = report.map_frame(rb, [])
    assert fitted is not None
    frame, _height = fitted
    tile = tile_at(summit[1], summit[0], 15)
    px, py = lonlat_to_pixel(summit[1], summit[0], 15)
    sx, sy = frame.to_svg(np.array([summit[0]]), np.array([summit[1]]))
    drawn = placed(shown[tile], px / 256 - tile.x, py / 256 - tile.y)
    assert np.hypot(*(drawn - [sx[0], sy[0]])) < CORNER_TOLERANCE
    assert doc.xpath("//text[@class='attribution']")[0].text_content() == (
        "Created by QGIS algorithm: Generate XYZ tiles (Directory)"
    )


@pytest.mark.parametrize("length_m", [8_000.0, 30_000.0])
def test_whitney_512_px_tiles_are_one_zoom_coarser_than_256_px_ones(length_m: float) -> None:
    # A tile pixel about one SVG unit: a 512 px tile covers what two 256 px tiles do.
    summit = (36.5785, -118.2923)
    route = builders.straight_route(*summit, 250.0, length_m, step_m=length_m / 40)
    rb = Roadbook("Whitney", Units.METRIC, (), route)
    z256 = matched_zoom(rb)
    assert 9 <= z256 <= 15
    source = open_map_file(DATA / "protomaps_usgs-mt-whitney-8-15-webp-512.pmtiles")
    text, warnings = _render(rb, source)
    assert warnings == ()
    doc = lxml.html.fromstring(text)
    assert doc.xpath("//g[@class='maptiles']")[0].get("data-zoom") == str(z256 - 1)
    assert images(doc)


def test_over_a_map_the_route_is_a_light_band_and_box_numbers_bolder() -> None:
    # The style that makes the route and box numbers read over a busy topo map applies only
    # when the map has tiles (the plain report keeps its grey route).
    css = report.report_css() if hasattr(report, "report_css") else ""
    if not css:
        from navapp.io.report.html_report import report_css

        css = report_css()
    assert "#map:has(.maptiles) .route { stroke: #fff;" in css
    assert "#map:has(.maptiles) .boxes text { font-size: 11px; font-weight: 700;" in css


def test_a_stage_far_out_of_whitneys_first_zoom_gets_no_map_and_one_line() -> None:
    # 1000 km from the summit: a frame at zoom 6 for 512 px tiles, two levels out of zoom 8.
    summit = (36.5785, -118.2923)
    route = builders.straight_route(*summit, 100.0, 1_000_000.0, step_m=20_000.0)
    rb = Roadbook("Far", Units.METRIC, (), route)
    source = open_map_file(DATA / "protomaps_usgs-mt-whitney-8-15-webp-512.pmtiles")
    text, warnings = _render(rb, source)
    doc = lxml.html.fromstring(text)
    assert not doc.xpath("//g[@class='maptiles']")
    assert warnings == (
        "protomaps_usgs-mt-whitney-8-15-webp-512: its tiles start at zoom 8; this view is at "
        "zoom 6, too far out to read them; no map drawn",
    )
    assert doc.xpath("//polyline[@class='route']")


def test_a_stage_over_the_antimeridian_gets_the_tiles_of_both_sides(tmp_path: Path) -> None:
    # 60 km due east across 180 degrees (Fiji): the last column of the world and the first
    # are drawn side by side, each where it projects.
    route = builders.straight_route(-17.0, 179.7, 90.0, 60_000.0, step_m=2000.0)
    rb = Roadbook("Over the line", Units.METRIC, (), route)
    z = matched_zoom(rb)
    n = 1 << z
    row = tile_at(179.9, -17.0, z).y
    columns = [*range(n - 4, n), *range(4)]
    tiles = {(z, x, y): png(colour_of(z, x, y)) for x in columns for y in range(row - 3, row + 4)}
    text, warnings = _render(rb, open_map_file(map_file(tmp_path, "pmtiles", tiles)))
    assert warnings == ()
    doc = lxml.html.fromstring(text)
    fitted = report.map_frame(rb, [])
    assert fitted is not None
    frame, _height = fitted
    shown = images(doc)
    assert {t.x for t in shown} >= {n - 1, 0}
    for tile, image in shown.items():
        for u, v in [(0, 0), (1, 0), (0, 1), (1, 1)]:
            gap = np.hypot(*(placed(image, u, v) - projected(frame, tile, u, v)))
            assert gap < CORNER_TOLERANCE
    west, east = shown[TileId(z, n - 1, row)], shown[TileId(z, 0, row)]
    assert np.hypot(*(placed(west, 1, 0) - placed(east, 0, 0))) < 2 * CORNER_TOLERANCE
