"""Tile servers the user adds (XYZ URL templates), and the policy of fetching from them.

There is no HTTP client here: the GUI fetches (QNetworkAccessManager) what
:meth:`XyzSource.request` asks for, with the headers it gives, and hands the answer back to
:meth:`XyzSource.received` or :meth:`XyzSource.failed`. The map view reads tiles from the
disk cache through :meth:`XyzSource.tile`, like any other map source.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urlsplit

from navapp import __version__
from navapp.core.i18n import translate
from navapp.errors import NavappError
from navapp.maps.cache import TileCache
from navapp.maps.source import MapSourceError, checked_tile
from navapp.maps.tiles import MAX_ZOOM, MIN_ZOOM, LonLatBox, TileId, is_valid

# How long a fetched tile is fresh unless the user says otherwise: OpenStreetMap's tile
# policy asks clients to keep tiles at least a week.
DEFAULT_MAX_AGE_S = 7 * 24 * 3600.0
# After a failed fetch, the tile is not asked for again before this (no hammering a server
# that is down or refuses us).
RETRY_AFTER_S = 60.0
_MAX_URL = 2000
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_SUBDOMAIN = re.compile(r"[a-z0-9-]{1,30}")


class TemplateError(NavappError):
    """A tile server the user described that navapp cannot use; ``str()`` is one line."""


def user_agent(contact: str | None = None) -> str:
    """The User-Agent navapp's tile requests carry: ``navapp/VERSION``, with ``(+CONTACT)``
    when a contact (a web address or e-mail the server operator can reach) is given."""
    agent = f"navapp/{__version__}"
    if contact and contact.strip() and contact.isprintable():
        agent += f" (+{contact.strip()[:200]})"
    return agent


@dataclass(frozen=True)
class TileServer:
    """A checked XYZ tile server; make one with :func:`tile_server`."""

    name: str
    url: str
    attribution: str
    max_zoom: int
    min_zoom: int = 0
    subdomains: tuple[str, ...] = ()
    max_age_s: float = DEFAULT_MAX_AGE_S

    @property
    def key(self) -> str:
        """The name of this server's folder in the tile cache: changes with its address."""
        slug = re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")[:40] or "server"
        digest = hashlib.sha256(self.url.encode()).hexdigest()[:10]
        return f"{slug}-{digest}"

    def tile_url(self, tile: TileId) -> str:
        """The address of ``tile``; the subdomain, when any, is the same for a tile every time
        (so a browser-like cache on the way keeps working)."""
        url = self.url.replace("{z}", str(tile.z)).replace("{x}", str(tile.x))
        url = url.replace("{y}", str(tile.y))
        if self.subdomains:
            url = url.replace("{s}", self.subdomains[(tile.x + tile.y) % len(self.subdomains)])
        return url


def tile_server(
    name: str,
    url: str,
    attribution: str,
    max_zoom: int,
    *,
    min_zoom: int = 0,
    subdomains: str = "abc",
    max_age_days: float = DEFAULT_MAX_AGE_S / 86400,
) -> TileServer:
    """A :class:`TileServer` from what the user typed, or a :class:`TemplateError` saying what
    to change. ``url`` has ``{z}``, ``{x}``, ``{y}`` and optionally ``{s}`` (one of
    ``subdomains``, letters like ``"abc"`` or comma-separated names)."""
    name = name.strip()
    url = url.strip()
    attribution = attribution.strip()
    if not name or len(name) > 80 or not name.isprintable():
        raise TemplateError(translate("Xyz", "give the tile server a name (up to 80 characters)"))
    if not attribution or len(attribution) > 500 or not attribution.isprintable():
        raise TemplateError(
            translate(
                "Xyz", "{name}: say whose map it is (the attribution the server asks for)"
            ).format(name=name)
        )
    _check_url(name, url)
    subs = _subdomains(name, subdomains) if "{s}" in url else ()
    if not (isinstance(max_zoom, int) and isinstance(min_zoom, int)):
        raise TemplateError(
            translate("Xyz", "{name}: zoom levels are whole numbers").format(name=name)
        )
    if not MIN_ZOOM <= min_zoom <= max_zoom <= MAX_ZOOM:
        raise TemplateError(
            translate(
                "Xyz",
                "{name}: the zooms must run {low} <= min "
                "({min_zoom}) <= max ({max_zoom}) <= {high}",
            ).format(
                name=name,
                low=MIN_ZOOM,
                min_zoom=min_zoom,
                max_zoom=max_zoom,
                high=MAX_ZOOM,
            )
        )
    if not 0 < max_age_days <= 3650:
        raise TemplateError(
            translate("Xyz", "{name}: keep tiles between a moment and 3650 days").format(name=name)
        )
    return TileServer(name, url, attribution, max_zoom, min_zoom, subs, max_age_days * 86400)


def _check_url(name: str, url: str) -> None:
    if not url or len(url) > _MAX_URL or not url.isprintable() or " " in url:
        raise TemplateError(
            translate("Xyz", "{name}: the address must be one line without spaces").format(
                name=name
            )
        )
    try:
        parts = urlsplit(url)
    except ValueError:
        raise TemplateError(
            translate("Xyz", "{name}: {url} is not a web address").format(name=name, url=url[:80])
        ) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise TemplateError(
            translate("Xyz", "{name}: the address must start with https:// or http://").format(
                name=name
            )
        )
    if "@" in parts.netloc:
        raise TemplateError(
            translate("Xyz", "{name}: put no user name or password in the address").format(
                name=name
            )
        )
    if not parts.hostname:
        raise TemplateError(
            translate("Xyz", "{name}: the address has no server name").format(name=name)
        )
    found = _PLACEHOLDER.findall(url)
    unknown = sorted({p for p in found if p not in ("z", "x", "y", "s")})
    if unknown:
        raise TemplateError(
            translate(
                "Xyz",
                "{name}: unknown placeholder {{{unknown}}}; use {{z}}, {{x}}, {{y}} and {{s}}",
            ).format(name=name, unknown=unknown[0])
        )
    if not {"z", "x", "y"} <= set(found):
        raise TemplateError(
            translate("Xyz", "{name}: the address needs {{z}}, {{x}} and {{y}}").format(name=name)
        )
    if "{" in _PLACEHOLDER.sub("", url) or "}" in _PLACEHOLDER.sub("", url):
        raise TemplateError(
            translate("Xyz", "{name}: a brace in the address is not a placeholder").format(
                name=name
            )
        )


def _subdomains(name: str, text: str) -> tuple[str, ...]:
    text = text.strip().lower()
    subs = tuple(s.strip() for s in text.split(",")) if "," in text else tuple(text)
    if not subs or not all(_SUBDOMAIN.fullmatch(s) for s in subs):
        raise TemplateError(
            translate("Xyz", "{name}: {{s}} needs subdomains, like abc or a,b,c").format(name=name)
        )
    return subs


# Servers a user can add with one click; each keeps its own tile usage policy in force
# (a named User-Agent, no bulk downloading, the attribution shown).
KNOWN_SERVERS = (
    tile_server(
        "OpenStreetMap",
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "© OpenStreetMap contributors",
        19,
    ),
    tile_server(
        "OpenTopoMap",
        "https://{s}.tile.opentopomap.org/{z}/{x}/{y}.png",
        "Map data: © OpenStreetMap contributors, SRTM | Map style: © OpenTopoMap (CC-BY-SA)",
        17,
    ),
)


class FetchRequest(NamedTuple):
    """A tile the GUI should fetch: where, with which headers."""

    tile: TileId
    url: str
    headers: tuple[tuple[str, str], ...]


class XyzSource:
    """A tile server behind the disk cache, as a :class:`~navapp.maps.source.TileSource`.

    ``tile`` never touches the network: it gives the cached tile (however old; a stale tile
    beats a blank one) or None. ``request`` says whether to fetch a tile now; with
    ``offline`` set it never does. ``clock`` gives epoch seconds (tests inject theirs).
    """

    def __init__(
        self,
        server: TileServer,
        cache: TileCache,
        *,
        offline: bool = False,
        agent: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.server = server
        self.offline = offline
        self._cache = cache
        self._agent = agent or user_agent()
        self._clock = clock
        self._lock = threading.Lock()
        self._pending: set[TileId] = set()
        self._failed: dict[TileId, float] = {}

    @property
    def name(self) -> str:
        return self.server.name

    @property
    def attribution(self) -> str:
        return self.server.attribution

    @property
    def min_zoom(self) -> int:
        return self.server.min_zoom

    @property
    def max_zoom(self) -> int:
        return self.server.max_zoom

    @property
    def bounds(self) -> LonLatBox | None:
        return None

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The cached image of ``z/x/y``, whatever its age; None when there is none."""
        t = TileId(z, x, y)
        if not self._serves(t):
            return None
        cached = self._cache.get(self.server.key, t)
        return cached.data if cached is not None else None

    def is_fresh(self, z: int, x: int, y: int) -> bool:
        """Whether the cached ``z/x/y`` is younger than the server's maximum age."""
        cached = self._cache.get(self.server.key, TileId(z, x, y))
        return cached is not None and self._clock() - cached.fetched < self.server.max_age_s

    def request(self, z: int, x: int, y: int) -> FetchRequest | None:
        """What to fetch for ``z/x/y`` now, or None: offline, out of the server's zooms,
        fresh in the cache, already being fetched, or failed less than
        :data:`RETRY_AFTER_S` ago. A request returned is pending until it is answered."""
        t = TileId(z, x, y)
        if self.offline or not self._serves(t) or self.is_fresh(z, x, y):
            return None
        now = self._clock()
        with self._lock:
            if t in self._pending:
                return None
            failed_at = self._failed.get(t)
            if failed_at is not None and now - failed_at < RETRY_AFTER_S:
                return None
            self._failed.pop(t, None)
            self._pending.add(t)
        return FetchRequest(t, self.server.tile_url(t), (("User-Agent", self._agent),))

    def received(self, tile: TileId, data: bytes) -> bytes:
        """The server's answer for ``tile``: checked to be an image, cached, and returned. A
        non-image (an error page) is a :class:`MapSourceError`, and the tile waits
        :data:`RETRY_AFTER_S` before it is asked for again."""
        with self._lock:
            self._pending.discard(tile)
        try:
            checked_tile(self.server.name, tile, data)
        except MapSourceError:
            self._note_failure(tile)
            raise
        self._cache.put(self.server.key, tile, data, self._clock())
        return data

    def failed(self, tile: TileId, reason: str) -> MapSourceError:
        """The fetch of ``tile`` failed for ``reason`` (an HTTP status, a network error):
        the error to show on the status line; the tile waits before it is asked again."""
        with self._lock:
            self._pending.discard(tile)
        self._note_failure(tile)
        return MapSourceError(
            self.server.name,
            translate("Xyz", "tile {z}/{x}/{y}: {reason}").format(
                z=tile.z, x=tile.x, y=tile.y, reason=reason
            ),
        )

    def cancelled(self, tile: TileId) -> None:
        """The fetch of ``tile`` was dropped before an answer (no longer on screen): it is no
        longer pending, and may be asked for again at once."""
        with self._lock:
            self._pending.discard(tile)

    def close(self) -> None:
        """Forget the fetches in flight (their answers are then ignored by the caller)."""
        with self._lock:
            self._pending.clear()

    def _note_failure(self, tile: TileId) -> None:
        with self._lock:
            self._failed[tile] = self._clock()
            # Bounded: only recent failures matter.
            if len(self._failed) > 10000:
                cutoff = self._clock() - RETRY_AFTER_S
                self._failed = {t: at for t, at in self._failed.items() if at >= cutoff}

    def _serves(self, tile: TileId) -> bool:
        return is_valid(tile) and self.server.min_zoom <= tile.z <= self.server.max_zoom
