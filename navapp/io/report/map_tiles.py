"""The report map's map layer: the tiles of a map source under the route and tracks, embedded
in the SVG so the report stays one file that works offline.

The report draws in its own plane (:class:`~navapp.io.report.map_svg.MapFrame`, local
azimuthal-equidistant metres, north up) and tiles are Web Mercator squares, so each tile is
placed by its four corners projected into the SVG: the affine nearest to them (least
squares) becomes the ``<image>``'s transform. For a stage the rest of the warp is a small
fraction of an SVG unit; a frame of hundreds of kilometres bends its tiles more, and a tile
missing its corners by over :data:`MAX_PLACEMENT_ERROR` is drawn in pieces (its image
defined once, each piece a clipped ``<use>`` with its own affine).
:attr:`TileLayer.max_error` says how far the drawing is from the projection."""

from __future__ import annotations

import base64
import html
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from navapp.core.i18n import translate
from navapp.maps.source import MapSourceError, TileSource, image_format, tile_size
from navapp.maps.tiles import (
    LonLatBox,
    TileId,
    TileRangeError,
    ZoomedOutError,
    source_zoom,
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
# How far (SVG units) a tile's drawing may be from where its corners project: half a pixel.
# A frame of a few hundred km, or far north, needs more than one affine per tile for that.
MAX_PLACEMENT_ERROR = 0.5
# Pieces along a tile's edge at most (64 pieces): enough for a 2000 km frame at 60 degrees.
_MAX_SPLIT = 8
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


Matrix = tuple[float, float, float, float, float, float]


def _apply(m: Matrix, u: float, v: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * u + c * v + e, b * u + d * v + f


@dataclass(frozen=True)
class Piece:
    """A square part of a tile placed on its own: its north-west corner ``u0``, ``v0`` and
    edge ``size`` as fractions of the tile, the affine taking the tile's unit square to the
    SVG that fits this part best, and how far it misses the part's projected corners."""

    u0: float
    v0: float
    size: float
    matrix: Matrix
    error: float

    def corner(self, u: float, v: float) -> tuple[float, float]:
        """Where the tile's point ``u`` across, ``v`` down (0..1) lands by this piece."""
        return _apply(self.matrix, u, v)


@dataclass(frozen=True)
class PlacedTile:
    """A tile placed in the SVG: the affine ``(a, b, c, d, e, f)`` taking the unit square
    (x east, y south) onto it, and how far that puts its corners from their projections.
    Where that is more than :data:`MAX_PLACEMENT_ERROR` (a large frame, far north or south)
    the tile is drawn in ``pieces``, each placed on its own."""

    tile: TileId
    matrix: Matrix
    error: float
    pieces: tuple[Piece, ...] = ()

    def corner(self, u: float, v: float) -> tuple[float, float]:
        """Where the tile's point ``u`` across, ``v`` down (0..1) lands in the SVG."""
        return _apply(self.matrix, u, v)

    @property
    def drawn_error(self) -> float:
        """How far the tile as drawn (whole, or in pieces) is from its projection."""
        return max((p.error for p in self.pieces), default=self.error)


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


def _fit(frame: MapFrame, tile: TileId, u0: float, v0: float, size: float) -> tuple[Matrix, float]:
    """The affine of the tile's unit square fitting the square part at ``u0``, ``v0`` of
    edge ``size`` (tile fractions) best, and how far it misses that part's corners."""
    # Corners in the order NW, NE, SW, SE; a tile's pixels are even in Web Mercator.
    u = np.array([u0, u0 + size, u0, u0 + size])
    v = np.array([v0, v0, v0 + size, v0 + size])
    n = float(1 << tile.z)
    lon = (tile.x + u) / n * 360.0 - 180.0
    lat = np.degrees(np.arctan(np.sinh(np.pi * (1.0 - 2.0 * (tile.y + v) / n))))
    sx, sy = frame.to_svg(lat, lon)
    p = np.column_stack([sx, sy])
    across = ((p[1] - p[0]) + (p[3] - p[2])) / 2.0
    down = ((p[2] - p[0]) + (p[3] - p[1])) / 2.0
    origin = p.mean(axis=0) - (across + down) / 2.0
    # The least-squares affine misses each corner by the same quarter of the twist.
    twist = p[3] - p[2] - p[1] + p[0]
    # From the part's own unit square to the tile's.
    a_, d_ = across / size, down / size
    o_ = origin - (across * u0 + down * v0) / size
    a, b, c, d, e, f = (float(x) for x in (*a_, *d_, *o_))
    return (a, b, c, d, e, f), float(np.hypot(*twist)) / 4.0


def place_tile(frame: MapFrame, tile: TileId) -> PlacedTile:
    """``tile`` placed by its four projected corners (see the module's note), in 4, 16 or
    64 pieces when one affine misses them by more than :data:`MAX_PLACEMENT_ERROR`."""
    matrix, error = _fit(frame, tile, 0.0, 0.0, 1.0)
    pieces: tuple[Piece, ...] = ()
    split = 2
    while error > MAX_PLACEMENT_ERROR and split <= _MAX_SPLIT:
        size = 1.0 / split
        pieces = tuple(
            Piece(i * size, j * size, size, *_fit(frame, tile, i * size, j * size, size))
            for j in range(split)
            for i in range(split)
        )
        if max(p.error for p in pieces) <= MAX_PLACEMENT_ERROR:
            break
        split *= 2
    return PlacedTile(tile, matrix, error, pieces)


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
    zoom needs more, a :class:`~navapp.maps.tiles.ZoomedOutError` when the frame is far
    coarser than that zoom (its tiles too small to read)."""
    boxes = frame_box(frame, width, height)
    too_far: ZoomedOutError | None = None
    try:
        z = source_zoom(
            1.0 / frame.scale,
            frame.projection.lat0,
            source.min_zoom,
            source.max_zoom,
            tile_size(source),
        )
    except ZoomedOutError as e:  # said once the first zoom's tile count is known
        too_far, z = e, source.min_zoom
    while True:
        try:
            tiles = [t for box in boxes for t in tiles_covering(box, z, 8 * MAX_REPORT_TILES)]
        except TileRangeError:
            tiles = None
        if tiles is not None:
            placed = [place_tile(frame, t) for t in tiles]
            placed = [p for p in placed if _visible(p, width, height)]
            if len(placed) <= MAX_REPORT_TILES:
                if too_far is not None:
                    raise ZoomedOutError(f"{too_far}, too far out to read them")
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
    return text or translate("Report", "Map: {name}").format(name=source.name)


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
    defs: list[str] = []
    clips: set[tuple[int, int, int]] = set()
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
        href = f"data:{_MIME[fmt]};base64,{base64.b64encode(data).decode('ascii')}"
        bleed.append(_bleed(p))
        if not p.pieces:
            images.append(_image(p, href, p.matrix))
            continue
        defs.append(_image(p, href, None))
        images.append(_pieces(p, clips))
    if damaged:
        warnings.append(
            f"{name}: {len(damaged)} of {len(placed)} tiles are damaged ({damaged[0]}); "
            "they are blank"
        )
    if placed and not images and not warnings:
        warnings.append(f"{name} has no tiles for this stage (zoom {z}); the map is blank")
    opacity = min(max(layer.opacity, 0.0), 1.0) if math.isfinite(layer.opacity) else 1.0
    max_error = max((p.drawn_error for p in placed), default=0.0)
    # Pieced tiles' images are defined once, unplaced, with the clips of their pieces.
    clip_defs = "".join(_piece_clip(*c) for c in sorted(clips))
    svg = "\n".join(
        [
            f'<clipPath id="mapclip"><rect x="0" y="0" width="{width:.1f}" '
            f'height="{height:.1f}"/></clipPath>',
            f'<g class="maptiles" clip-path="url(#mapclip)" opacity="{opacity:.2f}" '
            f'data-zoom="{z}" data-max-error="{max_error:.4f}">'
            f"<title>{html.escape(name)}, zoom {z}</title>",
            *([f"<defs>{''.join(defs)}{clip_defs}</defs>"] if defs else []),
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
    grow: Matrix = (k, 0.0, 0.0, k, cx * (1 - k), cy * (1 - k))
    z, x, y = p.tile
    # A pieced tile's image has no placement of its own: the copy carries the tile's.
    m = _times(grow, _image_matrix(p.matrix)) if p.pieces else grow
    return f'<use href="#tile-{z}-{x}-{y}" transform="{_svg_matrix(m)}"/>'


def _times(m: Matrix, n: Matrix) -> Matrix:
    """The affine ``m`` after ``n``."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


def _image_matrix(m: Matrix) -> Matrix:
    """``m`` (from the tile's unit square) from image units (a tile is 256 of them)."""
    k = 1.0 / _TILE_UNITS
    a, b, c, d, e, f = m
    return (a * k, b * k, c * k, d * k, e, f)


def _svg_matrix(m: Matrix) -> str:
    a, b, c, d, e, f = m
    return f"matrix({a:.6f} {b:.6f} {c:.6f} {d:.6f} {e:.3f} {f:.3f})"


def _image(p: PlacedTile, href: str, matrix: Matrix | None) -> str:
    """The tile's image, placed by ``matrix`` (None: unplaced, for its pieces to use)."""
    z, x, y = p.tile
    placed = f' transform="{_svg_matrix(_image_matrix(matrix))}"' if matrix is not None else ""
    return (
        f'<image id="tile-{z}-{x}-{y}" data-tile="{z}/{x}/{y}" '
        f'width="{_TILE_UNITS:g}" height="{_TILE_UNITS:g}" preserveAspectRatio="none"'
        f'{placed} href="{href}"/>'
    )


def _pieces(p: PlacedTile, clips: set[tuple[int, int, int]]) -> str:
    """A pieced tile: its image drawn once per piece, by the piece's affine, clipped to it
    (the clip in image units, where the piece is a square)."""
    z, x, y = p.tile
    out = [f'<g class="pieces" data-tile="{z}/{x}/{y}">']
    for q in p.pieces:
        split = round(1.0 / q.size)
        clip = (split, round(q.u0 * split), round(q.v0 * split))
        clips.add(clip)
        out.append(
            f'<use href="#tile-{z}-{x}-{y}" transform="{_svg_matrix(_image_matrix(q.matrix))}" '
            f'clip-path="url(#piece-{clip[0]}-{clip[1]}-{clip[2]})"/>'
        )
    out.append("</g>")
    return "".join(out)


def _piece_clip(split: int, i: int, j: int) -> str:
    edge = _TILE_UNITS / split
    return (
        f'<clipPath id="piece-{split}-{i}-{j}"><rect x="{i * edge:g}" y="{j * edge:g}" '
        f'width="{edge:g}" height="{edge:g}"/></clipPath>'
    )
