"""Reading a PDF roadbook of 200 boxes as navapp prints it (A5, 29 pages) and as a scan of it.

The figure that matters is the read time: the roadbook must open in the car within a second
or two. The baseline, measured in the same run, is PDFium rendering the same pages at the row
finding resolution and nothing else: the part of the read no code of ours can make faster.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from navapp.gui.common.printing import export_pdf
from navapp.io.pdfbook import read_pdf_roadbook
from navapp.io.pdfbook.document import ROW_DPI
from tests.unit.io.pdfbook.pdfs import image_only, many_boxes

TARGET_S = 1.5


def _median_s(job: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _render_only(path: Path) -> None:
    doc = pdfium.PdfDocument(path)
    for index in range(len(doc)):
        page = doc[index]
        page.render(scale=ROW_DPI / 72, grayscale=True, no_smoothpath=True).close()
        page.close()
    doc.close()


def run(quick: bool = False) -> bool:
    boxes = 50 if quick else 200
    rounds = 3 if quick else 5
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        printed = Path(tmp) / "print.pdf"
        pages = export_pdf(many_boxes(boxes), printed, "a5")
        scan = Path(tmp) / "scan.pdf"
        image_only(printed, scan)
        print(f"{boxes} boxes, A5, {pages} pages; median of {rounds} reads")
        for label, path in (("print", printed), ("scan", scan)):
            base = _median_s(lambda p=path: _render_only(p), rounds)
            read_s = _median_s(lambda p=path: read_pdf_roadbook(p), rounds)
            rows = read_pdf_roadbook(path).pdf
            found = len(rows.rows) if rows is not None else 0
            passed = read_s < TARGET_S and found == boxes
            ok &= passed
            print(f"  {label:5} render pages (baseline) {base:6.2f} s")
            print(
                f"  {label:5} read                    {read_s:6.2f} s  = {read_s / base:4.2f}x "
                f"the render, {found} rows   target < {TARGET_S:g} s and {boxes} rows  "
                f"{'PASS' if passed else 'FAIL'}"
            )
    return ok
