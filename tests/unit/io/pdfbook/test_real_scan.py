"""A real roadbook from another tool, image only: tqhien/RpiRoadbook's ``MonRoadbook.pdf``.

Looked at page by page (rendered to PNG): 100 strip pages 298 x 99 pt, ruled in light blue
(grey 166 .. 221 once rendered, paler than ink). Page 0 and page 99 are the column-header strip
("Distance Cumulée / Partiel | Note | Description"); each of pages 1 .. 98 holds one whole box
between its top rule (y 2 pt) and its bottom rule (y 81 pt; 87 pt on pages 76 and 83, whose
notes run to three lines), the box numbers counting down from 98 on page 1 to 1 on page 98,
and under it the start of the next strip's side rules, no rule closing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from navapp.io.pdfbook import read_pdf_roadbook
from navapp.io.pdfbook.document import open_pdf, render_gray, render_scale
from navapp.io.pdfbook.rows import find_rows
from navapp.io.registry import read_roadbook

MON_ROADBOOK = (
    Path(__file__).resolve().parents[4] / "tests" / "data" / "rpiroadbook_MonRoadbook.pdf"
)
HEADER_PAGES = (0, 99)
TALL_PAGES = (76, 83)


@pytest.fixture(scope="module")
def page_rows() -> list[list[tuple[float, float, float, float]]]:
    with open_pdf(MON_ROADBOOK) as source:
        out = []
        for index, page in enumerate(source.pages):
            scale = render_scale(page)
            out.append(
                [
                    (r.top, r.bottom, r.left, r.right)
                    for r in find_rows(render_gray(source, index, scale), scale)
                ]
            )
        return out


def test_each_box_page_gives_its_one_box_between_the_pale_rules(
    page_rows: list[list[tuple[float, float, float, float]]],
) -> None:
    assert len(page_rows) == 100
    for index, rows in enumerate(page_rows):
        if index in HEADER_PAGES:
            continue
        assert len(rows) == 1, f"page {index}"
        top, bottom, left, right = rows[0]
        bottom_rule = 87.0 if index in TALL_PAGES else 81.0
        assert top == pytest.approx(3.0, abs=1.0), f"page {index}"
        assert bottom == pytest.approx(bottom_rule, abs=1.0), f"page {index}"
        # the box's side rules, 2 pt and 288 pt across
        assert left == pytest.approx(2.0, abs=1.0) and right == pytest.approx(288.0, abs=1.5)


def test_the_header_strip_is_found_as_the_short_ruled_band_it_is(
    page_rows: list[list[tuple[float, float, float, float]]],
) -> None:
    for index in HEADER_PAGES:
        [(top, bottom, _, _)] = page_rows[index]
        assert (top, bottom) == pytest.approx((3.0, 30.0), abs=1.0)


def test_the_roadbook_has_one_row_a_box_page_and_no_header_row() -> None:
    rb = read_roadbook(MON_ROADBOOK)
    assert rb.pdf is not None and not rb.pdf.has_text
    rows = rb.pdf.rows
    # 98 boxes: the header strips of pages 0 and 99 are column titles, not boxes
    assert [r.page for r in rows] == list(range(1, 99))
    assert [r.number for r in rows] == list(range(1, 99))
    assert all(r.box is None and r.total_km is None for r in rows)
    assert rb.boxes == ()
    # the distance cell: from the box's left rule to the first column rule (80 pt)
    assert rb.pdf.distance_column == pytest.approx((2.0, 80.5), abs=1.0)
    assert len(rb.warnings) == 1 and "98 rows found" in rb.warnings[0]


def test_read_from_its_last_page_box_1_is_the_row_on_page_98() -> None:
    down = read_roadbook(MON_ROADBOOK).pdf
    up = read_pdf_roadbook(MON_ROADBOOK, from_last_page=True).pdf
    assert down is not None and up is not None
    assert up.reverse and up.last_page_first and not down.last_page_first
    # Row 1 is the box printed "1" on page 98, row 98 the box printed "98" on page 1.
    assert [r.page for r in up.rows] == list(range(98, 0, -1))
    assert [r.number for r in up.rows] == list(range(1, 99))
    # The same rows, only numbered the other way.
    strip = [(r.page, r.top, r.bottom, r.left, r.right) for r in down.rows]
    assert [(r.page, r.top, r.bottom, r.left, r.right) for r in up.rows] == strip[::-1]
    assert up.distance_column == down.distance_column
    # A scan cannot say so itself: reverse alone keeps the pages in order.
    paged = read_pdf_roadbook(MON_ROADBOOK, reverse=True).pdf
    assert paged is not None and not paged.last_page_first and paged.rows[0].page == 1
