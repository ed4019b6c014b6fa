"""The map ``--map`` names: a map file, a known tile server by name or short name, or a tile
server address with its attribution."""

from __future__ import annotations

from pathlib import Path

import pytest

from navapp.maps.catalog import MapSpecError
from navapp.maps.named import spec_named
from navapp.maps.source import MapSourceError
from tests.unit.maps.tilefiles import png, write_mbtiles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("osm", "OpenStreetMap"),
        ("OSM", "OpenStreetMap"),
        ("OpenStreetMap", "OpenStreetMap"),
        ("opentopomap", "OpenTopoMap"),
        ("Open Topo Map", "OpenTopoMap"),
        ("otm", "OpenTopoMap"),
    ],
)
def test_known_servers_by_name(text: str, name: str) -> None:
    spec = spec_named(text)
    assert (spec.kind, spec.name) == ("server", name)


def test_a_map_file_by_its_path(tmp_path: Path) -> None:
    path = write_mbtiles(
        tmp_path / "m.mbtiles", {(3, 1, 2): png((1, 2, 3))}, {"name": "Mine", "format": "png"}
    )
    spec = spec_named(str(path))
    assert (spec.kind, spec.name, spec.path) == ("file", "Mine", path)
    # A map file named without a map extension is still taken when it exists.
    other = path.rename(tmp_path / "map.db")
    assert spec_named(str(other)).path == other
    with pytest.raises(MapSourceError, match="no such file"):
        spec_named(str(tmp_path / "gone.pmtiles"))


def test_a_tile_server_address_needs_its_attribution() -> None:
    url = "https://tiles.example.org/{z}/{x}/{y}.png"
    spec = spec_named(url, "© Example", 16)
    assert (spec.kind, spec.name, spec.template) == ("server", "tiles.example.org", url)
    assert (spec.attribution, spec.max_zoom) == ("© Example", 16)
    assert spec_named(url, "© Example").max_zoom == 19
    with pytest.raises(MapSpecError, match="needs its attribution"):
        spec_named(url)
    with pytest.raises(MapSpecError, match="are for a tile server address"):
        spec_named("osm", "© me")
    with pytest.raises(MapSpecError, match="no map 'mars'"):
        spec_named("mars")
