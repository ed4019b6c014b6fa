"""One roadbook box painted as a row of the box strip, sized to be read at arm's length.

The row reads like the paper roadbook: distance cell (box number, total large, partial small;
amber when the next box is closer than 300 m), tulip, notes drawing, then CAP, danger marks,
waypoint label and notes text. No text is painted below :data:`MIN_TEXT_PX` (times the view's
scale): a notes drawing whose words would be smaller gets a wider cell (under the CAP line when
the row is tall enough, so the CAP keeps its size), and when even that is not enough its words
are written out as text, the picture keeping only what is not words. Fonts and cells change
on resize and box change only, never on a 10 Hz state update.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QLineF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from navapp.core import format as fmt
from navapp.core.model import Box, Units
from navapp.gui.common.box_table import notes_label
from navapp.gui.common.drawing_text import NO_TEXT, DrawingText
from navapp.gui.common.theme import DAY, Theme, ui_font

# The smallest text of the strip at the 1024×600 reference, in pixels: readable at arm's length
# in a moving car. Larger views scale it with their fonts.
MIN_TEXT_PX = 14.0

_LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_LEFT_CENTER = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_CENTER = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_BOTTOM = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_WRAP = int(Qt.TextFlag.TextWordWrap)


def _fit(content: QSize, cell: QRectF) -> QRectF:
    """``content`` scaled to fit ``cell``, centred."""
    if content.isEmpty() or cell.isEmpty():
        return QRectF()
    fitted = QSizeF(content).scaled(cell.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRectF(
        cell.x() + (cell.width() - fitted.width()) / 2,
        cell.y() + (cell.height() - fitted.height()) / 2,
        fitted.width(),
        fitted.height(),
    )


def _fitting_font(
    text: str, width: float, height_px: float, min_px: float, bold: bool = True
) -> QFont:
    """The largest font up to ``height_px`` pixels for which ``text`` fits ``width``; never
    below ``min_px``: a text that does not fit is cut, it never becomes unreadable."""
    probe = ui_font(100, bold)
    advance = QFontMetricsF(probe).horizontalAdvance(text) or 1.0
    return ui_font(max(min_px, min(height_px, 100 * width / advance)), bold)


def _wrapping_font(text: str, rect: QRectF, height_px: float, min_px: float) -> QFont:
    """The largest bold font up to ``height_px`` (never below ``min_px``) in which ``text``,
    wrapped, fits ``rect``."""
    px = max(min_px, height_px)
    while True:
        font = ui_font(px, bold=True)
        needed = QFontMetricsF(font).boundingRect(rect, _LEFT_TOP | _WRAP, text)
        if px <= min_px or needed.height() <= rect.height():
            return font
        px = max(min_px, px - 1.0)


def _whole_lines(rect: QRectF, font: QFont) -> QRectF:
    """``rect`` cut to the lines of ``font`` it holds whole (one at least): a text too long
    for its room loses its last lines, never half a line."""
    metrics = QFontMetricsF(font)

    def height(lines: int) -> float:  # as the text layout stacks lines, rounding included
        return metrics.boundingRect(rect, _LEFT_TOP, "\n".join(["X"] * lines)).height()

    lines = 1
    while height(lines + 1) <= rect.height():
        lines += 1
    return QRectF(rect.x(), rect.y(), rect.width(), height(lines))


def _written_out(notes: str, said_elsewhere: str, words: DrawingText) -> str:
    """The notes text with the words of the notes drawing not already in it or in the row's
    other texts (``said_elsewhere``: danger marks, waypoint label), one per line."""
    # spacing and case aside: "CP1" in the drawing is the "CP 1" of the waypoint label
    said = "".join(f"{said_elsewhere} {notes}".split()).casefold()
    extra = [line for line in words.lines if "".join(line.split()).casefold() not in said]
    return "\n".join(x for x in (notes, *extra) if x)


class BoxRow(QWidget):
    """One roadbook box, painted; the first row of a :class:`BoxStrip` is the current box."""

    def __init__(self, current: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._current = current
        self._box: Box | None = None
        self._masked = False
        self._highlight = False
        self._show_drawings = True
        self._show_cap = True
        self._tulip: QImage | None = None
        self._notes: QImage | None = None
        self._words = NO_TEXT
        self._min_px = MIN_TEXT_PX
        # the notes drawing's words written out, when its picture cannot get room for them
        self._notes_as_text = False
        self._notes_pad = 0.0
        self._notes_under_cap = False
        self._lines: list[QLineF] = []
        self._masks: list[QRectF] = []
        self._notes_source = QRectF()  # the part of the notes picture painted
        self._shown_notes = ""
        self._texts = {
            "number": "",
            "total": "",
            "partial": "",
            "cap": "",
            "danger": "",
            "waypoint": "",
            "notes": "",
        }
        # geometry and paint objects: rebuilt on resize and theme change only
        self._frame = QRectF()
        self._bar = QRectF()
        self._dist = QRectF()
        self._number_rect = QRectF()
        self._total_rect = QRectF()
        self._partial_rect = QRectF()
        self._tulip_cell = QRectF()
        self._notes_cell = QRectF()
        self._tulip_target = QRectF()
        self._notes_target = QRectF()
        self._cap_rect = QRectF()
        self._danger_rect = QRectF()
        self._waypoint_rect = QRectF()
        self._notes_rect = QRectF()
        self._fonts: dict[str, QFont] = {}
        self._radius = 6.0
        self.set_theme(DAY)

    # -- API --------------------------------------------------------------------------------

    def set_box(
        self,
        box: Box | None,
        units: Units,
        highlight: bool = False,
        tulip: QImage | None = None,
        notes: QImage | None = None,
        words: DrawingText = NO_TEXT,
    ) -> None:
        """Show ``box`` (None: an empty slot after the last box) with its pictures; ``words``
        are those in the notes picture, sized in its pixels."""
        if (
            box is self._box
            and highlight == self._highlight
            and tulip is self._tulip
            and notes is self._notes
            and words is self._words
        ):
            return
        self._box = box
        self._highlight = highlight
        self._tulip = tulip
        self._notes = notes
        self._words = words
        if box is None:
            self._texts = dict.fromkeys(self._texts, "")
        else:
            self._texts = {
                "number": str(box.index),
                "total": fmt.distance(box.total_km, units),
                "partial": fmt.distance(box.partial_km, units),
                "cap": fmt.cap(box.cap),
                "danger": "!" * (box.danger or 0),
                "waypoint": fmt.waypoint_label(box, units),
                # danger marks are painted big on their own; the text is the rest
                "notes": notes_label(replace(box, danger=None), units),
            }
        self._relayout()

    def set_min_text_px(self, px: float) -> None:
        """The smallest text the row may paint, in pixels (:data:`MIN_TEXT_PX` times the scale)."""
        if px != self._min_px:
            self._min_px = px
            self._relayout()

    def min_text_px(self) -> float:
        return self._min_px

    def set_masked(self, masked: bool) -> None:
        """Masked practice: paint a placeholder instead of the box."""
        if masked != self._masked:
            self._masked = masked
            self.update()

    def set_visibility(self, drawings: bool, cap: bool) -> None:
        """Practice modes: without drawings (distance only) and/or without CAP."""
        if (drawings, cap) != (self._show_drawings, self._show_cap):
            self._show_drawings = drawings
            self._show_cap = cap
            self._relayout()

    def box(self) -> Box | None:
        return self._box

    def is_current(self) -> bool:
        return self._current

    def is_highlighted(self) -> bool:
        """Whether the distance cell is amber (the next box is closer than 300 m)."""
        return self._highlight and self._box is not None and not self._masked

    def is_masked(self) -> bool:
        return self._masked

    def texts(self) -> dict[str, str]:
        """What the row shows, by part (empty strings for parts hidden or absent)."""
        if self._masked or self._box is None:
            return dict.fromkeys(self._texts, "")
        texts = dict(self._texts)
        if not self._show_cap:
            texts["cap"] = ""
        texts["notes"] = self._shown_notes if self._show_drawings else ""
        return texts

    def shows_drawings(self) -> bool:
        """Whether tulip/notes pictures are painted."""
        return (
            self._show_drawings
            and not self._masked
            and (self._tulip is not None or self._notes is not None)
        )

    def shows_notes_as_text(self) -> bool:
        """Whether the notes drawing's words are written out instead of its picture."""
        return self._notes_as_text and self.shows_drawings()

    def set_theme(self, theme: Theme) -> None:
        """Take the colours of ``theme``."""
        self._theme = theme
        border = QColor(theme.accent if self._current else theme.border)
        self._border_pen = QPen(border)
        self._border_pen.setWidthF(3.0 if self._current else 1.5)
        self._masked_pen = QPen(QColor(theme.border))
        self._masked_pen.setWidthF(2.0)
        self._masked_pen.setStyle(Qt.PenStyle.DashLine)
        self._line_pen = QPen(QColor(theme.border))
        self._line_pen.setWidthF(1.0)
        self._panel_brush = QBrush(QColor(theme.panel_current if self._current else theme.panel))
        self._accent_brush = QBrush(QColor(theme.accent))
        self._highlight_brush = QBrush(QColor(theme.highlight))
        self._colours = {
            "text": QColor(theme.text),
            "dim": QColor(theme.text_dim),
            "caption": QColor(theme.caption),
            "danger": QColor(theme.danger),
            "highlight_text": QColor(theme.highlight_text),
            "accent": QColor(theme.accent),
        }
        self.update()

    # -- Qt ---------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(600, 130)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 60)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        if (self._box is None and not self._masked) or not self._fonts:
            return
        c = self._colours
        t = self._texts
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            if not self._masked:
                p.setPen(self._border_pen)
                p.setBrush(self._panel_brush)
                p.drawRoundedRect(self._frame, self._radius, self._radius)
            else:
                # an empty dashed slot: clearly a hidden box, quieter than a real one
                p.setPen(self._masked_pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(self._frame, self._radius, self._radius)
                p.setFont(self._fonts["waypoint"])
                p.setPen(c["dim"])
                words = p.fontMetrics().elidedText(
                    self.tr("MASKED"), Qt.TextElideMode.ElideRight, int(self._frame.width()) - 8
                )
                p.drawText(self._frame, _CENTER, words)
                return
            p.setPen(Qt.PenStyle.NoPen)
            if self._current:
                p.setBrush(self._accent_brush)
                p.drawRect(self._bar)
            if self._highlight:
                p.setBrush(self._highlight_brush)
                p.drawRect(self._dist)
            # cell separators
            p.setPen(self._line_pen)
            for line in self._lines:
                p.drawLine(line)
            text = c["highlight_text"] if self._highlight else c["text"]
            dim = c["highlight_text"] if self._highlight else c["dim"]
            p.setFont(self._fonts["number"])
            p.setPen(dim)
            p.drawText(self._number_rect, _LEFT_TOP, t["number"])
            p.setFont(self._fonts["total"])
            p.setPen(text)
            p.drawText(self._total_rect, _RIGHT_CENTER, t["total"])
            p.setFont(self._fonts["partial"])
            p.setPen(dim)
            p.drawText(self._partial_rect, _RIGHT_BOTTOM, t["partial"])
            if self._show_drawings:
                if self._tulip is not None and not self._tulip_target.isEmpty():
                    p.drawImage(self._tulip_target, self._tulip, QRectF(self._tulip.rect()))
                if self._notes is not None and not self._notes_target.isEmpty():
                    p.drawImage(self._notes_target, self._notes, self._notes_source)
                    # words written out: their too small copies in the picture are covered
                    for mask in self._masks:
                        p.fillRect(mask, self._panel_brush)
            if self._show_cap and t["cap"]:
                p.setFont(self._fonts["cap"])
                p.setPen(c["text"])
                p.drawText(self._cap_rect, _LEFT_CENTER, t["cap"])
            if t["danger"]:
                p.setFont(self._fonts["danger"])
                p.setPen(c["danger"])
                p.drawText(self._danger_rect, _RIGHT_CENTER, t["danger"])
            if t["waypoint"]:
                p.setFont(self._fonts["waypoint"])
                p.setPen(c["accent"])
                p.drawText(self._waypoint_rect, _LEFT_CENTER, t["waypoint"])
            if self._show_drawings and self._shown_notes:
                p.setFont(self._fonts["notes"])
                p.setPen(c["text"])
                p.drawText(self._notes_rect, _LEFT_TOP | _WRAP, self._shown_notes)
        finally:
            p.end()

    # -- internals --------------------------------------------------------------------------

    def _relayout(self, icon: bool = True) -> None:
        """Split the row into cells and size the fonts; only on resize and content change.

        ``icon``: keep what is not words of a notes picture whose words are written out.
        """
        w, h = float(self.width()), float(self.height())
        if w <= 0 or h <= 0:
            return
        pad = max(3.0, 0.05 * h)
        self._radius = max(4.0, 0.06 * h)
        self._frame = QRectF(1.5, 1.5, w - 3.0, h - 3.0)
        bar_w = min(8.0, max(6.0, 0.06 * h)) if self._current else 0.0
        inner_top, inner_h = 3.0, h - 6.0
        self._bar = QRectF(3.0, inner_top, bar_w, inner_h)
        x = 3.0 + bar_w
        # distance-only practice: the totals are all there is, give them the room
        dist_w = (0.22 if self._show_drawings else 0.34) * w
        self._dist = QRectF(x, inner_top, dist_w, inner_h)
        self._number_rect = QRectF(x + pad, inner_top + pad * 0.5, dist_w - 2 * pad, 0.28 * h)
        self._total_rect = QRectF(x + pad, 0.18 * h, dist_w - 2 * pad, 0.5 * h)
        self._partial_rect = QRectF(x + pad, 0.62 * h, dist_w - 2 * pad, 0.34 * h)
        x += dist_w
        side = h - 2 * pad
        band = 0.34 * h  # the CAP line
        self._notes_as_text = self._notes_under_cap = False
        self._notes_pad = pad
        if self._show_drawings:
            # the tulip first: it is what the co-driver matches to the terrain
            tulip_w = min(side, 0.21 * w) + 2 * pad
            room = w - 3.0 - pad - x - tulip_w
            notes_w = self._notes_width(w, side, pad, room, inner_top + inner_h - band, icon)
        else:
            tulip_w = notes_w = 0.0
        self._tulip_cell = QRectF(x, inner_top, tulip_w, inner_h)
        x += tulip_w
        notes_top = band if self._notes_under_cap else inner_top
        self._notes_cell = QRectF(x, notes_top, notes_w, inner_top + inner_h - notes_top)
        # the CAP line spans the notes cell when the picture sits under it
        cap_x = x + pad if self._notes_under_cap else x + notes_w + pad
        cap_w = max(10.0, w - 3.0 - pad - cap_x)
        x += notes_w
        info_x = x + pad
        info_w = max(10.0, w - 3.0 - pad - info_x)
        self._cap_rect = QRectF(cap_x, pad * 0.5, cap_w, band)
        self._danger_rect = QRectF(cap_x, pad * 0.5, cap_w, band)
        self._waypoint_rect = QRectF(info_x, band, info_w, 0.24 * h)
        text_top = 0.58 * h if self._texts["waypoint"] else 0.36 * h
        self._notes_rect = QRectF(info_x, text_top, info_w, h - pad - text_top)
        self._lines = [
            QLineF(c.left(), inner_top, c.left(), inner_top + inner_h)
            for c in (self._tulip_cell, self._notes_cell)
            if not c.isEmpty()
        ]
        if tulip_w:
            line_top = band if self._notes_under_cap else pad * 0.5
            self._lines.append(QLineF(info_x, line_top, info_x, h - pad))
        self._tulip_target = (
            _fit(self._tulip.size(), self._tulip_cell.adjusted(pad, pad, -pad, -pad))
            if self._tulip is not None and tulip_w
            else QRectF()
        )
        self._notes_target, self._masks = QRectF(), []
        if self._notes is not None and notes_w:
            # words written out: only the rest of the picture, its words covered
            src = self._words.rest if self._notes_as_text else QRectF(self._notes.rect())
            self._notes_source = src
            np = self._notes_pad
            t = self._notes_target = _fit(
                src.size().toSize(), self._notes_cell.adjusted(np, np, -np, -np)
            )
            k = t.width() / src.width() if src.width() else 0.0
            for a in self._words.areas if self._notes_as_text else ():
                mask = QRectF(
                    t.x() + (a.x() - src.x()) * k,
                    t.y() + (a.y() - src.y()) * k,
                    a.width() * k,
                    a.height() * k,
                ).intersected(t)
                if not mask.isEmpty():
                    self._masks.append(mask)
        least = self._min_px
        cap_line = f"C.360 {self._texts['danger']}".strip()
        self._fonts = {
            "number": ui_font(max(least, 0.17 * h), bold=True),
            # sized for two-digit kilometres so rows match; longer totals shrink to fit
            "total": _fitting_font(
                max(self._texts["total"], "88.88", key=len), dist_w - 2 * pad, 0.42 * h, least
            ),
            "partial": _fitting_font("88.88", 0.5 * dist_w, 0.22 * h, least, bold=False),
            # the CAP shares its line with this box's danger marks only, not the most there are
            "cap": _fitting_font(cap_line, cap_w, 0.28 * h, least),
            "danger": _fitting_font(cap_line, cap_w, 0.28 * h, least),
            "waypoint": _fitting_font("WPM 99", info_w, 0.2 * h, least),
        }
        self._shown_notes = (
            _written_out(
                self._texts["notes"],
                f"{self._texts['danger']} {self._texts['waypoint']}",
                self._words,
            )
            if self._notes_as_text
            else self._texts["notes"]
        )
        font = self._fonts["notes"] = _wrapping_font(
            self._shown_notes, self._notes_rect, min(0.12 * h, 0.095 * info_w), least
        )
        needed = QFontMetricsF(font).boundingRect(
            self._notes_rect, _LEFT_TOP | _WRAP, self._shown_notes
        )
        if self._notes_as_text and notes_w and needed.height() > self._notes_rect.height():
            # the written-out words come first: the rest of the picture gives them its room
            self._relayout(icon=False)
            return
        self._notes_rect = _whole_lines(self._notes_rect, font)
        self.update()

    def _text_fits(self, width: float) -> bool:
        """Whether the notes text, wrapped at the smallest size, fits a column ``width`` wide
        beside a widened notes picture: the current box's text is never cut for a picture."""
        h = float(self.height())
        top = 0.58 * h if self._texts["waypoint"] else 0.36 * h
        rect = QRectF(0, 0, width, h - max(3.0, 0.05 * h) - top)
        font = ui_font(self._min_px, bold=True)
        needed = QFontMetricsF(font).boundingRect(rect, _LEFT_TOP | _WRAP, self._texts["notes"])
        return needed.height() <= rect.height() and needed.width() <= width + 0.5

    def _notes_width(
        self, w: float, side: float, pad: float, room: float, lower: float, icon: bool
    ) -> float:
        """The notes cell's width: its usual share of the row when the words in the picture
        reach the smallest text size there; else as wide as those words need, under the CAP
        line (``lower`` high) or beside it (the row's height); none when even the most the row
        can spare is not enough (the words are then written out with the notes text).

        ``room`` is what the notes cell and the CAP/notes column share.
        """
        usual = min(1.6 * side, 0.19 * w)
        image, smallest = self._notes, self._words.smallest_px
        if image is None or image.isNull() or smallest is None or smallest <= 0:
            return usual + 2 * pad
        if _fit(image.size(), QRectF(0, 0, usual, side)).width() * smallest >= (
            self._min_px * image.width()
        ):
            return usual + 2 * pad
        needed = self._min_px / smallest
        want_w, want_h = math.ceil(image.width() * needed), math.ceil(image.height() * needed)
        # the notes text keeps a column a few words wide; the picture goes nearer the edges
        most = room - max(0.3 * room, 6 * self._min_px)
        if (
            want_w + pad <= most
            and want_h + pad <= side + 2 * pad
            and self._text_fits(room - want_w - 2 * pad)
        ):
            self._notes_pad = pad / 2
            # under the CAP line when it fits there: the CAP then keeps its width
            self._notes_under_cap = want_h + pad <= lower
            return want_w + pad
        # the words are written out; an icon or sign beside them keeps its usual place
        self._notes_as_text = True
        return usual + 2 * pad if icon and not self._words.rest.isEmpty() else 0.0
