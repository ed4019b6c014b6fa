"""Another tool's roadbook layout, made with PDFium: a ruled table with a head row, the partial
small over the total, the CAP in degrees, labels in the notes; read with and without text."""

from __future__ import annotations

from pathlib import Path

import pytest

from navapp.core.model import WaypointType
from navapp.io.pdfbook import read_pdf_roadbook
from navapp.io.registry import read_roadbook
from tests.unit.io.pdfbook import pdfs

LABELS = ["", "WPM 3", "DZ 50", "", "FZ", "WPV 2", "CP 1"]
BOXES = [
    pdfs.ToolBox(round(i * 1.37, 2), 1.37 if i else 0.0, (i * 47) % 360, LABELS[i % len(LABELS)])
    for i in range(20)
]


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tool") / "stage2.pdf"
    pdfs.tool_export(path, BOXES, per_page=6)
    return path


def test_every_box_is_read_and_the_table_head_is_no_row(export: Path) -> None:
    read = read_roadbook(export)
    assert read.warnings == ()
    roll = read.pdf
    assert roll is not None and roll.has_text and roll.follows_trip_meter
    assert len(roll.rows) == len(read.boxes) == 20
    assert [r.page for r in roll.rows] == [i // 6 for i in range(20)]
    assert [b.total_km for b in read.boxes] == [b.total for b in BOXES]
    assert [r.partial_km for r in roll.rows] == [b.partial for b in BOXES]
    assert [b.cap for b in read.boxes] == [b.cap for b in BOXES]


def test_labels_become_waypoints_and_names(export: Path) -> None:
    read = read_roadbook(export)
    got = [[(w.type, w.name) for w in b.waypoints] for b in read.boxes[:7]]
    assert got == [
        [],
        [(WaypointType.WPM, "3")],
        [(WaypointType.DZ, "")],
        [],
        [(WaypointType.FZ, "")],
        [(WaypointType.WPV, "2")],
        [(WaypointType.CP, "1")],
    ]
    assert read.boxes[2].speed_limit_kmh == 50.0
    assert [b.name for b in read.boxes[:3]] == ["", "WPM 3", "DZ 50"]


def test_the_distance_column_ends_past_the_totals(export: Path) -> None:
    roll = read_pdf_roadbook(export).pdf
    assert roll is not None and roll.distance_column is not None
    left, right = roll.distance_column
    assert left == pytest.approx(40.0, abs=1.5)
    assert 100.0 < right < 150.0


def test_its_scan_has_the_box_rows_and_not_the_head_row(export: Path, tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    pdfs.image_only(export, scan)
    roll = read_pdf_roadbook(scan).pdf
    assert roll is not None and not roll.has_text
    # Without text the head row is told from the boxes by its height: half a box.
    assert len(roll.rows) == 20
    assert [r.page for r in roll.rows] == [i // 6 for i in range(20)]
    assert roll.distance_column == pytest.approx((40.0, 150.4), abs=1.5)


def _restarting() -> list[pdfs.ToolBox]:
    """20 boxes 1.37 km apart whose totals restart from 0 at the 11th (a section start)."""
    totals = [0.0]
    for i in range(1, 20):
        totals.append(0.0 if i == 10 else round(totals[-1] + 1.37, 2))
    return [
        pdfs.ToolBox(
            totals[i],
            0.0 if i in (0, 10) else round(totals[i] - totals[i - 1], 2),
            (i * 47) % 360,
            LABELS[i % len(LABELS)],
        )
        for i in range(20)
    ]


@pytest.fixture(scope="module")
def rally_navigator(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rn") / "stage2.pdf"
    pdfs.tool_export(path, _restarting(), per_page=6, rally_navigator=True)
    return path


def test_rally_navigator_layout_is_read_box_for_box(rally_navigator: Path) -> None:
    boxes = _restarting()
    read = read_roadbook(rally_navigator)
    roll = read.pdf
    assert read.warnings == () and roll is not None and roll.follows_trip_meter
    # The cover page makes no rows; the boxes start on the second page.
    assert len(roll.rows) == len(read.boxes) == 20 and roll.rows[0].page == 1
    assert [b.total_km for b in read.boxes] == [b.total for b in boxes]
    assert [r.partial_km for r in roll.rows] == [b.partial for b in boxes]
    assert [b.cap for b in read.boxes] == [b.cap for b in boxes]
    # Totals restart at the 11th box: the 10th resets the trip meter, the partials agree.
    assert [b.index for b in read.boxes if b.is_reset] == [10]
    assert read.boxes[9].reset_km == 0.0
    assert [round(b.partial_km, 2) for b in read.boxes] == [b.partial for b in boxes]


def test_rally_navigator_scan_has_its_box_rows_and_no_cover_rows(
    rally_navigator: Path, tmp_path: Path
) -> None:
    scan = tmp_path / "scan.pdf"
    pdfs.image_only(rally_navigator, scan)
    text_rows = read_pdf_roadbook(rally_navigator).pdf
    roll = read_pdf_roadbook(scan).pdf
    assert roll is not None and text_rows is not None
    assert [r.page for r in roll.rows] == [r.page for r in text_rows.rows]
    for scanned, row in zip(roll.rows, text_rows.rows, strict=True):
        assert scanned.top == pytest.approx(row.top, abs=1.5)
        assert scanned.bottom == pytest.approx(row.bottom, abs=1.5)
    # The zoom target on the scan: the TOTAL cell, up to its rule.
    assert roll.distance_column == pytest.approx((40.0, 95.4), abs=1.5)
