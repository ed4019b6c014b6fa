"""PDF roadbooks built by hand for the roll's tests: navapp's own prints and their rows.

The rows are placed from the print layout's geometry (:class:`navapp.gui.common.printing.
PageLayout`), so they are right by construction, as the PDF reader must find them. A scan is
the same pages rasterised into an image-only PDF: rows without distances, no boxes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument

from navapp.core.model import Box, Roadbook
from navapp.core.pdfroll import PdfPage, PdfRoll, PdfRow
from navapp.gui.common.printing import LAYOUTS, export_pdf

PT_PER_MM = 72.0 / 25.4


def page_sizes(path: Path) -> tuple[PdfPage, ...]:
    """The pages' sizes in points, as the PDF says."""
    doc = QPdfDocument(None)
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    sizes = tuple(
        PdfPage(doc.pagePointSize(i).width(), doc.pagePointSize(i).height())
        for i in range(doc.pageCount())
    )
    doc.close()
    return sizes


def _slots(layout: str, pages: tuple[PdfPage, ...], count: int) -> list[tuple[int, float, float]]:
    """The printed box slots in print order: (page, top, bottom) in points."""
    spec = LAYOUTS[layout]
    slots = []
    for j in range(count):
        page, slot = divmod(j, spec.boxes_per_page)
        # the PDF's page may be the layout's size rounded to a standard one
        k = pages[page].height / (spec.page_height_mm * PT_PER_MM)
        top = (spec.margin_top_mm + spec.header_mm + slot * spec.row_height_mm) * PT_PER_MM * k
        slots.append((page, top, top + spec.row_height_mm * PT_PER_MM * k))
    return slots


def _x_range(layout: str, page: PdfPage) -> tuple[float, float, float]:
    """Left, right and the distance column's right edge, in points."""
    spec = LAYOUTS[layout]
    k = page.width / (spec.page_width_mm * PT_PER_MM)
    left = spec.margin_left_mm * PT_PER_MM * k
    right = (spec.page_width_mm - spec.margin_right_mm) * PT_PER_MM * k
    return left, right, left + spec.distance_mm * PT_PER_MM * k


def read_boxes(rb: Roadbook) -> tuple[Box, ...]:
    """The boxes a reader makes of the print: totals, partials and CAP, nothing else."""
    return tuple(Box(b.index, b.total_km, b.partial_km, cap=b.cap) for b in rb.boxes)


def printed_roll(rb: Roadbook, path: Path, layout: str = "a5", reverse: bool = False) -> Roadbook:
    """``rb`` printed to ``path`` and read back as a PDF roadbook with its roll.

    ``reverse`` prints a roadbook read bottom to top: each page's boxes from the bottom up
    (box 1 at the bottom of page 1), pages in order; the rows are numbered that way.
    """
    n = len(rb.boxes)
    per_page = LAYOUTS[layout].boxes_per_page
    # print order -> box index: each page's boxes upside down when reverse
    order = list(range(n))
    if reverse:
        order = [i for p in range(0, n, per_page) for i in reversed(range(p, min(p + per_page, n)))]
    export_pdf(replace(rb, boxes=tuple(rb.boxes[i] for i in order)), path, layout)
    pages = page_sizes(path)
    slots = _slots(layout, pages, n)
    # reading order -> print slot
    reading = sorted(range(n), key=lambda j: order[j])
    rows = []
    for number, j in enumerate(reading, start=1):
        page, top, bottom = slots[j]
        left, right, _ = _x_range(layout, pages[page])
        box_index = order[j]
        box = rb.boxes[box_index]
        rows.append(
            PdfRow(
                number,
                page,
                top,
                bottom,
                left,
                right,
                total_km=box.total_km,
                partial_km=box.partial_km,
                cap=box.cap,
                box=box_index,
            )
        )
    left, _, column_right = _x_range(layout, pages[0])
    roll = PdfRoll(
        str(path), pages, tuple(rows), (left, column_right), reverse=reverse, has_text=True
    )
    return Roadbook(rb.name, rb.units, read_boxes(rb), pdf=roll)


def rasterise(source: Path, target: Path, dpi: int = 100) -> None:
    """``source``'s pages as pictures only, in an image-only PDF of the same page sizes."""
    doc = QPdfDocument(None)
    assert doc.load(str(source)) == QPdfDocument.Error.None_
    writer = QPdfWriter(str(target))
    writer.setResolution(dpi)
    painter = QPainter()
    for i in range(doc.pageCount()):
        size = doc.pagePointSize(i)
        layout = QPageLayout(
            QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Point,
        )
        writer.setPageLayout(layout)
        if i == 0:
            assert painter.begin(writer)
        else:
            assert writer.newPage()
        px = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
        image = QImage(px, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFFFF)
        p = QPainter(image)
        p.drawImage(0, 0, doc.render(i, px))
        p.end()
        painter.drawImage(QRectF(0, 0, px.width(), px.height()), image)
    painter.end()
    doc.close()


def scan_roll(rb: Roadbook, tmp: Path, layout: str = "a5") -> Roadbook:
    """``rb`` printed, rasterised to an image-only PDF and read as rows without distances."""
    printed = tmp / f"printed-{layout}.pdf"
    export_pdf(rb, printed, layout)
    scan = tmp / f"scan-{layout}.pdf"
    rasterise(printed, scan)
    pages = page_sizes(scan)
    rows = []
    for j, (page, top, bottom) in enumerate(_slots(layout, pages, len(rb.boxes))):
        left, right, _ = _x_range(layout, pages[page])
        rows.append(PdfRow(j + 1, page, top, bottom, left, right))
    roll = PdfRoll(str(scan), pages, tuple(rows), None, has_text=False)
    return Roadbook(rb.name, rb.units, (), pdf=roll)
