"""The current box and the next ones as big roadbook rows, with the distance to the next box.

Each row reads like the paper roadbook: distance cell (box number, total large, partial small;
amber when the next box is closer than 300 m), tulip, notes drawing, then CAP, danger marks,
waypoint label and notes text. Drawings are rendered once per box at a fixed resolution and
kept while the box is near: a 10 Hz state update only changes texts, never re-renders SVG.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
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
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from navapp.core import format as fmt
from navapp.core.model import Box, Drawing, Roadbook, Units
from navapp.core.navstate import NavState
from navapp.gui.common.box_table import (
    next_box_is_close,
    notes_label,
)
from navapp.gui.common.drawing import night_copy, render_drawing_image
from navapp.gui.common.theme import DAY, Theme, reserve_width, set_label_text, ui_font
from navapp.gui.drive.cap import NO_VALUE

# Drawings are rendered once at this size and scaled when painted (any row height reuses them).
TULIP_RENDER = QSize(256, 256)
NOTES_RENDER = QSize(512, 256)
DEFAULT_BOXES_AHEAD = 2
# Boxes whose pictures are kept: the four rows at most on screen and the two before them.
CACHED_BOXES = 6

_LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_LEFT_CENTER = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_CENTER = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_BOTTOM = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_WRAP = int(Qt.TextFlag.TextWordWrap)


class DrawingCache:
    """Tulip and notes pictures of the last few boxes shown, rendered on first use; night
    copies derived from them. Kept as images, painted as they are: no pixmap copy of each.

    Only the pictures of the ``capacity`` boxes used last are kept (a box's cost about 0.8 MB,
    a whole stage's hundreds): the rows on screen and the boxes just before them, for a
    co-driver who scrolls back a little. A box that comes back later is rendered again.
    """

    def __init__(self, capacity: int = CACHED_BOXES) -> None:
        self.capacity = capacity
        self._day: OrderedDict[tuple[int, str], QImage | None] = OrderedDict()
        self._tinted: OrderedDict[tuple[int, str, str], QImage | None] = OrderedDict()

    def __len__(self) -> int:
        """Pictures held, day and night copies counted apart."""
        return len(self._day) + len(self._tinted)

    def clear(self) -> None:
        self._day.clear()
        self._tinted.clear()

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
            self._day[key] = render_drawing_image(drawing, size)
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


def _trim(cache: OrderedDict[Any, QImage | None], size: int) -> None:
    """Drop the entries used least recently until ``cache`` holds ``size``."""
    while len(cache) > size:
        cache.popitem(last=False)


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


def _fitting_font(text: str, width: float, height_px: float, bold: bool = True) -> QFont:
    """The largest font up to ``height_px`` pixels for which ``text`` fits ``width``."""
    probe = ui_font(100, bold)
    advance = QFontMetricsF(probe).horizontalAdvance(text) or 1.0
    return ui_font(min(height_px, 100 * width / advance), bold)


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
    ) -> None:
        """Show ``box`` (None: an empty slot after the last box) with its pictures."""
        if (
            box is self._box
            and highlight == self._highlight
            and tulip is self._tulip
            and notes is self._notes
        ):
            return
        self._box = box
        self._highlight = highlight
        self._tulip = tulip
        self._notes = notes
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
        if not self._show_drawings:
            texts["notes"] = ""
        return texts

    def shows_drawings(self) -> bool:
        """Whether tulip/notes pictures are painted."""
        return (
            self._show_drawings
            and not self._masked
            and (self._tulip is not None or self._notes is not None)
        )

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
                p.drawText(self._frame, _CENTER, "MASKED")
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
            for cell in (self._tulip_cell, self._notes_cell):
                if not cell.isEmpty():
                    p.drawLine(cell.topLeft(), cell.bottomLeft())
            if not self._notes_cell.isEmpty() or not self._tulip_cell.isEmpty():
                p.drawLine(self._cap_rect.topLeft(), self._notes_rect.bottomLeft())
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
                    p.drawImage(self._notes_target, self._notes, QRectF(self._notes.rect()))
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
            if self._show_drawings and t["notes"]:
                p.setFont(self._fonts["notes"])
                p.setPen(c["text"])
                p.drawText(self._notes_rect, _LEFT_TOP | _WRAP, t["notes"])
        finally:
            p.end()

    # -- internals --------------------------------------------------------------------------

    def _relayout(self) -> None:
        """Split the row into cells and size the fonts; only on resize and content change."""
        w, h = float(self.width()), float(self.height())
        if w <= 0 or h <= 0:
            return
        pad = max(3.0, 0.05 * h)
        self._radius = max(4.0, 0.06 * h)
        self._frame = QRectF(1.5, 1.5, w - 3.0, h - 3.0)
        bar_w = max(6.0, 0.06 * h) if self._current else 0.0
        inner_top, inner_h = 3.0, h - 6.0
        self._bar = QRectF(3.0, inner_top, bar_w, inner_h)
        x = 3.0 + bar_w
        # distance-only practice: the totals are all there is, give them the room
        dist_w = (0.24 if self._show_drawings else 0.34) * w
        self._dist = QRectF(x, inner_top, dist_w, inner_h)
        self._number_rect = QRectF(x + pad, inner_top + pad * 0.5, dist_w - 2 * pad, 0.28 * h)
        self._total_rect = QRectF(x + pad, 0.18 * h, dist_w - 2 * pad, 0.5 * h)
        self._partial_rect = QRectF(x + pad, 0.62 * h, dist_w - 2 * pad, 0.34 * h)
        x += dist_w
        side = h - 2 * pad
        if self._show_drawings:
            # the tulip first: it is what the co-driver matches to the terrain
            tulip_w = min(side, 0.22 * w) + 2 * pad
            notes_w = min(1.6 * side, 0.19 * w) + 2 * pad
        else:
            tulip_w = notes_w = 0.0
        self._tulip_cell = QRectF(x, inner_top, tulip_w, inner_h)
        x += tulip_w
        self._notes_cell = QRectF(x, inner_top, notes_w, inner_h)
        x += notes_w
        info_x = x + pad
        info_w = max(10.0, w - 3.0 - pad - info_x)
        self._cap_rect = QRectF(info_x, pad * 0.5, info_w, 0.34 * h)
        self._danger_rect = QRectF(info_x, pad * 0.5, info_w, 0.34 * h)
        self._waypoint_rect = QRectF(info_x, 0.34 * h, info_w, 0.24 * h)
        notes_top = 0.58 * h if self._texts["waypoint"] else 0.36 * h
        self._notes_rect = QRectF(info_x, notes_top, info_w, h - pad - notes_top)
        self._tulip_target = (
            _fit(self._tulip.size(), self._tulip_cell.adjusted(pad, pad, -pad, -pad))
            if self._tulip is not None and tulip_w
            else QRectF()
        )
        self._notes_target = (
            _fit(self._notes.size(), self._notes_cell.adjusted(pad, pad, -pad, -pad))
            if self._notes is not None and notes_w
            else QRectF()
        )
        self._fonts = {
            "number": ui_font(0.17 * h, bold=True),
            # sized for two-digit kilometres so rows match; longer totals shrink to fit
            "total": _fitting_font(
                max(self._texts["total"], "88.88", key=len), dist_w - 2 * pad, 0.42 * h
            ),
            "partial": _fitting_font("88.88", 0.5 * dist_w, 0.22 * h, bold=False),
            "cap": _fitting_font("C.360 !!!", info_w, 0.28 * h),
            "danger": _fitting_font("C.360 !!!", info_w, 0.28 * h),
            "waypoint": _fitting_font("WPM 99", info_w, 0.2 * h),
            "notes": ui_font(max(13.0, min(0.12 * h, 0.095 * info_w)), bold=True),
        }
        self.update()


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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        header = QHBoxLayout()
        header.setSpacing(12)
        self.next_caption = QLabel("TO NEXT BOX")
        self.next_caption.setProperty("role", "caption")
        self.next_label = QLabel(NO_VALUE)
        self.auto_off_badge = QLabel("AUTO OFF")
        self.auto_off_badge.setProperty("role", "badge")
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
        units = state.trip.units
        value: float | None
        if self._countdown:
            caption, value = "TOTAL", state.trip.total_km
        else:
            nxt = state.box + 1
            caption = f"TO BOX {nxt}" if rb is not None and nxt <= len(rb.boxes) else "TO NEXT BOX"
            value = state.to_next_km
        text = NO_VALUE if value is None else f"{fmt.distance(value, units)} {units.distance_label}"
        if self._masked and not self._countdown:
            # the distance to the next box would give its total away
            caption, text = "MASKED PRACTICE", ""
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
            row.set_theme(self._theme)
            row.set_visibility(self._show_drawings, self._show_cap)
            row.set_masked(self._masked and not row.is_current())
            self.rows.append(row)
            # the current box gets more height than those ahead
            self._rows_layout.addWidget(row, 5 if row.is_current() else 4)
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
        self.next_caption.setFont(ui_font(16 * scale, bold=True))
        self.next_label.setFont(ui_font(40 * scale, bold=True))
        reserve_width(self.next_label, "888.88 km")
        self.auto_off_badge.setFont(ui_font(22 * scale, bold=True))

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
            if self._show_drawings:
                tulip = self._cache.get(box, "tulip", tint)
                notes = self._cache.get(box, "notes", tint)
            row.set_box(box, rb.units, next_box_is_close(rb.boxes, i), tulip, notes)
