"""Fetching tiles from a tile server without Qt, for the command line (the HTML report).

What to fetch, with which headers, and what is done with the answer is the policy of
:class:`~navapp.maps.xyz.XyzSource`; this module only carries the requests over ``urllib``:
a few at a time, each with a timeout and a bounded size, the whole fetch within a time budget
and given up after a run of failures, so a server that is down costs the user seconds, not
minutes. Fetched tiles land in the source's disk cache, where :meth:`XyzSource.tile` reads
them. Offline, the source asks for nothing and nothing is fetched.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from navapp.core.i18n import translate
from navapp.maps.source import MAX_TILE_BYTES, MapSourceError
from navapp.maps.tiles import TileId
from navapp.maps.xyz import FetchRequest, XyzSource

# Requests one tile server gets at once: OpenStreetMap's tile policy allows two per client.
DEFAULT_IN_FLIGHT = 2
DEFAULT_TIMEOUT_S = 10.0
# A whole fetch (one report's map, at most a few dozen tiles) stops asking after this long...
DEFAULT_BUDGET_S = 60.0
# ...or after this many failed tiles: a server that refuses or is down refuses them all...
DEFAULT_MAX_FAILURES = 6
# ...or after this many went unanswered (no connection, no answer in time): with no network,
# the first requests in flight time out together, and waiting on the rest would only repeat it.
MAX_UNANSWERED = 2
# Failed tiles named in the warning line; the rest are counted.
_NAMED_FAILURES = 2


@dataclass(frozen=True)
class FetchResult:
    """What a fetch did: tiles fetched, tiles that failed (one line each, ``z/x/y: why``),
    tiles not asked for (the budget spent, too many failures, the server not answering), and
    tiles that needed no fetch (fresh in the cache, offline, outside the server's zooms)."""

    fetched: int
    failed: tuple[str, ...]
    skipped: int
    not_needed: int

    def warning(self, name: str) -> str | None:
        """One line for the user when tiles are missing because of the fetch; else None."""
        if not self.failed and not self.skipped:
            return None
        lost = len(self.failed) + self.skipped
        total = self.fetched + lost
        why = "; ".join(self.failed[:_NAMED_FAILURES])
        more = len(self.failed) - _NAMED_FAILURES
        if more > 0:
            why += "; " + translate("Fetch", "{count} more failed").format(count=more)
        if self.skipped:
            why += ("; " if why else "") + translate(
                "Fetch", "{count} not asked after that"
            ).format(count=self.skipped)
        return translate(
            "Fetch",
            "{map}: {lost} of {total} tiles could not be fetched ({reasons}); they are blank",
        ).format(map=name, lost=lost, total=total, reasons=why)


def fetch_tiles(
    source: XyzSource,
    tiles: Sequence[TileId],
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    in_flight: int = DEFAULT_IN_FLIGHT,
    budget_s: float = DEFAULT_BUDGET_S,
    max_failures: int = DEFAULT_MAX_FAILURES,
    opener: urllib.request.OpenerDirector | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> FetchResult:
    """Fetch into ``source``'s cache the ``tiles`` it asks for (see
    :meth:`XyzSource.request`), ``in_flight`` at a time; returns when every request is
    answered, timed out or skipped. ``opener`` defaults to urllib's (with the system's
    proxies); ``clock`` measures the budget."""
    run = _Run(source, opener or urllib.request.build_opener(), timeout_s, max_failures)
    start = clock()
    run.expired = lambda: clock() - start > budget_s
    with ThreadPoolExecutor(max_workers=max(1, in_flight), thread_name_prefix="tiles") as pool:
        list(pool.map(run.one, tiles))
    return FetchResult(run.fetched, tuple(run.failed), run.skipped, run.not_needed)


class _Run:
    """One :func:`fetch_tiles` call's shared state (its counts behind a lock)."""

    def __init__(
        self,
        source: XyzSource,
        opener: urllib.request.OpenerDirector,
        timeout_s: float,
        max_failures: int,
    ) -> None:
        self.source = source
        self.opener = opener
        self.timeout_s = timeout_s
        self.max_failures = max_failures
        self.expired: Callable[[], bool] = lambda: False
        self.lock = threading.Lock()
        self.fetched = 0
        self.failed: list[str] = []
        self.unanswered = 0
        self.skipped = 0
        self.not_needed = 0

    def one(self, tile: TileId) -> None:
        with self.lock:
            give_up = len(self.failed) >= self.max_failures or self.unanswered >= MAX_UNANSWERED
        if give_up or self.expired():
            with self.lock:
                self.skipped += 1
            return
        request = self.source.request(*tile)
        if request is None:
            with self.lock:
                self.not_needed += 1
            return
        data, reason = self._get(request)
        if data is not None:
            try:
                self.source.received(tile, data)
            except MapSourceError as e:
                reason = e.message
            else:
                with self.lock:
                    self.fetched += 1
                return
        else:
            self.source.failed(tile, reason)
        with self.lock:
            self.failed.append(f"{tile.z}/{tile.x}/{tile.y}: {reason}")

    def _get(self, request: FetchRequest) -> tuple[bytes | None, str]:
        """The answer's body, or None and why not."""
        req = urllib.request.Request(request.url, headers=dict(request.headers))
        try:
            with self.opener.open(req, timeout=self.timeout_s) as answer:
                length = answer.headers.get("Content-Length", "")
                if length.isdigit() and int(length) > MAX_TILE_BYTES:
                    return None, translate("Fetch", "{size} bytes, over the {limit} limit").format(
                        size=length, limit=MAX_TILE_BYTES
                    )
                data: bytes = answer.read(MAX_TILE_BYTES + 1)
        except urllib.error.HTTPError as e:
            e.close()
            return None, f"HTTP {e.code}"
        except urllib.error.URLError as e:
            return self._unanswered(_reason(e.reason, self.timeout_s))
        except (OSError, http.client.HTTPException) as e:
            return self._unanswered(_reason(e, self.timeout_s))
        if len(data) > MAX_TILE_BYTES:
            return None, translate("Fetch", "over the {limit} byte limit").format(
                limit=MAX_TILE_BYTES
            )
        return data, ""

    def _unanswered(self, reason: str) -> tuple[None, str]:
        with self.lock:
            self.unanswered += 1
        return None, reason


def _reason(error: object, timeout_s: float) -> str:
    """A network failure in a few words."""
    if isinstance(error, TimeoutError | socket.timeout):
        return translate("Fetch", "no answer in {seconds} s").format(seconds=f"{timeout_s:g}")
    if isinstance(error, ConnectionRefusedError):
        return translate("Fetch", "connection refused")
    if isinstance(error, socket.gaierror):
        return translate("Fetch", "server not found")
    if isinstance(error, ssl.SSLError):
        return translate("Fetch", "secure connection failed")
    if isinstance(error, ConnectionError | http.client.HTTPException):
        return translate("Fetch", "the server closed the connection")
    text = str(error).strip().splitlines()
    return text[0][:120] if text else type(error).__name__


def prepare_tiles(
    source: XyzSource, tiles: Sequence[TileId], *, fetch: bool = True, **options: Any
) -> str | None:
    """Make ``tiles`` ready in ``source``'s cache for a report: fetched (with
    :func:`fetch_tiles` and its ``options``) unless the source is offline or ``fetch`` is
    False, when the cache is only looked at. One warning line when some will be blank because
    of that, else None."""
    if fetch and not source.offline:
        return fetch_tiles(source, tiles, **options).warning(source.name)
    missing = sum(1 for t in tiles if source.tile(*t) is None)
    if not missing:
        return None
    if source.offline:
        text = translate(
            "Fetch",
            "{map}: offline, {missing} of {total} tiles are not in the cache; they are blank",
        )
    else:
        text = translate(
            "Fetch", "{map}: {missing} of {total} tiles are not in the cache; they are blank"
        )
    return text.format(map=source.name, missing=missing, total=len(tiles))
