"""Map files damaged at random: each open and tile read gives a tile, None or one
MapSourceError line, never another exception."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from navapp.maps.files import open_map_file
from navapp.maps.source import MapSourceError
from tests.unit.maps.tilefiles import colour_of, png, write_mbtiles, write_pmtiles

TILES = {
    (z, x, y): png(colour_of(z, x, y))
    for z in range(3)
    for x in range(1 << z)
    for y in range(1 << z)
}


def read_everything(path: Path) -> str:
    try:
        src = open_map_file(path)
    except MapSourceError as e:
        assert "\n" not in str(e)
        return "refused"
    try:
        for key in TILES:
            try:
                src.tile(*key)
            except MapSourceError as e:
                assert "\n" not in str(e)
        _ = (src.name, src.attribution, src.bounds, src.min_zoom, src.max_zoom)
    finally:
        src.close()
    return "opened"


@pytest.mark.parametrize("kind", ["mbtiles", "pmtiles"])
def test_random_damage_is_only_ever_one_line(tmp_path: Path, kind: str) -> None:
    good = tmp_path / f"good.{kind}"
    if kind == "mbtiles":
        write_mbtiles(good, dict(TILES), {"name": "n", "format": "png", "bounds": "-1,-1,1,1"})
    else:
        write_pmtiles(good, TILES, {"name": "n"})
    data = good.read_bytes()
    rng = random.Random(12)
    outcomes = set()
    for i in range(150):
        damaged = bytearray(data)
        if i % 3 == 0:
            damaged = damaged[: rng.randrange(len(damaged))]  # cut off
        else:
            for _ in range(rng.randrange(1, 20)):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path = tmp_path / f"d{i}.{kind}"
        path.write_bytes(bytes(damaged))
        outcomes.add(read_everything(path))
    assert outcomes == {"refused", "opened"}
