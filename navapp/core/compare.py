"""Crews compared on one roadbook: time at each box, gaps per section, where time was lost."""

from __future__ import annotations

from collections.abc import Sequence

from navapp.core.i18n import translate
from navapp.core.review_model import Comparison, Review, SectionGap


def compare(reviews: Sequence[Review]) -> Comparison:
    """Compare two or more reviews of the same roadbook, box by box.

    Each crew's clock starts when it passes the first box it has a time for in common with
    the others (usually the DSS), so crews that started at different times compare fairly.
    """
    if len(reviews) < 2:
        raise ValueError("a comparison needs two or more tracks")
    n_boxes = len(reviews[0].box_times)
    if any(len(r.box_times) != n_boxes for r in reviews):
        raise ValueError("the reviews are of different roadbooks")
    start = next(
        (i for i in range(n_boxes) if all(r.box_times[i] is not None for r in reviews)), None
    )
    elapsed: list[tuple[float | None, ...]] = []
    for i in range(n_boxes):
        row: list[float | None] = []
        for r in reviews:
            t = r.box_times[i]
            t0 = r.box_times[start] if start is not None and i >= start else None
            row.append(t - t0 if t is not None and t0 is not None else None)
        elapsed.append(tuple(row))
    sections = []
    for k in range(n_boxes - 1):
        times = tuple(r.sections[k].time_s for r in reviews)
        known = [t for t in times if t is not None]
        best = min(known) if len(known) == len(times) else None
        gaps = tuple(t - best if t is not None and best is not None else None for t in times)
        sections.append(
            SectionGap(
                from_box=reviews[0].sections[k].from_box,
                to_box=reviews[0].sections[k].to_box,
                times_s=times,
                driven_km=tuple(r.sections[k].driven_km for r in reviews),
                gaps_s=gaps,
            )
        )
    last = next((row for row in reversed(elapsed) if all(t is not None for t in row)), None)
    if last is None:
        total: tuple[float | None, ...] = tuple(None for _ in reviews)
    else:
        fastest = min(t for t in last if t is not None)
        total = tuple(t - fastest if t is not None else None for t in last)
    return Comparison(
        names=tuple(
            r.track_name or translate("Compare", "crew {number}").format(number=i + 1)
            for i, r in enumerate(reviews)
        ),
        box_elapsed_s=tuple(elapsed),
        sections=tuple(sections),
        total_gap_s=total,
    )
