"""Tile servers: template checks, tile addresses, User-Agent, and the fetch policy over the
cache (freshness, offline, failures). No request leaves the machine: there is no client here."""

from __future__ import annotations

from pathlib import Path

import pytest

from navapp import __version__
from navapp.maps.cache import TileCache
from navapp.maps.source import MapSourceError, TileSource
from navapp.maps.tiles import TileId
from navapp.maps.xyz import (
    DEFAULT_MAX_AGE_S,
    KNOWN_SERVERS,
    RETRY_AFTER_S,
    TemplateError,
    TileServer,
    XyzSource,
    tile_server,
    user_agent,
)
from tests.unit.maps.tilefiles import png

OSM = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
TILE = TileId(10, 518, 352)


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_a_template_gives_tile_addresses() -> None:
    s = tile_server("OSM", OSM, "© OpenStreetMap contributors", 19)
    assert s.tile_url(TILE) == "https://tile.openstreetmap.org/10/518/352.png"
    assert (s.min_zoom, s.max_zoom, s.subdomains) == (0, 19, ())
    assert s.max_age_s == DEFAULT_MAX_AGE_S == 7 * 86400


def test_subdomains_are_spread_and_stable_per_tile() -> None:
    s = tile_server("Topo", "https://{s}.tile.example.org/{z}/{x}/{y}.png", "© x", 17)
    assert s.subdomains == ("a", "b", "c")
    assert s.tile_url(TileId(3, 0, 0)) == "https://a.tile.example.org/3/0/0.png"
    assert s.tile_url(TileId(3, 1, 0)) == "https://b.tile.example.org/3/1/0.png"
    assert s.tile_url(TileId(3, 1, 1)) == "https://c.tile.example.org/3/1/1.png"
    assert s.tile_url(TileId(3, 1, 1)) == s.tile_url(TileId(3, 1, 1))
    named = tile_server(
        "N", "http://{s}.example.org/t?z={z}&x={x}&y={y}", "© n", 12, subdomains="t1, t2"
    )
    assert named.subdomains == ("t1", "t2")
    assert named.tile_url(TileId(1, 1, 0)) == "http://t2.example.org/t?z=1&x=1&y=0"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": " "}, "give the tile server a name (up to 80 characters)"),
        ({"attribution": ""}, "T: say whose map it is (the attribution the server asks for)"),
        (
            {"url": "ftp://x.org/{z}/{x}/{y}.png"},
            "T: the address must start with https:// or http://",
        ),
        (
            {"url": "file:///tmp/{z}/{x}/{y}.png"},
            "T: the address must start with https:// or http://",
        ),
        (
            {"url": "tile.example.org/{z}/{x}/{y}.png"},
            "T: the address must start with https:// or http://",
        ),
        ({"url": "https:///{z}/{x}/{y}.png"}, "T: the address has no server name"),
        (
            {"url": "https://me:pw@x.org/{z}/{x}/{y}.png"},
            "T: put no user name or password in the address",
        ),
        ({"url": "https://x.org/{z}/{x}.png"}, "T: the address needs {z}, {x} and {y}"),
        (
            {"url": "https://x.org/{z}/{x}/{-y}.png"},
            "T: unknown placeholder {-y}; use {z}, {x}, {y} and {s}",
        ),
        (
            {"url": "https://x.org/{z}/{x}/{y}{r}.png"},
            "T: unknown placeholder {r}; use {z}, {x}, {y} and {s}",
        ),
        (
            {"url": "https://x.org/{z}/{x}/{y}.png}"},
            "T: a brace in the address is not a placeholder",
        ),
        ({"url": "https://x.org/{z}/{x}/{y}.png\n"}, None),
        (
            {"url": "https://x.org/{z} /{x}/{y}.png"},
            "T: the address must be one line without spaces",
        ),
        (
            {"url": "https://x.org/{z}/{x}/{y}.png", "max_zoom": 23},
            "T: the zooms must run 0 <= min (0) <= max (23) <= 22",
        ),
        (
            {"url": "https://x.org/{z}/{x}/{y}.png", "min_zoom": 5, "max_zoom": 4},
            "T: the zooms must run 0 <= min (5) <= max (4) <= 22",
        ),
        (
            {"url": "https://{s}.x.org/{z}/{x}/{y}.png", "subdomains": ""},
            "T: {s} needs subdomains, like abc or a,b,c",
        ),
        (
            {"url": "https://{s}.x.org/{z}/{x}/{y}.png", "subdomains": "a,b/c"},
            "T: {s} needs subdomains, like abc or a,b,c",
        ),
        ({"max_age_days": 0}, "T: keep tiles between a moment and 3650 days"),
    ],
)
def test_bad_templates_are_refused_in_one_line(
    kwargs: dict[str, object], message: str | None
) -> None:
    args: dict[str, object] = {"name": "T", "url": OSM, "attribution": "© x", "max_zoom": 18}
    args.update(kwargs)
    if message is None:  # surrounding white space is trimmed, not an error
        assert tile_server(**args).url == str(args["url"]).strip()  # type: ignore[arg-type]
        return
    with pytest.raises(TemplateError) as err:
        tile_server(**args)  # type: ignore[arg-type]
    assert str(err.value) == message


def test_known_servers_carry_their_attribution_and_max_zoom() -> None:
    by_name = {s.name: s for s in KNOWN_SERVERS}
    assert by_name["OpenStreetMap"].max_zoom == 19
    assert "OpenStreetMap contributors" in by_name["OpenStreetMap"].attribution
    assert by_name["OpenTopoMap"].max_zoom == 17
    assert by_name["OpenTopoMap"].subdomains == ("a", "b", "c")


def test_the_cache_key_follows_the_address() -> None:
    a = tile_server("Open Street Map!", OSM, "© x", 19)
    b = tile_server("Open Street Map!", OSM.replace(".png", ".jpg"), "© x", 19)
    assert a.key.startswith("open-street-map-") and len(a.key) == len("open-street-map-") + 10
    assert a.key != b.key
    assert tile_server("Ωμέγα", OSM, "© x", 19).key.startswith("server-")


def test_user_agent_names_navapp_and_its_version() -> None:
    assert user_agent() == f"navapp/{__version__}"
    assert (
        user_agent("https://example.org/crew")
        == f"navapp/{__version__} (+https://example.org/crew)"
    )
    assert user_agent("bad\nheader") == f"navapp/{__version__}"


@pytest.fixture
def server() -> TileServer:
    return tile_server("Test", "https://{s}.tiles.test/{z}/{x}/{y}.png", "© test", 16)


def make(tmp_path: Path, server: TileServer, clock: Clock, **kw: object) -> XyzSource:
    return XyzSource(server, TileCache(tmp_path, 5, clock), clock=clock, **kw)  # type: ignore[arg-type]


def test_a_missing_tile_is_requested_once_with_the_user_agent(
    tmp_path: Path, server: TileServer
) -> None:
    clock = Clock()
    src = make(tmp_path, server, clock)
    source: TileSource = src  # the one interface
    assert source.tile(*TILE) is None
    req = src.request(*TILE)
    assert req is not None
    assert req.tile == TILE
    assert req.url == "https://a.tiles.test/10/518/352.png"  # (518 + 352) % 3 == 0
    assert req.headers == (("User-Agent", f"navapp/{__version__}"),)
    assert src.request(*TILE) is None  # already being fetched
    data = png((1, 2, 3))
    assert src.received(TILE, data) == data
    assert source.tile(*TILE) == data
    assert src.request(*TILE) is None  # fresh now


def test_a_cached_tile_goes_stale_with_age_but_still_shows(
    tmp_path: Path, server: TileServer
) -> None:
    clock = Clock()
    src = make(tmp_path, server, clock)
    src.request(*TILE)
    src.received(TILE, png((1, 2, 3)))
    clock.now += DEFAULT_MAX_AGE_S - 1
    assert src.is_fresh(*TILE) and src.request(*TILE) is None
    clock.now += 1
    assert not src.is_fresh(*TILE)
    assert src.tile(*TILE) == png((1, 2, 3))  # shown while it is fetched again
    assert src.request(*TILE) is not None


def test_offline_never_asks_and_shows_what_is_cached(tmp_path: Path, server: TileServer) -> None:
    clock = Clock()
    src = make(tmp_path, server, clock)
    src.request(*TILE)
    src.received(TILE, png((1, 2, 3)))
    src.offline = True
    clock.now += 10 * DEFAULT_MAX_AGE_S
    assert src.request(*TILE) is None
    assert src.request(10, 0, 0) is None
    assert src.tile(*TILE) == png((1, 2, 3))
    assert src.tile(10, 0, 0) is None
    src.offline = False
    assert src.request(10, 0, 0) is not None


def test_zooms_outside_the_server_are_neither_asked_nor_shown(
    tmp_path: Path, server: TileServer
) -> None:
    src = make(tmp_path, server, Clock())
    assert src.request(17, 0, 0) is None
    assert src.tile(17, 0, 0) is None
    assert src.request(3, 8, 0) is None  # off the world


def test_a_failed_fetch_is_one_line_and_waits_before_asking_again(
    tmp_path: Path, server: TileServer
) -> None:
    clock = Clock()
    src = make(tmp_path, server, clock)
    assert src.request(*TILE) is not None
    err = src.failed(TILE, "HTTP 503 Service Unavailable")
    assert str(err) == "Test: tile 10/518/352: HTTP 503 Service Unavailable"
    assert src.request(*TILE) is None
    clock.now += RETRY_AFTER_S - 1
    assert src.request(*TILE) is None
    clock.now += 1
    assert src.request(*TILE) is not None


def test_an_error_page_instead_of_a_tile_is_refused_and_not_cached(
    tmp_path: Path, server: TileServer
) -> None:
    clock = Clock()
    src = make(tmp_path, server, clock)
    src.request(*TILE)
    with pytest.raises(MapSourceError) as err:
        src.received(TILE, b"<html>Access blocked</html>")
    assert str(err.value) == "Test: tile 10/518/352 is not a PNG, JPEG or WebP image"
    assert src.tile(*TILE) is None
    assert src.request(*TILE) is None
    clock.now += RETRY_AFTER_S
    assert src.request(*TILE) is not None


def test_a_custom_agent(tmp_path: Path, server: TileServer) -> None:
    src = make(tmp_path, server, Clock(), agent=user_agent("crew@example.org"))
    req = src.request(*TILE)
    assert req is not None
    assert req.headers == (("User-Agent", f"navapp/{__version__} (+crew@example.org)"),)


def test_a_cancelled_fetch_can_be_asked_again_at_once(tmp_path: Path, server: TileServer) -> None:
    src = make(tmp_path, server, Clock())
    assert src.request(*TILE) is not None
    assert src.request(*TILE) is None  # pending
    src.cancelled(TILE)
    assert src.request(*TILE) is not None  # no failure wait: it was never answered
