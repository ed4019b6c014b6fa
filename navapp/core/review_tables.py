"""The review's tables as text cells: the section table of one crew and the crew comparison.

Made once here from the review and comparison values, for the review window's tabs and the
HTML report alike, so both say the same figures the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from navapp.core import format as fmt
from navapp.core.i18n import QT_TRANSLATE_NOOP, translate
from navapp.core.model import Units
from navapp.core.review_model import Comparison, Review, Section

NO_TIMES = QT_TRANSLATE_NOOP("ReviewTables", "no times in this track")  # see no_times()
LOSSES_HIGHLIGHTED = 3  # per crew, the sections where it lost most
CREW_COLUMNS = 8  # more crews than this are listed a row each, not a column each
DRIFT_WARN = 0.1  # a section's drift (in display units) worth a look at the trip meter


@dataclass(frozen=True)
class Row:
    """One table row: its cells and what it calls attention to ("warn", "bad", "total" or "")."""

    cells: tuple[str, ...]
    mark: str = ""


@dataclass(frozen=True)
class Table:
    """A titled table of text cells; ``losses`` are (row, column) cells where time was lost."""

    title: str
    head: tuple[str, ...]
    rows: tuple[Row, ...]
    losses: frozenset[tuple[int, int]] = frozenset()


def no_times() -> str:
    """:data:`NO_TIMES` in the user's language."""
    return translate("ReviewTables", NO_TIMES)


def in_units(km: float | None, units: Units) -> float | None:
    """km (or km/h) in the roadbook's unit, None when unknown; one factor converts both."""
    return None if km is None else units.km_to_display(km)


def section_table(review: Review, units: Units, has_time: bool = True) -> Table:
    """Roadbook partial against the distance driven, time, average and top speed, per section."""
    d, s = units.distance_label, units.speed_label
    head = (
        translate("ReviewTables", "From"),
        translate("ReviewTables", "To"),
        translate("ReviewTables", "Roadbook {unit}").format(unit=d),
        translate("ReviewTables", "Driven {unit}").format(unit=d),
        translate("ReviewTables", "Drift {unit}").format(unit=d),
        translate("ReviewTables", "Time"),
        translate("ReviewTables", "Avg {unit}").format(unit=s),
        translate("ReviewTables", "Max {unit}").format(unit=s),
    )
    untimed = no_times()
    rows = tuple(section_row(sec, units, has_time, untimed) for sec in review.sections)
    return Table(translate("ReviewTables", "Sections"), head, rows)


def section_row(sec: Section, units: Units, has_time: bool = True, untimed: str = NO_TIMES) -> Row:
    """One section's cells; ``untimed`` stands in the time cell of a track without times."""
    drift = in_units(sec.drift_km, units)
    return Row(
        (
            str(sec.from_box),
            str(sec.to_box),
            fmt.number(in_units(sec.partial_km, units), 2),
            fmt.number(in_units(sec.driven_km, units), 2),
            fmt.number(drift, 2, sign=True),
            fmt.hms(sec.time_s) if has_time else untimed,
            fmt.number(in_units(sec.avg_kmh, units), 1),
            fmt.number(in_units(sec.max_kmh, units), 1),
        ),
        "warn" if drift is not None and abs(drift) >= DRIFT_WARN else "",
    )


def biggest_losses(comp: Comparison, per_crew: int = LOSSES_HIGHLIGHTED) -> set[tuple[int, int]]:
    """(section, crew) pairs of each crew's largest gaps to the fastest (a second or more)."""
    out: set[tuple[int, int]] = set()
    for c in range(len(comp.names)):
        gaps = [(g.gaps_s[c], k) for k, g in enumerate(comp.sections)]
        lost = sorted(((v, k) for v, k in gaps if v is not None and v >= 1.0), reverse=True)
        out.update((k, c) for _v, k in lost[:per_crew])
    return out


def box_time_table(comp: Comparison) -> Table:
    """Time since the start at each box a crew passed, with the gap to the leader there."""
    rows = []
    for i, per_crew in enumerate(comp.box_elapsed_s):
        if not any(t is not None for t in per_crew):
            continue
        best = min((t for t in per_crew if t is not None), default=None)
        cells = [
            fmt.hms(t) if t is None or best is None else f"{fmt.hms(t)} ({fmt.gap(t - best)})"
            for t in per_crew
        ]
        rows.append(Row((str(i + 1), *cells)))
    return Table(
        translate("ReviewTables", "Time since the start at each box (gap to the leader)"),
        (translate("ReviewTables", "Box"), *comp.names),
        tuple(rows),
    )


def section_gap_table(comp: Comparison) -> Table:
    """Each crew's time per section and gap to the fastest; each crew's biggest losses marked
    (cell column = crew + 1), and the total gap last."""
    losses = biggest_losses(comp)
    rows = [
        Row(
            (
                f"{g.from_box}–{g.to_box}",
                *(
                    f"{fmt.hms(t)} ({fmt.gap(gap)})"
                    for t, gap in zip(g.times_s, g.gaps_s, strict=True)
                ),
            )
        )
        for g in comp.sections
    ]
    total = translate("ReviewTables", "Total gap")
    rows.append(Row((total, *(fmt.gap(t) for t in comp.total_gap_s)), "total"))
    return Table(
        translate("ReviewTables", "Sections: time (gap to the fastest)"),
        (translate("ReviewTables", "Section"), *comp.names),
        tuple(rows),
        frozenset((k, c + 1) for k, c in losses),
    )


def standings_table(comp: Comparison, reviews: Sequence[Review]) -> Table:
    """One row per crew, the fastest first: time to the last box every crew passed, the gap
    to the fastest there, waypoints missed, speeding and penalty (a whole field in a table a
    page long, where the other tables grow a column per crew)."""
    last = next(
        (row for row in reversed(comp.box_elapsed_s) if all(t is not None for t in row)), None
    )
    order = sorted(
        range(len(comp.names)),
        key=lambda c: (comp.total_gap_s[c] is None, comp.total_gap_s[c] or 0.0, c),
    )
    rows = []
    for rank, c in enumerate(order, start=1):
        s = reviews[c].summary
        known = comp.total_gap_s[c] is not None
        rows.append(
            Row(
                (
                    str(rank) if known else fmt.DASH,
                    comp.names[c],
                    fmt.hms(last[c] if last is not None else None),
                    fmt.gap(comp.total_gap_s[c]),
                    str(s.missed),
                    str(s.violations),
                    fmt.penalty(s.penalty_s, s.excluded),
                ),
                "bad" if s.excluded or s.missed else "",
            )
        )
    head = (
        "#",
        translate("ReviewTables", "Crew"),
        translate("ReviewTables", "Time"),
        translate("ReviewTables", "Gap"),
        translate("ReviewTables", "Missed"),
        translate("ReviewTables", "Speeding"),
        translate("ReviewTables", "Penalty"),
    )
    title = translate("ReviewTables", "Crews, the fastest first (time to the last box all passed)")
    return Table(title, head, tuple(rows))
