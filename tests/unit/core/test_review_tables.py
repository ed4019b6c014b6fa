"""The review tables made once in core: sections and the crews compared, losses marked."""

from __future__ import annotations

from navapp.core import i18n
from navapp.core.model import Units
from navapp.core.review_model import Comparison, Section, SectionGap
from navapp.core.review_tables import (
    biggest_losses,
    box_time_table,
    section_gap_table,
    section_row,
)


def comparison() -> Comparison:
    # Crew B: 95 s lost on section 2-3, 3 s on 3-4, level elsewhere; crew C never timed.
    gaps_b = (0.0, 95.0, 3.0, 0.0, 0.4)
    sections = tuple(
        SectionGap(k + 1, k + 2, (100.0, 100.0 + g, None), (1.0, 1.0, None), (0.0, g, None))
        for k, g in enumerate(gaps_b)
    )
    elapsed = tuple((100.0 * i, 100.0 * i + sum(gaps_b[:i]), None) for i in range(6))
    return Comparison(("A", "B", "C"), elapsed, sections, (0.0, 98.4, None))


def test_each_crews_biggest_losses_of_a_second_or_more() -> None:
    c = comparison()
    assert biggest_losses(c) == {(1, 1), (2, 1)}  # 0.4 s is not a loss; A lost nothing
    assert biggest_losses(c, per_crew=1) == {(1, 1)}


def test_the_comparison_tables() -> None:
    c = comparison()
    gaps = section_gap_table(c)
    assert gaps.head == ("Section", "A", "B", "C")
    assert gaps.rows[1].cells == ("2–3", "0:01:40 (±0:00)", "0:03:15 (+1:35)", "— (—)")
    assert gaps.losses == frozenset({(1, 2), (2, 2)})  # column = crew + 1
    assert gaps.rows[-1].mark == "total" and gaps.rows[-1].cells[2] == "+1:38"
    boxes = box_time_table(c)
    assert len(boxes.rows) == 6
    assert boxes.rows[2].cells == ("3", "0:03:20 (±0:00)", "0:04:55 (+1:35)", "—")


def test_a_section_row_reads_in_the_users_figures() -> None:
    """Figures follow the language's decimal point; a negative drift has a true minus."""
    section = Section(3, 4, 12.34, 12.296, 600.0, 74.3, 98.06, 10, 20)
    assert section_row(section, Units.METRIC).cells == (
        "3", "4", "12.34", "12.30", "\u22120.04", "0:10:00", "74.3", "98.1"
    )  # fmt: skip
    try:
        i18n.install(None, ",")
        cells = section_row(section, Units.METRIC).cells
        assert cells[2:5] == ("12,34", "12,30", "\u22120,04") and cells[6:] == ("74,3", "98,1")
    finally:
        i18n.install(None)


def test_standings_put_the_fastest_first_a_row_per_crew() -> None:
    from navapp.core.compare import compare
    from navapp.core.review import review
    from navapp.core.review_tables import standings_table
    from tests.crew_field import crew_track, loop_route, stage

    route = loop_route()
    rb = stage(route)
    reviews = [review(rb, crew_track(route, k)) for k in range(3)]
    table = standings_table(compare(reviews), reviews)
    assert [r.cells[:2] for r in table.rows] == [("1", "crew 3"), ("2", "crew 2"), ("3", "crew 1")]
    # 6 km at 50 km/h against 40 km/h: 432 s against 540 s from the DSS to the last box.
    assert [r.cells[3] for r in table.rows] == ["±0:00", "+0:48", "+1:48"]
    assert all(r.cells[4:7] == ("0", "0", "0:00") for r in table.rows)
