"""Tiles for the map layer, loaded without ever blocking a frame.

A :class:`TileLoader` takes the tiles the view wants and hands back decoded images through
``tile_ready``. Map files (MBTiles, PMTiles) and the disk cache of a tile server are read, and
every tile decoded, in worker threads; a tile server is asked over one
QNetworkAccessManager, a few requests at a time, each with a timeout. Tiles that leave the
wanted set are dropped, wherever they are on their way. A missing tile gives nothing; an error
gives one status line.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QImage
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.maps.source import MAX_TILE_BYTES, MapSourceError, TileSource, image_format
from navapp.maps.tiles import TileId
from navapp.maps.xyz import FetchRequest, XyzSource

# Requests one tile server gets at once: OpenStreetMap's policy allows two per client, and
# more does not fill a screen faster on a slow link.
DEFAULT_IN_FLIGHT = 2
DEFAULT_TIMEOUT_MS = 15_000
# Decoded tiles kept in memory: a 1280x800 screen shows about 40; this keeps a few screens
# of panning back and forth (256 x 256 x 4 bytes each, 64 MB at most).
DEFAULT_MEMORY_TILES = 256

_REASONS = {
    QNetworkReply.NetworkError.ConnectionRefusedError: QT_TRANSLATE_NOOP(
        "TileLoader", "connection refused"
    ),
    QNetworkReply.NetworkError.RemoteHostClosedError: QT_TRANSLATE_NOOP(
        "TileLoader", "the server closed the connection"
    ),
    QNetworkReply.NetworkError.HostNotFoundError: QT_TRANSLATE_NOOP(
        "TileLoader", "server not found"
    ),
    QNetworkReply.NetworkError.SslHandshakeFailedError: QT_TRANSLATE_NOOP(
        "TileLoader", "secure connection failed"
    ),
}

_TIMED_OUT = (
    QNetworkReply.NetworkError.TimeoutError,
    QNetworkReply.NetworkError.OperationCanceledError,
)


@dataclass
class _Result:
    """What a worker found for a tile: its image, a fetch to make, or an error line."""

    tile: TileId
    generation: int
    image: QImage | None = None
    fetch: FetchRequest | None = None
    error: str | None = None
    skipped: bool = False


class _Relay(QObject):
    """Carries a worker's result to the GUI thread (a queued signal)."""

    done = Signal(object)


class _Job(QRunnable):
    """Reads one tile (map file or disk cache, or a fetched answer to check and cache) and
    decodes it, in a worker thread."""

    def __init__(
        self,
        relay: _Relay,
        loader: TileLoader,
        source: TileSource,
        tile: TileId,
        generation: int,
        fetched: bytes | None = None,
    ) -> None:
        super().__init__()
        self._relay = relay
        self._loader = loader
        self._source = source
        self._tile = tile
        self._generation = generation
        self._fetched = fetched

    def run(self) -> None:
        result = _Result(self._tile, self._generation)
        try:
            # A read the view no longer wants is skipped; a fetched answer is always cached.
            if self._fetched is not None or self._loader.still_wanted(self._tile):
                result.image, result.fetch = self._load()
            else:
                result.skipped = True
        except MapSourceError as e:
            result.error = e.message
        except Exception as e:  # a reader's bug must not kill the worker or hide the map
            result.error = f"tile {'/'.join(map(str, self._tile))}: {type(e).__name__}: {e}"
        self._relay.done.emit(result)

    def _load(self) -> tuple[QImage | None, FetchRequest | None]:
        source, (z, x, y) = self._source, self._tile
        if self._fetched is not None:
            assert isinstance(source, XyzSource)
            return _decode(source.received(self._tile, self._fetched)), None
        data = source.tile(z, x, y)
        image = _decode(data) if data is not None else None
        fetch = source.request(z, x, y) if isinstance(source, XyzSource) else None
        return image, fetch


def _decode(data: bytes) -> QImage | None:
    """The tile's image, decoded by the reader of its own format; None when it is not a PNG,
    JPEG or WebP image."""
    fmt = image_format(data)
    if fmt is None:
        return None
    # Named, so Qt does not ask every image plugin whether it can read the bytes: the SVG
    # plugin's probe connects a signal, which takes a lock the GUI thread may hold while it
    # waits for the GIL this worker holds (a window closing as a tile decodes hung for good).
    image = QImage.fromData(data, fmt.upper())  # type: ignore[arg-type]  # (a str at run time)
    if image.isNull():
        return None
    # The format a screen is painted in: drawing a tile then needs no conversion per frame.
    image.convertTo(QImage.Format.Format_ARGB32_Premultiplied)
    return image


class TileLoader(QObject):
    """Loads the tiles of one map source for the view.

    ``want(tiles)`` says which tiles the view needs now (most wanted first); each arrives
    through ``tile_ready(z, x, y, image)`` (at once when it is already decoded in memory; a
    second time when a stale cached tile is replaced by the server's fresh one), and
    ``image(tile)`` gives it afterwards. ``status`` carries one line per new error
    (``"tiles: SOURCE: what"``). A tile server's fetches go out ``max_in_flight`` at a time,
    each given up after ``timeout_ms``; with the source offline, only its disk cache is read.
    """

    tile_ready = Signal(int, int, int, QImage)
    status = Signal(str)

    def __init__(
        self,
        source: TileSource,
        *,
        max_in_flight: int = DEFAULT_IN_FLIGHT,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        memory_tiles: int = DEFAULT_MEMORY_TILES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self._max_in_flight = max(1, max_in_flight)
        self._timeout_ms = max(1, timeout_ms)
        self._memory_tiles = max(1, memory_tiles)
        self._memory: OrderedDict[TileId, QImage] = OrderedDict()
        self._wanted: frozenset[TileId] = frozenset()
        self._generation = 0
        self._jobs: dict[TileId, int] = {}  # tile -> the generation that started its job
        self._queue: deque[FetchRequest] = deque()
        self._in_flight: dict[TileId, QNetworkReply] = {}
        self._dropped: set[QNetworkReply] = set()
        self._last_status = ""
        self._closed = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay()
        self._relay.done.connect(self._on_result)
        self._net: QNetworkAccessManager | None = None
        if isinstance(source, XyzSource):
            self._net = QNetworkAccessManager(self)

    @property
    def busy(self) -> bool:
        """Whether any wanted tile is still being read, decoded, queued or fetched."""
        return bool(self._jobs or self._queue or self._in_flight)

    @property
    def in_flight(self) -> list[TileId]:
        """The tiles being fetched from the tile server now."""
        return list(self._in_flight)

    def still_wanted(self, tile: TileId) -> bool:
        """Whether the view still wants ``tile`` (asked from the workers: the wanted set is
        replaced whole, never changed in place)."""
        return tile in self._wanted

    def image(self, tile: TileId) -> QImage | None:
        """The decoded image of ``tile`` when it is in memory, else None."""
        image = self._memory.get(tile)
        if image is not None:
            self._memory.move_to_end(tile)
        return image

    def want(self, tiles: list[TileId]) -> None:
        """The tiles the view needs now, most wanted first; work for any other is dropped."""
        if self._closed:
            return
        self._wanted = frozenset(tiles)
        self._generation += 1
        self._drop_unwanted()
        for tile in tiles:
            image = self.image(tile)
            if image is not None:
                self.tile_ready.emit(tile.z, tile.x, tile.y, image)
            elif tile not in self._jobs and tile not in self._in_flight:
                self._start_job(tile)
        self._pump()

    def set_offline(self, offline: bool) -> None:
        """Switch a tile server's source to its disk cache only (fetches in flight dropped)."""
        if not isinstance(self.source, XyzSource) or self.source.offline == offline:
            return
        self.source.offline = offline
        if offline:
            for request in self._queue:
                self.source.cancelled(request.tile)
            self._queue.clear()
            for tile in list(self._in_flight):
                self._abort(tile)

    def close(self) -> None:
        """Stop: drop every fetch, wait for the workers, and ignore whatever comes after."""
        self._closed = True
        self._wanted = frozenset()
        self._drop_unwanted()
        self._pool.clear()
        self._pool.waitForDone()
        self._jobs.clear()

    def _start_job(self, tile: TileId, fetched: bytes | None = None) -> None:
        job = _Job(self._relay, self, self.source, tile, self._generation, fetched)
        self._jobs[tile] = self._generation
        self._pool.start(job)

    def _on_result(self, result: _Result) -> None:
        if self._closed:
            return
        tile = result.tile
        if self._jobs.get(tile) == result.generation:
            del self._jobs[tile]
        if result.skipped and tile in self._wanted:
            self._start_job(tile)  # wanted again after the worker skipped it
        if result.image is not None:
            self._remember(tile, result.image)
            if tile in self._wanted:
                self.tile_ready.emit(tile.z, tile.x, tile.y, result.image)
        if result.error is not None:
            self._report(result.error)
        if result.fetch is not None:
            if tile in self._wanted and tile not in self._in_flight:
                self._queue.append(result.fetch)
            else:
                self._cancel(tile)
        self._pump()

    def _remember(self, tile: TileId, image: QImage) -> None:
        self._memory[tile] = image
        self._memory.move_to_end(tile)
        while len(self._memory) > self._memory_tiles:
            self._memory.popitem(last=False)

    def _pump(self) -> None:
        while self._net is not None and self._queue and len(self._in_flight) < self._max_in_flight:
            request = self._queue.popleft()
            if request.tile not in self._wanted or request.tile in self._in_flight:
                self._cancel(request.tile)
                continue
            self._fetch(request)

    def _fetch(self, request: FetchRequest) -> None:
        assert self._net is not None
        qrequest = QNetworkRequest(QUrl(request.url))
        for name, value in request.headers:
            qrequest.setRawHeader(name.encode(), value.encode())
        qrequest.setTransferTimeout(self._timeout_ms)
        reply = self._net.get(qrequest)
        self._in_flight[request.tile] = reply
        tile = request.tile
        reply.finished.connect(lambda: self._on_reply(tile, reply))
        reply.downloadProgress.connect(lambda got, _total: self._check_size(tile, reply, got))

    def _check_size(self, tile: TileId, reply: QNetworkReply, got: int) -> None:
        if got > MAX_TILE_BYTES and self._in_flight.get(tile) is reply:
            self._dropped.add(reply)
            reply.abort()
            del self._in_flight[tile]
            self._fail(tile, self.tr("over {count} bytes").format(count=MAX_TILE_BYTES))

    def _on_reply(self, tile: TileId, reply: QNetworkReply) -> None:
        reply.deleteLater()
        if reply in self._dropped:
            self._dropped.discard(reply)
            return
        if self._closed or self._in_flight.get(tile) is not reply:
            return
        del self._in_flight[tile]
        code = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        error = reply.error()
        if error == QNetworkReply.NetworkError.NoError and code == 200:
            data = bytes(reply.readAll().data())
            self._start_job(tile, fetched=data)
        elif code == 404 or error == QNetworkReply.NetworkError.ContentNotFoundError:
            self._fail(tile, None)  # a tile the server does not have: drawn blank
        elif isinstance(code, int) and code:
            self._fail(tile, f"HTTP {code}")
        elif error in _TIMED_OUT:  # (dropped fetches never get here)
            no_answer = self.tr("no answer in {seconds} s")
            self._fail(tile, no_answer.format(seconds=f"{self._timeout_ms / 1000:g}"))
        else:
            reason = _REASONS.get(error)
            self._fail(
                tile,
                QCoreApplication.translate("TileLoader", reason)
                if reason
                else reply.errorString().lower()[:120],
            )
        self._pump()

    def _fail(self, tile: TileId, reason: str | None) -> None:
        assert isinstance(self.source, XyzSource)
        self.source.failed(tile, reason or "not found")
        if reason is not None:
            self._report(reason)

    def _report(self, what: str) -> None:
        line = self.tr("tiles: {map}: {trouble}")
        line = line.format(map=self.source.name, trouble=_without_tile(what))
        if line != self._last_status:
            self._last_status = line
            self.status.emit(line)

    def _drop_unwanted(self) -> None:
        for tile in [t for t in self._in_flight if t not in self._wanted]:
            self._abort(tile)
        kept: deque[FetchRequest] = deque()
        for request in self._queue:
            if request.tile in self._wanted:
                kept.append(request)
            else:
                self._cancel(request.tile)
        self._queue = kept

    def _abort(self, tile: TileId) -> None:
        reply = self._in_flight.pop(tile)
        self._dropped.add(reply)
        reply.abort()
        self._cancel(tile)

    def _cancel(self, tile: TileId) -> None:
        if isinstance(self.source, XyzSource):
            self.source.cancelled(tile)


def _without_tile(what: str) -> str:
    """An error line without its tile number, so the same trouble on many tiles is one line."""
    if what.startswith("tile ") and ": " in what:
        return what.split(": ", 1)[1]
    if what.startswith("tile ") and " is " in what:
        return "a tile" + what[what.index(" is ") :]
    return what
