"""Printing roadbooks as PDF: page counts, text, highlight, units, atomic writing, headless use."""

from __future__ import annotations

import dataclasses
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from navapp.core.model import Box, Roadbook, Units, number_boxes
from navapp.gui.common import printing
from navapp.gui.common.box_table import HIGHLIGHT
from navapp.gui.common.printing import (
    A5_BOXES_PER_PAGE,
    LAYOUTS,
    ROLL_BOXES_PER_PAGE,
    ROLL_WIDTH_MM,
    export_pdf,
    page_count,
)
from navapp.io.registry import read_roadbook

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[4]
DEMO = ROOT / "roadbooks" / "demo_stage.gpx"
PREVIEW_DPI = 150
PT_PER_MM = 72 / 25.4


@pytest.fixture(scope="module")
def demo() -> Roadbook:
    return read_roadbook(DEMO)


def open_pdf(path: Path) -> QPdfDocument:
    doc = QPdfDocument(None)
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    return doc


def page_text(doc: QPdfDocument, page: int) -> str:
    """The page's text without any whitespace: PDFium splits lines and words unpredictably."""
    return re.sub(r"\s+", "", doc.getAllText(page).text())


def render_page(doc: QPdfDocument, page: int, dpi: int = PREVIEW_DPI) -> QImage:
    """A page as an opaque image on white (QtPdf leaves the page background transparent)."""
    points = doc.pagePointSize(page)
    size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    page_image = doc.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, page_image)
    painter.end()
    return image


def dark_fraction(image: QImage, x0: int, y0: int, x1: int, y1: int) -> float:
    """The share of pixels darker than mid-grey in a rectangle of ``image``."""
    dark = total = 0
    for y in range(y0, y1, 2):
        for x in range(x0, x1, 2):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 128
    return dark / total


def mm_px(mm: float, dpi: int = PREVIEW_DPI) -> int:
    return round(mm / 25.4 * dpi)


def metric(boxes: list[Box], name: str = "Test stage", units: Units = Units.METRIC) -> Roadbook:
    return Roadbook(name, units, number_boxes(boxes))


# -- page counts and validity --------------------------------------------------------------


@pytest.mark.parametrize(
    ("layout", "per_page"), [("a5", A5_BOXES_PER_PAGE), ("roll", ROLL_BOXES_PER_PAGE)]
)
def test_demo_page_count_follows_boxes_per_page(
    qapp: QApplication, demo: Roadbook, tmp_path: Path, layout: str, per_page: int
) -> None:
    assert len(demo.boxes) == 39
    expected = math.ceil(39 / per_page)
    out = tmp_path / f"demo_{layout}.pdf"
    assert export_pdf(demo, out, layout) == expected == page_count(39, layout)
    assert out.read_bytes().startswith(b"%PDF")
    doc = open_pdf(out)
    assert doc.pageCount() == expected
    spec = LAYOUTS[layout]
    for page in range(expected):
        size = doc.pagePointSize(page)
        assert size.width() == pytest.approx(spec.page_width_mm * PT_PER_MM, abs=1)
        assert size.height() == pytest.approx(spec.page_height_mm * PT_PER_MM, abs=1)


def test_layout_sizes() -> None:
    assert (LAYOUTS["a5"].page_width_mm, LAYOUTS["a5"].page_height_mm) == (148, 210)
    assert LAYOUTS["roll"].page_width_mm == ROLL_WIDTH_MM == 150
    assert A5_BOXES_PER_PAGE in (7, 8)
    for spec in LAYOUTS.values():
        assert spec.notes_mm > 40  # the notes column keeps room for text
        assert spec.row_height_mm >= 25  # tulips stay big enough to read


def test_empty_roadbook_gives_one_page_with_header(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    assert export_pdf(Roadbook("Empty stage", Units.METRIC, ()), out) == 1
    doc = open_pdf(out)
    assert doc.pageCount() == 1
    text = page_text(doc, 0)
    assert "Emptystage" in text
    assert "0.00km" in text
    assert "page1/1" in text


def test_unknown_layout_is_refused_before_writing(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(ValueError, match="layout"):
        export_pdf(Roadbook("S", Units.METRIC, ()), out, "a4")
    assert not out.exists()


# -- what is printed -----------------------------------------------------------------------


def test_demo_pages_carry_header_totals_partials_waypoints_and_caps(
    qapp: QApplication, demo: Roadbook, tmp_path: Path
) -> None:
    out = tmp_path / "demo.pdf"
    pages = export_pdf(demo, out)
    doc = open_pdf(out)
    first = page_text(doc, 0)
    assert "ErgChebbi" in first
    assert "95.70km" in first
    assert "page1/6" in first
    for expected in ("DSS", "WPV1", "5.47", "3.30", "15.52", "C.105", "C.91", "Stop3s"):
        assert expected in first
    # box 3 has two danger marks, printed on their own in the notes column
    assert "!!" in first
    # the reset box (22, CP 1) is on page 4 with its badge; totals restart after it
    fourth = page_text(doc, 3)
    assert "page4/6" in fourth
    assert "RESET0.00" in fourth
    assert "46.82" in fourth and "3.50" in fourth
    last = page_text(doc, pages - 1)
    assert "ASS" in last and "48.88" in last


def test_statute_roadbook_prints_miles(qapp: QApplication, tmp_path: Path) -> None:
    boxes = [Box(0, 0.0, cap=10), Box(0, 16.09344, cap=20)]
    out = tmp_path / "statute.pdf"
    export_pdf(metric(boxes, "Miles", Units.STATUTE), out)
    text = page_text(open_pdf(out), 0)
    assert "10.00mi" in text  # header total
    assert "10.0010.00" in text  # box 2: total then partial
    assert "16.09" not in text


def test_close_next_box_highlights_the_distance_cell(qapp: QApplication, tmp_path: Path) -> None:
    # box 2 is followed by box 3 only 250 m later; box 1 is followed 5 km later
    boxes = [Box(0, 0.0), Box(0, 5.0), Box(0, 5.25), Box(0, 9.0)]
    out = tmp_path / "close.pdf"
    export_pdf(metric(boxes), out)
    image = render_page(open_pdf(out), 0)
    spec = LAYOUTS["a5"]
    top = spec.margin_top_mm + spec.header_mm

    def cell_colour(row: int) -> QColor:
        # near the bottom-left of the distance cell, clear of text and rules
        x = mm_px(spec.margin_left_mm + 3)
        y = mm_px(top + (row + 1) * spec.row_height_mm - 3)
        return image.pixelColor(x, y)

    assert cell_colour(0) == QColor("white")
    highlighted = cell_colour(1)
    assert abs(highlighted.red() - HIGHLIGHT.red()) < 8
    assert abs(highlighted.green() - HIGHLIGHT.green()) < 8
    assert abs(highlighted.blue() - HIGHLIGHT.blue()) < 8
    assert cell_colour(2) == QColor("white")


def test_screenshots_of_first_pages(
    qapp: QApplication, demo: Roadbook, tmp_path: Path, screenshot_dir: Path
) -> None:
    for layout in ("a5", "roll"):
        out = tmp_path / f"{layout}.pdf"
        export_pdf(demo, out, layout)
        image = render_page(open_pdf(out), 0)
        assert image.save(str(screenshot_dir / f"print_{layout}_page1.png"))
        spec = LAYOUTS[layout]
        # the first box's tulip column holds a drawing (ink), the empty margin holds none
        x0 = mm_px(spec.margin_left_mm + spec.distance_mm + 3)
        x1 = mm_px(spec.margin_left_mm + spec.distance_mm + spec.tulip_mm - 3)
        y0 = mm_px(spec.margin_top_mm + spec.header_mm + 3)
        y1 = mm_px(spec.margin_top_mm + spec.header_mm + spec.row_height_mm - 3)
        assert 0.01 < dark_fraction(image, x0, y0, x1, y1) < 0.5
        assert dark_fraction(image, 0, y0, mm_px(spec.margin_left_mm) - 4, y1) == 0


# -- atomic writing ------------------------------------------------------------------------


def test_crash_mid_render_leaves_existing_pdf_untouched(
    qapp: QApplication, demo: Roadbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "stage.pdf"
    old = b"%PDF-1.4 the previous, good roadbook"
    out.write_bytes(old)
    real_box = printing._Page._box
    calls = 0

    def box_then_crash(self: printing._Page, rect: object, row: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 10:  # on the second page
            raise RuntimeError("printer on fire")
        real_box(self, rect, row)  # type: ignore[arg-type]

    monkeypatch.setattr(printing._Page, "_box", box_then_crash)
    with pytest.raises(RuntimeError, match="fire"):
        export_pdf(demo, out)
    assert out.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stage.pdf"]


def test_failed_replace_leaves_existing_pdf_untouched(
    qapp: QApplication, demo: Roadbook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "stage.pdf"
    old = b"%PDF-1.4 the previous, good roadbook"
    out.write_bytes(old)

    def no_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", no_replace)
    with pytest.raises(OSError, match="disk full"):
        export_pdf(demo, out)
    assert out.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stage.pdf"]


def test_a_second_export_replaces_the_first(
    qapp: QApplication, demo: Roadbook, tmp_path: Path
) -> None:
    out = tmp_path / "stage.pdf"
    export_pdf(Roadbook("Empty", Units.METRIC, ()), out)
    assert export_pdf(demo, out, "roll") == open_pdf(out).pageCount() == 4


# -- headless ------------------------------------------------------------------------------


def test_export_without_any_qt_application_or_display(tmp_path: Path) -> None:
    """The CLI path: no QGuiApplication, no display; printing makes its own, offscreen."""
    out = tmp_path / "cli.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from navapp.io.registry import read_roadbook\n"
        "from navapp.gui.common.printing import export_pdf\n"
        "assert QCoreApplication.instance() is None\n"
        f"n = export_pdf(read_roadbook({str(DEMO)!r}), {str(out)!r}, 'roll')\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "assert isinstance(QCoreApplication.instance(), QApplication)\n"
        "QWidget()  # widgets still work in the same process\n"
        "print(n)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "4"
    assert out.read_bytes().startswith(b"%PDF")


def test_boxes_without_drawings_leave_the_tulip_column_blank(
    qapp: QApplication, demo: Roadbook, tmp_path: Path
) -> None:
    bare = dataclasses.replace(
        demo, boxes=tuple(dataclasses.replace(b, tulip=None, notes=None) for b in demo.boxes)
    )
    out = tmp_path / "bare.pdf"
    assert export_pdf(bare, out) == 6
    image = render_page(open_pdf(out), 0)
    spec = LAYOUTS["a5"]
    x0 = mm_px(spec.margin_left_mm + spec.distance_mm + 2)
    x1 = mm_px(spec.margin_left_mm + spec.distance_mm + spec.tulip_mm - 2)
    y0 = mm_px(spec.margin_top_mm + spec.header_mm + 2)
    y1 = mm_px(spec.margin_top_mm + spec.header_mm + spec.row_height_mm - 2)
    assert dark_fraction(image, x0, y0, x1, y1) == 0
