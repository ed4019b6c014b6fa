"""The maps a user can choose from: offline map files and tile servers, described as
:class:`MapSpec` values that are kept in the settings and opened into map sources.

A spec is only a description (a name, a file or an address, whose map it is, its zooms); it is
opened into a :class:`~navapp.maps.source.TileSource` when a map view needs it. Specs read
back from the settings are untrusted: a bad one is dropped with the reason why.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from navapp.core.i18n import translate
from navapp.errors import NavappError
from navapp.maps.cache import CacheError, TileCache
from navapp.maps.files import open_map_file
from navapp.maps.source import MapSourceError, TileSource
from navapp.maps.tiles import MAX_ZOOM, MIN_ZOOM
from navapp.maps.xyz import KNOWN_SERVERS, TemplateError, TileServer, XyzSource, tile_server

__all__ = [
    "MapSpec",
    "MapSpecError",
    "SpecKind",
    "cache_for",
    "file_spec",
    "known_specs",
    "open_spec",
    "server_spec",
    "specs_from_dicts",
]

SpecKind = Literal["file", "server"]
_KINDS = ("file", "server")
_MAX_TEXT = 2000


class MapSpecError(NavappError):
    """A map description navapp cannot use; ``str()`` is one line saying why."""


@dataclass(frozen=True)
class MapSpec:
    """One map the user can choose: a map file (``kind="file"``, ``path``) or a tile server
    (``kind="server"``, ``template`` with ``{z}``, ``{x}``, ``{y}`` and maybe ``{s}``)."""

    kind: SpecKind
    name: str
    path: Path | None = None
    template: str | None = None
    attribution: str = ""
    min_zoom: int = MIN_ZOOM
    max_zoom: int = MAX_ZOOM

    @property
    def key(self) -> str:
        """What tells this map from every other in the settings: its file or its address."""
        return f"file:{self.path}" if self.kind == "file" else f"server:{self.template}"

    def to_dict(self) -> dict[str, object]:
        """The spec as plain values (for the settings); :meth:`from_dict` reads it back."""
        out: dict[str, object] = {"kind": self.kind, "name": self.name}
        if self.kind == "file":
            out["path"] = str(self.path)
        else:
            out["template"] = self.template
        out.update(attribution=self.attribution, min_zoom=self.min_zoom, max_zoom=self.max_zoom)
        return out

    @classmethod
    def from_dict(cls, data: object) -> MapSpec:
        """The spec ``data`` describes, or a :class:`MapSpecError` saying what is wrong with
        it (``data`` comes from the settings file: anything may be in it)."""
        if not isinstance(data, Mapping):
            raise MapSpecError(translate("Catalog", "a map entry is not a table of values"))
        kind = data.get("kind")
        if kind not in _KINDS:
            raise MapSpecError(
                translate("Catalog", "a map entry has an unknown kind {kind}").format(
                    kind=f"{str(kind)[:20]!r}"
                )
            )
        name = _text(data, "name", "")
        if not name:
            raise MapSpecError(translate("Catalog", "a map entry has no name"))
        attribution = _text(data, "attribution", name)
        low, high = _zoom(data, "min_zoom", MIN_ZOOM, name), _zoom(data, "max_zoom", MAX_ZOOM, name)
        if kind == "file":
            path = _text(data, "path", name)
            if not path:
                raise MapSpecError(
                    translate("Catalog", "{name}: the map entry has no file").format(name=name)
                )
            if low > high:
                raise MapSpecError(
                    translate("Catalog", "{name}: its zooms run backwards ({low} > {high})").format(
                        name=name, low=low, high=high
                    )
                )
            return cls("file", name, Path(path), None, attribution, low, high)
        server = _server(name, _text(data, "template", name), attribution, low, high)
        return _from_server(server)


def _text(data: Mapping[object, object], field: str, name: str) -> str:
    value = data.get(field, "")
    if not isinstance(value, str) or len(value) > _MAX_TEXT or not value.isprintable():
        raise MapSpecError(
            translate("Catalog", "{name}: its {field} is not one line of text").format(
                name=name or "a map entry", field=field
            )
        )
    return value.strip()


def _zoom(data: Mapping[object, object], field: str, default: int, name: str) -> int:
    value = data.get(field, default)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)  # the ini format gives numbers back as text
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_ZOOM <= value <= MAX_ZOOM:
        raise MapSpecError(
            translate("Catalog", "{name}: its {field} is not a zoom {low}..{high}").format(
                name=name, field=field, low=MIN_ZOOM, high=MAX_ZOOM
            )
        )
    return value


def _server(name: str, template: str, attribution: str, low: int, high: int) -> TileServer:
    try:
        return tile_server(name, template, attribution, high, min_zoom=low)
    except TemplateError as e:
        raise MapSpecError(str(e)) from None


def _from_server(server: TileServer) -> MapSpec:
    return MapSpec(
        "server",
        server.name,
        None,
        server.url,
        server.attribution,
        server.min_zoom,
        server.max_zoom,
    )


def server_spec(
    name: str, template: str, attribution: str, max_zoom: int, min_zoom: int = MIN_ZOOM
) -> MapSpec:
    """A tile server the user describes, checked (the address, its placeholders, the
    attribution, the zooms), or a :class:`MapSpecError` saying what to change."""
    return _from_server(_server(name, template, attribution, min_zoom, max_zoom))


def file_spec(path: str | Path) -> MapSpec:
    """The map file at ``path``, opened once to check it and read its name, attribution and
    zooms; a :class:`~navapp.maps.source.MapSourceError` says why it cannot be used."""
    p = Path(path).expanduser().absolute()
    source = open_map_file(p)
    try:
        name = source.name.strip()[:80] if source.name.strip().isprintable() else ""
        attribution = source.attribution.strip()
        if len(attribution) > _MAX_TEXT or not attribution.isprintable():
            attribution = ""
        return MapSpec(
            "file", name or p.stem, p, None, attribution, source.min_zoom, source.max_zoom
        )
    finally:
        source.close()


def known_specs() -> tuple[MapSpec, ...]:
    """The tile servers navapp knows (OpenStreetMap, OpenTopoMap), ready to choose."""
    return tuple(_from_server(s) for s in KNOWN_SERVERS)


def specs_from_dicts(items: Iterable[object]) -> tuple[list[MapSpec], list[str]]:
    """The specs in ``items`` (as :meth:`MapSpec.to_dict` wrote them) and, for each one
    dropped, the reason; the second of two entries for the same map is dropped."""
    specs: list[MapSpec] = []
    reasons: list[str] = []
    seen: set[str] = set()
    for item in items:
        try:
            spec = MapSpec.from_dict(item)
        except MapSpecError as e:
            reasons.append(str(e))
            continue
        if spec.key in seen:
            reasons.append(f"{spec.name}: listed twice")
            continue
        seen.add(spec.key)
        specs.append(spec)
    return specs, reasons


_caches: dict[Path, TileCache] = {}
_caches_lock = threading.Lock()


def cache_for(folder: Path, limit_mb: float) -> TileCache:
    """The one tile cache of ``folder`` in this process (every tile server's tiles, under one
    size limit), with its limit set to ``limit_mb``; a :class:`~navapp.maps.cache.CacheError`
    when the folder cannot be used or the limit is not over 0."""
    key = Path(folder).absolute()
    with _caches_lock:
        cache = _caches.get(key)
        if cache is None:
            cache = _caches[key] = TileCache(key, limit_mb)
        else:
            cache.set_limit(limit_mb)
        return cache


def open_spec(spec: MapSpec, cache_folder: Path, cache_limit_mb: int, offline: bool) -> TileSource:
    """The map source ``spec`` describes: the map file opened, or the tile server behind the
    disk cache in ``cache_folder`` (``offline``: its cache only). A
    :class:`~navapp.maps.source.MapSourceError` says in one line why it cannot be opened."""
    if spec.kind == "file":
        if spec.path is None:
            raise MapSourceError(spec.name, translate("Catalog", "the map entry has no file"))
        return open_map_file(spec.path)
    try:
        server = tile_server(
            spec.name, spec.template or "", spec.attribution, spec.max_zoom, min_zoom=spec.min_zoom
        )
        cache = cache_for(cache_folder, cache_limit_mb)
    except (TemplateError, CacheError) as e:
        raise MapSourceError(spec.name, str(e).removeprefix(f"{spec.name}: ")) from None
    return XyzSource(server, cache, offline=offline)
