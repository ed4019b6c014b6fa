"""Where pages and rows lie on the roll: portrait and landscape pages, zoom, reverse."""

from __future__ import annotations

import pytest

from navapp.core.pdfroll import PdfPage, PdfRow
from navapp.gui.drive.roll_geometry import COLUMN_MARGIN_PT, PAGE_GAP_PX, RollGeometry

A5 = PdfPage(420.0, 595.0)
LANDSCAPE = PdfPage(842.0, 595.0)


def test_every_page_fits_the_width_portrait_or_landscape() -> None:
    geo = RollGeometry((A5, LANDSCAPE, A5), 500.0)
    assert [p.scale for p in geo.pages] == pytest.approx([500 / 420, 500 / 842, 500 / 420])
    assert geo.pages[1].top == pytest.approx(595 * 500 / 420 + PAGE_GAP_PX)
    assert geo.pages[2].top == pytest.approx(geo.pages[1].bottom + PAGE_GAP_PX)
    assert geo.height == pytest.approx(geo.pages[2].bottom)
    # a row on the landscape page: points scaled by that page's own scale
    row = PdfRow(1, 1, 100.0, 200.0, 42.0, 800.0)
    r = geo.row_rect(row)
    k = 500 / 842
    assert (r.x, r.y, r.width, r.height) == pytest.approx(
        (42 * k, geo.pages[1].top + 100 * k, 758 * k, 100 * k)
    )
    assert geo.pages_between(geo.pages[1].top + 1, geo.pages[1].top + 2) == [1]
    assert geo.pages_between(geo.pages[0].bottom - 1, geo.pages[1].top + 1) == [0, 1]


def test_zoom_scales_the_distance_column_to_the_width() -> None:
    geo = RollGeometry((A5,), 500.0, column=(28.0, 130.0))
    k = 500 / (102 + 2 * COLUMN_MARGIN_PT)
    assert geo.pages[0].scale == pytest.approx(k)
    r = geo.rect(0, 28.0, 52.0, 130.0, 126.0)
    assert (r.x, r.width) == pytest.approx((COLUMN_MARGIN_PT * k, 102 * k))
    assert r.x + r.width + COLUMN_MARGIN_PT * k == pytest.approx(500.0)


def test_a_reverse_roll_stacks_page_one_at_the_bottom() -> None:
    geo = RollGeometry((A5, A5, A5), 420.0, reverse=True)
    assert geo.pages[2].top == 0.0
    assert geo.pages[1].top == pytest.approx(595 + PAGE_GAP_PX)
    assert geo.pages[0].bottom == pytest.approx(geo.height)


def test_the_row_shown_leaves_a_little_of_the_one_before() -> None:
    from navapp.gui.drive.pdf_roll import room_before

    assert room_before(500.0, 100.0) == pytest.approx(40.0)  # 0.4 of a row
    assert room_before(1000.0, 600.0) == pytest.approx(220.0)  # 0.22 of the height
    assert room_before(450.0, 330.0) == pytest.approx(99.0)  # the height's share first
    assert room_before(300.0, 290.0) == pytest.approx(10.0)  # the row is never cut
    assert room_before(300.0, 400.0) == 0.0  # a row taller than the roll starts at the top
