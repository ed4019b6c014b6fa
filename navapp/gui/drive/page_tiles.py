"""Bands of PDF pages rendered off the paint path and kept, for a roll that scrolls smoothly.

A page is rendered in horizontal bands (tiles) at the scale the roll shows it, by QtPdf's page
renderer in its own thread. Painting only draws tiles already made; a tile not made yet is
asked for and painted when it arrives (:attr:`TileCache.tile_ready`), so a frame never waits
for a render. Tiles are kept by bytes, least recently used going first, so a zoomed roll
(pages several times the screen's width tall) holds no more memory than a whole one.
Night copies (the page's ink in the night tint, paper transparent) are made once per tile.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRect, QSize, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer

from navapp.gui.common.drawing import night_copy

# Height of a band, in device pixels: a few of them cover a screen.
TILE_PX = 256
# Tiles kept, in bytes (day and night copies together): several screens of a 1920 px roll.
CACHE_BYTES = 96 * 1024 * 1024
# Renders asked for at once: a fast scroll must not queue tiles that are gone by the time
# they come, ahead of the ones on screen.
MAX_PENDING = 12


@dataclass(frozen=True)
class TileKey:
    """One band of one page at one scale: the page's scaled size and the band in it."""

    page: int
    page_w: int
    page_h: int
    x: int
    y: int
    w: int
    h: int

    @property
    def band(self) -> QRect:
        return QRect(self.x, self.y, self.w, self.h)


class TileCache(QObject):
    """Tiles of one PDF document, rendered in a thread on first use and kept by bytes."""

    # A tile asked for has arrived (its TileKey): paint again.
    tile_ready = Signal(object)

    def __init__(
        self, document: QPdfDocument, capacity: int = CACHE_BYTES, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.capacity = capacity
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.setDocument(document)
        self._renderer.pageRendered.connect(self._rendered)
        self._day: OrderedDict[TileKey, QImage] = OrderedDict()
        self._night: OrderedDict[tuple[TileKey, str], QImage] = OrderedDict()
        self._pending: dict[int, TileKey] = {}
        self._bytes = 0
        # How many renders were asked for since the cache was made: scrolling over tiles
        # already made must not add any.
        self.requests = 0

    def __len__(self) -> int:
        """Tiles held, day and night copies counted apart."""
        return len(self._day) + len(self._night)

    @property
    def bytes_held(self) -> int:
        return self._bytes

    def pending(self) -> int:
        """Renders asked for and not arrived yet."""
        return len(self._pending)

    def get(self, key: TileKey, tint: str | None) -> QImage | None:
        """The tile ``key`` (night copy in ``tint`` when given), or None while it is rendered."""
        day = self._day.get(key)
        if day is None:
            self.request(key)
            return None
        self._day.move_to_end(key)
        if tint is None:
            return day
        nkey = (key, tint)
        night = self._night.get(nkey)
        if night is None:
            night = night_copy(day, QColor(tint))
            self._night[nkey] = night
            self._bytes += night.sizeInBytes()
            self._trim()
        else:
            self._night.move_to_end(nkey)
        return night

    def request(self, key: TileKey) -> bool:
        """Ask for ``key`` to be rendered unless it is held, on its way or too many are; True
        when asked."""
        if key in self._day or key in self._pending.values() or len(self._pending) >= MAX_PENDING:
            return False
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(key.page_w, key.page_h))
        options.setScaledClipRect(key.band)
        rid = self._renderer.requestPage(key.page, QSize(key.w, key.h), options)
        self._pending[int(rid)] = key
        self.requests += 1
        return True

    def clear(self) -> None:
        self._day.clear()
        self._night.clear()
        self._pending.clear()
        self._bytes = 0

    def _rendered(
        self,
        _page: int,
        _size: QSize,
        image: QImage,
        _options: QPdfDocumentRenderOptions,
        request_id: int,
    ) -> None:
        key = self._pending.pop(int(request_id), None)
        if key is None or image.isNull():
            return
        tile = _on_paper(image)
        self._day[key] = tile
        self._bytes += tile.sizeInBytes()
        self._trim()
        self.tile_ready.emit(key)

    def _trim(self) -> None:
        # Night copies go first: they are remade from their day tile without a render.
        while self._bytes > self.capacity and (self._night or len(self._day) > 1):
            if self._night:
                _, image = self._night.popitem(last=False)
            else:
                _, image = self._day.popitem(last=False)
            self._bytes -= image.sizeInBytes()


def _on_paper(image: QImage) -> QImage:
    """``image`` (QtPdf leaves the paper transparent) on white paper, without alpha."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    p = QPainter(paper)
    p.drawImage(0, 0, image)
    p.end()
    return paper
