"""Print a roadbook as PDF in the paper roadbook layout.

Every box is one row of three columns, top to bottom, as on a printed roadbook:

1. **distance**: box number and waypoint label (``WPM 7``, ``DZ 50``) on top, the TOTAL large
   (two decimals in the roadbook's units), the PARTIAL small under it; the cell is amber when the
   next box comes within 300 m; a reset box carries a black ``RESET`` badge and a heavy rule;
2. **tulip**: the box's drawing, rendered by
   :func:`navapp.gui.common.drawing.render_drawing_image` (the code the screen uses, so paper
   and screen agree) at 300 dpi;
3. **notes**: danger marks and the CAP (``C.123``) on top, then the notes drawing and the notes
   text (:func:`navapp.gui.common.box_table.notes_label`).

Two layouts (:data:`LAYOUTS`):

- ``"a5"``: A5 portrait sheets, :data:`A5_BOXES_PER_PAGE` boxes a page: the classic printed
  roadbook, bound or clipped on a map board.
- ``"roll"``: a 150 mm wide strip for a roll roadbook reader. Roll printing takes PDFs as a
  series of pages that are joined into the strip, so each page is 150 mm wide and exactly tall
  enough for :data:`ROLL_BOXES_PER_PAGE` boxes plus the header. Every page has the same size
  (also the last, its empty rows left blank) so a roll printer or a cutter never has to change
  its settings mid-job; boxes run top to bottom, the order the reader scrolls them.

Each page has a header with the stage name, the stage total and ``page i / n``. The file is
written atomically: a failed export leaves whatever was at the target untouched.
"""

from __future__ import annotations

import dataclasses
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from navapp.core import format as fmt
from navapp.core.model import Box, Drawing, Roadbook
from navapp.gui.common import print_texts
from navapp.gui.common.box_table import (
    DANGER,
    HIGHLIGHT,
    next_box_is_close,
    notes_label,
)
from navapp.gui.common.drawing import render_drawing_image
from navapp.io.atomic import atomic_write_bytes

# Drawings are rasterised at printer resolution: at 300 dpi a tulip's lines are as sharp as
# a laser printer puts them on paper, and the PDF stays a few MB for a long stage.
PRINT_DPI = 300

A5_BOXES_PER_PAGE = 7
ROLL_BOXES_PER_PAGE = 10
ROLL_WIDTH_MM = 150.0

# Print-friendly greys: the partial is secondary but must stay legible on a photocopy.
_INK = QColor("black")
_SECONDARY = QColor("#333333")
_DIM = QColor("#666666")
# The rule under a reset box: twice a row rule, so the restart of the totals cannot be missed.
_RESET_RULE_MM = 1.6
_FONT_FAMILIES = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"]


@dataclass(frozen=True)
class PageLayout:
    """The geometry of one print layout, in millimetres and points.

    Rows share the page height left under the header; the notes column takes the width left
    by the distance and tulip columns. ``font_scale`` multiplies every font size.
    """

    name: str
    page_width_mm: float
    page_height_mm: float
    boxes_per_page: int
    margin_left_mm: float
    margin_top_mm: float
    margin_right_mm: float
    margin_bottom_mm: float
    header_mm: float
    distance_mm: float
    tulip_mm: float
    font_scale: float = 1.0

    @property
    def row_height_mm(self) -> float:
        """The height of one box row."""
        body = self.page_height_mm - self.margin_top_mm - self.margin_bottom_mm - self.header_mm
        return body / self.boxes_per_page

    @property
    def notes_mm(self) -> float:
        """The width of the notes column."""
        return (
            self.page_width_mm
            - self.margin_left_mm
            - self.margin_right_mm
            - self.distance_mm
            - self.tulip_mm
        )


A5 = PageLayout(
    name="a5",
    page_width_mm=148.0,
    page_height_mm=210.0,
    boxes_per_page=A5_BOXES_PER_PAGE,
    # 10 mm on the left leaves room for a binding or the clip of a map board.
    margin_left_mm=10.0,
    margin_top_mm=7.0,
    margin_right_mm=7.0,
    margin_bottom_mm=7.0,
    header_mm=11.0,
    distance_mm=36.0,
    tulip_mm=38.0,
)

_ROLL_ROW_MM = 30.0
_ROLL_MARGINS_MM = (6.0, 6.0, 6.0, 6.0)  # left, top, right, bottom
_ROLL_HEADER_MM = 11.0
ROLL = PageLayout(
    name="roll",
    page_width_mm=ROLL_WIDTH_MM,
    page_height_mm=_ROLL_MARGINS_MM[1]
    + _ROLL_HEADER_MM
    + ROLL_BOXES_PER_PAGE * _ROLL_ROW_MM
    + _ROLL_MARGINS_MM[3],
    boxes_per_page=ROLL_BOXES_PER_PAGE,
    margin_left_mm=_ROLL_MARGINS_MM[0],
    margin_top_mm=_ROLL_MARGINS_MM[1],
    margin_right_mm=_ROLL_MARGINS_MM[2],
    margin_bottom_mm=_ROLL_MARGINS_MM[3],
    header_mm=_ROLL_HEADER_MM,
    distance_mm=38.0,
    tulip_mm=42.0,
    # Roll readers sit further from the eyes (on the dash) than a roadbook on the lap.
    font_scale=1.1,
)

LAYOUTS: dict[str, PageLayout] = {A5.name: A5, ROLL.name: ROLL}


def page_count(box_count: int, layout: str = "a5") -> int:
    """How many pages ``box_count`` boxes take in ``layout`` (an empty roadbook has one)."""
    spec = _layout(layout)
    return max(1, math.ceil(box_count / spec.boxes_per_page))


def export_pdf(roadbook: Roadbook, path: str | Path, layout: str = "a5") -> int:
    """Write ``roadbook`` to ``path`` as a PDF in ``layout`` ("a5" or "roll"); the page count.

    Works without a GUI: a QGuiApplication is created when the process has none (see
    :func:`ensure_gui_application`). The target is replaced only once the whole PDF is made;
    any error leaves an existing file there as it was. Raises ValueError for an unknown layout
    and OSError when the PDF cannot be produced or written.
    """
    spec = _layout(layout)
    ensure_gui_application()
    data, pages = _render_pdf(roadbook, spec)
    atomic_write_bytes(path, data)
    return pages


_APP: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, creating one when the process has none.

    Painting text and images needs a QGuiApplication. Without a display (a CLI on a server) it
    runs on the offscreen platform; an explicit QT_QPA_PLATFORM is left alone. A QApplication
    is created, not a bare QGuiApplication, so code that later wants widgets in the same
    process (a GUI opened after a CLI export, a test suite) still finds a usable instance.
    """
    global _APP
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise RuntimeError("printing needs a QGuiApplication, but a QCoreApplication is running")
    if _needs_offscreen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Imported here: only this fallback needs QtWidgets.
    from PySide6.QtWidgets import QApplication

    # Kept in a module global: a QApplication that Python collects takes Qt down with it.
    _APP = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "navapp"])
    return _APP


def _needs_offscreen() -> bool:
    # Windows and macOS always have a window system; X11/Wayland systems may not.
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _layout(name: str) -> PageLayout:
    try:
        return LAYOUTS[name]
    except KeyError:
        known = ", ".join(sorted(LAYOUTS))
        raise ValueError(f"unknown print layout {name!r} (known: {known})") from None


# -- rendering ---------------------------------------------------------------------------


def _render_pdf(roadbook: Roadbook, spec: PageLayout) -> tuple[bytes, int]:
    """The PDF bytes of ``roadbook`` in ``spec`` and its page count."""
    pages = page_count(len(roadbook.boxes), spec.name)
    data = QByteArray()
    buffer = QBuffer(data)
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise print_texts.pdf_error("buffer")
    writer = QPdfWriter(buffer)
    writer.setResolution(PRINT_DPI)
    writer.setTitle(roadbook.name or print_texts.untitled())
    writer.setCreator("navapp")
    # No printer margins: the layout places everything itself, so what is drawn at (0, 0)
    # is the page corner on every device.
    page_size = QPageSize(
        QSizeF(spec.page_width_mm, spec.page_height_mm),
        QPageSize.Unit.Millimeter,
        f"navapp {spec.name}",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    writer.setPageLayout(
        QPageLayout(
            page_size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise print_texts.pdf_error("start")
    try:
        page = _Page(painter, spec, roadbook)
        for number in range(pages):
            if number and not writer.newPage():
                raise print_texts.pdf_error("page")
            first = number * spec.boxes_per_page
            page.draw(
                number, pages, range(first, min(first + spec.boxes_per_page, len(roadbook.boxes)))
            )
    finally:
        # Always end the painter: a painter left active on a dying writer makes Qt complain
        # and may crash; after an error the half-made PDF in the buffer is simply dropped.
        ended = painter.end()
    if not ended:
        raise print_texts.pdf_error("finish")
    buffer.close()
    return bytes(data.data()), pages


class _Page:
    """Draws pages of one roadbook in one layout on a painter, in device pixels."""

    def __init__(self, painter: QPainter, spec: PageLayout, roadbook: Roadbook) -> None:
        self.p = painter
        self.spec = spec
        self.rb = roadbook
        self.px_per_mm = PRINT_DPI / 25.4
        s = spec.font_scale
        # Sizes chosen for reading at arm's length in a moving car: the total is what the eye
        # looks for first, so it is the biggest text on the page.
        self.f_total = _font(22 * s, bold=True)
        self.f_partial = _font(12 * s)
        self.f_number = _font(10 * s, bold=True)
        self.f_waypoint = _font(11 * s, bold=True)
        self.f_badge = _font(8 * s, bold=True)
        self.f_cap = _font(16 * s, bold=True)
        self.f_danger = _font(17 * s, bold=True)
        self.f_notes = _font(11 * s)
        self.f_notes_min = 8 * s
        self.f_title = _font(12 * s, bold=True)
        self.f_header = _font(11 * s, bold=True)
        self.f_header_small = _font(9 * s)

    def mm(self, value: float) -> float:
        """Millimetres in device pixels."""
        return value * self.px_per_mm

    # -- page ------------------------------------------------------------------------------

    def draw(self, number: int, pages: int, rows: range) -> None:
        """Draw page ``number`` (0-based) of ``pages`` with the boxes at ``rows``."""
        spec = self.spec
        left = self.mm(spec.margin_left_mm)
        width = self.mm(spec.page_width_mm - spec.margin_left_mm - spec.margin_right_mm)
        top = self.mm(spec.margin_top_mm)
        self._header(QRectF(left, top, width, self.mm(spec.header_mm)), number, pages)
        y = top + self.mm(spec.header_mm)
        row_h = self.mm(spec.row_height_mm)
        if not self.rb.boxes:
            self._text(
                QRectF(left, y, width, row_h),
                print_texts.no_boxes(),
                self.f_notes,
                _DIM,
                Qt.AlignmentFlag.AlignCenter,
            )
            return
        for slot, row in enumerate(rows):
            self._box(QRectF(left, y + slot * row_h, width, row_h), row)
        # The closing rule under the last box of the page.
        self._rule(left, y + len(rows) * row_h, left + width, 0.8)

    def _header(self, rect: QRectF, number: int, pages: int) -> None:
        rb = self.rb
        units = rb.units
        total = f"{fmt.distance(rb.total_km, units)} {units.distance_label}"
        page_text = print_texts.page_of(number + 1, pages)
        band = QRectF(rect.left(), rect.top(), rect.width(), rect.height() - self.mm(1.5))
        metrics = QFontMetricsF(self.f_header, self.p.device())
        gap = self.mm(5)
        # The total and the page number are never cut; the stage name gets the rest.
        page_w = metrics.horizontalAdvance(page_text) + self.mm(0.5)
        total_w = metrics.horizontalAdvance(total) + self.mm(0.5)
        right = QRectF(band.right() - page_w, band.top(), page_w, band.height())
        middle = QRectF(right.left() - gap - total_w, band.top(), total_w, band.height())
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self._text(right, page_text, self.f_header, _INK, align)
        self._text(middle, total, self.f_header, _INK, align)
        name_rect = QRectF(
            band.left(), band.top(), middle.left() - gap - band.left(), band.height()
        )
        self._text(
            name_rect,
            rb.name or print_texts.untitled(),
            self.f_title,
            _INK,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            elide=True,
        )
        self._rule(rect.left(), rect.bottom() - self.mm(0.6), rect.right(), 1.2)

    # -- one box ---------------------------------------------------------------------------

    def _box(self, rect: QRectF, row: int) -> None:
        box = self.rb.boxes[row]
        dist_w = self.mm(self.spec.distance_mm)
        tulip_w = self.mm(self.spec.tulip_mm)
        # A reset box's heavy rule takes the bottom of the row: keep the content above it.
        content_h = rect.height() - (self.mm(_RESET_RULE_MM + 0.6) if box.is_reset else 0)
        dist = QRectF(rect.left(), rect.top(), dist_w, content_h)
        tulip = QRectF(dist.right(), rect.top(), tulip_w, content_h)
        notes = QRectF(tulip.right(), rect.top(), rect.right() - tulip.right(), content_h)
        if next_box_is_close(self.rb.boxes, row):
            self.p.fillRect(QRectF(dist.left(), dist.top(), dist_w, rect.height()), HIGHLIGHT)
        self._distance(dist, box)
        self._tulip(tulip, box)
        self._notes(notes, box)
        # Thin column rules, heavy row rules: the eye finds the row first, then the column.
        for x in (rect.left(), dist.right(), tulip.right(), rect.right()):
            self._rule(x, rect.top(), x, 0.35, vertical_to=rect.bottom())
        self._rule(rect.left(), rect.top(), rect.right(), 0.8)
        if box.is_reset:
            # After a reset the totals restart: a heavy double rule says "new count from here".
            y = rect.bottom() - self.mm(_RESET_RULE_MM / 2)
            self._rule(rect.left(), y, rect.right(), _RESET_RULE_MM)

    def _distance(self, rect: QRectF, box: Box) -> None:
        units = self.rb.units
        pad = self.mm(1.6)
        inner = rect.adjusted(pad, self.mm(0.8), -pad, -self.mm(0.8))
        top_h = inner.height() * 0.24
        total_h = inner.height() * 0.46
        low_h = inner.height() - top_h - total_h
        top = QRectF(inner.left(), inner.top(), inner.width(), top_h)
        number_w = self.mm(8)
        self._text(
            QRectF(top.left(), top.top(), number_w, top_h),
            str(box.index),
            self.f_number,
            _SECONDARY,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        )
        self._text(
            QRectF(top.left() + number_w, top.top(), top.width() - number_w, top_h),
            fmt.waypoint_label(box, units),
            self.f_waypoint,
            _INK,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            elide=True,
        )
        self._text(
            QRectF(inner.left(), top.bottom(), inner.width(), total_h),
            fmt.distance(box.total_km, units),
            self.f_total,
            _INK,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
        low = QRectF(inner.left(), top.bottom() + total_h, inner.width(), low_h)
        self._text(
            low,
            fmt.distance(box.partial_km, units),
            self.f_partial,
            _SECONDARY,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
        if box.reset_km is not None:
            self._badge(low, print_texts.reset_badge(fmt.distance(box.reset_km, units)))

    def _badge(self, row: QRectF, text: str) -> None:
        """White bold text on black at the left of ``row``: reads even on a poor photocopy."""
        metrics = QFontMetricsF(self.f_badge, self.p.device())
        pad = self.mm(1.0)
        w = metrics.horizontalAdvance(text) + 2 * pad
        h = min(row.height() * 0.85, metrics.height() + pad)
        badge = QRectF(row.left(), row.center().y() - h / 2, w, h)
        self.p.fillRect(badge, _INK)
        self._text(badge, text, self.f_badge, QColor("white"), Qt.AlignmentFlag.AlignCenter)

    def _tulip(self, rect: QRectF, box: Box) -> None:
        if box.tulip is None:
            return
        pad = self.mm(1.2)
        side = min(rect.width(), rect.height()) - 2 * pad
        target = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
        self._drawing(box.tulip, target)

    def _notes(self, rect: QRectF, box: Box) -> None:
        units = self.rb.units
        pad = self.mm(1.6)
        inner = rect.adjusted(pad, self.mm(0.8), -pad, -self.mm(0.8))
        cap = fmt.cap(box.cap)
        # The top band holds the CAP and danger marks; without either, notes use the whole cell.
        top_h = inner.height() * 0.30 if cap or box.danger else 0.0
        top = QRectF(inner.left(), inner.top(), inner.width(), top_h)
        if cap:
            self._text(
                top,
                cap,
                self.f_cap,
                _INK,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
        if box.danger:
            self._text(
                top,
                "!" * box.danger,
                self.f_danger,
                DANGER,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            )
        body = QRectF(inner.left(), top.bottom(), inner.width(), inner.height() - top_h)
        # The danger marks are printed large above; the text repeats only the words.
        text = notes_label(dataclasses.replace(box, danger=None), units)
        # A wrapped line must not leave a heading's number alone on the next line.
        text = text.replace("CAP ", "CAP\u00a0")
        if box.notes is not None:
            # The notes drawing keeps its aspect ratio at the left; text gets what is left.
            share = 0.5 if text else 1.0
            drawing_rect = QRectF(body.left(), body.top(), body.width() * share, body.height())
            drawn = self._drawing(box.notes, drawing_rect, fit=True)
            if drawn is not None and text:
                gap = self.mm(1.5)
                body = QRectF(
                    drawn.right() + gap,
                    body.top(),
                    body.right() - drawn.right() - gap,
                    body.height(),
                )
        if text:
            self._fitted_text(body, text, self.f_notes, self.f_notes_min)

    # -- primitives ------------------------------------------------------------------------

    def _drawing(self, drawing: Drawing, target: QRectF, fit: bool = False) -> QRectF | None:
        """Draw ``drawing`` into ``target`` (at print resolution); the rect actually used.

        With ``fit`` the target shrinks to the drawing's aspect ratio (left-aligned) so the
        space it does not need goes to the text beside it.
        """
        size = QSize(max(1, int(target.width())), max(1, int(target.height())))
        image = render_drawing_image(drawing, size)
        if image is None:
            return None
        used = QRectF(target)
        if fit:
            content = _ink_bounds(image)
            if content is not None and content.width() < image.width():
                # The rendered image is centred on white; keep only the part with ink, left-aligned.
                image = image.copy(int(content.left()), 0, int(content.width()), image.height())
                used = QRectF(target.left(), target.top(), image.width(), target.height())
        # Without alpha the PDF engine stores one image, not an image plus a soft mask.
        self.p.drawImage(used, image.convertToFormat(QImage.Format.Format_RGB32))
        return used

    def _rule(
        self, x1: float, y1: float, x2: float, width_mm: float, vertical_to: float | None = None
    ) -> None:
        pen = QPen(_INK)
        pen.setWidthF(self.mm(width_mm))
        pen.setCapStyle(Qt.PenCapStyle.SquareCap)
        self.p.setPen(pen)
        if vertical_to is None:
            self.p.drawLine(QPointF(x1, y1), QPointF(x2, y1))
        else:
            self.p.drawLine(QPointF(x1, y1), QPointF(x2, vertical_to))

    def _text(
        self,
        rect: QRectF,
        text: str,
        font: QFont,
        colour: QColor,
        align: Qt.AlignmentFlag,
        elide: bool = False,
    ) -> None:
        if not text:
            return
        self.p.setFont(font)
        self.p.setPen(colour)
        if elide:
            metrics = QFontMetricsF(font, self.p.device())
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        self.p.drawText(rect, int(align), text)

    def _fitted_text(self, rect: QRectF, text: str, font: QFont, min_pt: float) -> None:
        """Word-wrapped ``text`` in ``rect``, shrinking the font down to ``min_pt`` to fit.

        Text that still does not fit is cut at the rect (never drawn over the next box).
        """
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        f = QFont(font)
        size = f.pointSizeF()
        while size > min_pt:
            f.setPointSizeF(size)
            needed = QFontMetricsF(f, self.p.device()).boundingRect(rect, flags, text)
            if needed.height() <= rect.height() and needed.width() <= rect.width():
                break
            size -= 0.5
        f.setPointSizeF(max(size, min_pt))
        self.p.save()
        self.p.setClipRect(rect)
        self.p.setFont(f)
        self.p.setPen(_INK)
        self.p.drawText(rect, flags, text)
        self.p.restore()


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(_FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _ink_bounds(image: QImage) -> QRectF | None:
    """The columns of ``image`` holding anything but white, as a rect over its full height."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = gray.width(), gray.height()
    stride = gray.bytesPerLine()
    pixels = np.frombuffer(bytes(gray.constBits()), dtype=np.uint8)
    pixels = pixels.reshape(height, stride)[:, :width]
    inked = np.flatnonzero((pixels < 250).any(axis=0))
    if inked.size == 0:
        return None
    # a few pixels of white around the ink so antialiased edges are not cut
    margin = 4
    left = max(0, int(inked[0]) - margin)
    right = min(width, int(inked[-1]) + margin + 1)
    return QRectF(left, 0, right - left, height)
