"""``navapp info`` on a map file (MBTiles, PMTiles): what it is, its zooms, where it covers,
how many tiles, whose map it is; as a short table and a JSON document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from navapp.maps.mbtiles import MBTilesSource
from navapp.maps.pmtiles import PMTilesSource

FORMAT_LABELS = {"mbtiles": "MBTiles map", "pmtiles": "PMTiles map"}


def _format(source: MBTilesSource | PMTilesSource) -> str:
    return "mbtiles" if isinstance(source, MBTilesSource) else "pmtiles"


def map_json(source: MBTilesSource | PMTilesSource) -> dict[str, Any]:
    """The ``navapp info --json`` document of a map file."""
    b = source.bounds
    bounds = (
        None if b is None else {"south": b.south, "west": b.west, "north": b.north, "east": b.east}
    )
    return {
        "kind": "map",
        "format": _format(source),
        "tile_format": source.format or None,
        "tile_size": source.tile_size,
        "name": source.name,
        "min_zoom": source.min_zoom,
        "max_zoom": source.max_zoom,
        "bounds": bounds,
        "tile_count": source.tile_count(),
        "attribution": source.attribution or None,
        "warnings": list(source.warnings),
    }


def map_text(source: MBTilesSource | PMTilesSource) -> str:
    """The ``navapp info`` table of a map file."""
    count = source.tile_count()
    tiles = f"{count} tiles" if count is not None else "tiles not counted (large file)"
    tile_format = source.format.upper() if source.format else "format read from each tile"
    lines = [
        f"{source.name}  ·  {FORMAT_LABELS[_format(source)]}  ·  raster {tile_format}, "
        f"{source.tile_size} px tiles"
        f"  ·  zoom {source.min_zoom}–{source.max_zoom}  ·  {tiles}",
        f"{'file':<12} {Path(source.path)}",
    ]
    b = source.bounds
    if b is not None:
        lines.append(
            f"{'bounds':<12} lat {b.south:.5f} to {b.north:.5f}, lon {b.west:.5f} to {b.east:.5f}"
        )
    else:
        lines.append(f"{'bounds':<12} not given (the whole world)")
    lines.append(f"{'attribution':<12} {source.attribution or 'none given'}")
    return "\n".join(lines)
