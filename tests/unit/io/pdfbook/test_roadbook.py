"""PDF roadbooks navapp prints itself, read back: every row found, no false row, every total,
partial and CAP as printed; the same pages as a scan, 2-up on landscape sheets, reversed."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from navapp.core.model import Box, Roadbook, Units
from navapp.gui.common.printing import A5_BOXES_PER_PAGE, LAYOUTS
from navapp.io.pdfbook import read_pdf_roadbook
from navapp.io.registry import read_roadbook
from tests.unit.io.pdfbook import pdfs
from tests.unit.io.pdfbook.conftest import Print

pytestmark = pytest.mark.gui

PRINTS = [f"{name}/{layout}" for name in (*pdfs.SOURCES, "long") for layout in ("a5", "roll")]


def printed(box: Box) -> tuple[object, ...]:
    """What a print says of a box: values to two decimals, waypoint types and names."""
    return (
        box.index,
        round(box.total_km, 2),
        round(box.partial_km, 2),
        box.cap,
        tuple((w.type, w.name) for w in box.waypoints),
        box.danger,
        None if box.reset_km is None else round(box.reset_km, 2),
        box.speed_limit_kmh,
    )


def assert_read_as_printed(read: Roadbook, source: Roadbook) -> None:
    assert len(read.boxes) == len(source.boxes)
    # Labels too long for their cell are cut short on paper ("WPE, DS…"): only what shows.
    for got, want in zip(read.boxes, source.boxes, strict=True):
        if "\u2026" not in got.name:
            assert printed(got) == printed(want)
        else:
            assert printed(got)[:4] == printed(want)[:4]
            assert got.waypoints[0].type == want.waypoints[0].type


@pytest.mark.parametrize("key", PRINTS)
def test_navapp_prints_are_read_box_for_box(prints: dict[str, Print], key: str) -> None:
    p = prints[key]
    read = read_roadbook(p.path)
    assert read.warnings == ()
    assert read.name == p.roadbook.name
    assert read.total_km == pytest.approx(p.roadbook.total_km, abs=0.005)
    assert_read_as_printed(read, p.roadbook)
    roll = read.pdf
    assert roll is not None and roll.has_text and not roll.reverse and roll.follows_trip_meter
    assert len(roll.pages) == p.pages
    assert [r.number for r in roll.rows] == list(range(1, len(p.roadbook.boxes) + 1))
    assert [r.box for r in roll.rows] == list(range(len(p.roadbook.boxes)))
    per_page = LAYOUTS[p.layout].boxes_per_page
    assert [r.page for r in roll.rows] == [i // per_page for i in range(len(roll.rows))]
    for row, box, want in zip(roll.rows, read.boxes, p.roadbook.boxes, strict=True):
        assert row.total_km == box.total_km and row.cap == box.cap
        # The row keeps the partial as printed; the box's is derived from the totals.
        assert row.partial_km == round(want.partial_km, 2)
        assert 0 < row.top < row.bottom <= roll.pages[row.page].height
        assert 0 <= row.left < row.right <= roll.pages[row.page].width
    # The distance column: from the row's left edge to just right of the totals.
    assert roll.distance_column is not None
    left, right = roll.distance_column
    assert left == pytest.approx(roll.rows[0].left, abs=1.5)
    distance_mm = 36.0 if p.layout == "a5" else 38.0
    assert right - left == pytest.approx(distance_mm * 72 / 25.4, abs=3.0)


def test_rows_are_where_the_print_puts_them(prints: dict[str, Print]) -> None:
    from navapp.gui.common.printing import A5

    roll = read_pdf_roadbook(prints["demo/a5"].path).pdf
    assert roll is not None
    pt = 72 / 25.4
    first_top = (A5.margin_top_mm + A5.header_mm) * pt
    for slot, row in enumerate(roll.rows[:A5_BOXES_PER_PAGE]):
        # Row rules are 0.8 mm wide, centred on the row's edge: the row starts under one.
        assert row.top == pytest.approx(first_top + slot * A5.row_height_mm * pt, abs=2.5)
        assert row.left == pytest.approx(A5.margin_left_mm * pt, abs=1.5)
        assert row.right == pytest.approx((A5.page_width_mm - A5.margin_right_mm) * pt, abs=1.5)


@pytest.mark.parametrize("key", ["demo/a5", "demo/roll", "long/a5", "openrally_103/roll"])
def test_a_scan_of_a_print_has_its_rows_and_no_boxes(
    prints: dict[str, Print], key: str, tmp_path: Path
) -> None:
    p = prints[key]
    scan = tmp_path / "scan.pdf"
    pdfs.image_only(p.path, scan)
    read = read_roadbook(scan)
    assert read.boxes == ()
    roll = read.pdf
    assert roll is not None and not roll.has_text and not roll.follows_trip_meter
    with_text = read_pdf_roadbook(p.path).pdf
    assert with_text is not None
    # Every row found, no false row, each where the text print has it.
    assert len(roll.rows) == len(p.roadbook.boxes)
    for scanned, row in zip(roll.rows, with_text.rows, strict=True):
        assert scanned.page == row.page and scanned.box is None and scanned.total_km is None
        assert scanned.top == pytest.approx(row.top, abs=1.5)
        assert scanned.bottom == pytest.approx(row.bottom, abs=1.5)
    # The zoom target: on a scan, the distance cell up to its rule.
    assert roll.distance_column is not None and with_text.distance_column is not None
    assert roll.distance_column[0] == pytest.approx(with_text.distance_column[0], abs=1.5)
    assert roll.distance_column[1] == pytest.approx(with_text.distance_column[1], abs=3.0)
    assert read.warnings == (
        f"{scan}: no text layer (a scan): {len(roll.rows)} rows found, but the roll cannot "
        "follow the trip meter; scroll it by hand",
    )


def test_two_pages_2_up_on_landscape_sheets_read_left_page_first(
    prints: dict[str, Print], tmp_path: Path
) -> None:
    p = prints["long/a5"]
    sheets = tmp_path / "2up.pdf"
    count = pdfs.two_up(p.path, sheets)
    read = read_roadbook(sheets)
    roll = read.pdf
    assert roll is not None and len(roll.pages) == count == math.ceil(p.pages / 2)
    assert roll.pages[0].width > roll.pages[0].height
    assert_read_as_printed(read, p.roadbook)
    half = roll.pages[0].width / 2
    first_sheet = [r for r in roll.rows if r.page == 0]
    assert [r.right <= half for r in first_sheet] == [True] * 7 + [False] * 7


def test_a_scan_of_2_up_sheets_keeps_the_row_order(
    prints: dict[str, Print], tmp_path: Path
) -> None:
    sheets = tmp_path / "2up.pdf"
    pdfs.two_up(prints["demo/a5"].path, sheets)
    scan = tmp_path / "scan.pdf"
    pdfs.image_only(sheets, scan)
    text_rows = read_pdf_roadbook(sheets).pdf
    scan_rows = read_pdf_roadbook(scan).pdf
    assert text_rows is not None and scan_rows is not None
    assert len(scan_rows.rows) == len(text_rows.rows) == 39
    assert [(r.page, round(r.left)) for r in scan_rows.rows] == [
        (r.page, round(r.left)) for r in text_rows.rows
    ]


def test_a_roll_centred_on_landscape_sheets(prints: dict[str, Print], tmp_path: Path) -> None:
    p = prints["demo/roll"]
    sheets = tmp_path / "landscape.pdf"
    pdfs.landscape(p.path, sheets)
    read = read_roadbook(sheets)
    assert read.pdf is not None and read.pdf.pages[0].width == 842.0
    assert_read_as_printed(read, p.roadbook)


@pytest.mark.parametrize("layout", ["a5", "roll"])
def test_a_reverse_roadbook_is_read_bottom_to_top(
    prints: dict[str, Print], layout: str, tmp_path: Path
) -> None:
    from navapp.gui.common.printing import export_pdf

    source = prints[f"demo/{layout}"].roadbook
    path = tmp_path / "reverse.pdf"
    export_pdf(pdfs.reversed_pages(source, LAYOUTS[layout].boxes_per_page), path, layout)
    read = read_pdf_roadbook(path)
    assert read.pdf is not None and read.pdf.reverse
    assert_read_as_printed(read, source)
    rows = read.pdf.rows
    # Box 1 is at the bottom of page 1, box 2 above it.
    assert rows[0].page == 0 and rows[1].bottom <= rows[0].top
    # Forced top to bottom, the same rows come in the order they are printed.
    forced = read_pdf_roadbook(path, reverse=False)
    assert forced.pdf is not None and not forced.pdf.reverse
    assert [b.total_km for b in forced.boxes[:3]] == [
        round(b.total_km, 2) for b in reversed(source.boxes[: LAYOUTS[layout].boxes_per_page])
    ][:3]


@pytest.mark.parametrize("layout", ["a5", "roll"])
def test_a_roadbook_printed_from_its_last_page_is_read_so_by_its_totals(
    prints: dict[str, Print], layout: str, tmp_path: Path
) -> None:
    from navapp.gui.common.printing import export_pdf

    source = prints[f"demo/{layout}"].roadbook
    path = tmp_path / "last_page_first.pdf"
    export_pdf(pdfs.last_page_first(source), path, layout)
    read = read_pdf_roadbook(path)
    roll = read.pdf
    assert roll is not None and roll.reverse and roll.last_page_first
    assert len(roll.pages) > 1
    assert_read_as_printed(read, source)
    # Box 1 is the lowest row of the last page, box 2 above it; the last box tops page 1.
    rows = roll.rows
    last = len(roll.pages) - 1
    assert rows[0].page == last and rows[1].bottom <= rows[0].top
    assert max(r.bottom for r in rows if r.page == last) == rows[0].bottom
    assert rows[-1].page == 0 and rows[-1].top == min(r.top for r in rows if r.page == 0)
    assert [r.number for r in rows] == list(range(1, len(rows) + 1))
    # Said page by page, the same rows come back in that order.
    paged = read_pdf_roadbook(path, reverse=True, from_last_page=False).pdf
    assert paged is not None and paged.reverse and not paged.last_page_first
    assert paged.rows[0].page == 0


def test_a_reverse_roadbook_page_by_page_is_not_taken_for_one_from_the_last_page(
    prints: dict[str, Print], tmp_path: Path
) -> None:
    from navapp.gui.common.printing import export_pdf

    source = prints["demo/a5"].roadbook
    path = tmp_path / "reverse.pdf"
    export_pdf(pdfs.reversed_pages(source, LAYOUTS["a5"].boxes_per_page), path, "a5")
    roll = read_pdf_roadbook(path).pdf
    assert roll is not None and roll.reverse and not roll.last_page_first
    # A top-down print is never read from its last page unless said.
    down = prints["demo/a5"].path
    plain = read_pdf_roadbook(down).pdf
    assert plain is not None and not plain.reverse and not plain.last_page_first


def test_reverse_forced_on_a_scan_numbers_rows_bottom_up(
    prints: dict[str, Print], tmp_path: Path
) -> None:
    scan = tmp_path / "scan.pdf"
    pdfs.image_only(prints["demo/a5"].path, scan)
    down = read_pdf_roadbook(scan).pdf
    up = read_pdf_roadbook(scan, reverse=True).pdf
    assert down is not None and up is not None and up.reverse and not down.reverse
    assert [(r.page, r.top) for r in up.rows[:7]] == [(r.page, r.top) for r in down.rows[6::-1]]
    assert [r.number for r in up.rows] == list(range(1, 40))


def test_a_landscape_sheet_saved_turned_is_read_as_shown(
    prints: dict[str, Print], tmp_path: Path
) -> None:
    sheets = tmp_path / "2up.pdf"
    pdfs.two_up(prints["demo/a5"].path, sheets)
    turned = tmp_path / "turned.pdf"
    pdfs.turned(sheets, turned)
    read = read_roadbook(turned)
    assert read.pdf is not None and read.pdf.pages[0].width > read.pdf.pages[0].height
    assert_read_as_printed(read, prints["demo/a5"].roadbook)


def test_a_print_in_miles_is_read_in_miles(tmp_path: Path) -> None:
    from navapp.gui.common.printing import export_pdf

    source = pdfs.many_boxes(30, Units.STATUTE)
    path = tmp_path / "miles.pdf"
    export_pdf(source, path, "a5")
    read = read_roadbook(path)
    assert read.units is Units.STATUTE
    for got, want in zip(read.boxes, source.boxes, strict=True):
        assert round(Units.STATUTE.km_to_display(got.total_km), 2) == round(
            Units.STATUTE.km_to_display(want.total_km), 2
        )
        assert got.speed_limit_kmh == want.speed_limit_kmh


def test_rows_of_a_scanned_page_among_printed_ones_make_no_boxes(
    prints: dict[str, Print], tmp_path: Path
) -> None:
    p = prints["demo/a5"]
    mixed = tmp_path / "mixed.pdf"
    pdfs.first_page_scanned(p.path, mixed, tmp_path)
    read = read_roadbook(mixed)
    roll = read.pdf
    assert roll is not None and roll.has_text and not roll.follows_trip_meter
    assert len(roll.rows) == 39 and len(read.boxes) == 39 - A5_BOXES_PER_PAGE
    assert [r.box for r in roll.rows[:8]] == [None] * 7 + [0]
    assert read.boxes[0].total_km == round(p.roadbook.boxes[7].total_km, 2)
    assert read.warnings == (
        f"{mixed}: 7 of 39 rows have no distance in the text layer: the roll cannot follow "
        "the trip meter past them",
    )


def test_info_and_convert_work_on_a_pdf(
    prints: dict[str, Print], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from navapp.cli import main

    p = prints["demo/a5"]
    assert main(["info", str(p.path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{p.roadbook.name}  ·  metric  ·  95.70 km  ·  39 boxes")
    target = tmp_path / "out.gpx"
    assert main(["convert", str(p.path), str(target)]) == 0
    assert "(OpenRally GPX v1.0.3, 39 boxes)" in capsys.readouterr().out
    assert_read_as_printed(read_roadbook(target), p.roadbook)


def test_info_on_a_scan_says_the_roll_cannot_follow(
    prints: dict[str, Print], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from navapp.cli import main

    scan = tmp_path / "scan.pdf"
    pdfs.image_only(prints["openrally_10cc/a5"].path, scan)
    assert main(["info", str(scan)]) == 0
    captured = capsys.readouterr()
    assert "0 boxes" in captured.out
    assert "no text layer (a scan): 9 rows found" in captured.err
