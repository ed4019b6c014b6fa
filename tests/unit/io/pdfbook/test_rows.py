"""Finding box rows on page images made by construction: rules, columns, bands, headers."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from navapp.io.pdfbook.rows import find_rows

# One pixel a point: an A5 page.
W, H = 420, 595


def page() -> np.ndarray:
    return np.full((H, W), 255, dtype=np.uint8)


def rule(image: np.ndarray, y: int, x0: int = 30, x1: int = 400, thick: int = 2) -> None:
    image[y : y + thick, x0:x1] = 0


def ink(image: np.ndarray, y0: int, y1: int, x0: int = 60, x1: int = 120) -> None:
    """Something printed in a row, standing for a total or a line of notes: glyph strokes
    three pixels wide, three apart."""
    for x in range(x0, x1, 6):
        image[y0:y1, x : min(x + 3, x1)] = 40


def ruled_page(tops: list[int], x0: int = 30, x1: int = 400) -> np.ndarray:
    image = page()
    for top in tops:
        rule(image, top, x0, x1)
    for top, bottom in itertools.pairwise(tops):
        ink(image, top + 10, bottom - 10, x0 + 30, x0 + 90)
    return image


def spans(image: np.ndarray) -> list[tuple[int, int, int, int, int]]:
    return [
        (round(r.top), round(r.bottom), round(r.left), round(r.right), r.column)
        for r in find_rows(image, 1.0)
    ]


def test_rows_lie_between_rules_top_to_bottom() -> None:
    tops = [50, 125, 200, 275]
    assert spans(ruled_page(tops)) == [
        (52, 125, 30, 400, 0),
        (127, 200, 30, 400, 0),
        (202, 275, 30, 400, 0),
    ]


def test_the_rows_are_the_same_at_any_scale() -> None:
    image = ruled_page([50, 125, 200, 275])
    big = np.repeat(np.repeat(image, 2, axis=0), 2, axis=1)
    rows = find_rows(big, 2.0)
    assert [(r.top, r.bottom) for r in rows] == [(52.0, 125.0), (127.0, 200.0), (202.0, 275.0)]


def test_a_line_inside_a_row_is_no_rule() -> None:
    image = ruled_page([50, 125, 200])
    # A tulip's crossing road: long, dark, but a third of the rules' width.
    rule(image, 160, 150, 280, thick=3)
    assert len(find_rows(image, 1.0)) == 2


def test_a_header_band_and_a_footer_line_are_not_rows() -> None:
    # navapp's header: a rule 2 pt above the first row's rule; a footer line under the last.
    image = ruled_page([50, 125, 200, 275])
    rule(image, 46)
    ink(image, 20, 40, 30, 300)
    ink(image, 290, 298, 30, 200)
    assert [round(r.top) for r in find_rows(image, 1.0)] == [52, 127, 202]


def test_a_short_ruled_band_among_tall_rows_is_not_a_row() -> None:
    # A table header row (20 pt) over boxes of 75 pt.
    tops = [30, 50, 125, 200]
    assert [round(r.top) for r in find_rows(ruled_page(tops), 1.0)] == [52, 127]


def test_column_rules_through_a_row_are_its_dividers() -> None:
    image = ruled_page([50, 125, 200])
    for x in (30, 130, 131, 250, 398):
        image[50:202, x] = 0
    # A tulip's upright stroke through most, not all, of the row is no divider.
    image[60:110, 200] = 0
    image[140:190, 200] = 0
    rows = find_rows(image, 1.0)
    assert [r.dividers for r in rows] == [(131.0, 250.5), (131.0, 250.5)]


def test_an_empty_ruled_slot_is_not_a_row() -> None:
    image = ruled_page([50, 125, 200])
    rule(image, 275)
    # The empty slot 200..275 holds only the column rules crossing it.
    for x in (30, 150, 250, 398):
        image[200:277, x : x + 1] = 0
    assert len(find_rows(image, 1.0)) == 2


def test_two_columns_of_rows_are_read_left_column_first() -> None:
    image = page()
    for top in (40, 140, 240):
        rule(image, top, 10, 200)
        rule(image, top + 50, 220, 410)
    for top in (40, 140):
        ink(image, top + 10, top + 90, 30, 80)
    for top in (90, 190):
        ink(image, top + 10, top + 90, 240, 290)
    assert spans(image) == [
        (42, 140, 10, 200, 0),
        (142, 240, 10, 200, 0),
        (92, 190, 220, 410, 1),
        (192, 290, 220, 410, 1),
    ]


def test_without_rules_rows_are_bands_of_ink() -> None:
    image = page()
    ink(image, 10, 18, 30, 300)  # the stage title: a short band, not a row
    for top in (40, 110, 180):
        ink(image, top, top + 60, 30, 100)
        ink(image, top + 5, top + 50, 150, 380)
    rows = find_rows(image, 1.0)
    assert [(round(r.top), round(r.bottom)) for r in rows] == [(40, 100), (110, 170), (180, 240)]
    assert {(round(r.left), round(r.right)) for r in rows} == {(30, 380)}


@pytest.mark.parametrize("level", [255, 200])
def test_a_page_without_ink_has_no_rows(level: int) -> None:
    assert find_rows(np.full((H, W), level, dtype=np.uint8), 1.0) == []


def test_a_rule_left_out_under_the_tulip_still_parts_rows() -> None:
    # Rally Navigator: full rules at the top and bottom of the table, between boxes only
    # under the distance and notes cells (a gap of a third of the width under the tulip).
    image = page()
    rule(image, 50)
    rule(image, 290)
    for y in (130, 210):
        rule(image, y, 30, 110)
        rule(image, y, 240, 400)
    for top in (50, 130, 210):
        ink(image, top + 15, top + 60, 50, 90)
    assert [(round(r.top), round(r.bottom)) for r in find_rows(image, 1.0)] == [
        (52, 130),
        (132, 210),
        (212, 290),
    ]


def test_a_photo_against_a_rule_leaves_the_rule_a_rule() -> None:
    image = ruled_page([50, 125, 200, 275])
    # A dark photo in the notes cell, from the rule down: its top edge is no new rule, and
    # the rule it touches still is one.
    image[127:190, 240:400] = 30
    assert [(round(r.top), round(r.bottom)) for r in find_rows(image, 1.0)] == [
        (52, 125),
        (127, 200),
        (202, 275),
    ]


def test_a_shaded_block_with_a_stroke_across_is_no_rule() -> None:
    image = ruled_page([50, 125, 200])
    image[135:190, 60:200] = 90  # a shaded cell two fifths of the width
    rule(image, 160, 200, 290)  # and a stroke carrying on from it
    assert len(find_rows(image, 1.0)) == 2


def test_rows_are_found_on_a_page_drawn_very_small() -> None:
    # A huge page is drawn at a fraction of a pixel a point: rules are a pixel, rows a few.
    image = np.full((120, 60), 255, dtype=np.uint8)
    for y in (10, 40, 70, 100):
        image[y, 5:55] = 0
    for y in (10, 40, 70):
        image[y + 8 : y + 22, 10:14] = 0
    rows = find_rows(image, 0.14)
    assert [round(r.top * 0.14) for r in rows] == [11, 41, 71]


@pytest.mark.parametrize(("paper", "line"), [(255, 196), (255, 220), (228, 190)])
def test_pale_rules_part_rows_on_any_paper(paper: int, line: int) -> None:
    # Light blue rules (grey 166 .. 221 once rendered, as a real roadbook's), on white or
    # on greyish paper: contrast with the paper, not a fixed grey, makes them rules.
    image = np.full((H, W), paper, dtype=np.uint8)
    for top in (50, 125, 200, 275):
        image[top : top + 2, 30:400] = line
    for top, bottom in itertools.pairwise((50, 125, 200, 275)):
        ink(image, top + 10, bottom - 10, 60, 120)
    assert spans(image) == [
        (52, 125, 30, 400, 0),
        (127, 200, 30, 400, 0),
        (202, 275, 30, 400, 0),
    ]


def test_a_rule_too_close_to_its_paper_is_no_rule() -> None:
    image = page()
    for top in (50, 125, 200):
        image[top : top + 2, 30:400] = 240  # 15 levels: a scanner's shadow, not a rule
    ink(image, 60, 115, 60, 120)
    ink(image, 135, 190, 60, 120)
    # Rows are then the bands of ink, not the spaces between those lines.
    assert [(round(r.top), round(r.bottom)) for r in find_rows(image, 1.0)] == [
        (60, 115),
        (135, 190),
    ]


def test_pale_rules_crossed_by_column_rules_of_ink_stay_whole() -> None:
    image = page()
    for top in (50, 125, 200):
        image[top : top + 2, 30:400] = 196
    for x in (30, 130, 250, 398):
        image[50:202, x] = 140  # the column rules, just dark enough to be ink
    ink(image, 60, 115, 60, 120)
    ink(image, 135, 190, 60, 120)
    rows = find_rows(image, 1.0)
    assert [(round(r.top), round(r.bottom), round(r.left), round(r.right)) for r in rows] == [
        (52, 125, 30, 400),
        (127, 200, 30, 400),
    ]
    assert [r.dividers for r in rows] == [(130.5, 250.5), (130.5, 250.5)]


def test_a_pale_highlighted_cell_is_no_rule() -> None:
    # navapp's amber distance cell under 300 m, grey 190 once rendered: a filled area with
    # its own grey above or below every pixel of it, however pale.
    image = ruled_page([50, 125, 200])
    image[127:160, 30:200] = 190
    image[130:165, 200:400] = 190  # and a pale cell beside it, ending lower
    assert spans(image) == [(52, 125, 30, 400, 0), (127, 200, 30, 400, 0)]


def test_shaded_bars_side_by_side_ending_level_are_no_rule() -> None:
    # A real roadbook's box: a short shaded bar under the total (8 pt) and a tall shaded
    # bar under the notes (26 pt) whose feet are level, over the box's pale bottom rule.
    image = page()
    for top in (50, 140):
        image[top : top + 2, 30:400] = 166
    image[113:121, 33:110] = 137
    image[95:121, 230:400] = 137
    ink(image, 60, 90, 60, 120)
    assert spans(image) == [(52, 140, 30, 400, 0)]
