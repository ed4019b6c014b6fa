"""The section table as CSV, in either unit system."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from navapp.core.model import Units
from navapp.core.review_model import (
    Section,
)
from navapp.io import report


def test_csv_round_trips(leg, tmp_path: Path) -> None:
    _, _, rv = leg
    rv = replace(
        rv, sections=(*rv.sections, Section(2, 3, 2.5, None, None, None, None, None, None))
    )
    out = tmp_path / "sections.csv"
    report.write_csv(out, rv)
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [
        "from_box",
        "to_box",
        "partial_km",
        "driven_km",
        "drift_km",
        "time_s",
        "avg_kmh",
        "max_kmh",
    ]
    first = rows[0]
    assert (int(first["from_box"]), int(first["to_box"])) == (1, 2)
    assert float(first["partial_km"]) == pytest.approx(1.0)
    assert float(first["driven_km"]) == pytest.approx(1.0234, abs=5e-4)
    assert float(first["drift_km"]) == pytest.approx(0.0234, abs=5e-4)
    assert float(first["time_s"]) == pytest.approx(60.0)
    assert float(first["avg_kmh"]) == pytest.approx(61.4, abs=0.05)
    assert float(first["max_kmh"]) == pytest.approx(75.25, abs=0.05)
    assert rows[1] == {
        "from_box": "2",
        "to_box": "3",
        "partial_km": "2.5",
        "driven_km": "",
        "drift_km": "",
        "time_s": "",
        "avg_kmh": "",
        "max_kmh": "",
    }


def test_csv_in_statute_units(leg, tmp_path: Path) -> None:
    _, _, rv = leg
    out = tmp_path / "sections.csv"
    report.write_csv(out, rv, Units.STATUTE)
    with out.open(newline="", encoding="utf-8") as fh:
        row = next(csv.DictReader(fh))
    assert float(row["driven_mi"]) == pytest.approx(1.0234 / 1.609344, abs=5e-4)
    assert float(row["avg_mph"]) == pytest.approx(61.4 / 1.609344, abs=0.05)
