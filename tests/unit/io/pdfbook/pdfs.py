"""PDFs to read, made by construction: navapp's own prints of known roadbooks, the same pages
as images only (a scan), two pages 2-up on a landscape sheet, a reverse roadbook, broken files.

Printing needs Qt (``export_pdf``); everything else here is PDFium and pikepdf only.
"""

from __future__ import annotations

import ctypes
import dataclasses
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from navapp.core.model import Box, Roadbook, Units, WaypointType, number_boxes
from navapp.io.registry import read_roadbook
from tests.builders import waypoint

ROOT = Path(__file__).resolve().parents[4]
DEMO = ROOT / "roadbooks" / "demo_stage.gpx"
DATA = ROOT / "tests" / "data"
# Roadbooks whose prints are read back: name -> file.
SOURCES = {
    "demo": DEMO,
    "openrally_103": DATA / "openrally_v1.0.3_example.gpx",
    "openrally_10cc": DATA / "openrally_v1.0-cc-DRAFT_example.gpx",
    "openrally_03": DATA / "openrally_v0.3-DRAFT_example.gpx",
}
# Scans are rendered at a resolution a phone or a copier gives.
SCAN_DPI = 100


def many_boxes(count: int = 200, units: Units = Units.METRIC) -> Roadbook:
    """A long stage: ``count`` boxes with the demo's tulips and notes, every kind of mark.

    Partials cycle through 0.05 .. 4.95 km (some under 300 m: highlighted cells), CAPs through
    0 .. 359, a danger mark every 5th box, a reset every 50th, a WPM every 7th, a speed zone
    DZ 50 / FZ pair every 30th, a DSS first and an ASS last.
    """
    demo = read_roadbook(DEMO)
    boxes: list[Box] = []
    total = 0.0
    for i in range(count):
        model = demo.boxes[i % len(demo.boxes)]
        if i:
            total = round(total + 0.05 + (i * 37 % 99) / 20, 2)
        waypoints: tuple = ()
        speed = None
        if i == 0:
            waypoints = (waypoint(WaypointType.DSS),)
        elif i == count - 1:
            waypoints = (waypoint(WaypointType.ASS),)
        elif i % 30 == 10:
            waypoints = (waypoint(WaypointType.DZ),)
            speed = 50.0
        elif i % 30 == 12:
            waypoints = (waypoint(WaypointType.FZ),)
        elif i % 7 == 3:
            waypoints = (waypoint(WaypointType.WPM, str(i // 7)),)
        reset = 0.0 if i % 50 == 49 else None
        boxes.append(
            Box(
                0,
                total,
                cap=(i * 53) % 360,
                waypoints=waypoints,
                speed_limit_kmh=units.display_to_km(speed) if speed else None,
                danger=(i // 5) % 3 + 1 if i % 5 == 2 else None,
                reset_km=reset,
                tulip=model.tulip,
                notes=model.notes,
                notes_text=model.notes_text,
            )
        )
        if reset is not None:
            total = reset
    return Roadbook(f"Long stage of {count} boxes", units, number_boxes(boxes))


def reversed_pages(roadbook: Roadbook, per_page: int) -> Roadbook:
    """The roadbook as a reverse roadbook prints it: each page's boxes bottom to top.

    The boxes keep their numbers and partials; only the order they are printed in changes.
    """
    order: list[Box] = []
    boxes = roadbook.boxes
    for start in range(0, len(boxes), per_page):
        order.extend(reversed(boxes[start : start + per_page]))
    return dataclasses.replace(roadbook, boxes=tuple(order))


def last_page_first(roadbook: Roadbook) -> Roadbook:
    """The roadbook as one read from its last page prints it: the whole document bottom to
    top, the last box at the top of page 1 and box 1 at the foot of the last page."""
    return dataclasses.replace(roadbook, boxes=roadbook.boxes[::-1])


def image_only(source: Path, target: Path, dpi: int = SCAN_DPI) -> None:
    """``source`` with every page replaced by a grey image of it: a scan, no text layer."""
    src = pdfium.PdfDocument(source)
    out = pdfium.PdfDocument.new()
    try:
        for index in range(len(src)):
            page = src[index]
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            new = out.new_page(width, height)
            image = pdfium.PdfImage.new(out)
            image.set_bitmap(bitmap)
            image.set_matrix(pdfium.PdfMatrix().scale(width, height))
            new.insert_obj(image)
            new.gen_content()
            new.close()
            page.close()
        out.save(str(target))
    finally:
        out.close()
        src.close()


def two_up(source: Path, target: Path) -> int:
    """``source``'s pages two by two, side by side on landscape sheets of twice the width
    (two A5 pages on an A4 landscape sheet); the sheet count."""
    with pikepdf.open(source) as src, pikepdf.new() as out:
        pages = list(src.pages)
        width = float(pages[0].mediabox[2])
        height = float(pages[0].mediabox[3])
        for first in range(0, len(pages), 2):
            out.add_blank_page(page_size=(2 * width, height))
            sheet = out.pages[-1]
            for slot, page in enumerate(pages[first : first + 2]):
                rect = pikepdf.Rectangle(slot * width, 0, (slot + 1) * width, height)
                sheet.add_overlay(page, rect)
        out.save(target)
        return len(out.pages)


def landscape(source: Path, target: Path, width: float = 842.0, height: float = 595.0) -> None:
    """``source``'s pages each centred, unscaled, on a landscape sheet (a roll on A4)."""
    with pikepdf.open(source) as src, pikepdf.new() as out:
        for page in src.pages:
            w, h = float(page.mediabox[2]), float(page.mediabox[3])
            out.add_blank_page(page_size=(width, max(height, h)))
            x0 = (width - w) / 2
            rect = pikepdf.Rectangle(x0, 0, x0 + w, h)
            out.pages[-1].add_overlay(page, rect)
        out.save(target)


def encrypted(source: Path, target: Path) -> None:
    """``source`` protected by a user password."""
    with pikepdf.open(source) as pdf:
        pdf.save(target, encryption=pikepdf.Encryption(user="secret", owner="owner"))


def blank_pages(target: Path, count: int, size: tuple[float, float] = (420.0, 595.0)) -> None:
    """A PDF of ``count`` empty pages of ``size`` points (``count`` 0: a PDF with no pages)."""
    with pikepdf.new() as pdf:
        for _ in range(count):
            pdf.add_blank_page()
            # Set directly: pikepdf itself refuses sizes the PDF format does not allow.
            pdf.pages[-1].mediabox = pikepdf.Array([0, 0, *size])
        pdf.save(target)


def turned(source: Path, target: Path) -> None:
    """``source``'s pages stored turned a quarter left, with ``/Rotate 90`` to show them upright
    (how a landscape sheet is often saved)."""
    with pikepdf.open(source) as src, pikepdf.new() as out:
        for page in src.pages:
            w, h = float(page.mediabox[2]), float(page.mediabox[3])
            out.add_blank_page(page_size=(h, w))
            new = out.pages[-1]
            form = out.copy_foreign(pikepdf.Page(page).as_form_xobject())
            new.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Fx=form))
            new.Contents = out.make_stream(f"q 0 1 -1 0 {h} 0 cm /Fx Do Q".encode())
            new.Rotate = 90
        out.save(target)


def first_page_scanned(source: Path, target: Path, work: Path) -> None:
    """``source`` with its first page as a scan (an image) and the others as printed."""
    scan = work / "first_scanned.pdf"
    image_only(source, scan)
    with pikepdf.open(source) as src, pikepdf.open(scan) as scanned, pikepdf.new() as out:
        out.pages.append(scanned.pages[0])
        for page in list(src.pages)[1:]:
            out.pages.append(page)
        out.save(target)


@dataclass(frozen=True)
class ToolBox:
    """One box as another roadbook tool prints it (printed units)."""

    total: float
    partial: float
    cap: int
    label: str = ""


def tool_export(
    target: Path, boxes: list[ToolBox], per_page: int = 6, rally_navigator: bool = False
) -> None:
    """A roadbook in another tool's layout, made with PDFium:

    A4 pages with a title line, a ruled header row naming the columns, then ruled rows of a
    distance cell (the partial small over the total large), a tulip cell (strokes) and a notes
    cell (the CAP as ``245°``, the waypoint label, a line of text); a footer ``Page i of n``.

    ``rally_navigator`` prints as Rally Navigator does: a cover page (a boxed title, a chart,
    a boxed warning) first; TOTAL and PARTIAL side by side as large, the distance to the end
    in a last cell; the rules between boxes left out under the tulip; a photo in the notes
    cell of every third box, from the rule down.
    """
    width, height = 595.0, 842.0
    left, right, top = 40.0, 555.0, 90.0
    header_h, row_h = 56.0, 110.0
    tulip_x, notes_x, regress_x = 150.0, 330.0, 490.0
    pages = [boxes[i : i + per_page] for i in range(0, len(boxes), per_page)]
    doc = pdfium.PdfDocument.new()
    try:
        if rally_navigator:
            _cover(doc, width, height)
        for number, page_boxes in enumerate(pages):
            page = doc.new_page(width, height)
            put = _Painter(doc, page, height)
            put.text("Stage 2 - Erfoud loop", left, 40.0, 16.0)
            put.text(f"Page {number + 1} of {len(pages)}", 460.0, 815.0, 9.0)
            edges = [top, top + header_h] + [
                top + header_h + (i + 1) * row_h for i in range(len(page_boxes))
            ]
            for i, y in enumerate(edges):
                if rally_navigator and 1 < i < len(edges) - 1:
                    put.rect(left, y, tulip_x - left, 1.2)
                    put.rect(notes_x, y, right - notes_x, 1.2)
                else:
                    put.rect(left, y, right - left, 1.2)
            columns = (left, tulip_x, notes_x, right)
            if rally_navigator:
                columns = (left, 95.0, tulip_x, notes_x, regress_x, right)
            for x in columns:
                put.rect(x, top, 0.8, edges[-1] - top)
            put.text("Distance", left + 8, top + 20, 11.0)
            put.text("Tulip", 160.0, top + 20, 11.0)
            put.text("Notes", 340.0, top + 20, 11.0)
            for slot, box in enumerate(page_boxes):
                y = top + header_h + slot * row_h
                if rally_navigator:
                    put.text(f"{box.total:.2f}".replace(".", ","), left + 6, y + 45, 13.5)
                    put.text(f"{box.partial:.2f}".replace(".", ","), 100.0, y + 45, 13.5)
                    put.text(f"{boxes[-1].total - box.total:.2f}", regress_x + 10, y + 45, 10.6)
                    if slot % 3 == 1:
                        put.rect(notes_x + 1, y + 1.2, 120.0, 80.0, grey=40)
                else:
                    put.text(f"{box.partial:.2f}", left + 60, y + 10, 10.0)
                    put.text(f"{box.total:.2f}", left + 12, y + 40, 24.0)
                put.rect(235.0, y + 20, 3.0, 70.0)
                put.rect(200.0, y + 50, 70.0, 3.0)
                put.text(f"{box.cap}\u00b0", 440.0, y + 10, 16.0)
                if box.label:
                    put.text(box.label, 340.0, y + 12, 12.0)
                put.text("Piste, keep left at the well", 340.0, y + 90, 9.0)
            page.gen_content()
            page.close()
        doc.save(str(target))
    finally:
        doc.close()


def _cover(doc: pdfium.PdfDocument, width: float, height: float) -> None:
    """A Rally Navigator cover page: boxed title and totals, an elevation chart, a warning."""
    page = doc.new_page(width, height)
    put = _Painter(doc, page, height)
    put.text("RALLY NAVIGATOR", 180.0, 60.0, 24.0)
    for y0, y1 in ((200.0, 330.0), (340.0, 470.0), (600.0, 700.0)):
        for y in (y0, y1):
            put.rect(40.0, y, 515.0, 1.2)
        for x in (40.0, 555.0):
            put.rect(x, y0, 0.8, y1 - y0)
    put.text("Transit 1 4,99 Km", 60.0, 220.0, 11.0)
    put.text("Special Stage 1 37,69 Km", 60.0, 240.0, 11.0)
    for i in range(40):
        put.rect(50.0 + i * 12.0, 460.0 - (i * 37 % 60), 12.0, i * 37 % 60 + 5.0, grey=120)
    put.text("WARNING!!!", 240.0, 620.0, 18.0)
    page.gen_content()
    page.close()


class _Painter:
    """Text and filled rectangles on a PDFium page, placed from the top-left in points."""

    def __init__(self, doc: pdfium.PdfDocument, page: pdfium.PdfPage, height: float) -> None:
        self.doc, self.page, self.height = doc, page, height

    def text(self, s: str, x: float, top: float, size: float) -> None:
        obj = pdfium_c.FPDFPageObj_NewTextObj(self.doc.raw, b"Helvetica", ctypes.c_float(size))
        data = ctypes.create_string_buffer((s + "\x00").encode("utf-16-le"))
        pdfium_c.FPDFText_SetText(obj, ctypes.cast(data, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
        pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, self.height - top - size)
        pdfium_c.FPDFPage_InsertObject(self.page.raw, obj)

    def rect(self, x: float, top: float, w: float, h: float, grey: int = 0) -> None:
        obj = pdfium_c.FPDFPageObj_CreateNewRect(x, self.height - top - h, w, h)
        pdfium_c.FPDFPageObj_SetFillColor(obj, grey, grey, grey, 255)
        pdfium_c.FPDFPath_SetDrawMode(obj, pdfium_c.FPDF_FILLMODE_WINDING, False)
        pdfium_c.FPDFPage_InsertObject(self.page.raw, obj)
