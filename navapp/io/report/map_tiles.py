"""The report map's map layer: the tiles of a map source under the route and tracks, embedded
in the SVG so the report stays one file that works offline.

The report draws in its own plane (:class:`~navapp.io.report.map_svg.MapFrame`, local
azimuthal-equidistant metres, north up) and tiles are Web Mercator squares, so each tile is
placed by its four corners projected into the SVG: the affine nearest to them (least
squares) becomes the ``<image>``'s transform. The rest of the warp, at the scale a report
shows a tile, is a small fraction of an SVG unit; :attr:`TileLayer.max_error` says how much.
"""

from __future__ import annotations

import base64
import html
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from navapp.maps.source import MapSourceError, TileSource, image_format
from navapp.maps.tiles import (
    LonLatBox,
    TileId,
    TileRangeError,
    tile_bounds,
    tile_zoom,
    tiles_covering,
)

if TYPE_CHECKING:
    from navapp.io.report.map_svg import MapFrame

DEFAULT_OPACITY = 0.7
# Tiles one report embeds at most. At the zoom matched to the SVG's scale a tile shows at
# 0.71x to 1.41x, so the 1000 x 760 frame needs at most about 8 x 7; the cap holds a report
# to a few megabytes (a 256 px tile is 10-60 kB as base64) even when a map file's first zoom
# is finer than the stage needs.
MAX_REPORT_TILES = 64
# The ``<image>`` size: a tile's edge in image units, scaled by its transform.
_TILE_UNITS = 256.0
# How far (SVG units) the copy under each tile reaches past its edges: over half a pixel, so
# every pixel on a seam is wholly covered by one copy or the other.
_BLEED = 0.6
# Points along each edge of the frame when finding the lon/lat box it covers.
_EDGE_SAMPLES = 9
_MIME = {"png": "image/png", "jpg": "image/jpeg", "webp": "image/webp"}
_TAG = re.compile(r"<[^>]*>")
_MAX_ATTRIBUTION = 300


@dataclass(frozen=True)
class MapLayer:
    """What the report's map is drawn on: a map source, how strongly it shows (0..1), and
    for a tile server ``prepare``, called once with the tiles the map needs before they are
    read (it fetches them into the cache, or says what an offline cache lacks) and giving
    one warning line or None."""

    source: TileSource
    opacity: float = DEFAULT_OPACITY
    prepare: Callable[[Sequence[TileId]], str | None] | None = None


@dataclass(frozen=True)
class PlacedTile:
    """A tile placed in the SVG: the affine ``(a, b, c, d, e, f)`` taking the unit square
    (x east, y south) onto it, and how far that puts its corners from their projections."""

    tile: TileId
    matrix: tuple[float, float, float, float, float, float]
    error: float

    def corner(self, u: float, v: float) -> tuple[float, float]:
        """Where the tile's point ``u`` across, ``v`` down (0..1) lands in the SVG."""
        a, b, c, d, e, f = self.matrix
        return a * u + c * v + e, b * u + d * v + f


@dataclass(frozen=True)
class TileLayer:
    """The drawn layer: its SVG (empty when nothing could be drawn), the zoom, the tiles
    embedded, the largest corner error of a placed tile in SVG units, and warning lines."""

    svg: str
    zoom: int | None
    embedded: int
    max_error: float
    warnings: tuple[str, ...]


def frame_box(frame: MapFrame, width: float, height: float) -> list[LonLatBox]:
    """The lon/lat box(es) the SVG rectangle ``width`` x ``height`` shows (two when it
    crosses the antimeridian). Its edges are sampled: in this plane the meridians lean."""
    t = np.linspace(0.0, 1.0, _EDGE_SAMPLES)
    sx = np.concatenate([t * width, np.full_like(t, width), t * width, np.zeros_like(t)])
    sy = np.concatenate([np.zeros_like(t), t * height, np.full_like(t, height), t * height])
    lat, lon = frame.to_lonlat(sx, sy)
    # Longitudes relative to the centre, so a frame over the antimeridian stays in one piece.
    rel = (np.asarray(lon) - frame.projection.lon0 + 180.0) % 360.0 - 180.0
    west, east = frame.projection.lon0 + float(rel.min()), frame.projection.lon0 + float(rel.max())
    south, north = float(np.min(lat)), float(np.max(lat))
    if west < -180.0:
        return [LonLatBox(west + 360.0, south, 180.0, north), LonLatBox(-180.0, south, east, north)]
    if east > 180.0:
        return [LonLatBox(west, south, 180.0, north), LonLatBox(-180.0, south, east - 360.0, north)]
    return [LonLatBox(west, south, east, north)]


def place_tile(frame: MapFrame, tile: TileId) -> PlacedTile:
    """``tile`` placed by its four projected corners (see the module's note)."""
    b = tile_bounds(tile)
    # Corners in the order NW, NE, SW, SE: (u, v) = (0, 0), (1, 0), (0, 1), (1, 1).
    lat = np.array([b.north, b.north, b.south, b.south])
    lon = np.array([b.west, b.east, b.west, b.east])
    sx, sy = frame.to_svg(lat, lon)
    p = np.column_stack([sx, sy])
    across = ((p[1] - p[0]) + (p[3] - p[2])) / 2.0
    down = ((p[2] - p[0]) + (p[3] - p[1])) / 2.0
    origin = p.mean(axis=0) - (across + down) / 2.0
    # The least-squares affine misses each corner by the same quarter of the twist.
    twist = p[3] - p[2] - p[1] + p[0]
    a, b_, c, d, e, f = (float(v) for v in (*across, *down, *origin))
    return PlacedTile(tile, (a, b_, c, d, e, f), float(np.hypot(*twist)) / 4.0)


def _visible(placed: PlacedTile, width: float, height: float) -> bool:
    corners = [placed.corner(u, v) for u in (0.0, 1.0) for v in (0.0, 1.0)]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    finite = all(math.isfinite(v) for v in xs + ys)
    return finite and max(xs) > 0 and min(xs) < width and max(ys) > 0 and min(ys) < height


def choose_tiles(
    frame: MapFrame, width: float, height: float, source: TileSource
) -> tuple[int, list[PlacedTile]]:
    """The zoom matched to the SVG's scale (a tile pixel about one SVG unit, within the
    source's zooms) and the tiles at it that show in the frame, coarser while there are more
    than :data:`MAX_REPORT_TILES`; a :class:`TileRangeError` when even the source's first
    zoom needs more."""
    boxes = frame_box(frame, width, height)
    z = tile_zoom(1.0 / frame.scale, frame.projection.lat0, source.min_zoom, source.max_zoom)
    while True:
        try:
            tiles = [t for box in boxes for t in tiles_covering(box, z, 8 * MAX_REPORT_TILES)]
        except TileRangeError:
            tiles = None
        if tiles is not None:
            placed = [place_tile(frame, t) for t in tiles]
            placed = [p for p in placed if _visible(p, width, height)]
            if len(placed) <= MAX_REPORT_TILES:
                return z, placed
        if z <= source.min_zoom:
            raise TileRangeError(
                f"its first zoom ({source.min_zoom}) needs more than {MAX_REPORT_TILES} tiles "
                "for this map, more than a report embeds"
            )
        z -= 1


def attribution_text(source: TileSource) -> str:
    """The source's attribution as plain text (map files often hold it as HTML), or its
    name when it has none."""
    text = html.unescape(_TAG.sub("", source.attribution or ""))
    text = " ".join(text.split())[:_MAX_ATTRIBUTION]
    return text or f"Map: {source.name}"


def tile_layer(frame: MapFrame, width: float, height: float, layer: MapLayer) -> TileLayer:
    """The map layer of ``layer`` for the frame ``width`` x ``height`` SVG units: one
    ``<g class="maptiles">`` of embedded tiles clipped to the frame, at ``layer.opacity``,
    and the attribution. Missing tiles are left blank; what went wrong is in ``warnings``,
    one line each, never raised."""
    source = layer.source
    name = source.name or "the map"
    try:
        z, placed = choose_tiles(frame, width, height, source)
    except TileRangeError as e:
        return TileLayer("", None, 0, 0.0, (f"{name}: {e}; no map drawn",))
    warnings: list[str] = []
    if layer.prepare is not None and placed:
        note = layer.prepare([p.tile for p in placed])
        if note:
            warnings.append(note)
    images: list[str] = []
    bleed: list[str] = []
    damaged: list[str] = []
    for p in placed:
        try:
            data = source.tile(*p.tile)
        except MapSourceError as e:
            damaged.append(e.message)
            continue
        fmt = image_format(data) if data is not None else None
        if data is None or fmt is None:
            continue
        images.append(_image(p, _MIME[fmt], data))
        bleed.append(_bleed(p))
    if damaged:
        warnings.append(
            f"{name}: {len(damaged)} of {len(placed)} tiles are damaged ({damaged[0]}); "
            "they are blank"
        )
    if placed and not images and not warnings:
        warnings.append(f"{name} has no tiles for this stage (zoom {z}); the map is blank")
    opacity = min(max(layer.opacity, 0.0), 1.0) if math.isfinite(layer.opacity) else 1.0
    max_error = max((p.error for p in placed), default=0.0)
    svg = "\n".join(
        [
            f'<clipPath id="mapclip"><rect x="0" y="0" width="{width:.1f}" '
            f'height="{height:.1f}"/></clipPath>',
            f'<g class="maptiles" clip-path="url(#mapclip)" opacity="{opacity:.2f}" '
            f'data-zoom="{z}" data-max-error="{max_error:.4f}">'
            f"<title>{html.escape(name)}, zoom {z}</title>",
            '<g class="bleed">',
            *bleed,
            "</g>",
            *images,
            "</g>",
        ]
    )
    return TileLayer(svg, z, len(images), max_error, tuple(warnings))


def attribution_svg(source: TileSource, width: float, height: float) -> str:
    """The source's attribution, printed in the map's bottom right corner."""
    return (
        f'<text class="attribution" x="{width - 6:.1f}" y="{height - 6:.1f}" '
        f'text-anchor="end">{html.escape(attribution_text(source))}</text>'
    )


def _bleed(p: PlacedTile) -> str:
    """A copy of the tile grown by :data:`_BLEED` units all round, drawn under the tiles: a
    browser smooths each tile's edge, and where two meet the paper would show through as a
    hairline. The tile itself is drawn exactly on top."""
    cx, cy = p.corner(0.5, 0.5)
    a, b, c, d, _e, _f = p.matrix
    edge = min(math.hypot(a, b), math.hypot(c, d))
    k = 1.0 + 2.0 * _BLEED / edge if edge > 0 else 1.0
    z, x, y = p.tile
    return (
        f'<use href="#tile-{z}-{x}-{y}" '
        f'transform="matrix({k:.6f} 0 0 {k:.6f} {cx * (1 - k):.3f} {cy * (1 - k):.3f})"/>'
    )


def _image(p: PlacedTile, mime: str, data: bytes) -> str:
    a, b, c, d, e, f = p.matrix
    k = 1.0 / _TILE_UNITS
    z, x, y = p.tile
    return (
        f'<image id="tile-{z}-{x}-{y}" data-tile="{z}/{x}/{y}" '
        f'width="{_TILE_UNITS:g}" height="{_TILE_UNITS:g}" '
        f'preserveAspectRatio="none" transform="matrix({a * k:.6f} {b * k:.6f} {c * k:.6f} '
        f'{d * k:.6f} {e:.3f} {f:.3f})" '
        f'href="data:{mime};base64,{base64.b64encode(data).decode("ascii")}"/>'
    )
