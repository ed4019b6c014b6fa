"""A PDF roadbook as one continuous roll, the current box row framed, as on a roll reader.

Pages are stacked into a strip fitted to the widget's width (or zoomed to the distance column;
a reverse roadbook's from the bottom up, see :mod:`navapp.gui.drive.roll_geometry`)
and painted from tiles rendered off the paint path (:mod:`navapp.gui.drive.page_tiles`).
The roll shows a row at a fixed place near the top, a little of the box before it above and
the boxes to come below it, or for a reverse roadbook (read bottom to top) near the bottom,
the boxes to come above it (:func:`room_before`).

Where the roll follows the trip meter, :meth:`PdfRollView.show_box` brings the navigator's
current box to that place. Scrolling by hand (wheel, mouse drag) stops that until
:meth:`resume`; a roll without distances (a scan) is only moved by hand and by :meth:`step`.
"""

from __future__ import annotations

import bisect
import math

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QSizePolicy, QWidget

from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.pdfroll import PdfRoll
from navapp.gui.common.theme import DAY, Theme, ui_font
from navapp.gui.drive.page_tiles import TILE_PX, TileCache, TileKey
from navapp.gui.drive.roll_geometry import Rect, RollGeometry

# Where the row shown sits: no more than this share of the height from the top (from the
# bottom, reverse), and no more of the row before it than PREVIOUS_SHARE of a row: a glance
# at the box just done, all the rest of the screen for the boxes to come.
ANCHOR = 0.22
PREVIOUS_SHARE = 0.4
# One wheel notch scrolls this share of the roll's height.
WHEEL_SHARE = 0.15
# A press that moves less than this is no drag.
DRAG_START_PX = 6.0

_LOAD_ERRORS = {
    QPdfDocument.Error.FileNotFound: QT_TRANSLATE_NOOP("PdfRollView", "file not found"),
    QPdfDocument.Error.InvalidFileFormat: QT_TRANSLATE_NOOP("PdfRollView", "not a readable PDF"),
    QPdfDocument.Error.IncorrectPassword: QT_TRANSLATE_NOOP(
        "PdfRollView", "the PDF is protected by a password"
    ),
    QPdfDocument.Error.UnsupportedSecurityScheme: QT_TRANSLATE_NOOP(
        "PdfRollView", "the PDF is encrypted in a way not supported"
    ),
}
_UNREADABLE = QT_TRANSLATE_NOOP("PdfRollView", "the PDF could not be read")


def room_before(height: float, row_height: float) -> float:
    """How much of a roll ``height`` pixels high is left for what comes before the row shown,
    ``row_height`` high: a little of the row before, never so much the row is cut."""
    return max(0.0, min(ANCHOR * height, PREVIOUS_SHARE * row_height, height - row_height))


class PdfRollView(QWidget):
    """The pages of one PDF roadbook as a roll; one row marked as the current one."""

    # Following the trip meter stopped or started again (True: following).
    following_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._document: QPdfDocument | None = None
        self._roll: PdfRoll | None = None
        self._tiles: TileCache | None = None
        self._error = ""
        self._theme: Theme = DAY
        self._zoomed = False
        self._geometry = RollGeometry((), 1.0)
        self._offset = 0.0  # the roll's y at the widget's top, pixels
        self._row: int | None = None  # the marked row, an index into roll.rows
        self._following = True
        self._row_of_box: dict[int, int] = {}
        self._boxes: list[int] = []  # the boxes that have a row, sorted
        self._drag: tuple[float, float] | None = None  # press y, offset then
        self._dragging = False
        self._scale = 1.0
        self._banner: QWidget | None = None
        self._masked = False

    # -- API --------------------------------------------------------------------------------

    def set_roll(self, roll: PdfRoll | None) -> str:
        """Show ``roll`` (None: nothing); the reason its PDF cannot be shown, or ""."""
        # The old document goes after its renderer, which may be rendering from it now.
        if self._tiles is not None:
            self._tiles.clear()
            self._tiles.deleteLater()
            self._tiles = None
        if self._document is not None:
            self._document.deleteLater()
            self._document = None
        self._roll = roll
        self._error = ""
        self._row = None
        self._offset = 0.0
        self._row_of_box = {}
        if roll is not None:
            self._document = QPdfDocument(self)
            error = self._document.load(roll.path)
            if error != QPdfDocument.Error.None_:
                self._error = self.tr(_LOAD_ERRORS.get(error, _UNREADABLE))
            else:
                self._tiles = TileCache(self._document, parent=self)
                self._tiles.tile_ready.connect(self._tile_ready)
            for i, row in enumerate(roll.rows):
                if row.box is not None:
                    self._row_of_box.setdefault(row.box, i)
            if roll.rows:
                self._row = 0
        self._boxes = sorted(self._row_of_box)
        self._set_following(self.follows_trip_meter())
        self._relayout()
        self._show_row()
        return self._error

    def roll(self) -> PdfRoll | None:
        return self._roll

    def error(self) -> str:
        """Why the PDF is not shown ("" when it is)."""
        return self._error

    def tiles(self) -> TileCache | None:
        """The rendered tiles (None without a readable PDF)."""
        return self._tiles

    def follows_trip_meter(self) -> bool:
        """Whether the roll can follow the trip meter (every row has a distance and a box)."""
        roll = self._roll
        return roll is not None and roll.follows_trip_meter and bool(self._row_of_box)

    def is_following(self) -> bool:
        """Whether the roll follows the navigator's current box now."""
        return self._following

    def show_box(self, box: int) -> None:
        """The navigator's current box is ``box`` (0-based): mark its row, and bring it into
        view while following. A box with no row marks the row of the last box before it."""
        if not self.follows_trip_meter():
            return
        row = self._row_for_box(box)
        if row != self._row:
            self._row = row
            self.update()
        if self._following:
            self._show_row()

    def resume(self) -> None:
        """Follow the trip meter again after a hand scroll (a scan has nothing to follow)."""
        self._set_following(self.follows_trip_meter())
        self._show_row()

    def step(self, delta: int) -> None:
        """Move the marked row ``delta`` rows on in reading order and bring it into view.

        From the row marked if it is on screen, else from the row at the reading place.
        """
        roll = self._roll
        if roll is None or not roll.rows:
            return
        start = self._row if self._row is not None and self._row_visible(self._row) else None
        if start is None:
            start = self._row_at_anchor()
        self._row = min(max(0, start + delta), len(roll.rows) - 1)
        self._show_row()

    def marked_row(self) -> int | None:
        """The marked row, an index into the roll's rows."""
        return self._row

    def scroll_by(self, dy: float) -> None:
        """Scroll by hand ``dy`` pixels (positive: further down the roll); following stops."""
        if self._roll is None:
            return
        self._set_following(False)
        self._set_offset(self._offset + dy)

    def roll_height(self) -> float:
        """The height of the whole roll, in pixels."""
        return self._geometry.height

    def offset(self) -> float:
        """The roll's y at the top of the widget, in pixels."""
        return self._offset

    def row_rect(self, row: int) -> QRectF:
        """Where row ``row`` is in the widget now (it may be off screen)."""
        assert self._roll is not None
        r = self._geometry.row_rect(self._roll.rows[row])
        return QRectF(r.x, r.y - self._offset, r.width, r.height)

    def set_zoomed(self, zoomed: bool) -> None:
        """Zoom to the distance column (when the roll knows it) or show whole pages."""
        zoomed = zoomed and self.can_zoom()
        if zoomed == self._zoomed:
            return
        anchor = self._anchor_point()
        self._zoomed = zoomed
        self._relayout()
        self._restore_anchor(anchor)

    def is_zoomed(self) -> bool:
        return self._zoomed

    def can_zoom(self) -> bool:
        """Whether the roll knows where its distance column is."""
        return self._roll is not None and self._roll.distance_column is not None

    def set_masked(self, masked: bool) -> None:
        """Masked practice: cover the roll after the current row (before it, reverse)."""
        self._masked = masked
        self.update()

    def is_masked(self) -> bool:
        return self._masked

    def set_theme(self, theme: Theme) -> None:
        """Day: the pages as printed; night: their ink in the night tint on black."""
        self._theme = theme
        self.update()

    def theme(self) -> Theme:
        return self._theme

    def set_scale(self, scale: float) -> None:
        """The drive view's font scale (frame width and the row number follow it)."""
        self._scale = scale
        self.update()

    # -- Qt ---------------------------------------------------------------------------------

    def set_banner(self, banner: QWidget) -> None:
        """Lay ``banner`` (a child) across the top of the roll, over the pages."""
        self._banner = banner
        self._place_banner()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_banner()
        if event.oldSize().width() == self.width():
            self._set_offset(self._offset)
            if self._following:
                self._show_row()
            return
        anchor = self._anchor_point()
        self._relayout()
        self._restore_anchor(anchor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        pixels = event.pixelDelta().y()
        dy = -pixels if pixels else -event.angleDelta().y() / 120 * WHEEL_SHARE * self.height()
        if dy:
            self.scroll_by(dy)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = (event.position().y(), self._offset)
            self._dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        y0, offset0 = self._drag
        moved = event.position().y() - y0
        if self._dragging or abs(moved) >= DRAG_START_PX:
            self._dragging = True
            # the paper follows the pointer
            self.scroll_by(offset0 - moved - self._offset)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        self._dragging = False
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        t = self._theme
        p.fillRect(self.rect(), QColor(t.window))
        if self._roll is None or self._error or self._tiles is None:
            self._paint_message(p)
            return
        top, height = self._offset, float(self.height())
        dpr = self.devicePixelRatioF()
        paper = QColor("white") if t.drawing_tint is None else QColor(t.panel)
        for page in self._geometry.pages_between(top, top + height):
            self._paint_page(p, page, top, height, dpr, paper)
        self._paint_mask(p)
        self._paint_marked_row(p)
        self._prefetch(top, height, dpr)

    # -- internals --------------------------------------------------------------------------

    def _tile_keys(self, page: int, top: float, bottom: float, dpr: float) -> list[TileKey]:
        """The tiles of ``page`` covering the roll from ``top`` to ``bottom`` (pixels)."""
        assert self._roll is not None
        place = self._geometry.pages[page]
        size = self._roll.pages[page]
        page_w = max(1, round(size.width * place.scale * dpr))
        page_h = max(1, round(size.height * place.scale * dpr))
        x = round(place.left_pt * place.scale * dpr)
        w = max(1, min(page_w - x, round(self._geometry.width * dpr)))
        first = max(0, math.floor((top - place.top) * dpr / TILE_PX))
        last = min((page_h - 1) // TILE_PX, math.floor((bottom - place.top) * dpr / TILE_PX))
        return [
            TileKey(page, page_w, page_h, x, b * TILE_PX, w, min(TILE_PX, page_h - b * TILE_PX))
            for b in range(first, last + 1)
        ]

    def _paint_page(
        self, p: QPainter, page: int, top: float, height: float, dpr: float, paper: QColor
    ) -> None:
        assert self._tiles is not None
        place = self._geometry.pages[page]
        y = place.top - top
        p.fillRect(QRectF(0, y, self._geometry.width, place.height), paper)
        tint = self._theme.drawing_tint
        for key in self._tile_keys(page, top, top + height, dpr):
            image = self._tiles.get(key, tint)
            if image is None:
                continue  # on its way: painted when it arrives
            target = QRectF(0, round(y + key.y / dpr), key.w / dpr, key.h / dpr)
            p.drawImage(target, image)

    def _prefetch(self, top: float, height: float, dpr: float) -> None:
        """Ask for the tiles just above and below the screen, so a scroll finds them made."""
        assert self._tiles is not None
        margin = TILE_PX / dpr
        for y0, y1 in ((top - margin, top), (top + height, top + height + margin)):
            for page in self._geometry.pages_between(y0, y1):
                for key in self._tile_keys(page, y0, y1, dpr):
                    self._tiles.request(key)

    def _paint_marked_row(self, p: QPainter) -> None:
        if self._row is None or self._roll is None:
            return
        rect = self.row_rect(self._row)
        if rect.bottom() < 0 or rect.top() > self.height():
            return
        t = self._theme
        width = max(3.0, 4.0 * self._scale)
        inner = QRectF(
            max(rect.left(), 0.0) + width / 2,
            rect.top() + width / 2,
            min(rect.right(), float(self.width())) - max(rect.left(), 0.0) - width,
            rect.height() - width,
        )
        colour = QColor(t.accent)
        pen = QPen(colour)
        pen.setWidthF(width)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(inner)
        # A bar at the edge of the roll as well: the eye finds the row at a glance, and a
        # roll zoomed past the row's sides still shows which row it is.
        bar = QRectF(0.0, rect.top(), 2 * width, rect.height())
        p.fillRect(bar, colour)

    def _paint_mask(self, p: QPainter) -> None:
        if not self._masked or self._row is None:
            return
        rect = self.row_rect(self._row)
        h = float(self.height())
        if self._reverse():
            cover = QRectF(0.0, 0.0, float(self.width()), min(h, max(0.0, rect.top())))
        else:
            top = min(h, max(0.0, rect.bottom()))
            cover = QRectF(0.0, top, float(self.width()), h - top)
        if cover.height() <= 0 or cover.top() >= h:
            return
        p.fillRect(cover, QColor(self._theme.panel))
        p.setPen(QColor(self._theme.text_dim))
        p.setFont(ui_font(max(14.0, 22.0 * self._scale), bold=True))
        p.drawText(cover, int(Qt.AlignmentFlag.AlignCenter), self.tr("MASKED"))

    def _paint_message(self, p: QPainter) -> None:
        text = self._error and self.tr("Cannot show the PDF: {reason}").format(reason=self._error)
        if not text:
            return
        p.setPen(QColor(self._theme.danger))
        p.setFont(ui_font(max(14.0, 20.0 * self._scale), bold=True))
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        p.drawText(self.rect().adjusted(12, 12, -12, -12), flags, text)

    def _relayout(self) -> None:
        roll = self._roll
        column = roll.distance_column if roll is not None and self._zoomed else None
        pages = roll.pages if roll is not None else ()
        # Read from the last page, the document keeps its page order: page 1 on top.
        upwards = self._reverse() and roll is not None and not roll.last_page_first
        self._geometry = RollGeometry(pages, float(self.width()), column, reverse=upwards)
        if self._tiles is not None:
            # Tiles of the old scale are of no use now; the memory goes with them.
            self._tiles.clear()
        self.update()

    def _set_offset(self, offset: float) -> None:
        high = max(0.0, self._geometry.height - self.height())
        offset = round(min(max(0.0, offset), high))
        if offset != self._offset:
            self._offset = offset
            self.update()

    def _set_following(self, following: bool) -> None:
        if following != self._following:
            self._following = following
            self.following_changed.emit(following)
            self.update()

    def _reverse(self) -> bool:
        return self._roll is not None and self._roll.reverse

    def _show_row(self) -> None:
        """Bring the marked row to the reading place."""
        if self._roll is None or self._row is None:
            self._set_offset(0.0)
            return
        r = self._geometry.row_rect(self._roll.rows[self._row])
        self._set_offset(self._offset_for(r))

    def _offset_for(self, r: Rect) -> float:
        h = float(self.height())
        room = room_before(h, r.height)
        if self._reverse():
            # the boxes to come are above: the row sits low
            return r.bottom - (h - room)
        return r.y - room

    def _row_for_box(self, box: int) -> int:
        """The row of ``box``, or of the last box before it that has one (else the first)."""
        if box in self._row_of_box:
            return self._row_of_box[box]
        # Per fix: a binary search, not a walk over every box of the roadbook.
        i = bisect.bisect_right(self._boxes, box)
        return self._row_of_box[self._boxes[i - 1] if i else self._boxes[0]]

    def _row_visible(self, row: int) -> bool:
        rect = self.row_rect(row)
        return rect.bottom() > 0 and rect.top() < self.height()

    def _row_at_anchor(self) -> int:
        """The row nearest the reading place on screen."""
        assert self._roll is not None
        h = float(self.height())
        y = self._offset + ((1.0 - ANCHOR) * h if self._reverse() else ANCHOR * h)
        rows = self._roll.rows

        def distance(i: int) -> float:
            r = self._geometry.row_rect(rows[i])
            return 0.0 if r.y <= y <= r.bottom else min(abs(r.y - y), abs(r.bottom - y))

        return min(range(len(rows)), key=distance)

    def _anchor_point(self) -> tuple[int, float] | None:
        """The page and the page y (points) at the top of the widget, to keep across a relayout."""
        geo = self._geometry
        for page in geo.pages_between(self._offset, self._offset + 1):
            place = geo.pages[page]
            return page, (self._offset - place.top) / place.scale
        return None

    def _restore_anchor(self, anchor: tuple[int, float] | None) -> None:
        if self._following or anchor is None:
            self._show_row()
            return
        page, y_pt = anchor
        place = self._geometry.pages[page]
        self._set_offset(place.top + y_pt * place.scale)

    def _place_banner(self) -> None:
        if self._banner is not None:
            height = self._banner.heightForWidth(self.width())
            self._banner.setGeometry(
                0, 0, self.width(), max(height, self._banner.sizeHint().height())
            )

    def _tile_ready(self, key: TileKey) -> None:
        self.update()
