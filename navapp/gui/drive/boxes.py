"""The current box and the next ones as big roadbook rows, with the distance to the next box.

Rows are :class:`~navapp.gui.drive.box_row.BoxRow`. Drawings are rendered once per box at a fixed
resolution and kept while the box is near: a 10 Hz state update only changes texts, never
re-renders SVG. Notes pictures are cut to their ink, so the words in them get all the room
the row gives the picture.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import replace
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from navapp.core import format as fmt
from navapp.core.model import Box, Drawing, Roadbook, Units
from navapp.core.navstate import NavState
from navapp.gui.common.box_table import next_box_is_close
from navapp.gui.common.drawing import night_copy, render_drawing_image
from navapp.gui.common.drawing_text import NO_TEXT, DrawingText, drawing_text
from navapp.gui.common.theme import DAY, Theme, reserve_width, set_label_text, ui_font
from navapp.gui.drive.box_row import MIN_TEXT_PX, BoxRow
from navapp.gui.drive.cap import NO_VALUE

# Drawings are rendered once at this size and scaled when painted (any row height reuses them).
TULIP_RENDER = QSize(256, 256)
NOTES_RENDER = QSize(512, 256)
DEFAULT_BOXES_AHEAD = 2
# Boxes whose pictures are kept: the four rows at most on screen and the two before them.
CACHED_BOXES = 6
# White kept around the ink of a cut notes picture, in rendered pixels.
_INK_MARGIN = 6


class DrawingCache:
    """Tulip and notes pictures of the last few boxes shown, rendered on first use; night
    copies derived from them. Kept as images, painted as they are: no pixmap copy of each.

    Only the pictures of the ``capacity`` boxes used last are kept (a box's cost about 0.8 MB,
    a whole stage's hundreds): the rows on screen and the boxes just before them, for a
    co-driver who scrolls back a little. A box that comes back later is rendered again.
    Notes pictures are cut to their ink; :meth:`text` tells the size of the words in them and
    where they are in the cut picture.
    """

    def __init__(self, capacity: int = CACHED_BOXES) -> None:
        self.capacity = capacity
        self._day: OrderedDict[tuple[int, str], QImage | None] = OrderedDict()
        self._tinted: OrderedDict[tuple[int, str, str], QImage | None] = OrderedDict()
        self._text: OrderedDict[int, DrawingText] = OrderedDict()

    def __len__(self) -> int:
        """Pictures held, day and night copies counted apart."""
        return len(self._day) + len(self._tinted)

    def clear(self) -> None:
        self._day.clear()
        self._tinted.clear()
        self._text.clear()

    def get(self, box: Box, kind: str, tint: str | None) -> QImage | None:
        """The ``"tulip"`` or ``"notes"`` picture of ``box``, tinted for night when asked."""
        drawing: Drawing | None = box.tulip if kind == "tulip" else box.notes
        if drawing is None:
            return None
        key = (box.index, kind)
        if key in self._day:
            self._day.move_to_end(key)
        else:
            size = TULIP_RENDER if kind == "tulip" else NOTES_RENDER
            image = render_drawing_image(drawing, size)
            if kind == "notes":
                words = NO_TEXT
                if image is not None:
                    image, cut = _cut_to_ink(image)
                    words = _words_in(image, cut, drawing_text(drawing, size))
                self._text[box.index] = words
                # kept longer than the pictures: a picture held always has its words
                _trim(self._text, 2 * self.capacity)
            self._day[key] = image
            _trim(self._day, 2 * self.capacity)
        image = self._day[key]
        if image is None or tint is None:
            return image
        tkey = (box.index, kind, tint)
        if tkey in self._tinted:
            self._tinted.move_to_end(tkey)
        else:
            self._tinted[tkey] = night_copy(image, QColor(tint))
            _trim(self._tinted, 2 * self.capacity)
        return self._tinted[tkey]

    def text(self, box: Box) -> DrawingText:
        """The words of ``box``'s notes picture, sized and placed in its pixels."""
        if box.notes is None:
            return NO_TEXT
        if box.index not in self._text or (box.index, "notes") not in self._day:
            self._day.pop((box.index, "notes"), None)
            self.get(box, "notes", None)  # renders the picture and finds its words
        self._text.move_to_end(box.index)
        return self._text.get(box.index, NO_TEXT)


def next_box_labels() -> tuple[QLabel, QLabel, QLabel]:
    """The caption and the value of the distance to the next box, and the AUTO OFF badge, as
    the box strip and the PDF roll both show them above the roadbook."""
    caption = QLabel(QCoreApplication.translate("BoxStrip", "TO NEXT BOX"))
    caption.setProperty("role", "caption")
    badge = QLabel(QCoreApplication.translate("BoxStrip", "AUTO OFF"))
    badge.setProperty("role", "badge")
    # A longer language wraps its words rather than widen the view past a 1024 px screen.
    for label in (caption, badge):
        label.setWordWrap(True)
    return caption, QLabel(NO_VALUE), badge


def next_box_header(state: NavState, box_count: int, countdown: bool) -> tuple[str, str]:
    """The caption and the value over the roadbook: the distance to the next box, or the
    trip total when the odometer counts down to the box."""
    units = state.trip.units
    value: float | None
    if countdown:
        caption, value = QCoreApplication.translate("BoxStrip", "TOTAL"), state.trip.total_km
    else:
        nxt = state.box + 1
        caption = (
            QCoreApplication.translate("BoxStrip", "TO BOX {number}").format(number=nxt)
            if nxt <= box_count
            else QCoreApplication.translate("BoxStrip", "TO NEXT BOX")
        )
        value = state.to_next_km
    text = NO_VALUE if value is None else f"{fmt.distance(value, units)} {units.distance_label}"
    return caption, text


def _trim(cache: OrderedDict[Any, Any], size: int) -> None:
    """Drop the entries used least recently until ``cache`` holds ``size``."""
    while len(cache) > size:
        cache.popitem(last=False)


def _ink(image: QImage) -> np.ndarray:
    """Which pixels of ``image`` (a drawing on white) carry ink, row by row."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    pixels = np.frombuffer(rgb.constBits(), np.uint8, count=stride * h).reshape(h, stride)
    ink: np.ndarray = np.any(pixels[:, : 4 * w].reshape(h, w, 4)[:, :, :3] < 240, axis=2)
    return ink


def _ink_box(ink: np.ndarray) -> QRect:
    """The bounding box of ``ink`` with a small margin (empty: no ink)."""
    rows, cols = np.flatnonzero(np.any(ink, axis=1)), np.flatnonzero(np.any(ink, axis=0))
    if rows.size == 0:
        return QRect()
    m, (h, w) = _INK_MARGIN, ink.shape
    left, top = max(0, int(cols[0]) - m), max(0, int(rows[0]) - m)
    right, bottom = min(w - 1, int(cols[-1]) + m), min(h - 1, int(rows[-1]) + m)
    return QRect(left, top, right - left + 1, bottom - top + 1)


def _cut_to_ink(image: QImage) -> tuple[QImage, QPoint]:
    """``image`` without the white around its drawing (a small margin kept), and where the cut
    starts in ``image``; all white: ``image`` as it is.

    Cutting keeps the pixels' scale, so the words' sizes found for the whole picture still hold.
    """
    box = _ink_box(_ink(image))
    if box.isEmpty():
        return image, QPoint(0, 0)
    return image.copy(box), box.topLeft()


def _words_in(image: QImage, cut: QPoint, text: DrawingText) -> DrawingText:
    """``text`` placed in the cut picture ``image``, with the part of it that is not words."""
    if not text.lines:
        return text
    # a little more than the words' boxes: the anti-aliased edges of the letters go too
    areas = tuple(a.translated(-cut.x(), -cut.y()).adjusted(-2, -2, 2, 2) for a in text.areas)
    ink = _ink(image)
    h, w = ink.shape
    for a in areas:
        top, left = max(0, math.floor(a.top())), max(0, math.floor(a.left()))
        ink[top : min(h, math.ceil(a.bottom())), left : min(w, math.ceil(a.right()))] = False
    return replace(text, areas=areas, rest=QRectF(_ink_box(ink)))


class BoxStrip(QWidget):
    """The distance to the next box, an AUTO OFF badge, and the current box with those ahead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roadbook: Roadbook | None = None
        self._cache = DrawingCache()
        self._theme = DAY
        self._box_index: int | None = None
        self._masked = False
        self._show_drawings = True
        self._show_cap = True
        self._countdown = False
        self._min_text_px = MIN_TEXT_PX
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        header = QHBoxLayout()
        header.setSpacing(12)
        self.next_caption, self.next_label, self.auto_off_badge = next_box_labels()
        policy = self.auto_off_badge.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.auto_off_badge.setSizePolicy(policy)
        self.auto_off_badge.setVisible(False)
        header.addWidget(self.next_caption, 0, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.next_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.auto_off_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(header)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(6)
        layout.addLayout(self._rows_layout, 1)
        self.rows: list[BoxRow] = []
        self.set_boxes_ahead(DEFAULT_BOXES_AHEAD)
        self.set_scale(1.0)

    # -- API --------------------------------------------------------------------------------

    @property
    def drawing_cache(self) -> DrawingCache:
        """The pictures kept for the rows."""
        return self._cache

    def set_roadbook(self, roadbook: Roadbook | None) -> None:
        """Show boxes of ``roadbook``; forgets the pictures of the previous one."""
        self._roadbook = roadbook
        self._cache.clear()
        self._box_index = None
        for row in self.rows:
            row.set_box(None, Units.METRIC)

    def set_state(self, state: NavState) -> None:
        """Show the state's current box and those ahead, and the distance to the next box."""
        rb = self._roadbook
        caption, text = next_box_header(state, len(rb.boxes) if rb else 0, self._countdown)
        if self._masked and not self._countdown:
            # the distance to the next box would give its total away
            caption, text = self.tr("MASKED PRACTICE"), ""
        set_label_text(self.next_caption, caption)
        set_label_text(self.next_label, text)
        auto_off = not state.auto_advance
        if auto_off == self.auto_off_badge.isHidden():
            self.auto_off_badge.setVisible(auto_off)
        if state.box != self._box_index:
            self._box_index = state.box
            self._refresh_rows()

    def set_boxes_ahead(self, n: int) -> None:
        """How many boxes after the current one to show (2 or 3)."""
        n = max(1, min(3, n))
        if len(self.rows) == n + 1:
            return
        while len(self.rows) > n + 1:
            row = self.rows.pop()
            self._rows_layout.removeWidget(row)
            row.hide()  # deleteLater waits for the event loop; it must vanish now
            row.deleteLater()
        while len(self.rows) < n + 1:
            row = BoxRow(current=not self.rows)
            row.set_min_text_px(self._min_text_px)
            row.set_theme(self._theme)
            row.set_visibility(self._show_drawings, self._show_cap)
            row.set_masked(self._masked and not row.is_current())
            self.rows.append(row)
            # the current box gets more height than those ahead
            self._rows_layout.addWidget(row, 3 if row.is_current() else 2)
        self._refresh_rows()

    def set_masked(self, masked: bool) -> None:
        """Masked practice: only the current box shows."""
        self._masked = masked
        for row in self.rows[1:]:
            row.set_masked(masked)
        self._refresh_rows()

    def set_visibility(self, drawings: bool, cap: bool) -> None:
        """Practice modes: hide drawings and notes (distance only) and/or the CAP."""
        self._show_drawings = drawings
        self._show_cap = cap
        for row in self.rows:
            row.set_visibility(drawings, cap)
        self._refresh_rows()

    def set_countdown(self, countdown: bool) -> None:
        """Countdown mode: the odometer counts down to the box, so the header shows the total."""
        self._countdown = countdown

    def is_auto_off(self) -> bool:
        """Whether the AUTO OFF badge shows."""
        return not self.auto_off_badge.isHidden()

    def set_theme(self, theme: Theme) -> None:
        """Take the colours of ``theme``; night pictures come from the cache."""
        self._theme = theme
        for row in self.rows:
            row.set_theme(theme)
        self._refresh_rows()

    def set_scale(self, scale: float) -> None:
        """Font sizes for a drive view ``scale`` times the 600 px reference height."""
        self.next_caption.setFont(ui_font(max(MIN_TEXT_PX, 16 * scale), bold=True))
        self.next_label.setFont(ui_font(40 * scale, bold=True))
        reserve_width(self.next_label, "888.88 km")
        self.auto_off_badge.setFont(ui_font(22 * scale, bold=True))
        # 14 px is a floor, never scaled down: the touch controls narrow a 1024×600 view below
        # the reference scale, and the strip's words must stay readable at arm's length.
        # Whole pixels, rounded up: fonts have whole pixel sizes and must not round below it.
        self._min_text_px = float(math.ceil(MIN_TEXT_PX * max(1.0, scale) - 0.01))
        for row in self.rows:
            row.set_min_text_px(self._min_text_px)

    # -- internals --------------------------------------------------------------------------

    def _refresh_rows(self) -> None:
        rb = self._roadbook
        if rb is None or self._box_index is None:
            for row in self.rows:
                row.set_box(None, Units.METRIC)
            return
        tint = self._theme.drawing_tint
        for offset, row in enumerate(self.rows):
            i = self._box_index - 1 + offset  # 0-based position in the roadbook
            if not 0 <= i < len(rb.boxes) or (offset and self._masked):
                row.set_box(None, rb.units)
                continue
            box = rb.boxes[i]
            tulip = notes = None
            words = NO_TEXT
            if self._show_drawings:
                tulip = self._cache.get(box, "tulip", tint)
                notes = self._cache.get(box, "notes", tint)
                words = self._cache.text(box)
            close = next_box_is_close(rb.boxes, i)
            row.set_box(box, rb.units, close, tulip, notes, words)
