"""The section table of a review as CSV, in the roadbook's units."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

from navapp.core.model import Units
from navapp.core.review_model import Review
from navapp.core.review_tables import in_units
from navapp.io.atomic import atomic_write_bytes


def section_columns(units: Units = Units.METRIC) -> tuple[str, ...]:
    """The CSV header: distances and speeds carry the unit they are written in."""
    d, v = units.distance_label, "kmh" if units is Units.METRIC else "mph"
    return (
        "from_box",
        "to_box",
        f"partial_{d}",
        f"driven_{d}",
        f"drift_{d}",
        "time_s",
        f"avg_{v}",
        f"max_{v}",
    )


def section_rows(review: Review, units: Units = Units.METRIC) -> list[dict[str, object]]:
    """The section table, one dict per section keyed by :func:`section_columns`.

    Distances have three decimals (metres), times and speeds one; None where not known.
    """
    cols = section_columns(units)
    rows: list[dict[str, object]] = []
    for s in review.sections:
        values = (
            s.from_box,
            s.to_box,
            _round(units.km_to_display(s.partial_km), 3),
            _round(in_units(s.driven_km, units), 3),
            _round(in_units(s.drift_km, units), 3),
            _round(s.time_s, 1),
            _round(in_units(s.avg_kmh, units), 1),
            _round(in_units(s.max_kmh, units), 1),
        )
        rows.append(dict(zip(cols, values, strict=True)))
    return rows


def write_csv(path: str | Path, review: Review, units: Units = Units.METRIC) -> None:
    """Write the section table as CSV (header row, empty cells where unknown), atomically."""
    cols = section_columns(units)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=cols)
    writer.writeheader()
    for row in section_rows(review, units):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    atomic_write_bytes(path, out.getvalue().encode("utf-8"))


def _round(v: float | None, digits: int) -> float | None:
    return None if v is None or not math.isfinite(v) else round(v, digits)
