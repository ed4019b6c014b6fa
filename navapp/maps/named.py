"""A map named in one word or line, as the command line's ``--map`` takes it: a map file, a
tile server navapp knows (``osm``, ``opentopomap``), or a tile server's address template."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from navapp.maps.catalog import MapSpec, MapSpecError, file_spec, known_specs, server_spec
from navapp.maps.files import MAP_FILE_EXTENSIONS

# Short names for the known servers, besides their names without spaces or case.
_ALIASES = {"osm": "openstreetmap", "otm": "opentopomap", "topo": "opentopomap"}
# A server added by its address alone serves the zooms most servers do.
DEFAULT_MAX_ZOOM = 19


def _word(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def known_names() -> list[str]:
    """The names ``--map`` takes for the servers navapp knows, each with its short one."""
    short = {full: alias for alias, full in reversed(_ALIASES.items())}
    names = [_word(s.name) for s in known_specs()]
    return [f"{n} ({short[n]})" if n in short else n for n in names]


def spec_named(text: str, attribution: str | None = None, max_zoom: int | None = None) -> MapSpec:
    """The map ``text`` names: a map file (by its extension, or any file that exists), a
    known server by name, or an address with ``{z}``, ``{x}``, ``{y}`` (its attribution
    required). A :class:`~navapp.maps.catalog.MapSpecError` or
    :class:`~navapp.maps.source.MapSourceError` says in one line why not."""
    text = text.strip()
    if "://" in text:
        if not attribution or not attribution.strip():
            raise MapSpecError(
                "a tile server address needs its attribution (whose map it is): "
                "give --map-attribution TEXT"
            )
        host = urlsplit(text).hostname or "tile server"
        return server_spec(host, text, attribution, max_zoom or DEFAULT_MAX_ZOOM)
    if attribution is not None or max_zoom is not None:
        raise MapSpecError(
            "--map-attribution and --map-max-zoom are for a tile server address, "
            f"not for {text[:80]!r}"
        )
    path = Path(text).expanduser()
    if path.suffix.lower() in MAP_FILE_EXTENSIONS or path.exists():
        return file_spec(path)
    word = _ALIASES.get(_word(text), _word(text))
    for spec in known_specs():
        if _word(spec.name) == word:
            return spec
    raise MapSpecError(
        f"no map {text[:80]!r}: give a map file (.mbtiles, .pmtiles), a tile server address "
        f"with {{z}}/{{x}}/{{y}}, or one of {', '.join(known_names())}"
    )
